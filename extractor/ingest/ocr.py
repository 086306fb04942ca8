"""OCR of scanned pages and photos: RapidOCR (PP-OCRv4 detection and recognition, ONNX models
shipped inside the `rapidocr_onnxruntime` wheel; nothing is downloaded at run time).

A page image gives text boxes (four corners, text, confidence). Boxes whose vertical middles
fall inside each other's height make one line, ordered left to right; lines go top to bottom.
Each line is handed on in the PDF reader's line shape (text, x0, x1, top, chars), in PDF points
for a PDF page and in pixels for an image, with a character box per character (the box's width
shared evenly), so the PDF reader's paragraph rules (wrapped lines, centred titles) apply to
scans as to text PDFs, and every block keeps its page.

`OPTIONS` says when to OCR (`auto`: pages without real text; `always`; `never`), how many pages
at most, and whom to tell of the progress; the CLI sets it from --ocr, --ocr-pages.
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from ..document import RawBlock, RawDocument
from ..errors import NoticeError

INSTALL = "OCR needs the rapidocr_onnxruntime package: pip install rapidocr_onnxruntime"
RENDER_DPI = 150        # a scanned PDF page is rendered at this resolution for OCR (三号 text ~33 px high)
MIN_CONFIDENCE = 0.5    # boxes read with less confidence are dropped
SPACE_GAP = 0.25        # a gap wider than the line's usual one by this share of a character is a space
# a page number `— 2 —` as OCR reads it (the dashes often as 一 or -): written back as printed
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# the year of a document number, its brackets often misread (`〔2023]8号`): written back as 〔2023〕8号
_YEAR_BRACKETS = re.compile(r"[〔［\[【(（]\s*((?:19|20)\d{2})\s*[〕］\]】)）]\s*(?=\d{1,4}\s*号)")
_PAGE_NUMBER = re.compile(r"^[-—–一－─]{1,2}\s*(\d{1,4})\s*[-—–一－─]{1,2}$")


@dataclass
class OcrOptions:
    mode: str = "auto"                                   # auto | always | never
    max_pages: int = 50                                  # pages OCR'd per file at most; the rest are warned about
    progress: Optional[Callable[[int, int], None]] = None  # called with (pages done, pages to do)


OPTIONS = OcrOptions()
_ENGINE = None


def engine():
    """The RapidOCR engine, loaded once per process (about 2 s)."""
    global _ENGINE
    if _ENGINE is None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError:
            raise NoticeError(INSTALL, kind="unsupported") from None
        _ENGINE = RapidOCR()
    return _ENGINE


@dataclass
class OcrPage:
    lines: list[dict]
    confidence: float    # mean over the boxes kept; 0.0 when none


def ocr_image(image, scale: float = 1.0) -> OcrPage:
    """Lines of a BGR image (numpy array); coordinates divided by `scale` (pixels per unit)."""
    try:
        result, _elapsed = engine()(image, return_word_box=True)
    except Exception as e:  # onnxruntime reports an allocation refused under a memory cap as its own error
        if "bad_alloc" in str(e):
            raise MemoryError("OCR ran out of memory") from None
        raise
    boxes = []
    for corners, text, score, *word_boxes in result or []:
        if not text.strip() or score < MIN_CONFIDENCE:
            continue
        xs, ys = [p[0] / scale for p in corners], [p[1] / scale for p in corners]
        box = {"text": text, "x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys), "score": float(score)}
        box["chars"] = _char_boxes(box, word_boxes[0] if word_boxes else None, scale)
        boxes.append(box)
    confidence = statistics.fmean(b["score"] for b in boxes) if boxes else 0.0
    return OcrPage([_line(row) for row in _rows(boxes)], confidence)


def _rows(boxes: list[dict]) -> list[list[dict]]:
    """Boxes on one line: each one's vertical middle lies within the line's first box's height."""
    rows: list[list[dict]] = []
    for box in sorted(boxes, key=lambda b: (b["top"] + b["bottom"]) / 2):
        middle = (box["top"] + box["bottom"]) / 2
        if rows and rows[-1][0]["top"] <= middle <= rows[-1][0]["bottom"]:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b["x0"]) for row in rows]


def _char_boxes(box: dict, word_boxes, scale: float) -> list[dict]:
    """Each character's box: from the recogniser's per-character boxes when it gives one per
    character (CJK text), else the box's width shared evenly; `space_before` where the text
    has a space."""
    text, height = box["text"], box["bottom"] - box["top"]
    if word_boxes and len(word_boxes) == len(text):
        spans = [(min(p[0] for p in wb) / scale, max(p[0] for p in wb) / scale) for wb in word_boxes]
    else:
        width = (box["x1"] - box["x0"]) / len(text)
        spans = [(box["x0"] + k * width, box["x0"] + (k + 1) * width) for k in range(len(text))]
    chars = [{"text": ch, "x0": x0, "x1": x1, "top": box["top"], "bottom": box["bottom"],
              "size": min(x1 - x0, height) or height,
              "space_before": k > 0 and text[k - 1].isspace()} for k, (ch, (x0, x1)) in enumerate(zip(text, spans))]
    return chars


def _line(row: list[dict]) -> dict:
    """A line in the PDF reader's shape. A space goes where the recogniser read one, and between
    two ideographs further apart than the line's usual gap by SPACE_GAP of a character
    (`郭正大 县农业农村局`), so the letter spacing of a justified line makes none."""
    chars = [c for box in row for c in box["chars"] if not c["text"].isspace()] or row[0]["chars"]
    gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:])]
    usual = statistics.median(gaps) if gaps else 0.0
    width = statistics.median(c["x1"] - c["x0"] for c in chars)
    text = chars[0]["text"]
    for prev, ch, gap in zip(chars, chars[1:], gaps):
        wide = gap > usual + SPACE_GAP * width and _IDEOGRAPH.match(prev["text"]) and _IDEOGRAPH.match(ch["text"])
        text += (" " if ch.get("space_before") or wide else "") + ch["text"]
    text = _YEAR_BRACKETS.sub(r"〔\1〕", text)
    number = _PAGE_NUMBER.match(text)
    if number:
        text = f"— {number.group(1)} —"
    return {"text": text, "x0": chars[0]["x0"], "x1": max(c["x1"] for c in chars), "top": min(b["top"] for b in row),
            "chars": chars, "score": statistics.fmean(b["score"] for b in row)}


def report(progress_total: int, done: int) -> None:
    if OPTIONS.progress is not None:
        OPTIONS.progress(done, progress_total)


def summary(confidences: dict[int, float], unit: str = "page") -> str:
    """The plan's warning on what was read by OCR: `pages 1-8 read by OCR (confidence: mean 0.97, lowest 0.93 on page 5)`."""
    pages = sorted(confidences)
    low = min(pages, key=lambda p: confidences[p])
    mean = statistics.fmean(confidences.values())
    return (f"{unit}s {page_ranges(pages)} read by OCR (confidence: mean {mean:.2f}, "
            f"lowest {confidences[low]:.2f} on {unit} {low})")


def page_ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def ocr_pdf_pages(data: bytes, numbers: list[int]) -> dict[int, OcrPage]:
    """OCR of the given PDF pages (1-based), each rendered at RENDER_DPI; coordinates in points."""
    import pypdfium2
    scale = RENDER_DPI / 72
    pdf = pypdfium2.PdfDocument(data)
    out = {}
    try:
        for done, number in enumerate(numbers):
            report(len(numbers), done)
            bitmap = pdf[number - 1].render(scale=scale)
            out[number] = ocr_image(bitmap.to_numpy()[:, :, :3], scale)
            bitmap.close()
        report(len(numbers), len(numbers))
    finally:
        pdf.close()
    return out


# --- images (PNG, JPEG, TIFF) ---------------------------------------------------------------

def read_image(data: bytes) -> RawDocument:
    """A photo or scan: every frame (a TIFF may hold several pages) is OCR'd as a page."""
    if OPTIONS.mode == "never":
        raise NoticeError("an image has no text layer and OCR is off (--ocr never)", kind="no_text")
    frames = _decode(data)
    from .pdf import doc_columns, page_blocks
    todo = frames[:OPTIONS.max_pages]
    pages: list[tuple[int, OcrPage, int]] = []
    for number, frame in enumerate(todo, 1):
        report(len(todo), number - 1)
        pages.append((number, ocr_image(frame), frame.shape[1]))
    report(len(todo), len(todo))
    warnings = []
    if len(frames) > len(todo):
        warnings.append(f"pages {len(todo) + 1}-{len(frames)} not read: over the OCR limit of {len(todo)} pages")
    columns = doc_columns([(p.lines, width) for _, p, width in pages])
    blocks: list[RawBlock] = []
    for number, page, width in pages:
        if page.lines:
            blocks += page_blocks(number, page.lines, [], columns[round(width)], width)
    if not blocks:
        raise NoticeError("no text found in the image (OCR read nothing)", kind="no_text")
    confidences = {n: p.confidence for n, p, _ in pages if p.lines}
    warnings.insert(0, summary(confidences))
    return RawDocument(blocks=blocks, format="image", pages=len(frames), warnings=warnings)


def _decode(data: bytes) -> list:
    """The image's frames as BGR arrays (EXIF orientation applied, as a viewer shows a photo)."""
    import cv2
    import numpy as np
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)  # a damaged file is our one-line error
    buf = np.frombuffer(data, dtype=np.uint8)
    ok, frames = cv2.imdecodemulti(buf, cv2.IMREAD_COLOR)
    if not ok or not frames:
        raise NoticeError("damaged image: cannot be decoded", kind="corrupt")
    return list(frames)
