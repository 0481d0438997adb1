"""Local development: `make demo`. Never used in production."""

from .base import *  # noqa: F403
from .environment import env_list, env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-not-secret-mekendesh")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
CORS_ALLOWED_ORIGINS = env_list(
    "CORS_ALLOWED_ORIGINS", ["http://127.0.0.1:3000", "http://localhost:3000"]
)
# `ensure_admin` may create the admin with the demo password printed by `make demo`.
ALLOW_DEMO_ADMIN_PASSWORD = True
# A receiver running on this machine (e.g. `python -m http.server`) may get webhooks.
WEBHOOK_HTTP_HOSTS = env_list("WEBHOOK_HTTP_HOSTS", ["127.0.0.1", "localhost"])
WEBHOOK_ALLOWED_NETWORKS = env_list("WEBHOOK_ALLOWED_NETWORKS", ["127.0.0.0/8", "::1/128"])
