"""Check that a change to the code leaves every parse output as it was.

    PYTHONPATH=/tmp/base .venv/bin/python bench/same_output.py dump /tmp/out-base
    PYTHONPATH=$PWD     .venv/bin/python bench/same_output.py dump /tmp/out-new
    .venv/bin/python bench/same_output.py diff /tmp/out-base /tmp/out-new
    .venv/bin/python bench/same_output.py diff /tmp/out-base /tmp/out-new --common   # dumps stopped early: what both hold
    PYTHONPATH=$PWD     .venv/bin/python bench/same_output.py dump /tmp/pdf-new --only '*.pdf'   # the PDFs alone

`dump` parses every notice of the corpus (corpus/*.txt and every set's corpus/*/docs), the fixtures and an
OpenCC-traditional copy of each text notice with the `extractor` on PYTHONPATH, in one process, and writes
each plan's JSON (or its error's one line) to OUT; `diff` names every input whose output differs.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ["corpus/*.txt", "corpus/*/docs/*", "fixtures/**/*.*"]
TEXT = {".txt", ".md"}


def inputs(only: str = "*") -> list[Path]:
    """The inputs whose path (relative to the checkout) matches the pattern `only`."""
    files = {p for pattern in INPUTS for p in ROOT.glob(pattern) if p.is_file() and p.relative_to(ROOT).match(only)}
    return sorted(files)


def output_name(label: str) -> str:
    return hashlib.sha1(label.encode()).hexdigest()[:16] + ".json"


def dump(out: Path, only: str = "*") -> None:
    from opencc import OpenCC

    from extractor.errors import NoticeError
    from extractor.ingest.text import decode
    from extractor.pipeline import parse
    to_traditional = OpenCC("s2t")
    out.mkdir(parents=True, exist_ok=True)
    jobs = []
    for path in inputs(only):
        rel = str(path.relative_to(ROOT))
        jobs.append((rel, lambda p=path, rel=rel: parse(p.read_bytes(), filename=rel)))
        if path.suffix in TEXT and not rel.startswith("fixtures/"):
            jobs.append((rel + " (s2t)", lambda p=path, rel=rel: parse(
                to_traditional.convert(decode(p.read_bytes())[0]).encode("utf-8"), filename=rel)))
    index = {}
    for label, job in jobs:
        try:
            text = job().model_dump_json(indent=1)
        except NoticeError as e:
            text = f"NoticeError: {e}"
        (out / output_name(label)).write_text(text, "utf-8")
        index[label] = output_name(label)
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), "utf-8")
    print(f"{len(index)} outputs in {out}")


def _index(out: Path) -> dict:
    """A dump's index (input -> output file), or, for a dump stopped before its end (no index.json), the outputs
    written so far under the names `output_name` gives the inputs (`diff --common`)."""
    if (out / "index.json").exists():
        return json.loads((out / "index.json").read_text("utf-8"))
    labels = [str(p.relative_to(ROOT)) for p in inputs()]
    labels += [label + " (s2t)" for label in labels if Path(label).suffix in TEXT and not label.startswith("fixtures/")]
    return {label: output_name(label) for label in labels if (out / output_name(label)).exists()}


def diff(a: Path, b: Path, common: bool = False) -> int:
    index_a, index_b = _index(a), _index(b)
    labels = set(index_a) & set(index_b) if common else set(index_a) | set(index_b)
    differ = [label for label in sorted(labels)
              if label not in index_a or label not in index_b
              or (a / index_a[label]).read_bytes() != (b / index_b[label]).read_bytes()]
    for label in differ:
        print(f"differs: {label}")
    print(f"{len(labels) - len(differ)} identical, {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--only", default="*", help="parse only the inputs whose path matches this pattern ('*.pdf')")
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    d.add_argument("--common", action="store_true",
                   help="compare only the inputs both dumps hold (a dump stopped early: its outputs so far)")
    args = ap.parse_args()
    if args.command == "dump":
        dump(args.out, args.only)
        return 0
    return diff(args.a, args.b, args.common)


if __name__ == "__main__":
    sys.exit(main())
