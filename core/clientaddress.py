"""The visitor's address, as every per-client limit must see it.

Behind a reverse proxy REMOTE_ADDR is the proxy's address, so every visitor would share
one rate-limit bucket and one django-axes lockout. The proxy puts the address it saw at
the right end of X-Forwarded-For. That header is believed only when the peer
(REMOTE_ADDR) is one of settings.TRUSTED_PROXIES; then the chain is read from the right,
skipping further trusted proxies, and the first address that is not one is the client.
Anything a client wrote further left is never reached, so a spoofed header is ignored.

Written here rather than taken from django-ipware: ipware matches trusted proxies by
string prefix and, without a proxy list, believes the header whatever the peer is; this
rule needs the peer to be a trusted network (CIDR) and is a dozen lines of `ipaddress`.
django-axes reads it through AXES_CLIENT_IP_CALLABLE, the rate limiter imports it.
"""

import ipaddress

from django.conf import settings


def _address(value):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def _trusted(address):
    return address is not None and any(address in network for network in settings.TRUSTED_PROXIES)


def from_trusted_proxy(request):
    """True when the peer (REMOTE_ADDR) is one of settings.TRUSTED_PROXIES."""
    return _trusted(_address(request.META.get("REMOTE_ADDR", "") or ""))


def client_address(request):
    """The client's IP address as a string (REMOTE_ADDR unless a trusted proxy says otherwise)."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    current = _address(remote)
    if not _trusted(current):
        return remote or None
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            break  # unreadable: keep the last address a trusted proxy vouched for
        current = address
        if not _trusted(address):
            break
    return str(current)
