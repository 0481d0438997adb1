"""The address a request comes from, for login throttling.

Behind a proxy every request arrives from the proxy's address, so locking out an
address would lock out everyone. The proxies in front of the app append the peer they
saw to X-Forwarded-For; with TRUSTED_PROXY_COUNT of them, the client is the entry that
many places from the right. Entries further left were written by the client itself
and are not trusted.
"""

from django.conf import settings


def client_address(request) -> str | None:
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            entry.strip()
            for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if entry.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
