"""Conflicts of interest in the coordinators' admin: the recusals list and its exports,
a conflict recorded for a juror, and the decision whether an earlier score counts."""

import django_filters

from django.db.models import Exists, OuterRef
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views.generic.models import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from cms.spreadsheets import FormulaSafeExportMixin

from ..assignment import round_jurors
from ..conflicts import decide_conflict, record_conflict
from ..enums import ReviewState
from ..forms import ConflictDecisionForm, ConflictRecordForm, source_editions
from ..models import Conflict, Review


class ConflictFilterSet(WagtailFilterSet):
    edition = django_filters.ModelChoiceFilter(
        label=_("Edition"), field_name="entry__edition", queryset=lambda request: source_editions()
    )
    juror = django_filters.ModelChoiceFilter(label=_("Juror"), queryset=round_jurors())

    class Meta:
        model = Conflict
        fields = ["edition", "juror", "type", "score_counts"]


class ConflictIndexView(FormulaSafeExportMixin, IndexView):
    def get_base_queryset(self):
        scored = Review.objects.filter(
            assignment__juror=OuterRef("juror"),
            assignment__entry=OuterRef("entry"),
            assignment__withdrawn_at__isnull=True,
            state=ReviewState.SUBMITTED,
        )
        return (
            super()
            .get_base_queryset()
            .select_related("juror", "entry", "entry__edition", "declared_by")
            .annotate(scored=Exists(scored))
        )

    def stream_csv(self, queryset):
        """Headings in the coordinator's language, though the file streams after the view."""
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language):
                yield from rows

        return in_language()


class ConflictCreateView(CreateView):
    page_title = _("Record a conflict")

    def save_instance(self):
        data = self.form.cleaned_data
        return record_conflict(
            data["juror"], data["entry"], data["type"], data["reason"], self.request.user
        )

    def get_success_buttons(self):
        return []


class ConflictDecisionView(EditView):
    page_title = _("Decide whether the score counts")

    def save_instance(self):
        data = self.form.cleaned_data
        return decide_conflict(
            self.object,
            score_counts=data["score_counts"],
            reason=data["decision_reason"],
            user=self.request.user,
        )


class ConflictViewSet(ModelViewSet):
    model = Conflict
    icon = "warning"
    menu_label = _("Conflicts of interest")
    menu_name = "jury-conflicts"
    copy_view_enabled = False
    index_view_class = ConflictIndexView
    add_view_class = ConflictCreateView
    edit_view_class = ConflictDecisionView
    filterset_class = ConflictFilterSet
    list_display = [
        "entry",
        "juror",
        "type",
        "reason",
        "declared_by",
        "declared_at",
        BooleanColumn("scored", label=_("Has a submitted score")),
        "score_counts",
    ]
    list_export = [
        "entry.reference",
        "entry.title",
        "entry.edition",
        "juror",
        "get_type_display",
        "reason",
        "declared_by",
        "declared_at",
        "scored",
        "score_counts",
    ]
    export_headings = {
        "entry.reference": _("Reference"),
        "entry.title": _("Title"),
        "entry.edition": _("Edition"),
        "juror": _("Juror"),
        "get_type_display": _("Type"),
        "reason": _("Reason"),
        "declared_by": _("Declared by"),
        "declared_at": _("Declared at"),
        "scored": _("Has a submitted score"),
        "score_counts": _("Existing score counts"),
    }
    export_filename = "jury-recusals"

    def get_form_class(self, for_update=False):
        return ConflictDecisionForm if for_update else ConflictRecordForm
