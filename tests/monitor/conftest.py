import pytest

from stories.models import SuccessStoryPage


@pytest.fixture
def no_demo_stories(demo_site):
    """The suite's database holds the eight demo stories; the table tests count their own.

    Unpublished inside the test's transaction, so the public sees none of them.
    """
    SuccessStoryPage.objects.update(live=False)
