import factory
from factory.django import DjangoModelFactory

import wagtail_factories
from wagtail.models import Locale

from media_library.enums import ReleaseStatus
from stories.enums import PersonRole, PlaceKind
from stories.models import Country, Person, Place, Sector, StoryIndexPage, SuccessStoryPage


class LocaleDefault(factory.LazyFunction):
    def __init__(self):
        super().__init__(Locale.get_default)


class PlaceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Айыл {n}")
    key = factory.Sequence(lambda n: f"place-{n}")
    kind = PlaceKind.VILLAGE
    locale = LocaleDefault()

    class Meta:
        model = Place


class CountryFactory(DjangoModelFactory):
    name = "Түркия"
    code = "TR"
    locale = LocaleDefault()

    class Meta:
        model = Country
        django_get_or_create = ("code", "locale")


class SectorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Тармак {n}")
    key = factory.Sequence(lambda n: f"sector-{n}")
    locale = LocaleDefault()

    class Meta:
        model = Sector


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Асан Үсөнов {n}")
    role = PersonRole.INVESTOR
    locale = LocaleDefault()

    class Meta:
        model = Person


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Сүрөт {n}")
    description = "Тоолордун сүрөтү"
    release_status = ReleaseStatus.NOT_NEEDED


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Окуялар"

    class Meta:
        model = StoryIndexPage


class SuccessStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Окуя {n}")
    standfirst = "Мекендештер айылга жардам беришти."

    class Meta:
        model = SuccessStoryPage
