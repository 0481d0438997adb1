from django import template

from wagtail.models import DraftStateMixin

from ..editor import footer
from ..outdated import changes_since
from ..review import review_status

register = template.Library()


@register.inclusion_tag("translations/editor_footer.html", takes_context=True)
def translation_footer(context):
    request = context["request"]
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "target_locale": context["target_locale"],
        **footer(request, context["translation"], context["instance"]),
    }


@register.inclusion_tag("translations/source_changes.html", takes_context=True)
def source_changes(context):
    """The Kyrgyz strings that changed since this translation was last published."""
    translation, instance = context["translation"], context["instance"]
    since = getattr(instance, "last_published_at", None) or translation.created_at
    return {
        "since": since,
        "source_locale": translation.source.locale,
        "changes": changes_since(translation.source, since),
    }


@register.inclusion_tag("translations/review_status.html", takes_context=True)
def translation_review_status(context):
    """Where the translation stands in its review, and the reviewer's last comment."""
    instance = context["instance"]
    return {"review": review_status(instance) if isinstance(instance, DraftStateMixin) else None}
