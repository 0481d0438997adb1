"""Demo translations go through wagtail-localize exactly as a translator's would.

Each string segment of the Kyrgyz source gets its translation from a
translation memory (``{Kyrgyz text: translated text}``), then wagtail-localize
builds the translated object. Translators therefore find the demo content in
the translation editor like any other, and a missing string fails loudly.
"""

from collections.abc import Mapping

from django.db import transaction

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingDemoTranslation(Exception):
    pass


def paragraphs(*texts: str) -> str:
    """Rich text from paragraphs; each paragraph is one translation segment."""
    return "".join(f"<p>{text}</p>" for text in texts)


@transaction.atomic
def translate(instance, language_code: str, memory: Mapping[str, str], *, publish=True):
    """Create or update the translation of ``instance`` and return it."""
    locale = Locale.objects.get(language_code=language_code)
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        if text not in memory:
            raise MissingDemoTranslation(
                f"No {language_code} translation of {text!r} "
                f"({segment.context.path} of {instance!r})."
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": memory[text], "translation_type": "manual"},
        )
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=publish)
    return instance.get_translation(locale)
