from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Signing in to the admin: login throttling, two-factor authentication, sessions."""

    name = "accounts"
    verbose_name = _("Accounts")
