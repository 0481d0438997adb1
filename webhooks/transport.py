"""One POST to a checked address, with short timeouts and no redirects followed.

The connection goes to the address ``addresses.resolve`` approved, while the Host
header and TLS (server name and certificate) use the URL's name. Only the first
``EXCERPT_LENGTH`` bytes of the response are read.
"""

import http.client
import socket
import ssl
from dataclasses import dataclass

from django.conf import settings

from .addresses import Target
from .models import EXCERPT_LENGTH

USER_AGENT = "Mekendesh-Webhooks/1.0"


@dataclass(frozen=True)
class Response:
    status: int
    excerpt: str


def _connect(address: str, port: int) -> socket.socket:
    sock = socket.create_connection((address, port), timeout=settings.WEBHOOK_CONNECT_TIMEOUT)
    sock.settimeout(settings.WEBHOOK_READ_TIMEOUT)
    return sock


class _PinnedConnection(http.client.HTTPConnection):
    def __init__(self, target: Target):
        super().__init__(target.host, target.port)
        self.address = target.address

    def connect(self):
        self.sock = _connect(self.address, self.port)


class _PinnedTLSConnection(http.client.HTTPSConnection):
    def __init__(self, target: Target):
        self.tls = ssl.create_default_context()
        super().__init__(target.host, target.port, context=self.tls)
        self.address = target.address

    def connect(self):
        sock = _connect(self.address, self.port)
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)


def post(target: Target, body: bytes, headers: dict[str, str]) -> Response:
    """Raises OSError (timeouts, refused connections, TLS) or http.client.HTTPException."""
    kind = _PinnedTLSConnection if target.scheme == "https" else _PinnedConnection
    connection = kind(target)
    try:
        connection.request(
            "POST",
            target.path,
            body=body,
            headers={
                **headers,
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
            },
        )
        response = connection.getresponse()
        excerpt = response.read(EXCERPT_LENGTH).decode("utf-8", errors="replace")
        return Response(response.status, excerpt[:EXCERPT_LENGTH])
    finally:
        connection.close()
