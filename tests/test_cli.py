"""The `notices parse` command as a user runs it: JSON, summary, ledger (CSV, XLSX), calendar, schema."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ROOT / "corpus" / "000_8aa947a709213af4.txt"
NOTICES = [sys.executable, "-m", "extractor.cli"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*NOTICES, *args], capture_output=True, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def plan():
    out = run("parse", str(NOTICE))
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_json_is_the_default_and_has_the_contract_keys(plan):
    assert {"meta", "sections", "deadlines", "targets", "organizations", "people", "responsibilities",
            "contacts", "tasks", "source", "parts", "text"} <= plan.keys()
    assert plan["meta"]["doc_number"] == "山政办发〔2023〕8号"
    d = plan["deadlines"][0]
    # every item's span points at its own text in the normalised text
    assert plan["text"][d["span"]["start"]:d["span"]["end"]] == d["text"]


def test_output_file_gets_the_same_json(tmp_path, plan):
    out = run("parse", str(NOTICE), "--format", "json", "-o", str(tmp_path / "p.json"))
    assert out.returncode == 0 and out.stdout == b""
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["meta"] == plan["meta"]


def test_csv_ledger_has_a_row_per_task_with_units_and_due_dates(plan):
    out = run("parse", str(NOTICE), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out.stdout.decode("utf-8"))))
    assert rows[0][:6] == ["序号", "章节", "任务", "牵头单位", "配合单位", "完成时限"]
    assert len(rows) == 1 + len(plan["tasks"])
    due = {r[5] for r in rows[1:]}
    assert {"2023-06-30", "2023-07-31", "2023-08-31"} <= due


def test_xlsx_ledger_needs_an_output_file_and_opens(tmp_path, plan):
    refused = run("parse", str(NOTICE), "--format", "xlsx")
    assert refused.returncode == 2 and refused.stdout == b"" and len(refused.stderr.splitlines()) == 1
    assert run("parse", str(NOTICE), "--format", "xlsx", "-o", str(tmp_path / "l.xlsx")).returncode == 0
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "l.xlsx").active
    assert ws["A1"].value == plan["meta"]["title"]
    assert ws.max_row == 3 + len(plan["tasks"])


def test_ics_calendar_has_an_event_per_dated_deadline(plan):
    from icalendar import Calendar
    out = run("parse", str(NOTICE), "--format", "ics")
    events = Calendar.from_ical(out.stdout).walk("VEVENT")
    dated = [d for d in plan["deadlines"] if not d["date"].startswith("--")]
    assert len(events) == len(dated)
    assert sorted(str(e.decoded("dtend")) for e in events)[0] == "2023-07-01"  # all-day, exclusive end


def test_summary_and_demo_are_readable():
    out = run("parse", str(NOTICE), "--format", "summary")
    text = out.stdout.decode("utf-8")
    assert "发文字号: 山政办发〔2023〕8号" in text and "（一）配齐硬件软件设施" in text
    demo = run("demo")
    assert demo.returncode == 0 and demo.stdout.decode("utf-8").splitlines()[0] == text.splitlines()[0]


def test_schema_describes_the_plan():
    schema = json.loads(run("schema").stdout)
    assert {"meta", "sections", "deadlines", "tasks"} <= schema["properties"].keys()
    assert "Deadline" in schema["$defs"]
