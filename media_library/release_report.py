"""Report: photos that may not be published, found on live pages or pages in review.

Live pages are found through Wagtail's reference index, which records what the page
row holds (its live content). A page in review is judged on the revision under review,
which the index does not see: its ``images_in_use()`` answers instead, as it does for
``cms.publication``.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision, WorkflowState
from wagtail.permissions import policy_registry

from .labels import consent_label
from .listing import ConsentColumn, ConsentFilter
from .public import publishable_q
from .rules import consent_kind


def _as_text(queryset):
    return queryset.annotate(pk_text=Cast("pk", output_field=CharField())).values("pk_text")


def pages_in_review():
    """Pages submitted to a workflow and waiting for a reviewer."""
    submitted = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).values("object_id")
    return Page.objects.annotate(pk_text=Cast("pk", output_field=CharField())).filter(
        pk_text__in=submitted
    )


def blocked_photos_on_shown_pages() -> dict[int, set[int]]:
    """``{photo pk: {page pk, ...}}`` for unpublishable photos on live or in-review pages."""
    image_model = get_image_model()
    blocked = image_model.objects.exclude(publishable_q())
    page_type = ContentType.objects.get_for_model(Page)
    live_pages = Page.objects.filter(live=True)
    references = ReferenceIndex.objects.filter(
        base_content_type=page_type,
        to_content_type=ContentType.objects.get_for_model(image_model),
        object_id__in=_as_text(live_pages),
        to_object_id__in=_as_text(blocked),
    ).values_list("to_object_id", "object_id")
    found: dict[int, set[int]] = {}
    for photo_pk, page_pk in references.distinct():
        found.setdefault(int(photo_pk), set()).add(int(page_pk))

    for page_pk, draft in drafts_in_review():
        for image in getattr(draft, "images_in_use", list)():
            if consent_kind(image) is not None:
                found.setdefault(image.pk, set()).add(page_pk)
    return found


def drafts_in_review():
    """``(page pk, page as in the revision under review)`` for each page in review.

    Built from the revision's JSON without checking each foreign key (which costs a query
    per place, person and sector linked), so a page in review costs only what its
    ``images_in_use()`` asks.
    """
    revisions = Revision.objects.filter(
        pk__in=pages_in_review().values("latest_revision_id")
    ).select_related("content_type")
    for revision in revisions:
        model = revision.content_type.model_class()
        if model is None:
            continue
        draft = model.from_serializable_data(revision.content, check_fks=False, strict_fks=False)
        yield int(revision.object_id), draft


class ReleaseReportFilterSet(WagtailFilterSet):
    consent = ConsentFilter(label=_("Problem"), with_publishable=False)

    class Meta:
        model = get_image_model()
        fields = []


class PagesColumn(Column):
    cell_template_name = "media_library/pages_cell.html"


class ReleaseReportView(ReportView):
    page_title = _("Photos without a release")
    header_icon = "image"
    index_url_name = "media_library_release_report"
    index_results_url_name = "media_library_release_report_results"
    filterset_class = ReleaseReportFilterSet
    any_permission_required = ["add", "change"]
    list_export = ["title", "credit_line", "consent", "page_titles"]
    export_headings = {
        "title": _("Photo"),
        "credit_line": _("Credit"),
        "consent": _("People pictured / release"),
        "page_titles": _("Pages"),
    }

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(get_image_model())

    @cached_property
    def pages_by_photo(self):
        return blocked_photos_on_shown_pages()

    def get_filename(self):
        return f"photos-without-release-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return get_image_model().objects.filter(pk__in=self.pages_by_photo).order_by("title")

    def decorate_paginated_queryset(self, object_list):
        wanted = {pk for photo in object_list for pk in self.pages_by_photo[photo.pk]}
        in_review = set(pages_in_review().filter(pk__in=wanted).values_list("pk", flat=True))
        pages = {page.pk: page for page in Page.objects.filter(pk__in=wanted).order_by("title")}
        for page in pages.values():
            page.in_review = page.pk in in_review
            page.edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        for photo in object_list:
            photo.consent = consent_label(photo)
            shown_on = self.pages_by_photo[photo.pk]
            photo.pages = [page for page in pages.values() if page.pk in shown_on]
            photo.page_titles = "; ".join(page.title for page in photo.pages)
        return object_list

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Photo"),
                get_url=lambda photo: reverse("wagtailimages:edit", args=(photo.pk,)),
            ),
            Column("credit_line", label=_("Credit")),
            ConsentColumn("consent", label=_("People pictured / release")),
            PagesColumn("pages", label=_("Shown on")),
        ]
