"""`notices index` as a process: a file that takes too long, and what the walk takes.
(Killed runs, cut connections, memory and crashed workers: test_store_faults.py.)"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from extractor.store.indexer import find_files

ROOT = Path(__file__).resolve().parent.parent
NOTICES = str(ROOT / ".venv" / "bin" / "notices")
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([NOTICES, *args], capture_output=True, text=True, timeout=600, **kw)


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
