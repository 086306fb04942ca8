"""Tell a file's format from its first bytes."""
from __future__ import annotations

import io
import re
import zipfile

_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|p|table|title)\b", re.I)


def detect_format(data: bytes) -> str:
    """'pdf', 'docx', 'html', 'text', or a short name of what it is instead."""
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, NotImplementedError, ValueError):  # also: a newer zip version, a bad name
            return "damaged zip archive"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx spreadsheet"
        if "ppt/presentation.xml" in names:
            return "pptx presentation"
        return "zip archive"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "legacy Office document (.doc); convert it to DOCX or PDF"
    for sig, name in ((b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
                      (b"Rar!", "RAR archive"), (b"\x1f\x8b", "gzip archive"), (b"7z\xbc\xaf", "7z archive"),
                      (b"{\\rtf", "RTF document")):
        if head.startswith(sig):
            return name
    sniff = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if sniff[:1] == b"<" and _HTML.search(sniff[:1024]):
        return "html"           # (text with a crawler's leftover tags after its first line is text: ingest/text.py)
    return "text"
