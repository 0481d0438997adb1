"""Shared validation plumbing for the block library.

Every rule reports its message on the child block the editor has to change, so the
admin shows it beside that field rather than at the top of the block.
"""

import html
import re

from django.core.exceptions import ValidationError

from wagtail.blocks import StructBlock, StructBlockValidationError

ALLOWED_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_SCHEME = re.compile(r"^([a-z0-9][-+.a-z0-9]*):")
# Browsers ignore control characters and spaces inside a scheme ("jav\tascript:").
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f-\xa0\s`]+")


class FieldErrors:
    """Collects messages per child block while a struct's own rules run.

    Errors from Wagtail's own child validation come first; a rule for a field that
    already failed is skipped, so the editor sees one message per field.
    """

    def __init__(self, block: StructBlock, parent_clean, value):
        self.block = block
        self.errors = {}
        try:
            self.value = parent_clean(value)
        except StructBlockValidationError as error:
            self.errors.update(error.block_errors)
            self.value = value

    def __contains__(self, name):
        return name in self.errors

    def add(self, name, message, *, params=None):
        self.add_error(name, ValidationError(message, params=params))

    def add_error(self, name, error: ValidationError):
        """Keeps nested errors (a list item's own fields) as they are."""
        if name not in self.errors:
            self.errors[name] = error

    @property
    def deferred(self):
        """True while a draft is saved: presence rules wait until publishing."""
        return self.block.is_deferred_validation

    def raise_if_any(self):
        if self.errors:
            raise StructBlockValidationError(block_errors=self.errors)
        return self.value


def is_https(url: str) -> bool:
    return url.lower().startswith("https://")


def is_allowed_link(href: str) -> bool:
    """Web, e-mail and phone links, and relative ones; never ``javascript:`` or ``data:``.

    Character references are decoded first, as a browser would: ``jav&#x09;ascript:``
    is still a script link.
    """
    match = _SCHEME.match(_IGNORED_IN_SCHEME.sub("", html.unescape(href)).lower())
    return not match or match.group(1) in ALLOWED_LINK_SCHEMES
