"""What readers search for, per locale, for the editors' report."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QueryStat(models.Model):
    """Daily searches of one query in one locale, and how many of them found nothing.

    Wagtail's Query and QueryDailyHits count a query across the whole site; editors of each
    language need their own popular and zero-result queries, so the locale is kept here.
    """

    query = models.ForeignKey("wagtailsearchpromotions.Query", on_delete=models.CASCADE, related_name="locale_stats")
    language = models.CharField(_("language"), max_length=10)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("query statistic")
        unique_together = [("query", "language", "date")]
        indexes = [models.Index(fields=["language", "date"], name="search_querystat_lang_date")]

    def __str__(self) -> str:
        return f"{self.query_id} {self.language} {self.date}"
