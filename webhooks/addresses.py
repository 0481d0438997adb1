"""Where a webhook may go: THE rule, checked when a subscriber is saved and again at
every send (a name may point elsewhere by then).

Only ``https``, except ``http`` to the hosts in ``WEBHOOK_HTTP_HOSTS`` (development
receivers; production ignores it). Every address the name resolves to must be a public
one: loopback, private, link-local (the cloud metadata service at 169.254.169.254),
unique-local (fd00:ec2::254), multicast, reserved and the like are refused unless
they fall in ``WEBHOOK_ALLOWED_NETWORKS``. The sender then connects to the very
address checked here, so a name cannot resolve to a public address for the check and
to an internal one for the connection.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEFAULT_PORTS = {"https": 443, "http": 80}


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    address: str


def _allowed_networks():
    return [ipaddress.ip_network(net, strict=False) for net in settings.WEBHOOK_ALLOWED_NETWORKS]


def refused(address: str) -> bool:
    """Whether connecting to ``address`` would reach something that is not the public
    internet (and no setting allows it)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if getattr(ip, "ipv4_mapped", None):
        ip = ip.ipv4_mapped
    if any(ip in network for network in _allowed_networks()):
        return False
    return not ip.is_global or ip.is_multicast or ip.is_reserved


def parse(url: str) -> tuple[str, str, int, str]:
    """Scheme, host, port and path of an acceptable URL; ValidationError otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValidationError(_("This is not a valid URL."), code="invalid") from None
    scheme, host = parts.scheme.lower(), (parts.hostname or "")
    if scheme not in DEFAULT_PORTS or not host:
        raise ValidationError(_("Give a full https:// address."), code="scheme")
    if parts.username or parts.password:
        raise ValidationError(
            _("The address may not contain a user name or password."), code="credentials"
        )
    if scheme == "http" and host not in settings.WEBHOOK_HTTP_HOSTS:
        raise ValidationError(_("Webhooks are sent over https only."), code="scheme")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, host, port or DEFAULT_PORTS[scheme], path


def resolve(url: str) -> Target:
    """The URL checked and its host resolved: every address must be allowed."""
    scheme, host, port, path = parse(url)
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise ValidationError(
            _("The host %(host)s cannot be found.") % {"host": host}, code="unresolvable"
        ) from None
    addresses = list(dict.fromkeys(info[4][0] for info in found))
    if not addresses:
        raise ValidationError(
            _("The host %(host)s cannot be found.") % {"host": host}, code="unresolvable"
        )
    for address in addresses:
        if refused(address):
            raise ValidationError(
                _(
                    "%(host)s is a private or internal address (%(address)s); "
                    "webhooks go to public addresses only."
                )
                % {"host": host, "address": address},
                code="internal",
            )
    return Target(scheme, host, port, path, addresses[0])
