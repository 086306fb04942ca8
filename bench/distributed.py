"""Distributed indexing figures: what one worker process parses, and what the store takes.

    .venv/bin/python bench/distributed.py --notices 100 --store-notices 200

1. worker: a scale corpus (bench/scale_corpus.py) indexed by one `notices worker --workers 1` through a
   redis-server of its own (free loopback port), into a fresh PostgreSQL schema; and by a local
   `notices index --workers 1` for comparison. Wall time, and the CPU seconds of the worker's process tree
   (load-independent: notices per CPU second is what a core of an idle machine would do).
2. store: the same notices parsed once in this process, then written with the indexer's `store_results`
   into fresh schemas: a transaction per notice (what a worker task does), 50 per transaction (a local
   run's batching), and by 1, 2 and 4 writer processes at once. Notices/s and rows/s.

PostgreSQL: NOTICES_TEST_PG or postgresql+psycopg://postgres@127.0.0.1:5432/test. Markdown on stdout.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlmodel import SQLModel

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pg_schemas import drop_schema, new_schema  # noqa: E402  (bench/, this script's folder, is on sys.path)

NOTICES = str(Path(sys.executable).parent / "notices")


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker_rate(folder: Path, n: int, tmp: Path) -> dict:
    """One worker process through the queue, and a local run with one parser, on the same folder."""
    port = _free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "yes", "--appendfsync", "always", "--dir", str(tmp)],
                             stdout=subprocess.DEVNULL)
    broker = f"redis://127.0.0.1:{port}/0"
    figures = {}
    try:
        schema, url = new_schema(prefix="bench_dist_")
        log = tmp / "worker.log"
        cpu0 = _children_cpu()
        with log.open("w") as out:
            worker = subprocess.Popen([NOTICES, "worker", "--broker", broker, "--db", url, "--workers", "1"],
                                      stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        while " ready." not in log.read_text():
            time.sleep(0.1)
        started = time.perf_counter()
        produced = subprocess.run([NOTICES, "index", str(folder), "--broker", broker, "--db", url, "--json"],
                                  capture_output=True, text=True, check=True)
        wall = time.perf_counter() - started
        os.killpg(worker.pid, signal.SIGTERM)   # warm shutdown: the pool exits, so its CPU time is counted
        worker.wait()
        report = json.loads(produced.stdout)
        figures["queue"] = {"wall_s": wall, "indexed": report["indexed"], "failed": report["failed"],
                            "cpu_s": _children_cpu() - cpu0}
        drop_schema(schema)
        schema, url = new_schema(prefix="bench_dist_")
        cpu0, started = _children_cpu(), time.perf_counter()
        local = subprocess.run([NOTICES, "index", str(folder), "--db", url, "--workers", "1", "--json"],
                               capture_output=True, text=True, check=True)
        report = json.loads(local.stdout)
        figures["local"] = {"wall_s": time.perf_counter() - started, "indexed": report["indexed"],
                            "failed": report["failed"], "cpu_s": _children_cpu() - cpu0}
        drop_schema(schema)
    finally:
        redis.kill()
        redis.wait()
    return figures


def _rows(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        total = sum(conn.execute(select(func.count()).select_from(t)).scalar() for t in SQLModel.metadata.sorted_tables)
    engine.dispose()
    return total


def _write(url: str, results: list, batch: int) -> None:
    from extractor.store.db import make_engine
    from extractor.store.indexer import store_results
    engine = make_engine(url)
    for i in range(0, len(results), batch):
        store_results(engine, results[i:i + batch])
    engine.dispose()


def store_rate(results: list, batch: int, writers: int) -> dict:
    """`store_results` into a fresh schema, `batch` notices per transaction, by `writers` processes."""
    from extractor.store.db import open_store
    schema, url = new_schema(prefix="bench_dist_")
    open_store(url, create=True).dispose()
    shares = [results[i::writers] for i in range(writers)]
    ctx = mp.get_context("fork")
    started = time.perf_counter()
    procs = [ctx.Process(target=_write, args=(url, share, batch)) for share in shares]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    wall = time.perf_counter() - started
    rows = _rows(url)
    drop_schema(schema)
    return {"batch": batch, "writers": writers, "notices": len(results), "wall_s": wall, "rows": rows,
            "notices_s": len(results) / wall, "rows_s": rows / wall}


def parsed_notices(folder: Path) -> list:
    from extractor.store.indexer import file_sha256, parse_one, warm_up
    warm_up()
    out = []
    for p in sorted(folder.iterdir()):
        parsed = parse_one(str(p))
        out.append((file_sha256(p), [str(p)], parsed))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notices", type=int, default=100, help="scale-corpus notices for the worker figures")
    ap.add_argument("--store-notices", type=int, default=200, help="notices written for the store figures")
    ap.add_argument("--only", choices=["worker", "store"], action="append")
    args = ap.parse_args()
    only = set(args.only or ["worker", "store"])
    tmp = Path(tempfile.mkdtemp(prefix="bench-dist-"))
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2 cores)\n")
    try:
        if "worker" in only:
            folder = tmp / "scale"
            subprocess.run([sys.executable, str(ROOT / "bench" / "scale_corpus.py"), "--notices", str(args.notices),
                            "--out", str(folder)], check=True, capture_output=True)
            fig = worker_rate(folder, args.notices, tmp)
            print("| run | notices | wall s | notices/s (wall) | CPU s (process tree) | notices per CPU s |")
            print("|---|---|---|---|---|---|")
            for name, f in fig.items():
                print(f"| {name} | {f['indexed']} ok, {f['failed']} failed | {f['wall_s']:.1f} | "
                      f"{f['indexed'] / f['wall_s']:.2f} | {f['cpu_s']:.1f} | {f['indexed'] / f['cpu_s']:.2f} |")
            print()
        if "store" in only:
            folder = tmp / "store"
            subprocess.run([sys.executable, str(ROOT / "bench" / "scale_corpus.py"), "--notices",
                            str(args.store_notices), "--out", str(folder)], check=True, capture_output=True)
            results = parsed_notices(folder)
            print("| notices per transaction | writer processes | notices | rows | wall s | notices/s | rows/s |")
            print("|---|---|---|---|---|---|---|")
            for batch, writers in ((1, 1), (50, 1), (1, 2), (1, 4), (50, 4)):
                r = store_rate(results, batch, writers)
                print(f"| {batch} | {writers} | {r['notices']} | {r['rows']} | {r['wall_s']:.1f} | "
                      f"{r['notices_s']:.1f} | {r['rows_s']:.0f} |")
        print(f"\nload average at end: {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
