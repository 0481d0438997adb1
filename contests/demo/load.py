"""The three contest programmes in ky, ru and en, their editions and example entries.

Idempotent: pages and entries already there are left alone; the dates of the editions
set relative to today are moved (and their translations synchronised) only when the
demo is loaded on another day.
"""

import datetime
import io

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from wagtail.models import Locale

from cms.demo.translation import TARGET_LANGUAGES, memory_for, paragraphs, translate
from cms.demo.users import ensure_demo_user
from cms.models import HomePage
from contests.coordinators import GROUP_NAME, setup_group
from contests.files import check_file
from contests.models import (
    ContestEditionPage,
    ContestProgrammePage,
    EditionCategory,
    EditionPrize,
    EditionQuestion,
    EligibilityRule,
    Entry,
)
from contests.submission import store
from contests.validation import CleanEntry

from .data import CATEGORIES, EDITIONS, ENTRIES, PRIZES, PROGRAMMES, QUESTION, RULES

PRIVACY_VERSION = "2026-1"
EXAMPLE = "Example"


def _dates(spec, today):
    if isinstance(spec[0], str):
        return [datetime.date.fromisoformat(value) for value in spec]
    return [today + datetime.timedelta(days=offset) for offset in spec]


def _publish_translations(page, texts):
    for language in TARGET_LANGUAGES:
        translate(page, language, memory_for(language, *texts))


def ensure_programme(home, item) -> tuple[ContestProgrammePage, bool]:
    page = ContestProgrammePage.objects.child_of(home).filter(slug=item["slug"]["ky"]).first()
    created = page is None
    if created:
        page = ContestProgrammePage(
            title=item["title"]["ky"],
            slug=item["slug"]["ky"],
            kind=item["kind"],
            summary=item["summary"]["ky"],
            organisers=item["organisers"]["ky"],
            introduction=paragraphs(item["introduction"]["ky"]),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        texts = [item[key] for key in ("title", "slug", "summary", "organisers", "introduction")]
        _publish_translations(page, texts)
    return page, created


def edition_texts(key, title, slug) -> list[dict]:
    texts = [title, slug, QUESTION["label"], QUESTION["help_text"]]
    texts += [text for _key, name, description in CATEGORIES[key] for text in (name, description)]
    texts += [text for _key, text in RULES[key]]
    texts += [name for name, _amount, _currency in PRIZES[key]]
    return texts


def ensure_edition(programme, key, title, slug, dates) -> tuple[ContestEditionPage, str]:
    opens, closes, results = dates
    page = ContestEditionPage.objects.child_of(programme).filter(slug=slug["ky"]).first()
    if page is None:
        page = ContestEditionPage(
            title=title["ky"],
            slug=slug["ky"],
            opens_on=opens,
            closes_on=closes,
            judging_from=closes + datetime.timedelta(days=1),
            judging_to=results - datetime.timedelta(days=1),
            results_on=results,
            privacy_notice_version=PRIVACY_VERSION,
            max_age=35 if key == "invest" else None,
        )
        page.categories = [
            EditionCategory(key=k, name=name["ky"], description=description["ky"])
            for k, name, description in CATEGORIES[key]
        ]
        page.eligibility_rules = [
            EligibilityRule(key=k, text=text["ky"]) for k, text in RULES[key]
        ]
        page.prizes = [
            EditionPrize(name=name["ky"], amount=amount, currency=currency)
            for name, amount, currency in PRIZES[key]
        ]
        page.questions = [
            EditionQuestion(
                key=QUESTION["key"],
                label=QUESTION["label"]["ky"],
                help_text=QUESTION["help_text"]["ky"],
            )
        ]
        programme.add_child(instance=page)
        page.save_revision().publish()
        _publish_translations(page, edition_texts(key, title, slug))
        return page, "created"
    if (page.opens_on, page.closes_on, page.results_on) != (opens, closes, results):
        page.opens_on, page.closes_on, page.results_on = opens, closes, results
        page.judging_from = closes + datetime.timedelta(days=1)
        page.judging_to = results - datetime.timedelta(days=1)
        page.save_revision().publish()
        _publish_translations(page, edition_texts(key, title, slug))
        return page, "dates moved"
    return page, "unchanged"


def _photo(number: int) -> SimpleUploadedFile:
    output = io.BytesIO()
    colour = ((number * 47) % 256, (number * 91) % 256, (number * 29) % 256)
    Image.new("RGB", (480, 320), colour).save(output, "JPEG", quality=80)
    return SimpleUploadedFile(f"example-{number}.jpg", output.getvalue(), "image/jpeg")


def _document(number: int) -> SimpleUploadedFile:
    body = f"%PDF-1.4\n% Example supporting document {number}\n%%EOF\n".encode()
    return SimpleUploadedFile(f"example-{number}.pdf", body, "application/pdf")


def _answers(kind, number, extra):
    if kind == "journalists":
        return {
            "authors": f"{EXAMPLE} author {number}",
            "outlet": f"{EXAMPLE} outlet",
            "published_on": "2026-01-15",
            "links": [f"https://media.example/{number}"],
            "medium": extra.get("medium", "article"),
            "language": "ky",
        }
    if kind == "invest_challenge":
        return {"team": [{"name": f"{EXAMPLE} member", "age": 28}], "idea": EXAMPLE}
    return {
        "nominated_by": "self",
        "contribution": "money",
        "amount": "20000.00",
        "currency": "USD",
        "beneficiaries": 50 + number,
        "description": f"{EXAMPLE} project description.",
    }


def ensure_entries(editions, stdout) -> int:
    made = 0
    for number, (index, category, country, state, reason, extra) in enumerate(ENTRIES, start=1):
        edition, kind = editions[index]
        duplicate_of = extra.get("duplicate_of")
        label = duplicate_of if duplicate_of is not None else number - 1
        title = f"{EXAMPLE} entry {label + 1}"
        email = f"entrant{label + 1}@example.org"
        exists = Entry.objects.filter(
            edition=edition, title=title, is_example=True, answers__demo_number=number
        ).exists()
        if exists:
            continue
        files = [check_file("photos", "images", _photo(number))]
        field = "work_files" if kind == "journalists" else "documents"
        files.append(check_file(field, "documents", _document(number)))
        answers = {**_answers(kind, number, extra), "demo_number": number}
        clean = CleanEntry(
            {
                "title": title,
                "entrant_name": f"{EXAMPLE} entrant {label + 1}",
                "email": email,
                "country": country,
                "category": category,
            },
            answers,
            files,
        )
        entry = store(edition, "ky", clean)
        screened = {"is_example": True, "state": state, "screening_reason": reason}
        if state in ("eligible", "ineligible"):
            screened["screened_at"] = timezone.now()
        if state == "withdrawn":
            screened["withdrawn_at"] = timezone.now()
        Entry.objects.filter(pk=entry.pk).update(**screened)
        made += 1
    stdout.write(f"  example entries: {made} added, {len(ENTRIES) - made} already there")
    return made


def load(stdout) -> None:
    setup_group()
    ensure_demo_user(stdout, "demo-contests", GROUP_NAME, "Aziza Mamytova")
    home = HomePage.objects.get(locale=Locale.get_default(), depth=2)
    today = timezone.localdate()
    programmes = {}
    for item in PROGRAMMES:
        page, created = ensure_programme(home, item)
        programmes[item["key"]] = page
        stdout.write(f"  programme {'added' if created else 'unchanged'}: {item['title']['en']}")
    editions = []
    for key, title, slug, spec in EDITIONS:
        page, outcome = ensure_edition(programmes[key], key, title, slug, _dates(spec, today))
        editions.append((page, programmes[key].kind))
        stdout.write(f"  edition {outcome}: {title['en']}")
    ensure_entries(editions, stdout)
