"""The store on both back ends: what is indexed equals what `parse()` gives, and the same questions
get the same answers from SQLite and PostgreSQL.

PostgreSQL is the server on 127.0.0.1:5432 (NOTICES_TEST_PG overrides the URL); each store
gets its own fresh schema (search_path), dropped afterwards. These tests fail, not skip,
when the server is down.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
import shutil
import sqlite3
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select, text
from typer.testing import CliRunner

from extractor.cli import app
from extractor.ingest.text import decode
from extractor.store import models as m
from extractor.store.db import open_store
from extractor.store.indexer import find_files, index, parse_one
from extractor.store.queries import DeadlineQuery, deadline_rows, failures
from extractor.store.search import _fts_query, index_terms, query_phrases, readable, search, snippet

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
FIXTURES = [p for sub in ("docx", "pdf", "html") for p in sorted((ROOT / "fixtures" / sub).glob("*"))]
BACKENDS = ["sqlite", "postgresql"]
sys.path.insert(0, str(ROOT / "bench"))

from pg_schemas import PG_URL, drop_schema, new_schema  # noqa: E402, F401  (bench/ is not a package; PG_URL for others)


@functools.cache
def parsed(path: str):
    """parse() of a file, or the one-line failure the indexer records for it (an Exception)."""
    result = parse_one(path)
    return result.plan if result.plan else Exception(result.error)


@pytest.fixture
def store_url(request, tmp_path):
    """A fresh, empty store URL on the back end named by the test's parameter."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'notices.db'}"
        return
    schema, url = new_schema()
    yield url
    create_engine(url).dispose()
    drop_schema(schema)


@pytest.fixture(scope="module")
def corpus_stores(tmp_path_factory):
    """The corpus and format fixtures indexed once into SQLite and once into PostgreSQL."""
    files = CORPUS + FIXTURES
    folder = tmp_path_factory.mktemp("archive")
    for p in files:
        (folder / p.parent.name).mkdir(exist_ok=True)
        shutil.copy(p, folder / p.parent.name / p.name)
    sqlite_url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'notices.db'}"
    schema, pg_url = new_schema()
    engines = {}
    for name, url in (("sqlite", sqlite_url), ("postgresql", pg_url)):
        engines[name] = open_store(url, create=True)
        index(engines[name], find_files([folder]), workers=2, timeout=120)
    yield engines, folder
    for e in engines.values():
        e.dispose()
    drop_schema(schema)


def _notice_for(conn, path: Path):
    return conn.execute(select(m.NoticeRow.__table__).join(m.NoticePath, m.NoticePath.notice_id == m.NoticeRow.id)
                        .where(m.NoticePath.path == str(path))).one()


def _count(conn, model, notice_id):
    return conn.execute(select(func.count()).select_from(model).where(model.notice_id == notice_id)).scalar()


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_file_is_stored_as_parse_gives_it(corpus_stores, backend):
    engines, folder = corpus_stores
    with engines[backend].connect() as conn:
        for path in find_files([folder]):
            plan = parsed(str(path))
            row = _notice_for(conn, path)
            if isinstance(plan, Exception):
                assert (row.status, row.error) == ("failed", str(plan))
                continue
            assert row.status == "ok"
            if row.sha256 != plan.source.sha256:  # another format of a notice stored once, from its best copy
                owner, name = conn.execute(select(m.NoticeFile.notice_id, m.NoticeFile.name)
                                           .where(m.NoticeFile.sha256 == plan.source.sha256)).one()
                # named when it joined the notice; a copy stored first and then replaced is named by its paths
                assert owner == row.id and name in (path.name, None)
                assert (row.doc_number, row.title) == (plan.meta.doc_number, plan.meta.title)
                continue
            assert (row.title, row.doc_number, row.issuer, row.date) == \
                (plan.meta.title, plan.meta.doc_number, plan.meta.issuer, plan.meta.date)
            stored_days = conn.execute(select(m.DeadlineRow.date).where(m.DeadlineRow.notice_id == row.id)).scalars()
            task_days = [t.deadline.date for t in plan.tasks if t.deadline]
            assert set(stored_days) == {d.date for d in plan.deadlines} | set(task_days)
            for model, items in ((m.TaskRow, plan.tasks), (m.OrganizationRow, plan.organizations),
                                 (m.PersonRow, plan.people), (m.ResponsibilityRow, plan.responsibilities),
                                 (m.ContactRow, plan.contacts), (m.ReferenceRow, plan.references)):
                assert _count(conn, model, row.id) == len(items), model.__tablename__
            n_sections = sum(1 for s in plan.sections for _ in _walk(s))
            assert _count(conn, m.SectionRow, row.id) == n_sections


def _walk(section):
    yield section
    for c in section.children:
        yield from _walk(c)


def test_seed_000_meta_is_stored(corpus_stores):
    """Concrete: 000 is the 山阴县 notice; its stored title and doc number are the parsed ones."""
    engines, folder = corpus_stores
    plan = parsed(str(folder / "corpus" / CORPUS[0].name))
    with engines["sqlite"].connect() as conn:
        row = _notice_for(conn, folder / "corpus" / CORPUS[0].name)
    assert "双认证" in (row.title or "") and row.title == plan.meta.title
    assert row.doc_number == plan.meta.doc_number == "山政办发〔2023〕8号"


def _answers(engine, q: DeadlineQuery) -> list[tuple]:
    with engine.connect() as conn:
        return [(r["date"], r["text"], r["task"], r["title"], tuple(r["files"])) for r in deadline_rows(conn, q)]


QUERIES = [DeadlineQuery(start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31)),
           DeadlineQuery(start=dt.date(2023, 6, 1), end=dt.date(2023, 6, 30),
                         any_year=True),
           DeadlineQuery(start=dt.date(2023, 5, 1), end=dt.date(2023, 7, 31),
                         overlap=True),
           DeadlineQuery(issuer="农业农村厅")]


@pytest.mark.parametrize("q", QUERIES, ids=["year", "june-any-year", "overlap", "issuer"])
def test_both_backends_give_the_same_answers(corpus_stores, q):
    engines, _ = corpus_stores
    assert _answers(engines["sqlite"], q) == _answers(engines["postgresql"], q)


def test_the_questions_name_the_stored_columns_with_their_types():
    """queries.py reads the store through lightweight tables, not the SQLModel classes: each of their
    columns is a column of models.py's table, of the same type (sqlmodel's AutoString and UTCDateTime
    are String and a DateTime with time zone), so its values are read and compared alike."""
    from extractor.store import queries

    def kind(type_):
        type_ = getattr(type_, "impl", type_)
        return type(type_), getattr(type_, "timezone", None)
    for light in (queries.DEADLINES, queries.NOTICES, queries.TASKS, queries.TASK_UNITS, queries.PATHS,
                  queries.TARGETS, queries.FILES):
        stored = m.SQLModel.metadata.tables[light.name]
        assert {c.name: kind(c.type) for c in light.c} == {c.name: kind(stored.c[c.name].type) for c in light.c}


def _kept_plans(folder, engine) -> list:
    """parse() of each indexed file that is stored as a notice (not as another format of one)."""
    with engine.connect() as conn:
        kept = set(conn.execute(select(m.NoticeRow.sha256)).scalars())
    plans = [parsed(str(path)) for path in find_files([folder])]
    return [p for p in plans if not isinstance(p, Exception) and p.source.sha256 in kept]


def _all_parsed_deadlines(folder, engine):
    """(date, start, text, sha256) of every deadline parse() finds in the files stored as notices."""
    return [(d.date, d.start, d.text, p.source.sha256) for p in _kept_plans(folder, engine) for d in p.deadlines]


def _texts(folder, engine) -> dict[str, str]:
    return {p.source.sha256: p.text for p in _kept_plans(folder, engine)}


def test_each_notice_is_stored_once_from_its_best_copy_with_every_file(corpus_stores):
    """The corpus notices are also in the fixtures as DOCX, PDF and HTML: five notices, each with its four
    files and paths, the same on both back ends; every deadline listed once."""
    engines, folder = corpus_stores
    answers = []
    for engine in engines.values():
        with engine.connect() as conn:
            notices = dict(conn.execute(select(m.NoticeRow.id, m.NoticeRow.sha256)
                                        .where(m.NoticeRow.status == "ok")).all())
            files = conn.execute(select(m.NoticeFile.notice_id, func.count()).group_by(m.NoticeFile.notice_id)).all()
            paths = conn.execute(select(m.NoticePath.notice_id, func.count()).group_by(m.NoticePath.notice_id)).all()
            formats = set(conn.execute(select(m.NoticeRow.format).where(m.NoticeRow.status == "ok")).scalars())
            stored_deadlines = conn.execute(select(func.count()).select_from(m.DeadlineRow)).scalar()
        assert len(notices) == len(CORPUS) and formats == {"docx"}
        assert sorted(n for _, n in files) == [3] * len(CORPUS) and sorted(n for _, n in paths) == [4] * len(CORPUS)
        once = sum(len({(d.span.start, d.span.end) if d.span else d.text
                        for d in p.deadlines + [t.deadline for t in p.tasks if t.deadline]})
                   for p in _kept_plans(folder, engine))
        assert stored_deadlines == once  # each notice's deadlines once, from the copy kept
        answers.append(set(notices.values()))
    assert answers[0] == answers[1]


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_a_doc_or_ofd_copy_stored_first_is_joined_by_the_text_that_comes_later(store_url, tmp_path):
    """Every format a notice can come in is looked at for its copies, in either order: the Chengdu notice's
    DOC (blind3) and the 山阴县 plan's OFD (fixtures) indexed first, their texts in a later run, are two
    notices, each kept from its better copy with both files (the DOC by title and date, neither has a 文号;
    the OFD by its Chinese text)."""
    from typing import get_args

    from extractor.models import Source
    from extractor.store.indexer import FORMAT_RANK
    assert set(FORMAT_RANK) == set(get_args(Source.model_fields["format"].annotation))
    doc, found = ROOT / "corpus" / "blind3" / "docs" / "bf_10.doc", ROOT / "corpus" / "blind3" / "found" / "bf_10.txt"
    ofd, txt = ROOT / "fixtures" / "ofd" / (CORPUS[0].stem + ".ofd"), CORPUS[0]
    engine = open_store(store_url, create=True)
    first = index(engine, [doc, ofd], workers=2, timeout=300)
    later = index(engine, [found, txt], workers=2, timeout=300)
    assert (first.indexed, later.indexed, later.merged) == (2, 2, 2)
    with engine.connect() as conn:
        kept = dict(conn.execute(select(m.NoticeRow.format, m.NoticeRow.id).where(m.NoticeRow.status == "ok")).all())
        files = sorted(conn.execute(select(m.NoticeFile.notice_id)).scalars())
        paths = conn.execute(select(m.NoticePath.path, m.NoticePath.notice_id)).all()
    assert sorted(kept) == ["doc", "text"] and files == sorted(kept.values())  # the other copy's file, once each
    assert sorted(paths) == sorted([(str(doc), kept["doc"]), (str(found), kept["doc"]), (str(ofd), kept["text"]),
                                    (str(txt), kept["text"])])
    engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_month_query_finds_exactly_the_parsed_deadlines_due_that_month(corpus_stores, backend):
    engines, folder = corpus_stores
    every = _all_parsed_deadlines(folder, engines[backend])
    expected = {(d, t, sha) for d, _s, t, sha in every if d.startswith("2023-06-")}
    expected_any = expected | {(d, t, sha) for d, _s, t, sha in every if d.startswith("--06-")}
    assert expected, "the corpus has deadlines in June 2023"
    with engines[backend].connect() as conn:
        sha = dict(conn.execute(select(m.NoticeRow.id, m.NoticeRow.sha256)).all())
        june = dt.date(2023, 6, 1), dt.date(2023, 6, 30)
        got = {(r["date"], r["text"], sha[r["notice_id"]]) for r in deadline_rows(conn, DeadlineQuery(*june))}
        got_any = {(r["date"], r["text"], sha[r["notice_id"]])
                   for r in deadline_rows(conn, DeadlineQuery(*june, any_year=True))}
    assert got == expected
    assert got_any == expected_any and (not any(d.startswith("--") for d, _, _ in expected_any) or got_any > got)


@pytest.mark.parametrize("backend", BACKENDS)
def test_deadlines_are_sorted_by_date_with_yearless_days_last(corpus_stores, backend):
    engines, _ = corpus_stores
    with engines[backend].connect() as conn:
        dates = [r["date"] for r in deadline_rows(conn, DeadlineQuery())]
    dated = [d for d in dates if not d.startswith("--")]
    assert dates == dated + [d for d in dates if d.startswith("--")]
    assert dated == sorted(dated) and dates[len(dated):] == sorted(dates[len(dated):])


@pytest.mark.parametrize("backend", BACKENDS)
def test_search_ranks_notices_with_every_word_and_marks_them_in_snippets(corpus_stores, backend):
    engines, folder = corpus_stores
    with engines[backend].connect() as conn:
        hits = search(conn, "双认证", limit=100)
        sha = dict(conn.execute(select(m.NoticeRow.id, m.NoticeRow.sha256)).all())
    texts = _texts(folder, engines[backend])
    found = {sha[h["notice_id"]] for h in hits}
    assert {s for s, t in texts.items() if "双认证" in t} <= found
    assert all("双" in texts[s] and "认证" in texts[s] for s in found)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert all(re.search(r"\[[^]]*(?:双|认证)[^]]*\]", h["snippet"]) for h in hits)
    assert any("[双认证]" in h["snippet"] for h in hits)   # pairs joined back into the phrase


SQLITE = SimpleNamespace(dialect=SimpleNamespace(name="sqlite"))   # what _fts_query asks of a connection
FTS5_SNIPPET = "SELECT rowid, snippet(notice_fts, 1, '[', ']', ' … ', 24) FROM notice_fts WHERE notice_fts MATCH ?"


def _fts5_table(rows) -> sqlite3.Connection:
    """An in-memory notice_fts as the migrations make it, holding (title, body) terms."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE notice_fts USING fts5(title, body, tokenize='unicode61', prefix='1')")
    conn.executemany("INSERT INTO notice_fts (title, body) VALUES (?, ?)", rows)
    return conn


SNIPPET_WORDS = ["双认证", "检验检测机构", "培训", "农产品质量安全", "局", "的", "工作 通知", "县农业农村局", "2024",
                 "检测机构认证", "一", "质量 管理 体系"]


def test_snippets_from_the_body_terms_are_fts5s_on_real_notices():
    """`snippet` gives what FTS5's snippet() gives, for each real notice of the corpus holding the words."""
    texts = [decode(p.read_bytes())[0] for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    bodies = [index_terms(t) for t in texts]
    conn = _fts5_table([("", b) for b in bodies])
    compared = 0
    for words in SNIPPET_WORDS:
        phrases = query_phrases(words)
        fts5 = conn.execute(FTS5_SNIPPET, (_fts_query(SQLITE, phrases),)).fetchall()
        assert fts5, words
        for rowid, expected in fts5:
            assert snippet(bodies[rowid - 1], phrases) == expected, (words, rowid)
        compared += len(fts5)
    assert compared > 500


@given(st.text(alphabet="双认证农产品，a1", max_size=150), st.lists(st.text(alphabet="双认证农a", min_size=1, max_size=3),
                                                                 min_size=1, max_size=3))
@settings(max_examples=300, deadline=None)
def test_snippets_from_the_body_terms_are_fts5s_where_words_crowd(text_, words):
    """Dense and overlapping places of the words, windows at either end of the body: FTS5's snippet()."""
    body = index_terms(text_)
    phrases = query_phrases(" ".join(f'"{w}"' for w in words))
    found = _fts5_table([("", body)]).execute(FTS5_SNIPPET, (_fts_query(SQLITE, phrases),)).fetchall()
    assert [s for _, s in found] in ([], [snippet(body, phrases)])


def test_search_answers_agree_across_backends(corpus_stores):
    engines, _ = corpus_stores
    sets = []
    for e in engines.values():
        with e.connect() as conn:
            sha = dict(conn.execute(select(m.NoticeRow.id, m.NoticeRow.sha256)).all())
            sets.append({sha[h["notice_id"]] for h in search(conn, "检验检测 机构", limit=100)})
    assert sets[0] == sets[1] and sets[0]


# ---------------------------------------------------------------- incremental runs, failures

def _copy_corpus(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(p, dest / p.name)) for p in CORPUS]


def _paths(conn) -> dict[str, int]:
    return dict(conn.execute(select(m.NoticePath.path, m.NoticePath.notice_id)).all())


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_incremental_skip_replace_and_duplicate_content(store_url, tmp_path):
    files = _copy_corpus(tmp_path / "a")
    engine = open_store(store_url, create=True)
    first = index(engine, find_files([tmp_path / "a"]), workers=2, timeout=120)
    assert (first.indexed + first.failed, first.skipped) == (len(files), 0)

    again = index(engine, find_files([tmp_path / "a"]), workers=2, timeout=120)
    assert (again.indexed, again.failed, again.skipped) == (0, 0, len(files))

    changed = files[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n联系人：张三，电话：0349-1234567\n", encoding="utf-8")
    copy = Path(shutil.copy(files[1], tmp_path / "a" / "copy_of_001.txt"))
    with engine.connect() as conn:
        old_id = _paths(conn)[str(changed)]
    third = index(engine, find_files([tmp_path / "a"]), workers=2, timeout=120)
    assert (third.indexed, third.skipped, third.linked) == (1, len(files), 1)
    with engine.connect() as conn:
        paths = _paths(conn)
        assert paths[str(copy)] == paths[str(files[1])]
        assert paths[str(changed)] != old_id
        assert conn.execute(select(func.count()).where(m.NoticeRow.id == old_id)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(m.DeadlineRow)
                            .where(m.DeadlineRow.notice_id == old_id)).scalar() == 0
        new = conn.execute(select(m.NoticeRow.__table__).where(m.NoticeRow.id == paths[str(changed)])).one()
        assert new.sha256 == parsed(str(changed)).source.sha256
        assert conn.execute(select(func.count()).select_from(m.NoticeRow)).scalar() == len(files)
    engine.dispose()


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_bad_files_are_recorded_and_the_run_goes_on(store_url, tmp_path):
    files = _copy_corpus(tmp_path / "a")
    (tmp_path / "a" / "empty.txt").write_bytes(b"")
    shutil.copy(ROOT / "fixtures" / "bad" / "png.docx", tmp_path / "a" / "png.docx")
    engine = open_store(store_url, create=True)
    report = index(engine, find_files([tmp_path / "a"]), workers=2, timeout=120)
    with engine.connect() as conn:
        failed = {Path(f["path"]).name: f["error"] for f in failures(conn)}
    for name in ("empty.txt", "png.docx"):
        assert failed[name] == str(parsed(str(tmp_path / "a" / name)))
    ok = [f for f in files if not isinstance(parsed(str(f)), Exception)]
    assert report.indexed == len(ok) and report.failed == len(failed)

    result = CliRunner().invoke(app, ["failures", "--db", store_url, "--format", "json"])
    assert result.exit_code == 0
    assert {Path(r["path"]).name for r in json.loads(result.stdout)} == set(failed)
    engine.dispose()


# ---------------------------------------------------------------- full-text search by character pairs

def _phrases_in_corpus(count: int) -> list[str]:
    """Substrings of the corpus notices' runs of ideographs, 1 to 6 characters, spread over the texts."""
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    runs = [r for t in texts for r in re.findall(r"[\u4e00-\u9fff]{6,}", t)]
    picked = []
    for k in range(count):
        run = runs[(k * 7919) % len(runs)]
        size = 1 + k % 6
        start = (k * 31) % (len(run) - size + 1)
        picked.append(run[start:start + size])
    return picked


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_quoted_phrase_finds_exactly_the_notices_holding_it(corpus_stores, backend):
    """Substring semantics: whatever jieba would have made of the sentence around it, a phrase (and a
    single character) is found in every notice whose text holds it, and only there."""
    engines, folder = corpus_stores
    texts = _texts(folder, engines[backend])
    with engines[backend].connect() as conn:
        sha = dict(conn.execute(select(m.NoticeRow.id, m.NoticeRow.sha256)).all())
        for phrase in _phrases_in_corpus(40):
            found = {sha[h["notice_id"]] for h in search(conn, f'"{phrase}"', limit=1000)}
            assert found == {s for s, t in texts.items() if phrase in t}, phrase


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_unquoted_query_needs_each_of_its_words(corpus_stores, backend):
    engines, folder = corpus_stores
    texts = _texts(folder, engines[backend])
    with engines[backend].connect() as conn:
        sha = dict(conn.execute(select(m.NoticeRow.id, m.NoticeRow.sha256)).all())
        found = {sha[h["notice_id"]] for h in search(conn, "检测机构认证", limit=1000)}
    assert found == {s for s, t in texts.items() if all(w in t for w in ("检测", "机构", "认证"))}
    assert found - {s for s, t in texts.items() if "检测机构认证" in t}   # broader than the phrase


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=40),
       st.text(alphabet="abcXYZ0189", min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_a_snippets_pairs_join_back_into_the_text(run, word):
    assert readable(index_terms(run)) == run
    assert readable(index_terms(f"{run}，{word}。{run}")) == f"{run} {word.lower()} {run}"


def test_migration_0004_turns_jiebas_words_into_pairs(tmp_path):
    """A store indexed with jieba's words (downgraded to 0003) answers the same after the upgrade."""
    from alembic import command

    from extractor.store.db import alembic_config
    engine = open_store(f"sqlite:///{tmp_path / 'notices.db'}", create=True)
    index(engine, CORPUS, workers=1, timeout=120)
    queries = ['"双认证"', "检测机构", '"县农业农村局"', "局"]

    def answers():
        with engine.connect() as conn:
            return [{h["notice_id"] for h in search(conn, q, limit=100)} for q in queries], \
                conn.execute(text("SELECT rowid, title, body FROM notice_fts ORDER BY rowid")).all()

    before, terms = answers()
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    with engine.connect() as conn:
        words = conn.execute(text("SELECT body FROM notice_fts")).scalars().all()
    assert all("农产品" in w.split() for w in words if "农产品" in w.replace(" ", ""))   # jieba's words
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    after, terms_after = answers()
    assert after == before and all(after)
    assert len(terms_after) == len(terms)
    assert all(len(t) <= 2 for r in terms_after for t in r.body.split() if re.match(r"[\u4e00-\u9fff]", t))


def test_a_store_at_the_newest_revision_is_opened_for_writing_without_alembic(tmp_path, monkeypatch):
    """`open_store(create=True)` migrates a new store or an older one, and leaves a store at the newest revision as it
    is, without importing and running Alembic to find nothing to do (~0.1-0.2 s of every `notices index`)."""
    from alembic import command

    from extractor.store import db
    url = f"sqlite:///{tmp_path / 'notices.db'}"
    migrated = []
    real = db.migrate
    monkeypatch.setattr(db, "migrate", lambda engine: migrated.append(1) or real(engine))
    open_store(url, create=True).dispose()
    assert migrated == [1]
    open_store(url, create=True).dispose()
    assert migrated == [1]
    engine = open_store(url)
    cfg = db.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    open_store(url, create=True).dispose()
    assert migrated == [1, 1]
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == db.known_revisions()[1]


def test_migration_0009_gives_notice_fts_a_first_character_prefix_index(tmp_path):
    """notice_fts made again with `prefix='1'` (and without it, downgraded) holds the same rows, and the searches
    give the same notices, scores and snippets."""
    from alembic import command

    from extractor.store.db import alembic_config
    engine = open_store(f"sqlite:///{tmp_path / 'notices.db'}", create=True)
    index(engine, CORPUS, workers=1, timeout=120)
    queries = ["双认证", "局", "检验检测机构", "县 农业 培训"]

    def state():
        with engine.connect() as conn:
            return ([search(conn, q, limit=100) for q in queries],
                    conn.execute(text("SELECT rowid, title, body FROM notice_fts ORDER BY rowid")).all(),
                    conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'notice_fts'")).scalar())

    hits, rows, table = state()
    assert "prefix='1'" in table and all(hits)
    cfg = alembic_config(engine)
    for revision, prefixed in (("0008", False), ("head", True)):
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if revision == "0008" else command.upgrade)(cfg, revision)
        assert state()[:2] == (hits, rows)
        assert ("prefix='1'" in state()[2]) == prefixed


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_the_index_summary_adds_up(store_url, tmp_path):
    """Every file is counted once: indexed (a copy in another format among them, `merged`), failed, unchanged,
    or the same content as another file of the run."""
    folder = tmp_path / "a"
    files = _copy_corpus(folder)
    shutil.copy(files[0], folder / "again_000.txt")
    shutil.copy(files[0], folder / "and_again_000.txt")
    shutil.copy(ROOT / "fixtures" / "docx" / (files[1].stem + ".docx"), folder)
    (folder / "empty.txt").write_bytes(b"")
    engine = open_store(store_url, create=True)
    report = index(engine, find_files([folder]), workers=2, timeout=120)
    assert (report.files, report.indexed, report.failed, report.skipped, report.duplicates, report.merged) == \
        (len(files) + 4, len(files) + 1, 1, 0, 2, 1)
    assert report.files == report.indexed + report.failed + report.skipped + report.duplicates
    again = index(engine, find_files([folder]), workers=2, timeout=120)
    assert (again.files, again.skipped, again.indexed, again.duplicates) == (len(files) + 4, len(files) + 4, 0, 0)
    out = CliRunner().invoke(app, ["index", str(folder), "--db", store_url])
    assert f"{len(files) + 4} files: 0 indexed (0 of them another format of a stored notice), 0 failed, 0 warned, " \
           f"{len(files) + 4} unchanged, 0 the same as another file here" in " ".join(out.stderr.split())
    engine.dispose()


def _rows_by_table(url: str) -> dict[str, list]:
    """Every row of every plan table, by id (the time a notice was indexed left out)."""
    engine = create_engine(url)
    tables = {}
    with engine.connect() as conn:
        for model in (m.NoticeRow, m.NoticePath, m.NoticeFile, m.SectionRow, m.TaskRow, m.TaskUnitRow, m.DeadlineRow,
                      m.TargetRow, m.OrganizationRow, m.OrgMentionRow, m.PersonRow, m.ResponsibilityRow,
                      m.ContactRow, m.ReferenceRow):
            table = model.__table__
            columns = [c for c in table.c if not c.name.endswith("_at")]
            tables[table.name] = conn.execute(select(*columns).order_by(table.c.id)).all()
    engine.dispose()
    return tables


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_a_batch_stores_what_notices_stored_one_at_a_time_store(store_url, tmp_path):
    """A batch's records are written at the end of its transaction, a statement per table; the store,
    ids and links included, is the one that storing notice after notice gives, also when a notice of
    the batch is replaced within it (its rows written, then deleted) and a path moves to another notice
    (the notice it named is dropped)."""
    from extractor.store.indexer import file_sha256, store_result, store_results
    results = [(file_sha256(p), [str(p)], parse_one(str(p))) for p in CORPUS[:3] + FIXTURES[:2]]
    (a_sha, a_paths, a), (b_sha, _b, b) = results[0], results[1]
    sequence = [*results, (a_sha, a_paths + ["/elsewhere/a.txt"], a), (b_sha, [str(CORPUS[2])], b)]
    one_by_one = f"sqlite:///{tmp_path / 'one_by_one.db'}"
    engine = open_store(one_by_one, create=True)
    for sha, paths, result in sequence:
        store_result(engine, sha, paths, result)
    engine.dispose()
    engine = open_store(store_url, create=True)
    store_results(engine, sequence)
    engine.dispose()
    expected, got = _rows_by_table(one_by_one), _rows_by_table(store_url)
    assert sum(len(rows) for rows in got.values()) > 200 and got["task_units"] and got["org_mentions"]
    assert got == expected


def test_an_index_runs_workers_send_plain_rows_the_plan_gives():
    """An index run's workers send the notice's record, not its plan: plain values, each row as many as its
    table's columns, the same record the plan parsed in this process gives."""
    import pickle

    from extractor.pipeline import parse
    from extractor.store.indexer import parse_for_store
    from extractor.store.rows import TABLES, notice_record
    path = str(CORPUS[0])
    sent = pickle.loads(pickle.dumps(parse_for_store(path)))
    assert sent.plan is None and sent.error is None
    assert sent.record == notice_record(parse(path))
    assert sent.record.rows["deadlines"] and sent.record.rows["task_units"] and sent.record.rows["org_mentions"]
    assert all(len(row) == len(TABLES[table]) for table, rows in sent.record.rows.items() for row in rows)


def test_a_plan_stored_at_any_compression_level_reads_back_the_same(tmp_path):
    """The stored plan blob is compressed at `PLAN_LEVEL`; a blob stored at zlib's default level (stores
    indexed before) reads back the same plan."""
    import zlib

    from extractor.store.indexer import stored_plan
    from extractor.store.rows import PLAN_LEVEL
    engine = open_store(f"sqlite:///{tmp_path / 's.db'}", create=True)
    index(engine, [CORPUS[0]], workers=1, timeout=120)
    with engine.begin() as conn:
        new = stored_plan(conn, 1)
        body = conn.execute(select(m.PlanRow.body)).scalar()
        assert body == zlib.compress(zlib.decompress(body), PLAN_LEVEL)
        conn.execute(m.PlanRow.__table__.update().values(body=zlib.compress(zlib.decompress(body))))
        old = stored_plan(conn, 1)
    engine.dispose()
    assert new is not None and old == new and new.tasks
