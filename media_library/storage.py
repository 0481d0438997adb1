"""Media storage split in two: public files, and private files that no public URL reaches.

Every file field keeps using Django's default storage, which is ``RoutedMediaStorage``:
it hands each name to the public or the private backend by the name's first folder.
The stored name therefore says where a file lives, so Wagtail's own code (renditions,
the delete-file task, the multiple uploader's parked files) needs no change to reach it,
and a row can never point at the wrong backend.

- ``public_media``: the filesystem under ``MEDIA_ROOT`` or the public bucket.
- ``private_media``: a folder outside ``MEDIA_ROOT`` (``PrivateFileSystemStorage``,
  whose URLs are short-lived signed links to an admin-only view) or a private bucket or
  prefix with signed URLs (``S3Storage`` with ``querystring_auth``).
"""

from django.conf import settings
from django.core import signing
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.urls import reverse
from django.utils.deconstruct import deconstructible

PRIVATE_PREFIX = "private/"
# Wagtail's multiple uploader parks files here (``UploadedFile``); they are raw uploads
# waiting for their missing fields, so they are private too.
PARKED_UPLOADS_PREFIX = "wagtail_uploads/"
PRIVATE_PREFIXES = (PRIVATE_PREFIX, PARKED_UPLOADS_PREFIX)
SIGNED_URL_SALT = "media_library.private_media"


def is_private_name(name: str) -> bool:
    return bool(name) and name.replace("\\", "/").startswith(PRIVATE_PREFIXES)


@deconstructible(path="media_library.storage.RoutedMediaStorage")
class RoutedMediaStorage(Storage):
    """The default storage: private names go to ``private_media``, the rest to ``public_media``.

    Takes no arguments, so Wagtail's delete-file task can rebuild it from ``deconstruct()``.
    """

    def backend(self, name: str) -> Storage:
        return storages["private_media" if is_private_name(name) else "public_media"]

    def save(self, name, content, max_length=None):
        return self.backend(name).save(name, content, max_length=max_length)

    def _open(self, name, mode="rb"):
        return self.backend(name).open(name, mode)

    def delete(self, name):
        self.backend(name).delete(name)

    def exists(self, name):
        return self.backend(name).exists(name)

    def listdir(self, path):
        return self.backend(path).listdir(path)

    def size(self, name):
        return self.backend(name).size(name)

    def url(self, name):
        return self.backend(name).url(name)

    def path(self, name):
        return self.backend(name).path(name)

    def get_available_name(self, name, max_length=None):
        return self.backend(name).get_available_name(name, max_length=max_length)

    def get_accessed_time(self, name):
        return self.backend(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self.backend(name).get_created_time(name)

    def get_modified_time(self, name):
        return self.backend(name).get_modified_time(name)


@deconstructible(path="media_library.storage.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT``, which no static or media URL pattern serves.

    Its URLs point at ``serve_private_media``: signed, expiring after
    ``PRIVATE_MEDIA_URL_MAX_AGE`` seconds, and answered only to people who may use the
    admin — the filesystem's counterpart of a private bucket's signed URLs. The folder is
    read from settings on each use, so tests and deployments can move it.
    """

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return str(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        token = signing.TimestampSigner(salt=SIGNED_URL_SALT).sign(name.replace("\\", "/"))
        return reverse("private_media", args=[token])


def unsign_private_name(token: str) -> str:
    """The storage name in a signed link; ``signing.BadSignature`` when forged or expired."""
    return signing.TimestampSigner(salt=SIGNED_URL_SALT).unsign(
        token, max_age=settings.PRIVATE_MEDIA_URL_MAX_AGE
    )
