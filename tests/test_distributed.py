"""Indexing through Celery and Redis (`notices index --broker`, `notices worker`) into PostgreSQL.

Each test starts its own redis-server on a free loopback port (append-only file on, as the README
asks of a broker), two `notices worker` processes and a producer, and compares the store, notice by
notice, with a local `notices index` run over the same folder (test_store_faults.stored). Workers
are killed by their process group, Redis by its pid; nothing else is touched.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from test_store import drop_schema, new_schema
from test_store_faults import on_disk, stored

from extractor.store import models as m

ROOT = Path(__file__).resolve().parent.parent
NOTICES = str(Path(sys.executable).parent / "notices")
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
# one notice per format, each a different notice: the store keeps one record per notice, and which file of a
# notice in several formats becomes it depends on arrival order when workers store at once (not compared here)
FIXTURES = [ROOT / "fixtures" / sub / f"{seed.stem}.{sub}" for seed, sub in zip(SEEDS[1:4], ("docx", "pdf", "html"))]
CORPUS = [SEEDS[0], SEEDS[4]]
BAD = [ROOT / "fixtures" / "bad" / name for name in ("truncated.pdf", "empty.txt")]
LIMIT = 240            # seconds any one step may take before the test fails
REDELIVER_AFTER = 5    # seconds before the tasks of a lost worker go to the other


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Redis:
    """A redis-server of this test's own, keeping its data in an append-only file across restarts."""

    def __init__(self, folder: Path):
        self.port, self.folder, self.proc = _free_port(), folder, None
        folder.mkdir()
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.folder)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _until(lambda: subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True,
                                      text=True).stdout.strip() == "PONG", "redis-server to start")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()


def _until(condition, what: str, limit: float = LIMIT) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"waited {limit} s for {what}"
        time.sleep(0.05)


@pytest.fixture
def redis(tmp_path):
    server = Redis(tmp_path / "redis")
    server.start()
    yield server
    server.kill()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The corpus, a fixture per format, two broken files and one notice twice; and a local run's store of it."""
    folder = tmp_path_factory.mktemp("archive")
    for p in [*CORPUS, *FIXTURES, *BAD]:
        (folder / p.parent.name).mkdir(exist_ok=True)
        shutil.copy(p, folder / p.parent.name / p.name)
    shutil.copy(CORPUS[0], folder / "copy_of_000.txt")
    schema, url = new_schema()
    local = subprocess.run([NOTICES, "index", str(folder), "--db", url, "--workers", "2", "--timeout", "300", "--json"],
                           capture_output=True, text=True, timeout=LIMIT)
    assert local.returncode == 0, local.stderr[-2000:]
    yield folder, json.loads(local.stdout), stored(url, folder)
    drop_schema(schema)


@pytest.fixture
def store():
    schema, url = new_schema()
    yield url
    create_engine(url).dispose()
    drop_schema(schema)


class Workers:
    """`notices worker` processes, one parser each, each in a process group of its own."""

    def __init__(self, broker: str, db: str, logs: Path):
        self.broker, self.db, self.logs, self.procs = broker, db, logs, []

    def start(self) -> subprocess.Popen:
        log = self.logs / f"worker{len(self.procs)}.log"
        with log.open("w") as out:
            proc = subprocess.Popen([NOTICES, "worker", "--broker", self.broker, "--db", self.db, "--workers", "1",
                                     "--timeout", "300", "--redeliver-after", str(REDELIVER_AFTER)],
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        _until(lambda: " ready." in log.read_text(), f"worker {proc.pid} to be ready")
        return proc

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture
def workers(redis, store, tmp_path):
    pool = Workers(redis.url, store, tmp_path)
    yield pool
    pool.stop()


def _produce(folder: Path, broker: str, db: str) -> subprocess.Popen:
    return subprocess.Popen([NOTICES, "index", str(folder), "--broker", broker, "--db", db, "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _report(producer: subprocess.Popen) -> dict:
    out, err = producer.communicate(timeout=LIMIT)
    assert producer.returncode == 0, err[-2000:]
    return json.loads(out)


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def _parsing(worker: subprocess.Popen) -> int | None:
    """The worker's pool process while it is in the middle of a task (its parse process exists)."""
    return next((child for child in _children(worker.pid) if _children(child)), None)


def _stored_count(db: str) -> int:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(m.NoticeRow)).scalar()
    finally:
        engine.dispose()


def assert_same_as_local(db: str, report: dict, archive) -> None:
    """Every file stored once, each notice (records, search terms, paths) as the local run stored it,
    nothing else; and the same report."""
    folder, local_report, (local_notices, local_named, _) = archive
    notices, named, orphans = stored(db, folder)
    assert named == local_named == on_disk(folder)
    assert orphans == []
    assert sorted(notices) == sorted(local_notices)
    for digest, notice in notices.items():
        assert notice == local_notices[digest], digest
    keys = ("files", "indexed", "failed", "skipped")
    assert {k: report[k] for k in keys} == {k: local_report[k] for k in keys}
    assert sorted(f["path"] for f in report["failures"]) == sorted(f["path"] for f in local_report["failures"])


def test_two_workers_store_what_a_local_run_stores(archive, redis, store, workers):
    workers.start(), workers.start()
    report = _report(_produce(archive[0], redis.url, store))
    assert_same_as_local(store, report, archive)
    again = _report(_produce(archive[0], redis.url, store))   # nothing new: nothing queued
    assert (again["indexed"], again["skipped"]) == (0, again["files"])


def test_workers_killed_mid_task_lose_nothing_and_duplicate_nothing(archive, redis, store, workers):
    """First one worker's pool process dies in the middle of a task (SIGKILL): Celery puts the task back
    at once. Then the whole other worker dies mid-task (SIGKILL to its process group, as a host lost):
    its unacknowledged task goes to the survivor after REDELIVER_AFTER seconds."""
    first, second = workers.start(), workers.start()
    producer = _produce(archive[0], redis.url, store)
    _until(lambda: _parsing(first), "the first worker to be in a task")
    os.kill(_parsing(first), signal.SIGKILL)
    _until(lambda: _parsing(second), "the second worker to be in a task")
    os.killpg(second.pid, signal.SIGKILL)
    second.wait()
    assert_same_as_local(store, _report(producer), archive)


def test_broker_restarted_mid_run_the_run_finishes(archive, redis, store, workers):
    workers.start(), workers.start()
    producer = _produce(archive[0], redis.url, store)
    _until(lambda: _stored_count(store) >= 3, "three notices stored")
    redis.kill()
    time.sleep(1)
    redis.start()
    assert_same_as_local(store, _report(producer), archive)


def test_an_api_index_job_goes_through_the_queue_and_reports_its_progress(redis, store, workers, tmp_path):
    """With a broker configured, POST /v1/index-jobs queues the folder for the workers; the job's counts
    are the tasks' results."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    folder = tmp_path / "archive"
    folder.mkdir()
    for p in [*CORPUS[:2], BAD[0]]:
        shutil.copy(p, folder / p.name)
    workers.start()
    with TestClient(create_app(db_url=store, index_roots=[str(tmp_path)], broker=redis.url)) as client:
        job_id = client.post("/v1/index-jobs", json={"folder": str(folder)}).json()["id"]
        _until(lambda: client.get(f"/v1/index-jobs/{job_id}").json()["status"] in ("done", "failed"), "the job")
        job = client.get(f"/v1/index-jobs/{job_id}").json()
    assert job["status"] == "done" and (job["total"], job["done"], job["failed"]) == (3, 3, 1)
    assert [Path(f["path"]).name for f in job["report"]["failures"]] == [BAD[0].name]
    notices, named, orphans = stored(store, folder)
    assert named == on_disk(folder) and orphans == []
    assert sorted(n["notice"]["status"] for n in notices.values()) == ["failed", "ok", "ok"]


def test_workers_starting_together_make_the_schema_once(store):
    """Every `notices worker` migrates the store when it starts; on several hosts they start together."""
    from concurrent.futures import ThreadPoolExecutor

    from extractor.store.db import open_store
    with ThreadPoolExecutor(4) as pool:
        engines = list(pool.map(lambda _: open_store(store, create=True), range(4)))
    for engine in engines:
        engine.dispose()
    assert _stored_count(store) == 0
