"""Published contest results as the social packages see them (the ``results`` kind).

The item is an edition (any translation's id works), and only once a coordinator has
published its results: before that there is no package, whatever the jury decided.
The post names the winning entries per category exactly as the API's results do
(``api.results.results_out``: the entry's title and place, never the entrant), so a
post can never say more than the public results. The photo is that of the first
winner's story the public may read; ``utm_campaign`` is the contest's slug in the
source language, one campaign for all its editions and languages.

The admin ZIP of published results is for the coordinators, who publish them (a
button on the edition's decisions screen), and for whoever may edit the edition's page
(the SMM managers: a button in the page header, ``contests.wagtail_hooks``).
"""

from itertools import groupby

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.api.languages import fallback_chain
from cms.blocks.api import plain_text_excerpt
from social.kinds import Kind, Source, campaign_slug, page_resolver, page_translations, page_url

from .api.results import results_out, results_photo
from .coordinators import is_coordinator
from .enums import DecisionKind
from .models import ContestEditionPage, ResultsPublication


def editions_with_published_results():
    return ContestEditionPage.objects.filter(
        translation_key__in=ResultsPublication.objects.values("edition__translation_key")
    )


def _entry(winner: dict) -> str:
    text = f"{winner['rank']}. {winner['title']}" if winner["rank"] else winner["title"]
    return f"{text} ({winner['place']['name']})" if winner["place"] else text


def winners_per_category(winners: list[dict], language: str) -> list[str]:
    """One line per category and kind of decision, in the results' order."""
    lines = []
    labels = {kind: kind.label for kind in (DecisionKind.GRANT, DecisionKind.SPECIAL_MENTION)}
    with translation.override(language):
        for (kind, _key), group in groupby(winners, lambda w: (w["kind"], w["category"]["key"])):
            group = list(group)
            heading = group[0]["category"]["name"]
            if kind in labels:
                heading = f"{heading} — {labels[kind]}"
            lines.append(f"{heading}: {'; '.join(_entry(w) for w in group)}")
    return lines


def results_source(edition, request=None) -> Source:
    language = edition.locale.language_code
    results = results_out(edition, fallback_chain(language), request)
    winners = results["winners"] if results else []
    programme = edition.get_parent().specific
    with translation.override(language):
        title = _("Results: %(edition)s") % {"edition": edition.title}
    # The winners are the post: the contest's summary goes on the link card only, so a
    # photo caption's room is theirs.
    return Source(
        id=edition.pk,
        locale=language,
        title=title,
        lead="",
        description=(
            edition.search_description
            or programme.summary
            or plain_text_excerpt(edition.introduction)
        ),
        url=page_url(edition, request),
        messages=winners_per_category(winners, language),
        campaign=campaign_slug(edition.get_parent()),
        image=results_photo(results),
    )


def may_download_results(user, edition) -> bool:
    return is_coordinator(user) or edition.permissions_for_user(user).can_edit()


def edition_edit_url(edition) -> str:
    return reverse("wagtailadmin_pages:edit", args=(edition.pk,))


RESULTS_KIND = Kind(
    name="results",
    label=gettext_lazy("Contest results"),
    # The publication, not the edition page: an edition has no post, and no "Social"
    # tab or ZIP button in the admin, until its results are made public.
    model=ResultsPublication,
    resolve=page_resolver(ContestEditionPage, editions_with_published_results),
    translations=page_translations(ContestEditionPage),
    source=results_source,
    may_download=may_download_results,
    admin_url=edition_edit_url,
)
