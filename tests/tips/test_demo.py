"""The demo's example tips are there once, marked, and a second load adds none."""

import io

import pytest

from tips.demo.load import TIPS, load
from tips.models import StoryTip

pytestmark = pytest.mark.django_db(transaction=False)


def test_the_example_tips_load_once(no_demo_tips):
    load(io.StringIO())
    tips = StoryTip.objects.all()
    assert tips.count() == len(TIPS)
    assert all(tip.is_example and "Example" in tip.what_happened for tip in tips)
    assert sum(tip.photos.count() for tip in tips) == 3
    out = io.StringIO()
    load(out)
    assert StoryTip.objects.count() == len(TIPS)
    assert "0 added" in out.getvalue()
