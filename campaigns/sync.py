"""Campaign themes and topics as sync items: each as the theme list shows it."""

from cms.api.sync import registry

from .api import themes_out


def themes(language: str, chain: list[str], request) -> dict[int, dict]:
    return {item["id"]: item for item in themes_out(language, request)}


def register() -> None:
    registry.register("themes", themes)
