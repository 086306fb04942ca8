"""Tell a file's format from its first bytes."""
from __future__ import annotations

import io
import re
import zipfile

_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|p|table|title)\b", re.I)


def detect_format(data: bytes) -> str:
    """'pdf', 'docx', 'doc' (Word 97-2003 or WPS), 'rtf', 'ofd', 'image', 'html', 'text', or a short
    name of what it is instead."""
    head = data[:2048]
    if not head.startswith(b"PK\x03\x04") and (head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]):
        return "pdf"    # (a zip's first member may start with `%PDF-`: the zip comes first)
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, NotImplementedError, ValueError):  # also: a newer zip version, a bad name
            return "damaged zip archive"
        if "word/document.xml" in names:
            return "docx"
        if "OFD.xml" in names:
            return "ofd"
        if "xl/workbook.xml" in names:
            return "xlsx spreadsheet"
        if "ppt/presentation.xml" in names:
            return "pptx presentation"
        return "zip archive"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_format(data)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    for sig, name in ((b"GIF8", "GIF image"), (b"Rar!", "RAR archive"), (b"\x1f\x8b", "gzip archive"),
                      (b"7z\xbc\xaf", "7z archive")):
        if head.startswith(sig):
            return name
    sniff = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if sniff[:1] == b"<" and _HTML.search(sniff[:1024]):
        return "html"           # (text with a crawler's leftover tags after its first line is text: ingest/text.py)
    return "text"


def _ole_format(data: bytes) -> str:
    """An OLE2 compound file by the streams its directory names (UTF-16): a Word or WPS text
    document has a `WordDocument` stream; Excel and PowerPoint files are not notices."""
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    for stream, name in (("Workbook", "Excel spreadsheet (.xls)"), ("PowerPoint Document", "PowerPoint presentation (.ppt)")):
        if stream.encode("utf-16-le") in data:
            return name
    return "doc"
