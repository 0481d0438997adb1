"""Every channel's rules, at and over each limit, in Kyrgyz, Russian and English."""

from urllib.parse import parse_qs, urlsplit

import pytest

from social.channels import CHANNELS, LinkPlacement
from social.compose import compose, reserved
from social.counting import count, graphemes, urls
from social.kinds import Source

from .samples import SENTENCES, text_of

URL = "https://migrant.kg/ky/окуялар/мектеп/"
TAGS = ["#Мекендеш", "#InvestInKyrgyzstan", "#Ата_Журт", "#Diaspora", "#КР", "#Six", "#Seven"]
LIMITED = [code for code, channel in CHANNELS.items() if channel.text_limit]


def source(language="ky", **overrides) -> Source:
    return Source(
        id=1,
        locale=language,
        title="Мектеп",
        lead=SENTENCES[language],
        url=URL,
        messages=["Ар бир салым адамдардын жашоосун жакшыртат."],
        hashtags=TAGS,
        campaign="борбордук-тема",
        overrides=overrides,
    )


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
@pytest.mark.parametrize("code", LIMITED)
def test_an_own_text_that_fills_the_room_is_sent_whole(code, language):
    channel = CHANNELS[code]
    room = channel.text_limit - reserved(source(language), channel)
    text = text_of(room, language)
    package = compose(source(language, **{code: text}), channel)
    assert package.length == channel.text_limit
    assert not package.truncated
    assert package.overridden
    assert package.text.startswith(text)


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
@pytest.mark.parametrize("code", LIMITED)
def test_one_unit_over_is_shortened_with_the_link_and_tags_kept(code, language):
    channel = CHANNELS[code]
    room = channel.text_limit - reserved(source(language), channel)
    text = text_of(room + 1, language)
    package = compose(source(language, **{code: text}), channel)
    assert package.truncated
    assert package.length <= channel.text_limit
    body = package.body.removesuffix("…").rstrip()
    assert text.startswith(body)
    assert text[len(body)].isspace()
    assert graphemes(body) == graphemes(text)[: len(graphemes(body))]
    assert package.text.endswith(" ".join(package.hashtags))
    if channel.link != LinkPlacement.BIO:
        assert package.link_in_text


def test_a_channel_without_a_known_limit_is_never_shortened():
    text = text_of(100_000, "ru")
    package = compose(source("ru", ok=text), CHANNELS["ok"])
    assert package.limit is None
    assert not package.truncated
    assert package.text.startswith(text)


@pytest.mark.parametrize("code", list(CHANNELS))
def test_hashtags_from_the_themes_up_to_the_channels_limit(code):
    package = compose(source(), CHANNELS[code])
    assert package.hashtags == TAGS[: CHANNELS[code].max_hashtags]
    assert len(package.hashtags) <= 5  # Instagram's cap since December 2025


@pytest.mark.parametrize("code", list(CHANNELS))
def test_the_link_carries_the_channel_and_the_campaign(code):
    package = compose(source(), CHANNELS[code])
    query = parse_qs(urlsplit(package.link).query)
    assert query == {
        "utm_source": [code],
        "utm_medium": ["social"],
        "utm_campaign": ["борбордук-тема"],
    }


def test_instagram_keeps_the_link_out_of_the_caption():
    package = compose(source("ru"), CHANNELS["instagram"])
    assert urls(package.text) == []
    assert not package.link_in_text
    assert "🔗" in package.text
    assert package.link.startswith("https://migrant.kg/")


@pytest.mark.parametrize("code", ["vk", "ok"])
def test_one_link_channels_get_exactly_one_link(code):
    package = compose(source(), CHANNELS[code])
    assert len(urls(package.text)) == 1


def test_the_link_is_written_readably_and_counted_as_written():
    package = compose(source(), CHANNELS["telegram"])
    assert "/окуялар/мектеп/" in package.text
    assert package.length == count(package.text)


def test_the_default_post_is_title_lead_and_key_messages():
    package = compose(source("en"), CHANNELS["facebook"])
    assert not package.overridden
    assert package.text.startswith("Мектеп\n\nThe Kyrgyz diaspora")
    assert "Ар бир салым" in package.text
