"""What apps call to announce public changes: THE webhooks API for the other apps.

The vocabulary is registered, not hard-coded: this app owns the page events
(``page.published``, ``page.unpublished``, ``page.deleted``); an app that has events of
its own registers them from its ``ready()`` and calls ``emit`` from its own signal
handlers. Nothing is sent before the transaction commits: ``emit`` only queues the
work with ``transaction.on_commit``, and ``describe`` is called then, on committed
rows, returning ``None`` when the item is not public (a draft, a page under a private
or unpublished branch) so that nothing is sent about it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import pre_delete
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from cms.api.frontend import frontend_url
from cms.api.visibility import visible_pages

PAGE_PUBLISHED = "page.published"
PAGE_UNPUBLISHED = "page.unpublished"
PAGE_DELETED = "page.deleted"
TEST = "webhook.test"

EVENTS: dict[str, str] = {}
TYPES: dict[str, str] = {}


@dataclass(frozen=True)
class Subject:
    """The item an event is about, as the body names it."""

    type: str
    id: int | str
    locale: str | None
    url: str


def type_label(model) -> str:
    """The API's name of a type: ``stories.SuccessStoryPage``."""
    return f"{model._meta.app_label}.{model.__name__}"


def register_event(code: str, label) -> None:
    EVENTS[code] = label


def register_type(model) -> None:
    """A type subscribers may choose: apps register the models their events name."""
    TYPES[type_label(model)] = model._meta.verbose_name


def emit(event: str, describe: Callable[[], Subject | None]) -> None:
    """Announce ``event`` once the current transaction commits (at once outside one)."""
    from .dispatch import dispatch

    def send():
        subject = describe()
        if subject is not None:
            dispatch(event, subject)

    # robust: a failure here is logged and never turns a committed publication into an
    # error page; ``send_webhooks`` sends any delivery whose task was not queued.
    transaction.on_commit(send, robust=True)


def page_subject(page: Page) -> Subject:
    return Subject(
        type=type_label(page.specific_class),
        id=page.pk,
        locale=page.locale.language_code,
        url=frontend_url(page),
    )


def public_page(page_id: int) -> Subject | None:
    """The page's subject when the public may read it now, else None."""
    page = visible_pages(Page.objects.filter(pk=page_id)).select_related("locale").first()
    return page_subject(page) if page is not None else None


def in_public_branch(page: Page) -> bool:
    """Whether ``page`` would be public if it were live: nothing above it (or itself)
    is private, and its parent is public. A page under a private branch was never
    announced, so its unpublishing is not announced either."""
    if PageViewRestriction.objects.filter(page=page).exists():
        return False
    parent = page.get_parent()
    return parent is None or parent.depth == 1 or public_page(parent.pk) is not None


def _published(sender, instance, **kwargs):
    emit(PAGE_PUBLISHED, lambda: public_page(instance.pk))


def _unpublished(sender, instance, **kwargs):
    page_id = instance.pk

    def describe():
        page = Page.objects.filter(pk=page_id).select_related("locale").first()
        if page is None or page.live or not in_public_branch(page):
            return None
        return page_subject(page)

    emit(PAGE_UNPUBLISHED, describe)


def _deleted(sender, instance, **kwargs):
    """Decided before the rows go: whether the page was public, and its address."""
    subject = public_page(instance.pk)
    if subject is not None:
        emit(PAGE_DELETED, lambda: subject)


def watch_pages(*models) -> None:
    """Publishing, unpublishing and deleting pages of ``models`` become events.

    Apps call this from their ``ready()`` for the page types that are public content.
    """
    for model in models:
        label = model._meta.label_lower
        register_type(model)
        page_published.connect(_published, sender=model, dispatch_uid=f"webhooks-pub-{label}")
        page_unpublished.connect(
            _unpublished, sender=model, dispatch_uid=f"webhooks-unpub-{label}"
        )
        pre_delete.connect(_deleted, sender=model, dispatch_uid=f"webhooks-del-{label}")


def register_core_events() -> None:
    register_event(PAGE_PUBLISHED, _("Page published"))
    register_event(PAGE_UNPUBLISHED, _("Page unpublished"))
    register_event(PAGE_DELETED, _("Page deleted"))
