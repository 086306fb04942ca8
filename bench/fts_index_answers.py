"""The full-text questions the API asks on PostgreSQL, by main's GIN index on notice_fts.tsv against a RUM index
(the rum extension, Debian postgresql-15-rum: positions in the index) on the same rows, interleaved in one process:
answers compared, wall and client CPU p50/p95 per question and per word.

    PYTHONPATH=$PWD .venv/bin/python bench/fts_index_answers.py POSTGRESQL_STORE_URL [RUNS]

On a store as main leaves it (GIN, `ix_notice_fts_tsv`) the script builds the RUM index beside it
(`ix_notice_fts_tsv_rum`, time printed; dropped at the end) and asks each question in a transaction that drops the
other index first and is rolled back after (the drop is not timed): the same table, statistics and cache for both.

The questions: `/v1/search` (top 20 + the total: `search` + `count_hits`) and `/v1/notices?q=` (a page of 100 + the
total: `list_notices`) for each of the bench's words (bench/run.py WORDS), RUNS rounds of them. The answers are also
compared with notice filters, an offset past the first page and words no notice holds (bench/notices_answers.py's).
"""
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402
from sqlalchemy import text  # noqa: E402

from api.app import list_notices  # noqa: E402
from extractor.store.db import open_store  # noqa: E402
from extractor.store.search import count_hits, search  # noqa: E402


def search_and_total(conn, word):
    return search(conn, word, limit=20), count_hits(conn, word)


def notices_page(conn, word):
    return list_notices(conn, issuer=None, date_from=None, date_to=None, q=word, status=None, limit=100, offset=0)


QUESTIONS = {"search top 20 + total": search_and_total, "notices holding words, page of 100 + total": notices_page}
OTHERS = [dict(issuer="局", date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 6, 30), q="培训", status="ok",
               limit=50, offset=30),
          dict(issuer=None, date_from=None, date_to=None, q="，。", status=None, limit=100, offset=0),
          dict(issuer=None, date_from=None, date_to=None, q="质量 2023", status=None, limit=1000, offset=5000),
          dict(issuer=None, date_from=None, date_to=None, q="专项资金", status="failed", limit=10, offset=0),
          dict(issuer=None, date_from=None, date_to=None, q="农产品质量安全", status=None, limit=100, offset=3000)]


def percentiles(samples: list[float]) -> str:
    s = sorted(samples)
    return f"{s[len(s) // 2] * 1000:8.1f} / {s[int(round(0.95 * (len(s) - 1)))] * 1000:8.1f}"


def main() -> None:
    engine = open_store(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    with engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")).first() is None:
            sys.exit("fts_index_answers: the server has no rum extension: apt-get install postgresql-15-rum")
        c = time.perf_counter()
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS rum SCHEMA public"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_notice_fts_tsv_rum ON notice_fts "
                          "USING rum (tsv public.rum_tsvector_ops)"))
        print(f"RUM index built in {time.perf_counter() - c:.1f} s")
    other = {"old": "ix_notice_fts_tsv_rum", "new": "ix_notice_fts_tsv"}   # old: GIN; new: RUM
    times = {(q, name, kind): [] for q in QUESTIONS for name in other for kind in ("wall", "cpu")}
    by_word = {(q, name, w): [] for q in QUESTIONS for name in other for w in bench.WORDS}
    answers = {name: [] for name in other}
    with engine.connect() as conn:
        for name, dropped in other.items():
            conn.execute(text(f"DROP INDEX {dropped}"))
            answers[name] += [list_notices(conn, **c) for c in OTHERS]
            conn.rollback()
        for r in range(runs):
            for w in bench.WORDS:
                for q, ask in QUESTIONS.items():
                    for name in (("old", "new") if r % 2 == 0 else ("new", "old")):
                        conn.execute(text(f"DROP INDEX {other[name]}"))
                        c, p = time.perf_counter(), time.process_time()
                        out = ask(conn, w)
                        wall, cpu = time.perf_counter() - c, time.process_time() - p
                        conn.rollback()
                        times[q, name, "wall"].append(wall)
                        times[q, name, "cpu"].append(cpu)
                        by_word[q, name, w].append(wall)
                        if r == 0:
                            answers[name].append(out)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_notice_fts_tsv_rum"))
    print(f"{runs} rounds of {len(bench.WORDS)} words; p50 / p95 ms (CPU: this client's)")
    for q in QUESTIONS:
        for name in other:
            print(f"{q}, {name}: wall {percentiles(times[q, name, 'wall'])}   cpu {percentiles(times[q, name, 'cpu'])}")
        print("  wall median ms per word, old -> new: " + ", ".join(
            f"{w} {statistics.median(by_word[q, 'old', w]) * 1000:.0f} -> {statistics.median(by_word[q, 'new', w]) * 1000:.0f}"
            for w in bench.WORDS))
    same = sum(a == b for a, b in zip(answers["old"], answers["new"]))
    print(f"answers: {same} of {len(answers['old'])} the same (search: notices, order, scores, snippets, total; "
          f"notices: total and rows)")


if __name__ == "__main__":
    main()
