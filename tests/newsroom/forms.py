"""POST data for the article edit form, as the admin's browser sends it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def article_form(page, **fields) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "body": streamfield([("paragraph", rich_text("<p>Алматыдағы мерекеге мыңдаған адам жиналды.</p>"))]),
        "hero_image": "",
        "hero_caption": "",
        "hero_alt_text": "",
        "bylines": inline_formset([]),
        "article_topics": inline_formset([]),
        "corrections": inline_formset([]),
        "comments": inline_formset([]),
        "published_at": page.published_at.strftime("%Y-%m-%d %H:%M"),
        "region": "",
        "original_language": page.original_language,
        "republished_from": page.republished_from_id or "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(fields)
    return nested_form_data(data)
