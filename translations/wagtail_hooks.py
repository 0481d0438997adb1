from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin
from wagtail_localize.models import Translation

from . import views
from .panels import TranslationsToDoPanel
from .report import is_localize_report_item, may_follow_translations
from .urls import localize_overrides, urlpatterns


@hooks.register("register_admin_urls", order=-100)
def register_admin_urls():
    """Before wagtail-localize's own, so the overriding paths answer first."""
    return [
        *localize_overrides,
        path("translations/", include((urlpatterns, "translations"), namespace="translations")),
    ]


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return TranslatorsMenuItem(
        _("Translations"),
        reverse("translations:dashboard"),
        name="translations",
        icon_name="globe",
        order=250,
    )


@hooks.register("construct_reports_menu")
def translations_report_for_translators(request, menu_items):
    """wagtail-localize's item says it is always shown; it follows the report's own rule."""
    if not may_follow_translations(request.user):
        menu_items[:] = [item for item in menu_items if not is_localize_report_item(item)]


@hooks.register("construct_homepage_panels")
def add_translators_panel(request, panels):
    if request.user.has_perm("wagtail_localize.submit_translation"):
        panels.append(TranslationsToDoPanel())


def _editor_action(request, instance):
    """Runs before wagtail-localize's editor, which would publish on "action=publish"."""
    if request.method != "POST" or request.POST.get("action") not in views.EDITOR_ACTIONS:
        return None
    if not isinstance(instance, TranslatableMixin):
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None:
        return None
    return views.editor_action(request, translation, instance)


hooks.register("before_edit_page", _editor_action, order=-100)
hooks.register("before_edit_snippet", _editor_action, order=-100)
