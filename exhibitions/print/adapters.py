"""From the exhibition's pages and snippets to what the print files show.

A print shop gets what visitors can see online: the published exhibition, its
published sections in the editor's order and their exhibits, each text in every
language that has it (the renderers fall back Kyrgyz first, as the API does). An
exhibit whose photo may not be published (people without a recorded release) is left
out, with the media library's own message, so no such photo reaches a wall.

The number of queries does not grow with the number of exhibits.
"""

import html
import re
from collections import defaultdict
from dataclasses import dataclass

from django.utils import translation
from django.utils.html import strip_tags

from wagtail.models import Locale

from media_library.rules import consent_problem
from stories.models import Country, Person, Place

from ..links import ensure_short_link, short_url
from ..models import Exhibit, ExhibitionPage, ExhibitionSection, ShortLink, TourStop, Venue
from . import content


@dataclass(frozen=True)
class PrintableExhibition:
    exhibition: content.Exhibition
    left_out: list[str]
    """Why exhibits were left out, one message each (their photo's consent)."""


def source_page(page: ExhibitionPage) -> ExhibitionPage:
    """The exhibition in the source language (Kyrgyz): its sections set the order."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return (
        ExhibitionPage.objects.filter(translation_key=page.translation_key, locale=default).first()
        or page
    )


def printable_exhibition(page: ExhibitionPage) -> PrintableExhibition:
    source = source_page(page)
    languages = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    pages = ExhibitionPage.objects.filter(translation_key=source.translation_key, live=True)
    by_language = {languages[p.locale_id]: p for p in pages}
    sections = list(source.sections().live().specific())
    section_rows = list(
        ExhibitionSection.objects.filter(
            translation_key__in=[s.translation_key for s in sections], live=True
        )
    )
    section_titles = defaultdict(dict)
    for row in section_rows:
        section_titles[row.translation_key][languages[row.locale_id]] = row.title
    rows = list(
        Exhibit.objects.filter(page__in=section_rows)
        .select_related("image", "place")
        .order_by("sort_order", "pk")
    )
    exhibits = _exhibits(rows, languages)

    left_out, printed_sections = [], []
    for section in sections:
        printed = []
        for row in (row for row in rows if row.page_id == section.pk):
            problem = consent_problem(row.image)
            if problem:
                left_out.append(f"{row.title}: {problem}")
            else:
                printed.append(exhibits[row.translation_key])
        if printed:
            title = section_titles[section.translation_key]
            printed_sections.append(content.Section(title=title, exhibits=tuple(printed)))

    cover = source.cover_image
    exhibition = content.Exhibition(
        title={code: p.title for code, p in by_language.items()},
        introduction={code: plain_text(p.introduction) for code, p in by_language.items()},
        curator_text={code: plain_text(p.curator_text) for code, p in by_language.items()},
        credits={code: plain_text(p.credits) for code, p in by_language.items()},
        cover=_photo(cover, languages) if consent_problem(cover) is None else None,
        year=source.year,
        sections=tuple(printed_sections),
        tour=tuple(tour_stops(source, languages)),
    )
    return PrintableExhibition(exhibition, left_out)


def tour_stops(source: ExhibitionPage, languages: dict[int, str]):
    stops = list(
        TourStop.objects.filter(exhibition=source, live=True).select_related("venue__country")
    )
    venues = venue_texts([stop.venue for stop in stops], languages)
    for stop in stops:
        opening = next((photo.value for photo in stop.opening_photos), None)
        usable = opening is not None and consent_problem(opening) is None
        yield content.TourStop(
            venue=venues[stop.venue.translation_key],
            starts=stop.starts_on,
            ends=stop.ends_on,
            status=stop.status,
            status_label=_labels(stop.get_status_display, languages),
            is_example=stop.is_example,
            photo=_photo(opening, languages) if usable else None,
            pk=stop.pk,
        )


def venue_texts(venues, languages: dict[int, str]) -> dict:
    """Each venue (by translation key) with its name, city and address in every language."""
    keys = {venue.translation_key for venue in venues}
    texts = defaultdict(lambda: defaultdict(dict))
    for row in Venue.objects.filter(translation_key__in=keys, live=True):
        for name in ("name", "city", "address"):
            texts[row.translation_key][name][languages[row.locale_id]] = getattr(row, name)
    countries = _names(Country, venues, "country", languages)
    return {
        venue.translation_key: content.Venue(
            name=texts[venue.translation_key]["name"] or {"ky": venue.name},
            city=texts[venue.translation_key]["city"] or {"ky": venue.city},
            country=countries.get(venue.country.translation_key, {}) if venue.country else {},
            address=texts[venue.translation_key]["address"],
            code=venue.code,
        )
        for venue in venues
    }


def _exhibits(rows, languages: dict[int, str]) -> dict:
    """Every exhibit by translation key, its texts gathered from each language's row."""
    texts = defaultdict(lambda: {"title": {}, "caption": {}})
    for row in rows:
        texts[row.translation_key]["title"][languages[row.locale_id]] = row.title
        texts[row.translation_key]["caption"][languages[row.locale_id]] = row.caption
    places = _names(Place, rows, "place", languages)
    people = _people(rows, languages)
    codes = _short_codes({row.translation_key for row in rows})
    result = {}
    for row in rows:
        if row.translation_key in result:
            continue
        result[row.translation_key] = content.Exhibit(
            title=texts[row.translation_key]["title"],
            caption=texts[row.translation_key]["caption"],
            short_url=short_url(codes[row.translation_key]),
            photo=_photo(row.image, languages),
            people=people.get(row.translation_key, {}),
            place=places.get(row.place.translation_key, {}) if row.place else {},
            year=row.year,
        )
    return result


def _short_codes(keys) -> dict:
    """Each exhibit's short code; one made now for an exhibit that has none yet.

    A label must never carry a code that does not exist, and codes are never changed,
    so making the missing ones here is safe and is done once.
    """
    codes = dict(ShortLink.objects.filter(exhibit_key__in=keys).values_list("exhibit_key", "code"))
    for key in keys - codes.keys():
        codes[key] = ensure_short_link(key).code
    return codes


def _people(rows, languages: dict[int, str]) -> dict:
    """People shown, joined per language: "Айгүл Токтогулова, Бакыт Осмонов"."""
    ids = {person_id for row in rows for person_id in row.person_ids()}
    keys_by_id = dict(Person.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    names = defaultdict(dict)
    for person in Person.objects.filter(translation_key__in=keys_by_id.values(), live=True):
        names[person.translation_key][languages[person.locale_id]] = person.name
    people = {}
    for row in rows:
        keys = [keys_by_id[i] for i in row.person_ids() if i in keys_by_id]
        people[row.translation_key] = {
            code: ", ".join(filter(None, (content.pick(names[key], code) for key in keys)))
            for code in languages.values()
        }
    return people


def _names(model, rows, attribute, languages: dict[int, str]) -> dict:
    """Names of the snippets ``rows`` point at, by translation key, in every language."""
    keys = {getattr(row, attribute).translation_key for row in rows if getattr(row, attribute)}
    names = defaultdict(dict)
    for item in model.objects.filter(translation_key__in=keys, live=True):
        names[item.translation_key][languages[item.locale_id]] = item.name
    return names


def _photo(image, languages: dict[int, str]) -> content.Photo | None:
    if image is None:
        return None
    return content.Photo(
        open=image.open_file,
        key=image.file.name,
        credit_line=image.credit_line,
        licence=_labels(image.get_licence_display, languages),
    )


def _labels(display, languages: dict[int, str]) -> dict:
    """A choice's label in each language, as the print shows it."""
    labels = {}
    for code in languages.values():
        with translation.override(code):
            labels[code] = str(display())
    return labels


BLOCK_END = re.compile(r"</(p|h[1-6]|li|ul|ol)>|<br\s*/?>", re.IGNORECASE)
LIST_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)


def plain_text(rich_text: str) -> str:
    """Rich text as paragraphs of plain text: a label or catalogue has no links to follow."""
    text = LIST_ITEM.sub("• ", BLOCK_END.sub("\n", rich_text or ""))
    text = html.unescape(strip_tags(text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
