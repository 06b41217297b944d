"""`update_index`: Wagtail's index rebuild (admin search), then the reader search index.

This app comes before wagtail.search in INSTALLED_APPS, so this command replaces Wagtail's and
extends it: one command rebuilds every index the site has.
"""

from modelsearch.management.commands.rebuild_modelsearch_index import Command as WagtailUpdateIndex

from search import indexing


class Command(WagtailUpdateIndex):
    help = "Rebuild Wagtail's search index and the reader search index (and Elasticsearch, when configured)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--reader-only", action="store_true", help="Rebuild only the reader search index.")

    def handle(self, **options):
        if not options["reader_only"]:
            super().handle(**options)
        count = indexing.rebuild()
        if options.get("verbosity", 1) > 0:
            self.stdout.write(f"Reader search index: {count} articles indexed.")
