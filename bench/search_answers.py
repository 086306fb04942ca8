"""Full-text search as main had it (snippets by FTS5's snippet(), the index without a prefix index) against this
branch's search, interleaved in one process: wall and CPU p50/p95 per path and per word, answers compared
(the notices, their order and scores, their snippets).

    PYTHONPATH=$PWD .venv/bin/python bench/search_answers.py [--base DIR] OLD_STORE_URL [NEW_STORE_URL] [RUNS]

OLD_STORE_URL is a SQLite store as main left it (opened, not migrated); NEW_STORE_URL, the same store migrated
(a copy), defaults to OLD_STORE_URL. The words are the bench's (bench/run.py WORDS), RUNS rounds of them.
With `--base DIR` the old path is the search of the checkout in DIR (its extractor/store/search.py, on either
back end) instead of the SQLite path of session 12.
"""
import importlib.util
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402
from sqlalchemy import bindparam, text  # noqa: E402

from extractor.store import search as search_module  # noqa: E402
from extractor.store.db import open_store  # noqa: E402

# main's snippets: FTS5's snippet() over the matches of the query among the chosen notices
OLD_SNIPPETS = """
SELECT rowid AS notice_id, snippet(notice_fts, 1, '[', ']', ' … ', 24) AS snippet FROM notice_fts
WHERE notice_fts MATCH :q AND rowid IN :ids
"""


def old_search(conn, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
    """search.search as main had it on SQLite."""
    phrases = search_module.query_phrases(query)
    q = search_module._fts_query(conn, phrases)
    hits = conn.execute(text(search_module._SQLITE_BEST), {"q": q, "ranked": max(search_module.RANKED, limit + offset),
                                                           "limit": limit, "offset": offset}).all()
    found = dict(conn.execute(text(OLD_SNIPPETS).bindparams(bindparam("ids", expanding=True)),
                              {"q": q, "ids": [h.notice_id for h in hits]}).all())
    return [{"notice_id": h.notice_id, "score": float(h.score),
             "snippet": search_module.readable(found.get(h.notice_id) or "")} for h in hits]


def base_search(checkout: str):
    """`search` of the checkout in `checkout`, loaded beside this one's."""
    spec = importlib.util.spec_from_file_location("base_search", Path(checkout) / "extractor/store/search.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["base_search"] = module      # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.search


def percentiles(samples: list[float]) -> str:
    s = sorted(samples)
    return f"{s[len(s) // 2] * 1000:7.1f} / {s[int(round(0.95 * (len(s) - 1)))] * 1000:7.1f}"


def main() -> None:
    args = sys.argv[1:]
    old = old_search
    if args[:1] == ["--base"]:
        old, args = base_search(args[1]), args[2:]
    runs = int(args.pop()) if args and args[-1].isdigit() else 10
    old_url, new_url = args[0], args[-1]
    old_engine, new_engine = open_store(old_url), open_store(new_url)
    paths = {"old": (old_engine, old), "new": (new_engine, search_module.search)}
    times = {name: {"wall": [], "cpu": []} for name in paths}
    by_word = {(name, w): [] for name in paths for w in bench.WORDS}
    answers = {name: [] for name in paths}
    with old_engine.connect() as old_conn, new_engine.connect() as new_conn:
        conns = {"old": old_conn, "new": new_conn}
        for name, (_, ask) in paths.items():          # warm both: the index pages and jieba's words
            for w in bench.WORDS:
                ask(conns[name], w, limit=20)
        for r in range(runs):
            for w in bench.WORDS:
                for name in (("old", "new") if r % 2 == 0 else ("new", "old")):
                    ask = paths[name][1]
                    c, p = time.perf_counter(), time.process_time()
                    out = ask(conns[name], w, limit=20)
                    wall, cpu = time.perf_counter() - c, time.process_time() - p
                    times[name]["wall"].append(wall)
                    times[name]["cpu"].append(cpu)
                    by_word[name, w].append(cpu)
                    if r == 0:
                        answers[name].append(out)
    print(f"{runs} rounds of {len(bench.WORDS)} words, top 20; p50 / p95 ms")
    for name in paths:
        print(f"{name}: wall {percentiles(times[name]['wall'])}   cpu {percentiles(times[name]['cpu'])}")
    print("CPU median ms per word, old -> new:")
    for w in bench.WORDS:
        print(f"  {w}: {statistics.median(by_word['old', w]) * 1000:.1f} -> "
              f"{statistics.median(by_word['new', w]) * 1000:.1f}")
    same = sum(a == b for a, b in zip(answers["old"], answers["new"]))
    same_order = sum([h["notice_id"] for h in a] == [h["notice_id"] for h in b]
                     for a, b in zip(answers["old"], answers["new"]))
    print(f"answers: {same_order} of {len(bench.WORDS)} words the same notices in the same order; "
          f"{same} of {len(bench.WORDS)} the same in full (scores and snippets too)")
    for w, a, b in zip(bench.WORDS, answers["old"], answers["new"]):
        for x, y in zip(a, b):
            if x != y:
                print(f"  {w}: notice {x['notice_id']}\n    old {x['snippet']}\n    new {y['snippet']}")


if __name__ == "__main__":
    main()
