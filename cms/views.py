"""Admin views of the project itself."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET

from wagtail.models import Page

from .api.preview_tokens import frontend_preview_url, make_token


@require_GET
def frontend_preview(request, page_id: int):
    """Send an editor to the front-end's preview of a page's latest draft."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return redirect(frontend_preview_url(page, make_token(page)))
