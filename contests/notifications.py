"""The e-mail an entrant gets: the reference and the private status link."""

from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _


def send_receipt(entry, edition_title: str, status_url: str) -> None:
    with translation.override(entry.language):
        subject = _("Your entry %(reference)s to %(edition)s") % {
            "reference": entry.reference,
            "edition": edition_title,
        }
        body = _(
            "Thank you, %(name)s.\n\n"
            'Your entry "%(title)s" to %(edition)s has been received.\n'
            "Reference: %(reference)s\n\n"
            "See its status, or withdraw it before the deadline, at this private link "
            "(keep it to yourself):\n%(url)s\n"
        ) % {
            "name": entry.entrant_name,
            "title": entry.title,
            "edition": edition_title,
            "reference": entry.reference,
            "url": status_url,
        }
    send_mail(subject, body, None, [entry.email])
