"""The page form every content page uses: photo rules checked before publication."""

from django.core.exceptions import ValidationError

from wagtail.admin.forms import WagtailAdminPageForm

from cms.publication import refusals

PUBLISHING_ACTIONS = ("action-publish", "action-submit")


class PublicationRulesPageForm(WagtailAdminPageForm):
    """Refuses to publish, or send for approval, a page showing people without a release.

    Drafts may hold any photo, so a photographer can chase a release while the text is
    written; the check runs when the page is published, submitted to the moderation
    workflow or approved in it. Pages list their photos in ``images_in_use()``.
    """

    def is_publishing(self) -> bool:
        data = self.data
        return any(data.get(action) for action in PUBLISHING_ACTIONS) or (
            bool(data.get("action-workflow-action"))
            and data.get("workflow-action-name") == "approve"
        )

    def clean(self):
        cleaned_data = super().clean()
        if self.is_bound and self.is_publishing() and not self.errors:
            page = self.instance
            for name, value in cleaned_data.items():
                if name in {field.name for field in page._meta.concrete_fields}:
                    setattr(page, name, value)
            problems = refusals(page)
            if problems:
                raise ValidationError(problems)
        return cleaned_data
