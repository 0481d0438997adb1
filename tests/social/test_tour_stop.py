"""Packages for an exhibition tour stop: per channel and language, only for a public stop."""

import io
import zipfile
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from django.core.cache import cache

from wagtail.models import PageViewRestriction

from cms.api import memo
from exhibitions.models import ExhibitionPage, TourStop, Venue
from media_library.enums import ReleaseStatus
from social.channels import CHANNELS
from social.counting import count

pytestmark = pytest.mark.django_db

CREDIT = "📷 А. Асанов / IOM Kyrgyzstan (CC BY 4.0)"


def url(stop, tail="", **query):
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return f"/api/v1/social/tour-stop/{stop.pk}{tail}" + (f"?{params}" if params else "")


@pytest.mark.parametrize("code", list(CHANNELS))
def test_a_package_per_channel(client, tour, code):
    data = client.get(url(tour.stop, channel=code)).json()
    assert data["type"] == "package"
    assert data["kind"] == "tour-stop"
    assert data["id"] == tour.stop.pk
    assert data["locale"] == "ky"
    assert data["channel"]["code"] == code
    assert data["length"] == count(data["text"])
    assert data["limit"] is None or data["length"] <= data["limit"]
    for part in (tour.ky.title, "Кыргыз Республикасынын элчилиги", "Анкара", "2025"):
        assert part in data["text"]
    assert "Мекенге жардам берген адамдардын сүрөттөрү." in data["text"]
    assert data["credit"] == CREDIT
    assert data["text"].endswith(CREDIT)
    assert data["image"]["id"] == tour.cover.pk
    assert data["image"]["crop"] == CHANNELS[code].image_size
    assert data["image"]["url"]
    link = urlsplit(data["link"]["url"])
    assert link.path.endswith("/")
    assert parse_qs(link.query) == {
        "utm_source": [code],
        "utm_medium": ["social"],
        "utm_campaign": ["мекендештер-көргөзмө"],
    }


def test_a_stop_in_russian_names_the_venue_and_dates_in_russian(client, tour):
    data = client.get(url(tour.stop, channel="telegram", locale="ru")).json()
    assert data["locale"] == "ru"
    assert not data["is_fallback"]
    assert tour.ru.title in data["text"]
    assert "Посольство Кыргызстана" in data["text"]
    assert "мая 2025" in data["text"]
    assert "г.." not in data["text"]  # the date's abbreviation ends the sentence
    assert "элчилиги" not in data["text"]
    # One campaign whatever the language: the exhibition's slug in the source language.
    query = parse_qs(urlsplit(data["link"]["url"]).query)
    assert query["utm_campaign"] == ["мекендештер-көргөзмө"]
    assert "/ru/соотечественники-выставка/" in unquote(data["link"]["url"])


def test_a_language_without_the_exhibition_falls_back(client, tour):
    data = client.get(url(tour.stop, channel="vk", locale="en")).json()
    assert data["requested_locale"] == "en"
    assert data["is_fallback"]
    assert data["locale"] == "ky"


def test_every_channel_at_once(client, tour):
    data = client.get(url(tour.stop, locale="ru")).json()
    assert data["type"] == "channels"
    assert data["kind"] == "tour-stop"
    assert data["title"] == tour.ru.title
    assert [p["channel"]["code"] for p in data["packages"]] == list(CHANNELS)
    assert data["zip_url"] == f"/api/v1/social/tour-stop/{tour.stop.pk}/zip"


def hide(tour, how):
    exhibitions = ExhibitionPage.objects.filter(translation_key=tour.ky.translation_key)
    if how == "stop-draft":
        TourStop.objects.filter(pk=tour.stop.pk).update(live=False)
    elif how == "venue-draft":
        Venue.objects.filter(translation_key=tour.venue.translation_key).update(live=False)
    elif how == "exhibition-draft":
        exhibitions.update(live=False)
    elif how == "exhibition-private":
        for page in exhibitions:
            PageViewRestriction.objects.create(page=page, restriction_type="login")


@pytest.mark.parametrize(
    "how", ["stop-draft", "venue-draft", "exhibition-draft", "exhibition-private"]
)
@pytest.mark.parametrize("tail", ["", "/zip"])
def test_no_package_for_a_stop_the_public_may_not_see(client, tour, how, tail):
    assert client.get(url(tour.stop, tail)).status_code == 200
    hide(tour, how)
    cache.clear()  # updated without the signals that replace the content version
    memo.forget()
    response = client.get(url(tour.stop, tail))
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_the_zip_holds_each_public_language_and_the_credit(client, tour):
    response = client.get(url(tour.stop, "/zip", channels="telegram,vk"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert f"tour-stop-{tour.stop.pk}-social.zip" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    assert {"telegram/ky.txt", "telegram/ru.txt", "vk/ky.txt", "vk/ru.txt"} <= names
    assert "telegram/en.txt" not in names
    assert "vk/photo-1200x630.jpg" in names
    kyrgyz = archive.read("telegram/ky.txt").decode()
    russian = archive.read("telegram/ru.txt").decode()
    assert "Кыргыз Республикасынын элчилиги" in kyrgyz
    assert "Посольство Кыргызстана" in russian
    assert kyrgyz.rstrip().endswith(CREDIT)
    assert russian.rstrip().endswith(CREDIT)
    assert "А. Асанов / IOM Kyrgyzstan (CC BY 4.0)" in archive.read("README.txt").decode()


def test_the_zip_leaves_out_a_translation_the_public_may_not_see(client, tour):
    ExhibitionPage.objects.filter(pk=tour.ru.pk).update(live=False)
    archive = zipfile.ZipFile(io.BytesIO(client.get(url(tour.stop, "/zip")).content))
    assert "telegram/ky.txt" in archive.namelist()
    assert "telegram/ru.txt" not in archive.namelist()


def test_a_cover_the_public_may_not_see_is_left_out(client, tour):
    type(tour.cover).objects.filter(pk=tour.cover.pk).update(release_status=ReleaseStatus.PENDING)
    data = client.get(url(tour.stop, channel="facebook")).json()
    assert data["image"] is None
    assert data["credit"] == ""


def test_every_channel_costs_a_fixed_number_of_queries(
    client, tour, django_assert_max_num_queries
):
    client.get(url(tour.stop, channel="ok"))  # the content version and memos, once
    cache.clear()
    with django_assert_max_num_queries(14):
        response = client.get(url(tour.stop, locale="ru"))
    assert len(response.json()["packages"]) == len(CHANNELS)
