"""Write corpus/<set>/FIGURES.md: per notice and per field, the F1 of a set of real notices (dev: the 19 dev
notices; blind: the notices nobody tuned the rules on), each parsed from its file as published and scored by
the vendored shared scorer (corpus/score.py), as the held-out sets are.

    .venv/bin/python scripts/dev_figures.py [dev|blind]
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

from extractor import parse
from extractor.errors import NoticeError

ROOT = Path(__file__).resolve().parent.parent
TITLES = {"dev": "Dev notices", "blind": "Blind notices"}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "corpus" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(name: str = "dev") -> None:
    folder = ROOT / "corpus" / name
    score = _scorer()
    lines = [f"# {TITLES[name]}: F1 per notice and field", "",
             f"Written by `scripts/dev_figures.py` on {dt.date.today().isoformat()}; each notice parsed from its file "
             "in `docs/` as published, scored by `corpus/score.py` (the shared scorer). A field the gold and the "
             "plan both leave empty is shown as `-`.", "",
             "| notice | " + " | ".join(score.FIELDS) + " |", "|---" * (len(score.FIELDS) + 1) + "|"]
    for gpath in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        try:
            pred = json.loads(parse(folder / "docs" / gold["doc"]).model_dump_json())
        except NoticeError:
            pred = {}
        tallies = {f: score.Tally() for f in score.FIELDS}
        score.score_doc(gold, pred, tallies, [])
        cells = []
        for f in score.FIELDS:
            t = tallies[f]
            cells.append("-" if t.tp + t.fp + t.fn == 0 else f"{t.prf()[2]:.2f}")
        lines.append(f"| {gpath.stem} | " + " | ".join(cells) + " |")
    (folder / "FIGURES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:2])
