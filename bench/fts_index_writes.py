"""What a full-text index costs the writes on PostgreSQL: notice_fts rows COPYed in batches of 50 (as the indexer
writes them, `rows.PendingRows`) into two scratch tables shaped as notice_fts (the stored tsvector included), one
with main's GIN index, one with a RUM index, each holding the same first rows; batches alternate between them.
Server time = the wall time of each COPY and its commit. The scratch schema `fts_index_writes` is dropped at the end.

    .venv/bin/python bench/fts_index_writes.py SOURCE_SCHEMA PREFILL ROWS [POSTGRES_DSN]

SOURCE_SCHEMA: a bench store's schema (bench/run.py --keep-store), whose notice_fts rows 1..PREFILL fill both
tables before their indexes are built (build times printed), and the next ROWS are written and timed.
"""
import statistics
import sys
import time

import psycopg

SCHEMA = "fts_index_writes"
INDEXES = {"GIN": "GIN (tsv)", "RUM": "rum (tsv public.rum_tsvector_ops)"}


def main() -> None:
    source, prefill, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    dsn = sys.argv[4] if len(sys.argv) > 4 else "host=127.0.0.1 user=postgres dbname=test"
    conn = psycopg.connect(dsn, autocommit=True)
    cur = conn.cursor()
    if cur.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'").fetchone() is None:
        sys.exit("fts_index_writes: the server has no rum extension: apt-get install postgresql-15-rum")
    if cur.execute("SELECT to_regclass(%s)", (f"{source}.notice_fts",)).fetchone()[0] is None:
        sys.exit(f"fts_index_writes: no table {source}.notice_fts: give a bench store's schema (bench/run.py --keep-store)")
    cur.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    cur.execute(f"CREATE SCHEMA {SCHEMA}")
    cur.execute("CREATE EXTENSION IF NOT EXISTS rum SCHEMA public")
    for name, using in INDEXES.items():
        cur.execute(f"CREATE TABLE {SCHEMA}.{name} (notice_id int PRIMARY KEY, title text, body text, tsv tsvector "
                    "GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED)")
        cur.execute(f"INSERT INTO {SCHEMA}.{name} (notice_id, title, body) SELECT notice_id, title, body "
                    f"FROM {source}.notice_fts WHERE notice_id <= {prefill}")
        t = time.perf_counter()
        cur.execute(f"CREATE INDEX ON {SCHEMA}.{name} USING {using}")
        print(f"{name}: index built on {prefill} rows in {time.perf_counter() - t:.1f} s", flush=True)
        cur.execute(f"VACUUM ANALYZE {SCHEMA}.{name}")
    rows = cur.execute(f"SELECT notice_id, title, body FROM {source}.notice_fts WHERE notice_id > {prefill} "
                       f"ORDER BY notice_id LIMIT {n}").fetchall()
    times = {name: [] for name in INDEXES}
    for i in range(0, len(rows), 50):
        for name in (list(INDEXES) if (i // 50) % 2 == 0 else list(INDEXES)[::-1]):
            t = time.perf_counter()
            with conn.transaction(), cur.copy(f"COPY {SCHEMA}.{name} (notice_id, title, body) FROM STDIN") as copy:
                for row in rows[i:i + 50]:
                    copy.write_row(row)
            times[name].append(time.perf_counter() - t)
    for name, s in times.items():
        size = cur.execute(f"SELECT pg_size_pretty(pg_indexes_size('{SCHEMA}.{name}'::regclass))").fetchone()[0]
        print(f"{name}: {len(s)} batches of 50, median {statistics.median(s) * 1000:.0f} ms, "
              f"{sum(s) / len(rows) * 1000:.2f} ms a notice; indexes {size}")
    cur.execute(f"DROP SCHEMA {SCHEMA} CASCADE")


if __name__ == "__main__":
    main()
