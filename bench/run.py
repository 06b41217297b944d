"""`make bench`: CPU per page against a minimal view, page throughput and reader search latency, then search
relevance, on the configured database.

The article count comes from BENCH_ARTICLES (default 100000; use a small number for a quick look).
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ARTICLES = os.environ.get("BENCH_ARTICLES", "100000")

for script, args in (
    ("pages_bench.py", ["--articles", ARTICLES]),
    ("cpu_bench.py", []),  # on the database pages_bench.py seeded
    ("search_bench.py", ["--articles", ARTICLES]),
    ("search_relevance.py", []),
):
    print(f"== {script}", flush=True)
    subprocess.run([sys.executable, str(ROOT / script), *args], check=True)
