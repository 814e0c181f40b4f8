# The application behind Varnish: gunicorn (deploy/gunicorn.conf.py). Included by
# stabiliteit.vcl; `make serve` and the tests write their own copy with their own port
# (varnishd -p vcl_path=<their dir>:deploy/varnish finds theirs first).
#
# The probe asks /gezondheid/ (ops/health.py: 503 when the database or the shared cache
# fails) every 2 s, allowing 5 s for an answer (a busy application is slow, not down);
# fewer than 3 good answers in the last 8 mark it sick (about 12 s after an outage begins),
# and Varnish then serves what it has (grace, stabiliteit.vcl) and the maintenance page for
# the rest. Before that, a failed fetch is retried once with the stale copy allowed.
# The Host must be one of ALLOWED_HOSTS; X-Forwarded-Proto https keeps production's HTTPS
# redirect out of the probe.
backend gunicorn {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;  # gunicorn's timeout is 30 s
    .between_bytes_timeout = 10s;
    .probe = {
        .request =
            "GET /gezondheid/ HTTP/1.1"
            "Host: 127.0.0.1"
            "X-Forwarded-Proto: https"
            "User-Agent: varnish-probe"
            "Connection: close";
        .interval = 2s;
        .timeout = 5s;
        .window = 8;
        .threshold = 3;
        .initial = 3;
    }
}

# Refreshes in the background (a soft-purged or expired copy served once more while the new
# one is fetched: stabiliteit.vcl, vcl_backend_fetch) go to the same gunicorn over at most 2
# connections. A publish refreshes every listing in use that can show the offering, and
# those refreshes must not queue ahead of visitors waiting for a page the cache does not
# have. A refresh beyond the 2 fails at once and keeps the old copy; the next visitor's hit
# tries again, and after 10 s (req.grace while healthy) it is an ordinary miss.
backend gunicorn_refresh {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 10s;
    .max_connections = 2;
}
