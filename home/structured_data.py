"""schema.org JSON-LD for reader pages (search engines and news aggregators read it)."""

import json

from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from newsroom.absolute import absolute_url


def bcp47(code: str) -> str:
    """kk-latn → kk-Latn, ug-arab → ug-Arab: the script subtag's conventional case."""
    base, _, script = code.partition("-")
    return f"{base}-{script.title()}" if script else base


def news_article(request: HttpRequest, page, context: dict) -> dict:
    """A NewsArticle for an article page; a translation names its original in `isBasedOn`."""
    url = absolute_url(request, page.get_url(request))
    outlet = context["outlet"]
    code = context["current_language"].code
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "url": url,
        "headline": page.title[:110],
        "description": page.lead,
        "inLanguage": bcp47(code),
        "datePublished": page.published_at.isoformat(),
        "dateModified": (page.last_published_at or page.published_at).isoformat(),
        "author": [
            {
                "@type": "Person",
                "name": journalist.name_in(code),
                "url": absolute_url(request, reverse("journalist_profile", args=[journalist.slug])),
            }
            for byline, journalist in context["bylines"]
            if byline.role != "photographer"
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": outlet.title, "url": absolute_url(request, outlet.url)},
        "isPartOf": {"@type": "WebSite", "name": "Ethnic Press", "url": absolute_url(request, f"/{code}/")},
    }
    if context.get("og_image"):
        data["image"] = [context["og_image"]]
    if context.get("topics"):
        data["keywords"] = [topic.name for topic in context["topics"]]
    original = context.get("original")
    if original is not None:
        data["isBasedOn"] = {
            "@type": "NewsArticle",
            "url": absolute_url(request, original.get_url(request)),
            "headline": original.title[:110],
            "inLanguage": bcp47(original.locale.language_code),
        }
        data["translationOfWork"] = {"@id": absolute_url(request, original.get_url(request))}
    region = context.get("region")
    if region is not None:
        data["contentLocation"] = {"@type": "Place", "name": region.name}
    return data


def script_tag(data: dict) -> SafeString:
    """<script type="application/ld+json"> that no text in the data can close early."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text))
