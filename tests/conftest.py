import pytest

from django.core.management import call_command

from wagtail.models import Locale


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def demo_site(db, django_capture_on_commit_callbacks):
    """The demo site tree, translations published as after a real commit."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
