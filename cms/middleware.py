"""Language handling for the HTML pages only.

Django's LocaleMiddleware turns a 404 under an unprefixed path into a redirect to
``/ky/…``; the API's 404 problem documents, and the short links' own trilingual "not
found" page (``/s/<code>``), must reach the client as they are.
"""

from django.middleware.locale import LocaleMiddleware

API_PREFIX = "/api/"
SHORT_LINK_PREFIX = "/s/"


class PageLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path.startswith((API_PREFIX, SHORT_LINK_PREFIX)):
            return response
        return super().process_response(request, response)
