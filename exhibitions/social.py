"""Tour stops as the social packages see them (registered as the ``tour-stop`` kind).

A stop is one row for every language, so the item of a post is the stop seen through
one translation of its exhibition: the exhibition's title, its description, the venue
and city in that language (or its fallback) and the dates as that language writes
them. Only a stop the public sees in the exhibition's tour gets a post: published, of
a published exhibition, at a published venue. ``utm_campaign`` is the exhibition's
slug in the source language, the page a stop names.

The admin ZIP of a stop is for those who may edit it or its exhibition's page (the SMM
managers edit every page, not the tour): from the stop's edit view and the exhibition
page's header (``exhibitions.wagtail_hooks``).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.api.languages import best_objects, fallback_chain
from cms.api.visibility import visible_pages
from cms.blocks.api import plain_text_excerpt
from social.compose import public_image
from social.kinds import Kind, Source, page_url

from .enums import TourStopStatus
from .models import ExhibitionPage, TourStop, Venue


@dataclass(frozen=True)
class StopInLanguage:
    """A tour stop told in the language of one public translation of its exhibition."""

    stop: TourStop
    exhibition: ExhibitionPage
    venue: Venue

    @property
    def pk(self) -> int:
        return self.stop.pk


def _public_exhibitions(stop):
    return visible_pages(
        ExhibitionPage.objects.filter(translation_key=stop.exhibition.translation_key)
    )


def _venue(stop, language: str) -> Venue | None:
    """The stop's venue, published, in the best language of ``language``'s chain."""
    found = best_objects(
        Venue.objects.filter(translation_key=stop.venue.translation_key, live=True),
        fallback_chain(language),
    )
    return found[0] if found else None


def _told(stop, exhibition) -> StopInLanguage | None:
    venue = _venue(stop, exhibition.locale.language_code)
    return StopInLanguage(stop, exhibition, venue) if venue is not None else None


def resolve_public_stop(item_id: int, chain: list[str]) -> StopInLanguage | None:
    stop = TourStop.objects.filter(pk=item_id, live=True).select_related("exhibition", "venue")
    stop = stop.first()
    if stop is None:
        return None
    found = best_objects(_public_exhibitions(stop), chain)
    return _told(stop, found[0]) if found else None


def stop_in_each_language(item: StopInLanguage) -> list[StopInLanguage]:
    exhibitions = _public_exhibitions(item.stop).select_related("locale").order_by("locale_id")
    told = (_told(item.stop, exhibition) for exhibition in exhibitions)
    return [each for each in told if each is not None]


def dates(stop, language: str) -> str:
    with translation.override(language):
        first = date_format(stop.starts_on, "DATE_FORMAT")
        if stop.ends_on == stop.starts_on:
            return first
        return f"{first} – {date_format(stop.ends_on, 'DATE_FORMAT')}"


def where_and_when(item: StopInLanguage, language: str) -> str:
    venue = item.venue
    place = ", ".join(part for part in (venue.name, venue.city) if part)
    values = {"place": place, "dates": dates(item.stop, language)}
    with translation.override(language):
        if item.stop.status == TourStopStatus.HELD:
            sentence = _("The exhibition was on show at %(place)s, %(dates)s.") % values
        else:
            sentence = _("The exhibition is on show at %(place)s, %(dates)s.") % values
    # Kyrgyz and Russian dates end in an abbreviation ("2025 ж.", "2025 г."): one full stop.
    return sentence[:-1] if sentence.endswith("..") else sentence


def stop_source(item: StopInLanguage, request=None) -> Source:
    exhibition = item.exhibition
    language = exhibition.locale.language_code
    lead = exhibition.search_description or plain_text_excerpt(exhibition.introduction)
    return Source(
        id=item.stop.pk,
        locale=language,
        title=exhibition.title,
        lead=where_and_when(item, language),
        description=lead,
        url=page_url(exhibition, request),
        messages=[lead] if lead else [],
        campaign=item.stop.exhibition.slug,
        image=public_image(exhibition.cover_image),
    )


def may_download_stop(user, item: StopInLanguage) -> bool:
    policy = TourStop.snippet_viewset.permission_policy
    return (
        policy.user_has_permission_for_instance(user, "change", item.stop)
        or item.stop.exhibition.permissions_for_user(user).can_edit()
    )


def stop_edit_url(item: StopInLanguage) -> str:
    return reverse(TourStop.snippet_viewset.get_url_name("edit"), args=(item.stop.pk,))


TOUR_STOP_KIND = Kind(
    name="tour-stop",
    label=gettext_lazy("Exhibition tour stop"),
    model=TourStop,
    resolve=resolve_public_stop,
    translations=stop_in_each_language,
    source=stop_source,
    may_download=may_download_stop,
    admin_url=stop_edit_url,
)
