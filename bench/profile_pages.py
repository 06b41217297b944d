"""Where a built page's CPU goes: each middleware's own cost per request, and a cProfile of the page.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/profile_pages.py --pages article,home
    .venv/bin/python bench/profile_pages.py --pages home --profile 40 --sort tottime

The same set-up as bench/cpu_bench.py (production settings, DEBUG off, page cache off, requests handed to
Django's WSGI handler in this process; `--caches dummy` makes every cache a DummyCache, as its "uncached"
column). A timer is put before every middleware, so each middleware's own CPU per request is the time
spent in it less the time spent in the ones below it; "view" is the view, template rendering included.
`--profile N` then runs cProfile over the requests and prints the N most expensive functions.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import cpu_bench  # noqa: E402  (sets the environment: production settings, page cache off)

TIMINGS: dict[int, list[float]] = {}


def timer(index: int):
    def middleware_factory(get_response):
        def middleware(request):
            started = time.process_time()
            try:
                return get_response(request)
            finally:
                TIMINGS.setdefault(index, []).append(time.process_time() - started)

        return middleware

    return middleware_factory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="minimal Django view,article,home")
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--caches", choices=("dummy", "project"), default="dummy")
    parser.add_argument("--profile", type=int, default=0, help="print this many functions of a cProfile")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--save", help="write the profile (pstats) to this file")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import RequestFactory, override_settings
    from django.urls import clear_url_caches, path

    import cms.urls

    cms.urls.urlpatterns.insert(0, path("__minimal__/", cpu_bench.minimal_view))
    clear_url_caches()
    factory = RequestFactory()

    def environ_for(url: str) -> dict:
        return factory.get(url, HTTP_HOST=settings.ALLOWED_HOSTS[0], HTTP_ACCEPT_ENCODING="gzip").environ

    urls = cpu_bench.pick_urls()
    names = [name if name in urls else cpu_bench.MINIMAL for name in args.pages.split(",")]
    middleware = list(settings.MIDDLEWARE)
    timed = []
    for index, dotted in enumerate(middleware):
        globals()[f"timer_{index}"] = timer(index)
        timed += [f"profile_pages.timer_{index}", dotted]
    globals()[f"timer_{len(middleware)}"] = timer(len(middleware))
    timed.append(f"profile_pages.timer_{len(middleware)}")
    sys.modules["profile_pages"] = sys.modules[__name__]
    caches = settings.CACHES
    if args.caches == "dummy":
        caches = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in caches}

    with override_settings(CACHES=caches, MIDDLEWARE=timed):
        handler = WSGIHandler()
        for name in names:
            for _ in range(3):
                cpu_bench.request_cpu(handler, environ_for, urls[name])
            TIMINGS.clear()
            for _ in range(args.requests):
                cpu_bench.request_cpu(handler, environ_for, urls[name])
            medians = [statistics.median(TIMINGS[index]) * 1000 for index in range(len(middleware) + 1)]
            print(f"\n== {name} ({urls[name]}): {medians[0]:.2f} ms CPU per request (median), own cost of each:")
            for index, dotted in enumerate(middleware):
                print(f"  {medians[index] - medians[index + 1]:7.3f} ms  {dotted}")
            print(f"  {medians[-1]:7.3f} ms  view (and templates)")
        if args.profile:
            profile = cProfile.Profile()
            for name in names:
                profile.enable()
                for _ in range(args.requests):
                    cpu_bench.request_cpu(handler, environ_for, urls[name])
                profile.disable()
            if args.save:
                profile.dump_stats(args.save)
            stats = pstats.Stats(profile)
            stats.sort_stats(args.sort).print_stats(args.profile)
    print(f"load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
