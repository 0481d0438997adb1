import pytest

from django.core.cache import cache

from stories.models import SuccessStoryPage


@pytest.fixture(autouse=True)
def fresh_api_cache():
    """Cached responses must not leak between tests that change content."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def no_demo_stories(demo_site):
    """The suite's database holds the eight demo stories; the table tests count their own.

    Unpublished inside the test's transaction, so the public sees none of them.
    """
    SuccessStoryPage.objects.update(live=False)
