from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrintFilesConfig(AppConfig):
    """Its own app so that its admin hooks and templates are found beside the code."""

    name = "exhibitions.print"
    label = "exhibitions_print"
    verbose_name = _("Exhibition print files")
