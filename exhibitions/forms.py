"""The exhibition's page forms: the publication rule, with each refusal on its exhibit."""

from wagtail.admin.forms import WagtailAdminModelForm

from cms.forms import PublicationRulesPageForm, is_publishing
from cms.publication import refusals


class ExhibitionPageForm(PublicationRulesPageForm):
    """The exhibition's own photo (its cover) passes the rule like a story's hero image."""


class ExhibitionSectionForm(PublicationRulesPageForm):
    """Exhibits are edited inline: the rule judges the exhibits as the form holds them
    (not as stored), and a refusal is shown on the photo of the exhibit it is about."""

    def _kept_exhibit_forms(self) -> list:
        formset = self.formsets.get("exhibits")
        if formset is None:
            return []
        formset.is_valid()
        return [
            form
            for form in formset.forms
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]

    def clean(self):
        if self.is_bound and is_publishing(self.data):
            self.instance.exhibits = [form.instance for form in self._kept_exhibit_forms()]
        return super().clean()

    def _attach_refusals(self, problems: dict[int, str]):
        elsewhere = dict(problems)
        for form in self._kept_exhibit_forms():
            image = form.cleaned_data.get("image")
            if image is not None and image.pk in problems:
                form.add_error("image", self._field_message(image, problems[image.pk]))
                elsewhere.pop(image.pk, None)
        if elsewhere:
            super()._attach_refusals(elsewhere)


class TourStopForm(WagtailAdminModelForm):
    """Publishing, sending for review or approving a stop checks its opening photos
    against the consent rule; a draft may hold any photo while a release is chased."""

    def clean(self):
        cleaned_data = super().clean()
        if self.is_bound and is_publishing(self.data) and not self.errors:
            stop = self.instance
            stop.opening_photos = cleaned_data.get("opening_photos", stop.opening_photos)
            problems = refusals(stop)
            if problems:
                self.add_error("opening_photos", problems)
        return cleaned_data
