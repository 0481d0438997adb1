"""``POST /api/v1/metrics``: the portal, the app and the social tools report daily counts."""

from ninja import Router
from ninja.decorators import decorate_view
from ninja.security import HttpBearer

from cms.api.http import api_endpoint
from cms.api.problems import ProblemOut

from . import ingest, limits, tokens
from .schemas import MetricsIn, MetricsOut

router = Router(tags=["metrics"])


class ReportingTokenAuth(HttpBearer):
    """A reporting token, checked (and its rate counted) before the body is read, so a
    refused tool learns why first and a flood of bodies is never parsed."""

    def __call__(self, request):
        token = tokens.authenticate(request)
        limits.take(token.pk)
        return token

    def authenticate(self, request, token):  # pragma: no cover - __call__ does it all
        return None


@router.post(
    "/metrics",
    response={
        200: MetricsOut,
        400: ProblemOut,
        401: ProblemOut,
        403: ProblemOut,
        413: ProblemOut,
        429: ProblemOut,
    },
    summary="Report daily counts of views, shares, reactions, comments, subscribers",
    url_name="metrics_report",
    auth=ReportingTokenAuth(),
)
@decorate_view(api_endpoint(public=False))
def report_metrics(request, payload: MetricsIn):
    """Daily counts per item, channel and metric, sent with a reporting token
    (``Authorization: Bearer …``, made by a coordinator in the admin).

    Idempotent: a count is identified by its item, channel, day, metric and the token's
    tool, and sending it again replaces the value. All or nothing: with any fault,
    nothing is stored and the problem names every faulty count (``counts.3.day``).
    401 without a known token, 403 with a revoked one, 429 with ``Retry-After`` when the
    token sent too many requests.
    """
    created, replaced = ingest.store(request.auth, payload.counts)
    return {"received": len(payload.counts), "created": created, "replaced": replaced}
