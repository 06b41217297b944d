"""CPU per request of two code trees on one database, measured in turns: which is cheaper, under any load.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/cpu_ab.py --before /work/wt/x-before --rounds 40

Two worker processes, one per tree (`--before`, and `--after`, this checkout by default), each set up as
bench/cpu_bench.py's "uncached" column (production settings, every cache a dummy, requests handed to Django's
WSGI handler in the process). The driver asks them for one request at a time, in turns (before, after; the
order swapped every round), so they never compete with each other for the CPU and both see the same machine
load; running two cpu_bench.py at once, each was 5–15 % faster or slower than the other on pages neither
change touched. Reported per page: the median CPU ms of each tree, after ÷ before, each tree's ratio to its
own minimal view, and SQL queries.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
PAGES = "minimal Django view,home,outlet,article,search page,topic"


def worker(tree: Path) -> None:
    """Answer page names on stdin with the CPU seconds of one request of that page."""
    os.chdir(tree)
    sys.path[:0] = [str(tree), str(tree / "bench")]
    import django

    import cpu_bench  # the tree's own: it sets the environment before Django loads

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection
    from django.test import RequestFactory, override_settings
    from django.test.utils import CaptureQueriesContext
    from django.urls import clear_url_caches, path

    import cms.urls

    cms.urls.urlpatterns.insert(0, path("__minimal__/", cpu_bench.minimal_view))
    clear_url_caches()
    factory = RequestFactory()

    def environ_for(url: str) -> dict:
        return factory.get(url, HTTP_HOST=settings.ALLOWED_HOSTS[0]).environ

    dummy = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES}
    with override_settings(CACHES=dummy):
        handler = WSGIHandler()
        urls = cpu_bench.pick_urls()
        queries = {}
        for name, url in urls.items():
            for _ in range(2):
                cpu_bench.request_cpu(handler, environ_for, url)
            with CaptureQueriesContext(connection) as context:
                cpu_bench.request_cpu(handler, environ_for, url)
            queries[name] = len(context.captured_queries)
        print(json.dumps({"urls": urls, "queries": queries}), flush=True)
        for line in sys.stdin:
            cpu, _status = cpu_bench.request_cpu(handler, environ_for, urls[line.strip()])
            print(cpu, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="the other code tree (e.g. a detached worktree)")
    parser.add_argument("--after", type=Path, default=HERE.parent.parent)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--pages", default=PAGES, help="comma-separated cpu_bench.py page names")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker.resolve())
        return
    if args.before is None:
        parser.error("--before is required")

    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    workers = {
        label: subprocess.Popen(
            [sys.executable, str(HERE), "--worker", str(tree)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for label, tree in trees.items()
    }
    setup = {label: json.loads(process.stdout.readline()) for label, process in workers.items()}
    pages = args.pages.split(",")
    load_before = os.getloadavg()
    times: dict[str, dict[str, list[float]]] = {label: {page: [] for page in pages} for label in workers}
    for number in range(args.rounds):
        order = ["before", "after"] if number % 2 == 0 else ["after", "before"]
        for page in pages:
            for label in order:
                workers[label].stdin.write(page + "\n")
                workers[label].stdin.flush()
                times[label][page].append(float(workers[label].stdout.readline()))
    load_after = os.getloadavg()
    for process in workers.values():
        process.stdin.close()
        process.wait()

    median = {
        label: {page: statistics.median(values) * 1000 for page, values in by_page.items()}
        for label, by_page in times.items()
    }
    minimal = pages[0]
    print(
        f"{args.rounds} rounds in turns, load average {[round(v, 2) for v in load_before]} → "
        f"{[round(v, 2) for v in load_after]}; before = {trees['before']}, after = {trees['after']}"
    )
    print("| page | CPU ms before | after | after ÷ before | × minimal before → after | queries before → after |")
    print("|---|---|---|---|---|---|")
    for page in pages:
        before, after = median["before"][page], median["after"][page]
        ratios = (before / median["before"][minimal], after / median["after"][minimal])
        queries = (setup["before"]["queries"][page], setup["after"]["queries"][page])
        print(
            f"| {page} | {before:.2f} | {after:.2f} | {after / before:.3f} | {ratios[0]:.1f}× → {ratios[1]:.1f}× | "
            f"{queries[0]} → {queries[1]} |"
        )


if __name__ == "__main__":
    main()
