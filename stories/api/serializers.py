"""Stories as the API shows them, loaded in a fixed number of queries."""

from django.db.models import Prefetch

from wagtail.models import Page

from campaigns.models import CampaignThemePage
from cms.api.frontend import frontend_url
from cms.api.languages import best_objects
from cms.api.visibility import visible_pages
from cms.blocks.api import plain_text_excerpt, stream_to_json
from media_library.public import image_object, public_images
from media_library.renditions import prefetch_preset_renditions, selected_specs
from social.seo import seo_block
from stories.models import StoryHero, StorySector, StoryTheme, SuccessStoryPage


def _prefetches(renditions: frozenset[str] | None) -> dict:
    """What each field needs loaded with the stories, by field."""
    images = prefetch_preset_renditions(public_images(), *selected_specs(renditions))
    return {
        "hero_image": Prefetch("hero_image", queryset=images),
        "heroes": Prefetch(
            "hero_links",
            queryset=StoryHero.objects.filter(person__live=True)
            .select_related("person__locale")
            .order_by("sort_order", "pk"),
        ),
        "sectors": Prefetch(
            "sector_links",
            queryset=StorySector.objects.filter(sector__live=True)
            .select_related("sector")
            .order_by("sort_order", "pk"),
        ),
        # Only the theme's translation key: the theme shown is its best translation,
        # loaded once for the whole page of stories (``_themes``).
        "themes": Prefetch(
            "theme_links",
            queryset=StoryTheme.objects.select_related("theme")
            .only("page_id", "sort_order", "theme_id", "theme__translation_key")
            .order_by("sort_order", "pk"),
        ),
        "contributions": "contributions",
        "sdgs": "sdgs",
    }


def story_queryset(*, with_body: bool, fields: frozenset[str] | None = None, renditions=None):
    """Stories with what ``fields`` (``None``: every field) shows, in a fixed number of
    queries; ``renditions`` limits the hero image's renditions (see ``selected_keys``)."""
    prefetches = [
        prefetch
        for field, prefetch in _prefetches(renditions).items()
        if fields is None or field in fields
    ]
    queryset = SuccessStoryPage.objects.select_related(
        "locale", "place", "country_of_residence"
    ).prefetch_related(*prefetches)
    return queryset if with_body else queryset.defer_streamfields()


def load_stories(
    ids: list[int], *, with_body: bool = False, fields=None, renditions=None
) -> list[SuccessStoryPage]:
    queryset = story_queryset(with_body=with_body, fields=fields, renditions=renditions)
    by_id = {page.pk: page for page in queryset.filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


class StorySerializer:
    """Serialises a page of stories; related lookups are shared across the page.

    ``fields`` (``None``: all) names the summary fields to send: the others are neither
    built nor loaded. ``renditions`` limits image objects to some rendition keys. An
    image shown by several stories is built once.
    """

    def __init__(
        self,
        stories,
        language: str,
        chain: list[str],
        request=None,
        *,
        fields: frozenset[str] | None = None,
        renditions: frozenset[str] | None = None,
    ):
        self.stories = stories
        self.language = language
        self.chain = chain
        self.request = request
        self.fields = fields
        self.renditions = renditions
        self.images: dict = {}
        keys = {story.translation_key for story in stories}
        self.translations = self._translations(keys) if self.wants("translations") else {}
        theme_keys = (
            {link.theme.translation_key for s in stories for link in s.theme_links.all()}
            if self.wants("themes")
            else set()
        )
        self.themes = self._themes(theme_keys) if theme_keys else {}

    def wants(self, field: str) -> bool:
        return self.fields is None or field in self.fields

    def image(self, image, language: str) -> dict:
        key = (image.pk, language)
        built = self.images.get(key)
        if built is None:
            built = self.images[key] = image_object(image, language, self.renditions)
        return built

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
        themes = visible_pages(
            CampaignThemePage.objects.filter(translation_key__in=keys).defer_streamfields()
        )
        return {theme.translation_key: theme for theme in best_objects(themes, self.chain)}

    def summary(self, story) -> dict:
        language = story.locale.language_code
        wants = self.wants
        item = {
            "id": story.pk,
            "type": "stories.SuccessStoryPage",
            "locale": language,
            "requested_locale": self.language,
            "is_fallback": language != self.language,
            "slug": story.slug,
            "title": story.title,
            "standfirst": story.standfirst,
            "story_date": story.story_date,
        }
        if wants("url"):
            item["url"] = frontend_url(story, self.request)
        if wants("hero_image"):
            image = story.hero_image
            item["hero_image"] = self.image(image, language) if image else None
        if wants("place"):
            item["place"] = place_out(story.place) if published(story.place) else None
        country = story.country_of_residence
        country = country if published(country) else None
        item["country_of_residence"] = (
            {"code": country.code, "name": country.name} if country else None
        )
        if wants("heroes"):
            item["heroes"] = [
                {
                    "id": link.person.pk,
                    "name": link.person.name,
                    "role": link.person.role,
                    "locale": link.person.locale.language_code,
                }
                for link in story.hero_links.all()
            ]
        if wants("sectors"):
            item["sectors"] = [
                {"id": link.sector.pk, "key": link.sector.key, "name": link.sector.name}
                for link in story.sector_links.all()
            ]
        if wants("themes"):
            item["themes"] = [
                self._theme(link.theme.translation_key)
                for link in story.theme_links.all()
                if link.theme.translation_key in self.themes
            ]
        if wants("contributions"):
            item["contributions"] = list(dict.fromkeys(c.kind for c in story.contributions.all()))
        if wants("sdgs"):
            item["sdgs"] = sorted({goal.goal for goal in story.sdgs.all()})
        item |= {
            "amount": story.amount,
            "currency": story.currency,
            "kgs_rate": kgs_rate_out(story),
            "kgs_equivalent": story.kgs_equivalent(),
            "beneficiaries": story.beneficiaries,
            "has_video": story.has_video,
            "first_published_at": story.first_published_at,
            "last_published_at": story.last_published_at,
        }
        if wants("translations"):
            item["translations"] = self.translations.get(story.translation_key, [])
        if self.fields is None:
            return item
        return {name: value for name, value in item.items() if name in self.fields}

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
        summary = self.summary(story)
        return {
            **summary,
            "body": body,
            "sources": stream_to_json(story.sources, language),
            "excerpt": plain_text_excerpt(
                " ".join(block["value"] for block in body if block["type"] == "text")
            ),
            "seo": seo_block(
                story,
                description=story.standfirst,
                image=story.hero_image,
                canonical_url=summary["url"],
                translations=summary["translations"],
            ),
        }


def published(term) -> bool:
    """A term is shown only in its published version; a draft term is left out."""
    return term is not None and term.live


def kgs_rate_out(story) -> dict | None:
    if story.kgs_rate is None:
        return None
    return {
        "rate": story.kgs_rate,
        "date": story.kgs_rate_date,
        "source": story.kgs_rate_source,
    }


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
