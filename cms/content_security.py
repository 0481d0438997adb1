"""Content-Security-Policy (django-csp) with one relaxation for the admin's own screens.

Wagtail's admin and wagtail-localize's translation editor still write inline scripts
(chooser and panel set-up, date pickers, the editor's chooser URLs) that differ per
page, so neither hashes nor nonces can allow them: the admin's screens get
'unsafe-inline' scripts on top of the policy in settings. Pages, and their previews
inside the admin, carry editors' content and keep the strict policy: no inline script.
"""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"
PREVIEW_URL_NAMES = {
    "preview_on_add",
    "preview_on_edit",
    "view_draft",
    "workflow_preview",
    "revisions_view",
    "preview_translation",
}


def is_admin_screen(request) -> bool:
    if not request.path_info.startswith(ADMIN_PREFIX):
        return False
    match = getattr(request, "resolver_match", None)
    return match is None or match.url_name not in PREVIEW_URL_NAMES


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if is_admin_screen(request):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
        return parts
