"""Settings safe to run in production as they are: DEBUG off, secrets and hosts from the environment.

Everything that differs between machines is read from the environment with an embedded default
(see README.md, "Configuration"). dev.py loosens, test.py speeds up, production.py tightens.
"""

import os
from pathlib import Path

import dj_database_url

import languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    return env(name, "1" if default else "0").strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public address readers' tools see (feeds, sitemaps, canonical links); empty: each request's own.
BASE_URL = env("BASE_URL")
# Behind a reverse proxy that sets X-Forwarded-Host, the public host comes from it.
USE_X_FORWARDED_HOST = env_bool("USE_X_FORWARDED_HOST")

INSTALLED_APPS = [
    "demo",
    "languages",
    "home",
    "ethnic_press",
    "ethnic_press.editions",
    "newsroom",
    "search",
    "translations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
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
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    # First: every log line of the request, and the response's X-Request-ID, carry the request's id.
    "log_request_id.middleware.RequestIDMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (cms/headers.py), cached pages included.
    "cms.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers' pages, whole (home/page_cache.py); above GZip, so they are stored compressed.
    "home.page_cache.PageCacheMiddleware",
    # Pages compressed (a third of their size on the wire); Django's GZip pads against BREACH. Static
    # files are WhiteNoise's, compressed once at collectstatic.
    "django.middleware.gzip.GZipMiddleware",
    # ETag from the uncompressed page (GZip then marks it weak) and 304 answers to conditional GETs.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.ReaderLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin's language: the account's, else the browser's admin language, else Russian (never Kazakh,
    # which has no admin catalogue).
    "languages.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Rate limits per client (cms/ratelimit.py) and the admin login lockout (django-axes).
    "cms.ratelimit.RateLimitMiddleware",
    "axes.middleware.AxesMiddleware",
    # Last, so that it sees the view's exceptions first: the database down is a 503 page, not a 500.
    "home.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

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
                "home.context_processors.site_languages",
                "home.context_processors.reader_navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several server processes share the file: wait for a lock rather than fail, take the write lock
    # when a transaction starts (no deadlocked upgrades), and let readers work while one writes.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation for this site's statements: the planner compiles any statement whose estimated
    # cost passes jit_above_cost, which a reader search of a very common word does from ~1,000,000 articles
    # on, and compiling took ~90 ms for a statement that runs in ~100 ms without it (bench/RESULTS.md).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env("REDIS_URL"):
    # Django's Redis cache that serves uncached instead of failing while Redis is down (cms/cache.py).
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": env("REDIS_URL"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (README, "Page cache"): seconds an anonymous reader's page is kept at most (0: off;
# every publish-affecting change invalidates it at once anyway), and what browsers and a CDN are told.
# On by default only with Redis: its invalidation must reach every server process.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600" if env("REDIS_URL") else "0"))
PAGE_CACHE_BROWSER_SECONDS = int(env("PAGE_CACHE_BROWSER_SECONDS", "0"))
PAGE_CACHE_CDN_SECONDS = int(env("PAGE_CACHE_CDN_SECONDS", "0"))
# Parts of reader pages that cost queries (an article's related stories) kept until the next change readers
# would see (home.page_cache.fragment), also when PAGE_CACHE_SECONDS is 0. On by default only with Redis, for
# the same reason as the page cache: every server process must hear of a publish.
FRAGMENT_CACHE = env("FRAGMENT_CACHE", "1" if env("REDIS_URL") else "0") not in {"0", "false", "False"}
# What reader pages read that changes only on publish (sites, home pages, view-restricted sections, topics:
# home/memo.py) kept in each process across requests. On by default only with Redis, for the same reason:
# with a cache in each process's memory, a view restriction added in one worker would not reach the others,
# which would keep serving the newly private section. Off, values are kept for one request.
PUBLISHED_MEMO = env("PUBLISHED_MEMO", "1" if env("REDIS_URL") else "0") not in {"0", "false", "False"}
# How long readers asking for a page another reader is rendering wait for it before rendering it themselves.
PAGE_CACHE_WAIT_SECONDS = float(env("PAGE_CACHE_WAIT_SECONDS", "10"))
# A CDN or caching proxy in front of the site, purged when pages change (home/cdn.py; Wagtail's frontend
# cache backends): Varnish or nginx answering PURGE at FRONTEND_CACHE_URL, and/or Cloudflare.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_URL"),
    }
if env("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
    }
# Each locale's page has an address of its own: purge URLs as they are, not rewritten into every language.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: one table, languages/__init__.py.
LANGUAGE_CODE = languages.DEFAULT_LANGUAGE
LANGUAGES = [(language.code, language.name_local) for language in languages.LANGUAGES]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin's languages: those with a complete admin catalogue (languages.ADMIN_LANGUAGES). locale/admin/
# holds this project's translations of the admin strings Wagtail, wagtail-localize and Django leave out.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")] + [
    (code, languages.BY_CODE[code].name_local) for code in languages.ADMIN_LANGUAGES
]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
# Date and number formats for the languages Django has none for (Kazakh, Tatar, Kurmanji).
FORMAT_MODULE_PATH = ["home.formats"]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
# Django serves uploaded media itself only in development and the demo (a web server does in production).
SERVE_MEDIA = env_bool("SERVE_MEDIA")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Ethnic Press"
WAGTAILIMAGES_IMAGE_MODEL = "ethnic_press.PressImage"
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is served as a download (never rendered inline); see ethnic_press/documents.py.
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_DOCUMENT_FORM_BASE = "ethnic_press.forms.PDFDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "ethnic_press.forms.PressImageForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 30 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
# The AVIF encoder's effort for renditions, libavif's speed 0–10 (ethnic_press/avif.py); None: Pillow's default (6).
AVIF_ENCODER_SPEED = None
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")

# Background work (Wagtail's task framework, django-tasks): a queue in the database, run by
# `manage.py db_worker` (README, "Background work"). dev.py and test.py run tasks at once instead.
# Queues: "default" for short work (Wagtail's own tasks: reference index, focal points, file
# deletion; indexing, renditions and cache purges belong here too), "print" for print-edition text
# extraction, minutes per edition, so that it never delays the short work when both have a worker.
TASK_QUEUES = ["default", "print"]
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[env("TASKS_BACKEND", "database")], "QUEUES": TASK_QUEUES}}

# Print-edition text extraction (ethnic_press/editions): external tools and the bounds of one page.
PRINT_ARCHIVE = {
    "TESSERACT": env("TESSERACT_COMMAND", "tesseract"),
    "PDFTOPPM": env("PDFTOPPM_COMMAND", "pdftoppm"),
    "OCR_DPI": 300,
    "MAX_PAGES": 400,  # per edition
    "MAX_PAGE_SIDE_MM": 1200,  # a broadsheet is ~600 mm; beyond A0 it is not a newspaper page
    "MAX_OCR_PIXELS": 60_000_000,  # the render for OCR is scaled down to stay under this
    "PAGE_TIMEOUT": 180,  # seconds per page and per tool
    "MEMORY_LIMIT_MB": 1536,  # address space of each child process (PDF reader, renderer, Tesseract)
}

WAGTAILLOCALIZE_JQUERY_VERSION = None
# Script variants (kk-latn, ug-arab, uz-latn) are made by transliteration; see translations/machine.py.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "translations.machine.TransliterationTranslator"}

# Logs: one JSON object per line on standard error (LOG_FORMAT=json, the default; "text" for people),
# each with the request's id: taken from the proxy's X-Request-ID header, else generated, and sent
# back in the response's X-Request-ID. LOG_REQUESTS=1 adds a line per request (method, path, status).
LOG_REQUEST_ID_HEADER = "HTTP_X_REQUEST_ID"
GENERATE_REQUEST_ID_IF_NOT_IN_HEADER = True
REQUEST_ID_RESPONSE_HEADER = "X-Request-ID"
LOG_REQUESTS = env_bool("LOG_REQUESTS")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "log_request_id.filters.RequestIDFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": env("LOG_FORMAT", "json"),
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {"log_request_id.middleware": {"level": "INFO" if LOG_REQUESTS else "WARNING"}},
}

AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
from .security import *  # noqa: E402, F403
