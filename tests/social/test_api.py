"""The package endpoints: shapes, the public rule, HTTP rules and the ZIP."""

import io
import zipfile
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from social.channels import CHANNELS
from social.counting import count
from stories.models import SuccessStoryPage

pytestmark = pytest.mark.django_db


def url(story, tail="", **query):
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return f"/api/v1/social/story/{story.pk}{tail}" + (f"?{params}" if params else "")


@pytest.mark.parametrize("code", list(CHANNELS))
def test_a_package_per_channel(client, turkey_story, code):
    data = client.get(url(turkey_story, channel=code)).json()
    assert data["type"] == "package"
    assert data["channel"]["code"] == code
    assert data["length"] == count(data["text"])
    assert data["limit"] is None or data["length"] <= data["limit"]
    assert data["credit"]
    assert data["text"].endswith(data["credit"])
    assert "CC BY 4.0" in data["credit"]
    assert data["image"]["crop"] == CHANNELS[code].image_size
    assert data["image"]["alt"]
    query = parse_qs(urlsplit(data["link"]["url"]).query)
    assert query["utm_source"] == [code]
    assert query["utm_medium"] == ["social"]
    assert query["utm_campaign"]
    assert len(data["hashtags"]) <= CHANNELS[code].max_hashtags


def test_a_photo_caption_is_held_to_the_caption_limit(client, turkey_story):
    data = client.get(url(turkey_story, channel="telegram")).json()
    assert data["limit"] == 1024
    whatsapp = client.get(url(turkey_story, channel="whatsapp")).json()
    assert whatsapp["limit"] == 1024


def test_the_credit_is_kept_when_an_own_text_is_far_too_long(client, turkey_story):
    turkey_story.social_texts = [("telegram", "Мекендештер. " * 400)]
    turkey_story.save_revision()  # a draft may run over
    SuccessStoryPage.objects.filter(pk=turkey_story.pk).update(
        social_texts=turkey_story.social_texts
    )
    data = client.get(url(turkey_story, channel="telegram")).json()
    assert data["truncated"]
    assert data["overridden"]
    assert data["length"] <= 1024
    assert data["text"].endswith(data["credit"])
    assert data["link"]["in_text"]


def test_every_channel_for_an_item_in_the_asked_language(client, turkey_story):
    data = client.get(url(turkey_story, locale="ru")).json()
    assert data["type"] == "channels"
    assert data["locale"] == "ru"
    assert [p["channel"]["code"] for p in data["packages"]] == list(CHANNELS)
    assert data["zip_url"].endswith("/zip")


def test_every_channel_costs_a_fixed_number_of_queries(
    client, turkey_story, django_assert_max_num_queries
):
    client.get(url(turkey_story, channel="ok"))  # the content version and memos, once
    with django_assert_max_num_queries(14):
        response = client.get(url(turkey_story, locale="en"))
    assert len(response.json()["packages"]) == len(CHANNELS)


def test_a_theme_has_packages_too(client, central_theme):
    data = client.get(f"/api/v1/social/theme/{central_theme.pk}?channel=instagram").json()
    assert data["kind"] == "theme"
    assert data["hashtags"] == central_theme.hashtag_list[:5]
    assert central_theme.statement in data["text"]
    assert not data["link"]["in_text"]


def hidden(story, how):
    if how == "draft":
        SuccessStoryPage.objects.filter(pk=story.pk).update(live=False)
    elif how == "private":
        PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    elif how == "expired":
        SuccessStoryPage.objects.filter(pk=story.pk).update(
            expire_at=timezone.now() - timedelta(minutes=1)
        )


@pytest.mark.parametrize("how", ["draft", "private", "expired"])
@pytest.mark.parametrize("tail", ["", "/zip"])
def test_no_package_for_an_item_the_public_may_not_see(client, turkey_story, how, tail):
    for translation in turkey_story.get_translations(inclusive=True):
        hidden(translation, how)
    response = client.get(url(turkey_story, tail))
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("path", "status", "param"),
    [
        ("/api/v1/social/contest/1", 404, "kind"),
        ("/api/v1/social/story/1?channel=myspace", 400, "channel"),
        ("/api/v1/social/story/1?chanel=vk", 400, "chanel"),
        ("/api/v1/social/story/1/zip?channels=vk,myspace", 400, "channels"),
        ("/api/v1/social/story/99999999999", 404, None),
    ],
)
def test_bad_addresses_are_problems(client, turkey_story, path, status, param):
    path = path.replace("/story/1", f"/story/{turkey_story.pk}")
    response = client.get(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    if param:
        assert [p["name"] for p in response.json()["invalid_params"]] == [param]


def test_the_http_rules_apply(client, turkey_story):
    first = client.get(url(turkey_story, channel="vk"), HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip"
    assert "public" in first["Cache-Control"]
    again = client.get(
        url(turkey_story, channel="vk"), HTTP_IF_NONE_MATCH=first["ETag"].replace("-gz", "")
    )
    assert again.status_code in (200, 304)
    same = client.get(
        url(turkey_story, channel="vk"),
        HTTP_ACCEPT_ENCODING="gzip",
        HTTP_IF_NONE_MATCH=first["ETag"],
    )
    assert same.status_code == 304


def test_the_zip_holds_texts_per_language_photos_and_the_credit(client, turkey_story):
    response = client.get(url(turkey_story, "/zip", channels="telegram,vk"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    for code in ("telegram", "vk"):
        assert {f"{code}/ky.txt", f"{code}/ru.txt", f"{code}/en.txt"} <= names
    assert "telegram/photo-1080x1350.jpg" in names
    assert "vk/photo-1200x630.jpg" in names
    assert not any(name.startswith("instagram/") for name in names)
    readme = archive.read("README.txt").decode()
    assert "Illustration: Mekendesh CMS (CC BY 4.0)" in readme
    russian = archive.read("telegram/ru.txt").decode()
    ru_story = turkey_story.get_translation(
        turkey_story.get_translations().filter(locale__language_code="ru").first().locale
    )
    assert ru_story.title.split()[0] in russian
    assert "CC BY 4.0" in russian
    from PIL import Image

    photo = Image.open(io.BytesIO(archive.read("vk/photo-1200x630.jpg")))
    assert photo.format == "JPEG"
    assert photo.width / photo.height == pytest.approx(1200 / 630, rel=0.01)


def test_a_cached_zip_is_sent_again_as_a_zip(client, turkey_story):
    first = client.get(url(turkey_story, "/zip", channels="ok"))
    again = client.get(url(turkey_story, "/zip", channels="ok"))
    assert again.content == first.content
    assert again["Content-Type"] == "application/zip"
    assert again["Content-Disposition"] == first["Content-Disposition"]
    assert (
        client.get(
            url(turkey_story, "/zip", channels="ok"), HTTP_IF_NONE_MATCH=first["ETag"]
        ).status_code
        == 304
    )


def test_the_zip_leaves_out_a_translation_the_public_may_not_see(client, turkey_story):
    english = turkey_story.get_translations().get(locale__language_code="en")
    SuccessStoryPage.objects.filter(pk=english.pk).update(live=False)
    archive = zipfile.ZipFile(io.BytesIO(client.get(url(turkey_story, "/zip")).content))
    assert "telegram/ky.txt" in archive.namelist()
    assert "telegram/en.txt" not in archive.namelist()
