"""The editors' channel texts: a draft may run over, publishing may not (every path)."""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.publication import PublicationRefused, refusals
from social.channels import CHANNELS
from social.compose import reserved
from stories.social import story_source
from tests.cms.test_publish_paths import bulk_publish, draft_story, editor, english  # noqa: F401
from tests.stories.factories import ImageFactory

from .samples import text_of

pytestmark = pytest.mark.django_db

REFUSAL = "Shorten it by"


@pytest.fixture
def story(ky_index):
    photo = ImageFactory(credit_line="Сүрөт: А. Асанов", licence="cc-by-4.0")
    return draft_story(ky_index, photo, slug="social-story")


def room(page, code):
    return CHANNELS[code].limit(page.hero_image is not None) - reserved(
        story_source(page), CHANNELS[code]
    )


def form(page, texts, **actions):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "standfirst": page.standfirst,
            "story_date": "2024-05-01",
            "hero_image": page.hero_image_id or "",
            "body": streamfield([]),
            "sources": streamfield([]),
            "social_texts": streamfield(list(texts)),
            "hero_links": inline_formset([]),
            "place_links": inline_formset([]),
            "sector_links": inline_formset([]),
            "theme_links": inline_formset([]),
            "contributions": inline_formset([]),
            "sdgs": inline_formset([]),
            "comments": inline_formset([]),
            **actions,
        }
    )


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def test_the_edit_form_refuses_to_publish_a_text_over_the_caption_limit(client, editor, story):  # noqa: F811
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(story.pk,))
    over = text_of(room(story, "telegram") + 1, "ky")

    response = client.post(url, form(story, [("telegram", over)], **{"action-publish": "1"}))

    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSAL in html
    assert "Telegram" in html
    assert "limit 1024" in html, "with a photo, the caption limit applies"
    assert not is_live(story)

    draft = client.post(url, form(story, [("telegram", over)]), follow=True)
    assert draft.redirect_chain, "a draft may run over the limit"
    warnings = [str(message) for message in draft.context["messages"]]
    assert any(REFUSAL in warning for warning in warnings), warnings
    latest = Page.objects.get(pk=story.pk).specific.get_latest_revision().as_object()
    assert latest.social_texts[0].value == over

    fits = text_of(room(story, "telegram"), "ky")
    response = client.post(url, form(story, [("telegram", fits)], **{"action-publish": "1"}))
    assert response.status_code == 302
    assert is_live(story)


def test_autosave_queues_no_warning_for_a_later_page(client, editor, story):  # noqa: F811
    """The editor's autosave answers in JSON: a warning queued then would pop up on the
    next page, about a text shortened in the meantime."""
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(story.pk,))
    over = text_of(room(story, "telegram") + 1, "ky")

    autosaved = client.post(url, form(story, [("telegram", over)]), HTTP_ACCEPT="application/json")
    assert autosaved.status_code == 200
    assert autosaved.json()["success"]
    latest = Page.objects.get(pk=story.pk).specific.get_latest_revision().as_object()
    assert latest.social_texts[0].value == over

    page = client.get(url)
    assert not [m for m in page.context["messages"] if REFUSAL in str(m)]


def test_the_refusal_sits_on_the_channels_block(client, editor, story):  # noqa: F811
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(story.pk,))
    texts = [("facebook", "Жакшы кабар."), ("whatsapp", text_of(2000, "ru"))]
    response = client.post(url, form(story, texts, **{"action-submit": "1"}))
    error = response.context["form"].errors["social_texts"].as_data()[0]
    assert set(error.block_errors) == {1}
    assert "WhatsApp" in error.block_errors[1].messages[0]


def test_one_link_channels_refuse_a_link_in_the_text(story):
    story.social_texts = [("vk", "Окугула: https://example.org/башка")]
    assert any("take the link out of the VK text" in message for message in refusals(story))
    story.social_texts = [("facebook", "Окугула: https://example.org/башка")]
    assert refusals(story) == []


def test_the_model_refuses_whatever_calls_publish(story):
    story.social_texts = [("instagram", text_of(2300, "en"))]
    revision = story.save_revision()
    with pytest.raises(PublicationRefused) as refused:
        revision.publish()
    assert "Instagram" in refused.value.messages[0]
    assert not is_live(story)


def test_bulk_publishing_obeys_the_rule(client, editor, story):  # noqa: F811
    story.social_texts = [("whatsapp", text_of(1500, "ru"))]
    story.save_revision()
    client.force_login(editor)
    bulk_publish(client, [story])
    assert not is_live(story)


def test_the_texts_are_translated_with_the_page(story):
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    story.social_texts = [("telegram", "Мекендештер айылга мектеп курушту.")]
    texts = [
        segment.string.data
        for segment in extract_segments(story)
        if isinstance(segment, StringSegmentValue) and segment.path.startswith("social_texts")
    ]
    assert texts == ["Мекендештер айылга мектеп курушту."]


def test_the_editor_counts_per_channel(client, editor, story):  # noqa: F811
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(story.pk,))).content.decode()
    assert "social/social-counter.js" in html
    assert "data-social-room" in html
    assert "social-counter" in html
    assert "data-social-counter-caption-limit-value" in html
