"""The README's tour runs as written: every command in it, from a folder holding the shipped samples
(corpus/, fixtures/) as a fresh clone does, with `.venv/bin/notices` standing for this checkout's CLI."""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = f"{shlex.quote(sys.executable)} -m extractor.cli"


def tour_commands() -> list[str]:
    """The indented command lines of the README's Tour section, comments dropped."""
    section = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("\n## Tour\n", 1)[1].split("\n## ", 1)[0]
    lines = [ln[4:] for ln in section.splitlines() if ln.startswith("    .venv/bin/notices")]
    return [re.sub(r"\s+#[^'\"]*$", "", ln).strip() for ln in lines]


def test_every_command_of_the_tour_runs_as_written(tmp_path):
    commands = tour_commands()
    assert len(commands) >= 10
    for name in ("corpus", "fixtures"):
        (tmp_path / name).symlink_to(ROOT / name)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for command in commands:
        run = subprocess.run(["bash", "-c", command.replace(".venv/bin/notices", CLI, 1)], cwd=tmp_path, env=env,
                             capture_output=True, timeout=600)
        assert run.returncode == 0, f"{command}\n{run.stderr.decode()[-2000:]}"
        assert b"Traceback" not in run.stderr, command
    assert json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))["meta"]["doc_number"]
    assert (tmp_path / "ledger.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(p.name for p in (tmp_path / "plans").iterdir()) == \
        sorted(p.stem + ".json" for p in (ROOT / "fixtures" / "html").glob("*.html"))
    assert b"BEGIN:VEVENT" in (tmp_path / "deadlines.ics").read_bytes()
    assert (tmp_path / "ledger.xlsx").stat().st_size and (tmp_path / "tour.db").stat().st_size


def test_make_score_runs_from_a_fresh_clone(tmp_path):
    """`make score` names only sets a clone holds (every gold file has its notice), and its first command, the
    seed notices, scores 1.000 there with the clone's own code."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=300)
    venv = Path(sys.prefix)
    # under `make test` the environment says this make is a sub-make, which then prints "Entering directory"
    alone = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    make = subprocess.run(["make", "-n", "--no-print-directory", "-o", f"{venv}/.installed", "score", f"VENV={venv}",
                           f"NOTICES={shlex.quote(sys.executable)} -m extractor.cli"],
                          cwd=clone, env=alone, capture_output=True, text=True, check=True, timeout=60)
    commands = [shlex.split(c) for c in make.stdout.replace("\\\n", " ").splitlines()]
    assert len(commands) >= 6
    for words in commands:
        gold, docs = (clone / words[words.index(flag) + 1] for flag in ("--gold", "--docs"))
        stems = {p.stem for p in docs.iterdir()}
        assert {g.stem for g in gold.glob("*.json")} <= stems and len(stems) >= 5, words
    run = subprocess.run(commands[0], cwd=clone, env={**os.environ, "PYTHONPATH": str(clone)}, capture_output=True,
                         text=True, timeout=1800)
    assert run.returncode == 0 and "mean F1 1.000 over 5 notices, 0 failed" in run.stdout, run.stdout + run.stderr


def test_curl_examples_send_chinese_values_url_encoded():
    """curl sends a URL as typed: a Chinese value in one is not encoded, so the examples pass such values
    with --data-urlencode (and -G), and every URL they type is plain ASCII."""
    api = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("\n## The HTTP API\n", 1)[1]
    curls = [ln.split("#")[0] for ln in api.split("\n## ", 1)[0].splitlines() if ln.startswith("curl ") and "localhost:" in ln]
    assert len(curls) >= 15
    for line in curls:
        urls = [w for w in shlex.split(line) if "localhost:" in w]
        assert urls and all(u.isascii() for u in urls), line
    assert sum("--data-urlencode" in ln for ln in curls) >= 5
