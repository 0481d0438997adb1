"""An empty delta costs a few fixed queries; a delta of k items costs no more than a
list of k, whatever k."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories.models import SuccessStoryPage
from tests.api.test_public_rule import live_story

from .replica import Replica

pytestmark = pytest.mark.django_db

# The content version, the language's sync state, the ledger rows after the token.
EMPTY_DELTA_QUERIES = 3


def edit(stories, k):
    for story in stories[:k]:
        page = SuccessStoryPage.objects.get(pk=story.pk)
        page.standfirst = f"{page.standfirst} +"
        page.save_revision().publish()


def counted(client, params) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/sync", params)
    assert response.status_code == 200
    return len(queries), response.json()


def test_an_empty_delta_costs_a_fixed_number_of_queries(client, django_assert_num_queries):
    replica = Replica(client, "ky").sync()
    with django_assert_num_queries(EMPTY_DELTA_QUERIES):
        answer = replica.get(replica.token)
    assert answer["items"] == []
    assert answer["removed"] == []


def test_a_delta_of_k_items_costs_as_much_as_a_list_of_k(client, ky_index):
    stories = [live_story(ky_index, f"cost{n}") for n in range(6)]
    costs = {}
    for k in (1, 6):
        reader = Replica(client, "ky").sync()
        first = Replica(client, "ky").sync()
        edit(stories, k)
        # The first client's request reconciles the ledger with the change …
        reconciling, answer = counted(client, {"token": first.token})
        assert len(answer["items"]) == k
        # … then a delta is a read of k ledger rows, like any other client's.
        reading, answer = counted(client, {"token": reader.token})
        assert len(answer["items"]) == k
        cache.clear()
        with CaptureQueriesContext(connection) as listing:
            client.get("/api/v1/stories", {"locale": "ky", "limit": k})
        costs[k] = (reconciling, reading, len(listing))
    assert costs[1][:2] == costs[6][:2]
    assert costs[6][1] == EMPTY_DELTA_QUERIES
    assert costs[6][1] <= costs[6][2]
