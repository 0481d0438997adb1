import pytest

from wagtail.models import Locale

from stories.models import StoryIndexPage


@pytest.fixture
def ky_index(demo_site):
    return StoryIndexPage.objects.get(locale=Locale.get_default())
