"""The kinds of item a social package can be made for, registered by the apps that own them.

The social app never imports the apps: each registers its kind from its own
``ready()``. A kind names its items in the URL (``/api/v1/social/<kind>/<id>``), finds
the visible item for an id and a language chain, and describes an item as a
``Source`` — the plain facts a post is written from.

Registered today: ``story`` (stories), ``theme`` (campaigns), ``results`` (contests:
an edition's published results) and ``tour-stop`` (exhibitions). To add a kind, in the
app's ``ready()``::

    from social import kinds

    kinds.register(kinds.Kind(
        name="tour-stop",
        label=_("Exhibition tour stop"),
        model=TourStop,                      # or a page model (see below)
        resolve=resolve_public_stop,         # (id, chain) -> item or None, public only
        source=stop_source,                  # (item, request) -> kinds.Source
        translations=stop_in_each_language,  # (item) -> [item, …] for the ZIP
        may_download=may_download_stop,      # (user, item) -> bool, the admin ZIP
        admin_url=stop_edit_url,             # (item) -> its admin screen, or ""
    ))

An item is whatever ``resolve`` returns, one per language, with a ``pk`` (the ZIP's
name). ``resolve`` must apply the public rule of its model (for pages,
``page_resolver`` does it with ``cms.api.visibility``): a package is never made for an
item the public may not see. ``source`` gives the item in its own language; the
campaign for ``utm_campaign`` is the theme, contest or exhibition slug. A page kind's
model (``for_model`` finds it for the "Social" tab, the rule on its texts and the admin
ZIP) may also mix in ``social.previews.SocialPreviewMixin`` for the channel previews
and hold a ``social_texts`` field (``social.blocks.SocialTextsBlock``) for the editors'
own texts.

The admin ZIP (``social.admin_urls``) serves every kind. A page kind's ZIP is open to
whoever may edit the page and holds its latest revisions; any other kind's holds the
public item only, for the users its ``may_download`` admits (without one, nobody). Each
app offers the download where its items are edited, with ``admin_urls.zip_button``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail.models import Locale, Page

from cms.api.frontend import frontend_url
from cms.api.languages import best_objects
from cms.api.visibility import visible_pages


@dataclass
class Source:
    """What a post is written from, all in the item's language (``locale``)."""

    id: int
    locale: str
    title: str
    lead: str
    url: str
    messages: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    campaign: str = ""
    image: object | None = None
    overrides: dict[str, str] = field(default_factory=dict)
    description: str = ""


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    model: type
    resolve: Callable
    source: Callable
    # (item) -> the item in every language the public may read it in, itself included.
    translations: Callable | None = None
    may_download: Callable | None = None
    admin_url: Callable | None = None

    @property
    def is_page_kind(self) -> bool:
        return issubclass(self.model, Page)

    def all_languages(self, item) -> list:
        return self.translations(item) if self.translations else [item]


_kinds: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    _kinds[kind.name] = kind


def get(name: str) -> Kind | None:
    return _kinds.get(name)


def names() -> tuple[str, ...]:
    return tuple(sorted(_kinds))


def for_model(model) -> Kind | None:
    return next((kind for kind in _kinds.values() if issubclass(model, kind.model)), None)


def page_resolver(model, queryset=None):
    """``resolve`` for a page kind: the visible translation of the page with this id,
    in the first language of ``chain`` that has one."""

    def resolve(item_id: int, chain: list[str]):
        pages = visible_pages(queryset() if queryset else model.objects.all())
        key = pages.filter(pk=item_id).values_list("translation_key", flat=True).first()
        if key is None:
            return None
        found = best_objects(pages.filter(translation_key=key), chain)
        return found[0] if found else None

    return resolve


def page_translations(model):
    """``translations`` for a page kind: its visible translations, in locale order."""

    def translations(page) -> list:
        pages = visible_pages(model.objects.filter(translation_key=page.translation_key))
        return list(pages.select_related("locale").order_by("locale_id"))

    return translations


def overrides_of(page) -> dict[str, str]:
    """The editors' own text per channel, from the page's ``social_texts`` field."""
    texts = getattr(page, "social_texts", None) or []
    return {block.block_type: block.value.strip() for block in texts if block.value.strip()}


def campaign_slug(page) -> str:
    """``utm_campaign`` for a page: its slug in the source language, so that every
    translation's posts count towards one campaign."""
    source = (
        Page.objects.filter(translation_key=page.translation_key, locale=Locale.get_default())
        .values_list("slug", flat=True)
        .first()
    )
    return source or page.slug


def page_url(page, request=None) -> str:
    """The page on the portal; "" for a page not yet saved (it has no address yet)."""
    if page.pk is None or not page.url_path:
        return ""
    return frontend_url(page, request)
