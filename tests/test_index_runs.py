"""`notices index` as a process: killed mid-run and run again, and a file that takes too long."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select

from extractor.store import models as m
from extractor.store.indexer import find_files, parse_one

ROOT = Path(__file__).resolve().parent.parent
NOTICES = str(ROOT / ".venv" / "bin" / "notices")
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


def _variants(folder: Path, n: int) -> list[Path]:
    """n distinct notices: corpus files, each with its own closing line."""
    folder.mkdir()
    out = []
    for i in range(n):
        src = CORPUS[i % len(CORPUS)]
        p = folder / f"{i:03d}_{src.name}"
        p.write_text(src.read_text(encoding="utf-8") + f"\n（第{i}份）\n", encoding="utf-8")
        out.append(p)
    return out


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([NOTICES, *args], capture_output=True, text=True, timeout=600, **kw)


def test_killed_run_leaves_no_partial_notice_and_a_rerun_finishes(tmp_path):
    files = _variants(tmp_path / "archive", 30)
    db = tmp_path / "notices.db"
    proc = subprocess.Popen([NOTICES, "index", str(tmp_path / "archive"), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored < 3:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM notice_paths").fetchone()[0]
            except sqlite3.OperationalError:
                pass
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= stored < len(files), "the run was killed mid-way"

    report = json.loads(_run("index", str(tmp_path / "archive"), "--db", str(db), "--json").stdout)
    assert report["skipped"] >= stored and report["skipped"] + report["indexed"] + report["failed"] == len(files)
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        paths = dict(conn.execute(select(m.NoticePath.path, m.NoticePath.notice_id)).all())
        assert sorted(paths) == sorted(str(f) for f in files)
        assert conn.execute(select(func.count()).select_from(m.NoticeRow)).scalar() == len(files)
        for f in files:  # every notice complete: its records are those parse() gives
            plan, nid = parse_one(str(f)).plan, paths[str(f)]
            days = set(conn.execute(select(m.DeadlineRow.date).where(m.DeadlineRow.notice_id == nid)).scalars())
            assert days == {d.date for d in plan.deadlines} | {t.deadline.date for t in plan.tasks if t.deadline}
            for model, items in ((m.TaskRow, plan.tasks), (m.OrganizationRow, plan.organizations),
                                 (m.ReferenceRow, plan.references), (m.ContactRow, plan.contacts)):
                n = conn.execute(select(func.count()).select_from(model).where(model.notice_id == nid)).scalar()
                assert n == len(items), (f.name, model.__tablename__)
            fts = conn.exec_driver_sql("SELECT count(*) FROM notice_fts WHERE rowid = ?", (nid,)).scalar()
            assert fts == 1
    engine.dispose()


def test_slow_file_is_stopped_recorded_and_retried(tmp_path):
    """A genuinely slow input (a hundred distinct variants of a notice, ~800 KB) against a short timeout.

    Each copy differs in every line, so normalisation cannot drop it as a repeated article.
    """
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(CORPUS[0].read_bytes())
    lines = CORPUS[0].read_text(encoding="utf-8").splitlines()
    (folder / "huge.txt").write_text("\n".join(f"{line}第{i}份" for i in range(100) for line in lines), encoding="utf-8")
    db = str(tmp_path / "notices.db")
    report = json.loads(_run("index", str(folder), "--db", db, "--timeout", "1", "--json").stdout)
    assert (report["indexed"], report["failed"]) == (1, 1)
    assert Path(report["failures"][0]["path"]).name == "huge.txt" and report["failures"][0]["kind"] == "timeout"
    listed = _run("failures", "--db", db, "--format", "json")
    assert [(Path(r["path"]).name, r["kind"]) for r in json.loads(listed.stdout)] == [("huge.txt", "timeout")]

    assert json.loads(_run("index", str(folder), "--db", db, "--json").stdout)["skipped"] == 2
    retried = json.loads(_run("index", "--retry-failed", "--db", db, "--timeout", "300", "--json").stdout)
    assert (retried["indexed"], retried["failed"]) == (1, 0)
    assert json.loads(_run("failures", "--db", db, "--format", "json").stdout) == []


def test_walk_takes_supported_and_content_detected_files_only(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes(CORPUS[0].read_bytes())
    (tmp_path / "noext").write_bytes(CORPUS[1].read_bytes())
    (tmp_path / "data.json").write_text('{"title": "通知"}', encoding="utf-8")
    (tmp_path / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (tmp_path / ".hidden.txt").write_bytes(CORPUS[2].read_bytes())
    outside = tmp_path.parent / f"{tmp_path.name}_outside.txt"
    outside.write_bytes(CORPUS[3].read_bytes())
    (tmp_path / "link.txt").symlink_to(outside)
    assert [p.name for p in find_files([tmp_path])] == ["noext", "a.txt"]
