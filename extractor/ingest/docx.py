"""DOCX: paragraphs and tables in document order, with Word's automatic numbering written out.

python-docx's `paragraph.text` drops a generated `一、`, `（一）` or `1.`; here each numbered
paragraph gets the number Word would show, computed from numbering.xml (numFmt, lvlText,
start values, counters per list and level, deeper levels restarting when a higher one advances).

Tables: one row of cell texts per `w:tr`; a cell's paragraphs are joined by a space; a cell
spanning several grid columns gives its text once followed by empty cells; a cell continuing a
vertical merge is left empty (the text stays in the first cell of the merge).

Safety: a DOCX is a zip, so sizes are checked before anything is decompressed, and any part
with a DTD (the vehicle of XXE and billion-laughs attacks; OOXML never has one) is refused.
python-docx parses with entity resolution off.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Optional

from ..document import RawBlock, RawDocument
from ..errors import NoticeError, one_line, reader_errors
from ..numerals import cn_counting
from . import check_table_size

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_RATIO = 100
MAX_START = 32767  # Word's largest list start: a larger one would make `AAAA…` or `MMMM…` labels of gigabytes
MAX_COLUMNS = 63   # Word's widest table: a larger gridSpan would make millions of empty cells
MAX_LEVEL_TEXT = 255  # a numbering level's text (Word's own are a few characters: `%1.`, `（%2）`)
MAX_LABEL = 100    # a generated number longer than this is cut (`%1%1…` repeated thousands of times)
_PLACEHOLDER = re.compile(r"%([1-9])")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_P, _TBL, _SDT, _TR, _TC, _ALT_CHUNK = (f"{{{W}}}{t}" for t in ("p", "tbl", "sdt", "tr", "tc", "altChunk"))


def read_docx(data: bytes) -> RawDocument:
    check_zip(data)
    with reader_errors("DOCX"):        # python-docx and lxml raise many kinds on a damaged file
        import docx
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(_numbering_root(document))
        styles = _Styles(document.styles.element)
        blocks = list(_body_blocks(document.element.body, numbering, styles, document.part))
    if not any(b.text.strip() or b.rows for b in blocks):
        raise NoticeError("DOCX has no text", kind="no_text")
    return RawDocument(blocks=blocks, format="docx")


# --- zip safety ----------------------------------------------------------------------------

def check_zip(data: bytes, what: str = "DOCX") -> None:
    """Refuse zip bombs and XML with a DTD before anything is decompressed (`what`: the format, for the message)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise NoticeError(f"damaged {what} (bad zip archive: {one_line(e)})", kind="corrupt") from None
    if len(infos) > MAX_MEMBERS:
        raise NoticeError(f"{what} has {len(infos)} parts, over the {MAX_MEMBERS} limit", kind="too_large")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise NoticeError(f"{what} expands to {total // (1024 * 1024)} MB, over the "
                          f"{MAX_UNCOMPRESSED // (1024 * 1024)} MB limit (zip bomb?)", kind="too_large")
    for i in infos:
        if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(1, i.compress_size):
            raise NoticeError(f"{what} part {i.filename} is compressed {i.file_size // max(1, i.compress_size)}:1 "
                              "(zip bomb?)", kind="too_large")
    for i in infos:
        _check_inflated_size(data, i, what)
    for i in infos:
        if i.filename.endswith((".xml", ".rels")):
            try:
                with zf.open(i) as f:
                    head = f.read(4096)
            except MemoryError:  # a worker's memory cap: reported as too_large, not as damage
                raise
            except Exception as e:  # bad CRC, unsupported compression, truncated member
                raise NoticeError(f"damaged {what} (part {i.filename}: {one_line(e)})", kind="corrupt") from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head or b"<\x00!\x00D\x00O\x00C" in head:
                raise NoticeError(f"{what} part {i.filename} declares a DTD (entity expansion attack?); refused",
                                  kind="corrupt")


def _check_inflated_size(data: bytes, info: zipfile.ZipInfo, what: str) -> None:
    """Refuse a part whose data inflate past the size the archive declares (zipfile would inflate
    it whole in one call before noticing): inflated here a megabyte at a time, nothing kept."""
    if info.compress_type == zipfile.ZIP_STORED:
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise NoticeError(f"damaged {what} (part {info.filename}: compression method {info.compress_type}, "
                          "not Deflate)", kind="corrupt")
    head = data[info.header_offset:info.header_offset + 30]
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise NoticeError(f"damaged {what} (part {info.filename}: no local header)", kind="corrupt")
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    start = info.header_offset + 30 + name_len + extra_len
    raw = memoryview(data)[start:start + info.compress_size]
    inflater = zlib.decompressobj(-15)
    size = pos = 0
    try:
        while not inflater.eof and (inflater.unconsumed_tail or pos < len(raw)):
            chunk = inflater.unconsumed_tail
            if not chunk:
                chunk, pos = raw[pos:pos + (1 << 20)], pos + (1 << 20)
            size += len(inflater.decompress(chunk, 1 << 20))
            if size > info.file_size:
                raise NoticeError(f"{what} part {info.filename} inflates past its declared {info.file_size} bytes "
                                  "(zip bomb?)", kind="too_large")
    except zlib.error as e:
        raise NoticeError(f"damaged {what} (part {info.filename}: {one_line(e)})", kind="corrupt") from None


# --- body ----------------------------------------------------------------------------------

def _body_blocks(body, numbering: Numbering, styles: _Styles, part):
    for child in body.iterchildren():
        if child.tag == _P:
            yield from _paragraph_blocks(child, numbering, styles)
        elif child.tag == _TBL:
            rows = _table_rows(child, numbering, styles)
            if rows:
                yield RawBlock("table", rows=rows)
        elif child.tag == _SDT:  # content control: its content is ordinary body content
            for content in child.iterchildren(f"{{{W}}}sdtContent"):
                yield from _body_blocks(content, numbering, styles, part)
        elif child.tag == _ALT_CHUNK:
            yield from _alt_chunk_blocks(child, part)


def _alt_chunk_blocks(chunk, part) -> list[RawBlock]:
    """The blocks of an altChunk: content Word imports from another format kept whole in the
    package (HTML, a web archive (MHT) or plain text; a DOCX inside a DOCX is not read)."""
    from . import read_bytes
    from .detect import detect_format
    related = part.related_parts.get(chunk.get(f"{{{R}}}id"))
    if related is None:
        return []
    data = _mht_html(related.blob) if related.blob.lstrip()[:40].lower().startswith((b"mime-version", b"content-"))\
        else related.blob
    if detect_format(data) not in ("html", "text"):
        return []
    try:
        return read_bytes(data).blocks
    except NoticeError as e:
        if e.kind in ("empty", "no_text"):  # an empty chunk: the rest of the document may hold text
            return []
        raise


def _mht_html(data: bytes) -> bytes:
    """The HTML of a web archive (MIME multipart, as Word writes altChunks), its charset declared in it."""
    import email
    from email import policy
    for piece in email.message_from_bytes(data, policy=policy.compat32).walk():
        if piece.get_content_type() == "text/html":
            html = piece.get_payload(decode=True) or b""
            charset = piece.get_content_charset()
            return (f'<meta charset="{charset}">'.encode() + html) if charset else html
    return b""


def _paragraph_blocks(p, numbering: Numbering, styles: _Styles):
    """One block per line of the paragraph (a manual line break starts a new block)."""
    text = numbering.label(p, styles) + paragraph_text(p)
    style = styles.hint(p)
    for line in text.split("\n"):
        if line.strip():
            yield RawBlock("para", line.strip(), style=style)


def paragraph_text(p) -> str:
    """The visible text of a w:p, without text boxes nested in it and without deleted text."""
    out = []
    for el in p.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr", f"{{{W}}}noBreakHyphen",
                     f"{{{W}}}sym"):
        if _owner_paragraph(el) is not p:
            continue
        tag = el.tag[len(W) + 2:]
        if tag == "t":
            out.append(el.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _owner_paragraph(el):
    parent = el.getparent()
    while parent is not None and parent.tag != _P:
        parent = parent.getparent()
    return parent


def _table_rows(tbl, numbering: Numbering, styles: _Styles) -> list[list[str]]:
    """Rows of cell texts; refused (too_large) as soon as it holds more than MAX_TABLE_CELLS cells."""
    rows = []
    cells = 0
    for tr in tbl.iterchildren(_TR):
        row: list[str] = []
        for tc in tr.iterchildren(_TC):
            pr = tc.find(f"{{{W}}}tcPr")
            span = min(_int_attr(pr, "gridSpan", 1), MAX_COLUMNS) if pr is not None else 1
            vmerge = pr.find(f"{{{W}}}vMerge") if pr is not None else None
            continues = vmerge is not None and vmerge.get(f"{{{W}}}val", "continue") == "continue"
            text = "" if continues else _cell_text(tc, numbering, styles)
            row += [text] + [""] * (span - 1)
            check_table_size(cells + len(row))
        if any(c.strip() for c in row):
            rows.append(row)
            cells += len(row)
    return rows


def _cell_text(tc, numbering: Numbering, styles: _Styles) -> str:
    parts = []
    for p in tc.iter(_P):
        text = (numbering.label(p, styles) + paragraph_text(p)).replace("\n", " ").strip()
        if text:
            parts.append(text)
    return " ".join(parts)


def _int_attr(parent, child: str, default: int) -> int:
    el = parent.find(f"{{{W}}}{child}") if parent is not None else None
    try:
        return int(el.get(f"{{{W}}}val")) if el is not None else default
    except (TypeError, ValueError):
        return default


# --- styles --------------------------------------------------------------------------------

class _Styles:
    """Paragraph styles by id: alignment, numbering and name, following basedOn."""

    def __init__(self, root):
        self.by_id = {s.get(f"{{{W}}}styleId"): s for s in root.iterchildren(f"{{{W}}}style")}
        self.default = next((sid for sid, s in self.by_id.items()
                             if s.get(f"{{{W}}}type") == "paragraph" and s.get(f"{{{W}}}default") in ("1", "true")),
                            None)

    def chain(self, style_id: Optional[str]):
        """The style and its basedOn ancestors, nearest first."""
        seen = set()
        sid = style_id or self.default
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            style = self.by_id[sid]
            yield sid, style
            based = style.find(f"{{{W}}}basedOn")
            sid = based.get(f"{{{W}}}val") if based is not None else None

    def first(self, style_id: Optional[str], path: str):
        """The first element at `path` (under w:pPr) along the style chain, with its style id."""
        for sid, style in self.chain(style_id):
            el = style.find(f"{{{W}}}pPr/{path}")
            if el is not None:
                return sid, el
        return None, None

    def hint(self, p) -> Optional[str]:
        """'centered' / 'right' from the paragraph's or its style's alignment, else 'title' / 'heading'."""
        ppr = p.find(f"{{{W}}}pPr")
        jc = ppr.find(f"{{{W}}}jc") if ppr is not None else None
        if jc is None:
            _, jc = self.first(_style_id(p), f"{{{W}}}jc")
        align = jc.get(f"{{{W}}}val") if jc is not None else None
        if align == "center":
            return "centered"
        if align in ("right", "end"):
            return "right"
        name = ""
        for _, style in self.chain(_style_id(p)):
            el = style.find(f"{{{W}}}name")
            name = (el.get(f"{{{W}}}val") or "").lower() if el is not None else ""
            break
        if name in ("title", "标题"):
            return "title"
        if name.startswith("heading"):
            return "heading"
        return None


def _style_id(p) -> Optional[str]:
    el = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
    return el.get(f"{{{W}}}val") if el is not None else None


# --- numbering -----------------------------------------------------------------------------

def _numbering_root(document):
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    legal: bool = False          # isLgl: show all levels' numbers as decimals
    restart: Optional[int] = None  # lvlRestart: restart after this level (1-based); 0 = never
    suffix: str = "tab"
    style: Optional[str] = None  # pStyle: the paragraph style tied to this level


@dataclass
class _List:
    levels: dict[int, _Level]
    counters: dict[int, int] = field(default_factory=dict)


class Numbering:
    """Computes the label Word shows before each numbered paragraph, in document order."""

    def __init__(self, root):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.lists: dict[str, _List] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for an in root.iterchildren(f"{{{W}}}abstractNum"):
            self.abstract[an.get(f"{{{W}}}abstractNumId")] = {
                int(lvl.get(f"{{{W}}}ilvl", "0")): _parse_level(lvl) for lvl in an.iterchildren(f"{{{W}}}lvl")}
        for num in root.iterchildren(f"{{{W}}}num"):
            aid = num.find(f"{{{W}}}abstractNumId")
            starts, levels = {}, {}
            for ov in num.iterchildren(f"{{{W}}}lvlOverride"):
                ilvl = int(ov.get(f"{{{W}}}ilvl", "0"))
                so = ov.find(f"{{{W}}}startOverride")
                if so is not None:
                    starts[ilvl] = min(int(so.get(f"{{{W}}}val", "1")), MAX_START)
                lvl = ov.find(f"{{{W}}}lvl")
                if lvl is not None:
                    levels[ilvl] = _parse_level(lvl)
            if aid is not None:
                self.nums[num.get(f"{{{W}}}numId")] = (aid.get(f"{{{W}}}val"), starts, levels)

    def label(self, p, styles: _Styles) -> str:
        """The generated number of paragraph p ('一、', '（一）', '1.'), or ''; advances the counters."""
        num_id, ilvl = self._num_pr(p, styles)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        aid, starts, overrides = self.nums[num_id]
        levels = {**self.abstract.get(aid, {}), **overrides}
        lst = self.lists.setdefault(aid, _List(levels))
        if num_id not in self.started:  # a list instance with startOverride restarts its levels
            self.started.add(num_id)
            for lv, start in starts.items():
                lst.counters[lv] = start - 1
        level = levels.get(ilvl)
        if level is None or level.fmt == "none" and "%" not in level.text:
            return ""
        lst.counters[ilvl] = lst.counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in lst.counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart != 0 and (restart is None or restart - 1 >= ilvl):
                del lst.counters[deeper]
        if level.fmt == "bullet":
            return ""
        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            fmt = "decimal" if level.legal and k < ilvl else lv.fmt
            return format_number(lst.counters.get(k, lv.start), fmt)

        text = _expand(level.text, number)
        if not text:
            return ""
        return text if level.suffix == "nothing" or not text[-1].isascii() else text + " "

    def _num_pr(self, p, styles: _Styles) -> tuple[Optional[str], int]:
        """(numId, ilvl) from the paragraph's numPr, else from its style's (ilvl from the lvl tied to the style)."""
        pr = p.find(f"{{{W}}}pPr/{{{W}}}numPr")
        sid = None
        if pr is None:
            sid, pr = styles.first(_style_id(p), f"{{{W}}}numPr")
        if pr is None:
            return None, 0
        num = pr.find(f"{{{W}}}numId")
        num_id = num.get(f"{{{W}}}val") if num is not None else None
        if num_id is None:
            _, pr2 = styles.first(_style_id(p), f"{{{W}}}numPr/{{{W}}}numId")
            num_id = pr2.get(f"{{{W}}}val") if pr2 is not None else None
        ilvl_el = pr.find(f"{{{W}}}ilvl")
        if ilvl_el is not None:
            return num_id, int(ilvl_el.get(f"{{{W}}}val", "0"))
        if num_id in self.nums and sid:
            for k, lvl in self.abstract.get(self.nums[num_id][0], {}).items():
                if lvl.style == sid:
                    return num_id, k
        return num_id, 0


def _expand(template: str, number) -> str:
    """The level text with each `%k` replaced by number(match), cut at MAX_LABEL characters: a
    template repeating `%1` thousands of times costs no more than a real label."""
    out, size, pos = [], 0, 0
    for m in _PLACEHOLDER.finditer(template):
        out += [template[pos:m.start()], number(m)]
        size += m.start() - pos + len(out[-1])
        pos = m.end()
        if size >= MAX_LABEL:
            return "".join(out)[:MAX_LABEL]
    out.append(template[pos:])
    return "".join(out)[:MAX_LABEL]


def _parse_level(lvl) -> _Level:
    def val(tag: str) -> Optional[str]:
        el = lvl.find(f"{{{W}}}{tag}")
        return el.get(f"{{{W}}}val") if el is not None else None
    legal = lvl.find(f"{{{W}}}isLgl")
    restart = val("lvlRestart")
    return _Level(fmt=val("numFmt") or "decimal", text=(val("lvlText") or "")[:MAX_LEVEL_TEXT], start=min(int(val("start") or 1), MAX_START),
                  legal=legal is not None and legal.get(f"{{{W}}}val", "1") not in ("0", "false"),
                  restart=int(restart) if restart and restart.isdigit() else None,
                  suffix=val("suff") or "tab", style=val("pStyle"))


# --- number formats ------------------------------------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def format_number(n: int, fmt: str) -> str:
    """Word's rendering of counter n in numFmt `fmt` (`chineseCounting` 11 -> 十一)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "koreanCounting"):
        return cn_counting(n)
    if fmt == "chineseLegalSimplified":
        return cn_counting(n, _CN_LEGAL, "拾佰仟万")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return "子丑寅卯辰巳午未申酉戌亥"[n - 1]
    if fmt in ("upperLetter", "lowerLetter") and n >= 1:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and n >= 1:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)
