import pytest

from wagtail.models import Locale

from stories.models import StoryIndexPage, SuccessStoryPage


@pytest.fixture
def ky_index(demo_site):
    return StoryIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def turkey_story(demo_site):
    return SuccessStoryPage.objects.get(locale__language_code="ky", slug__startswith="түркиядан")


def get_json(client, url, **extra):
    response = client.get(url, **extra)
    return response, (response.json() if response.content else None)
