"""Index jobs: the store's `index` over a server folder, in a background thread.

With a broker configured (NOTICES_BROKER), a job queues the files for `notices worker` processes
(extractor/store/distributed.py) and follows their results: `done` and `failed` come from the queue.

A job belongs to the server, not to the request that started it: a client that goes away
does not stop it. Jobs are kept in memory (a restart forgets them; what they stored stays).
"""
from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from sqlalchemy import Engine

from extractor.store.distributed import index_queued
from extractor.store.indexer import OutsideRoots, Report, find_files, index


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class Job:
    id: str
    folder: str
    status: str = "queued"          # queued | running | done | failed
    total: Optional[int] = None     # files to parse (unchanged ones are not counted)
    done: int = 0
    failed: int = 0
    created: str = field(default_factory=_now)
    finished: Optional[str] = None
    error: Optional[str] = None
    report: Optional[dict] = None

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


class JobRunner:
    """Starts jobs one at a time per folder set and keeps their progress; one thread per job."""

    def __init__(self, engine: Engine, workers: int, timeout: float, broker: Optional[str] = None, *,
                 roots: Sequence[Path]):
        self.engine, self.workers, self.timeout, self.broker = engine, workers, timeout, broker
        self.roots = list(roots)  # NOTICES_INDEX_ROOTS, checked again when a job starts and for every file it opens
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()   # one index run at a time: runs share the store's writer
        self._threads: list[threading.Thread] = []

    def start(self, folder: Path) -> Job:
        job = Job(id=uuid.uuid4().hex, folder=str(folder))
        self.jobs[job.id] = job
        thread = threading.Thread(target=self._run, args=(job, folder), name=f"index-{job.id[:8]}", daemon=True)
        self._threads.append(thread)
        thread.start()
        return job

    def _progress(self, job: Job):
        def start(total: int):
            job.total = total

            def tick(_path, parsed):
                job.done += 1
                job.failed += parsed.error is not None
            return tick
        return start

    def _run(self, job: Job, folder: Path) -> None:
        with self._lock:
            job.status = "running"
            try:
                report = self._index(find_files([folder], roots=self.roots), self._progress(job))
                job.report = report.as_dict()
                job.failed = report.failed
                job.status = "done"
            except OutsideRoots as e:  # the folder was swapped for a link out of the roots since it was accepted
                job.status, job.error = "failed", str(e)
            except Exception as e:  # the job records why it stopped; the server goes on
                job.status, job.error = "failed", f"{type(e).__name__}: {e}".splitlines()[0]
            finally:
                job.finished = _now()

    def _index(self, files: list[Path], progress) -> Report:
        if self.broker:
            return index_queued(self.engine, files, self.broker, roots=self.roots, progress=progress)
        return index(self.engine, files, workers=self.workers, timeout=self.timeout, roots=self.roots,
                     progress=progress)

    def wait(self, timeout: Optional[float] = None) -> None:
        """Wait for every job started so far (shutdown, tests)."""
        for t in list(self._threads):
            t.join(timeout)
