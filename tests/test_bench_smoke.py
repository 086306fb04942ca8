"""bench/run.py still runs: `--quick` (two notices, one PDF, a tiny SQLite store) prints every section
with real figures, and the scale corpus really varies the corpus notices."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import scale_corpus  # noqa: E402


def test_quick_run_prints_every_section(tmp_path):
    out = tmp_path / "report.md"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--out", str(out)],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)   # a hang, not a figure
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = out.read_text(encoding="utf-8")
    for heading in ("## Machine", "## Parse, text", "## Parse, PDF", "## Index", "## Query",
                    "## HTTP API under concurrent clients", "## Start-up"):
        assert heading in report
    rate = float(re.search(r"\| notices/s/core \(wall\) \| ([\d.]+) \|", report).group(1))
    assert rate > 0
    assert re.search(r"\| pdftotext \(poppler\) \| [\d.]+ \| [\d.]+ \| [\d.]+x \|", report)
    assert re.search(r"\| sqlite \| [\d.]+ \| 2 \| 0 \|", report), "both scale notices indexed, none failed"
    searched = re.search(r"\| sqlite \| 20 \| \d+ \| \d+ \| full-text search \(top 20\) \| [\d.]+ \| [\d.]+ \| (\d+) \|",
                         report)
    assert searched and int(searched.group(1)) > 0, "search over the tiny store finds notices"
    api = re.findall(r"\| sqlite \| 1 \| 20 \| 0 \| ([^|]+?) \| (\d+) \| [\d.]+ \| [\d.]+ \| (?:met|\*\*MISSED\*\*) \| [\d.]+ \| "
                     r"(\d+) \|", report)
    assert {q for q, _, _ in api} >= {"full-text search (top 20)"} and len(api) == 3, "the API answered each question"
    assert all(int(n) > 0 and errors == "0" for _, n, errors in api)


def test_scale_corpus_varies_dates_units_and_order(tmp_path):
    source = ROOT / "corpus" / "000_8aa947a709213af4.txt"
    paths = scale_corpus.write_corpus(3, tmp_path, seed=7, sources=[source])
    texts = [p.read_text(encoding="utf-8") for p in paths]
    original = source.read_text(encoding="utf-8")
    assert len(set(texts)) == 3 and original not in texts
    assert all("山阴县" not in t or t.count("山阴县") < original.count("山阴县") for t in texts)
    dates = {re.search(r"\d{4}年\d{1,2}月\d{1,2}日", t).group(0) for t in texts}
    assert len(dates) > 1


def test_shuffled_items_are_renumbered_in_order():
    text = "\n".join(f"（{scale_corpus.cn_number(k)}）第{k}项工作。" for k in range(1, 12))
    out = scale_corpus._shuffle_items(text, random.Random(3))
    markers = re.findall(r"（([一二三四五六七八九十]+)）", out)
    assert markers == [scale_corpus.cn_number(k) for k in range(1, 12)]
    assert sorted(re.findall(r"第(\d+)项", out), key=int) == [str(k) for k in range(1, 12)]
    assert re.findall(r"第(\d+)项", out) != [str(k) for k in range(1, 12)]


def test_rule_cost_times_the_rules_a_parse_scans(tmp_path, capsys):
    import rule_cost

    from extractor.rules import load_rules

    out = tmp_path / "costs.json"
    assert rule_cost.main(["--limit", "2", "--passes", "1", "--top", "3", "--json", str(out)]) == 0
    costs = json.loads(out.read_text())
    deadline_rules = {rule.name for rule in load_rules("deadlines").rules}
    assert deadline_rules & set(costs), "the deadline rules a parse scans are timed"
    assert all(ms >= 0 for ms in costs.values()) and sum(costs.values()) > 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2 notices x 1 passes") and len(lines) == 4
    assert rule_cost.main(["--limit", "1", "--passes", "1", "--top", "2", "--against", str(out)]) == 0
    assert "against base" in capsys.readouterr().out
