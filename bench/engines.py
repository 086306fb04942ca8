"""What a distributed task engine costs per task: Celery (as `notices worker` sets it up) against RQ, on a
Redis of their own, with a task that does nothing, so that only the engine is measured.

    .venv/bin/python bench/engines.py --tasks 500            # RQ must be importable (pip install rq)

For each engine: `--tasks` tasks queued at once by a producer, one worker with one process taking them,
the producer waiting for every result. Wall time per task, and the CPU time of the worker's process tree
per task (user + system, from /proc, over the timed tasks: load-independent). Engines:
  - celery: `distributed.make_app` (acks late, prefetch 1, JSON, results in Redis), prefork pool of 1;
  - rq: RQ's default Worker, which forks a work horse per job (the isolation our WorkerPool gives a parse);
  - rq-simple: RQ's SimpleWorker, jobs run in the worker process itself.
A real `notices worker` task also forks a parse process (WorkerPool) and stores one notice per transaction:
bench/distributed.py measures that whole path against a local run.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NOOP = "bench.noop"


def noop(i: int) -> int:
    return i


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree_cpu(root: int) -> float:
    """CPU seconds (user + system) of `root` and its descendants, those living and those they reaped."""
    parents, times = {}, {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()
            parents[int(d.name)] = int(fields[1])
            times[int(d.name)] = sum(int(f) for f in fields[11:15])   # utime, stime, cutime, cstime
    tree, changed = {root}, True
    while changed:
        new = {p for p, pp in parents.items() if pp in tree} - tree
        changed, tree = bool(new), tree | new
    return sum(times.get(p, 0) for p in tree) / os.sysconf("SC_CLK_TCK")


def celery_app(broker: str):
    from extractor.store.distributed import make_app
    app = make_app(broker)
    app.task(name=NOOP)(noop)
    return app


def serve(engine: str, broker: str) -> None:
    """The worker (run in a child process of the bench)."""
    if engine == "celery":
        celery_app(broker).worker_main(["worker", "--pool", "prefork", "--concurrency", "1", "--queues", "notices",
                                        "--loglevel", "WARNING", "--without-gossip", "--without-mingle",
                                        "--without-heartbeat"])
        return
    from redis import Redis
    from rq import Queue, SimpleWorker, Worker
    kind = SimpleWorker if engine == "rq-simple" else Worker
    conn = Redis.from_url(broker)
    kind([Queue("notices", connection=conn)], connection=conn).work(logging_level="WARNING")


def produce(engine: str, broker: str, n: int) -> float:
    """Queue n tasks and wait for the last (one worker process takes them in order), then check all are done;
    the wall time."""
    started = time.perf_counter()
    if engine == "celery":
        app = celery_app(broker)
        ids = [app.send_task(NOOP, args=[i], queue="notices").id for i in range(n)]
        results = [app.AsyncResult(t) for t in ids]
        while results[-1].state != "SUCCESS":
            time.sleep(0.02)
        wall = time.perf_counter() - started
        assert all(r.state == "SUCCESS" for r in results)
        return wall
    from redis import Redis
    from rq import Queue

    from bench.engines import noop as task  # a function of an importable module, as RQ requires
    queue = Queue("notices", connection=Redis.from_url(broker))
    jobs = [queue.enqueue(task, i) for i in range(n)]
    while jobs[-1].get_status(refresh=True) != "finished":
        time.sleep(0.02)
    wall = time.perf_counter() - started
    assert all(j.get_status(refresh=True) == "finished" for j in jobs)
    return wall


def _until_up(broker: str) -> None:
    from redis import Redis
    from redis.exceptions import ConnectionError as RedisConnectionError
    for _ in range(100):
        try:
            Redis.from_url(broker).ping()
            return
        except RedisConnectionError:
            time.sleep(0.1)


def measure(engine: str, n: int, tmp: Path) -> dict:
    port = _free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "yes", "--dir", str(tmp)], stdout=subprocess.DEVNULL)
    broker = f"redis://127.0.0.1:{port}/0"
    try:
        _until_up(broker)
        worker = subprocess.Popen([sys.executable, __file__, "--serve", engine, "--broker", broker],
                                  start_new_session=True, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produce(engine, broker, 3)            # the worker is up and warm
        cpu0 = _tree_cpu(worker.pid)
        wall = produce(engine, broker, n)
        cpu = _tree_cpu(worker.pid) - cpu0
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait()
        return {"engine": engine, "tasks": n, "wall_s": wall, "cpu_s": cpu}
    finally:
        redis.kill()
        redis.wait()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=500)
    ap.add_argument("--engines", nargs="+", default=["celery", "rq", "rq-simple"])
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    ap.add_argument("--broker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve, args.broker)
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-engines-"))
    print(f"load average at start: {os.getloadavg()[0]:.1f}\n")
    print("| engine | tasks | wall s | ms a task (wall) | worker CPU ms a task |")
    print("|---|---|---|---|---|")
    try:
        for engine in args.engines:
            r = measure(engine, args.tasks, tmp)
            print(f"| {engine} | {r['tasks']} | {r['wall_s']:.1f} | {1000 * r['wall_s'] / r['tasks']:.1f} | "
                  f"{1000 * r['cpu_s'] / r['tasks']:.1f} |", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nload average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
