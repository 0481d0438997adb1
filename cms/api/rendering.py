"""How the Content API writes JSON: compact, UTF-8, in one pass.

Most of the content is Kyrgyz and Russian: ``ensure_ascii`` would send each Cyrillic
letter as a six-byte ``\\uXXXX`` escape instead of two UTF-8 bytes, and the default
separators add a space after every comma and colon. Views whose output is built to
their declared schema (and held to it by tests) return ``json_response`` directly, so
the body is not validated and copied a second time on the way out.
"""

from ninja.renderers import BaseRenderer
from ninja.responses import NinjaJSONEncoder

from django.http import HttpResponse

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
_encoder = NinjaJSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(data) -> bytes:
    return _encoder.encode(data).encode()


def json_response(data, status: int = 200) -> HttpResponse:
    return HttpResponse(dumps(data), status=status, content_type=JSON_CONTENT_TYPE)


class CompactJSONRenderer(BaseRenderer):
    media_type = "application/json"
    charset = "utf-8"

    def render(self, request, data, *, response_status):
        return dumps(data)
