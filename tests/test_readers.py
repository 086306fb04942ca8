"""The files an office receives besides DOCX, PDF and web pages: Word 97-2003 and WPS files
(through LibreOffice), scanned PDFs and photos (OCR), OFD.

Real inputs: he_01.doc and he_02.doc (a WPS fast-saved file) as their issuers published them,
he_05.pdf (a CamScanner scan whose only text layer is its `扫描全能王 创建` stamp), the fixture
notices as .doc/.rtf (LibreOffice's export of the DOCX fixtures) and as image-only scans
(pdftoppm + img2pdf of the PDF fixtures, made by scripts/make_fixtures.py). OCR is slow
(seconds per page): each test reads one or two pages.
"""
from __future__ import annotations

import functools
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from extractor import parse
from extractor.errors import NoticeError
from extractor.ingest import ocr, office, read_bytes, read_file
from extractor.ingest.detect import detect_format

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "corpus" / "dev" / "docs"
FIXTURE = "000_8aa947a709213af4"
NOTICES = [sys.executable, "-m", "extractor.cli"]
needs_soffice = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")
needs_scan_tools = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("img2pdf")),
                                      reason="poppler-utils and img2pdf not installed")


def export(src: Path, fmt: str, out_dir: Path) -> Path:
    """LibreOffice's export of a file to `fmt` (docx, doc, rtf), as an office would save it."""
    subprocess.run([office.soffice(), "--headless", f"-env:UserInstallation={(out_dir / 'profile').as_uri()}",
                    "--convert-to", fmt, "--outdir", str(out_dir), str(src)], check=True, capture_output=True,
                   timeout=300)
    return out_dir / f"{src.stem}.{fmt}"


def flat(sections) -> list[tuple[int, str]]:
    return [item for s in sections for item in [(s.level, s.heading), *flat(s.children)]]


def same_plan(a, b) -> None:
    """Two plans equal in everything but where they came from."""
    assert a.model_dump(exclude={"source"}) == b.model_dump(exclude={"source"})


@functools.cache
def _generator():
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


# --- DOC, WPS, RTF ---------------------------------------------------------------------------

@needs_soffice
@pytest.mark.parametrize("stem", ["he_01", "he_02"])
def test_doc_reads_as_its_docx_export(stem, tmp_path):
    """The plan of a published .doc (he_02 is WPS fast-saved) is the plan of its DOCX export:
    numbering (一、 （一）) and the annexes' tables survive the conversion."""
    doc = parse(DEV / f"{stem}.doc")
    assert doc.source.format == "doc"
    same_plan(doc, parse(export(DEV / f"{stem}.doc", "docx", tmp_path)))
    assert doc.meta.doc_number in ("浙银保监发〔2020〕172号", "浙银监办发〔2018〕108号")
    assert doc.sections[0].marker == "一、"


@needs_soffice
def test_he_01_keeps_its_outline_and_deadlines():
    plan = parse(DEV / "he_01.doc")
    headings = [c.heading for s in plan.sections for c in [s, *s.children]]
    assert "坚持问题导向" in headings and "落实指导目录并动态调整" in headings
    assert {d.date for d in plan.deadlines} >= {"2020-09-10", "2020-12-15"}


@needs_soffice
def test_generated_doc_reads_as_the_docx(tmp_path):
    """The DOCX fixture saved as Word 97-2003: same meta and outline as the DOCX. (The markers are
    not compared: LibreOffice's .doc export restarts the 一、 list after a 附件 line, and shows it
    so itself.)"""
    docx = ROOT / "fixtures" / "docx" / f"{FIXTURE}.docx"
    legacy = parse(export(docx, "doc", tmp_path))
    assert legacy.source.format == "doc"
    want = parse(docx)
    assert legacy.meta == want.meta
    assert flat(legacy.sections) == flat(want.sections)


@needs_soffice
def test_generated_rtf_reads_as_the_docx(tmp_path):
    """The DOCX fixture saved as RTF: same meta, every heading in the text. (LibreOffice's RTF
    export writes the list text `一、` as `一?`, so the outline is not compared.)"""
    docx = ROOT / "fixtures" / "docx" / f"{FIXTURE}.docx"
    rtf = parse(export(docx, "rtf", tmp_path))
    want = parse(docx)
    assert rtf.source.format == "rtf" and rtf.meta == want.meta
    assert all(heading in rtf.text for _, heading in flat(want.sections))


def test_doc_that_is_really_html_or_text_is_read_as_such():
    html = "<html><head><meta charset='utf-8'></head><body><p>关于做好春耕生产工作的通知</p>" \
           "<p>各乡镇人民政府：</p><p>现将有关事项通知如下。</p></body></html>"
    assert read_bytes(html.encode("utf-8"), "notice.doc").format == "html"
    assert read_bytes("关于做好春耕生产工作的通知\n各乡镇：\n现将有关事项通知如下。\n".encode("gb18030"),
                      "notice.doc").format == "text"


def test_without_libreoffice_one_line_says_how_to_install(monkeypatch):
    monkeypatch.setattr(office, "soffice", lambda: None)
    with pytest.raises(NoticeError) as e:
        read_file(DEV / "he_02.doc")
    assert "apt-get install libreoffice-writer-nogui" in str(e.value) and "\n" not in str(e.value)


@needs_soffice
def test_the_first_conversion_on_a_machine_sets_up_a_profile_and_converts(monkeypatch, tmp_path):
    """With no profile template yet (a fresh home), soffice.bin makes a profile and exits 81
    asking to be restarted: the conversion is run again, and the profile kept as the template."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    docx = office.convert_to_docx((DEV / "he_02.doc").read_bytes(), ".doc")
    assert docx[:2] == b"PK" and (tmp_path / "notices" / "lo-profile").is_dir()


@needs_soffice
def test_a_stuck_conversion_is_killed_with_its_process_group(monkeypatch):
    started = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self.pid)
    monkeypatch.setattr(office.subprocess, "Popen", Recorded)
    monkeypatch.setattr(office, "TIMEOUT", 0.5)
    with pytest.raises(NoticeError) as e:
        office.convert_to_docx((DEV / "he_02.doc").read_bytes(), ".doc")
    assert e.value.kind == "too_large" and len(started) == 1
    with pytest.raises(ProcessLookupError):  # no process of its group is left
        os.killpg(started[0], 0)


def test_ole_files_are_told_apart():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64
    assert detect_format((DEV / "he_01.doc").read_bytes()) == "doc"
    assert detect_format(ole + "Workbook".encode("utf-16-le")).startswith("Excel")
    assert detect_format(b"{\\rtf1\\ansi hello}") == "rtf"


# --- OFD -------------------------------------------------------------------------------------

def test_ofd_reads_pages_in_order_with_template_text():
    """A minimal OFD as GB/T 33190 writes it: the 版头 in a template page, the body in the page's
    layer (glyph advances as DeltaX with the `g N d` shorthand), two pages."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'

    def page(objects: str, template: str = "") -> str:
        return f"<ofd:Page {ns}>{template}<ofd:Content><ofd:Layer ID='1'>{objects}</ofd:Layer></ofd:Content></ofd:Page>"

    def text(y: float, s: str, x: float = 28, size: float = 5.6) -> str:
        return (f"<ofd:TextObject ID='9' Boundary='{x} {y} 160 8' Size='{size}'><ofd:TextCode X='0' Y='{size}' "
                f"DeltaX='g {len(s) - 1} {size}'>{s}</ofd:TextCode></ofd:TextObject>")
    files = {
        "OFD.xml": f"<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f"<ofd:Document {ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
                              "</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID='5' BaseLoc='Tpl/T.xml'/>"
                              "</ofd:CommonData><ofd:Pages><ofd:Page ID='2' BaseLoc='Pages/P0/Content.xml'/>"
                              "<ofd:Page ID='3' BaseLoc='Pages/P1/Content.xml'/></ofd:Pages></ofd:Document>",
        "Doc_0/Tpl/T.xml": page(text(30, "某某县人民政府文件", x=60, size=12)),
        "Doc_0/Pages/P0/Content.xml": page(text(60, "关于做好春耕生产工作的通知", x=50, size=7.7)
                                           + text(80, "各乡镇人民政府："), "<ofd:Template TemplateID='5'/>"),
        "Doc_0/Pages/P1/Content.xml": page(text(40, "一、提高认识") + text(50, "二、抓好落实")),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, xml in files.items():
            z.writestr(name, xml)
    raw = read_bytes(buf.getvalue(), "x.ofd")
    assert raw.format == "ofd" and raw.pages == 2
    assert [(b.page, b.text) for b in raw.blocks] == [
        (1, "某某县人民政府文件"), (1, "关于做好春耕生产工作的通知"), (1, "各乡镇人民政府："),
        (2, "一、提高认识"), (2, "二、抓好落实")]


def test_damaged_ofd_is_one_line():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>")
    with pytest.raises(NoticeError) as e:
        read_bytes(buf.getvalue(), "x.ofd")
    assert e.value.kind == "corrupt" and "OFD" in str(e.value)


# --- OCR -------------------------------------------------------------------------------------

@pytest.fixture
def ocr_options():
    saved = ocr.OPTIONS
    yield
    ocr.OPTIONS = saved


@needs_scan_tools
def test_scanned_pdf_reads_like_its_text_pdf(tmp_path, ocr_options):
    """The first two pages of a fixture notice as a scan (grey JPEG at 100 dpi, no text layer):
    OCR gives the text PDF's title, number, addressees and first headings, page by page."""
    scan = tmp_path / "scan.pdf"
    _generator().make_scan(ROOT / "fixtures" / "pdf" / f"{FIXTURE}.pdf", scan, last_page=2)
    plan = parse(scan)
    text_pdf = parse(ROOT / "fixtures" / "pdf" / f"{FIXTURE}.pdf")
    for field in ("title", "doc_number", "recipients"):
        assert getattr(plan.meta, field) == getattr(text_pdf.meta, field)
    headings = [(s.level, s.heading) for part in plan.parts for s in part.sections]
    want = [(s.level, s.heading) for part in text_pdf.parts for s in part.sections]
    assert headings and headings == want[:len(headings)]
    assert plan.source.warnings[0].startswith("pages 1-2 read by OCR (confidence: mean 0.9")
    assert {d.span.page for d in plan.deadlines} <= {1, 2}


def _ocr_crop(pdf: Path, page: int, top: float, bottom: float) -> list[str]:
    """The OCR'd lines of a band of a PDF page (from `top` to `bottom` points), rendered as the reader renders it."""
    import pypdfium2
    scale = ocr.RENDER_DPI / 72
    image = pypdfium2.PdfDocument(str(pdf))[page - 1].render(scale=scale).to_numpy()[:, :, :3]
    return [ln["text"] for ln in ocr.ocr_image(image[int(top * scale):int(bottom * scale)], scale).lines]


@needs_scan_tools
def test_ocr_sets_a_space_where_the_print_has_one(tmp_path):
    """000's member list as a scan: each name is set a quarter of a character before its unit
    (`郭正大 县农业农村局局长`, the text PDF's space), which the recogniser's character boxes are too
    coarse to see and the ink shows. he_05, a real scan (CamScanner) in another face: its justified
    lines get no space, its stamp one."""
    scan = tmp_path / "scan.pdf"
    _generator().make_scan(ROOT / "fixtures" / "pdf" / f"{FIXTURE}.pdf", scan, last_page=3)
    import pdfplumber
    with pdfplumber.open(ROOT / "fixtures" / "pdf" / f"{FIXTURE}.pdf") as pdf:
        printed = [ln["text"] for ln in pdf.pages[2].extract_text_lines() if 130 <= ln["top"] <= 290]
    assert printed[0] == "郭正大 县农业农村局局长" and len(printed) == 6
    assert _ocr_crop(scan, 3, 128, 300) == printed
    real = _ocr_crop(DEV / "he_05.pdf", 2, 0, 842)
    assert [ln for ln in real if re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", ln)] == ["扫描全能王 创建"]
    assert len(real) > 20


@needs_scan_tools
def test_scanned_ruled_table_reads_as_the_text_pdfs_table(tmp_path):
    """003's first page as a scan: its task table (ruled, 7 columns, cells of up to 10 wrapped lines)
    is found from the rules on the image and comes as the text PDF's table block, row by row and cell
    by cell (spaces aside: the normaliser drops those between CJK characters), its text out of the
    lines. A page of prose (000's first) holds no table."""
    import pdfplumber
    import pypdfium2

    from extractor.ingest.pdf import _page_content
    stem = "003_beabee60d13bb183"
    scan = tmp_path / "scan.pdf"
    _generator().make_scan(ROOT / "fixtures" / "pdf" / f"{stem}.pdf", scan, last_page=1)
    page = read_file(scan)[1]
    tables = [b for b in page.blocks if b.kind == "table"]
    with pdfplumber.open(ROOT / "fixtures" / "pdf" / f"{stem}.pdf") as pdf:
        _, [(_, printed)] = _page_content(pdf.pages[0], [])
    assert len(tables) == 1 and tables[0].page == 1 and len(printed.rows) == 5
    read = [["".join(c.split()) for c in row] for row in tables[0].rows]
    want = [["".join(c.split()) for c in row] for row in printed.rows]
    assert [[row[k] for k in (0, 1, 4, 6)] for row in read] == [[row[k] for k in (0, 1, 4, 6)] for row in want]
    for row, printed_row in zip(read, want):  # the long cells as printed but for a mark misread (`：` for `；`) or lost
        assert len(row) == 7 and all(SequenceMatcher(None, a, b).ratio() > 0.95 for a, b in zip(row, printed_row))
    assert not any("开展检验机构委托检验" in b.text for b in page.blocks if b.kind == "para")
    prose = tmp_path / "prose.pdf"
    _generator().make_scan(ROOT / "fixtures" / "pdf" / f"{FIXTURE}.pdf", prose, last_page=1)
    scale = ocr.RENDER_DPI / 72
    assert ocr.ruled_grids(pypdfium2.PdfDocument(str(prose))[0].render(scale=scale).to_numpy()[:, :, :3], scale) == []


@needs_scan_tools
def test_upside_down_scan_is_turned_and_read_in_order(tmp_path):
    """A band of 000's page 3 as a scan, and the same band turned half a turn (a sheet fed upside
    down): read without the angle classifier the turned band gives nothing, so it is turned back and
    read again, giving the upright band's lines in their order."""
    import numpy as np
    import pypdfium2
    scan = tmp_path / "scan.pdf"
    _generator().make_scan(ROOT / "fixtures" / "pdf" / f"{FIXTURE}.pdf", scan, last_page=3)
    scale = ocr.RENDER_DPI / 72
    band = pypdfium2.PdfDocument(str(scan))[2].render(scale=scale).to_numpy()[int(440 * scale):int(530 * scale), :, :3]
    upright = [ln["text"] for ln in ocr.ocr_image(band, scale).lines]
    assert len(upright) == 3 and upright[1].startswith("检验检测废弃物处置事宜；县财政局负责协调")
    assert [ln["text"] for ln in ocr.ocr_image(np.ascontiguousarray(band[::-1, ::-1]), scale).lines] == upright


def test_scan_with_only_a_stamp_is_ocrd_without_the_stamp(ocr_options):
    """he_05's first page: the text layer is CamScanner's `扫描全能王 创建` alone; the page is read
    from its image, and the stamp, which OCR also sees, is left out."""
    ocr.OPTIONS = ocr.OcrOptions(max_pages=1)
    plan = parse(DEV / "he_05.pdf")
    assert plan.meta.title == "农业农村部办公厅关于加力推进农机购置与应用补贴“优机优补”“有进有出”的意见"
    assert "扫描全能王" not in plan.text
    assert plan.source.warnings[0].startswith("pages 1 read by OCR")
    assert "pages 2-8 not read: over the OCR limit of 1 pages" in plan.source.warnings
    assert plan.sections[0].heading == "总体要求" and plan.sections[0].span.page == 1


def test_ocr_never_on_a_scan_is_an_error_not_an_empty_plan():
    out = subprocess.run([*NOTICES, "parse", str(DEV / "he_05.pdf"), "--ocr", "never"], capture_output=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 2 and out.stdout == b""
    assert out.stderr.decode().count("\n") == 1 and "OCR is off (--ocr never)" in out.stderr.decode()


@needs_scan_tools
def test_photo_is_ocrd_with_progress_on_stderr(tmp_path):
    """A PNG of a notice's first page through the CLI: a plan from OCR, progress on stderr."""
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-l", "1", "-singlefile",
                    str(ROOT / "fixtures" / "pdf" / f"{FIXTURE}.pdf"), str(tmp_path / "page")], check=True)
    out = subprocess.run([*NOTICES, "parse", str(tmp_path / "page.png"), "--format", "json"], capture_output=True,
                         cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr
    assert b"OCR page 1/1" in out.stderr
    import json
    plan = json.loads(out.stdout)
    assert plan["source"]["format"] == "image"
    assert plan["meta"]["doc_number"] == "山政办发〔2023〕8号"


def test_image_without_text_is_exit_2(tmp_path):
    import cv2
    import numpy as np
    ok, png = cv2.imencode(".png", np.full((200, 300, 3), 255, dtype=np.uint8))
    (tmp_path / "blank.png").write_bytes(png.tobytes())
    out = subprocess.run([*NOTICES, "parse", str(tmp_path / "blank.png")], capture_output=True, cwd=ROOT,
                         timeout=300)
    assert out.returncode == 2 and b"no text found" in out.stderr


# --- indexing and the API --------------------------------------------------------------------

def test_walker_takes_the_new_formats_by_name_and_by_content(tmp_path):
    from extractor.store.indexer import find_files
    (tmp_path / "a.ofd").write_bytes((ROOT / "fixtures" / "ofd" / f"{FIXTURE}.ofd").read_bytes())
    (tmp_path / "b.doc").write_bytes((DEV / "he_02.doc").read_bytes())
    (tmp_path / "c.bin").write_bytes((DEV / "he_01.doc").read_bytes())      # a .doc saved without its extension
    (tmp_path / "scan.tif").write_bytes(b"II*\x00")
    (tmp_path / "data.json").write_text("{}")
    assert [p.name for p in find_files([tmp_path])] == ["a.ofd", "b.doc", "c.bin", "scan.tif"]


@needs_soffice
def test_api_takes_doc_and_ofd(tmp_path):
    from fastapi.testclient import TestClient

    from api.app import create_app
    with TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'n.db'}", index_roots=[])) as client:
        for path in (DEV / "he_02.doc", ROOT / "fixtures" / "ofd" / f"{FIXTURE}.ofd"):
            with path.open("rb") as f:
                answer = client.post("/v1/notices", files={"file": (path.name, f)})
            assert answer.status_code == 201, answer.text
            assert answer.json()["plan"]["source"]["format"] == path.suffix[1:]
