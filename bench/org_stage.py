"""Per-notice time of the organisation stage (find, resolve, extract), warm, best of 7 per notice.

    PYTHONPATH=. .venv/bin/python bench/org_stage.py [ROOT]

over ROOT/corpus/*.txt, ROOT/corpus/dev/docs (but the .doc files) and ../shared/seeds when present. The
mentions' memo is cleared before each run, so each run matches the notice afresh.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from extractor import pipeline
from extractor.extract import Found
from extractor.extract import organizations as O


def main(root: Path) -> None:
    paths = [*sorted(root.glob("corpus/*.txt")), *sorted(root.glob("corpus/dev/docs/*")),
             *sorted(root.parent.glob("shared/seeds/*")), *sorted(Path("/work/shared/seeds").glob("*"))]
    paths = [p for p in dict.fromkeys(paths) if p.suffix != ".doc"]
    notices = [pipeline.parse_raw(pipeline.read_file(p)[1]) for p in paths]
    O.extract(notices[0], Found())   # warm-up: lexicons
    best = []
    for n in notices:
        runs = []
        for _ in range(7):
            O._memoised_mentions.cache_clear()
            t0 = time.perf_counter()
            O.extract(n, Found())
            runs.append(time.perf_counter() - t0)
        best.append(min(runs))
    print(f"{len(notices)} notices: organisation stage {1000 * sum(best) / len(best):.2f} ms a notice (mean of the best of 7)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
