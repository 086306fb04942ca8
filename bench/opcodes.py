"""Python opcodes of one warm parse of the 19 `parse-text` notices, by function (deterministic: the interpreter's share
of a parse, not what a C call such as a `re` scan does inside one opcode).

    PYTHONPATH=CHECKOUT .venv/bin/python bench/opcodes.py CHECKOUT [TOP] [--lines QUALNAME ...]

Counts with `sys.settrace` and `f_trace_opcodes` (a round runs ~20x slower traced); prints the total, then each file's
and the TOP (default 30) heaviest functions' opcodes; `--lines`, then the opcodes of each line of the functions named
(by qualified name: `_Words.at`, `Rule.finditer`), to see which line of a hot function holds its work. Run it on a
`git archive` snapshot (its rules/.cache removed).
"""
from __future__ import annotations

import argparse
import collections
import gc
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkout")
    parser.add_argument("top", nargs="?", type=int, default=30)
    parser.add_argument("--lines", nargs="*", default=[], metavar="QUALNAME")
    args = parser.parse_args()
    root, top, by_line = Path(args.checkout).resolve(), args.top, set(args.lines)
    sys.path.insert(0, str(root))
    from extractor.pipeline import parse
    files = (sorted(root.glob("corpus/*.txt")) + sorted(p for p in (root / "corpus" / "dev" / "docs").glob("*")
                                                          if p.suffix in (".txt", ".md")))[:19]
    for f in files:
        parse(f)
    counts: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()      # (qualified name, line) -> opcodes, for `--lines`

    def tracer(frame, event, arg):
        frame.f_trace_opcodes = True
        code = frame.f_code
        key = (code.co_filename, code.co_qualname if hasattr(code, "co_qualname") else code.co_name)
        if key[1] in by_line:
            def local(frame, event, arg):
                if event == "opcode":
                    counts[key] += 1
                    lines[key[1], frame.f_lineno or 0] += 1
                return local
            return local

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
    if lines:
        print()
    for (name, line), n in sorted(lines.items()):
        print(f"{n:>11,}  {name}:{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
