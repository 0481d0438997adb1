"""How channels count, and cuts that never split a symbol, a link or a hashtag."""

import pytest

from social.channels import Unit
from social.counting import ELLIPSIS, count, graphemes, shorten, urls

from .samples import EMOJI, FAMILY, FLAG, SENTENCES, WAVE, text_of


def test_units_and_code_points():
    assert count("Мекендеш") == count("Мекендеш", Unit.CODE_POINTS) == 8
    assert count(FAMILY) == 11
    assert count(FAMILY, Unit.CODE_POINTS) == 7
    assert count(FLAG) == 4
    assert count(WAVE) == 4
    assert graphemes(FAMILY + FLAG + WAVE + "ң") == [FAMILY, FLAG, WAVE, "ң"]


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_a_text_at_its_budget_is_kept_whole(language):
    text = text_of(300, language)
    assert count(text) == 300
    assert shorten(text, 300) == (text, False)


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
@pytest.mark.parametrize("budget", range(1, 320, 7))
def test_a_cut_ends_on_a_whole_word_or_sentence_and_fits(language, budget):
    text = text_of(320, language)
    cut, truncated = shorten(text, budget)
    assert truncated
    assert count(cut) <= budget
    kept = cut.removesuffix(ELLIPSIS).rstrip()
    assert text.startswith(kept)
    if kept:
        following = text[len(kept) : len(kept) + 1]
        assert following.isspace() or following == ""
        # No emoji was split: every symbol kept is a whole symbol of the original.
        assert graphemes(kept) == graphemes(text)[: len(graphemes(kept))]


@pytest.mark.parametrize("emoji", EMOJI)
def test_an_emoji_is_never_split(emoji):
    text = f"Салам {emoji} {emoji}{emoji} достор"
    for budget in range(0, count(text) + 1):
        cut, _truncated = shorten(text, budget)
        assert count(cut) <= budget
        for symbol in graphemes(cut):
            assert symbol in graphemes(text) or symbol == ELLIPSIS


def test_a_link_and_a_hashtag_are_never_cut():
    link = "https://migrant.kg/ky/окуялар/мектеп/?utm_source=vk&utm_medium=social"
    text = f"Мектеп курулду. Кененирээк: {link} #Мекендеш #ЖоопкерчиликтүүӨнөктөш аягы"
    for budget in range(0, count(text) + 1):
        cut, _truncated = shorten(text, budget)
        for found in urls(cut):
            assert found == link
        for tag in (word for word in cut.split() if word.startswith("#")):
            assert tag in {"#Мекендеш", "#ЖоопкерчиликтүүӨнөктөш"}
        # An ellipsis never sticks to a link or a hashtag.
        assert not cut.endswith(link + ELLIPSIS)
        assert "#Мекендеш…" not in cut


def test_a_sentence_end_is_preferred_when_it_keeps_most_of_the_room():
    text = SENTENCES["ru"]
    first = text.split("! ")[0] + "!"
    assert shorten(text, count(first) + 10) == (first, True)


def test_a_word_cut_when_the_sentence_would_waste_the_room():
    text = "Салам. " + " ".join(["мекендештер"] * 40)
    cut, truncated = shorten(text, 120)
    assert truncated
    assert cut.endswith(ELLIPSIS)
    assert count(cut) > 100


def test_a_first_word_that_cannot_fit_leaves_nothing():
    assert shorten("Жогорку_Кеңештин_депутаттары", 10) == ("", True)
    assert shorten("Салам", 0) == ("", True)


def test_trailing_punctuation_is_not_part_of_a_link():
    assert urls("Карагыла: https://migrant.kg/ky/x. Анан (https://migrant.kg/ru/y)!") == [
        "https://migrant.kg/ky/x",
        "https://migrant.kg/ru/y",
    ]
