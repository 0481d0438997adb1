"""The post's text as a channel draws it: links and hashtags coloured, lines kept."""

import regex

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString

from ..counting import URL

register = template.Library()

_TOKEN = regex.compile(rf"({URL.pattern})|(#[^\s#]+)", regex.IGNORECASE)


@register.filter
def post_text(text: str) -> str:
    text = text or ""
    html = SafeString()
    position = 0
    for match in _TOKEN.finditer(text):
        html += escape(text[position : match.start()])
        css = "link" if match.group(1) else "tag"
        html += format_html('<span class="{}">{}</span>', css, match.group(0))
        position = match.end()
    html += escape(text[position:])
    return linebreaksbr(html, autoescape=False)
