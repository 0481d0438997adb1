"""Loading what an exhibition points at, once per kind, in the best public language.

Exhibits, tour stops and venues point at the source-language rows of people, places,
stories, venues and countries (the same in every translation of the exhibition); each
is shown in the best language of the request's chain, and only when public.
"""

from cms.api.languages import best_objects
from media_library.public import public_images
from media_library.renditions import prefetch_preset_renditions


def best_of_stored(model, ids, chain, public) -> dict:
    """Stored id → the public row of the same translation group in the best language."""
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    keys = dict(model.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    chosen = best_objects(public.filter(translation_key__in=set(keys.values())), chain)
    by_key = {obj.translation_key: obj for obj in chosen}
    return {pk: by_key[key] for pk, key in keys.items() if key in by_key}


def public_images_by_id(ids) -> dict:
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    images = prefetch_preset_renditions(public_images().filter(pk__in=ids))
    return {image.pk: image for image in images}


def stream_ids(stream_value) -> list[int]:
    """Chooser ids of a flat StreamField (people, photos) as stored, without loading them."""
    return [block["value"] for block in stream_value.raw_data if block.get("value")]
