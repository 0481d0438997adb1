"""The ZIP for people who post by hand from a phone: one folder per channel with the
text in each language and the photo at the channel's size, and a README with the
credit line the photo's licence asks for."""

import io
import zipfile

from django.utils import translation
from django.utils.translation import gettext as _

from .channels import CHANNELS, CROPS
from .compose import compose
from .credit import credit_line


def archive_name(kind: str, item) -> str:
    return f"{kind}-{item.pk}-social.zip"


def build_archive(kind, items, channel_codes, request=None) -> bytes:
    """The ZIP's bytes for ``items`` (the item in each of its languages) and the channels."""
    sources = [kind.source(each, request) for each in items]
    if not sources:
        raise ValueError("an archive needs the item in at least one language")
    buffer = io.BytesIO()
    notes = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for code in channel_codes:
            channel = CHANNELS[code]
            photo_written = False
            for source in sources:
                package = compose(source, channel)
                archive.writestr(f"{code}/{source.locale}.txt", package.text + "\n")
                if package.truncated:
                    notes.append(
                        _("%(channel)s (%(locale)s): the text was shortened to fit.")
                        % {"channel": channel.name, "locale": source.locale}
                    )
                image = package.image
                if image and not photo_written:
                    photo_written = _write_photo(archive, code, image, notes, channel.name)
        archive.writestr("README.txt", _readme(kind, sources, channel_codes, notes))
    return buffer.getvalue()


def _write_photo(archive, code, image, notes, channel_name) -> bool:
    width, height = CROPS[image["crop"]]
    rendition = image["rendition"]
    if rendition is None:
        notes.append(
            _("%(channel)s: the photo at %(width)d×%(height)d is still being made; try again.")
            % {"channel": channel_name, "width": width, "height": height}
        )
        return False
    with rendition.file.open("rb") as photo:
        archive.writestr(f"{code}/photo-{width}x{height}.jpg", photo.read())
    if image["alt"]:
        archive.writestr(f"{code}/photo-alt.txt", image["alt"] + "\n")
    return True


def _readme(kind, sources, channel_codes, notes) -> str:
    first = sources[0]
    with translation.override(first.locale):
        lines = [first.title, first.url, ""]
        credit = next((s for s in sources if s.image is not None), None)
        if credit is not None:
            lines += [
                _("Photo credit — keep it with the photo wherever it is posted:"),
                credit_line(credit.image, first.locale),
                "",
            ]
        lines.append(_("Channels: %(channels)s") % {"channels": ", ".join(channel_codes)})
        lines.append(
            _("Languages: %(languages)s") % {"languages": ", ".join(s.locale for s in sources)}
        )
        lines.append(
            _(
                "Each channel's folder holds the text per language (.txt) and the photo cut "
                "to the channel's size."
            )
        )
        lines += ["", *notes] if notes else []
    return "\n".join(lines) + "\n"
