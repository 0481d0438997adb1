"""Store an entry and all its files together, or nothing at all.

Everything that can be refused is refused before this runs (``validation.py``). The
entry row and its file rows are written in one transaction; each file is written to
storage as its row is made, and if anything fails the files already written are
deleted and the transaction rolls back (``media_library.uploads.files_or_nothing``), so
no row and no file are left behind.
"""

from django.utils import timezone

from wagtail.models import Locale

from media_library.uploads import files_or_nothing

from .enums import EntryState
from .models import Entry, EntryFile
from .validation import CleanEntry


def source_edition(edition):
    """The edition in the source language: every translation's entries go to one list."""
    return (
        type(edition)
        .objects.filter(translation_key=edition.translation_key, locale=Locale.get_default())
        .first()
        or edition
    )


def is_duplicate(edition, email: str, title: str) -> bool:
    return (
        Entry.objects.filter(edition=edition, email__iexact=email, title__iexact=title)
        .exclude(state=EntryState.WITHDRAWN)
        .exists()
    )


def store(edition, language: str, clean: CleanEntry) -> Entry:
    edition = source_edition(edition)
    common = clean.common
    duplicate = is_duplicate(edition, common["email"], common["title"])
    with files_or_nothing() as written:
        entry = Entry.objects.create(
            edition=edition,
            language=language,
            medium=clean.answers.get("medium", ""),
            answers=clean.answers,
            consent_given_at=timezone.now(),
            privacy_notice_version=edition.privacy_notice_version,
            is_duplicate=duplicate,
            **common,
        )
        if duplicate:
            Entry.objects.filter(
                edition=edition, email__iexact=entry.email, title__iexact=entry.title
            ).update(is_duplicate=True)
        for checked in clean.files:
            row = EntryFile(
                entry=entry,
                field_name=checked.field_name,
                kind=checked.kind,
                original_name=checked.original_name,
                content_type=checked.content_type,
                size=len(checked.data),
                sha256=checked.sha256,
            )
            written.save(row.file, f"upload.{checked.extension}", checked.data)
            row.save()
    return entry
