"""Where a short link leads: the exhibit's story, else the exhibit on its exhibition page.

Only what the public may see is a target (``cms.api.visibility``, the one page rule):
an exhibit in an unpublished, private or expired section or exhibition has no target,
and a story that is not public is skipped for the exhibition page. Each is taken in
the visitor's language when it exists there, else along ``CONTENT_LOCALE_FALLBACK``.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings

from cms.api.frontend import frontend_url
from cms.api.languages import best_objects, fallback_chain
from cms.api.visibility import visible_pages
from stories.models import SuccessStoryPage

from .models import Exhibit, ExhibitionPage, ExhibitionSection


def anchor(code: str) -> str:
    """The exhibit's place on its exhibition page (``#exhibit-<code>`` on the portal)."""
    return f"exhibit-{code}"


@dataclass(frozen=True)
class Target:
    page: object  # the story, or the exhibition page
    language: str
    fragment: str = ""

    @property
    def is_story(self) -> bool:
        return isinstance(self.page, SuccessStoryPage)

    def portal_url(self, request=None) -> str:
        url = frontend_url(self.page, request)
        return f"{url}#{self.fragment}" if url and self.fragment else url

    def app_url(self) -> str:
        """The app's deep link: the same path as the Content API's item, with the language."""
        kind = "stories" if self.is_story else "exhibitions"
        query = urlencode({"locale": self.language})
        url = f"{settings.APP_DEEP_LINK_URL}{kind}/{self.page.pk}?{query}"
        return f"{url}#{self.fragment}" if self.fragment else url


def visible_exhibit(exhibit_key, chain: list[str]) -> Exhibit | None:
    """The exhibit in the best language of ``chain`` among its public translations."""
    sections = visible_pages(ExhibitionSection.objects.all()).values("pk")
    exhibits = Exhibit.objects.filter(translation_key=exhibit_key, page_id__in=sections)
    found = best_objects(exhibits, chain)
    return found[0] if found else None


def visible_story(story_id: int | None, chain: list[str]) -> SuccessStoryPage | None:
    if story_id is None:
        return None
    stories = visible_pages(SuccessStoryPage.objects.all())
    key = SuccessStoryPage.objects.filter(pk=story_id).values("translation_key")
    found = best_objects(stories.filter(translation_key__in=key), chain)
    return found[0] if found else None


def target_of(link, language: str) -> Target | None:
    """Where ``link`` leads a visitor who reads ``language``; ``None``: nowhere public."""
    chain = fallback_chain(language)
    exhibit = visible_exhibit(link.exhibit_key, chain)
    if exhibit is None:
        return None
    story = visible_story(exhibit.story_id, chain)
    if story is not None:
        return Target(story, story.locale.language_code)
    section = ExhibitionSection.objects.get(pk=exhibit.page_id)
    exhibition = visible_pages(ExhibitionPage.objects.parent_of(section)).first()
    if exhibition is None:
        return None
    return Target(exhibition, exhibit.locale.language_code, anchor(link.code))
