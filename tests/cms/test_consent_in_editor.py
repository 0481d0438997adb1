"""The consent refusal in the page editor: on the field that holds the photo, worded for
its state, with a link for those who can fix it and a name for those who cannot."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import override

from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from cms.editorial import CONTENT_MANAGERS, COORDINATING_EDITORS
from cms.publication import refusals, refusals_by_image
from media_library.enums import ReleaseStatus
from stories.models import StoryIndexPage, SuccessStoryPage
from tests.stories.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(demo_site):
    return StoryIndexPage.objects.get(locale__language_code="ky")


def login(client, group_name):
    user = get_user_model().objects.create_user(
        group_name.lower().replace(" ", "-"), password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def library_photo(**fields):
    """A photo in the library's root collection, where the editorial groups' rights are set."""
    return ImageFactory(collection=Collection.get_first_root_node(), **fields)


def image_block(photo):
    return ("image", {"image": photo.pk, "caption": "", "alt_text": ""})


def gallery_block(*photos):
    items = {
        "count": len(photos),
        **{
            str(number): {
                "value": {"image": photo.pk, "caption": "", "alt_text": ""},
                "deleted": "",
                "order": str(number),
                "id": f"item-{number}",
            }
            for number, photo in enumerate(photos)
        },
    }
    return ("gallery", {"title": "", "images": items})


def story_form(hero=None, body=(), **actions):
    return nested_form_data(
        {
            "title": "Жаңы окуя",
            "slug": "жаңы-окуя",
            "standfirst": "Мекендештер айылга мектеп курушту.",
            "story_date": "2024-05-01",
            "hero_image": hero.pk if hero else "",
            "body": streamfield(list(body)),
            "sources": streamfield([]),
            "social_texts": streamfield([]),
            "hero_links": inline_formset([]),
            "place_links": inline_formset([]),
            "sector_links": inline_formset([]),
            "theme_links": inline_formset([]),
            "contributions": inline_formset([]),
            "sdgs": inline_formset([]),
            "comments": inline_formset([]),
            **actions,
        }
    )


def submit(client, index, **form):
    url = reverse("wagtailadmin_pages:add", args=("stories", "successstorypage", index.pk))
    response = client.post(url, story_form(**form))
    assert response.status_code == 200, "the refusal keeps the editor on the form"
    assert not SuccessStoryPage.objects.filter(slug="жаңы-окуя").exists()
    return response


def test_refused_hero_photo_is_refused_on_its_field_with_whom_to_ask(client, index):
    login(client, CONTENT_MANAGERS)
    photo = library_photo(title="Тойдо", release_status=ReleaseStatus.REFUSED)
    response = submit(client, index, hero=photo, **{"action-submit": "1"})
    form = response.context["form"]
    assert not form.non_field_errors()
    (message,) = form.errors["hero_image"]
    assert "The people in the photo “Тойдо” refused its publication" in message
    assert "Only photographers and coordinating editors can change this photo's release" in (
        message
    )
    assert reverse("wagtailimages:edit", args=(photo.pk,)) not in message


def test_an_editor_who_can_fix_it_gets_a_link_to_the_photo(client, index):
    login(client, COORDINATING_EDITORS)
    photo = library_photo(title="Базарда", release_status=ReleaseStatus.PENDING)
    response = submit(client, index, hero=photo, **{"action-publish": "1"})
    (message,) = response.context["form"].errors["hero_image"]
    assert "shows people without a recorded release" in message
    link = reverse("wagtailimages:edit", args=(photo.pk,))
    assert f'<a href="{link}"' in message
    html = response.content.decode()
    assert f'<a href="{link}" target="_blank"' in html, "the link is rendered as a link"


def test_photos_in_the_body_are_refused_on_their_block(client, index):
    login(client, COORDINATING_EDITORS)
    fine = library_photo(title="Тоолор", release_status=ReleaseStatus.NOT_NEEDED)
    children = library_photo(
        title="Балдар", release_status=ReleaseStatus.PENDING, minors_present=True
    )
    undescribed = library_photo(title="Жаңы сүрөт", release_status=ReleaseStatus.UNDESCRIBED)
    body = [image_block(fine), image_block(children), gallery_block(fine, undescribed)]
    response = submit(client, index, body=body, **{"action-publish": "1"})
    form = response.context["form"]
    assert not form.non_field_errors()
    assert "hero_image" not in form.errors
    stream_error = form.errors.as_data()["body"][0]
    assert set(stream_error.block_errors) == {1, 2}
    (children_message,) = stream_error.block_errors[1].block_errors["image"].messages
    assert "shows children without their guardian's recorded release" in children_message
    assert reverse("wagtailimages:edit", args=(children.pk,)) in children_message
    gallery_error = stream_error.block_errors[2].block_errors["images"]
    assert set(gallery_error.block_errors) == {1}
    (undescribed_message,) = gallery_error.block_errors[1].block_errors["image"].messages
    assert "Nobody has described yet whether the photo “Жаңы сүрөт” shows people" in (
        undescribed_message
    )
    html = response.content.decode()
    assert "Validation error in StreamBlock" not in html


def test_the_rule_itself_is_unchanged(index):
    """``refusals`` and ``refusals_by_image`` say the same, for every publish path."""
    refused = library_photo(release_status=ReleaseStatus.REFUSED)
    fine = library_photo(release_status=ReleaseStatus.OBTAINED)
    page = SuccessStoryPage(title="x", slug="x", hero_image=refused)
    with override("en"):
        assert refusals(page) == list(refusals_by_image(page).values())
        assert list(refusals_by_image(page)) == [refused.pk]
    page.hero_image = fine
    assert refusals_by_image(page) == {}


def test_drafts_are_saved_whatever_the_photo(client, index):
    login(client, CONTENT_MANAGERS)
    photo = library_photo(release_status=ReleaseStatus.REFUSED)
    url = reverse("wagtailadmin_pages:add", args=("stories", "successstorypage", index.pk))
    response = client.post(url, story_form(hero=photo, body=[image_block(photo)]))
    assert response.status_code == 302
    assert SuccessStoryPage.objects.filter(slug="жаңы-окуя", live=False).exists()


def test_the_editor_loads_the_consent_styles_and_links(client, index):
    """The refusal's link in body blocks and the hidden "Saved" tick come from these files."""
    login(client, COORDINATING_EDITORS)
    photo = library_photo(release_status=ReleaseStatus.REFUSED)
    html = submit(client, index, body=[image_block(photo)], **{"action-publish": "1"}).content
    html = html.decode()
    assert "media_library/css/consent.css" in html
    assert "media_library/js/consent-links.js" in html
