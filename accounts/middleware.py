"""Keep users who must give a second factor out of everything until they have.

Runs after django-otp's OTPMiddleware, which tells whether this session was verified
with a device. A user with a confirmed device is sent to enter a code; a user whom
the policy requires to use two-factor but who has no device yet is sent to set one up.
Only the sign-in, sign-out and two-factor screens (and the assets they need) stay open.
"""

from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from . import two_factor

OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_two_factor_verify",
    "accounts_two_factor_setup",
}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match.url_name in OPEN_URL_NAMES:
            return None
        if two_factor.has_confirmed_device(user):
            target = "accounts_two_factor_verify"
        elif two_factor.is_required_for(user):
            target = "accounts_two_factor_setup"
        else:
            return None
        return redirect_to_login(request.get_full_path(), reverse(target))
