"""Campaign themes with key messages and hashtags, and a photo lent under CC BY."""

import io

import factory
from factory.django import DjangoModelFactory

import wagtail_factories

from campaigns.enums import Audience, ThemeKind
from campaigns.models import CampaignThemePage, KeyMessage
from media_library.enums import Licence
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
