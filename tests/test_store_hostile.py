"""Archives as they really are and stores that are not what the program expects (issue 18).

Index jobs never read outside NOTICES_INDEX_ROOTS, even when a folder is swapped for a link after the job
was accepted; file names that are not UTF-8, sparse giants, folders a thousand deep and named pipes are
each recorded with a reason and the run goes on; two runs at once, a full disk, a read-only store and a
store made by a newer version each end in one line, never a traceback, and the store stays whole.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import types
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, event, func, select, text
from test_bad_inputs import notices as unprivileged  # `notices` without root's powers to read any file
from test_store import BACKENDS, PG_URL, drop_schema, new_schema, store_url  # noqa: F401  (the back-end fixture)
from typer.testing import CliRunner

from api.app import create_app
from extractor.cli import app
from extractor.ingest import path_text
from extractor.store import indexer
from extractor.store import models as m
from extractor.store.db import open_store
from extractor.store.indexer import drop_notice, find_files, index, parse_one, store_result

ROOT = Path(__file__).resolve().parent.parent
NOTICES = str(ROOT / ".venv" / "bin" / "notices")
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
DEV = ROOT / "corpus" / "dev" / "docs"
GBK_NAME = os.fsdecode("关于印发方案的通知.txt".encode("gbk"))  # as a Windows zip unpacks it: not UTF-8


def _notices(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([NOTICES, *cmd], capture_output=True, text=True, timeout=600, **kw)


def _one_line(result, start: str) -> str:
    """The one line a refused command printed on standard error (exit status 2, no traceback)."""
    stderr = result.stderr
    assert getattr(result, "exit_code", getattr(result, "returncode", None)) == 2, stderr
    assert "Traceback" not in stderr and "Traceback" not in result.stdout
    last = stderr.strip().splitlines()[-1]
    assert last.startswith(start), stderr
    return last


def _stored_paths(url: str) -> dict[str, str]:
    """path -> status of every stored file."""
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(select(m.NoticePath.path, m.NoticeRow.status)
                            .join(m.NoticeRow, m.NoticeRow.id == m.NoticePath.notice_id)).all()
    engine.dispose()
    return dict(rows)


# ---------------------------------------------------------------- index jobs stay inside their roots

def _wait(client: TestClient, job_id: str) -> dict:
    for _ in range(600):
        job = client.get(f"/v1/index-jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} still {job['status']}")


def _root_and_outside(tmp_path: Path) -> tuple[Path, Path]:
    """`archive/inbox` (a notice) under the root, and `secret/` beside it (another notice)."""
    root, outside = tmp_path / "archive", tmp_path / "secret"
    (root / "inbox").mkdir(parents=True)
    outside.mkdir()
    shutil.copy(CORPUS[0], root / "inbox" / "inside.txt")
    shutil.copy(CORPUS[1], outside / "secret.txt")
    return root, outside


def test_a_folder_swapped_for_a_link_out_of_the_roots_after_it_was_accepted_is_not_read(tmp_path):
    """The job is accepted while `inbox` is a folder under the root, and queues behind a run we hold (the
    runner's lock, which every job takes); then `inbox` becomes a link to `secret/`. The job must fail
    when its walk starts, and nothing of `secret/` be stored."""
    root, outside = _root_and_outside(tmp_path)
    inbox = root / "inbox"
    with TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'n.db'}", index_roots=[root], index_workers=1)) as c:
        runner = c.app.state.jobs
        with runner._lock:
            r = c.post("/v1/index-jobs", json={"folder": str(inbox)})
            assert r.status_code == 202
            shutil.rmtree(inbox)
            inbox.symlink_to(outside, target_is_directory=True)
        job = _wait(c, r.json()["id"])
        assert job["status"] == "failed"
        assert job["error"] == f"{inbox} is outside the index roots (it leads to {outside}); not read"
        assert c.get("/v1/notices").json()["total"] == 0


@pytest.mark.parametrize("folder", ["{root}/../secret", "{root}/inbox/../../secret", "{root}-evil", "{outside}",
                                    "/etc", "secret", "{root}/link_out", "{root}/link_out/"])
def test_index_jobs_refuse_folders_outside_the_roots(tmp_path, folder, monkeypatch):
    """`..`, a sibling whose name starts like the root's, absolute and relative paths outside, a link from inside
    the root to outside: 403, and no job."""
    root, outside = _root_and_outside(tmp_path)
    (tmp_path / "archive-evil").mkdir()
    (root / "link_out").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    with TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'n.db'}", index_roots=[root], index_workers=1)) as c:
        r = c.post("/v1/index-jobs", json={"folder": folder.format(root=root, outside=outside)})
        assert (r.status_code, r.json()["error"]) == (403, "forbidden")
        assert c.app.state.jobs.jobs == {}


def test_a_url_encoded_path_is_taken_as_written_never_decoded(tmp_path):
    """`%2e%2e` in a folder name is three characters, not `..`: inside the root it names no folder (404)."""
    root, _outside = _root_and_outside(tmp_path)
    with TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'n.db'}", index_roots=[root], index_workers=1)) as c:
        r = c.post("/v1/index-jobs", json={"folder": f"{root}/%2e%2e/secret"})
        assert (r.status_code, r.json()["error"]) == (404, "not_found")
        assert c.app.state.jobs.jobs == {}


def test_a_folder_swapped_for_a_link_after_the_walk_is_not_read(tmp_path):
    """The walk lists `inbox/sub/notice.txt`; then `sub` becomes a link to `secret/`, which holds a
    `notice.txt` too. Hashing opens the file and finds it outside the roots: recorded, not read."""
    root, outside = _root_and_outside(tmp_path)
    sub = root / "inbox" / "sub"
    sub.mkdir()
    shutil.copy(CORPUS[2], sub / "notice.txt")
    shutil.copy(CORPUS[3], outside / "notice.txt")
    files = find_files([root / "inbox"], roots=[root])
    assert [p.relative_to(root) for p in files] == [Path("inbox/inside.txt"), Path("inbox/sub/notice.txt")]
    shutil.rmtree(sub)
    sub.symlink_to(outside, target_is_directory=True)
    url = f"sqlite:///{tmp_path / 'n.db'}"
    report = index(open_store(url, create=True), files, workers=1, timeout=120, roots=[root])
    assert report.indexed == 1
    assert report.failures == [{"path": str(sub / "notice.txt"), "error": "leads outside the index roots; not read",
                                "kind": "unreadable"}]
    assert _stored_paths(url) == {str(root / "inbox" / "inside.txt"): "ok", str(sub / "notice.txt"): "failed"}


def test_a_file_swapped_between_hashing_and_parsing_is_not_stored(tmp_path, monkeypatch):
    """The file is hashed inside the roots, then (before the workers start: the parent's warm-up) its folder
    becomes a link to `secret/`: the worker parses other bytes than were hashed, and they are not stored."""
    root, outside = _root_and_outside(tmp_path)
    shutil.copy(CORPUS[3], outside / "inside.txt")
    inbox = root / "inbox"
    files = find_files([inbox], roots=[root])
    warm_up = indexer.warm_up

    def swap_then_warm_up():
        shutil.rmtree(inbox)
        inbox.symlink_to(outside, target_is_directory=True)
        warm_up()
    monkeypatch.setattr(indexer, "warm_up", swap_then_warm_up)
    url = f"sqlite:///{tmp_path / 'n.db'}"
    report = index(open_store(url, create=True), files, workers=1, timeout=120, roots=[root])
    assert (report.indexed, [f["error"] for f in report.failures]) == (
        0, ["changed while it was being indexed; not stored (index it again)"])
    assert _stored_paths(url) == {str(inbox / "inside.txt"): "failed"}


# ---------------------------------------------------------------- archives as they really are

@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_a_file_name_that_is_not_utf8_is_stored_escaped_indexed_and_retried(store_url, tmp_path):  # noqa: F811
    folder = tmp_path / "a"
    folder.mkdir()
    shutil.copy(CORPUS[1], folder / GBK_NAME)
    shutil.copy(CORPUS[0], folder / "b.txt")
    empty = GBK_NAME.replace(".txt", "_2.txt")
    (folder / empty).write_bytes(b"")
    escaped = path_text(folder / GBK_NAME)
    assert escaped.startswith(f"{folder}/\\xb9\\xd8")

    run = CliRunner().invoke(app, ["index", str(folder), "--db", store_url, "--json"])
    assert run.exit_code == 0, run.output
    report = json.loads(run.stdout)
    assert (report["indexed"], report["failed"]) == (2, 1)
    assert report["failures"] == [{"path": path_text(folder / empty), "error": "file is empty", "kind": "empty"}]
    assert _stored_paths(store_url) == {escaped: "ok", str(folder / "b.txt"): "ok",
                                        path_text(folder / empty): "failed"}
    found = CliRunner().invoke(app, ["search", "双认证", "--db", store_url, "--format", "json"])
    assert escaped in {f for hit in json.loads(found.stdout) for f in hit["files"]}

    shutil.copy(CORPUS[2], folder / empty)  # the failed file, readable now: --retry-failed finds it by its name
    retried = json.loads(CliRunner().invoke(app, ["index", "--retry-failed", "--db", store_url, "--json"]).stdout)
    assert (retried["indexed"], retried["failed"]) == (1, 0)
    assert set(_stored_paths(store_url).values()) == {"ok"}


def test_parse_prints_the_plan_of_a_file_whose_name_is_not_utf8(tmp_path):
    shutil.copy(CORPUS[1], tmp_path / GBK_NAME)
    done = _notices(["parse", str(tmp_path / GBK_NAME)])
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["source"]["path"] == path_text(tmp_path / GBK_NAME)


HOSTILE_NAME = "=1+2\x1b[31m\n.txt"  # a formula to a spreadsheet, a colour change and a line break to a terminal
HOSTILE_TEXT = "=1+2\\x1b[31m\\x0a.txt"


def _no_formula_nor_control(xlsx: Path) -> list[str]:
    """The texts of the 来源 column of a ledger, each checked to be a text cell without control characters."""
    from openpyxl import load_workbook
    sources = []
    for ws in load_workbook(xlsx).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f" and not re.search(r"[\x00-\x08\x0b-\x1f]", str(cell.value or ""))
        sources += [str(row[8].value) for row in ws.iter_rows() if len(row) > 8 and row[8].value]
    return sources


def test_a_name_with_control_characters_is_escaped_everywhere_and_never_a_formula(tmp_path):
    """A file named `=1+2<ESC>[31m<LF>.txt`: `parse` stores and prints it escaped (the terminal is not
    recoloured, a log line not split), its XLSX ledger holds it as text (openpyxl refused the control
    character: a traceback; and `=1+2…` was a formula), its CSV ledger starts it with an apostrophe; `index`
    reports and stores it escaped, and `--retry-failed` finds the file again."""
    folder = tmp_path / "a"
    folder.mkdir()
    shutil.copy(CORPUS[0], folder / HOSTILE_NAME)
    parsed = _notices(["parse", str(folder / HOSTILE_NAME)])
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(parsed.stdout)["source"]["path"] == f"{folder}/{HOSTILE_TEXT}"
    ledger = _notices(["parse", str(folder / HOSTILE_NAME), "--format", "xlsx", "-o", str(tmp_path / "l.xlsx")])
    assert ledger.returncode == 0, ledger.stderr
    assert set(_no_formula_nor_control(tmp_path / "l.xlsx")) >= {f"{HOSTILE_TEXT} 第11段"}
    rows = _notices(["parse", str(folder / HOSTILE_NAME), "--format", "csv"]).stdout.splitlines()
    assert rows[1].endswith(f",'{HOSTILE_TEXT} 第11段,,,")

    (folder / HOSTILE_NAME).rename(folder / f"ok_{HOSTILE_NAME}")
    (folder / HOSTILE_NAME).write_bytes(b"")
    db = tmp_path / "n.db"
    done = _notices(["index", str(folder), "--db", str(db)])
    assert done.returncode == 0 and "\x1b" not in done.stderr, done.stderr
    assert "".join(f"failed: {folder}/{HOSTILE_TEXT}: file is empty".split()) in "".join(done.stderr.split())
    assert _stored_paths(f"sqlite:///{db}") == {f"{folder}/{HOSTILE_TEXT}": "failed",
                                                f"{folder}/ok_{HOSTILE_TEXT}": "ok"}
    exported = _notices(["deadlines", "--year", "2023", "--db", str(db), "--format", "xlsx", "-o",
                         str(tmp_path / "d.xlsx")])
    assert exported.returncode == 0, exported.stderr
    sources = _no_formula_nor_control(tmp_path / "d.xlsx")
    assert [src for src in sources[1:] if not src.startswith(f"ok_{HOSTILE_TEXT}")] == []
    shutil.copy(CORPUS[1], folder / HOSTILE_NAME)
    retried = json.loads(_notices(["index", "--retry-failed", "--db", str(db), "--json"]).stdout)
    assert (retried["indexed"], retried["failed"]) == (1, 0)


def test_a_sparse_200_gib_file_is_refused_by_its_size_before_any_hashing(tmp_path, monkeypatch):
    folder = tmp_path / "a"
    folder.mkdir()
    shutil.copy(CORPUS[0], folder / "ok.txt")
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(200 << 30)
    hashed: list[int] = []

    class CountingSha256:
        def __init__(self, data: bytes = b""):
            self.h = hashlib.sha256(data)

        def update(self, data: bytes) -> None:
            hashed.append(len(data))
            self.h.update(data)

        def hexdigest(self) -> str:
            return self.h.hexdigest()
    monkeypatch.setattr(indexer, "hashlib", types.SimpleNamespace(sha256=CountingSha256))
    report = index(open_store(f"sqlite:///{tmp_path / 'n.db'}", create=True), find_files([folder]), workers=1,
                   timeout=120)
    assert report.failures == [{"path": str(folder / "huge.txt"), "error": "file is 204800 MB, over the 50 MB limit",
                                "kind": "too_large"}]
    assert report.indexed == 1 and sum(hashed) == CORPUS[0].stat().st_size


def _nest(top: Path, depth: int) -> Path:
    """`top/d/d/…/d`, `depth` folders deep, made one at a time (os.makedirs would recurse)."""
    path = top
    for _ in range(depth):
        path = path / "d"
        os.mkdir(path)
    return path


def _unnest(top: Path, depth: int) -> None:
    path = top.joinpath(*["d"] * depth)
    for _ in range(depth):
        for child in path.iterdir():
            child.unlink()
        path.rmdir()
        path = path.parent


def test_a_folder_nested_990_deep_is_walked_and_stored(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    bottom = _nest(folder, 990)
    try:
        shutil.copy(CORPUS[0], bottom / "notice.txt")
        shutil.copy(CORPUS[1], folder / "top.txt")
        assert find_files([folder]) == [bottom / "notice.txt", folder / "top.txt"]
        db = tmp_path / "n.db"
        done = _notices(["index", str(folder), "--db", str(db), "--json"])
        assert done.returncode == 0, done.stderr
        assert (json.loads(done.stdout)["indexed"], json.loads(done.stdout)["failed"]) == (2, 0)
        assert set(_stored_paths(f"sqlite:///{db}")) == {str(bottom / "notice.txt"), str(folder / "top.txt")}
    finally:
        _unnest(folder, 990)


def test_a_named_pipe_is_refused_in_one_line_and_never_read(tmp_path):
    """Reading a FIFO that no one writes would wait for ever: it is refused unopened for reading, by `parse`,
    by `index` given it, and by `index` meeting it in a folder (the run goes on)."""
    folder = tmp_path / "a"
    folder.mkdir()
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    shutil.copy(CORPUS[0], folder / "ok.txt")
    parsed = _notices(["parse", str(fifo)])
    assert (parsed.returncode, parsed.stdout) == (2, "")
    assert parsed.stderr == f"notices: {fifo}: not a regular file: a named pipe (FIFO)\n"
    for target in (folder, fifo):
        db = tmp_path / f"{target.name}.db"
        done = _notices(["index", str(target), "--db", str(db), "--json"])
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["failures"] == [{"path": str(fifo), "error": "not a regular file: a named pipe (FIFO)",
                                       "kind": "unsupported"}]
        assert report["indexed"] == (target == folder)


def test_a_folder_that_cannot_be_listed_is_a_failure_with_its_reason(tmp_path):
    """A folder of mode 000 inside the one indexed, and the folder itself when it is the one named: each is
    counted as failed with its reason (not skipped unsaid), and the run goes on."""
    folder = tmp_path / "a"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    shutil.copy(CORPUS[0], folder / "ok.txt")
    shutil.copy(CORPUS[1], locked / "hidden_from_us.txt")
    locked.chmod(0)
    try:
        done = unprivileged("index", str(folder), "--db", str(tmp_path / "n.db"), "--json")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["failures"] == [{"path": str(locked), "error": "cannot list the folder: Permission denied",
                                       "kind": "unreadable"}]
        assert (report["files"], report["indexed"], report["failed"]) == (2, 1, 1)
        summary = unprivileged("index", str(locked), "--db", str(tmp_path / "n.db"))
        assert summary.returncode == 0, summary.stderr
        said = " ".join(summary.stderr.split())
        assert "1 files: 0 indexed (0 of them another format of a stored notice), 1 failed," in said
        assert f"failed: {locked}: cannot list the folder: Permission denied" in said
    finally:
        locked.chmod(0o700)


def test_a_folder_whose_path_is_too_long_to_open_is_a_failure_with_its_reason(tmp_path):
    """Folders of 255-character names nested 17 deep: the path of the deepest is over PATH_MAX (4096), so it
    cannot be opened by its path (made here through folder descriptors, as an archive tool may)."""
    folder = tmp_path / "a"
    folder.mkdir()
    shutil.copy(CORPUS[0], folder / "ok.txt")
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(17):
            os.mkdir("x" * 255, dir_fd=fd)
            fd, parent = os.open("x" * 255, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd), fd
            os.close(parent)
        with open(os.open("notice.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "wb") as f:
            f.write(CORPUS[1].read_bytes())
    finally:
        os.close(fd)
    files = find_files([folder])
    too_long = next(p for p in files if p.name != "ok.txt")
    assert len(os.fsencode(too_long)) >= 4096 > len(os.fsencode(too_long.parent))
    report = index(open_store(f"sqlite:///{tmp_path / 'n.db'}", create=True), files, workers=1, timeout=120)
    assert report.failures == [{"path": str(too_long), "error": "cannot list the folder: File name too long",
                                "kind": "unreadable"}]
    assert (report.files, report.indexed, report.failed) == (2, 1, 1)


def test_a_link_loop_and_a_link_to_nothing_are_failures_with_their_reasons(tmp_path):
    """Links with a notice's name inside the folder that lead nowhere (a loop, a file since deleted) were
    skipped unsaid; a link to a notice inside the folder is read, one to a folder (or out of it) not taken."""
    folder = tmp_path / "a"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(CORPUS[0], folder / "ok.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "gone.pdf").symlink_to("deleted.pdf")
    (folder / "same.txt").symlink_to("ok.txt")
    (folder / "folder.txt").symlink_to("sub", target_is_directory=True)
    report = index(open_store(f"sqlite:///{tmp_path / 'n.db'}", create=True), find_files([folder]), workers=1,
                   timeout=120)
    assert report.failures == [
        {"path": str(folder / "gone.pdf"), "error": "no such file", "kind": "unreadable"},
        {"path": str(folder / "loop.txt"), "error": "cannot read: Too many levels of symbolic links",
         "kind": "unreadable"}]
    assert (report.files, report.indexed, report.duplicates, report.failed) == (4, 1, 1, 2)


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_another_run_storing_the_same_notice_meanwhile_is_no_error(store_url, tmp_path):  # noqa: F811
    """Two `notices index` runs over one store: run B commits a notice while run A's transaction, which
    looked for it and did not find it, is about to insert it. A is run again (PostgreSQL: the unique key B
    took) or B waits for A (SQLite: A holds the write lock from its first statement); either way both
    finish and the notice is stored once."""
    folder = tmp_path / "a"
    folder.mkdir()
    notice = Path(shutil.copy(CORPUS[0], folder / "notice.txt"))
    run_a, run_b = open_store(store_url, create=True), open_store(store_url)
    parsed = parse_one(str(notice))
    stored_before = store_result(run_b, parsed.plan.source.sha256, [str(notice)], parsed)
    with run_b.begin() as conn:  # its units' names stay known, as in any store indexed before: B does not
        drop_notice(conn, stored_before)  # wait on A's claim of them (PostgreSQL), and commits first
    other_run = threading.Thread(target=store_result,
                                 args=(run_b, parsed.plan.source.sha256, [str(notice)], parsed))

    def other_run_commits_first(conn, _cursor, statement, *_args):
        if conn.engine is run_a and statement.startswith("INSERT INTO notices ") and not other_run.ident:
            other_run.start()
            other_run.join(5)  # on SQLite it waits for our lock: go on, and it finishes after us
    event.listen(Engine, "before_cursor_execute", other_run_commits_first)
    try:
        report = index(run_a, [notice], workers=1, timeout=120)
    finally:
        event.remove(Engine, "before_cursor_execute", other_run_commits_first)
        other_run.join()
    assert (report.indexed, report.failed) == (1, 0) and other_run.ident
    with run_a.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.NoticeRow)).scalar() == 1
        assert conn.execute(select(m.NoticePath.path)).scalars().all() == [str(notice)]
    run_a.dispose()
    run_b.dispose()


def test_a_store_opened_while_another_process_creates_it_waits_for_it(tmp_path):
    """A new file's journal mode cannot be switched while another connection writes it, and SQLite calls no
    busy handler there: `database is locked` at once (two `index` runs starting together on a new store
    under load, CI). Opening waits until the writer is done, as it waits for any write."""
    path = tmp_path / "n.db"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE t (x)")
    with pytest.raises(sqlite3.OperationalError, match="locked"):  # what SQLite does on its own
        sqlite3.connect(path, timeout=5, isolation_level=None).execute("PRAGMA journal_mode=WAL")
    threading.Timer(0.3, writer.execute, args=("COMMIT",)).start()
    engine = open_store(str(path), create=True)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT count(*) FROM notices").scalar() == 0
    engine.dispose()
    writer.close()


def test_two_index_runs_at_once_both_finish(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    for p in CORPUS:
        shutil.copy(p, folder)
    db = str(tmp_path / "n.db")
    runs = [subprocess.Popen([NOTICES, "index", str(folder), "--db", db, "--workers", "1", "--batch", "1", "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [r.communicate(timeout=600) for r in runs]
    for r, (out, err) in zip(runs, outs):
        assert r.returncode == 0 and "Traceback" not in err, err
        report = json.loads(out)
        assert report["files"] == report["indexed"] + report["skipped"] + report["failed"] + report["duplicates"]
    assert len(set(_stored_paths(f"sqlite:///{db}"))) == len(CORPUS)


def _fsize_limit(limit: int):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _archive_of_distinct_notices(tmp_path: Path, copies: int = 3) -> Path:
    """The corpus `copies` times over, each copy a notice of its own (a line added)."""
    folder = tmp_path / "a"
    folder.mkdir()
    for i, p in enumerate(CORPUS * copies):
        (folder / f"{i}_{p.name}").write_text(p.read_text(encoding="utf-8") + f"\n第{i}份\n", encoding="utf-8")
    return folder


def _no_notice_without_its_plan(url: str) -> None:
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM notices n WHERE status = 'ok' AND NOT EXISTS "
                                 "(SELECT 1 FROM plans p WHERE p.notice_id = n.id)")).scalar() == 0
    engine.dispose()


def test_a_full_disk_is_one_line_and_the_store_stays_whole(tmp_path):
    """The run may write only 64 KB past the empty store (RLIMIT_FSIZE: what a full disk does to the writes
    of one process): one line, exit 2; every notice stored before is whole, and a run with room finishes."""
    folder = _archive_of_distinct_notices(tmp_path)
    db = tmp_path / "n.db"
    open_store(str(db), create=True).dispose()
    full = _notices(["index", str(folder), "--db", str(db), "--workers", "1", "--batch", "1"],
                    preexec_fn=_fsize_limit(db.stat().st_size + (64 << 10)))
    line = _one_line(full, "notices: cannot write the store (the disk is full or failing): ")
    assert line.endswith("; notices stored so far are kept")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    _no_notice_without_its_plan(f"sqlite:///{db}")
    again = _notices(["index", str(folder), "--db", str(db), "--json"])
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["failed"] == 0
    assert len(_stored_paths(f"sqlite:///{db}")) == len(CORPUS) * 3


def _tablespace_on_a_small_disk(kb: int):
    """(tablespace name, mount point): a PostgreSQL tablespace on a tmpfs of `kb` KB mounted for it (we
    are root, as CI is); dropped and unmounted by the caller with `_remove_tablespace`."""
    point = tempfile.mkdtemp(prefix="notices_small_disk_")
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kb}k,mode=0700", "tmpfs", point], check=True)
    shutil.chown(point, "postgres", "postgres")
    name = "small_disk_" + uuid.uuid4().hex[:8]
    with create_engine(PG_URL, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"CREATE TABLESPACE {name} LOCATION '{point}'"))
    return name, point


def _remove_tablespace(name: str, point: str) -> None:
    with create_engine(PG_URL, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"DROP TABLESPACE {name}"))
    subprocess.run(["umount", point], check=True)
    os.rmdir(point)


def test_a_full_disk_under_postgresql_is_one_line_and_the_store_stays_whole(tmp_path):
    """The store's tables and indexes live on a disk of their own (a tablespace on a tmpfs) with 1 MB free
    once the store is made: PostgreSQL cannot extend a table file (SQLSTATE 53100), the run ends in one line,
    exit 2; every notice stored before is whole, and once the disk is larger a run finishes the job."""
    folder = _archive_of_distinct_notices(tmp_path)
    space, point = _tablespace_on_a_small_disk(64 << 10)
    schema, url = new_schema()
    url = url.replace("options=", f"options=-cdefault_tablespace%3D{space}%20")
    try:
        open_store(url, create=True).dispose()
        used = os.statvfs(point)
        used_kb = (used.f_blocks - used.f_bfree) * used.f_frsize >> 10
        subprocess.run(["mount", "-o", f"remount,size={used_kb + 1024}k", point], check=True)
        full = _notices(["index", str(folder), "--db", url, "--workers", "1", "--batch", "1"])
        line = _one_line(full, "notices: the disk is full: ")
        assert "No space left on device" in line and line.endswith("; notices stored so far are kept")
        stored = _stored_paths(url)
        assert 0 < len(stored) < len(CORPUS) * 3
        _no_notice_without_its_plan(url)
        subprocess.run(["mount", "-o", "remount,size=65536k", point], check=True)
        again = _notices(["index", str(folder), "--db", url, "--json"])
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["failed"] == 0
        assert len(_stored_paths(url)) == len(CORPUS) * 3
    finally:
        create_engine(url).dispose()
        drop_schema(schema)
        _remove_tablespace(space, point)


# ---------------------------------------------------------------- stores that are not what the program expects

def _read_only(url: str) -> str:
    """The same store opened read-only: SQLite's mode=ro, a PostgreSQL session whose transactions are read-only."""
    if url.startswith("sqlite:///"):
        return f"sqlite:///file:{url[len('sqlite:///'):]}?mode=ro&uri=true"
    return url.replace("options=", "options=-cdefault_transaction_read_only%3Don%20")


def _one_notice_indexed(url: str, tmp_path: Path) -> Path:
    """A folder of one notice, indexed into the store."""
    folder = tmp_path / "a"
    folder.mkdir()
    shutil.copy(CORPUS[0], folder)
    assert CliRunner().invoke(app, ["index", str(folder), "--db", url]).exit_code == 0
    return folder


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_a_read_only_store_refuses_index_in_one_line_and_answers_reads(store_url, tmp_path):  # noqa: F811
    folder = _one_notice_indexed(store_url, tmp_path)
    shutil.copy(CORPUS[1], folder)
    read_only = _read_only(store_url)
    refused = CliRunner().invoke(app, ["index", str(folder), "--db", read_only])
    _one_line(refused, "notices: the store is read-only: ")
    assert len(refused.stderr.splitlines()) == 1
    for cmd in (["search", "双认证"], ["deadlines", "--year", "2023"], ["query", "2023年6月底前要完成的任务"],
                ["failures"]):
        read = CliRunner().invoke(app, [*cmd, "--db", read_only, "--format", "json"])
        assert read.exit_code == 0, read.output
    assert len(json.loads(read.stdout)) == 0
    assert len(json.loads(CliRunner().invoke(app, ["search", "双认证", "--db", read_only, "-f", "json"]).stdout)) == 1


COMMANDS = [["index", "{folder}"], ["index", "--retry-failed"], ["deadlines", "--year", "2023"],
            ["query", "2023年6月底前要完成的任务"], ["search", "双认证"], ["failures"],
            ["serve", "--port", "1"], ["worker", "--broker", "redis://127.0.0.1:1/0"]]


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_a_store_made_by_a_newer_version_is_refused_by_every_command(store_url, tmp_path):  # noqa: F811
    folder = _one_notice_indexed(store_url, tmp_path)
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    engine.dispose()
    for cmd in COMMANDS:
        done = _notices([*(c.format(folder=folder) for c in cmd), "--db", store_url])
        line = _one_line(done, "notices: ")
        assert "was made by a newer version of notices (schema 0099_from_the_future; this version knows up to " \
               in line, (cmd, line)
        assert len(done.stderr.splitlines()) == 1 and done.stdout == ""


def test_every_file_is_a_stored_notice_a_failure_or_a_warning(tmp_path):
    """Eight-file archives like the one the issue ran: a .doc is recorded (stored or failed, never skipped),
    a PDF whose only text is a scanner's stamp is a failure (not an empty notice), a notice read with a
    warning is counted as warned, and the summary says so."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_bad_fixtures import write_pdf
    folder = tmp_path / "a"
    folder.mkdir()
    for p in (CORPUS[0], CORPUS[1], DEV / "he_02.doc", ROOT / "fixtures" / "bad" / "mixed.txt",
              ROOT / "fixtures" / "bad" / "empty.txt"):
        shutil.copy(p, folder)
    write_pdf(folder / "stamp.pdf", [[(400, 30, "扫描全能王 创建")]])
    db = tmp_path / "n.db"
    done = _notices(["index", str(folder), "--db", str(db), "--timeout", "300", "--memory-mb", "0"])
    assert done.returncode == 0, done.stderr
    summary = " ".join(done.stderr.split())
    assert "6 files: 4 indexed (0 of them another format of a stored notice), 2 failed, 1 warned," in summary
    assert f"failed: {folder / 'stamp.pdf'}: no notice text: 7 Chinese characters in all" in summary
    assert f"warned: {folder / 'mixed.txt'}: mixed encodings" in summary
    assert set(_stored_paths(f"sqlite:///{db}").items()) == {
        *((str(folder / n), "ok") for n in (CORPUS[0].name, CORPUS[1].name, "he_02.doc", "mixed.txt")),
        (str(folder / "stamp.pdf"), "failed"), (str(folder / "empty.txt"), "failed")}
