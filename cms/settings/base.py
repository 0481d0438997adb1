"""Settings shared by every environment.

With no environment variables set the project runs embedded (SQLite, the
filesystem, local-memory cache, immediate tasks); each production part is
switched on by its variable. See the README's environment table.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .environment import env_bool, env_int, env_list, env_str
from .time_zones import admin_time_zones

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "cms.api",
    "accounts",
    "stories",
    "campaigns",
    "contests",
    "monitor",
    "exhibitions",
    "exhibitions.print",
    "jury",
    "indicators",
    "media_library",
    "social",
    "tips",
    "webhooks",
    # Before wagtail_localize: its views and editor template are overridden here.
    "translations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    # Listed so the API docs page uses django-ninja's own Swagger UI files from our
    # static files instead of a CDN: the docs work offline.
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every response but the API (see below).
    "cms.content_security.ContentSecurityPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.api.middleware.ApiMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PageLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Refuses oversized bodies (413) before any view or CSRF check reads them; needs
    # the user to apply the smaller anonymous limit, so it sits after authentication.
    "cms.request_limits.RequestBodyLimitMiddleware",
    # Two-factor: marks the user verified (django-otp), then keeps users who must
    # verify out of everything but the sign-in and two-factor screens.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Login throttling (django-axes) turns a locked-out sign-in into its own page; last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL, or an SQLite file beside manage.py.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Django's own Redis backend when REDIS_URL is set, else local memory.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    _cache_backend = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }
else:
    _cache_backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**_cache_backend, "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "mekendesh")},
    "renditions": {
        **_cache_backend,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "mekendesh") + "-renditions",
        "TIMEOUT": 60 * 60 * 24,
    },
}

# Background tasks (django-tasks, which Wagtail 8 uses): run immediately in the
# request by default; TASKS_BACKEND=database queues them for `manage.py db_worker`.
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, not {TASKS_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND], "QUEUES": ["default"]}}

# Webhooks (webhooks/): signed POSTs to subscribers' URLs when public content changes.
# Secrets are stored encrypted with WEBHOOK_SECRET_KEY (any string; by default derived
# from SECRET_KEY, so changing SECRET_KEY without setting this makes every subscriber
# need a new secret). Plain http only to the hosts named here (development receivers);
# private, loopback and metadata addresses only when explicitly allowed.
WEBHOOK_SECRET_KEY = env_str("WEBHOOK_SECRET_KEY")
WEBHOOK_HTTP_HOSTS = env_list("WEBHOOK_HTTP_HOSTS")
WEBHOOK_ALLOWED_NETWORKS = env_list("WEBHOOK_ALLOWED_NETWORKS")
WEBHOOK_CONNECT_TIMEOUT = env_int("WEBHOOK_CONNECT_TIMEOUT", 3)
WEBHOOK_READ_TIMEOUT = env_int("WEBHOOK_READ_TIMEOUT", 10)
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 8)
WEBHOOK_RETRY_BASE_SECONDS = env_int("WEBHOOK_RETRY_BASE_SECONDS", 60)
WEBHOOK_RETRY_MAX_SECONDS = env_int("WEBHOOK_RETRY_MAX_SECONDS", 10 * 60 * 60)
WEBHOOK_AUTO_PAUSE_HOURS = env_int("WEBHOOK_AUTO_PAUSE_HOURS", 24)

# --- Accounts and HTTP hardening -------------------------------------------------
# Login throttling (django-axes): an account, and separately an address, is locked for
# LOGIN_LOCKOUT_MINUTES after LOGIN_FAILURE_LIMIT failed sign-ins; a superuser unlocks
# with `manage.py axes_reset_username NAME` / `axes_reset_ip ADDRESS` or in the admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Failures count until the lockout time has passed since them, even after a successful
# sign-in: otherwise anyone with an account could clear a colleague's count from the
# same address between guesses.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.client_address"
AXES_VERBOSE = False
# How many proxies in front of the app append to X-Forwarded-For (0: use the peer).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# `ensure_admin` refuses the demo password unless a settings module allows it (dev, test).
ALLOW_DEMO_ADMIN_PASSWORD = False

# Two-factor authentication (django-otp TOTP): required for members of these groups,
# optional for everyone else; whoever has confirmed a device must always use it.
ADMIN_2FA_REQUIRED_GROUPS = env_list("ADMIN_2FA_REQUIRED_GROUPS")
OTP_TOTP_ISSUER = env_str("ADMIN_2FA_ISSUER", "Mekendesh CMS")

# Admin sessions end after SESSION_COOKIE_AGE seconds (or when the browser closes,
# unless "Remember me" is ticked); cookies are not readable from scripts.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 10 * 60 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Kyrgyz is the default and source language of all content.
LANGUAGE_CODE = "ky"
LANGUAGES = [
    ("ky", "Кыргызча"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The order in which content is looked for when an item is missing in the asked locale.
CONTENT_LOCALE_FALLBACK = env_list("CONTENT_LOCALE_FALLBACK", ["ky", "ru", "en"])
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# Our own strings first, then our catalogues of Wagtail's and wagtail-localize's
# interface (Kyrgyz, and Russian phrases that read well with our model names). Django
# prefers LOCALE_PATHS to the apps' own catalogues, and an earlier entry to a later one.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
TIME_ZONE = "Asia/Bishkek"
# The account page's time zone choices: real IANA zones, Bishkek first (the system's
# list also holds names such as "localtime" that browsers reject).
WAGTAIL_USER_TIME_ZONES = admin_time_zones(first=TIME_ZONE)
USE_I18N = True
USE_TZ = True

# Static and media files. Media goes to S3-compatible storage when a bucket is named.
# Private files (consent forms, photos in restricted collections, parked uploads) go to
# a separate storage that no public URL reaches (media_library/storage.py).
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = env_str("MEDIA_URL", "/media/")
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private-media")
# Seconds a link to a private file works (signed S3 URLs and the filesystem's own).
PRIVATE_MEDIA_URL_MAX_AGE = env_int("PRIVATE_MEDIA_URL_MAX_AGE", 300)
# Hours after which an upload parked by the multiple uploader counts as abandoned.
PARKED_UPLOAD_MAX_AGE_HOURS = env_int("PARKED_UPLOAD_MAX_AGE_HOURS", 24)
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
STORAGES = {
    "default": {"BACKEND": "media_library.storage.RoutedMediaStorage"},
    "public_media": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private_media": {"BACKEND": "media_library.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    # Credentials stay in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3
    # itself: never in OPTIONS, which Wagtail's delete-file task serialises.
    _s3_location = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env_str("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
    }
    STORAGES["public_media"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_location,
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "default_acl": env_str("AWS_DEFAULT_ACL") or None,
        },
    }
    # A bucket of its own, or the media bucket's "private/" and "wagtail_uploads/"
    # prefixes, which its policy must then keep from public reads (see README).
    STORAGES["private_media"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_location,
            "bucket_name": env_str("AWS_PRIVATE_STORAGE_BUCKET_NAME") or AWS_STORAGE_BUCKET_NAME,
            "custom_domain": None,
            "querystring_auth": True,
            "querystring_expire": PRIVATE_MEDIA_URL_MAX_AGE,
            "default_acl": env_str("AWS_PRIVATE_DEFAULT_ACL", "private") or None,
        },
    }
AWS_S3_FILE_OVERWRITE = False

# Uploads are refused above this size before they are read into memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Mekendesh"
WAGTAILIMAGES_IMAGE_MODEL = "media_library.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "media_library.CustomDocument"
# Consent forms sit in a private collection: documents go through Wagtail's view,
# which checks collection privacy, never straight from storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
# Prefixed to media URLs that storage gives as paths (the filesystem), so API responses
# carry absolute URLs; S3/CDN URLs are absolute already.
MEDIA_BASE_URL = env_str("MEDIA_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# PDFs can carry script: every document but plain text is served as an attachment.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["text/plain"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# HEIC (and MPO, named .jpg by phones) are converted to JPEG on upload: phone_photos.py.
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif", "heic"]
# Below Pillow's own 89.5 MP warning; a 60 MP camera photo still fits.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 80_000_000
# Request bodies above these sizes are refused with 413 before they are read
# (cms/request_limits.py): Django would otherwise spool file parts to disk at any size.
# Signed-in users may send the largest upload plus its form; anyone else a sign-in form.
MAX_REQUEST_BODY_SIZE = env_int(
    "MAX_REQUEST_BODY_SIZE",
    max(WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILDOCS_MAX_UPLOAD_SIZE, DATA_UPLOAD_MAX_MEMORY_SIZE)
    + 1024 * 1024,
)
MAX_ANONYMOUS_REQUEST_BODY_SIZE = env_int("MAX_ANONYMOUS_REQUEST_BODY_SIZE", 64 * 1024)

# Contest entries (contests/): anyone may send one, with files, so they have their own
# limits; counters live in the cache.
CONTEST_ENTRY_MAX_BODY_SIZE = env_int("CONTEST_ENTRY_MAX_BODY_SIZE", 50 * 1024 * 1024)
CONTEST_ENTRY_MAX_FILES = env_int("CONTEST_ENTRY_MAX_FILES", 12)
CONTEST_ENTRY_RATE_PER_IP = env_int("CONTEST_ENTRY_RATE_PER_IP", 10)
CONTEST_ENTRY_RATE_PER_EMAIL = env_int("CONTEST_ENTRY_RATE_PER_EMAIL", 3)
CONTEST_ENTRY_RATE_WINDOW_MINUTES = env_int("CONTEST_ENTRY_RATE_WINDOW_MINUTES", 60)
CONTEST_ANONYMISE_AFTER_MONTHS = env_int("CONTEST_ANONYMISE_AFTER_MONTHS", 24)

# Story tips (tips/): "Tell us your story" from the portal and the app, with photos.
STORY_TIP_MAX_BODY_SIZE = env_int("STORY_TIP_MAX_BODY_SIZE", 50 * 1024 * 1024)
STORY_TIP_MAX_PHOTOS = env_int("STORY_TIP_MAX_PHOTOS", 5)
STORY_TIP_MAX_TEXT_LENGTH = env_int("STORY_TIP_MAX_TEXT_LENGTH", 5000)
STORY_TIP_RATE_PER_IP = env_int("STORY_TIP_RATE_PER_IP", 5)
STORY_TIP_RATE_PER_CONTACT = env_int("STORY_TIP_RATE_PER_CONTACT", 3)
STORY_TIP_RATE_WINDOW_MINUTES = env_int("STORY_TIP_RATE_WINDOW_MINUTES", 60)
STORY_TIP_PRIVACY_NOTICE_VERSION = env_str("STORY_TIP_PRIVACY_NOTICE_VERSION", "2026-1")
STORY_TIP_ANONYMISE_AFTER_DAYS = env_int("STORY_TIP_ANONYMISE_AFTER_DAYS", 180)

# Reported metrics (indicators/): requests per reporting token in a window, and the
# largest batch body a tool may send.
METRICS_RATE_PER_TOKEN = env_int("METRICS_RATE_PER_TOKEN", 120)
METRICS_RATE_WINDOW_MINUTES = env_int("METRICS_RATE_WINDOW_MINUTES", 60)
METRICS_MAX_BODY_SIZE = env_int("METRICS_MAX_BODY_SIZE", 1024 * 1024)

# E-mail: the console unless an SMTP host is given.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Mekendesh <noreply@migrant.kg>")
# Upload checks by content and size (media_library/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "media_library.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "media_library.forms.DocumentForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_USER_LOGIN_FORM = "cms.login_form.TranslatedLoginForm"
# No avatars from Gravatar unless configured: it breaks offline and sends editors'
# e-mail hashes abroad. Set GRAVATAR_PROVIDER_URL (e.g. "//www.gravatar.com/avatar") to use it.
WAGTAIL_GRAVATAR_PROVIDER_URL = env_str("GRAVATAR_PROVIDER_URL") or None
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# Creating or syncing a translation never publishes it, even when the source is live:
# a translation goes public through the editorial review like any page (translations/).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Where the public reads our content: used to build links in API responses.
FRONTEND_BASE_URL = env_str("FRONTEND_BASE_URL", "https://migrant.kg")

# Short links of the exhibition's QR codes (``/s/<code>``) are served by this CMS, at
# this address; the app opens a link it recognises at APP_DEEP_LINK_URL + the path.
SHORT_LINK_BASE_URL = env_str("SHORT_LINK_BASE_URL", WAGTAILADMIN_BASE_URL)
APP_DEEP_LINK_URL = env_str("APP_DEEP_LINK_URL", "migrantsguide://open/")
# The app marks the links it opens with ?app=1, or with this in its User-Agent.
APP_USER_AGENT_MARKER = env_str("APP_USER_AGENT_MARKER", "MigrantsGuideApp")

# Draft previews on the front-end: where it shows them, and how long a link works.
FRONTEND_PREVIEW_URL = env_str("FRONTEND_PREVIEW_URL", FRONTEND_BASE_URL.rstrip("/") + "/preview")
PREVIEW_TOKEN_MAX_AGE = env_int("PREVIEW_TOKEN_MAX_AGE", 60 * 60)

# Content API: how long browsers and CDNs may keep a response, in seconds.
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
# Delta sync: how long a token can be continued from (seconds), and items per answer.
SYNC_TOKEN_MAX_AGE = env_int("SYNC_TOKEN_MAX_AGE", 30 * 24 * 60 * 60)
SYNC_PAGE_SIZE = env_int("SYNC_PAGE_SIZE", 200)
API_CACHE_STALE_WHILE_REVALIDATE = env_int("API_CACHE_STALE_WHILE_REVALIDATE", 300)

# Cross-origin reads of the Content API by the portal, the app and the social tools.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]

# Content-Security-Policy (django-csp) for the admin, the previews and page routes;
# cms/content_security.py allows inline scripts on the admin's own screens only.
# The API sends JSON (no policy needed) and its docs page loads its own assets.
# Styles may be inline: Wagtail's admin and our page templates use them.
# Frames: the admin's preview panel, and the players our video and audio blocks embed.
EMBED_FRAME_ORIGINS = [
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.facebook.com",
    "https://vk.com",
    "https://ok.ru",
    "https://rutube.ru",
    "https://w.soundcloud.com",
    "https://open.spotify.com",
    "https://embed.podcasts.apple.com",
    "https://castbox.fm",
]
# Media on S3 or a CDN is another origin: the admin's thumbnails and the previews need it.
if env_str("AWS_S3_CUSTOM_DOMAIN"):
    _media_origins = [f"https://{env_str('AWS_S3_CUSTOM_DOMAIN')}"]
elif AWS_STORAGE_BUCKET_NAME:
    _media_origins = [
        env_str("AWS_S3_ENDPOINT_URL").rstrip("/")
        or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    ]
else:
    _media_origins = []
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS", _media_origins)
_CSP_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/api/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *CSP_MEDIA_ORIGINS],
        "media-src": [SELF, "https:", *CSP_MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_FRAME_ORIGINS],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}
if env_bool("CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP_POLICY
else:
    CONTENT_SECURITY_POLICY = _CSP_POLICY
