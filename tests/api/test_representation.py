"""The representation layer: image objects, StreamField JSON and rich text for front-ends."""

import datetime
import io
import json

import pytest
from PIL import Image as PILImage

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale
from wagtail.rich_text import RichText

from cms.blocks import BodyStreamBlock
from cms.blocks.api import plain_text_excerpt, render_rich_text, render_rich_texts, stream_to_json
from media_library.consent import CONSENT_FORMS_COLLECTION
from media_library.enums import ReleaseStatus
from media_library.models import CustomImage
from media_library.public import absolute_media_url, image_object, public_images
from media_library.renditions import ALL_SPECS, preset_spec
from media_library.rules import consent_problem
from stories.models import SuccessStoryPage

pytestmark = pytest.mark.django_db

FRONTEND = "https://portal.example"
IMAGE_KEYS = {
    "id",
    "title",
    "alt",
    "caption",
    "text_locale",
    "caption_locale",
    "credit",
    "photographer",
    "licence",
    "width",
    "height",
    "focal_point",
    "renditions",
    "srcset",
}


def create_image(title, **fields):
    """An image whose file is stored, but whose preset renditions were never made.

    Made inside the test's transaction, so the on-commit task that would make the
    presets never runs: exactly the state of a photo whose task is still queued.
    """
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 16, 46)).save(buffer, format="PNG")
    name = default_storage.save(f"original_images/{title}.png", ImageFile(buffer, name="x.png"))
    fields.setdefault("description", f"{title} (ky)")
    fields.setdefault("release_status", ReleaseStatus.NOT_NEEDED)
    return CustomImage.objects.create(title=title, file=name, width=64, height=48, **fields)


def make_rendition(image, size="card", image_format="webp"):
    return image.get_rendition(preset_spec(size, image_format))


@pytest.fixture
def photo(db):
    return create_image(
        "Bakery",
        description="Айгүл нан бышырат",
        alt_text_ru="Айгуль печёт хлеб",
        alt_text_en="Aigul bakes bread",
        caption="Таластагы наабайкана.",
        caption_en="The bakery in Talas.",
        photographer="A. Asanov",
        credit_line="Photo: A. Asanov / IOM",
        licence="cc-by-4.0",
        release_status=ReleaseStatus.OBTAINED,
        release_reference="FORM-2024-117",
        location_shown="Talas, Manas street 5",
        date_taken=datetime.date(2024, 5, 1),
    )


def private_collection():
    parent = Collection.get_first_root_node().add_child(name="Unreleased shoot")
    CollectionViewRestriction.objects.create(
        collection=parent, restriction_type=CollectionViewRestriction.LOGIN
    )
    return parent.add_child(name="Day two")


def story_pair():
    """A demo story in Kyrgyz and its live Russian translation."""
    ky = SuccessStoryPage.objects.filter(locale__language_code="ky").live().first()
    ru = ky.get_translation(Locale.objects.get(language_code="ru"))
    assert ru.live
    return ky, ru


def front_end_url(page):
    return FRONTEND + page.get_url_parts()[2]


# The image object


def test_image_object_fields_and_texts_in_the_served_language(photo):
    make_rendition(photo, "card", "webp")
    data = image_object(photo, "en")
    assert set(data) == IMAGE_KEYS
    assert data["id"] == photo.pk
    assert (data["alt"], data["text_locale"]) == ("Aigul bakes bread", "en")
    assert (data["caption"], data["caption_locale"]) == ("The bakery in Talas.", "en")
    assert data["credit"] == "Photo: A. Asanov / IOM"
    assert data["photographer"] == "A. Asanov"
    assert data["licence"] == {
        "code": "cc-by-4.0",
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert (data["width"], data["height"], data["focal_point"]) == (64, 48, None)
    assert image_object(photo, "ru")["alt"] == "Айгуль печёт хлеб"
    assert image_object(photo, "ky")["alt"] == "Айгүл нан бышырат"


def test_an_empty_translation_falls_back_to_kyrgyz(photo):
    data = image_object(photo, "ru")
    assert (data["caption"], data["caption_locale"]) == ("Таластагы наабайкана.", "ky")
    photo.alt_text_ru = ""
    assert (image_object(photo, "ru")["alt"], image_object(photo, "ru")["text_locale"]) == (
        "Айгүл нан бышырат",
        "ky",
    )


def test_focal_point_and_translated_licence_name(photo):
    photo.focal_point_x, photo.focal_point_y = 30, 20
    photo.focal_point_width, photo.focal_point_height = 10, 8
    photo.licence = "arr"
    data = image_object(photo, "en")
    assert data["focal_point"] == {"x": 30, "y": 20, "width": 10, "height": 8}
    assert data["licence"] == {"code": "arr", "name": "All rights reserved", "url": None}


def test_only_renditions_made_beforehand_are_listed_and_none_is_made(photo):
    rendition_model = CustomImage.get_rendition_model()
    data = image_object(photo, "ky")
    assert data["renditions"] == {}
    assert data["srcset"] == {"webp": "", "jpeg": ""}
    card = make_rendition(photo, "card", "webp")
    full = make_rendition(photo, "full", "jpeg")
    before = rendition_model.objects.count()
    data = image_object(CustomImage.objects.get(pk=photo.pk), "ky")
    assert rendition_model.objects.count() == before
    assert set(data["renditions"]) == {"card.webp", "full.jpeg"}
    assert data["renditions"]["card.webp"] == {
        "url": settings.MEDIA_BASE_URL + card.url,
        "width": card.width,
        "height": card.height,
        "format": "webp",
    }
    # Cropped presets never join a srcset: a browser may pick any candidate.
    assert data["srcset"] == {"webp": "", "jpeg": f"{settings.MEDIA_BASE_URL}{full.url} 64w"}


def test_every_preset_and_format_has_its_own_key(photo):
    for spec in ALL_SPECS:
        photo.get_rendition(spec)
    image = public_images().filter(pk=photo.pk).prefetch_renditions(*ALL_SPECS).get()
    keys = set(image_object(image, "ky")["renditions"])
    assert "link_card.jpeg" in keys
    assert "story.webp" in keys
    assert len(keys) == len(ALL_SPECS)


@override_settings(MEDIA_BASE_URL="https://cms.example/")
def test_rendition_urls_are_absolute(photo):
    make_rendition(photo)
    url = image_object(photo, "ky")["renditions"]["card.webp"]["url"]
    assert url.startswith("https://cms.example/media/images/")
    assert absolute_media_url("https://cdn.example/a.webp") == "https://cdn.example/a.webp"
    assert absolute_media_url("/media/a.webp") == "https://cms.example/media/a.webp"


def test_no_exif_gps_or_release_fields_leave_the_server(photo, admin_user):
    photo.uploaded_by_user = admin_user
    photo.save()
    make_rendition(photo)
    text = json.dumps(image_object(photo, "ky"), ensure_ascii=False)
    for secret in ("FORM-2024-117", "Manas street", "2024-05-01", admin_user.username):
        assert secret not in text
    for field in ("release", "location", "date_taken", "uploaded", "gps", "exif", "file_hash"):
        assert field not in text


# /images


def test_images_endpoint_lists_only_public_released_images(client):
    public = create_image("Public")
    in_private = create_image("Inner", collection=private_collection())
    pending = create_image("Pending", release_status=ReleaseStatus.PENDING)
    minors = create_image("Minors", minors_present=True)
    released_minors = create_image(
        "Released", minors_present=True, release_status=ReleaseStatus.OBTAINED
    )
    data = client.get("/api/v1/images?limit=100").json()
    ids = {item["id"] for item in data["items"]}
    assert {public.pk, released_minors.pk} <= ids
    assert not ids & {in_private.pk, pending.pk, minors.pk}
    assert data["count"] == public_images().count()
    assert client.get(f"/api/v1/images/{public.pk}?locale=en").json()["alt"] == "Public (ky)"
    for hidden in (in_private, pending, minors):
        response = client.get(f"/api/v1/images/{hidden.pk}")
        assert response.status_code == 404
        assert response.json()["detail"]


def test_images_endpoint_checks_its_parameters(client):
    assert client.get("/api/v1/images?locale=de").status_code == 400
    assert client.get("/api/v1/images?limit=101").status_code == 400
    assert client.get("/api/v1/images?offset=-1").status_code == 400
    assert client.get("/api/v1/images/999999").status_code == 404


@pytest.mark.parametrize("status", ReleaseStatus.values)
@pytest.mark.parametrize("minors", [False, True])
def test_the_public_filter_agrees_with_the_consent_rule(status, minors):
    image = create_image(f"{status}-{minors}", release_status=status, minors_present=minors)
    allowed = public_images().filter(pk=image.pk).exists()
    assert allowed == (consent_problem(image) is None)


def test_image_list_costs_the_same_for_2_and_12_images(client, django_assert_num_queries):
    for number in range(12):
        make_rendition(create_image(f"Extra {number}"))
    client.get("/api/v1/images?limit=1")  # reads the per-version visibility data once
    # The content version, then the count, the page of images and their renditions.
    with django_assert_num_queries(4):
        small = client.get("/api/v1/images?limit=2").json()
    with django_assert_num_queries(4):
        large = client.get("/api/v1/images?limit=12").json()
    assert (len(small["items"]), len(large["items"])) == (2, 12)
    assert all(item["renditions"] for item in large["items"])


# StreamField JSON


def every_block(image, page):
    return [
        {
            "type": "text",
            "id": "t",
            "value": f'<p>Read <a linktype="page" id="{page.pk}">it</a></p>',
        },
        {"type": "heading", "id": "h", "value": {"text": "Home", "level": "h2"}},
        {"type": "quote", "id": "q", "value": {"quote": "Q", "attribution": "A", "role": ""}},
        {"type": "image", "id": "i", "value": {"image": image.pk, "caption": "", "alt_text": ""}},
        {
            "type": "gallery",
            "id": "g",
            "value": {
                "title": "G",
                "images": [
                    {"image": image.pk, "caption": "Own caption", "alt_text": "Own alt"},
                    {"image": image.pk, "caption": "", "alt_text": ""},
                ],
            },
        },
        {
            "type": "video",
            "id": "v",
            "value": {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "V", "caption": ""},
        },
        {
            "type": "audio",
            "id": "a",
            "value": {"url": "https://example.org/a.mp3", "title": "A", "duration": "1:05"},
        },
        {
            "type": "key_figures",
            "id": "k",
            "value": {"items": [{"number": "12.50", "unit": "%", "label": "L"}]},
        },
        {
            "type": "timeline",
            "id": "tl",
            "value": {
                "title": "",
                "events": [{"date": "2012-09-01", "title": "Left", "description": ""}],
            },
        },
        {
            "type": "place",
            "id": "p",
            "value": {"label": "Talas", "latitude": 42.5, "longitude": 72.2, "zoom": 12},
        },
        {
            "type": "call_to_action",
            "id": "c",
            "value": {"kind": "contact", "label": "Write", "url": "", "page": page.pk},
        },
        {
            "type": "source",
            "id": "s",
            "value": {"publisher": "IOM", "title": "", "url": "", "date": "2024-03-01"},
        },
    ]


def stream(raw):
    return BodyStreamBlock().to_python(raw)


def test_stream_json_for_every_block_type(photo):
    ky, ru = story_pair()
    make_rendition(photo)
    data = stream_to_json(stream(every_block(photo, ky)), "ru")
    by_type = {block["type"]: block for block in data}
    assert list(by_type) == [name for name, _block in BodyStreamBlock().child_blocks.items()]
    assert all(set(block) == {"type", "id", "value"} for block in data)
    assert by_type["text"]["value"] == f'<p>Read <a href="{front_end_url(ru)}">it</a></p>'
    assert by_type["heading"]["value"] == {"text": "Home", "level": "h2"}
    assert by_type["quote"]["value"] == {"quote": "Q", "attribution": "A", "role": ""}
    image_block = by_type["image"]["value"]
    assert set(image_block["image"]) == IMAGE_KEYS
    assert image_block["image"]["renditions"]["card.webp"]["url"].startswith("http")
    assert (image_block["alt_text"], image_block["caption"]) == (
        "Айгуль печёт хлеб",
        "Таластагы наабайкана.",
    )
    gallery = by_type["gallery"]["value"]
    assert gallery["title"] == "G"
    assert [(item["caption"], item["alt_text"]) for item in gallery["images"]] == [
        ("Own caption", "Own alt"),
        ("Таластагы наабайкана.", "Айгуль печёт хлеб"),
    ]
    assert by_type["video"]["value"]["provider"] == "youtube"
    assert by_type["audio"]["value"]["duration_seconds"] == 65
    assert by_type["key_figures"]["value"] == {
        "items": [{"number": 12.5, "unit": "%", "label": "L"}]
    }
    assert by_type["timeline"]["value"]["events"][0]["date"] == "2012-09-01"
    assert by_type["place"]["value"]["zoom"] == 12
    assert by_type["call_to_action"]["value"] == {
        "kind": "contact",
        "label": "Write",
        "url": None,
        "page": {
            "id": ru.pk,
            "type": "stories.SuccessStoryPage",
            "title": ru.title,
            "locale": "ru",
            "url": front_end_url(ru),
        },
    }
    assert by_type["source"]["value"]["date"] == "2024-03-01"
    json.dumps(data)


def test_private_and_unreleased_images_are_null_in_a_stream(photo):
    hidden = create_image("Hidden", collection=private_collection())
    refused = create_image("Refused", release_status=ReleaseStatus.REFUSED)
    raw = [
        {"type": "image", "id": str(image.pk), "value": {"image": image.pk}}
        for image in (photo, hidden, refused)
    ]
    images = [block["value"]["image"] for block in stream_to_json(stream(raw), "ky")]
    assert images[0]["id"] == photo.pk
    assert images[1:] == [None, None]


def test_page_links_fall_back_to_the_page_itself_and_drop_hidden_pages(ky_index):
    untranslated = SuccessStoryPage(title="Жаңы", slug="жаңы-окуя", standfirst="Жаңы.")
    ky_index.add_child(instance=untranslated)
    untranslated.save_revision().publish()
    draft = SuccessStoryPage(title="Долбоор", slug="долбоор", standfirst="Д.", live=False)
    ky_index.add_child(instance=draft)
    html = (
        f'<p><a linktype="page" id="{untranslated.pk}">a</a> '
        f'<a linktype="page" id="{draft.pk}">b</a> <a linktype="page" id="999999">c</a></p>'
    )
    assert render_rich_text(html, "en") == (
        f'<p><a href="{front_end_url(untranslated)}">a</a> <a>b</a> <a>c</a></p>'
    )
    assert front_end_url(untranslated).startswith(f"{FRONTEND}/ky/")


def test_links_follow_the_served_language():
    ky, ru = story_pair()
    en = ky.get_translation(Locale.objects.get(language_code="en"))
    html = f'<p><a linktype="page" id="{ru.pk}">x</a></p>'
    assert render_rich_text(html, "ky") == f'<p><a href="{front_end_url(ky)}">x</a></p>'
    assert render_rich_text(html, "en") == f'<p><a href="{front_end_url(en)}">x</a></p>'
    assert front_end_url(en).startswith(f"{FRONTEND}/en/")


def long_stream(images, pages, count):
    raw = []
    for number in range(count):
        image, page = images[number % len(images)], pages[number % len(pages)]
        raw += [
            {"type": "text", "value": f'<p><a linktype="page" id="{page.pk}">{number}</a></p>'},
            {"type": "image", "value": {"image": image.pk, "caption": "", "alt_text": ""}},
            {
                "type": "call_to_action",
                "value": {"kind": "contact", "label": "L", "page": page.pk},
            },
        ]
    raw.append(
        {"type": "gallery", "value": {"images": [{"image": image.pk} for image in images[:count]]}}
    )
    return raw


def test_stream_cost_does_not_grow_with_the_number_of_blocks(django_assert_num_queries):
    images = [make_rendition(create_image(f"Body {n}")).image for n in range(30)]
    pages = list(SuccessStoryPage.objects.filter(locale__language_code="ky").live())
    stream_to_json(stream(long_stream(images, pages, 1)), "ru")  # warms the caches
    with CaptureQueriesContext(connection) as queries:
        short = stream_to_json(stream(long_stream(images, pages, 2)), "ru")
    # Wagtail reads the choosers once per block type (image, call to action, gallery);
    # then images, their renditions and the pages (with their translations); outside a
    # request the content version is read from the database too.
    assert len(queries) <= 9
    with django_assert_num_queries(len(queries)):
        long = stream_to_json(stream(long_stream(images, pages, 30)), "ru")
    assert (len(short), len(long)) == (7, 91)
    assert all(block["value"]["image"]["renditions"] for block in long if block["type"] == "image")
    assert all(block["value"]["page"]["locale"] == "ru" for block in long[2::3])
    assert len(long[-1]["value"]["images"]) == 30


# Rich text


def test_document_links_are_absolute_and_private_documents_are_not_linked():
    document_model = get_document_model()
    report = document_model.objects.create(
        title="Report", file=ContentFile(b"figures", name="report.txt")
    )
    consent = document_model.objects.create(
        title="Form",
        file=ContentFile(b"names", name="form.txt"),
        collection=Collection.objects.get(name=CONSENT_FORMS_COLLECTION),
    )
    html = (
        f'<p><a linktype="document" id="{report.pk}">r</a> '
        f'<a linktype="document" id="{consent.pk}">f</a></p>'
    )
    assert render_rich_text(html, "ky") == (
        f'<p><a href="{settings.MEDIA_BASE_URL}{report.url}">r</a> <a>f</a></p>'
    )


def test_embedded_images_use_an_existing_rendition_or_are_dropped(photo):
    html = f'<embed embedtype="image" id="{photo.pk}" format="fullwidth" alt=""/>'
    before = CustomImage.get_rendition_model().objects.count()
    assert render_rich_text(html, "en") == ""
    assert CustomImage.get_rendition_model().objects.count() == before
    full = make_rendition(photo, "full", "webp")
    url = settings.MEDIA_BASE_URL + full.url
    assert render_rich_text(html, "en") == (
        f'<img src="{url}" srcset="{url} 64w" width="64" height="48" '
        f'alt="Aigul bakes bread" data-image-id="{photo.pk}">'
    )
    photo.alt_text_ru = ""
    photo.save()
    assert 'lang="ky"' in render_rich_text(html, "ru")


def test_unsafe_links_and_third_party_embeds_are_neutralised():
    html = (
        '<p><a href="JaVa&#x09;Script:alert(1)">x</a> <a href="https://a.example/">y</a> '
        '<a href="tel:+996312000000">z</a></p>'
        '<embed embedtype="media" url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"/>'
    )
    assert render_rich_text(html, "ky") == (
        '<p><a>x</a> <a href="https://a.example/">y</a> <a href="tel:+996312000000">z</a></p>'
    )


def test_a_rich_text_value_renders_like_its_source():
    ky, _ru = story_pair()
    source = f'<p><a linktype="page" id="{ky.pk}">x</a></p>'
    assert render_rich_text(RichText(source), "ky") == render_rich_text(source, "ky")
    assert render_rich_text(RichText(""), "ky") == render_rich_text("", "ky") == ""


def test_many_values_share_their_lookups(django_assert_num_queries):
    pages = SuccessStoryPage.objects.filter(locale__language_code="ky").live()
    htmls = [f'<p><a linktype="page" id="{page.pk}">x</a></p>' for page in pages]
    render_rich_text(htmls[0], "en")  # warms the caches
    with CaptureQueriesContext(connection) as one:
        render_rich_text(htmls[0], "en")
    with django_assert_num_queries(len(one)):
        rendered = render_rich_texts(htmls, "en")
    assert len(rendered) == len(htmls) > 2
    assert all(f'href="{FRONTEND}/en/' in html for html in rendered)


def test_plain_text_excerpt():
    html = "<p>Бишкекте  туулган <b>Айгүл</b></p><ul><li>12&nbsp;жумуш</li></ul>"
    assert plain_text_excerpt(html) == "Бишкекте туулган Айгүл 12 жумуш"
    assert plain_text_excerpt("<p>one two three four</p>", length=12) == "one two…"
    assert plain_text_excerpt("<p>one two, three</p>", length=10) == "one two…"
    assert plain_text_excerpt("<p>abcdefghijkl</p>", length=6) == "abcde…"
    assert len(plain_text_excerpt("слово " * 100)) <= 300
