"""The test suite: fast hashing, local-memory cache, plain static files, no network."""

import tempfile

from .base import *  # noqa: F403
from .base import STORAGES, TASK_QUEUES, TASKS_BACKENDS

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# AVIF renditions at the encoder's fastest effort (ethnic_press/avif.py): at Pillow's default they were over
# a third of the demo seed test's CPU.
AVIF_ENCODER_SPEED = 10
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off: factories build pages without Wagtail's publish signals. tests/home/test_page_cache*.py turn it on.
PAGE_CACHE_SECONDS = 0
# On, as with Redis: one process, and the cache is emptied before each test (tests/conftest.py).
FRAGMENT_CACHE = True
PUBLISHED_MEMO = True
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# One media folder per test process (pytest-xdist workers must not delete each other's files).
MEDIA_ROOT = tempfile.mkdtemp(prefix="ethnic-press-test-media-")
# Background tasks run at once, in the test's own transaction (tests of the queue pick a backend).
TASKS = {"default": {"BACKEND": TASKS_BACKENDS["immediate"], "QUEUES": TASK_QUEUES}}
# Tests log in with force_login or Client.login (no request for django-axes); the lockout's own tests
# turn it on.
AXES_ENABLED = False
# The suite searches far more often than a reader; the rate limits' own tests set their limits.
RATE_LIMITS: dict = {}
