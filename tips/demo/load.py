"""Example story tips for the inbox, each marked "Example", with a photo or two.

Idempotent: a tip whose example number is already there is left alone.
"""

import io

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from wagtail.models import Locale

from media_library.uploads import check_photo
from stories.models import Place
from tips.enums import TipState
from tips.models import StoryTip
from tips.submission import store
from tips.validation import CleanTip

EXAMPLE = "Example"

# (name or None for anonymous, e-mail, phone, country, place key, place text, language,
#  state, photos, text)
TIPS = [
    (
        "Asel",
        "asel@example.org",
        "",
        "TR",
        "kashkaldak",
        "",
        "ky",
        TipState.NEW,
        2,
        "Стамбулда иштеген жердештер айылдагы мектепке компьютер класс ачып беришти.",
    ),
    (
        "Marat",
        "",
        "@marat_example",
        "RU",
        "",
        "Ак-Суу айылы, Ысык-Көл",
        "ru",
        TipState.CONTACTED,
        1,
        "Земляки из Екатеринбурга собрали деньги и отремонтировали сельский ФАП.",
    ),
    (
        None,
        "",
        "",
        "US",
        "talas",
        "",
        "en",
        TipState.NEW,
        0,
        "A nurse in Chicago trains midwives in Talas online every month, for free.",
    ),
    (
        "Dinara",
        "dinara@example.org",
        "+7 900 000 00 00",
        "RU",
        "",
        "Кара-Кулжа",
        "ky",
        TipState.DECLINED,
        0,
        "Алматыдагы ишкерлер кичинекей көпүрө курууга жардам беришти, бирок долбоор токтоду.",
    ),
]


def _photo(number: int) -> SimpleUploadedFile:
    output = io.BytesIO()
    colour = ((number * 53) % 256, (number * 97) % 256, (number * 31) % 256)
    Image.new("RGB", (480, 320), colour).save(output, "JPEG", quality=80)
    return SimpleUploadedFile(f"example-tip-{number}.jpg", output.getvalue(), "image/jpeg")


def _values(number, spec) -> dict:
    name, email, phone, country, place_key, place_text, language, _state, _photos, text = spec
    place = None
    if place_key:
        place = Place.objects.filter(key=place_key, locale=Locale.get_default()).first()
    return {
        "is_anonymous": name is None,
        "name": f"{name} ({EXAMPLE})" if name else "",
        "email": email,
        "phone": phone,
        "country": country,
        "place": place,
        "place_text": place_text if place is None else "",
        "language": language,
        "may_be_named": name is not None,
        "what_happened": f"[{EXAMPLE} {number}] {text}",
    }


def load(stdout) -> None:
    made = 0
    for number, spec in enumerate(TIPS, start=1):
        marker = f"[{EXAMPLE} {number}]"
        if StoryTip.objects.filter(is_example=True, what_happened__startswith=marker).exists():
            continue
        photos = [check_photo(_photo(number * 10 + n)) for n in range(spec[8])]
        tip = store(CleanTip(_values(number, spec), photos), is_example=True)
        state = spec[7]
        if state != TipState.NEW:
            now = timezone.now()
            note = f"{EXAMPLE}: the project stopped." if state == TipState.DECLINED else ""
            closed = now if state == TipState.DECLINED else None
            StoryTip.objects.filter(pk=tip.pk).update(
                state=state, state_note=note, state_changed_at=now, closed_at=closed
            )
        made += 1
    stdout.write(f"  example story tips: {made} added, {len(TIPS) - made} already there")
