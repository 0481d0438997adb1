import datetime

import factory
from factory.django import DjangoModelFactory

from exhibitions.enums import TourStopStatus, VenueKind
from exhibitions.models import Exhibit, ExhibitionPage, ExhibitionSection, TourStop, Venue
from tests.stories.factories import CountryFactory, ImageFactory, LocaleDefault


def exhibition(home, *, title="Мекендештер", slug="мекендештер", live=True, **fields):
    """An exhibition page under ``home``, published (or a draft)."""
    page = ExhibitionPage(title=title, slug=slug, year=2025, live=live, **fields)
    home.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return ExhibitionPage.objects.get(pk=page.pk)


def section(parent, exhibits=(), *, title="Бөлүм", slug="бөлүм", live=True):
    """A section with exhibits given as dicts of field values (``image`` made if absent)."""
    page = ExhibitionSection(title=title, slug=slug, live=live)
    for number, fields in enumerate(exhibits):
        fields = {"title": f"Сүрөт {number}", **fields}
        fields.setdefault("image", ImageFactory())
        page.exhibits.add(Exhibit(sort_order=number, **fields))
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return ExhibitionSection.objects.get(pk=page.pk)


class VenueFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"venue{n}")
    kind = VenueKind.EMBASSY
    name = factory.Sequence(lambda n: f"Элчилик {n}")
    city = "Анкара"
    country = factory.SubFactory(CountryFactory)
    locale = LocaleDefault()
    live = True

    class Meta:
        model = Venue


class TourStopFactory(DjangoModelFactory):
    venue = factory.SubFactory(VenueFactory)
    starts_on = datetime.date(2025, 5, 1)
    ends_on = datetime.date(2025, 5, 20)
    status = TourStopStatus.PLANNED
    live = True

    class Meta:
        model = TourStop
