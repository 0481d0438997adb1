"""`make bench`: production settings, served on 127.0.0.1 only, plus the bench app.

Everything that shapes the timing (DEBUG off, middleware, the cache backend, the
serialisers) is production's; only what keeps a loopback run from being refused or
redirected differs. The database and cache come from the environment that
``manage.py bench_api`` sets up (a separate bench database, a separate key prefix).
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-mekendesh")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("CACHE_KEY_PREFIX", "mekendesh-bench")

from cms.settings.environment import env_int
from cms.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# The API reads no static files: no WhiteNoise, and no manifest to collect first.
MIDDLEWARE = [
    name
    for name in MIDDLEWARE  # noqa: F405
    if name != "whitenoise.middleware.WhiteNoiseMiddleware"
]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)

# Generated photos stay out of the developer's media folder and any configured bucket.
MEDIA_ROOT = BASE_DIR / "bench-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "bench-private-media"  # noqa: F405
STORAGES["public_media"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}  # noqa: F405
STORAGES["private_media"] = {"BACKEND": "media_library.storage.PrivateFileSystemStorage"}  # noqa: F405

# Persistent connections, as a production deployment would set DATABASE_CONN_MAX_AGE;
# otherwise every request would time a new database connection.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405

# Errors only: request logging would time the console, not the application.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
