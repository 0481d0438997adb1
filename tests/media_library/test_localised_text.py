import pytest

from media_library.models import CustomImage


@pytest.fixture
def image():
    return CustomImage(
        title="Harvest",
        collection_id=1,
        description="Баткендеги түшүм",
        alt_text_ru="",
        alt_text_en="Harvest in Batken",
        caption="",
        caption_ru="Урожай в Баткене",
        caption_en="",
    )


def test_asked_language_comes_first(image):
    assert image.alt_text_for("en") == ("Harvest in Batken", "en")
    assert image.alt_text_for("ky") == ("Баткендеги түшүм", "ky")


def test_missing_text_follows_the_fallback_chain(image, settings):
    settings.CONTENT_LOCALE_FALLBACK = ["ky", "ru", "en"]
    assert image.alt_text_for("ru") == ("Баткендеги түшүм", "ky")
    assert image.caption_for("en") == ("Урожай в Баткене", "ru")

    settings.CONTENT_LOCALE_FALLBACK = ["en", "ky"]
    assert image.alt_text_for("ru") == ("Harvest in Batken", "en")


def test_blank_text_everywhere_and_unknown_language(image):
    image.caption_ru = "   "
    assert image.caption_for("ky") == ("", None)
    assert image.alt_text_for("de") == ("Баткендеги түшүм", "ky")
