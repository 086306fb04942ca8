"""Python opcodes of one warm parse of the 19 `parse-text` notices, by function (deterministic: the interpreter's share
of a parse, not what a C call such as a `re` scan does inside one opcode).

    PYTHONPATH=CHECKOUT .venv/bin/python bench/opcodes.py CHECKOUT [TOP]

Counts with `sys.settrace` and `f_trace_opcodes` (a round runs ~20x slower traced); prints the total, then each file's
and the TOP (default 30) heaviest functions' opcodes. Run it on a `git archive` snapshot (its rules/.cache removed).
"""
from __future__ import annotations

import collections
import gc
import sys
from pathlib import Path


def main() -> int:
    root = Path(sys.argv[1]).resolve()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    sys.path.insert(0, str(root))
    from extractor.pipeline import parse
    files = (sorted(root.glob("corpus/*.txt")) + sorted(p for p in (root / "corpus" / "dev" / "docs").glob("*")
                                                          if p.suffix in (".txt", ".md")))[:19]
    for f in files:
        parse(f)
    counts: collections.Counter = collections.Counter()

    def tracer(frame, event, arg):
        frame.f_trace_opcodes = True
        code = frame.f_code
        key = (code.co_filename, code.co_qualname if hasattr(code, "co_qualname") else code.co_name)

        def local(frame, event, arg):
            if event == "opcode":
                counts[key] += 1
            return local
        return local

    gc.disable()
    sys.settrace(tracer)
    for f in files:
        parse(f)
    sys.settrace(None)
    total = sum(counts.values())
    print(f"total {total:,} opcodes")
    by_file: collections.Counter = collections.Counter()
    for (filename, _), n in counts.items():
        by_file[filename.replace(str(root) + "/", "")] += n
    for filename, n in by_file.most_common(12):
        print(f"{n:>11,} {100 * n / total:5.1f} %  {filename}")
    print()
    for (filename, name), n in counts.most_common(top):
        print(f"{n:>11,} {100 * n / total:5.1f} %  {Path(filename).name}:{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
