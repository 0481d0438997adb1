"""New tips are e-mailed to the people who handle them, each in their admin language.

Those are the users who may see the inbox (``tips.view_storytip`` through a group, as
content managers and coordinating editors); the message carries the reference and the
admin link, never the sender's contacts or text, which stay behind the admin's checks.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.users.models import UserProfile

from .models import StoryTip

PERMISSION = "tips.view_storytip"
# Group permissions are the model backend's; the sign-in throttle's backend grants none.
BACKEND = "django.contrib.auth.backends.ModelBackend"


def recipients():
    users = get_user_model().objects.with_perm(
        PERMISSION, include_superusers=False, backend=BACKEND
    )
    return users.filter(is_active=True).exclude(email="").order_by("pk")


def notify_content_managers(tip_id: int) -> int:
    """Send one e-mail per recipient; the number sent."""
    tip = StoryTip.objects.filter(pk=tip_id).first()
    if tip is None:
        return 0
    link = settings.WAGTAILADMIN_BASE_URL + reverse("story_tips:inspect", args=[tip.pk])
    sent = 0
    for user in recipients():
        language = UserProfile.get_for_user(user).get_preferred_language()
        with translation.override(language):
            subject = _("New story tip %(reference)s") % {"reference": tip.reference}
            body = _(
                "A new story tip has come through “Tell us your story”.\n\n"
                "Reference: %(reference)s\nCountry of residence: %(country)s\n"
                "Photos: %(photos)d\n\nRead it in the inbox:\n%(link)s\n"
            ) % {
                "reference": tip.reference,
                "country": tip.country,
                "photos": tip.photos.count(),
                "link": link,
            }
        sent += send_mail(subject, body, None, [user.email])
    return sent
