import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from .factories import CountryFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def test_place_path_follows_the_parent_chain_and_finds_descendants():
    batken = PlaceFactory(name="Баткен облусу", key="t-batken", kind="region")
    leilek = PlaceFactory(name="Лейлек району", key="leilek", kind="district", parent=batken)
    maksat = PlaceFactory(name="Максат айылы", key="maksat", parent=leilek)
    other = PlaceFactory(name="Нарын облусу", key="t-naryn", kind="region")
    assert maksat.path == "t-batken/leilek/maksat"
    assert set(batken.descendants_and_self()) == {batken, leilek, maksat}
    assert other not in batken.descendants_and_self()

    leilek.key = "leylek"
    leilek.save()
    maksat.refresh_from_db()
    assert maksat.path == "t-batken/leylek/maksat"


def test_place_cannot_be_part_of_itself():
    region = PlaceFactory(key="t-osh")
    district = PlaceFactory(key="t-nookat", parent=region)
    region.parent = district
    with pytest.raises(ValidationError) as error:
        region.full_clean()
    assert "parent" in error.value.message_dict


def test_country_code_is_two_latin_letters():
    country = CountryFactory.build(code="T1")
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            country.full_clean()
        assert error.value.message_dict["code"] == ["Enter two Latin letters, e.g. TR."]
    country.code = "qq"
    country.full_clean()
    assert country.code == "QQ"
