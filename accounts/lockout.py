"""What a locked-out sign-in sees: Wagtail's login page with the reason, not a bare 429.

django-axes calls this instead of its own plain response when an account or an address
has too many failed sign-ins.
"""

from django.conf import settings
from django.contrib import messages
from django.utils.translation import ngettext

from wagtail.admin.views.account import LoginView


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    messages.error(
        request,
        ngettext(
            "Too many failed sign-in attempts for this account or from this address. "
            "Try again in %(minutes)s minute, or ask an administrator to unlock it.",
            "Too many failed sign-in attempts for this account or from this address. "
            "Try again in %(minutes)s minutes, or ask an administrator to unlock it.",
            minutes,
        )
        % {"minutes": minutes},
    )
    view = LoginView()
    view.setup(request)
    form = view.get_form_class()(request)
    response = view.render_to_response(view.get_context_data(form=form))
    response.status_code = 429
    # Returned from a middleware, after the point where Django renders responses.
    return response.render()
