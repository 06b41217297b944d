"""Do SQLite and PostgreSQL give the same top results for the relevance queries?

    .venv/bin/python bench/compare_backends.py

Reads bench/results/search_relevance_sqlite.json and search_relevance_postgresql.json (written by
bench/search_relevance.py on each database) and prints, per language, how many queries have the same
top-5 stories in the same order, the same set in another order, or different stories.
"""

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def main() -> None:
    sqlite = json.loads((RESULTS / "search_relevance_sqlite.json").read_text())["languages"]
    postgres = json.loads((RESULTS / "search_relevance_postgresql.json").read_text())["languages"]
    lines = ["| language | queries | same order | same stories, other order | different |", "|---|---|---|---|---|"]
    for language in sorted(sqlite):
        first, second = sqlite[language].get("top", {}), postgres.get(language, {}).get("top", {})
        same = reordered = different = 0
        for query, ranked in first.items():
            other = second.get(query)
            if other == ranked:
                same += 1
            elif other is not None and set(other) == set(ranked):
                reordered += 1
            else:
                different += 1
                print(f"{language} {query!r}: sqlite {ranked} postgresql {other}")
        lines.append(f"| {language} | {len(first)} | {same} | {reordered} | {different} |")
    table = "\n".join(lines)
    heading = "# SQLite and PostgreSQL: top-5 of the relevance queries"
    (RESULTS / "compare_backends.md").write_text(f"{heading}\n\n{table}\n")
    print(table)


if __name__ == "__main__":
    main()
