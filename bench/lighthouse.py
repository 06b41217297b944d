"""Lighthouse 12 on a phone profile for every reader page type in kk, ko and ug-arab, recorded in bench/results/.

The suite runs Lighthouse once (tests/browser/test_reader_quality.py); this records the whole matrix
against a running site (e.g. `make demo`, or gunicorn with production settings):

    BASE=http://127.0.0.1:8000 .venv/bin/python bench/lighthouse.py

It reads the page addresses from the database the server uses (same DATABASE_URL). PAGES=article,search
limits the page types; OUTPUT=name writes bench/results/<name>.md/.json instead of lighthouse_phone.

Needs `npm ci` (Lighthouse and axe-core from package-lock.json) and /usr/bin/chromium.
"""

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from ethnic_press.models import OutletPage, PrintEditionPage  # noqa: E402
from home.models import StandardPage  # noqa: E402
from newsroom.models import ArticlePage, ClubEventPage, ClubPage, RegionalClubPage  # noqa: E402
from tests.browser.lighthouse import run_lighthouse  # noqa: E402

LANGUAGES = ["kk", "ko", "ug-arab"]
PAGE_TYPES = [
    "home",
    "outlet",
    "article",
    "topic",
    "topics",
    "search",
    "print archive",
    "outlet archive",
    "edition",
    "journalist",
    "club",
    "regional club",
    "event",
    "about",
    "404",
]
QUERIES = {"kk": "мереке", "ko": "축제", "ug-arab": "بايرام"}


def _first(model, code: str, *order: str):
    pages = model.objects.filter(locale__language_code=code)
    if hasattr(pages, "live"):
        pages = pages.live().public()
    return pages.order_by(*order).first()


def urls(base: str, code: str) -> dict[str, str]:
    """Every reader page type in `code`: the newest article with a photo, the first outlet and club pages."""
    article = (
        ArticlePage.objects.live()
        .public()
        .filter(locale__language_code=code)
        .exclude(hero_image=None)
        .order_by("-published_at")
        .first()
    )
    outlet = _first(OutletPage, code, "path")
    edition = _first(PrintEditionPage, code, "-issue_date")
    topic = article.article_topics.first().topic
    journalist = article.bylines.first().journalist  # every translation shares the slug
    return {
        "home": f"{base}/{code}/",
        "outlet": base + outlet.url,
        "article": base + article.url,
        "topic": f"{base}/{code}/topics/{topic.slug}/",
        "topics": f"{base}/{code}/topics/",
        "search": f"{base}/{code}/search/?q={QUERIES[code]}",
        "print archive": f"{base}/{code}/editions/",
        "outlet archive": base + outlet.url + "editions/" if outlet.print_editions().exists() else None,
        "edition": base + edition.url if edition else None,
        "journalist": f"{base}/{code}/journalists/{journalist.slug}/",
        "club": base + _first(ClubPage, code, "path").url,
        "regional club": base + _first(RegionalClubPage, code, "path").url,
        "event": base + _first(ClubEventPage, code, "-starts_at").url,
        "about": base + _first(StandardPage, code, "path").url,
        "404": f"{base}/{code}/no-such-page/",
    }


def lighthouse(url: str, error_page: bool = False) -> dict:
    result = run_lighthouse(url, error_page=error_page)
    return {
        **{name: round(score * 100) for name, score in result["scores"].items()},
        **{
            key: result[key]
            for key in ("lcp", "tbt", "cls", "bytes", "bytes_without_images", "benchmark_index", "slowdown", "failed")
        },
        "default_performance": round(result["default"]["scores"]["performance"] * 100) if "default" in result else None,
    }


def scored(url: str, error_page: bool, attempts: int = 3) -> dict:
    """Lighthouse's scores of `url`; a busy host sometimes makes Chromium miss the first paint (NO_FCP): retried."""
    for attempt in range(attempts):
        try:
            return {
                "url": url,
                **lighthouse(url, error_page),
                "load": os.getloadavg()[0],
                "at": time.strftime("%H:%M UTC", time.gmtime()),
            }
        except subprocess.CalledProcessError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def main() -> None:
    base = os.environ.get("BASE", "http://127.0.0.1:8000").rstrip("/")
    only = set(filter(None, os.environ.get("PAGES", "").split(",")))
    codes = [code for code in os.environ.get("LANGUAGES", ",".join(LANGUAGES)).split(",") if code]
    name = os.environ.get("OUTPUT", "lighthouse_phone")
    previous = ROOT / "bench" / "results" / f"{name}.json"
    # UPDATE=1 scores only the pages asked for and keeps the other rows of the last run.
    rows = json.loads(previous.read_text())["rows"] if os.environ.get("UPDATE") and previous.exists() else []
    addresses = {code: urls(base, code) for code in codes}
    for code in codes:
        for page_type, url in addresses[code].items():
            if url is None or (only and page_type not in only):
                continue
            try:
                row = {"page": page_type, "language": code, **scored(url, error_page=page_type == "404")}
            except subprocess.CalledProcessError as error:
                print(page_type, code, "not scored:", error, flush=True)
                continue
            index = next((i for i, r in enumerate(rows) if (r["page"], r["language"]) == (page_type, code)), None)
            if index is None:
                rows.append(row)
            else:
                rows[index] = row
            print(page_type, code, row, flush=True)
            write(rows, base, name)
    print(f"written to bench/results/{name}.md")


def write(rows: list[dict], base: str, name: str) -> None:
    order = {page_type: n for n, page_type in enumerate(PAGE_TYPES)}
    rows.sort(key=lambda r: (LANGUAGES.index(r["language"]), order.get(r["page"], 99)))
    load = os.getloadavg()
    slowdowns = sorted({row["slowdown"] for row in rows})
    lines = [
        "# Lighthouse 12.2.3, phone profile (simulated slow 4G; CPU slowdown calibrated to the host)",
        "",
        f"Run {time.strftime('%Y-%m-%d', time.gmtime())}, pages scored between {min(r['at'] for r in rows)} and "
        f"{max(r['at'] for r in rows)}, against {base} on {platform.node()} "
        f"({os.cpu_count()} cores shared with other jobs; load average at the end {load[0]:.1f} / {load[1]:.1f} / "
        f"{load[2]:.1f}, `load` column: 1-minute load when each page was scored). Performance varies by a few "
        "points with the machine's load. CPU slowdown used: "
        f"{', '.join(f'{s}×' for s in slowdowns)} — Lighthouse's 4× on a host with a benchmark index of 1,500 or "
        "more, else calibrated as Lighthouse's throttling guide says (2× from 1,000, 1× below); `4× perf` is the "
        "uncalibrated run's performance score. `KiB w/o images`: transfer of everything but images (budget for "
        "the article 150 KB).",
        "",
        "| page | locale | performance | accessibility | best practices | SEO | LCP | TBT | CLS | KiB w/o images "
        "| KiB with images | benchmark index | slowdown | 4× perf | load | below 0.9 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['page']} | {r['language']} | {r['performance']} | {r['accessibility']} | {r['best-practices']} | "
            f"{r['seo']} | {r['lcp']} | {r['tbt']} | {r['cls']} | {r['bytes_without_images'] / 1024:.0f} | "
            f"{r['bytes'] / 1024:.0f} | {r['benchmark_index']:.0f} | {r['slowdown']}× | "
            f"{r['default_performance'] or '–'} | {r['load']:.1f} | {', '.join(r['failed']) or '–'} |"
        )
    output = ROOT / "bench" / "results" / f"{name}.md"
    output.write_text("\n".join(lines) + "\n")
    (ROOT / "bench" / "results" / f"{name}.json").write_text(
        json.dumps(
            {
                "run_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "base": base,
                "load_average": load,
                "rows": rows,
            },
            ensure_ascii=False,
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
