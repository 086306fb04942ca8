"""What each rule's scans cost in a warm parse: `Rule.finditer` timed per rule over the parse-text notices
(corpus/*.txt and the dev texts), after one warm-up pass; the costliest rules first. A new rule that scans
every position of every line (a pattern with no start class, a case-blind requirement) shows at the top.

    PYTHONPATH=$PWD .venv/bin/python bench/rule_cost.py [--passes 5] [--top 20] [--json OUT] [--against BASE.json]

`--against` prints each rule's change against the figures another checkout wrote with `--json` (timer figures
move by a few ms between runs on a loaded machine: compare runs of one sitting, or count instructions with
bench/instructions.sh)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def notices(limit: int | None = None) -> list[Path]:
    """The parse-text notices of bench/run.py (the seeds and the dev notices in text)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from run import TEXT_NOTICES
    return TEXT_NOTICES[:limit] if limit else TEXT_NOTICES


def rule_costs(files: list[Path], passes: int) -> Counter:
    """Seconds spent in each rule's `finditer` (its matches drawn) over `passes` warm parses of `files`."""
    from extractor import rules
    from extractor.pipeline import parse

    costs: Counter = Counter()
    scan = rules.Rule.finditer

    def timed(rule, text, lo=0, hi=None):
        start = time.perf_counter()
        found = list(scan(rule, text, lo, hi))
        costs[rule.name] += time.perf_counter() - start
        return iter(found)

    for f in files:
        parse(f)
    rules.Rule.finditer = timed
    try:
        for _ in range(passes):
            for f in files:
                parse(f)
    finally:
        rules.Rule.finditer = scan
    return costs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--limit", type=int, help="only the first N notices")
    ap.add_argument("--json", type=Path, help="write {rule: ms} here")
    ap.add_argument("--against", type=Path, help="{rule: ms} of another checkout (its --json)")
    args = ap.parse_args(argv)
    files = notices(args.limit)
    ms = {name: s * 1000 for name, s in rule_costs(files, args.passes).items()}
    base = json.loads(args.against.read_text()) if args.against else None
    print(f"{len(files)} notices x {args.passes} passes; all rules {sum(ms.values()):.1f} ms"
          + (f" (base {sum(base.values()):.1f} ms)" if base else ""))
    order = sorted(ms, key=lambda r: -(ms[r] - base.get(r, 0.0)) if base else -ms[r])
    for name in order[:args.top]:
        print(f"{ms[name]:9.2f} ms  {name}" + (f"  ({ms[name] - base.get(name, 0.0):+.2f} against base)" if base else ""))
    if args.json:
        args.json.write_text(json.dumps(ms, indent=0, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
