"""A Kyrgyz story with a Russian translation, and the people who work on it.

Translators get page rights on the Russian and English roots only, as the README's
rights table says; coordinating editors are the project's own group.
"""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from cms.editorial import COORDINATING_EDITORS
from cms.models import HomePage
from media_library.enums import ReleaseStatus
from stories.models import StoryIndexPage
from tests.stories.factories import ImageFactory, SuccessStoryPageFactory


def _user(username, *groups):
    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.add(*groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def translator(db, demo_site):
    group = Group.objects.create(name="Translators (test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    change_page = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="change_page"
    )
    for root in HomePage.objects.filter(locale__language_code__in=["ru", "en"]):
        GroupPagePermission.objects.create(group=group, page=root, permission=change_page)
    return _user("translator", group)


@pytest.fixture
def editor(db, demo_site):
    return _user("coordinator", Group.objects.get(name=COORDINATING_EDITORS))


@pytest.fixture
def ru(db):
    return Locale.objects.get(language_code="ru")


@pytest.fixture
def photo(db):
    return ImageFactory(title="Айылдагы балдар", release_status=ReleaseStatus.NOT_NEEDED)


@pytest.fixture
def story(demo_site, photo):
    """A live Kyrgyz story with a photo that may be published (for now)."""
    index = StoryIndexPage.objects.get(locale__language_code="ky")
    page = SuccessStoryPageFactory(parent=index, title="Мектеп курулду", hero_image=photo)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def translation(story, ru, editor, django_capture_on_commit_callbacks):
    """The Russian translation, started as wagtail-localize's "Translate" button does."""
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(story, [ru], user=editor)
    return Translation.objects.get(source__object_id=story.translation_key, target_locale=ru)


def translate_all(translation, prefix="RU "):
    """Fills every segment of the translation, as a translator would in the editor."""
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


def target(translation):
    page = translation.get_target_instance()
    page.refresh_from_db()
    return page


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def source_of(page) -> TranslationSource:
    return TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
