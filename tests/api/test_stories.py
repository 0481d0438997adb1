"""The story endpoints: happy paths, filters, language fallback and detail lookups."""

import pytest

from wagtail.models import Locale

from stories.models import Person, SuccessStoryPage

from .conftest import get_json

pytestmark = pytest.mark.django_db


def test_list_envelope_and_items(client, demo_site):
    response, data = get_json(client, "/api/v1/stories")
    assert response.status_code == 200
    assert data["count"] == 8
    assert len(data["items"]) == 8
    item = data["items"][0]
    assert item["locale"] == "ky"
    assert item["is_fallback"] is False
    assert item["url"].startswith("https://portal.example/ky/")
    assert item["hero_image"]["id"]
    assert {t["locale"] for t in item["translations"]} == {"ky", "ru", "en"}
    assert item["heroes"]
    assert item["themes"]
    dates = [story["story_date"] for story in data["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_locale_parameter_serves_that_language(client, demo_site, language):
    _, data = get_json(client, f"/api/v1/stories?locale={language}&limit=3")
    assert data["count"] == 8
    assert len(data["items"]) == 3
    for item in data["items"]:
        assert item["locale"] == language
        assert item["requested_locale"] == language
        assert item["url"].startswith(f"https://portal.example/{language}/")
        assert all(hero["locale"] == language for hero in item["heroes"])
        assert all(theme["locale"] == language for theme in item["themes"])


def test_accept_language_when_no_locale_parameter(client, demo_site):
    response, data = get_json(
        client, "/api/v1/stories?limit=1", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9"
    )
    assert data["items"][0]["locale"] == "ru"
    assert "Accept-Language" in response["Vary"]
    _, data = get_json(client, "/api/v1/stories?limit=1&locale=en", HTTP_ACCEPT_LANGUAGE="ru")
    assert data["items"][0]["locale"] == "en"


def test_untranslated_story_falls_back_without_mixing_languages(client, ky_index):
    story = SuccessStoryPage(title="Жаңы мектеп", slug="жаңы-мектеп", standfirst="Айылда мектеп.")
    ky_index.add_child(instance=story)
    story.save_revision().publish()
    _, data = get_json(client, "/api/v1/stories?locale=en&limit=100")
    assert data["count"] == 9
    item = next(i for i in data["items"] if i["id"] == story.pk)
    assert item["locale"] == "ky"
    assert item["is_fallback"] is True
    assert (item["title"], item["standfirst"]) == ("Жаңы мектеп", "Айылда мектеп.")
    assert [t["locale"] for t in item["translations"]] == ["ky"]
    others = [i for i in data["items"] if i["id"] != story.pk]
    assert all(i["locale"] == "en" and not i["is_fallback"] for i in others)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("place=batken", {"новосибирск", "чикаго", "акш", "филадельфия"}),
        ("place=maksat", {"новосибирск"}),
        ("country=US", {"филадельфия", "чикаго", "акш"}),
        ("country=tr", {"түркия"}),
        ("contribution=money&place=nookat-district", {"кашкалдак"}),
        ("sdg=3&place=issyk-kul", {"түркия", "филадельфия"}),
        ("published_from=2021-01-01&published_to=2021-05-31", {"новосибирск", "чикаго", "акш"}),
        ("has_video=true", set()),
    ],
)
def test_filters(client, demo_site, query, expected):
    _, data = get_json(client, f"/api/v1/stories?{query}&limit=100")
    slugs = [item["slug"] for item in data["items"]]
    assert data["count"] == len(slugs)
    for word in expected:
        assert any(word in slug for slug in slugs), (word, slugs)
    assert len(slugs) == len(expected)


def test_filter_by_sector_theme_and_hero(client, demo_site):
    _, everything = get_json(client, "/api/v1/stories?limit=100")
    story = everything["items"][0]
    sector, theme, hero = story["sectors"][0], story["themes"][0], story["heroes"][0]
    for query in (f"sector={sector['key']}", f"theme={theme['id']}", f"hero={hero['id']}"):
        _, data = get_json(client, f"/api/v1/stories?{query}&limit=100")
        assert story["id"] in [item["id"] for item in data["items"]], query
        assert 0 < data["count"] <= everything["count"]
    ru_hero = Person.objects.get(
        translation_key=Person.objects.get(pk=hero["id"]).translation_key,
        locale__language_code="ru",
    )
    _, data = get_json(client, f"/api/v1/stories?hero={ru_hero.pk}")
    assert story["id"] in [item["id"] for item in data["items"]]


@pytest.mark.parametrize("order", ["newest", "oldest", "title"])
def test_ordering(client, demo_site, order):
    _, data = get_json(client, f"/api/v1/stories?order={order}&locale=en")
    if order == "title":
        titles = [item["title"].casefold() for item in data["items"]]
        assert titles == sorted(titles)
    else:
        dates = [item["story_date"] for item in data["items"]]
        assert dates == sorted(dates, reverse=order == "newest")


def test_paging(client, demo_site):
    _, first = get_json(client, "/api/v1/stories?limit=3")
    _, second = get_json(client, "/api/v1/stories?limit=3&offset=3")
    assert first["count"] == second["count"] == 8
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_detail_by_id_in_each_language(client, turkey_story):
    response, data = get_json(client, f"/api/v1/stories/{turkey_story.pk}")
    assert response.status_code == 200
    assert data["id"] == turkey_story.pk
    assert data["body"][0]["type"] == "text"
    assert data["excerpt"]
    assert data["sources"][0]["type"] == "source"
    _, ru = get_json(client, f"/api/v1/stories/{turkey_story.pk}?locale=ru")
    ru_page = turkey_story.get_translation(Locale.objects.get(language_code="ru"))
    assert ru["id"] == ru_page.pk
    assert ru["locale"] == "ru"
    assert ru["title"] == ru_page.title


def test_detail_by_slug_within_a_locale(client, turkey_story):
    ru_page = turkey_story.get_translation(Locale.objects.get(language_code="ru"))
    response, data = get_json(client, f"/api/v1/stories/by-slug/{ru_page.slug}?locale=ru")
    assert response.status_code == 200
    assert data["id"] == ru_page.pk
    response, data = get_json(client, f"/api/v1/stories/by-slug/{ru_page.slug}?locale=en")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_missing_story_is_a_problem_document(client, demo_site):
    response, data = get_json(client, "/api/v1/stories/999999")
    assert response.status_code == 404
    assert data["status"] == 404
    assert data["title"]


def test_filters_apply_to_the_chosen_translation(client, turkey_story):
    """A filter must not swap a story for its fallback in another language."""
    ru = turkey_story.get_translation(Locale.objects.get(language_code="ru"))
    SuccessStoryPage.objects.filter(pk=turkey_story.pk).update(has_video=True)
    SuccessStoryPage.objects.filter(pk=ru.pk).update(has_video=False)
    _, with_video = get_json(client, "/api/v1/stories?locale=ru&has_video=true")
    assert turkey_story.pk not in [item["id"] for item in with_video["items"]]
    _, without = get_json(client, "/api/v1/stories?locale=ru&has_video=false&limit=100")
    assert ru.pk in [item["id"] for item in without["items"]]
