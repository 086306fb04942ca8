"""The `notices parse` command as a user runs it: JSON, summary, ledger (CSV, XLSX), calendar, schema."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_api_server import _big_html

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


def test_csv_ledger_has_a_row_per_task_with_a_bom_and_the_office_columns(plan):
    out = run("parse", str(NOTICE), "--format", "csv")
    assert out.stdout.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel on Chinese Windows reads it right
    rows = list(csv.reader(io.StringIO(out.stdout.decode("utf-8-sig"))))
    assert rows[0] == ["序号", "任务", "牵头单位", "配合单位", "完成时限", "目标", "所在章节", "来源文号", "来源文件",
                       "责任人", "完成情况", "备注"]
    assert len(rows) == 1 + len(plan["tasks"])
    by_task = {r[1]: r for r in rows[1:]}
    row = by_task["配齐硬件软件设施"]
    assert row[4] == "2023-06-30" and "县农业农村局" in row[2].split("、")
    assert row[7] == "山政办发〔2023〕8号" and row[8].startswith(NOTICE.name + " 第")
    assert row[9:] == ["", "", ""]
    assert [r[0] for r in rows[1:]] == [str(n) for n in range(1, len(rows))]


def test_xlsx_ledger_has_typed_cells_frozen_filtered_header_and_print_titles(tmp_path, plan):
    refused = run("parse", str(NOTICE), "--format", "xlsx")
    assert refused.returncode == 2 and refused.stdout == b"" and len(refused.stderr.splitlines()) == 1
    assert run("parse", str(NOTICE), "--format", "xlsx", "-o", str(tmp_path / "l.xlsx")).returncode == 0
    from openpyxl import load_workbook
    wb = load_workbook(tmp_path / "l.xlsx")
    ws = wb.active
    assert ws.title == "山政办发〔2023〕8号" and ws["A1"].value == plan["meta"]["title"]
    assert [c.value for c in ws[3]][:3] == ["序号", "任务", "牵头单位"]
    assert ws.max_row == 3 + len(plan["tasks"])
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref == f"A3:L{ws.max_row}"
    assert ws.print_title_rows == "$3:$3" and ws.column_dimensions["B"].width == 60
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))  # numbers, not text
    due = {r[1]: r[4] for r in rows}
    assert due["配齐硬件软件设施"] == dt.datetime(2023, 6, 30)  # a date cell: sorts and filters


def test_several_notices_make_one_workbook_a_sheet_each_or_a_file_each(tmp_path):
    pattern = str(ROOT / "corpus" / "00[0-2]_*.txt")
    out = run("parse", pattern, "--format", "xlsx", "-o", str(tmp_path / "all.xlsx"))
    assert out.returncode == 0, out.stderr
    from openpyxl import load_workbook
    assert len(load_workbook(tmp_path / "all.xlsx").sheetnames) == 3
    out = run("parse", pattern, str(NOTICE), "--format", "json", "--out-dir", str(tmp_path / "plans"))
    assert out.returncode == 0 and out.stdout == b""
    written = sorted(p.name for p in (tmp_path / "plans").iterdir())
    assert written == sorted(p.stem + ".json" for p in (ROOT / "corpus").glob("00[0-2]_*.txt"))
    assert json.loads((tmp_path / "plans" / (NOTICE.stem + ".json")).read_text("utf-8"))["meta"]["doc_number"]


def test_a_bad_file_among_many_is_one_line_and_the_others_are_written(tmp_path):
    out = run("parse", str(NOTICE), str(tmp_path / "gone.txt"), "--format", "csv")
    assert out.returncode == 2 and out.stderr.decode().strip() == f"notices: {tmp_path / 'gone.txt'}: no such file"
    assert out.stdout.decode("utf-8-sig").startswith("序号,任务")


@pytest.mark.parametrize("args", [["-o", "/missing/dir/x.json"], ["-o", "/"], ["corpus/no-such-*.pdf"],
                                  ["--out-dir", "/proc/no/such"]])
def test_path_errors_are_one_line_not_a_traceback(args):
    out = run("parse", str(NOTICE), *args)
    assert out.returncode == 2 and out.stdout == b""
    assert len(out.stderr.splitlines()) == 1 and b"Traceback" not in out.stderr, out.stderr


def test_an_unwritable_output_names_the_reason(tmp_path):
    """`-o` into a folder that takes no new files (/proc), onto a folder, under a file, onto a read-only
    file (as root, /sys refuses the write instead), and `--out-dir` onto a file: one line each saying why."""
    read_only = tmp_path / "kept.json"
    read_only.write_text("{}")
    read_only.chmod(0o444)
    refused = (Path("/sys/x.json"), "cannot write: Permission denied") if os.geteuid() == 0 else \
        (read_only, "read-only file")
    cases = [(["-o", "/proc/x.json"], "/proc/x.json: cannot create a file in /proc"),
             (["-o", str(tmp_path)], f"{tmp_path}: is a folder; give a file name (or --out-dir for a folder)"),
             (["-o", f"{NOTICE}/x.json"], f"{NOTICE}/x.json: not a folder: {NOTICE}"),
             (["-o", str(refused[0])], f"{refused[0]}: {refused[1]}"),
             (["--out-dir", str(NOTICE)], f"{NOTICE}: not a folder")]
    for args, message in cases:
        out = run("parse", str(NOTICE), *args)
        assert (out.returncode, out.stdout, out.stderr.decode()) == (2, b"", f"notices: {message}\n")
    assert read_only.read_text() == "{}"


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.decode().startswith("notices 0.")


def ics_events(*args: str):
    from icalendar import Calendar
    out = run("parse", *args, "--format", "ics")
    assert out.returncode == 0, out.stderr
    cal = Calendar.from_ical(out.stdout)
    cal.validate()  # RFC 5545: VERSION, PRODID and, per event, UID and DTSTAMP
    return cal.walk("VEVENT")


def test_ics_events_name_task_and_unit_carry_the_notice_and_a_reminder(plan):
    events = ics_events(str(NOTICE), "--remind-days", "5")
    dated = [d for d in plan["deadlines"] if not d["date"].startswith("--")]
    assert len(events) == len(dated)
    assert all(e.get("dtstamp") and e.get("uid") for e in events)
    first = min(events, key=lambda e: e.decoded("dtstart"))
    assert str(first.decoded("dtend")) == "2023-07-01"  # all-day, exclusive end
    assert str(first["summary"]) == ("配齐硬件软件设施（县直属机关事务服务中心、县农业农村局、县综合检验检测中心、"
                                     "县人社局）")
    description = str(first["description"])
    assert plan["meta"]["title"] in description and "山政办发〔2023〕8号" in description
    assert "2023年6月30日前" in description
    alarm = first.walk("VALARM")[0]
    assert alarm["action"] == "DISPLAY" and alarm.decoded("trigger") == -dt.timedelta(days=5)
    assert not any("2023年" in str(e["summary"]) for e in events)  # the date is the event's day, not its title


def test_an_event_title_drops_its_time_with_the_words_that_introduce_it():
    """The time is the event's day: its title keeps what is to be done, not `要于` / `于` / `从2019年起` left
    dangling where the time was (the State Council's 督查激励 notice, a municipal 督办 notice, a Taiwan 要點)."""
    titles = {str(e["summary"]) for name in ("dev/docs/hc_01.txt", "blind/docs/bl_02.txt", "dev/docs/hf_05.txt")
              for e in ics_events(str(ROOT / "corpus" / name), "--remind-days", "0")}
    assert {"各有关部门制定或调整完善后的激励措施实施办法，报送国务院办公厅",
            "各有关部门根据上一年度工作成效，结合国务院大督查和有关专项督查情况，研究提出拟予督查激励的地方名单，报送国务院办公厅",
            "各牵头单位要将各项工作任务进展情况报送市政府督考办",
            "公立就业服务机构应依教育部当年度提供之青年推荐名单，办理优质职缺就业媒合"} <= titles
    assert not [t for t in titles if "于，" in t or t.startswith("从") or t.endswith(("于", "在"))]


def test_ics_periods_span_their_days():
    events = ics_events(str(ROOT / "corpus" / "001_1c57926179cc4038.txt"), "--remind-days", "0")
    year = [e for e in events if str(e.decoded("dtstart")) == "2023-01-01"]
    assert year and str(year[0].decoded("dtend")) == "2024-01-01" and not year[0].walk("VALARM")


def test_a_recurring_deadline_is_one_event_with_its_rrule():
    from icalendar import Calendar

    from extractor.render import Event, calendar_ics
    cal = Calendar.from_ical(calendar_ics([Event("r@notices", "报送统计数据（县统计局）", "每月5日前", "2024-01-05",
                                                 recurrence="FREQ=MONTHLY;BYMONTHDAY=5")], "t"))
    cal.validate()
    (event,) = cal.walk("VEVENT")
    assert event["rrule"]["FREQ"] == ["MONTHLY"] and event["rrule"]["BYMONTHDAY"] == [5]


def test_control_characters_in_an_events_text_are_escaped():
    """RFC 5545 text refuses control characters but tab (a hostile file name or a damaged text layer can
    carry them): they are written escaped, as in the ledgers, and the calendar reads back."""
    from icalendar import Calendar

    from extractor.render import Event, calendar_ics
    ics = calendar_ics([Event("c@notices", "报送\x1b[31m数据", "第一行\r\n第二行\x07", "2024-01-05")], "t")
    assert not any(ch in ics for ch in (b"\x1b", b"\x07", b"\r\n\xe7\xac\xac"))
    (event,) = Calendar.from_ical(ics).walk("VEVENT")
    assert str(event["summary"]) == "报送\\x1b[31m数据" and str(event["description"]) == "第一行\n第二行\\x07"


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


def test_a_recurring_deadline_of_a_real_notice_reaches_the_calendar_with_its_rrule(tmp_path):
    """三水区 (2007): `每季度末…报区督查组` is a rhythm (plan.recurring_deadlines), written as one repeating event."""
    from icalendar import Calendar
    notice = tmp_path / "sanshui.txt"
    notice.write_text("各镇政府(街道办事处)、区政府直属局以上单位:\n"
                      "二、各部门各单位要在每季度末,将本部门完成任务的进展情况以书面形式报区督查组。\n"
                      "佛山市三水区人民政府办公室\n二○○七年四月十三日\n", encoding="utf-8")
    recurring = json.loads(run("parse", str(notice)).stdout)["recurring_deadlines"]
    assert recurring and recurring[0]["recurrence"].startswith("FREQ=")
    cal = Calendar.from_ical(run("parse", str(notice), "--format", "ics").stdout)
    assert any(e.get("rrule") for e in cal.walk("VEVENT"))


# ---------------------------------------------------------------- hostile arguments (issue 18)

@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    from extractor.store.db import open_store
    path = tmp_path_factory.mktemp("store") / "n.db"
    open_store(str(path), create=True).dispose()
    return str(path)


@pytest.mark.parametrize(("args", "says"), [
    (["deadlines", "--year", "10000"], "--year: 10000 is not a year from 1 to 9999"),
    (["deadlines", "--year", "0"], "--year: 0 is not a year from 1 to 9999"),
    (["deadlines", "--month", "0000-01"], "--month: 0000-01 is not a month from 0001-01 to 9999-12"),
    (["deadlines", "--month", "2023-13"], "--month: 2023-13 is not a month from 0001-01 to 9999-12"),
    (["deadlines", "--month", "２０２３-05"], "--month: '２０２３-05' is not a month like 2023-05"),
    (["query", "明天", "--today", "9999-12-31"], "'明天' counted from 9999-12-31 names a period outside the years 1 to 9999"),
    (["query", "下周", "--today", "9999-12-28"], "'下周' counted from 9999-12-28 names a period outside the years 1 to 9999"),
    # before the year 1: these read as December of the year 1 (`0年12月`: the `12月` in today's year), or nothing
    (["query", "上个月", "--today", "0001-01-05"], "'上个月' counted from 0001-01-05 names a period outside the years 1 to 9999"),
    (["query", "上季度", "--today", "0001-02-01"], "'上季度' counted from 0001-02-01 names a period outside the years 1 to 9999"),
    (["query", "去年", "--today", "0001-03-01"], "'去年' counted from 0001-03-01 names a period outside the years 1 to 9999"),
    (["query", "明年", "--today", "9999-03-01"], "'明年' counted from 9999-03-01 names a period outside the years 1 to 9999"),
])
def test_a_period_outside_the_calendar_is_one_line_and_exit_2(empty_store, args, says):
    out = run(*args, "--db", empty_store)
    assert out.returncode == 2 and out.stdout == b"", out.stderr
    assert out.stderr.decode().splitlines() == [f"notices: {says}"]


@pytest.mark.parametrize(("args", "option"), [
    (["deadlines", "--limit", "99999999999999999999"], "--limit"), (["deadlines", "--offset", "9" * 20], "--offset"),
    (["query", "2023年5月", "--limit", "9" * 20], "--limit"), (["search", "双认证", "--limit", "9" * 20], "--limit"),
    (["search", "双认证", "--limit", "-1"], "--limit"),  # PostgreSQL refuses a negative LIMIT
])
def test_a_page_size_no_sql_limit_takes_is_refused_without_a_traceback(empty_store, args, option):
    """A number past 2**31-1 reached SQLite as 'OverflowError: Python int too large' (a traceback)."""
    out = run(*args, "--db", empty_store)
    assert out.returncode == 2 and out.stdout == b"" and b"Traceback" not in out.stderr, out.stderr
    assert f"Invalid value for '{option}'" in " ".join(out.stderr.decode().split())


@pytest.mark.parametrize("notice", ["²", "99999999999999999999"])
def test_digits_that_no_notice_id_can_be_are_one_line_and_exit_2(empty_store, notice):
    out = run("deadlines", "--notice", notice, "--db", empty_store)
    assert out.returncode == 2 and out.stdout == b""
    assert out.stderr.decode().splitlines() == [f"notices: --notice: {notice!r} is not a notice id (1 to 2147483647)"]


@pytest.fixture(scope="module")
def big_html(tmp_path_factory):
    """10 MB of paragraphs of a real notice: the HTML parser's tree outgrows 128 MB and takes seconds."""
    return _big_html(tmp_path_factory.mktemp("big") / "big.html")


@pytest.mark.parametrize(("limits", "says"), [
    # (the time limit is far off: the cap stops the page within seconds; a worker refused even its answer
    # once spun until the limit and was called over budget only because it had held much memory)
    (["--memory-mb", "128", "--timeout", "600"],
     "needed more than the 128 MB of memory a worker may use (--memory-mb); stopped"),
    # (the big page takes minutes; 10 s leaves the small notice after it room on a busy machine, where 1 s failed)
    (["--timeout", "10"], "took longer than 10 s; stopped"),
])
def test_a_file_past_the_memory_or_time_limit_stops_in_one_line_and_the_next_is_parsed(big_html, limits, says):
    out = run("parse", str(big_html), str(NOTICE), "--format", "summary", *limits)
    assert out.returncode == 2 and out.stderr.decode().splitlines() == [f"notices: {big_html}: {says}"]
    assert out.stdout.decode().startswith("山阴县人民政府办公室关于印发")


def test_parse_does_not_load_the_store():
    """`notices parse` needs no database: SQLAlchemy and SQLModel were ~0.8 s of its start-up."""
    code = ("import sys\nfrom extractor import cli\n"
            f"sys.argv = ['notices', 'parse', {str(NOTICE)!r}, '--format', 'summary']\n"
            "try:\n    cli.main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode().startswith("山阴县人民政府办公室关于印发")
    assert out.stdout.decode().splitlines()[-1] == "[]"
