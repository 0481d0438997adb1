"""The test suite: the database and cache come from the environment, as in CI."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret-mekendesh"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-private-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
FRONTEND_BASE_URL = "https://portal.example"
FRONTEND_PREVIEW_URL = "https://portal.example/preview"
ALLOW_DEMO_ADMIN_PASSWORD = True
# Tests sign in with client.login()/force_login(), which pass no request for django-axes
# to throttle; the throttling tests switch it on with override_settings.
AXES_ENABLED = False
