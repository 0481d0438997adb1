from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContestsConfig(AppConfig):
    name = "contests"
    verbose_name = _("Contests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.api import content_version, preview, search, v2
        from cms.api.site import api
        from cms.request_limits import allow_body_size
        from social import kinds

        from . import indicators
        from .api import router
        from .api import sync as sync_types
        from .api.pages import preview_contest
        from .limits import entry_body_limit
        from .models import (
            ContestEditionPage,
            ContestProgrammePage,
            EditionCategory,
            ResultsPublication,
        )
        from .signal_handlers import register_signal_handlers
        from .social import RESULTS_KIND

        api.add_router("/", router)
        sync_types.register()
        # Publishing results saves the publication row: every cached answer is retired.
        content_version.watch(EditionCategory, ResultsPublication)
        search.register("contest", ContestProgrammePage, summary_field="summary")
        preview.register(ContestProgrammePage, preview_contest)
        preview.register(ContestEditionPage, preview_contest)
        kinds.register(RESULTS_KIND)
        v2.register_prefetch(
            ContestEditionPage,
            select=["locale"],
            prefetch=lambda: ["categories", "prizes", "eligibility_rules"],
        )
        register_signal_handlers()
        indicators.register()
        allow_body_size(r"/api/v1/contests/\d+/entries", entry_body_limit)
