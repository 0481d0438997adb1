"""A winner becomes a Kyrgyz story draft that editors take through review."""

import decimal

import pytest

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, PageLogEntry

from cms.editorial import media_library_collection
from cms.publication import PublicationRefused
from contests.models import Decision, EntryFile
from contests.winner_story import create_story_draft
from media_library.enums import ReleaseStatus
from stories.models import StoryIndexPage, SuccessStoryPage
from tests.media_library.sample_images import photo_bytes

from .decisions import coordinator, decide, make_entry
from .factories import ContestEditionPageFactory, ContestProgrammePageFactory, add_categories

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(django_user_model):
    return coordinator(django_user_model)


def attach(entry, field_name, kind, name, data, content_type):
    row = EntryFile(
        entry=entry,
        field_name=field_name,
        kind=kind,
        original_name=name,
        content_type=content_type,
        size=len(data),
        sha256="x",
    )
    row.file.save("upload", ContentFile(data), save=False)
    row.save()
    return row


@pytest.fixture
def entry(award_edition, taxonomy):
    entry = make_entry(
        award_edition,
        1,
        answers={
            "place": taxonomy["place"].key,
            "sector": taxonomy["sector"].key,
            "contribution": "money",
            "amount": "15000.50",
            "currency": "USD",
            "beneficiaries": 120,
            "description": "Айылга мектеп курулду.\n<b>120 бала</b> окуйт.",
            "nominator_name": "Бакыт Сунуштоочу",
        },
    )
    for number in (1, 2):
        jpeg = photo_bytes("JPEG", 320, 240)
        attach(entry, "photos", "image", f"Aibek Asanov {number}.jpg", jpeg, "image/jpeg")
    attach(entry, "documents", "document", "passport.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    return entry


def test_a_winner_becomes_a_kyrgyz_draft_with_the_entry_facts(
    entry, award_edition, taxonomy, user
):
    decision = decide(award_edition, entry, user)
    images_before = get_image_model().objects.count()

    page, created = create_story_draft(decision, user)

    assert created
    page = SuccessStoryPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.has_unpublished_changes
    assert page.locale.language_code == "ky"
    assert isinstance(page.get_parent().specific, StoryIndexPage)
    assert page.get_parent().locale.language_code == "ky"
    assert page.title == entry.title
    assert page.standfirst == "Айылга мектеп курулду. <b>120 бала</b> окуйт."
    assert page.place == taxonomy["place"]
    assert [link.sector for link in page.sector_links.all()] == [taxonomy["sector"]]
    assert [c.kind for c in page.contributions.all()] == ["money"]
    assert page.amount == decimal.Decimal("15000.50")
    assert page.currency == "USD"
    assert page.beneficiaries == 120
    assert not page.hero_links.exists(), "heroes are the editors' choice"
    text = page.body[0]
    assert text.block_type == "text"
    assert "&lt;b&gt;120 бала&lt;/b&gt;" in text.value.source
    copies = list(get_image_model().objects.order_by("-pk")[:2])[::-1]
    assert get_image_model().objects.count() == images_before + 2
    assert page.hero_image == copies[0]
    assert page.body[1].block_type == "gallery"
    assert [item["image"] for item in page.body[1].value["images"]] == copies
    for image in copies:
        assert image.release_status == ReleaseStatus.UNDESCRIBED
        assert image.collection == media_library_collection()
        assert "Aibek" not in image.file.name
        assert "Aibek" not in image.title
        assert entry.reference in image.title
    decision.refresh_from_db()
    assert decision.story_id == page.pk
    entry_log = ModelLogEntry.objects.get(action="jury.winner_story", object_id=str(entry.pk))
    assert entry_log.user == user
    assert entry_log.data["story"] == page.pk
    assert PageLogEntry.objects.filter(page=page, action="jury.winner_story").exists()


def test_a_second_click_opens_the_same_draft(entry, award_edition, user):
    decision = decide(award_edition, entry, user)
    page, _created = create_story_draft(decision, user)
    counts = (SuccessStoryPage.objects.count(), get_image_model().objects.count())
    again, created = create_story_draft(decision, user)
    assert not created
    assert again.pk == page.pk
    assert (SuccessStoryPage.objects.count(), get_image_model().objects.count()) == counts
    changed = decide(award_edition, entry, user, rank=2)
    assert changed.story_id == page.pk, "a changed decision keeps its story"
    assert create_story_draft(changed, user) == (again, False)


def test_the_draft_waits_for_the_editors_and_their_photo_rules(entry, award_edition, user):
    page, _created = create_story_draft(decide(award_edition, entry, user), user)
    assert page.get_workflow() is not None, "publishing goes through the editorial review"
    assert page.current_workflow_state is None, "nobody has submitted it yet"
    with translation.override("en"), pytest.raises(PublicationRefused) as refused:
        page.get_latest_revision().publish()
    assert len(refused.value.messages) == 2
    assert all("Nobody has described yet" in message for message in refused.value.messages)
    page.refresh_from_db()
    assert not page.live

    for item in page.body[1].value["images"]:
        item["image"].release_status = ReleaseStatus.NOT_NEEDED
        item["image"].save()
    page.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.live


def test_a_grant_story_takes_the_grant_and_the_idea(demo_site, user):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="invest_challenge")
    edition = ContestEditionPageFactory(parent=programme)
    add_categories(edition, "startups")
    entry = make_entry(
        edition,
        1,
        category="startups",
        answers={"idea": "Жаңы " * 200, "budget": "9000", "currency": "KGS"},
    )
    grant = decide(
        edition,
        entry,
        user,
        kind="grant",
        category="startups",
        rank=None,
        amount=decimal.Decimal("5000"),
        currency="USD",
    )
    page, _created = create_story_draft(grant, user)
    page = SuccessStoryPage.objects.get(pk=page.pk)
    assert (page.amount, page.currency) == (decimal.Decimal("5000"), "USD")
    assert len(page.standfirst) <= 400
    assert page.standfirst.startswith("Жаңы Жаңы")
    assert page.hero_image is None


def test_only_current_winners_become_stories(entry, award_edition, user):
    mention = decide(award_edition, entry, user, kind="special_mention", rank=None)
    with pytest.raises(ValidationError, match="winner"):
        create_story_draft(mention, user)
    winner = decide(award_edition, entry, user)
    Decision.objects.filter(pk=winner.pk).update(superseded_at=winner.decided_at)
    with pytest.raises(ValidationError, match="winner"):
        create_story_draft(winner, user)
    assert not Decision.objects.filter(story__isnull=False).exists()
