"""Benchmarks: parse speed (text, PDF), indexing, queries over a large store, cold start.

    .venv/bin/python bench/run.py                      # every section, default sizes
    .venv/bin/python bench/run.py --quick              # a smoke run: tiny sizes, SQLite only, seconds
    .venv/bin/python bench/run.py --only query --notices 20000
    .venv/bin/python bench/run.py --only query --only api-load --notices 100000 --keep-store /tmp/qbench
    .venv/bin/python bench/run.py --profile            # also cProfile the text pipeline

Prints a Markdown report (one `## ` section per benchmark, each figure against its target) and
writes it to --out when given; --json writes the raw figures. Figures with a baseline (PDF against
pdftotext and pdfplumber) are ratios measured in the same run. See bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import functools
import hashlib
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
# the commands the bench starts (`notices index`, `notices parse`…) run this checkout's code, as the bench
# does, also where the venv's `notices` was installed from another checkout
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)

import scale_corpus  # noqa: E402  (bench/ is not a package)
from pg_schemas import drop_schema, new_schema  # noqa: E402

BIN = Path(sys.executable).parent
NOTICES = str(BIN / "notices")
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
# the text notices of the parse-text benchmark: the seed corpus and the real dev notices in text
TEXT_NOTICES = CORPUS + sorted(p for p in (ROOT / "corpus" / "dev" / "docs").glob("*") if p.suffix in (".txt", ".md"))
PDFS = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf"))
SECTIONS = ["machine", "parse-text", "parse-pdf", "index", "query", "api-load", "startup"]
TARGETS = {"text": 200.0, "pdf_ratio": 3.0, "index_10k_s": 120.0, "query_p95_ms": 50.0, "startup_s": 0.5,
           "index_rss_mb": 500.0}


def ok(passed: bool) -> str:
    return "met" if passed else "**MISSED**"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# ---------------------------------------------------------------- machine

def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return {"date": dt.datetime.now().isoformat(timespec="seconds"), "cpu": cpu, "cores": os.cpu_count(),
            "memory_mb": mem, "python": platform.python_version(), "os": platform.platform(),
            "commit": commit + (" (+ uncommitted changes)" if dirty else ""), "load_average": load_average()}


def report_machine(m: dict) -> list[str]:
    return ["## Machine", "", *(f"- {k}: {v}" for k, v in m.items()), ""]


# ---------------------------------------------------------------- parse, text

def _stages(data: bytes, filename: str, clock=time.process_time) -> tuple[dict[str, float], object]:
    """Run pipeline.parse stage by stage, as it does, timing each (seconds of `clock`: CPU time by default)."""
    from extractor.extract import Found
    from extractor.ingest import read_bytes
    from extractor.normalize import normalize
    from extractor.pipeline import EXTRACTORS, _extractor, assemble_plan
    from extractor.structure import recognise_structure
    t: dict[str, float] = {}
    c = clock()
    raw = read_bytes(data, filename=filename)
    t["ingest"], c = clock() - c, clock()
    text = normalize(raw)
    t["normalize"], c = clock() - c, clock()
    notice = recognise_structure(text, title_hint=raw.title_hint)
    t["structure"] = clock() - c
    found = Found()
    for field_name, module in EXTRACTORS:
        fn = _extractor(module)
        c = clock()
        if fn is not None:
            setattr(found, field_name, fn(notice, found))
        t[f"extract.{module}"] = clock() - c
    c = clock()
    plan = assemble_plan(notice, found, raw, hashlib.sha256(data).hexdigest(), filename)
    t["assemble"] = clock() - c
    return t, plan


@functools.cache
def _all_patterns() -> tuple[re.Pattern, int]:
    """Every rule file's patterns as one alternation (group names dropped): one regex pass for all rules.
    A pattern that cannot stand inside a group (back-references by name, inline flags) is left out."""
    from extractor.rules import all_rule_files
    parts = []
    for rf in all_rule_files():
        for rule in rf.rules:
            if rule.pattern is None or "(?P=" in rule.pattern.pattern:
                continue
            part = "(?:%s)" % re.sub(r"\(\?P<\w+>", "(?:", rule.pattern.pattern)
            try:
                re.compile(part)
            except re.error:
                continue
            parts.append(part)
    return re.compile("|".join(parts)), len(parts)


def floor(path: Path) -> dict[str, float]:
    """The least a parse must do, each step timed (CPU s): read the bytes and decode them, one OpenCC
    pass (t2s) over the text; and, shown beside it, one pass of all the rules' patterns combined in
    one alternation, which `re` (a backtracking engine: every branch tried at every position) makes
    dearer than the rules' own scans, so it is not counted in the floor."""
    from extractor.normalize import _opencc
    combined, _ = _all_patterns()
    t: dict[str, float] = {}
    c = time.process_time()
    text = path.read_bytes().decode("utf-8", "replace")
    t["read + decode"], c = time.process_time() - c, time.process_time()
    _opencc("t2s").convert(text)
    t["OpenCC t2s"], c = time.process_time() - c, time.process_time()
    for _m in combined.finditer(text):
        pass
    t["(all rule patterns in one alternation, one pass)"] = time.process_time() - c
    return t


def parse_text(files: list[Path], rounds: int) -> dict:
    """Notices per second of pipeline.parse on one core, the floor, and the time of each stage (after
    warm-up), all in CPU time of this process (the machine is shared: wall time is given too)."""
    from extractor.pipeline import parse
    from extractor.store.search import index_terms
    datas = [(p.read_bytes(), p.name) for p in files]
    for p in files:
        parse(p)  # warm-up: rule files, OpenCC
        floor(p)
    n, wall, cpu = 0, time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for p in files:
            parse(p)
            n += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    floor_s: dict[str, float] = {}
    stages: dict[str, float] = {}
    for _ in range(rounds):
        for p, (data, name) in zip(files, datas):
            for k, v in floor(p).items():
                floor_s[k] = floor_s.get(k, 0.0) + v
            t, plan = _stages(data, name)
            for k, v in t.items():
                stages[k] = stages.get(k, 0.0) + v
            c = time.process_time()
            index_terms(plan.meta.title or ""), index_terms(plan.text)
            stages["(index only) search terms"] = stages.get("(index only) search terms", 0.0) + \
                time.process_time() - c
    return {"files": len(files), "notices": n, "wall_s": wall, "cpu_s": cpu, "per_s_wall": n / wall,
            "per_s_cpu": n / cpu, "stage_ms": {k: v / n * 1000 for k, v in stages.items()},
            "floor_ms": {k: v / n * 1000 for k, v in floor_s.items()}, "patterns": _all_patterns()[1],
            "chars": sum(len(d) for d, _ in datas) // len(datas)}


def report_text(r: dict) -> list[str]:
    total = sum(v for k, v in r["stage_ms"].items() if not k.startswith("("))
    floor_ms = sum(v for k, v in r["floor_ms"].items() if not k.startswith("("))
    lines = ["## Parse, text", "",
             f"{r['notices']} parses of {r['files']} text notices (corpus/*.txt and the dev notices in text; mean "
             f"{r['chars']} bytes), one process, after warm-up.",
             "", "| figure | value | target |", "|---|---|---|",
             f"| notices/s/core (CPU time) | {r['per_s_cpu']:.1f} | >= {TARGETS['text']:.0f}: "
             f"{ok(r['per_s_cpu'] >= TARGETS['text'])} |",
             f"| notices/s/core (wall) | {r['per_s_wall']:.1f} | |",
             f"| ms CPU per notice | {1000 * r['cpu_s'] / r['notices']:.2f} | <= {1000 / TARGETS['text']:.0f} |",
             f"| floor, ms CPU per notice | {floor_ms:.2f} | |",
             f"| parse ÷ floor | {1000 * r['cpu_s'] / r['notices'] / floor_ms:.1f}x | |",
             "", f"The floor: the least a parse does (read, decode, one OpenCC pass); beside it the {r['patterns']} "
             "rule patterns in one `re` alternation, one pass (not counted in the floor):", "",
             "| step | ms CPU |", "|---|---|",
             *(f"| {k} | {v:.3f} |" for k, v in r["floor_ms"].items()),
             "", "Stages (mean ms CPU per notice, each stage called as pipeline.parse calls it):", "",
             "| stage | ms | share | ÷ floor |", "|---|---|---|---|"]
    for k, v in sorted(r["stage_ms"].items(), key=lambda kv: -kv[1]):
        share = f"{100 * v / total:.0f}%" if not k.startswith("(") else "(not in parse)"
        lines.append(f"| {k} | {v:.2f} | {share} | {v / floor_ms:.1f}x |")
    return lines + [""]


def profile_parse(title: str, files: list[Path], rounds: int, top: int = 25) -> list[str]:
    """cProfile of pipeline.parse over the files: the functions with most own time and most cumulative time."""
    from extractor.pipeline import parse
    for p in files:
        parse(p)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        for p in files:
            parse(p)
    prof.disable()
    lines = [f"## Profile, {title}", "", f"cProfile over {rounds * len(files)} parses.", ""]
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(top)
        body = out.getvalue()
        body = body[body.find("ncalls"):]
        lines += [f"Sorted by {key}:", "", "```", body.rstrip(), "```", ""]
    return lines


# ---------------------------------------------------------------- parse, PDF

def parse_pdf(files: list[Path], rounds: int) -> dict:
    """Pages per second of the whole pipeline on PDFs, of `pdftotext` and of pdfplumber's extract_text."""
    import pdfplumber

    from extractor.pipeline import parse
    pages = sum(parse(p).source.pages or 0 for p in files)  # also the warm-up

    def timed(fn) -> float:
        runs = []
        for _ in range(rounds):
            c = time.perf_counter()
            for p in files:
                fn(p)
            runs.append(time.perf_counter() - c)
        return statistics.median(runs)

    def plumber(p):
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()

    pipeline_s = timed(parse)
    pdftotext_s = timed(lambda p: subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=True))
    plumber_s = timed(plumber)
    return {"files": len(files), "pages": pages, "pipeline_s": pipeline_s, "pdftotext_s": pdftotext_s,
            "pdfplumber_s": plumber_s}


def report_pdf(r: dict) -> list[str]:
    pages = r["pages"]
    ratio = r["pipeline_s"] / r["pdftotext_s"]
    return ["## Parse, PDF", "",
            f"{r['files']} PDF fixtures, {pages} pages in all; median of the runs; pdftotext includes its process start.",
            "", "| tool | s for all | pages/s | pipeline time / this |", "|---|---|---|---|",
            f"| pipeline.parse (whole) | {r['pipeline_s']:.3f} | {pages / r['pipeline_s']:.1f} | 1.0 |",
            f"| pdftotext (poppler) | {r['pdftotext_s']:.3f} | {pages / r['pdftotext_s']:.1f} | {ratio:.1f}x |",
            f"| pdfplumber extract_text | {r['pdfplumber_s']:.3f} | {pages / r['pdfplumber_s']:.1f} | "
            f"{r['pipeline_s'] / r['pdfplumber_s']:.1f}x |",
            "", f"Target: pipeline within {TARGETS['pdf_ratio']:.0f}x pdftotext: {ok(ratio <= TARGETS['pdf_ratio'])} "
            f"({ratio:.1f}x).", ""]


# ---------------------------------------------------------------- stores

class Store:
    """A fresh store on one back end; PostgreSQL gets its own schema (search_path), dropped by close().
    A `kept` store (SQLite file folder/kept.db, PostgreSQL schema `kept`) is reused if it exists and
    left in place by close()."""

    def __init__(self, backend: str, folder: Path, kept: str | None = None):
        self.backend, self.schema, self.kept = backend, None, kept
        name = kept or f"bench_{uuid.uuid4().hex[:12]}"
        if backend == "sqlite":
            self.url = f"sqlite:///{folder / f'{name}.db'}"
        else:
            self.schema, self.url = new_schema(name)

    def close(self) -> None:
        if self.schema and not self.kept:
            drop_schema(self.schema)


# ---------------------------------------------------------------- index

def _tree_memory(root: int) -> tuple[int, int]:
    """RSS and PSS (kB) summed over `root` and all its descendants (PSS counts shared pages once)."""
    parents: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
                parents[int(d.name)] = int(stat[stat.rfind(")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, changed = {root}, True
    while changed:
        new = {p for p, pp in parents.items() if pp in tree} - tree
        changed, tree = bool(new), tree | new
    rss = pss = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def index_run(folder: Path, backend: str, workers: int, tmp: Path) -> dict:
    """`notices index FOLDER --db URL --workers N --json` in a child process: wall time, peak memory."""
    store = Store(backend, tmp)
    try:
        cmd = [NOTICES, "index", str(folder), "--db", store.url, "--workers", str(workers), "--json"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        cpu_before = _children_cpu()
        c = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak_rss = peak_pss = 0
        while proc.poll() is None:
            rss, pss = _tree_memory(proc.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.2)
        out, err = proc.communicate()
        wall = time.perf_counter() - c
        cpu = _children_cpu() - cpu_before
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-500:]}")
        biggest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        report = json.loads(out) if out.strip().startswith("{") else {}
        return {"backend": backend, "wall_s": wall, "cpu_s": cpu, "load": load_average(),
                "indexed": report.get("indexed"), "failed": report.get("failed"),
                "report_s": report.get("seconds"), "peak_rss_mb": peak_rss / 1024, "peak_pss_mb": peak_pss / 1024,
                "largest_process_mb": max(biggest, before) / 1024,
                "command": " ".join(cmd).replace(store.url, "URL")}
    finally:
        store.close()


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's children that have ended, their own children included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


STARTUP_NOTICES = 2  # the start-up run's folder: the first notices of the scale corpus, one a worker


def _index_10k_cpu(r: dict, workers: int) -> float:
    """Seconds 10,000 notices would take on `workers` otherwise idle cores, from the run's CPU time (the
    parent and its workers), as if the work spread evenly: the figure a busy machine disturbs least."""
    return 10000 * r["cpu_s"] / max(1, r["indexed"] or 0) / workers


def _index_split(r: dict) -> tuple[float, float] | None:
    """(the run's fixed CPU s, CPU s a further notice) from the run and its start-up run over STARTUP_NOTICES
    notices (`startup`): the fixed part (imports, migrating a new store, the warm-up parse, forking) is what a
    run of 2 pays beyond 2 notices' share; None without a start-up run."""
    small = r.get("startup")
    if not small or not r["indexed"] or r["indexed"] <= (small["indexed"] or 0):
        return None
    per_notice = (r["cpu_s"] - small["cpu_s"]) / (r["indexed"] - small["indexed"])
    return max(0.0, small["cpu_s"] - small["indexed"] * per_notice), per_notice


def _index_10k_apart(r: dict, workers: int) -> float:
    """Seconds for 10,000 notices on `workers` otherwise idle cores with the run's fixed CPU counted once and as
    if on one core (the parent's imports and warm-up), the rest spread evenly: `_index_10k_cpu` spreads the fixed
    part over the run's notices, which at 100 notices (bench-quick) is a fifth or more of its figure."""
    split = _index_split(r)
    if split is None:
        return _index_10k_cpu(r, workers)
    fixed, per_notice = split
    return fixed + 10000 * per_notice / workers


def report_index(runs: list[dict], n: int, workers: int) -> list[str]:
    lines = ["## Index", "",
             f"`notices index` over {n} scale-corpus notices (bench/scale_corpus.py), {workers} workers, fresh store.",
             "Peak memory sampled every 0.2 s over the process and its workers from /proc "
             "(RSS summed, and PSS, which counts pages shared after fork once); "
             "`largest process` is getrusage(RUSAGE_CHILDREN).ru_maxrss.", "",
             "`CPU` is the CPU time of the run (parent and workers); `10,000 from CPU` spreads it evenly over "
             f"{workers} otherwise idle cores. A run over the first {STARTUP_NOTICES} notices into another fresh store "
             "gives the fixed CPU (start-up: imports, migrations, warm-up, forks) and the CPU a further notice; "
             "`start-up apart` counts the fixed part once, on one core, and spreads 10,000 × the per-notice CPU.", "",
             "| back end | wall s | indexed | failed | notices/s | 10,000 notices (extrapolated) s | CPU ms per notice | "
             "10,000 from CPU s | fixed CPU s | CPU ms a further notice | 10,000 from CPU, start-up apart s | load | "
             "peak RSS sum MB | peak PSS MB | largest process MB |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in runs:
        rate = (r["indexed"] or 0) / r["wall_s"]
        ten_k = 10000 / rate if rate else float("inf")
        cpu_ms = 1000 * r["cpu_s"] / max(1, r["indexed"] or 0)
        split = _index_split(r)
        fixed = f"{split[0]:.2f} | {1000 * split[1]:.1f}" if split else "– | –"
        lines.append(f"| {r['backend']} | {r['wall_s']:.1f} | {r['indexed']} | {r['failed']} | {rate:.1f} | "
                     f"{ten_k:.0f} ({ok(ten_k < TARGETS['index_10k_s'])}, target < {TARGETS['index_10k_s']:.0f}) | "
                     f"{cpu_ms:.1f} | {_index_10k_cpu(r, workers):.0f} | {fixed} | "
                     f"{_index_10k_apart(r, workers):.0f} | {r['load']} | "
                     f"{r['peak_rss_mb']:.0f} | {r['peak_pss_mb']:.0f} ({ok(r['peak_pss_mb'] < TARGETS['index_rss_mb'])},"
                     f" target < {TARGETS['index_rss_mb']:.0f}) | {r['largest_process_mb']:.0f} |")
    lines += ["", "Command: `" + runs[0]["command"] + "`" if runs else "", ""]
    return lines


# ---------------------------------------------------------------- large store and queries

def _base_results(n: int, seed: int, tmp: Path) -> list:
    """Parse `n` scale-corpus variants once (plan + segmented title and body), as the indexer's workers do."""
    from extractor.store.indexer import parse_one
    folder = tmp / "base"
    paths = scale_corpus.write_corpus(n, folder, seed=seed)
    results = [parse_one(str(p)) for p in paths]
    return [r for r in results if r.plan is not None]


def _shift_day(day, days: int):
    if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        try:
            return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
        except ValueError:
            return day
    return day


def _variant(parsed, rng: random.Random):
    """A copy of a parsed notice with its dates moved by whole weeks and its units' departments swapped."""
    from extractor.store.indexer import parsed_from
    plan, days = parsed.plan, rng.randint(-156, 156) * 7
    shuffled = scale_corpus.DEPARTMENTS[:]
    rng.shuffle(shuffled)
    mapping = dict(zip(scale_corpus.DEPARTMENTS, shuffled))

    def org(name: str) -> str:
        return scale_corpus._DEPTS.sub(lambda mt: mapping[mt.group(0)], name)

    def deadline(d):
        return d.model_copy(update={"date": _shift_day(d.date, days), "start": _shift_day(d.start, days)})

    tasks = [t.model_copy(update={"deadline": deadline(t.deadline) if t.deadline else None,
                                  "units": [u.model_copy(update={"org": org(u.org)}) for u in t.units]})
             for t in plan.tasks]
    new = plan.model_copy(update={
        "deadlines": [deadline(d) for d in plan.deadlines], "tasks": tasks,
        "organizations": [o.model_copy(update={"name": org(o.name)}) for o in plan.organizations],
        "responsibilities": [r.model_copy(update={"org": org(r.org)}) for r in plan.responsibilities],
        "meta": plan.meta.model_copy(update={"date": _shift_day(plan.meta.date, days)})})
    return parsed_from(new)


class _SharedTransaction:
    """Stands for the engine in `store_result`, so that a batch of notices is written in one transaction."""

    def __init__(self, conn):
        self.conn = conn

    def begin(self):
        return contextlib.nullcontext(self.conn)


def _write_variants(engine, n: int, stored: int, bases: list, seed: int, batch: int = 500) -> None:
    """Notices `stored` .. n-1: varied copies of the parsed bases, written by the indexer's `store_result`,
    `batch` notices per transaction (the variants before `stored` are replayed from the seed, not written)."""
    from extractor.store.indexer import store_result
    rng = random.Random(seed)
    for first in range(0, n, batch):
        with engine.begin() as conn:
            for i in range(first, min(first + batch, n)):
                parsed = _variant(bases[i % len(bases)], rng)
                if i >= stored:
                    sha = hashlib.sha256(f"bench-{seed}-{i}".encode()).hexdigest()
                    store_result(_SharedTransaction(conn), sha, [f"/archive/{i // 1000:03d}/{i:06d}.txt"], parsed)


def _copy_rows(source_url: str, engine) -> None:
    """Every row of a built SQLite store into an empty PostgreSQL store, ids kept (COPY, one transaction)."""
    import sqlite3

    from sqlalchemy.engine import make_url

    from extractor.store import models as m
    reads = [(t.name, [c.name for c in t.columns], f'SELECT {", ".join(c.name for c in t.columns)} FROM "{t.name}"')
             for t in m.SQLModel.metadata.sorted_tables]
    reads.append(("notice_fts", ["notice_id", "title", "body"], "SELECT rowid, title, body FROM notice_fts"))
    source = sqlite3.connect(make_url(source_url).database)
    with engine.begin() as conn, conn.connection.driver_connection.cursor() as cur:
        for name, columns, read in reads:
            with cur.copy(f'COPY "{name}" ({", ".join(columns)}) FROM STDIN') as copy:
                for row in source.execute(read):
                    copy.write_row(row)
            if "id" in columns:
                cur.execute(f"""SELECT setval(pg_get_serial_sequence('"{name}"', 'id'), """
                            f"""(SELECT coalesce(max(id), 1) FROM "{name}"))""")
    source.close()


def build_store(url: str, n: int, bases, seed: int, source_url: str | None = None) -> dict:
    """A migrated store with `n` notices: varied copies of the parsed bases (`bases()` parses them) written
    by `store_result`, or, given `source_url`, a copy of that SQLite store so built (the same rows on both
    back ends, built in a fraction of the time). A kept store is only migrated; a build that was
    interrupted goes on where it stopped."""
    from sqlalchemy import func, select

    from extractor.store import models as m
    from extractor.store.db import open_store
    engine = open_store(url, create=True)
    with engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(m.NoticeRow)).scalar()
    if stored > n or (source_url and stored not in (0, n)):
        raise SystemExit(f"bench: the kept store {engine.url} holds {stored} notices, not {n}: delete it")
    seconds = None
    if stored < n:
        c = time.perf_counter()
        if source_url:
            _copy_rows(source_url, engine)
        else:
            _write_variants(engine, n, stored, bases(), seed)
        seconds = time.perf_counter() - c
    with engine.connect() as conn:
        deadlines = conn.execute(select(func.count()).select_from(m.DeadlineRow)).scalar()
        span = conn.execute(select(func.min(m.DeadlineRow.due_date), func.max(m.DeadlineRow.due_date))).one()
    if engine.dialect.name == "postgresql":  # what autovacuum does after a bulk load (statistics, visibility map)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    return {"engine": engine, "notices": n, "deadlines": deadlines, "build_s": seconds, "first": span[0],
            "last": span[1]}


def _percentiles(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return s[len(s) // 2] * 1000, s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))] * 1000


def _unit_words(org: str) -> str:
    """What a user would type for a unit: its department (`县农业农村局` -> `农业农村局`), else the name."""
    mt = scale_corpus._DEPTS.search(org)
    return mt.group(0) if mt else org


PAGE = 100  # deadlines per page: the API's default `limit`
WORDS = ["农产品质量安全", "双认证", "检验检测机构", "培训", "能力验证", "资质认定", "质量管理体系", "专项资金"]


def _askable(engine, first: dt.date) -> tuple[list, list]:
    """Months and units (as a user would type them) that the store holds deadlines for."""
    from sqlalchemy import select

    from extractor.store import models as m
    with engine.connect() as conn:
        days = conn.execute(select(m.DeadlineRow.due_date).where(m.DeadlineRow.due_date.is_not(None))
                            .order_by(m.DeadlineRow.id).limit(2000)).scalars().all()
        units = conn.execute(select(m.TaskUnitRow.org).order_by(m.TaskUnitRow.id).limit(2000)).scalars().all()
    months = sorted({(d.year, d.month) for d in days}) or [(first.year, first.month)]
    return months, sorted({_unit_words(u) for u in units}) or ["农业农村局"]


def query_latency(engine, first: dt.date, runs: int, seed: int, paged_only: bool = False) -> dict:
    """p50 / p95 of each question, each run with varied arguments after two warm-up runs. Deadlines are
    asked for as the API and `--limit` give them (the first page and the total) and, as before paging
    existed, every row; a unit also as a question in words (`notices query`, `/v1/deadlines?q=`); words
    as `/v1/notices?q=` (notices holding them) and `/v1/search` (the best 20 and the total) ask for them."""
    from api.app import list_notices
    from extractor.store.queries import DeadlineQuery, count_deadlines, deadline_rows
    from extractor.store.query_language import month_period, read_query, to_query
    from extractor.store.search import count_hits, search
    rng = random.Random(seed)
    months, orgs = _askable(engine, first)

    def page(conn, q):
        count_deadlines(conn, q)
        return deadline_rows(conn, q, PAGE)

    def month():
        return DeadlineQuery(*month_period(*rng.choice(months)))

    def lead():
        return DeadlineQuery(org=rng.choice(orgs), role="lead")

    def searched(conn, words):
        count_hits(conn, words)
        return search(conn, words, limit=20)

    questions = {
        f"deadlines in a month (first {PAGE} + total)": lambda conn: page(conn, month()),
        "deadlines in a month (every row)": lambda conn: deadline_rows(conn, month()),
        f"organisation (lead) (first {PAGE} + total)": lambda conn: page(conn, lead()),
        "organisation (lead) (every row)": lambda conn: deadline_rows(conn, lead()),
        f"organisation in a month (first {PAGE} + total)": lambda conn: page(conn, DeadlineQuery(
            *month_period(*rng.choice(months)), org=rng.choice(orgs))),
        f"organisation in words (first {PAGE} + total)": lambda conn: page(conn, to_query(read_query(
            f"{rng.choice(orgs)}牵头的任务"))),
        f"notices holding words (first {PAGE} + total)": lambda conn: list_notices(
            conn, issuer=None, date_from=None, date_to=None, q=rng.choice(WORDS), status=None, limit=PAGE,
            offset=0)[1],
        "full-text search (top 20)": lambda conn: search(conn, rng.choice(WORDS), limit=20),
        "full-text search (top 20 + total)": lambda conn: searched(conn, rng.choice(WORDS)),
    }
    if paged_only:
        questions = {name: ask for name, ask in questions.items() if "every row" not in name}
    out = {}
    with engine.connect() as conn:
        for name, ask in questions.items():
            for _ in range(2):
                ask(conn)
            times, cpu, rows = [], [], []
            for _ in range(runs):
                c, p = time.perf_counter(), time.process_time()
                rows.append(len(ask(conn)))
                times.append(time.perf_counter() - c)
                cpu.append(time.process_time() - p)
            p50, p95 = _percentiles(times)
            out[name] = {"p50_ms": p50, "p95_ms": p95, "cpu_p50_ms": _percentiles(cpu)[0], "cpu_p95_ms": _percentiles(cpu)[1],
                         "rows_median": statistics.median(rows), "runs": runs, "load": load_average()}
    return out


def _build_time(built: dict) -> str:
    return "kept" if built["build_s"] is None else f"{built['build_s']:.0f}"


def report_query(results: dict[str, dict], n: int, runs: int) -> list[str]:
    lines = ["## Query", "",
             f"Store of {n} notices, built by bulk-writing varied copies of parsed scale-corpus "
             "notices with the indexer's own `store_result` into SQLite (dates moved by whole weeks, up to ±3 years; "
             "departments of units swapped; new sha256 and path each); PostgreSQL's store is a copy of those rows. "
             f"{runs} runs per question with varied arguments, after 2 warm-up runs; one connection, in-process. "
             "`load` is the load average (1, 5, 15 min) when the question's runs ended; `CPU` is this process's "
             "CPU time (all of the work on SQLite, the client's share on PostgreSQL), which other jobs on the "
             "machine inflate much less than the wall-clock figures.",
             "", "| back end | notices | deadlines | build s | question | p50 ms | p95 ms | rows (median) | "
             f"target p95 < {TARGETS['query_p95_ms']:.0f} ms at 100,000 | load | CPU ms p50 / p95 |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for backend, r in results.items():
        for q, v in r["queries"].items():
            lines.append(f"| {backend} | {r['notices']} | {r['deadlines']} | {_build_time(r)} | {q} | "
                         f"{v['p50_ms']:.1f} | {v['p95_ms']:.1f} | {v['rows_median']:.0f} | "
                         f"{ok(v['p95_ms'] < TARGETS['query_p95_ms'])} | {v['load']} | "
                         f"{v['cpu_p50_ms']:.1f} / {v.get('cpu_p95_ms', float('nan')):.1f} |")
    return lines + [""]


# ---------------------------------------------------------------- HTTP API under concurrent clients

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(url: str, tmp: Path, workers: int = 1) -> tuple[subprocess.Popen, str]:
    """`notices serve` on the store, on a free loopback port; returns once /healthz answers."""
    import httpx
    port, log = _free_port(), (tmp / "serve.log").open("w")
    server = subprocess.Popen([NOTICES, "serve", "--db", url, "--port", str(port)]
                              + (["--workers", str(workers)] if workers > 1 else []), stdout=subprocess.DEVNULL,
                              stderr=log)
    base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"notices serve exited: {(tmp / 'serve.log').read_text()[-500:]}")
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return server, base
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    server.kill()
    raise RuntimeError("notices serve did not answer /healthz within 120 s")


def api_load(url: str, first: dt.date, clients: int, requests: int, pause: float, seed: int, tmp: Path,
             workers: int = 1) -> dict:
    """`clients` concurrent clients (httpx, asyncio, one process) sending `requests` requests round robin
    over the three questions to `notices serve`; each client sends its next request when its answer came
    (pause 0: the server is kept saturated) or after a pause drawn from 0 .. 2 x `pause` seconds (users
    who read the answer first). p50 / p95 per question and requests/s over all."""
    import asyncio

    import httpx

    from extractor.store.db import open_store
    engine = open_store(url)
    months, orgs = _askable(engine, first)
    engine.dispose()
    rng = random.Random(seed)
    asks = {f"deadlines in a month (first {PAGE} + total)":
            lambda: ("/v1/deadlines", {"month": "%d-%02d" % rng.choice(months), "limit": PAGE}),
            f"organisation (lead) (first {PAGE} + total)":
            lambda: ("/v1/deadlines", {"q": f"{rng.choice(orgs)}牵头的任务", "limit": PAGE}),
            "full-text search (top 20)": lambda: ("/v1/search", {"q": rng.choice(WORDS), "limit": 20})}
    todo = [(name, *ask()) for _ in range(-(-requests // len(asks))) for name, ask in asks.items()][:requests]

    async def run(base: str) -> tuple[list, float]:
        async with httpx.AsyncClient(base_url=base, timeout=120,
                                     limits=httpx.Limits(max_connections=clients)) as client:
            async def ask(path: str, params: dict) -> int:
                """The answer's status; 0 when the connection failed."""
                try:
                    return (await client.get(path, params=params)).status_code
                except httpx.TransportError:
                    return 0
            for _name, path, params in todo[:2 * len(asks)]:  # warm-up, one at a time
                await ask(path, params)
            queue, done = iter(todo), []

            async def one_client():
                for name, path, params in queue:  # shared: each client takes the next request
                    c = time.perf_counter()
                    status = await ask(path, params)
                    done.append((name, time.perf_counter() - c, status))
                    await asyncio.sleep(rng.uniform(0, 2 * pause))
            c = time.perf_counter()
            await asyncio.gather(*(one_client() for _ in range(clients)))
            return done, time.perf_counter() - c

    server, base = _serve(url, tmp, workers)
    try:
        done, wall = asyncio.run(run(base))
        if server.poll() is not None:
            raise RuntimeError(f"notices serve died: {(tmp / 'serve.log').read_text()[-500:]}")
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
    out = {"clients": clients, "workers": workers, "pause_s": pause, "requests": len(done), "wall_s": wall, "per_s": len(done) / wall,
           "errors": sum(status != 200 for _, _, status in done), "load": load_average(), "questions": {}}
    for name in asks:
        p50, p95 = _percentiles([t for n, t, _ in done if n == name])
        out["questions"][name] = {"p50_ms": p50, "p95_ms": p95, "requests": sum(n == name for n, _, _ in done)}
    return out


def report_api(results: dict[str, dict], n: int) -> list[str]:
    lines = ["## HTTP API under concurrent clients", "",
             f"`notices serve --workers N` (uvicorn) on the {n}-notice store of the query section, on a "
             "free loopback port; the clients (httpx, asyncio) run in the benchmark's process on the same machine. Each client "
             "sends its next request when its answer has come and a pause drawn from 0 .. 2 x `pause` has passed; "
             "with no pause the server is kept saturated and the latency includes the time a request waits "
             "behind the others.", "",
             "| back end | workers | clients | pause s | question | requests | p50 ms | p95 ms | "
             f"target p95 < {TARGETS['query_p95_ms']:.0f} ms | requests/s (all) | errors | load |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for backend, r in results.items():
        for q, v in r["questions"].items():
            lines.append(f"| {backend} | {r.get('workers', 1)} | {r['clients']} | {r['pause_s']:g} | {q} | {v['requests']} | {v['p50_ms']:.1f} | "
                         f"{v['p95_ms']:.1f} | {ok(v['p95_ms'] < TARGETS['query_p95_ms'])} | {r['per_s']:.1f} | "
                         f"{r['errors']} | {r['load']} |")
    return lines + [""]


# ---------------------------------------------------------------- start-up

def _first_output(cmd: list[str]) -> tuple[float, float, float]:
    """(seconds to the first byte on standard output, seconds to exit, CPU seconds to exit: user and system
    time of the process and the children it waited for, the figure a busy machine disturbs least)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    c = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdout.read(1)
    first = time.perf_counter() - c
    proc.stdout.read()
    if proc.wait() != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode})")
    done = resource.getrusage(resource.RUSAGE_CHILDREN)
    return first, time.perf_counter() - c, done.ru_utime + done.ru_stime - used.ru_utime - used.ru_stime


def startup(runs: int, tmp: Path) -> dict:
    """Seconds to the first output of each CLI command, each run a fresh process (a small store for
    the store commands: the smallest corpus notice indexed first). The package's bytecode is written first, as
    installing a wheel writes it: where PYTHONDONTWRITEBYTECODE is set, each start would compile it again."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "extractor")], check=True)
    small = min(CORPUS, key=lambda p: p.stat().st_size)
    db = tmp / "startup.db"
    subprocess.run([NOTICES, "index", str(small), "--db", str(db)], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    commands = {"notices --help": [NOTICES, "--help"],
                f"notices parse corpus/{small.name}": [NOTICES, "parse", str(small)],
                "notices schema": [NOTICES, "schema"],
                "notices search 通知": [NOTICES, "search", "通知", "--db", str(db)],
                "notices deadlines --year 2023": [NOTICES, "deadlines", "--year", "2023", "--db", str(db)],
                "notices query 2023年的任务": [NOTICES, "query", "2023年的任务", "--db", str(db)],
                "notices failures": [NOTICES, "failures", "--db", str(db)]}
    out = {}
    for name, cmd in commands.items():
        times = [_first_output(cmd) for _ in range(runs)]
        out[name] = {"first_s": statistics.median(t[0] for t in times), "exit_s": statistics.median(t[1] for t in times),
                     "cpu_s": statistics.median(t[2] for t in times)}
    return {"commands": out, "runs": runs, "load": load_average()}


def report_startup(r: dict) -> list[str]:
    lines = ["## Start-up", "", f"Each command a fresh process, median of {r['runs']} runs; load {r['load']}.", "",
             "| command | s to first output | s to exit | s CPU to exit | target < %.1f s |" % TARGETS["startup_s"],
             "|---|---|---|---|---|"]
    for name, v in r["commands"].items():
        lines.append(f"| `{name}` | {v['first_s']:.2f} | {v['exit_s']:.2f} | {v['cpu_s']:.2f} | "
                     f"{ok(v['first_s'] < TARGETS['startup_s'])} |")
    return lines + [""]


# ---------------------------------------------------------------- summary

def summary(raw: dict, workers: int) -> list[str]:
    """Every figure of the run against its target, as a ratio (above 1: the target is missed by that factor)."""
    rows: list[tuple[str, float, float, str]] = []       # what, figure, target, unit; lower is better
    if "parse_text" in raw:
        r = raw["parse_text"]
        rows.append(("parse, text: ms CPU per notice", 1000 * r["cpu_s"] / r["notices"], 1000 / TARGETS["text"], "ms"))
    if "parse_pdf" in raw:
        r = raw["parse_pdf"]
        rows.append(("parse, PDF: pipeline ÷ pdftotext", r["pipeline_s"] / r["pdftotext_s"], TARGETS["pdf_ratio"], "x"))
    for r in raw.get("index", []):
        rows.append((f"index, {r['backend']}: 10,000 notices from CPU time, start-up apart", _index_10k_apart(r, workers),
                     TARGETS["index_10k_s"], "s"))
        rows.append((f"index, {r['backend']}: peak PSS", r["peak_pss_mb"], TARGETS["index_rss_mb"], "MB"))
    for backend, r in raw.get("query", {}).items():
        for q, v in r["queries"].items():
            rows.append((f"query, {backend} at {r['notices']}: {q} p95", v["p95_ms"], TARGETS["query_p95_ms"], "ms"))
    for name, v in raw.get("startup", {}).get("commands", {}).items():
        rows.append((f"start-up: `{name}` to first output", v["first_s"], TARGETS["startup_s"], "s"))
    lines = ["## Summary: figures against targets", "",
             "Ratio = figure ÷ target, lower is better: above 1.0 the target is missed by that factor.", "",
             "| what | figure | target | ratio | |", "|---|---|---|---|---|"]
    for what, figure, target, unit in rows:
        lines.append(f"| {what} | {figure:.2f} {unit} | {target:g} {unit} | {figure / target:.2f} | "
                     f"{ok(figure <= target)} |")
    return lines + [""]


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="tiny sizes, SQLite only: checks that everything runs")
    ap.add_argument("--only", action="append", choices=SECTIONS, help="run only these sections (repeatable)")
    ap.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql")
    ap.add_argument("--rounds", type=int, default=5, help="rounds over the TXT / PDF files (default 5)")
    ap.add_argument("--index-notices", type=int, default=1000, help="scale-corpus size for `index` (default 1000)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--notices", type=int, default=10000, help="notices in the query store (default 10000)")
    ap.add_argument("--query-runs", type=int, default=50, help="runs per question (default 50)")
    ap.add_argument("--paged-only", action="store_true",
                    help="query section: only the questions the API asks (pages and totals, search), not every row")
    ap.add_argument("--api-clients", type=int, default=20, help="concurrent clients of the API (default 20)")
    ap.add_argument("--api-requests", type=int, default=600, help="requests to the API in all (default 600)")
    ap.add_argument("--api-pause", type=float, default=0.0,
                    help="mean seconds a client waits between answer and next request (default 0: saturate)")
    ap.add_argument("--api-workers", type=int, default=1, help="`notices serve --workers` for api-load (default 1)")
    ap.add_argument("--keep-store", type=Path, metavar="DIR",
                    help="keep the query stores (SQLite file in DIR, PostgreSQL schema bench_query_N_SEED) and "
                         "reuse them in later runs with the same --notices and --seed (they are migrated first)")
    ap.add_argument("--startup-runs", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="add a cProfile of the text and PDF pipelines")
    ap.add_argument("--scale-dir", type=Path, default=scale_corpus.DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="also write the Markdown report here")
    ap.add_argument("--json", type=Path, help="write the raw figures here")
    args = ap.parse_args(argv)
    backends = [b for b in args.backends.split(",") if b]
    texts, pdfs = TEXT_NOTICES, PDFS
    if args.quick:
        backends = ["sqlite"]
        args.rounds, args.index_notices, args.notices = 1, 2, 20
        args.query_runs, args.startup_runs, args.api_requests = 3, 1, 30
        texts, pdfs = CORPUS[:2], PDFS[:1]
    sections = args.only or SECTIONS
    raw: dict = {"args": {k: str(v) for k, v in vars(args).items()}}
    lines: list[str] = []

    def emit(new: list[str]) -> None:
        lines.extend(new)
        print("\n".join(new), flush=True)

    command = " ".join(["python", "bench/run.py", *(sys.argv[1:] if argv is None else argv)])
    emit([f"# Benchmark run {dt.datetime.now().isoformat(timespec='seconds')}", "", f"Command: `{command}`", ""])
    with tempfile.TemporaryDirectory(prefix="notices-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if "machine" in sections:
            raw["machine"] = machine()
            emit(report_machine(raw["machine"]))
        if "parse-text" in sections:
            raw["parse_text"] = parse_text(texts, args.rounds)
            emit(report_text(raw["parse_text"]))
            if args.profile:
                emit(profile_parse("text pipeline", texts, args.rounds))
        if "parse-pdf" in sections:
            raw["parse_pdf"] = parse_pdf(pdfs, args.rounds)
            emit(report_pdf(raw["parse_pdf"]))
            if args.profile:
                emit(profile_parse("PDF pipeline", pdfs, 1))
        if "index" in sections:
            folder = args.scale_dir if not args.quick else tmp / "scale"
            scale_corpus.write_corpus(args.index_notices, folder, seed=args.seed)
            small = tmp / "scale-startup"
            small.mkdir(exist_ok=True)
            for path in sorted(folder.iterdir())[:STARTUP_NOTICES]:
                shutil.copy(path, small / path.name)
            raw["index"] = []
            for b in backends:
                run = index_run(folder, b, args.workers, tmp)
                if args.index_notices > STARTUP_NOTICES:
                    run["startup"] = index_run(small, b, args.workers, tmp)
                raw["index"].append(run)
            emit(report_index(raw["index"], args.index_notices, args.workers))
        if "query" in sections or "api-load" in sections:
            bases = functools.cache(lambda: _base_results(min(args.notices, 50), args.seed, tmp))
            kept = f"bench_query_{args.notices}_{args.seed}" if args.keep_store else None
            if args.keep_store:
                args.keep_store.mkdir(parents=True, exist_ok=True)
            stores, built = {}, {}
            try:
                for b in sorted(backends, key=lambda b: b != "sqlite"):  # PostgreSQL's store is a copy of SQLite's
                    if b != "sqlite" and "sqlite" not in stores:
                        stores["sqlite"] = Store("sqlite", args.keep_store or tmp, kept)
                        build_store(stores["sqlite"].url, args.notices, bases, args.seed)["engine"].dispose()
                    stores[b] = stores.get(b) or Store(b, args.keep_store or tmp, kept)
                    built[b] = build_store(stores[b].url, args.notices, bases, args.seed,
                                           source_url=stores["sqlite"].url if b != "sqlite" else None)
                    engine = built[b].pop("engine")
                    if "query" in sections:
                        built[b]["queries"] = query_latency(engine, built[b]["first"], args.query_runs, args.seed,
                                                               args.paged_only)
                    engine.dispose()
                if "query" in sections:
                    raw["query"] = built
                    emit(report_query(built, args.notices, args.query_runs))
                if "api-load" in sections:
                    raw["api_load"] = {b: api_load(stores[b].url, built[b]["first"], args.api_clients,
                                                   args.api_requests, args.api_pause, args.seed, tmp, args.api_workers)
                                       for b in backends}
                    emit(report_api(raw["api_load"], args.notices))
            finally:
                for store in stores.values():
                    store.close()
        if "startup" in sections:
            raw["startup"] = startup(args.startup_runs, tmp)
            emit(report_startup(raw["startup"]))
    emit(summary(raw, args.workers))
    emit([f"Load average at the end: {load_average()} (other jobs share this machine).", ""])
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(raw, default=str, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
