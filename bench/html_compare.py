"""Do readers see the same pages? Dump the HTML of ~250 reader URLs from one code tree and database, then diff
two dumps (byte for byte, after one normalisation: a feed's lastBuildDate, the time of the request).

    # the code before a change (a detached worktree) and after it, on one seeded database:
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/html_compare.py dump /tmp/before \
        --tree /work/wt/x-before
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/html_compare.py dump /tmp/after
    .venv/bin/python bench/html_compare.py diff /tmp/before /tmp/after

`dump` uses production settings (DEBUG off) with every cache a dummy (each page built, as an uncached
reader sees it) and Django's test client. The URLs are picked from the database, the same list for the
same database whatever the code: in kk, kk-latn, ru, ko, ug-arab, ug, uk, de and en (not a reader language),
each language's front page, search (two queries, by date, a second page), topics, a topic and its feed, feeds,
the print archive, three outlets (their feeds and second pages), articles with translations, corrections,
reprints, bylines and images, an edition, two journalists, the club pages, a 404. `--tree` runs another checkout's
code (this file is only the driver).
"""

import argparse
import difflib
import hashlib
import json
import logging
import os
import re
import sys
from pathlib import Path
from urllib.parse import quote

LANGUAGES = ["kk", "kk-latn", "ru", "ko", "ug-arab", "ug", "uk", "de", "en"]
ARTICLES_PER_LANGUAGE = 14
VOLATILE = [re.compile(rb"<lastBuildDate>[^<]*</lastBuildDate>")]


def setup(tree: Path) -> None:
    sys.path.insert(0, str(tree))
    os.chdir(tree)
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    os.environ.setdefault("SECRET_KEY", "benchmark-only")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("LOG_LEVEL", "CRITICAL")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()


def article_urls(language: str) -> list[str]:
    """Articles of one language that exercise the article template's branches, in a fixed order."""
    from django.db.models import Count, Exists, OuterRef

    from newsroom.models import ArticleCorrection, ArticlePage

    live = ArticlePage.objects.live().public().filter(locale__language_code=language)
    live = live.annotate(
        n_bylines=Count("bylines", distinct=True),
        n_topics=Count("article_topics", distinct=True),
        corrected=Exists(ArticleCorrection.objects.filter(page_id=OuterRef("pk"))),
    )
    picks: list = []
    kinds = [
        live.filter(corrected=True),
        live.filter(republished_from__isnull=False),
        live.filter(republications__isnull=False),
        live.exclude(original_language=language.split("-")[0]),
        live.filter(original_language=language.split("-")[0]),
        live.filter(n_bylines__gte=2),
        live.filter(hero_image__isnull=True),
        live.filter(hero_image__isnull=False, n_topics__gte=1),
        live.filter(region__isnull=True),
        live.order_by("-published_at"),
    ]
    for queryset in kinds:
        for page in queryset.order_by("pk")[:2]:
            if page.pk not in {p.pk for p in picks}:
                picks.append(page)
    return [page.url for page in picks[:ARTICLES_PER_LANGUAGE]]


def pick_urls() -> list[str]:
    from ethnic_press.models import OutletPage, PrintEditionPage
    from newsroom.models import ClubEventPage, ClubPage, Journalist, RegionalClubPage, Topic

    urls = ["/robots.txt", "/sitemap.xml", "/sitemap-news.xml"]
    for language in LANGUAGES:
        urls += [
            f"/{language}/",
            f"/{language}/search/?q=" + quote("журналисты"),
            f"/{language}/search/?q=" + quote("Алматы") + "&sort=date",
            f"/{language}/search/?sort=date",
            f"/{language}/search/?sort=date&page=2",
            f"/{language}/topics/",
            f"/{language}/feed/",
            f"/{language}/editions/",
            f"/{language}/no-such-page/",  # the 404 page
        ]
        topic = Topic.objects.filter(locale__language_code=language).order_by("pk").first()
        if topic is not None:
            urls += [f"/{language}/topics/{topic.slug}/", f"/{language}/topics/{topic.slug}/feed/"]
        outlets = OutletPage.objects.live().filter(locale__language_code=language).order_by("pk")
        for outlet in list(outlets[:2]) + list(outlets.order_by("-pk")[:1]):
            urls += [outlet.url, f"{outlet.url}feed/", f"{outlet.url}?page=2"]
        index = outlets.first().get_parent() if outlets.exists() else None
        if index is not None and index.depth > 2:
            urls.append(index.url)
        urls += article_urls(language)
        for edition in PrintEditionPage.objects.live().filter(locale__language_code=language).order_by("pk")[:1]:
            urls.append(edition.url)
        for model in (ClubPage, RegionalClubPage, ClubEventPage):
            for page in model.objects.live().filter(locale__language_code=language).order_by("pk")[:1]:
                urls.append(page.url)
        for journalist in Journalist.objects.order_by("pk")[:2]:
            urls.append(f"/{language}/journalists/{journalist.slug}/")
    return list(dict.fromkeys(url for url in urls if url))


def dump(out: Path, tree: Path) -> None:
    setup(tree)
    from django.conf import settings
    from django.test import Client, override_settings

    dummy = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES}
    out.mkdir(parents=True, exist_ok=True)
    logging.disable(logging.WARNING)  # the 404s asked for on purpose
    with override_settings(CACHES=dummy):
        urls = pick_urls()
        client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
        manifest = {}
        for url in urls:
            response = client.get(url)
            body = response.content
            for pattern in VOLATILE:
                body = pattern.sub(b"<volatile/>", body)
            name = hashlib.sha1(url.encode()).hexdigest()[:16]
            (out / name).write_bytes(body)
            manifest[url] = {"status": response.status_code, "file": name, "bytes": len(body)}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    statuses: dict[int, int] = {}
    for row in manifest.values():
        statuses[row["status"]] = statuses.get(row["status"], 0) + 1
    print(f"{len(manifest)} URLs dumped to {out} (statuses {statuses}) by {tree}")


def diff(before: Path, after: Path) -> int:
    one = json.loads((before / "manifest.json").read_text())
    two = json.loads((after / "manifest.json").read_text())
    differing = 0
    for url in sorted(set(one) | set(two)):
        if url not in one or url not in two:
            print(f"only in {'after' if url in two else 'before'}: {url}")
            differing += 1
            continue
        a, b = (before / one[url]["file"]).read_bytes(), (after / two[url]["file"]).read_bytes()
        if a == b and one[url]["status"] == two[url]["status"]:
            continue
        differing += 1
        print(f"--- {url}: status {one[url]['status']} → {two[url]['status']}, {len(a)} → {len(b)} bytes")
        lines = difflib.unified_diff(
            a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines(), lineterm="", n=0
        )
        for line in list(lines)[2:14]:
            print(f"    {line[:300]}")
    print(f"{len(set(one) | set(two))} URLs compared, {differing} differ")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out.resolve(), args.tree.resolve())
    else:
        sys.exit(diff(args.before, args.after))


if __name__ == "__main__":
    main()
