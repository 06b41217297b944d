"""Build the reader site's web fonts from the npm @fontsource packages into static/fonts and static/css/fonts.css.

Run after `npm ci` when package.json's fonts change; the output is committed, so `make demo` needs no npm.

Fontsource ships each family cut by unicode-range. Its "cyrillic-ext" and "latin-ext" files cover dozens of
languages and weigh 22 and 56 KB per weight, which alone would spend a third of an article's 150 KB budget
on a Kazakh Latin page. They are cut again (fontTools, OpenType layout kept) to the letters of the network's
languages, and Noto Naskh Arabic to the Uyghur alphabet. Hangul keeps fontsource's ~120 frequency slices: a
page downloads only the slices its text touches, and a device with a Korean system font downloads none
(the stylesheet names the system families before this one).
"""

import re
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# The `fonts` extra (pip install -e '.[fonts]'); only this developer command needs it.
from fontTools import subset

WEIGHTS = (400, 700)

# The letters beyond fontsource's basic "latin" and "cyrillic" slices that our languages write.
CYRILLIC_LETTERS = (
    "ҒғҖҗҚқҢңҮүҰұҲҳҺһӘәӨө"  # Kazakh, Tatar, Uyghur, Uzbek
    "ԚԛԜԝ"  # Kurmanji in Cyrillic
)
LATIN_LETTERS = (
    "ĞğİŞşŪū"  # Kazakh Latin 2021, Turkish (Ahiska), Tatar, Kurmanji
    "ĄąĆćĘęŁłŃńŚśŹźŻż"  # Polish
)
UYGHUR_ARABIC = (
    "ءئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيە"  # the alphabet (ASU 2010 order does not matter here)
    "،؛؟ـ«»"  # punctuation and tatweel
    "\u200c\u200d\u200e\u200f"  # joiners and direction marks
)
# Language names in the picker that no page-language font covers (the Hangul of 한국어).
HANGUL_NAMES = "한국어"


def unicode_range(text: str) -> str:
    return ",".join(f"U+{code:04X}" for code in sorted({ord(char) for char in text}))


class FontFace:
    def __init__(self, family: str, weight: int, filename: str, ranges: str):
        self.family, self.weight, self.filename, self.ranges = family, weight, filename, ranges

    def css(self) -> str:
        return (
            f'@font-face{{font-family:"{self.family}";font-style:normal;font-weight:{self.weight};'
            f'font-display:swap;src:url("../fonts/{self.filename}") format("woff2");unicode-range:{self.ranges}}}'
        )


class Command(BaseCommand):
    help = "Build static/fonts and static/css/fonts.css from node_modules/@fontsource (run `npm ci` first)."

    def handle(self, *args, **options):
        source = Path(settings.BASE_DIR) / "node_modules" / "@fontsource"
        if not source.is_dir():
            raise CommandError(f"{source} is missing: run `npm ci` first.")
        static = Path(settings.BASE_DIR) / "static"
        out = static / "fonts"
        for old in out.rglob("*.woff2"):
            old.unlink()
        (out / "kr").mkdir(parents=True, exist_ok=True)
        korean, names = self.korean(source / "noto-sans-kr", out)
        self.write_css(
            static / "css" / "fonts.css",
            [*self.noto_sans(source / "noto-sans", out), *names, *self.naskh(source / "noto-naskh-arabic", out)],
        )
        # ~120 slices' unicode-ranges weigh 17 KB compressed: only Korean pages link this file.
        self.write_css(static / "css" / "fonts-ko.css", korean)
        total = sum(path.stat().st_size for path in out.rglob("*.woff2"))
        self.stdout.write(f"{len(korean) + len(names)} Hangul faces; {total // 1024} KB of fonts in {out}")

    def write_css(self, path: Path, faces: list[FontFace]) -> None:
        header = "/* Built by `manage.py build_fonts` from @fontsource (SIL Open Font License 1.1); do not edit. */\n"
        path.write_text(header + "\n".join(face.css() for face in faces) + "\n")

    def cut(self, source: Path, target: Path, text: str) -> None:
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        buffer = BytesIO()
        subset.save_font(font, buffer, options)
        target.write_bytes(buffer.getvalue())

    def noto_sans(self, package: Path, out: Path) -> list[FontFace]:
        faces = []
        fontsource_css = (package / "400.css").read_text()
        for weight in WEIGHTS:
            for slice_name in ("latin", "cyrillic"):
                name = f"noto-sans-{slice_name}-{weight}-normal.woff2"
                (out / name).write_bytes((package / "files" / name).read_bytes())
                faces.append(FontFace("Noto Sans", weight, name, _fontsource_range(fontsource_css, slice_name)))
            for slice_name, letters in (("cyrillic-ext", CYRILLIC_LETTERS), ("latin-ext", LATIN_LETTERS)):
                name = f"noto-sans-{slice_name}-ours-{weight}.woff2"
                self.cut(package / "files" / f"noto-sans-{slice_name}-{weight}-normal.woff2", out / name, letters)
                faces.append(FontFace("Noto Sans", weight, name, unicode_range(letters)))
        return faces

    def naskh(self, package: Path, out: Path) -> list[FontFace]:
        faces = []
        for weight in WEIGHTS:
            name = f"noto-naskh-arabic-uyghur-{weight}.woff2"
            self.cut(package / "files" / f"noto-naskh-arabic-arabic-{weight}-normal.woff2", out / name, UYGHUR_ARABIC)
            faces.append(FontFace("Noto Naskh Arabic", weight, name, unicode_range(UYGHUR_ARABIC)))
        return faces

    def korean(self, package: Path, out: Path) -> tuple[list[FontFace], list[FontFace]]:
        """(faces for Korean pages, faces for the picker's 한국어 elsewhere).

        One weight: the stylesheet names the system Korean families first (every phone and desktop OS
        has one, with a real bold); this web font is the fallback for a device that has none, where the
        browser makes the bold. Two weights would double both the stylesheet and the downloads.
        """
        faces, names = [], []
        css = (package / "400.css").read_text()
        for number, ranges in re.findall(r"noto-sans-kr-(\d+)-400-normal\.woff2.*?unicode-range: ([^;]+);", css, re.S):
            name = f"kr/noto-sans-kr-{number}-400.woff2"
            (out / name).write_bytes((package / "files" / f"noto-sans-kr-{number}-400-normal.woff2").read_bytes())
            faces.append(FontFace("Noto Sans KR", 400, name, ranges.strip()))
        # The picker's 한국어 on every other page: a few hundred bytes per syllable instead of whole slices.
        for number, letters in _slices_holding(package, HANGUL_NAMES).items():
            name = f"kr/names-{number}.woff2"
            self.cut(package / "files" / f"noto-sans-kr-{number}-400-normal.woff2", out / name, letters)
            names.append(FontFace("Noto Sans KR names", 400, name, unicode_range(letters)))
        return faces, names


def _fontsource_range(css: str, slice_name: str) -> str:
    match = re.search(rf"noto-sans-{slice_name}-400-normal\.woff2.*?unicode-range: ([^;]+);", css, re.S)
    if not match:
        raise CommandError(f"no {slice_name} slice in fontsource's CSS")
    return match.group(1).strip()


def _slices_holding(package: Path, text: str) -> dict[str, str]:
    """Fontsource's Hangul slice number for each character of `text`, as {slice: characters}."""
    css = (package / "400.css").read_text()
    found: dict[str, str] = {}
    for number, ranges in re.findall(r"noto-sans-kr-(\d+)-400-normal\.woff2.*?unicode-range: ([^;]+);", css, re.S):
        codes = set()
        for part in ranges.split(","):
            start, _, end = part.strip()[2:].partition("-")
            codes.update(range(int(start, 16), int(end or start, 16) + 1))
        for char in text:
            if ord(char) in codes:
                found[number] = found.get(number, "") + char
    if sorted("".join(found.values())) != sorted(set(text)):
        raise CommandError(f"fontsource's Hangul slices do not hold all of {text!r}")
    return found
