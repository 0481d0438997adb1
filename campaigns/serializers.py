"""Campaign themes as other pages show them in Wagtail API v2.

A story points at its themes; a theme that is a draft, private or expired must not
surface through a published story, so links are checked against the pages the request
may see (worked out once per request by the pages endpoint).
"""

from rest_framework import serializers
from rest_framework.fields import Field


def is_visible_page(context, page) -> bool:
    view = context.get("view")
    if view is not None and hasattr(view, "visible_page_ids"):
        return page.pk in view.visible_page_ids(type(page))
    return context["base_queryset"].filter(pk=page.pk).exists()


def theme_summary(theme, context) -> dict:
    # Imported here: this module is imported by models, before the app registry is ready.
    from wagtail.api.v2.utils import get_object_detail_url
    from wagtail.models import Page

    return {
        "id": theme.pk,
        "title": theme.title,
        "slug": theme.slug,
        "kind": theme.kind,
        "statement": theme.statement,
        "detail_url": get_object_detail_url(context["router"], context["request"], Page, theme.pk),
    }


class ThemeLinksField(Field):
    """A story's campaign themes, leaving out any the reader may not see.

    A translated story may still point at the source-language theme (the link was made
    before the theme was translated): it is served as the theme's translation in the
    story's language when there is one.
    """

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, links):
        themes = [self._in_locale(link.theme, links.instance.locale_id) for link in links.all()]
        return [
            {"id": link.pk, "theme": theme_summary(theme, self.context)}
            for link, theme in zip(links.all(), themes, strict=True)
            if is_visible_page(self.context, theme)
        ]

    def _in_locale(self, theme, locale_id):
        if theme.locale_id == locale_id:
            return theme
        return self._themes_of(type(theme), locale_id).get(theme.translation_key, theme)

    def _themes_of(self, model, locale_id) -> dict:
        """The locale's themes by translation key, one query per locale and request."""
        cache = self.context.setdefault("themes_by_locale", {})
        if locale_id not in cache:
            cache[locale_id] = {
                theme.translation_key: theme for theme in model.objects.filter(locale_id=locale_id)
            }
        return cache[locale_id]


def label_of(method: str) -> serializers.CharField:
    """The human label of a choice, in the language the request asked for."""
    return serializers.CharField(source=method, read_only=True)
