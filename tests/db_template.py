"""The migrated SQLite test database, built once and copied into each test process.

Every pytest-xdist worker gets its own in-memory SQLite database, and migrating one costs ~20 s of CPU
(Wagtail's and the apps' ~400 migrations, then the full-text schema of search/backends/sqlite_schema.py).
Instead the first process to need it migrates as usual and saves the result as a template file; the others
(and later runs) copy the template into their in-memory database with SQLite's backup API (well under a
second). The template's name is a hash of everything that decides its content: every installed app's
migration files, the languages the locale migration reads, the full-text DDL and the SQLite and Django
versions; anything else changed means a new template. `TEST_DB_TEMPLATE=0` turns the templates off.

On PostgreSQL the template is a database of the same server, `ep_test_template_<hash>`, migrated once by
`manage.py migrate` (the first worker to need it, under the same file lock; the others wait), and each
worker's test database is created from it (`CREATE DATABASE … TEMPLATE`, Django's TEST["TEMPLATE"]): the
workers' `migrate` then finds nothing to apply. Migrating costs ~45 s of CPU per database on a 2-core machine.
A template of other migrations is dropped when a new one is made. File SQLite databases migrate as before.
"""

import contextlib
import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import django
from django.apps import apps
from django.conf import settings
from django.core import management
from django.db import DEFAULT_DB_ALIAS, connections

import psycopg
from psycopg import sql

FOLDER = Path(tempfile.gettempdir()) / "ethnic-press-test-db"
KEEP_SECONDS = 2 * 24 * 3600


def enabled() -> bool:
    return os.environ.get("TEST_DB_TEMPLATE", "1") != "0"


def _sources() -> list[tuple[str, Path]]:
    """(name, path) of every file that decides the template's content. The names are relative (an app's
    label, the project's folders), so that every checkout of the same code (CI's clone, a worktree) shares
    one template."""
    base = Path(settings.BASE_DIR)
    sources = []
    for app in apps.get_app_configs():
        migrations = Path(app.path) / "migrations"
        if migrations.is_dir():
            sources += [(f"{app.label}/{path.relative_to(app.path)}", path) for path in migrations.rglob("*.py")]
    paths = [*(base / "languages").rglob("*.py"), *(base / "languages").rglob("*.toml")]
    paths += [base / "search" / "backends" / "sqlite_schema.py", base / "search" / "apps.py"]
    sources += [(str(path.relative_to(base)), path) for path in paths]
    return sorted(sources)


def key() -> str:
    digest = hashlib.sha256(f"{django.__version__} {sqlite3.sqlite_version} {settings.INSTALLED_APPS}".encode())
    for name, path in _sources():
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


@contextlib.contextmanager
def _locked(path: Path):
    FOLDER.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _save(connection, path: Path) -> None:
    partial = path.with_suffix(f".{os.getpid()}.partial")
    target = sqlite3.connect(partial)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    os.replace(partial, path)
    for old in FOLDER.glob("*.sqlite3"):  # templates of code long gone
        if old != path and time.time() - old.stat().st_mtime > KEEP_SECONDS:
            old.unlink(missing_ok=True)


def _load(path: Path, connection) -> None:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _call_command(name, *args, **options):
    """`migrate` for an in-memory SQLite test database from the template; any other command as it was."""
    connection = connections[options.get("database", DEFAULT_DB_ALIAS)]
    if name != "migrate" or connection.vendor != "sqlite" or not connection.is_in_memory_db():
        return _real_call_command(name, *args, **options)
    management.call_command = _real_call_command  # once: a test's own `migrate` must really migrate
    path = FOLDER / f"{key()}.sqlite3"
    with _locked(path):
        if not path.exists():
            _real_call_command(name, *args, **options)
            connection.ensure_connection()
            _save(connection, path)
            return None
    connection.ensure_connection()
    _load(path, connection)
    return None


_real_call_command = management.call_command


TEMPLATE_PREFIX = "ep_test_template_"


def _postgres_url(settings_dict: dict, name: str) -> str:
    user = quote(settings_dict.get("USER") or "")
    password = quote(settings_dict.get("PASSWORD") or "")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    port = settings_dict.get("PORT") or 5432
    return f"postgresql://{credentials}{settings_dict.get('HOST') or '127.0.0.1'}:{port}/{quote(name)}"


def _postgres_template(settings_dict: dict) -> str:
    """The migrated template's name, made first if this server has none for these migrations."""
    name = TEMPLATE_PREFIX + key()
    server = _postgres_url(settings_dict, "postgres")
    with _locked(FOLDER / f"postgres-{name}"):
        with psycopg.connect(server, autocommit=True) as admin:
            existing = [
                row[0]
                for row in admin.execute(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s", [TEMPLATE_PREFIX + "%"]
                )
            ]
            if name in existing:
                return name
            for old in existing:  # templates of migrations long gone
                with contextlib.suppress(psycopg.Error):
                    admin.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(old)))
            building = name + "_partial"
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(building)))
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(building)))
            subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput"],
                cwd=settings.BASE_DIR,
                env={
                    **os.environ,
                    "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "cms.settings.test"),
                    "DATABASE_URL": _postgres_url(settings_dict, building),
                },
                check=True,
                stdout=subprocess.DEVNULL,
            )
            # Renamed only once migrated: an interrupted build is never taken for a template.
            admin.execute(
                sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(building), sql.Identifier(name))
            )
    return name


def use_postgres_template() -> None:
    """Each PostgreSQL test database is created from the migrated template (before the test databases are)."""
    settings_dict = settings.DATABASES[DEFAULT_DB_ALIAS]
    if not enabled() or connections[DEFAULT_DB_ALIAS].vendor != "postgresql":
        return
    settings_dict.setdefault("TEST", {})["TEMPLATE"] = _postgres_template(settings_dict)


@contextlib.contextmanager
def migrate_from_template():
    """Until the test database is created, its `migrate` (create_test_db imports call_command when it
    runs) takes SQLite's migrated schema from the template."""
    if not enabled():
        yield
        return
    management.call_command = _call_command
    try:
        yield
    finally:
        management.call_command = _real_call_command
