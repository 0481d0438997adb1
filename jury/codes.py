"""How coordinators' screens and exports name a round's jurors.

In a blind round jurors appear as codes, "J1", "J2"…, numbered by the order in which
each juror first got an assignment in that round (then by account id). A juror's code
never changes when others are assigned later or when they get more entries, and it is
the same on the results table and in every export of the round. In other rounds the
juror's full name (or username) is shown.
"""

from django.db.models import Min

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
