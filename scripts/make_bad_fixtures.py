"""Generate the ingestion test inputs: fixtures/bad/* (files a reader must refuse or decode with
care) and fixtures/ingest/* (PDFs with the traps a PDF reader meets).

    .venv/bin/python scripts/make_bad_fixtures.py

Needs LibreOffice (`soffice`) and qpdf once, to make the PDFs; the tests only read the results.
Large inputs are made by the tests themselves in a temporary folder, with the functions here:
`zip_bomb`, `nested_html`, `huge_text_node_html`, `oversize_file`, and the eighteen of `HOSTILE`
(each small on disk, each once a trap for a stage that was not linear or not bounded).
"""
from __future__ import annotations

import io
import os
import random
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Optional

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "fixtures" / "bad"
GOOD = ROOT / "fixtures" / "ingest"
CORPUS = ROOT / "corpus"

TITLE = "山阴县农产品质量安全检验检测机构“双认证”攻坚方案"


def corpus_lines(stem: str) -> list[str]:
    path = next(CORPUS.glob(f"{stem}_*.txt"))
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


# --- PDFs made by LibreOffice ----------------------------------------------------------------

def notice_docx(path: Path) -> None:
    """A two-page notice: centred title, justified indented paragraphs, a ruled table, a right-aligned signature."""
    d = docx.Document()
    title = d.add_paragraph(TITLE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in [ln for ln in corpus_lines("000") if len(ln) > 60][:9]:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Pt(22)
    table = d.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate([["序号", "重要工作", "牵头单位"], ["1", "开展检验机构委托检验工作调研", "监督司"],
                             ["2", "加大实验室能力验证工作", "认监委"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in ("山阴县人民政府办公室", "2023年5月12日"):
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


def soffice_pdf(docx_path: Path, out_dir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)],
                   check=True, capture_output=True)
    return out_dir / (docx_path.stem + ".pdf")


# --- PDFs written by hand ------------------------------------------------------------------

def write_pdf(path: Path, pages: list[list[tuple[float, float, str]]], *, unmapped_pages: frozenset = frozenset(),
              fake_bold: bool = False, image_only: bool = False, page_tree_depth: int = 0,
              extra_ops: bytes = b"", padding: Optional[tuple[bytes, int]] = None, cmap_ranges: bytes = b"",
              size: float = 12, backdrop: bool = False, unicode_codes: bool = False) -> None:
    """A minimal PDF: each page a list of (x, y, text) lines in a 12 pt CID font (Identity-H,
    every glyph 1 em wide, not embedded). Each distinct character gets a code; the ToUnicode
    map gives it back; pages in `unmapped_pages` (0-based) use the same font without that map,
    which gives `(cid:N)` glyphs. `fake_bold` draws every line twice,
    0.4 pt apart, as some producers fake bold type. `page_tree_depth` puts the page list under
    that many more /Pages nodes, each the only kid of the one above. `extra_ops` are drawn on every
    page before its text; `padding` (bytes, times) follows the text in a Flate-compressed content
    stream, made without compressing it all; `cmap_ranges` is added to the ToUnicode map; `size` is
    the font size. A line may carry a fourth item, text state operators set before it is drawn
    (`3 Tr`: invisible, `1 g`: white). `backdrop` puts an image under the whole page, as a scan.
    `unicode_codes` gives each character its Unicode value as its code (some producers do): a viewer
    without the map still shows the text."""
    codes: dict[str, int] = {}
    for page in pages:
        for _, _, text, *_state in page:
            for ch in text:
                codes.setdefault(ch, ord(ch) if unicode_codes else len(codes) + 1)
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"

    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Custom def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + cmap_ranges.decode() +
            f"{len(codes)} beginbfchar\n"
            + "".join(f"<{code:04X}> <{''.join(f'{b:02X}' for b in ch.encode('utf-16-be'))}>\n"
                      for ch, code in codes.items())
            + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    descriptor = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>")
    cid_font = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
                   b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 >>"
                   % descriptor)
    tounicode = add(stream(cmap))
    fonts = [add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
                 b"/DescendantFonts [%d 0 R]%s >>" % (cid_font, extra))
             for extra in (b" /ToUnicode %d 0 R" % tounicode, b"")]
    page_ids = []
    pages_id = len(objects) + 2 * len(pages) + 1
    for index, page in enumerate(pages):
        font = fonts[index in unmapped_pages]
        ops = []
        if image_only:
            ops.append(b"q 400 0 0 300 100 400 cm BI /W 4 /H 3 /CS /G /BPC 8 ID " + bytes(range(0, 240, 20)) + b" EI Q")
        if backdrop:
            ops.append(b"q 595 0 0 842 0 0 cm BI /W 4 /H 3 /CS /G /BPC 8 ID " + bytes(range(100, 220, 10)) + b" EI Q")
        for x, y, text, *state in page:
            hexed = "".join(f"{codes[ch]:04X}" for ch in text).encode()
            for dx in ((0.0, 0.4) if fake_bold else (0.0,)):
                ops.append(b"BT /F1 %.2f Tf %s %.2f %.2f Td <%s> Tj ET" % (size, b"".join(state), x + dx, y, hexed))
        if extra_ops:
            ops.insert(0, extra_ops)
        if padding is None:
            content = add(stream(b"\n".join(ops)))
        else:
            head = b"\n".join(ops) + b"\n"
            chunk, times = padding
            adler = zlib.adler32(head)
            for _ in range(times):
                adler = zlib.adler32(chunk, adler)
            packed = b"\x78\xda" + _deflate_repeated(head, chunk, times) + struct.pack(">I", adler)
            content = add(stream(packed, b"/Filter /FlateDecode "))
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    top = add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % i for i in page_ids), len(page_ids)))
    for _ in range(page_tree_depth):
        top = add(b"<< /Type /Pages /Kids [%d 0 R] /Count %d >>" % (top, len(page_ids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % top)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % off for off in offsets))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref))
    path.write_bytes(out.getvalue())


def trap_lines(text_lines: list[str]) -> list[tuple[float, float, str]]:
    return [(72.0, 760.0 - 20 * i, t) for i, t in enumerate(text_lines)]


def notice_page() -> list[tuple[float, float, str]]:
    """A page of a notice: the first lines of corpus notice 000, cut to fit the page width."""
    return trap_lines([ln[:36] for ln in corpus_lines("000")[:14]])


def malformed_xref_pdf(path: Path) -> None:
    """A notice whose cross-reference table points each object past its `N 0 obj` line, at its
    body (a producer that counted wrong): the table reads, the objects are not where it says."""
    write_pdf(path, [notice_page()])
    data = path.read_bytes()
    heads = {int(m.group(1)): m.end() for m in re.finditer(rb"(?m)^(\d+) 0 obj\n", data)}
    entries = iter(sorted(heads))
    path.write_bytes(re.sub(rb"(?m)^\d{10} 00000 n ", lambda _m: b"%010d 00000 n " % heads[next(entries)], data))


HIDDEN_LINES = [  # text no viewer shows, each with a deadline and a unit that must not be read
    (72.0, 420.0, "请市教育局于2031年6月30日前完成", b"3 Tr"),        # invisible (render mode 3)
    (72.0, 400.0, "由市财政局牵头2032年7月1日前上报", b"1 g"),       # white on the white page
    (700.0, 380.0, "市公安局负责2033年8月1日前完成", b""),            # right of the page
    (72.0, 360.0, "市卫健委负责2034年9月1日前完成", b"/F1 0.01 Tf"),  # 0.01 pt
]


def hidden_text_pdf(path: Path, *, ruled: bool = False, unmapped: bool = False) -> None:
    """A notice page with four lines no viewer shows (HIDDEN_LINES); `ruled` adds a ruled box, so the
    page goes to the table reader; `unmapped` sets it in a font without a Unicode map whose codes are
    the characters' Unicode values, so the page is read from pdfium's glyph codes."""
    box = b"0.5 w 60 200 m 540 200 l S 60 300 m 540 300 l S 60 200 m 60 300 l S 540 200 m 540 300 l S"
    write_pdf(path, [notice_page() + HIDDEN_LINES], extra_ops=box if ruled else b"",
              unmapped_pages=frozenset({0}) if unmapped else frozenset(), unicode_codes=unmapped)


def ocr_layer_pdf(path: Path) -> None:
    """A 'scan': an image over the whole page with the notice's text in an invisible layer over it."""
    write_pdf(path, [[(x, y, text, b"3 Tr") for x, y, text in notice_page()]], backdrop=True)


def nested_pdf(path: Path) -> None:
    """A notice page under a page tree 2,000 levels deep (real files have a handful)."""
    write_pdf(path, [notice_page()], page_tree_depth=2000)


# --- DOCX files with a DTD -----------------------------------------------------------------

def docx_with_document_xml(path: Path, prolog: str, body_text: str) -> None:
    """A real DOCX whose word/document.xml carries `prolog` (a DTD) and `body_text` in one paragraph."""
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("PLACEHOLDER")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                decl_end = xml.index("?>") + 2
                xml = xml[:decl_end] + "\n" + prolog + xml[decl_end:]
                data = xml.replace("PLACEHOLDER", body_text).encode("utf-8")
            out.writestr(info.filename, data)


XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
          + "]>")


# --- text in many encodings ----------------------------------------------------------------

def text_fixtures() -> None:
    import opencc
    notice = "\n".join(corpus_lines("004")[:12]) + "\n"
    (BAD / "gbk.txt").write_bytes(notice.encode("gbk"))
    traditional = opencc.OpenCC("s2t").convert(notice)
    (BAD / "big5.txt").write_bytes(traditional.encode("big5", errors="ignore"))
    (BAD / "utf16_bom.txt").write_bytes(b"\xff\xfe" + notice.encode("utf-16-le"))
    (BAD / "nul.txt").write_bytes(notice.encode("utf-8")[:300] + bytes(range(0, 64)) * 4)
    lines = notice.splitlines(keepends=True)
    mixed = b"".join(ln.encode("gbk") if i % 4 == 2 else ln.encode("utf-8") for i, ln in enumerate(lines))
    (BAD / "mixed.txt").write_bytes(mixed)
    mostly_gbk = b"".join(ln.encode("utf-8") if i % 3 == 0 else ln.encode("gbk") for i, ln in enumerate(lines))
    (BAD / "mostly_gbk.txt").write_bytes(mostly_gbk)


def lying_charset_html(path: Path) -> None:
    """A notice page in UTF-8 that still declares the gb2312 it was first written in."""
    lines = corpus_lines("003")[:24]
    path.write_bytes((f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
                      f"<title>{TITLE}</title></head><body>" + "".join(f"<p>{ln}</p>" for ln in lines)
                      + "</body></html>").encode("utf-8"))


def huge_text_node_html(path: Path, megabytes: int = 11) -> None:
    """A page whose one paragraph is `megabytes` MB of text without a tag (libxml2 stops at 10 MB)."""
    one = "".join(corpus_lines("000"))
    path.write_text(f"<html><head><title>{TITLE}</title></head><body><p>"
                    + one * ((megabytes << 20) // len(one.encode())) + "</p></body></html>", encoding="utf-8")


def pdf_member_docx(path: Path) -> None:
    """A real DOCX whose first zip member (stored, uncompressed) is a PDF attachment: `%PDF-` within
    the file's first kilobyte."""
    buf = io.BytesIO()
    d = docx.Document()
    for line in corpus_lines("003")[12:24]:
        d.add_paragraph(line)
    d.save(buf)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w") as out:
        out.writestr(zipfile.ZipInfo("word/embeddings/attachment.pdf"), b"%PDF-1.4\n%%EOF\n")
        for info in src.infolist():
            out.writestr(info.filename, src.read(info), compress_type=zipfile.ZIP_DEFLATED)


def alt_chunk_docx(path: Path, *, mht: bool = False) -> None:
    """A DOCX whose whole text is an altChunk: an HTML page (or, with `mht`, a web archive holding
    it, quoted-printable in GB18030) that Word imports when it opens the file."""
    lines = corpus_lines("002")[30:48] if mht else corpus_lines("002")[12:30]
    html = f"<html><head><title>{TITLE}</title></head><body>" + "".join(f"<p>{ln}</p>" for ln in lines) + "</body></html>"
    if mht:
        import quopri
        name, content_type = "afchunk.mht", "message/rfc822"
        chunk = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="NEXT"\r\n\r\n--NEXT\r\n'
                 b'Content-Type: text/html; charset="gb18030"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
                 + quopri.encodestring(html.encode("gb18030")) + b"\r\n--NEXT--\r\n")
    else:
        name, content_type, chunk = "afchunk.htm", "text/html", html.encode("utf-8")
    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(buf)
    rel = (f'<Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           f'aFChunk" Target="{name}"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info).decode("utf-8") if info.filename.endswith((".xml", ".rels")) else src.read(info)
            if info.filename == "word/document.xml":
                start, end = data.index("<w:body>") + len("<w:body>"), data.index("<w:sectPr")
                data = data[:start] + '<w:altChunk r:id="rIdAlt1"/>' + data[end:]
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace("</Relationships>", rel + "</Relationships>")
            elif info.filename == "[Content_Types].xml":
                data = data.replace("</Types>", f'<Override PartName="/word/{name}" ContentType="{content_type}"/></Types>')
            out.writestr(info.filename, data)
        out.writestr(f"word/{name}", chunk)


# --- inputs made at test time (large, or their size is the point) ----------------------------

def zip_bomb(path: Path, gigabytes: int = 2) -> None:
    """A real DOCX plus filler parts: `gigabytes` GB of zeros in a file of about as many MB.
    The 16 MB filler part is deflated once and stored many times, so the archive is written by
    hand (zipfile would deflate every part again)."""
    entries = [(name, _deflate(data), zlib.crc32(data), len(data)) for name, data in _docx_members(1)]
    zeros = bytes(16 << 20)
    filler = (_deflate(zeros), zlib.crc32(zeros), len(zeros))
    entries += [(f"word/media/filler{i:04d}.bin", *filler) for i in range(gigabytes * 64)]
    path.write_bytes(_zip(entries))


def _docx_members(lines: int) -> list[tuple[str, bytes]]:
    """(name, bytes) of each member of a real DOCX holding the first `lines` lines of notice 000."""
    buf = io.BytesIO()
    d = docx.Document()
    for line in corpus_lines("000")[:lines]:
        d.add_paragraph(line)
    d.save(buf)
    src = zipfile.ZipFile(buf)
    return [(info.filename, src.read(info)) for info in src.infolist()]


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def nested_html(path: Path, depth: int = 200_000) -> None:
    """A notice page whose body then nests `depth` <div>s, each with a line of text (about 4 MB)."""
    lines = corpus_lines("000")[:12]
    with path.open("w", encoding="utf-8") as f:
        f.write(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{TITLE}</title></head><body>")
        f.write("".join(f"<p>{ln}</p>" for ln in lines))
        f.write("".join(f"<div>第{i}层" for i in range(depth)))
        f.write("</div>" * depth + "</body></html>")


# --- hostile inputs: each small on disk, each a trap for a stage that is not linear ------------
# Made at test time (tests/test_bad_inputs.py, "Limits"): HOSTILE maps a file name to its maker.

def _docx_with_parts(path: Path, body: str, numbering: Optional[str] = None) -> None:
    """A real DOCX whose body is `body` (w:body's inner XML) and, if given, whose numbering.xml is `numbering`."""
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("PLACEHOLDER", style="List Number")  # makes python-docx write numbering.xml
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                start, end = xml.index("<w:body>") + len("<w:body>"), xml.index("<w:sectPr")
                data = (xml[:start] + body + xml[end:]).encode("utf-8")
            elif info.filename == "word/numbering.xml" and numbering is not None:
                data = numbering.encode("utf-8")
            out.writestr(info.filename, data)


def _w_para(text: str, num_id: Optional[int] = None) -> str:
    num = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>' if num_id else ""
    return f"<w:p>{num}<w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_expanding_numbering(path: Path, paragraphs: int = 2000) -> None:
    """A list whose level text repeats its number 2,000 times, numbered in upper letters from
    32,767 (`ZZZ…`, 1,261 letters): 2.5 million characters per label, on every paragraph."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {w}>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="32767"/>'
                 f'<w:numFmt w:val="upperLetter"/><w:lvlText w:val="{"%1" * 2000}"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    lines = corpus_lines("000")
    _docx_with_parts(path, "".join(_w_para(lines[i % len(lines)], num_id=1) for i in range(paragraphs)), numbering)


def docx_spanning_cells(path: Path, rows: int = 200, cells: int = 60) -> None:
    """A table of `rows` rows of `cells` cells, each spanning 63 grid columns (756,000 grid cells)."""
    def cell(n: int) -> str:
        return f'<w:tc><w:tcPr><w:gridSpan w:val="63"/></w:tcPr><w:p><w:r><w:t>{n * 7919 % 100003}</w:t></w:r></w:p></w:tc>'
    table = "".join("<w:tr>" + "".join(cell(r * cells + c) for c in range(cells)) + "</w:tr>" for r in range(rows))
    lines = corpus_lines("000")
    _docx_with_parts(path, _w_para(lines[0]) + "<w:tbl>" + table + "</w:tbl>" + _w_para(lines[1]))


def docx_lying_size(path: Path, gigabytes: float = 1.0) -> None:
    """A real DOCX whose word/document.xml inflates to `gigabytes` GB (its XML, then spaces) while
    the zip's headers declare it 50 times its compressed size: every declared figure looks sane."""
    entries = []
    for name, data in _docx_members(5):
        if name == "word/document.xml":
            deflated = _deflate_repeated(data, b" " * (16 << 20), int(gigabytes * 64))
            entries.append((name, deflated, zlib.crc32(data), 50 * len(deflated)))
        else:
            entries.append((name, _deflate(data), zlib.crc32(data), len(data)))
    path.write_bytes(_zip(entries))


def _deflate_repeated(head: bytes, chunk: bytes, times: int) -> bytes:
    """A raw deflate stream of head + chunk * times, made without deflating it all: each copy of
    the chunk is the same bytes after a full flush (no reference across it)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    one = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    return start + one * times + c.flush(zlib.Z_FINISH)


def _zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive of (name, raw deflate data, crc32, declared size) written by hand."""
    out = io.BytesIO()
    central = []
    for name, deflated, crc, size in entries:
        raw_name = name.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(deflated), size, len(raw_name), 0)
                  + raw_name + deflated)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(deflated), size,
                                   len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name)
    directory = b"".join(central)
    start = out.tell()
    out.write(directory + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory),
                                      start, 0))
    return out.getvalue()


def docx_many_paragraphs(path: Path, paragraphs: int = 120_000) -> None:
    """A notice's lines, numbered, 120,000 paragraphs (about 0.7 MB zipped): over the readers' limit."""
    lines = corpus_lines("000")
    _docx_with_parts(path, "".join(_w_para(f"{i}.{lines[i % len(lines)]}") for i in range(paragraphs)))


def pdf_flate_bomb(path: Path, gigabytes: float = 1.0) -> None:
    """A notice page whose content stream inflates to `gigabytes` GB (its text, then spaces)."""
    write_pdf(path, [notice_page()], padding=(b" " * (16 << 20), int(gigabytes * 64)))


def pdf_path_bomb(path: Path, megabytes: int = 400) -> None:
    """A notice page whose content stream then strokes `megabytes` MB of one-segment paths."""
    op = b"10 10 m 20 20 l S\n"
    write_pdf(path, [notice_page()], padding=(op * ((1 << 20) // len(op)), megabytes))


def pdf_rectangles(path: Path, count: int = 500_000) -> None:
    """A notice page that fills `count` small rectangles (8.5 MB of drawing)."""
    op = b"100 100 2 2 re f\n"
    write_pdf(path, [notice_page()], padding=(op * 10_000, count // 10_000))


def pdf_expanding_tounicode(path: Path) -> None:
    """A notice page whose font's Unicode map is a range over every 4-byte code (4 billion entries
    for a reader that writes ranges out), on a page with a ruled box (read by the table reader)."""
    write_pdf(path, [notice_page()], cmap_ranges=b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
              b"1 beginbfrange <00000000> <FFFFFFFF> <4E00> endbfrange\n",
              extra_ops=b"50 50 m 545 50 l S 50 800 m 545 800 l S 50 50 m 50 800 l S 545 50 m 545 800 l S")


def pdf_ruled_grid(path: Path, n: int = 120) -> None:
    """A page ruled into an n x n grid of cells, a character in each cell of the first column."""
    step = 480 / n
    ops = [b"0.2 w"]
    for k in range(n + 1):
        ops.append(b"50 %.2f m 530 %.2f l S" % (100 + k * step, 100 + k * step))
        ops.append(b"%.2f 100 m %.2f 580 l S" % (50 + k * step, 50 + k * step))
    lines = corpus_lines("000")
    text = [(72.0, 800.0, lines[0][:30])] + [(51.0, 100 + (n - 1 - r) * step + 0.5, "格") for r in range(n)]
    write_pdf(path, [text], extra_ops=b"\n".join(ops), size=step * 0.8)


def html_wide_table(path: Path, cells: int = 100_000) -> None:
    """A notice page with a table of one header row of `cells` cells and rows of two spanning them all."""
    lines = corpus_lines("000")
    head = "<tr>" + "<td>列</td>" * cells + "</tr>"
    rows = "".join(f'<tr><td colspan="{cells}">{ln}</td><td>x</td></tr>' for ln in lines[:20])
    path.write_text(f"<html><head><meta charset=\"utf-8\"><title>{TITLE}</title></head><body>"
                    + "".join(f"<p>{ln}</p>" for ln in lines[:10]) + f"<table>{head}{rows}</table></body></html>",
                    encoding="utf-8")


def html_many_elements(path: Path, megabytes: int = 6) -> None:
    """A notice page followed by `megabytes` MB of small elements: spans in paragraphs."""
    lines = corpus_lines("000")
    para = "<p>" + "".join(f"<span>{ch}</span>" for ch in lines[3][:40]) + "</p>\n"
    count = (megabytes << 20) // len(para.encode())
    path.write_text(f"<html><head><meta charset=\"utf-8\"><title>{TITLE}</title></head><body>"
                    + "".join(f"<p>{ln}</p>" for ln in lines) + para * count + "</body></html>", encoding="utf-8")


def _notice_text() -> str:
    return "\n".join(corpus_lines("000")) + "\n"


def text_tab_padded_row(path: Path, tabs: int = 1_000_000) -> None:
    """A notice with a TSV table, one of whose rows is padded with a million tabs."""
    table = "序号\t任务\t牵头单位\n1\t开展调研\t监督司" + "\t" * tabs + "\n2\t加大能力验证\t认监委\n"
    path.write_text(_notice_text() + table, encoding="utf-8")


def text_one_line(path: Path, megabytes: int = 10) -> None:
    """A notice's text repeated with its line breaks taken out: one line of `megabytes` MB."""
    one = "".join(corpus_lines("000"))
    path.write_text(one * ((megabytes << 20) // len(one.encode())), encoding="utf-8")


def text_outline_items(path: Path, items: int = 200_000) -> None:
    """A notice with `items` numbered items (`1.` … `200000.`) under its headings."""
    lines = corpus_lines("000")
    body = "".join(f"{i}.{lines[i % len(lines)][:30]}\n" for i in range(1, items + 1))
    path.write_text(f"{TITLE}\n一、总体要求\n{body}", encoding="utf-8")


def text_headings(path: Path, count: int = 1_000_000) -> None:
    """A million lines that are each `一、` and nothing else."""
    path.write_text(f"{TITLE}\n" + "一、\n" * count, encoding="utf-8")


def text_repeated_articles(path: Path, megabytes: int = 10) -> None:
    """A notice's text repeated whole to `megabytes` MB, every copy numbered (a crawler's loop)."""
    one = _notice_text()
    copies = (megabytes << 20) // len(one.encode())
    path.write_text("".join(f"第{i}份\n{one}" for i in range(copies)), encoding="utf-8")


def text_pinyin_brackets(path: Path, kilobytes: int = 144) -> None:
    """One line: a character, an opening bracket and then toned pinyin letters, never closed."""
    path.write_text("质(" + "zhì" * ((kilobytes << 10) // 4) + "\n" + _notice_text(), encoding="utf-8")


def text_cell_lines(path: Path, megabytes: int = 4) -> None:
    """A notice followed by megabytes of TAB-led cell lines with no blank line between them: one 'row'."""
    cell = "\t牵头单位\n"
    path.write_text(_notice_text() + cell * ((megabytes << 20) // len(cell.encode())), encoding="utf-8")


HOSTILE = {
    "numbering.docx": docx_expanding_numbering, "grid_span.docx": docx_spanning_cells,
    "lying_size.docx": docx_lying_size, "paragraphs.docx": docx_many_paragraphs,
    "flate_bomb.pdf": pdf_flate_bomb, "path_bomb.pdf": pdf_path_bomb, "rectangles.pdf": pdf_rectangles,
    "tounicode.pdf": pdf_expanding_tounicode, "grid.pdf": pdf_ruled_grid,
    "wide_table.html": html_wide_table, "elements.html": html_many_elements,
    "tab_row.txt": text_tab_padded_row, "one_line.txt": text_one_line, "outline.txt": text_outline_items,
    "headings.txt": text_headings, "repeats.txt": text_repeated_articles, "pinyin.txt": text_pinyin_brackets,
    "cells.txt": text_cell_lines,
}


def oversize_file(path: Path) -> None:
    """A notice followed by zeros to 1 MB past the readers' size limit; sparse, so it takes no disk space."""
    from extractor.ingest import MAX_BYTES
    path.write_bytes(next(CORPUS.glob("000_*.txt")).read_bytes())
    os.truncate(path, MAX_BYTES + (1 << 20))


def main() -> None:
    BAD.mkdir(parents=True, exist_ok=True)
    GOOD.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        notice_docx(tmp_path / "notice.docx")
        pdf = soffice_pdf(tmp_path / "notice.docx", tmp_path)
        shutil.copy(pdf, GOOD / "notice.pdf")
        subprocess.run(["qpdf", "--encrypt", "u", "o", "256", "--", str(pdf), str(BAD / "encrypted.pdf")], check=True)
    data = (GOOD / "notice.pdf").read_bytes()
    (BAD / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (BAD / "empty.txt").write_bytes(b"")
    rng = random.Random(20240501)
    (BAD / "random.pdf").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (BAD / "png.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(512)))
    write_pdf(BAD / "scanned.pdf", [[], []], image_only=True)
    docx_with_document_xml(BAD / "xxe.docx", XXE, "&xxe;")
    docx_with_document_xml(BAD / "billion_laughs.docx", LAUGHS, "&lol9;")
    text_fixtures()

    lines = corpus_lines("000")
    write_pdf(GOOD / "fakebold.pdf", [trap_lines(["一、总体要求", lines[5][:30]])], fake_bold=True)
    write_pdf(GOOD / "kangxi.pdf", [trap_lines(["\u2f45案实施\u2f2f作", "加强\u2f08员培训"])])
    write_pdf(GOOD / "cid.pdf", [trap_lines(["一、总体要求", "二、组织领导"]), trap_lines(["三、工作措施"])],
              unmapped_pages=frozenset({1}))
    # a line ending in a hyphen, which pdfium reports as code 2 (blind21 ce_07's PDF export: `E-` / `mail`)
    write_pdf(GOOD / "line_end_hyphen.pdf", [trap_lines(["联系电话:020-84115101;E-", "mail:stszhuh@mail.sysu.edu.cn"])])
    write_pdf(BAD / "unmapped_font.pdf", [trap_lines(["一、总体要求", "二、组织领导"])], unmapped_pages=frozenset({0}))
    malformed_xref_pdf(BAD / "malformed_xref.pdf")
    lying_charset_html(BAD / "lying_charset.html")
    pdf_member_docx(BAD / "pdf_member.docx")
    alt_chunk_docx(BAD / "alt_chunk.docx")
    alt_chunk_docx(BAD / "alt_chunk_mht.docx", mht=True)
    hidden_text_pdf(BAD / "hidden_text.pdf")
    hidden_text_pdf(BAD / "hidden_text_ruled.pdf", ruled=True)
    hidden_text_pdf(BAD / "hidden_text_unmapped.pdf", unmapped=True)
    ocr_layer_pdf(GOOD / "ocr_layer.pdf")
    nested_pdf(BAD / "nested.pdf")


if __name__ == "__main__":
    main()
