"""Taxonomy terms in the story listing's filters and in the snippet choosers: in the
editor's interface language where translated, and places as a tree."""

import re

import pytest

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

from stories.enums import PlaceKind
from tests.stories.factories import PlaceFactory, SectorFactory

LISTING = "/admin/success_stories/"
PLACE_CHOOSER = "/admin/snippets/choose/stories/place/"


def sign_in(client, language):
    user = get_user_model().objects.create_superuser(f"terms-{language}", "t@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


def options(html, name):
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no {name} filter"
    return re.findall(r"<option[^>]*>(.*?)</option>", select.group(1))


@pytest.fixture
def tree(locales):
    """Region → district → village in Kyrgyz, translated into Russian (not English)."""
    region = PlaceFactory(name="Жалал-Абад облусу", key="a-jalal-abad", kind=PlaceKind.REGION)
    district = PlaceFactory(
        name="Ноокен району", key="a-nooken", kind=PlaceKind.DISTRICT, parent=region
    )
    village = PlaceFactory(name="Кочкор-Ата", key="a-kochkor-ata", parent=district)
    ru_region = region.copy_for_translation(locales["ru"])
    ru_region.name = "Джалал-Абадская область"
    ru_region.save()
    ru_district = district.copy_for_translation(locales["ru"])
    ru_district.name, ru_district.parent = "Ноокенский район", ru_region
    ru_district.save()
    ru_village = village.copy_for_translation(locales["ru"])
    ru_village.name, ru_village.parent = "Кочкор-Ата", ru_district
    ru_village.save()
    return region, district, village


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ky", "Жалал-Абад облусу → Ноокен району → Кочкор-Ата"),
        ("ru", "Джалал-Абадская область → Ноокенский район → Кочкор-Ата"),
        # No English translation: the Kyrgyz names stand in.
        ("en", "Жалал-Абад облусу → Ноокен району → Кочкор-Ата"),
    ],
)
def test_place_filter_lists_the_tree_in_the_editors_language(client, tree, language, expected):
    sign_in(client, language)

    labels = options(client.get(LISTING).content.decode(), "place")

    steps = expected.split(" → ")
    trails = [" → ".join(steps[:depth]) for depth in range(1, len(steps) + 1)]
    positions = [labels.index(trail) for trail in trails]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_sector_filter_names_terms_in_the_editors_language(client, locales):
    sector = SectorFactory(name="Сыноо тармагы", key="a-test-sector")
    ru_sector = sector.copy_for_translation(locales["ru"])
    ru_sector.name = "Проверочная отрасль"
    ru_sector.save()
    sign_in(client, "ru")

    labels = options(client.get(LISTING).content.decode(), "sector")

    assert "Проверочная отрасль" in labels
    assert "Сыноо тармагы" not in labels


@pytest.mark.django_db
def test_place_filter_still_finds_stories_in_every_language(client, tree):
    sign_in(client, "ru")
    region = tree[0]

    response = client.get(LISTING, {"place": region.pk})

    assert response.status_code == 200


@pytest.mark.django_db
def test_place_chooser_shows_the_trail_and_the_editors_language(client, tree, locales):
    sign_in(client, "ru")

    html = client.get(PLACE_CHOOSER, {"locale": "ky"}).json()["html"]
    text = re.sub(r"<[^>]+>|\s+", " ", html)

    assert "Жалал-Абад облусу → Ноокен району → Кочкор-Ата" in text
    assert "Джалал-Абадская область → Ноокенский район → Кочкор-Ата" in text
    assert "На вашем языке" in text
    assert "Тандоо" not in text  # the modal's title, in the editor's language too
