import json

import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache

from cms.editorial import CONTENT_MANAGERS, COORDINATING_EDITORS
from indicators import tokens
from indicators.enums import ReportingTool
from indicators.models import ReportingToken

METRICS_URL = "/api/v1/metrics"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate counters live in the cache, which outlives a test's transaction."""
    cache.clear()
    yield
    cache.clear()


def make_token(tool=ReportingTool.PORTAL, name="Portal analytics") -> tuple[ReportingToken, str]:
    token = ReportingToken(name=name, tool=tool)
    secret = tokens.issue(token)
    token.save()
    return token, secret


@pytest.fixture
def portal_token(db):
    return make_token()


def post_metrics(client, body, secret=None, **headers):
    if secret is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
    data = body if isinstance(body, str | bytes) else json.dumps(body, default=str)
    return client.post(METRICS_URL, data=data, content_type="application/json", **headers)


def user_in(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, password="pw-indicators-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def coordinator(db, django_user_model):
    return user_in(django_user_model, COORDINATING_EDITORS, "plan-coordinator")


@pytest.fixture
def content_manager(db, django_user_model):
    return user_in(django_user_model, CONTENT_MANAGERS, "plan-content-manager")
