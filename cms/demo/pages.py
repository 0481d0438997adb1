"""Idempotent page creation for demo loaders: a second run changes nothing."""

from wagtail.models import Locale, Page


def ensure_page(parent: Page, page_class, *, slug: str, **fields):
    """Return ``(page, changed)``; create or update the page and publish it when it differs."""
    locale = Locale.get_default()
    page = page_class.objects.child_of(parent).filter(slug=slug, locale=locale).first()
    if page is None:
        page = page_class(slug=slug, locale=locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    changed = any(getattr(page, name) != value for name, value in fields.items())
    if changed or not page.live or page.has_unpublished_changes:
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        page.refresh_from_db()
        return page, True
    return page, False
