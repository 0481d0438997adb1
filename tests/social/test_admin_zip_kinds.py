"""The admin ZIP for the kinds that are not pages: a tour stop and published results.

Public items only, as the API's ZIP, for those who may edit the stop (or its
exhibition's page) and for the coordinators or editors of a contest edition; the
button is offered where they work, and only while there is something to post.
"""

import io
import zipfile

import pytest
from PIL import Image

from django.contrib.auth.models import Group
from django.urls import reverse

from cms.api import memo
from cms.editorial import CONTENT_MANAGERS, PHOTOGRAPHERS, SMM_MANAGERS
from contests.models import ContestEditionPage
from contests.results import publish
from exhibitions.models import ExhibitionPage, TourStop
from social.admin_urls import zip_url
from tests.contests.conftest import no_demo_entries  # noqa: F401  (autouse fixture)

from .test_results import STORY_CREDIT, decided, edition, published, user  # noqa: F401
from .test_tour_stop import CREDIT, hide

pytestmark = pytest.mark.django_db


# The results tests' edition, before and after publication, and their coordinator.


@pytest.fixture
def results(published):  # noqa: F811
    return published


@pytest.fixture
def pending(decided):  # noqa: F811
    return decided


@pytest.fixture
def coordinator(user):  # noqa: F811
    return user


@pytest.fixture
def member(django_user_model):
    def make(group, username=None):
        person = django_user_model.objects.create_user(username or group, password="pw")
        person.groups.add(Group.objects.get(name=group))
        return person

    return make


def answer(client, url, method="get"):
    """The status in the end: a missing admin page is first sent to its language's path."""
    if method == "post":
        return client.post(url, {"channels": ["telegram"]}, follow=True).status_code
    return client.get(url, follow=True).status_code


def download(client, url, channels):
    response = client.post(url, {"channels": channels})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    return response, zipfile.ZipFile(io.BytesIO(response.content))


def assert_cut_to(archive, name, width, height):
    """The photo at the channel's proportions, never enlarged past the original."""
    got_width, got_height = Image.open(io.BytesIO(archive.read(name))).size
    assert got_width <= width
    assert got_height <= height
    assert abs(got_width / got_height - width / height) < 0.01


def stop_edit_url(stop):
    return reverse(TourStop.snippet_viewset.get_url_name("edit"), args=(stop.pk,))


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


# Tour stops


@pytest.mark.parametrize("group", [CONTENT_MANAGERS, SMM_MANAGERS])
def test_a_stop_zip_holds_each_public_language_the_photos_and_the_credit(
    client, tour, member, group
):
    client.force_login(member(group))
    url = zip_url("tour-stop", tour.stop.pk)
    form = client.get(url)
    assert form.status_code == 200
    assert 'name="channels"' in form.content.decode()
    assert tour.ky.title in form.content.decode()

    response, archive = download(client, url, ["telegram", "vk", "instagram"])
    assert f"tour-stop-{tour.stop.pk}-social.zip" in response["Content-Disposition"]
    names = set(archive.namelist())
    for code in ("telegram", "vk", "instagram"):
        assert {f"{code}/ky.txt", f"{code}/ru.txt"} <= names
    assert not any(name.startswith(("facebook/", "whatsapp/")) for name in names)
    assert not any(name.endswith("/en.txt") for name in names)
    assert "Кыргыз Республикасынын элчилиги" in archive.read("telegram/ky.txt").decode()
    assert "Посольство Кыргызстана" in archive.read("telegram/ru.txt").decode()
    assert archive.read("vk/ru.txt").decode().rstrip().endswith(CREDIT)
    assert_cut_to(archive, "vk/photo-1200x630.jpg", 1200, 630)
    assert_cut_to(archive, "telegram/photo-1080x1350.jpg", 1080, 1350)
    assert CREDIT.removeprefix("📷 ") in archive.read("README.txt").decode()


def test_a_stop_zip_leaves_out_a_translation_the_public_may_not_see(client, tour, member):
    """Unlike a page's, a stop's ZIP is never made of drafts, whoever asks."""
    ExhibitionPage.objects.filter(pk=tour.ru.pk).update(live=False)
    memo.forget()
    client.force_login(member(CONTENT_MANAGERS))
    _response, archive = download(client, zip_url("tour-stop", tour.stop.pk), ["telegram"])
    assert "telegram/ky.txt" in archive.namelist()
    assert "telegram/ru.txt" not in archive.namelist()


@pytest.mark.parametrize("how", ["stop-draft", "venue-draft", "exhibition-draft"])
def test_no_zip_for_a_stop_the_public_may_not_see(client, tour, member, how):
    client.force_login(member(CONTENT_MANAGERS))
    url = zip_url("tour-stop", tour.stop.pk)
    assert client.get(url).status_code == 200
    hide(tour, how)
    memo.forget()
    assert answer(client, url) == 404
    assert answer(client, url, "post") == 404


def test_no_zip_for_a_stop_that_does_not_exist(client, tour, member):
    client.force_login(member(CONTENT_MANAGERS))
    assert answer(client, zip_url("tour-stop", tour.stop.pk + 1000)) == 404
    assert answer(client, zip_url("no-such-kind", tour.stop.pk)) == 404


def test_who_may_not_edit_the_stop_or_its_exhibition_is_refused(client, tour, member, coordinator):
    for person in (member(PHOTOGRAPHERS), coordinator):
        client.force_login(person)
        url = zip_url("tour-stop", tour.stop.pk)
        assert answer(client, url) == 403
        assert answer(client, url, "post") == 403


def test_the_stop_edit_view_offers_the_zip_while_the_stop_is_public(client, tour, member):
    client.force_login(member(CONTENT_MANAGERS))
    url = zip_url("tour-stop", tour.stop.pk)
    assert url in client.get(stop_edit_url(tour.stop)).content.decode()
    hide(tour, "stop-draft")
    memo.forget()
    html = client.get(stop_edit_url(tour.stop)).content.decode()
    assert "Social posts (ZIP)" not in html
    assert url not in html


@pytest.mark.parametrize("translation", ["ky", "ru"])
def test_the_exhibition_page_offers_each_public_stop(client, tour, member, translation):
    client.force_login(member(SMM_MANAGERS))
    page = getattr(tour, translation)
    assert zip_url("tour-stop", tour.stop.pk) in client.get(page_edit_url(page)).content.decode()


def test_the_exhibition_page_does_not_offer_a_stop_the_public_may_not_see(client, tour, member):
    client.force_login(member(SMM_MANAGERS))
    hide(tour, "venue-draft")
    memo.forget()
    html = client.get(page_edit_url(tour.ky)).content.decode()
    assert zip_url("tour-stop", tour.stop.pk) not in html


# Published results


def test_a_coordinator_downloads_the_results_in_each_language(client, results, coordinator):
    client.force_login(coordinator)
    url = zip_url("results", results.pk)
    assert client.get(url).status_code == 200
    response, archive = download(client, url, ["telegram", "facebook"])
    assert f"results-{results.pk}-social.zip" in response["Content-Disposition"]
    names = set(archive.namelist())
    for code in ("telegram", "facebook"):
        assert {f"{code}/ky.txt", f"{code}/ru.txt", f"{code}/en.txt"} <= names
    assert "Инвестиции: 1. Долбоор 1" in archive.read("telegram/ru.txt").decode()
    assert "Investment: 1. Долбоор 1" in archive.read("facebook/en.txt").decode()
    assert_cut_to(archive, "telegram/photo-1080x1350.jpg", 1080, 1350)
    assert_cut_to(archive, "facebook/photo-1200x630.jpg", 1200, 630)
    assert STORY_CREDIT in archive.read("README.txt").decode()
    assert "Жеке Адам" not in "".join(
        archive.read(name).decode() for name in names if name.endswith(".txt")
    )


def test_an_smm_manager_downloads_the_results_from_any_translation(client, results, member):
    client.force_login(member(SMM_MANAGERS))
    russian = ContestEditionPage.objects.get(
        translation_key=results.translation_key, locale__language_code="ru"
    )
    _response, archive = download(client, zip_url("results", russian.pk), ["vk"])
    assert {"vk/ky.txt", "vk/ru.txt", "vk/en.txt"} <= set(archive.namelist())


def test_no_zip_before_the_results_are_published(client, pending, coordinator):
    client.force_login(coordinator)
    url = zip_url("results", pending.pk)
    assert answer(client, url) == 404
    assert answer(client, url, "post") == 404


def test_who_neither_coordinates_nor_edits_the_edition_is_refused(client, results, member):
    client.force_login(member(PHOTOGRAPHERS))
    url = zip_url("results", results.pk)
    assert answer(client, url) == 403
    assert answer(client, url, "post") == 403


def test_the_decisions_screen_offers_the_zip_once_the_results_are_public(
    client, pending, coordinator
):
    client.force_login(coordinator)
    screen = reverse("jury_edition_decisions", args=(pending.pk,))
    url = zip_url("results", pending.pk)
    assert url not in client.get(screen).content.decode()
    publish(pending, coordinator)
    assert url in client.get(screen).content.decode()


def test_the_edition_page_offers_the_zip_once_the_results_are_public(
    client,
    pending,
    coordinator,
    member,
):
    client.force_login(member(SMM_MANAGERS))
    url = zip_url("results", pending.pk)
    assert url not in client.get(page_edit_url(pending)).content.decode()
    publish(pending, coordinator)
    assert url in client.get(page_edit_url(pending)).content.decode()
