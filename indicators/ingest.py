"""Storing a batch of reported counts: all of it, or nothing and a problem naming each fault.

A count's identity is (item, channel, day, tool, metric): sending it again replaces
the value (an upsert), so a tool may resend a day as often as its figures are revised
and never counts twice. Checks that need the database or the clock are made here; the
shape of the body is the schema's.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.api.problems import Problem

from . import sources
from .models import MetricCount
from .models.metrics import NO_ID

KEY_FIELDS = ["item_type", "item_id", "channel", "day", "tool", "metric"]
MAX_REPORTED_FAULTS = 50


def _key(count, tool) -> tuple:
    return (
        count.item.type,
        count.item.id or NO_ID,
        str(count.channel.value),
        count.day,
        tool,
        str(count.metric.value),
    )


def _faults(counts) -> list[dict]:
    faults, today, wanted = [], timezone.localdate(), {}
    for index, count in enumerate(counts):
        where = f"counts.{index}"
        if count.day > today:
            faults.append({"name": f"{where}.day", "reason": _("The day is in the future.")})
        item_type = sources.item_type(count.item.type)
        if item_type is None:
            faults.append(
                {
                    "name": f"{where}.item.type",
                    "reason": _("Unknown item type; known: %(names)s.")
                    % {"names": ", ".join(sources.item_type_names())},
                }
            )
        elif item_type.takes_id and count.item.id is None:
            faults.append({"name": f"{where}.item.id", "reason": _("This item type needs an id.")})
        elif not item_type.takes_id and count.item.id is not None:
            faults.append({"name": f"{where}.item.id", "reason": _("This item type takes no id.")})
        elif item_type.takes_id:
            wanted.setdefault(item_type, {}).setdefault(count.item.id, []).append(where)
    for item_type, ids in wanted.items():
        for missing in set(ids) - item_type.existing(set(ids)):
            for where in ids[missing]:
                faults.append(
                    {
                        "name": f"{where}.item.id",
                        "reason": _("No %(type)s has the id %(id)s.")
                        % {"type": item_type.name, "id": missing},
                    }
                )
    return faults


def _repeats(counts, tool) -> list[dict]:
    seen, faults = {}, []
    for index, count in enumerate(counts):
        key = _key(count, tool)
        if key in seen:
            faults.append(
                {
                    "name": f"counts.{index}",
                    "reason": _("The same item, channel, day and metric as counts.%(first)d.")
                    % {"first": seen[key]},
                }
            )
        else:
            seen[key] = index
    return faults


def store(token, counts) -> tuple[int, int]:
    """Write every count or none; ``(created, replaced)``."""
    faults = _faults(counts) + _repeats(counts, token.tool)
    if faults:
        raise Problem(
            400,
            _("Invalid metrics"),
            _("Nothing was stored; fix these counts: %(names)s.")
            % {"names": ", ".join(f["name"] for f in faults[:MAX_REPORTED_FAULTS])},
            invalid_params=faults[:MAX_REPORTED_FAULTS],
        )
    rows = [
        MetricCount(
            **dict(zip(KEY_FIELDS, _key(count, token.tool), strict=True)),
            value=count.value,
            token=token,
        )
        for count in counts
    ]
    with transaction.atomic():
        known = set(
            MetricCount.objects.filter(
                tool=token.tool,
                day__in={row.day for row in rows},
                item_type__in={row.item_type for row in rows},
            ).values_list(*KEY_FIELDS)
        )
        replaced = sum(1 for row in rows if tuple(getattr(row, f) for f in KEY_FIELDS) in known)
        MetricCount.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=KEY_FIELDS,
            update_fields=["value", "token", "updated_at", "is_example"],
        )
    return len(rows) - replaced, replaced
