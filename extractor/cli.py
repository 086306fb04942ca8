"""The `notices` command."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn Chinese government notices into structured plans (tasks, units, deadlines).")

SAMPLE = Path(__file__).resolve().parent / "data" / "sample_notice.txt"


def fail(path: object, reason: object) -> None:
    """One line on standard error, exit status 2."""
    typer.echo(f"notices: {path}: {reason}", err=True)
    raise typer.Exit(2)


FORMATS = "json (default), summary, csv (task ledger), xlsx (task ledger, needs -o or --out-dir), ics (calendar)"
# Address space a file's parse may add (RLIMIT_AS, see workers.limit_memory): OCR's onnxruntime reserves
# more than 1 GB of it for a one-page photo whose parse peaks at 500 MB resident.
PARSE_MEMORY_MB = 2048
SUFFIX = {"json": ".json", "summary": ".txt", "csv": ".csv", "xlsx": ".xlsx", "ics": ".ics"}


def _version(value: bool) -> None:
    if value:
        from . import __version__
        typer.echo(f"notices {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="print the version and exit")):
    """Turn Chinese government notices into structured plans (tasks, units, deadlines)."""


def _render(plans: list, fmt: str, remind_days: int = 3) -> bytes:
    from . import render
    return render.output(plans, fmt, remind_days)


def _ocr_progress(done: int, total: int) -> None:
    """`OCR page 3/8` on standard error, rewritten in place on a terminal, one line per page elsewhere."""
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        sys.stderr.write(f"\rnotices: OCR {done}/{total} pages{end}")
    elif done < total:
        sys.stderr.write(f"notices: OCR page {done + 1}/{total}\n")
    sys.stderr.flush()


def _files(patterns: list[str]) -> list[Path]:
    """The files named, a pattern (`docs/*.pdf`, `**/*.txt`) standing for the files it matches."""
    import glob
    files: list[Path] = []
    for pattern in patterns:
        if Path(pattern).exists() or not glob.has_magic(pattern):
            files.append(Path(pattern))
            continue
        matched = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
        if not matched:
            fail(pattern, "no file matches")
        files += matched
    return list(dict.fromkeys(files))


def _unwritable(path: Path, error: Optional[OSError] = None) -> Optional[str]:
    """Why a file cannot be written there, in words (None where nothing tells before trying): a folder in
    its place, its folder missing or a file, a read-only file or folder; after a refused write (`error`),
    a folder that takes no new files (`/proc`) or the system's reason."""
    import os
    folder = path.parent
    if path.is_dir() or isinstance(error, IsADirectoryError):
        return "is a folder; give a file name (or --out-dir for a folder)"
    if not folder.exists():
        return f"no such folder: {folder}"
    if not folder.is_dir():
        return f"not a folder: {folder}"
    if path.exists() and not os.access(path, os.W_OK):
        return "read-only file"
    if not path.exists() and not os.access(folder, os.W_OK):
        return f"cannot write in {folder}: permission denied"
    if isinstance(error, FileNotFoundError):
        return f"cannot create a file in {folder}"
    return f"cannot write: {error.strerror or error}" if error else None


def _write(path: Path, data: bytes) -> None:
    """Write a file; a refused write is one line and exit status 2."""
    try:
        path.write_bytes(data)
    except OSError as e:
        fail(path, _unwritable(path, e))


def _out_names(files: list[Path], fmt: str) -> dict[Path, str]:
    """Each file's output name in --out-dir: its stem with the format's suffix, its whole name where two
    stems meet (a.txt and a.pdf give a.txt.json and a.pdf.json)."""
    stems = [f.stem for f in files]
    return {f: (f.stem if stems.count(f.stem) == 1 else f.name) + SUFFIX[fmt] for f in files}


def _parsed(paths: list[Path], timeout: float, memory_mb: int):
    """(path, plan) for each file in order, parsed in a child process with `timeout` seconds and `memory_mb`
    MB of its own (0: no limit), so that a file too big or too slow to parse stops with a one-line reason
    (plan None after that line on standard error) and the next file goes on. The rule files are loaded
    here first: a broken one stops everything in one line, and each child inherits them loaded, with the
    parser's modules (a worker replaced after a timeout does not import them again)."""
    import contextlib

    from . import pipeline  # noqa: F401
    from .rules import RuleError, all_rule_files
    from .workers import WorkerPool, parse_plan
    try:
        all_rule_files()
    except RuleError as e:
        fail("rules", e)
    from .ingest import path_text
    pool = WorkerPool(1, timeout, memory_mb, task=parse_plan)
    with contextlib.closing(pool.run(str(p) for p in paths)) as results:
        for path, parsed in results:
            if parsed.plan is None:
                typer.echo(f"notices: {path_text(path)}: {parsed.error}", err=True)
            yield Path(path), parsed.plan


@app.command()
def parse(
    files: list[str] = typer.Argument(..., help="notices: PDF (scanned too), DOCX, DOC/WPS/RTF, OFD, HTML, text "
                                                "(UTF-8, UTF-16, GB18030, Big5) or images (PNG, JPEG, TIFF); patterns "
                                                "such as 'docs/*.pdf' or 'docs/**/*.txt' are expanded"),
    format: str = typer.Option("json", "--format", "-f", help=FORMATS),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of standard output"),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", "-d",
                                           help="write one file per notice into this folder (made if missing)"),
    remind_days: int = typer.Option(3, "--remind-days", min=0, help="ics: a reminder this many days before (0: none)"),
    ocr: str = typer.Option("auto", "--ocr", help="auto: OCR pages without real text (scans, photos); always; never"),
    ocr_pages: int = typer.Option(50, "--ocr-pages", min=1, help="OCR at most this many pages of a file"),
    timeout: float = typer.Option(300.0, "--timeout", min=1, help="seconds one file may take before it is stopped"),
    memory_mb: int = typer.Option(PARSE_MEMORY_MB, "--memory-mb", min=0,
                                  help="memory in MB parsing a file may use on top of what the program holds; a "
                                       "file needing more is stopped with a one-line error (0: no limit)"),
):
    """Parse notices and print their plans as JSON (or a summary, a task ledger, a calendar).

    Several files give one ledger (a sheet per notice in XLSX), one calendar, JSON Lines; with
    --out-dir, a file each. Each file is parsed in a child process, within --timeout and --memory-mb.
    A file that cannot be read is one line on standard error; the others are still written, and the
    exit status is 2."""
    if format not in SUFFIX:
        raise typer.BadParameter(f"unknown format {format!r}; one of: {FORMATS}", param_hint="--format")
    if output and out_dir:
        fail("--output", "give either -o FILE or --out-dir FOLDER")
    if format == "xlsx" and output is None and out_dir is None:
        fail(files[0], "--format xlsx writes a spreadsheet: give -o FILE.xlsx or --out-dir FOLDER")
    if output and _unwritable(output):
        fail(output, _unwritable(output))
    if ocr not in ("auto", "always", "never"):
        raise typer.BadParameter(f"--ocr {ocr!r}: one of auto, always, never")
    from .ingest import ocr as ocr_module
    ocr_module.OPTIONS = ocr_module.OcrOptions(mode=ocr, max_pages=ocr_pages, progress=_ocr_progress)
    paths = _files(files)
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            fail(out_dir, "not a folder")
        except OSError as e:
            fail(out_dir, f"cannot make this folder: {e.strerror or e}")
    names = _out_names(paths, format) if out_dir else {}
    plans, failed = [], False
    for path, plan in _parsed(paths, timeout, memory_mb):
        failed |= plan is None
        if plan is not None and out_dir:
            _write(out_dir / names[path], _render([plan], format, remind_days))
        elif plan is not None:
            plans.append(plan)
    if plans:
        data = _render(plans, format, remind_days)
        if output:
            _write(output, data)
        else:
            sys.stdout.buffer.write(data)
    if failed:
        raise typer.Exit(2)


@app.command()
def demo(format: str = typer.Option("summary", "--format", "-f", help="summary (default) or json")):
    """Parse the sample notice shipped with the package."""
    from .pipeline import parse as parse_notice
    if format not in ("summary", "json"):
        raise typer.BadParameter("summary or json", param_hint="--format")
    sys.stdout.buffer.write(_render([parse_notice(SAMPLE)], format))


@app.command()
def schema():
    """Print the JSON Schema of the plan that `parse` prints."""
    from .models import Plan
    sys.stdout.write(json.dumps(Plan.model_json_schema(), ensure_ascii=False, indent=1) + "\n")


from .store.commands import register as register_store_commands  # noqa: E402  (index, deadlines, query, search, failures)

register_store_commands(app)

from api.commands import register as register_api_commands  # noqa: E402  (serve)

register_api_commands(app)

from .store.distributed import register as register_worker_command  # noqa: E402  (worker)

register_worker_command(app)


def main():
    app()


if __name__ == "__main__":
    main()
