"""Tree paths as index ranges."""

from django.db.models import Q

from wagtail.models import Page


def path_prefix_q(path: str, field: str = "path") -> Q:
    """Pages whose tree path starts with `path` (the page and its descendants), as a range of the indexed
    path: `path__startswith` is a LIKE, which SQLite never answers from an index (its LIKE ignores case
    unless told otherwise), so Wagtail's `child_of`/`descendant_of` read every page of the site; at
    100,000 articles that was most of an outlet's or an article's SQL time. The upper bound is the next
    path of the same length in treebeard's alphabet (digits, then capital letters: the same order in any
    collation), so the range holds exactly the paths that start with `path`."""
    alphabet = Page.alphabet
    stem = path.rstrip(alphabet[-1])
    if not stem:  # "ZZZZ…": nothing comes after it
        return Q(**{f"{field}__gte": path})
    upper = stem[:-1] + alphabet[alphabet.index(stem[-1]) + 1]
    return Q(**{f"{field}__gte": path, f"{field}__lt": upper})
