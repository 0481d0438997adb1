"""Private files are unreachable by URL: on the filesystem and on S3, before and after moves."""

import io
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory
from django.views.static import serve

from wagtail.models import Collection, CollectionViewRestriction

from media_library.consent import CONSENT_FORMS_COLLECTION
from media_library.models import CustomDocument, CustomImage
from media_library.renditions import ALL_SPECS, preset_spec

from .sample_images import photo_bytes
from .test_renditions import rendition_tasks

FORM = b"%PDF-1.4\n% signed consent form of Aigul Asanova\n%%EOF\n"
PERSON = "aigul-asanova"


def consent_forms():
    return Collection.objects.get(name=CONSENT_FORMS_COLLECTION)


def restricted_collection(name="Family archive"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def create_form(collection):
    return CustomDocument.objects.create(
        title="Release of Aigul Asanova",
        file=ContentFile(FORM, name=f"{PERSON}-release.pdf"),
        collection=collection,
    )


def create_photo(collection, name=f"{PERSON}-at-home.jpg"):
    return CustomImage.objects.create(
        title="Aigul at home",
        file=ContentFile(photo_bytes(width=400, height=300), name=name),
        collection=collection,
    )


def served_from_media_root(name, settings):
    """What the development server's ``/media/`` pattern (``static()``) answers."""
    request = RequestFactory().get(settings.MEDIA_URL + name)
    try:
        return serve(request, name, document_root=settings.MEDIA_ROOT).status_code
    except Http404:
        return 404


def anonymous_get(url):
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 - moto on 127.0.0.1
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def stored_names(item):
    names = [item.file.name]
    if isinstance(item, CustomImage):
        names += [rendition.file.name for rendition in item.renditions.all()]
    return names


def assert_private_names(names):
    for name in names:
        assert name.startswith("private/")
        assert PERSON not in name
        assert not name.rsplit("/", 1)[-1].startswith(".")


@pytest.mark.django_db
def test_consent_form_is_outside_the_public_media_folder(client, settings):
    form = create_form(consent_forms())

    assert_private_names([form.file.name])
    assert (settings.PRIVATE_MEDIA_ROOT / form.file.name).read_bytes() == FORM
    assert not (settings.MEDIA_ROOT / form.file.name).exists()
    assert served_from_media_root(form.file.name, settings) == 404
    assert client.get(settings.MEDIA_URL + form.file.name).status_code == 404
    # The storage's own link answers only admin users.
    assert client.get(form.file.url).status_code == 404


@pytest.mark.django_db
def test_private_photo_and_its_renditions_are_outside_the_public_media_folder(client, settings):
    photo = create_photo(restricted_collection())
    photo.get_renditions(*ALL_SPECS)

    names = stored_names(photo)
    assert len(names) == len(ALL_SPECS) + 1
    assert_private_names(names)
    for name in names:
        assert (settings.PRIVATE_MEDIA_ROOT / name).is_file()
        assert not (settings.MEDIA_ROOT / name).exists()
        assert served_from_media_root(name, settings) == 404
    rendition = photo.get_rendition(preset_spec("card"))
    assert client.get(rendition.url).status_code == 404


@pytest.mark.django_db
def test_signed_link_serves_admin_users_until_it_expires(client, django_user_model, settings):
    photo = create_photo(restricted_collection())
    url = photo.get_rendition(preset_spec("thumbnail")).url
    outsider = django_user_model.objects.create_user("outsider", password="pw")
    photographer = django_user_model.objects.create_user("photographer", password="pw")
    photographer.groups.add(Group.objects.get(name="Photographers"))

    client.force_login(outsider)
    assert client.get(url).status_code == 404

    client.force_login(photographer)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content)[:4] == b"RIFF"

    assert client.get(url.replace("private/", "private/../")).status_code == 404
    settings.PRIVATE_MEDIA_URL_MAX_AGE = -1
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_public_photo_keeps_its_public_place(settings):
    photo = create_photo(Collection.get_first_root_node(), name="harvest.jpg")

    assert photo.file.name.startswith("original_images/harvest")
    assert served_from_media_root(photo.file.name, settings) == 200


@pytest.mark.django_db
def test_private_files_on_s3_deny_anonymous_reads(s3_bucket, moto_endpoint):
    client, bucket = s3_bucket
    form = create_form(consent_forms())
    photo = create_photo(restricted_collection())
    photo.get_renditions(*ALL_SPECS)
    public = create_photo(Collection.get_first_root_node(), name="harvest.jpg")

    # The bucket does serve public media anonymously, so a 403 below means "private".
    assert anonymous_get(f"{moto_endpoint}/{bucket}/{public.file.name}")[0] == 200
    names = stored_names(form) + stored_names(photo)
    assert_private_names(names)
    for name in names:
        grants = client.get_object_acl(Bucket=bucket, Key=name)["Grants"]
        assert [g for g in grants if g["Grantee"].get("URI", "").endswith("/AllUsers")] == []
        assert anonymous_get(f"{moto_endpoint}/{bucket}/{name}")[0] == 403
    # Their URLs are signed and short-lived; the document view streams the form itself.
    url = photo.file.url
    query = parse_qs(urlsplit(url).query)
    assert "Signature" in query or "X-Amz-Signature" in query
    if "X-Amz-Expires" in query:
        assert query["X-Amz-Expires"] == ["300"]
    else:
        assert 290 <= int(query["Expires"][0]) - time.time() <= 300
    status, body = anonymous_get(url)
    assert (status, body[:3]) == (200, b"\xff\xd8\xff")


@pytest.mark.django_db
def test_consent_form_on_s3_is_served_by_the_document_view(s3_bucket, client, django_user_model):
    form = create_form(consent_forms())
    reader = django_user_model.objects.create_user("reader", password="pw")
    reader.groups.add(Group.objects.get(name="Coordinating editors"))

    assert client.get(form.url).status_code == 302  # to the login page
    client.force_login(reader)
    response = client.get(form.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == FORM


@pytest.mark.django_db
def test_moving_into_and_out_of_a_private_collection_moves_the_files(
    any_storage, django_capture_on_commit_callbacks
):
    public_storage, private_storage = storages["public_media"], storages["private_media"]
    with django_capture_on_commit_callbacks(execute=True):
        photo = create_photo(Collection.get_first_root_node())
    public_names = stored_names(photo)
    assert len(public_names) == len(ALL_SPECS) + 1
    assert all(public_storage.exists(name) for name in public_names)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        photo.collection = restricted_collection()
        photo.save()
    assert len(rendition_tasks(callbacks)) == 1

    photo.refresh_from_db()
    private_names = stored_names(photo)
    assert len(private_names) == len(ALL_SPECS) + 1  # presets made again, privately
    assert_private_names(private_names)
    assert all(private_storage.exists(name) for name in private_names)
    assert not any(public_storage.exists(name) for name in public_names)

    with django_capture_on_commit_callbacks(execute=True):
        photo.collection = Collection.get_first_root_node()
        photo.save()

    photo.refresh_from_db()
    assert not photo.file.name.startswith("private/")
    assert public_storage.exists(photo.file.name)
    assert not any(private_storage.exists(name) for name in private_names)


@pytest.mark.django_db
def test_document_moves_with_its_collection(django_capture_on_commit_callbacks, settings):
    with django_capture_on_commit_callbacks(execute=True):
        form = create_form(Collection.get_first_root_node())
    assert served_from_media_root(form.file.name, settings) == 200
    old_name = form.file.name

    with django_capture_on_commit_callbacks(execute=True):
        form.collection = consent_forms()
        form.save()

    form.refresh_from_db()
    assert_private_names([form.file.name])
    assert served_from_media_root(old_name, settings) == 404
    with form.open_file() as stored:
        assert stored.read() == FORM


@pytest.mark.django_db
def test_restricting_a_collection_moves_what_it_holds(django_capture_on_commit_callbacks):
    archive = Collection.get_first_root_node().add_child(name="Archive")
    below = archive.add_child(name="Archive 2024")
    with django_capture_on_commit_callbacks(execute=True):
        photo = create_photo(below)
        form = create_form(archive)
    assert not photo.file.name.startswith("private/")

    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=archive, restriction_type=CollectionViewRestriction.LOGIN
        )
    photo.refresh_from_db()
    form.refresh_from_db()
    assert_private_names([photo.file.name, form.file.name])
    private_names = stored_names(photo)
    assert len(private_names) == len(ALL_SPECS) + 1  # presets made again, privately
    assert_private_names(private_names)

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    photo.refresh_from_db()
    form.refresh_from_db()
    assert not photo.file.name.startswith("private/")
    assert not form.file.name.startswith("private/")


@pytest.mark.django_db
def test_command_moves_files_stored_before_private_storage(django_capture_on_commit_callbacks):
    form = create_form(consent_forms())
    # As a form uploaded before this release was stored: public, under the person's name.
    public = storages["public_media"].save(f"documents/{PERSON}.pdf", ContentFile(FORM))
    CustomDocument.objects.filter(pk=form.pk).update(file=public)
    output = io.StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("move_private_files", stdout=output)

    form.refresh_from_db()
    assert_private_names([form.file.name])
    assert not storages["public_media"].exists(public)
    assert "Files moved: 1." in output.getvalue()
    output = io.StringIO()
    call_command("move_private_files", stdout=output)
    assert "Files moved: 0." in output.getvalue()


def test_check_refuses_a_private_folder_inside_the_public_one(settings, tmp_path):
    from media_library.checks import private_media_outside_public_media

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    assert private_media_outside_public_media(None) == []
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "media" / "private"
    assert [error.id for error in private_media_outside_public_media(None)] == [
        "media_library.E001"
    ]
