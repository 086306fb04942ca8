"""`notices query` in words answers as `notices deadlines` with the same filters, on both back ends."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from test_store import BACKENDS, CORPUS, store_url  # noqa: F401  (the back-end fixture)
from typer.testing import CliRunner

from extractor.cli import app
from extractor.store.query_language import read_query, to_query

runner = CliRunner()


def _json(*args):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def indexed(store_url, tmp_path):  # noqa: F811
    for p in CORPUS:
        shutil.copy(p, tmp_path / p.name)
    result = runner.invoke(app, ["index", str(tmp_path), "--db", store_url, "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    return store_url


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_questions_in_words_match_the_flag_queries(indexed):
    db = indexed
    may = _json("deadlines", "--month", "2023-05", "--db", db, "--format", "json")
    assert _json("query", "2023年5月的所有截止日期", "--db", db, "--format", "json") == may
    june = _json("deadlines", "--month", "2023-06", "--db", db, "--format", "json")
    assert june and all(r["date"].startswith("2023-06") for r in june)
    assert _json("query", "下个月到期的任务", "--today", "2023-05-20", "--db", db, "--format", "json") == june
    year = _json("deadlines", "--year", "2023", "--db", db, "--format", "json")
    assert year == _json("deadlines", "--from", "2023-01-01", "--to", "2023-12-31", "--db", db, "--format", "json")
    units = {u["org"] for r in _json("deadlines", "--db", db, "--format", "json") for u in r["units"]}
    for org in sorted(units)[:3]:
        by_flag = _json("deadlines", "--org", org, "--db", db, "--format", "json")
        assert by_flag and all(any(org in u["org"] for u in r["units"]) for r in by_flag)


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_rows_show_task_units_notice_and_file_in_every_format(indexed):
    rows = _json("deadlines", "--year", "2023", "--db", indexed, "--format", "json")
    assert rows and all({"date", "task", "units", "title", "doc_number", "files"} <= set(r) for r in rows)
    assert all(r["files"] and r["files"][0].endswith(".txt") for r in rows)
    csv_out = runner.invoke(app, ["deadlines", "--year", "2023", "--db", indexed, "--format", "csv"]).stdout
    assert csv_out.splitlines()[0] == "date,task,units,title,doc_number,files"
    assert len([ln for ln in csv_out.splitlines() if ln[:4] == "2023"]) >= len(rows)
    table = runner.invoke(app, ["deadlines", "--year", "2023", "--db", indexed])
    assert table.exit_code == 0 and f"deadlines ({len(rows)})" in table.stdout


def test_unit_question_becomes_a_unit_filter():
    q = to_query(read_query("县农业农村局牵头的任务"))
    assert (q.org, q.role, q.start) == ("县农业农村局", "lead", None)
    q = to_query(read_query("2023年5月县财政局配合的任务"))
    assert (q.org, q.role, str(q.start), str(q.end)) == ("县财政局", "participant", "2023-05-01", "2023-05-31")


def test_queries_without_an_index_say_so(tmp_path):
    result = runner.invoke(app, ["deadlines", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "run `notices index DIR` first" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_due_by_a_month_end_means_everything_due_up_to_that_day(indexed):
    rows = _json("query", "2023年6月底前要完成的任务", "--db", indexed, "--format", "json")
    upto = _json("deadlines", "--from", "0001-01-01", "--to", "2023-06-30", "--db", indexed, "--format", "json")
    assert rows == upto and {r["date"][:7] for r in rows} > {"2023-06"}  # not only the one day, nor only June
    said = runner.invoke(app, ["query", "2023年6月底前要完成的任务", "--db", indexed, "--format", "json"])
    assert "understood: due on or before 2023-06-30" in said.stderr


def test_a_question_understood_in_nothing_is_refused_not_answered_with_everything(tmp_path):
    result = runner.invoke(app, ["query", "各省份要完成的任务", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and result.stdout == ""
    assert "understood nothing in '各省份要完成的任务'" in result.stderr


HEAVY = ("spacy", "extractor.pipeline", "pdfplumber", "opencc", "docx", "sqlmodel", "sqlalchemy.orm")


@pytest.mark.parametrize("command", [["search", "县农业农村局 双认证"], ["query", "2023年6月底前要完成的任务"],
                                     ["deadlines", "--year", "2023"], ["failures"]])
def test_store_questions_start_without_the_parser_or_the_models(tmp_path, command):
    """The store's questions load neither spaCy nor the parser and its readers (seconds of imports), nor
    the SQLModel tables and SQLAlchemy's ORM under them (~0.3 s CPU): they read through Core."""
    import subprocess
    import sys

    from extractor.store.db import open_store
    db = tmp_path / "notices.db"
    open_store(str(db), create=True).dispose()
    code = ("import sys; from typer.testing import CliRunner; from extractor.cli import app; "
            f"r = CliRunner().invoke(app, {command + ['--db', str(db)]!r}); "
            f"print(r.exit_code, [m for m in {HEAVY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.stdout.split() == ["0", "[]"], out.stderr[-2000:]


def test_query_words_are_cut_as_the_spacy_segmenter_cuts_them():
    """Questions, and each line of a real notice as a question: the dictionary read word by word
    (`DictionaryWords`) cuts them as jieba with its whole dictionary loaded (spaCy's segmenter)."""
    from extractor.nlp import nlp
    from extractor.store.search import _RUN, _segment_words
    lines = [line.strip()[:40] for line in CORPUS[0].read_text(encoding="utf-8").splitlines() if line.strip()]
    for q in ("县农业农村局牵头的检测机构认证", "农产品质量安全检验检测机构双认证", "2023年网格化管理体系建设", *lines):
        assert _segment_words(q) == [t.text for t in nlp().make_doc(q) if _RUN.search(t.text)]


def test_the_recorded_dictionary_total_is_the_sum_of_the_installed_dictionary():
    """A search takes jieba's dictionary total from KNOWN_TOTALS when its dict.txt is the one recorded (size and
    CRC-32); that figure is the dictionary's sum, which jieba's own Tokenizer computes when it loads it."""
    import zlib
    from pathlib import Path

    from extractor.store.search import KNOWN_TOTALS, DictionaryWords, _import_jieba, dictionary_total
    jieba = _import_jieba()
    data = (Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME).read_bytes()
    total = dictionary_total(data)
    assert DictionaryWords(data).total == total
    if (len(data), zlib.crc32(data)) in KNOWN_TOTALS:
        assert KNOWN_TOTALS[(len(data), zlib.crc32(data))] == total
    _, jieba_total = jieba.Tokenizer.gen_pfdict(open(Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME, "rb"))
    assert jieba_total == total


@pytest.mark.parametrize("store_url", BACKENDS[:1], indirect=True)
def test_a_question_exports_one_ledger_and_one_calendar_across_notices(indexed, tmp_path):
    """What an office files after asking for a month: the ledger (XLSX, a row per task, every notice's
    rows on one sheet) and the calendar (ICS, valid by RFC 5545), from `deadlines` and `query` alike."""
    import icalendar
    from openpyxl import load_workbook

    from extractor.render import LEDGER_COLUMNS
    rows = _json("deadlines", "--year", "2023", "--db", indexed, "--format", "json")
    xlsx = tmp_path / "台账.xlsx"
    result = runner.invoke(app, ["query", "2023年的截止日期", "--db", indexed, "-f", "xlsx", "-o", str(xlsx)])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(xlsx).active
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = table.index(LEDGER_COLUMNS)
    body = table[header + 1:]
    tasks = {r["task"] for r in rows if r["task"]}
    assert {r[1] for r in body} == tasks            # a row per task, every task of the year's deadlines
    assert [r[0] for r in body] == list(range(1, len(body) + 1))
    assert {r[7] for r in body} - {None} == {r["doc_number"] for r in rows if r["task"]} - {None}
    leads = {u["org"] for r in rows for u in r["units"] if u["role"] == "lead"}
    assert leads and leads <= {org for r in body for org in (r[2] or "").split("、")}

    ics = runner.invoke(app, ["deadlines", "--year", "2023", "--db", indexed, "-f", "ics", "--remind-days", "5"])
    assert ics.exit_code == 0, ics.output
    calendar = icalendar.Calendar.from_ical(ics.stdout_bytes)
    events = calendar.walk("VEVENT")
    assert len(events) == len(rows)
    assert {e["DTSTART"].dt.isoformat() for e in events} == {r.get("start") or r["date"] for r in rows}  # a period from its first day
    assert all(e.walk("VALARM")[0]["TRIGGER"].dt.days == -5 for e in events)


def test_a_ledger_needs_a_file_to_go_to(tmp_path):
    result = runner.invoke(app, ["deadlines", "--db", str(tmp_path / "x.db"), "-f", "xlsx"])
    assert result.exit_code == 2 and "-o FILE.xlsx" in result.output
    result = runner.invoke(app, ["deadlines", "--db", str(tmp_path / "x.db"), "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 2 and "--format xlsx or ics" in result.output


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_a_rhythm_is_stored_at_its_first_occurrence_and_repeats_in_the_calendar(store_url, tmp_path):  # noqa: F811
    """hc_01 sets 每年2月底前 from 2019: the store lists it on 2019-02-28 with its RRULE, and the query's
    calendar repeats it every year (its last day of February: 29 in 2020)."""
    import icalendar
    from dateutil.rrule import rrulestr

    shutil.copy(CORPUS[0].parent / "dev" / "docs" / "hc_01.txt", tmp_path / "hc_01.txt")
    assert runner.invoke(app, ["index", str(tmp_path), "--db", store_url, "--workers", "1"]).exit_code == 0
    [row] = [r for r in _json("deadlines", "--month", "2019-02", "--db", store_url, "-f", "json") if r["recurrence"]]
    assert (row["date"], row["text"], row["recurrence"]) == ("2019-02-28", "每年2月底前", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1")
    ics = runner.invoke(app, ["deadlines", "--month", "2019-02", "--db", store_url, "-f", "ics"])
    [event] = [e for e in icalendar.Calendar.from_ical(ics.stdout_bytes).walk("VEVENT") if "RRULE" in e]
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=dt.datetime(2019, 2, 28))
    assert [d.date().isoformat() for d in rule[:2]] == ["2019-02-28", "2020-02-29"]
