from django.db import models
from django.utils.translation import gettext_lazy as _


class TipState(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    STORY = "story", _("Became a story")
    DECLINED = "declined", _("Declined")


# The states an editor may move a tip to by hand. "Became a story" is reached only by
# starting its story draft, which links the tip to the page; a story is final.
MANUAL_TRANSITIONS = {
    TipState.NEW: {TipState.CONTACTED, TipState.DECLINED},
    TipState.CONTACTED: {TipState.DECLINED},
    TipState.DECLINED: {TipState.CONTACTED},
    TipState.STORY: set(),
}

# Tips whose handling is over: their contacts are cleared after the retention period.
CLOSED_STATES = {TipState.STORY, TipState.DECLINED}
