"""The two-factor screens: verify a sign-in, set up an authenticator app, turn it off.

Verify and set-up look like the sign-in page (no menu: the user is not fully signed in
yet); the management page is an ordinary admin page under the account settings.
"""

from base64 import b32encode

import segno
from django_otp import login as otp_login
from django_otp import match_token

from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import two_factor
from .forms import TokenForm


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class SignInStepView(FormView):
    """A step of signing in, for an authenticated but not yet verified user."""

    form_class = TokenForm
    template_name = "accounts/two_factor_step.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return super().dispatch(request, *args, **kwargs)

    def next_url(self):
        return get_valid_next_url_from_request(self.request) or reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            next=self.next_url(), redirect_field_name=REDIRECT_FIELD_NAME, **kwargs
        )


class VerifyView(SignInStepView):
    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and user.is_verified():
            return redirect(self.next_url())
        if user.is_authenticated and not two_factor.has_confirmed_device(user):
            return redirect_to_login(self.next_url(), reverse("accounts_two_factor_setup"))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            title=_("Two-factor authentication"),
            intro=_("Enter the code your authenticator app shows for this account."),
            action=reverse("accounts_two_factor_verify"),
            **kwargs,
        )

    def form_valid(self, form):
        device = match_token(self.request.user, form.cleaned_data["otp_token"])
        if device is None:
            form.add_error(
                "otp_token",
                _(
                    "This code is not valid. Wait for a new code and try again; "
                    "after several wrong codes you have to wait longer."
                ),
            )
            return self.form_invalid(form)
        otp_login(self.request, device)
        return redirect(self.next_url())


class SetupView(SignInStepView):
    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and two_factor.has_confirmed_device(user):
            if user.is_verified():
                return redirect("accounts_two_factor_manage")
            return redirect_to_login(self.next_url(), reverse("accounts_two_factor_verify"))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        device = two_factor.pending_device(self.request.user)
        secret = b32encode(device.bin_key).decode().rstrip("=")
        return super().get_context_data(
            title=_("Set up two-factor authentication"),
            intro=_(
                "Scan this code with an authenticator app (for example FreeOTP, Aegis or "
                "Google Authenticator), then enter the code it shows."
            ),
            action=reverse("accounts_two_factor_setup"),
            qr_code=segno.make(device.config_url, error="m").svg_inline(scale=4),
            secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            required=two_factor.is_required_for(self.request.user),
            **kwargs,
        )

    def form_valid(self, form):
        device = two_factor.pending_device(self.request.user)
        if not device.verify_token(form.cleaned_data["otp_token"]):
            form.add_error(
                "otp_token",
                _("This code is not valid. Check that the app was set up with this QR code."),
            )
            return self.form_invalid(form)
        two_factor.confirm(device)
        otp_login(self.request, device)
        messages.success(self.request, _("Two-factor authentication is on for your account."))
        return redirect(self.next_url())


class ManageView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Two-factor authentication")
    header_icon = "key"
    template_name = "accounts/two_factor_manage.html"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enabled=two_factor.has_confirmed_device(user),
            required=two_factor.is_required_for(user),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if two_factor.is_required_for(request.user):
            messages.error(request, _("Two-factor authentication is required for your role."))
        else:
            two_factor.remove_devices(request.user)
            messages.success(request, _("Two-factor authentication is off for your account."))
        return redirect("accounts_two_factor_manage")
