from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import views
from .lockouts import LockoutViewSet


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", views.ManageView.as_view(), name="accounts_two_factor_manage"),
        path("two-factor/verify/", views.VerifyView.as_view(), name="accounts_two_factor_verify"),
        path("two-factor/setup/", views.SetupView.as_view(), name="accounts_two_factor_setup"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Ask for a code from an authenticator app at every sign-in."),
    }


@hooks.register("register_admin_viewset")
def lockout_viewset():
    return LockoutViewSet("failed_sign_ins")
