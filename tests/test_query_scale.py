"""What makes the deadline, unit and search questions hold up in large stores, on both back ends:
pages of deadlines (limit, offset, total), the unit-name table the unit query starts from, search
ranking a bounded set of matches, and a SQLite plan that starts from the deadline index.

Each store holds the corpus notices stored four times over (new hash and path each), so that equal
days tie and the order must break ties the same way everywhere. PostgreSQL as in test_store.py:
a fresh schema per store, dropped afterwards; the tests fail, not skip, when the server is down.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text
from test_store import BACKENDS, CORPUS, drop_schema, new_schema
from typer.testing import CliRunner

from api.app import create_app
from extractor.cli import app as cli
from extractor.store import models as m
from extractor.store import search as search_module
from extractor.store.db import migrate, open_store
from extractor.store.indexer import drop_notice, parse_one, store_result
from extractor.store.queries import DeadlineQuery, count_deadlines, deadline_rows
from extractor.store.search import holding_words, search

COPIES = 4
UNIT_KEYS = "deadline_id, org, role, day, notice_key, seq"


@pytest.fixture(scope="module")
def parsed():
    return [parse_one(str(p)) for p in CORPUS]


def _fill(engine, parsed) -> None:
    for copy in range(COPIES):
        for i, result in enumerate(parsed):
            sha = hashlib.sha256(f"copy-{copy}-{i}".encode()).hexdigest()
            store_result(engine, sha, [f"/archive/{copy}/{CORPUS[i].name}"], result)


@pytest.fixture(scope="module")
def stores(parsed, tmp_path_factory):
    """{backend: (engine, url)}: the corpus stored COPIES times into SQLite and PostgreSQL."""
    sqlite_url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'notices.db'}"
    schema, pg_url = new_schema()
    out = {}
    for name, url in (("sqlite", sqlite_url), ("postgresql", pg_url)):
        engine = open_store(url, create=True)
        _fill(engine, parsed)
        out[name] = engine, url
    yield out
    for engine, _ in out.values():
        engine.dispose()
    drop_schema(schema)


def _busiest_unit(engine) -> str:
    """The unit with most deadlines dated in 2023."""
    D, U = m.DeadlineRow, m.TaskUnitRow
    with engine.connect() as conn:
        return conn.execute(select(U.org).join(D, D.task_id == U.task_id).where(D.due_year == 2023).group_by(U.org)
                            .order_by(func.count().desc(), U.org).limit(1)).scalar()


def _questions(engine) -> list[DeadlineQuery]:
    unit = _busiest_unit(engine)
    with engine.connect() as conn:
        issuer = conn.execute(select(m.NoticeRow.issuer).where(m.NoticeRow.issuer.is_not(None))
                              .order_by(m.NoticeRow.id)).scalar()
    year = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
    return [DeadlineQuery(), DeadlineQuery(*year), DeadlineQuery(org=unit[1:4], role="lead"),
            DeadlineQuery(*year, org=unit[-3:]), DeadlineQuery(*year, issuer=issuer[-4:])]


def _key(rows: list[dict]) -> list[tuple]:
    return [(r["date"], r["text"], r["task"], r["title"], tuple(r["files"]), tuple(u["org"] for u in r["units"]))
            for r in rows]


@pytest.mark.parametrize("backend", BACKENDS)
def test_pages_are_slices_of_the_whole_answer_and_the_total_counts_it(stores, backend):
    engine, _ = stores[backend]
    with engine.connect() as conn:
        for q in _questions(engine):
            every = deadline_rows(conn, q)
            assert every, q
            assert count_deadlines(conn, q) == len(every)
            for limit, offset in ((1, 0), (7, 3), (50, max(0, len(every) - 5)), (10, len(every) + 2)):
                assert deadline_rows(conn, q, limit, offset) == every[offset:offset + limit], (q, limit, offset)


@pytest.mark.parametrize("backend", BACKENDS)
def test_answers_with_more_tasks_and_notices_than_one_statement_takes_are_read_in_parts(stores, backend,
                                                                                       monkeypatch):
    from extractor.store import queries
    engine, _ = stores[backend]
    unit = DeadlineQuery(org="县")  # several unit names: past IN_LIST they are matched in a subquery
    with engine.connect() as conn:
        whole, units = deadline_rows(conn, DeadlineQuery()), deadline_rows(conn, unit)
        assert len(conn.execute(text("SELECT name FROM unit_names WHERE name LIKE '%县%'")).all()) > 3
        monkeypatch.setattr(queries, "IN_LIST", 3)
        assert deadline_rows(conn, DeadlineQuery()) == whole
        assert deadline_rows(conn, unit) == units and count_deadlines(conn, unit) == len(units) > 0
    assert len({r["notice_id"] for r in whole}) > 3 and sum(1 for r in whole if r["units"]) > 3


def test_both_backends_give_the_same_pages(stores):
    (sqlite, _), (pg, _) = stores["sqlite"], stores["postgresql"]
    with sqlite.connect() as a, pg.connect() as b:
        for q in _questions(sqlite):
            for limit, offset in ((None, 0), (9, 4)):
                assert _key(deadline_rows(a, q, limit, offset)) == _key(deadline_rows(b, q, limit, offset)), q


@pytest.mark.parametrize("backend", BACKENDS)
def test_unit_query_finds_exactly_the_deadlines_of_tasks_with_a_unit_so_named(stores, backend):
    engine, _ = stores[backend]
    D, U = m.DeadlineRow, m.TaskUnitRow
    with engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM unit_names")).scalars())
        assert names == set(conn.execute(select(U.org).distinct()).scalars())
        units = conn.execute(select(D.id, D.notice_id, D.text, D.date, U.org, U.role).join(U, U.task_id == D.task_id)
                             .where(D.due_month.is_not(None))).all()
        for part in sorted({u.org[-3:] for u in units} | {"农业农村"}):
            for role in (None, "lead", "participant"):
                expected = {u.id: (u.notice_id, u.text, u.date) for u in units if part in u.org and role in (None, u.role)}
                q = DeadlineQuery(org=part, role=role)
                got = sorted((r["notice_id"], r["text"], r["date"]) for r in deadline_rows(conn, q))
                assert got == sorted(expected.values()), (part, role)
                assert count_deadlines(conn, q) == len(expected)


def _todays_writer_needs(conn, add: bool) -> None:
    """What today's writer uses beyond a 0002 store, made for the old notice's write and taken away again so
    that the migrations make it: 0006's columns and tables, 0007's deadlines.recurrence, 0008's
    deadline_units (which the migration then fills for the old notice), and on PostgreSQL
    the unit_names table (0003) that the writer fills first in each batch."""
    pg = conn.dialect.name == "postgresql"
    tables = [m.NoticeFile.__table__, m.PlanRow.__table__, m.DeadlineUnitRow.__table__]
    if add:
        for column in ("text_key", "file_name"):
            conn.execute(text(f"ALTER TABLE notices ADD COLUMN {column} VARCHAR"))
        conn.execute(text("ALTER TABLE deadlines ADD COLUMN recurrence VARCHAR"))
        for t in tables:
            t.create(conn)
        if pg:
            conn.execute(text("CREATE TABLE unit_names (name text PRIMARY KEY)"))
        return
    for t in tables:
        t.drop(conn)
    for column in ("text_key", "file_name"):
        conn.execute(text(f"ALTER TABLE notices DROP COLUMN {column}"))
    conn.execute(text("ALTER TABLE deadlines DROP COLUMN recurrence"))
    if pg:
        conn.execute(text("DROP TABLE unit_names"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_unit_questions_from_deadline_units_answer_as_the_tasks_did(stores, backend, monkeypatch):
    """The unit questions read from deadline_units (a unit's deadlines in listing order) give the pages and
    totals the questions through the units' tasks and the notices' hashes give, with and without a period,
    a role, days without a year, several names and both roles."""
    from extractor.store import queries
    engine, _ = stores[backend]
    unit = _busiest_unit(engine)
    questions = []
    for org in (unit, unit[-3:], "县", "局", "no such unit"):
        for role in (None, "lead", "participant"):
            for period in ({}, dict(start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31)),
                           dict(start=dt.date(2023, 11, 15), end=dt.date(2024, 2, 10), any_year=True),
                           dict(start=dt.date(2023, 3, 1), end=dt.date(2023, 3, 31), any_year=True),
                           dict(start=dt.date(2022, 1, 1), end=dt.date(2024, 12, 31), any_year=True),
                           dict(end=dt.date(2023, 6, 30))):
                questions.append(DeadlineQuery(org=org, role=role, **period))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM deadline_units WHERE day > 100000000")).scalar() > 0
        new = [(count_deadlines(conn, q), deadline_rows(conn, q), deadline_rows(conn, q, 7, 5)) for q in questions]
        assert all(queries._unit_streams(conn, q) is not None for q in questions)
        monkeypatch.setattr(queries, "_unit_streams", lambda conn, q: None)
        old = [(count_deadlines(conn, q), deadline_rows(conn, q), deadline_rows(conn, q, 7, 5)) for q in questions]
    for q, a, b in zip(questions, new, old):
        assert a == b, q
    assert sum(n for n, _r, _p in new) > 100
    assert any(r["date"].startswith("--") for q, (_n, rows, _p) in zip(questions, new) if q.any_year for r in rows)


def test_sqlite_reads_a_units_page_in_order_from_one_index(stores):
    """Each (name, role, days) of a unit question is a range of ix_deadline_units_unit read in listing
    order: no temporary B-tree, no deadline or notice row."""
    from extractor.store.queries import _STREAM, _stream_params, _unit_streams
    from extractor.store.queries import DeadlineQuery as Q
    engine, _ = stores["sqlite"]
    with engine.connect() as conn:
        streams = _unit_streams(conn, Q(dt.date(2023, 1, 1), dt.date(2023, 12, 31), org="农业农村局", role="lead"))
        assert streams
        sql = f"SELECT day, notice_key, seq, deadline_id {_STREAM.format(i=0)} ORDER BY day, notice_key, seq, deadline_id"
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql.replace(":o0", "?").replace(
            ":r0", "?").replace(":a0", "?").replace(":b0", "?"), tuple(_stream_params(streams[:1]).values()))]
        assert plan == ["SEARCH deadline_units USING COVERING INDEX ix_deadline_units_unit "
                        "(org=? AND role=? AND day>? AND day<?)"], plan


@pytest.mark.parametrize("backend", BACKENDS)
def test_store_migrated_from_0002_gets_its_unit_names_and_keeps_them_up_to_date(parsed, tmp_path, backend):
    from alembic import command

    from extractor.store.db import alembic_config, make_engine
    schema, url = new_schema() if backend == "postgresql" else (None, f"sqlite:///{tmp_path / 'old.db'}")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
            _todays_writer_needs(conn, add=True)
        store_result(engine, "a" * 64, ["/old/a.txt"], parsed[0])     # today's writer, into a 0002 store
        with engine.begin() as conn:
            written = sorted(conn.execute(text(f"SELECT {UNIT_KEYS} FROM deadline_units")).all())
            _todays_writer_needs(conn, add=False)
        migrate(engine)
        with engine.connect() as conn:  # 0008 fills deadline_units as the writer does
            assert sorted(conn.execute(text(f"SELECT {UNIT_KEYS} FROM deadline_units")).all()) == written
            assert written and written[0][4] == int("a" * 15, 16)
        store_result(engine, "b" * 64, ["/new/b.txt"], parsed[1])
        with engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM unit_names")).scalars())
            units = set(conn.execute(select(m.TaskUnitRow.org)).scalars())
            unit = sorted(units)[0]
            assert names == units and units
            assert {r["files"][0] for r in deadline_rows(conn, DeadlineQuery(org=unit))} == \
                {f for f, p in (("/old/a.txt", parsed[0]), ("/new/b.txt", parsed[1]))
                 if any(unit in u.org for t in p.plan.tasks for u in t.units if t.deadline)}
        with engine.begin() as conn:  # a notice's units go with it; its names may stay, matching nothing
            for notice_id in conn.execute(select(m.NoticeRow.id)).scalars().all():
                drop_notice(conn, notice_id)
        with engine.connect() as conn:
            assert deadline_rows(conn, DeadlineQuery(org=unit)) == [] == deadline_rows(conn, DeadlineQuery())
            assert count_deadlines(conn, DeadlineQuery(org=unit)) == 0
    finally:
        engine.dispose()
        if schema:
            drop_schema(schema)


@pytest.mark.parametrize("backend", BACKENDS)
def test_search_ranks_only_the_most_recently_indexed_matches(stores, backend, monkeypatch):
    engine, _ = stores[backend]
    with engine.connect() as conn:
        every = search(conn, "检验检测机构", limit=100)
        matching = conn.execute(select(m.NoticeRow.id).where(holding_words(conn, "检验检测机构", m.NoticeRow.id))
                                .order_by(m.NoticeRow.id)).scalars().all()
        assert len(matching) > 3 and sorted(h["notice_id"] for h in every) == matching
        monkeypatch.setattr(search_module, "RANKED", 3)
        top = search(conn, "检验检测机构", limit=2)
        assert len(top) == 2 and {h["notice_id"] for h in top} <= set(matching[-3:])
        assert all("[" in h["snippet"] for h in top)
        assert len(search(conn, "检验检测机构", limit=10)) == 10  # a larger page ranks that many
        assert conn.execute(select(func.count()).where(holding_words(conn, "，。", m.NoticeRow.id))).scalar() == 0


def test_sqlite_starts_each_question_from_its_index(stores):
    """SQLite has no statistics to plan by: each question's page must still start from the index that
    narrows it, never from a scan, and a period's or the whole store's page comes in order from its
    index (only ties are sorted), not from sorting every match."""
    from extractor.store.queries import D, _matching, _order
    engine, _ = stores["sqlite"]
    with engine.connect() as conn:
        for q, start, in_order in (
                (DeadlineQuery(dt.date(2023, 5, 1), dt.date(2023, 5, 31)),
                 "SEARCH deadlines USING INDEX ix_deadlines_due_date", True),
                (DeadlineQuery(org="农业农村局", role="lead"), "SEARCH deadlines USING COVERING INDEX ix_deadlines_task",
                 False),
                (DeadlineQuery(), "SCAN deadlines USING INDEX ix_deadlines_day", True)):
            stmt = _matching(conn, q, D.id, with_notices=True).order_by(*_order(q)).limit(100)
            sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
            assert any(step.startswith(start) for step in plan), plan
            assert not any(step in ("SCAN deadlines", "SCAN notices", "SCAN task_units") or "ix_notices_status" in step
                           for step in plan), plan  # (unit_names, a few thousand names, is scanned)
            assert ("USE TEMP B-TREE FOR ORDER BY" not in plan) == in_order, plan


@pytest.mark.parametrize("backend", BACKENDS)
def test_cli_limit_and_offset_give_a_page_and_say_which(stores, backend):
    _, url = stores[backend]
    runner = CliRunner()
    every = json.loads(runner.invoke(cli, ["deadlines", "--year", "2023", "--db", url, "-f", "json"]).stdout)
    page = runner.invoke(cli, ["deadlines", "--year", "2023", "--db", url, "-f", "json", "--limit", "5",
                               "--offset", "2"])
    assert page.exit_code == 0 and json.loads(page.stdout) == every[2:7]
    assert f"deadlines 3–7 of {len(every)}" in page.stderr
    asked = runner.invoke(cli, ["query", "2023年的所有截止日期", "--db", url, "-f", "json", "-n", "3"])
    assert json.loads(asked.stdout) == every[:3]


@pytest.mark.parametrize("backend", BACKENDS)
def test_api_lists_every_notice_holding_the_words_however_many(stores, backend, monkeypatch):
    engine, url = stores[backend]
    with engine.connect() as conn:
        holding = sorted(h["notice_id"] for h in search(conn, "检验检测机构", limit=100))
    monkeypatch.setattr(search_module, "RANKED", 2)
    with TestClient(create_app(db_url=url, index_roots=[])) as client:
        listed = client.get("/v1/notices", params={"q": "检验检测机构", "limit": 1000}).json()
        assert len(holding) > 2 and listed["total"] == len(holding) == len(listed["items"])
        assert [n["id"] for n in listed["items"]] == holding
        page = client.get("/v1/deadlines", params={"year": 2023, "limit": 4, "offset": 1}).json()
        every = client.get("/v1/deadlines", params={"year": 2023, "limit": 1000}).json()
        assert page["items"] == every["items"][1:5] and page["total"] == every["total"] == len(every["items"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_notices_holding_words_are_listed_and_counted_as_the_in_list_gave_them(stores, backend):
    """/v1/notices?q=: the total and every page of the notices holding the words, with and without notice
    filters, are what `notices.id IN (matches)` gives; the words alone are counted from the full-text rows.
    On SQLite a page starts from the FTS5 rows in rowid order: no temporary index of every match, no sort."""
    from api.app import list_notices
    from extractor.store.search import index_scans, notices_holding
    engine, _ = stores[backend]
    N = m.NoticeRow
    with engine.connect() as conn:
        some_issuer = conn.execute(select(N.issuer).where(N.issuer.is_not(None)).order_by(N.id)).scalar()
        for words in ("检验检测机构", "通知", "1", "，。"):
            for issuer, status in ((None, None), (None, "ok"), (some_issuer, None)):
                narrowed = ([N.issuer.like(f"%{issuer}%")] if issuer else []) + ([N.status == status] if status else [])
                with index_scans(conn):
                    every = conn.execute(select(N.id).where(holding_words(conn, words, N.id), *narrowed)
                                         .order_by(N.id)).scalars().all()
                for limit, offset in ((1000, 0), (3, 2)):
                    total, items = list_notices(conn, issuer=issuer, date_from=None, date_to=None, q=words,
                                                status=status, limit=limit, offset=offset)
                    assert total == len(every) and [n["id"] for n in items] == every[offset:offset + limit]
                assert every or words == "，。" or issuer
        if backend == "sqlite":
            source, holding, order = notices_holding(conn, "检验检测机构", N.__table__)
            page = select(N.__table__).select_from(source).where(holding).order_by(order).limit(100)
            sql = str(page.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
            assert plan[0].startswith("SCAN notice_fts VIRTUAL TABLE") and len(plan) == 2, plan
            assert plan[1] == "SEARCH notices USING INTEGER PRIMARY KEY (rowid=?)", plan


def test_postgresql_finds_words_through_the_index_however_common_they_are(stores):
    """A word in nearly every notice (`1`, `通知`): PostgreSQL's planner would test each notice's stored tsvector
    row by row (a scan, or the primary key in step with the notices), each read from TOAST and decompressed,
    seconds in a large store (issue 18: /v1/notices?q=' OR '1'='1). Listing and counting go through the GIN
    index instead; and a question without ideographs does not load jieba's dictionary."""
    from extractor.store.search import _fts_query, index_scans, query_phrases
    engine, _ = stores["postgresql"]
    N = m.NoticeRow
    with engine.connect() as conn:
        every = conn.execute(select(func.count()).select_from(N)).scalar()
        for words in ("1", "通知", "' OR '1'='1"):
            holding = holding_words(conn, words, N.id)
            statements = [select(func.count()).select_from(N).where(holding),
                          select(N.id).where(holding).order_by(N.id).limit(50),
                          text("SELECT count(*) FROM notice_fts WHERE tsv @@ to_tsquery('simple', '%s')"
                               % _fts_query(conn, query_phrases(words)))]
            with index_scans(conn):
                for stmt in statements:
                    sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
                    plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql))
                    assert "Bitmap Index Scan on ix_notice_fts_tsv" in plan, plan
                    assert "Seq Scan on notice_fts" not in plan and "Filter: (tsv @@" not in plan, plan
        found = conn.execute(select(N.id).where(holding_words(conn, "1", N.id)).order_by(N.id)).scalars().all()
    with stores["sqlite"][0].connect() as conn:
        assert found == conn.execute(select(N.id).where(holding_words(conn, "1", N.id)).order_by(N.id)).scalars().all()
    assert every / 2 < len(found) <= every
    import subprocess
    import sys
    loaded = subprocess.run([sys.executable, "-c", "import jieba; from extractor.store.search import query_phrases; "
                             "print(query_phrases(\"' OR '1'='1\"), jieba.dt.initialized)"],
                            capture_output=True, text=True, check=True)
    assert loaded.stdout.split("] ")[-1].strip() == "False", loaded.stdout
