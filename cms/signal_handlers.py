"""Keep the slug a translator chose when wagtail-localize saves a translated page.

wagtail-localize runs the translated slug through ``slugify()`` without
``allow_unicode`` on every sync, which drops ң, ө, ү and all Cyrillic, after which
Wagtail rebuilds the slug from the title. The translator's slug still sits in
translation memory, so after such a save we put it back. A slug an editor typed
on the translated page afterwards is left alone: only the degraded forms are
replaced. Remove this once a wagtail-localize release slugifies translated slugs
with ``allow_unicode`` (1.14.5 does not).
"""

import re

from django.apps import apps
from django.db.models.signals import post_save
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

_NUMBER_SUFFIX = re.compile(r"-\d+$")


def translated_slug(page: Page) -> str | None:
    data = (
        StringTranslation.objects.filter(
            locale_id=page.locale_id,
            context__object_id=page.translation_key,
            context__path="slug",
        )
        .order_by("-updated_at")
        .values_list("data", flat=True)
        .first()
    )
    return slugify(data, allow_unicode=True) if data else None


def is_degraded(slug: str, wanted: str, title: str) -> bool:
    degraded = {slugify(wanted), slugify(title, allow_unicode=True)}
    return slug in degraded or _NUMBER_SUFFIX.sub("", slug) in degraded


def restore_translated_unicode_slug(sender, instance, raw=False, **kwargs):
    if raw or getattr(instance, "_restoring_slug", False):
        return
    if instance.is_root() or instance.alias_of_id:
        return
    wanted = translated_slug(instance)
    if (
        not wanted
        or wanted == instance.slug
        or not is_degraded(instance.slug, wanted, instance.title)
    ):
        return
    instance.slug = find_available_slug(instance.get_parent(), wanted, ignore_page_id=instance.pk)
    instance._restoring_slug = True
    try:
        instance.save(clean=False)
    finally:
        instance._restoring_slug = False


def register_signal_handlers() -> None:
    """Connected per page model: other saves never pay for the translation-memory read."""
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page:
            post_save.connect(
                restore_translated_unicode_slug,
                sender=model,
                dispatch_uid=f"unicode-slug-{model._meta.label_lower}",
            )
