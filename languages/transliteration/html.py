"""Converting the text nodes of an HTML fragment and nothing else.

The stdlib parser only reports where each piece of markup starts; the output copies every tag, comment and
entity from the input byte for byte (attribute quoting, order and case included) and converts only the
text between them. Text inside script, style and code-like elements is copied too: it is not prose.
"""

import re
from collections.abc import Callable
from html.parser import HTMLParser

# Elements whose text is code or data, not language.
_VERBATIM = frozenset({"script", "style", "code", "kbd", "samp", "var", "textarea"})
# Elements that end a sentence for the purpose of capitalisation (Arabic → Cyrillic has no case to copy).
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dt", "figcaption", "footer"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "p", "section", "td", "th", "title"}
)
_SENTENCE_END = re.compile(r"[.!?…؟][»”\"')\]]*\s*$")

# A converter gets a text node and whether it opens a sentence.
NodeConverter = Callable[[str, bool], str]


class _Pieces(HTMLParser):
    """Records the start offset of every piece of the fragment and whether it is convertible text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", html)]
        self._verbatim_depth = 0
        # (offset, kind) with kind "text", "markup" or "block" (markup that also ends a sentence)
        self.pieces: list[tuple[int, str]] = []

    def _record(self, kind: str) -> None:
        line, column = self.getpos()
        self.pieces.append((self._line_starts[line - 1] + column, kind))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record("block" if tag in _BLOCKS else "markup")
        if tag in _VERBATIM:
            self._verbatim_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record("block" if tag in _BLOCKS else "markup")

    def handle_endtag(self, tag: str) -> None:
        self._record("block" if tag in _BLOCKS else "markup")
        if tag in _VERBATIM and self._verbatim_depth:
            self._verbatim_depth -= 1

    def handle_data(self, data: str) -> None:
        self._record("markup" if self._verbatim_depth else "text")

    def _markup(self, *args: object) -> None:
        self._record("markup")

    handle_entityref = handle_charref = handle_comment = handle_decl = handle_pi = unknown_decl = _markup


def convert_text_nodes(html: str, convert: NodeConverter) -> str:
    parser = _Pieces(html)
    parser.feed(html)
    parser.close()
    pieces = parser.pieces
    out = [html[: pieces[0][0]]] if pieces else [html]
    at_sentence_start = True
    for index, (start, kind) in enumerate(pieces):
        end = pieces[index + 1][0] if index + 1 < len(pieces) else len(html)
        chunk = html[start:end]
        if kind == "text":
            out.append(convert(chunk, at_sentence_start))
            if chunk.strip():
                at_sentence_start = bool(_SENTENCE_END.search(chunk))
        else:
            out.append(chunk)
            at_sentence_start = at_sentence_start or kind == "block"
    return "".join(out)
