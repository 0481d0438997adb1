"""The page form every content page uses: photo rules checked before publication."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import StreamValue
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.permissions import policy_registry

from cms.publication import field_refusals, refusals_by_image
from media_library.enums import ConsentProblem
from media_library.rules import consent_kind

PUBLISHING_ACTIONS = ("action-publish", "action-submit")


def is_publishing(data) -> bool:
    """Whether a submitted admin form publishes, sends for review or approves in review:
    the moments the publication rule is checked (pages and reviewed snippets alike)."""
    return any(data.get(action) for action in PUBLISHING_ACTIONS) or (
        bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == "approve"
    )


class PublicationRulesPageForm(WagtailAdminPageForm):
    """Refuses to publish, or send for approval, a page showing people without a release.

    Drafts may hold any photo, so a photographer can chase a release while the text is
    written; the check runs when the page is published, submitted to the moderation
    workflow or approved in it. Pages list their photos in ``images_in_use()``; each
    refusal is shown on the field or block that holds the photo, and says whether this
    editor can fix it or whom to ask.
    """

    def clean(self):
        cleaned_data = super().clean()
        if self.is_bound and is_publishing(self.data) and not self.errors:
            page = self.instance
            for name, value in cleaned_data.items():
                if name in {field.name for field in page._meta.concrete_fields}:
                    setattr(page, name, value)
            problems = refusals_by_image(page)
            if problems:
                self._attach_refusals(problems)
            self._attach_field_refusals(field_refusals(page))
        return cleaned_data

    def _attach_field_refusals(self, refusals):
        """Each refusal of a registered rule on its field, or on its block of a stream."""
        by_block: dict[str, dict[int, list[str]]] = {}
        for refusal in refusals:
            if refusal.field not in self.fields:
                self.add_error(None, refusal.message)
            elif refusal.block is None:
                self.add_error(refusal.field, refusal.message)
            else:
                by_block.setdefault(refusal.field, {}).setdefault(refusal.block, []).append(
                    refusal.message
                )
        for name, blocks_at_fault in by_block.items():
            self.add_error(
                name,
                StreamBlockValidationError(
                    block_errors={
                        index: ValidationError(" ".join(messages))
                        for index, messages in blocks_at_fault.items()
                    }
                ),
            )

    def _attach_refusals(self, problems: dict[int, str]):
        images = get_image_model().objects.in_bulk(problems)
        attached = set()
        for name, value in list(self.cleaned_data.items()):
            if isinstance(value, get_image_model()) and value.pk in problems:
                self.add_error(name, self._field_message(images[value.pk], problems[value.pk]))
                attached.add(value.pk)
            elif isinstance(value, StreamValue):
                error = self._stream_errors(value.stream_block, value, images, problems, attached)
                if error is not None:
                    self.add_error(name, error)
        unattached = [pk for pk in problems if pk not in attached]
        if unattached:
            # A photo this form has no field for (set in code, or in a child form):
            # still refused, above the form.
            raise ValidationError(
                [self._field_message(images[pk], problems[pk]) for pk in unattached]
            )

    def _can_edit(self, image) -> bool:
        user = getattr(self, "for_user", None)
        return user is not None and policy_registry.get_by_type(
            get_image_model()
        ).user_has_permission_for_instance(user, "change", image)

    def _who_can(self) -> str:
        return _(
            "Only photographers and coordinating editors can change this photo's release: "
            "ask one of them."
        )

    def _field_message(self, image, problem: str):
        if self._can_edit(image):
            return format_html(
                '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
                problem,
                reverse("wagtailimages:edit", args=(image.pk,)),
                _("Edit the photo “%(title)s”") % {"title": image.title},
            )
        return self._for_someone_else(image, problem)

    def _block_message(self, image, problem: str) -> str:
        """Block errors are shown as plain text: the address stands in for a link."""
        if self._can_edit(image):
            return _("%(problem)s Edit the photo: %(url)s") % {
                "problem": problem,
                "url": reverse("wagtailimages:edit", args=(image.pk,)),
            }
        return self._for_someone_else(image, problem)

    def _for_someone_else(self, image, problem: str) -> str:
        if consent_kind(image) == ConsentProblem.UNDESCRIBED:
            return problem  # already says who describes photos
        return f"{problem} {self._who_can()}"

    def _stream_errors(self, block, value, images, problems, attached):
        """The refusals as the nested error a block shows, or ``None``."""
        if value is None:
            return None
        if isinstance(block, ImageChooserBlock):
            pk = getattr(value, "pk", None)
            if pk not in problems:
                return None
            attached.add(pk)
            return ValidationError(self._block_message(images[pk], problems[pk]))
        if isinstance(block, blocks.StreamBlock):
            errors = {}
            for index, child in enumerate(value):
                error = self._stream_errors(child.block, child.value, images, problems, attached)
                if error is not None:
                    errors[index] = error
            return StreamBlockValidationError(block_errors=errors) if errors else None
        if isinstance(block, blocks.ListBlock):
            errors = {}
            for index, item in enumerate(value):
                error = self._stream_errors(block.child_block, item, images, problems, attached)
                if error is not None:
                    errors[index] = error
            return ListBlockValidationError(block_errors=errors) if errors else None
        if isinstance(block, blocks.StructBlock):
            errors = {}
            for name, child in block.child_blocks.items():
                error = self._stream_errors(child, value.get(name), images, problems, attached)
                if error is not None:
                    errors[name] = error
            return StructBlockValidationError(block_errors=errors) if errors else None
        return None
