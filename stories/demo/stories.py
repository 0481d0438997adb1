"""The eight documented cases of Annex 2 as published success stories."""

import datetime
import uuid
from decimal import Decimal

from wagtail.models import Locale

from campaigns.models import CampaignThemePage
from cms.demo.photos import ensure_photo
from cms.demo.translation import TARGET_LANGUAGES, memory_for, paragraphs, translate
from cms.models import HomePage
from stories.models import (
    StoryContribution,
    StoryHero,
    StoryIndexPage,
    StoryPlace,
    StorySDG,
    StorySector,
    StoryTheme,
    SuccessStoryPage,
)

from .data import CASES, EXAMPLE_KGS_RATES, EXAMPLE_RATE_SOURCE

INDEX = {
    "title": {"ky": "Адамдардын окуялары", "ru": "Истории людей", "en": "People's stories"},
    "slug": {"ky": "окуялар", "ru": "истории", "en": "stories"},
    "introduction": {
        "ky": "Инвестициялар адамдардын жашоосун кантип жакшыртканы тууралуу окуялар.",
        "ru": "Истории о том, как инвестиции сделали жизнь людей лучше.",
        "en": "Stories of how investments have made people's lives better.",
    },
}


def list_items(values: list[dict]) -> list[dict]:
    """List blocks in Wagtail's stored form, with ids: wagtail-localize only extracts
    translatable text from list items that have them."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def stream_body(blocks: list[dict], language: str = "ky") -> list[dict]:
    """The data's blocks as StreamField JSON in the block library's shapes."""
    body = []
    for block in blocks:
        kind = block["type"]
        if kind == "paragraph":
            body.append({"type": "text", "value": paragraphs(block["text"][language])})
        elif kind == "heading":
            body.append(
                {"type": "heading", "value": {"text": block["text"][language], "level": "h2"}}
            )
        elif kind == "quote":
            value = {
                "quote": block["quote"][language],
                "attribution": block["attribution"][language],
                "role": "",
            }
            body.append({"type": "quote", "value": value})
        elif kind == "key_figures":
            items = [
                {
                    "number": item["number"],
                    "unit": item["unit"][language],
                    "label": item["label"][language],
                }
                for item in block["items"]
            ]
            body.append({"type": "key_figures", "value": {"items": list_items(items)}})
        elif kind == "timeline":
            events = [
                {
                    "date": event["date"],
                    "title": event["title"][language],
                    "description": event["description"][language],
                }
                for event in block["events"]
            ]
            body.append({"type": "timeline", "value": {"title": "", "events": list_items(events)}})
        else:
            raise ValueError(f"Unknown demo block type {kind!r}")
    return body


def texts_of(case: dict) -> list[dict]:
    """Every translatable text of a case, for the translation memory."""
    texts = [case["title"], case["slug"], case["standfirst"]]
    for block in case["body"]:
        for key in ("text", "quote", "attribution"):
            if key in block:
                texts.append(block[key])
        for item in block.get("items", []):
            texts += [item["unit"], item["label"]]
        for event in block.get("events", []):
            texts += [event["title"], event["description"]]
    for source in case["sources"]:
        texts += [source["publisher"], source.get("title")]
    return [*texts, EXAMPLE_RATE_SOURCE]


def example_rate(case: dict) -> dict:
    """The rate fields of a case whose amount is not in soms: an example, dated the story."""
    story_date = datetime.date.fromisoformat(case["published"])
    rate = EXAMPLE_KGS_RATES.get((case.get("currency"), story_date.year))
    if not case.get("amount") or rate is None:
        return {}
    return {
        "kgs_rate": Decimal(rate),
        "kgs_rate_date": story_date,
        "kgs_rate_source": EXAMPLE_RATE_SOURCE["ky"],
    }


def ensure_index(home: HomePage) -> StoryIndexPage:
    index = StoryIndexPage.objects.child_of(home).filter(slug=INDEX["slug"]["ky"]).first()
    if index is None:
        index = StoryIndexPage(
            title=INDEX["title"]["ky"],
            slug=INDEX["slug"]["ky"],
            introduction=paragraphs(INDEX["introduction"]["ky"]),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    _ensure_translations(index, list(INDEX.values()))
    return index


def _ensure_translations(page, texts):
    for language in TARGET_LANGUAGES:
        if not page.has_translation(Locale.objects.get(language_code=language)):
            translate(page, language, memory_for(language, *texts))


def build_story(case: dict, taxonomy: dict) -> SuccessStoryPage:
    places, countries, sectors, people = (
        taxonomy[k] for k in ("places", "countries", "sectors", "people")
    )
    themes = {
        page.slug: page for page in CampaignThemePage.objects.filter(locale=Locale.get_default())
    }
    theme_slugs = taxonomy["theme_slugs"]
    photo = ensure_photo(
        case["key"],
        title=case["title"]["en"],
        alt={lang: case["standfirst"][lang][:250] for lang in ("ky", "ru", "en")},
        caption=case["title"],
    )
    page = SuccessStoryPage(
        title=case["title"]["ky"],
        slug=case["slug"]["ky"],
        standfirst=case["standfirst"]["ky"],
        story_date=datetime.date.fromisoformat(case["published"]),
        hero_image=photo,
        body=stream_body(case["body"]),
        place=places.get(case["place"]),
        country_of_residence=countries.get(case["country"]),
        amount=Decimal(case["amount"]) if case.get("amount") else None,
        currency=case.get("currency") or "",
        beneficiaries=case.get("beneficiaries"),
        **example_rate(case),
        sources=[
            {
                "type": "source",
                "value": {
                    "publisher": source["publisher"]["ky"],
                    "title": (source.get("title") or {}).get("ky", ""),
                    "url": source.get("url") or "",
                    "date": source.get("date"),
                },
            }
            for source in case["sources"]
        ],
    )
    page.hero_links = [StoryHero(person=people[key]) for key in case["heroes"]]
    page.place_links = [
        StoryPlace(place=places[key]) for key in case["places"] if key != case["place"]
    ]
    page.sector_links = [StorySector(sector=sectors[key]) for key in case["sectors"]]
    page.contributions = [StoryContribution(kind=kind) for kind in case["contributions"]]
    page.sdgs = [StorySDG(goal=goal) for goal in case["sdgs"]]
    page.theme_links = [StoryTheme(theme=themes[theme_slugs[key]]) for key in case["topics"]]
    return page


def load(stdout, taxonomy: dict) -> list[SuccessStoryPage]:
    home = HomePage.objects.get(locale=Locale.get_default(), depth=2)
    index = ensure_index(home)
    stories = []
    for number, case in enumerate(CASES, start=1):
        page = SuccessStoryPage.objects.child_of(index).filter(slug=case["slug"]["ky"]).first()
        status = "unchanged"
        if page is None:
            page = build_story(case, taxonomy)
            index.add_child(instance=page)
            page.save_revision().publish()
            status = "created"
        _ensure_translations(page, texts_of(case))
        stdout.write(f"  [{number}/{len(CASES)}] {status}: {case['title']['en']}")
        stories.append(page)
    return stories
