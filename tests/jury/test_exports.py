"""Scores and results of a round as CSV and XLSX: content, blind rounds, formula safety."""

import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from cms.spreadsheets import neutralise
from jury.enums import ConflictType, ReviewState
from jury.models import Conflict, Criterion

from .scoring import coordinator, review

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored(jury_round, entries, jurors):
    """E1: juror 1 → (2·8+6)/3 = 22/3, juror 2 → (2·2+2)/3 = 2 (a draft from juror 3);
    E2: juror 1 → 5, juror 2 → 9, juror 3 → 1 but conflicted (left out)."""
    for juror, (first, last) in zip(
        jurors[:3],
        [("Айгүл", "Осмонова"), ("Бакыт", "Усенов"), ("Чолпон", "Токтогулова")],
        strict=True,
    ):
        juror.first_name, juror.last_name = first, last
        juror.save()
    entries[0].title = '=HYPERLINK("http://evil.example")'
    entries[0].save()
    a = Criterion.objects.create(round=jury_round, name_ky="Таасири", weight=Decimal("2"))
    b = Criterion.objects.create(round=jury_round, name_ky="+Жаңычылдык", weight=Decimal("1"))
    review(jury_round, entries[0], jurors[0], {a: 8, b: 6})
    review(jury_round, entries[0], jurors[1], {a: 2, b: 2})
    review(jury_round, entries[0], jurors[2], {a: 5}, state=ReviewState.DRAFT)
    review(jury_round, entries[1], jurors[0], {a: 5, b: 5})
    review(jury_round, entries[1], jurors[1], {a: 9, b: 9})
    review(jury_round, entries[1], jurors[2], {a: 1, b: 1})
    Conflict.objects.create(juror=jurors[2], entry=entries[1], type=ConflictType.SAME_OUTLET)
    return jury_round


def download(client, name, round, fmt):
    response = client.get(reverse(name, args=[round.pk, fmt]))
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    assert f"jury-round-{round.pk}-" in response["Content-Disposition"]
    if fmt == "csv":
        return list(csv.reader(io.StringIO(content.decode())))
    sheet = load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()], sheet


@pytest.fixture
def signed_in(client, django_user_model):
    client.force_login(coordinator(django_user_model))
    return client


def test_scores_csv_has_a_row_per_review_and_criterion(signed_in, scored, entries):
    rows = download(signed_in, "jury_export_scores", scored, "csv")
    assert rows[0] == [
        "Entry reference",
        "Juror",
        "Criterion",
        "Score",
        "Review state",
        "Submitted at",
        "Counted",
    ]
    body = rows[1:]
    assert len(body) == 11  # 2 + 2 + 1 (draft) on E1, 2 + 2 + 2 on E2
    e1 = [row for row in body if row[0] == entries[0].reference]
    assert [(row[1], row[2], row[3], row[4], row[6]) for row in e1] == [
        ("Айгүл Осмонова", "Таасири", "8", "Submitted", "yes"),
        ("Айгүл Осмонова", "'+Жаңычылдык", "6", "Submitted", "yes"),
        ("Бакыт Усенов", "Таасири", "2", "Submitted", "yes"),
        ("Бакыт Усенов", "'+Жаңычылдык", "2", "Submitted", "yes"),
        ("Чолпон Токтогулова", "Таасири", "5", "Draft", "no"),
    ]
    assert e1[0][5].startswith(str(scored.ends_on.year))
    assert e1[4][5] == ""
    conflicted = [row for row in body if row[1] == "Чолпон Токтогулова" and row[4] == "Submitted"]
    assert {row[6] for row in conflicted} == {"no"}


def test_scores_xlsx_holds_the_same_cells(signed_in, scored, entries):
    rows, sheet = download(signed_in, "jury_export_scores", scored, "xlsx")
    assert rows[0][0] == "Entry reference"
    assert len(rows) == 12
    assert rows[1][:4] == [entries[0].reference, "Айгүл Осмонова", "Таасири", 8]
    # Text that looks like a formula is stored as text, not as a formula.
    assert rows[2][2] == "+Жаңычылдык"
    assert sheet.cell(row=3, column=3).data_type == "s"


def test_results_in_both_formats(signed_in, scored, entries):
    # E1: 22/3 and 2 → mean (22/3 + 6/3)/2 = 14/3 = 4.6667, spread 16/3 = 5.3333 (flagged)
    # E2: 5 and 9 → mean 7, spread 4 (flagged); juror 3's 1 left out
    # z: juror 1 (22/3, 5) → +1, −1; juror 2 (2, 9) → −1, +1 → E1 0, E2 0: tie on the
    # normalised score, broken by the mean (E2 first).
    rows = download(signed_in, "jury_export_results", scored, "csv")
    header, e2, e1 = rows[0], rows[1], rows[2]
    assert header[:4] == ["Rank", "Entry reference", "Title", "Category"]
    record = dict(zip(header, e2, strict=True))
    assert record["Rank"] == "1"
    assert record["Entry reference"] == entries[1].reference
    assert (record["Weighted mean"], record["Median"], record["Spread (max − min)"]) == (
        "7.0000",
        "7.0000",
        "4.0000",
    )
    assert (record["Scores counted"], record["Jurors disagree"]) == ("2", "yes")
    assert record["Left out (conflict of interest)"] == "Чолпон Токтогулова"
    assert record["Rank by normalised score"] == "1"
    first = dict(zip(header, e1, strict=True))
    assert first["Title"] == '\'=HYPERLINK("http://evil.example")'
    assert first["Weighted mean"] == "4.6667"
    assert first["Spread (max − min)"] == "5.3333"
    assert first["Normalised (mean z-score)"] == "0.0000"
    assert len(rows) == 1 + len(entries)  # unscored entries listed last, unranked
    assert rows[-1][0] == ""

    xlsx, sheet = download(signed_in, "jury_export_results", scored, "xlsx")
    assert xlsx[1][:2] == [1, entries[1].reference]
    assert xlsx[2][2] == '=HYPERLINK("http://evil.example")'
    assert sheet.cell(row=3, column=3).data_type == "s"


@pytest.mark.parametrize("name", ["jury_export_scores", "jury_export_results"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_blind_exports_name_no_juror_and_no_entrant(signed_in, scored, entries, name, fmt):
    scored.blind = True
    scored.save()
    rows = download(signed_in, name, scored, fmt)
    rows = rows[0] if fmt == "xlsx" else rows
    text = "\n".join(str(cell) for row in rows for cell in row)
    for person in ("Айгүл", "Бакыт", "Чолпон", "test-juror", "Катышуучу", "@example.org"):
        assert person not in text, person
    if name == "jury_export_scores":
        assert {row[1] for row in rows[1:]} == {"J1", "J2", "J3"}
    else:
        assert "J3" in text  # the conflicted juror, by code


def test_neutralise_only_touches_text_a_spreadsheet_would_run():
    assert [neutralise(text) for text in ("=1+1", "-2", "@SUM", "\tx", "plain", "")] == [
        "'=1+1",
        "'-2",
        "'@SUM",
        "'\tx",
        "plain",
        "",
    ]
