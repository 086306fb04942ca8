"""`/v1/notices?q=` as main had it (`notices.id IN (matches)`, counted the same way) against this checkout's
`list_notices`, interleaved in one process on one store: answers compared (total and rows), wall and CPU p50/p95.

    PYTHONPATH=$PWD .venv/bin/python bench/notices_answers.py STORE_URL [RUNS]

The words are the bench's (bench/run.py WORDS), RUNS rounds of them, a page of 100; the answers are also compared
with notice filters, an offset past the first page and words no notice holds.
"""
import contextlib
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from api.app import list_notices, notice_copies, notice_dict, notice_paths  # noqa: E402
from extractor.store import models as m  # noqa: E402
from extractor.store.db import open_store  # noqa: E402
from extractor.store.search import holding_words, index_scans  # noqa: E402


def old_list(conn, *, issuer, date_from, date_to, q, status, limit, offset):
    """api.app.list_notices as main had it."""
    N = m.NoticeRow
    where = []
    if issuer:
        where.append(N.issuer.like(f"%{issuer}%"))
    if date_from:
        where.append(N.date >= date_from.isoformat())
    if date_to:
        where.append(N.date <= date_to.isoformat())
    if status:
        where.append(N.status == status)
    if q:
        where.append(holding_words(conn, q, N.id))
    with index_scans(conn) if q else contextlib.nullcontext():
        total = conn.execute(select(func.count()).select_from(N).where(*where)).scalar()
        rows = conn.execute(select(N.__table__).where(*where).order_by(N.id).limit(limit).offset(offset)).all()
    ids = {r.id for r in rows}
    paths, copies = notice_paths(conn, ids), notice_copies(conn, ids)
    return total, [notice_dict(r, paths.get(r.id, []), copies.get(r.id, [])) for r in rows]


def percentiles(samples: list[float]) -> str:
    s = sorted(samples)
    return f"{s[len(s) // 2] * 1000:7.1f} / {s[int(round(0.95 * (len(s) - 1)))] * 1000:7.1f}"


def main() -> None:
    url, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    words_only = [dict(issuer=None, date_from=None, date_to=None, q=w, status=None, limit=100, offset=0)
                  for w in bench.WORDS]
    others = [dict(issuer="局", date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 6, 30), q="培训", status="ok",
                   limit=50, offset=30),
              dict(issuer=None, date_from=None, date_to=None, q="，。", status=None, limit=100, offset=0),
              dict(issuer=None, date_from=None, date_to=None, q="质量 2023", status=None, limit=1000, offset=5000),
              dict(issuer=None, date_from=None, date_to=None, q="专项资金", status="failed", limit=10, offset=0)]
    paths = {"old": old_list, "new": list_notices}
    times = {name: {"wall": [], "cpu": []} for name in paths}
    engine = open_store(url)
    with engine.connect() as conn:
        same = sum(old_list(conn, **c) == list_notices(conn, **c) for c in words_only + others)
        for r in range(runs):
            for c in words_only:
                for name in (("old", "new") if r % 2 == 0 else ("new", "old")):
                    w, p = time.perf_counter(), time.process_time()
                    paths[name](conn, **c)
                    times[name]["wall"].append(time.perf_counter() - w)
                    times[name]["cpu"].append(time.process_time() - p)
    print(f"{runs} rounds of {len(bench.WORDS)} words, a page of 100 + the total; p50 / p95 ms")
    for name in paths:
        print(f"{name}: wall {percentiles(times[name]['wall'])}   cpu {percentiles(times[name]['cpu'])}")
    print(f"answers: {same} of {len(words_only) + len(others)} the same (total and rows)")


if __name__ == "__main__":
    main()
