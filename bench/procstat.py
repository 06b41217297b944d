"""Process figures read from Linux's /proc for the benchmarks: a gunicorn master's workers and the Korean
analyser process it starts, CPU seconds (utime + stime) of processes, the PostgreSQL server processes serving
the benchmark's database, and memory (RSS, peak, PSS, USS). psutil would do most of this, but it is not a
dependency of the project, and these few reads of /proc are all the benchmarks need.
"""

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def children_of(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def is_analyser(pid: int) -> bool:
    """The Korean analyser process the master starts (search/analysis/korean_service.py), not a worker."""
    try:
        return b"korean_service" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def workers_of(master: int) -> list[int]:
    return [pid for pid in children_of(master) if not is_analyser(pid)]


def analysers_of(master: int) -> list[int]:
    return [pid for pid in children_of(master) if is_analyser(pid)]


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICKS


def database_cpu() -> dict[int, float]:
    """CPU seconds of each PostgreSQL server process connected to the benchmark's database (the workers'
    connections), by pid; empty on SQLite, whose work is in the workers' own CPU."""
    if not os.environ["DATABASE_URL"].startswith("postgres"):
        return {}
    from django.db import connection  # here: a benchmark script sets Django up after importing this module

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        pids = [row[0] for row in cursor.fetchall()]
    seconds = {}
    for pid in pids:
        try:
            seconds[pid] = cpu_seconds([pid])
        except OSError:  # the connection closed meanwhile
            pass
    return seconds


def database_cpu_since(before: dict[int, float]) -> float:
    """PostgreSQL CPU used since `before` (a connection opened meanwhile counts from zero)."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in database_cpu().items())


def memory_mb(pids: list[int]) -> dict:
    """Each process's resident set (VmRSS), its peak (VmHWM), and from smaps_rollup its proportional set
    (PSS: shared pages divided among the processes sharing them) and unique set (USS: private pages, what
    the process alone costs). gunicorn preloads the project in the master (gunicorn.conf.py), so every
    worker's RSS counts the pages they all share with it."""
    rss, peak, pss, uss = [], [], [], []
    for pid in pids:
        status = dict(
            line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
        )
        rss.append(int(status["VmRSS"].split()[0]) / 1024)
        peak.append(int(status["VmHWM"].split()[0]) / 1024)
        rollup = dict(
            line.split(":", 1) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:] if ":" in line
        )
        kilobytes = {name: int(value.split()[0]) for name, value in rollup.items()}
        pss.append(kilobytes["Pss"] / 1024)
        uss.append((kilobytes["Private_Clean"] + kilobytes["Private_Dirty"]) / 1024)
    return {
        "rss_mb": [round(value) for value in rss],
        "peak_rss_mb": [round(value) for value in peak],
        "pss_mb": [round(value) for value in pss],
        "uss_mb": [round(value) for value in uss],
    }
