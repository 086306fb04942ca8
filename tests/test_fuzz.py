"""The fuzzer's findings stay fixed, and a short coverage-guided run (fuzz/fuzz_parse.py) finds nothing new.

Each file in fixtures/fuzz/ is an input the fuzzer once broke the parser with; fixtures/fuzz/expected.json
states what it must give now: a refusal of a stated kind and reason, or a plan whose text holds a
stated string (and is no longer than `max_text`), with what the finding was.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.errors import NoticeError
from extractor.pipeline import parse

ROOT = Path(__file__).resolve().parent.parent
FINDINGS = ROOT / "fixtures" / "fuzz"
EXPECTED = json.loads((FINDINGS / "expected.json").read_text(encoding="utf-8"))
FUZZ_SECONDS = 35
# A finding is a hang, not a slow parse: under the harness's coverage instrumentation a 64 kB input parses
# at ~5 a second at load 15 (a full suite beside other work), and one took 25 s; a hang never returns.
# libFuzzer also writes a `slow-unit-` file for any unit over 10 s (-report_slow_units): at load 25 a 4 kB input
# took 14 s, so the report threshold is the hang limit too, and only a unit past it is a finding.
UNIT_TIMEOUT = 90


def test_every_finding_has_a_stated_outcome():
    files = {p.name for p in FINDINGS.iterdir() if p.name != "expected.json"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finding_gives_its_stated_outcome(name):
    expected = EXPECTED[name]
    data = (FINDINGS / name).read_bytes()
    if "kind" in expected:
        with pytest.raises(NoticeError) as refused:
            parse(data, filename=name)
        assert refused.value.kind == expected["kind"]
        assert expected["reason"] in refused.value.reason and "\n" not in refused.value.reason
    else:
        plan = parse(data, filename=name)
        assert plan.source.format == expected["format"]
        assert expected["text"] in plan.text
        assert len(plan.text) <= expected.get("max_text", len(plan.text))


def test_a_short_fuzzing_run_of_every_format_finds_nothing(tmp_path):
    """atheris takes over the process it runs in: the harness runs in a subprocess, all formats in one run."""
    proc = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_parse.py"), "all", f"--workdir={tmp_path}",
                           f"-max_total_time={FUZZ_SECONDS}", f"-timeout={UNIT_TIMEOUT}",
                           f"-report_slow_units={UNIT_TIMEOUT}", "-rss_limit_mb=2048"],
                          capture_output=True, text=True, timeout=FUZZ_SECONDS + 240, cwd=ROOT)
    log = proc.stderr + proc.stdout
    findings = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-", "slow-")))
    assert proc.returncode == 0 and not findings, f"fuzzing found {findings} in {tmp_path}:\n{log[-6000:]}"
    runs = re.search(r"Done (\d+) runs", log)
    seeds = len(list((tmp_path / "seeds").iterdir()))
    assert runs and int(runs.group(1)) > seeds, log[-3000:]  # it mutated inputs, not only read the seeds
