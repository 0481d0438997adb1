"""Wagtail API v2 (/api/v2/): read-only pages, images and documents for generic clients.

Wagtail's pages endpoint already keeps to live pages outside view-restricted subtrees,
and its images and documents endpoints leave out private collections and the
collections below them (so they are registered as they are). The pages endpoint still
lets through:

- a live page below a parent that is a draft, unpublished or expired (Wagtail serves
  such a page, but our contract hides it with its parent);
- a page whose ``expire_at`` has passed or whose ``go_live_at`` is still ahead while
  ``publish_scheduled`` has not run yet (``live`` changes only when it runs);
- photos of private collections and draft or private themes when a page nests them.

The subclasses below close those gaps and prefetch what the nested fields read, so a
listing costs a fixed number of queries whatever its length.
"""

from functools import cached_property

from django.db.models import Prefetch, Q
from django.utils import timezone

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageAliasOfField, PageSerializer
from wagtail.api.v2.utils import get_restricted_collection_ids
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from campaigns.models import CampaignThemePage
from media_library.renditions import prefetch_preset_renditions, preset_spec
from stories.models import SuccessStoryPage


def card_images():
    return prefetch_preset_renditions(get_image_model().objects.all(), preset_spec("card"))


# What each page type's nested API fields read, fetched in one query per relation.
PREFETCH = {
    SuccessStoryPage: {
        "select": ["locale", "place", "country_of_residence"],
        "prefetch": [
            Prefetch("hero_image", queryset=card_images()),
            "hero_links__person__country_of_residence",
            "hero_links__person__home_place",
            Prefetch("hero_links__person__photo", queryset=card_images()),
            "place_links__place",
            "sector_links__sector",
            "theme_links__theme",
            "contributions",
            "sdgs",
        ],
    },
    CampaignThemePage: {"select": ["locale"], "prefetch": ["key_messages"]},
}


def not_visible_now() -> Q:
    """Pages that are not published right now, whatever ``live`` still says."""
    now = timezone.now()
    return Q(live=False) | Q(expired=True) | Q(expire_at__lte=now) | Q(go_live_at__gt=now)


def without_hidden_subtrees(queryset):
    """Leave out pages below a page that is not published (the tree root excepted)."""
    paths = sorted(
        Page.objects.filter(not_visible_now(), depth__gt=1, numchild__gt=0).values_list(
            "path", flat=True
        )
    )
    outermost = []
    for path in paths:
        if not outermost or not path.startswith(outermost[-1]):
            outermost.append(path)
    if not outermost:
        return queryset
    below = Q()
    for path in outermost:
        below |= Q(path__startswith=path)
    return queryset.exclude(below)


class PublicPageAliasOfField(PageAliasOfField):
    """``alias_of`` only when the original is itself visible: its title is content too."""

    def get_attribute(self, instance):
        original = instance.alias_of
        if original is not None and self.context["base_queryset"].filter(pk=original.pk).exists():
            return original
        return None


class PublicPageSerializer(PageSerializer):
    alias_of = PublicPageAliasOfField(read_only=True)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer

    def get_base_queryset(self):
        return self._base_queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        related = PREFETCH.get(queryset.model)
        if related:
            queryset = queryset.select_related(*related["select"]).prefetch_related(
                *related["prefetch"]
            )
        return queryset

    @cached_property
    def _base_queryset(self):
        """Worked out once per request: Wagtail asks for it from several places."""
        queryset = super().get_base_queryset().exclude(not_visible_now())
        return without_hidden_subtrees(queryset)

    def visible_page_ids(self, model) -> set[int]:
        """Ids of the pages of ``model`` this request may see; for nested links."""
        cache = self.__dict__.setdefault("_visible_page_ids", {})
        if model not in cache:
            cache[model] = set(self._base_queryset.type(model).values_list("pk", flat=True))
        return cache[model]

    @cached_property
    def restricted_collection_ids(self) -> set[int]:
        return get_restricted_collection_ids(self.request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
