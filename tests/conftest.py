import io

import pytest

from django.core.cache import cache
from django.core.management import call_command

from wagtail.models import Locale, Site

from cms.api import memo


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content is loaded once for the whole run; each test rolls back its changes."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def forget_api_memo():
    """Each test starts without the lookups and answers an earlier one remembered: tests
    roll back their writes, and some write without the signals that replace the version.
    The cache also holds the rate limits' counters, which must not carry over."""
    memo.forget()
    cache.clear()
    yield
    memo.forget()
    cache.clear()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def demo_site(db):
    """The Kyrgyz home page, root of the demo site."""
    return Site.objects.get(is_default_site=True).root_page.specific
