import datetime
import io
from decimal import Decimal

import pytest
from PIL import Image as PILImage

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail.blocks import StreamValue, StructBlockValidationError
from wagtail.models import Page

from cms.blocks import (
    BODY_BLOCKS,
    AudioEmbedBlock,
    BodyStreamBlock,
    CallToActionBlock,
    GalleryBlock,
    HeadingBlock,
    ImageWithCaptionBlock,
    KeyFiguresBlock,
    PlaceBlock,
    PullQuoteBlock,
    SourceCitationBlock,
    StoryTextBlock,
    TimelineBlock,
    VideoEmbedBlock,
    iter_images,
)
from media_library.enums import ReleaseStatus
from media_library.models import CustomImage


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def png_file(name, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), colour).save(buffer, format="PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


def create_image(title, colour, **fields):
    """An image row whose file is already in storage.

    The blocks only read the row and render it, so the upload pipeline (metadata
    stripping, rendition tasks) stays out of these tests.
    """
    stored_name = default_storage.save(f"original_images/{title}.png", png_file("x.png", colour))
    fields.setdefault("release_status", ReleaseStatus.NOT_NEEDED)
    return CustomImage.objects.create(title=title, file=stored_name, width=32, height=24, **fields)


@pytest.fixture
def photo(db):
    return create_image(
        "Bakery",
        (200, 16, 46),
        description="Aigul takes bread out of the oven",
        caption="The bakery in Talas.",
        credit_line="Photo: A. Asanov",
    )


@pytest.fixture
def photo_without_alt(db):
    return create_image("Bazaar", (0, 90, 60))


def clean(block, data):
    return block.clean(block.to_python(data))


def field_errors(block, data):
    """Clean a value that must fail; return its messages by field."""
    with pytest.raises(StructBlockValidationError) as caught:
        clean(block, data)
    return {name: error.messages for name, error in caught.value.block_errors.items()}


def render(block, data):
    return block.render(block.to_python(data))


def api(block, data):
    return block.get_api_representation(clean(block, data))


# Text


def test_rich_text_valid_renders_and_serialises():
    block = StoryTextBlock()
    source = '<p>Hello <b>home</b> <a href="https://migrant.kg/">portal</a></p><ul><li>x</li></ul>'
    value = clean(block, source)
    assert block.features == ["bold", "italic", "link", "ol", "ul", "document-link"]
    assert block.get_api_representation(value) == source
    assert '<b>home</b> <a href="https://migrant.kg/">portal</a>' in str(block.render(value))


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JaVa&#x09;Script:alert(1)", " java\tscript:x", "data:text/html,x"],
)
def test_rich_text_refuses_script_links(href):
    with pytest.raises(ValidationError) as caught:
        clean(StoryTextBlock(), f'<p><a href="{href}">click</a></p>')
    assert "links may only lead to web pages" in caught.value.messages[0]


def test_rich_text_allows_mail_phone_and_internal_links():
    source = (
        '<p><a href="mailto:info@migrant.kg">mail</a> <a href="tel:+996312000000">call</a> '
        '<a linktype="page" id="1">page</a></p>'
    )
    assert clean(StoryTextBlock(), source).source == source


def test_rich_text_refuses_raw_html():
    with pytest.raises(ValidationError) as caught:
        clean(StoryTextBlock(), "<p>Hi</p><script>alert(1)</script>")
    assert caught.value.messages == [
        "Text may not contain HTML code such as <script>. Use the editor's buttons."
    ]


def test_heading():
    block = HeadingBlock()
    data = {"text": "Coming home", "level": "h3"}
    assert api(block, data) == data
    assert render(block, data).strip() == '<h3 class="block-heading">Coming home</h3>'
    assert field_errors(block, {"text": "Coming home.", "level": "h2"}) == {
        "text": ["Headings do not end with a full stop."]
    }
    assert "level" in field_errors(block, {"text": "Coming home", "level": "h1"})
    assert "text" in field_errors(block, {"text": "", "level": "h2"})


def test_pull_quote():
    block = PullQuoteBlock()
    data = {"quote": "Every som comes back.", "attribution": "Aigul", "role": "baker"}
    assert api(block, data) == data
    html = render(block, data)
    assert "<blockquote><p>Every som comes back.</p></blockquote>" in html
    assert "<cite>Aigul</cite>, baker" in html
    assert field_errors(block, {**data, "attribution": ""}) == {
        "attribution": ["This field is required."]
    }
    assert "quote" in field_errors(block, {**data, "quote": ""})
    assert field_errors(block, {**data, "quote": "«Every som comes back.»"}) == {
        "quote": ["Leave out the quotation marks: the design adds them."]
    }


def test_source_citation():
    block = SourceCitationBlock()
    data = {
        "publisher": "National Statistical Committee",
        "title": "Labour migration",
        "url": "https://www.stat.kg/",
        "date": "2024-03-01",
    }
    assert api(block, data) == {**data, "date": "2024-03-01"}
    html = render(block, data)
    assert (
        'National Statistical Committee, <a href="https://www.stat.kg/">Labour migration</a>'
        in html
    )
    assert '<time datetime="2024-03-01">' in html
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert field_errors(block, {**data, "date": tomorrow.isoformat()}) == {
        "date": ["The publication date cannot be in the future."]
    }
    assert "publisher" in field_errors(block, {**data, "publisher": ""})
    minimal = api(block, {"publisher": "IOM", "title": "", "url": "", "date": None})
    assert minimal == {"publisher": "IOM", "title": "", "url": None, "date": None}


# Images


def test_image_block_valid(photo):
    block = ImageWithCaptionBlock()
    data = {"image": photo.pk, "caption": "", "alt_text": ""}
    serialised = api(block, data)
    assert serialised["image"]["id"] == photo.pk
    assert serialised["image"]["credit"] == "Photo: A. Asanov"
    # Without an override, the library's texts are the ones to show.
    assert serialised["caption"] == "The bakery in Talas."
    assert serialised["alt_text"] == "Aigul takes bread out of the oven"
    html = render(block, data)
    assert 'alt="Aigul takes bread out of the oven"' in html
    assert "<figcaption>The bakery in Talas." in html
    assert "Photo: A. Asanov" in html


def test_image_block_needs_alt_text(photo_without_alt):
    block = ImageWithCaptionBlock()
    data = {"image": photo_without_alt.pk, "caption": "", "alt_text": ""}
    assert field_errors(block, data) == {
        "alt_text": ["The photo “Bazaar” has no alt text. Add it in the image library first."]
    }
    overridden = {**data, "alt_text": "Stalls at Osh bazaar"}
    assert clean(block, overridden)["alt_text"] == "Stalls at Osh bazaar"
    assert 'alt="Stalls at Osh bazaar"' in render(block, overridden)
    assert "image" in field_errors(block, {**data, "image": None})


def test_image_alt_rule_waits_for_publishing(photo_without_alt):
    block = ImageWithCaptionBlock()
    value = block.to_python({"image": photo_without_alt.pk, "caption": "", "alt_text": ""})
    assert block.clean_deferred(value)["image"] == photo_without_alt


def test_gallery(photo, photo_without_alt):
    block = GalleryBlock()
    items = [
        {"image": photo.pk, "caption": "Oven", "alt_text": ""},
        {"image": photo_without_alt.pk, "caption": "", "alt_text": "Stalls"},
    ]
    data = {"title": "Talas", "images": items}
    serialised = api(block, data)
    assert serialised["title"] == "Talas"
    assert [item["image"]["id"] for item in serialised["images"]] == [
        photo.pk,
        photo_without_alt.pk,
    ]
    assert [(item["caption"], item["alt_text"]) for item in serialised["images"]] == [
        ("Oven", "Aigul takes bread out of the oven"),
        ("", "Stalls"),
    ]
    html = render(block, data)
    assert html.count("<figure>") == 2
    assert 'alt="Stalls"' in html
    assert "<figcaption>Oven</figcaption>" in html


def test_gallery_refusals(photo, photo_without_alt):
    block = GalleryBlock()
    one = [{"image": photo.pk, "caption": "", "alt_text": ""}]
    assert field_errors(block, {"title": "", "images": one}) == {
        "images": ["A gallery needs at least 2 photos; use a single photo block instead."]
    }
    assert "images" in field_errors(block, {"title": "", "images": one * 21})

    missing_alt = one + [{"image": photo_without_alt.pk, "caption": "", "alt_text": ""}]
    with pytest.raises(StructBlockValidationError) as caught:
        clean(block, {"title": "", "images": missing_alt})
    item_error = caught.value.block_errors["images"].block_errors[1]
    assert item_error.block_errors["alt_text"].messages == [
        "The photo “Bazaar” has no alt text. Add it in the image library first."
    ]


def test_iter_images_one_query(photo, photo_without_alt, django_assert_num_queries):
    stream_block = BodyStreamBlock()
    raw = [
        {"type": "text", "value": "<p>x</p>", "id": "a"},
        {"type": "image", "value": {"image": photo.pk, "caption": "", "alt_text": ""}, "id": "b"},
        {
            "type": "gallery",
            "value": {
                "title": "",
                "images": [
                    {"type": "item", "value": {"image": photo_without_alt.pk}, "id": "c"},
                    {"type": "item", "value": {"image": photo.pk}, "id": "d"},
                    {"type": "item", "value": {"image": 999_999}, "id": "e"},
                ],
            },
            "id": "f",
        },
    ]
    stream = StreamValue(stream_block, raw, is_lazy=True)
    with django_assert_num_queries(1):
        assert list(iter_images(stream)) == [photo, photo_without_alt]


def test_iter_images_on_a_value_built_in_python(photo, photo_without_alt):
    stream_block = BodyStreamBlock()
    gallery = stream_block.child_blocks["gallery"].to_python(
        {"title": "", "images": [{"image": photo_without_alt.pk}, {"image": photo.pk}]}
    )
    stream = StreamValue(stream_block, [("gallery", gallery), ("heading", {"text": "x"})])
    assert list(iter_images(stream)) == [photo_without_alt, photo]
    assert list(iter_images(StreamValue(stream_block, []))) == []


# Embeds


@pytest.mark.parametrize(
    ("url", "provider", "embed_url"),
    [
        ("https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://www.facebook.com/iom/videos/123/", "facebook", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fiom%2Fvideos%2F123%2F"),
        ("https://vkvideo.ru/video-12345_456239017", "vk", "https://vk.com/video_ext.php?oid=-12345&id=456239017"),
        ("https://ok.ru/video/123456789", "ok", "https://ok.ru/videoembed/123456789"),
        ("https://rutube.ru/video/0123456789abcdef0123456789abcdef/", "rutube", "https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef"),
    ],
)  # fmt: skip
def test_video_providers(url, provider, embed_url):
    block = VideoEmbedBlock()
    data = {"url": url, "title": "Coming home", "caption": "Three families"}
    value = clean(block, data)
    embed = block.get_embed(value)
    assert (embed.provider, embed.embed_url) == (provider, embed_url)
    assert block.get_api_representation(value) == {
        **data,
        "provider": provider,
        "embed_url": embed_url,
    }


def test_video_renders_player():
    data = {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Coming home", "caption": ""}
    html = render(VideoEmbedBlock(), data)
    assert '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert 'title="Coming home"' in html


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://youtu.be/dQw4w9WgXcQ", "Use a secure address that starts with https://."),
        (
            "https://example.com/video.mp4",
            "Videos can be embedded from YouTube, Vimeo, Facebook, VK Video, OK.ru and Rutube.",
        ),
        (
            "https://www.youtube.com/@iom",
            "This YouTube address does not lead to one item. Copy the address of the item.",
        ),
        (
            "https://ok.ru/group/123",
            "This OK.ru address does not lead to one item. Copy the address of the item.",
        ),
    ],
)  # fmt: skip
def test_video_refusals(url, message):
    assert field_errors(VideoEmbedBlock(), {"url": url, "title": "x", "caption": ""}) == {
        "url": [message]
    }


@pytest.mark.parametrize(
    ("url", "provider", "embed_url"),
    [
        ("https://soundcloud.com/iom/episode-1", "soundcloud", "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fiom%2Fepisode-1"),
        ("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk", "spotify", "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk"),
        ("https://podcasts.apple.com/kg/podcast/mekendesh/id1234567?i=1000654", "apple_podcasts", "https://embed.podcasts.apple.com/kg/podcast/mekendesh/id1234567?i=1000654"),
        ("https://castbox.fm/episode/Mekendesh-id2345-id567890", "castbox", "https://castbox.fm/app/castbox/player/id2345/id567890"),
        ("https://cdn.example.org/ep1.m4a", "file", "https://cdn.example.org/ep1.m4a"),
    ],
)  # fmt: skip
def test_audio_providers(url, provider, embed_url):
    block = AudioEmbedBlock()
    value = clean(block, {"url": url, "title": "Episode 1", "duration": "1:05:30"})
    assert block.get_api_representation(value) == {
        "url": url,
        "title": "Episode 1",
        "duration_seconds": 3930,
        "provider": provider,
        "embed_url": embed_url,
    }


def test_audio_renders_player_for_a_file_and_a_service():
    block = AudioEmbedBlock()
    file_html = render(
        block, {"url": "https://cdn.example.org/e.mp3", "title": "E", "duration": ""}
    )
    assert '<audio controls preload="none" src="https://cdn.example.org/e.mp3">' in file_html
    spotify = "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk"
    html = render(block, {"url": spotify, "title": "E", "duration": "12:30"})
    assert '<iframe src="https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk"' in html
    assert "<small>(12:30)</small>" in html


def test_audio_refusals():
    block = AudioEmbedBlock()
    ok = {"url": "https://cdn.example.org/e.mp3", "title": "E", "duration": ""}
    assert field_errors(block, {**ok, "url": "http://cdn.example.org/e.mp3"}) == {
        "url": ["Use a secure address that starts with https://."]
    }
    assert field_errors(block, {**ok, "url": "https://cdn.example.org/e.wav"})["url"] == [
        "Audio can be embedded from SoundCloud, Spotify, Apple Podcasts and Castbox, "
        "or as an .mp3, .m4a or .ogg file."
    ]
    assert field_errors(block, {**ok, "duration": "twelve"}) == {
        "duration": ["Write the duration as minutes:seconds, e.g. 12:30."]
    }
    assert "title" in field_errors(block, {**ok, "title": ""})


# Data


def test_key_figures():
    block = KeyFiguresBlock()
    data = {
        "items": [
            {"number": "12", "unit": "", "label": "jobs"},
            {"number": "2.5", "unit": "m som", "label": "invested"},
        ]
    }
    assert api(block, data) == {
        "items": [
            {"number": 12, "unit": "", "label": "jobs"},
            {"number": 2.5, "unit": "m som", "label": "invested"},
        ]
    }
    html = render(block, data)
    assert "<strong>12</strong> jobs" in html
    assert "<strong>2.5 m som</strong> invested" in html
    assert "<strong>250,000</strong>" in render(
        block, {"items": [{"number": "250000", "unit": "", "label": "som"}]}
    )


@pytest.mark.parametrize("number", ["-1", "NaN", "Infinity"])
def test_key_figures_refuse_negative_and_non_finite_numbers(number):
    block = KeyFiguresBlock()
    value = block.to_python({"items": [{"number": "1", "unit": "", "label": "x"}]})
    value["items"][0]["number"] = Decimal(number)
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    item_error = caught.value.block_errors["items"].block_errors[0]
    assert list(item_error.block_errors) == ["number"]


def test_key_figures_count():
    block = KeyFiguresBlock()
    assert field_errors(block, {"items": []}) == {"items": ["Add at least one figure."]}
    seven = [{"number": "1", "unit": "", "label": "x"}] * 7
    assert "items" in field_errors(block, {"items": seven})


def test_timeline():
    block = TimelineBlock()
    data = {
        "title": "Aigul's road",
        "events": [
            {"date": "2012-09-01", "title": "Left for Moscow", "description": ""},
            {"date": "2022-05-15", "title": "Opened the bakery", "description": "In Talas"},
        ],
    }
    assert api(block, data) == data
    html = render(block, data)
    assert '<time datetime="2012-09-01">' in html
    assert "<strong>Opened the bakery</strong>" in html


def test_timeline_refusals():
    block = TimelineBlock()
    first = {"date": "2022-05-15", "title": "Opened the bakery", "description": ""}
    earlier = {"date": "2012-09-01", "title": "Left for Moscow", "description": ""}
    assert field_errors(block, {"title": "", "events": [first]}) == {
        "events": ["A timeline needs at least 2 events."]
    }
    with pytest.raises(StructBlockValidationError) as caught:
        clean(block, {"title": "", "events": [first, earlier]})
    event_error = caught.value.block_errors["events"].block_errors[1]
    assert event_error.block_errors["date"].messages == [
        "This date is before the event above it (May 15, 2022). "
        "List events from the oldest to the newest."
    ]


def test_place():
    block = PlaceBlock()
    data = {"label": "Talas", "latitude": 42.5228, "longitude": 72.2427, "zoom": 12}
    assert api(block, data) == data
    html = render(block, data)
    assert "https://www.openstreetmap.org/?mlat=42.5228&amp;mlon=72.2427#map=12/" in html
    assert ">Talas</a>" in html


@pytest.mark.parametrize(
    ("field", "number", "message"),
    [
        ("latitude", 90.5, "Latitude must be between −90 and 90."),
        ("latitude", -91, "Latitude must be between −90 and 90."),
        ("longitude", 180.1, "Longitude must be between −180 and 180."),
        ("zoom", 0, "Zoom must be between 1 and 18."),
        ("zoom", 19, "Zoom must be between 1 and 18."),
    ],
)
def test_place_refusals(field, number, message):
    data = {"label": "Talas", "latitude": 42.5, "longitude": 72.2, "zoom": 12, field: number}
    assert field_errors(PlaceBlock(), data) == {field: [message]}


# Actions


def test_call_to_action_with_url():
    block = CallToActionBlock()
    data = {"kind": "donate", "label": "Support", "url": "https://fund.example/", "page": None}
    assert api(block, data) == {**data, "url": "https://fund.example/"}
    assert render(block, data).strip() == (
        '<p class="block-cta block-cta--donate"><a class="button" '
        'href="https://fund.example/">Support</a></p>'
    )


def test_call_to_action_with_page(demo_site):
    block = CallToActionBlock()
    data = {"kind": "contact", "label": "Write to us", "url": "", "page": demo_site.pk}
    assert api(block, data) == {
        "kind": "contact",
        "label": "Write to us",
        "url": None,
        "page": {
            "id": demo_site.pk,
            "type": "cms.HomePage",
            "title": demo_site.title,
            "locale": "ky",
            "url": "https://portal.example/ky/",
        },
    }
    russian = block.get_api_representation(clean(block, data), {"language_code": "ru"})
    assert russian["page"]["locale"] == "ru"
    assert russian["page"]["url"] == "https://portal.example/ru/"


def test_call_to_action_refusals(db):
    block = CallToActionBlock()
    page = Page.objects.get(depth=1)
    base = {"kind": "contribute", "label": "Join", "url": "", "page": None}
    neither = "Choose a page on this site or enter a web address."
    assert field_errors(block, base) == {"url": [neither], "page": [neither]}
    both = "Choose either a page or a web address, not both."
    assert field_errors(block, {**base, "url": "https://a.example/", "page": page.pk}) == {
        "url": [both],
        "page": [both],
    }
    assert field_errors(block, {**base, "kind": "donate", "url": "http://a.example/"}) == {
        "url": ["Donations must go to a secure address starting with https://."]
    }
    assert field_errors(block, {**base, "url": "http://a.example/"}) == {
        "url": ["Use a secure address that starts with https://."]
    }
    assert "label" in field_errors(block, {**base, "label": "", "url": "https://a.example/"})


# The stream


def test_body_stream_block_holds_every_block_with_preview_and_template():
    stream_block = BodyStreamBlock()
    assert list(stream_block.child_blocks) == [name for name, _block in BODY_BLOCKS]
    for name, block in stream_block.child_blocks.items():
        assert block.meta.icon, name
        assert block.get_description(), name
        assert block.meta.template.startswith("cms/blocks/"), name
        assert block.is_previewable, name
    assert stream_block.check() == []


@pytest.mark.django_db
def test_previews_render_for_every_block(photo):
    for name, block in BodyStreamBlock().child_blocks.items():
        value = block.get_preview_value()
        assert block.render(value).strip(), name
        context = block.get_preview_context(value)
        context.update(block_def=block, bound_block=block.bind(value), page_title=name)
        page = render_to_string(block.get_preview_template(value), context)
        assert "<main>" in page, name


def test_presence_rules_wait_for_publishing(photo):
    gallery = GalleryBlock()
    one = gallery.to_python({"title": "", "images": [{"image": photo.pk}]})
    assert len(gallery.clean_deferred(one)["images"]) == 1
    cta = CallToActionBlock()
    empty = cta.to_python({"kind": "contact", "label": "", "url": "", "page": None})
    assert cta.clean_deferred(empty)["page"] is None
    http = cta.to_python({"kind": "donate", "label": "", "url": "http://a.example/"})
    with pytest.raises(StructBlockValidationError) as caught:
        cta.clean_deferred(http)
    assert list(caught.value.block_errors) == ["url"]


def test_stream_value_renders_and_serialises(photo):
    stream_block = BodyStreamBlock()
    stream = stream_block.to_python(
        [
            {"type": "heading", "value": {"text": "Home", "level": "h2"}, "id": "1"},
            {"type": "image", "value": {"image": photo.pk}, "id": "2"},
        ]
    )
    stream_block.clean(stream)
    html = stream_block.render(stream)
    assert '<h2 class="block-heading">Home</h2>' in html
    assert 'alt="Aigul takes bread out of the oven"' in html
    data = stream_block.get_api_representation(stream)
    assert [item["type"] for item in data] == ["heading", "image"]
    assert data[1]["value"]["image"]["id"] == photo.pk
    assert data[1]["value"]["alt_text"] == "Aigul takes bread out of the oven"
