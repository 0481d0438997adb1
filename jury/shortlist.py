"""Taking entries from a round into the next round of the same edition.

The next round then judges exactly its shortlisted entries (``rounds.round_entries``).
Shortlisting is added to, never undone here: each one is logged on the round the entry
goes into, with who chose it and from which round.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .models import Shortlisting
from .rounds import next_round, round_entries
from .sheets import results_for


def top_entries(round, count: int) -> list[int]:
    """The ids of the ``count`` best-ranked entries under the round's headline method."""
    method = round.headline_method
    ranked = sorted(
        (result for result in results_for(round) if method in result.ranks),
        key=lambda result: result.ranks[method],
    )
    return [result.entry for result in ranked[:count]]


def shortlist(round, entry_ids, user) -> tuple:
    """``(next round, entries newly shortlisted)``; entries already in are left as they are."""
    into = next_round(round)
    if into is None:
        raise ValidationError(
            _("“%(round)s” is the last round of its edition: add the next round first.")
            % {"round": round.name}
        )
    with transaction.atomic():
        entries = list(round_entries(round).filter(pk__in=entry_ids))
        if len(entries) != len(set(entry_ids)):
            raise ValidationError(_("Only entries judged in this round can be shortlisted."))
        already = set(
            Shortlisting.objects.filter(round=into, entry__in=entries).values_list(
                "entry_id", flat=True
            )
        )
        added = []
        for entry in entries:
            if entry.pk in already:
                continue
            Shortlisting.objects.create(
                round=into, from_round=round, entry=entry, shortlisted_by=user
            )
            log(
                into,
                "jury.shortlist",
                user=user,
                data={"entry": entry.reference, "from_round": round.pk, "into_round": into.pk},
            )
            added.append(entry)
    return into, added
