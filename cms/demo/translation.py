"""Demo translations go through wagtail-localize exactly as a translator's would.

Each string segment of the Kyrgyz source gets its translation from a
translation memory (``{Kyrgyz text: translated text}``), then wagtail-localize
builds the translated object. Translators therefore find the demo content in
the translation editor like any other, and a missing string fails loudly.
"""

from collections.abc import Mapping

from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

# The demo's source language is Kyrgyz; these are the languages it is translated into.
TARGET_LANGUAGES = ("ru", "en")


def memory_for(language: str, *texts: dict | None) -> dict[str, str]:
    """A translation memory from the demo data's ``{"ky": …, "ru": …, "en": …}`` texts."""
    return {text["ky"]: text[language] for text in texts if text}


class MissingDemoTranslation(Exception):
    pass


def paragraphs(*texts: str) -> str:
    """Rich text from paragraphs; each paragraph is one translation segment."""
    return "".join(f"<p>{text}</p>" for text in texts)


def _translated(segment, memory, language_code, instance) -> str:
    """Segments are stored as HTML; plain-text ones are also looked up by their text."""
    data = segment.string.data
    if data in memory:
        return memory[data]
    text = StringValue(data).render_text()
    if text in memory:
        return StringValue.from_plaintext(memory[text]).data
    raise MissingDemoTranslation(
        f"No {language_code} translation of {text!r} ({segment.context.path} of {instance!r})."
    )


@transaction.atomic
def translate(instance, language_code: str, memory: Mapping[str, str], *, publish=True):
    """Create or update the translation of ``instance`` and return it."""
    locale = Locale.objects.get(language_code=language_code)
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": _translated(segment, memory, language_code, instance)},
        )
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # wagtail-localize publishes pages when the transaction commits; a loader running in
    # one transaction would then publish stale copies, so pages are published here.
    is_page = isinstance(instance, Page)
    translation.save_target(publish=not is_page)
    translated = instance.get_translation(locale)
    if is_page and publish:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
