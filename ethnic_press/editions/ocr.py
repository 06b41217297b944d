"""Optical character recognition of a rendered page with Tesseract, in the edition's language.

Tesseract's language data per site language (Debian packages `tesseract-ocr-<code>`). Uyghur in
Kazakhstan is printed in Cyrillic, for which Tesseract has no Uyghur model: the Cyrillic script model
with the Kazakh one (the Kazakh alphabet has all Uyghur letters but җ, which the script model has).
Arabic-script Uyghur (ug-arab) uses Tesseract's `uig`. Kazakh in the 2021 Latin alphabet has no
model of its own; Turkish's has its letters but ä and ū. Tatar uses the Cyrillic script model: Debian's
`tat` data reads Tatar Cyrillic as Latin garbage (98 % character errors on the demo scans, 0 % with
`Cyrillic`; bench/ocr_bench.py).
"""

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from . import tools

TESSERACT_LANGUAGES = {
    "kk": "kaz",
    "ru": "rus",
    "ko": "kor",
    "de": "deu",
    "ug": "Cyrillic+kaz",
    "uz": "uzb_cyrl",
    "uk": "ukr",
    "pl": "pol",
    "tr": "tur",
    "ku": "kmr",
    "tt": "Cyrillic",
    "kk-latn": "tur",
    "ug-arab": "uig",
    "uz-latn": "uzb",
}

# Tesseract's page segmentation: 3 (automatic, finds columns) for every language but Korean, where it
# splits single-column Hangul text into false columns at the gaps between syllable blocks (measured on
# the demo scans: 28–64 % character errors against 0.8–2.5 % with 4, a single column of varying sizes).
# The cost: Korean pages set in several columns are read across the columns, line by line.
PAGE_SEGMENTATION = {"ko": "4"}


def apt_package(traineddata: str) -> str:
    """Debian's package for a Tesseract language: kaz → tesseract-ocr-kaz, Cyrillic → …-script-cyrl."""
    if traineddata[0].isupper():
        return f"tesseract-ocr-script-{traineddata[:4].lower()}"
    return "tesseract-ocr-" + traineddata.replace("_", "-")


@dataclass(frozen=True)
class Recognition:
    text: str
    confidence: float  # mean word confidence, 0–100, weighted by word length
    seconds: float


def languages_for(code: str) -> str:
    """Tesseract's language argument for a site language; raise ToolMissing when data is not installed."""
    wanted = TESSERACT_LANGUAGES[code]
    installed = tools.tesseract_languages()
    missing = [name for name in wanted.split("+") if name not in installed]
    if missing:
        raise tools.ToolMissing(
            _("Tesseract has no language data for %(language)s. Install it with: apt-get install %(packages)s")
            % {"language": code, "packages": " ".join(apt_package(name) for name in missing)}
        )
    return wanted


def recognise(image: Path, code: str) -> Recognition:
    """The text of a page image in language `code`, with Tesseract's confidence."""
    tesseract = tools.require("tesseract")
    language = languages_for(code)
    with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
        base = Path(folder) / "page"
        # One thread per Tesseract: on a worker machine parallel pages beat OpenMP within a page.
        result = tools.run(
            [tesseract, str(image), str(base), "-l", language, "--psm", PAGE_SEGMENTATION.get(code, "3"), "txt", "tsv"],
            label="tesseract",
            env={"OMP_THREAD_LIMIT": "1"},
        )
        text = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
        confidence = mean_confidence(base.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace"))
    return Recognition(text=tidy(text), confidence=confidence, seconds=result.seconds)


def mean_confidence(tsv: str) -> float:
    total = weight = 0.0
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        try:
            confidence = float(row.get("conf") or -1)
        except ValueError:
            continue
        if word and confidence >= 0:
            total += confidence * len(word)
            weight += len(word)
    return round(total / weight, 1) if weight else 0.0


def tidy(text: str) -> str:
    """Tesseract's text without its form feed and runs of blank lines."""
    lines = [line.rstrip() for line in text.replace("\f", "").splitlines()]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)
