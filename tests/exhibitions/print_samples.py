"""An exhibition made of plain values, with photos made in memory, for the print tests."""

import io
from datetime import date

from PIL import Image

from exhibitions.print.content import Exhibit, Exhibition, Photo, Section, TourStop, Venue

KY_TITLE = "Көлдүн жээгиндеги үңкүр"
RU_TITLE = "Пещера у озера"
EN_TITLE = "The cave by the lake"
EXHIBITION_TITLE = "Мекендин өңү: үйгө кайткан үмүт"


def jpeg(size: tuple[int, int], orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, (70, 120, 170))
    # A darker left half, so a turned photo can be told from an upright one.
    image.paste((20, 20, 20), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    data = io.BytesIO()
    image.save(data, "JPEG", quality=85, exif=exif.tobytes())
    return data.getvalue()


def photo(size=(4000, 3000), orientation=None, key="original.jpg", credit="") -> Photo:
    data = jpeg(size, orientation)
    return Photo(
        open=lambda: io.BytesIO(data),
        key=key,
        credit_line=credit or "Сүрөт: А. Асанов / IOM Kyrgyzstan",
        licence={"ky": "CC BY 4.0", "ru": "CC BY 4.0", "en": "CC BY 4.0"},
    )


def exhibit(code="k7Q2xZ", picture: Photo | None = None, **texts) -> Exhibit:
    return Exhibit(
        title=texts.get("title", {"ky": KY_TITLE, "ru": RU_TITLE, "en": EN_TITLE}),
        caption=texts.get(
            "caption",
            {
                "ky": "Өмүрбек айылга кайтып, тепличке курду.",
                "ru": "Омурбек вернулся в село и построил теплицу.",
                "en": "Omurbek came home and built a greenhouse.",
            },
        ),
        short_url=f"https://cms.example/s/{code}",
        photo=picture or photo(),
        people={"ky": "Өмүрбек Тоткулов"},
        place={"ky": "Ысык-Көл облусу", "en": "Issyk-Kul region"},
        year=2024,
    )


def venue(code="moscow") -> Venue:
    return Venue(
        name={"ky": "Кыргыз Республикасынын Россиядагы элчилиги", "en": "Embassy in Moscow"},
        city={"ky": "Москва", "en": "Moscow"},
        country={"ky": "Россия", "en": "Russia"},
        address={"ky": "ул. Большая Ордынка, 64"},
        code=code,
    )


def exhibition(exhibits=None) -> Exhibition:
    exhibits = exhibits or (exhibit("k7Q2xZ"), exhibit("Ab3dEf", photo(key="second.jpg")))
    return Exhibition(
        title={"ky": EXHIBITION_TITLE, "ru": "Лицо Родины", "en": "The Face of the Homeland"},
        introduction={"ky": "Бул көргөзмө үйдөгү долбоорлор жөнүндө.", "en": "About projects."},
        curator_text={"ky": "Куратордун сөзү."},
        credits={"ky": "Куратор: Г. Осмонова."},
        year=2025,
        sections=(
            Section(title={"ky": "Үйгө кайтуу"}, exhibits=tuple(exhibits[:1])),
            Section(title={"ky": "Айыл"}, exhibits=tuple(exhibits[1:])),
        ),
        tour=(
            TourStop(
                venue=venue(),
                starts=date(2025, 5, 12),
                ends=date(2025, 6, 1),
                status="held",
                status_label={"ky": "Өткөрүлдү", "en": "Held"},
                is_example=True,
            ),
        ),
    )
