"""Ingestion: bytes -> RawDocument, the reader chosen by the content, never by the extension."""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Union

from ..errors import NoticeError
from .detect import detect_format

if TYPE_CHECKING:   # (not imported at run time: the store commands need path_text, not the plan models)
    from ..document import RawDocument

MAX_BYTES = 50 * 1024 * 1024
MAX_TABLE_CELLS = 100_000  # a notice's largest tables hold a few thousand cells; more is a hostile file
MAX_BLOCKS = 100_000       # paragraphs (lines) of one file: a long notice has a few thousand


def read_file(path: Union[str, Path]) -> tuple[bytes, RawDocument]:
    """Read and ingest a file; raises NoticeError with a one-line reason. A file over MAX_BYTES is
    refused by its size, unread; no more than MAX_BYTES + 1 bytes are ever read (a file growing
    meanwhile has no size to trust). A named pipe, socket or device is refused unread (`open_regular`)."""
    p = Path(path)
    try:
        with open_regular(p) as f:
            size = os.fstat(f.fileno()).st_size
            if size <= MAX_BYTES:
                data = f.read(MAX_BYTES + 1)
                size = len(data)
    except OSError as e:
        raise unreadable(e) from None
    if size > MAX_BYTES:
        raise over_size_limit(size)
    return data, read_bytes(data, filename=p.name)


def over_size_limit(size: int) -> NoticeError:
    mb = 1024 * 1024
    return NoticeError(f"file is {-(-size // mb)} MB, over the {MAX_BYTES // mb} MB limit", kind="too_large")


NOT_REGULAR = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
               stat.S_IFBLK: "a block device"}


def open_regular(path: Union[str, Path]) -> BinaryIO:
    """The file opened for reading, when it is a regular file. Opened without blocking, so a named pipe
    with no writer cannot hang the reader; a folder, pipe, socket or device raises NoticeError."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise NoticeError("is a folder, not a file", kind="unsupported")
        if not stat.S_ISREG(mode):
            what = NOT_REGULAR.get(stat.S_IFMT(mode), "not a regular file")
            raise NoticeError(f"not a regular file: {what}", kind="unsupported")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def path_text(path: Union[str, Path]) -> str:
    """A path as text that can be printed, stored and serialised: bytes of a name that are not UTF-8 (GBK
    names from Windows zips) and control characters (a terminal's escape sequences, line breaks: they
    would act on a terminal, split a log line or break a spreadsheet) written as `\\xNN` escapes of their
    bytes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return CONTROL_CHARACTERS.sub(lambda m: "".join(f"\\x{b:02x}" for b in m.group().encode("utf-8")), text)


def os_path(text: str) -> str:
    """The file a `path_text` names: its escapes turned back into the name's bytes, unless the text is itself
    the name of a file."""
    if "\\x" not in text or os.path.lexists(text):
        return text
    raw = re.sub(rb"\\x([0-9a-f]{2})", lambda mt: bytes([int(mt.group(1), 16)]), text.encode("utf-8"))
    return os.fsdecode(raw)


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
    if raw.format != "text" and any(b.kind == "para" and "|" in b.text for b in raw.blocks):
        from .text import pipe_tables
        raw.blocks = pipe_tables(raw.blocks)
    from .text import flat_tables, spaced_header_openers, spaced_tables
    if any(b.kind == "para" and b.text.lstrip().startswith(spaced_header_openers()) for b in raw.blocks):
        raw.blocks = spaced_tables(raw.blocks)
        if raw.format != "text":        # a text file's reader reads them itself (text_blocks)
            raw.blocks = flat_tables(raw.blocks)
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
