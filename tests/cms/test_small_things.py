"""Small things editors and API clients hit: the API docs offline, no Gravatar, real
time zones on the account page, and Wagtail API v2 speaking a page's own language."""

import re

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.admin.localization import get_available_admin_time_zones
from wagtail.admin.templatetags.wagtailadmin_tags import avatar_url
from wagtail.users.models import UserProfile

from stories.enums import ContributionKind
from stories.models import SuccessStoryPage


@pytest.mark.django_db
def test_api_docs_page_loads_nothing_from_another_host(client):
    response = client.get("/api/v1/docs")

    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui-bundle.js" in html
    assert not re.search(r"""(src|href)=["'](https?:)?//""", html), html


def test_api_docs_assets_are_among_our_static_files():
    from django.contrib.staticfiles import finders

    for name in ("ninja/swagger-ui-bundle.js", "ninja/swagger-ui.css", "ninja/swagger-ui-init.js"):
        assert finders.find(name), name


@pytest.mark.django_db
def test_no_gravatar_by_default():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    user = get_user_model().objects.create_user("avatarless", "a@example.org", "x")

    assert "gravatar" not in avatar_url(user)


@pytest.mark.django_db
def test_account_page_offers_real_time_zones_bishkek_first(client):
    zones = get_available_admin_time_zones()

    assert zones[0] == "Asia/Bishkek"
    assert {"Europe/Moscow", "Asia/Almaty", "UTC"} <= set(zones)
    assert not {"localtime", "posixrules", "Factory"} & set(zones)
    assert not [zone for zone in zones if zone.startswith(("posix/", "right/"))]

    user = get_user_model().objects.create_superuser("zones", "z@example.org", "x")
    client.force_login(user)
    html = client.get("/admin/account/").content.decode()
    assert 'value="Asia/Bishkek"' in html
    assert 'value="localtime"' not in html


def russian_story_with_contributions():
    return (
        SuccessStoryPage.objects.live()
        .filter(locale__language_code="ru", contributions__isnull=False)
        .first()
    )


@pytest.mark.django_db
@pytest.mark.parametrize("accept_language", [None, "ky", "en"])
def test_v2_labels_follow_the_page_language(client, accept_language):
    story = russian_story_with_contributions()
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}

    data = client.get(f"/api/v2/pages/{story.pk}/", **headers).json()

    kinds = [c["kind"] for c in data["contributions"]]
    with translation.override("ru"):
        expected = [str(ContributionKind(kind).label) for kind in kinds]
    assert [c["label"] for c in data["contributions"]] == expected
    with translation.override("ky"):
        assert expected != [str(ContributionKind(kind).label) for kind in kinds]


@pytest.mark.django_db
def test_v2_theme_links_of_a_russian_story_are_russian_themes(client):
    story = (
        SuccessStoryPage.objects.live()
        .filter(locale__language_code="ru", theme_links__isnull=False)
        .first()
    )

    data = client.get(f"/api/v2/pages/{story.pk}/", HTTP_ACCEPT_LANGUAGE="ky").json()

    assert data["theme_links"]
    for link in data["theme_links"]:
        theme = client.get(link["theme"]["detail_url"]).json()
        assert theme["meta"]["locale"] == "ru"


@pytest.mark.django_db
def test_v2_listing_labels_follow_each_page(client):
    data = client.get(
        "/api/v2/pages/?type=stories.SuccessStoryPage&fields=contributions,theme_links&limit=20",
        HTTP_ACCEPT_LANGUAGE="en",
    ).json()

    assert {item["meta"]["locale"] for item in data["items"]} >= {"ky", "ru"}
    for item in data["items"]:
        with translation.override(item["meta"]["locale"]):
            expected = [str(ContributionKind(c["kind"]).label) for c in item["contributions"]]
        assert [c["label"] for c in item["contributions"]] == expected


def chooser_search_tab(client, url):
    html = client.get(url).json()["html"]
    match = re.search(r'id="tab-label-search"[^>]*>\s*([^<\s][^<]*?)\s*<', html)
    assert match, html[:300]
    return match.group(1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "label"), [("ru", "Поиск"), ("en", "Search"), ("ky", "Издөө")]
)
@pytest.mark.parametrize("url", ["/admin/images/chooser/", "/admin/documents/chooser/"])
def test_chooser_search_tab_is_in_the_editors_language(client, language, label, url):
    user = get_user_model().objects.create_superuser(f"chooser-{language}", "c@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)

    assert chooser_search_tab(client, url) == label
