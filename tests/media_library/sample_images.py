"""Photos built in memory with the metadata a phone or camera would leave in them."""

import io
import struct
import zlib

from PIL import ExifTags, Image, PngImagePlugin

SECRET_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">home-address-in-xmp</x:xmpmeta>'
SERIAL = "BODY-SERIAL-4242"
OWNER = "Camera Owner Name"
PERSONAL_TAGS = (
    ExifTags.Base.Artist,
    ExifTags.Base.ImageUniqueID,
    ExifTags.Base.CameraOwnerName,
    ExifTags.Base.BodySerialNumber,
    ExifTags.Base.MakerNote,
    ExifTags.Base.UserComment,
    ExifTags.Base.XPAuthor,
)


def personal_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Artist] = "Aibek Asanov"
    exif[ExifTags.Base.XPAuthor] = "Aibek".encode("utf-16-le")
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (42.0, 52.0, 28.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (74.0, 36.0, 0.0)
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = "2024:05:17 10:11:12"
    details[ExifTags.Base.BodySerialNumber] = SERIAL
    details[ExifTags.Base.CameraOwnerName] = OWNER
    details[ExifTags.Base.ImageUniqueID] = "0123456789abcdef"
    details[ExifTags.Base.UserComment] = b"ASCII\x00\x00\x00at home"
    details[ExifTags.Base.MakerNote] = b"vendor-secret"
    return exif


def picture(width: int, height: int) -> Image.Image:
    """A gradient, so that crops and compression behave as with a photo."""
    vertical = Image.linear_gradient("L")
    horizontal = vertical.transpose(Image.Transpose.ROTATE_90)
    bands = [band.resize((width, height)) for band in (vertical, horizontal, vertical)]
    return Image.merge("RGB", bands)


def photo_bytes(image_format: str = "JPEG", width: int = 640, height: int = 480, **extra) -> bytes:
    """A photo with GPS, personal EXIF, XMP and (JPEG) a comment and an ICC profile."""
    options = {"exif": personal_exif()}
    if image_format in ("JPEG", "WEBP", "AVIF"):
        options["xmp"] = SECRET_XMP
    if image_format == "JPEG":
        options.update(quality=90, comment=b"shot at my cousin's flat")
    if image_format == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "shot at my cousin's flat")
        info.add_itxt("XML:com.adobe.xmp", SECRET_XMP.decode())
        options["pnginfo"] = info
    options.update(extra)
    output = io.BytesIO()
    picture(width, height).save(output, image_format, **options)
    return output.getvalue()


def plain_png(width: int = 40, height: int = 30) -> bytes:
    output = io.BytesIO()
    picture(width, height).save(output, "PNG")
    return output.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A few bytes that claim a huge image: a decompression bomb's header."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 16)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def private_traces(data: bytes) -> list[str]:
    """Every personal trace still in an image file, by name; empty when clean."""
    found = []
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if exif.get_ifd(ExifTags.IFD.GPSInfo) or ExifTags.IFD.GPSInfo in exif:
            found.append("GPS")
        details = exif.get_ifd(ExifTags.IFD.Exif)
        found += [ExifTags.TAGS[tag] for tag in PERSONAL_TAGS if tag in exif or tag in details]
        if image.info.get("xmp") or "XML:com.adobe.xmp" in image.info:
            found.append("XMP")
        if image.info.get("comment") or "Comment" in image.info:
            found.append("comment")
    for needle in (SERIAL.encode(), OWNER.encode(), b"home-address-in-xmp", b"cousin"):
        if needle in data:
            found.append(needle.decode())
    return found
