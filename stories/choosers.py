"""Taxonomy terms as editors read them in filters and choosers.

A term exists once per locale. Filters list the source-language terms (a choice matches
every language through the translation key) but label each with its translation in the
editor's interface language when there is one. Places are a tree: they are labelled
with their whole trail, region → district → village, so two villages of the same name
in different districts can be told apart. Choosers list the terms of the page's locale
(a story links to its own language's terms) with the trail, and a column with the name
in the editor's language when it differs.
"""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.models import Locale
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)

from cms.chooser_labels import TranslatedChooserLabels

TRAIL_SEPARATOR = " → "


def interface_locale() -> Locale | None:
    """The content locale of the editor's interface language, if there is one."""
    language = (get_language() or "").split("-")[0]
    return Locale.objects.filter(language_code=language).first()


def names_in(model, locale) -> dict:
    """Translation key → the term as written in ``locale`` (one query)."""
    if locale is None:
        return {}
    return {term.translation_key: str(term) for term in model.objects.filter(locale=locale)}


def place_names_by_path(locale_ids) -> dict:
    """(locale id, path) → name, for the trails of the places of those locales."""
    from stories.models import Place

    rows = Place.objects.filter(locale_id__in=set(locale_ids)).values_list(
        "locale_id", "path", "name"
    )
    return {(locale_id, path): name for locale_id, path, name in rows}


def trail(path: str, names: dict, locale_ids) -> str:
    """Each step of ``path`` named in the first of ``locale_ids`` that has it."""
    steps = path.split("/")
    labels = []
    for depth in range(1, len(steps) + 1):
        prefix = "/".join(steps[:depth])
        name = next((names[(lid, prefix)] for lid in locale_ids if (lid, prefix) in names), None)
        labels.append(name or steps[depth - 1])
    return TRAIL_SEPARATOR.join(labels)


class TermChoiceField(forms.ModelChoiceField):
    """Source-language terms, labelled in the editor's language where translated."""

    def label_from_instance(self, term):
        names = self.__dict__.get("_names")
        if names is None:
            names = self._names = names_in(self.queryset.model, interface_locale())
        return names.get(term.translation_key) or str(term)


class PlaceChoiceField(forms.ModelChoiceField):
    """Places with their trail, in the editor's language where translated."""

    def label_from_instance(self, place):
        context = self.__dict__.get("_trail_context")
        if context is None:
            locale = interface_locale()
            locale_ids = [lid for lid in (locale and locale.pk, place.locale_id) if lid]
            context = self._trail_context = (place_names_by_path(locale_ids), locale_ids)
        names, locale_ids = context
        return trail(place.path, names, locale_ids)


class PlaceTrailMixin:
    """The chooser's title is the place's trail in its own language; a second column
    gives it in the editor's language when that differs."""

    @property
    def title_column(self):
        column = super().title_column
        column.accessor = lambda place: trail(place.path, self.place_names, [place.locale_id])
        return column

    @property
    def columns(self):
        return [
            *super().columns,
            Column(
                "in_your_language",
                label=_("In your language"),
                accessor=self.trail_in_interface_language,
            ),
        ]

    def trail_in_interface_language(self, place):
        locale = self.interface_locale
        if locale is None or locale.pk == place.locale_id:
            return ""
        return trail(place.path, self.place_names, [locale.pk, place.locale_id])

    @property
    def interface_locale(self):
        if "_interface_locale" not in self.__dict__:
            self._interface_locale = interface_locale()
        return self._interface_locale

    @property
    def place_names(self):
        if "_place_names" not in self.__dict__:
            from stories.models import Place

            locale_ids = set(Place.objects.values_list("locale_id", flat=True).distinct())
            self._place_names = place_names_by_path(locale_ids)
        return self._place_names


class TermNameMixin:
    """A column with the term's name in the editor's language when that differs."""

    @property
    def columns(self):
        return [
            *super().columns,
            Column(
                "in_your_language",
                label=_("In your language"),
                accessor=self.name_in_interface_language,
            ),
        ]

    def name_in_interface_language(self, term):
        if "_names" not in self.__dict__:
            locale = interface_locale()
            self._interface_locale_id = locale and locale.pk
            self._names = names_in(self.model_class, locale)
        if self._interface_locale_id in (None, term.locale_id):
            return ""
        return self._names.get(term.translation_key, "")


class LanguageFilterLabel:
    """Wagtail's chooser names its locale filter after the field ("Locale"), untranslated."""

    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            form.fields["locale"].label = _("Language")
        return form


class SnippetChooseView(LanguageFilterLabel, ChooseView):
    pass


class SnippetChooseResultsView(LanguageFilterLabel, ChooseResultsView):
    pass


class PlaceChooseView(PlaceTrailMixin, SnippetChooseView):
    pass


class PlaceChooseResultsView(PlaceTrailMixin, SnippetChooseResultsView):
    pass


class TermChooseView(TermNameMixin, SnippetChooseView):
    pass


class TermChooseResultsView(TermNameMixin, SnippetChooseResultsView):
    pass


class SnippetChooser(TranslatedChooserLabels, SnippetChooserViewSet):
    """A snippet chooser whose labels follow the editor's language."""

    choose_view_class = SnippetChooseView
    choose_results_view_class = SnippetChooseResultsView


class TermChooser(SnippetChooser):
    choose_view_class = TermChooseView
    choose_results_view_class = TermChooseResultsView


class PlaceChooser(SnippetChooser):
    choose_view_class = PlaceChooseView
    choose_results_view_class = PlaceChooseResultsView
