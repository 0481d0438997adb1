import pytest

from django.core.cache import cache

from campaigns.models import CampaignThemePage
from tests.api.conftest import ky_index, turkey_story  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def fresh_api_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def central_theme(demo_site):
    return CampaignThemePage.objects.get(locale__language_code="ky", kind="central")
