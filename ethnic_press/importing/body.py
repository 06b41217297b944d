"""Archive bodies (HTML or plain text) into the article's StreamField, the way the editor stores them.

Unsafe markup is refused, not cleaned: an archive line carrying a script or an event handler is a
sign of a broken or hostile export, and an editor should look at it instead of the import silently
publishing a mangled version. Safe markup goes through Wagtail's own converters: the rich text
whitelist of the paragraph block's features, then a round trip through Draftail's contentstate, so
an imported paragraph is stored exactly as if an editor had typed it (and opens unchanged in the
editor). `<h1>`/`<h2>` become heading blocks; everything between headings is one paragraph block.
"""

import functools
import re

from django.utils.html import escape, strip_tags

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.admin.rich_text.converters.contentstate_models import Block
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.rich_text import RichText
from wagtail.whitelist import check_url

from bs4 import BeautifulSoup, CData, Comment, Declaration, Doctype, ProcessingInstruction, Tag

from newsroom.blocks import RICH_TEXT_FEATURES, BodyBlock

from .errors import LineError

# Elements that run code, load active content, submit data or change how the page is parsed.
UNSAFE_ELEMENTS = frozenset(
    "script style iframe frame frameset object embed applet param form input button textarea select"
    " link meta base svg math template noscript portal".split()
)
URL_ATTRIBUTES = frozenset(
    "href src action formaction xlink:href background poster cite longdesc lowsrc dynsrc data ping"
    " manifest codebase usemap srcdoc".split()
)
UNSAFE_STYLE = re.compile(r"expression\(|javascript:|vbscript:|behavior:|-moz-binding|url\(", re.IGNORECASE)
CONTROL_AND_SPACE = re.compile(r"[\x00-\x20\x7f-\xa0]+")
# Headings the paragraph block keeps inline (RICH_TEXT_FEATURES has h3 and h4); deeper ones fold into h4.
HEADING_RENAMES = {"h1": "h2", "h5": "h4", "h6": "h4"}
# Containers whose content is kept but which would otherwise glue their text to the next element's.
BLOCK_RENAMES = {"tr": "p", "dt": "p", "dd": "p", "figcaption": "p", "caption": "p"}
DROPPED_ELEMENTS = ("head", "title")
HEADING_MAX_LENGTH = BodyBlock.base_blocks["heading"].field.max_length
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<!--|<!\[CDATA\[|<\?")
# Paragraphs of plain words (no markup, control character, or whitespace but single spaces between words; quotes,
# `>`, the entities `&amp; &lt; &gt; &quot; &#39; &#x27; &#34;` and a lone `&` before a space or the paragraph's end
# allowed): what the whitelist and Draftail's round trip give for them is known without running them — the text
# escaped as Draftail's exporter escapes it (`&`, `<`, `>`; quotes as they are) in `<p data-block-key="…">`
# (tests/ethnic_press/test_import_body.py compares them, with generated texts of every such character).
# (Possessive: a word's run of characters is never split again when a match fails.)
_PLAIN_WORD = r"""(?:[^\s<&\x00-\x1f\x7f-\x9f]++|&(?:amp|lt|gt|quot|#39|#x27|#34);|&(?=[ <]))++"""
_PLAIN_WORDS = rf"{_PLAIN_WORD}(?: {_PLAIN_WORD})*+"
PLAIN_PARAGRAPH = re.compile(rf"<p>({_PLAIN_WORDS})</p>")
PLAIN_PARAGRAPHS = re.compile(rf"(?:<p>{_PLAIN_WORDS}</p>)+")
# A plain paragraph's characters as Draftail writes them: the quote entities decoded, a lone `&` and `>` escaped.
_TO_CANONICAL = re.compile(r"&(?:quot|#39|#x27|#34);|&(?=[ <]|$)|>")
_CANONICAL = {"&quot;": '"', "&#34;": '"', "&#39;": "'", "&#x27;": "'", "&": "&amp;", ">": "&gt;"}


def to_stream(text: str) -> list[tuple[str, object]]:
    """The body blocks for an archive body: [("heading", str) | ("paragraph", RichText), ...]."""
    if not text.strip():
        return []
    if (paragraphs := plain_paragraphs(text)) is not None:
        # Most of an archive: nothing unsafe, no heading, so one paragraph block, and BeautifulSoup's parse and
        # re-serialisation would give back these very paragraphs (tests/ethnic_press/test_import_body.py).
        return [("paragraph", RichText(_keyed(paragraphs)))]
    if HTML_TAG.search(text):
        soup = BeautifulSoup(text, "html.parser")
        check_safe(soup)
    else:
        soup = BeautifulSoup(plain_text_to_html(text), "html.parser")
    return _blocks(soup)


@functools.lru_cache(maxsize=4)
def plain_paragraphs(html: str) -> tuple[str, ...] | None:
    """The HTML of `html`'s paragraphs' texts when it is only paragraphs of plain words (PLAIN_PARAGRAPHS), else
    None (`html.unescape` of their join is the body's text). Remembered for the last few bodies: the language check
    asks about the same body next."""
    return tuple(PLAIN_PARAGRAPH.findall(html)) if PLAIN_PARAGRAPHS.fullmatch(html) else None


def plain_text_to_html(text: str) -> str:
    """Blank-line separated paragraphs; a single line break inside a paragraph is kept as <br>."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))]
    return "".join(
        "<p>" + "<br>".join(escape(line.strip()) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
        if paragraph
    )


def check_safe(soup: BeautifulSoup) -> None:
    """Raise LineError naming the first unsafe construct in the document."""
    for node in soup.descendants:
        if isinstance(node, Tag):
            _check_tag(node)
        elif isinstance(node, CData | ProcessingInstruction | Declaration):
            # CDATA sections and processing instructions: Wagtail's whitelister passes them through
            # verbatim, and a browser ends `<![CDATA[` at the first `>`, so markup inside would run.
            raise LineError("unsafe HTML: a CDATA section, declaration or processing instruction in the body")


def _check_tag(tag: Tag) -> None:
    if tag.name in UNSAFE_ELEMENTS:
        raise LineError(f"unsafe HTML: <{tag.name}> element in the body")
    for name, value in tag.attrs.items():
        if name.startswith("on"):
            raise LineError(f"unsafe HTML: event handler attribute {name} on <{tag.name}>")
        text = " ".join(value) if isinstance(value, list) else value
        if name in URL_ATTRIBUTES and check_url(text) is None:
            scheme = CONTROL_AND_SPACE.sub("", text).split(":", 1)[0].lower()
            raise LineError(f"unsafe HTML: {scheme}: URL in {name} of <{tag.name}>")
        if name == "srcset" and any(check_url(part.strip().split(" ")[0]) is None for part in text.split(",")):
            raise LineError(f"unsafe HTML: unsafe URL in srcset of <{tag.name}>")
        if name == "style" and UNSAFE_STYLE.search(CONTROL_AND_SPACE.sub("", text)):
            raise LineError(f"unsafe HTML: script or URL in the style attribute of <{tag.name}>")


def _blocks(soup: BeautifulSoup) -> list[tuple[str, object]]:
    for tag in soup.find_all(DROPPED_ELEMENTS):
        tag.decompose()
    for tag in soup.find_all([*HEADING_RENAMES, *BLOCK_RENAMES]):
        tag.name = HEADING_RENAMES.get(tag.name) or BLOCK_RENAMES[tag.name]
    for cell in soup.find_all(["td", "th"]):
        cell.append(" ")
    # Heading blocks sit at the top level of the stream, so lift every <h2> out of its containers.
    for heading in soup.find_all("h2"):
        while heading.parent is not soup:
            heading.parent.unwrap()

    blocks: list[tuple[str, object]] = []
    pending: list[str] = []

    def flush() -> None:
        html = _editor_html("".join(pending))
        if strip_tags(html).strip():
            blocks.append(("paragraph", RichText(html)))
        pending.clear()

    for node in list(soup.contents):
        if isinstance(node, Tag) and node.name == "h2":
            flush()
            heading = " ".join(node.get_text(" ").split())
            if len(heading) > HEADING_MAX_LENGTH:
                raise LineError(f"heading longer than {HEADING_MAX_LENGTH} characters: {heading[:40]}…")
            if heading:
                blocks.append(("heading", heading))
        elif not isinstance(node, Comment | Doctype):
            pending.append(str(node) if isinstance(node, Tag) else escape(node))
    flush()
    return blocks


_whitelist = EditorHTMLConverter(features=RICH_TEXT_FEATURES)
_contentstate = ContentstateConverter(features=RICH_TEXT_FEATURES)


def _editor_html(html: str) -> str:
    """Whitelisted, editor-canonical rich text (the form Draftail saves, with block keys)."""
    if PLAIN_PARAGRAPHS.fullmatch(html):
        # Most of an archive: nothing for the whitelist to remove or Draftail to change but the block keys,
        # which are Wagtail's own (a new contentstate block's), as the round trip would give.
        return _keyed(PLAIN_PARAGRAPH.findall(html))
    cleaned = _whitelist.to_database_format(html)
    return _contentstate.to_database_format(_contentstate.from_database_format(cleaned))


def _keyed(paragraphs) -> str:
    """Plain paragraphs as Draftail stores them, each with its block key (Wagtail's own key generator)."""
    return "".join(f'<p data-block-key="{Block("unstyled").key}">{_canonical(text)}</p>' for text in paragraphs)


def _canonical(text: str) -> str:
    """A plain paragraph's text (PLAIN_PARAGRAPH) as Draftail's exporter writes it."""
    if "&" not in text and ">" not in text:
        return text
    return _TO_CANONICAL.sub(lambda match: _CANONICAL[match[0]], text)
