"""Security settings: headers, login lockout, rate limits, mail. Imported at the end of base.py.

Everything that differs between machines comes from the environment (README, "Configuration").
"""

import datetime

from .base import BASE_URL, env, env_bool

# Clients behind a reverse proxy: how many proxies append to X-Forwarded-For (0: use REMOTE_ADDR). The
# login lockout and the rate limits count per client address, so this must match the deployment.
NUMBER_OF_PROXIES = int(env("NUMBER_OF_PROXIES", "0") or 0)

# Content-Security-Policy (cms/headers.py). The reader site runs its own script and styles only; embeds
# (video players) are framed over HTTPS. The admin needs inline scripts and styles (Wagtail's widgets,
# wagtail-localize's editor) and shows Gravatar avatars.
_COMMON = {
    "default-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "connect-src": ["'self'"],
    "font-src": ["'self'", "data:"],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_COMMON,
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "frame-src": ["'self'", "https:"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_COMMON,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "frame-src": ["'self'", "https:"],
    }
}
ADMIN_PATH_PREFIXES = ("/admin/",)
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=()"
)

# Admin login: django-axes locks a username from one address out after AXES_FAILURE_LIMIT wrong
# passwords, for AXES_COOLOFF_TIME (the right password does not work meanwhile); a 429 page says so.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(env("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "ethnic_press/admin/locked_out.html"
AXES_IPWARE_PROXY_COUNT = NUMBER_OF_PROXIES or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if NUMBER_OF_PROXIES else ["REMOTE_ADDR"]

# Rate limits per client address (cms/ratelimit.py): URL name → (requests, seconds). Counted in the
# cache (shared between processes with REDIS_URL). Page passwords and password resets count POSTs.
RATE_LIMITS = {
    "wagtailcore_authenticate_with_password": (10, 60 * 10),
    "wagtaildocs_authenticate_with_password": (10, 60 * 10),
    "wagtailadmin_password_reset": (5, 60 * 60),
    "search": (60, 60),
    "search_api": (60, 60),
    # The search box asks for suggestions as a reader types: a request per keystroke or two.
    "search_suggest": (300, 60),
}
# At most this many distinct queries per language and day are recorded for the editors' report.
SEARCH_LOG_MAX_QUERIES_PER_DAY = int(env("SEARCH_LOG_MAX_QUERIES_PER_DAY", "5000"))

# Mail (password resets, workflow notifications): SMTP when EMAIL_HOST is set, else written to the log.
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(env("EMAIL_PORT", "587") or 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True) and not env_bool("EMAIL_USE_SSL")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Ethnic Press <noreply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Links in admin mails: WAGTAILADMIN_BASE_URL, else the public BASE_URL, else the local server.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", BASE_URL or "http://127.0.0.1:8000")

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Wagtail's admin JavaScript reads the CSRF cookie
# A form sent without its cookie: a reader's page in the URL's language, not Django's (home/views.py).
CSRF_FAILURE_VIEW = "home.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No Gravatar in the admin: avatars would send a hash of each user's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No call from editors' browsers to releases.wagtail.org (upgrades follow pyproject.toml, not a banner).
WAGTAIL_ENABLE_UPDATE_CHECK = False
