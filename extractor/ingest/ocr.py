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
SPACE_SHIFT = 0.15      # ideographs further apart than the line's pitch by this share of it are a space apart
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
        _ink_middles(image, box, scale)
        boxes.append(box)
    confidence = statistics.fmean(b["score"] for b in boxes) if boxes else 0.0
    pitch = _pitch([box["chars"] for box in boxes])
    return OcrPage([_line(row, pitch) for row in _rows(boxes)], confidence)


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


def _ink_middles(image, box: dict, scale: float) -> None:
    """Each character's `ink`: the middle of its ink in the image, in the box's units. The recogniser
    places a character only to a column of its feature map, a sixth of the line's height apart, as
    coarse as the quarter of a character a space adds (`郭正大 县`); the ink places it to a pixel.
    Two characters' ink parts at the widest blank run of columns in the middle half between their
    recogniser centres (the blank inside a character, as between 木 and 寸 in 村, lies further out)."""
    import cv2
    import numpy as np
    chars = box["chars"]
    top, bottom = max(int(box["top"] * scale), 0), int(box["bottom"] * scale) + 1
    left, right = max(int(box["x0"] * scale), 0), int(box["x1"] * scale) + 1
    strip = image[top:bottom, left:right]
    if strip.size == 0:
        return
    grey = cv2.cvtColor(np.ascontiguousarray(strip), cv2.COLOR_BGR2GRAY)
    threshold, _ = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = (grey < threshold).any(axis=0)
    centres = [((c["x0"] + c["x1"]) / 2) * scale - left for c in chars]
    cuts = [0]
    for a, b in zip(centres, centres[1:]):
        lo, hi = max(int(a + (b - a) / 4), 0), int(b - (b - a) / 4) + 1
        blank = np.flatnonzero(np.diff(np.concatenate(([0], ~ink[lo:hi], [0])).astype(np.int8)))
        runs = list(zip(blank[::2], blank[1::2]))
        start, end = max(runs, key=lambda r: r[1] - r[0]) if runs else ((hi - lo) // 2, (hi - lo) // 2)
        cuts.append(lo + (start + end) // 2)
    cuts.append(len(ink))
    for c, a, b in zip(chars, cuts, cuts[1:]):
        cols = np.flatnonzero(ink[a:b])
        c["ink"] = (left + a + (cols[0] + cols[-1]) / 2) / scale if len(cols) else (c["x0"] + c["x1"]) / 2


def _pitch(runs: list[list[dict]]) -> float:
    """The median distance between the ink of two adjacent ideographs in the runs of characters."""
    steps = [b["ink"] - a["ink"] for chars in runs for a, b in zip(chars, chars[1:])
             if "ink" in a and "ink" in b and _IDEOGRAPH.match(a["text"]) and _IDEOGRAPH.match(b["text"])]
    return statistics.median(steps) if steps else 0.0


def _spaced(chars: list[dict], k: int, pitch: float) -> bool:
    """True when characters k and k+1, ideographs, are set SPACE_SHIFT of the pitch further apart than
    it: the step shows also from the characters on either side (k-1 to k+1, k to k+2), so one
    character the ink misplaces (its neighbours nearer on one side, further on the other) makes none."""
    def ideographs(*ks):
        return all(0 <= j < len(chars) and "ink" in chars[j] and _IDEOGRAPH.match(chars[j]["text"]) for j in ks)
    if not pitch or not ideographs(k, k + 1):
        return False
    shifts = [chars[k + 1]["ink"] - chars[k]["ink"] - pitch]
    if ideographs(k - 1):
        shifts.append(chars[k + 1]["ink"] - chars[k - 1]["ink"] - 2 * pitch)
    if ideographs(k + 2):
        shifts.append(chars[k + 2]["ink"] - chars[k]["ink"] - 2 * pitch)
    return min(shifts) > SPACE_SHIFT * pitch


def _line(row: list[dict], page_pitch: float = 0.0) -> dict:
    """A line in the PDF reader's shape. A space goes where the recogniser read one, and between
    two ideographs whose ink is further apart than the line's pitch (the page's, for a line of
    fewer than four ideographs) by SPACE_SHIFT of it (`郭正大 县农业农村局`), so the letter
    spacing of a justified line makes none."""
    chars = [c for box in row for c in box["chars"] if not c["text"].isspace()] or row[0]["chars"]
    pitch = _pitch([chars]) if sum(bool(_IDEOGRAPH.match(c["text"])) for c in chars) >= 4 else page_pitch
    text = chars[0]["text"]
    for k, ch in enumerate(chars[1:]):
        text += (" " if ch.get("space_before") or _spaced(chars, k, pitch) else "") + ch["text"]
    text = _YEAR_BRACKETS.sub(r"〔\1〕", text)
    number = _PAGE_NUMBER.match(text)
    if number:
        text = f"— {number.group(1)} —"
    return {"text": text, "x0": chars[0]["x0"], "x1": max(c["x1"] for c in chars), "top": min(b["top"] for b in row),
            "chars": chars, "score": statistics.fmean(b["score"] for b in row)}


def report(progress_total: int, done: int) -> None:
    if OPTIONS.progress is not None:
        OPTIONS.progress(done, progress_total)


def summary(confidences: dict[int, float]) -> str:
    """The plan's warning on what was read by OCR: `pages 1-8 read by OCR (confidence: mean 0.97, lowest 0.93 on page 5)`."""
    pages = sorted(confidences)
    low = min(pages, key=lambda p: confidences[p])
    mean = statistics.fmean(confidences.values())
    return (f"pages {page_ranges(pages)} read by OCR (confidence: mean {mean:.2f}, "
            f"lowest {confidences[low]:.2f} on page {low})")


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
