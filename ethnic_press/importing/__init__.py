"""Archive import: articles from a JSON Lines file into live, indexed ArticlePages.

`manage.py import_articles FILE.jsonl [--dry-run]`; the line format is in DESIGN.md. Decisions:

- Each line is checked whole (every problem reported at once) and written in its own transaction:
  a bad line imports nothing, good lines around it import. Unknown keys are errors, so a misspelt
  field is not silently lost.
- `language` is a content language with a locale; script variants (kk-latn …) are refused, they are
  transliterated from their base language, not imported.
- The outlet is found by slug in any locale. If it has no page in the line's language yet, that
  page (and any missing ancestor, top-down) is created with languages.localize.translate_page, which
  copies the source texts for translators to replace. A translation an editor left unpublished is
  an error rather than something the import publishes.
- The text (title, lead, body) must be in the declared language: an offline identifier (py3langid)
  refuses a line whose text is clearly another language, "text looks like Russian, declared Kazakh"
  (language_check.py); `--trust-language` imports such lines anyway.
- Unknown topics and regions are errors: they are a closed vocabulary the network editors curate.
  Topics are matched by slug or by name in any locale, regions by ISO 3166-2:KZ code, slug or name in
  any language, both case-insensitively in every script. Unknown authors are not: an archive names people
  the directory does not list yet, so they are created as journalists in the default locale (matched
  first by name in any script). A name matching two different journalists is an error.
- Bodies: HTML with scripts, styles, frames, objects, forms, event handlers, javascript:/data: URLs
  or CDATA sections is refused (see body.py); safe HTML is stored as the editor would store it;
  text without tags becomes paragraphs at blank lines.
- Re-importing an (outlet, source_id, language) publishes a new revision of the same page (in bulk,
  bulk.update_articles); the slug (URL) stays. A line that would change nothing in the live article (same
  texts, date, region, authors and topics) is skipped and counted as unchanged, so re-running an import
  is cheap. An article an editor unpublished is not put back (error). A new language of a known
  source_id joins the existing story's translation family.
- `--dry-run` runs every check against the database and writes nothing at all (no search index
  updates either, whatever the backend).
"""

from .errors import LineError
from .runner import ImportSummary, import_file

__all__ = ["ImportSummary", "LineError", "import_file"]
