"""What blocks and rich text point at, loaded in batches for the Content API.

A body may hold dozens of photos, galleries, buttons and links. Asking the database
once per block makes a long story slow, so the ids are gathered first and each kind
is loaded in one go; what is not public comes back as ``None`` and is left out.
"""

from types import SimpleNamespace

from django.conf import settings
from django.db.models import Q

from wagtail.models import Page

from cms.api.frontend import frontend_url
from cms.api.visibility import visible_pages
from media_library.public import (
    absolute_media_url,
    image_object,
    public_documents,
    public_images,
)
from media_library.renditions import prefetch_preset_renditions

from .rich_text import RichTextRenderer

CONTEXT_KEY = "api_lookups"


def _pks(ids) -> set[int]:
    """Ids as stored in JSON or rich text attributes ("3", 3); anything else is ignored."""
    found = set()
    for value in ids:
        try:
            found.add(int(value))
        except (TypeError, ValueError):
            continue
    return found


class ApiLookups:
    """Public images, pages and documents by id, in one served language.

    ``load_*`` fetch every id not seen yet in one query (pages: one, plus the two that
    ``visible_pages`` needs); the single-item accessors load lazily, so a block used on
    its own still works, at one lookup per block.
    """

    def __init__(self, language_code: str | None = None):
        self.language_code = language_code or settings.LANGUAGE_CODE
        self.images: dict[int, object] = {}
        self.pages: dict[int, Page | None] = {}
        self.documents: dict[int, object] = {}
        # Wagtail caches the site root paths on the object given to get_url_parts().
        self._url_cache = SimpleNamespace()
        self._renderer = None

    def load_images(self, ids) -> None:
        missing = _pks(ids) - self.images.keys()
        if not missing:
            return
        found = prefetch_preset_renditions(public_images().filter(pk__in=missing))
        self.images.update(dict.fromkeys(missing))
        self.images.update({image.pk: image for image in found})

    def load_documents(self, ids) -> None:
        missing = _pks(ids) - self.documents.keys()
        if not missing:
            return
        self.documents.update(dict.fromkeys(missing))
        self.documents.update({doc.pk: doc for doc in public_documents().filter(pk__in=missing)})

    def load_pages(self, ids) -> None:
        """Each page is swapped for its live translation in the served language, if any.

        A link to a page that is not visible (draft, private, expired) is dropped
        rather than localised, as Wagtail's own ``Page.localized`` starts from it too.
        """
        missing = _pks(ids) - self.pages.keys()
        if not missing:
            return
        keys = Page.objects.filter(pk__in=missing).values("translation_key")
        served = Q(translation_key__in=keys, locale__language_code=self.language_code)
        candidates = visible_pages(Page.objects.filter(Q(pk__in=missing) | served))
        candidates = list(candidates.select_related("locale"))
        by_pk = {page.pk: page for page in candidates}
        translated = {
            page.translation_key: page
            for page in candidates
            if page.locale.language_code == self.language_code
        }
        for pk in missing:
            page = by_pk.get(pk)
            self.pages[pk] = translated.get(page.translation_key, page) if page else None

    def image(self, pk):
        self.load_images([pk])
        return self.images.get(_single(pk))

    def page(self, pk) -> Page | None:
        self.load_pages([pk])
        return self.pages.get(_single(pk))

    def document(self, pk):
        self.load_documents([pk])
        return self.documents.get(_single(pk))

    def image_object(self, pk) -> dict | None:
        image = self.image(pk)
        return image_object(image, self.language_code) if image is not None else None

    def page_url(self, page) -> str:
        return frontend_url(page, self._url_cache)

    def page_link(self, pk) -> dict | None:
        """Enough for a front-end to route the link; the page endpoints give the rest."""
        page = self.page(pk)
        if page is None:
            return None
        model = page.specific_class or type(page)
        return {
            "id": page.pk,
            "type": f"{model._meta.app_label}.{model.__name__}",
            "title": page.title,
            "locale": page.locale.language_code,
            "url": self.page_url(page),
        }

    def document_url(self, pk) -> str | None:
        document = self.document(pk)
        return absolute_media_url(document.url) if document is not None else None

    @property
    def rich_text(self) -> RichTextRenderer:
        if self._renderer is None:
            self._renderer = RichTextRenderer(self)
        return self._renderer


def _single(pk) -> int | None:
    found = _pks([pk])
    return found.pop() if found else None


def lookups_from(context) -> ApiLookups:
    """The batch a stream prepared, or a fresh one for a block serialised on its own."""
    context = context or {}
    lookups = context.get(CONTEXT_KEY)
    if lookups is None:
        lookups = ApiLookups(context.get("language_code"))
    return lookups
