"""Taxonomy terms and heroes as Wagtail API v2 nests them in a story.

Without these, v2 shows a foreign key as ``{"id": …, "meta": {…}}`` and a client
needs one more request per place, sector or person (wagtail#2087).
"""

from rest_framework import serializers

from django.db.models import Prefetch

from media_library.public import public_images
from media_library.renditions import prefetch_preset_renditions, preset_spec
from media_library.serializers import ImageSummaryField


class PublishedOnly(serializers.Serializer):
    """A reviewed snippet that is not published (never, or no longer) shows as null."""

    def to_representation(self, instance):
        if not getattr(instance, "live", True):
            return None
        return super().to_representation(instance)


class CountrySerializer(PublishedOnly):
    id = serializers.IntegerField(read_only=True)
    code = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class PlaceSerializer(PublishedOnly):
    id = serializers.IntegerField(read_only=True)
    key = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    kind = serializers.CharField(read_only=True)
    path = serializers.CharField(read_only=True)
    latitude = serializers.FloatField(read_only=True)
    longitude = serializers.FloatField(read_only=True)


class SectorSerializer(PublishedOnly):
    id = serializers.IntegerField(read_only=True)
    key = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class PersonSerializer(PublishedOnly):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    role = serializers.CharField(read_only=True)
    role_label = serializers.CharField(source="get_role_display", read_only=True)
    description = serializers.CharField(read_only=True)
    country_of_residence = CountrySerializer(read_only=True)
    home_place = PlaceSerializer(read_only=True)
    photo = ImageSummaryField()


def _card_images():
    return prefetch_preset_renditions(public_images(), preset_spec("card"))


def v2_prefetch() -> list:
    """What a story's nested v2 fields read (``cms.api.v2.register_prefetch``); built
    per request, since which photos are public changes. Links to unpublished heroes,
    places and sectors are left out."""
    from stories.models import StoryHero, StoryPlace, StorySector

    return [
        Prefetch("hero_image", queryset=_card_images()),
        Prefetch("hero_links", queryset=StoryHero.objects.filter(person__live=True)),
        "hero_links__person__country_of_residence",
        "hero_links__person__home_place",
        Prefetch("hero_links__person__photo", queryset=_card_images()),
        Prefetch("place_links", queryset=StoryPlace.objects.filter(place__live=True)),
        "place_links__place",
        Prefetch("sector_links", queryset=StorySector.objects.filter(sector__live=True)),
        "sector_links__sector",
        "theme_links__theme",
        "contributions",
        "sdgs",
    ]
