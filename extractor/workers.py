"""Parsing files in worker processes, each within a time limit and a memory budget (`WorkerPool`, `Worker`).

`notices parse`, the API's uploads, `notices index` and `notices worker` share it; it imports no part of
the store (SQLAlchemy costs ~0.8 s of a command's start-up), the indexer's task (`store.indexer.parse_for_store`)
being given to the pool by the indexer.
"""
from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import re
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .models import Plan
    from .store.rows import NoticeRecord

MEMORY_MB = 2048  # default memory budget of a worker on top of what it shares (OCR of one page needs over 1 GB)
OUT_OF_MEMORY = "out of memory while reading the file"
# What native code prints on stderr when an allocation fails and it aborts instead of raising MemoryError:
# Rust's handler (pydantic-core, tokenizers), C++'s bad_alloc, glib and libxml2.
NATIVE_OUT_OF_MEMORY = re.compile(r"memory allocation of \d+ bytes failed|std::bad_alloc|[Oo]ut of memory|"
                                  r"Cannot allocate memory|MemoryError")
# a worker under a memory budget that dies after holding this share of it is taken to have run out of it
# (the allocation the cap refused may be large: a 57 MB buffer at 60 MB short of the cap); how often it looks
NEAR_BUDGET, MEMORY_WATCH_SECONDS = 0.5, 0.02
AT_CAP = 0.9  # a worker stopped at the time limit having held this share of its budget had come to the cap
OUT_OF_MEMORY_EXIT = 3  # the exit status of a worker refused even the memory to answer


@dataclass
class Parsed:
    """What parsing one file gives: its plan, the record to store it by (an index run's), or why it failed.
    An index run's workers send the record alone (`parse_for_store`)."""
    plan: Optional[Plan] = None
    record: Optional[NoticeRecord] = None
    error: Optional[str] = None
    error_kind: Optional[str] = None
    merged: bool = False  # set when stored: another format of a notice stored before


def parse_plan(source: str | tuple[bytes, str]) -> Parsed:
    """Parse a file, given by its path or as (its bytes, its name); any failure becomes a one-line reason.
    The task of the workers of `notices parse` and of API uploads; an index run's adds the search terms."""
    from .errors import NoticeError
    from .pipeline import parse
    try:
        plan = parse(source) if isinstance(source, str) else parse(source[0], filename=source[1])
    except NoticeError as e:
        return Parsed(error=e.reason, error_kind=e.kind)
    except RecursionError:
        return Parsed(error="structure nested too deeply to read", error_kind="invalid")
    except MemoryError:
        # answered after the handler: inside it the traceback keeps the parse's frames, and all they hold,
        # alive, and even the answer's few bytes may be refused under the cap
        plan = None
    except Exception as e:  # a bug in one extractor must not stop a run over thousands of files
        return Parsed(error=f"internal error: {type(e).__name__}: {e}".splitlines()[0], error_kind="crash")
    if plan is None:
        return Parsed(error=OUT_OF_MEMORY, error_kind="too_large")
    return Parsed(plan=plan)


def limit_memory(megabytes: int) -> Optional[int]:
    """Cap this process's address space (RLIMIT_AS) at its present size plus `megabytes`.

    Called in a worker just after it is forked from the warmed-up parent. The pages it shares with
    the parent (interpreter, rules, dictionaries) are already part of its address space, so the cap
    is a budget for what parsing adds on top of them, however large the parent is. The kernel refuses
    the allocation that would cross it, at once: Python raises MemoryError, which `parse_one` turns
    into a failed file, before the machine swaps or its OOM killer picks a victim. (A watch of the
    resident size from the parent would see a bomb only after the fact, between two polls.) Address
    space counts reservations not yet touched, so the budget is an upper bound, not exact RSS. C
    code that does not check its allocations may crash instead: the pool records a worker that died.
    Without /proc (not Linux) the size is unknown and nothing is capped. Returns the size the budget
    counts from (None: not capped).
    """
    import resource
    size = _address_space()
    if size is None:
        return None
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = size + megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    return size




def _few_malloc_arenas() -> None:
    """glibc reserves 64 MB of address space for each thread that meets another in malloc, up to 16 on two
    cores: how many depends on timing, so the budget a file used did too (OCR of he_05: 1,947 MB of a
    2,048 MB budget, over it on a loaded machine). Two arenas: 1,411 MB, the same however busy the machine."""
    import ctypes
    try:
        ctypes.CDLL(None).mallopt(-8, 2)   # M_ARENA_MAX
    except (OSError, AttributeError):      # not glibc
        pass


def _address_space() -> Optional[int]:
    import resource
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * resource.getpagesize()
    except OSError:
        return None


def _status_kb(field: str) -> Optional[int]:
    """A field of /proc/self/status in bytes (`VmRSS`, `VmHWM`)."""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith(field + ":"))
    except (OSError, StopIteration):
        return None


def _reset_peak_resident() -> Optional[int]:
    """Start the kernel's count of the most memory this process has held resident (VmHWM) again from now, and
    return what it holds now; None where that cannot be done. (VmPeak, the peak of the address space, cannot
    be reset: a worker forked from a large process may have its peak far above its start before any file.)"""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return None
    return _status_kb("VmRSS")


def _watch_memory(used, memory_mb: int, capped: threading.Event) -> None:
    """Cap this worker's memory (`limit_memory`), then keep in `used` the most address space it has held above
    its start: native code (libxml2, pdfium) refused an allocation by the cap may crash with no word of why, and
    the parent then judges by how near the budget the worker had come.
    The cap is set from this thread once it has allocated: its stack and malloc arena (72 MB of address
    space) are then part of the start, not of the budget, or every worker under 128 MB would seem near it."""
    base = limit_memory(memory_mb)
    capped.set()
    if base is None:
        return
    import resource
    page = resource.getpagesize()
    # /proc/self/statm kept open and read again in place: a look every 20 ms had cost ~0.1 ms of the worker's
    # CPU with a file opened, read and closed each time (4-5 % of an index run's workers), ~0.04 ms this way
    statm = os.open("/proc/self/statm", os.O_RDONLY)
    while True:
        size = int(os.pread(statm, 64, 0).split(None, 1)[0]) * page
        if size - base > used.value:
            used.value = size - base
        time.sleep(MEMORY_WATCH_SECONDS)


def _worker(conn, memory_mb: int, stderr_path: str, task: Callable[[object], Parsed], used) -> None:
    """A worker process: `task` of each job received, until None or its parent is gone.
    Forked or started by a fork server alike: its stderr goes to the file at `stderr_path`."""
    parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    fd = os.open(stderr_path, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 2)  # the parent reads why native code aborted, and passes the rest on
    os.close(fd)
    if memory_mb:
        _few_malloc_arenas()  # before the watch's thread first allocates
        capped = threading.Event()
        threading.Thread(target=_watch_memory, args=(used, memory_mb, capped), daemon=True).start()
        capped.wait()
    while True:
        while not conn.poll(1.0):
            if os.getppid() != parent:  # the parent was killed: do not linger
                return
        job = conn.recv()
        if job is None:
            return
        resident = _reset_peak_resident() if memory_mb else None
        try:
            result = task(job)
        except MemoryError:  # refused even the answer: die at once (the parent reports it as over the budget)
            os._exit(OUT_OF_MEMORY_EXIT)  # rather than print a traceback with no memory left: it may spin for minutes
        if resident is not None:  # a job shorter than the watch's period: by the kernel's peak of what it touched
            used.value = max(used.value, (_status_kb("VmHWM") or resident) - resident)
        conn.send(result)


def _fork_without_garbage(proc) -> None:
    """Start a forked worker with the parent's objects frozen across the fork (`gc.freeze`), so that the worker's
    collector never frees or touches what it inherited. Its size then moves with its own work alone (freeing a
    parent's garbage once made a job holding 120 of 128 MB seem to hold 20), and it does not copy the parent's
    pages by writing their objects' headers. The parent's garbage is frozen with the rest, not collected first
    (Python's docs' pre-fork advice): in the worker it is never walked nor freed, so it cannot move the budget,
    and a full collection of the parent walked every rule, lexicon and gazetteer table it holds to free nothing
    (~20 ms CPU of `notices parse`'s one fork at load ~15, 0 objects freed; ~80 ms a fork of the indexer's parent).
    The parent collects its garbage itself later, once the objects are unfrozen (by its own `gc.unfreeze` where it
    had frozen them before: an index run's parent keeps its warmed-up heap frozen while it stores, `frozen_heap`)."""
    import gc
    frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        proc.start()
    finally:
        if not frozen:
            gc.unfreeze()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects of this process kept out of the collector's passes until the end (`gc.freeze`): an index run's
    parent, once warmed up, holds the rules, lexicons and gazetteer (~0.5 million objects), which each full
    collection walked to free nothing (~85 ms each, a few every thousand notices, as the records it receives
    outlive the young generations), while what it allocates afterwards is still collected."""
    import gc
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Worker:
    """One worker process and its pipe, doing one job at a time (`give`, then `answer`). `ctx`: a
    multiprocessing context, "fork" (the indexer, after warming up) or "forkserver" (the API server,
    whose threads make forking it unsafe); `task` must then be a module's function."""

    def __init__(self, ctx, memory_mb: int, task: Callable[[object], Parsed],
                 memory_setting: str = "--memory-mb"):
        self.memory_setting = memory_setting  # what sets `memory_mb`, named in the failure
        self.conn, child = ctx.Pipe()
        self.stderr = tempfile.NamedTemporaryFile(prefix="notices-worker-", suffix=".stderr")
        self.memory_mb = memory_mb
        self.used = ctx.Value("q", 0, lock=False)   # bytes above its start the worker has held (`_watch_memory`)
        self.proc = ctx.Process(target=_worker, args=(child, memory_mb, self.stderr.name, task, self.used),
                                daemon=True)
        if ctx.get_start_method() == "fork":
            _fork_without_garbage(self.proc)
        else:
            self.proc.start()
        child.close()
        self.job: Optional[object] = None
        self.since = 0.0

    def give(self, job: object) -> None:
        self.job, self.since = job, time.monotonic()
        self.conn.send(job)

    def answer(self) -> tuple[Parsed, Optional[bool]]:
        """The result of the job, read once the pipe is ready, and what becomes of the worker: None, it goes
        on; False, it must be replaced (it ran out of its memory or held over half of it: its heap stays
        large); True, killed and replaced (it died: over budget in native code, or a crash)."""
        try:
            result = self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(5)
            if self.memory_mb and (self.proc.exitcode == OUT_OF_MEMORY_EXIT
                                   or NATIVE_OUT_OF_MEMORY.search(self.printed()) or self.near_budget()):
                return Parsed(error=self.over_budget(), error_kind="too_large"), True
            return Parsed(error=f"the worker process died while parsing it ({exit_reason(self.proc.exitcode)})",
                          error_kind="crash"), True
        self.printed()
        if self.memory_mb and (result.error == OUT_OF_MEMORY
                               or result.error_kind == "crash" and self.near_budget()):
            # near the cap C code may fail without raising MemoryError ("error return without exception set")
            return Parsed(error=self.over_budget(), error_kind="too_large"), False
        if self.near_budget():  # its heap stays large: the next file would start with half the budget gone
            return result, False
        self.job = None
        return result, None

    def near_budget(self) -> bool:
        return bool(self.memory_mb) and self.used.value >= NEAR_BUDGET * self.memory_mb * 1024 * 1024

    def timed_out(self, seconds: float) -> Parsed:
        """A job stopped at the time limit: over its memory budget where it had come to the cap (refused
        allocations can slow a parser to a crawl: a 10 MB page at 128 MB, forked from a large test process),
        else slow, however much it held below that (OCR holds two thirds of its budget for minutes)."""
        if self.memory_mb and self.used.value >= AT_CAP * self.memory_mb * 1024 * 1024:
            return Parsed(error=self.over_budget(), error_kind="too_large")
        return Parsed(error=f"took longer than {seconds:g} s; stopped", error_kind="timeout")

    def over_budget(self) -> str:
        return f"needed more than the {self.memory_mb} MB of memory a worker may use ({self.memory_setting}); stopped"

    def printed(self) -> str:
        """What the worker wrote on stderr since the last call (passed on to the parent's stderr)."""
        self.stderr.seek(0)
        out = self.stderr.read().decode("utf-8", "replace")
        self.stderr.seek(0)
        self.stderr.truncate()
        if out:
            sys.stderr.write(out)
        return out

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()
        self.printed()
        self.stderr.close()


class WorkerPool:
    """Forked workers, one file each at a time. A worker past the timeout is killed and replaced; one
    that ran out of its `memory_mb` (0: no limit) is replaced too, as its heap may stay fragmented.
    `task`: what a worker does with a path (`parse_plan`, the indexer's `parse_for_store`)."""

    def __init__(self, workers: int, timeout: float, memory_mb: int = MEMORY_MB, *,
                 task: Callable[[object], Parsed]):
        self.ctx = mp.get_context("fork")
        self.size = max(1, workers)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.task = task
        self.workers: list[Worker] = []

    def run(self, paths: Iterable[str]) -> Iterator[tuple[str, Parsed]]:
        """Yield (path, Parsed) as results come in, in completion order."""
        todo = deque(paths)
        self.workers = [self._new() for _ in range(min(self.size, len(todo)))]
        try:
            while todo or any(w.job for w in self.workers):
                for w in self.workers:
                    if w.job is None and todo:
                        w.give(todo.popleft())
                busy = [w for w in self.workers if w.job]
                left = min(self.timeout - (time.monotonic() - w.since) for w in busy)
                ready = wait([w.conn for w in busy], timeout=max(0.0, left))
                for w in busy:
                    if w.conn in ready:
                        yield self._collect(w)
                    elif time.monotonic() - w.since > self.timeout:
                        yield self._replace(w, w.timed_out(self.timeout), kill=True)
        finally:
            for w in self.workers:
                w.stop(kill=w.job is not None)

    def _new(self) -> Worker:
        return Worker(self.ctx, self.memory_mb, self.task)

    def _collect(self, w: Worker) -> tuple[str, Parsed]:
        path = w.job
        result, kill = w.answer()
        if kill is not None:
            return self._replace(w, result, kill=kill)
        return path, result

    def _replace(self, w: Worker, result: Parsed, kill: bool) -> tuple[str, Parsed]:
        path = w.job
        w.stop(kill=kill)
        self.workers[self.workers.index(w)] = self._new()
        return path, result




def exit_reason(exitcode: Optional[int]) -> str:
    """How a worker process ended, for the failure reason: `killed by SIGSEGV`, `exit status 3`."""
    if exitcode is None:
        return "it closed its pipe"
    if exitcode < 0:
        return f"killed by {signal.Signals(-exitcode).name}"
    return f"exit status {exitcode}"
