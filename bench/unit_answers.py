"""Unit questions answered from deadline_units against the same questions through the units' tasks (the path
main had: queries._unit_streams -> None), on one store, in one process: wall and CPU p50/p95, answers compared.

    PYTHONPATH=$PWD .venv/bin/python bench/unit_answers.py sqlite:////tmp/qbench/bench_query_49500_1.db 30

The questions are the bench's (bench/run.py): a unit as lead, and a unit in a month, `runs` of each.
"""
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402

from extractor.store import queries  # noqa: E402
from extractor.store.db import open_store  # noqa: E402
from extractor.store.queries import DeadlineQuery, count_deadlines, deadline_rows  # noqa: E402
from extractor.store.query_language import month_period  # noqa: E402

url = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
c = time.perf_counter()
engine = open_store(url, create=True)
print("open/migrate s", round(time.perf_counter() - c, 1))
months, orgs = bench._askable(engine, None)
rng = random.Random(1)
qs = [DeadlineQuery(org=rng.choice(orgs), role="lead") for _ in range(runs)]
qs += [DeadlineQuery(*month_period(*rng.choice(months)), org=rng.choice(orgs)) for _ in range(runs)]
real = queries._unit_streams
def timed(label, fn):
    out, t, cpu = [], [], []
    with engine.connect() as conn:
        for q in qs[:2]:
            fn(conn, q)
        for q in qs:
            a, b = time.perf_counter(), time.process_time()
            out.append(fn(conn, q))
            t.append(time.perf_counter() - a); cpu.append(time.process_time() - b)
    for name, part in (("lead", slice(0, runs)), ("unit+month", slice(runs, None))):
        s = sorted(t[part])
        print(f"{label:10s} {name:10s} p50 {s[len(s)//2]*1000:7.1f} p95 {s[int(round(0.95*(len(s)-1)))]*1000:7.1f} "
              f"max {s[-1]*1000:7.1f} cpu50 {sorted(cpu[part])[len(s)//2]*1000:7.1f} cpu95 {sorted(cpu[part])[int(round(0.95*(len(s)-1)))]*1000:7.1f} ms")
    return out
def page(conn, q):
    return (count_deadlines(conn, q), deadline_rows(conn, q, 100))
new = timed("new", page)
queries._unit_streams = lambda conn, q: None
old = timed("old", page)
queries._unit_streams = real
bad = [q for q, a, b in zip(qs, new, old) if a != b]
print("questions", len(qs), "differing", len(bad), bad[:3])
print("totals", [a[0] for a in new])
