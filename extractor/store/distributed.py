"""Indexing on several machines: Celery tasks over a Redis broker, into one PostgreSQL store.

    notices index FOLDER --broker redis://host:6379/0 --db postgresql+psycopg://…   (one host: walks, queues, waits)
    notices worker --broker redis://host:6379/0 --db postgresql+psycopg://…         (any number of hosts)

A run, step by step (the single-machine run's own functions, from indexer.py):
  1. The producer lists and hashes the files and skips stored content (`new_contents`), then queues
     one task per new content: its sha256 and its paths. The folder must be at the same path on
     every worker host (a shared or mirrored file system); only paths travel through the broker.
  2. A worker's pool process (one per `--workers`) runs a task: `WorkerPool` parses the file in a
     forked process, so a timeout, the memory budget or a crash is recorded as failed exactly as in
     a local run; `store_result` stores the notice, its records and paths in one transaction.
  3. The producer follows the tasks' results in the result backend (the broker's Redis) and prints
     the same report as a local run.

Delivery. A task is acknowledged only once its notice is committed (acks_late). A pool process that
dies mid-task has its task put back at once (reject_on_worker_lost); a whole worker host lost
(SIGKILL, power) leaves its tasks unacknowledged in Redis, and another worker takes them once they
are `redeliver_after` seconds old (the Redis transport's visibility timeout). A task run twice stores
its notice once: the store is keyed on the content hash and `store_result` replaces a notice stored
under the same hash, and a task whose content is already stored ok only links its paths. A task
that cannot reach the database is retried later (StoreError), not dropped.

The broker must keep its data across a restart (Redis with `--appendonly yes`): the queue is the
list of files not yet indexed. A worker or producer cut off from Redis reconnects and goes on.
"""
from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

TASK = "notices.index_file"
QUEUE = "notices"
REDELIVER_AFTER = 900.0   # seconds before the task of a lost worker host is given to another
POLL_SECONDS = 0.5        # how often the producer reads the results of its tasks
CHUNK = 1000              # results read per Redis round trip


@dataclass
class WorkerSettings:
    """What every pool process of `notices worker` needs; set before the pool forks."""
    db: str
    timeout: float
    memory_mb: int


_settings: Optional[WorkerSettings] = None
_engine_by_pid: dict[int, object] = {}


def make_app(broker: str, redeliver_after: float = REDELIVER_AFTER):
    """The Celery app on `broker` (also the result backend), with the index task registered."""
    from celery import Celery
    app = Celery("notices", broker=broker, backend=broker, set_as_current=False)
    transport = {"visibility_timeout": redeliver_after,
                 # look for the tasks of lost hosts every tenth of the visibility timeout (at most 10 s)
                 "unacked_restore_interval": max(1, min(10, int(redeliver_after / 10))),
                 "unacked_restore_throttle": 1}
    app.conf.update(
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        task_default_queue=QUEUE, result_expires=7 * 24 * 3600,
        broker_transport_options=transport, result_backend_transport_options=transport,
        broker_connection_retry_on_startup=True, broker_connection_max_retries=None,
        result_backend_always_retry=True, result_backend_max_retries=1000,
        task_publish_retry_policy={"max_retries": 100, "interval_start": 0.2, "interval_step": 0.5,
                                   "interval_max": 5},
        worker_hijack_root_logger=False, worker_redirect_stdouts=False,
        # a task running when the broker connection is lost finishes; it cannot be acknowledged on the
        # lost connection, so it is delivered again after the visibility timeout and finds its notice stored
        worker_cancel_long_running_tasks_on_connection_loss=False,
    )
    from .db import StoreError
    app.task(name=TASK, autoretry_for=(StoreError,), retry_backoff=2, retry_backoff_max=600, max_retries=30)(
        index_file)
    return app


# ---------------------------------------------------------------- the worker side

def _engine():
    """This process's engine on the store (one per process: connections are not shared across fork)."""
    from .db import open_store
    pid = os.getpid()
    if pid not in _engine_by_pid:
        _engine_by_pid.clear()
        _engine_by_pid[pid] = open_store(_settings.db)
    return _engine_by_pid[pid]


def _stored_status(engine, sha256: str) -> Optional[tuple[int, str, Optional[str], Optional[str]]]:
    from sqlalchemy import select

    from . import models as m
    with engine.connect() as conn:
        return conn.execute(select(m.NoticeRow.id, m.NoticeRow.status, m.NoticeRow.error, m.NoticeRow.error_kind)
                            .where(m.NoticeRow.sha256 == sha256)).first()


def index_file(sha256: str, paths: list[str]) -> dict:
    """The task: parse the first of `paths` and store the notice under all of them; what happened, as
    {path, error, kind} (error None: indexed). Content already stored ok (a task delivered again after
    its commit) is not parsed again: its paths are linked."""
    from ..ingest import os_path
    from ..workers import WorkerPool
    from .indexer import link_path, parse_for_store, store_result
    engine = _engine()
    known = _stored_status(engine, sha256)
    if known is not None and known.status == "ok":
        for p in paths:
            link_path(engine, known.id, p)
        return {"path": paths[0], "error": None, "kind": None}
    with contextlib.closing(WorkerPool(1, _settings.timeout, _settings.memory_mb,
                                            task=parse_for_store).run([os_path(paths[0])])) as results:
        _path, parsed = next(results)
    sha = parsed.record.sha256 if parsed.record else sha256   # the file may have changed since it was queued
    store_result(engine, sha, paths, parsed)  # the same content committed meanwhile by a copy of this task: replaced
    return {"path": paths[0], "error": parsed.error, "kind": parsed.error_kind}


def _allow_parse_processes(**_) -> None:
    """Celery's pool processes are marked daemonic, and multiprocessing refuses a daemonic process
    children (they could outlive it). The parse process of `WorkerPool` is stopped at the end of
    every task and leaves by itself when its parent is gone, so the pool process may have one."""
    import multiprocessing
    multiprocessing.current_process()._config.pop("daemon", None)


def run_worker(broker: str, db: str, *, workers: int, timeout: float, memory_mb: int, redeliver_after: float,
               loglevel: str = "INFO") -> None:
    """Serve tasks until stopped: warm up once (rules, OpenCC), then fork `workers` pool processes."""
    global _settings
    from .db import open_store
    from .indexer import warm_up
    open_store(db, create=True).dispose()   # migrate once here, not in every pool process
    _settings = WorkerSettings(db=db, timeout=timeout, memory_mb=memory_mb)
    warm_up()
    from celery.signals import worker_process_init
    worker_process_init.connect(_allow_parse_processes, weak=False)
    app = make_app(broker, redeliver_after)
    # A task runs at most its parse timeout plus the store's reconnect attempts; past that Celery stops it.
    app.conf.task_time_limit = timeout + 300
    app.worker_main(["worker", "--pool", "prefork", "--concurrency", str(max(1, workers)), "--queues", QUEUE,
                     "--loglevel", loglevel, "--hostname", f"notices{os.getpid()}@%h", "--without-gossip", "--without-mingle", "--without-heartbeat"])


# ---------------------------------------------------------------- the producer side

def index_queued(engine, files, broker: str, *, retry_failed: bool = False, redeliver_after: float = REDELIVER_AFTER,
                 roots=None, progress: Optional[Callable] = None):
    """`indexer.index`, with the parsing done by the workers on `broker`: queue a task per new content,
    then wait for their results. The Report is a local run's; Ctrl-C stops the waiting, not the tasks.
    With `roots` (an index job's), no file outside them is hashed or queued."""
    from .indexer import Report, new_contents
    started = time.monotonic()
    report = Report(files=len(files))
    groups = new_contents(engine, files, report, retry_failed,
                          [os.path.realpath(r) for r in roots] if roots is not None else None)
    tick = progress(len(groups)) if progress else (lambda _p, _r: None)
    app = make_app(broker, redeliver_after)
    try:
        _wait(app, groups, report, tick)
    except KeyboardInterrupt:
        report.interrupted = True
    report.seconds = round(time.monotonic() - started, 2)
    return report


def _send(app, groups: dict[str, list[str]], waiting: dict[str, str]) -> None:
    """Queue a task per content of `groups`; `waiting` maps each task id to its content's sha256."""
    for sha, paths in groups.items():
        waiting[app.send_task(TASK, args=[sha, paths], queue=QUEUE).id] = sha


def _wait(app, groups: dict[str, list[str]], report, tick) -> None:
    """Queue `groups` and read their results until all are in, through broker restarts.

    Redis can lose a message: one it was handing to a worker when the worker or Redis itself died
    (kombu pops a message, then records it as unacknowledged, in two steps). So when results are
    missing while nothing is left to come (the queue empty and no message unacknowledged, seen on two
    polls in a row), what has no result is queued again; a content done twice is stored once."""
    from kombu.exceptions import OperationalError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
    waiting: dict[str, str] = {}
    _send(app, groups, waiting)
    left, idle = dict(groups), 0
    while left:
        try:
            finished = _finished(app, list(waiting))
            idle = idle + 1 if not finished and _nothing_to_come(app) else 0
            if idle == 2:
                _send(app, left, waiting)
                idle = 0
        except (RedisConnectionError, RedisTimeoutError, OperationalError):
            finished, idle = [], 0   # Redis is away (restarting): ask again
        for task_id, outcome in finished:
            sha = waiting.pop(task_id)
            if sha in left:
                path = left.pop(sha)[0]
                _count(report, path, outcome)
                tick(path, outcome)
        if left:
            time.sleep(POLL_SECONDS)


def _nothing_to_come(app) -> bool:
    """No task in the queue and none unacknowledged (kombu's Redis transport keeps those in `unacked`)."""
    client = app.backend.client
    return client.llen(QUEUE) == 0 and client.hlen("unacked") == 0


def _finished(app, task_ids: list[str]) -> list[tuple[str, object]]:
    """(task id, its outcome as a Parsed without plan: error None when indexed) for each task whose
    result is in."""
    from celery import states

    from ..workers import Parsed
    backend, finished = app.backend, []
    for i in range(0, len(task_ids), CHUNK):
        chunk = task_ids[i:i + CHUNK]
        for task_id, raw in zip(chunk, backend.mget([backend.get_key_for_task(t) for t in chunk])):
            meta = backend.decode_result(raw) if raw is not None else {"status": states.PENDING}
            if meta["status"] == states.SUCCESS:
                result = meta["result"]
                finished.append((task_id, Parsed(error=result["error"], error_kind=result["kind"])))
            elif meta["status"] in states.READY_STATES:   # the task itself failed: out of retries, time limit
                exc = meta["result"] or {}
                reason = f"{exc.get('exc_type', 'error')}: {exc.get('exc_message', '')}" if isinstance(exc, dict) else exc
                finished.append((task_id, Parsed(error=f"the worker could not finish it ({reason})", error_kind="crash")))
    return finished


def _count(report, path: str, outcome) -> None:
    if outcome.error is None:
        report.indexed += 1
    else:
        report.failed += 1
        report.failures.append({"path": path, "error": outcome.error, "kind": outcome.error_kind})


# ---------------------------------------------------------------- the command

def register(app) -> None:
    """Add `notices worker` to the Typer app."""
    import typer

    @app.command()
    def worker(
        broker: str = typer.Option(..., "--broker", envvar="NOTICES_BROKER", help="the Celery broker: redis://host:6379/0"),
        db: Optional[str] = typer.Option(None, "--db", envvar="NOTICES_DB",
                                         help="the shared store: postgresql+psycopg://user@host/db"),
        workers: int = typer.Option(0, "--workers", "-w", help="parser processes (default: one per core)"),
        timeout: float = typer.Option(60.0, "--timeout", help="seconds one file may take before it is stopped"),
        memory_mb: int = typer.Option(2048, "--memory-mb", min=0,
                                      help="memory in MB a parser process may use on top of what it shares (0: no limit)"),
        redeliver_after: float = typer.Option(REDELIVER_AFTER, "--redeliver-after", min=1,
                                              help="seconds after which the tasks of a lost worker go to another; "
                                                   "keep it above --timeout"),
    ):
        """Parse and store the files that `notices index --broker` queues, until stopped (Ctrl-C)."""
        from .db import StoreError, check_writable, open_store, resolve_url
        try:  # a store of a newer version, read-only or unreachable: one line, not a traceback
            engine = open_store(db, create=True)
            check_writable(engine)
            engine.dispose()
        except StoreError as e:
            typer.echo(f"notices: {e}", err=True)
            raise typer.Exit(2) from None
        run_worker(broker, resolve_url(db), workers=workers or os.cpu_count() or 1, timeout=timeout,
                   memory_mb=memory_mb, redeliver_after=redeliver_after)
