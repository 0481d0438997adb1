"""Campaign themes as the social packages see them (registered as the ``theme`` kind).

A theme's post carries its statement and its key message for the primary audience
(diasporas, compatriots and migrants abroad); a story's carries the key messages of
its themes. ``utm_campaign`` is the theme's slug in the source language, so one
campaign is counted as one whatever language its posts went out in.
"""

from django.utils.translation import gettext_lazy as _

from cms.api.languages import best_objects, fallback_chain
from cms.api.visibility import visible_pages
from social.compose import public_image
from social.kinds import (
    Kind,
    Source,
    campaign_slug,
    overrides_of,
    page_resolver,
    page_translations,
    page_url,
)

from .enums import Audience
from .models import CampaignThemePage


def primary_messages(themes) -> list[str]:
    return [
        message.message.strip()
        for theme in themes
        for message in theme.key_messages.all()
        if message.audience == Audience.PRIMARY and message.message.strip()
    ]


def theme_facts(keys: list, language: str) -> tuple[list, str]:
    """The visible themes with these translation keys in ``language`` (or its
    fallback), in the order given, and the campaign name of the first."""
    if not keys:
        return [], ""
    themes = visible_pages(
        CampaignThemePage.objects.filter(translation_key__in=keys).defer_streamfields()
    ).prefetch_related("key_messages")
    by_key = {
        theme.translation_key: theme for theme in best_objects(themes, fallback_chain(language))
    }
    ordered = [by_key[key] for key in dict.fromkeys(keys) if key in by_key]
    return ordered, campaign_slug(ordered[0]) if ordered else ""


def theme_source(theme, request=None) -> Source:
    messages = primary_messages([theme])
    return Source(
        id=theme.pk,
        locale=theme.locale.language_code,
        title=theme.title,
        lead=theme.statement,
        description=theme.search_description or theme.statement,
        url=page_url(theme, request),
        messages=messages,
        hashtags=theme.hashtag_list,
        campaign=campaign_slug(theme),
        image=public_image(next(iter(theme.images_in_use()), None)),
        overrides=overrides_of(theme),
    )


THEME_KIND = Kind(
    name="theme",
    label=_("Campaign theme"),
    model=CampaignThemePage,
    resolve=page_resolver(CampaignThemePage),
    translations=page_translations(CampaignThemePage),
    source=theme_source,
)
