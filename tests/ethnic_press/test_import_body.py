"""Archive bodies are stored as an editor's would be: the shortcut for plain paragraphs changes nothing."""

import random
import re
from html import unescape

from django.utils.html import escape, strip_tags

import pytest
from bs4 import BeautifulSoup

import languages
from demo import loader
from ethnic_press.importing import body
from ethnic_press.importing.body import PLAIN_PARAGRAPHS, plain_paragraphs, to_stream

BLOCK_KEY = re.compile(r' data-block-key="([^"]*)"')
# Paragraphs the shortcut must leave to the whitelist and Draftail (and what they must still get right).
TRICKY = [
    "<p>two  spaces</p>",
    "<p> leading space</p>",
    "<p>trailing space </p>",
    "<p>no\u00a0break space</p>",
    "<p>&nbsp;no break entity</p>",
    "<p>R&D unknown &notit; entity</p>",
    "<p>&copy; &eacute; &#1234; &#x41; &apos; &amp</p>",
    "<p>a&b</p>",
    "<p>line<br>break</p>",
    "<p><b>bold</b> text</p>",
    '<p class="lead">with an attribute</p>',
    "<p>tab\there</p>",
    "<p></p>",
    "<p>«Ёлочки» — тире, 알마티에서, ئۇيغۇر, İstanbul ılık</p><p>second</p>",
]
# Paragraphs with quotes, ampersands and `>` the shortcut takes (each must still equal the round trip).
ESCAPED = [
    "<p>Ана &amp; бала</p>",
    "<p>\"quoted\" and 'quoted'</p>",
    "<p>&quot;Ақ жол&quot; &#39;партиясы&#39; &#x27;x&#x27; &#34;y&#34;</p>",
    "<p>a & b &</p>",
    "<p>1 &lt; 2 &gt; 0 > -1</p>",
    "<p>«Ёлочки» &amp; \"лапки\" — 알마티에서 'ئۇيغۇر' & İstanbul</p>",
]


def _round_trip(html: str) -> str:
    """What Wagtail's whitelist and Draftail's round trip make of `html`, the import's reference."""
    cleaned = body._whitelist.to_database_format(html)
    return body._contentstate.to_database_format(body._contentstate.from_database_format(cleaned))


def _paragraphs() -> list[str]:
    texts = [
        text
        for language in languages.CONTENT_LANGUAGES
        for story in loader.articles(language.code)
        for text in story["body"]
    ]
    return [f"<p>{escape(text)}</p>" for text in texts] + TRICKY + ESCAPED


@pytest.mark.parametrize("html", _paragraphs())
def test_a_paragraph_is_stored_as_the_whitelist_and_draftails_round_trip_store_it(html):
    stored = body._editor_html(html)
    assert BLOCK_KEY.sub("", stored) == BLOCK_KEY.sub("", _round_trip(html))
    assert all(re.fullmatch(r"[a-z0-9]{5}", key) for key in BLOCK_KEY.findall(stored))


def test_the_demo_stories_plain_paragraphs_take_the_shortcut():
    paragraphs = _paragraphs()
    assert sum(bool(PLAIN_PARAGRAPHS.fullmatch(html)) for html in paragraphs) > len(paragraphs) / 2
    assert not any(PLAIN_PARAGRAPHS.fullmatch(html) for html in TRICKY[:-1])
    assert all(PLAIN_PARAGRAPHS.fullmatch(html) for html in ESCAPED)


# Words of the generated paragraphs: every character and entity the shortcut treats apart, in several scripts.
PIECES = ["&", "&amp;", "&lt;", "&gt;", ">", '"', "'", "&quot;", "&#39;", "&#x27;", "&#34;", "&nbsp;", "&copy;"]
PIECES += ["&eacute", "&#1234;", "&apos;", "<b>", "Ана", "бала", "ئۇيغۇر", "알마티", "İstanbul", "ılık", "R", "D"]
PIECES += ["«", "»"]


def _generated_paragraphs(count: int) -> list[str]:
    rng = random.Random(15)
    paragraphs = []
    for _ in range(count):
        words = ["".join(rng.choices(PIECES, k=rng.randint(1, 3))) for _ in range(rng.randint(1, 5))]
        paragraphs.append("<p>" + " ".join(words) + "</p>")
    return paragraphs


def test_generated_paragraphs_with_quotes_and_ampersands_are_stored_as_the_round_trip_stores_them():
    paragraphs = _generated_paragraphs(600)
    plain = [html for html in paragraphs if PLAIN_PARAGRAPHS.fullmatch(html)]
    assert 100 < len(plain) < len(paragraphs)
    for html in plain:
        assert BLOCK_KEY.sub("", body._editor_html(html)) == BLOCK_KEY.sub("", _round_trip(html)), html


def test_a_body_with_quotes_and_ampersands_gets_the_blocks_and_text_of_the_full_path():
    paragraphs = [html for html in _generated_paragraphs(600) if PLAIN_PARAGRAPHS.fullmatch(html)] + ESCAPED
    bodies = ["".join(paragraphs[index : index + 3]) for index in range(0, len(paragraphs), 3)]
    shortcut = [html for html in bodies if plain_paragraphs(html) is not None]
    assert len(shortcut) > 10

    def without_keys(blocks):
        return [(kind, BLOCK_KEY.sub("", getattr(value, "source", value))) for kind, value in blocks]

    for html in shortcut:
        assert without_keys(to_stream(html)) == without_keys(body._blocks(BeautifulSoup(html, "html.parser"))), html
        # The language check reads the text the shortcut gives as it would read the HTML.
        assert unescape("".join(plain_paragraphs(html))) == unescape(strip_tags(html)), html


def test_each_paragraph_of_a_body_gets_its_own_block_key():
    blocks = to_stream("<p>бір екі</p><p>үш төрт</p><h2>Тақырып</h2><p>бес</p>")
    assert [kind for kind, _ in blocks] == ["paragraph", "heading", "paragraph"]
    keys = BLOCK_KEY.findall(blocks[0][1].source)
    assert len(keys) == 2 and keys[0] != keys[1]
    assert BLOCK_KEY.sub("", blocks[0][1].source) == "<p>бір екі</p><p>үш төрт</p>"


def test_a_body_of_plain_paragraphs_gets_the_blocks_the_html_parser_gives():
    bodies = [
        html
        for language in languages.CONTENT_LANGUAGES
        for story in loader.articles(language.code)
        if PLAIN_PARAGRAPHS.fullmatch(html := "".join(f"<p>{escape(text)}</p>" for text in story["body"]))
    ]
    assert len(bodies) > 20

    def without_keys(blocks):
        return [(kind, BLOCK_KEY.sub("", getattr(value, "source", value))) for kind, value in blocks]

    for html in bodies:
        assert without_keys(to_stream(html)) == without_keys(body._blocks(BeautifulSoup(html, "html.parser")))
