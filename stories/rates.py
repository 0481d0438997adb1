"""Amounts in soms: the one conversion the story, the API and the monitor share.

Rates are recorded by the editors on each story (with their date and source); nothing
is ever fetched, so a figure only changes when published content does.
"""

from decimal import Decimal

from stories.enums import Currency

CENTS = Decimal("0.01")


def som_equivalent(amount: Decimal | None, currency: str, rate: Decimal | None):
    """``amount`` in soms, to the tyiyn; ``None`` without an amount or a needed rate."""
    if amount is None:
        return None
    if currency == Currency.KGS:
        return amount
    if rate is None:
        return None
    return (amount * rate).quantize(CENTS)
