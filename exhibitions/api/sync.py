"""Exhibitions as sync items, each as the exhibition list shows it."""

from cms.api.languages import best_objects
from cms.api.sync import registry
from cms.api.sync.registry import shown_as

from . import _exhibitions
from .schemas import ExhibitionSummary
from .serializers import summaries


def exhibitions(language: str, chain: list[str], request) -> dict[int, dict]:
    found = best_objects(_exhibitions(), chain)
    return {
        item["id"]: shown_as(ExhibitionSummary, item)
        for item in summaries(found, language, request)
    }


def register() -> None:
    registry.register("exhibitions", exhibitions)
