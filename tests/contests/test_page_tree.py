"""Where editors may create contest pages in the admin: the page types' own rules."""

import pytest

from contests.models import ContestEditionPage, ContestProgrammePage

from .factories import ContestProgrammePageFactory

pytestmark = pytest.mark.django_db


def test_an_editor_can_add_a_contest_programme_under_the_home_page(
    client, django_user_model, demo_site
):
    assert ContestProgrammePage.can_create_at(demo_site)
    assert not ContestEditionPage.can_create_at(demo_site)
    client.force_login(django_user_model.objects.create_superuser("tree-admin", password="pw"))
    url = f"/admin/pages/add/contests/contestprogrammepage/{demo_site.pk}/"
    assert client.get(url, follow=True).status_code == 200
    assert b'name="title"' in client.get(url, follow=True).content


def test_editions_go_under_their_programme(demo_site):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="award")
    assert ContestEditionPage.can_create_at(programme)
    assert not ContestProgrammePage.can_create_at(programme)
