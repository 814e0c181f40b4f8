# Varnish in front of gunicorn: the production set-up of docs/deploy.md ("Front cache").
#   nginx (TLS, media) -> Varnish (this file) -> gunicorn (deploy/gunicorn.conf.py)
# Debian 12: apt-get install varnish varnish-modules (vmod xkey). Checked with `varnishd -C`
# in CI (tests/deploy/test_varnish.py), which also runs it in front of a real gunicorn.
#
# The application says what may be cached (frontcache/headers.py: Cache-Control and an
# xkey header with the response's keys); this file knows no URLs of the site. It caches
# only anonymous GET/HEAD requests whose response says `public` (or s-maxage/max-age) and
# sets no cookie; a request with a session, CSRF or messages cookie or an Authorization
# header always goes to the application (logged-in editors, forms, the admin).
#
# Changes: the application sends `PURGE /` with `xkey-purge: <keys>` (removed now) or
# `xkey-softpurge: <keys>` (expired: served at most GRACE_HEALTHY more while the new copy
# is fetched), with `xkey-withdrawal: 1` when something was withdrawn (vcl_backend_response);
# Wagtail's frontend cache sends `PURGE <url>` for a published page's URL.
#
# Counting (core/surrogate.py): every request to the application says it came through a
# cache that logs counting URLs (Surrogate-Capability, set here, whatever a client sent);
# the application then names what it counts per visitor (offering views, the search log)
# in a Teller header instead of counting. vcl_deliver writes those URLs to the log for
# every delivery, hit or miss, and removes the header; manage.py count_from_cache_log
# reads them with varnishncsa (frontcache/cachelog.py). No visitor waits for the counting.
#
# Outages: while /gezondheid/ fails (backend.vcl's probe) or gunicorn does not answer,
# cached responses are served for up to 6 hours past their expiry (beresp.grace), and what
# is not cached gets the Dutch maintenance page (503, Retry-After).
vcl 4.1;

import std;
import var;
import xkey;

include "backend.vcl";

# Who may purge: the application on this host (and its siblings: add their addresses).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # When the last purge came, and the last withdrawal (vcl_backend_response: a copy
        # fetched before it may show what the purge was for). Set before purging: a fetch
        # that starts later reads what the application committed before it sent the purge.
        if (req.http.xkey-purge) {
            var.global_set("purged", "" + std.time2real(now, 0.0));
            if (req.http.xkey-withdrawal) {
                var.global_set("withdrawn", "" + std.time2real(now, 0.0));
            }
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone));
        }
        if (req.http.xkey-softpurge) {
            var.global_set("softpurged", "" + std.time2real(now, 0.0));
            set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
            return (synth(200, "Softpurged " + req.http.n-gone));
        }
        return (purge);
    }
    # The application leaves counting per visitor to this log only when this says so (above).
    set req.http.Surrogate-Capability = "varnish=Teller/1";
    # Only the client's address goes on (nginx in front sets X-Forwarded-For; Varnish
    # appends the peer, and Django believes it from TRUSTED_PROXIES only).
    if (req.restarts == 0) {
        unset req.http.X-Stale-Ok;  # set by vcl_deliver only, never by a client
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Django's session (logged in, or a pending message) and CSRF cookies: this visitor may
    # see something personal (the admin, a preview, a form with a token).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # Any other cookie means nothing to the application: one copy for everybody.
    unset req.http.Cookie;
    # The same filters in another order are the same answer (the finder and the API read
    # parameters by name): one copy for all orders.
    set req.url = std.querysort(req.url);
    # A soft-purged or expired copy is served at most 10 s more while the application is
    # healthy (the new copy is being fetched meanwhile); when it is not, up to beresp.grace.
    # After a failed fetch (vcl_deliver's restart) any stale copy will do: req.grace
    # survives a restart, so it is set again either way.
    if (req.http.X-Stale-Ok) {
        set req.grace = 6h;
    } elsif (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    var.set_real("fetch_started", std.time2real(now, 0.0));
    if (bereq.is_bgfetch) {
        set bereq.backend = gunicorn_refresh;  # at most 2 at a time (backend.vcl)
    }
}

sub vcl_backend_response {
    # The application decides: without Cache-Control nothing is kept (no default TTL).
    if (!beresp.http.Cache-Control) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # A failed refresh in the background keeps the copy Varnish has.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Text is kept compressed (a finder page of 60 kB in about 8): more copies fit in the
    # same memory (-s malloc), to serve through an outage too. A client that does not
    # accept gzip gets it unpacked (Varnish's http_gzip_support).
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|atom\+xml|javascript))"
        && !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }
    # Serve through outages: how long past its expiry a copy may be served while the
    # application is down (vcl_recv limits this to 10 s while it is healthy).
    set beresp.grace = 6h;
    # A purge while this response was being made: the application may have rendered it
    # before the change the purge is for, and xkey only removes copies already kept. After
    # a withdrawal (unpublished, deleted, moved, made private: the application says so) it
    # goes to the visitor who asked but is not kept; after any other purge it is kept
    # expired, like a soft-purged copy: served at most once more while a new one is
    # fetched, and still there to serve through an outage. Only the last purge's time is
    # known, not its keys: every fetch it overlaps is treated so.
    if (var.get_real("fetch_started") <= std.real(var.global_get("withdrawn"), 0.0)) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (var.get_real("fetch_started") <= std.real(var.global_get("purged"), 0.0)
        || var.get_real("fetch_started") <= std.real(var.global_get("softpurged"), 0.0)) {
        # Expired at once but kept (grace): a TTL of 0 would make the builtin VCL mark it
        # uncacheable, and an outage would find nothing to serve.
        set beresp.ttl = 0.001s;
    }
    # Builtin rules follow: no-store/no-cache/private or Set-Cookie -> never cached.
}

sub vcl_backend_error {
    # A refresh in the background that failed (gunicorn down, or its 2 connections busy)
    # keeps the copy Varnish has.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    # gunicorn down or sick and nothing cached: the maintenance page, in Dutch.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "60";
    set beresp.http.Cache-Control = "no-store";
    set beresp.uncacheable = true;
    set beresp.status = 503;
    synthetic({"<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tijdelijk niet beschikbaar - Maatschappelijke stabiliteit</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style>
</head>
<body>
<main>
<h1>Deze pagina is tijdelijk niet beschikbaar</h1>
<p>Er wordt gewerkt aan de website of er is een storing. Probeer het over een paar minuten opnieuw.</p>
<p>Pagina's die u eerder heeft bekeken, zijn meestal nog wel te zien. Begin bijvoorbeeld bij <a href="/">de startpagina</a> of <a href="/aanbod/">het aanbod</a>.</p>
</main>
</body>
</html>
"});
    return (deliver);
}

sub vcl_deliver {
    # An error for a page Varnish still has (the probe has not yet noticed the outage):
    # once more, with every stale copy allowed.
    if (resp.status >= 500 && req.restarts == 0 && !req.http.X-Stale-Ok
        && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.X-Stale-Ok = "1";
        return (restart);
    }
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    # The keys are for Varnish only.
    unset resp.http.xkey;
    # Counting per visitor (core/surrogate.py): the counting URLs go to the log, for every
    # visitor this response is delivered to, not to the visitor.
    if (resp.http.Teller) {
        std.log("teller:" + resp.http.Teller);
        unset resp.http.Teller;
    }
}

sub vcl_synth {
    set resp.http.Cache-Control = "no-store";
}
