"""Campaign themes with key messages and hashtags, a photo lent under CC BY with its
channel crops, and translations of pages and venues."""

import io

import factory
from factory.django import DjangoModelFactory

import wagtail_factories

from campaigns.enums import Audience, ThemeKind
from campaigns.models import CampaignThemePage, KeyMessage
from media_library.enums import Licence
from media_library.renditions import preset_spec
from social.channels import CROPS
from tests.media_library.sample_images import picture
from tests.stories.factories import ImageFactory


class CampaignThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Тема {n}")
    kind = ThemeKind.TOPIC
    statement = "Ар бир салым адамдардын жашоосун жакшыртат."
    hashtags = "#Мекендеш #InvestInKyrgyzstan"

    class Meta:
        model = CampaignThemePage


class KeyMessageFactory(DjangoModelFactory):
    page = factory.SubFactory(CampaignThemePageFactory)
    audience = Audience.PRIMARY
    message = "Мекендештердин салымы айылдарды өзгөртөт."
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = KeyMessage


def _photo(width: int = 1600, height: int = 1067) -> io.BytesIO:
    buffer = io.BytesIO()
    picture(width, height).save(buffer, "JPEG", quality=85)
    buffer.seek(0)
    return buffer


class CreditedImageFactory(ImageFactory):
    """A landscape photo (3:2, like a camera's) whose licence asks for a credit."""

    file = factory.django.ImageField(filename="мектеп.jpg", from_func=_photo)
    description = "Балдар жаңы мектептин алдында турушат"
    alt_text_ru = "Дети стоят перед новой школой"
    photographer = "Айбек Асанов"
    credit_line = "А. Асанов / IOM Kyrgyzstan"
    licence = Licence.CC_BY


def with_social_crops(image):
    """The image with its JPEG crops made, as the background task makes them on upload."""
    image.get_renditions(*(preset_spec(size, "jpeg") for size in CROPS))
    return image


def translated(page, locale, **fields):
    """A published translation of ``page`` with ``fields`` changed."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


def translated_venue(venue, locale, **fields):
    copy = venue.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.live = True
    copy.save()
    return copy
