"""A mistyped ``WEBHOOK_ALLOWED_NETWORKS`` is reported when the project starts, not as
an error on the first subscriber saved or webhook sent."""

import ipaddress

from django.conf import settings
from django.core.checks import Error, register


@register()
def allowed_networks_are_networks(app_configs, **kwargs):
    errors = []
    for network in settings.WEBHOOK_ALLOWED_NETWORKS:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            errors.append(
                Error(
                    f"WEBHOOK_ALLOWED_NETWORKS: {network!r} is not a network such as "
                    "10.0.0.0/8 or 127.0.0.1/32.",
                    id="webhooks.E001",
                )
            )
    return errors
