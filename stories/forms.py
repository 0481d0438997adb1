"""The hero form: the person's photo passes the consent rule before publication."""

from django.core.exceptions import ValidationError

from wagtail.admin.forms import WagtailAdminModelForm

from cms.forms import is_publishing
from cms.publication import refusals


class PersonForm(WagtailAdminModelForm):
    """Refuses to publish, send for review or approve a hero whose photo needs a release.

    A draft may hold any photo while the release is chased, as on pages.
    """

    def clean(self):
        cleaned_data = super().clean()
        if self.is_bound and is_publishing(self.data) and not self.errors:
            person = self.instance
            if "photo" in cleaned_data:
                person.photo = cleaned_data["photo"]
            problems = refusals(person)
            if problems:
                raise ValidationError(problems)
        return cleaned_data
