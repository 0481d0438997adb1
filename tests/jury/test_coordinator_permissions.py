"""Only coordinators reach the jury's admin; jurors, editors and visitors are turned away."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.admin.menu import admin_menu

from contests.coordinators import GROUP_NAME as COORDINATORS
from contests.coordinators import setup_group as setup_coordinators
from jury.enums import ConflictType
from jury.models import Assignment, Conflict, Criterion

pytestmark = pytest.mark.django_db


def make_user(django_user_model, role, jurors):
    if role == "anonymous":
        return None
    if role == "juror":
        return jurors[0]
    if role == "superuser":
        return django_user_model.objects.create_superuser("jury-admin", password="pw")
    user = django_user_model.objects.create_user(f"jury-{role}", password="pw")
    if role == "coordinator":
        setup_coordinators()
        user.groups.add(Group.objects.get(name=COORDINATORS))
    else:
        user.groups.add(Group.objects.get(name="Content managers"))
    return user


@pytest.fixture
def objects(jury_round, entries, jurors):
    Criterion.objects.create(round=jury_round, name_ky="Таасир")
    assignment = Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[0])
    conflict = Conflict.objects.create(
        juror=jurors[1], entry=entries[1], type=ConflictType.RELATIVE, reason="Агасы"
    )
    return {"round": jury_round, "assignment": assignment, "conflict": conflict}


def coordinator_urls(objects):
    round, assignment, conflict = objects["round"], objects["assignment"], objects["conflict"]
    return {
        "rounds": reverse("jury_rounds:index"),
        "round add": reverse("jury_rounds:add"),
        "round edit": reverse("jury_rounds:edit", args=[round.pk]),
        "round history": reverse("jury_rounds:history", args=[round.pk]),
        "auto-assign": reverse("jury_rounds:auto_assign", args=[round.pk]),
        "shortlist": reverse("jury_rounds:shortlist", args=[round.pk]),
        "assignments": reverse("jury_assignments:index"),
        "assignment add": reverse("jury_assignments:add"),
        "assignment inspect": reverse("jury_assignments:inspect", args=[assignment.pk]),
        "assignment history": reverse("jury_assignments:history", args=[assignment.pk]),
        "withdraw": reverse("jury_assignments:withdraw", args=[assignment.pk]),
        "conflicts": reverse("jury_conflicts:index"),
        "conflict add": reverse("jury_conflicts:add"),
        "conflict decide": reverse("jury_conflicts:edit", args=[conflict.pk]),
        "conflict history": reverse("jury_conflicts:history", args=[conflict.pk]),
        "recusals csv": reverse("jury_conflicts:index") + "?export=csv",
        "recusals xlsx": reverse("jury_conflicts:index") + "?export=xlsx",
    }


ROLES = ["anonymous", "juror", "editor", "coordinator", "superuser"]


@pytest.mark.parametrize("role", ROLES)
def test_permission_table(client, django_user_model, jurors, objects, role):
    user = make_user(django_user_model, role, jurors)
    if user is not None:
        client.force_login(user)
    allowed = role in {"coordinator", "superuser"}
    for name, url in coordinator_urls(objects).items():
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, (name, response.status_code)
        elif role == "anonymous":
            assert response.status_code == 302, name
            assert response.url.startswith(reverse("wagtailadmin_login")), name
        else:
            assert response.status_code in {302, 403}, (name, response.status_code)
            if response.status_code == 302:
                assert response.url == reverse("wagtailadmin_home"), name


@pytest.mark.parametrize("role", ["juror", "editor"])
def test_posts_by_others_change_nothing(client, django_user_model, jurors, objects, role):
    client.force_login(make_user(django_user_model, role, jurors))
    round, assignment = objects["round"], objects["assignment"]
    posts = {
        reverse("jury_rounds:auto_assign", args=[round.pk]): {"per_entry": 2, "max_per_juror": 9},
        reverse("jury_assignments:withdraw", args=[assignment.pk]): {},
        reverse("jury_assignments:add"): {
            "round": round.pk,
            "entry": objects["conflict"].entry_id,
            "juror": objects["assignment"].juror_id,
        },
        reverse("jury_conflicts:edit", args=[objects["conflict"].pk]): {
            "score_counts": "on",
            "decision_reason": "x",
        },
        reverse("jury_rounds:shortlist", args=[round.pk]): {"top": 3},
    }
    for url, data in posts.items():
        assert client.post(url, data).status_code in {302, 403}, url
    assert Assignment.objects.filter(round=round).count() == 1
    assignment.refresh_from_db()
    assert assignment.withdrawn_at is None
    assert not Conflict.objects.get(pk=objects["conflict"].pk).score_counts


def test_the_jury_menu_is_for_coordinators_only(rf, django_user_model, jurors):
    request = rf.get(reverse("wagtailadmin_home"))
    for role in ["juror", "editor", "coordinator", "superuser"]:
        request.user = make_user(django_user_model, role, jurors)
        names = {item.name for item in admin_menu.menu_items_for_request(request)}
        assert ("jury" in names) == (role in {"coordinator", "superuser"}), role
