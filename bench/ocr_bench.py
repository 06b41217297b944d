"""OCR benchmark of the print archive: character error rate per language on demo-style scans against
their known text, pages per minute with parallel workers, and the memory of each worker's children.

Pages are made like the demo's scanned editions (demo/print_pages.py: the demo stories of a language,
A4, Noto Serif, 300 dpi, rotated by up to ±1°, grey paper, noise, blur) and read by the same code as
the worker (pdftoppm render + Tesseract, ethnic_press/editions). CER = Levenshtein distance / length
of the known text, whitespace runs folded to one space on both sides.

    python bench/ocr_bench.py [--pages-per-language 3] [--workers 2] [--languages kk ru ko ...]

Writes bench/results/ocr.md and ocr.json (--name changes the file name). Uses a database only for
transliteration's name lists (ug-arab): DATABASE_URL, or /tmp/ocr_bench.sqlite3 (migrated on the first run).
"""

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/ocr_bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from rapidfuzz.distance import Levenshtein  # noqa: E402

from demo import loader  # noqa: E402
from demo.print_pages import PrintPage, scanned_pdf  # noqa: E402
from ethnic_press.editions import ocr, render  # noqa: E402
from languages.transliteration import transliterate  # noqa: E402

LANGUAGES = ["kk", "ru", "ko", "de", "ug", "uk", "uz", "tt", "pl", "tr", "ku", "ug-arab"]
GOAL = {"Cyrl": 0.02, "Latn": 0.02, "Hang": 0.02}


def pages(code: str, count: int) -> list[PrintPage]:
    base = code.split("-")[0]
    stories = loader.articles(base)

    def written(text: str) -> str:
        return transliterate(text, base, code) if code != base else text

    return [
        PrintPage(
            code,
            written(f"№ {10 + n} · 14.03.1996"),
            written(story["title"]),
            [written(p) for p in [story["lead"], *story["body"][:2]]],
        )
        for n, story in enumerate(stories[:count])
    ]


def fold(text: str) -> str:
    return " ".join(text.split())


def read_page(args) -> dict:
    code, number, page, folder = args
    pdf = Path(folder) / f"{code}-{number}.pdf"
    pdf.write_bytes(scanned_pdf([page], dpi=300, seed=number))
    started = time.monotonic()
    image = render.render_grey(str(pdf), 1, 300, Path(folder) / f"{code}-{number}")
    recognition = ocr.recognise(image, code)
    seconds = time.monotonic() - started
    reference, hypothesis = fold(page.text()), fold(recognition.text)
    return {
        "language": code,
        "characters": len(reference),
        "errors": Levenshtein.distance(reference, hypothesis),
        "confidence": recognition.confidence,
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages-per-language", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--languages", nargs="*", default=LANGUAGES)
    parser.add_argument("--name", default="ocr", help="Results file name in bench/results/ (default: ocr).")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as folder:
        jobs = []
        for code in args.languages:
            for number, page in enumerate(pages(code, args.pages_per_language)):
                (Path(folder) / f"{code}-{number}").mkdir()
                jobs.append((code, number, page, folder))
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        with ThreadPoolExecutor(args.workers) as pool:
            results = list(pool.map(read_page, jobs))
        wall = time.monotonic() - started
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
    by_language = {}
    for code in args.languages:
        rows = [row for row in results if row["language"] == code]
        errors, characters = sum(r["errors"] for r in rows), sum(r["characters"] for r in rows)
        by_language[code] = {
            "pages": len(rows),
            "characters": characters,
            "cer": round(errors / characters, 4),
            "confidence": round(sum(r["confidence"] for r in rows) / len(rows), 1),
            "seconds_per_page": round(sum(r["seconds"] for r in rows) / len(rows), 2),
        }
    cpu = (children.ru_utime - cpu_before.ru_utime) + (children.ru_stime - cpu_before.ru_stime)
    summary = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at the end",
        "workers": args.workers,
        "pages": len(results),
        "pages_per_minute": round(len(results) / wall * 60, 1),
        "cpu_seconds_per_page": round(cpu / len(results), 2),
        "peak_child_rss_mb": round(children.ru_maxrss / 1024),
        "languages": by_language,
    }
    out = ROOT / "bench" / "results"
    (out / f"{args.name}.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    lines = [
        "# OCR of demo-style scans (300 dpi)",
        "",
        f"{summary['date']}; {summary['machine']}; {args.workers} workers, one Tesseract thread each.",
        "",
        f"- {summary['pages']} pages in {wall:.0f} s: **{summary['pages_per_minute']} pages/min**, "
        f"{summary['cpu_seconds_per_page']} CPU s per page (render + OCR)",
        f"- peak memory of one worker's child process (Tesseract or pdftoppm): **{summary['peak_child_rss_mb']} MB**",
        "",
        "| language | pages | characters | CER | Tesseract confidence | s per page |",
        "|---|---|---|---|---|---|",
    ]
    for code, row in by_language.items():
        lines.append(
            f"| {code} | {row['pages']} | {row['characters']} | {row['cer']:.2%} | {row['confidence']} "
            f"| {row['seconds_per_page']} |"
        )
    (out / f"{args.name}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
