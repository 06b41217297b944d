"""Production settings for bench/fault_load.py: the load generator is one client address, so the reader
rate limits (cms/settings/security.py) are off; everything else is production's."""

from .production import *  # noqa: F403

RATE_LIMITS: dict = {}
