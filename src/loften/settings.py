"""Django settings for Löften.

Everything that differs between a laptop demo and a production deployment is
read from the environment (see docs/operators.md, "Configuration"). The defaults run the
embedded demo: SQLite under ./var, served on localhost only.
"""

from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from loften.env import env_bool, env_int, env_list, env_str, tile_origin

# Lets `admin.ModelAdmin[Model]` and friends be written with their type at run time.
django_stubs_ext.monkeypatch()

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env_str("LOFTEN_DATA_DIR", str(Path.cwd() / "var")))

DEBUG = env_bool("DEBUG", False)

LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", LOCAL_HOSTS)

# The demo key only ever protects a database on localhost. Anything that
# answers to another host name must bring its own key.
DEMO_SECRET_KEY = "loften-demo-key-not-for-production-use-5f2b8c1e9a7d4e3b"  # noqa: S105
SECRET_KEY = env_str("SECRET_KEY", DEMO_SECRET_KEY)
if SECRET_KEY == DEMO_SECRET_KEY and not DEBUG and set(ALLOWED_HOSTS) - set(LOCAL_HOSTS):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set when ALLOWED_HOSTS names a host other than localhost."
    )

DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'loften.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", DEFAULT_DATABASE_URL),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        # A kept connection is tried before each request uses it (on PostgreSQL a
        # `SELECT 1`, a round trip per request): off, the first request on each kept
        # connection fails after the database restarts.
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the writer work at the same time; the timeout makes
    # a second process wait for a write lock instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # A fresh clone has no ./var yet; SQLite creates the file but not its folder.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "loften.audit.admin_site.AuditedAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.staticfiles",
    "loften.registry",
    "loften.ingest",
    "loften.promises",
    "loften.followup",
    "loften.accounts",
    "loften.publicsite",
    "loften.reports",
    "loften.search",
    "loften.ops",
    "axes",
    "csp",
    "simple_history",
    "loften.audit",
    "loften.workspace",
    "loften.notifications",
    "loften.opendata",
    "loften.surveys",
    "loften.statistics",
    "loften.assessments",
    "loften.dialogue",
    "loften.incidents",
    "loften.walks",
]

MIDDLEWARE = [
    "loften.http.RequestSizeMiddleware",
    "loften.http.HeadAsGetMiddleware",
    # Cached public answers for readers without a session, before the rest runs.
    "loften.opendata.middleware.PublicAnswerMiddleware",
    "loften.http.BackOfficeNoStoreMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "loften.urls"
WSGI_APPLICATION = "loften.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# A cache every app server shares: the database is the one source of truth.
CACHES: dict[str, dict[str, Any]] = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "loften_cache",
        # Django keeps 300 entries by default, fewer than the country's public pages: at
        # national scale every reader would miss. Past the limit a third is dropped.
        "OPTIONS": {"MAX_ENTRIES": env_int("LOFTEN_CACHE_MAX_ENTRIES", 50_000)},
    }
}

# How long a cached public answer may be served when nothing was published since
# (edits that are not publications, such as a logged activity, show after this).
PUBLIC_CACHE_SECONDS = env_int("LOFTEN_PUBLIC_CACHE_SECONDS", 300)
# How long a reverse proxy in front (`loften nginx`) may keep those answers; a
# publication shows on every page within this time. 0: the proxy keeps nothing.
FRONT_CACHE_SECONDS = env_int("LOFTEN_FRONT_CACHE_SECONDS", 1)
if FRONT_CACHE_SECONDS < 0 or PUBLIC_CACHE_SECONDS < 0:
    raise ImproperlyConfigured(
        "LOFTEN_FRONT_CACHE_SECONDS and LOFTEN_PUBLIC_CACHE_SECONDS cannot be negative."
    )

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "workspace:start"
LOGOUT_REDIRECT_URL = "index"

# Slow work (reading uploaded documents) runs as background jobs in the
# database: any number of `loften worker` processes on any machines share it.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
# A job whose worker has not been heard from this long (killed, machine gone) goes back to
# the queue; workers write their heartbeat every sixth of it.
WORKER_LOST_AFTER_SECONDS = env_int("LOFTEN_WORKER_LOST_AFTER", 60)
if WORKER_LOST_AFTER_SECONDS < 1:
    raise ImproperlyConfigured("LOFTEN_WORKER_LOST_AFTER must be at least 1 (seconds).")

# Uploads are read in full before they are stored; larger files are refused.
MAX_UPLOAD_BYTES = env_int("LOFTEN_MAX_UPLOAD_MB", 20) * 1024 * 1024
# One request as a whole (several files in one upload): larger ones are refused with 413
# before their body is read.
MAX_REQUEST_BYTES = env_int("LOFTEN_MAX_REQUEST_MB", 50) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 100

# The public survey form refuses a form sent sooner than this after it was handed out:
# a person needs longer than a bot to answer (see loften.surveys.anonymity).
LOFTEN_SURVEY_MIN_SECONDS = env_int("LOFTEN_SURVEY_MIN_SECONDS", 3)

# Argon2 for every new or changed password; the others only verify older hashes
# (and upgrade them to Argon2 at the next login).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Login throttling (django-axes): failures are counted in the database, so every
# app server sees the same counts. A username is locked out from one address after
# LOFTEN_LOGIN_FAILURE_LIMIT failures for LOFTEN_LOGIN_COOLOFF_MINUTES; the same
# person elsewhere, and everyone else, can still log in.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env_int("LOFTEN_LOGIN_FAILURE_LIMIT", 5)
LOGIN_COOLOFF_MINUTES = env_int("LOFTEN_LOGIN_COOLOFF_MINUTES", 15)
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_COOLOFF_MESSAGE = "För många misslyckade inloggningar. Försök igen senare."
# Behind reverse proxies (one for `loften nginx`) every request comes from a proxy:
# LOFTEN_PROXY_COUNT of them make lockouts count the visitor's own address.
PROXY_COUNT = env_int("LOFTEN_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "loften.accounts.addresses.client_address"
if PROXY_COUNT < 0:
    raise ImproperlyConfigured("LOFTEN_PROXY_COUNT cannot be negative.")
if AXES_FAILURE_LIMIT < 1 or LOGIN_COOLOFF_MINUTES < 1:
    raise ImproperlyConfigured(
        "LOFTEN_LOGIN_FAILURE_LIMIT and LOFTEN_LOGIN_COOLOFF_MINUTES must be at least 1."
    )
# E-mail: reminders to the people responsible and news for followers. The default
# prints every message on the console (the demo); a deployment names its SMTP server.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Löften <noreply@localhost>")
# Links in e-mails are read far from any request: they need the site's own address.
SITE_URL = env_str("LOFTEN_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not SITE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(f"LOFTEN_SITE_URL={SITE_URL!r} must start with http:// or https://.")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska")]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES: dict[str, dict[str, object]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Photos of safety-walk findings: never public, served only through a view that checks
# who asks. On the file system under the data dir, or in an S3-compatible bucket
# (`pip install 'loften[s3]'`, see docs/operators.md) when LOFTEN_PHOTO_S3_BUCKET is set.
PHOTO_S3_BUCKET = env_str("LOFTEN_PHOTO_S3_BUCKET", "")
STORAGES["walk_photos"] = (
    {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": PHOTO_S3_BUCKET,
            "endpoint_url": env_str("LOFTEN_PHOTO_S3_ENDPOINT", "") or None,
            "access_key": env_str("LOFTEN_PHOTO_S3_ACCESS_KEY", ""),
            "secret_key": env_str("LOFTEN_PHOTO_S3_SECRET_KEY", ""),
            "default_acl": "private",
            "querystring_auth": True,
        },
    }
    if PHOTO_S3_BUCKET
    else {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(DATA_DIR / "photos"), "base_url": "/ingen-publik-adress/"},
    }
)
WHITENOISE_USE_FINDERS = DEBUG
# Files every site answers at its root (/favicon.ico), served by WhiteNoise like static files.
WHITENOISE_ROOT = PACKAGE_DIR / "publicsite" / "root"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Behind HTTPS, browsers are told to come back over HTTPS only, for a year.
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if SESSION_COOKIE_SECURE else 0
# Only behind a proxy that terminates TLS and always sets X-Forwarded-Proto itself.
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Pages load scripts, styles, fonts and images from this site only and run no
# inline script or style; nothing may frame them or post their forms elsewhere.
# The EST map draws the kommun's own areas with no background. An operator may turn on a
# tile server (a URL with {z}/{x}/{y}, e.g. the kommun's own); its origin, and only that,
# is then allowed to serve images to the map's pages (`incidents.views.with_map_tiles`).
# A URL that is not https with a fixed host stops the start.
LOFTEN_MAP_TILE_URL = env_str("LOFTEN_MAP_TILE_URL", "")
LOFTEN_MAP_TILE_ATTRIBUTION = env_str("LOFTEN_MAP_TILE_ATTRIBUTION", "")
tile_origin(LOFTEN_MAP_TILE_URL)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    # Libraries speak at WARNING (WeasyPrint and fontTools log every step of every PDF at
    # INFO, axes every login); LOG_LEVEL is for Löften's own loggers and the job queue's.
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        name: {"level": LOG_LEVEL} for name in ("loften", "django_tasks", "django_tasks_db")
    },
}
