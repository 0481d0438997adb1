"""Stories as the API shows them, loaded in a fixed number of queries."""

from django.db.models import Prefetch

from wagtail.models import Page

from campaigns.models import CampaignThemePage
from cms.api.frontend import frontend_url
from cms.api.languages import best_objects
from cms.api.visibility import visible_pages
from cms.blocks.api import plain_text_excerpt, stream_to_json
from media_library.public import image_object, public_images
from media_library.renditions import prefetch_preset_renditions
from stories.models import StoryHero, StorySector, StoryTheme, SuccessStoryPage


def story_queryset(*, with_body: bool):
    queryset = SuccessStoryPage.objects.select_related(
        "locale", "place", "country_of_residence"
    ).prefetch_related(
        Prefetch("hero_image", queryset=prefetch_preset_renditions(public_images())),
        Prefetch(
            "hero_links",
            queryset=StoryHero.objects.filter(person__live=True)
            .select_related("person__locale")
            .order_by("sort_order"),
        ),
        Prefetch(
            "sector_links",
            queryset=StorySector.objects.filter(sector__live=True)
            .select_related("sector")
            .order_by("sort_order"),
        ),
        Prefetch(
            "theme_links",
            queryset=StoryTheme.objects.select_related("theme").order_by("sort_order"),
        ),
        "contributions",
        "sdgs",
    )
    return queryset if with_body else queryset.defer_streamfields()


def load_stories(ids: list[int], *, with_body: bool = False) -> list[SuccessStoryPage]:
    by_id = {page.pk: page for page in story_queryset(with_body=with_body).filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


class StorySerializer:
    """Serialises a page of stories; related lookups are shared across the page."""

    def __init__(self, stories, language: str, chain: list[str], request=None):
        self.stories = stories
        self.language = language
        self.chain = chain
        self.request = request
        keys = {story.translation_key for story in stories}
        self.translations = self._translations(keys)
        theme_keys = {link.theme.translation_key for s in stories for link in s.theme_links.all()}
        self.themes = self._themes(theme_keys)

    def _translations(self, keys) -> dict:
        pages = (
            visible_pages(Page.objects.filter(translation_key__in=keys))
            .select_related("locale")
            .only("id", "slug", "url_path", "translation_key", "locale__language_code")
        )
        grouped: dict = {}
        for page in pages.order_by("locale_id"):
            grouped.setdefault(page.translation_key, []).append(
                {
                    "locale": page.locale.language_code,
                    "id": page.pk,
                    "slug": page.slug,
                    "url": frontend_url(page, self.request),
                }
            )
        return grouped

    def _themes(self, keys) -> dict:
        themes = visible_pages(CampaignThemePage.objects.filter(translation_key__in=keys))
        return {theme.translation_key: theme for theme in best_objects(themes, self.chain)}

    def summary(self, story) -> dict:
        image = story.hero_image
        return {
            "id": story.pk,
            "locale": story.locale.language_code,
            "requested_locale": self.language,
            "is_fallback": story.locale.language_code != self.language,
            "slug": story.slug,
            "title": story.title,
            "standfirst": story.standfirst,
            "story_date": story.story_date,
            "url": frontend_url(story, self.request),
            "hero_image": image_object(image, story.locale.language_code) if image else None,
            "place": place_out(story.place) if published(story.place) else None,
            "country_of_residence": (
                {"code": story.country_of_residence.code, "name": story.country_of_residence.name}
                if published(story.country_of_residence)
                else None
            ),
            "heroes": [
                {
                    "id": link.person.pk,
                    "name": link.person.name,
                    "role": link.person.role,
                    "locale": link.person.locale.language_code,
                }
                for link in story.hero_links.all()
            ],
            "sectors": [
                {"id": link.sector.pk, "key": link.sector.key, "name": link.sector.name}
                for link in story.sector_links.all()
            ],
            "themes": [
                self._theme(link.theme.translation_key)
                for link in story.theme_links.all()
                if link.theme.translation_key in self.themes
            ],
            "contributions": list(dict.fromkeys(c.kind for c in story.contributions.all())),
            "sdgs": sorted({goal.goal for goal in story.sdgs.all()}),
            "amount": story.amount,
            "currency": story.currency,
            "beneficiaries": story.beneficiaries,
            "has_video": story.has_video,
            "first_published_at": story.first_published_at,
            "last_published_at": story.last_published_at,
            "translations": self.translations.get(story.translation_key, []),
        }

    def _theme(self, key) -> dict:
        theme = self.themes[key]
        return {
            "id": theme.pk,
            "slug": theme.slug,
            "title": theme.title,
            "kind": theme.kind,
            "locale": theme.locale.language_code,
            "url": frontend_url(theme, self.request),
        }

    def detail(self, story) -> dict:
        language = story.locale.language_code
        body = stream_to_json(story.body, language)
        return {
            **self.summary(story),
            "body": body,
            "sources": stream_to_json(story.sources, language),
            "excerpt": plain_text_excerpt(
                " ".join(block["value"] for block in body if block["type"] == "text")
            ),
        }


def published(term) -> bool:
    """A term is shown only in its published version; a draft term is left out."""
    return term is not None and term.live


def place_out(place) -> dict:
    return {
        "id": place.pk,
        "key": place.key,
        "name": place.name,
        "kind": place.kind,
        "path": place.path,
        "latitude": float(place.latitude) if place.latitude is not None else None,
        "longitude": float(place.longitude) if place.longitude is not None else None,
    }
