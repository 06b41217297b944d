"""An index on Wagtail's `url_path`: home/routing.py finds the pages on a URL's path by it, on every reader
request. Wagtail's own routing walks the tree by `path` and never indexed `url_path`, so at 100,000
articles each page view read the whole page table (0.2–2 s on SQLite)."""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS home_page_url_path ON wagtailcore_page (url_path)"
DROP = "DROP INDEX IF EXISTS home_page_url_path"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_homepage_club_topic_frontpagestory_menu_menuitem"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
