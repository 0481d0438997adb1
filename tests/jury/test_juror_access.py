"""Who reaches each jury view, and what of the rest of the CMS a juror reaches."""

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.admin.menu import admin_menu

from jury.enums import ReviewState
from jury.models import Conflict, Review

from .review_data import add_file, assign, coordinator, make_criteria, make_round, user_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_juries")]

ROLES = ["anonymous", "juror", "other juror", "conflicted juror", "coordinator", "editor"]
OK, LOGIN, DENIED, MISSING = "ok", "login", "denied", "missing"

# view: expected outcome per role, in the order of ROLES.
TABLE = {
    "my entries": [LOGIN, OK, OK, OK, DENIED, DENIED],
    "review": [LOGIN, OK, MISSING, DENIED, MISSING, MISSING],
    "conflict": [LOGIN, OK, MISSING, DENIED, MISSING, MISSING],
    "file": [LOGIN, OK, MISSING, DENIED, MISSING, MISSING],
    "reopen": [LOGIN, DENIED, DENIED, DENIED, OK, DENIED],
    "summary": [LOGIN, DENIED, DENIED, DENIED, OK, DENIED],
}


def outcome(client, url):
    response = client.get(url)
    if response.status_code == 302:
        if "/login/" in response.url:
            return LOGIN
        if response.url == reverse("wagtailadmin_home"):
            return DENIED  # Wagtail's answer to a PermissionDenied in the admin
        # A 404 under /admin/ is retried with the language prefix, and is still 404.
        return MISSING if client.get(url, follow=True).status_code == 404 else response.url
    return {200: OK, 403: DENIED, 404: MISSING}.get(response.status_code, response.status_code)


@pytest.fixture
def world(edition, entries, jurors, django_user_model):
    jury_round = make_round(edition, start=-1, end=1)
    make_criteria(jury_round)
    assignment = assign(jury_round, entries[0], jurors[0])
    assign(jury_round, entries[0], jurors[2])
    assign(jury_round, entries[1], jurors[1])
    Conflict.objects.create(juror=jurors[2], entry=entries[0], type="relative")
    review = Review.objects.create(
        assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    row = add_file(entries[0], "plan.pdf")
    users = {
        "anonymous": None,
        "juror": jurors[0],
        "other juror": jurors[1],
        "conflicted juror": jurors[2],
        "coordinator": coordinator(django_user_model),
        "editor": user_in(django_user_model, "editor", "Content managers"),
    }
    urls = {
        "my entries": reverse("jury_my_entries"),
        "review": reverse("jury_review", args=[assignment.pk]),
        "conflict": reverse("jury_declare_conflict", args=[assignment.pk]),
        "file": reverse("jury_entry_file", args=[assignment.pk, row.pk]),
        "reopen": reverse("jury_review_reopen", args=[review.pk]),
        "summary": reverse("jury_entry_summary", args=[entries[0].pk]),
    }
    return users, urls


def conflicted_url(world, name):
    """The conflicted juror's own assignment to the same entry."""
    users, urls = world
    assignment = users["conflicted juror"].jury_assignments.get()
    if name == "review":
        return reverse("jury_review", args=[assignment.pk])
    if name == "conflict":
        return reverse("jury_declare_conflict", args=[assignment.pk])
    if name == "file":
        return reverse("jury_entry_file", args=[assignment.pk, assignment.entry.files.get().pk])
    return urls[name]


@pytest.mark.parametrize("role", ROLES)
def test_the_permission_table_of_the_jury_views(client, world, role):
    users, urls = world
    if users[role]:
        client.force_login(users[role])
    found = {}
    for name, url in urls.items():
        if role == "conflicted juror":
            url = conflicted_url(world, name)
        found[name] = outcome(client, url)
    expected = {name: row[ROLES.index(role)] for name, row in TABLE.items()}
    assert found == expected


def test_a_juror_cannot_reach_files_of_entries_not_theirs(client, world, entries):
    users, _urls = world
    client.force_login(users["juror"])
    other_file = add_file(entries[1], "other.pdf")
    mine = users["juror"].jury_assignments.get()
    url = reverse("jury_entry_file", args=[mine.pk, other_file.pk])
    assert outcome(client, url) == MISSING
    assert outcome(client, reverse("contests_entry_file", args=[other_file.pk])) == DENIED


def test_a_withdrawn_assignment_is_no_longer_the_jurors(client, world):
    users, urls = world
    assignment = users["juror"].jury_assignments.get()
    assignment.withdrawn_at = timezone.now()
    assignment.save(update_fields=["withdrawn_at"])
    client.force_login(users["juror"])
    for name in ("review", "conflict", "file"):
        assert outcome(client, urls[name]) == MISSING, name


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/",
        "/admin/pages/search/",
        "/admin/snippets/stories/person/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/contests/entries/",
        "/admin/success_stories/",
        "/admin/localize/reports/translations/",
        "/admin/localize/reports/translations/results/",
        "/admin/reports/locked/",
        "/admin/users/",
    ],
)
def test_url_tampering_by_a_juror_is_refused(client, world, url):
    users, _urls = world
    client.force_login(users["juror"])
    assert outcome(client, url) in {DENIED, MISSING}


def menu_names(rf, user):
    request = rf.get(reverse("wagtailadmin_home"))
    request.user = user
    names = set()
    for item in admin_menu.menu_items_for_request(request):
        names.add(item.name)
        if hasattr(item, "menu"):
            names |= {
                f"{item.name}/{sub.name}" for sub in item.menu.menu_items_for_request(request)
            }
    return names


def test_a_juror_sees_only_my_entries_and_help_in_the_menu(rf, world):
    users, _urls = world
    names = menu_names(rf, users["juror"])
    assert {name for name in names if not name.startswith("help")} == {"my-entries"}
    # The items left out are there for an editor: the check above is not vacuous.
    editor = menu_names(rf, users["editor"])
    assert "success-stories" in editor
    assert "reports" in editor
    assert "my-entries" not in editor


def test_editors_still_reach_the_translations_report(client, world):
    users, _urls = world
    client.force_login(users["editor"])
    assert outcome(client, "/admin/localize/reports/translations/") == OK
