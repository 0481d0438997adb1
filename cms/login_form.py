"""The admin's sign-in form with its password field labelled in the reader's language.

Wagtail's form declares the field without a label, so Django names it after the field
("Password"), which no catalogue translates.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class TranslatedLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
