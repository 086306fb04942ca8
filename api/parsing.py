"""Uploads parsed in a bounded pool of child processes, so that no file can take the server.

Each upload is parsed by one of at most `size` worker processes (`extractor.workers.Worker`, with the task
`parse_plan`), within `timeout` seconds and `memory_mb` MB of its own: a worker past either is killed and
replaced, and the upload refused in one line. Uploads beyond `size` wait for a free worker; the event
loop never waits for a parse, so reads (and /healthz) keep answering. A client that goes away while its
file is parsed has its worker killed: abandoned work is not finished.

The workers come from a fork server (multiprocessing's "forkserver"), started with the parser's modules
imported: the server process has threads (the thread pool, index jobs), and forking it is unsafe.
"""
from __future__ import annotations

import asyncio
import contextlib
import multiprocessing as mp
from collections.abc import Awaitable, Callable

from extractor.workers import Parsed, Worker, parse_plan

POLL = 0.5  # seconds between two looks at whether the client is still there


class ClientGone(Exception):
    """The client went away before its upload was parsed."""


class UploadParsers:
    """At most `size` worker processes, started when first needed and kept for the next uploads."""

    def __init__(self, size: int, timeout: float, memory_mb: int):
        self.size, self.timeout, self.memory_mb = max(1, size), timeout, memory_mb
        self.ctx = mp.get_context("forkserver")
        self.ctx.set_forkserver_preload(["extractor.pipeline", "extractor.workers"])
        self.idle: list[Worker] = []
        self._free = asyncio.Semaphore(self.size)

    async def parse(self, data: bytes, filename: str, gone: Callable[[], Awaitable[bool]]) -> Parsed:
        """The file parsed in a worker: a plan, or a failure (error, error_kind) when it cannot be read, takes
        longer than the timeout or more than the memory. ClientGone when `gone()` says the client left."""
        async with self._free:
            worker = self.idle.pop() if self.idle else await asyncio.to_thread(
                Worker, self.ctx, self.memory_mb, parse_plan, "NOTICES_PARSE_MEMORY_MB")
            result, reusable = None, False
            try:
                result, reusable = await self._run(worker, (data, filename), gone)
                return result
            finally:
                if reusable:
                    self.idle.append(worker)
                else:  # past a limit, died, left mid-parse, or cancelled (the server stopping)
                    worker.stop(kill=True)

    async def _run(self, worker: Worker, job: tuple[bytes, str], gone) -> tuple[Parsed, bool]:
        """(result, whether the worker may parse the next upload)."""
        loop = asyncio.get_running_loop()
        await asyncio.to_thread(worker.give, job)  # up to the upload limit of bytes through the pipe
        answered = asyncio.Event()
        loop.add_reader(worker.conn.fileno(), answered.set)
        try:
            deadline = loop.time() + self.timeout
            while not answered.is_set():
                left = deadline - loop.time()
                if left <= 0:
                    return worker.timed_out(self.timeout), False
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(answered.wait(), min(left, POLL))
                if not answered.is_set() and await gone():
                    raise ClientGone
        finally:
            loop.remove_reader(worker.conn.fileno())
        result, replace = await asyncio.to_thread(worker.answer)
        return result, replace is None

    def close(self) -> None:
        for worker in self.idle:
            worker.stop()
        self.idle = []
