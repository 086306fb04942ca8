#!/usr/bin/env python3
"""Compare two scripts/scoreall.sh runs and hold corpus/floors.json against one.

    set_scores.py compare BASE NEW      every field of every set that fell or rose from BASE to NEW
    set_scores.py check FLOORS DIR      every field of DIR below its floor (tests/test_corpus_quality.py's rule)
    set_scores.py raise FLOORS DIR      raise each floor to the figure less 0.005 where the figure rose (never lowers)

A run's reports are DIR/SET.txt (score.py's table); `seeds` is the floors' "text" entry. Exit 1 when a field fell
(compare) or stands below its floor (check).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = ("meta", "sections", "deadlines", "targets", "organizations", "people", "responsibilities", "contacts")
_ROW = re.compile(r"^(\w+)\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)", re.M)
_MEAN = re.compile(r"mean F1 ([0-9.]+)")
# blind33's organisations floor stays at 0.867: its figure above that rests on a reading its gold contradicts.
_CAPS = {("blind33", "organizations"): 0.867}


def read_report(text: str) -> dict[str, float]:
    """A score.py table's F1 per field and its mean."""
    figures: dict[str, float] = {}
    for m in _ROW.finditer(text):
        if m.group(1) in FIELDS:
            figures.setdefault(m.group(1), float(m.group(2)))
    means = _MEAN.findall(text)
    if means:
        figures["mean"] = float(means[-1])
    return figures


def read_run(run: Path) -> dict[str, dict[str, float]]:
    """Each set's figures of one scoreall run, keyed as corpus/floors.json keys them."""
    return {("text" if p.stem == "seeds" else p.stem): read_report(p.read_text(encoding="utf-8"))
            for p in sorted(run.glob("*.txt")) if not p.stem.startswith("log_")}


def compare(base: Path, new: Path) -> int:
    old, now = read_run(base), read_run(new)
    fell = set()
    for name, figures in now.items():
        if name not in old:
            print(f"NEW {name} {figures.get('mean')}")
            continue
        for field, value in figures.items():
            before = old[name].get(field)
            if before is not None and value != before:
                print(f"{'FELL' if value < before else 'rose'} {name} {field} {before} -> {value}")
                if value < before:
                    fell.add(name)
    print(f"sets {len(now)} fell {len(fell)}")
    return 1 if fell else 0


def check(floors_path: Path, run: Path) -> int:
    floors = json.loads(floors_path.read_text(encoding="utf-8"))
    below = [(name, field, value, floors[name][field]) for name, figures in read_run(run).items() if name in floors
             for field, value in figures.items() if value < floors[name].get(field, 0)]
    for name, field, value, floor in below:
        print(f"BELOW {name} {field} {value} < {floor}")
    print(f"floors below {len(below)}")
    return 1 if below else 0


def write_floors(floors: dict, path: Path) -> None:
    """One line a key, as the file has always been kept."""
    lines = [f' "{key}": {json.dumps(value, ensure_ascii=False)}' for key, value in floors.items()]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def raise_floors(floors_path: Path, run: Path) -> int:
    floors = json.loads(floors_path.read_text(encoding="utf-8"))
    raised = 0
    for name, figures in read_run(run).items():
        if name == "text" or name not in floors:
            continue
        for field, value in figures.items():
            if field not in floors[name]:
                continue
            floor = min(round(value - 0.005, 3), _CAPS.get((name, field), 1.0))
            if floor > floors[name][field]:
                print(f"raise {name} {field} {floors[name][field]} -> {floor}")
                floors[name][field] = floor
                raised += 1
    write_floors(floors, floors_path)
    print(f"raised {raised}")
    return 0


def main(argv: list[str]) -> int:
    commands = {"compare": compare, "check": check, "raise": raise_floors}
    if len(argv) != 3 or argv[0] not in commands:
        print("usage: set_scores.py compare BASE NEW | check FLOORS DIR | raise FLOORS DIR", file=sys.stderr)
        return 2
    paths = [Path(argv[1]), Path(argv[2])]
    runs = paths if argv[0] == "compare" else paths[1:]
    problem = next((f"no such file or folder: {p}" for p in paths if not p.exists()), None) or \
        next((f"no score.py reports (SET.txt) in {p}" for p in runs if not read_run(p)), None)
    if problem:
        print(f"set_scores.py: {problem}", file=sys.stderr)
        return 2
    return commands[argv[0]](*paths)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
