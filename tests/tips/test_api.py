"""Sending a story tip: stored with its photos together, or refused leaving nothing."""

import pytest

from django.core import mail
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.users.models import UserProfile

from tests.media_library.sample_images import png_declaring, private_traces
from tests.media_library.upload_corpus import heic_bytes
from tips.enums import TipState
from tips.models import StoryTip, TipPhoto

from .conftest import jpeg, post_tip, stored_files, tip_data, user_in

pytestmark = pytest.mark.django_db


def test_a_tip_is_stored_with_cleaned_photos_under_random_private_names(
    client, taxonomy, django_capture_on_commit_callbacks
):
    data = tip_data(photos=[jpeg("Aigul Asanova at home.jpg"), jpeg()])
    with django_capture_on_commit_callbacks(execute=True):
        response = post_tip(client, data)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body == {"reference": body["reference"], "state": "new", "language": "ky", "photos": 2}
    tip = StoryTip.objects.get(reference=body["reference"])
    assert tip.state == TipState.NEW
    assert (tip.name, tip.email, tip.country) == ("Айгүл Асанова", "aigul@example.org", "TR")
    assert tip.place == taxonomy["place"]
    assert tip.may_be_named is True
    assert tip.consent_given_at
    assert tip.privacy_notice_version == "2026-1"
    for row in tip.photos.all():
        assert row.file.name.startswith("private/story-tips/")
        assert "Aigul" not in row.file.name
        with default_storage.open(row.file.name) as stored:
            assert private_traces(stored.read()) == []
    assert tip.photos.filter(original_name="Aigul Asanova at home.jpg").exists()


def test_the_submitters_locale_is_kept_from_the_form_or_the_header(client, taxonomy):
    ru = post_tip(client, tip_data(locale="ru")).json()
    assert StoryTip.objects.get(reference=ru["reference"]).language == "ru"
    header = post_tip(
        client, tip_data(locale=None, email="x@example.org"), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert header.json()["language"] == "en"


def test_anonymous_tips_need_no_name_or_contact_and_keep_no_name(client, taxonomy):
    data = tip_data(anonymous="true", name="Someone", email="", may_be_named="true")
    response = post_tip(client, data)
    assert response.status_code == 201, response.content
    tip = StoryTip.objects.get()
    assert tip.is_anonymous
    assert tip.name == ""
    assert tip.may_be_named is False


def test_a_messenger_handle_is_contact_enough_and_free_text_place_is_enough(client, taxonomy):
    data = tip_data(email="", phone="@aigul_tg", place="", place_text="Ак-Суу айылы")
    response = post_tip(client, data)
    assert response.status_code == 201, response.content
    tip = StoryTip.objects.get()
    assert (tip.phone, tip.place, tip.place_text) == ("@aigul_tg", None, "Ак-Суу айылы")


def svg():
    return SimpleUploadedFile(
        "logo.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/jpeg"
    )


def bomb():
    return SimpleUploadedFile("big.png", png_declaring(40_000, 40_000), "image/png")


REFUSALS = {
    "no consent": ({"consent": None}, "consent"),
    "old notice": ({"privacy_notice_version": "0"}, "privacy_notice_version"),
    "no contact": ({"email": "", "phone": ""}, "email"),
    "no name": ({"name": ""}, "name"),
    "bad e-mail": ({"email": "not-an-email"}, "email"),
    "short text": ({"what_happened": "Short"}, "what_happened"),
    "long text": ({"what_happened": "ж" * 5001}, "what_happened"),
    "unknown country": ({"country": "XX"}, "country"),
    "unknown place": ({"place": "nowhere"}, "place"),
    "no place": ({"place": ""}, "place"),
    "bad locale": ({"locale": "de"}, "locale"),
    "honeypot": ({"website": "http://spam.example"}, "website"),
    "svg photo": ({"photos": [jpeg(), svg()]}, "photos[2]"),
    "bomb photo": ({"photos": [jpeg(), bomb()]}, "photos[2]"),
    "too many photos": ({"photos": [jpeg(f"{n}.jpg", 64, 48) for n in range(6)]}, "photos"),
    "other file field": ({"document": [jpeg()]}, "document"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_each_refusal_names_the_field_and_leaves_no_row_and_no_file(
    client, taxonomy, settings, case, django_capture_on_commit_callbacks
):
    overrides, field = REFUSALS[case]
    with django_capture_on_commit_callbacks(execute=True):
        response = post_tip(client, tip_data(**overrides))
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in [param["name"] for param in response.json()["invalid_params"]]
    assert not StoryTip.objects.exists()
    assert not TipPhoto.objects.exists()
    assert stored_files(settings) == []
    assert mail.outbox == []


def test_a_failure_while_storing_removes_the_photos_already_written(
    client, taxonomy, settings, monkeypatch
):
    """All or nothing: the second photo's row fails after the first file was written."""
    original = TipPhoto.save
    calls = []

    def failing_save(self, *args, **kwargs):
        calls.append(self.file.name)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(TipPhoto, "save", failing_save)
    client.raise_request_exception = False
    response = post_tip(client, tip_data(photos=[jpeg("a.jpg"), jpeg("b.jpg")]))
    assert response.status_code == 500
    assert len(calls) == 2
    assert not StoryTip.objects.exists()
    assert stored_files(settings) == []


@override_settings(STORY_TIP_RATE_PER_CONTACT=2, STORY_TIP_RATE_PER_IP=3)
def test_rate_limits_per_contact_and_per_address(client, taxonomy, settings):
    for _number in range(2):
        assert post_tip(client, tip_data()).status_code == 201
    refused = post_tip(client, tip_data(photos=[jpeg()]))
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert StoryTip.objects.count() == 2
    assert TipPhoto.objects.count() == 0
    assert stored_files(settings) == []
    assert post_tip(client, tip_data(email="other@example.org")).status_code == 201
    by_address = post_tip(client, tip_data(email="third@example.org"))
    assert by_address.status_code == 429
    assert StoryTip.objects.count() == 3


def test_refused_tips_do_not_count_against_the_limit(client, taxonomy):
    with override_settings(STORY_TIP_RATE_PER_IP=1):
        assert post_tip(client, tip_data(consent=None)).status_code == 400
        assert post_tip(client, tip_data()).status_code == 201


@override_settings(STORY_TIP_MAX_BODY_SIZE=2_000)
def test_the_body_limit_is_the_tips_own(client, taxonomy, settings):
    assert post_tip(client, tip_data()).status_code == 201
    big = post_tip(client, tip_data(email="b@example.org", photos=[jpeg()]))
    assert big.status_code == 413
    assert big["Content-Type"] == "application/problem+json"
    assert StoryTip.objects.count() == 1


def test_tips_above_the_anonymous_body_limit_are_accepted(client, taxonomy, settings):
    photos = [jpeg(f"{n}.jpg", 1600, 1200) for n in range(3)]
    response = post_tip(client, tip_data(photos=photos))
    assert response.status_code == 201, response.content
    assert sum(r.size for r in TipPhoto.objects.all()) > settings.MAX_ANONYMOUS_REQUEST_BODY_SIZE


def test_content_managers_are_told_in_their_admin_language(
    client, taxonomy, django_user_model, django_capture_on_commit_callbacks
):
    manager = user_in(django_user_model, "Content managers")
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "ru"
    profile.save()
    translator = user_in(django_user_model, "Translators")
    with django_capture_on_commit_callbacks(execute=True):
        reference = post_tip(client, tip_data()).json()["reference"]
    sent = [m for m in mail.outbox if m.to == [manager.email]]
    assert len(sent) == 1
    assert reference in sent[0].subject
    assert reference in sent[0].body
    assert "aigul@example.org" not in sent[0].body
    assert all(m.to != [translator.email] for m in mail.outbox)


def test_a_get_is_not_allowed_and_nothing_lists_tips(client, taxonomy):
    post_tip(client, tip_data())
    assert client.get("/api/v1/story-tips").status_code == 405


def test_an_iphone_heic_photo_is_kept_as_a_clean_jpeg(client, taxonomy):
    heic = SimpleUploadedFile("IMG_0001.HEIC", heic_bytes(), "image/heic")
    response = post_tip(client, tip_data(photos=[heic]))
    assert response.status_code == 201, response.content
    row = TipPhoto.objects.get()
    assert row.content_type == "image/jpeg"
    assert row.file.name.endswith(".jpg")
    with default_storage.open(row.file.name) as stored:
        data = stored.read()
    assert data[:3] == b"\xff\xd8\xff"
    assert private_traces(data) == []
