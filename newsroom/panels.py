"""What the approving editor is warned about at the top of an article's editor: no byline, a hero image
without alt text, a lead over its limit. Shown to those who may publish the article, when it applies.

(Wagtail's content checks run axe-core rules in the browser against the preview; these are facts of
the article's data, checked on the server, so they are a panel rather than custom axe rules.)
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import Panel

LEAD_LIMIT = 300  # characters: what fits under a headline on a card and in a search result


def review_warnings(page) -> list[str]:
    """The reasons an editor should look again before approving `page` (an ArticlePage)."""
    warnings = []
    if not page.bylines.all():
        warnings.append(_("No byline: readers will not see who wrote it."))
    if page.hero_image is not None and not (page.hero_alt_text or page.hero_image.description):
        warnings.append(_("The hero image has no alt text."))
    if len(page.lead or "") > LEAD_LIMIT:
        warnings.append(
            ngettext(
                "The lead is %(length)d characters long; the limit is %(limit)d.",
                "The lead is %(length)d characters long; the limit is %(limit)d.",
                len(page.lead),
            )
            % {"length": len(page.lead), "limit": LEAD_LIMIT}
        )
    return warnings


class ReviewChecksPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "newsroom/admin/review_checks_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.warnings = review_warnings(self.instance) if self.instance is not None else []

        def is_shown(self):
            if not self.warnings or self.request is None or not self.instance.pk:
                return False
            return self.instance.permissions_for_user(self.request.user).can_publish()

        def get_context_data(self, parent_context=None):
            return {**super().get_context_data(parent_context), "warnings": self.warnings}
