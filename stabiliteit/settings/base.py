"""Settings shared by every environment; configured from environment variables."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

# Pure configuration modules of this package: settings import no app code.
from stabiliteit.settings.csp import ADMIN_CSP_DIRECTIVES, PUBLIC_CSP_DIRECTIVES
from stabiliteit.settings.email_url import parse_email_url
from stabiliteit.settings.networks import parse_networks
from stabiliteit.settings.search_index import INDEX_SETTINGS as SEARCH_INDEX_SETTINGS

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Local demo only: production settings refuse this password (see production.py).
DEMO_PASSWORD = "stabiel-demo-2026"  # noqa: S105 (public by design, refused in production)


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default):
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "ja", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")

INSTALLED_APPS = [
    # Project apps (listed first so their templates win).
    "core",
    "home",
    "partners",
    "taxonomy",
    "offerings",
    "catalogue",
    "search",
    "review",
    "insight",
    "handbook",
    "linkcheck",
    "demo",
    "editorial",
    "api",
    "frontcache",
    # Wagtail
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "django_tasks",
    "django_tasks_db",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "corsheaders",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # Outermost: sees the final response (cookies included) to say what Varnish may keep.
    "frontcache.headers.FrontCacheHeaders",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "core.middleware.PublicSiteInDutch",
    # GET/HEAD: the public rule's lists read once per request (core/visibility.py).
    "core.middleware.OneReadingPerRequest",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor login (twofactor app, see the block at the end of this file).
    "django_otp.middleware.OTPMiddleware",
    "twofactor.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "editorial.choosers.ChooserPermissionMiddleware",
    # Who publishes, for the Coördinatie gate; one transaction per admin change (editorial/publishing.py).
    "editorial.publishing.PublishingGateMiddleware",
    # Refuses admin views that would show another partner's draft (editorial/walls.py).
    "editorial.walls.AdminWallsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "editorial.security.SiteAndAdminCSPMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "stabiliteit.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "stabiliteit.wsgi.application"

# SQLite unless DATABASE_URL says otherwise (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's default random_page_cost (4) assumes spinning disks; on SSD storage,
    # with the catalogue in memory, 1.1 is the usual value. With 4 the planner reads every
    # search index entry instead of using the GIN indexes (docs/search.md, "Benchmark").
    try:
        RANDOM_PAGE_COST = float(os.environ.get("POSTGRES_RANDOM_PAGE_COST", "1.1"))
    except ValueError:
        RANDOM_PAGE_COST = -1.0
    if not 0 < RANDOM_PAGE_COST < 1000:
        raise ImproperlyConfigured("POSTGRES_RANDOM_PAGE_COST must be a positive number, such as 1.1.")
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c random_page_cost={RANDOM_PAGE_COST}"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The public demo password only works where a settings module sets ALLOW_DEMO_PASSWORD.
ALLOW_DEMO_PASSWORD = False
AUTHENTICATION_BACKENDS = [
    # First: refuses web logins for a username+IP that failed too often (editorial/security.py).
    "editorial.security.WebLoginAxesBackend",
    "core.auth.RefuseDemoPasswordBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# E-mail: EMAIL_URL like smtp://user:pass@host:587?tls=1, console in dev.
EMAIL_URL = os.environ.get("EMAIL_URL", "")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@maatschappelijkestabiliteit.nl")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if EMAIL_URL:
    globals().update(parse_email_url(EMAIL_URL))

WAGTAIL_SITE_NAME = "Maatschappelijke stabiliteit"
# The admin is the platform's, in Dutch: no Wagtail version, upgrade notice or "what's new"
# banner (editorial/templates/wagtailadmin/ brands it; editorial/branding_hooks.py the help menu).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_USER_LOGIN_FORM = "editorial.login_form.DutchLoginForm"
# Absolute URLs (core/baseurl.py): the public site's base URL for links made without a request
# (alerts, exports, mails); unset, the default Site's hostname/port is used. Links into the admin
# start with Wagtail's WAGTAILADMIN_BASE_URL, by default the same.
BASE_URL = os.environ.get("BASE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or BASE_URL or None
WAGTAIL_I18N_ENABLED = False
# Every document link points at Wagtail's serve view, which checks collection privacy; the web
# server never serves MEDIA_ROOT/documents/ itself (core/media.py, docs/workflows.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv"]
# No SVG: it can carry scripts; see editorial/uploads.py for why it is refused, not sanitised.
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Search: the database backend (SQLite FTS5 / PostgreSQL full text) unless SEARCH_URL
# (or its older name ELASTICSEARCH_URL) points at OpenSearch 2/3 or Elasticsearch 8/9: then
# that engine serves the whole site and search/backends/engine.py picks modelsearch's
# backend for it from the engine's own answer. The database backend's index is kept up to
# date beside it ("database"), so the site answers from it when the engine fails
# (search/engines/). Text is indexed and queried as Dutch stems made in Python
# (search/dutch.py), so no backend stems again: PostgreSQL uses the 'simple' configuration,
# the engine only lower-cases and folds (stabiliteit/settings/search_index.py). See docs/search.md.
SEARCH_URL = os.environ.get("SEARCH_URL") or os.environ.get("ELASTICSEARCH_URL", "")
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"}
if SEARCH_URL:
    try:
        SEARCH_TIMEOUT = float(os.environ.get("SEARCH_TIMEOUT", "5"))
    except ValueError:
        SEARCH_TIMEOUT = -1.0
    if not 0 < SEARCH_TIMEOUT <= 300:
        raise ImproperlyConfigured("SEARCH_TIMEOUT must be a number of seconds, such as 5.")
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.engine",
            # A cluster: every node, comma-separated (the client spreads requests and moves
            # on to another node when one fails; docs/deploy.md, "Search cluster").
            "URLS": [url.strip() for url in SEARCH_URL.split(",") if url.strip()],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX")
            or os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "stabiliteit_"),
            "TIMEOUT": SEARCH_TIMEOUT,
            "OPTIONS": {},
            "INDEX_SETTINGS": SEARCH_INDEX_SETTINGS,
        },
        "database": DATABASE_SEARCH_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}
# Background tasks (django-tasks, Wagtail's route for background work): a queue in the
# database (django-tasks-db), run by `manage.py db_worker` (make serve, deploy/
# stabiliteit-worker.service). A task is a row written in the same transaction as the
# change that enqueued it; the engine's index writes go this way and are retried until the
# engine has them (search/indexqueue.py, docs/deploy.md). dev and test run tasks at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The finder's query log keeps this many days and at most this many distinct queries a day.
SEARCH_LOG_DAYS = 400
SEARCH_LOG_MAX_QUERIES_PER_DAY = 2000
# Searches one client (address) adds to the log per hour (search/querylog.py); more are
# answered but not logged.
SEARCH_LOG_MAX_PER_HOUR = int(os.environ.get("SEARCH_LOG_MAX_PER_HOUR", "300"))

# Review interval (days) for a kind without a ReviewInterval row; the intervals per kind
# are set by Coördinatie in the admin (review/intervals.py).
STALE_AFTER_DAYS = int(os.environ.get("STALE_AFTER_DAYS", "365"))

# Link checker (linkcheck/): fetch private and loopback addresses only when True (tests,
# an intranet deployment); editors' URLs must not probe the internal network.
LINKCHECK_ALLOW_PRIVATE_ADDRESSES = False

# LOGGING: see the operations block at the end of this file.

# Review round and gap insight (apps review/ and insight/).
# Reminders go out this many days before a round's deadline (once per milestone) and,
# once overdue, on the first day after it and then every N days.
REVIEW_REMINDER_DAYS_BEFORE = (14, 3)
REVIEW_OVERDUE_REMINDER_EVERY_DAYS = 7
# Offerings past their review date: days after the due date at which the owner, then the
# partner's eindredactie, then Coördinatie are mailed (review/overdue.py).
REVIEW_OVERDUE_ESCALATION_DAYS = {"eigenaar": 0, "eindredactie": 14, "coordinatie": 28}
# "Mist u iets?": at most this many reports per client address per hour (rate limit in the cache).
MISSING_OFFER_MAX_PER_HOUR = int(os.environ.get("MISSING_OFFER_MAX_PER_HOUR", "5"))
# The gap view lists searches with at most this many results over the last N days.
INSIGHT_LOW_RESULT_MAX = 2
INSIGHT_DEFAULT_DAYS = 30
# CACHES: see the operations block at the end of this file.
# Handbook (docs/handbook.md): its own Wagtail Site when HANDBOOK_HOSTNAME is set; the demo
# loader then creates it (locally e.g. HANDBOOK_HOSTNAME=handboek.localhost HANDBOOK_PORT=8000).
HANDBOOK_HOSTNAME = os.environ.get("HANDBOOK_HOSTNAME", "")
HANDBOOK_PORT = int(os.environ.get("HANDBOOK_PORT", "443"))
# Editorial workflows, login rate limiting and Content-Security-Policy (editorial app) -----

# django-csp 4: the strict policy for the public site; /admin/ gets ADMIN_CSP_DIRECTIVES
# through editorial.security.SiteAndAdminCSPMiddleware.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
EDITORIAL_ADMIN_CSP_DIRECTIVES = ADMIN_CSP_DIRECTIVES
EDITORIAL_ADMIN_PATH_PREFIX = "/admin/"

# django-axes: 5 failed logins for one username from one IP address lock that pair for
# 15 minutes (other users and other addresses are unaffected); success resets the count.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# ... and any login from an address with this many failed logins (all accounts) in an hour
# (editorial/security.py).
LOGIN_FAILURES_PER_ADDRESS_PER_HOUR = int(os.environ.get("LOGIN_FAILURES_PER_ADDRESS_PER_HOUR", "20"))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "editorial.security.lockout_response"
AXES_VERBOSE = False
# Password reset mails: throttled per client and address (editorial/security.py).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "editorial.security.ThrottledPasswordResetForm"  # noqa: S105

# No Gravatar: the admin would load avatars from a third party (a tracker; blocked by CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Moderation e-mails: Dutch templates in editorial/templates/wagtailadmin/notifications/.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = False  # plain Dutch text e-mails
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# No autosave: on a new offering it tries to save every keystroke and, while the required
# fields are still empty, warns about "validatiefouten" before the editor did anything wrong;
# in review, each autosaved revision would also silently restart the approval (reapproval
# on edit). Editors save with "Bewaar concept" or send the page on.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# The last approval publishes even when the reviewer (Coördinatie) has no publish right.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.workflows.publish_approved"

# Uploads: checked by editorial.uploads (type, content and size, with a Dutch message).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "editorial.uploads.CheckedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "editorial.uploads.CheckedImageForm"
EDITORIAL_MAX_DOCUMENT_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Headless delivery (api app): Wagtail API v2 at /api/v2/, see docs/api.md.
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL") or None  # None: the requesting site's root
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
API_MAX_OFFSET = 100_000
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "300"))
# CORS for the JSON API only, for the origins in API_CORS_ALLOWED_ORIGINS
# (comma-separated, e.g. https://www.vng.nl,https://intranet.example.nl).
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
CORS_PREFLIGHT_MAX_AGE = 86400

# Operations (ops app, docs/deploy.md) ---------------------------------------------------

INSTALLED_APPS = [*INSTALLED_APPS, "ops"]
# First: every log line of a request carries its id (X-Request-ID from a trusted proxy).
MIDDLEWARE = ["ops.requestid.RequestIdMiddleware", *MIDDLEWARE]

# Reverse proxies whose X-Forwarded-For is believed (comma-separated addresses or networks,
# e.g. 127.0.0.1 for nginx on the same host). Read by django-axes and the rate limiter alike
# through core.clientaddress.client_address; empty: REMOTE_ADDR is the client.
TRUSTED_PROXIES = parse_networks(os.environ.get("TRUSTED_PROXIES", ""))
AXES_CLIENT_IP_CALLABLE = "core.clientaddress.client_address"

# The cache holds rate limits ("Mist u iets?", password resets), the search vocabulary and
# Wagtail's site-root lookup. REDIS_URL: Redis, shared by every worker on every host
# (production). CACHE_LOCATION: a directory shared by the workers of one host. Neither:
# per-process memory, so each worker counts on its own (production's system check warns,
# ops/checks.py).
# Redis is not a single point of failure (issue 21, docs/deploy.md): "default" is
# django-redis with IGNORE_EXCEPTIONS, so with Redis down a cache read is a miss and a write
# is skipped (Wagtail recomputes its site roots from the database; one log line a minute,
# logger "ops.cache"); "ratelimit" is the same Redis without that, so the rate limiter sees
# the failure and counts in the process instead (core/ratelimit.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # A stalled Redis costs a cache call at most a second instead of hanging a worker.
    _REDIS = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "stabiliteit"),
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
    CACHES = {
        "default": {**_REDIS, "OPTIONS": {**_REDIS["OPTIONS"], "IGNORE_EXCEPTIONS": True}},
        "ratelimit": _REDIS,
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "ops.cache"
elif os.environ.get("CACHE_LOCATION"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["CACHE_LOCATION"],
        }
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "stabiliteit"}
    }

# SQLite as the embedded database under concurrent use: WAL lets readers go on while one
# writer writes; every transaction that may write takes the write lock at its start
# (IMMEDIATE), so two transactions never deadlock upgrading a read lock (which SQLite
# answers at once with "database is locked"); a busy writer is waited for up to 20 s.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)

# /gezondheid/ checks the search engine at SEARCH_URL (defined with the search settings above).
# bench/load.py only: responses name the worker process (X-Worker) so the benchmark can
# tell when a publish is visible on every worker. Off in normal operation.
OPS_EXPOSE_WORKER_ID = os.environ.get("EXPOSE_WORKER_ID") == "1"
# Health endpoint: how long each check may take (seconds).
HEALTH_CHECK_TIMEOUT = 2.0
# The system check asks for SEARCH_URL above this many live offerings.
OPS_MAX_OFFERINGS_WITHOUT_SEARCH_ENGINE = 5000
# `manage.py backup` writes its archives here (docs/deploy.md, "Back-ups").
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
# Production's checks (ops/checks.py) run where a settings module sets this.
OPS_PRODUCTION_CHECKS = False

# Logs: LOG_FORMAT=json writes one JSON object a line (for a log collector), text otherwise;
# both carry the request id.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "ops.requestid.RequestIdFilter"},
        "index_retries": {
            "()": "ops.logthrottle.DropTaskRetries",
            "task_path": "search.indexqueue.sync_document",
            "exception": "EngineBehind",
        },
        "once_a_minute": {
            "()": "ops.logthrottle.OncePerInterval",
            "seconds": 60,
            "message": "Redis is unreachable: cache calls are skipped (site roots come from the database, "
            "rate limits count per process) until it answers again.",
        },
    },
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # The OpenSearch client logs every 404 (an index rebuild deletes names that do not exist
    # yet) as a warning; engine failures are logged by search.engines and modelsearch.
    "loggers": {
        "opensearch": {"level": "ERROR"},
        # django-redis's skipped cache calls while Redis is down: one line a minute.
        "ops.cache": {"handlers": ["console"], "filters": ["once_a_minute"], "propagate": False},
        # Index tasks put back while the engine is down (search/indexqueue.py logs that).
        "django_tasks": {"filters": ["index_retries"]},
    },
}


# Two-factor login, "Was dit nuttig?" and usage counts, followed searches, spreadsheet
# import (twofactor/, feedback/, alerts/, imports/; after the Django apps, as listed here) -----

INSTALLED_APPS += [  # noqa: F405 (defined above)
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "twofactor",
    "feedback",
    "alerts",
    "imports",
]
# Two-factor login (twofactor/policy.py): on unless switched off (dev and test switch it off
# so the demo users log in with the demo password alone). When on: required for superusers,
# Coördinatie and every eindredactie; for redacteuren when TWO_FACTOR_REQUIRED_FOR_EDITORS.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
TWO_FACTOR_REQUIRED_FOR_EDITORS = env_bool("TWO_FACTOR_REQUIRED_FOR_EDITORS", False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Setting up an app needs the enrolment link mailed to the account (twofactor/enrolment.py):
# it works once, for this many minutes.
TWO_FACTOR_ENROLMENT_LINK_MINUTES = int(os.environ.get("TWO_FACTOR_ENROLMENT_LINK_MINUTES", "15"))
# "Was dit nuttig?": at most this many answers per client address per hour (core/ratelimit.py).
FEEDBACK_MAX_PER_HOUR = int(os.environ.get("FEEDBACK_MAX_PER_HOUR", "20"))
# Followed searches (alerts/): sign-ups per client address per hour; hours to confirm before
# the address is deleted. The links in the mails start with BASE_URL (core/baseurl.py).
ALERTS_SIGNUP_MAX_PER_HOUR = int(os.environ.get("ALERTS_SIGNUP_MAX_PER_HOUR", "5"))
# ... and confirmation mails per target address per hour, whoever asks (issue 22 B6).
ALERTS_SIGNUP_MAX_PER_ADDRESS_PER_HOUR = int(os.environ.get("ALERTS_SIGNUP_MAX_PER_ADDRESS_PER_HOUR", "3"))
ALERTS_CONFIRM_HOURS = int(os.environ.get("ALERTS_CONFIRM_HOURS", "48"))

# Front cache (Varnish, deploy/varnish/; docs/deploy.md, "Front cache"). What the application
# marks cacheable (frontcache/headers.py) Varnish keeps FRONT_CACHE_TTL seconds, browsers
# FRONT_CACHE_BROWSER_MAX_AGE; a change purges what shows it (frontcache/changes.py) in every
# cache of VARNISH_URLS (comma-separated, e.g. http://127.0.0.1:6081), Wagtail's
# frontend-cache purges each published page's URL there too.
FRONT_CACHE_TTL = int(os.environ.get("FRONT_CACHE_TTL", "3600"))
FRONT_CACHE_BROWSER_MAX_AGE = int(os.environ.get("FRONT_CACHE_BROWSER_MAX_AGE", "0"))
FRONT_CACHE_URLS = env_list("VARNISH_URLS")
# Template fragments shared by many URLs (navigation, footer, finder result cards) are kept
# in the default cache per catalogue stamp (search/fragments.py); 0: never kept.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "3600"))
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    for number, url in enumerate(FRONT_CACHE_URLS)
}
