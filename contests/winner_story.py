"""A winner becomes a story: a Kyrgyz success-story draft made from the entry.

The draft is never published here. It waits under the Kyrgyz stories index for the
editors, who go through the editorial workflow as with any story; the publication
rules (``cms.publication``) still refuse it while its photos lack a release.

Heroes are left to the editors: the entrant agreed to the privacy notice of the
contest, not to being a named person on a public page. Photos are copied into the
media library as "not yet described": an entry records no model release, so nobody
has yet said whether the people pictured agreed to publication.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from stories.drafts import body_blocks, kyrgyz_stories_index, undescribed_photo, unique_slug
from stories.enums import ContributionKind, Currency
from stories.models import (
    Place,
    Sector,
    StoryContribution,
    StorySector,
    SuccessStoryPage,
)

from .enums import ContestKind, DecisionKind, FileKind
from .models import Decision

STANDFIRST_LENGTH = 400

# Which of the entry's answers fill which fact of the story, per kind of contest
# (the answers as ``kinds.py`` declares them). A missing answer leaves the fact empty.
STORY_FACTS = {
    ContestKind.AWARD: {
        "standfirst": "description",
        "place": "place",
        "sector": "sector",
        "contribution": "contribution",
        "amount": "amount",
        "currency": "currency",
        "beneficiaries": "beneficiaries",
        "photos": "photos",
    },
    ContestKind.JOURNALISTS: {"photos": "work_files"},
    ContestKind.INVEST_CHALLENGE: {
        "standfirst": "idea",
        "amount": "budget",
        "currency": "currency",
    },
}


def _answer(entry, facts: dict, fact: str):
    name = facts.get(fact)
    value = entry.answers.get(name) if name else None
    return None if value in ("", None) else value


def _copy_photos(entry, field_name: str | None) -> list:
    """The entry's photos as library images, their release "not yet described"."""
    if not field_name:
        return []
    images = []
    rows = entry.files.filter(field_name=field_name, kind=FileKind.IMAGE)
    for number, row in enumerate(rows, start=1):
        with row.file.open("rb") as source:
            data = source.read()
        title = _("%(reference)s, photo %(number)s") % {
            "reference": entry.reference,
            "number": number,
        }
        images.append(undescribed_photo(title, data))
    return images


def _term(model, key, locale):
    if not key:
        return None
    return model.objects.filter(key=key, locale=locale).first()


def _build(decision: Decision, index, user) -> SuccessStoryPage:
    entry = decision.entry
    facts = STORY_FACTS[ContestKind(decision.edition.get_parent().specific.kind)]
    description = _answer(entry, facts, "standfirst")
    standfirst = Truncator(" ".join(str(description or entry.title).split())).chars(
        STANDFIRST_LENGTH
    )
    amount, currency = _answer(entry, facts, "amount"), _answer(entry, facts, "currency")
    if decision.kind == DecisionKind.GRANT:
        amount, currency = decision.amount, decision.currency
    if currency not in Currency.values or amount is None:
        amount, currency = None, ""
    beneficiaries = _answer(entry, facts, "beneficiaries")
    images = _copy_photos(entry, facts.get("photos"))
    page = SuccessStoryPage(
        title=entry.title,
        slug=unique_slug(index, entry.title),
        standfirst=standfirst,
        hero_image=images[0] if images else None,
        body=body_blocks(description, images),
        place=_term(Place, _answer(entry, facts, "place"), index.locale),
        amount=Decimal(str(amount)) if amount is not None else None,
        currency=currency or "",
        beneficiaries=int(beneficiaries) if beneficiaries is not None else None,
        live=False,
        owner=user,
    )
    sector = _term(Sector, _answer(entry, facts, "sector"), index.locale)
    if sector is not None:
        page.sector_links = [StorySector(sector=sector, locale=index.locale)]
    contribution = _answer(entry, facts, "contribution")
    if contribution in ContributionKind.values:
        page.contributions = [StoryContribution(kind=contribution)]
    return page


def create_story_draft(decision: Decision, user) -> tuple[SuccessStoryPage, bool]:
    """The winner's story draft, and whether it was made now (False: it existed)."""
    with transaction.atomic():
        decision = (
            Decision.objects.select_for_update()
            .select_related("entry", "edition")
            .get(pk=decision.pk)
        )
        existing = decision.story or next(
            (
                d.story
                for d in Decision.objects.filter(entry=decision.entry, story__isnull=False)
                .select_related("story")
                .order_by("-pk")
            ),
            None,
        )
        if existing is not None:
            if decision.story_id != existing.pk:
                Decision.objects.filter(pk=decision.pk).update(story=existing)
            return existing, False
        if not decision.is_active or decision.kind == DecisionKind.SPECIAL_MENTION:
            raise ValidationError(_("Only a current winner or grant becomes a story."))
        index = kyrgyz_stories_index()
        page = _build(decision, index, user)
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        Decision.objects.filter(pk=decision.pk).update(story=page)
        data = {"decision": decision.pk, "entry": decision.entry.reference, "story": page.pk}
        log(decision.entry, "jury.winner_story", user=user, data=data)
        log(page, "jury.winner_story", user=user, data=data)
    return page, True
