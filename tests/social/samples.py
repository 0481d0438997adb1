"""Texts in the three content languages, and emoji that are one symbol but many units."""

from social.counting import count

SENTENCES = {
    "ky": (
        "Стамбулдагы кыргыз диаспорасы Саламаттык сактоо министрлигине 15 кычкылтек "
        "концентраторун өткөрүп берди. Мекендештер айылга мектеп курушту! "
        "Бул окуя бардыгына үлгү болот."
    ),
    "ru": (
        "Кыргызская диаспора в Стамбуле передала Минздраву 15 кислородных концентраторов. "
        "Соотечественники построили школу в селе! Эта история — пример для всех."
    ),
    "en": (
        "The Kyrgyz diaspora in Istanbul gave the health ministry 15 oxygen concentrators. "
        "Compatriots built a school in the village! This story is an example to all."
    ),
}
FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # a ZWJ sequence: 7 code points, 11 UTF-16 units
FLAG = "🇰🇬"  # two regional indicators: 4 UTF-16 units
WAVE = "👋🏽"  # with a skin tone: 4 UTF-16 units
EMOJI = (FAMILY, FLAG, WAVE)


def text_of(units: int, language: str) -> str:
    """A text of exactly ``units`` UTF-16 units: the language's sentences with emoji
    between them, ending on whole words."""
    words = []
    index = 0
    pieces = SENTENCES[language].split() + [FAMILY, FLAG, WAVE]
    while count(" ".join(words), "utf16") < units - 40:
        words.append(pieces[index % len(pieces)])
        index += 1
    text = " ".join(words)
    missing = units - count(text, "utf16")
    return (text + " " + "ы" * (missing - 1)) if missing > 1 else text + "." * missing
