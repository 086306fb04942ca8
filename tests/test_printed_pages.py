"""A web page printed to PDF from a browser (what an office saves from an issuer's site), and a document
exported to PDF by LibreOffice: the PDF's plan is its source's. Chromium draws its text with fonts whose
flat glyphs (一) have boxes a point high, in the middle of the line, and maps 民 to the radical ⺠; it
draws each cell border as a thin rectangle, and a row the page break cuts has no rule under its first
part: the PDF reader closes the row and joins it with its rest on the next page."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_layouts import outline

from extractor import parse

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures" / "html").glob("00[0-2]_*.html"))
TABLE_PAGES = [ROOT / "fixtures" / "html" / f"{stem}.html" for stem in ("001_1c57926179cc4038", "003_beabee60d13bb183")]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SOFFICE = shutil.which("soffice")


def printed(page: Path, tmp_path: Path, header_footer: bool = False) -> Path:
    """The page printed by Chromium; `header_footer` as Ctrl-P prints it by default: the date and the
    page's title over each page, its address and `1/5` under it."""
    pdf = tmp_path / f"{page.stem}.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    *([] if header_footer else ["--no-pdf-header-footer"]),
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return pdf


def plan_fields(plan) -> dict:
    """What a plan says about work: tasks with their units and deadline, deadlines, targets, people,
    organisations and responsibilities."""
    return {
        "tasks": [(t.text, [(u.org, u.role) for u in t.units], t.deadline and t.deadline.date) for t in plan.tasks],
        "deadlines": sorted((d.date, d.text) for d in plan.deadlines),
        "targets": sorted((t.metric or "", t.subject or "", t.text) for t in plan.targets),
        "people": sorted(p.name for p in plan.people),
        "organizations": sorted(o.name for o in plan.organizations),
        "responsibilities": sorted((r.org, r.duty, r.role, r.deadline or "") for r in plan.responsibilities),
    }


def table_rows(plan) -> list[list[str]]:
    """The rows of the plan's tables of four or more columns (not a site's search box or comment form),
    their cells without spaces, as its text has them."""
    rows = [line.split("\t") for line in plan.text.split("\n")]
    return [[re.sub(r"\s", "", cell) for cell in row] for row in rows if len(row) >= 4]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (CI installs it)")
@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_printed_to_pdf_gives_the_pages_plan(page, tmp_path):
    pdf = printed(page, tmp_path)
    printed_plan, html = parse(pdf), parse(page)
    assert not [w for w in printed_plan.source.warnings if "viewer does not show" in w]
    assert printed_plan.meta.model_dump(include={"title", "doc_number", "issuer", "date", "recipients", "letterhead"}) == \
        html.meta.model_dump(include={"title", "doc_number", "issuer", "date", "recipients", "letterhead"})
    assert outline(printed_plan) == outline(html)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (CI installs it)")
@pytest.mark.parametrize("header_footer", [False, True], ids=["bare", "header_footer"])
def test_a_printed_table_cut_by_page_breaks_reads_as_the_pages_table(tmp_path, header_footer):
    """001: a table of 17 rows over two pages without a repeated header, under the page's own text,
    and the site's links and footer after it; 003: a table of 20 tasks over four pages whose rows
    the breaks cut (the header repeated on each page), with no signature before the site's frame;
    each printed bare and with the browser's running header and footer between the table's parts.
    The plans are the page's, but for 003's 牵头单位 column, printed one character wide: there
    `科技司<br>执法司` and a wrapped `科技司执法司` are the same stack of characters, which no
    reader can tell apart."""
    plans = {page.stem: (parse(printed(page, tmp_path, header_footer)), parse(page)) for page in TABLE_PAGES}
    pdf, html = plans["001_1c57926179cc4038"]
    assert plan_fields(pdf) == plan_fields(html)
    assert table_rows(pdf) == table_rows(html)
    pdf, html = plans["003_beabee60d13bb183"]
    assert table_rows(pdf) == table_rows(html) and len(table_rows(pdf)) == 21
    assert [(t.text, t.deadline and t.deadline.date) for t in pdf.tasks] == \
        [(t.text, t.deadline and t.deadline.date) for t in html.tasks]
    assert plan_fields(pdf)["deadlines"] == plan_fields(html)["deadlines"]
    assert "县政府" not in plan_fields(pdf)["organizations"]   # (the site's links and footer)


@pytest.mark.parametrize("stem", ["001_1c57926179cc4038", "003_beabee60d13bb183"])
def test_a_documents_pdf_export_gives_the_documents_plan(stem):
    """The LibreOffice export of a DOCX with task tables (003's 4-character columns wrap `2010-2012`
    at its hyphen and inside the number) reads as the DOCX."""
    pdf, docx = parse(ROOT / "fixtures" / "pdf" / f"{stem}.pdf"), parse(ROOT / "fixtures" / "docx" / f"{stem}.docx")
    assert plan_fields(pdf) == plan_fields(docx)
    assert table_rows(pdf) == table_rows(docx)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed (CI installs it)")
def test_a_doc_exported_to_pdf_keeps_its_title_apart_from_its_addressees(tmp_path):
    """cn_01 (济宁市人民政府, a real DOC): its 22 pt title reaches the right margin; the 16 pt line of
    addressees under it is not its continuation."""
    doc = ROOT / "corpus" / "blind_tw_hk" / "docs" / "cn_01.doc"
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(doc)],
                   check=True, capture_output=True, timeout=180)
    pdf, source = parse(tmp_path / "cn_01.pdf"), parse(doc)
    assert pdf.meta.recipients == source.meta.recipients and len(source.meta.recipients) == 8
    assert plan_fields(pdf) == plan_fields(source)
