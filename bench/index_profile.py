"""Where `notices index` spends its CPU: the parent's steps and each worker's stages, per notice.

    .venv/bin/python bench/scale_corpus.py --notices 1000 --out /tmp/scale1000
    PYTHONPATH=$PWD .venv/bin/python bench/index_profile.py /tmp/index-profile index /tmp/scale1000 --db /tmp/p.db --workers 2

Runs the `notices` command given after OUT in this process, with `time.process_time()` timers wrapped around the
pipeline's stages (read, normalize, structure, each extractor, assembling the plan), the indexer's steps (hashing and
stored lookups, the warm-up, storing each batch) and the pool's calls (fork, receiving a result, waiting). Each worker
writes its own totals to OUT/worker-PID.json after every job; the parent writes OUT/parent.json at the end (its CPU,
its children's, wall time). With PROFILE=1 the parent is also profiled in CPU time (OUT/parent-cprofile.txt). The
timers cost a few µs a call: a measurement, not a benchmark (bench/run.py --only index is that).
"""
from __future__ import annotations

import collections
import cProfile
import io
import json
import os
import pickle
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import pipeline, workers  # noqa: E402
from extractor.store import indexer  # noqa: E402

PARENT = os.getpid()
parent_cpu: dict[str, float] = collections.defaultdict(float)
worker_cpu: dict[str, float] = collections.defaultdict(float)


def _table() -> dict[str, float]:
    return parent_cpu if os.getpid() == PARENT else worker_cpu


def _timed(owner, name: str, label: str | None = None) -> None:
    f = getattr(owner, name)

    def timed(*a, **k):
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            _table()[label or name] += time.process_time() - t
    setattr(owner, name, timed)


def _instrument(out: Path, profile: list) -> None:
    for name in ("read_file", "normalize", "recognise_structure", "assemble_plan"):
        _timed(pipeline, name)
    extractor = pipeline._extractor

    def timed_extractor(module):
        fn = extractor(module)
        if fn is None:
            return None

        def timed(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                _table()["extract." + module] += time.process_time() - t
        return timed
    pipeline._extractor = timed_extractor
    _timed(indexer, "notice_record")
    _timed(indexer, "parse_plan", "parse_plan (the whole parse)")
    task = indexer.parse_for_store

    def timed_task(source):
        if profile and os.getpid() != PARENT:      # a forked worker inherits the parent's profiler
            profile.pop().disable()
        t = time.process_time()
        result = task(source)
        worker_cpu["task (parse_for_store)"] += time.process_time() - t
        t = time.process_time()
        pickle.dumps(result)
        worker_cpu["pickling the result (again)"] += time.process_time() - t
        worker_cpu["jobs"] += 1
        worker_cpu["process CPU so far"] = time.process_time()
        (out / f"worker-{os.getpid()}.json").write_text(json.dumps(worker_cpu, indent=1))
        return result
    indexer.parse_for_store = timed_task
    for name in ("new_contents", "warm_up", "store_results", "_stored"):
        _timed(indexer, name)
    _timed(workers.Worker, "answer", "Worker.answer (receive, unpickle)")
    _timed(workers.Worker, "__init__", "Worker.__init__ (collect, fork)")
    _timed(workers, "wait", "connection.wait")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    profile: list = [cProfile.Profile(time.process_time)] if os.environ.get("PROFILE") == "1" else []
    _instrument(out, profile)
    from extractor.cli import app
    sys.argv = ["notices", *sys.argv[2:]]
    t0, w0 = time.process_time(), time.perf_counter()
    if profile:
        profile[0].enable()
    try:
        app()
    except SystemExit:
        pass
    if profile:
        profile[0].disable()
        text = io.StringIO()
        pstats.Stats(profile[0], stream=text).sort_stats("tottime").print_stats(40)
        (out / "parent-cprofile.txt").write_text(text.getvalue())
    parent_cpu["parent CPU"] = time.process_time() - t0
    parent_cpu["wall"] = time.perf_counter() - w0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    parent_cpu["children CPU (workers)"] = children.ru_utime + children.ru_stime
    (out / "parent.json").write_text(json.dumps(parent_cpu, indent=1))
    for path in sorted(out.glob("*.json")):
        figures = json.loads(path.read_text())
        print(path.name, ", ".join(f"{k} {v:.2f}" for k, v in sorted(figures.items(), key=lambda x: -x[1])),
              file=sys.stderr)


if __name__ == "__main__":
    main()
