"""Outdated translations: the source was published again after the translation was.

When a source page is published and its strings changed, its translations are synced
as drafts for the translators (never published: ``publishing.save_draft``) and the
change is recorded, so the editor can show old and new source text segment by segment.
"""

import logging
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail_localize.models import TranslationSource

from .models import SourceChange
from .publishing import save_draft

logger = logging.getLogger(__name__)


def source_strings(source) -> dict[str, str]:
    return dict(
        source.stringsegment_set.order_by("order").values_list("context__path", "string__data")
    )


def sync_translations_of(instance, user=None):
    """Brings the enabled translations of ``instance`` up to date, as drafts."""
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return None
    translations = list(source.translations.filter(enabled=True).select_related("target_locale"))
    if not translations:
        return None
    with transaction.atomic():
        change = update_source(source)
        if change is None:
            return None
        for translation in translations:
            try:
                with transaction.atomic():
                    save_draft(translation, user)
            except ValidationError:
                # The translator sees the same error when saving in the editor; the
                # source's publication must not fail because a translation is invalid.
                logger.warning("Translation %s could not be synced", translation.pk, exc_info=True)
    return change


def update_source(source):
    """Re-reads the source object into ``source``; records and returns what changed."""
    before = source_strings(source)
    source.update_from_db()
    after = source_strings(source)
    if before == after:
        return None
    return SourceChange.objects.create(source=source, before=before, after=after)


@dataclass
class SegmentChange:
    path: str
    old: str
    new: str

    @property
    def marked(self) -> tuple[str, str]:
        """Old and new text as HTML, the words that differ in ``<del>`` and ``<ins>``."""
        old_words, new_words = self.old.split(), self.new.split()
        old_html, new_html = [], []
        matcher = SequenceMatcher(a=old_words, b=new_words, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            old_part = escape(" ".join(old_words[a1:a2]))
            new_part = escape(" ".join(new_words[b1:b2]))
            if op == "equal":
                old_html.append(old_part)
                new_html.append(new_part)
                continue
            if old_part:
                old_html.append(f"<del>{old_part}</del>")
            if new_part:
                new_html.append(f"<ins>{new_part}</ins>")
        return mark_safe(" ".join(old_html)), mark_safe(" ".join(new_html))  # noqa: S308

    @property
    def kind(self):
        if not self.old:
            return _("added")
        if not self.new:
            return _("removed")
        return _("changed")


def changes_since(source, since) -> list[SegmentChange]:
    """The source strings that differ now from what they were at ``since``."""
    changes = list(SourceChange.objects.filter(source=source, changed_at__gt=since))
    if not changes:
        return []
    old = {}
    for change in changes:
        for path, text in change.before.items():
            old.setdefault(path, text)
        for path in change.after:
            old.setdefault(path, "")
    new = changes[-1].after
    paths = list(new) + [path for path in old if path not in new]
    return [
        SegmentChange(path, old.get(path, ""), new.get(path, ""))
        for path in paths
        if old.get(path, "") != new.get(path, "")
    ]
