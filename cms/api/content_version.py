"""The content version: one token that every cached API response is keyed by.

Publishing, unpublishing, moving or deleting a page, and saving or deleting any
watched model, replaces the token in the same database transaction, so one write
retires every cached response in every process the moment the change commits (and
not before: a response built from the old rows is keyed by the old token).

Within a request the token is read once (``remember_for_request``); outside requests
(commands, tasks) it is read from the database each time.
"""

import contextvars
import datetime
import uuid
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import ContentVersion

SINGLETON = 1


@dataclass(frozen=True)
class Version:
    token: str
    changed_at: datetime.datetime


_remembered: contextvars.ContextVar[Version | None] = contextvars.ContextVar(
    "content_version", default=None
)


def content_version() -> Version:
    remembered = _remembered.get()
    if remembered is not None:
        return remembered
    row = _read()
    if row is None:
        row = _write()
    return Version(*row)


def _read() -> tuple[str, datetime.datetime] | None:
    """The row, through SQL compiled once per database: this runs on every API request,
    and building the query each time cost more than running it."""
    compiled = _compiled.get(connection.alias)
    if compiled is None:
        query = ContentVersion.objects.filter(pk=SINGLETON).values_list("token", "changed_at")
        compiled = query.query.get_compiler(connection.alias).as_sql()
        _compiled[connection.alias] = compiled
    with connection.cursor() as cursor:
        cursor.execute(*compiled)
        row = cursor.fetchone()
    if row is None:
        return None
    token, changed_at = row
    if isinstance(changed_at, str):
        changed_at = datetime.datetime.fromisoformat(changed_at)
    if timezone.is_naive(changed_at):
        changed_at = timezone.make_aware(changed_at, datetime.UTC)
    return token, changed_at


_compiled: dict[str, tuple[str, tuple]] = {}


@contextmanager
def remember_for_request():
    """Read the token once for the whole request: its queries see one version."""
    reset = _remembered.set(None)
    try:
        _remembered.set(content_version())
        yield
    finally:
        _remembered.reset(reset)


def bump_content_version(*args, **kwargs) -> None:
    """Replace the token inside the caller's transaction (a signal handler's signature)."""
    token, changed_at = _write()
    if _remembered.get() is not None:
        _remembered.set(Version(token, changed_at))


def _write() -> tuple[str, datetime.datetime]:
    token, now = uuid.uuid4().hex, timezone.now()
    updated = ContentVersion.objects.filter(pk=SINGLETON).update(token=token, changed_at=now)
    if not updated:
        ContentVersion.objects.update_or_create(
            pk=SINGLETON, defaults={"token": token, "changed_at": now}
        )
    return token, now


def watch(*models) -> None:
    """Saving or deleting an instance of any of ``models`` retires cached responses.

    Apps call this from their ``ready()`` for the models the API shows.
    """
    for model in models:
        label = model._meta.label_lower
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"api-bump-{label}")
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"api-bump-del-{label}"
        )


def _bump_for_pages(sender, **kwargs):
    if issubclass(sender, Page):
        bump_content_version()


def watch_wagtail_content() -> None:
    """What Wagtail itself owns: page lifecycle, sites, collections, privacy, locales.
    (The media library watches its own image, rendition and document models.)"""
    page_published.connect(bump_content_version, dispatch_uid="api-bump-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="api-bump-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="api-bump-moved")
    post_delete.connect(_bump_for_pages, dispatch_uid="api-bump-page-deleted")
    watch(
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
        Collection,
        Locale,
    )
