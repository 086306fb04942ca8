"""PDF with a text layer: one block per line, tables as tables.

A page is read with pdfium (pypdfium2: each glyph's box from the C library, about ten times
faster than pdfminer's layout analysis) unless it draws enough paths to hold a ruled table
or has glyphs without a Unicode map: such pages go through pdfplumber, whose table finder and
(cid:N) handling they need. Both give the same lines (text, x0, x1, top, chars).

Per page: fake-bold duplicated characters are removed (`_deduped`); ruled tables
(`find_tables`) become table blocks and their text is kept out of the lines; lines come in
reading order (top to bottom) with their 1-based page. The text column is measured per
page (left edge = min x0, right edge = max x1 of the lines, or the document's usual right
edge when the page has no full line; a column under half the page width holds no
wrapped text). A line runs on into the next (`wrapped`) when it reaches the right edge or
the next line's first word would not have fitted after it, unless it ends a sentence and
the next line starts indented (a new paragraph). Centred lines get
style "centered", lines starting right of the centre style "right".

A page whose glyphs are mostly `(cid:N)` (a font without a Unicode map) is read again with
pdfium; if that fails too the page is kept without those glyphs and a warning names it.
"""
from __future__ import annotations

import bisect
import functools
import io
import itertools
import logging
import re
import statistics
import struct
import zlib
from collections.abc import Callable
from operator import itemgetter
from types import SimpleNamespace
from typing import Any, Optional

from ..document import RawBlock, RawDocument
from ..errors import NoticeError, one_line
from . import ocr
from .text import append_page

CID_SHARE = 0.1            # above this share of (cid:N) glyphs a page is read with pdfium
TABLE_PATHS = 4            # a page drawing this many paths may hold a ruled table: pdfplumber reads it
MAX_TABLE_PATHS = 20_000   # a page drawing more (a flood, a map) is read by pdfium alone: pdfminer would take GBs
MAX_GRID = 5_000           # rule rows x rule columns on a page above which its tables are not looked for
Y_TOLERANCE = 3.0          # glyph tops this close (chained) share a line, as in pdfplumber
X_TOLERANCE = 3.0          # a gap wider than this between glyphs is a space, as in pdfplumber
WRAP_TOLERANCE = 1.5       # in character widths: how close to the right edge a wrapped line ends
SIDE_GAP = 2.0            # in character widths: a wider gap inside a line may part two blocks side by side
LINE_GAP = 3.0            # in character heights: lines further apart than this do not run on into each other
SCAN_COVER = 0.5          # a page whose images cover at least this share of it may be a scan
STAMP_SHARE = 0.02        # a page's glyphs covering less than this share of its images' area: a scan (OCR it)
RUNNING_DRIFT = 6.0        # in points: a running header's height on one page and the next (readers' boxes differ)
SIZE_STEP = 1.2           # a line set this many times larger than the next does not run on into it (a title)
MIN_COLUMN = 0.5          # a text column narrower than this share of the page width is not wrapped text
_HAS_WORDS = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z]")
_CID = re.compile(r"\(cid:\d+\)")
_BAD_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uf8ff]")
_PARA_END = tuple("。！？；：!?;:）)」』”’》】〕")
# a line ending a sentence ends its paragraph over a centred line too: the signature set under the body (blind17 ca_08's
# `…认真贯彻执行。` at the edge over `金华经济技术开发区管理委员会党政综合办公室`), no title's last line
_SENTENCE_END = tuple("。！？!?")
_CLAUSE_MARK = re.compile("[,，;；、]")  # marks inside a sentence that a one-line headline does not hold
_NO_LINE_START = set("、，。；：！？）》」』】〕”’…,.;:!?)]")

logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _quiet(*args, **kwargs) -> None:
    """A logger's `debug` that does nothing (see below)."""


# pdfminer's tokenizer and interpreter call `log.debug` for every token and operator (~50,000 calls a ruled
# page); with "pdfminer" at ERROR (above) each call only asks whether DEBUG is on, ~8 % of a page's
# interpretation. Their loggers' `debug` is a no-op instead (nothing is lost: nothing was emitted).
for _module in ("psparser", "pdfinterp", "pdfparser", "pdfdocument", "pdfpage", "pdftypes", "converter",
                "pdffont", "cmapdb", "layout", "pdfdevice", "encodingdb", "lzw"):
    _logger = logging.getLogger(f"pdfminer.{_module}")
    if not _logger.isEnabledFor(logging.DEBUG):
        _logger.debug = _quiet  # type: ignore[method-assign]


# --- pdfminer's tokenizer, faster on plain tokens ------------------------------------------------

# A token that pdfminer's state machine (psparser.PSBaseParser._parse_main and the states it enters)
# reads in one go, with the character that ends it inside the buffer: a keyword, an integer, a
# real, a name without `#` escapes, a string without escapes or nested brackets, a hex string
# (its closing `>` eaten as pdfminer's `_parse_wclose` eats it), `[`, `]`, `<<`, `>>`. Anything
# else (comments, escapes, a token cut by the buffer's end, inline images' data) goes to pdfminer.
_DELIM = rb"#/%\[\]()<>{}\s"
_PLAIN_TOKEN = re.compile(
    rb"\s*(?:(?P<kw>[A-Za-z][^" + _DELIM + rb"]*)(?=[" + _DELIM + rb"])"
    rb"|(?P<int>[-+]?[0-9]+)(?=[^0-9.])"
    rb"|(?P<real>[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+))(?=[^0-9.])"
    rb"|(?P<name>/[^" + _DELIM + rb"]*)(?=[/%\[\]()<>{}\s])"
    rb"|(?P<str>\([^()\\]*\))"
    rb"|(?P<hex><[0-9A-Fa-f\s]*>)(?=[^>])"
    rb"|(?P<sym>[\[\]]|<<|>>))")


def _hex_bytes(digits: bytes) -> bytes:
    """A hex string's bytes as pdfminer decodes them (`HEX_PAIR.sub` of the digits, spaces removed: each pair a
    byte, a last odd digit a byte of its own value), for `digits` made of hex digits and spaces only."""
    digits = _PS.spc.sub(b"", digits)
    if len(digits) % 2:
        return bytes.fromhex(digits[:-1].decode("ascii")) + bytes((int(digits[-1:], 16),))
    return bytes.fromhex(digits.decode("ascii"))


def _plain_token(parser, operand_or_operator: bool) -> Optional[tuple]:
    """The parser's next token as pdfminer's `nexttoken` gives it, (position, value), when it is plain
    (`_PLAIN_TOKEN`; with `operand_or_operator` neither a bracket nor an inline image's BI/ID) and
    the parser is in its main state with no token pending; the parser is left as pdfminer leaves it.
    Else None, nothing read. (pdfminer's names are bound by `_fast_pdfminer`.)"""
    if parser._tokens or parser.eof or getattr(parser._parse1, "__func__", None) is not _PS.parse_main:
        return None
    m = _PLAIN_TOKEN.match(parser.buf, parser.charpos)
    if m is None:
        return None
    kind = m.lastgroup
    text = m.group(kind)
    if kind == "kw":
        token = True if text == b"true" else False if text == b"false" else _PS.kwd(text)
        if operand_or_operator and text in (b"BI", b"ID"):  # (pdfminer's `do_keyword` reads an inline image)
            return None
    elif kind == "int":
        token = int(text)
    elif kind == "real":
        token = float(text)
    elif kind == "name":
        try:
            token = _PS.lit(str(text[1:], "utf-8"))
        except Exception:
            token = _PS.lit(text[1:])
    elif kind == "str":
        token = text[1:-1]
    elif kind == "hex":
        token = _hex_bytes(text[1:-1])
    elif operand_or_operator:
        return None
    else:
        token = _PS.kwd(text)
    parser.charpos = m.end()
    parser._curtokenpos = parser.bufpos + m.start(kind)
    return (parser._curtokenpos, token)


_PDFMINER: dict[str, Callable] = {}   # pdfminer's own methods, as they were before `_fast_pdfminer`
_PS = SimpleNamespace()               # pdfminer's names `_plain_token` uses (a name looked up per token costs)


FAST_PDFMINER_RELEASE = "20260107"


@functools.cache
def _fast_pdfminer() -> None:
    """pdfminer's tokenizer (every parser: the file's objects, fonts' maps, content streams) reads a
    plain token with one regex (`_plain_token`), the rest as before; and the content parser hands an
    operand or an operator met outside arrays and dictionaries on as pdfminer would after pushing,
    flushing and popping it. Same tokens, positions and parser states (tests/test_ingest.py compares
    them on every fixture page and on random streams over tiny buffers); a ruled page's interpretation
    140 -> 83 ms. Set on pdfminer's classes once, the first time a PDF is opened, and only on the pdfminer
    release it was proved on (`FAST_PDFMINER_RELEASE`, constraints.txt's pin): it reads pdfminer's private parser
    state, which another release may keep otherwise; there pdfminer runs as it is."""
    import pdfminer
    if pdfminer.__version__ != FAST_PDFMINER_RELEASE:
        return
    from pdfminer import psparser
    from pdfminer.pdfinterp import PDFContentParser, PDFPageInterpreter
    from pdfminer.psparser import PSBaseParser

    _PS.__dict__.update(parse_main=PSBaseParser._parse_main, kwd=psparser.KWD, lit=psparser.LIT, spc=psparser.SPC)
    nexttoken, nextobject = PSBaseParser.nexttoken, PDFContentParser.nextobject
    _PDFMINER.update(nexttoken=nexttoken, nextobject=nextobject)

    def fast_nexttoken(self):
        return _plain_token(self, False) or nexttoken(self)

    def fast_nextobject(self):
        if self.results or self.context or self.curstack:
            return nextobject(self)
        return _plain_token(self, True) or nextobject(self)

    PSBaseParser.nexttoken = fast_nexttoken
    PDFContentParser.nextobject = fast_nextobject
    if logging.getLogger("pdfminer.pdfinterp").debug is _quiet:   # (its `execute` logs each operator at DEBUG)
        _PDFMINER.update(execute=PDFPageInterpreter.execute)
        PDFPageInterpreter.execute = _execute


def _execute(self, streams) -> None:
    """pdfminer's `PDFPageInterpreter.execute` (20260107: the same streams refused, operators run, operands pushed),
    an operator's method and argument count looked up once a stream set, not spelt out and looked up by name each time
    (~1,200 operators a ruled page); its DEBUG lines, which `_quiet` silences, not formatted."""
    from pdfminer import settings
    from pdfminer.pdfinterp import PDFContentParser, PDFInterpreterError
    from pdfminer.pdftypes import stream_value
    from pdfminer.psexceptions import PSEOF
    from pdfminer.psparser import PSKeyword, keyword_name

    log = logging.getLogger("pdfminer.pdfinterp")
    valid_streams = []
    self.stream_ids.clear()
    for obj in streams:
        stream = stream_value(obj)
        if stream.objid is None:
            log.warning("Execute called on non-indirect object (inline image?) %r", stream)
            continue
        if stream.objid in self.parent_stream_ids:
            log.warning("Refusing to execute circular reference to content stream %d", stream.objid)
        else:
            valid_streams.append(stream)
            self.stream_ids.add(stream.objid)
    try:
        parser = PDFContentParser(valid_streams)
    except PSEOF:  # an empty page
        return
    operators: dict[PSKeyword, tuple[Optional[Callable], Any]] = {}   # keyword: (bound method, its argument count)
    nextobject, push = parser.nextobject, self.push
    while True:
        try:
            (_, obj) = nextobject()
        except PSEOF:
            break
        if not isinstance(obj, PSKeyword):
            push(obj)
            continue
        operator = operators.get(obj)
        if operator is None:
            name = keyword_name(obj)
            method = "do_{}".format(name.replace("*", "_a").replace('"', "_w").replace("'", "_q"))
            func = getattr(self, method, None)
            operator = operators[obj] = (func, func.__code__.co_argcount - 1) if func is not None else (None, name)
        func, nargs = operator
        if func is None:
            if settings.STRICT:
                raise PDFInterpreterError(f"Unknown operator: {nargs!r}")
        elif nargs:
            args = self.pop(nargs)
            if len(args) == nargs:
                func(*args)
        else:
            func()


def read_pdf(data: bytes) -> RawDocument:
    """A file pdfminer finds damaged (objects not where the cross-reference table says) is read
    again as pdfium re-writes it, with the table rebuilt from the objects, as viewers do."""
    if b"%%EOF" not in data[-2048:]:
        raise NoticeError("damaged PDF: truncated (no end-of-file marker)", kind="corrupt")
    check_streams(data)
    try:
        return _open_and_read(data)
    except NoticeError as damaged:
        rebuilt = _rebuilt(data) if damaged.kind == "corrupt" else None
        if rebuilt is None:
            raise
        try:
            raw = _open_and_read(rebuilt)
        except NoticeError:
            raise damaged from None
    raw.warnings.append("damaged PDF structure (cross-reference table): read after rebuilding it")
    return raw


# --- compression bombs ---------------------------------------------------------------------

MAX_STREAM = 16 << 20        # a page's content, a form or a map inflates to less (a real page: under 1 MB)
MAX_FONT_STREAM = 64 << 20   # an embedded font (a whole CJK font: 10 to 20 MB)
MAX_CMAP_CODES = 1 << 17     # codes a Unicode map's ranges may span (two-byte codes: 65,536 at most)
_STREAM = re.compile(rb"stream\r?\n")   # (`endstream` is skipped by hand: a look-behind makes `re` try every byte)
# what starts the stream's dictionary (`12 0 obj`, `trailer`, `endstream`), read backwards from the
# stream's keyword: the first match in the reversed bytes is the last one before the stream
_DICT_START_REVERSED = re.compile(rb"\bjbo\s+\d+\s+\d+|\breliart|\bmaertsdne")
_FONT_DICT = re.compile(rb"/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)\b")
_IMAGE_DICT = re.compile(rb"/Subtype\s*/Image\b")
_CMAP_RANGE = re.compile(rb"begin(?:bf|cid)range(.*?)end(?:bf|cid)range", re.S)
_RANGE = re.compile(rb"<([0-9A-Fa-f]{1,16})>\s*<([0-9A-Fa-f]{1,16})>\s*(?:<[0-9A-Fa-f\s]{0,64}>|\[[^\]]{0,65536}\]|\d+)")


def check_streams(data: bytes) -> None:
    """Refuse a Flate stream that inflates past what its kind ever holds (a compression bomb: pdfium
    and pdfminer inflate a stream whole), and a Unicode map whose ranges span more codes than a font
    has (pdfminer writes each range out). Each stream is inflated a megabyte at a time, nothing kept
    but a Unicode map's text. Streams are found by their keyword (none sits inside another)."""
    for m in _STREAM.finditer(data):
        if data[m.start() - 3:m.start()] == b"end":
            continue
        head = data[max(0, m.start() - 2048):m.start()]
        start = _DICT_START_REVERSED.search(head[::-1])
        head = head[len(head) - start.start():] if start else head
        if b"/FlateDecode" not in head:
            end = data.find(b"endstream", m.end(), m.end() + MAX_STREAM)
            _check_cmap(data[m.end():end] if end >= 0 and b"begincmap" in data[m.end():m.end() + 4096] else b"")
            continue
        if _IMAGE_DICT.search(head):
            limit, kind = _image_bytes(head), "image"
        elif _FONT_DICT.search(head):
            limit, kind = MAX_FONT_STREAM, "font"
        else:
            limit, kind = MAX_STREAM, "content"
        text = _inflate_capped(data, m.end(), limit, keep=kind == "content")
        if text is None:
            raise NoticeError(f"PDF {kind} stream at byte {m.end()} inflates past {limit >> 20} MB "
                              "(compression bomb?)", kind="too_large")
        _check_cmap(text)


def _check_cmap(text: bytes) -> None:
    if b"begincmap" not in text[:4096]:
        return
    codes = sum(int(b, 16) - int(a, 16) + 1 for block in _CMAP_RANGE.findall(text) for a, b in _RANGE.findall(block))
    if codes > MAX_CMAP_CODES:
        raise NoticeError(f"PDF font map spans {codes} codes, over the {MAX_CMAP_CODES} limit (expansion attack?)",
                          kind="too_large")


def _image_bytes(head: bytes) -> int:
    """An image's pixel data as its dictionary declares it (four 16-bit channels where unsaid), plus 1 MB."""
    def number(key: bytes, default: int) -> int:  # (a reference, `/Width 12 0 R`, is not the number)
        m = re.search(rb"/" + key + rb"\s+(\d{1,6})\b(?!\s+\d+\s+R\b)", head)
        return int(m.group(1)) if m else default
    return number(b"Width", 1 << 14) * number(b"Height", 1 << 14) * 8 + (1 << 20)


def _inflate_capped(data: bytes, start: int, limit: int, keep: bool) -> Optional[bytes]:
    """The stream's inflated bytes (b"" unless `keep`), None past `limit`; b"" when it is not zlib
    data (the readers judge that)."""
    inflater = zlib.decompressobj()
    out, size, pos, chunk_size = [], 0, start, 1 << 20
    view = memoryview(data)     # (its slices are not copies: a stream's first read would copy a megabyte)
    try:
        while not inflater.eof and (inflater.unconsumed_tail or pos < len(data)):
            chunk = inflater.unconsumed_tail
            if not chunk:
                chunk, pos = view[pos:pos + chunk_size], pos + chunk_size
            piece = inflater.decompress(chunk, chunk_size)
            size += len(piece)
            if size > limit:
                return None
            if keep:
                out.append(piece)
    except zlib.error:
        return b"".join(out)
    return b"".join(out)


def _rebuilt(data: bytes) -> Optional[bytes]:
    """The file as pdfium saves it (a fresh cross-reference table); None when pdfium cannot read it either."""
    try:
        import pypdfium2
        pdf = pypdfium2.PdfDocument(data)
        try:
            if len(pdf) == 0:
                return None
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()
        finally:
            pdf.close()
    except MemoryError:  # a worker's memory cap: reported as too_large, not as damage
        raise
    except Exception:  # pdfium gives up too: the first reason stands
        return None


def _open_and_read(data: bytes) -> RawDocument:
    import pdfplumber
    _fast_pdfminer()
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except MemoryError:  # a worker's memory cap: reported as too_large, not as damage
        raise
    except Exception as e:
        cause = getattr(e, "args", [None])[0] if type(e).__name__ == "PdfminerException" else e
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise NoticeError("PDF is encrypted (password protected)", kind="encrypted") from None
        raise NoticeError(f"damaged PDF: {one_line(cause)}", kind="corrupt") from None
    with pdf:
        return _read_pages(pages, data)


def _read_pages(pages, data: bytes) -> RawDocument:
    if not pages:
        raise NoticeError("damaged PDF: no pages", kind="corrupt")
    warnings: list[str] = []
    per_page: list[tuple[int, list[dict], list, float]] = []
    failed = 0
    fast, hidden, glyph_lines, cover = _pdfium_lines(data, len(pages), warnings)
    for number, page in enumerate(pages, 1):
        try:
            lines = fast[number - 1]
            content = (lines, []) if lines is not None else _page_content(page, warnings, hidden.get(number, frozenset()))
            per_page.append((number, *content, float(page.width)))
        except MemoryError:  # a worker's memory cap: reported as too_large, not as damage
            raise
        except Exception as e:  # a broken content stream spoils one page, not the file
            failed += 1
            warnings.append(f"page {number} could not be read ({one_line(e)})")
    if failed == len(pages):
        raise NoticeError(f"damaged PDF: no page could be read ({warnings[0]})", kind="corrupt")
    per_page = _with_ocr(data, pages, per_page, cover, warnings)
    if not any(lines or tables for _, lines, tables, _ in per_page):
        if ocr.OPTIONS.mode == "never":
            reason = "PDF has no text layer (scanned pages); OCR is off (--ocr never)"
        elif any("OCR" in w for w in warnings):
            reason = "PDF has no text layer (scanned pages); OCR found no text either"
        else:
            reason = "PDF has no text layer and no scanned page to OCR"
        raise NoticeError(reason, kind="no_text")

    per_page = _without_running_lines(per_page)
    columns = doc_columns([(lines, width) for _, lines, _, width in per_page])
    blocks: list[RawBlock] = []
    for number, lines, tables, width in per_page:
        if not lines and not tables:
            continue
        if _cid_share(lines) > CID_SHARE:
            blocks += _fallback_page(number, lines, glyph_lines.get(number), warnings)
            continue
        append_page(blocks, page_blocks(number, lines, tables, columns.get(round(width), (0.0, 0.0)), width))
    if not blocks:
        raise NoticeError("PDF text cannot be decoded (fonts without a Unicode map)", kind="no_text")
    return RawDocument(blocks=blocks, format="pdf", pages=len(pages), warnings=warnings)


def _with_ocr(data: bytes, pages, per_page: list, cover: dict[int, float], warnings: list[str]) -> list:
    """Pages without real text read by OCR instead (all pages with `--ocr always`), up to the page
    limit. A page has real text when its glyphs cover at least STAMP_SHARE of the area its images
    cover (`cover`, per page) (a scan whose only text is a scanner's stamp such as `扫描全能王 创建`
    has not); the stamp's own line is dropped from what OCR reads off the image."""
    mode = ocr.OPTIONS.mode
    need = [number for number, lines, tables, _ in per_page
            if mode == "always" or _scanned(lines, tables, cover.get(number, 0.0), _area(pages[number - 1]))]
    if not need:
        return per_page
    if mode == "never":
        warnings.append(f"pages {ocr.page_ranges(need)} have no text layer (scanned); not read: OCR is off (--ocr never)")
        return [(n, [] if n in need else lines, tables, w) for n, lines, tables, w in per_page]
    todo, skipped = need[:ocr.OPTIONS.max_pages], need[ocr.OPTIONS.max_pages:]
    read = ocr.ocr_pdf_pages(data, todo)
    found = {n: p.confidence for n, p in read.items() if p.lines or p.tables}
    if found:
        warnings.append(ocr.summary(found))
    if skipped:
        warnings.append(f"pages {ocr.page_ranges(skipped)} not read: over the OCR limit of {len(todo)} pages")
    empty = [n for n in todo if not (read[n].lines or read[n].tables)]
    if empty:
        warnings.append(f"pages {ocr.page_ranges(empty)}: no text found, by the text layer or by OCR")
    out = []
    for number, lines, tables, width in per_page:
        if number in read:
            stamps = {_compact(ln["text"]) for ln in lines}
            lines, tables = [ln for ln in read[number].lines if _compact(ln["text"]) not in stamps], read[number].tables
        elif number in skipped:
            lines, tables = [], []
        out.append((number, lines, tables, width))
    return out


def _without_running_lines(per_page: list) -> list:
    """Pages without their running header and footer: the first or last line of a page that has the
    same text but for its numbers, within RUNNING_DRIFT of the same height, on at least half the pages,
    two or more (a browser's print: `12/2/26, 1:47 PM <the page's title>` over each page, `<its
    address> 1/5` under it; a report's running head). Lines between table parts keep them apart.
    Texts are compared cleaned (the two readers give ⽅ or 方 for the same glyph)."""
    from ..normalize import clean_text

    def key(line: dict) -> str:
        return re.sub(r"\d+", "#", clean_text(_compact(line["text"])))
    tops: dict[str, list[float]] = {}
    for _, lines, _, _ in per_page:
        for line in {id(ln): ln for ln in lines[:1] + lines[-1:]}.values():
            tops.setdefault(key(line), []).append(line["top"])
    running = {k for k, found in tops.items()
               if 2 <= len(found) and 2 * len(found) >= len(per_page) and max(found) - min(found) <= RUNNING_DRIFT}
    if not running:
        return per_page
    return [(number, [ln for i, ln in enumerate(lines) if i not in (0, len(lines) - 1) or key(ln) not in running],
             tables, width) for number, lines, tables, width in per_page]


def _area(page) -> float:
    return float(page.width * page.height)


def _compact(text: str) -> str:
    return "".join(text.split())


def _scanned(lines: list[dict], tables: list, image_cover: float, page_area: float) -> bool:
    """True when images cover at least SCAN_COVER of the page, as a scanner's page image does, and
    the glyphs cover less than STAMP_SHARE of their area (no text layer, or only a stamp): its text
    is in the images."""
    if tables or image_cover < SCAN_COVER * page_area:
        return False
    glyphs = sum((c["x1"] - c["x0"]) * (c.get("size") or 0) for ln in lines for c in ln["chars"])
    return glyphs < STAMP_SHARE * image_cover


def _page_content(page, warnings: list[str], hidden: frozenset = frozenset()) -> tuple[list[dict], list[tuple[float, RawBlock]]]:
    """(text lines outside tables, [(top, table block)]) of one page, fake bold and the characters
    pdfium found hidden (`hidden`, see _hidden_chars) removed. A page
    ruled finer than MAX_GRID (rule rows x rule columns) is read without tables, with a warning:
    the table finder's work grows with the square of the crossings."""
    _with_objects(page)
    page = _deduped(page)
    if hidden:
        page = page.filter(lambda obj: obj.get("object_type") != "char" or not _is_hidden(obj, hidden))
    tables = []
    boxes = []
    edges = page.edges
    grid = len({round(e["top"]) for e in edges if e["orientation"] == "h"}) * \
        len({round(e["x0"]) for e in edges if e["orientation"] == "v"})
    if grid > MAX_GRID:
        warnings.append(f"page {page.page_number}: ruled into {grid} crossings, over the {MAX_GRID} limit: "
                        "read as text, without tables")
    closing = _closing_rules(edges) if grid <= MAX_GRID else []
    for table in page.find_tables({"explicit_horizontal_lines": closing}) if grid <= MAX_GRID else ():
        within = _chars_finder(_chars_within(page.chars, table.bbox))     # (a cell's are within its table's)
        rows = [([_cell(page, within, bbox) for bbox in row.cells], row.bbox[3]) for row in table.rows]
        rows = [(r, bottom) for r, bottom in rows if any(r)]
        if rows:  # (cut: its last row with text goes on on the next page; a sliver of a row is dropped)
            cut = any(rule["rows_below"] and abs(rule["top"] - rows[-1][1]) <= RULE_SNAP for rule in closing)
            rows = [r for r, _ in rows]
            tables.append((table.bbox[1], RawBlock("table", rows=rows, page=page.page_number, box=tuple(table.bbox),
                                                   continued=cut)))
            boxes.append(table.bbox)
    if boxes:
        page = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    lines = [ln for ln in page.extract_text_lines(strip=True, return_chars=True) if ln["text"].strip()]
    _release(page)
    return lines, tables


def _release(page) -> None:
    """Drop what pdfplumber keeps on a page once read (its layout, objects, edges, text map) and on the pages it
    was filtered from. Each page sits in a reference cycle (its text map's cache holds a method bound to it), so
    what hangs off it (a ruled page's ~3,000 characters thrice over) outlived the page as cyclic garbage, promoted
    through the collector's generations until a full collection. (`PDF.close` does not reach the pages read:
    pdfplumber 0.11's drops its cached page list first, then closes a list made anew.)"""
    while True:
        page.close()
        if page.is_original:
            return
        page = page.parent_page


_PLAIN = frozenset({int, float, bool, str, bytes, type(None)})


def _with_objects(page) -> None:
    """Fill `page.objects` (pdfplumber's `parse_objects`) with the same dicts, characters made faster:
    pdfplumber's `process_object` resolves each attribute of each character through `resolve_all` (a
    number, a string, a tuple of numbers: themselves) and decodes its colour space's name per
    character; here a plain value is taken as it is and a name is decoded once. Other objects
    (rules, curves, images) go through pdfplumber's own. tests/test_formats.py checks both agree."""
    if hasattr(page, "_objects"):
        return
    from unicodedata import normalize

    from pdfminer.layout import LTChar, LTContainer
    from pdfplumber.page import ALL_ATTRS, fix_fontname_bytes
    from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

    decoded: dict[str, str] = {}
    number, norm, height, mediabox, doctop = (page.page_number, page.pdf.unicode_norm, page.height,
                                              page.mediabox, page.initial_doctop)
    mb_x0, mb_top = mediabox[:2]
    with_containers = page.pdf.laparams is not None

    def resolved(v):  # (a value not of a _PLAIN type)
        if type(v) is tuple and all(map(_PLAIN.__contains__, map(type, v))):
            return v  # (resolve_all copies the tuple: equal, and a tuple is not changed)
        return resolve_all(v)

    def colour_space(name):
        if type(name) is not str:
            return resolve_and_decode(name)
        if name not in decoded:
            decoded[name] = resolve_and_decode(name)
        return decoded[name]

    def char(obj) -> dict:
        attr = {k: v if type(v) in _PLAIN else resolved(v) for k, v in obj.__dict__.items() if k in ALL_ATTRS}
        attr["object_type"] = "char"
        attr["page_number"] = number
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                attr[cs] = colour_space(getattr(obj, cs).name)
        text = obj.get_text()
        attr["text"] = normalize(norm, text) if norm is not None else text
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        if "y0" in attr:
            attr["top"] = (height - attr["y1"]) + mb_top
            attr["bottom"] = (height - attr["y0"]) + mb_top
            attr["doctop"] = doctop + attr["top"]
        if "x0" in attr and mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    objects: dict[str, list[dict]] = {}

    def walk(items) -> None:
        """Depth first, in order; without recursion (a recursive closure is a reference cycle: it would hold
        `objects` until the collector came by)."""
        stack = [iter(items)]
        while stack:
            for obj in stack[-1]:
                if type(obj) is LTChar:
                    objects.setdefault("char", []).append(char(obj))
                elif isinstance(obj, LTContainer):
                    if with_containers:
                        add(page.process_object(obj))
                    stack.append(iter(obj._objs))
                    break
                else:
                    add(page.process_object(obj))
            else:
                stack.pop()

    def add(obj: dict) -> None:
        if obj["object_type"] != "anno":
            objects.setdefault(obj["object_type"], []).append(obj)

    walk(page.layout._objs)
    page._objects = objects


def _deduped(page):
    """`page.dedupe_chars(tolerance=1)`: the page without characters drawn again within a point of
    themselves (same text, font and size: fake bold), kept in their order. pdfplumber's own puts the
    survivors back in order with `sorted(key=chars.index)`, comparing dicts: quadratic, a sixth of a
    ruled page's reading; the survivors are chosen here as it chooses them (the first of each cluster)."""
    key = itemgetter("upright", "text", "fontname", "size")
    first = itemgetter("doctop", "x0")
    keep = set()
    for _, same in itertools.groupby(sorted(page.chars, key=key), key=key):
        same = list(same)
        if len(same) == 1:  # (most: a character drawn once in its font and size)
            keep.add(id(same[0]))
            continue
        for row in _clustered(same, "doctop"):
            for cluster in _clustered(row, "x0"):
                keep.add(id(cluster[0] if len(cluster) == 1 else min(cluster, key=first)))
    return page.filter(lambda obj: obj["object_type"] != "char" or id(obj) in keep)


def _clustered(objs: list[dict], key: str, tolerance: float = 1) -> list[list[dict]]:
    """pdfplumber's `cluster_objects(objs, itemgetter(key), tolerance)` without its sorts and dicts of
    tuples: the distinct values in order, each within `tolerance` of the last joining its cluster;
    the clusters in that order, each with its objects in their order."""
    if len(objs) == 1:
        return [objs]
    cluster, last = {}, None
    n = -1
    for value in sorted({o[key] for o in objs}):
        if last is None or not value <= last + tolerance:
            n += 1
        cluster[value], last = n, value
    groups: list[list[dict]] = [[] for _ in range(n + 1)]
    for o in objs:
        groups[cluster[o[key]]].append(o)
    return groups


RULE_SNAP = 3.0           # rule ends this close (in points) meet, as pdfplumber's table finder snaps them
MIN_RULE = 3.0            # a vertical rule shorter than this is a border's corner, not a column's rule


def _closing_rules(edges: list[dict]) -> list[dict]:
    """Horizontal rules a table is missing where a page break cut one of its rows: the column rules
    of the row run on to the page's foot (or start at its head) with no rule across their ends, as
    Chromium and office programs print a row split over two pages. A rule is added across the ends
    of two or more column rules that meet no horizontal rule there, when a horizontal rule spans
    those columns at the row's other end (a table, not a drawing). `rows_below` marks the rule
    that closes a cut row at the foot of the page (its table is `continued`)."""
    verticals = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] >= MIN_RULE]
    horizontals = [e for e in edges if e["orientation"] == "h"]
    rules = []
    for end in ("bottom", "top"):
        for group in _clusters(verticals, end):
            xs = _clusters(group, "x0")
            if len(xs) < 2:
                continue
            x0, x1 = min(e["x0"] for e in group), max(e["x1"] for e in group)
            if end == "bottom":
                y, far = max(e["bottom"] for e in group), min(e["top"] for e in group)
            else:
                y, far = min(e["top"] for e in group), max(e["bottom"] for e in group)
            if _spanned(horizontals, y, x0, x1) or not _spanned(horizontals, far, x0, x1):
                continue
            rules.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0,
                          "height": 0.0, "rows_below": end == "bottom"})
    return rules


def _clusters(edges: list[dict], key: str) -> list[list[dict]]:
    """Edges grouped by `key` (a coordinate), values within RULE_SNAP of their neighbours together."""
    groups: list[list[dict]] = []
    for e in sorted(edges, key=lambda e: e[key]):
        if groups and e[key] - groups[-1][-1][key] <= RULE_SNAP:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def _spanned(horizontals: list[dict], y: float, x0: float, x1: float) -> bool:
    """True when horizontal rules within RULE_SNAP of `y` cover most (90%) of [x0, x1]."""
    pieces = sorted((max(e["x0"], x0), min(e["x1"], x1)) for e in horizontals if abs(e["top"] - y) <= RULE_SNAP)
    covered, reach = 0.0, x0
    for a, b in pieces:
        if b > reach:
            covered += b - max(a, reach)
            reach = b
    return covered >= 0.9 * (x1 - x0)


def _is_hidden(char: dict, hidden: frozenset) -> bool:
    """True when pdfium found this character (by its text, and its box within a point) hidden."""
    x, y = round(char["x0"]), round(char["top"])
    return any((char["text"], x + dx, y + dy) in hidden for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _inside(obj: dict, boxes) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _chars_within(chars: list[dict], bbox) -> list[dict]:
    """The characters whose centre lies in bbox (x0, top, x1, bottom), in their order."""
    x0, top, x1, bottom = bbox
    return [o for o in chars if x0 <= (o["x0"] + o["x1"]) / 2 <= x1 and top <= (o["top"] + o["bottom"]) / 2 <= bottom]


def _chars_finder(chars: list[dict]) -> Callable[[tuple], list[dict]]:
    """`_chars_within(chars, bbox)` for many boxes: the characters kept sorted by the height of their
    centre, each box looks at the band between its top and bottom only."""
    centre_y = [(o["top"] + o["bottom"]) / 2 for o in chars]
    order = sorted(range(len(chars)), key=centre_y.__getitem__)
    heights = [centre_y[k] for k in order]

    def within(bbox) -> list[dict]:
        x0, top, x1, bottom = bbox
        band = order[bisect.bisect_left(heights, top):bisect.bisect_right(heights, bottom)]
        return [chars[k] for k in sorted(band) if x0 <= (chars[k]["x0"] + chars[k]["x1"]) / 2 <= x1]
    return within


def _cell(page, within: Callable[[tuple], list[dict]], bbox) -> str:
    """A cell's text, from the characters `within` finds in its box (`_chars_finder`). A line runs on into the
    next when the next line's first word would not have fitted after it inside the cell's padding
    (joined without a space between CJK characters); otherwise the line ended there (joined by a
    space, which normalisation removes between CJK characters and remembers as a soft break:
    `科技司 执法司`). Its lines are read as pdfplumber's `extract_text_lines` reads those of the page
    filtered to the cell, without filtering every object of the page for each cell."""
    if bbox is None:  # covered by a merged cell
        return ""
    x0, top, x1, bottom = bbox
    return cell_text(_text_lines(within(bbox), page), x0, x1)


def _text_lines(chars: list[dict], page) -> list[dict]:
    """pdfplumber's `chars_to_textmap(chars, layout_bbox=page.bbox, ...).extract_text_lines(strip=True,
    return_chars=True)` (its defaults: no layout, tolerances of 3 points), the same lines. Upright characters
    (all of a cell's, as a rule) get their text map from `_upright_textmap`, a third of the time; others go
    through pdfplumber's own."""
    if all(c["upright"] is True for c in chars):
        return _upright_textmap(chars).extract_text_lines(strip=True, return_chars=True)
    from pdfplumber.utils import chars_to_textmap
    return chars_to_textmap(chars, layout_bbox=page.bbox, layout_width=page.width,
                            layout_height=page.height).extract_text_lines(strip=True, return_chars=True)


def _upright_textmap(chars: list[dict]):
    """pdfplumber's `chars_to_textmap(chars)` for upright characters, in its steps (pdfplumber 0.11's
    `WordExtractor.iter_extract_tuples` and `WordMap.to_textmap`, no layout, its default tolerances)
    without their general directions: lines are clusters of tops, read by x0; a word ends at a space,
    where the next character starts left of the last one's start, over the x tolerance right of its end
    or over the y tolerance off its top; a character of empty text is a word of its own (pdfplumber's
    punctuation test, `text in ""`); words go into the map's lines by their own tops' clusters as they
    come, one space between words, ligatures spelt out."""
    from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES, TextMap

    words: list[list[dict]] = []
    line_of = _value_clusters([c["top"] for c in chars], DEFAULT_Y_TOLERANCE).get
    for _, line in itertools.groupby(sorted(chars, key=lambda c: line_of(c["top"])), key=lambda c: line_of(c["top"])):
        word: list[dict] = []
        for c in sorted(line, key=_X0):
            text, last = c["text"], word[-1] if word else None
            if text.isspace() or text == "" or last is not None and (
                    c["x0"] < last["x0"] or c["x0"] > last["x1"] + DEFAULT_X_TOLERANCE
                    or abs(c["top"] - last["top"]) > DEFAULT_Y_TOLERANCE):
                if word:
                    words.append(word)
                word = [] if text.isspace() else [c]
                if text == "":
                    words.append(word)
                    word = []
            else:
                word.append(c)
        if word:
            words.append(word)
    tuples: list[tuple[str, Optional[dict]]] = []
    tops = [min(c["top"] for c in word) for word in words]
    row_of = _value_clusters(tops, DEFAULT_Y_TOLERANCE).get
    for i, (_, row) in enumerate(itertools.groupby(zip(tops, words), key=lambda w: row_of(w[0]))):
        if i:
            tuples.append(("\n", None))
        line_len = 0
        for _, word in row:
            if line_len:
                tuples.append((" ", None))
                line_len += 1
            for c in word:
                for letter in LIGATURES.get(c["text"], c["text"]):
                    tuples.append((letter, c))
                    line_len += 1
    return TextMap(tuples, line_dir_render="ttb", char_dir_render="ltr")


def _value_clusters(values: list[float], tolerance: float) -> dict[float, int]:
    """pdfplumber's `make_cluster_dict(values, tolerance)`: the distinct values in order, each within
    `tolerance` of the last joining its cluster; value -> the cluster's number."""
    cluster, n, last = {}, -1, None
    for value in sorted(set(values)):
        if last is None or not value <= last + tolerance:
            n += 1
        cluster[value], last = n, value
    return cluster


def cell_text(lines: list[dict], x0: float, x1: float) -> str:
    """The text of a cell from x0 to x1 whose lines (text, x0, x1, chars) are `lines`, joined as `_cell` says."""
    if not lines:
        return ""
    inner_left = min(ln["x0"] for ln in lines)
    widest = max(ln["x1"] - ln["x0"] for ln in lines)
    inner_width = x1 - (inner_left - x0) - inner_left  # the padding on the right taken as on the left
    if inner_width - widest < _char_width(lines):      # the widest line fills the cell: a better measure
        inner_width = widest
    out = lines[0]["text"].strip()
    for prev, ln in zip(lines, lines[1:]):
        text = ln["text"].strip()
        free = inner_width - (prev["x1"] - prev["x0"])  # also right for centred lines
        wrapped = free < 0.8 * _first_word_width(ln)
        out += text if wrapped and not _space_between(prev["text"].strip(), text) else " " + text
    return _CID.sub("", out)


def _space_between(line: str, nxt: str) -> bool:
    """True when a Latin word ends the line and another starts the next: wrapped there at a space,
    unless the line ends at a hyphen (`2010-` / `2012`) or is a single word too wide for the cell,
    broken anywhere (`201` / `2）》`)."""
    if not (line[-1:].isascii() and nxt[:1].isascii()) or line.endswith("-"):
        return False
    return not (line.isascii() and " " not in line)


def _cid_share(lines: list[dict]) -> float:
    texts = [c["text"] for ln in lines for c in ln["chars"]]
    if "(cid:" not in "".join(texts):       # (no glyph is a `(cid:N)`: no test of each)
        return 0.0
    return sum(1 for t in texts if _CID.fullmatch(t)) / len(texts)


def _char_width(lines: list[dict]) -> float:
    widths = [c["size"] for ln in lines for c in ln["chars"] if c.get("size")]
    return statistics.median(widths) if widths else 10.0


def doc_columns(pages: list[tuple[list[dict], float]]) -> dict[int, tuple[float, float]]:
    """The usual (left, right) edges of the text column per page width (portrait and landscape
    pages apart): medians over the pages of that width of min x0 and max x1."""
    by_width: dict[int, list[list[dict]]] = {}
    for lines, width in pages:
        if lines:
            by_width.setdefault(round(width), []).append(lines)
    return {width: (statistics.median(min(ln["x0"] for ln in lines) for lines in group),
                    statistics.median(max(ln["x1"] for ln in lines) for lines in group))
            for width, group in by_width.items()}


def page_blocks(number: int, lines: list[dict], tables, column: tuple[float, float], width: float) -> list[RawBlock]:
    cw = _char_width(lines)
    tol = WRAP_TOLERANCE * cw
    left = min((ln["x0"] for ln in lines), default=column[0])
    right = max((ln["x1"] for ln in lines), default=column[1])
    # a page without a full line (a last page with the signature only) keeps the usual column
    left = column[0] if left > column[0] + tol else left
    right = column[1] if right < column[1] - tol else right
    centre = (left + right) / 2
    full_column = right - left >= MIN_COLUMN * width
    items: list[tuple[float, RawBlock]] = list(tables)
    lines = _side_by_side(lines, cw)
    for i, ln in enumerate(lines):
        text = _CID.sub("", ln["text"]).strip()
        if not text:
            continue
        following = (n for n in lines[i + 1:] if _HAS_WORDS.search(n["text"]))  # past page numbers
        nxt, after = next(following, None), next(following, None)
        style = None
        if ln["x0"] > left + 2 * cw and ln["x1"] < right - tol and abs((ln["x0"] + ln["x1"]) / 2 - centre) <= tol:
            style = "centered"
        elif ln["x0"] > centre:
            style = "right"
        if "block_right" in ln:  # a line of a block beside another: its own right edge
            style, wrapped = None, _runs_on(ln, nxt, ln["x0"], ln["block_right"], cw, tol)
        else:
            wrapped = (style is None and full_column and _runs_on(ln, nxt, left, right, cw, tol)
                       and not _indented_one_liner(ln, nxt, after, left, right - tol, cw))
        items.append((ln["top"], RawBlock("para", text, page=number, wrapped=wrapped, style=style, box=line_box(ln))))
    items.sort(key=lambda it: it[0])
    return [b for _, b in items]


def _side_by_side(lines: list[dict], cw: float) -> list[dict]:
    """Two blocks set side by side (a circular's 分發名單 beside its 副本送, a header's two
    columns) are read one after the other: a line with a gap wider than SIDE_GAP characters is
    cut there when the lines right under it stay left of the cut; those lines follow the left
    piece, then comes the right piece (its `top` set just after them)."""
    out: list[dict] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        below: list[dict] = []
        for cut in _wide_gaps(ln, cw):
            below = _under_left(ln, lines[i + 1:], cut, cw)
            if below:
                break
        if not below:
            out.append(ln)
            i += 1
            continue
        left, right = _split_line(ln, cut)
        block_right = max(x["x1"] for x in [left, *below])
        out += [{**x, "block_right": block_right} for x in [left, *below]]
        out.append({**right, "top": below[-1]["top"] + 0.01})
        i += 1 + len(below)
    return out


def _wide_gaps(line: dict, cw: float) -> list[float]:
    """The x where each gap wider than SIDE_GAP characters in the line ends."""
    chars = line["chars"]
    return [b["x0"] for a, b in zip(chars, chars[1:]) if b["x0"] - a["x1"] > SIDE_GAP * cw]


def _under_left(line: dict, rest: list[dict], cut: float, cw: float) -> list[dict]:
    """The lines right under `line` that start under it and end left of `cut`."""
    below: list[dict] = []
    for nxt in rest:
        prev = below[-1] if below else line
        if nxt["top"] - prev["top"] > LINE_GAP * cw or nxt["x1"] > cut - cw or nxt["x0"] < line["x0"] - cw:
            break
        below.append(nxt)
    return below


def _split_line(line: dict, cut: float) -> tuple[dict, dict]:
    pieces = []
    for chars in ([c for c in line["chars"] if c["x0"] < cut], [c for c in line["chars"] if c["x0"] >= cut]):
        text = chars[0]["text"]
        for a, b in zip(chars, chars[1:]):
            text += (" " if b["x0"] - a["x1"] > X_TOLERANCE else "") + b["text"]
        pieces.append({"text": text, "x0": chars[0]["x0"], "x1": max(c["x1"] for c in chars),
                       "top": min(c["top"] for c in chars), "chars": chars})
    return pieces[0], pieces[1]


def line_box(line: dict) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) around a line's characters (pdfium's lack a bottom: top + font size)."""
    chars = line["chars"]
    return (min(c["x0"] for c in chars), min(c["top"] for c in chars), max(c["x1"] for c in chars),
            max(c.get("bottom", c["top"] + c.get("size", 0)) for c in chars))


def _runs_on(line: dict, nxt: Optional[dict], left: float, right: float, cw: float, tol: float) -> bool:
    """True when the line was broken by the margin: it reaches the right edge, or the next
    line's first word would not have fitted after it. A line that ends a sentence (or a
    bracket) followed by an indented line ends its paragraph, even at the edge; a centred next
    line (a title's last line) or a hanging indent after a mid-sentence break does not, unless the line ends
    a sentence (a signature centred under the body). Nor does
    a line far above the next (a cover's title over its date)."""
    reaches = line["x1"] >= right - tol
    if nxt is None:
        return reaches
    size = _char_width([line])
    if nxt["top"] - line["top"] > LINE_GAP * size:  # a blank stretch between: a new block
        return False
    if size > SIZE_STEP * _char_width([nxt]):  # a title over the body's smaller type
        return False
    centred = nxt["x1"] < right - tol and abs((nxt["x0"] + nxt["x1"]) / 2 - (left + right) / 2) <= tol
    if nxt["x0"] > left + cw / 2 and line["text"].endswith(_SENTENCE_END if centred else _PARA_END):
        return False
    return reaches or _first_word_width(nxt) > right - line["x1"]


def _indented_one_liner(line: dict, nxt: Optional[dict], after: Optional[dict], left: float, edge: float,
                        cw: float) -> bool:
    """True when the line stands at the paragraph indent and the next line starts at the same
    indent, reaches the right edge and runs on into a line back at the margin right under it: the
    next line opens a paragraph, so this one is a paragraph of one line (a headline over its first
    paragraph), however far it reaches. A line holding a clause's comma or an item's 、 is a sentence
    broken mid-way (web pages printed with a float in the margin indent an item's second line too:
    blind58 dp_12's `二、受颱風外圍環流影響,…請注意土` over `石坍方`)."""
    if nxt is None or after is None or line["x0"] <= left + cw or abs(nxt["x0"] - line["x0"]) > cw / 2:
        return False
    if _CLAUSE_MARK.search(line["text"]):
        return False
    under = after["top"] - nxt["top"] <= 1.5 * (nxt["top"] - line["top"])
    return nxt["x1"] >= edge and under and after["x0"] <= left + cw / 2


def _first_word_width(line: dict) -> float:
    """Width of what must start the line: a run of Latin letters/digits or one CJK character,
    with the punctuation that may not begin a line (`司、`)."""
    chars = line["chars"]
    end = 0
    while end < len(chars) and chars[end]["text"].isascii() and not chars[end]["text"].isspace():
        end += 1
    end = max(end, 1)
    while end < len(chars) and chars[end]["text"] in _NO_LINE_START:
        end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


def _fallback_page(number: int, lines: list[dict], glyph_lines: Optional[list[dict]],
                   warnings: list[str]) -> list[RawBlock]:
    """A page in fonts pdfminer cannot map to Unicode: its lines as pdfium reads them, falling back
    to glyph codes where a glyph has no Unicode mapping (`glyph_lines`, hidden characters left out);
    if those are mostly not text either, the page without the unmapped glyphs, with a warning."""
    text = "\n".join(ln["text"] for ln in glyph_lines or [])
    if text and len(_BAD_CHAR.findall(text)) <= CID_SHARE * len(text):
        return [RawBlock("para", ln["text"].strip(), page=number) for ln in glyph_lines or []]
    warnings.append(f"page {number}: text in a font without a Unicode map could not be decoded")
    kept = [_CID.sub("", ln["text"]).strip() for ln in lines]
    return [RawBlock("para", t, page=number) for t in kept if t]


def _pdfium_lines(data: bytes, count: int, warnings: list[str]) \
        -> tuple[list[Optional[list[dict]]], dict[int, frozenset], dict[int, list[dict]], dict[int, float]]:
    """Per page, its text lines read with pdfium, or None where pdfplumber must read the page (a
    page that may hold a ruled table, unless it draws over MAX_TABLE_PATHS paths: a warning says so,
    or a page with glyphs without a Unicode mapping); per page (1-based) the characters hidden on it,
    as `(text, round(x0), round(top))`; per page with unmapped glyphs, its lines with pdfium's
    glyph codes for them (for `_fallback_page`); and per page the area its images cover. A page with
    hidden characters gets a warning: they are left out in every reader."""
    try:
        import pypdfium2
        pdf = pypdfium2.PdfDocument(data)
    except MemoryError:  # a worker's memory cap: reported as too_large, not as damage
        raise
    except Exception:  # pdfminer's reading decides what is wrong with the file
        return [None] * count, {}, {}, {}
    hidden: dict[int, frozenset] = {}
    glyph_lines: dict[int, list[dict]] = {}
    cover: dict[int, float] = {}
    try:
        agree = len(pdf) == count  # else pdfplumber reads every page: the two readers disagree on the file
        out: list[Optional[list[dict]]] = []
        for index in range(min(count, len(pdf))):
            try:
                page = pdf[index]
                paths, cover[index + 1] = _page_objects(page)
                if not agree:
                    continue
                if paths > MAX_TABLE_PATHS:
                    warnings.append(f"page {index + 1}: draws {paths} paths, over the {MAX_TABLE_PATHS} limit: "
                                    "read without tables")
                ruled = TABLE_PATHS <= paths <= MAX_TABLE_PATHS   # (pdfplumber reads it: no lines wanted)
                chars, gone, unmapped = _pdfium_chars(page, cover[index + 1], shown=not ruled)
                lines = [ln for ln in group_lines(chars) if ln["text"].strip()] if unmapped or not ruled else None
                if unmapped:
                    glyph_lines[index + 1] = lines
                if gone:
                    hidden[index + 1] = frozenset((c["text"], round(c["x0"]), round(c["top"])) for c in gone)
                    warnings.append(f"page {index + 1}: {len(gone)} characters a viewer does not show (invisible, "
                                    "white, off the page or under 1 pt) left out")
                out.append(None if ruled or unmapped else lines)
            except MemoryError:  # a worker's memory cap: reported as too_large, not as damage
                raise
            except Exception:  # pdfplumber gets its turn, and reports the page if it fails too
                out.append(None)
        return (out if agree else [None] * count), hidden, glyph_lines, cover
    finally:
        pdf.close()


def _page_objects(page) -> tuple[int, float]:
    """(The paths a pdfium page draws, the area its images cover in square points, capped at the
    page's area), its forms' objects counted one level down; through pdfium's own calls, without
    pypdfium2's object wrappers (dearer than the walk)."""
    import ctypes

    import pypdfium2.raw as pdfium_c
    width, height = page.get_size()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    paths, area = 0, 0.0
    parents = [(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject)]
    for depth, (parent, count_objects, get_object) in enumerate(parents):
        n_objects = count_objects(parent)
        if n_objects < 0:
            raise ValueError("pdfium cannot count the page's objects")
        for i in range(n_objects):
            obj = get_object(parent, i)
            if not obj:
                raise ValueError("pdfium cannot get a page object")
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                paths += 1
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                    raise ValueError("pdfium cannot place an image")
                area += max(0.0, min(right.value, width) - max(left.value, 0.0)) * \
                    max(0.0, min(top.value, height) - max(bottom.value, 0.0))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth == 0:  # (one level down)
                parents.append((obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject))
    return paths, min(area, width * height)


MIN_SIZE = 1.0             # glyphs smaller than this (in points) are not seen: hidden text
WHITE = 245                # fill colour channels all at or above this (0-255): white text
_FILL_ONLY = (0, 4)        # text render modes that fill the glyphs and do not stroke them (fill, fill + clip)


_LINE_END_HYPHEN = 2
_RECT = struct.Struct("4f")   # pdfium's FS_RECTF: left, top, right, bottom


@functools.cache
def _text_calls() -> SimpleNamespace:
    """pdfium's per-character text calls as cffi function pointers (pypdfium2's own functions' addresses, cast):
    a page makes ~6 calls a character, and a cffi call costs about two thirds of a ctypes one (fixtures/pdf's
    20,000 characters, 6 calls each: 54 -> 39 ms). The text page and the text object are `void *`s (a text object
    is a key for what is its own: font size, render mode, fill colour); a glyph's box and origin are written to
    buffers (`ffi`'s)."""
    import ctypes

    import pypdfium2.raw as pdfium_c
    from cffi import FFI
    ffi = FFI()

    def typed(fn, signature: str):
        return ffi.cast(signature, ctypes.cast(fn, ctypes.c_void_p).value)
    return SimpleNamespace(
        ffi=ffi,
        count=typed(pdfium_c.FPDFText_CountChars, "int (*)(void *)"),
        generated=typed(pdfium_c.FPDFText_IsGenerated, "int (*)(void *, int)"),
        map_error=typed(pdfium_c.FPDFText_HasUnicodeMapError, "int (*)(void *, int)"),
        hyphen=typed(pdfium_c.FPDFText_IsHyphen, "int (*)(void *, int)"),
        unicode=typed(pdfium_c.FPDFText_GetUnicode, "unsigned int (*)(void *, int)"),
        loose_box=typed(pdfium_c.FPDFText_GetLooseCharBox, "int (*)(void *, int, float *)"),
        font_size=typed(pdfium_c.FPDFText_GetFontSize, "double (*)(void *, int)"),
        origin=typed(pdfium_c.FPDFText_GetCharOrigin, "int (*)(void *, int, double *, double *)"),
        text_object=typed(pdfium_c.FPDFText_GetTextObject, "void * (*)(void *, int)"),
        render_mode=typed(pdfium_c.FPDFTextObj_GetTextRenderMode, "int (*)(void *)"),
        fill_color=typed(pdfium_c.FPDFText_GetFillColor,
                         "int (*)(void *, int, unsigned int *, unsigned int *, unsigned int *, unsigned int *)"))


def _pdfium_chars(page, image_area: float, shown: bool = True) -> tuple[list[dict], list[dict], bool]:
    """(A page's characters as pdfplumber gives them; the characters a viewer does not show; whether
    a glyph has no Unicode mapping: pdfium gives its glyph code for it). Glyphs have loose boxes (the advance width, not the
    ink) and are deduplicated (fake bold). Not shown: text drawn invisible (render mode 3),
    filled white, off the page or under MIN_SIZE; invisible text over a page covered by images
    (`image_area`) is a scan's OCR layer, the page's content, and is kept (white text too, being on an image).
    Without `shown` (a page pdfplumber reads: only its hidden characters and unmapped glyphs are wanted) the
    shown characters are not built, unless a glyph turns out unmapped: then the page is read again whole."""
    import ctypes

    import pypdfium2.raw as pdfium_c
    calls = _text_calls()
    generated, map_error, unicode, loose_box, origin, text_object = \
        calls.generated, calls.map_error, calls.unicode, calls.loose_box, calls.origin, calls.text_object
    textpage = page.get_textpage()
    try:
        ffi = calls.ffi
        raw, (width, height) = ffi.cast("void *", ctypes.cast(textpage.raw, ctypes.c_void_p).value), page.get_size()
        rect = ffi.new("float[4]")   # pdfium's FS_RECTF
        rect_bytes, read_rect = ffi.buffer(rect), _RECT.unpack_from  # (one read for its four floats)
        rgba = ffi.new("unsigned int[4]")
        rgba_at = (rgba, rgba + 1, rgba + 2, rgba + 3)
        xy = ffi.new("double[2]")
        x_at, y_at = xy, xy + 1
        scan = image_area >= SCAN_COVER * width * height
        styles: dict[object, tuple[float, bool, bool]] = {}  # per text object: (font size, invisible, white)
        chars: list[dict] = []
        hidden: list[dict] = []
        seen: set[tuple[str, int, int]] = set()
        glyph: list[dict] = []         # the characters of the last glyph (one dash glyph can be `——`)
        glyph_box: tuple = ()
        unmapped = False
        for i in range(calls.count(raw)):
            if generated(raw, i):
                continue
            if not unmapped and map_error(raw, i):
                unmapped = True
            code = unicode(raw, i)
            if code == 13 or code == 10 or not loose_box(raw, i, rect):   # (\r, \n)
                continue
            left, top, right, bottom = read_rect(rect_bytes)
            obj = text_object(raw, i)
            style = styles.get(obj)
            if style is None:
                mode = calls.render_mode(obj)
                style = styles[obj] = (calls.font_size(raw, i), mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, bool(
                    mode in _FILL_ONLY and calls.fill_color(raw, i, *rgba_at) and all(c >= WHITE for c in rgba[0:3])))
            font_size, invisible, white = style  # (a white fill with a dark outline is seen)
            # (tiny: both sides of its box under MIN_SIZE; a flat glyph such as 一 has a box a point high)
            unseen = (invisible or white) and not scan or max(right - left, top - bottom) < MIN_SIZE \
                or right < 0 or left > width or top < 0 or bottom > height
            if not (shown or unseen):
                continue
            # pdfium gives a hyphen that ends a line (`E-` / `mail`, `020-` / `84115101`) as code 2: the `-` printed
            text = "-" if code == _LINE_END_HYPHEN and calls.hyphen(raw, i) else chr(code)
            box = (left, right, height - top)
            # the font size before the text matrix (WPS writes size 240 scaled by 1/20): no more than the box
            char = {"text": text, "x0": left, "x1": right, "top": box[2], "size": min(font_size, top - bottom)}
            if origin(raw, i, x_at, y_at):
                char["base"] = height - xy[1]   # the baseline: a flat glyph (一) has its box mid-line
            if unseen and not text.isspace():
                hidden.append(char)
                continue
            if box == glyph_box:          # the same glyph again: its next character
                glyph.append(char)
                _share_box(glyph, box)
                chars.append(char)
                continue
            key = (text, round(left), round(box[2]))
            if key in seen:               # the same character drawn again, offset: fake bold
                continue
            seen.add(key)
            glyph, glyph_box = [char], box
            chars.append(char)
    finally:
        textpage.close()
    if unmapped and not shown:
        return _pdfium_chars(page, image_area)
    return chars, hidden, unmapped


def _share_box(glyph: list[dict], box: tuple) -> None:
    """Split one glyph's box evenly between the characters it stands for, as pdfminer does."""
    x0, x1, _top = box
    width = (x1 - x0) / len(glyph)
    for k, char in enumerate(glyph):
        char["x0"], char["x1"] = x0 + k * width, x0 + (k + 1) * width


_X0 = itemgetter("x0")


def group_lines(chars: list[dict]) -> list[dict]:
    """Characters into lines: by their baselines where the reader gives them (a flat glyph such as 一 has
    its box in the middle of the line), else by their tops."""
    rows: list[list[dict]] = []
    keys = [ch.get("base", ch["top"]) for ch in chars]
    last = 0.0
    for k in sorted(range(len(chars)), key=keys.__getitem__):   # (each key read once)
        if rows and keys[k] - last <= Y_TOLERANCE:
            rows[-1].append(chars[k])
        else:
            rows.append([chars[k]])
        last = keys[k]
    lines = []
    for row in rows:
        row.sort(key=_X0)
        glyphs = [c for c in row if not c["text"].isspace()]
        if not glyphs:
            continue
        text = glyphs[0]["text"]
        for prev, ch in zip(glyphs, glyphs[1:]):
            text += (" " if ch["x0"] - prev["x1"] > X_TOLERANCE else "") + ch["text"]
        lines.append({"text": text, "x0": glyphs[0]["x0"], "x1": max(c["x1"] for c in glyphs),
                      "top": min(c["top"] for c in glyphs), "chars": glyphs})
    return lines
