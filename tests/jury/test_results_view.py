"""The coordinators' results table, and who may open any of the round's coordinator pages."""

import re
from decimal import Decimal

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from jury.codes import juror_codes
from jury.enums import ConflictType, HeadlineMethod
from jury.models import Assignment, Conflict, Criterion

from .conftest import make_entry
from .scoring import coordinator, review, user_in

pytestmark = pytest.mark.django_db


def round_urls(round):
    urls = {
        "results": reverse("jury_round_results", args=[round.pk]),
        "progress": reverse("jury_round_progress", args=[round.pk]),
    }
    for kind in ("scores", "results"):
        for fmt in ("csv", "xlsx"):
            urls[f"{kind}.{fmt}"] = reverse(f"jury_export_{kind}", args=[round.pk, fmt])
    return urls


@pytest.fixture
def criteria(jury_round):
    return [
        Criterion.objects.create(round=jury_round, name_ky="Таасири", weight=Decimal("2")),
        Criterion.objects.create(round=jury_round, name_ky="Жаңычылдык", weight=Decimal("1")),
    ]


@pytest.fixture
def scored(jury_round, entries, jurors, criteria):
    """E1: 9 / 3 (disagree, spread 6); E2: 7 / 7; juror 3 conflicted on E2 (left out)."""
    a, b = criteria
    review(jury_round, entries[0], jurors[0], {a: 9, b: 9})
    review(jury_round, entries[0], jurors[1], {a: 3, b: 3})
    review(jury_round, entries[1], jurors[0], {a: 7, b: 7})
    review(jury_round, entries[1], jurors[1], {a: 7, b: 7})
    review(jury_round, entries[1], jurors[2], {a: 1, b: 1})
    Conflict.objects.create(juror=jurors[2], entry=entries[1], type=ConflictType.RELATIVE)
    return jury_round


ROLES = ["anonymous", "juror", "editor", "coordinator", "superuser"]


def sign_in(client, django_user_model, role, jurors):
    if role == "anonymous":
        return
    user = {
        "juror": lambda: jurors[0],
        "editor": lambda: user_in(django_user_model, "test-editor", "Content managers"),
        "coordinator": lambda: coordinator(django_user_model),
        "superuser": lambda: django_user_model.objects.create_superuser(
            "test-root", password="pw"
        ),
    }[role]()
    client.force_login(user)


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_open_the_round_pages_and_exports(
    client, django_user_model, role, scored, jurors
):
    sign_in(client, django_user_model, role, jurors)
    for name, url in round_urls(scored).items():
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 302, name
            assert response.url.startswith(reverse("wagtailadmin_login")), name
        elif role in {"coordinator", "superuser"}:
            assert response.status_code == 200, (name, response.status_code)
        else:
            assert response.status_code == 403, (name, response.status_code)
            assert b"Juror" not in b"".join(getattr(response, "streaming_content", [b""]))


def test_unknown_rounds_and_formats_are_not_found(client, django_user_model, scored):
    client.force_login(coordinator(django_user_model))
    urls = [
        reverse("jury_round_results", args=[scored.pk + 999]),
        reverse("jury_round_progress", args=[scored.pk + 999]),
        reverse("jury_export_scores", args=[scored.pk, "csv"]).replace(".csv", ".ods"),
        reverse("jury_export_results", args=[scored.pk + 999, "csv"]),
    ]
    for url in urls:
        # The site's language middleware first tries the URL under /ky/, which is not found.
        assert client.get(url, follow=True).status_code == 404, url


def rows_in_order(html):
    return re.findall(r'data-entry="([A-Z0-9]+)"', html)


def test_the_table_shows_figures_flags_jurors_and_the_rules(
    client, django_user_model, scored, entries, jurors
):
    jurors[0].first_name, jurors[0].last_name = "Айгүл", "Осмонова"
    jurors[0].save()
    client.force_login(coordinator(django_user_model))
    response = client.get(reverse("jury_round_results", args=[scored.pk]))
    html = response.content.decode()
    # E1: totals 9 and 3 → mean 6, spread 6 > 3 flagged; E2: 7 and 7, juror 3 left out.
    assert rows_in_order(html) == [entries[1].reference, entries[0].reference] + [
        entry.reference for entry in entries[2:]
    ]
    e1 = html.split(f'data-entry="{entries[0].reference}"')[1].split("</tr>\n")[0]
    assert "6.00" in e1
    assert "Jurors disagree" in e1
    e2 = html.split(f'data-entry="{entries[1].reference}"')[1].split('data-entry="')[0]
    assert "Jurors disagree" not in e2.split("<details>")[0]
    assert "Left out (conflict of interest): test-juror3" in e2
    assert "Айгүл Осмонова" in e2
    assert "9.00" not in e2
    assert "Tie-break rule:" in html
    assert "then by more scores counted" in html
    assert "z-scores" in html
    assert "Weighted mean</strong>" in html
    assert "Катышуучу" not in html  # no entrant's name


def test_blind_rounds_show_stable_codes_and_no_names(
    client, django_user_model, scored, entries, jurors
):
    scored.blind = True
    scored.save()
    client.force_login(coordinator(django_user_model))
    html = client.get(reverse("jury_round_results", args=[scored.pk])).content.decode()
    assert "test-juror" not in html
    codes = juror_codes(scored)
    assert [codes[juror.pk] for juror in jurors[:3]] == ["J1", "J2", "J3"]
    assert "Left out (conflict of interest): J3" in html
    # A later assignment of a new juror, or more entries for an old one, keeps the codes.
    Assignment.objects.create(round=scored, entry=entries[3], juror=jurors[3])
    Assignment.objects.create(round=scored, entry=entries[4], juror=jurors[1])
    assert juror_codes(scored) == {**codes, jurors[3].pk: "J4"}


def test_sorting_by_each_method_and_the_headline_highlighted(
    client, django_user_model, scored, entries
):
    scored.headline_method = HeadlineMethod.MEDIAN
    scored.save()
    client.force_login(coordinator(django_user_model))
    url = reverse("jury_round_results", args=[scored.pk])
    html = client.get(url).content.decode()
    assert "<strong>Median</strong>" in html
    assert '<strong aria-current="true">Median</strong>' in html
    # Normalised: E1 z-scores (+1 for juror 1, −1 for juror 2) → 0; E2 (−1, +1) → 0: a tie
    # broken by the mean, E2 (7) before E1 (6).
    html = client.get(url, {"sort": "normalised"}).content.decode()
    assert rows_in_order(html)[:2] == [entries[1].reference, entries[0].reference]
    assert '<strong aria-current="true">Normalised</strong>' in html
    assert client.get(url, {"sort": "nonsense"}).status_code == 200


def test_the_number_of_queries_does_not_grow_with_entries_or_jurors(
    client, django_user_model, jury_round, edition, criteria, jurors
):
    client.force_login(coordinator(django_user_model))
    url = reverse("jury_round_results", args=[jury_round.pk])

    def queries():
        client.get(url)  # warm the session and Wagtail's per-request caches
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    entries = [make_entry(edition, number) for number in range(1, 3)]
    for entry in entries:
        for juror in jurors[:2]:
            review(jury_round, entry, juror, {criteria[0]: 5, criteria[1]: 6})
    few = queries()
    more = [make_entry(edition, number) for number in range(3, 9)]
    for entry in more:
        for juror in jurors:
            review(jury_round, entry, juror, {criteria[0]: 4, criteria[1]: 8})
    Conflict.objects.create(juror=jurors[3], entry=more[0], type=ConflictType.OTHER)
    assert queries() == few
