from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from .views import TipViewSet, story_draft, tip_photo


@hooks.register("register_log_actions")
def register_tip_actions(actions):
    actions.register_action("tips.state", _("Change state"), _("Story tip state changed"))
    actions.register_action(
        "tips.story_draft", _("Story draft from a tip"), _("Story draft started from a tip")
    )
    actions.register_action("tips.anonymise", _("Anonymise"), _("Contact data anonymised"))


@hooks.register("register_admin_viewset")
def register_tip_viewset():
    return TipViewSet("story_tips", url_prefix="story-tips")


@hooks.register("register_admin_urls")
def register_tip_urls():
    return [
        path("story-tips/photos/<int:pk>/", tip_photo, name="tips_photo"),
        path("story-tips/<int:pk>/story-draft/", story_draft, name="tips_story_draft"),
    ]
