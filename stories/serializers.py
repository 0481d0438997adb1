"""Taxonomy terms and heroes as Wagtail API v2 nests them in a story.

Without these, v2 shows a foreign key as ``{"id": …, "meta": {…}}`` and a client
needs one more request per place, sector or person (wagtail#2087).
"""

from rest_framework import serializers

from media_library.serializers import ImageSummaryField


class CountrySerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    code = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class PlaceSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    key = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    kind = serializers.CharField(read_only=True)
    path = serializers.CharField(read_only=True)
    latitude = serializers.FloatField(read_only=True)
    longitude = serializers.FloatField(read_only=True)


class SectorSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    key = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class PersonSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    role = serializers.CharField(read_only=True)
    role_label = serializers.CharField(source="get_role_display", read_only=True)
    description = serializers.CharField(read_only=True)
    country_of_residence = CountrySerializer(read_only=True)
    home_place = PlaceSerializer(read_only=True)
    photo = ImageSummaryField()
