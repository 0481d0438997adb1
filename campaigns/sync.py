"""Campaign themes and topics as sync items: each as the theme list shows it."""

from cms.api.sync import registry
from cms.api.sync.registry import shown_as

from .api import ThemeOut, themes_out


def themes(language: str, chain: list[str], request) -> dict[int, dict]:
    return {item["id"]: shown_as(ThemeOut, item) for item in themes_out(language, request)}


def register() -> None:
    registry.register("themes", themes)
