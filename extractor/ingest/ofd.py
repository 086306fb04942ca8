"""OFD (GB/T 33190-2016, the fixed-layout format of Chinese e-government): its text objects, page
by page, read natively from the zip's XML (the libraries on PyPI render pages through PDF or image
toolkits; text needs none of that).

    OFD.xml -> DocBody/DocRoot -> Document.xml -> Pages/Page@BaseLoc -> Content.xml
    (and the page's TemplatePage, whose text — often the red 版头 — is drawn under the page's own)

A `TextObject` (Boundary "x y w h" in mm, Size in mm, optional CTM) holds `TextCode`s: X, Y (the
baseline of the first glyph, inside the boundary) and DeltaX/DeltaY, the advances between
glyphs (`g N d` repeats d N times). Each glyph gets a box in points; glyphs are grouped into
lines and lines into paragraphs as in a PDF (`pdf.page_blocks`), so a line broken by the margin
runs on and a centred title stays centred.
"""
from __future__ import annotations

import io
import posixpath
import zipfile

from ..document import RawBlock, RawDocument
from ..errors import NoticeError, reader_errors
from .docx import check_zip

PT_PER_MM = 72 / 25.4


def read_ofd(data: bytes) -> RawDocument:
    check_zip(data, what="OFD")
    with reader_errors("OFD"):         # a missing part, bad XML, a bad number
        zf = zipfile.ZipFile(io.BytesIO(data))
        pages = list(_pages(zf))
    from .pdf import doc_columns, group_lines, page_blocks
    per_page = [(number, [ln for ln in group_lines(chars) if ln["text"].strip()], width)
                for number, (chars, width) in enumerate(pages, 1)]
    columns = doc_columns([(lines, width) for _, lines, width in per_page])
    blocks: list[RawBlock] = []
    warnings: list[str] = []
    for number, lines, width in per_page:
        if lines:
            blocks += page_blocks(number, lines, [], columns[round(width)], width)
    if not blocks:
        raise NoticeError("OFD has no text objects (scanned pages? OCR of OFD images is not supported)",
                          kind="no_text")
    return RawDocument(blocks=blocks, format="ofd", pages=len(pages), warnings=warnings)


def _xml(zf: zipfile.ZipFile, name: str):
    from lxml import etree
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(zf.read(name), parser)


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _children(el, name: str):
    return [c for c in el.iter() if _local(c) == name]


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.strip()
    return posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc))


def _pages(zf: zipfile.ZipFile):
    """Per page in order: (glyphs as the PDF reader's chars, page width in points)."""
    root = _xml(zf, "OFD.xml")
    doc_root = next((el.text for el in _children(root, "DocRoot") if el.text), None)
    if doc_root is None:
        raise NoticeError("damaged OFD: OFD.xml names no DocRoot", kind="corrupt")
    doc_path = _resolve("", doc_root)
    doc_dir = posixpath.dirname(doc_path)
    document = _xml(zf, doc_path)
    default_width = _page_width(document) or 210.0
    templates = {t.get("ID"): _resolve(doc_dir, t.get("BaseLoc", "")) for t in _children(document, "TemplatePage")}
    for page in _children(document, "Page"):
        loc = page.get("BaseLoc")
        if not loc:
            continue
        content = _xml(zf, _resolve(doc_dir, loc))
        chars: list[dict] = []
        for tpl in _children(content, "Template"):
            path = templates.get(tpl.get("TemplateID"))
            if path and path in zf.namelist():
                chars += _glyphs(_xml(zf, path))
        chars += _glyphs(content)
        yield chars, (_page_width(content) or default_width) * PT_PER_MM


def _page_width(el):
    for box in _children(el, "PhysicalBox"):
        numbers = _numbers(box.text or "")
        if len(numbers) == 4:
            return numbers[2]
    return None


def _numbers(text: str) -> list[float]:
    """A list of numbers, `g N d` standing for N times d."""
    out: list[float] = []
    tokens = text.split()
    k = 0
    while k < len(tokens):
        if tokens[k] == "g" and k + 2 < len(tokens):
            out += [float(tokens[k + 2])] * int(float(tokens[k + 1]))
            k += 3
        else:
            out.append(float(tokens[k]))
            k += 1
    return out


def _glyphs(content) -> list[dict]:
    """Every glyph of the content's TextObjects, with its box in points from the page's top left."""
    chars: list[dict] = []
    for obj in _children(content, "TextObject"):
        bx, by = (_numbers(obj.get("Boundary", "0 0 0 0")) + [0, 0])[:2]
        size = float(obj.get("Size", "3.5"))
        a, b, c, d, e, f = (_numbers(obj.get("CTM", "")) or [1, 0, 0, 1, 0, 0])[:6]
        scale = (a * a + b * b) ** 0.5 or 1.0
        for code in _children(obj, "TextCode"):
            text = code.text or ""
            x, y = float(code.get("X", "0")), float(code.get("Y", "0"))
            dx, dy = _numbers(code.get("DeltaX", "")), _numbers(code.get("DeltaY", ""))
            for k, ch in enumerate(text):
                px, py = a * x + c * y + e + bx, b * x + d * y + f + by
                glyph = size * scale
                advance = (dx[k] if k < len(dx) else size) * scale
                width = min(advance, glyph) if advance > 0 else glyph
                if not ch.isspace():
                    chars.append({"text": ch, "x0": px * PT_PER_MM, "x1": (px + width) * PT_PER_MM,
                                  "top": (py - glyph * 0.88) * PT_PER_MM, "size": glyph * PT_PER_MM})
                x += dx[k] if k < len(dx) else size
                y += dy[k] if k < len(dy) else 0.0
    return chars
