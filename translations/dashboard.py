"""The translation dashboard: every source page × every target language, with its state.

Page types are not listed by name: every page in the source locale below the language
roots appears, so a new translatable page type (contests, exhibitions) shows up without
changes here. States are computed from a fixed number of queries whatever the number of
pages (asserted in the tests).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from .models import SourceChange

MISSING = "missing"
IN_PROGRESS = "in_progress"
SUBMITTED = "submitted"
PUBLISHED = "published"
OUTDATED = "outdated"

STATES = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    SUBMITTED: _("Submitted for review"),
    PUBLISHED: _("Published"),
    OUTDATED: _("Outdated"),
}

# Below the site root (depth 1) and each language's home page (depth 2).
CONTENT_DEPTH = 3


@dataclass
class Row:
    source: Page
    section: str
    locale: Locale
    state: str
    target_id: int | None = None
    percent: int | None = None
    outdated_since: datetime | None = None

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def action_url(self):
        if self.state == MISSING:
            url = reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])
            return f"{url}?select_locale={self.locale.language_code}"
        return reverse("wagtailadmin_pages:edit", args=[self.target_id])

    @property
    def action_label(self):
        if self.state == MISSING:
            return _("Start translation")
        if self.state == OUTDATED:
            return _("Update translation")
        if self.state == PUBLISHED:
            return _("Open translation")
        return _("Continue translation")


def sections():
    """Page types that have pages in the source locale, for the section filter."""
    ids = (
        Page.objects.filter(locale=Locale.get_default(), depth__gte=CONTENT_DEPTH)
        .values_list("content_type_id", flat=True)
        .distinct()
    )
    return sorted(
        ContentType.objects.filter(pk__in=set(ids)),
        key=lambda content_type: str(content_type.model_class()._meta.verbose_name_plural),
    )


def build_rows(*, state=None, language=None, section=None) -> list[Row]:
    source_locale = Locale.get_default()
    locales = list(Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"))
    if language:
        locales = [locale for locale in locales if locale.language_code == language]
    sources = Page.objects.filter(
        locale=source_locale, depth__gte=CONTENT_DEPTH, alias_of__isnull=True
    ).order_by("path")
    if section:
        sources = sources.filter(content_type_id=section)
    sources = list(sources.only("id", "title", "translation_key", "content_type_id", "path"))
    if not sources or not locales:
        return []

    keys = [page.translation_key for page in sources]
    targets = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=keys, locale__in=locales, alias_of__isnull=True
        ).only("id", "translation_key", "locale_id", "live", "last_published_at")
    }
    reviews = _in_review({page.pk for page in targets.values()})
    source_ids = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values_list(
            "object_id", "pk"
        )
    )
    totals, translated = _segment_counts(list(source_ids.values()), locales)
    changes = defaultdict(list)
    for source_id, changed_at in SourceChange.objects.filter(
        source_id__in=source_ids.values()
    ).values_list("source_id", "changed_at"):
        changes[source_id].append(changed_at)
    section_names = {
        content_type.pk: capfirst(content_type.model_class()._meta.verbose_name_plural)
        for content_type in ContentType.objects.filter(
            pk__in={page.content_type_id for page in sources}
        )
    }

    rows = []
    for page in sources:
        source_id = source_ids.get(page.translation_key)
        for locale in locales:
            row = Row(page, section_names.get(page.content_type_id, ""), locale, MISSING)
            target = targets.get((page.translation_key, locale.pk))
            if target is not None:
                row.target_id = target.pk
                total = totals.get(source_id, 0)
                done = translated.get((source_id, locale.pk), 0)
                row.percent = round(100 * done / total) if total else 100
                row.state = _state(target, reviews, changes.get(source_id, []), row)
            if state is None or row.state == state:
                rows.append(row)
    return rows


def _state(target, reviews, change_dates, row):
    if target.pk in reviews:
        return SUBMITTED
    if not target.live:
        return IN_PROGRESS
    later = [date for date in change_dates if date > target.last_published_at]
    if later:
        row.outdated_since = min(later)
        return OUTDATED
    return PUBLISHED


def _in_review(page_ids):
    if not page_ids:
        return set()
    object_ids = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).values_list("object_id", flat=True)
    return {int(object_id) for object_id in object_ids}


def _segment_counts(source_ids, locales):
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    translated = {}
    for locale in locales:
        counts = (
            StringSegment.objects.filter(source_id__in=source_ids)
            .filter(
                Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale_id=locale.pk,
                        has_error=False,
                    )
                )
            )
            .values("source_id")
            .annotate(n=Count("pk"))
            .values_list("source_id", "n")
        )
        translated.update({(source_id, locale.pk): n for source_id, n in counts})
    return totals, translated


def to_do_count(rows) -> int:
    """What the translators' home panel counts: translations missing or outdated."""
    return sum(1 for row in rows if row.state in (MISSING, OUTDATED))
