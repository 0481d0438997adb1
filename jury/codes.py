"""How a round's jurors are named, to coordinators and to each other.

Coordinators: in a blind round jurors appear as codes, "J1", "J2"…, numbered by the
order in which each juror first got an assignment in that round (then by account id). A
juror's code never changes when others are assigned later or when they get more entries,
and it is the same on the results table and in every export of the round, so a harsh
juror can be spotted across the round.

Jurors: in a blind round the other jurors of an entry are "Juror A", "Juror B"… in the
order they were assigned to that entry. The letters start again on every entry, so a
juror cannot follow one colleague's marks from entry to entry.

In other rounds the juror's full name (or username) is shown to both.
"""

from django.db.models import Min
from django.utils.translation import gettext as _

from .models import Assignment


def juror_codes(round) -> dict:
    """``{juror id: "J1", …}`` for everyone ever assigned in the round."""
    firsts = (
        Assignment.objects.filter(round=round)
        .values("juror_id")
        .annotate(first=Min("pk"))
        .order_by("first", "juror_id")
    )
    return {row["juror_id"]: f"J{number}" for number, row in enumerate(firsts, start=1)}


def juror_name(user) -> str:
    return user.get_full_name() or user.get_username()


def juror_labels(round, users) -> dict:
    """``{juror id: label}`` for ``users``: codes in a blind round, names otherwise."""
    if round.blind:
        codes = juror_codes(round)
        return {user.pk: codes.get(user.pk, "J?") for user in users}
    return {user.pk: juror_name(user) for user in users}


def peer_label(index: int) -> str:
    """ "Juror A" for the first other juror of an entry, … "Juror AA" after "Juror Z"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return _("Juror %(code)s") % {"code": letters}
