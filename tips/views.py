"""The content managers' inbox of story tips: list, read, change state, start a story.

Contacts (name, e-mail, phone or messenger) are shown only to users with
``tips.view_tip_contacts``; photos are served by a view that checks the inbox permission,
from private storage, never by a public URL.
"""

import django_filters

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from stories.drafts import kyrgyz_stories_index
from stories.models import Country

from .enums import TipState
from .forms import TipStateForm
from .models import StoryTip, TipPhoto
from .states import change_state
from .story_draft import start_story_draft

CONTACT_FIELDS = ["name", "email", "phone"]
CONTACTS_PERMISSION = "tips.view_tip_contacts"


class TipPermissionPolicy(ModelPermissionPolicy):
    """Tips come from the public form only; nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(StoryTip, TipPermissionPolicy(StoryTip))


def country_choices():
    codes = StoryTip.objects.order_by().values_list("country", flat=True).distinct()
    names = dict(Country.objects.filter(code__in=codes).values_list("code", "name"))
    return sorted(((code, names.get(code, code)) for code in codes), key=lambda c: c[1])


class TipFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=TipState.choices)
    country = django_filters.ChoiceFilter(label=_("Country of residence"), choices=country_choices)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = StoryTip
        fields = ["state", "country", "created_at", "is_example"]


class TipIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("place", "story")
            .annotate(photo_count=Count("photos"))
        )


class TipInspectView(InspectView):
    template_name = "tips/inspect.html"
    extra_labels = {"photos": _("Photos")}

    def get_fields(self):
        fields = super().get_fields()
        if not self.request.user.has_perm(CONTACTS_PERMISSION):
            fields = [name for name in fields if name not in CONTACT_FIELDS]
        return fields

    def get_field_label(self, field_name, field):
        if field_name in self.extra_labels:
            return self.extra_labels[field_name]
        return super().get_field_label(field_name, field)

    def _yes_no(self, value: bool) -> str:
        return _("Yes") if value else _("No")

    def get_is_anonymous_display_value(self):
        return self._yes_no(self.object.is_anonymous)

    def get_may_be_named_display_value(self):
        return self._yes_no(self.object.may_be_named)

    def get_is_example_display_value(self):
        return self._yes_no(self.object.is_example)

    def get_photos_display_value(self):
        rows = list(self.object.photos.all())
        if not rows:
            return "—"
        return format_html_join(
            "",
            '<a href="{0}" target="_blank" rel="noopener">'
            '<img src="{0}" alt="{1}" style="max-height:160px;margin:0 8px 8px 0"></a>',
            ((reverse("tips_photo", args=[row.pk]), str(row)) for row in rows),
        )

    def get_story_display_value(self):
        if self.object.story_id is None:
            return "—"
        url = reverse("wagtailadmin_pages:edit", args=[self.object.story_id])
        return format_html('<a href="{}">{}</a>', url, self.object.story.title)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tip = self.object
        context["can_start_story"] = self.request.user.has_perm("tips.change_storytip") and (
            tip.story_id is not None or tip.state in (TipState.NEW, TipState.CONTACTED)
        )
        context["draft_url"] = reverse("tips_story_draft", args=[tip.pk])
        context["state_url"] = self.get_edit_url() if tip.state != TipState.STORY else None
        return context


class TipStateView(EditView):
    page_title = _("Change state")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def save_instance(self):
        data = self.form.cleaned_data
        try:
            return change_state(self.object, data["state"], data["state_note"], self.request.user)
        except ValidationError as error:
            self.form.add_error(None, error)
            raise

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError:
            return self.form_invalid(form)


class TipViewSet(ModelViewSet):
    model = StoryTip
    icon = "mail"
    menu_label = _("Story tips")
    menu_name = "story-tips"
    menu_order = 240
    add_to_admin_menu = True
    form_fields = ["state", "state_note"]
    index_view_class = TipIndexView
    edit_view_class = TipStateView
    inspect_view_enabled = True
    inspect_view_class = TipInspectView
    inspect_view_fields = [
        "reference",
        "state",
        "state_note",
        "story",
        "is_anonymous",
        *CONTACT_FIELDS,
        "may_be_named",
        "country",
        "place",
        "place_text",
        "what_happened",
        "photos",
        "language",
        "privacy_notice_version",
        "consent_given_at",
        "created_at",
        "state_changed_at",
        "closed_at",
        "anonymised_at",
        "is_example",
    ]
    copy_view_enabled = False
    list_display = [
        # An inbox is read first: the reference opens the tip, its state form is a step on.
        TitleColumn("reference", label=_("Reference"), url_name="story_tips:inspect"),
        "country",
        "place",
        "state",
        Column("photo_count", label=_("Photos"), sort_key="photo_count"),
        "created_at",
    ]
    filterset_class = TipFilterSet
    search_fields = ["reference", "what_happened", "place_text"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return TipStateForm


@permission_required("tips.view_storytip", raise_exception=True)
def tip_photo(request, pk):
    """A tip's photo, to the inbox's users only, from private storage."""
    row = get_object_or_404(TipPhoto, pk=pk)
    response = FileResponse(row.file.open("rb"), content_type=row.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@permission_required("tips.change_storytip", raise_exception=True)
def story_draft(request, pk):
    """Start the tip's story draft (or open the one it already has)."""
    tip = get_object_or_404(StoryTip, pk=pk)
    if tip.story_id is None:
        index = kyrgyz_stories_index()
        if not index.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
    try:
        page, created = start_story_draft(tip, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("story_tips:inspect", tip.pk)
    if created:
        messages.success(
            request,
            _("A story draft was made from the tip. Its photos wait for their releases."),
        )
    return redirect("wagtailadmin_pages:edit", page.pk)
