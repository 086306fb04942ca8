"""A web page printed to PDF from a browser (what an office saves from an issuer's site): Chromium draws its
text with fonts whose flat glyphs (一) have boxes a point high, in the middle of the line, and maps 民 to the
radical ⺠. The printed PDF's frame and outline are the page's own. (Its tables are not yet read as the
page's: a cell's lines run into the next cell's.)"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_layouts import outline

from extractor import parse

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures" / "html").glob("00[0-2]_*.html"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (CI installs it)")
@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_printed_to_pdf_gives_the_pages_plan(page, tmp_path):
    pdf = tmp_path / "printed.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    printed, html = parse(pdf), parse(page)
    assert not [w for w in printed.source.warnings if "viewer does not show" in w]
    assert printed.meta.model_dump(include={"title", "doc_number", "issuer", "date", "recipients", "letterhead"}) == \
        html.meta.model_dump(include={"title", "doc_number", "issuer", "date", "recipients", "letterhead"})
    assert outline(printed) == outline(html)
