"""Does this checkout store what another one stores? Both index the same folder, twice, into SQLite and
PostgreSQL (one worker: notices are stored, and so numbered, in the files' order), and every table is
compared row by row (ids, links, plan bodies and search terms included;
the time a notice was indexed left out).

    .venv/bin/python bench/same_store.py --base /tmp/main-export          # a `git archive main` of the other

The folder: `--notices` scale-corpus notices (bench/scale_corpus.py), the corpus notices in TXT and their
DOCX copies (notices stored once from their best copy), and fixtures/bad (failures). Indexed in batches of
`--batch`; then a file's content is replaced, one file gets a second path, new notices come, and the
corpus's HTML copies (a better copy, which takes the notice over) are added; indexed again. Exit status
1 when a table differs.

With `--plans-decompressed`, the plans' bodies are compared as the JSON they decompress to, not as bytes: for a
change of the blob's zlib level, which changes the bytes and not the plan (`zlib.decompress` reads any level).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
import zlib
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("NOTICES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TABLES = ["notices", "notice_paths", "notice_files", "plans", "sections", "tasks", "task_units", "deadlines",
          "targets", "organizations", "org_mentions", "people", "responsibilities", "contacts", "references"]


def make_folder(folder: Path, notices: int) -> None:
    from bench import scale_corpus
    scale_corpus.write_corpus(notices, folder / "scale", seed=7)
    for sub, pattern in (("corpus", "corpus/*.txt"), ("docx", "fixtures/docx/*.docx"), ("bad", "fixtures/bad/*")):
        (folder / sub).mkdir()
        for p in sorted(ROOT.glob(pattern)):
            if p.is_file() and p.stat().st_size < 5_000_000:
                shutil.copy(p, folder / sub / p.name)


def change_folder(folder: Path, notices: int) -> None:
    from bench import scale_corpus
    scale = sorted((folder / "scale").iterdir())
    scale[0].write_bytes(scale[1].read_bytes() + "\n补充说明。\n".encode())   # new content at a stored path
    shutil.copy(scale[2], folder / "scale" / "second_path.txt")               # known content, a new path
    scale_corpus.write_corpus(notices // 4, folder / "more", seed=8)          # new notices
    (folder / "html").mkdir()
    for p in sorted(ROOT.glob("fixtures/html/*.html")):                      # better copies of stored notices
        shutil.copy(p, folder / "html" / p.name)


def index(checkout: Path, folder: Path, url: str, batch: int) -> None:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    subprocess.run([sys.executable, "-m", "extractor.cli", "index", str(folder), "--db", url, "--workers", "1",
                    "--batch", str(batch), "--json"], cwd=checkout, env=env, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def rows(url: str, plans_decompressed: bool = False) -> dict[str, list]:
    engine = create_engine(url)
    out = {}
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        for table in TABLES:
            columns = [c for c in conn.execute(text(f'SELECT * FROM "{table}" LIMIT 0')).keys() if c != "indexed_at"]
            out[table] = conn.execute(text(f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY id')).all()
        fts_id = "rowid" if sqlite else "notice_id"
        out["notice_fts"] = conn.execute(text(f"SELECT {fts_id}, title, body FROM notice_fts ORDER BY {fts_id}")).all()
        out["unit_names"] = conn.execute(text("SELECT name FROM unit_names ORDER BY name")).all()
    if plans_decompressed:
        out["plans"] = [tuple(zlib.decompress(v) if c == "body" else v for c, v in r._mapping.items())
                        for r in out["plans"]]
    engine.dispose()
    return out


def stores(backend: str, tmp: Path, name: str) -> tuple[str, str | None]:
    if backend == "sqlite":
        return f"sqlite:///{tmp / (name + '.db')}", None
    schema = f"same_{name}_{uuid.uuid4().hex[:8]}"
    with create_engine(PG, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    return f"{PG}?options=-csearch_path%3D{schema}", schema


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="the other checkout (e.g. a `git archive main`)")
    ap.add_argument("--notices", type=int, default=120)
    ap.add_argument("--batch", type=int, default=7)
    ap.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    ap.add_argument("--plans-decompressed", action="store_true",
                    help="compare the plans' bodies decompressed (a change of zlib level), not as bytes")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="same-store-"))
    differ = False
    try:
        for backend in args.backends:
            folder = tmp / f"folder_{backend}"
            make_folder(folder, args.notices)
            urls, schemas = {}, []
            for name in ("base", "this"):
                urls[name], schema = stores(backend, tmp, name)
                schemas += [schema] if schema else []
            for step in (None, change_folder):
                if step:
                    step(folder, args.notices)
                for name, checkout in (("base", args.base), ("this", ROOT)):
                    index(checkout, folder, urls[name], args.batch)
            base, this = (rows(urls[name], args.plans_decompressed) for name in ("base", "this"))
            for table in base:
                same = base[table] == this[table]
                differ |= not same
                print(f"{backend:10s} {table:17s} {len(base[table]):6d} rows  {'same' if same else 'DIFFERENT'}")
                if not same:
                    for a, b in zip(base[table], this[table]):
                        if a != b:
                            print(f"    base: {tuple(a)!r:.300}\n    this: {tuple(b)!r:.300}")
                            break
                    if len(base[table]) != len(this[table]):
                        print(f"    base {len(base[table])} rows, this {len(this[table])}")
            for schema in schemas:
                with create_engine(PG, isolation_level="AUTOCOMMIT").connect() as conn:
                    conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
