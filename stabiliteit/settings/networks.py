"""Parsing TRUSTED_PROXIES (read by core/clientaddress.py through the setting)."""

import ipaddress

from django.core.exceptions import ImproperlyConfigured


def parse_networks(value):
    """'127.0.0.1, 10.0.0.0/8' -> (ip_network, ...); refuses a bad entry by name."""
    networks = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {item!r} is not an IP address or network (e.g. 127.0.0.1, 10.0.0.0/8)."
            )
    return tuple(networks)
