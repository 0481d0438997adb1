"""Closed tips lose their contacts after the retention period; the counts stay."""

import datetime
import io

import pytest

from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import ModelLogEntry

from tips.enums import TipState
from tips.models import StoryTip

from .factories import StoryTipFactory, add_photo

pytestmark = pytest.mark.django_db


def closed(state, days_ago):
    return StoryTipFactory(
        state=state, closed_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


def run(**options) -> str:
    out = io.StringIO()
    call_command("anonymise_story_tips", stdout=out, **options)
    return out.getvalue()


def test_contacts_of_tips_closed_long_ago_are_cleared_once(settings):
    settings.STORY_TIP_ANONYMISE_AFTER_DAYS = 30
    old_declined = closed(TipState.DECLINED, 31)
    old_story = closed(TipState.STORY, 40)
    recent = closed(TipState.DECLINED, 5)
    open_tip = StoryTipFactory(state=TipState.CONTACTED)
    assert "Anonymised 2 story tips." in run()
    for tip in (old_declined, old_story):
        tip.refresh_from_db()
        assert (tip.name, tip.email, tip.phone) == ("—", "", "")
        assert tip.anonymised_at is not None
        assert tip.country == "TR"
        assert tip.what_happened
        assert ModelLogEntry.objects.for_instance(tip).filter(action="tips.anonymise").count() == 1
    for tip in (recent, open_tip):
        assert StoryTip.objects.get(pk=tip.pk).email == tip.email
    assert "Anonymised 0 story tips." in run()
    assert ModelLogEntry.objects.filter(action="tips.anonymise").count() == 2


def test_days_can_be_given_on_the_command_line():
    tip = closed(TipState.DECLINED, 5)
    run(days=10)
    assert StoryTip.objects.get(pk=tip.pk).anonymised_at is None
    run(days=3)
    assert StoryTip.objects.get(pk=tip.pk).anonymised_at is not None


def test_deleting_a_tip_removes_its_photo_files(django_capture_on_commit_callbacks):
    tip = StoryTipFactory()
    name = add_photo(tip).file.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        tip.delete()
    assert not default_storage.exists(name)
