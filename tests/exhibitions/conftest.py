import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation

from wagtail.users.models import UserProfile

from cms.editorial import COORDINATING_EDITORS


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user(username="coordinator", password="pw")
    user.groups.add(Group.objects.get(name=COORDINATING_EDITORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
