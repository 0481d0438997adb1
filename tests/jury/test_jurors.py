"""Jurors reach "My entries" and nothing else of the CMS; others don't reach "My entries"."""

import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.menu import admin_menu
from wagtail.models import Page
from wagtail.users.models import UserProfile

from contests.coordinators import GROUP_NAME as COORDINATORS
from contests.coordinators import setup_group as setup_coordinators
from jury.enums import ReviewState
from jury.jurors import GROUP_NAME, setup_group
from jury.models import Assignment, Review
from stories.models import SuccessStoryPage
from tests.stories.factories import ImageFactory, PersonFactory

pytestmark = pytest.mark.django_db

MY_ENTRIES = "/admin/jury/my-entries/"


def juror_urls(entry):
    story = SuccessStoryPage.objects.live().first()
    person = PersonFactory()
    image = ImageFactory()
    return {
        "pages explorer": reverse("wagtailadmin_explore", args=(Page.get_first_root_node().pk,)),
        "page edit": reverse("wagtailadmin_pages:edit", args=(story.pk,)),
        "snippet list": reverse("wagtailsnippets_stories_person:list"),
        "snippet edit": reverse("wagtailsnippets_stories_person:edit", args=(person.pk,)),
        "images": reverse("wagtailimages:index"),
        "image edit": reverse("wagtailimages:edit", args=(image.pk,)),
        "documents": reverse("wagtaildocs:index"),
        "entries": "/admin/contests/entries/",
        "entry": f"/admin/contests/entries/inspect/{entry.pk}/",
        "entries export": "/admin/contests/entries/?export=csv",
        "users": reverse("wagtailusers_users:index"),
        "success stories": reverse("success_stories:index"),
    }


def test_jurors_see_nothing_of_the_cms_but_the_jury_area(client, jurors, entries):
    client.force_login(jurors[0])
    answers = {name: client.get(url) for name, url in juror_urls(entries[0]).items()}
    for name, response in answers.items():
        assert response.status_code in {302, 403, 404}, (name, response.status_code)
        if response.status_code == 302:
            # Wagtail's own answer to a denied admin view: back to the dashboard.
            assert response.url == reverse("wagtailadmin_home"), name
    assert client.get(MY_ENTRIES).status_code == 200


def test_the_menu_offers_jurors_my_entries_only(rf, django_user_model, jurors):
    request = rf.get(reverse("wagtailadmin_home"))
    request.user = jurors[0]
    names = {item.name for item in admin_menu.menu_items_for_request(request)}
    hidden = {"explorer", "images", "documents", "contest-entries", "settings", "translations"}
    assert "my-entries" in names
    assert not names & hidden, names
    # The same menu offers them to a superuser: the check above is not vacuous.
    request.user = django_user_model.objects.create_superuser("menu-admin", password="pw")
    assert hidden <= {item.name for item in admin_menu.menu_items_for_request(request)}


def test_my_entries_lists_own_assignments_with_state(client, jury_round, entries, jurors):
    mine = [
        Assignment.objects.create(round=jury_round, entry=entry, juror=jurors[0])
        for entry in entries[:3]
    ]
    Assignment.objects.create(round=jury_round, entry=entries[4], juror=jurors[1])
    Review.objects.create(assignment=mine[1], state=ReviewState.DRAFT)
    Review.objects.create(
        assignment=mine[2], state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    profile = UserProfile.get_for_user(jurors[0])
    profile.preferred_language = "en"
    profile.save()
    client.force_login(jurors[0])

    html = client.get(MY_ENTRIES).content.decode()

    for entry in entries[:3]:
        assert entry.reference in html
    assert entries[4].reference not in html
    for state in ("Not started", "Draft", "Submitted: 1. Left: 2."):
        assert state in html
    assert entries[0].entrant_name not in html
    assert entries[0].email not in html


@pytest.mark.parametrize("group_name", [COORDINATORS, "Content managers", "Translators"])
def test_other_groups_have_no_my_entries(client, django_user_model, group_name):
    setup_coordinators()
    user = django_user_model.objects.create_user("not-a-juror", password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    assert client.get(MY_ENTRIES).status_code in {302, 403}


def test_the_group_command_is_idempotent():
    call_command("setup_jurors", stdout=io.StringIO())
    output = io.StringIO()
    call_command("setup_jurors", stdout=output)
    assert "unchanged" in output.getvalue()
    group, changed = setup_group()
    assert not changed
    assert list(group.permissions.values_list("codename", flat=True)) == ["access_admin"]
    assert group.name == GROUP_NAME
