"""The "Print files" screen of an exhibition, and the PDF downloads it offers.

Only someone who may edit the exhibition's page reaches it (others get 403). Files are
made on request, synchronously: the demo exhibition's catalogue takes a few seconds.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from ..models import ExhibitionPage, TourStop
from .adapters import printable_exhibition, source_page
from .catalogue import render_catalogue
from .document import Paper
from .forms import PrintOptionsForm
from .labels import render_labels
from .tour import render_poster


class PrintFilesView(WagtailAdminTemplateMixin, TemplateView):
    """The choices (language, label size, venue, poster size) and a button per file."""

    template_name = "exhibitions_print/print_files.html"
    page_title = gettext_lazy("Print files")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not isinstance(page, ExhibitionPage):
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            # A plain 403, not the admin's redirect to the dashboard: a refused
            # download link should say so where it was followed.
            return permission_denied(request, PermissionDenied())
        self.page = page
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        edit = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": edit, "label": self.page.title},
            {"url": "", "label": self.page_title},
        ]

    @cached_property
    def printable(self):
        return printable_exhibition(self.page)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", PrintOptionsForm())
        stops = TourStop.objects.filter(exhibition=source_page(self.page), live=True)
        context.update(
            exhibition=self.page,
            left_out=self.printable.left_out,
            exhibit_count=len(self.printable.exhibition.exhibits),
            tour_stops=stops.select_related("venue"),
        )
        return context


class DownloadView(PrintFilesView):
    """One PDF, made now; invalid choices show the screen again with their errors."""

    def get(self, request, *args, **kwargs):
        form = PrintOptionsForm(request.GET)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        pdf, name = self.render(kwargs["kind"], form)
        response = HttpResponse(pdf, content_type="application/pdf")
        filename = f"exhibition-{self.page.pk}-{name}-{form.cleaned_data['language']}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{filename.lower()}"'
        return response

    def render(self, kind: str, form: PrintOptionsForm) -> tuple[bytes, str]:
        exhibition, languages = self.printable.exhibition, form.languages
        if kind == "labels":
            venue = form.cleaned_data["venue"]
            paper = Paper(form.cleaned_data["label_size"])
            code = venue.code if venue else ""
            pdf = render_labels(exhibition.exhibits, paper, languages, code, _("Labels"))
            return pdf, "-".join(filter(None, ["labels", paper, code]))
        if kind == "catalogue":
            return render_catalogue(exhibition, languages), "catalogue"
        stop = self.tour_stop(exhibition)
        paper = Paper(form.cleaned_data["poster_size"])
        pdf = render_poster(exhibition, stop, paper, languages)
        return pdf, f"poster-{stop.venue.code}-{stop.starts:%Y%m%d}-{paper}"

    def tour_stop(self, exhibition):
        """A published stop of this exhibition; anything else is a 404."""
        chosen = self.request.GET.get("stop", "")
        for stop in exhibition.tour:
            if str(stop.pk) == chosen:
                return stop
        raise Http404
