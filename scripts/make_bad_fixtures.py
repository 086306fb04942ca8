"""Generate the ingestion test inputs: fixtures/bad/* (files a reader must refuse or decode with
care) and fixtures/ingest/* (PDFs with the traps a PDF reader meets).

    .venv/bin/python scripts/make_bad_fixtures.py

Needs LibreOffice (`soffice`) and qpdf once, to make the PDFs; the tests only read the results.
Large inputs are made by the tests themselves in a temporary folder, with the functions here:
`zip_bomb`, `nested_html`, `oversize_file`.
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
              fake_bold: bool = False, image_only: bool = False, page_tree_depth: int = 0) -> None:
    """A minimal PDF: each page a list of (x, y, text) lines in a 12 pt CID font (Identity-H,
    every glyph 1 em wide, not embedded). Each distinct character gets a code; the ToUnicode
    map gives it back; pages in `unmapped_pages` (0-based) use the same font without that map,
    which gives `(cid:N)` glyphs. `fake_bold` draws every line twice,
    0.4 pt apart, as some producers fake bold type. `page_tree_depth` puts the page list under
    that many more /Pages nodes, each the only kid of the one above."""
    codes: dict[str, int] = {}
    for page in pages:
        for _, _, text in page:
            for ch in text:
                codes.setdefault(ch, len(codes) + 1)
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"

    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Custom def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
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
        for x, y, text in page:
            hexed = "".join(f"{codes[ch]:04X}" for ch in text).encode()
            for dx in ((0.0, 0.4) if fake_bold else (0.0,)):
                ops.append(b"BT /F1 12 Tf %.2f %.2f Td <%s> Tj ET" % (x + dx, y, hexed))
        content = add(stream(b"\n".join(ops)))
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


# --- inputs made at test time (large, or their size is the point) ----------------------------

def zip_bomb(path: Path, gigabytes: int = 2) -> None:
    """A real DOCX plus filler parts: `gigabytes` GB of zeros in a file of about as many MB.
    The 16 MB filler part is deflated once and stored many times, so the archive is written by
    hand (zipfile would deflate every part again)."""
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph(corpus_lines("000")[0])
    d.save(buf)
    src = zipfile.ZipFile(buf)
    parts = [(info.filename, src.read(info)) for info in src.infolist()]
    entries = [(name, _deflate(data), zlib.crc32(data), len(data)) for name, data in parts]
    zeros = bytes(16 << 20)
    filler = (_deflate(zeros), zlib.crc32(zeros), len(zeros))
    entries += [(f"word/media/filler{i:04d}.bin", *filler) for i in range(gigabytes * 64)]
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
    path.write_bytes(out.getvalue())


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
    write_pdf(BAD / "unmapped_font.pdf", [trap_lines(["一、总体要求", "二、组织领导"])], unmapped_pages=frozenset({0}))
    malformed_xref_pdf(BAD / "malformed_xref.pdf")
    nested_pdf(BAD / "nested.pdf")


if __name__ == "__main__":
    main()
