"""Stories as the social packages see them (registered as the ``story`` kind)."""

from django.utils.translation import gettext_lazy as _

from campaigns.social import primary_messages, theme_facts
from social.compose import public_image
from social.kinds import Kind, Source, overrides_of, page_resolver, page_translations, page_url

from .models import SuccessStoryPage


def story_source(story, request=None) -> Source:
    keys = [link.theme.translation_key for link in story.theme_links.all()]
    themes, campaign = theme_facts(keys, story.locale.language_code)
    return Source(
        id=story.pk,
        locale=story.locale.language_code,
        title=story.title,
        lead=story.standfirst,
        description=story.search_description or story.standfirst,
        url=page_url(story, request),
        messages=primary_messages(themes),
        hashtags=[tag for theme in themes for tag in theme.hashtag_list],
        campaign=campaign,
        image=public_image(story.hero_image),
        overrides=overrides_of(story),
    )


STORY_KIND = Kind(
    name="story",
    label=_("Success story"),
    model=SuccessStoryPage,
    resolve=page_resolver(SuccessStoryPage),
    translations=page_translations(SuccessStoryPage),
    source=story_source,
)
