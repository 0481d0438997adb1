"""Refuse oversized request bodies before anything reads them.

Django keeps form fields in memory only up to DATA_UPLOAD_MAX_MEMORY_SIZE, but it
spools the file parts of a multipart body to a temporary file whatever their size,
and the upload forms check a file's size only after it has been received. So the
declared length is checked here, before CSRF or any view parses the body: anyone may
send a sign-in form, signed-in users the largest upload. The proxy in front should
refuse larger bodies still earlier (see the README's Security section).

A body sent without Content-Length (chunked) is never read by Django's WSGI handler,
which reads exactly Content-Length bytes, so it needs no check here.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from cms.api.problems import Problem, problem_response

API_PREFIX = "/api/"


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return self._refuse(request, 400, _("The Content-Length header is not a number."))
        if length > settings.MAX_ANONYMOUS_REQUEST_BODY_SIZE:
            limit = (
                settings.MAX_REQUEST_BODY_SIZE
                if request.user.is_authenticated
                else settings.MAX_ANONYMOUS_REQUEST_BODY_SIZE
            )
            if length > limit:
                return self._refuse(
                    request,
                    413,
                    _("The request is too large: at most %(limit)s bytes are accepted.")
                    % {"limit": limit},
                )
        return self.get_response(request)

    @staticmethod
    def _refuse(request, status, detail):
        if request.path.startswith(API_PREFIX):
            title = _("Request too large") if status == 413 else _("Bad request")
            return problem_response(request, Problem(status, title, detail))
        return HttpResponse(detail, status=status, content_type="text/plain; charset=utf-8")
