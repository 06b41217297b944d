"""Local development: DEBUG on, a throwaway secret key, plain static files."""

from .base import *  # noqa: F403
from .base import BASE_DIR, LOGGING, STORAGES, TASK_QUEUES, TASKS_BACKENDS, env

DEBUG = env("DEBUG", "1") not in {"0", "false", "False"}
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-ethnic-press")
# Template edits show at once while developing; the demo (DEBUG off, one process) caches pages.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "0" if DEBUG else "600"))
FRAGMENT_CACHE = env("FRAGMENT_CACHE", "0" if DEBUG else "1") not in {"0", "false", "False"}
PUBLISHED_MEMO = env("PUBLISHED_MEMO", "1") not in {"0", "false", "False"}  # one process
# `make demo` collects the static files first and says so (COLLECTED_STATIC=1): WhiteNoise then serves them
# as in production, compressed and cached for a year under hashed names (what Lighthouse and the transfer
# budget should see). Otherwise they are served from the apps' folders as they are, edits showing at once.
if env("COLLECTED_STATIC", "0") in {"0", "false", "False"}:
    STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    # With DEBUG off (to show readers' real error pages) the site still serves its files.
    WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = env("SERVE_MEDIA", "1") not in {"0", "false", "False"}
# Workflow notifications (also those the demo seeding triggers) go to files, not into the terminal.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"
# Background tasks run at once in the request unless TASKS_BACKEND=database (then run `manage.py db_worker`).
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[env("TASKS_BACKEND", "immediate")], "QUEUES": TASK_QUEUES}}
# Logs for people in the terminal (production writes JSON lines).
LOGGING["handlers"]["console"]["formatter"] = env("LOG_FORMAT", "text")
