"""POST /api/v1/metrics: tokens, idempotent upserts, all-or-nothing refusals, the rate limit."""

import datetime

import pytest

from django.utils import timezone

from indicators.enums import ReportingTool
from indicators.models import MetricCount, ReportingToken
from tests.stories.factories import SuccessStoryPageFactory

from .conftest import make_token, post_metrics

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(demo_site):
    return SuccessStoryPageFactory(parent=demo_site, title="Metrics story")


def count(story, **fields):
    values = {
        "item": {"type": "story", "id": story.pk},
        "channel": "facebook",
        "day": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "metric": "views",
        "value": 120,
    }
    values.update(fields)
    return values


def totals(story):
    return sorted(
        MetricCount.objects.filter(item_type="story", item_id=story.pk).values_list(
            "channel", "metric", "day", "tool", "value"
        )
    )


def assert_problem(response, status, *names):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    if names:
        assert [p["name"] for p in body["invalid_params"]] == list(names), body
    return body


# --- authentication ----------------------------------------------------------------------


def test_without_a_token_the_answer_is_401_and_nothing_is_stored(client, story):
    response = post_metrics(client, {"counts": [count(story)]})
    assert_problem(response, 401)
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert totals(story) == []


def test_a_wrong_token_is_401(client, story, portal_token):
    response = post_metrics(client, {"counts": [count(story)]}, secret="mkm_not-a-real-token")
    assert_problem(response, 401)
    response = post_metrics(
        client, {"counts": [count(story)]}, HTTP_AUTHORIZATION=f"Basic {portal_token[1]}"
    )
    assert_problem(response, 401)
    assert totals(story) == []


def test_a_revoked_token_is_403(client, story, portal_token):
    token, secret = portal_token
    token.revoked_at = timezone.now()
    token.save()
    assert_problem(post_metrics(client, {"counts": [count(story)]}, secret), 403)
    assert totals(story) == []


def test_tokens_are_stored_hashed_and_record_their_last_use(client, story, portal_token):
    token, secret = portal_token
    assert secret.startswith("mkm_")
    assert len(secret) > 40
    assert not ReportingToken.objects.filter(key_hash=secret).exists()
    assert secret not in str(ReportingToken.objects.filter(pk=token.pk).values().get())
    assert token.last_used_at is None
    assert post_metrics(client, {"counts": [count(story)]}, secret).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


# --- idempotency ---------------------------------------------------------------------------


def test_a_resend_replaces_and_never_double_counts(client, story, portal_token):
    secret = portal_token[1]
    body = {"counts": [count(story), count(story, metric="shares", value=7)]}
    first = post_metrics(client, body, secret)
    assert first.status_code == 200
    assert first.json() == {"received": 2, "created": 2, "replaced": 0}
    stored = totals(story)
    again = post_metrics(client, body, secret)
    assert again.json() == {"received": 2, "created": 0, "replaced": 2}
    assert totals(story) == stored
    revised = post_metrics(client, {"counts": [count(story, value=150)]}, secret)
    assert revised.json() == {"received": 1, "created": 0, "replaced": 1}
    views = MetricCount.objects.get(item_id=story.pk, metric="views")
    assert views.value == 150
    assert MetricCount.objects.filter(item_id=story.pk).count() == 2


def test_two_tools_keep_their_own_counts_of_the_same_day(client, story, portal_token):
    social_secret = make_token(ReportingTool.SOCIAL, "Social tools")[1]
    post_metrics(client, {"counts": [count(story, value=10)]}, portal_token[1])
    post_metrics(client, {"counts": [count(story, value=30)]}, social_secret)
    assert [row[-2:] for row in totals(story)] == [("portal", 10), ("social", 30)]


def test_the_site_as_a_whole_reports_subscribers_without_an_id(client, portal_token):
    body = {
        "counts": [
            {
                "item": {"type": "site"},
                "channel": "telegram",
                "day": timezone.localdate().isoformat(),
                "metric": "subscribers",
                "value": 2400,
            }
        ]
    }
    response = post_metrics(client, body, portal_token[1])
    assert response.status_code == 200, response.content
    stored = MetricCount.objects.get(
        item_type="site", channel="telegram", day=timezone.localdate(), tool="portal"
    )
    assert stored.value == 2400


# --- bad input: a problem naming the field, nothing stored ---------------------------------


@pytest.mark.parametrize(
    ("change", "name"),
    [
        ({"channel": "myspace"}, "counts.1.channel"),
        ({"metric": "likes"}, "counts.1.metric"),
        ({"day": "2026-13-40"}, "counts.1.day"),
        ({"value": -1}, "counts.1.value"),
        ({"value": "many"}, "counts.1.value"),
        ({"colour": "red"}, "counts.1.colour"),
        ({"item": {"type": "story"}}, "counts.1.item.id"),
        ({"item": {"type": "planet", "id": 1}}, "counts.1.item.type"),
        ({"item": {"type": "site", "id": 3}}, "counts.1.item.id"),
    ],
)
def test_each_bad_field_is_named_and_nothing_is_stored(client, story, portal_token, change, name):
    body = {"counts": [count(story), {**count(story, metric="shares"), **change}]}
    problem = assert_problem(post_metrics(client, body, portal_token[1]), 400)
    assert name in [p["name"] for p in problem["invalid_params"]], problem
    assert totals(story) == []


def test_a_day_in_the_future_is_refused(client, story, portal_token):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    body = {"counts": [count(story), count(story, day=tomorrow.isoformat())]}
    assert_problem(post_metrics(client, body, portal_token[1]), 400, "counts.1.day")
    assert totals(story) == []


def test_an_unknown_item_is_refused_by_name(client, story, portal_token):
    body = {"counts": [count(story), count(story, item={"type": "story", "id": 999_999_999})]}
    problem = assert_problem(post_metrics(client, body, portal_token[1]), 400, "counts.1.item.id")
    assert "999999999" in problem["invalid_params"][0]["reason"]
    # A theme's id is not a story.
    theme_id = (
        __import__("campaigns.models", fromlist=["CampaignThemePage"])
        .CampaignThemePage.objects.values_list("pk", flat=True)
        .first()
    )
    body = {"counts": [count(story, item={"type": "story", "id": theme_id})]}
    assert_problem(post_metrics(client, body, portal_token[1]), 400, "counts.0.item.id")
    assert totals(story) == []


def test_the_same_count_twice_in_one_batch_is_refused(client, story, portal_token):
    body = {"counts": [count(story), count(story, value=5)]}
    assert_problem(post_metrics(client, body, portal_token[1]), 400, "counts.1")


@pytest.mark.parametrize("body", ["{not json", "[]", '{"counts": []}', '{"counts": "all"}', "{}"])
def test_a_malformed_body_is_a_400_problem(client, portal_token, body):
    assert_problem(post_metrics(client, body, portal_token[1]), 400)
    assert not MetricCount.objects.filter(token=portal_token[0]).exists()


# --- rate limit ----------------------------------------------------------------------------


def test_too_many_requests_from_one_token_are_429_with_retry_after(
    client, story, portal_token, settings
):
    settings.METRICS_RATE_PER_TOKEN = 2
    other_secret = make_token(ReportingTool.APP, "App")[1]
    for _ in range(2):
        assert post_metrics(client, {"counts": [count(story)]}, portal_token[1]).status_code == 200
    refused = post_metrics(client, {"counts": [count(story)]}, portal_token[1])
    assert_problem(refused, 429)
    assert 0 < int(refused["Retry-After"]) <= settings.METRICS_RATE_WINDOW_MINUTES * 60
    # Another tool's token has its own window.
    assert post_metrics(client, {"counts": [count(story)]}, other_secret).status_code == 200


def test_the_endpoint_is_in_the_openapi_document(client):
    document = client.get("/api/v1/openapi.json").json()
    operation = document["paths"]["/api/v1/metrics"]["post"]
    assert {"200", "400", "401", "403", "429"} <= set(operation["responses"])
    assert "ReportingTokenAuth" in document["components"]["securitySchemes"]
    schemas = document["components"]["schemas"]
    assert "facebook" in str(schemas["Channel"]) or "facebook" in str(schemas["CountIn"])


def test_a_batch_over_the_anonymous_limit_passes_and_one_over_its_own_is_413(
    client, story, portal_token, settings
):
    """Tools are not signed in: the endpoint has its own body limit, not the sign-in form's."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    many = [
        count(story, day=(yesterday - datetime.timedelta(days=n)).isoformat()) for n in range(600)
    ]
    body = {"counts": many}
    assert len(str(body)) > settings.MAX_ANONYMOUS_REQUEST_BODY_SIZE
    response = post_metrics(client, body, portal_token[1])
    assert response.status_code == 200, response.content
    assert response.json()["created"] == 600
    settings.METRICS_MAX_BODY_SIZE = 200
    assert_problem(post_metrics(client, {"counts": [count(story)] * 3}, portal_token[1]), 413)
