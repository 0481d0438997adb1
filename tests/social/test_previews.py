"""Preview modes draw each channel's post from the draft, in the page's language."""

import pytest

from social.channels import CHANNELS

pytestmark = pytest.mark.django_db


def test_every_channel_is_a_preview_mode(turkey_story, central_theme):
    for page in (turkey_story, central_theme):
        modes = dict(page.preview_modes)
        assert [modes[code] for code in CHANNELS] == [
            "Telegram",
            "Instagram",
            "Facebook",
            "WhatsApp",
            "VK",
            "OK",
        ]


@pytest.mark.parametrize("code", list(CHANNELS))
def test_each_mode_renders_the_post(turkey_story, code):
    russian = turkey_story.get_translations().get(locale__language_code="ru").specific
    response = russian.make_preview_request(preview_mode=code)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="ru"' in html
    assert f"channel-{code}" in html
    assert "social/preview.css" in html
    assert "CC BY 4.0" in html
    assert 'class="tag"' in html
    size = {"feed": "1080x1350", "square": "1080x1080", "link_card": "1200x630"}
    assert size[CHANNELS[code].image_size] in html or "1200x630" in html


def test_instagram_folds_at_about_125_characters(turkey_story):
    html = turkey_story.make_preview_request(preview_mode="instagram").content.decode()
    assert 'class="more"' in html
    assert "fill-1080x1350" in html


def test_facebook_unfurls_the_link_card(turkey_story):
    html = turkey_story.make_preview_request(preview_mode="facebook").content.decode()
    assert 'class="card"' in html
    assert "card-domain" in html
    assert "fill-1200x630" in html


def test_a_theme_previews_too(central_theme):
    response = central_theme.make_preview_request(preview_mode="telegram")
    assert response.status_code == 200
    assert central_theme.statement in response.content.decode()
