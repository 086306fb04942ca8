"""Plain text: encoding detected from the bytes, one block per line."""
from __future__ import annotations

from ..document import RawBlock, RawDocument
from ..errors import NoticeError


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for UTF-8/16/32 with or without BOM, GB18030/GBK, Big5."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_32"]).best()
    if best is None:
        raise NoticeError("not a text file: no encoding fits its bytes", kind="unsupported")
    return str(best), best.encoding


def read_text(data: bytes) -> RawDocument:
    text, encoding = decode(data)
    if "\x00" in text:
        raise NoticeError("binary data in a text file (NUL bytes)", kind="corrupt")
    blocks = [RawBlock("para", line) for line in text.splitlines() if line.strip()]
    if not blocks:
        raise NoticeError("file has no text", kind="no_text")
    return RawDocument(blocks=blocks, format="text", encoding=encoding)
