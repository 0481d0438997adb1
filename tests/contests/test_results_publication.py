"""Decisions stay pending until a coordinator publishes the results, all at once."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import ModelLogEntry, PageLogEntry

from cms.api.content_version import content_version
from contests import results
from contests.enums import EntryState
from contests.models import Decision, ResultsPublication
from contests.results import Outcome, publish, record, withdraw

from .decisions import coordinator, decide, make_entry
from .factories import ContestEditionPageFactory, ContestProgrammePageFactory, add_categories

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(django_user_model):
    return coordinator(django_user_model)


@pytest.fixture
def entries(award_edition):
    return [make_entry(award_edition, number) for number in range(1, 5)]


def detail(client, edition, locale="ky"):
    response = client.get(f"/api/v1/contests/{edition.pk}?locale={locale}")
    assert response.status_code == 200
    return response.json()


def listed(client, edition):
    programmes = client.get("/api/v1/contests").json()
    return next(e for p in programmes for e in p["editions"] if e["id"] == edition.pk)


def test_nothing_is_public_before_publishing_and_everything_after(
    client, award_edition, entries, user
):
    decide(award_edition, entries[0], user, rank=1)
    decide(award_edition, entries[1], user, rank=2)
    decide(award_edition, entries[2], user, kind="special_mention", category="charity", rank=None)
    assert detail(client, award_edition)["results"] is None
    assert listed(client, award_edition)["has_results"] is False

    publication = publish(award_edition, user)

    shown = detail(client, award_edition)["results"]
    assert shown["published_at"]
    assert [
        (w["kind"], w["category"]["key"], w["rank"], w["title"]) for w in shown["winners"]
    ] == [
        ("winner", "investment", 1, entries[0].title),
        ("winner", "investment", 2, entries[1].title),
        ("special_mention", "charity", None, entries[2].title),
    ]
    assert listed(client, award_edition)["has_results"] is True
    assert publication.published_by == user
    assert Decision.objects.filter(published_at=publication.published_at).count() == 3
    log = PageLogEntry.objects.get(page=award_edition, action="jury.results.publish")
    assert log.user == user
    assert sorted(log.data["public"]) == sorted(Decision.objects.values_list("pk", flat=True))


def test_publishing_is_one_transaction(client, award_edition, entries, user, monkeypatch):
    decide(award_edition, entries[0], user)
    decide(award_edition, entries[1], user, rank=2)

    def broken(*args, **kwargs):
        raise RuntimeError("the log is unavailable")

    monkeypatch.setattr(results, "log", broken)
    with pytest.raises(RuntimeError):
        publish(award_edition, user)
    assert not ResultsPublication.objects.exists()
    assert not Decision.objects.filter(published_at__isnull=False).exists()
    assert detail(client, award_edition)["results"] is None


def test_publishing_replaces_the_content_version(award_edition, entries, user):
    decide(award_edition, entries[0], user)
    before = content_version().token
    decide(award_edition, entries[1], user, rank=2)
    assert content_version().token == before, "a pending decision changes nothing public"
    publish(award_edition, user)
    assert content_version().token != before


def test_the_answer_changes_with_the_publication_not_before(client, award_edition, entries, user):
    decide(award_edition, entries[0], user)
    first = client.get(f"/api/v1/contests/{award_edition.pk}")
    etag = first["ETag"]
    again = client.get(f"/api/v1/contests/{award_edition.pk}", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    publish(award_edition, user)
    after = client.get(f"/api/v1/contests/{award_edition.pk}", HTTP_IF_NONE_MATCH=etag)
    assert after.status_code == 200
    assert after.json()["results"]["winners"][0]["title"] == entries[0].title


def test_changes_after_publishing_wait_for_the_republication(client, award_edition, entries, user):
    first = decide(award_edition, entries[0], user, rank=1)
    mention = decide(award_edition, entries[1], user, kind="special_mention", rank=None)
    publish(award_edition, user)

    changed = decide(award_edition, entries[0], user, rank=2, citation_ky="Жаңы")
    withdraw(mention, user)
    newcomer = decide(award_edition, entries[2], user, rank=1)
    winners = detail(client, award_edition)["results"]["winners"]
    assert [(w["title"], w["rank"]) for w in winners] == [
        (entries[0].title, 1),
        (entries[1].title, None),
    ]
    pending = results.pending_changes(award_edition)
    assert {d.pk for d in pending["added"]} == {changed.pk, newcomer.pk}
    assert {d.pk for d in pending["removed"]} == {mention.pk, first.pk}

    publish(award_edition, user)
    winners = detail(client, award_edition)["results"]["winners"]
    assert [(w["title"], w["rank"], w["citation"]) for w in winners] == [
        (entries[2].title, 1, ""),
        (entries[0].title, 2, "Жаңы"),
    ]
    publication = ResultsPublication.objects.get(edition=award_edition)
    assert publication.first_published_at < publication.published_at


def test_republishing_without_a_change_is_refused(award_edition, entries, user):
    with pytest.raises(ValidationError, match="no decision"):
        publish(award_edition, user)
    decide(award_edition, entries[0], user)
    publish(award_edition, user)
    with pytest.raises(ValidationError, match="up to date"):
        publish(award_edition, user)


def test_a_changed_decision_supersedes_the_old_row_which_stays(award_edition, entries, user):
    old = decide(award_edition, entries[0], user, rank=1)
    new = decide(award_edition, entries[0], user, rank=3)
    old.refresh_from_db()
    assert old.superseded_by == new
    assert old.superseded_at == new.decided_at
    assert list(results.active_decisions(award_edition)) == [new]
    assert Decision.objects.count() == 2
    withdraw(new, user)
    new.refresh_from_db()
    assert new.superseded_at is not None
    assert new.superseded_by is None
    with pytest.raises(ValidationError, match="already"):
        withdraw(new, user)
    logs = ModelLogEntry.objects.filter(action="jury.decision", object_id=str(entries[0].pk))
    assert [log.data.get("supersedes") for log in logs.order_by("pk")] == [None, old.pk, None]
    assert logs.order_by("pk").last().data["withdrawn"] is True
    assert {log.user for log in logs} == {user}


def errors_of(edition, entry, user, **outcome):
    with pytest.raises(ValidationError) as caught:
        record(
            edition,
            entry,
            Outcome(**{"kind": "winner", "category": "investment", **outcome}),
            user,
        )
    return caught.value.message_dict


def test_decisions_are_checked_with_clear_messages(award_edition, entries, user, demo_site):
    ineligible = make_entry(award_edition, 9, state=EntryState.INELIGIBLE)
    other = ContestEditionPageFactory(parent=award_edition.get_parent())
    add_categories(other, "investment")
    stranger = make_entry(other, 10)
    assert "eligible" in errors_of(award_edition, ineligible, user)["entry"][0]
    assert "not sent to this edition" in errors_of(award_edition, stranger, user)["entry"][0]
    assert (
        "investment, charity"
        in errors_of(award_edition, entries[0], user, category="x")["category"][0]
    )
    grant = errors_of(award_edition, entries[0], user, kind="grant")
    assert set(grant) == {"kind", "amount", "currency"}
    assert "amount" in errors_of(award_edition, entries[0], user, amount=5)
    decide(award_edition, entries[0], user, rank=1)
    taken = errors_of(award_edition, entries[1], user, rank=1)["rank"][0]
    assert entries[0].title in taken
    decide(award_edition, entries[1], user, category="charity", rank=1)
    assert Decision.objects.count() == 2


def test_grants_are_for_the_invest_challenge_with_an_amount(demo_site, user):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="invest_challenge")
    edition = ContestEditionPageFactory(parent=programme)
    add_categories(edition, "startups")
    entry = make_entry(edition, 1, category="startups")
    errors = errors_of(edition, entry, user, kind="grant", category="startups")
    assert set(errors) == {"amount", "currency"}
    grant = decide(
        edition,
        entry,
        user,
        kind="grant",
        category="startups",
        rank=None,
        amount=5000,
        currency="USD",
    )
    assert grant.amount == 5000
