"""wagtail-localize's publishing views, replaced so each publish obeys the project's rules.

The URL patterns in ``translations.urls`` take the paths of wagtail-localize's own
views (they are registered first), so every link wagtail-localize renders lands here.
"""

import contextlib

from django import forms
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import convert as localize_convert
from wagtail_localize.views.edit_translation import apply_machine_translation
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from cms.publication import PublicationRefused, refusals

from . import dashboard
from .outdated import update_source
from .publishing import can_publish, publish, save_draft
from .review import NoReviewWorkflow, act_on_review, submit_for_review


def _refusal_message(instance, locale, error):
    return _("“%(title)s” in %(locale)s was not published: %(reasons)s") % {
        "title": instance,
        "locale": locale.get_display_name(),
        "reasons": " ".join(error.messages),
    }


class SyncTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages": brings translations up to date as drafts.

    Only a user who may publish every translation is offered "Publish immediately";
    each translation is then published through ``translations.publishing`` and one
    that shows a photo without a release stays a draft, with the page form's reason.
    """

    def targets(self):
        found = []
        for translation in self.object.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        ):
            with contextlib.suppress(ObjectDoesNotExist):
                found.append((translation, translation.get_target_instance()))
        return found

    def may_publish_all(self):
        return all(
            can_publish(self.request.user, target) for _translation, target in self.targets()
        )

    def get_form(self):
        form = (
            UpdateTranslationsForm(self.request.POST)
            if self.request.method == "POST"
            else UpdateTranslationsForm()
        )
        if not self.may_publish_all():
            del form.fields["publish_translations"]
        return form

    @transaction.atomic
    def form_valid(self, form):
        update_source(self.object)
        user = self.request.user
        enabled_translations = list(
            self.object.translations.filter(enabled=True).select_related("source", "target_locale")
        )
        if form.cleaned_data.get("use_machine_translation"):
            machine_translator = get_machine_translator()
            for translation in enabled_translations:
                apply_machine_translation(translation.id, user, machine_translator)

        publishing = bool(form.cleaned_data.get("publish_translations"))
        drafts = isinstance(self.object.as_instance(), DraftStateMixin)
        for translation in enabled_translations:
            if publishing:
                self.publish_one(translation)
            elif drafts:
                with contextlib.suppress(ValidationError):
                    save_draft(translation, user)
            translation.source.update_target_view_restrictions(translation.target_locale)

        self.components.save(
            self.object, sources_and_translations={self.object: enabled_translations}
        )
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())

    def publish_one(self, translation):
        try:
            publish(translation, self.request.user)
        except PublicationRefused as error:
            messages.error(
                self.request,
                _refusal_message(
                    translation.get_target_instance(), translation.target_locale, error
                ),
            )
        except PermissionDenied:
            messages.error(
                self.request,
                _("You may not publish the translation into %(locale)s.")
                % {"locale": translation.target_locale.get_display_name()},
            )


def convert_to_alias(request, page_id):
    """Converting to an alias makes the page mirror its source, live if the source is.

    So when the source is live this is a publish of the translated page: it needs the
    right to publish it, and the source's photos must pass the publication rule.
    """
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True).specific
    if request.method == "POST":
        try:
            source = TranslationSource.objects.get(
                object_id=page.translation_key,
                specific_content_type=page.content_type_id,
                translations__target_locale=page.locale_id,
            ).get_source_instance()
        except (Page.DoesNotExist, TranslationSource.DoesNotExist) as err:
            raise Http404 from err
        if source.live or page.live:
            if not can_publish(request.user, page):
                raise PermissionDenied
            problems = refusals(source.specific)
            if problems:
                messages.error(
                    request,
                    _refusal_message(page, page.locale, PublicationRefused(problems)),
                )
                return redirect("wagtailadmin_pages:edit", page.id)
    return localize_convert.convert_to_alias(request, page_id)


def _review_message(action, locale):
    if action == "approve":
        return _("The translation into %(locale)s was approved.") % {
            "locale": locale.get_display_name()
        }
    return _("Changes to the translation into %(locale)s were requested.") % {
        "locale": locale.get_display_name()
    }


EDITOR_ACTIONS = ("publish", "save-draft", "submit", "approve", "reject")


def editor_action(request, translation, instance):
    """The buttons of the translation editor's footer, posted to the object's edit URL."""
    action = request.POST["action"]
    locale = translation.target_locale
    lock = instance.get_lock() if hasattr(instance, "get_lock") else None
    if lock is not None and lock.for_user(request.user) and action not in ("approve", "reject"):
        messages.error(request, lock.get_message(request.user))
        return redirect(request.path)
    try:
        if action in ("approve", "reject"):
            act_on_review(instance, request.user, action, request.POST.get("comment", ""))
            messages.success(request, _review_message(action, locale))
        elif action == "publish":
            publish(translation, request.user)
            messages.success(
                request,
                _("Published “%(title)s” in %(locale)s.")
                % {
                    "title": translation.get_target_instance(),
                    "locale": locale.get_display_name(),
                },
            )
        elif action == "submit":
            submit_for_review(translation, request.user)
            messages.success(
                request,
                _("The translation into %(locale)s was submitted for review.")
                % {"locale": locale.get_display_name()},
            )
        else:
            save_draft(translation, request.user)
            messages.success(
                request,
                _("The translation into %(locale)s was saved as a draft.")
                % {"locale": locale.get_display_name()},
            )
    except PublicationRefused as error:
        for problem in error.messages:
            messages.error(request, problem)
    except NoReviewWorkflow as error:
        messages.error(request, str(error))
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(reasons)s")
            % {"reasons": " ".join(error.messages)},
        )
    return redirect(request.path)


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    """Every source page × language with its translation state, filterable."""

    template_name = "translations/dashboard.html"
    page_title = gettext_lazy("Translations")
    header_icon = "globe"
    paginate_by = 50

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.page_title},
        ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = DashboardFilters(self.request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        rows = dashboard.build_rows(
            state=filters.get("state") or None,
            language=filters.get("language") or None,
            section=filters.get("section") or None,
        )
        page = Paginator(rows, self.paginate_by).get_page(self.request.GET.get("p"))
        context.update({"filter_form": form, "page_obj": page, "rows": page.object_list})
        return context


class DashboardFilters(forms.Form):
    state = forms.ChoiceField(
        label=gettext_lazy("State"),
        required=False,
        choices=[("", gettext_lazy("All states")), *dashboard.STATES.items()],
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    section = forms.ChoiceField(label=gettext_lazy("Section"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        self.fields["language"].choices = [("", _("All languages"))] + [
            (locale.language_code, locale.get_display_name())
            for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code")
        ]
        self.fields["section"].choices = [("", _("All sections"))] + [
            (str(content_type.pk), capfirst(content_type.model_class()._meta.verbose_name_plural))
            for content_type in dashboard.sections()
        ]
