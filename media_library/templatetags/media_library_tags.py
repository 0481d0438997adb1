from django import template

from media_library.labels import consent_label
from media_library.rules import consent_kind

register = template.Library()


@register.inclusion_tag("media_library/consent_badge.html")
def consent_badge(image):
    """The consent state of a photo, marked when it keeps the photo off published pages."""
    return {"label": consent_label(image), "blocked": consent_kind(image) is not None}
