"""The coordinators' admin: the plan's activities and targets, survey waves, conclusions
and reporting tokens, in one "Communication plan" menu beside the dashboard."""

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views import View

from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import CreateView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.log_actions import log

from . import tokens
from .forms import PlanActivityForm
from .models import Conclusion, PlanActivity, ReportingToken, SurveyWave
from .permissions import can_coordinate


class PlanActivityViewSet(ModelViewSet):
    model = PlanActivity
    icon = "list-ul"
    menu_label = _("Plan activities and targets")
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("section"), FieldPanel("position")]),
            FieldPanel("title"),
            FieldPanel("expected_result"),
            FieldPanel("indicator"),
            FieldPanel("source_key"),
            FieldRowPanel([FieldPanel("target"), FieldPanel("manual_value")]),
            FieldRowPanel([FieldPanel("responsible"), FieldPanel("timing")]),
            FieldPanel("key"),
        ],
        base_form_class=PlanActivityForm,
    )
    list_display = ["title", "section", "indicator", "source_key", "target", "manual_value"]
    list_filter = ["section"]
    search_fields = ["title", "indicator"]


class SurveyWaveViewSet(ModelViewSet):
    model = SurveyWave
    icon = "form"
    menu_label = _("Survey waves")
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = [
        "name",
        "stage",
        "method",
        "held_from",
        "held_until",
        "respondents",
        "aware",
        "satisfied",
        "important",
        "notes",
        "is_example",
    ]
    list_display = ["name", "stage", "method", "held_from", "respondents", "is_example"]
    list_filter = ["stage", "method"]


class ConclusionViewSet(ModelViewSet):
    model = Conclusion
    icon = "comment"
    menu_label = _("Conclusions")
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["written_on", "text"]
    list_display = ["written_on", "text"]


class TokenCreateView(CreateView):
    """The secret is shown on the answer to the creation, once, and never stored."""

    page_title = _("New reporting token")

    def save_instance(self):
        self.secret = tokens.issue(self.form.instance)
        self.form.instance.created_by = self.request.user
        return super().save_instance()

    def save_action(self):
        response = TemplateResponse(
            self.request,
            "indicators/token_created.html",
            {
                "token": self.object,
                "secret": self.secret,
                "index_url": reverse("indicators_tokens:index"),
                "metrics_url": self.request.build_absolute_uri("/api/v1/metrics"),
            },
        )
        add_never_cache_headers(response)
        return response


class TokenIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.is_revoked:
            buttons.append(
                ListingButton(
                    _("Revoke"),
                    url=reverse("indicators_token_revoke", args=(instance.pk,)),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons


class ReportingTokenViewSet(ModelViewSet):
    model = ReportingToken
    icon = "key"
    menu_label = _("Reporting tokens")
    copy_view_enabled = False
    inspect_view_enabled = False
    add_view_class = TokenCreateView
    index_view_class = TokenIndexView
    form_fields = ["name", "tool"]
    list_display = [
        "name",
        "tool",
        Column("prefix", label=_("Begins with")),
        "created_at",
        "created_by",
        "last_used_at",
        "revoked_at",
    ]
    list_filter = ["tool"]


class RevokeTokenView(View):
    """Revoke a token (POST after a confirmation page); it then answers 403 forever."""

    template_name = "indicators/token_revoke.html"

    def dispatch(self, request, pk):
        if not can_coordinate(request.user):
            return permission_denied(request)
        self.token = get_object_or_404(ReportingToken, pk=pk)
        return super().dispatch(request, pk)

    def get(self, request, pk):
        return TemplateResponse(request, self.template_name, {"token": self.token})

    def post(self, request, pk):
        if not self.token.is_revoked:
            self.token.revoked_at = timezone.now()
            self.token.save(update_fields=["revoked_at"])
            log(self.token, "indicators.token.revoke", user=request.user)
            messages.success(request, _("Token “%(name)s” revoked.") % {"name": self.token.name})
        return redirect("indicators_tokens:index")


def revoke_urls():
    return [
        path(
            "communication-plan/tokens/<int:pk>/revoke/",
            RevokeTokenView.as_view(),
            name="indicators_token_revoke",
        )
    ]


class CommunicationPlanGroup(ViewSetGroup):
    menu_label = _("Communication plan")
    menu_name = "communication-plan"
    menu_icon = "list-ul"
    menu_order = 270
    items = (
        PlanActivityViewSet("indicators_plan", url_prefix="communication-plan/activities"),
        SurveyWaveViewSet("indicators_surveys", url_prefix="communication-plan/surveys"),
        ConclusionViewSet("indicators_conclusions", url_prefix="communication-plan/conclusions"),
        ReportingTokenViewSet("indicators_tokens", url_prefix="communication-plan/tokens"),
    )
