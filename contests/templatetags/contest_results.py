"""The published results of an edition for its HTML page, by the API's own rule."""

from django import template
from django.utils import translation

from cms.api.languages import fallback_chain

from ..api.results import results_out
from ..models import ContestEditionPage

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_results(context, page):
    """``None`` for a programme, or until the edition's results are published."""
    if not isinstance(page, ContestEditionPage):
        return None
    language = page.locale.language_code or translation.get_language()
    return results_out(page, fallback_chain(language), context.get("request"))
