import factory
from factory.django import DjangoModelFactory

from django.core.files.base import ContentFile
from django.utils import timezone

from tests.media_library.sample_images import photo_bytes
from tips.models import StoryTip, TipPhoto


class StoryTipFactory(DjangoModelFactory):
    language = "ky"
    name = factory.Sequence(lambda n: f"Сендер {n}")
    email = factory.Sequence(lambda n: f"sender{n}@example.org")
    phone = "+996 555 000 000"
    country = "TR"
    what_happened = "Жердештер айылга суу түтүгүн тартып беришти, эми ар бир үйдө суу бар."
    consent_given_at = factory.LazyFunction(timezone.now)
    privacy_notice_version = "2026-1"

    class Meta:
        model = StoryTip


def add_photo(tip) -> TipPhoto:
    row = TipPhoto(tip=tip, original_name="x.jpg", content_type="image/jpeg", size=1, sha256="x")
    row.file.save("x.jpg", ContentFile(photo_bytes("JPEG", 64, 48)), save=False)
    row.save()
    return row
