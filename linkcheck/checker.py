"""Check URLs politely: bounded concurrency, timeouts, HEAD then GET, a per-host rate limit.

requests (already pinned for the project) does the HTTP; what it lacks is the politeness,
so this module adds three small pieces:

- HostThrottle: at most `per_second` requests to one host per second, across all worker
  threads, for every request including each redirect hop (redirects are followed here,
  not by requests, for that reason);
- HEAD first (cheap), GET when HEAD fails or is refused (many servers answer HEAD with
  403/404/405 or drop it), reading no body;
- private and loopback addresses are refused unless allowed: the URLs come from editors
  and the status would otherwise reveal what answers inside the network. Each host is
  resolved once per hop and the request goes to exactly the address that was checked
  (PinnedAddressAdapter), so a DNS answer that changes between the check and the connection
  (DNS rebinding) cannot reach an internal address; a failed lookup is refused, not fetched.
"""

import ipaddress
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from django.utils.translation import gettext as _
from requests.adapters import HTTPAdapter

MAX_REDIRECTS = 5
MAX_WORKERS = 16
MAX_PER_HOST = 5.0
USER_AGENT = "Stabiliteit-linkcontrole/1.0 (+https://www.maatschappelijkestabiliteit.nl)"


@dataclass(frozen=True)
class Result:
    url: str
    ok: bool
    method: str
    status_code: int | None = None
    redirect_status: int | None = None
    final_url: str = ""
    error: str = ""
    elapsed_ms: int = 0


class HostThrottle:
    """Spaces requests to the same host at least 1/per_second apart, across threads."""

    def __init__(self, per_second, clock=time.monotonic, sleep=time.sleep):
        self.interval = 1.0 / per_second
        self.clock = clock
        self.sleep = sleep
        self.lock = threading.Lock()
        self.next_slot = {}

    def wait(self, host):
        with self.lock:
            now = self.clock()
            slot = max(now, self.next_slot.get(host, now))
            self.next_slot[host] = slot + self.interval
        if slot > now:
            self.sleep(slot - now)


class Refused(Exception):
    """Not fetched; the message says why (Dutch)."""


def resolve(host, allow_private=False):
    """The one address to connect to for `host`: looked up once; refused when the lookup
    fails or (unless allowed) any address it gives is not a public one."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):  # socket.gaierror is an OSError
        infos = []
    addresses = [info[4][0].split("%")[0] for info in infos]
    if not addresses:
        raise Refused(_("De servernaam bestaat niet of is niet te vinden: niet gecontroleerd."))
    if not allow_private and not all(ipaddress.ip_address(address).is_global for address in addresses):
        raise Refused(_("Intern adres: niet gecontroleerd."))
    # IPv4 first where there is one (many hosts publish IPv6 they do not serve well).
    return next((address for address in addresses if ":" not in address), addresses[0])


class PinnedAddressAdapter(HTTPAdapter):
    """Connects to the address the checker resolved and approved for the URL's host (no
    second lookup), keeping the host name for the Host header, TLS SNI and the certificate
    check. Requests' public hook for the connection pool key is where the address goes."""

    def __init__(self, pins):
        self.pins = pins  # host name -> address, filled by Checker.request
        super().__init__()

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        host = host_params["host"]
        host_params["host"] = self.pins[host]
        if host_params["scheme"] == "https":
            pool_kwargs["server_hostname"] = host
            pool_kwargs["assert_hostname"] = host
        return host_params, pool_kwargs


class Checker:
    def __init__(self, *, timeout=10.0, per_host=2.0, allow_private=False):
        self.timeout = timeout
        self.throttle = HostThrottle(min(per_host, MAX_PER_HOST))
        self.allow_private = allow_private
        self.local = threading.local()

    def session(self):
        if not hasattr(self.local, "session"):
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            session.trust_env = False  # no proxy from the environment: it would resolve again
            self.local.pins = {}
            adapter = PinnedAddressAdapter(self.local.pins)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self.local.session = session
        return self.local.session

    def request(self, method, url):
        """One method with redirects followed by hand (each hop throttled and checked)."""
        first_redirect = None
        for _hop in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            host = parts.hostname or ""
            if parts.scheme not in ("http", "https") or not host:
                raise requests.exceptions.InvalidURL(url)
            session = self.session()
            self.local.pins[host] = resolve(host, self.allow_private)
            self.throttle.wait(host)
            response = session.request(
                method,
                url,
                allow_redirects=False,
                timeout=self.timeout,
                stream=True,
                headers={"Host": parts.netloc.rsplit("@", 1)[-1]},
            )
            response.close()  # no body is read
            if response.is_redirect and "location" in response.headers:
                first_redirect = first_redirect or response.status_code
                url = urljoin(url, response.headers["location"])
                continue
            return response.status_code, first_redirect, url
        raise requests.TooManyRedirects(_("Te veel doorverwijzingen."))

    def check(self, url):
        started = time.monotonic()
        for method in ("HEAD", "GET"):
            result, final = self.attempt(method, url)
            if result.ok or final:
                break
        elapsed = int((time.monotonic() - started) * 1000)
        return Result(**{**result.__dict__, "elapsed_ms": elapsed})

    def attempt(self, method, url):
        """(result, final): final means GET would not tell more (refused or timed out)."""
        try:
            status, redirect, final_url = self.request(method, url)
        except Refused as error:
            return Result(url, False, method, error=str(error)), True
        except requests.Timeout:
            # A server that does not answer HEAD in time will not answer GET either.
            seconds = f"{self.timeout:g}"
            return Result(
                url, False, method, error=_("Geen antwoord binnen %(s)s seconden.") % {"s": seconds}
            ), True
        except requests.TooManyRedirects:
            return Result(url, False, method, error=_("Te veel doorverwijzingen.")), False
        except requests.ConnectionError:
            return Result(url, False, method, error=_("De server is niet bereikbaar.")), False
        except requests.RequestException:
            return Result(url, False, method, error=_("Ongeldig webadres of ongeldig antwoord.")), False
        result = Result(
            url,
            status < 400,
            method,
            status_code=status,
            redirect_status=redirect,
            final_url=final_url if final_url != url else "",
        )
        return result, False


def check_urls(urls, *, workers=4, per_host=2.0, timeout=10.0, allow_private=False):
    """Check `urls` with at most `workers` requests in flight; results in the same order."""
    checker = Checker(timeout=timeout, per_host=per_host, allow_private=allow_private)
    with ThreadPoolExecutor(max_workers=max(1, min(workers, MAX_WORKERS))) as pool:
        return list(pool.map(checker.check, urls))
