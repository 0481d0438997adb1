"""The ZIP download in the admin: a page's posts for the channels an editor ticks.

Open to everyone who may edit the page. Each language's text is built from that
translation's latest revision when the user may edit it (so posts can be prepared
before publication), else from its published version if the public may see it.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

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


class SocialZipView(WagtailAdminTemplateMixin, FormView):
    form_class = ChannelsForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = _("Social posts (ZIP)")
    header_icon = "download"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        self.kind = kinds.for_model(type(self.page))
        if self.kind is None:
            raise Http404
        if not may_download(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("wagtailadmin_pages:edit", args=(self.page.pk,)),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("social_zip", args=(self.page.pk,))
        context["submit_button_label"] = _("Download ZIP")
        return context

    def form_valid(self, form):
        codes = [code for code in CHANNELS if code in form.cleaned_data["channels"]]
        items = languages_for(self.request.user, self.page)
        response = HttpResponse(
            build_archive(self.kind, items, codes, self.request), content_type="application/zip"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{archive_name(self.kind.name, self.page)}"'
        )
        return response
