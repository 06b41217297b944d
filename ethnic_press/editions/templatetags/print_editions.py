from django import template

from ..models import PrintPage

register = template.Library()


@register.simple_tag
def edition_pages(edition) -> list[PrintPage]:
    """The read pages of an edition readers may see, in order (none for a private edition)."""
    if not edition.readers_may_see():
        return []
    return list(
        PrintPage.objects.filter(edition_text__document_id=edition.pdf_id, status=PrintPage.Status.DONE).order_by(
            "number"
        )
    )
