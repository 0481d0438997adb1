"""The syncable types: each app registers its own from its ``ready()``.

``collect(language, chain, request)`` returns ``{id: item}`` for every item of the type
the public sees in ``language`` (its fallback ``chain`` given), built by the same
serializers as the type's list and detail endpoints, so sync never sends what a list
would not. ``next_change(now)`` (optional) names the next moment an item's content
changes by the clock alone (a status worked out from dates), so the ledger is
reconciled then even if nothing was edited.

Image objects are not registered: the ``images`` type is gathered from the items,
each image object found in them once (see ``images_in``).
"""

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass

IMAGES = "images"


@dataclass(frozen=True)
class SyncType:
    name: str
    collect: Callable[[str, list[str], object], dict[int, dict]]
    next_change: Callable[[datetime.datetime], datetime.datetime | None] | None = None


_types: dict[str, SyncType] = {}


def register(
    name: str,
    collect: Callable[[str, list[str], object], dict[int, dict]],
    *,
    next_change: Callable[[datetime.datetime], datetime.datetime | None] | None = None,
) -> None:
    if name == IMAGES:
        raise ValueError(f"“{IMAGES}” is gathered from the other types' items.")
    _types[name] = SyncType(name, collect, next_change)


def registered() -> list[SyncType]:
    """In registration order, which is the order a full sync sends them in."""
    return list(_types.values())


def type_names() -> list[str]:
    return [*_types, IMAGES]


def images_in(value) -> Iterator[dict]:
    """Every image object inside ``value``: the dicts shaped as
    ``media_library.public.image_object`` builds them (an id, renditions and srcsets)."""
    if isinstance(value, dict):
        if "id" in value and "renditions" in value and "srcset" in value:
            yield value
            return
        for inner in value.values():
            yield from images_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from images_in(inner)


def shown_as(schema, item: dict) -> dict:
    """``item`` as an endpoint declaring ``schema`` sends it: validated and dumped the
    way ninja does, so defaults are filled in and undeclared keys left out."""
    return schema.model_validate(item).model_dump()
