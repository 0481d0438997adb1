import os

import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.media_library.conftest import media_storage  # noqa: F401  (fixture)
from tests.media_library.sample_images import photo_bytes
from tests.stories.factories import CountryFactory, PlaceFactory
from tips.models import StoryTip


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def no_demo_tips(db):
    """The suite's database holds the demo's example tips; these tests count their own."""
    StoryTip.objects.all().delete()


@pytest.fixture
def taxonomy(db):
    return {"country": CountryFactory(code="TR"), "place": PlaceFactory(key="tip-village")}


def jpeg(name="photo.jpg", width=640, height=480):
    return SimpleUploadedFile(name, photo_bytes("JPEG", width, height), content_type="image/jpeg")


def tip_data(**overrides):
    data = {
        "name": "Айгүл Асанова",
        "email": "aigul@example.org",
        "phone": "",
        "country": "TR",
        "place": "tip-village",
        "what_happened": "Жердештер айылдагы мектепке жаңы китепкана ачып беришти.",
        "locale": "ky",
        "may_be_named": "true",
        "consent": "true",
        "privacy_notice_version": "2026-1",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post_tip(client, data, **extra):
    return client.post("/api/v1/story-tips", data, **extra)


def stored_files(settings) -> list[str]:
    found = []
    for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT):
        for folder, _dirs, files in os.walk(root):
            found += [os.path.join(folder, name) for name in files]
    return found


def user_in(django_user_model, group_name):
    user = django_user_model.objects.create_user(
        group_name.lower().replace(" ", "-"), email=f"{group_name[:4]}@example.org", password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user
