from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentApiConfig(AppConfig):
    name = "cms.api"
    label = "content_api"
    verbose_name = _("Content API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .content_version import watch_wagtail_content

        watch_wagtail_content()
