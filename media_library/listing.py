"""The image library's listing: credit, licence and consent, and filters on them.

Wagtail's image index is a plain view behind ``wagtailimages:index``; ``wagtail_hooks``
routes the same addresses to these subclasses, so every link to the library lands here.
"""

import django_filters

from django.forms import RadioSelect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.images.views.images import ImagesFilterSet, IndexView

from .enums import ConsentProblem, Licence
from .labels import consent_label
from .public import publishable_q
from .rules import consent_kind, consent_kind_q

PUBLISHABLE = "publishable"


class ConsentFilter(django_filters.ChoiceFilter):
    def __init__(self, *, with_publishable=True, **kwargs):
        choices = list(ConsentProblem.choices)
        if with_publishable:
            choices.append((PUBLISHABLE, _("May be published")))
        super().__init__(choices=choices, empty_label=_("Any"), widget=RadioSelect, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        if value == PUBLISHABLE:
            return qs.filter(publishable_q())
        return qs.filter(consent_kind_q(ConsentProblem(value)))


class CreditFilter(django_filters.ChoiceFilter):
    def __init__(self, **kwargs):
        choices = [("missing", _("No credit line")), ("given", _("Credit line given"))]
        super().__init__(choices=choices, empty_label=_("Any"), widget=RadioSelect, **kwargs)

    def filter(self, qs, value):
        if value == "missing":
            return qs.filter(credit_line="")
        if value == "given":
            return qs.exclude(credit_line="")
        return qs


class LibraryFilterSet(ImagesFilterSet):
    consent = ConsentFilter(label=_("People pictured / release"))
    licence = django_filters.ChoiceFilter(
        label=_("Licence"), choices=Licence.choices, empty_label=_("Any"), widget=RadioSelect
    )
    credit = CreditFilter(label=_("Credit"))

    class Meta(ImagesFilterSet.Meta):
        pass

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The questions the library is asked most come first in the filter menu.
        first = ["consent", "licence", "credit"]
        rest = [name for name in self.filters if name not in first]
        self.filters = {name: self.filters[name] for name in first + rest}


class ConsentColumn(Column):
    cell_template_name = "media_library/consent_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["blocked"] = consent_kind(instance) is not None
        return context


def consent_columns():
    return [
        Column("credit_line", label=_("Credit"), sort_key="credit_line"),
        Column("licence", label=_("Licence"), accessor="get_licence_display"),
        ConsentColumn("consent", label=_("People pictured / release"), accessor=consent_label),
    ]


class LibraryIndexView(IndexView):
    """Adds the rights columns (list layout) and a consent badge (grid layout)."""

    filterset_class = LibraryFilterSet
    results_template_name = "media_library/index_results.html"

    @cached_property
    def columns(self):
        columns = super().columns
        if not columns:
            return columns
        usage = columns.pop()
        return [*columns[:3], *consent_columns(), *columns[3:], usage]
