import pytest

from wagtail.models import Page

from cms.api.frontend import frontend_path

pytestmark = pytest.mark.django_db


def test_frontend_paths_match_wagtail_routing_for_every_page(demo_site):
    pages = Page.objects.filter(depth__gt=1).select_related("locale")
    assert pages.count() > 40
    for page in pages:
        assert frontend_path(page) == page.get_url_parts()[2], page.url_path


def test_frontend_path_of_a_russian_story_keeps_its_language_prefix(demo_site):
    page = Page.objects.get(
        locale__language_code="ru", slug="15-кислородных-концентраторов-из-турции"
    )
    assert frontend_path(page).startswith("/ru/%D0%B8%D1%81%D1%82%D0%BE%D1%80%D0%B8%D0%B8/")
