"""What a reader can do after a story: contribute, get in touch or donate."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .lookups import lookups_from
from .text import PREVIEW_TEMPLATE
from .validation import FieldErrors, is_https


class CallToActionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("contribute", _("Contribute skills or knowledge")),
            ("contact", _("Get in touch")),
            ("donate", _("Donate")),
        ],
        default="contribute",
        help_text=_("Front-ends choose the button's look and wording rules from this."),
    )
    label = blocks.CharBlock(
        label=_("Button text"),
        max_length=60,
        help_text=_("A short verb phrase, e.g. “Join the mentors”."),
    )
    url = blocks.URLBlock(
        label=_("Web address"),
        required=False,
        help_text=_("An https:// address on another site. Leave blank to link to a page here."),
    )
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("A page on this site. Leave blank to use a web address."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        url = "" if "url" in check else (check.value["url"] or "")
        page = None if "page" in check else check.value["page"]
        if url and page:
            message = _("Choose either a page or a web address, not both.")
            check.add("url", message)
            check.add("page", message)
        elif not url and page is None and not check.deferred and "url" not in check:
            message = _("Choose a page on this site or enter a web address.")
            check.add("url", message)
            check.add("page", message)
        elif url and not is_https(url):
            if check.value["kind"] == "donate":
                check.add(
                    "url", _("Donations must go to a secure address starting with https://.")
                )
            else:
                check.add("url", _("Use a secure address that starts with https://."))
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        """``page`` is the served language's live translation, with its front-end URL.

        A page that is no longer public comes back as ``None``.
        """
        page = value["page"]
        return {
            "kind": value["kind"],
            "label": value["label"],
            "url": value["url"] or None,
            "page": lookups_from(context).page_link(page.pk) if page else None,
        }

    class Meta:
        icon = "link-external"
        label = _("Call to action")
        help_text = _("One button that tells readers what they can do next.")
        description = _("A button that invites readers to contribute, get in touch or donate.")
        template = "cms/blocks/call_to_action.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "kind": "contribute",
            "label": "Насаатчы болуңуз",
            "url": "https://migrant.kg/",
        }
