"""The ZIP download in the admin, for people who post by hand."""

import io
import zipfile

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from cms.editorial import PHOTOGRAPHERS
from tests.cms.test_publish_paths import editor, english  # noqa: F401

pytestmark = pytest.mark.django_db


def test_an_editor_picks_channels_and_gets_the_zip(client, editor, turkey_story):  # noqa: F811
    client.force_login(editor)
    url = reverse("social_zip", args=(turkey_story.pk,))
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="channels"' in page.content.decode()

    response = client.post(url, {"channels": ["instagram", "whatsapp"]})
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "instagram/ky.txt" in names
    assert "whatsapp/photo-1080x1080.jpg" in names
    assert "README.txt" in names
    assert not any(n.startswith("vk/") for n in names)

    refused = client.post(url, {})
    assert refused.status_code == 200
    assert "Tick at least one channel" in refused.content.decode()


def test_the_edit_page_offers_the_download(client, editor, turkey_story):  # noqa: F811
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(turkey_story.pk,))).content
    assert reverse("social_zip", args=(turkey_story.pk,)).encode() in html


def test_someone_who_cannot_edit_the_page_is_refused(client, turkey_story):
    user = get_user_model().objects.create_user("photo", password="pw")
    user.groups.add(Group.objects.get(name=PHOTOGRAPHERS))
    client.force_login(user)
    response = client.get(reverse("social_zip", args=(turkey_story.pk,)))
    assert response.status_code == 403


def test_a_page_without_packages_is_not_found(client, editor, demo_site):  # noqa: F811
    client.force_login(editor)
    response = client.get(reverse("social_zip", args=(demo_site.pk,)), follow=True)
    assert response.status_code == 404
