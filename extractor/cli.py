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


FORMATS = "json (default), summary, csv (task ledger), xlsx (task ledger, needs -o), ics (calendar of deadlines)"


def _render(plan, fmt: str) -> str | bytes:
    from . import render
    if fmt == "json":
        return plan.model_dump_json(indent=1) + "\n"
    renderers = {"summary": render.summary, "csv": render.ledger_csv, "xlsx": render.ledger_xlsx,
                 "ics": render.deadlines_ics}
    if fmt not in renderers:
        raise typer.BadParameter(f"unknown format {fmt!r}; one of: {FORMATS}")
    return renderers[fmt](plan)


def _ocr_progress(done: int, total: int) -> None:
    """`OCR page 3/8` on standard error, rewritten in place on a terminal, one line per page elsewhere."""
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        sys.stderr.write(f"\rnotices: OCR {done}/{total} pages{end}")
    elif done < total:
        sys.stderr.write(f"notices: OCR page {done + 1}/{total}\n")
    sys.stderr.flush()


@app.command()
def parse(
    file: Path = typer.Argument(..., help="a notice: PDF (scanned too), DOCX, DOC/WPS/RTF, OFD, HTML, "
                                "text (UTF-8, UTF-16, GB18030, Big5) or an image (PNG, JPEG, TIFF)",
                                readable=False),  # an unreadable file gets parse's one-line error, not a usage box
    format: str = typer.Option("json", "--format", "-f", help=FORMATS),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of standard output"),
    ocr: str = typer.Option("auto", "--ocr", help="auto: OCR pages without real text (scans, photos); always; never"),
    ocr_pages: int = typer.Option(50, "--ocr-pages", min=1, help="OCR at most this many pages of a file"),
):
    """Parse one notice and print its plan as JSON (or a summary, a task ledger, a calendar)."""
    if format == "xlsx" and output is None:
        fail(file, "--format xlsx writes a spreadsheet: give -o FILE.xlsx")
    if ocr not in ("auto", "always", "never"):
        raise typer.BadParameter(f"--ocr {ocr!r}: one of auto, always, never")
    from .ingest import ocr as ocr_module
    ocr_module.OPTIONS = ocr_module.OcrOptions(mode=ocr, max_pages=ocr_pages, progress=_ocr_progress)
    from .errors import NoticeError
    from .pipeline import parse as parse_notice
    from .rules import RuleError
    try:
        plan = parse_notice(file)
    except NoticeError as e:
        fail(file, e)
    except RuleError as e:
        fail("rules", e)
    except RecursionError:
        fail(file, "structure nested too deeply to read")
    except MemoryError:
        fail(file, "out of memory while reading the file")
    rendered = _render(plan, format)
    data = rendered if isinstance(rendered, bytes) else rendered.encode("utf-8")
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def demo(format: str = typer.Option("summary", "--format", "-f", help="summary (default) or json")):
    """Parse the sample notice shipped with the package."""
    from .pipeline import parse as parse_notice
    rendered = _render(parse_notice(SAMPLE), format)
    sys.stdout.buffer.write(rendered if isinstance(rendered, bytes) else rendered.encode("utf-8"))


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
