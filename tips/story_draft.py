"""A tip becomes a story: a Kyrgyz success-story draft made from it, in one click.

Built like a contest winner's draft (``stories.drafts``): under the Kyrgyz stories
index, never published here, the sender's text in the body, the place and country of
residence set, and the photos copied into the media library as "not yet described", so
the publication rules refuse the page until an editor records the releases. The sender
is not made a hero: editors add people once they have talked to them.

Idempotent: the tip keeps a link to its draft, and a second click opens the same page.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from stories.drafts import body_blocks, kyrgyz_stories_index, undescribed_photo, unique_slug
from stories.models import Country, Place, SuccessStoryPage

from .enums import TipState
from .models import StoryTip
from .states import change_state

TITLE_LENGTH = 80
STANDFIRST_LENGTH = 400


def _copy_photos(tip) -> list:
    images = []
    for number, row in enumerate(tip.photos.all(), start=1):
        with row.file.open("rb") as source:
            data = source.read()
        title = _("%(reference)s, photo %(number)s") % {
            "reference": tip.reference,
            "number": number,
        }
        images.append(undescribed_photo(title, data))
    return images


def _build(tip, index, user) -> SuccessStoryPage:
    text = " ".join(tip.what_happened.split())
    title = Truncator(text).words(8, truncate="…")[:TITLE_LENGTH]
    place = tip.place
    if place is not None and place.locale_id != index.locale_id:
        place = Place.objects.filter(key=place.key, locale=index.locale).first()
    images = _copy_photos(tip)
    return SuccessStoryPage(
        title=title,
        slug=unique_slug(index, title),
        standfirst=Truncator(text).chars(STANDFIRST_LENGTH),
        hero_image=images[0] if images else None,
        body=body_blocks(tip.what_happened, images),
        place=place,
        country_of_residence=Country.objects.filter(code=tip.country, locale=index.locale).first(),
        live=False,
        owner=user,
    )


def start_story_draft(tip, user) -> tuple[SuccessStoryPage, bool]:
    """The tip's story draft, and whether it was made now (False: it existed)."""
    with transaction.atomic():
        # Locked alone: PostgreSQL cannot lock the nullable side of an outer join.
        tip = StoryTip.objects.select_for_update().get(pk=tip.pk)
        if tip.story is not None:
            return tip.story, False
        if tip.state not in (TipState.NEW, TipState.CONTACTED):
            raise ValidationError(
                _("Only a new or contacted tip becomes a story; this one is “%(state)s”.")
                % {"state": TipState(tip.state).label}
            )
        index = kyrgyz_stories_index()
        page = _build(tip, index, user)
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        change_state(tip, TipState.STORY, tip.state_note, user, story=page)
        log(page, "tips.story_draft", user=user, data={"tip": tip.reference})
    return page, True
