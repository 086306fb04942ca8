"""OCR of scanned pages and photos: RapidOCR (PP-OCRv4 detection and recognition, ONNX models
shipped inside the `rapidocr_onnxruntime` wheel; nothing is downloaded at run time).

A page image gives text boxes (four corners, text, confidence). Boxes whose vertical middles
fall inside each other's height make one line, ordered left to right; lines go top to bottom.
Each line is handed on in the PDF reader's line shape (text, x0, x1, top, chars), in PDF points
for a PDF page and in pixels for an image, with a character box per character (the box's width
shared evenly), so the PDF reader's paragraph rules (wrapped lines, centred titles) apply to
scans as to text PDFs, and every block keeps its page. A ruled table is found from its rules on
the image (`ruled_grids`) and its characters put into its cells: a table block as the PDF reader
makes one (`_table`), so the same table rules apply too. Lines are read without RapidOCR's angle
classifier, which loses upright lines; a page scanned upside down is turned and read again.

`OPTIONS` says when to OCR (`auto`: pages without real text; `always`; `never`), how many pages
at most, and whom to tell of the progress; the CLI sets it from --ocr, --ocr-pages.
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Optional

from ..document import RawBlock, RawDocument
from ..errors import NoticeError

INSTALL = "OCR needs the rapidocr_onnxruntime package: pip install rapidocr_onnxruntime"
RENDER_DPI = 150        # a scanned PDF page is rendered at this resolution for OCR (三号 text ~33 px high)
MIN_CONFIDENCE = 0.5    # boxes read with less confidence are dropped
REREAD_SCORE = 0.8      # a page read at a lower mean score is read again turned half a turn (upside down)
SPACE_SHIFT = 0.15      # ideographs further apart than the line's pitch by this share of it are a space apart
# a page number `— 2 —` as OCR reads it (the dashes often as 一 or -): written back as printed
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# the year of a document number, its brackets often misread (`〔2023]8号`): written back as 〔2023〕8号
_YEAR_BRACKETS = re.compile(r"[〔［\[【(（]\s*((?:19|20)\d{2})\s*[〕］\]】)）]\s*(?=\d{1,4}\s*号)")
_FULL_WIDTH_MARK = re.compile(r"[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff1f\u201c\u201d]")
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
    tables: list[tuple[float, RawBlock]] = field(default_factory=list)  # (top, table block) of its ruled tables


def ocr_image(image, scale: float = 1.0, page: Optional[int] = None) -> OcrPage:
    """Lines and ruled tables of a BGR image (numpy array) that is page `page`; coordinates divided
    by `scale` (pixels per unit; of the image turned upright when it was upside down). The text of a
    table's cells is kept out of the lines."""
    boxes = []
    result, image = _recognise(image)
    for corners, text, score, *word_boxes in result:
        if not text.strip() or score < MIN_CONFIDENCE:
            continue
        xs, ys = [p[0] / scale for p in corners], [p[1] / scale for p in corners]
        box = {"text": text, "x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys), "score": float(score)}
        box["chars"] = _char_boxes(box, word_boxes[0] if word_boxes else None, scale)
        _ink_middles(image, box, scale)
        boxes.append(box)
    confidence = statistics.fmean(b["score"] for b in boxes) if boxes else 0.0
    pitch = _pitch([box["chars"] for box in boxes])
    tables = []
    for grid in ruled_grids(image, scale):
        table, boxes = _table(grid, boxes, pitch, page)
        if table is not None:
            tables.append((table.box[1], table))
    return OcrPage([_line(row, pitch) for row in _rows(boxes)], confidence, tables)


def _recognise(image) -> tuple[list, object]:
    """RapidOCR's boxes (corners, text, score, character boxes) and the image they were read from,
    read without its angle classifier: the classifier turns upright lines upside down and loses them
    (000 page 3 `检验检测废弃物处置事宜；县财政局负责…`, two lines of he_05's page 3, up to three a page
    on 004). A page read poorly so (a mean score under REREAD_SCORE: scanned upside down, which gives
    no box at all) is turned half a turn and read again, and the reading with the higher mean score
    kept: the classifier would turn each line but leave them in the upside-down page's order."""
    import numpy as np

    def read(picture) -> tuple[list, float]:
        try:
            result, _elapsed = engine()(picture, return_word_box=True, use_cls=False)
        except Exception as e:  # onnxruntime reports an allocation refused under a memory cap as its own error
            if "bad_alloc" in str(e):
                raise MemoryError("OCR ran out of memory") from None
            raise
        result = result or []
        return result, statistics.fmean(box[2] for box in result) if result else 0.0
    upright, score = read(image)
    if score >= REREAD_SCORE:
        return upright, image
    turned_image = np.ascontiguousarray(image[::-1, ::-1])
    turned, turned_score = read(turned_image)
    return (turned, turned_image) if turned_score > score else (upright, image)


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


# --- ruled tables -----------------------------------------------------------------------------

RULE_SPAN_H = 1 / 25    # a horizontal rule is this share of the page's width at least (a 二号 character's stroke is less)
RULE_SPAN_V = 1 / 50    # a vertical rule this share of the page's width at least (a row of one line is taller)
RULE_GAP = 1 / 200      # a break in a rule shorter than this share of the page's width is the scan's, not the table's
FILL_SLACK = 1.1        # in pitches: a cell's widest line ending this close to its padding fills it
MIN_TABLE = 1 / 4       # a table is this share of the page's width at least


@dataclass
class Grid:
    """A ruled table's rules, in the page's units: each horizontal rule's height and the spans of x it
    is drawn over, each vertical rule's x and the spans of height."""
    ys: list[float]
    xs: list[float]
    across: list[list[tuple[float, float]]]
    down: list[list[tuple[float, float]]]
    continued: bool = False   # its last row runs on past the page's foot (the column rules end with no rule across)


def ruled_grids(image, scale: float = 1.0) -> list[Grid]:
    """The ruled tables of a page image: its ink's horizontal and vertical strokes longer than a
    character's (a morphological opening along each direction), the strokes that touch each other
    grouped; a group at least MIN_TABLE of the page wide, with two rules each way, is a table.
    Column rules running on past the last rule across (or from above the first) close a row the page
    break cut, as `pdf._closing_rules` does for a text PDF."""
    import cv2
    import numpy as np
    grey = cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_BGR2GRAY)
    _, ink = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    width = grey.shape[1]
    long_h, long_v, gap = max(int(width * RULE_SPAN_H), 8), max(int(width * RULE_SPAN_V), 4), max(int(width * RULE_GAP), 2)
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_h, 1)))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_v)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(across | down, connectivity=8)
    grids = []
    for k in range(1, count):
        x, y, w, h, _area = stats[k]
        if w < MIN_TABLE * width or h < 2 * long_v:
            continue
        mine = labels[y:y + h, x:x + w] == k
        ys = _rules(across[y:y + h, x:x + w].astype(bool) & mine, long_h, gap)
        xs = _rules((down[y:y + h, x:x + w].astype(bool) & mine).T, long_v, gap)
        if len(ys) < 2 or len(xs) < 2:
            continue
        grid = Grid([(y + at) / scale for at, _ in ys], [(x + at) / scale for at, _ in xs],
                    [[((x + a) / scale, (x + b) / scale) for a, b in spans] for _, spans in ys],
                    [[((y + a) / scale, (y + b) / scale) for a, b in spans] for _, spans in xs])
        _close_cut_rows(grid, long_v / scale)
        grids.append(grid)
    return grids


def _rules(mask, least: int, gap: int) -> list[tuple[float, list[tuple[int, int]]]]:
    """The rules along the rows of a boolean mask: (row, spans of columns), runs of rows holding `least`
    ink or more taken as one rule, breaks in a span up to `gap` long closed, spans shorter than `least` dropped."""
    import numpy as np
    rows = np.flatnonzero(mask.sum(axis=1) >= least)
    out = []
    for group in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if len(rows) else []:
        filled = mask[group[0]:group[-1] + 1].any(axis=0)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], filled, [0])).astype(np.int8)))
        spans: list[tuple[int, int]] = []
        for a, b in zip(edges[::2], edges[1::2]):
            if spans and a - spans[-1][1] <= gap:
                spans[-1] = (spans[-1][0], int(b))
            else:
                spans.append((int(a), int(b)))
        spans = [(a, b) for a, b in spans if b - a >= least]
        if spans:
            out.append((float(group.mean()), spans))
    return out


def _close_cut_rows(grid: Grid, least: float) -> None:
    """A rule across where two or more column rules run on `least` or more past the last rule across
    (the row goes on on the next page: `continued`), or from above the first (the rest of a row)."""
    ends = [max(b for _, b in spans) for spans in grid.down]
    if sum(end >= grid.ys[-1] + least for end in ends) >= 2:
        grid.ys.append(max(ends))
        grid.across.append([(grid.xs[0], grid.xs[-1])])
        grid.continued = True
    starts = [min(a for a, _ in spans) for spans in grid.down]
    if sum(start <= grid.ys[0] - least for start in starts) >= 2:
        grid.ys.insert(0, min(starts))
        grid.across.insert(0, [(grid.xs[0], grid.xs[-1])])


def _drawn(spans: list[tuple[float, float]], at: float) -> bool:
    return any(a <= at <= b for a, b in spans)


def _cells(grid: Grid) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    """Each grid square's cell (first row, first column, last row, last column): squares with no rule
    drawn between them make one merged cell."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def root(square):
        while parent.setdefault(square, square) != square:
            square = parent[square]
        return square
    rows, cols = len(grid.ys) - 1, len(grid.xs) - 1
    for i in range(rows):
        for j in range(cols):
            if j + 1 < cols and not _drawn(grid.down[j + 1], (grid.ys[i] + grid.ys[i + 1]) / 2):
                parent[root((i, j + 1))] = root((i, j))
            if i + 1 < rows and not _drawn(grid.across[i + 1], (grid.xs[j] + grid.xs[j + 1]) / 2):
                parent[root((i + 1, j))] = root((i, j))
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for i in range(rows):
        for j in range(cols):
            members.setdefault(root((i, j)), []).append((i, j))
    return {square: (min(i for i, _ in group), min(j for _, j in group), max(i for i, _ in group),
                     max(j for _, j in group)) for group in members.values() for square in group}


def _table(grid: Grid, boxes: list[dict], pitch: float, page: Optional[int]) -> tuple[Optional[RawBlock], list[dict]]:
    """The table block of a grid, as the PDF reader makes one (a row per grid row, a merged cell's text
    in its first square and the others empty, rows without text dropped), with the boxes left outside
    it. Each character goes to the cell its centre lies in; a cell's lines are joined as a PDF cell's."""
    import bisect

    from .pdf import cell_text
    cells = _cells(grid)
    pieces: dict[tuple[int, int, int, int], list[dict]] = {}
    outside = []
    for box in boxes:
        inside: dict[tuple[int, int, int, int], list[dict]] = {}
        rest = []
        for c in box["chars"]:
            x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
            i, j = bisect.bisect(grid.ys, y) - 1, bisect.bisect(grid.xs, x) - 1
            if 0 <= i < len(grid.ys) - 1 and 0 <= j < len(grid.xs) - 1:
                inside.setdefault(cells[(i, j)], []).append(c)
            else:
                rest.append(c)
        for cell, chars in inside.items():
            pieces.setdefault(cell, []).append(_piece(box, chars))
        if len(rest) == len(box["chars"]):
            outside.append(box)
        elif rest:
            outside.append(_piece(box, rest))
    if not pieces:
        return None, boxes
    rows = []
    for i in range(len(grid.ys) - 1):
        row = []
        for j in range(len(grid.xs) - 1):
            cell = cells[(i, j)]
            lines = _cell_lines(pieces.get(cell, []), pitch) if cell[:2] == (i, j) else []
            row.append(cell_text(lines, grid.xs[cell[1]], _right_edge(lines, grid.xs[cell[1]], grid.xs[cell[3] + 1], pitch)))
        if any(row):
            rows.append(row)
    box = (grid.xs[0], grid.ys[0], grid.xs[-1], grid.ys[-1])
    return RawBlock("table", rows=rows, page=page, box=box, continued=grid.continued), outside


def _cell_lines(pieces: list[dict], pitch: float) -> list[dict]:
    """A cell's lines, ideographs' boxes set around their ink. A line that runs on to the next one
    in the cell is set justified (`科  技` / `司` in a cell two characters wide): fewer than four
    ideographs get no space from the page's pitch, more are measured by their own as any line."""
    rows = _rows(pieces)
    return [_inked(_line(row, pitch if k == len(rows) - 1 else 0.0), pitch) for k, row in enumerate(rows)]


def _right_edge(lines: list[dict], x0: float, x1: float, pitch: float) -> float:
    """The cell's right edge for `pdf.cell_text`: where the padding on the left puts it when its widest
    line comes within FILL_SLACK pitches of that (the line fills the cell: a text PDF's cell rule
    allows one character's width, which the ink's place and the rule's drawn width straddle)."""
    if not lines or not pitch:
        return x1
    inner_left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    return min(x1, right + inner_left - x0) if x1 - (inner_left - x0) - right < FILL_SLACK * pitch else x1


def _inked(line: dict, pitch: float) -> dict:
    """The line with each ideograph's box a pitch wide around its ink: the recogniser's boxes stray by
    a tenth of a character either way, enough to take a line that fills its cell for one that ended
    short of the edge (the cell rule of `pdf.cell_text`)."""
    if not pitch:
        return line
    chars = [{**c, "x0": c["ink"] - pitch / 2, "x1": c["ink"] + pitch / 2, "size": pitch}
             if "ink" in c and _IDEOGRAPH.match(c["text"]) else dict(c) for c in line["chars"]]
    for k, c in enumerate(chars):  # full-width punctuation (its ink off its centre) a pitch on from the character before
        if _FULL_WIDTH_MARK.match(c["text"]):
            c["x0"] = chars[k - 1]["x1"] if k else chars[1]["x0"] - pitch if len(chars) > 1 else c["x0"]
            c["x1"], c["size"] = c["x0"] + pitch, pitch
    return {**line, "chars": chars, "x0": chars[0]["x0"], "x1": max(c["x1"] for c in chars)}


def _piece(box: dict, chars: list[dict]) -> dict:
    """The part of a box that holds `chars`."""
    return {**box, "text": "".join(c["text"] for c in chars), "chars": chars,
            "x0": min(c["x0"] for c in chars), "x1": max(c["x1"] for c in chars)}


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
            out[number] = ocr_image(bitmap.to_numpy()[:, :, :3], scale, number)
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
    from .text import append_page
    todo = frames[:OPTIONS.max_pages]
    pages: list[tuple[int, OcrPage, int]] = []
    for number, frame in enumerate(todo, 1):
        report(len(todo), number - 1)
        pages.append((number, ocr_image(frame, page=number), frame.shape[1]))
    report(len(todo), len(todo))
    warnings = []
    if len(frames) > len(todo):
        warnings.append(f"pages {len(todo) + 1}-{len(frames)} not read: over the OCR limit of {len(todo)} pages")
    columns = doc_columns([(p.lines, width) for _, p, width in pages])
    blocks: list[RawBlock] = []
    for number, page, width in pages:
        append_page(blocks, page_blocks(number, page.lines, page.tables, columns.get(round(width), (0.0, 0.0)), width))
    if not blocks:
        raise NoticeError("no text found in the image (OCR read nothing)", kind="no_text")
    confidences = {n: p.confidence for n, p, _ in pages if p.lines or p.tables}
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
