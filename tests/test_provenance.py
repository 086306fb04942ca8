"""Every item carries where it stands in the source: page and paragraph, and on layout formats (PDF, OFD,
scans) the box around its lines, so a checker can highlight it on the page."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from extractor import parse

ROOT = Path(__file__).resolve().parent.parent
PDFS = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf"))
TOLERANCE = 1.5  # points around a box, for glyphs whose ink overhangs their advance


def _squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_the_box_of_each_deadline_holds_its_words_on_the_page(path):
    """Cut each deadline's box out of its page (pdfplumber's crop, independent of the reader): its words are there."""
    plan = parse(path)
    assert plan.deadlines
    with pdfplumber.open(path) as pdf:
        for d in plan.deadlines:
            x0, top, x1, bottom = d.span.box
            page = pdf.pages[d.span.page - 1]
            assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
            crop = page.crop((x0 - TOLERANCE, top - TOLERANCE, x1 + TOLERANCE, bottom + TOLERANCE))
            assert _in_order(_squeezed(d.text), _squeezed(crop.extract_text())), (d.text, d.span)


def _in_order(words: str, text: str) -> bool:
    """The characters of `words` in `text` in their order (a table cell wraps its words over lines)."""
    rest = iter(text)
    return all(ch in rest for ch in words)


def test_formats_without_layout_have_no_box():
    plan = parse(ROOT / "corpus" / f"{PDFS[0].stem}.txt")
    assert plan.tasks and all(t.span.box is None for t in plan.tasks)
    assert all(s.span.box is None for s in plan.sections)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_a_scanned_page_gives_the_boxes_the_text_pdf_gives(tmp_path):
    """A page rendered at 144 dpi and read by OCR: each section heading's box, in pixels, is the text
    PDF's box in points times 2, give or take a few points of OCR's own box drawing."""
    source = PDFS[2]
    subprocess.run(["pdftoppm", "-r", "144", "-png", "-f", "2", "-l", "2", "-singlefile", str(source),
                    str(tmp_path / "page")], check=True)
    scanned = parse(tmp_path / "page.png")
    typed = {s.heading: s.span.box for s in parse(source).sections if s.span.page == 2}
    pairs = [(typed[s.heading], s.span.box) for s in scanned.sections if s.heading in typed]
    assert len(pairs) >= 2
    for points, pixels in pairs:
        assert all(abs(p * 2 - q) <= 12 for p, q in zip(points, pixels)), (points, pixels)
