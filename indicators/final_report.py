"""The final report in the four parts the strategy recommends, as rows for a spreadsheet.

1. Quantitative indicators — each activity of the plan: indicator, target, value.
2. Internet statistics — what the site, the app and the social accounts saw, per channel.
3. Results of the survey of target audiences — each wave, each question.
4. Recommendations — the coordinators' conclusions.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .enums import Channel, SurveyMethod, SurveyStage
from .figures import FiguresReader, by_first_key
from .models import Conclusion, PlanActivity, SurveyWave
from .models.survey import QUESTIONS

COLUMNS = [
    ("part", gettext_lazy("Part")),
    ("item", gettext_lazy("Item")),
    ("indicator", gettext_lazy("Indicator")),
    ("counted_by", gettext_lazy("Counted by")),
    ("target", gettext_lazy("Target")),
    ("value", gettext_lazy("Value")),
    ("percent", gettext_lazy("Per cent (of the target, or of respondents)")),
    ("note", gettext_lazy("Note")),
    ("period", gettext_lazy("Period")),
]


def part_titles() -> list[str]:
    return [
        _("1. Quantitative indicators"),
        _("2. Internet statistics"),
        _("3. Survey of target audiences"),
        _("4. Recommendations"),
    ]


def channel_label(value: str) -> str:
    return str(Channel(value).label) if value in Channel.values else value


def _row(
    part,
    item="",
    indicator="",
    counted_by="",
    target=None,
    value=None,
    percent=None,
    note="",
    period="",
):
    return {
        "part": part,
        "item": item,
        "indicator": indicator,
        "counted_by": counted_by,
        "target": target,
        "value": value,
        "percent": percent,
        "note": note,
        "period": period,
    }


def plan_rows(reader: FiguresReader, activities) -> list[dict]:
    part, period = part_titles()[0], str(reader.period)
    rows = []
    for activity in activities:
        figures = reader.activity(activity)
        rows.append(
            _row(
                part,
                activity.title,
                activity.indicator,
                figures.counted_by or _("Entered by hand"),
                activity.target,
                figures.value,
                figures.progress,
                activity.responsible,
                period if figures.source else "",
            )
        )
    return rows


def internet_rows(reader: FiguresReader) -> list[dict]:
    part, period = part_titles()[1], str(reader.period)
    rows = []
    for figures in reader.internet_statistics():
        label = str(figures.source.label)
        rows.append(
            _row(
                part,
                label,
                _("All channels"),
                figures.source.key,
                value=figures.total,
                period=period,
            )
        )
        for channel, value in by_first_key(figures):
            rows.append(
                _row(
                    part,
                    label,
                    channel_label(channel),
                    figures.source.key,
                    value=value,
                    period=period,
                )
            )
    return rows


def survey_rows(waves) -> list[dict]:
    part = part_titles()[2]
    stages, methods = dict(SurveyStage.choices), dict(SurveyMethod.choices)
    rows = []
    for wave in waves:
        dates = f"{wave.held_from:%Y-%m-%d} – {wave.held_until:%Y-%m-%d}"
        note = f"{stages[wave.stage]}; {methods[wave.method]}"
        if wave.is_example:
            note += "; " + _("example")
        rows.append(
            _row(
                part, wave.name, _("Respondents"), value=wave.respondents, note=note, period=dates
            )
        )
        for field, question in QUESTIONS:
            rows.append(
                _row(
                    part,
                    wave.name,
                    str(question),
                    value=getattr(wave, field),
                    percent=wave.share(field),
                    note=note,
                    period=dates,
                )
            )
    return rows


def conclusion_rows(conclusions) -> list[dict]:
    part = part_titles()[3]
    return [
        _row(part, f"{conclusion.written_on:%Y-%m-%d}", note=conclusion.text)
        for conclusion in conclusions
    ]


def report_rows(reader: FiguresReader) -> list[dict]:
    return (
        plan_rows(reader, PlanActivity.objects.all())
        + internet_rows(reader)
        + survey_rows(SurveyWave.objects.all())
        + conclusion_rows(Conclusion.objects.all())
    )
