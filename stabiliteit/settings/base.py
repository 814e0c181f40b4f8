"""Settings shared by every environment; configured from environment variables."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Local demo only: production settings refuse this password (see production.py).
DEMO_PASSWORD = "stabiel-demo-2026"  # noqa: S105 (public by design, refused in production)


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")

INSTALLED_APPS = [
    # Project apps (listed first so their templates win).
    "home",
    "partners",
    "taxonomy",
    "offerings",
    "search",
    "review",
    "insight",
    "handbook",
    "demo",
    "editorial",
    "api",
    # Wagtail
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
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "stabiliteit.middleware.PublicSiteInDutch",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "editorial.choosers.ChooserPermissionMiddleware",
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
    "default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)
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
    "stabiliteit.auth.RefuseDemoPasswordBackend",
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
    from stabiliteit.email_url import parse_email_url

    globals().update(parse_email_url(EMAIL_URL))

WAGTAIL_SITE_NAME = "Maatschappelijke stabiliteit"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "svg"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Search: the database backend (SQLite FTS5 / PostgreSQL full text) unless
# ELASTICSEARCH_URL is set, in which case Wagtail's elasticsearch9 backend is used.
# Offerings are indexed as Dutch stems made in Python (search/dutch.py), so the
# database must not stem again: PostgreSQL uses the 'simple' configuration. See
# docs/search.md.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    from search.elastic_settings import INDEX_SETTINGS as ELASTICSEARCH_INDEX_SETTINGS

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "stabiliteit_"),
            "TIMEOUT": 10,
            "OPTIONS": {},
            "INDEX_SETTINGS": ELASTICSEARCH_INDEX_SETTINGS,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIG": "simple",
        }
    }
# The finder's query log keeps this many days and at most this many distinct queries a day.
SEARCH_LOG_DAYS = 400
SEARCH_LOG_MAX_QUERIES_PER_DAY = 2000

# How long an offering may go without review before it counts as stale (days).
STALE_AFTER_DAYS = int(os.environ.get("STALE_AFTER_DAYS", "365"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Review round and gap insight (apps review/ and insight/).
# Reminders go out this many days before a round's deadline (once per milestone) and,
# once overdue, on the first day after it and then every N days.
REVIEW_REMINDER_DAYS_BEFORE = (14, 3)
REVIEW_OVERDUE_REMINDER_EVERY_DAYS = 7
# "Mist u iets?": at most this many reports per client address per hour (rate limit in the cache).
MISSING_OFFER_MAX_PER_HOUR = int(os.environ.get("MISSING_OFFER_MAX_PER_HOUR", "5"))
# The gap view lists searches with at most this many results over the last N days.
INSIGHT_LOW_RESULT_MAX = 2
INSIGHT_DEFAULT_DAYS = 30
# Per-process memory cache unless CACHE_LOCATION points at a shared directory (the rate
# limit is then shared between worker processes on one host).
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["CACHE_LOCATION"],
        }
        if os.environ.get("CACHE_LOCATION")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "stabiliteit"}
    )
}
# Handbook (docs/handbook.md): its own Wagtail Site when HANDBOOK_HOSTNAME is set; the demo
# loader then creates it (locally e.g. HANDBOOK_HOSTNAME=handboek.localhost HANDBOOK_PORT=8000).
HANDBOOK_HOSTNAME = os.environ.get("HANDBOOK_HOSTNAME", "")
HANDBOOK_PORT = int(os.environ.get("HANDBOOK_PORT", "443"))
# Editorial workflows, login rate limiting and Content-Security-Policy (editorial app) -----
from editorial.csp_policy import ADMIN_CSP_DIRECTIVES, PUBLIC_CSP_DIRECTIVES  # noqa: E402

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
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "editorial.security.lockout_response"
AXES_VERBOSE = False

# No Gravatar: the admin would load avatars from a third party (a tracker; blocked by CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Moderation e-mails: Dutch templates in editorial/templates/wagtailadmin/notifications/.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = False  # plain Dutch text e-mails
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
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
