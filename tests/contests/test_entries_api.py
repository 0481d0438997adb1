"""Sending an entry: stored with its files together, or refused leaving nothing."""

import datetime
import os

import pytest

from django.core import mail
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from contests.enums import EntryState
from contests.models import Entry, EntryFile
from tests.media_library.sample_images import private_traces

from .conftest import award_data, jpeg, pdf, post_entry

pytestmark = pytest.mark.django_db


def stored_files(settings) -> list[str]:
    found = []
    for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT):
        for folder, _dirs, files in os.walk(root):
            found += [os.path.join(folder, name) for name in files]
    return found


def s3_keys(client, bucket) -> list[str]:
    return [item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])]


def test_an_entry_is_stored_with_cleaned_photos_under_random_private_names(
    client, award_edition, taxonomy, django_capture_on_commit_callbacks
):
    data = award_data(taxonomy, photos=[jpeg("Aibek Asanov home.jpg"), jpeg()], documents=[pdf()])
    with django_capture_on_commit_callbacks(execute=True):
        response = post_entry(client, award_edition, data)
    assert response.status_code == 201, response.content
    body = response.json()
    entry = Entry.objects.get(reference=body["reference"])
    assert entry.state == EntryState.SUBMITTED
    assert entry.answers["amount"] == "15000.00"
    assert entry.consent_given_at
    assert entry.privacy_notice_version == "2026-1"
    files = list(entry.files.all())
    assert len(files) == 3
    for row in files:
        assert row.file.name.startswith("private/contest-entries/")
        assert "Aibek" not in row.file.name
        assert "report" not in row.file.name
    photo = entry.files.filter(kind="image").first()
    with default_storage.open(photo.file.name) as stored:
        assert private_traces(stored.read()) == []
    assert entry.files.filter(original_name="Aibek Asanov home.jpg").exists()
    # The receipt names the reference and the private link.
    assert len(mail.outbox) == 1
    assert body["reference"] in mail.outbox[0].body
    assert body["status_url"] in mail.outbox[0].body
    assert mail.outbox[0].to == ["aibek@example.org"]


def test_the_status_link_shows_the_state_and_withdraws_before_the_deadline(
    client, award_edition, taxonomy
):
    created = post_entry(client, award_edition, award_data(taxonomy)).json()
    token = created["status_token"]
    status = client.get(f"/api/v1/contest-entries/status?token={token}")
    assert status.status_code == 200
    assert status.json()["state"] == "submitted"
    assert status.json()["can_withdraw"] is True
    assert client.get("/api/v1/contest-entries/status?token=forged-token-x").status_code == 401
    withdrawn = client.post(f"/api/v1/contest-entries/withdraw?token={token}")
    assert withdrawn.status_code == 200
    assert withdrawn.json()["state"] == "withdrawn"
    again = client.post(f"/api/v1/contest-entries/withdraw?token={token}")
    assert again.status_code == 409


def test_after_the_deadline_the_entry_cannot_be_withdrawn(client, award_edition, taxonomy):
    created = post_entry(client, award_edition, award_data(taxonomy)).json()
    award_edition.closes_on = datetime.date.today() - datetime.timedelta(days=1)
    award_edition.save_revision().publish()
    response = client.post(f"/api/v1/contest-entries/withdraw?token={created['status_token']}")
    assert response.status_code == 409
    assert Entry.objects.get().state == EntryState.SUBMITTED


def test_duplicates_are_flagged_not_refused(client, award_edition, taxonomy):
    first = post_entry(client, award_edition, award_data(taxonomy)).json()
    second = post_entry(client, award_edition, award_data(taxonomy, email="AIBEK@example.org"))
    assert second.status_code == 201
    assert second.json()["is_duplicate"] is True
    assert Entry.objects.get(reference=first["reference"]).is_duplicate is True
    other = post_entry(client, award_edition, award_data(taxonomy, title="Башка долбоор"))
    assert other.json()["is_duplicate"] is False


def refusal_cases(taxonomy):
    svg = SimpleUploadedFile(
        "logo.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/jpeg"
    )
    html = SimpleUploadedFile("report.pdf", b"<html><script>x</script></html>", "application/pdf")
    return {
        "no consent": (award_data(taxonomy, consent=None), "consent", 400),
        "old notice": (
            award_data(taxonomy, privacy_notice_version="0"),
            "privacy_notice_version",
            400,
        ),
        "honeypot": (award_data(taxonomy, website="http://spam.example"), "website", 400),
        "svg photo": (award_data(taxonomy, photos=[jpeg(), svg]), "photos[2]", 400),
        "html as pdf": (award_data(taxonomy, documents=[html]), "documents[1]", 400),
    }


@pytest.mark.parametrize(
    "case", ["no consent", "old notice", "honeypot", "svg photo", "html as pdf"]
)
def test_each_refusal_leaves_no_row_and_no_file(client, award_edition, taxonomy, settings, case):
    data, field, status = refusal_cases(taxonomy)[case]
    response = post_entry(client, award_edition, data)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    assert field in [param["name"] for param in response.json()["invalid_params"]]
    assert not Entry.objects.exists()
    assert not EntryFile.objects.exists()
    assert stored_files(settings) == []
    assert mail.outbox == []


def test_every_bad_field_is_named(client, award_edition, taxonomy):
    data = award_data(
        taxonomy,
        email="not-an-email",
        country="XX",
        category="nope",
        amount="-5",
        currency="ZZZ",
        beneficiaries="many",
        place="nowhere",
        sector="nothing",
        contribution="gold",
        phone="call me",
        title="x" * 201,
        nominated_by="third_party",
        description="",
    )
    response = post_entry(client, award_edition, data)
    assert response.status_code == 400
    named = {param["name"] for param in response.json()["invalid_params"]}
    assert named == {
        "email",
        "country",
        "category",
        "amount",
        "currency",
        "beneficiaries",
        "place",
        "sector",
        "contribution",
        "phone",
        "title",
        "nominator_name",
        "nominator_email",
        "description",
    }


def bomb():
    from tests.media_library.sample_images import png_declaring

    return SimpleUploadedFile("big.png", png_declaring(40_000, 40_000), "image/png")


def test_a_refused_fifth_file_leaves_nothing_on_either_storage(
    client, award_edition, taxonomy, settings, any_storage, request
):
    photos = [jpeg(f"p{number}.jpg") for number in range(4)] + [bomb()]
    response = post_entry(client, award_edition, award_data(taxonomy, photos=photos))
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalid_params"]] == ["photos[5]"]
    assert not Entry.objects.exists()
    assert not EntryFile.objects.exists()
    if any_storage == "s3":
        s3, bucket = request.getfixturevalue("s3_bucket")
        assert s3_keys(s3, bucket) == []
    assert stored_files(settings) == []


def test_an_accepted_entry_reaches_s3_privately(client, award_edition, taxonomy, s3_bucket):
    s3, bucket = s3_bucket
    response = post_entry(client, award_edition, award_data(taxonomy, photos=[jpeg()]))
    assert response.status_code == 201
    keys = s3_keys(s3, bucket)
    assert len(keys) == 1
    assert keys[0].startswith("private/contest-entries/")
    grants = s3.get_object_acl(Bucket=bucket, Key=keys[0])["Grants"]
    assert not any(g["Grantee"].get("URI", "").endswith("AllUsers") for g in grants)


@pytest.mark.parametrize(
    ("opens", "closes", "status"), [(3, 10, "upcoming"), (-20, -1, "judging")]
)
def test_a_closed_or_upcoming_edition_refuses_with_its_dates(
    client, award_edition, taxonomy, settings, opens, closes, status
):
    today = datetime.date.today()
    award_edition.opens_on = today + datetime.timedelta(days=opens)
    award_edition.closes_on = today + datetime.timedelta(days=closes)
    award_edition.save_revision().publish()
    response = post_entry(client, award_edition, award_data(taxonomy, photos=[jpeg()]))
    assert response.status_code == 409
    body = response.json()
    assert body["edition_status"] == status
    assert award_edition.closes_on.isoformat() not in body["closes_at"]  # midnight after it
    assert "+06:00" in body["closes_at"]
    assert "+06:00" in body["detail"]
    assert not Entry.objects.exists()
    assert stored_files(settings) == []


@override_settings(CONTEST_ENTRY_RATE_PER_EMAIL=2, CONTEST_ENTRY_RATE_PER_IP=3)
def test_rate_limits_per_email_and_per_address(client, award_edition, taxonomy, settings):
    for number in range(2):
        assert (
            post_entry(client, award_edition, award_data(taxonomy, title=f"T{number}")).status_code
            == 201
        )
    refused = post_entry(client, award_edition, award_data(taxonomy, title="T3", photos=[jpeg()]))
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert Entry.objects.count() == 2
    other = award_data(taxonomy, email="other@example.org", title="T4")
    assert post_entry(client, award_edition, other).status_code == 201
    by_address = post_entry(client, award_edition, award_data(taxonomy, email="third@example.org"))
    assert by_address.status_code == 429
    assert Entry.objects.count() == 3


@override_settings(CONTEST_ENTRY_MAX_BODY_SIZE=2_000)
def test_the_body_limit_is_the_contests_own(client, award_edition, taxonomy):
    small = post_entry(client, award_edition, award_data(taxonomy))
    assert small.status_code == 201  # above the 64 KiB anonymous limit? no: below 2 000
    big = post_entry(client, award_edition, award_data(taxonomy, photos=[jpeg()]))
    assert big.status_code == 413
    assert big["Content-Type"] == "application/problem+json"
    assert Entry.objects.count() == 1


def test_entries_above_the_anonymous_limit_are_accepted(client, award_edition, taxonomy, settings):
    photos = [jpeg(f"{n}.jpg", 1600, 1200) for n in range(3)]
    data = award_data(taxonomy, photos=photos)
    response = post_entry(client, award_edition, data)
    assert response.status_code == 201
    assert EntryFile.objects.count() == 3
    assert (
        sum(row.size for row in EntryFile.objects.all()) > settings.MAX_ANONYMOUS_REQUEST_BODY_SIZE
    )


def test_the_registered_path_opens_no_other(client, award_edition, taxonomy, settings):
    """The entry path's own limit does not lift the anonymous limit anywhere else."""
    photos = [jpeg(f"{n}.jpg", 1600, 1200) for n in range(2)]
    other = client.post(f"/api/v1/contests/{award_edition.pk}/entries/extra", {"photos": photos})
    assert other.status_code == 413
    more = [jpeg(f"{n}.jpg", 1600, 1200) for n in range(2)]
    stories = client.post("/api/v1/stories", {"photos": more})
    assert stories.status_code == 413


def test_deleting_an_entry_removes_its_files(
    client, award_edition, taxonomy, settings, django_capture_on_commit_callbacks
):
    post_entry(client, award_edition, award_data(taxonomy, photos=[jpeg()], documents=[pdf()]))
    assert len(stored_files(settings)) == 2
    with django_capture_on_commit_callbacks(execute=True):
        Entry.objects.get().delete()
    assert stored_files(settings) == []
