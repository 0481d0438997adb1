import socket
import uuid

import boto3
import pytest
from moto.server import ThreadedMotoServer

from django.core.cache import caches

from wagtail.models import Collection
from wagtail.users.models import UserProfile


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(autouse=True)
def media_storage(settings, tmp_path):
    """Each test stores files in its own folder, so "nothing left behind" can be checked."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    caches["renditions"].clear()
    return settings.MEDIA_ROOT


@pytest.fixture(scope="session")
def moto_endpoint():
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_bucket(moto_endpoint, settings, monkeypatch):
    """Media on a real S3 API (moto's server), configured as in production settings.

    Public media is uploaded world-readable (``AWS_DEFAULT_ACL=public-read``, as a
    deployment that serves media straight from the bucket sets it); private media shares
    the bucket under its own prefixes with the private ACL and signed URLs.
    """
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    bucket = f"media-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=moto_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=bucket)
    location = {"endpoint_url": moto_endpoint, "region_name": "us-east-1", "file_overwrite": False}
    settings.STORAGES = {
        **settings.STORAGES,
        "public_media": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **location,
                "bucket_name": bucket,
                "querystring_auth": False,
                "default_acl": "public-read",
            },
        },
        "private_media": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **location,
                "bucket_name": bucket,
                "querystring_auth": True,
                "querystring_expire": settings.PRIVATE_MEDIA_URL_MAX_AGE,
                "default_acl": "private",
            },
        },
    }
    return client, bucket


@pytest.fixture(params=["filesystem", "s3"])
def any_storage(request):
    """Run a test on the filesystem and again on S3."""
    if request.param == "s3":
        request.getfixturevalue("s3_bucket")
    return request.param


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()
