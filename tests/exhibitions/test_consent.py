"""A photo of people without a recorded release cannot be in a published exhibition.

The sections that hold the exhibits, the exhibition's cover and the tour stops' opening
photos obey ``cms.publication`` on every path: the model, the edit form (the refusal
on the exhibit's photo), bulk publishing, revisions and ``publish_scheduled``.
"""

import io

import pytest

from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.publication import PublicationRefused
from exhibitions.enums import TourStopStatus
from exhibitions.models import ExhibitionSection, TourStop
from media_library.enums import ReleaseStatus
from tests.stories.factories import ImageFactory

from .factories import TourStopFactory, exhibition, section

pytestmark = pytest.mark.django_db

RULE = "so the page cannot be published"
UNRELEASED = [
    pytest.param({"release_status": ReleaseStatus.PENDING}, id="release-pending"),
    pytest.param(
        {"release_status": ReleaseStatus.NOT_NEEDED, "minors_present": True}, id="minors"
    ),
]


def record_release(photo):
    photo.release_status = ReleaseStatus.OBTAINED
    photo.release_reference = "KF-2025-007"
    photo.save()


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def show(demo_site):
    return exhibition(demo_site)


@pytest.mark.parametrize("unreleased", UNRELEASED)
def test_a_section_showing_an_unreleased_photo_is_not_published(show, unreleased):
    photo = ImageFactory(**unreleased)
    page = section(show, [{}, {"image": photo}], live=False)

    with pytest.raises(PublicationRefused) as refused:
        page.get_latest_revision().publish()

    assert RULE in refused.value.messages[0]
    assert photo.title in refused.value.messages[0]
    assert not is_live(page)
    record_release(photo)
    page.get_latest_revision().publish()
    assert is_live(page)


def test_the_exhibition_cover_obeys_the_rule(demo_site):
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    page = exhibition(demo_site, cover_image=photo, live=False)
    with pytest.raises(PublicationRefused):
        page.get_latest_revision().publish()
    record_release(photo)
    page.get_latest_revision().publish()
    assert is_live(page)


def section_form(page, exhibits, **actions):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": rich_text(""),
            "exhibits": inline_formset(
                [
                    {
                        "id": exhibit.pk if exhibit.pk else "",
                        "image": exhibit.image_id,
                        "title": exhibit.title,
                        "caption": "",
                        "people": streamfield([]),
                        "place": "",
                        "year": "",
                        "story": "",
                        "audio_document": "",
                        "audio_url": "",
                        "video_url": "",
                    }
                    for exhibit in exhibits
                ],
                initial=len(exhibits),
            ),
            "comments": inline_formset([]),
            **actions,
        }
    )


@pytest.mark.parametrize("unreleased", UNRELEASED)
def test_the_edit_form_puts_the_refusal_on_the_exhibit(client, show, editor, unreleased):
    photo = ImageFactory(**unreleased)
    page = section(show, [{}, {"image": photo}], live=False)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = section_form(page, list(page.exhibits.all()), **{"action-publish": "1"})

    response = client.post(url, data)

    assert response.status_code == 200
    formset = response.context["form"].formsets["exhibits"]
    assert formset.forms[0].errors == {}
    assert RULE in str(formset.forms[1].errors["image"])
    assert not is_live(page)

    record_release(photo)
    response = client.post(url, data)
    assert response.status_code == 302
    assert is_live(page)


def test_the_edit_form_judges_the_exhibits_as_edited_not_as_stored(client, show, editor):
    """Replacing the unreleased photo in the form publishes; adding one is refused."""
    unreleased = ImageFactory(release_status=ReleaseStatus.PENDING)
    page = section(show, [{"image": unreleased}], live=False)
    exhibit = page.exhibits.get()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    exhibit.image = ImageFactory()

    response = client.post(url, section_form(page, [exhibit], **{"action-publish": "1"}))

    assert response.status_code == 302
    assert is_live(page)
    exhibit.image = unreleased
    response = client.post(url, section_form(page, [exhibit], **{"action-publish": "1"}))
    assert response.status_code == 200
    assert RULE in response.content.decode()


def test_a_draft_may_hold_an_unreleased_photo(client, show, editor):
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    page = section(show, [{"image": photo}], live=False)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))

    response = client.post(url, section_form(page, list(page.exhibits.all())))

    assert response.status_code == 302
    assert not is_live(page)


def bulk_publish(client, pages, *, include_descendants=False):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    query = "&".join(f"id={page.pk}" for page in pages)
    data = {"include_descendants": "on"} if include_descendants else {}
    return client.post(f"{url}?{query}&next=/admin/", data)


def test_bulk_publishing_the_exhibition_with_its_sections(client, demo_site, editor):
    show = exhibition(demo_site, live=False)
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    fine = section(show, [{}], slug="fine", live=False)
    held = section(show, [{"image": photo}], slug="held", live=False)
    client.force_login(editor)

    response = bulk_publish(client, [show], include_descendants=True)

    assert response.status_code == 302
    assert any(RULE in message for message in messages_of(response))
    assert not is_live(held)
    record_release(photo)
    bulk_publish(client, [show], include_descendants=True)
    assert is_live(show)
    assert is_live(fine)
    assert is_live(held)


def test_publishing_an_older_revision_is_refused(show, editor):
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    page = section(show, [{"image": photo}], live=False)
    old = page.get_latest_revision()
    exhibit = page.exhibits.get()
    exhibit.image = ImageFactory()
    page.exhibits = [exhibit]
    page.save_revision().publish()
    assert is_live(page)

    with pytest.raises(PublicationRefused):
        old.publish(user=editor)
    assert ExhibitionSection.objects.get(pk=page.pk).exhibits.get().image_id != photo.pk


def test_publish_scheduled_keeps_a_refused_section_offline(show):
    photo = ImageFactory()
    page = section(show, [{"image": photo}], live=False)
    page.go_live_at = timezone.now() + timezone.timedelta(minutes=5)
    revision = page.save_revision()
    revision.publish()
    past = timezone.now() - timezone.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    photo.release_status = ReleaseStatus.PENDING
    photo.save()
    stderr = io.StringIO()

    call_command("publish_scheduled", stdout=io.StringIO(), stderr=stderr)

    assert not is_live(page)
    assert RULE in stderr.getvalue()
    record_release(photo)
    call_command("publish_scheduled", stdout=io.StringIO(), stderr=io.StringIO())
    assert is_live(page)


def test_tour_stop_opening_photos_obey_the_rule(show):
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    stop = TourStopFactory(
        exhibition=show,
        status=TourStopStatus.HELD,
        visitors=300,
        opening_photos=[{"type": "photo", "value": photo.pk}],
    )
    revision = stop.save_revision()

    with pytest.raises(PublicationRefused):
        revision.publish()
    assert TourStop.objects.get(pk=stop.pk).live_revision_id != revision.pk
    record_release(photo)
    revision.publish()
    assert TourStop.objects.get(pk=stop.pk).live_revision_id == revision.pk
