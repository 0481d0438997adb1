import datetime
from types import SimpleNamespace

import pytest

from campaigns.models import CampaignThemePage
from exhibitions.enums import TourStopStatus
from tests.api.conftest import ky_index, turkey_story  # noqa: F401  (fixtures)
from tests.exhibitions.factories import TourStopFactory, VenueFactory, exhibition

from .factories import CreditedImageFactory, translated, translated_venue, with_social_crops


@pytest.fixture
def central_theme(demo_site):
    return CampaignThemePage.objects.get(locale__language_code="ky", kind="central")


@pytest.fixture
def tour(demo_site, locales):
    """An exhibition in Kyrgyz and Russian with a credited cover, and a stop it held at an
    embassy whose name is translated; no English translation of either."""
    cover = with_social_crops(CreditedImageFactory())
    ky = exhibition(
        demo_site,
        title="Мекендештер: сүрөт көргөзмөсү",
        slug="мекендештер-көргөзмө",
        cover_image=cover,
        introduction="<p>Мекенге жардам берген адамдардын сүрөттөрү.</p>",
    )
    ru = translated(
        ky,
        locales["ru"],
        title="Соотечественники: фотовыставка",
        slug="соотечественники-выставка",
        introduction="<p>Фотографии людей, которые помогли родине.</p>",
    )
    venue = VenueFactory(name="Кыргыз Республикасынын элчилиги", city="Анкара")
    ru_venue = translated_venue(venue, locales["ru"], name="Посольство Кыргызстана")
    stop = TourStopFactory(
        exhibition=ky,
        venue=venue,
        starts_on=datetime.date(2025, 5, 1),
        ends_on=datetime.date(2025, 5, 20),
        status=TourStopStatus.HELD,
        visitors=320,
    )
    return SimpleNamespace(ky=ky, ru=ru, venue=venue, ru_venue=ru_venue, stop=stop, cover=cover)
