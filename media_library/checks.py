"""A private folder inside the public media folder would be served to anyone."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register


@register()
def private_media_outside_public_media(app_configs, **kwargs):
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    public = Path(settings.MEDIA_ROOT).resolve()
    if private == public or public in private.parents:
        return [
            Error(
                "PRIVATE_MEDIA_ROOT is inside MEDIA_ROOT, where the web server serves it.",
                hint="Point PRIVATE_MEDIA_ROOT at a folder outside MEDIA_ROOT.",
                id="media_library.E001",
            )
        ]
    return []
