"""The 2025 exhibition: eight exhibits in three sections, four venues and a tour.

Needs the demo stories (their photos, heroes and places become the exhibits'). Idempotent:
pages and venues already there are left alone; the coming stops' example dates move
only when the demo is loaded on another day.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from wagtail.models import Locale

from cms.demo.translation import TARGET_LANGUAGES, memory_for, paragraphs, translate
from cms.models import HomePage
from exhibitions.models import Exhibit, ExhibitionPage, ExhibitionSection, TourStop, Venue
from stories.demo.data import CASES
from stories.demo.taxonomy import ensure_snippet
from stories.models import Country, SuccessStoryPage

from .data import EXHIBITION, KOREA, SECTIONS, TOUR, VENUES

CASES_BY_KEY = {case["key"]: case for case in CASES}


def _translate_missing(page, texts):
    for language in TARGET_LANGUAGES:
        if not page.has_translation(Locale.objects.get(language_code=language)):
            translate(page, language, memory_for(language, *texts))


def ensure_exhibition(home) -> tuple[ExhibitionPage, str]:
    page = ExhibitionPage.objects.child_of(home).filter(slug=EXHIBITION["slug"]["ky"]).first()
    status = "unchanged"
    if page is None:
        page = ExhibitionPage(
            title=EXHIBITION["title"]["ky"],
            slug=EXHIBITION["slug"]["ky"],
            year=EXHIBITION["year"],
            introduction=paragraphs(EXHIBITION["introduction"]["ky"]),
            curator_text=paragraphs(EXHIBITION["curator_text"]["ky"]),
            credits=paragraphs(EXHIBITION["credits"]["ky"]),
            cover_image=SuccessStoryPage.objects.get(
                locale=home.locale, slug=CASES[0]["slug"]["ky"]
            ).hero_image,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        status = "created"
    texts = [EXHIBITION[key] for key in ("title", "slug", "introduction", "curator_text")]
    _translate_missing(page, [*texts, EXHIBITION["credits"]])
    return page, status


def exhibit_for(story: SuccessStoryPage, case: dict, number: int) -> Exhibit:
    return Exhibit(
        sort_order=number,
        image=story.hero_image,
        title=case["title"]["ky"],
        caption=case["standfirst"]["ky"],
        people=[
            {"type": "person", "value": link.person_id}
            for link in story.hero_links.order_by("sort_order")
        ],
        place=story.place,
        year=int(case["published"][:4]),
        story=story,
    )


def ensure_section(exhibition, item: dict) -> ExhibitionSection:
    page = ExhibitionSection.objects.child_of(exhibition).filter(slug=item["slug"]["ky"]).first()
    cases = [CASES_BY_KEY[key] for key in item["cases"]]
    if page is None:
        stories = SuccessStoryPage.objects.filter(locale=exhibition.locale)
        page = ExhibitionSection(
            title=item["title"]["ky"],
            slug=item["slug"]["ky"],
            introduction=paragraphs(item["introduction"]["ky"]),
        )
        page.exhibits = [
            exhibit_for(stories.get(slug=case["slug"]["ky"]), case, number)
            for number, case in enumerate(cases)
        ]
        exhibition.add_child(instance=page)
        page.save_revision().publish()
    texts = [item["title"], item["slug"], item["introduction"]]
    texts += [case[key] for case in cases for key in ("title", "standfirst")]
    _translate_missing(page, texts)
    return page


def ensure_venues() -> dict[str, Venue]:
    countries = {c.code: c for c in Country.objects.filter(locale=Locale.get_default())}
    if "KR" not in countries:
        countries["KR"] = ensure_snippet(
            Country, {"code": KOREA["code"]}, {"name": KOREA["name"]["ky"]}, [KOREA["name"]]
        )[0]
    venues = {}
    for item in VENUES:
        venues[item["code"]] = ensure_snippet(
            Venue,
            {"code": item["code"]},
            {
                "kind": item["kind"],
                "name": item["name"]["ky"],
                "city": item["city"]["ky"],
                "country": countries[item["country"]],
                "latitude": Decimal(item["latitude"]),
                "longitude": Decimal(item["longitude"]),
            },
            [item["name"], item["city"]],
        )[0]
    return venues


def _dates(spec, today) -> tuple[datetime.date, datetime.date]:
    if isinstance(spec[0], str):
        return tuple(datetime.date.fromisoformat(value) for value in spec)
    return tuple(today + datetime.timedelta(days=offset) for offset in spec)


def ensure_tour(exhibition, venues) -> int:
    today = timezone.localdate()
    changed = 0
    for item in TOUR:
        starts_on, ends_on = _dates(item["dates"], today)
        wanted = {
            "starts_on": starts_on,
            "ends_on": ends_on,
            "status": item["status"],
            "visitors": item["visitors"],
            "is_example": True,
        }
        venue = venues[item["venue"]]
        stop = TourStop.objects.filter(exhibition=exhibition, venue=venue).first()
        if stop is not None and all(getattr(stop, k) == v for k, v in wanted.items()):
            continue
        stop = stop or TourStop(exhibition=exhibition, venue=venue)
        for name, value in wanted.items():
            setattr(stop, name, value)
        stop.full_clean()
        stop.save()
        changed += 1
    return changed


def load(stdout):
    home = HomePage.objects.get(locale=Locale.get_default(), depth=2)
    exhibition, status = ensure_exhibition(home)
    stdout.write(f"  {status}: {EXHIBITION['title']['en']}")
    for item in SECTIONS:
        ensure_section(exhibition, item)
    stdout.write(f"  {len(SECTIONS)} sections, {sum(len(s['cases']) for s in SECTIONS)} exhibits")
    venues = ensure_venues()
    stdout.write(f"  {len(venues)} venues")
    changed = ensure_tour(exhibition, venues)
    stdout.write(f"  {len(TOUR)} tour stops (example dates), {changed} written")
