"""The ZIP download in the admin: an item's posts for the channels an editor ticks.

A page kind's ZIP is open to everyone who may edit the page. Each language's text is
built from that translation's latest revision when the user may edit it (so posts can
be prepared before publication), else from its published version if the public may
see it. Any other kind's ZIP (a tour stop, published results) holds what the API's
holds, the public item in each public language, and is open to the users the kind's
``may_download`` admits: an item the public may not see is not found (there is nothing
to post yet), a user the kind does not admit is refused.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import FormView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from cms.api.languages import fallback_chain
from cms.api.visibility import visible_pages

from . import kinds
from .archive import archive_name, build_archive
from .channels import CHANNELS


def may_download(user, page) -> bool:
    return page.permissions_for_user(user).can_edit()


class ChannelsForm(forms.Form):
    channels = forms.MultipleChoiceField(
        label=_("Channels"),
        choices=[(code, channel.name) for code, channel in CHANNELS.items()],
        initial=list(CHANNELS),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one channel.")},
    )


def languages_for(user, page) -> list:
    """Each translation as this user may see it: latest revision, or the public page."""
    items = []
    public = set(
        visible_pages(Page.objects.filter(translation_key=page.translation_key)).values_list(
            "pk", flat=True
        )
    )
    for translation in (
        page.get_translations(inclusive=True).select_related("locale").order_by("locale_id")
    ):
        translation = translation.specific
        if translation.permissions_for_user(user).can_edit():
            items.append(translation.get_latest_revision_as_object())
        elif translation.pk in public:
            items.append(translation)
    return items


def every_language() -> list[str]:
    """The fallback order, then any other content language: an item public in any
    language is found, in the language the public falls back to first."""
    chain = fallback_chain(settings.LANGUAGE_CODE)
    return chain + [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in chain
    ]


@dataclass(frozen=True)
class ZipItem:
    """What a download is made for: a page of a page kind, else the kind's public item."""

    kind: kinds.Kind
    item: object
    user: object

    def title(self, request=None) -> str:
        if self.kind.is_page_kind:
            return self.item.get_admin_display_title()
        return self.kind.source(self.item, request).title

    def admin_url(self) -> str:
        if self.kind.is_page_kind:
            return reverse("wagtailadmin_pages:edit", args=(self.item.pk,))
        return self.kind.admin_url(self.item) if self.kind.admin_url else ""

    def languages(self) -> list:
        if self.kind.is_page_kind:
            return languages_for(self.user, self.item)
        return self.kind.all_languages(self.item)


def _page_item(kind, page, user) -> ZipItem:
    if kind is None or not kind.is_page_kind or not isinstance(page, kind.model):
        raise Http404
    if not may_download(user, page):
        raise PermissionDenied
    return ZipItem(kind, page, user)


def find_page_item(page_id: int, user) -> ZipItem:
    page = get_object_or_404(Page, pk=page_id).specific
    return _page_item(kinds.for_model(type(page)), page, user)


def find_item(kind_name: str, item_id: int, user) -> ZipItem:
    """The item of the URL; 404 when there is none to post, PermissionDenied when the
    user may not download it."""
    kind = kinds.get(kind_name)
    if kind is None:
        raise Http404
    if kind.is_page_kind:
        return _page_item(kind, get_object_or_404(Page, pk=item_id).specific, user)
    item = kind.resolve(item_id, every_language()) if kind.may_download else None
    if item is None:
        raise Http404
    if not kind.may_download(user, item):
        raise PermissionDenied
    return ZipItem(kind, item, user)


def offered(kind_name: str, item_id: int, user) -> ZipItem | None:
    """The item when this user may download its ZIP now, else None (no button)."""
    try:
        return find_item(kind_name, item_id, user)
    except (Http404, PermissionDenied):
        return None


class SocialZipView(WagtailAdminTemplateMixin, FormView):
    form_class = ChannelsForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = _("Social posts (ZIP)")
    header_icon = "download"

    def dispatch(self, request, item_id, kind=None):
        """A refusal is a plain 403, as the jury's screens answer: not the admin's
        redirect to the dashboard, which a download link would show as nothing at all."""
        try:
            if kind is None:
                self.target = find_page_item(item_id, request.user)
            else:
                self.target = find_item(kind, item_id, request.user)
        except PermissionDenied as refusal:
            return permission_denied(request, refusal)
        return super().dispatch(request, item_id, kind)

    def get_page_subtitle(self):
        return self.target.title(self.request)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": self.target.admin_url(), "label": self.get_page_subtitle()},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = _("Download ZIP")
        return context

    def form_valid(self, form):
        codes = [code for code in CHANNELS if code in form.cleaned_data["channels"]]
        kind = self.target.kind
        response = HttpResponse(
            build_archive(kind, self.target.languages(), codes, self.request),
            content_type="application/zip",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{archive_name(kind.name, self.target.item)}"'
        )
        return response
