"""The credit line a photo's licence asks for, as it goes under every post that shows it.

CC BY and its variants require attribution, and the agencies' photos are lent on the
same condition: the credit is part of the post, never trimmed to make room.
"""

from django.utils import translation

from media_library.enums import Licence


def credit_line(image, language: str) -> str:
    """ "Photo: A. Asanov / IOM Kyrgyzstan (CC BY 4.0)", or "" for an image with no credit."""
    if image is None:
        return ""
    credit = (image.credit_line or image.photographer or "").strip()
    if not credit:
        return ""
    if image.licence and image.licence != Licence.ALL_RIGHTS_RESERVED:
        with translation.override(language):
            name = str(dict(Licence.choices).get(image.licence, image.licence))
        credit = f"{credit} ({name})"
    return f"📷 {credit}"
