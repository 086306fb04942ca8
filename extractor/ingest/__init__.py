"""Ingestion: bytes -> RawDocument, the reader chosen by the content, never by the extension."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from ..document import RawDocument
from ..errors import NoticeError
from .detect import detect_format

MAX_BYTES = 50 * 1024 * 1024
MAX_TABLE_CELLS = 100_000  # a notice's largest tables hold a few thousand cells; more is a hostile file
MAX_BLOCKS = 100_000       # paragraphs (lines) of one file: a long notice has a few thousand


def read_file(path: Union[str, Path]) -> tuple[bytes, RawDocument]:
    """Read and ingest a file; raises NoticeError with a one-line reason. A file over MAX_BYTES is
    refused by its size, unread; no more than MAX_BYTES + 1 bytes are ever read (a file growing
    meanwhile, a pipe or a device has no size to trust)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise NoticeError("is a folder, not a file", kind="unsupported")
        size = p.stat().st_size
        if size <= MAX_BYTES:
            with p.open("rb") as f:
                data = f.read(MAX_BYTES + 1)
            size = len(data)
    except OSError as e:
        raise unreadable(e) from None
    if size > MAX_BYTES:
        mb = 1024 * 1024
        raise NoticeError(f"file is {-(-size // mb)} MB, over the {MAX_BYTES // mb} MB limit", kind="too_large")
    return data, read_bytes(data, filename=p.name)


def unreadable(e: OSError) -> NoticeError:
    """Why a file cannot be read from disk, in one line (gone, not permitted, a link loop...)."""
    if isinstance(e, IsADirectoryError):
        return NoticeError("is a folder, not a file", kind="unsupported")
    if isinstance(e, FileNotFoundError):
        return NoticeError("no such file", kind="unreadable")
    if isinstance(e, PermissionError):
        return NoticeError("permission denied", kind="unreadable")
    return NoticeError(f"cannot read: {e.strerror or e}", kind="unreadable")


def read_bytes(data: bytes, filename: str = "") -> RawDocument:
    """The reader the content calls for; a document of more than MAX_BLOCKS paragraphs is refused."""
    raw = _read_format(data)
    check_block_count(len(raw.blocks))
    return raw


def check_block_count(blocks: int) -> None:
    """Refuse a document of more than MAX_BLOCKS paragraphs: every later stage costs memory per paragraph."""
    if blocks > MAX_BLOCKS:
        raise NoticeError(f"{blocks} paragraphs or more, over the {MAX_BLOCKS} limit", kind="too_large")


def _read_format(data: bytes) -> RawDocument:
    if not data or not data.strip():
        raise NoticeError("file is empty", kind="empty")
    fmt = detect_format(data)
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(data)
    if fmt == "docx":
        from .docx import read_docx
        return read_docx(data)
    if fmt in ("doc", "rtf"):
        from .office import read_legacy
        return read_legacy(data, fmt)
    if fmt == "ofd":
        from .ofd import read_ofd
        return read_ofd(data)
    if fmt == "image":
        from .ocr import read_image
        return read_image(data)
    if fmt == "html":
        from .html import read_html
        return read_html(data)
    if fmt == "text":
        from .text import read_text
        return read_text(data)
    if fmt.startswith("damaged"):
        raise NoticeError(f"{fmt}: cannot be read", kind="corrupt")
    raise NoticeError(f"unsupported file type ({fmt})", kind="unsupported")


def check_table_size(cells: int) -> None:
    """Refuse a table of more than MAX_TABLE_CELLS cells, before it is built out."""
    if cells > MAX_TABLE_CELLS:
        raise NoticeError(f"a table of {cells} cells or more, over the {MAX_TABLE_CELLS} cell limit", kind="too_large")


def table_rows(rows: list[list[str]]) -> list[list[str]]:
    """Rows padded to the widest; a table over MAX_TABLE_CELLS cells is refused (too_large)."""
    width = max(len(r) for r in rows)
    check_table_size(len(rows) * width)
    return [r + [""] * (width - len(r)) for r in rows]
