"""The juror's review screen, My entries, and the coordinators' reopening and summary."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from jury.enums import ReviewState
from jury.models import EntrySummary, Review, Score

from .conftest import make_entry
from .review_data import assign, coordinator, denied, make_criteria, make_round

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_juries")]


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def sheet(edition, entries, jurors):
    jury_round = make_round(edition, start=-1, end=1)
    criteria = make_criteria(jury_round)
    assignment = assign(jury_round, entries[0], jurors[0])
    speak(jurors[0], "en")
    return jury_round, criteria, assignment


def url(assignment):
    return reverse("jury_review", args=[assignment.pk])


def field(criterion):
    return f"criterion_{criterion.pk}"


def checked(html, criterion):
    found = re.findall(rf'<input[^>]*name="{field(criterion)}"[^>]*>', html)
    return [re.search(r'value="(\d+)"', tag)[1] for tag in found if "checked" in tag]


def test_the_screen_shows_criteria_in_the_jurors_language(client, sheet, jurors):
    _round, _criteria, assignment = sheet
    client.force_login(jurors[0])
    html = client.get(url(assignment)).content.decode()
    assert "Impact" in html
    assert "How much it changes at home." in html
    assert "crystal clear" in html
    assert "information only" in html
    assert 'type="radio"' in html
    assert "jury-submit-dialog" in html
    assert assignment.entry.reference in html
    speak(jurors[0], "ru")
    html = client.get(url(assignment)).content.decode()
    assert "Влияние" in html
    assert "Насколько это меняет жизнь дома." in html


def test_a_draft_then_a_submission_through_the_screen(client, sheet, jurors):
    _round, criteria, assignment = sheet
    client.force_login(jurors[0])
    response = client.post(
        url(assignment), {field(criteria[0]): "7", "comment": "Таза", "action": "draft"}
    )
    assert response.status_code == 302
    assert response.url == url(assignment)
    html = client.get(url(assignment)).content.decode()
    assert checked(html, criteria[0]) == ["7"]
    assert "Таза" in html

    data = {field(criteria[0]): "8", field(criteria[1]): "4", "comment": "Ok", "action": "submit"}
    response = client.post(url(assignment), data)
    assert response.status_code == 302
    assert response.url == reverse("jury_my_entries")
    review = Review.objects.get(assignment=assignment)
    assert review.state == ReviewState.SUBMITTED
    html = client.get(url(assignment)).content.decode()
    assert "locked" in html
    assert 'value="submit"' not in html
    assert "disabled" in html
    # Posting anyway changes nothing.
    data[field(criteria[0])] = "1"
    assert client.post(url(assignment), data).status_code == 200
    assert Score.objects.get(review=review, criterion=criteria[0]).value == 8


def test_errors_show_in_the_form_and_keep_what_was_typed(client, sheet, jurors):
    _round, criteria, assignment = sheet
    client.force_login(jurors[0])
    response = client.post(
        url(assignment),
        {field(criteria[0]): "7", field(criteria[2]): "9", "comment": "typed", "action": "submit"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Give a score for “Clarity”." in html
    assert "A score for “Notes” is a whole number from 1 to 3." in html
    assert checked(html, criteria[0]) == ["7"]
    assert "typed" in html
    assert not Review.objects.exists()


def test_after_the_deadline_the_screen_is_read_only(client, edition, entries, jurors):
    jury_round = make_round(edition, start=-3, end=-1)
    make_criteria(jury_round)
    assignment = assign(jury_round, entries[0], jurors[0])
    speak(jurors[0], "en")
    client.force_login(jurors[0])
    html = client.get(url(assignment)).content.decode()
    assert "The deadline" in html
    assert "can be read but not changed" in html
    assert 'value="draft"' not in html


@pytest.mark.parametrize("mode", ["never", "after_own", "after_close"])
@pytest.mark.parametrize("blind", [True, False])
def test_other_jurors_scores_follow_the_rounds_visibility(
    client, edition, entries, jurors, mode, blind
):
    jury_round = make_round(edition, start=-1, end=1, visibility=mode, blind=blind)
    criteria = make_criteria(jury_round)
    mine = assign(jury_round, entries[0], jurors[0])
    for juror, value in ((jurors[1], 3), (jurors[2], 9)):
        review = Review.objects.create(
            assignment=assign(jury_round, entries[0], juror),
            state=ReviewState.SUBMITTED,
            submitted_at=timezone.now(),
        )
        Score.objects.create(review=review, criterion=criteria[0], value=value)
    speak(jurors[0], "en")
    client.force_login(jurors[0])

    def peers_html():
        html = client.get(url(mine)).content.decode()
        return html.split('id="peers-heading"')[1] if 'id="peers-heading"' in html else ""

    before = peers_html()
    Review.objects.create(
        assignment=mine, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    after_own = peers_html()
    jury_round.starts_on = jury_round.ends_on = timezone.localdate() - timezone.timedelta(days=2)
    jury_round.save()
    after_close = peers_html()

    shown = {"never": (), "after_own": (after_own, after_close), "after_close": (after_close,)}
    for html in (before, after_own, after_close):
        visible = any(html is seen for seen in shown[mode])
        names = ("Juror A", "Juror B") if blind else ("test-juror2", "test-juror3")
        assert all(name in html for name in names) == visible, (mode, html[:300])
        if blind:
            assert "test-juror2" not in html
    if mode == "never":
        assert before == after_own == after_close == ""


def test_the_screen_does_not_grow_queries_with_criteria_or_jurors(
    client, edition, entries, jurors
):
    def count(jury_round, peers):
        mine = assign(jury_round, entries[0], jurors[0])
        for juror in peers:
            review = Review.objects.create(
                assignment=assign(jury_round, entries[0], juror),
                state=ReviewState.SUBMITTED,
                submitted_at=timezone.now(),
            )
            for criterion in jury_round.criteria.all():
                Score.objects.create(review=review, criterion=criterion, value=1)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(mine)).status_code == 200
        return len(queries)

    client.force_login(jurors[0])
    small = make_round(edition, start=-5, end=-1, visibility="after_close", name="small")
    make_criteria(small)
    large = make_round(edition, start=-5, end=-1, visibility="after_close", name="large")
    make_criteria(large)
    make_criteria(large)
    assert count(small, jurors[1:2]) == count(large, jurors[1:4]) <= 40


def test_my_entries_links_to_reviews_with_deadline_and_progress(
    client, edition, jurors, django_assert_max_num_queries
):
    jury_round = make_round(edition, start=-1, end=3)
    entries = [make_entry(edition, number) for number in range(10, 18)]
    mine = [assign(jury_round, entry, jurors[0]) for entry in entries[:4]]
    Review.objects.create(
        assignment=mine[0], state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    speak(jurors[0], "en")
    client.force_login(jurors[0])
    with CaptureQueriesContext(connection) as few:
        html = client.get(reverse("jury_my_entries")).content.decode()
    assert reverse("jury_review", args=[mine[1].pk]) in html
    assert reverse("jury_declare_conflict", args=[mine[1].pk]) in html
    assert "1 submitted, 3 left (25%)" in html
    assert "deadline" in html
    assert str(jury_round.ends_on.year) in html
    for entry in entries[4:]:
        assign(jury_round, entry, jurors[0])
    with django_assert_max_num_queries(len(few)):
        client.get(reverse("jury_my_entries"))


def test_the_jurors_dashboard_leads_to_my_entries(client, sheet, jurors):
    client.force_login(jurors[0])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="jury-my-entries-section"' in html
    assert reverse("jury_my_entries") in html


def test_a_coordinator_reopens_a_review_with_a_reason(client, sheet, jurors, django_user_model):
    _round, _criteria, assignment = sheet
    review = Review.objects.create(
        assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    reopen = reverse("jury_review_reopen", args=[review.pk])
    client.force_login(jurors[0])
    assert denied(client.post(reopen, {"reason": "x"}))
    boss = coordinator(django_user_model)
    client.force_login(boss)
    assert client.get(reopen).status_code == 200
    assert client.post(reopen, {"reason": ""}).status_code == 200
    review.refresh_from_db()
    assert review.state == ReviewState.SUBMITTED
    response = client.post(reopen, {"reason": "Wrong entry", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert "evil" not in response.url
    review.refresh_from_db()
    assert review.state == ReviewState.DRAFT
    assert ModelLogEntry.objects.get(action="jury.review.reopen").data["reason"] == "Wrong entry"
    assert client.post(reopen, {"reason": "again"}).status_code == 200  # not submitted: refused
    missing = reverse("jury_review_reopen", args=[999999])
    assert client.get(missing, follow=True).status_code == 404


def test_coordinators_write_the_anonymised_summary(client, entries, jurors, django_user_model):
    summary_url = reverse("jury_entry_summary", args=[entries[0].pk])
    client.force_login(jurors[0])
    assert denied(client.get(summary_url))
    client.force_login(coordinator(django_user_model))
    assert client.get(summary_url).status_code == 200
    assert client.post(summary_url, {"text": ""}).status_code == 200
    assert client.post(summary_url, {"text": "Мектеп курулду."}).status_code == 302
    assert client.post(summary_url, {"text": "Мектеп оңдолду."}).status_code == 302
    assert EntrySummary.objects.get(entry=entries[0]).text == "Мектеп оңдолду."
    log = ModelLogEntry.objects.filter(action="jury.summary").order_by("pk").last()
    assert log.data["old"] == "Мектеп курулду."
    missing = reverse("jury_entry_summary", args=[999999])
    assert client.get(missing, follow=True).status_code == 404
