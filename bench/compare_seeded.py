"""Compare two SQLite databases seeded by `seed_demo`, table by table, row by row (in the order they were
inserted: rowid), ids included.

    .venv/bin/python bench/compare_seeded.py /tmp/before.sqlite3 /tmp/after.sqlite3

What differs from run to run is normalised, the same way in both files: each UUID (translation keys, block
ids, log entries' uuids) is renamed by the order it first appears in (so the rows still have to point at the
same objects), timestamps are masked, password hashes too. A timestamp's precision is compared per
column: the share of its timestamps with digits below the millisecond (~99.9 % where Python's microseconds
are written, 0 where a value went through JSON, which keeps milliseconds) must not differ by more than 2
points (and 5 timestamps). Tables whose row ids follow a Python set's order (`wagtailcore_referenceindex`)
are compared as sorted rows without their ids, with the UUIDs numbered before (block ids in content paths;
others, the paths' hashes, masked). Prints each table's row count and the first differences; exits 1 if
any table differs.
"""

import re
import sqlite3
import sys

UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE)
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.(?P<fraction>\d+))?)?(Z|[+-]\d{2}:?\d{2})?")
PASSWORD = re.compile(r"^(md5|pbkdf2_sha256|argon2|bcrypt\w*|scrypt)\$.*")
UNORDERED_IDS = {"wagtailcore_referenceindex"}


class Normaliser:
    def __init__(self):
        self.uuids = {}
        self.precision = {}  # (table, column) -> [timestamps, with digits below the millisecond]

    def value(self, value, uuids: bool = True, column=None):
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if not isinstance(value, str):
            return value
        value = PASSWORD.sub("<password>", value)
        value = UUID.sub(self.uuid if uuids else self.known_uuid, value)
        return TIMESTAMP.sub(lambda match: self.time(match, column), value)

    def time(self, match, column) -> str:
        counts = self.precision.setdefault(column, [0, 0])
        fraction = match.group("fraction") or ""
        counts[0] += 1
        counts[1] += len(fraction) > 3 and fraction[3:].strip("0") != ""
        return "<time>"

    def known_uuid(self, match) -> str:
        number = self.uuids.get(match.group(0).replace("-", "").lower())
        return "<uuid:?>" if number is None else f"<uuid:{number}>"

    def uuid(self, match) -> str:
        key = match.group(0).replace("-", "").lower()
        return f"<uuid:{self.uuids.setdefault(key, len(self.uuids))}>"


def tables(connection) -> list[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [name for (name,) in rows if not name.startswith("sqlite_")]


def rows(connection, table: str, normaliser: Normaliser) -> list[tuple]:
    columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    unordered = table in UNORDERED_IDS
    try:
        raw = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    except sqlite3.OperationalError:  # a table without rowid: by its columns
        raw = connection.execute(f'SELECT * FROM "{table}" ORDER BY {", ".join(map(str, range(1, len(columns) + 1)))}')
    found = [
        tuple(normaliser.value(value, uuids=not unordered, column=(table, columns[n])) for n, value in enumerate(row))
        for row in raw
    ]
    if unordered and "id" in columns:
        at = columns.index("id")
        found = sorted((row[:at] + row[at + 1 :] for row in found), key=repr)
    return found


def main(before_path: str, after_path: str) -> int:
    before, after = sqlite3.connect(before_path), sqlite3.connect(after_path)
    names = tables(before)
    if names != tables(after):
        print("tables differ:", sorted(set(names) ^ set(tables(after))))
        return 1
    normalisers = Normaliser(), Normaliser()
    differing, total = 0, 0
    for name in names:
        old, new = rows(before, name, normalisers[0]), rows(after, name, normalisers[1])
        total += len(old)
        if old == new:
            continue
        differing += 1
        print(f"{name}: {len(old)} → {len(new)} rows")
        shown = 0
        for a, b in zip(old, new, strict=False):
            if a != b and shown < 3:
                print("  before:", repr(a)[:400])
                print("  after: ", repr(b)[:400])
                shown += 1
    for column, (count, fine) in normalisers[0].precision.items():
        after_count, after_fine = normalisers[1].precision.get(column, [0, 0])
        if abs(fine / count - after_fine / max(after_count, 1)) > 0.02 and abs(fine - after_fine) > 5:
            differing += 1
            print(f"{column}: timestamps below the millisecond {fine}/{count} → {after_fine}/{after_count}")
    print(f"{len(names)} tables, {total} rows before; {differing} tables or columns differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
