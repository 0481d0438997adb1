import pytest

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.media_library.conftest import (  # noqa: F401  (fixtures)
    any_storage,
    media_storage,
    moto_endpoint,
    s3_bucket,
)
from tests.media_library.sample_images import photo_bytes
from tests.stories.factories import CountryFactory, PlaceFactory, SectorFactory

from .factories import (
    ContestEditionPageFactory,
    ContestProgrammePageFactory,
    add_categories,
    add_rule,
)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters and cached responses must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def no_demo_entries(db):
    """The suite's database holds the demo's example entries; these tests count their own.

    Rows only, inside the test's transaction: the demo's files stay where they are. The
    demo juries' rows and decisions, which protect the entries they judge, go first, and
    the demo's published results with them; the demo winner's story draft stays.
    """
    from contests.models import Decision, Entry, ResultsPublication
    from jury.models import Assignment, Conflict, Review, Score

    Decision.objects.update(superseded_by=None)
    for model in (Decision, ResultsPublication, Score, Review, Assignment, Conflict, Entry):
        model.objects.all().delete()


@pytest.fixture
def award(demo_site):
    return ContestProgrammePageFactory(parent=demo_site, kind="award")


@pytest.fixture
def award_edition(award):
    edition = ContestEditionPageFactory(parent=award)
    add_categories(edition, "investment", "charity")
    add_rule(edition, "compatriot", "The author is a compatriot living abroad.")
    add_rule(edition, "late-project", "The project was finished before 2020.")
    return edition


@pytest.fixture
def taxonomy(db):
    return {
        "country": CountryFactory(code="TR"),
        "place": PlaceFactory(key="test-village"),
        "sector": SectorFactory(key="test-sector"),
    }


def jpeg(name="photo.jpg", width=640, height=480):
    data = photo_bytes("JPEG", width, height)
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def pdf(name="report.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "application/pdf")


def award_data(taxonomy, **overrides):
    data = {
        "title": "Мектеп курдук",
        "entrant_name": "Айбек Асанов",
        "email": "aibek@example.org",
        "phone": "+996 555 123 456",
        "country": "TR",
        "category": "investment",
        "nominated_by": "self",
        "place": taxonomy["place"].key,
        "sector": taxonomy["sector"].key,
        "contribution": "money",
        "amount": "15000",
        "currency": "USD",
        "beneficiaries": "120",
        "description": "Айылга жаңы мектеп курулду.",
        "consent": "true",
        "privacy_notice_version": "2026-1",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post_entry(client, edition, data, **extra):
    return client.post(f"/api/v1/contests/{edition.pk}/entries", data, **extra)
