"""Rounds with their criteria in the coordinators' admin: rules, validation, protection."""

import re

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, ModelLogEntry
from wagtail.users.models import UserProfile

from contests.coordinators import GROUP_NAME as COORDINATORS
from contests.coordinators import setup_group as setup_coordinators
from contests.models import ContestEditionPage
from jury.enums import ReviewState
from jury.models import Assignment, Criterion, Review, Round, Score
from tests.contests.factories import ContestEditionPageFactory, ContestProgrammePageFactory

pytestmark = pytest.mark.django_db

CRITERION = {
    "name_ky": "Таасир",
    "scale_min": 1,
    "scale_max": 10,
    "weight": "1",
    "required": "on",
    "position": 0,
}


def make_coordinator(client, django_user_model):
    """A contest coordinator who reads the admin in English, signed in."""
    setup_coordinators()
    user = django_user_model.objects.create_user("jury-coordinator", password="pw")
    user.groups.add(Group.objects.get(name=COORDINATORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def coordinator(client, django_user_model):
    return make_coordinator(client, django_user_model)


def round_data(edition, criteria, initial=0, **fields):
    data = {
        "edition": edition.pk,
        "name": "Жыйынтык тур",
        "position": 1,
        "starts_on": "2026-03-01",
        "ends_on": "2026-03-20",
        "score_visibility": "after_own",
        "headline_method": "median",
        "disagreement_threshold": "2.5",
        "criteria-TOTAL_FORMS": len(criteria),
        "criteria-INITIAL_FORMS": initial,
        "criteria-MIN_NUM_FORMS": 0,
        "criteria-MAX_NUM_FORMS": 1000,
    }
    data.update(fields)
    for index, criterion in enumerate(criteria):
        for key, value in criterion.items():
            data[f"criteria-{index}-{key}"] = value
    return data


def test_a_round_is_created_with_its_rules_and_criteria(client, coordinator, edition):
    criteria = [
        {**CRITERION, "name_ru": "Влияние", "name_en": "Impact", "guidance_en": "Lives changed"},
        {**CRITERION, "name_ky": "Эскертме", "information_only": "on", "weight": "0"},
    ]
    response = client.post(reverse("jury_rounds:add"), round_data(edition, criteria, blind="on"))
    assert response.status_code == 302
    round = Round.objects.get(name="Жыйынтык тур")
    assert (round.edition_id, round.blind, round.headline_method) == (edition.pk, True, "median")
    assert [c.name("en") for c in round.criteria.order_by("pk")] == ["Impact", "Эскертме"]
    assert ModelLogEntry.objects.filter(object_id=str(round.pk), action="wagtail.create").exists()
    history = client.get(reverse("jury_rounds:history", args=[round.pk]))
    assert history.status_code == 200
    assert coordinator.username in history.content.decode() or "jury-coordinator" in str(
        history.content
    )


@pytest.mark.parametrize(
    ("criteria", "message"),
    [
        ([{**CRITERION, "information_only": "on"}], "at least one criterion that counts"),
        ([], "at least one criterion that counts"),
        ([{**CRITERION, "scale_min": 5, "scale_max": 5}], "must be above the lowest"),
        ([{**CRITERION, "weight": "0"}], "weight above zero"),
    ],
)
def test_invalid_criteria_are_refused_with_a_message(
    client, coordinator, edition, criteria, message
):
    response = client.post(reverse("jury_rounds:add"), round_data(edition, criteria))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Round.objects.filter(name="Жыйынтык тур").exists()


def test_a_round_cannot_belong_to_a_translated_edition(client, coordinator):
    translation = ContestEditionPage.objects.exclude(locale=Locale.get_default()).first()
    assert translation is not None
    response = client.post(reverse("jury_rounds:add"), round_data(translation, [CRITERION]))
    assert response.status_code == 200
    assert not Round.objects.filter(name="Жыйынтык тур").exists()


@pytest.fixture
def scored(jury_round, entries, jurors):
    criterion = Criterion.objects.create(round=jury_round, name_ky="Таасир", scale_max=10)
    assignment = Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[0])
    review = Review.objects.create(
        assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    Score.objects.create(review=review, criterion=criterion, value=3)
    Score.objects.create(
        review=Review.objects.create(
            assignment=Assignment.objects.create(
                round=jury_round, entry=entries[1], juror=jurors[0]
            )
        ),
        criterion=criterion,
        value=8,
    )
    return criterion


def edit(client, round, criterion, **changes):
    data = round_data(
        round.edition,
        [{**CRITERION, "id": criterion.pk, **changes}, {**CRITERION, "name_ky": "Жаңы"}],
        initial=1,
        name=round.name,
        position=round.position,
    )
    return client.post(reverse("jury_rounds:edit", args=[round.pk]), data)


def test_a_criterion_with_scores_cannot_be_removed(client, coordinator, jury_round, scored):
    response = edit(client, jury_round, scored, DELETE="on")
    assert response.status_code == 200
    assert "already has scores and cannot be removed" in response.content.decode()
    assert Criterion.objects.filter(pk=scored.pk).exists()
    assert Score.objects.filter(criterion=scored).count() == 2


@pytest.mark.parametrize(("low", "high"), [(4, 10), (1, 7)])
def test_the_scale_cannot_cut_off_stored_scores(
    client, coordinator, jury_round, scored, low, high
):
    response = edit(client, jury_round, scored, scale_min=low, scale_max=high)
    assert response.status_code == 200
    assert "from 3 to 8" in response.content.decode()
    scored.refresh_from_db()
    assert (scored.scale_min, scored.scale_max) == (1, 10)


def test_the_scale_may_widen_and_a_criterion_without_scores_go(
    client, coordinator, jury_round, scored
):
    spare = Criterion.objects.create(round=jury_round, name_ky="Ашыкча")
    data = round_data(
        jury_round.edition,
        [
            {**CRITERION, "id": scored.pk, "scale_min": 0, "scale_max": 20},
            {**CRITERION, "id": spare.pk, "name_ky": "Ашыкча", "DELETE": "on"},
        ],
        initial=2,
        name=jury_round.name,
    )
    response = client.post(reverse("jury_rounds:edit", args=[jury_round.pk]), data)
    assert response.status_code == 302
    scored.refresh_from_db()
    assert (scored.scale_min, scored.scale_max) == (0, 20)
    assert not Criterion.objects.filter(pk=spare.pk).exists()
    values = Score.objects.filter(criterion__round=jury_round).values_list("value", flat=True)
    assert sorted(values) == [3, 8]


def test_journalists_rounds_are_blind_by_default(client, coordinator, demo_site, edition):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="journalists")
    journalists = ContestEditionPageFactory(parent=programme)
    blind = re.compile(r'<input[^>]*name="blind"[^>]*checked')
    add = reverse("jury_rounds:add")
    assert blind.search(client.get(f"{add}?edition={journalists.pk}").content.decode())
    assert not blind.search(client.get(f"{add}?edition={edition.pk}").content.decode())
    listing = client.get(reverse("jury_rounds:index") + f"?edition={journalists.pk}")
    assert f"{add}?edition={journalists.pk}" in listing.content.decode()


def test_the_listing_filters_by_edition_and_links_each_round(
    client, coordinator, jury_round, demo_site, django_assert_max_num_queries
):
    other = ContestEditionPageFactory(parent=jury_round.edition.get_parent())
    for number in range(5):
        Round.objects.create(
            edition=other, name=f"Тур {number}", starts_on="2026-01-01", ends_on="2026-01-02"
        )
    with django_assert_max_num_queries(40):
        html = client.get(
            reverse("jury_rounds:index") + f"?edition={jury_round.edition_id}"
        ).content.decode()
    assert "Биринчи тур" in html
    assert "Тур 1" not in html
    assert reverse("jury_rounds:auto_assign", args=[jury_round.pk]) in html
    assert reverse("jury_rounds:shortlist", args=[jury_round.pk]) in html
    assert f"{reverse('jury_assignments:index')}?round={jury_round.pk}" in html
    for name in ("jury_round_results", "jury_round_progress"):
        assert reverse(name, args=[jury_round.pk]) in html
    assert reverse("jury_edition_decisions", args=[jury_round.edition_id]) in html
