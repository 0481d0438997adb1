"""Editors manage venues and tour stops as reviewed snippets; exhibitions live under the
home page of each language, sections under their exhibition."""

import uuid

import pytest

from django.urls import reverse

from wagtail.models import Locale

from cms.models import HomePage
from exhibitions.models import ExhibitionPage, ExhibitionSection, TourStop, Venue
from stories.models import StoryIndexPage

from .factories import TourStopFactory

pytestmark = pytest.mark.django_db


def test_where_exhibition_pages_may_be_created(demo_site):
    show = ExhibitionPage.objects.filter(locale=Locale.get_default()).first()

    assert ExhibitionPage.can_create_at(demo_site)
    assert ExhibitionSection.can_create_at(show)
    assert not ExhibitionSection.can_create_at(demo_site)
    assert not ExhibitionPage.can_create_at(StoryIndexPage.objects.first())
    assert isinstance(show.get_parent().specific, HomePage)


@pytest.mark.parametrize("model", [Venue, TourStop])
def test_listings_open_for_coordinators(client, editor, model):
    client.force_login(editor)
    url = reverse(f"wagtailsnippets_exhibitions_{model._meta.model_name}:list")

    response = client.get(url)

    assert response.status_code == 200
    assert model.objects.count() > 0


def test_a_tour_stop_opens_in_the_editor(client, editor):
    client.force_login(editor)
    stop = TourStop.objects.filter(status="held").first()

    response = client.get(reverse("wagtailsnippets_exhibitions_tourstop:edit", args=(stop.pk,)))

    assert response.status_code == 200
    assert stop.venue.name in response.content.decode()


def test_a_tour_stop_publishes_through_the_edit_form_and_refuses_bad_visitors(client, editor):
    client.force_login(editor)
    show = ExhibitionPage.objects.filter(locale=Locale.get_default()).first()
    stop = TourStopFactory(exhibition=show, live=False)
    url = reverse("wagtailsnippets_exhibitions_tourstop:edit", args=(stop.pk,))
    data = {
        "exhibition": show.pk,
        "venue": stop.venue.pk,
        "starts_on": "2025-05-01",
        "ends_on": "2025-05-20",
        "status": "planned",
        "visitors": "40",
        "opening_photos-count": "0",
        "action-publish": "1",
    }

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Visitors are counted only for a stop that was held." in response.content.decode()
    response = client.post(url, {**data, "status": "held"})
    assert response.status_code == 302
    stop.refresh_from_db()
    assert stop.live
    assert stop.visitors == 40


def test_a_scanned_venue_cannot_be_deleted_and_says_why(client, editor):
    from exhibitions.links import ensure_short_link
    from exhibitions.models import ScanCount
    from exhibitions.scans import count_scan

    from .factories import VenueFactory

    venue = VenueFactory()
    count_scan(ensure_short_link(uuid.uuid4()), venue)
    client.force_login(editor)
    url = reverse("wagtailsnippets_exhibitions_venue:delete", args=(venue.pk,))

    assert client.get(url).status_code == 200
    response = client.post(url)

    assert response.status_code in {200, 302, 403}
    assert Venue.objects.filter(pk=venue.pk).exists()
    assert ScanCount.objects.filter(venue=venue).exists()
