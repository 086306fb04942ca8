"""Ingestion: bytes -> RawDocument, the reader chosen by the content, never by the extension."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from ..document import RawDocument
from ..errors import NoticeError
from .detect import detect_format

MAX_BYTES = 50 * 1024 * 1024


def read_file(path: Union[str, Path]) -> tuple[bytes, RawDocument]:
    """Read and ingest a file; raises NoticeError with a one-line reason."""
    p = Path(path)
    try:
        if p.is_dir():
            raise NoticeError("is a folder, not a file", kind="unsupported")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise NoticeError(f"file is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit",
                              kind="too_large")
        data = p.read_bytes()
    except FileNotFoundError:
        raise NoticeError("no such file", kind="invalid") from None
    except PermissionError:
        raise NoticeError("permission denied", kind="invalid") from None
    except IsADirectoryError:
        raise NoticeError("is a folder, not a file", kind="unsupported") from None
    except OSError as e:
        raise NoticeError(f"cannot read: {e.strerror or e}", kind="invalid") from None
    return data, read_bytes(data, filename=p.name)


def read_bytes(data: bytes, filename: str = "") -> RawDocument:
    if not data or not data.strip():
        raise NoticeError("file is empty", kind="empty")
    fmt = detect_format(data)
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(data)
    if fmt == "docx":
        from .docx import read_docx
        return read_docx(data)
    if fmt == "html":
        from .html import read_html
        return read_html(data)
    if fmt == "text":
        from .text import read_text
        return read_text(data)
    if fmt.startswith("damaged"):
        raise NoticeError(f"{fmt}: cannot be read", kind="corrupt")
    raise NoticeError(f"unsupported file type ({fmt})", kind="unsupported")
