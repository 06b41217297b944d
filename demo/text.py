"""Demo text as pages want it: a locale's own text or its base language's transliterated, HTML
paragraphs, and a story's StreamField body."""

from django.utils.html import escape

import languages
from languages.transliteration import transliterate


def localized_text(mapping: dict, code: str) -> str | None:
    """A locale's own text, or, for a script variant, its base language's text transliterated."""
    if mapping.get(code):
        return mapping[code]
    base = languages.BY_CODE[code].variant_of
    if base and mapping.get(base):
        return transliterate(mapping[base], base, code)
    return None


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def article_body(story: dict, inline_image=None, alt_text: str = "") -> list[dict]:
    """StreamField data for a story: paragraphs, with the quote after the second and a fact box last; the
    inline image (one of the demo's drawn images) described by `alt_text`, in the story's language."""
    blocks = [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in story["body"]]
    if story.get("quote"):
        blocks.insert(min(2, len(blocks)), {"type": "quote", "value": dict(story["quote"])})
    if inline_image is not None:
        blocks.insert(
            min(1, len(blocks)),
            {"type": "image", "value": {"image": inline_image.pk, "alt_text": alt_text, "caption": "", "credit": ""}},
        )
    if story.get("fact_box"):
        items = "".join(f"<li>{escape(item)}</li>" for item in story["fact_box"]["items"])
        blocks.append({"type": "fact_box", "value": {"title": story["fact_box"]["title"], "body": f"<ul>{items}</ul>"}})
    return blocks


def transliterated_story(story: dict, source: str, target: str) -> dict:
    def convert(text: str) -> str:
        return transliterate(text, source, target) if text else text

    result = {
        "title": convert(story["title"]),
        "lead": convert(story["lead"]),
        "body": [convert(p) for p in story["body"]],
    }
    if story.get("quote"):
        result["quote"] = {key: convert(value) for key, value in story["quote"].items()}
    if story.get("fact_box"):
        result["fact_box"] = {
            "title": convert(story["fact_box"]["title"]),
            "items": [convert(i) for i in story["fact_box"]["items"]],
        }
    return result
