"""Lighthouse 12 on a phone profile for every reader page type in kk, ko and ug-arab, recorded in bench/results/.

The suite runs Lighthouse once (tests/browser/test_reader_quality.py); this records the whole matrix
against a running site (e.g. `make demo`, or gunicorn with production settings):

    BASE=http://127.0.0.1:8000 .venv/bin/python bench/lighthouse.py

Needs `npm ci` (Lighthouse and axe-core from package-lock.json) and /usr/bin/chromium.
"""

import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from ethnic_press.models import OutletPage  # noqa: E402
from newsroom.models import ArticlePage  # noqa: E402
from tests.browser.lighthouse import run_lighthouse  # noqa: E402

LANGUAGES = ["kk", "ko", "ug-arab"]
QUERIES = {"kk": "мереке", "ko": "축제", "ug-arab": "بايرام"}


def urls(base: str, code: str) -> dict[str, str]:
    article = (
        ArticlePage.objects.live()
        .public()
        .filter(locale__language_code=code)
        .exclude(hero_image=None)
        .order_by("-published_at")
        .first()
    )
    outlet = OutletPage.objects.live().public().filter(locale__language_code=code).order_by("path").first()
    return {
        "home": f"{base}/{code}/",
        "outlet": base + outlet.url,
        "article": base + article.url,
        "search": f"{base}/{code}/search/?q={QUERIES[code]}",
    }


def lighthouse(url: str) -> dict:
    result = run_lighthouse(url)
    return {
        **{name: round(score * 100) for name, score in result["scores"].items()},
        **{key: result[key] for key in ("lcp", "tbt", "cls", "bytes", "benchmark_index", "slowdown")},
        "default_performance": round(result["default"]["scores"]["performance"] * 100) if "default" in result else None,
    }


def main() -> None:
    base = os.environ.get("BASE", "http://127.0.0.1:8000").rstrip("/")
    rows = []
    for code in LANGUAGES:
        for page_type, url in urls(base, code).items():
            result = lighthouse(url)
            rows.append((page_type, code, result))
            print(page_type, code, result, flush=True)
    load = os.getloadavg()
    lines = [
        "# Lighthouse 12.2.3, phone profile (simulated slow 4G; CPU slowdown calibrated to the host)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M')} against {base} on {platform.node()} "
        f"({os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}); "
        "performance varies by a few points with the machine's load. The CPU slowdown is Lighthouse's 4× "
        "on a host with a benchmark index of 1,500 or more, else calibrated as Lighthouse's throttling guide says "
        "(2× from 1,000, 1× below); `4× perf` is the uncalibrated run's performance score.",
        "",
        "| page | locale | performance | accessibility | best practices | SEO | LCP | TBT | CLS | KiB with images "
        "| benchmark index | slowdown | 4× perf |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for page_type, code, r in rows:
        lines.append(
            f"| {page_type} | {code} | {r['performance']} | {r['accessibility']} | {r['best-practices']} | "
            f"{r['seo']} | {r['lcp']} | {r['tbt']} | {r['cls']} | {r['bytes'] / 1024:.0f} | "
            f"{r['benchmark_index']:.0f} | {r['slowdown']}× | {r['default_performance'] or '–'} |"
        )
    output = ROOT / "bench" / "results" / "lighthouse_phone.md"
    output.write_text("\n".join(lines) + "\n")
    print(f"written to {output}")


if __name__ == "__main__":
    main()
