"""The coordinators' admin: entries per edition, their files, screening and exports."""

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.spreadsheets import FormulaSafeExportMixin

from .forms import ScreeningForm
from .models import Entry, EntryFile
from .screening import age_suggestions, screen


class EntryPermissionPolicy(ModelPermissionPolicy):
    """Entries come from the entry form only; nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Entry, EntryPermissionPolicy(Entry))


class ScreeningView(EditView):
    page_title = _("Screen")

    def save_instance(self):
        data = self.form.cleaned_data
        screen(
            self.form.instance,
            state=data["state"],
            reason=data.get("screening_reason", ""),
            note=data.get("screening_note", ""),
            user=self.request.user,
        )
        return self.form.instance


class EntryInspectView(InspectView):
    extra_labels = {
        "files": _("Files"),
        "suggestions": _("Suggestions"),
    }

    def get_field_label(self, field_name, field):
        if field_name in self.extra_labels:
            return self.extra_labels[field_name]
        return super().get_field_label(field_name, field)

    def get_answers_display_value(self):
        labels = {
            key: value for key, value in self.object.answers.items() if value not in ("", None)
        }
        return format_html_join(
            "", "<div><strong>{}</strong>: {}</div>", ((k, v) for k, v in labels.items())
        )

    def get_files_display_value(self):
        return format_html_join(
            "",
            '<div><a href="{}" download>{}</a> ({}, {} bytes)</div>',
            (
                (reverse("contests_entry_file", args=[f.pk]), str(f), f.field_name, f.size)
                for f in self.object.files.all()
            ),
        )

    def get_suggestions_display_value(self):
        notes = age_suggestions(self.object)
        return format_html("{}", " ".join(notes)) if notes else "—"


class EntryIndexView(FormulaSafeExportMixin, IndexView):
    pass


class EntryViewSet(ModelViewSet):
    model = Entry
    icon = "form"
    menu_label = _("Contest entries")
    menu_name = "contest-entries"
    menu_order = 250
    add_to_admin_menu = True
    form_fields = ["state", "screening_reason", "screening_note"]
    index_view_class = EntryIndexView
    edit_view_class = ScreeningView
    inspect_view_enabled = True
    inspect_view_class = EntryInspectView
    inspect_view_fields = [
        "reference",
        "edition",
        "title",
        "category",
        "entrant_name",
        "email",
        "phone",
        "country",
        "language",
        "medium",
        "answers",
        "files",
        "suggestions",
        "state",
        "screening_reason",
        "screening_note",
        "screened_by",
        "screened_at",
        "is_duplicate",
        "is_example",
        "privacy_notice_version",
        "consent_given_at",
        "created_at",
    ]
    copy_view_enabled = False
    list_display = [
        "reference",
        "title",
        "edition",
        "category",
        "country",
        "state",
        "is_duplicate",
        "created_at",
    ]
    list_filter = ["edition", "state", "category", "country", "medium", "is_duplicate"]
    search_fields = ["reference", "title", "entrant_name", "email"]
    search_backend_name = None
    list_export = [
        "reference",
        "edition",
        "title",
        "category",
        "country",
        "medium",
        "language",
        "state",
        "screening_reason",
        "is_duplicate",
        "is_example",
        "entrant_name",
        "email",
        "phone",
        "created_at",
        "screened_at",
    ]
    export_filename = "contest-entries"

    def get_form_class(self, for_update=False):
        return ScreeningForm


@permission_required("contests.view_entry", raise_exception=True)
def entry_file(request, pk):
    """A file of an entry, as an attachment, to coordinators only."""
    row = get_object_or_404(EntryFile, pk=pk)
    response = FileResponse(
        row.file.open("rb"), as_attachment=True, filename=str(row), content_type=row.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
