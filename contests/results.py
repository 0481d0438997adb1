"""THE rule for an edition's outcome: recording decisions and making them public.

Decisions are pending until a coordinator publishes the edition's results, all at once,
in one transaction. After that, a new, changed or withdrawn decision stays pending and
the public keeps seeing the published results until the coordinator republishes:
the public results always are exactly what some coordinator chose to publish, never
a half-made change. A decision is public from the publication that included it
(``published_at``) until the republication after it was superseded (``retracted_at``).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .enums import ContestKind, DecisionKind, EntryState
from .models import Decision, Entry, ResultsPublication


@dataclass(frozen=True)
class Outcome:
    """What a decision gives an entry, before it is recorded."""

    kind: str
    category: str
    rank: int | None = None
    amount: Decimal | None = None
    currency: str = ""
    citation_ky: str = ""
    citation_ru: str = ""
    citation_en: str = ""


def public_decisions(edition):
    """The decisions the public may see for a source-language edition."""
    return Decision.objects.filter(
        edition=edition, published_at__isnull=False, retracted_at__isnull=True
    )


def active_decisions(edition):
    return Decision.objects.filter(edition=edition, superseded_at__isnull=True)


def pending_changes(edition) -> dict[str, list]:
    """What a (re)publication would add to and take off the public results."""
    return {
        "added": list(
            active_decisions(edition).filter(published_at__isnull=True).select_related("entry")
        ),
        "removed": list(
            public_decisions(edition).filter(superseded_at__isnull=False).select_related("entry")
        ),
    }


def check(edition, entry: Entry, outcome: Outcome) -> None:
    """Every refusal at once, keyed by the field to correct."""
    errors = {}
    if entry.edition_id != edition.pk:
        errors["entry"] = _("This entry was not sent to this edition.")
    elif entry.state != EntryState.ELIGIBLE:
        errors["entry"] = _(
            "Only an eligible entry can be decided on; this one is “%(state)s”."
        ) % {"state": entry.get_state_display()}
    keys = list(edition.categories.values_list("key", flat=True))
    if outcome.category not in keys:
        errors["category"] = _("Choose one of the edition's categories: %(keys)s.") % {
            "keys": ", ".join(keys) or "—"
        }
    if outcome.kind == DecisionKind.GRANT:
        if edition.get_parent().specific.kind != ContestKind.INVEST_CHALLENGE:
            errors["kind"] = _("Grants are awarded only in the invest-challenge.")
        if outcome.amount is None or outcome.amount <= 0:
            errors["amount"] = _("Give the amount of the grant.")
        if not outcome.currency:
            errors["currency"] = _("Give the currency of the grant.")
    elif outcome.amount is not None or outcome.currency:
        errors["amount"] = _("An amount is given only with a grant.")
    if outcome.kind == DecisionKind.WINNER and outcome.rank is not None:
        taken = (
            active_decisions(edition)
            .filter(kind=DecisionKind.WINNER, category=outcome.category, rank=outcome.rank)
            .exclude(entry=entry)
            .select_related("entry")
            .first()
        )
        if taken is not None:
            errors["rank"] = _(
                "Place %(rank)s in this category already went to “%(title)s”. Withdraw that "
                "decision first, or give another place."
            ) % {"rank": outcome.rank, "title": taken.entry.title}
    if errors:
        raise ValidationError(errors)


def _lock_edition(edition) -> ResultsPublication | None:
    """Decisions and publication of one edition are serialised on its entries' rows."""
    list(Entry.objects.select_for_update().filter(edition=edition).values_list("pk", flat=True))
    return ResultsPublication.objects.filter(edition=edition).first()


def record(edition, entry: Entry, outcome: Outcome, user) -> Decision:
    """Record a decision; an active one of the same kind for the entry is superseded."""
    with transaction.atomic():
        _lock_edition(edition)
        replacing = active_decisions(edition).filter(entry=entry, kind=outcome.kind).first()
        check(edition, entry, outcome)
        now = timezone.now()
        if replacing is not None:
            Decision.objects.filter(pk=replacing.pk).update(superseded_at=now)
        decision = Decision.objects.create(
            edition=edition,
            entry=entry,
            decided_by=user,
            decided_at=now,
            story=replacing.story if replacing else None,
            **outcome.__dict__,
        )
        if replacing is not None:
            Decision.objects.filter(pk=replacing.pk).update(superseded_by=decision)
        log(
            entry,
            "jury.decision",
            user=user,
            data={
                "decision": decision.pk,
                "kind": decision.kind,
                "category": decision.category,
                "rank": decision.rank,
                "amount": str(decision.amount) if decision.amount is not None else None,
                "currency": decision.currency,
                "supersedes": replacing.pk if replacing else None,
            },
        )
    return decision


def withdraw(decision: Decision, user) -> None:
    """Supersede a decision with nothing; a public one stays public until republished."""
    with transaction.atomic():
        _lock_edition(decision.edition)
        updated = Decision.objects.filter(pk=decision.pk, superseded_at__isnull=True).update(
            superseded_at=timezone.now()
        )
        if not updated:
            raise ValidationError(_("This decision was already changed or withdrawn."))
        log(
            decision.entry,
            "jury.decision",
            user=user,
            data={"decision": decision.pk, "withdrawn": True},
        )


def publish(edition, user) -> ResultsPublication:
    """Make the edition's current decisions public, all of them at once."""
    with transaction.atomic():
        publication = _lock_edition(edition)
        changes = pending_changes(edition)
        if not active_decisions(edition).exists():
            raise ValidationError(_("There is no decision to publish yet."))
        if publication is not None and not (changes["added"] or changes["removed"]):
            raise ValidationError(_("The published results are already up to date."))
        now = timezone.now()
        Decision.objects.filter(pk__in=[d.pk for d in changes["added"]]).update(published_at=now)
        Decision.objects.filter(pk__in=[d.pk for d in changes["removed"]]).update(retracted_at=now)
        if publication is None:
            publication = ResultsPublication(edition=edition, first_published_at=now)
        publication.published_at = now
        publication.published_by = user
        # Saved last, in the same transaction: its save replaces the API's content version.
        publication.save()
        log(
            edition,
            "jury.results.publish",
            user=user,
            data={
                "published": [d.pk for d in changes["added"]],
                "retracted": [d.pk for d in changes["removed"]],
                "public": list(public_decisions(edition).values_list("pk", flat=True)),
            },
        )
    return publication
