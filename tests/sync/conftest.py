import pytest

from django.core.cache import cache

from wagtail.models import Locale

from stories.models import StoryIndexPage


@pytest.fixture(autouse=True)
def fresh_api_cache():
    """List answers are cached by content version; tests compare sync with them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ky_index(demo_site):
    return StoryIndexPage.objects.get(locale=Locale.get_default())
