"""The inbox: who reaches it, who sees contacts, state moves and their history."""

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.admin.menu import admin_menu
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from cms.groups import permission
from contests.coordinators import setup_group as setup_coordinators
from jury.jurors import setup_group as setup_jurors
from tips.enums import TipState
from tips.models import StoryTip
from tips.states import change_state

from .conftest import user_in
from .factories import StoryTipFactory, add_photo

pytestmark = pytest.mark.django_db

INDEX = "/admin/story-tips/"

GROUPS = [
    ("Content managers", True),
    ("Coordinating editors", True),
    ("SMM managers", False),
    ("Photographers", False),
    ("Translators", False),
    ("Jurors", False),
    ("Contest coordinators", False),
]


@pytest.mark.parametrize(("group_name", "allowed"), GROUPS)
def test_only_content_managers_and_coordinating_editors_reach_the_inbox(
    client, django_user_model, group_name, allowed
):
    if group_name == "Jurors":
        setup_jurors()
    if group_name == "Contest coordinators":
        setup_coordinators()
    tip = StoryTipFactory()
    photo = add_photo(tip)
    client.force_login(user_in(django_user_model, group_name))
    answers = {
        "index": client.get(INDEX).status_code,
        "inspect": client.get(f"{INDEX}inspect/{tip.pk}/").status_code,
        "state": client.get(f"{INDEX}edit/{tip.pk}/").status_code,
        "photo": client.get(f"/admin/story-tips/photos/{photo.pk}/").status_code,
    }
    for name, status in answers.items():
        assert (status == 200) if allowed else status in {302, 403}, (name, status)
    draft = client.post(f"/admin/story-tips/{tip.pk}/story-draft/")
    if not allowed:
        assert draft.status_code in {302, 403}
        assert StoryTip.objects.get(pk=tip.pk).story is None


@pytest.mark.parametrize(("group_name", "allowed"), GROUPS[:5])
def test_the_menu_shows_the_inbox_to_those_who_handle_it(
    rf, django_user_model, group_name, allowed
):
    request = rf.get(reverse("wagtailadmin_home"))
    request.user = user_in(django_user_model, group_name)
    names = {item.name for item in admin_menu.menu_items_for_request(request)}
    assert ("story-tips" in names) == allowed


def test_a_photo_is_served_from_private_storage_without_caching(client, django_user_model):
    photo = add_photo(StoryTipFactory())
    assert photo.file.name.startswith("private/story-tips/")
    assert client.get(f"/admin/story-tips/photos/{photo.pk}/").status_code in {302, 403}
    client.force_login(user_in(django_user_model, "Content managers"))
    response = client.get(f"/admin/story-tips/photos/{photo.pk}/")
    assert response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_contacts_are_shown_only_with_the_contacts_permission(client, django_user_model):
    tip = StoryTipFactory(name="Жамиля Токтосунова", email="jamila@example.org", phone="@jamila")
    manager = user_in(django_user_model, "Content managers")
    client.force_login(manager)
    page = client.get(f"{INDEX}inspect/{tip.pk}/").content.decode()
    assert "jamila@example.org" in page
    assert "@jamila" in page
    assert "Жамиля" in page
    # A group that may read the inbox but not the contacts.
    readers = Group.objects.create(name="Tip readers")
    readers.permissions.set(
        [permission("wagtailadmin.access_admin"), permission("tips.view_storytip")]
    )
    reader = django_user_model.objects.create_user("reader", password="pw")
    reader.groups.add(readers)
    client.force_login(reader)
    page = client.get(f"{INDEX}inspect/{tip.pk}/").content.decode()
    assert tip.what_happened in page
    assert "jamila@example.org" not in page
    assert "@jamila" not in page
    assert "Жамиля" not in page
    listing = client.get(INDEX).content.decode()
    assert tip.reference in listing
    assert "jamila@example.org" not in listing


def move(client, tip, state, note=""):
    return client.post(f"{INDEX}edit/{tip.pk}/", {"state": state, "state_note": note})


def test_states_move_as_allowed_and_each_move_is_logged(client, django_user_model):
    tip = StoryTipFactory()
    user = user_in(django_user_model, "Content managers")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client.force_login(user)
    assert move(client, tip, TipState.CONTACTED).status_code == 302
    tip.refresh_from_db()
    assert tip.state == TipState.CONTACTED
    assert tip.state_changed_by == user
    assert tip.closed_at is None
    refused = move(client, tip, TipState.DECLINED)  # a decline needs its note
    assert refused.status_code == 200
    assert StoryTip.objects.get(pk=tip.pk).state == TipState.CONTACTED
    assert move(client, tip, TipState.DECLINED, "Not about a compatriot.").status_code == 302
    tip.refresh_from_db()
    assert (tip.state, tip.state_note) == (TipState.DECLINED, "Not about a compatriot.")
    assert tip.closed_at is not None
    assert move(client, tip, TipState.CONTACTED).status_code == 302  # reopened
    assert StoryTip.objects.get(pk=tip.pk).closed_at is None
    logged = ModelLogEntry.objects.for_instance(tip).filter(action="tips.state")
    assert [entry.data["to"] for entry in logged.order_by("timestamp", "pk")] == [
        "contacted",
        "declined",
        "contacted",
    ]
    history = client.get(f"{INDEX}history/{tip.pk}/")
    assert history.status_code == 200
    assert "Story tip state changed" in history.content.decode()


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (TipState.NEW, TipState.STORY),
        (TipState.NEW, TipState.NEW),
        (TipState.STORY, TipState.DECLINED),
        (TipState.STORY, TipState.CONTACTED),
        (TipState.CONTACTED, TipState.NEW),
    ],
)
def test_moves_outside_the_rules_are_refused(client, django_user_model, start, target):
    tip = StoryTipFactory(state=start)
    client.force_login(user_in(django_user_model, "Content managers"))
    response = move(client, tip, target, "note")
    assert response.status_code == 200
    assert StoryTip.objects.get(pk=tip.pk).state == start
    assert not ModelLogEntry.objects.for_instance(tip).filter(action="tips.state").exists()


def test_the_change_state_rule_refuses_outside_the_form_too(django_user_model):
    tip = StoryTipFactory(state=TipState.STORY)
    with pytest.raises(ValidationError):
        change_state(tip, TipState.NEW, "", None)


def test_the_listing_filters_by_state_country_and_date_and_searches(client, django_user_model):
    new = StoryTipFactory(country="TR", what_happened="Мектепке китепкана ачылды, жердештер.")
    declined = StoryTipFactory(
        country="RU", state=TipState.DECLINED, what_happened="Көпүрө курулду, бирок токтоду."
    )
    client.force_login(user_in(django_user_model, "Content managers"))
    by_state = client.get(INDEX, {"state": "declined"}).content.decode()
    assert f'href="{INDEX}inspect/{declined.pk}/"' in by_state, "the reference opens the tip"
    assert declined.reference in by_state
    assert new.reference not in by_state
    by_country = client.get(INDEX, {"country": "TR"}).content.decode()
    assert new.reference in by_country
    assert declined.reference not in by_country
    today = new.created_at.date().isoformat()
    by_date = client.get(INDEX, {"created_at_from": "2000-01-01", "created_at_to": "2000-12-31"})
    assert new.reference not in by_date.content.decode()
    in_range = client.get(INDEX, {"created_at_from": today, "created_at_to": today})
    assert new.reference in in_range.content.decode()
    found = client.get(INDEX, {"q": "китепкана"}).content.decode()
    assert new.reference in found
    assert declined.reference not in found


def test_the_listing_query_count_does_not_grow_with_tips(
    client, django_user_model, django_assert_max_num_queries
):
    client.force_login(user_in(django_user_model, "Content managers"))
    for _number in range(3):
        add_photo(StoryTipFactory())
    client.get(INDEX)  # warm caches of permissions and site settings
    with django_assert_max_num_queries(30) as few:
        assert client.get(INDEX).status_code == 200
    for _number in range(12):
        add_photo(StoryTipFactory())
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(INDEX).status_code == 200


def test_nobody_adds_a_tip_in_the_admin(client, django_user_model):
    client.force_login(user_in(django_user_model, "Coordinating editors"))
    assert client.get(f"{INDEX}new/").status_code in {302, 403, 404}
