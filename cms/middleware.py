"""Language handling for the HTML pages only.

Django's LocaleMiddleware turns a 404 under an unprefixed path into a redirect to
``/ky/…``; the API's 404 problem documents must reach the client as they are.
"""

from django.middleware.locale import LocaleMiddleware

API_PREFIX = "/api/"


class PageLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(API_PREFIX):
            return response
        return super().process_response(request, response)
