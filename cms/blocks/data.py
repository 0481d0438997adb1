"""Blocks that carry facts the front-ends draw: figures, dates and places."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .text import PREVIEW_TEMPLATE
from .validation import FieldErrors

KEY_FIGURES_MAX = 6
TIMELINE_MIN_EVENTS = 2


def _json_number(number: Decimal):
    """A Decimal as a JSON number: whole numbers stay integers, as readers expect."""
    return int(number) if number == number.to_integral_value() else float(number)


class KeyFigureValue(blocks.StructValue):
    def display_number(self):
        """Grouped the reader's way, without the trailing zeros the field stores."""
        number = self.get("number")
        if number is None:
            return ""
        whole = number == number.to_integral_value()
        plain = number.quantize(Decimal(1)) if whole else number.normalize()
        return number_format(plain, force_grouping=True)


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.DecimalBlock(
        label=_("Number"),
        max_digits=15,
        decimal_places=2,
        help_text=_("Only the number, e.g. 250000 or 12.5."),
    )
    unit = blocks.CharBlock(
        label=_("Unit"),
        required=False,
        max_length=30,
        help_text=_("Written after the number, e.g. “%”, “som”, “people”."),
    )
    label = blocks.CharBlock(
        label=_("What it counts"),
        max_length=120,
        help_text=_("E.g. “jobs created in Talas region”."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        # The decimal field itself refuses NaN and infinities.
        number = None if "number" in check else check.value["number"]
        if number is not None and number < 0:
            check.add("number", _("Key figures cannot be negative; say “fell by” in the label."))
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        number = value["number"]
        return {
            "number": _json_number(number) if number is not None else None,
            "unit": value["unit"] or "",
            "label": value["label"],
        }

    class Meta:
        icon = "order"
        label = _("Key figure")
        value_class = KeyFigureValue


class KeyFiguresBlock(blocks.StructBlock):
    items = blocks.ListBlock(
        KeyFigureBlock(),
        label=_("Figures"),
        max_num=KEY_FIGURES_MAX,
        help_text=_("One to six figures, shown side by side."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        if not value.get("items") and not check.deferred:
            check.add("items", _("Add at least one figure."))
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        item_block = self.child_blocks["items"].child_block
        return {
            "items": [item_block.get_api_representation(item, context) for item in value["items"]]
        }

    class Meta:
        icon = "table"
        label = _("Key figures")
        help_text = _("Up to six numbers that sum up the story.")
        description = _(
            "Large numbers with a short label, such as jobs created or money invested."
        )
        template = "cms/blocks/key_figures.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "items": [
                {"number": Decimal(12), "unit": "", "label": "жаңы жумуш орду"},
                {"number": Decimal("2.5"), "unit": "млн сом", "label": "инвестиция"},
            ]
        }


class TimelineEventBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("What happened"), max_length=200)
    description = blocks.TextBlock(label=_("Details"), required=False, max_length=1000)

    def get_api_representation(self, value, context=None):
        return {
            "date": value["date"].isoformat() if value["date"] else None,
            "title": value["title"],
            "description": value["description"] or "",
        }

    class Meta:
        icon = "date"
        label = _("Event")


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    events = blocks.ListBlock(
        TimelineEventBlock(),
        label=_("Events"),
        help_text=_("At least two events, from the oldest to the newest."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        events = value.get("events") or []
        if len(events) < TIMELINE_MIN_EVENTS and not check.deferred:
            check.add(
                "events",
                _("A timeline needs at least %(min)d events."),
                params={"min": TIMELINE_MIN_EVENTS},
            )
        elif "events" not in check:
            order_errors = _order_errors([event["date"] for event in events])
            if order_errors:
                check.add_error("events", blocks.ListBlockValidationError(order_errors))
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        event_block = self.child_blocks["events"].child_block
        return {
            "title": value["title"] or "",
            "events": [
                event_block.get_api_representation(event, context) for event in value["events"]
            ],
        }

    class Meta:
        icon = "history"
        label = _("Timeline")
        help_text = _("Dated steps of a story, oldest first.")
        description = _("A list of dated events, such as leaving, working abroad and returning.")
        template = "cms/blocks/timeline.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "events": [
                {"date": datetime.date(2012, 9, 1), "title": "Москвага жөнөдү", "description": ""},
                {
                    "date": datetime.date(2022, 5, 15),
                    "title": "Наабайкана ачты",
                    "description": "",
                },
            ]
        }


def _order_errors(dates):
    """Errors on each event dated before the one above it, keyed by its position."""
    errors = {}
    for index in range(1, len(dates)):
        previous, current = dates[index - 1], dates[index]
        if previous and current and current < previous:
            message = _(
                "This date is before the event above it (%(previous)s). "
                "List events from the oldest to the newest."
            )
            errors[index] = blocks.StructBlockValidationError(
                block_errors={
                    "date": ValidationError(message, params={"previous": date_format(previous)})
                }
            )
    return errors


class PlaceBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Place name"),
        max_length=200,
        help_text=_("As readers know it, e.g. “Kara-Suu bazaar, Osh region”."),
    )
    latitude = blocks.FloatBlock(label=_("Latitude"), help_text=_("Between −90 and 90."))
    longitude = blocks.FloatBlock(label=_("Longitude"), help_text=_("Between −180 and 180."))
    zoom = blocks.IntegerBlock(
        label=_("Zoom"),
        default=12,
        help_text=_("1 shows the world, 18 a single street."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        limits = {
            "latitude": (-90, 90, _("Latitude must be between −90 and 90.")),
            "longitude": (-180, 180, _("Longitude must be between −180 and 180.")),
            "zoom": (1, 18, _("Zoom must be between 1 and 18.")),
        }
        for name, (low, high, message) in limits.items():
            number = None if name in check else check.value[name]
            if number is not None and not low <= number <= high:
                check.add(name, message)
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        return {
            "label": value["label"],
            "latitude": value["latitude"],
            "longitude": value["longitude"],
            "zoom": value["zoom"],
        }

    class Meta:
        icon = "site"
        label = _("Place on a map")
        help_text = _("A point on the map where the story happens.")
        description = _("Shows a place on a map, with its name.")
        template = "cms/blocks/place.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "label": "Талас шаары",
            "latitude": 42.5228,
            "longitude": 72.2427,
            "zoom": 12,
        }
