"""Choosers whose labels speak the editor's language.

Wagtail's ``ChooserViewSet`` translates its default labels ("Search", "Choose", "Choose
another", "Edit", "Create") once, when the module is imported (``gettext``, not
``gettext_lazy``), so every editor sees them in the default language (Kyrgyz). The image
and document choosers are served here by the same views with the "Search" tab
translated per request; their URLs come first in the admin's URL list (``cms`` is
before Wagtail's apps), so Wagtail's names and links keep pointing at them. The image
chooser is the media library's (``media_library/chooser.py``, which also marks photos
that cannot be published); it and our snippet choosers inherit ``TranslatedChooserLabels``.
"""

from django.urls import path
from django.utils.translation import gettext_lazy

from wagtail.documents.views.chooser import DocumentChooserViewSet
from wagtail.documents.views.chooser import viewset as wagtail_document_chooser


class TranslatedChooserLabels:
    search_tab_label = gettext_lazy("Search")
    choose_one_text = gettext_lazy("Choose")
    choose_another_text = gettext_lazy("Choose another")
    edit_item_text = gettext_lazy("Edit")
    create_action_label = gettext_lazy("Create")


class DocumentChooser(DocumentChooserViewSet):
    search_tab_label = gettext_lazy("Search")


def _same_as(viewset_class, wagtail_viewset):
    return viewset_class(
        wagtail_viewset.name,
        model=wagtail_viewset.model,
        url_prefix=wagtail_viewset.url_prefix,
    )


def urlpatterns():
    document_chooser = _same_as(DocumentChooser, wagtail_document_chooser)
    return [
        path(f"{document_chooser.url_prefix}/", document_chooser.choose_view),
    ]
