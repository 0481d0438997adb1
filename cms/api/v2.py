"""Wagtail's own API v2 (``/api/v2/``): read-only pages, images and documents for generic
Wagtail clients. It is Wagtail's API, not a second version of ours (``/api/v1/``), but
it follows the same rules: pages through ``visibility.visible_pages``, images and
documents through ``media_library.public``, and the same cache headers.

Wagtail's endpoints on their own would still let through a live page below a hidden
parent, a page whose expiry passed or whose ``go_live_at`` is ahead before
``publish_scheduled`` ran, photos whose people's release is pending, and their search
fails on any filter it cannot index; the subclasses below close those gaps. Apps
register what their page types' nested fields read (``register_prefetch``), so a
listing costs a fixed number of queries whatever its length.
"""

from functools import cached_property

from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import ChildRelationField, PageAliasOfField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import DraftStateMixin, Locale, Page

from media_library.public import private_collection_ids, public_documents, public_images

from .http import set_cache_headers
from .search import search_words
from .visibility import searchable_visible_pages, visible_pages

SEARCH_OPERATORS = ("and", "or")

_prefetch: dict[type, dict] = {}


def register_prefetch(model, *, select=(), prefetch=list) -> None:
    """What ``model``'s nested API fields read, fetched in one query per relation;
    ``prefetch`` is called per request (its querysets may depend on the content)."""
    _prefetch[model] = {"select": list(select), "prefetch": prefetch}


class PublicSearchFilter(SearchFilter):
    """Wagtail's search, with its query syntax and operator checked first: a stray
    quote or an unknown operator is the client's mistake (400), never a 500."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(
                _("search_operator must be one of: %(valid)s")
                % {"valid": ", ".join(SEARCH_OPERATORS)}
            )
        words = search_words(request.GET["search"])
        if not words:
            return queryset.none()
        request.GET = request.GET.copy()
        request.GET["search"] = words
        return super().filter_queryset(request, queryset, view)


class PublicPageAliasOfField(PageAliasOfField):
    """``alias_of`` only when the original is itself visible: its title is content too."""

    def get_attribute(self, instance):
        original = instance.alias_of
        if original is not None and self.context["base_queryset"].filter(pk=original.pk).exists():
            return original
        return None


def links_only_published(child) -> bool:
    """Whether no snippet this child row points to is a draft or unpublished (a
    story's hero, place or sector waiting for review)."""
    for field in child._meta.concrete_fields:
        model = field.related_model if field.many_to_one else None
        if model and issubclass(model, DraftStateMixin) and not issubclass(model, Page):
            target = getattr(child, field.name)
            if target is not None and not target.live:
                return False
    return True


class PublishedChildRelationField(ChildRelationField):
    def to_representation(self, value):
        serializer = self.serializer_class(context=self.context)
        return [
            serializer.to_representation(child)
            for child in value.all()
            if links_only_published(child)
        ]


class PublicPageSerializer(PageSerializer):
    """A page is written in its own locale's language: choice labels and the like
    follow the page, not the client's ``Accept-Language``."""

    alias_of = PublicPageAliasOfField(read_only=True)

    def to_representation(self, instance):
        with translation.override(self._language_of(instance)):
            return super().to_representation(instance)

    def _language_of(self, instance) -> str:
        """From one query per request, shared by a listing's items through the context."""
        codes = self.context.get("locale_codes")
        if codes is None:
            codes = dict(Locale.objects.values_list("pk", "language_code"))
            self.context["locale_codes"] = codes
        return codes[instance.locale_id]

    def build_relational_field(self, field_name, relation_info):
        field_class, kwargs = super().build_relational_field(field_name, relation_info)
        if field_class is ChildRelationField:
            return PublishedChildRelationField, kwargs
        return field_class, kwargs


class CacheHeadersMixin:
    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        set_cache_headers(response, public=response.status_code == 200)
        return response


def _with_search(filter_backends):
    return [PublicSearchFilter if b is SearchFilter else b for b in filter_backends]


class PublicPagesAPIViewSet(CacheHeadersMixin, PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer
    filter_backends = _with_search(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        return self._base_queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        related = _prefetch.get(queryset.model)
        if related:
            queryset = queryset.select_related(*related["select"]).prefetch_related(
                *related["prefetch"]()
            )
        return queryset

    @cached_property
    def _base_queryset(self):
        """Worked out once per request: Wagtail asks for it from several places.

        Search backends filter only on indexed fields, so a search gets the same rule
        in the terms they understand (``live`` and ids).
        """
        queryset = super().get_base_queryset()
        if "search" in self.request.GET:
            return searchable_visible_pages(queryset)
        return visible_pages(queryset)

    def visible_page_ids(self, model) -> set[int]:
        """Ids of the pages of ``model`` this request may see; for nested links."""
        cache = self.__dict__.setdefault("_visible_page_ids", {})
        if model not in cache:
            cache[model] = set(self._base_queryset.type(model).values_list("pk", flat=True))
        return cache[model]

    @cached_property
    def restricted_collection_ids(self) -> set[int]:
        return set(private_collection_ids())


class PublicImagesAPIViewSet(CacheHeadersMixin, ImagesAPIViewSet):
    filter_backends = _with_search(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        return public_images(self.model.objects.all()).order_by("id")


class PublicDocumentsAPIViewSet(CacheHeadersMixin, DocumentsAPIViewSet):
    filter_backends = _with_search(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return public_documents(self.model.objects.all()).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
