"""How much of the admin editors use every day speaks Kyrgyz (and Russian).

A screen's strings are the messages Wagtail and wagtail-localize extract from the source
files that draw it: their English catalogues list, for each message, the files it comes
from. A message counts as translated in a language when the catalogue Django builds for
that language (apps' catalogues, then ours in LOCALE_PATHS) holds a non-empty
translation of it, exactly what an editor with that interface language sees.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polib

from django.apps import apps
from django.utils.translation import trans_real

# Screen -> (app label, domain, source path prefixes inside the app) from which its
# messages come. Prefixes are those of the catalogues' "#:" references.
SCREENS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "login and account": [
        (
            "wagtailadmin",
            "django",
            (
                "templates/wagtailadmin/login.html",
                "templates/wagtailadmin/account/",
                "views/account.py",
                "forms/account.py",
                "forms/auth.py",
                "localization.py",
            ),
        ),
    ],
    "dashboard and menus": [
        (
            "wagtailadmin",
            "django",
            (
                "templates/wagtailadmin/home",
                "views/home.py",
                "wagtail_hooks.py",
                "templates/wagtailadmin/shared/header",
                "templates/wagtailadmin/shared/headers/",
                "templates/wagtailadmin/skeleton.html",
                "templates/wagtailadmin/base.html",
                "templates/wagtailadmin/404.html",
                "templates/wagtailadmin/userbar/",
                "userbar.py",
                "menu.py",
            ),
        ),
        ("wagtailimages", "django", ("wagtail_hooks.py",)),
        ("wagtaildocs", "django", ("wagtail_hooks.py",)),
        ("wagtailsnippets", "django", ("wagtail_hooks.py",)),
    ],
    "explorer and listings": [
        (
            "wagtailadmin",
            "django",
            (
                "templates/wagtailadmin/pages/listing",
                "templates/wagtailadmin/pages/index",
                "templates/wagtailadmin/pages/page_listing",
                "templates/wagtailadmin/pages/search",
                "templates/wagtailadmin/pages/bulk_actions/",
                "templates/wagtailadmin/pages/add_subpage.html",
                "templates/wagtailadmin/pages/confirm_",
                "templates/wagtailadmin/pages/copy.html",
                "templates/wagtailadmin/pages/move_choose_destination.html",
                "templates/wagtailadmin/tables/",
                "templates/wagtailadmin/bulk_actions/",
                "templates/wagtailadmin/generic/",
                "templates/wagtailadmin/shared/pagination",
                "templates/wagtailadmin/shared/buttons",
                "templates/wagtailadmin/shared/filters",
                "templates/wagtailadmin/shared/headers/",
                "views/pages/listing.py",
                "views/pages/search.py",
                "views/pages/delete.py",
                "views/pages/copy.py",
                "views/pages/move.py",
                "views/pages/bulk_actions/",
                "views/generic/",
                "ui/tables",
                "filters.py",
                "active_filters.py",
                "paginator.py",
                "forms/search.py",
                "templates/wagtailadmin/pages/explorable_index_results.html",
                "templates/wagtailadmin/shared/breadcrumbs.html",
                "templates/wagtailadmin/shared/active_filters.html",
                "templates/wagtailadmin/shared/export_buttons.html",
                "templates/wagtailadmin/shared/search_other.html",
                "templates/wagtailadmin/shared/panel.html",
                "views/pages/choose_parent.py",
                "views/pages/usage.py",
            ),
        ),
        ("wagtailsnippets", "django", ("views/", "templates/", "action_menu.py")),
    ],
    "page editor": [
        (
            "wagtailadmin",
            "django",
            (
                "action_menu.py",
                "templates/wagtailadmin/pages/create.html",
                "templates/wagtailadmin/pages/edit.html",
                "templates/wagtailadmin/pages/action_menu/",
                "templates/wagtailadmin/pages/preview",
                "templates/wagtailadmin/pages/revisions/",
                "templates/wagtailadmin/pages/history",
                "templates/wagtailadmin/panels/",
                "templates/wagtailadmin/shared/side_panels/",
                "templates/wagtailadmin/shared/page_status_tag",
                "templates/wagtailadmin/shared/field",
                "templates/wagtailadmin/shared/locale_selector",
                "templates/wagtailadmin/shared/dialog/",
                "templates/wagtailadmin/shared/forms/",
                "templates/wagtailadmin/shared/side_panel",
                "templates/wagtailadmin/shared/status",
                "templates/wagtailadmin/shared/usage",
                "templates/wagtailadmin/shared/human_readable_date",
                "templates/wagtailadmin/shared/avatar",
                "templates/wagtailadmin/shared/last_updated",
                "templates/wagtailadmin/page_privacy/",
                "views/pages/create.py",
                "views/pages/edit.py",
                "views/pages/preview.py",
                "views/pages/revisions.py",
                "views/pages/history.py",
                "views/pages/lock.py",
                "views/page_privacy.py",
                "ui/side_panels.py",
                "panels/",
                "forms/pages.py",
                "forms/models.py",
                "forms/comments.py",
                "forms/view_restrictions.py",
                "widgets/",
                "templatetags/wagtailadmin_tags.py",
                "compare.py",
                "templates/wagtailadmin/shared/editing_sessions/",
                "templates/wagtailadmin/shared/keyboard_shortcuts_dialog.html",
                "templates/wagtailadmin/shared/unsaved_changes_warning.html",
                "templates/wagtailadmin/shared/autosave/",
                "templates/wagtailadmin/shared/revisions/",
                "templates/wagtailadmin/pages/edit_alias.html",
                "views/pages/convert_alias.py",
                "views/pages/unpublish.py",
            ),
        ),
        ("wagtailadmin", "djangojs", ("",)),
        ("wagtailcore", "django", ("blocks/", "models/", "fields.py", "rich_text/", "locks.py")),
    ],
    "choosers": [
        (
            "wagtailadmin",
            "django",
            (
                "templates/wagtailadmin/chooser/",
                "views/chooser.py",
                "forms/choosers.py",
                "viewsets/chooser.py",
                "widgets/chooser.py",
            ),
        ),
        ("wagtailimages", "django", ("templates/wagtailimages/chooser/", "views/chooser.py")),
        ("wagtaildocs", "django", ("templates/wagtaildocs/chooser/", "views/chooser.py")),
        ("wagtailsnippets", "django", ("templates/wagtailsnippets/chooser/", "views/chooser.py")),
    ],
    "image and document library": [
        ("wagtailimages", "django", ("",)),
        ("wagtaildocs", "django", ("",)),
        (
            "wagtailadmin",
            "django",
            (
                "templates/wagtailadmin/collections/",
                "templates/wagtailadmin/collection_privacy/",
                "views/collections.py",
                "forms/collections.py",
            ),
        ),
    ],
    "workflow and moderation": [
        (
            "wagtailadmin",
            "django",
            (
                "templates/wagtailadmin/workflows/",
                "templates/wagtailadmin/shared/workflow",
                "templates/wagtailadmin/home/workflow",
                "templates/wagtailadmin/home/locked",
                "templates/wagtailadmin/pages/workflow",
                "templates/wagtailadmin/shared/workflow_history/",
                "templates/wagtailadmin/shared/task",
                "templates/wagtailadmin/notifications/",
                "views/workflows.py",
                "forms/workflows.py",
                "views/pages/workflow.py",
            ),
        ),
        ("wagtailcore", "django", ("models/", "workflows")),
    ],
    "reports": [
        ("wagtailadmin", "django", ("templates/wagtailadmin/reports/", "views/reports/")),
        # The names of logged actions, which page and site history show.
        ("wagtailcore", "django", ("wagtail_hooks.py",)),
    ],
    "users, sites, redirects and languages": [
        ("wagtailusers", "django", ("",)),
        ("wagtailsites", "django", ("",)),
        ("wagtailredirects", "django", ("",)),
        ("wagtaillocales", "django", ("",)),
    ],
    "translation editor": [
        ("wagtail_localize", "django", ("",)),
        ("wagtail_localize", "djangojs", ("",)),
    ],
}

LANGUAGES = ("ky", "ru")


@dataclass(frozen=True)
class Message:
    domain: str
    context: str | None
    msgid: str
    plural: bool

    def key(self):
        """The key Django's merged catalogue keeps the message under."""
        msgid = f"{self.context}\x04{self.msgid}" if self.context else self.msgid
        return (msgid, 0) if self.plural else msgid


def _catalogue_path(app_label: str, domain: str) -> Path:
    app_path = Path(apps.get_app_config(app_label).path)
    return app_path / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"


@cache
def _entries(app_label: str, domain: str) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(_catalogue_path(app_label, domain))) if not e.obsolete]


def screen_messages(screen: str) -> set[Message]:
    found = set()
    for app_label, domain, prefixes in SCREENS[screen]:
        for entry in _entries(app_label, domain):
            sources = [path for path, _line in entry.occurrences]
            if any(path.startswith(prefixes) for path in sources):
                found.add(Message(domain, entry.msgctxt, entry.msgid, bool(entry.msgid_plural)))
    return found


def _catalogue(language: str, domain: str):
    if domain == "django":
        return trans_real.translation(language)._catalog
    return trans_real.DjangoTranslation(language, domain=domain)._catalog


def is_translated(message: Message, catalogues: dict) -> bool:
    catalogue = catalogues[message.domain]
    key = message.key()
    return key in catalogue and bool(catalogue[key])


def coverage(languages=LANGUAGES) -> list[dict]:
    """One row per screen, then a total row over the distinct messages of all screens."""
    catalogues = {
        lang: {d: _catalogue(lang, d) for d in ("django", "djangojs")} for lang in languages
    }
    rows = []
    every = set()
    for screen in SCREENS:
        messages = screen_messages(screen)
        every |= messages
        rows.append(_row(screen, messages, catalogues))
    rows.append(_row("all screens", every, catalogues))
    return rows


def _row(name, messages, catalogues) -> dict:
    row = {"screen": name, "strings": len(messages)}
    for lang, catalogue in catalogues.items():
        row[lang] = sum(is_translated(m, catalogue) for m in messages)
    return row


def untranslated(language: str, screens=None) -> list[Message]:
    """The messages of ``screens`` (all by default) that ``language`` lacks."""
    catalogue = {d: _catalogue(language, d) for d in ("django", "djangojs")}
    messages = set().union(*(screen_messages(s) for s in screens or SCREENS))
    return sorted(
        (m for m in messages if not is_translated(m, catalogue)),
        key=lambda m: (m.domain, m.msgid, m.context or ""),
    )
