"""Where a SQLite search's ranking goes, per bench word: CPU medians (ms) of the whole query's count, each phrase's
count alone (what bm25()'s IDF counts at every search), the 1,000 newest matching rowids, and the ranking statement
(`search._SQLITE_BEST`). Read-only (the store may be in use).

    PYTHONPATH=$PWD .venv/bin/python bench/search_split.py /tmp/qbench/bench_query_100000_1.db [RUNS]
"""
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402

from extractor.store import search as S  # noqa: E402

COUNT = "SELECT count(*) FROM notice_fts WHERE notice_fts MATCH ?"
NEWEST = "SELECT rowid FROM notice_fts WHERE notice_fts MATCH ? ORDER BY rowid DESC LIMIT 1000"
BEST = S._SQLITE_BEST.replace(":q", "?").replace(":ranked", "1000").replace(":limit", "20").replace(":offset", "0")


class _SQLite:
    """What `_fts_query` reads of a connection."""
    class dialect:
        name = "sqlite"


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print("notices", conn.execute("SELECT count(*) FROM notice_fts_docsize").fetchone()[0])
    for word in bench.WORDS:
        phrases = S.query_phrases(word)
        q = S._fts_query(_SQLite, phrases)
        steps = [("total", COUNT, q)] + [(f"phrase {i + 1}", COUNT, S._fts_query(_SQLite, [p]))
                                         for i, p in enumerate(phrases)] + [("1,000 newest", NEWEST, q), ("ranking", BEST, q)]
        cpu: dict[str, list[float]] = {}
        for _ in range(runs):
            for name, sql, arg in steps:
                c = time.process_time()
                conn.execute(sql, (arg,)).fetchall()
                cpu.setdefault(name, []).append((time.process_time() - c) * 1000)
        print(f"{word} {q}: " + ", ".join(f"{k} {statistics.median(v):.1f}" for k, v in cpu.items()))


if __name__ == "__main__":
    main()
