"""How a `make test` run spent its two workers, from tests/timeline.py's files, and what another order would give.

    rm -f /tmp/timeline.*; TEST_TIMELINE=/tmp/timeline make test
    .venv/bin/python bench/schedule.py /tmp/timeline

Per worker: start-up (interpreter, Django, collection), tests' wall and own CPU, the gaps between tests (the
scheduler, fixtures' teardown at the end of a module), and when it finished: the run's wall is the later
worker's end, so a late long unit shows as a spread between the two ends. Then the largest scheduling units
(`--dist loadgroup`: a group, else a test) with where they ran, and the makespan of two simple list schedules of
the same units on two workers, each taking the next unit when free: pytest-xdist's order (units by number of
tests, largest first; the collection order among equals, as pytest-django leaves it) and longest first by this
run's wall. Both use this run's walls, which already include the other worker's competition for the cores.
"""

import heapq
import json
import sys
from collections import defaultdict
from pathlib import Path


def read(base: str) -> dict[str, list[dict]]:
    runs = {}
    for path in sorted(Path(base).parent.glob(Path(base).name + ".*")):
        runs[path.name.rsplit(".", 1)[1]] = [json.loads(line) for line in path.read_text().splitlines()]
    return runs


def makespan(units: list[tuple[str, float]], workers: int = 2) -> float:
    free = [0.0] * workers
    for _name, seconds in units:
        heapq.heappush(free, heapq.heappop(free) + seconds)
    return max(free)


def main(base: str) -> None:
    runs = read(base)
    if not runs:
        sys.exit(f"no files {base}.*")
    origin = min(record["at"] for records in runs.values() for record in records if record["event"] == "start")
    units: dict[str, dict] = defaultdict(lambda: {"wall": 0.0, "cpu": 0.0, "tests": 0, "first": None, "workers": set()})
    print("worker  collected  first test  last end   tests' wall  tests' CPU  gaps   finished")
    for worker, records in runs.items():
        events = {record["event"]: record for record in records if record["event"] != "test"}
        tests = sorted((record for record in records if record["event"] == "test"), key=lambda record: record["start"])
        if not tests:  # pytest-xdist's controller: its start is the run's
            continue
        gaps = sum(max(0.0, later["start"] - earlier["end"]) for earlier, later in zip(tests, tests[1:], strict=False))
        wall = sum(test["end"] - test["start"] for test in tests)
        cpu = sum(test["cpu"] for test in tests)
        print(
            f"{worker:6}  {events.get('collected', {}).get('at', origin) - origin:8.1f}s  "
            f"{tests[0]['start'] - origin:9.1f}s  {tests[-1]['end'] - origin:8.1f}s  {wall:10.1f}s  {cpu:9.1f}s  "
            f"{gaps:5.1f}s  {events.get('finish', {}).get('at', tests[-1]['end']) - origin:7.1f}s"
        )
        for test in tests:
            unit = units[test["scope"]]
            unit["wall"] += test["end"] - test["start"]
            unit["cpu"] += test["cpu"]
            unit["tests"] += 1
            unit["workers"].add(worker)
            unit["first"] = test["start"] if unit["first"] is None else min(unit["first"], test["start"])
    print("\nlargest units: wall, own CPU, tests, worker, start after the first start")
    for name, unit in sorted(units.items(), key=lambda item: -item[1]["wall"])[:15]:
        print(
            f"{unit['wall']:7.1f}s {unit['cpu']:7.1f}s {unit['tests']:4d}  {','.join(sorted(unit['workers'])):5} "
            f"{unit['first'] - origin:7.1f}s  {name[:90]}"
        )
    order = list(units)  # first seen; stable under the sort below, as pytest-xdist's is
    by_count = sorted(order, key=lambda name: -units[name]["tests"])
    by_wall = sorted(order, key=lambda name: -units[name]["wall"])
    print("\nmakespan of the tests alone on 2 workers (start-up not included):")
    print(f"  pytest-xdist's order (tests per unit): {makespan([(n, units[n]['wall']) for n in by_count]):7.1f}s")
    print(f"  longest unit first:                     {makespan([(n, units[n]['wall']) for n in by_wall]):7.1f}s")
    print(f"  perfect split:                          {sum(u['wall'] for u in units.values()) / 2:7.1f}s")


if __name__ == "__main__":
    main(sys.argv[1])
