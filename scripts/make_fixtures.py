#!/usr/bin/env python3
"""Make the cross-format fixtures: each corpus notice as DOCX, its PDF export and an HTML page.

    corpus/<stem>.txt --read_notice--> [Para | Table] --write_docx--> fixtures/docx/<stem>.docx
                                                        --soffice----> fixtures/pdf/<stem>.pdf
                                                        --write_html--> fixtures/html/<stem>.html

The layout is read from the text by line patterns (letterhead `…文件`, document number
`…〔2023〕8号`, title, addressees `…：`, outline markers, signature and date, 抄送), never per
file. Outline markers at the start of a line become Word automatic numbering and are removed
from the paragraph text, so a DOCX reader must resolve numbering.xml to see them. Two
plain-text table layouts become real tables: tab-separated rows (a table broken across pages,
its header rows repeated and `— 7 —` page numbers between the pieces) and one TAB-led cell per
line with blank lines between rows (a cell may run on to the next line without a TAB).

Needs LibreOffice Writer (`soffice`) and the Noto CJK fonts; run `make fixtures`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
OUT = ROOT / "fixtures"

# --- reading the text -------------------------------------------------------------------------

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_PAGE_NUMBER = re.compile(r"^\s*[-—–－─]\s*\d{1,4}\s*[-—–－─]\s*$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_MD_INLINE = re.compile(r"\*\*(.+?)\*\*|\[([^\]\n]+)\]\(((?:mailto:|https?://)[^)\s]+)\)")
_CAPTION = re.compile(r"^\*\*(.+)\*\*$")
_NUMERALS = "一二三四五六七八九十"
# (numbering level, marker pattern): 一、 （一） 1. （1）; the group is the marker's number
_MARKERS = [
    (0, re.compile(rf"^([{_NUMERALS}]{{1,3}})、\s*")),
    (1, re.compile(rf"^[（(]([{_NUMERALS}]{{1,3}})[）)]\s*")),
    (2, re.compile(r"^(\d{1,2})[.．](?!\d)\s*")),
    (3, re.compile(r"^[（(](\d{1,2})[）)]\s*")),
]
_LETTERHEAD = re.compile(f"^[{CJK}（）()]{{2,30}}文件$")
_DOC_NUMBER = re.compile(f"^[{CJK}]{{1,12}}[〔［\\[]\\d{{4}}[〕］\\]]\\d{{1,4}}号$")
_DOC_TYPES = ("通知|通报|通告|公告|方案|意见|安排|办法|决定|规定|细则|规划|计划|要点|报告|批复|函|纪要|行动|活动|"
              "通報|意見|辦法|決定|規定|細則|規劃|計劃|報告|批復|紀要|行動|活動")
_TITLE_END = re.compile(f"(?:{_DOC_TYPES})$")
_SENTENCE_PUNCT = re.compile(r"[。，；！？,;!?]")
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
                        r"[\d一二三四五六七八九十]{1,3}日(印发)?$")
_CC = re.compile(r"^抄送[：:]")
_ATTACHMENT = re.compile(r"^附件\s*\d*\s*(?:[：:]|$)")
_LIST_ITEM = re.compile(r"^[-•·]\s+")
_ENDS_SENTENCE = "。！？；：:!?;…~"


@dataclass
class Run:
    text: str
    bold: bool = False
    href: Optional[str] = None


@dataclass
class Para:
    """One paragraph of the notice and its part in the layout.

    role: letterhead, doc_number, title, part_title, caption, attachment, recipients,
    heading (numbered, `level` 0-3 and `value` the marker's number), body, item (`- …`),
    signature, date, printed_by, printed_date, cc.
    """
    role: str
    runs: list[Run]
    level: Optional[int] = None
    value: Optional[int] = None
    marker: str = ""
    indented: bool = False     # the source line began with spaces: a continuation, not a paragraph

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Table:
    rows: list[list[list[str]]]          # row -> cell -> the cell's lines
    header_rows: int = 1

    @property
    def columns(self) -> int:
        return max(len(r) for r in self.rows)


Item = Union[Para, Table]


@dataclass
class Line:
    text: str
    blank_before: bool


def chinese_number(s: str) -> int:
    """一 -> 1, 十二 -> 12, 二十 -> 20 (up to 99)."""
    if s.isdigit():
        return int(s)
    digits = {c: i + 1 for i, c in enumerate(_NUMERALS[:9])}
    if "十" not in s:
        return digits[s]
    tens, _, ones = s.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def inline_runs(text: str) -> list[Run]:
    """`**bold**` and `[text](mailto:…)` as runs without their markdown marks."""
    runs, pos = [], 0
    for m in _MD_INLINE.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos:m.start()]))
        runs.append(Run(m.group(1), bold=True) if m.group(1) is not None else Run(m.group(2), href=m.group(3)))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return runs or [Run("")]


def _is_cell_line(line: str) -> bool:
    """A line of the one-cell-per-line layout: a TAB, then the cell's text."""
    return line.startswith("\t") and "\t" not in line[1:]


def _is_tsv_line(line: str) -> bool:
    return "\t" in line and not _is_cell_line(line)


def _skippable(line: str) -> bool:
    return not line.strip() or bool(_PAGE_NUMBER.match(line))


def _same_row(a: list[str], b: list[str]) -> bool:
    """Rows equal but for spacing (a header row repeated on the next page)."""
    return [re.sub(r"\s", "", c) for c in a] == [re.sub(r"\s", "", c) for c in b]


def _read_tsv_table(lines: list[str], i: int) -> tuple[Table, int]:
    """Tab-separated rows from line i; pieces split by page breaks (blank and page-number lines
    between them, the header rows repeated) are joined into one table."""
    pieces: list[list[list[str]]] = []
    while True:
        piece = []
        while i < len(lines) and _is_tsv_line(lines[i]):
            piece.append(lines[i].split("\t"))
            i += 1
        pieces.append(piece)
        j = i
        while j < len(lines) and _skippable(lines[j]):
            j += 1
        if j < len(lines) and _is_tsv_line(lines[j]) and len(lines[j].split("\t")) == len(pieces[0][0]):
            i = j
            continue
        break
    header = 1
    if len(pieces) > 1:
        header = 0
        while all(header < len(p) and _same_row(p[header], pieces[0][header]) for p in pieces[1:]):
            header += 1
        header = max(header, 1)
    rows = pieces[0] + [r for p in pieces[1:] for r in p[header if _same_row(p[0], pieces[0][0]) else 0:]]
    width = max(len(r) for r in rows)
    cells = [[[c.strip()] if c.strip() else [] for c in r + [""] * (width - len(r))] for r in rows]
    return Table(cells, header_rows=header), i


def _read_cell_table(lines: list[str], i: int) -> tuple[Table, int]:
    """Rows of TAB-led cells, one per line, rows separated by blank lines; a line without a
    leading TAB continues the cell above it."""
    rows: list[list[list[str]]] = []
    while i < len(lines) and _is_cell_line(lines[i]):
        row: list[list[str]] = []
        while i < len(lines) and (lines[i].strip() or _is_cell_line(lines[i])):
            if _is_cell_line(lines[i]):
                row.append([])
            text = lines[i].strip().replace("\u00a0", "").strip()
            if text:
                row[-1].append(text)
            i += 1
        rows.append(row)
        while i < len(lines) and not lines[i].strip():
            i += 1
    width = max(len(r) for r in rows)
    return Table([r + [[] for _ in range(width - len(r))] for r in rows]), i


def split_blocks(text: str) -> list[Union[Line, Table]]:
    """The text's lines, with its tables read as Tables and page-number lines dropped."""
    lines = text.splitlines()
    out: list[Union[Line, Table]] = []
    i, blank = 0, False
    while i < len(lines):
        line = lines[i].rstrip()
        if _skippable(line):
            blank, i = True, i + 1
            continue
        if _is_tsv_line(line):
            table, i = _read_tsv_table(lines, i)
        elif _is_cell_line(line) and i + 1 < len(lines) and lines[i + 1].strip():
            table, i = _read_cell_table(lines, i)
        else:
            out.append(Line(line, blank))
            blank, i = False, i + 1
            continue
        out.append(table)
        blank = True
    return out


def _title_like(text: str) -> bool:
    return len(text) >= 6 and not _SENTENCE_PUNCT.search(text) and bool(_TITLE_END.search(text))


def _marker(text: str) -> Optional[tuple[int, int, str, str]]:
    """(level, number, marker, rest) for a line that starts with an outline marker."""
    for level, pattern in _MARKERS:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return level, chinese_number(m.group(1)), m.group(0).strip(), text[m.end():]
    return None


def classify(lines: list[Line]) -> list[tuple[Para, Line]]:
    """Give every line its role in the layout."""
    out: list[tuple[Para, Line]] = []
    title_seen, since_title = False, 0
    for line in lines:
        raw = line.text
        text = raw.strip()
        md = _MD_HEADING.match(text)
        if md:
            text = text[md.end():]
        marker = None if raw[:1].isspace() else _marker(text)
        caption = _CAPTION.match(text)
        if marker:
            level, value, mark, rest = marker
            para = Para("heading", inline_runs(rest), level=level, value=value, marker=mark)
        elif caption:
            para = Para("caption", [Run(caption.group(1), bold=True)])
        elif not title_seen and _LETTERHEAD.match(text):
            para = Para("letterhead", [Run(text)])
        elif _DOC_NUMBER.match(text):
            para = Para("doc_number", [Run(text)])
        elif not title_seen and (md or _title_like(text)):
            para, title_seen = Para("title", inline_runs(text)), True
        elif md or (title_seen and _title_like(text) and line.blank_before):
            para = Para("part_title", inline_runs(text))
        elif _DATE_LINE.match(text):
            para = Para("printed_date" if text.endswith("印发") else "date", [Run(text)])
            _mark_signature(out, para.role)
        elif _CC.match(text):
            para = Para("cc", [Run(text)])
        elif _ATTACHMENT.match(text):
            para = Para("attachment", inline_runs(text))
        elif (title_seen and since_title <= 12 and text[-1] in "：:" and len(text) <= 60
              and "。" not in text and "如下" not in text and not any(p.role == "recipients" for p, _ in out)):
            para = Para("recipients", [Run(text)])
        elif _LIST_ITEM.match(text):
            para = Para("item", inline_runs(text))
        else:
            para = Para("body", inline_runs(text), indented=raw[:1].isspace() and bool(out))
        since_title += title_seen
        out.append((para, line))
    return out


def _mark_signature(done: list[tuple[Para, Line]], date_role: str) -> None:
    """The short line just above a date line is the signature (or, above 印发, the printer)."""
    if done:
        prev = done[-1][0]
        if prev.role == "body" and len(prev.text) <= 30 and not _SENTENCE_PUNCT.search(prev.text):
            prev.role = "printed_by" if date_role == "printed_date" else "signature"


def _continues(prev: Para, nxt: Para, blank_between: bool) -> bool:
    """Is `nxt` the rest of `prev`, broken by a line or page wrap of the source?

    Mid-sentence punctuation (、，) at the end always continues; a blank line (a page break)
    also continues a long prose line that ends inside a word.
    """
    if prev.role not in ("body", "heading", "cc") or nxt.role != "body" or nxt.indented:
        return False
    a, b = prev.text, nxt.text
    if not a or not b or a[-1] in _ENDS_SENTENCE or b[-1] in "：:":
        return False
    if a[-1] in "、，,":
        return True
    starts_word = bool(_CJK_CHAR.match(b[0])) or b[0] in "（(《“" or b[0].isalnum()
    ends_word = bool(_CJK_CHAR.match(a[-1])) or a[-1] in "》”）)"
    return blank_between and ends_word and starts_word and len(a) >= 20 and bool(_SENTENCE_PUNCT.search(a))


def read_notice(text: str) -> list[Item]:
    """The notice as paragraphs (with layout roles) and tables, source line wraps rejoined."""
    items: list[Item] = []
    pending: list[Line] = []

    def flush():
        prev_line = None
        for para, line in classify(pending):
            last = items[-1] if items else None
            if isinstance(last, Para) and prev_line is not None and _continues(last, para, line.blank_before):
                last.runs += para.runs
            else:
                items.append(para)
            prev_line = line
        pending.clear()

    for block in split_blocks(text):
        if isinstance(block, Table):
            flush()
            items.append(block)
        else:
            pending.append(block)
    flush()
    return items


def title_of(items: list[Item]) -> str:
    """The first title, its layout spaces between Chinese characters removed."""
    title = next((i.text for i in items if isinstance(i, Para) and i.role == "title"), "")
    return re.sub(rf"(?<=[{CJK}》”])\s+|\s+(?=[{CJK}《“])", "", title).strip()


def is_traditional(text: str) -> bool:
    from opencc import OpenCC
    han = "".join(_CJK_CHAR.findall(text))
    simplified = OpenCC("t2s").convert(han)
    return bool(han) and sum(a != b for a, b in zip(han, simplified)) > 0.02 * len(han)


# --- DOCX -------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PT = 20                       # twips per point
BODY_PT, TITLE_PT, LETTERHEAD_PT, TABLE_PT = 16, 22, 28, 10.5
RED = "E60012"


@dataclass
class Fonts:
    """East Asian fonts: Song-style for titles, the body face (FangSong is not installed, so its
    fallback Noto Serif CJK), Hei-style for first-level headings."""
    song: str
    body: str
    hei: str
    lang: str

    @classmethod
    def for_script(cls, traditional: bool) -> Fonts:
        v = "TC" if traditional else "SC"
        return cls(f"Noto Serif CJK {v}", f"Noto Serif CJK {v}", f"Noto Sans CJK {v}",
                   "zh-TW" if traditional else "zh-CN")


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _el(tag: str, **attrs) -> object:
    from docx.oxml import OxmlElement
    e = OxmlElement(f"w:{tag}")
    for k, v in attrs.items():
        e.set(_w(k), str(v))
    return e


def _set_fonts(rpr, east_asia: str, size: Optional[float] = None, bold: bool = False,
               color: Optional[str] = None, lang: Optional[str] = None) -> None:
    """Write w:rFonts (Times New Roman for Latin, `east_asia` for CJK), size, bold, colour, lang."""
    for tag in ("rFonts", "b", "color", "sz", "szCs", "lang"):
        for old in rpr.findall(_w(tag)):
            rpr.remove(old)
    children = [_el("rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia=east_asia,
                    cs="Times New Roman")]
    if bold:
        children.append(_el("b"))
    if color:
        children.append(_el("color", val=color))
    if size:
        children += [_el("sz", val=int(size * 2)), _el("szCs", val=int(size * 2))]
    if lang:
        children.append(_el("lang", val="en-US", eastAsia=lang))
    for c in reversed(children):
        rpr.insert(0, c)


def _numbering_xml(nums: list[tuple[int, int]], fonts: Fonts) -> bytes:
    """numbering.xml: one abstract list 一、 /（一）/ 1. /（1）, and one w:num per run of
    headings, each restarting its level at the run's first number (lvlOverride/startOverride)."""
    formats = [("chineseCounting", "%1、", fonts.hei), ("chineseCounting", "（%2）", fonts.body),
               ("decimal", "%3.", fonts.body), ("decimal", "（%4）", fonts.body)]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="{2 * BODY_PT * PT}" w:firstLineChars="200"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
        f'<w:sz w:val="{BODY_PT * 2}"/></w:rPr></w:lvl>'
        for i, (fmt, text, font) in enumerate(formats))
    num_xml = "".join(
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="{level}">'
        f'<w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
        for num_id, (level, start) in enumerate(nums, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
            f'{num_xml}</w:numbering>').encode()


def assign_numbering(items: list[Item]) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """numId for every heading (by id()) and the (level, start) of each w:num.

    A heading continues the current list of its level when its number is the next one and no
    higher-level heading came between; otherwise it starts a new w:num that restarts the level
    at its number (each new 一、 section restarts （一）; a second document restarts 一、).
    """
    nums: list[tuple[int, int]] = []
    current: dict[int, tuple[int, int]] = {}     # level -> (numId, last number)
    ids: dict[int, int] = {}
    for item in items:
        if not (isinstance(item, Para) and item.role == "heading"):
            continue
        level, value = item.level, item.value
        for deeper in [k for k in current if k > level]:
            del current[deeper]
        num_id, last = current.get(level, (0, 0))
        if not num_id or value != last + 1:
            nums.append((level, value))
            num_id = len(nums)
        current[level] = (num_id, value)
        ids[id(item)] = num_id
    return ids, nums


def _paragraph_format(p, align=None, first_chars: float = 0, left_chars: float = 0, right_chars: float = 0,
                      exact_pt: Optional[float] = 28.0, before: float = 0, after: float = 0,
                      size: float = BODY_PT, border: Optional[str] = None, outline: Optional[int] = None):
    """Alignment, indents in characters of `size`, exact line spacing, a bottom or top rule."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    ppr = p._p.get_or_add_pPr()
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT, "both": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if border:
        side, color, sz = border.split(":")
        bdr = _el("pBdr")
        bdr.append(_el(side, val="single", sz=sz, space="6", color=color))
        ppr.append(bdr)
    spacing = _el("spacing", before=int(before * PT), after=int(after * PT))
    if exact_pt:
        spacing.set(_w("line"), str(int(exact_pt * PT)))
        spacing.set(_w("lineRule"), "exact")
    ppr.append(spacing)
    ind = _el("ind")
    twip = size * PT
    if first_chars:
        ind.set(_w("firstLine"), str(int(first_chars * twip)))
        ind.set(_w("firstLineChars"), str(int(first_chars * 100)))
    if left_chars:
        ind.set(_w("left"), str(int(left_chars * twip)))
        ind.set(_w("leftChars"), str(int(left_chars * 100)))
    if right_chars:
        ind.set(_w("right"), str(int(right_chars * twip)))
        ind.set(_w("rightChars"), str(int(right_chars * 100)))
    if len(ind.attrib):
        ppr.append(ind)
    if outline is not None:
        ppr.append(_el("outlineLvl", val=outline))


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def _order_ppr(p) -> None:
    """Put w:pPr's children in the schema's order (Word and LibreOffice ignore misplaced ones)."""
    ppr = p._p.get_or_add_pPr()
    rank = {_w(tag): k for k, tag in enumerate(_PPR_ORDER)}
    children = sorted(ppr, key=lambda e: rank.get(e.tag, len(rank)))
    for child in children:
        ppr.append(child)


def _add_runs(p, runs: list[Run], font: str, size: float, bold: bool = False, color: Optional[str] = None,
              bold_until: int = 0) -> None:
    """Runs with their fonts; links as real w:hyperlink elements; the first `bold_until`
    characters bold (a heading that runs on into its paragraph)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    pos = 0
    for run in runs:
        pieces = [(run.text, run.bold or bold)]
        if bold_until and pos < bold_until < pos + len(run.text):
            cut = bold_until - pos
            pieces = [(run.text[:cut], True), (run.text[cut:], run.bold or bold)]
        elif bold_until and pos + len(run.text) <= bold_until:
            pieces = [(run.text, True)]
        pos += len(run.text)
        for text, is_bold in pieces:
            if not text:
                continue
            r = p.add_run(text)
            _set_fonts(r._r.get_or_add_rPr(), font, size, is_bold, color)
            if run.href:
                r_id = p.part.relate_to(run.href, RT.HYPERLINK, is_external=True)
                link = _el("hyperlink")
                link.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", r_id)
                r._r.addprevious(link)
                link.append(r._r)
                r._r.get_or_add_rPr().insert(0, _el("rStyle", val="Hyperlink"))


def _page_setup(section, landscape: bool = False) -> None:
    """A4 with GB/T 9704 margins (top 37, bottom 35, left 28, right 26 mm)."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = \
            Mm(28), Mm(26), Mm(37), Mm(35)
    else:
        section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = \
            Mm(37), Mm(35), Mm(28), Mm(26)
    section.footer_distance = Mm(20)


def _page_numbers(doc, fonts: Fonts) -> None:
    """GB/T 9704 page numbers `— 1 —`: odd pages at the right, even pages at the left."""
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        p = footer.paragraphs[0]
        _paragraph_format(p, align=align, exact_pt=None, left_chars=1 if align == "left" else 0,
                          right_chars=1 if align == "right" else 0, size=14)
        _add_runs(p, [Run("— ")], fonts.song, 14)
        field_el = _el("fldSimple", instr=" PAGE ")
        r = _el("r")
        rpr = _el("rPr")
        _set_fonts(rpr, fonts.song, 14)
        r.append(rpr)
        t = _el("t")
        t.text = "1"
        r.append(t)
        field_el.append(r)
        p._p.append(field_el)
        _add_runs(p, [Run(" —")], fonts.song, 14)
        _order_ppr(p)


def _column_widths(table: Table, total_twips: int) -> list[int]:
    """Widths growing with the square root of each column's longest cell, never very narrow."""
    longest = [max(len("".join(row[c])) for row in table.rows) for c in range(table.columns)]
    weights = [max(n ** 0.5, 4) for n in longest]
    total = sum(weights)
    return [int(total_twips * w / total) for w in weights]


def _header_merges(table: Table) -> dict[tuple[int, int], str]:
    """Empty header cells as parts of merged cells: 'up' continues the cell above (a vertical
    merge), 'left' widens the cell to the left (a horizontal span)."""
    merges: dict[tuple[int, int], str] = {}
    for r in range(table.header_rows):
        for c, cell in enumerate(table.rows[r]):
            if cell:
                continue
            above = (r - 1, c)
            if r > 0 and (table.rows[r - 1][c] or merges.get(above) == "up"):
                merges[(r, c)] = "up"
            elif c > 0 and (table.rows[r][c - 1] or (r, c - 1) in merges):
                merges[(r, c)] = "left"
    return merges


def _write_table(doc, table: Table, fonts: Fonts, width_twips: int) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Twips
    t = doc.add_table(rows=len(table.rows), cols=table.columns)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = _column_widths(table, width_twips)
    for column, width in zip(t.columns, widths):
        column.width = Twips(width)
    for r, row in enumerate(table.rows):
        tr = t.rows[r]._tr
        if r < table.header_rows:
            tr.get_or_add_trPr().append(_el("tblHeader"))
        tr.get_or_add_trPr().append(_el("cantSplit"))
        for c, lines in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Twips(widths[c])
            p = cell.paragraphs[0]
            for k, line in enumerate(lines or [""]):
                if k:
                    p = cell.add_paragraph()
                _paragraph_format(p, align="center" if r < table.header_rows or len(line) <= 8 else "left",
                                  exact_pt=None, size=TABLE_PT)
                _add_runs(p, inline_runs(line), fonts.hei if r < table.header_rows else fonts.body, TABLE_PT)
                _order_ppr(p)
    merges = _header_merges(table)
    for (r, c), how in sorted(merges.items()):
        if how == "left":
            start = c
            while merges.get((r, start)) == "left":
                start -= 1
            t.cell(r, start).merge(t.cell(r, c))
    for (r, c), how in sorted(merges.items()):
        if how == "up":
            t.cell(r - 1, c).merge(t.cell(r, c))
    for cell_el in t._tbl.iter(_w("tc")):
        for p_el in cell_el.findall(_w("p"))[1:]:
            if not "".join(p_el.itertext()).strip():
                cell_el.remove(p_el)   # python-docx's merge keeps the merged cells' empty paragraphs


def _para_style(para: Para, fonts: Fonts) -> dict:
    """Layout of one paragraph by its role (GB/T 9704 sizes: 三号 16pt text, 二号 22pt title)."""
    role = para.role
    if role == "letterhead":
        return dict(fmt=dict(align="center", exact_pt=None, after=12, size=LETTERHEAD_PT),
                    run=dict(font=fonts.song, size=LETTERHEAD_PT, bold=True, color=RED))
    if role == "doc_number":
        return dict(fmt=dict(align="center", exact_pt=None, after=24, border=f"bottom:{RED}:18"),
                    run=dict(font=fonts.body, size=BODY_PT))
    if role in ("title", "part_title"):
        return dict(fmt=dict(align="center", exact_pt=36, after=16,
                             size=TITLE_PT), run=dict(font=fonts.song, size=TITLE_PT, bold=True))
    if role == "caption":
        return dict(fmt=dict(align="center", exact_pt=None, after=6), run=dict(font=fonts.song, size=BODY_PT))
    if role in ("attachment", "recipients"):
        font = fonts.hei if role == "attachment" else fonts.body
        return dict(fmt=dict(align="left"), run=dict(font=font, size=BODY_PT))
    if role in ("signature", "date", "printed_date"):
        return dict(fmt=dict(align="right", right_chars=4), run=dict(font=fonts.body, size=BODY_PT))
    if role in ("printed_by", "cc"):
        border = "top:000000:8" if role == "cc" else None
        return dict(fmt=dict(align="left", left_chars=1, border=border, size=14), run=dict(font=fonts.body, size=14))
    if role == "heading":
        standalone = not _SENTENCE_PUNCT.search(para.text)
        font = fonts.hei if para.level == 0 else fonts.body
        heading_end = len(para.text) if standalone else _heading_end(para.text)
        return dict(fmt=dict(align="both", first_chars=2, outline=para.level if standalone else None),
                    run=dict(font=font, size=BODY_PT, bold_until=heading_end if para.level == 1 else 0))
    return dict(fmt=dict(align="both", first_chars=0 if para.indented else 2, left_chars=3 if para.indented else 0),
                run=dict(font=fonts.body, size=BODY_PT))


def _heading_end(text: str) -> int:
    m = re.search(r"[。：:]", text)
    return m.end() if m else 0


def write_docx(items: list[Item], path: Path, fonts: Fonts, title: str, when: Optional[dt.datetime]) -> None:
    from docx import Document
    doc = Document()
    _styles(doc, fonts)
    _page_setup(doc.sections[0])
    _page_numbers(doc, fonts)
    num_ids, nums = assign_numbering(items)
    doc.part.numbering_part._element = _parse(_numbering_xml(nums, fonts))
    body = doc.element.body
    for p_el in body.findall(_w("p")):
        body.remove(p_el)
    landscape = False
    for k, item in enumerate(items):
        wide = _wide_table_ahead(items, k)
        if wide != landscape and (isinstance(item, Table) or item.role == "caption" or not wide):
            from docx.enum.section import WD_SECTION
            _page_setup(doc.add_section(WD_SECTION.NEW_PAGE), landscape=wide)
            landscape = wide
        if isinstance(item, Table):
            section = doc.sections[-1]
            _write_table(doc, item, fonts, int((section.page_width - section.left_margin - section.right_margin) / 635))
            continue
        p = doc.add_paragraph()
        restart = item.role == "part_title" and k > 0
        style = _para_style(item, fonts)
        _paragraph_format(p, **style["fmt"])
        if restart:
            p.paragraph_format.page_break_before = True   # a forwarded plan starts on a new page
        if item.role == "heading":
            numpr = _el("numPr")
            numpr.append(_el("ilvl", val=item.level))
            numpr.append(_el("numId", val=num_ids[id(item)]))
            p._p.get_or_add_pPr().insert(0, numpr)
            if not _SENTENCE_PUNCT.search(item.text):
                p.paragraph_format.keep_with_next = True
        _add_runs(p, item.runs, **style["run"])
        _order_ppr(p)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by, props.comments = title, "", "", ""
    props.created = props.modified = when or dt.datetime(2023, 1, 1)
    props.revision = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    _freeze_zip(path)


def _wide_table_ahead(items: list[Item], k: int) -> bool:
    """True where item k is a table of 8 or more columns, or the caption just before one:
    such tables go on landscape pages."""
    for item in items[k:k + 2]:
        if isinstance(item, Table):
            return item.columns >= 8
        if item.role != "caption":
            return False
    return False


def _parse(xml: bytes):
    from docx.oxml import parse_xml
    return parse_xml(xml)


def _styles(doc, fonts: Fonts) -> None:
    """Normal: the body face at 16pt in the notice's language; the Hyperlink character style."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor
    normal = doc.styles["Normal"]
    _set_fonts(normal.element.get_or_add_rPr(), fonts.body, BODY_PT, lang=fonts.lang)
    normal.paragraph_format.space_after = Pt(0)
    link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True


def _freeze_zip(path: Path) -> None:
    """Rewrite the DOCX with fixed member dates and no thumbnail, so a rebuild is byte-identical."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist() if "thumbnail" not in i.filename]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
            if name == "[Content_Types].xml":
                data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


# --- PDF --------------------------------------------------------------------------------------

def export_pdfs(docx_paths: list[Path], out_dir: Path) -> None:
    """LibreOffice's PDF export (fonts subset and embedded), with a throwaway profile so it
    runs headless, also as root."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("make_fixtures: LibreOffice is needed (Debian: apt-get install libreoffice-writer)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo_profile") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, docx_paths)],
                       check=True, capture_output=True, timeout=600)


def check_pdf_text(pdf: Path, expect: str) -> None:
    """pdftotext must give back the title's characters: the CJK fonts are embedded with a ToUnicode map."""
    if not shutil.which("pdftotext"):
        return
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    squeezed = re.sub(r"\s+", "", text)
    if re.sub(r"\s+", "", expect)[:12] not in squeezed:
        raise SystemExit(f"make_fixtures: {pdf.name}: pdftotext does not give back {expect[:12]!r}")


# --- HTML -------------------------------------------------------------------------------------

SITE = "山阴县人民政府"
# A county site serving GBK pages next to UTF-8 ones is common; which fixture gets which is arbitrary.
PAGE_ENCODINGS = {"000": "gbk", "003": "gb18030"}

_NAV = ["首页", "政务公开", "政策文件", "政务服务", "互动交流", "走进山阴"]
_RELATED = [("关于做好2023年春季农业生产工作的通知", "2023-03-02"),
            ("山阴县2023年农产品质量安全监管工作要点", "2023-02-20"),
            ("县政府召开农业农村工作会议", "2023-01-16")]


def _html_runs(runs: list[Run]) -> str:
    out = []
    for r in runs:
        text = html.escape(r.text, quote=False)
        if r.href:
            text = f'<a href="{html.escape(r.href)}">{text}</a>'
        if r.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def _html_table(table: Table) -> str:
    merges = _header_merges(table)
    rows = []
    for r, row in enumerate(table.rows):
        cells = []
        for c, lines in enumerate(row):
            if (r, c) in merges:
                continue
            span = 1
            while (r, c + span) in merges and merges[(r, c + span)] == "left":
                span += 1
            down = 1
            while (r + down, c) in merges and merges[(r + down, c)] == "up":
                down += 1
            attrs = (f' colspan="{span}"' if span > 1 else "") + (f' rowspan="{down}"' if down > 1 else "")
            tag = "th" if r < table.header_rows else "td"
            body = "<br>".join(_html_runs(inline_runs(line)) for line in lines) or "&nbsp;"
            cells.append(f"<{tag}{attrs}>{body}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head, rest = rows[:table.header_rows], rows[table.header_rows:]
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" width="100%">\n'
            f"<thead>\n{chr(10).join(head)}\n</thead>\n<tbody>\n{chr(10).join(rest)}\n</tbody>\n</table>")


def _html_para(para: Para) -> str:
    style = {
        "letterhead": ' style="text-align:center;color:#e60012;font-size:28px;font-weight:bold"',
        "doc_number": ' style="text-align:center"',
        "title": ' style="text-align:center;font-size:22px;font-weight:bold"',
        "part_title": ' style="text-align:center;font-size:22px;font-weight:bold"',
        "caption": ' style="text-align:center"',
        "signature": ' style="text-align:right"', "date": ' style="text-align:right"',
        "printed_date": ' style="text-align:right"',
        "recipients": "", "attachment": "", "printed_by": "", "cc": "",
    }.get(para.role, ' style="text-indent:2em"')
    text = _html_runs(para.runs)
    if para.role == "heading":
        text = html.escape(para.marker) + text
        if not _SENTENCE_PUNCT.search(para.text):
            text = f"<strong>{text}</strong>"
    return f"<p{style}>{text}</p>"


def _article_html(items: list[Item]) -> str:
    out, in_list = [], False
    for item in items:
        is_item = isinstance(item, Para) and item.role == "item"
        if is_item and not in_list:
            out.append('<ul class="list">')
        elif in_list and not is_item:
            out.append("</ul>")
        in_list = is_item
        if isinstance(item, Table):
            out.append(_html_table(item))
        elif is_item:
            out.append(f"<li>{_html_runs(inline_runs(_LIST_ITEM.sub('', item.text)))}</li>")
        else:
            out.append(_html_para(item))
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _source_of(items: list[Item]) -> str:
    """The page's 来源: the signature, else the letterhead without 文件, else the site."""
    for role in ("signature", "letterhead"):
        para = next((i for i in items if isinstance(i, Para) and i.role == role), None)
        if para:
            return para.text.removesuffix("文件")
    return SITE


def notice_date(items: list[Item], text: str) -> Optional[dt.date]:
    """The date under the signature, else the last ISO date the text shows (e.g. a list of links)."""
    for item in items:
        if isinstance(item, Para) and item.role in ("date", "printed_date"):
            m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", item.text)
            if m:
                return dt.date(*map(int, m.groups()))
    iso = re.findall(r"\b(20\d{2})-(\d{2})-(\d{2})\b", text)
    return dt.date(*map(int, max(iso))) if iso else None


def write_html(items: list[Item], path: Path, title: str, published: Optional[dt.date], encoding: str,
               traditional: bool) -> None:
    """A page as saved from a county government site: the notice inside div.article, the
    site's header, navigation, breadcrumbs, share bar, related links, comment box and footer around it."""
    charset = ('<meta charset="utf-8">' if encoding == "utf-8"
               else f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">')
    esc = html.escape
    when = f"{published:%Y-%m-%d} 09:30" if published else ""
    info = (f'<span class="time">发布时间：{when}</span>' if when else "") + \
        f'<span class="source">来源：{esc(_source_of(items))}</span>' \
        '<span class="hits">浏览次数：<script>document.write(hits)</script>1024</span>' \
        '<span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> ' \
        '<a href="javascript:doZoom(14)">小</a></span>'
    nav = "".join(f'<li><a href="/{k}/">{esc(n)}</a></li>' for k, n in enumerate(_NAV))
    related = "".join(f'<li><a href="/zwgk/zcwj/{d.replace("-", "")}.html">{esc(t)}</a><span>{d}</span></li>'
                      for t, d in _RELATED)
    page = f"""<!DOCTYPE html>
<html lang="{'zh-Hant' if traditional else 'zh-CN'}">
<head>
{charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}_{SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="ColumnName" content="政策文件">
<meta name="ArticleTitle" content="{esc(title)}">
{f'<meta name="PubDate" content="{when}">' if when else ''}
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
<script>var hits = 0; function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}</script>
</head>
<body>
<div class="topbar"><span>欢迎访问{SITE}门户网站</span><a href="/wza/">无障碍浏览</a> | <a href="/old/">长者模式</a> | <a href="/login">登录</a></div>
<div class="header">
<a class="logo" href="/"><img src="/images/logo.png" alt="{SITE}"></a>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div>
<div class="nav"><ul>{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/1/">政务公开</a> &gt; <a href="/2/">政策文件</a> &gt; 正文</div>
<div class="main">
<div class="article">
<h1>{esc(title)}</h1>
<div class="info">{info}</div>
<div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a> <a class="wb" href="http://service.weibo.com/share/share.php">微博</a> <a class="qq" href="javascript:void(0)">QQ空间</a></div>
<div class="content" id="zoom">
{_article_html(items)}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>{related}</ul></div>
<div class="comment"><h3>我要评论</h3>
<form action="/comment" method="post"><textarea name="content" placeholder="请输入您的评论（限500字）"></textarea>
<input type="text" name="name" placeholder="昵称"><input type="text" name="code" placeholder="验证码"><button type="submit">发表评论</button></form>
<p class="tip">网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。</p></div>
</div>
<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/ystm/">隐私声明</a></p>
<p>主办单位：山阴县人民政府办公室　版权所有：{SITE}</p>
<p>联系我们：电话 0349-7022315　邮箱 syxzfb@163.com　地址：山阴县岱岳镇府前街1号</p>
<p>网站标识码：1406210001　<a href="https://beian.miit.gov.cn/">晋ICP备05006457号-1</a>　晋公网安备 14062102000118号</p>
</div>
</body>
</html>
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(page.encode(encoding))


# --- derived from the PDFs: scans (OCR) and OFD -----------------------------------------------

SCAN_DPI = 100  # the page images of the scan fixtures: grey JPEG, as an office scanner's "document" preset


def make_scan(pdf: Path, out: Path, last_page: Optional[int] = None) -> None:
    """An image-only rendering of a PDF (pdftoppm + img2pdf): no text layer, as a scanned paper copy;
    its first `last_page` pages only when given."""
    for tool in ("pdftoppm", "img2pdf"):
        if not shutil.which(tool):
            raise SystemExit(f"make_fixtures: {tool} is needed (Debian: apt-get install poppler-utils img2pdf)")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="scan") as tmp:
        pages = ["-l", str(last_page)] if last_page else []
        subprocess.run(["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-jpeg", "-jpegopt", "quality=60", *pages, str(pdf),
                        f"{tmp}/page"], check=True, capture_output=True, timeout=300)
        pages = sorted(Path(tmp).glob("page-*.jpg"))
        subprocess.run(["img2pdf", "--nodate", "-o", str(out), *map(str, pages)], check=True, capture_output=True,
                       timeout=300)


OFD_NS = "http://www.ofdspec.org/2016"
MM_PER_PT = 25.4 / 72


def make_ofd(pdf: Path, out: Path) -> None:
    """The PDF's text as an OFD (GB/T 33190): per page one TextObject per line, each glyph placed
    by DeltaX where the PDF draws it; the page size and the glyph sizes carried over in mm."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c
    doc = pypdfium2.PdfDocument(str(pdf))
    files: dict[str, str] = {}
    page_refs = []
    for index in range(len(doc)):
        page = doc[index]
        width, height = page.get_size()
        objects = []
        for line in _pdf_lines(page, pdfium_c):
            x0 = line[0][1]
            baseline = line[0][2]
            size = line[0][3]
            deltas = " ".join(f"{(b[1] - a[1]) * MM_PER_PT:.2f}" for a, b in zip(line, line[1:]))
            text = html.escape("".join(c[0] for c in line), quote=False)
            oid = len(objects) + 100
            objects.append(f'<ofd:TextObject ID="{oid}" Boundary="{x0 * MM_PER_PT:.2f} {(baseline - size) * MM_PER_PT:.2f} '
                           f'{(width - x0) * MM_PER_PT:.2f} {size * 1.5 * MM_PER_PT:.2f}" Font="1" '
                           f'Size="{size * MM_PER_PT:.2f}"><ofd:TextCode X="0" Y="{size * MM_PER_PT:.2f}"'
                           + (f' DeltaX="{deltas}"' if deltas else "") + f">{text}</ofd:TextCode></ofd:TextObject>")
        files[f"Doc_0/Pages/Page_{index}/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Area><ofd:PhysicalBox>0 0 '
            f'{width * MM_PER_PT:.2f} {height * MM_PER_PT:.2f}</ofd:PhysicalBox></ofd:Area><ofd:Content>'
            f'<ofd:Layer ID="{index + 10}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')
        page_refs.append(f'<ofd:Page ID="{index + 2}" BaseLoc="Pages/Page_{index}/Content.xml"/>')
    doc.close()
    files["OFD.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" '
                        'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>'
                        '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>'
        f'9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
        '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
        f'<ofd:Pages>{"".join(page_refs)}</ofd:Pages></ofd:Document>')
    files["Doc_0/PublicRes.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" '
                                    'BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="SimSun" FamilyName="SimSun"/>'
                                    '</ofd:Fonts></ofd:Res>')
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        for name, xml in files.items():
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), xml.encode("utf-8"), zipfile.ZIP_DEFLATED)


# pdfium reports a hyphen that ends a line (`E-` / `mail`) as code 2, not as `-` (blind21 ce_07)
_PDFIUM_CODES = {"\x02": "-"}


def _pdf_lines(page, pdfium_c) -> list[list[tuple[str, float, float, float]]]:
    """(char, x0, baseline from the top, font size) per glyph, grouped by baseline, left to right."""
    textpage = page.get_textpage()
    height = page.get_height()
    glyphs = []
    for i in range(pdfium_c.FPDFText_CountChars(textpage.raw)):
        ch = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i))
        ch = _PDFIUM_CODES.get(ch, ch)
        if ch.isspace() or ch < " " or pdfium_c.FPDFText_IsGenerated(textpage.raw, i):
            continue    # (a control character would make the page's XML ill-formed)
        x, y = ctypes_point(pdfium_c, textpage.raw, i)
        glyphs.append((ch, x, height - y, pdfium_c.FPDFText_GetFontSize(textpage.raw, i)))
    textpage.close()
    lines: list[list[tuple[str, float, float, float]]] = []
    for g in sorted(glyphs, key=lambda g: (round(g[2]), g[1])):
        if lines and abs(lines[-1][0][2] - g[2]) < 2 and g[1] >= lines[-1][-1][1]:
            lines[-1].append(g)
        else:
            lines.append([g])
    return lines


def ctypes_point(pdfium_c, raw, index: int) -> tuple[float, float]:
    import ctypes
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(raw, index, x, y)
    return x.value, y.value


def make_ofds(out: Path, stems: list[str]) -> None:
    """fixtures/ofd/<stem>.ofd from fixtures/pdf/<stem>.pdf."""
    for stem in stems:
        make_ofd(out / "pdf" / f"{stem}.pdf", out / "ofd" / f"{stem}.ofd")
        print(f"{stem}: ofd")


def make_scans(out: Path, folder: Path, stems: list[str]) -> None:
    """<folder>/<stem>.pdf, image-only renderings of fixtures/pdf/<stem>.pdf (not kept in the
    repository: 3 MB; the OCR tests and the bench make them)."""
    for stem in stems:
        make_scan(out / "pdf" / f"{stem}.pdf", folder / f"{stem}.pdf")
        print(f"{stem}: scan")


# --- main -------------------------------------------------------------------------------------

def make(src: Path, out: Path) -> Path:
    """The DOCX and HTML of one notice; returns the DOCX path (the PDF is exported in one batch)."""
    text = src.read_text(encoding="utf-8")
    items = read_notice(text)
    title = title_of(items)
    traditional = is_traditional(text)
    date = notice_date(items, text)
    docx_path = out / "docx" / f"{src.stem}.docx"
    write_docx(items, docx_path, Fonts.for_script(traditional), title,
               dt.datetime.combine(date, dt.time(9)) if date else None)
    published = date + dt.timedelta(days=3) if date else None
    write_html(items, out / "html" / f"{src.stem}.html", title, published,
               PAGE_ENCODINGS.get(src.stem[:3], "utf-8"), traditional)
    return docx_path


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--ofd-only", action="store_true", help="only remake the OFDs from the PDFs")
    ap.add_argument("--scans", type=Path, metavar="DIR", help="only write image-only renderings of the PDFs to DIR")
    args = ap.parse_args(argv)
    stems = [src.stem for src in sorted(args.corpus.glob("*.txt"))]
    if args.scans:
        make_scans(args.out, args.scans, stems)
        return
    if args.ofd_only:
        make_ofds(args.out, stems)
        return
    sources = sorted(args.corpus.glob("*.txt"))
    docx_paths = [make(src, args.out) for src in sources]
    export_pdfs(docx_paths, args.out / "pdf")
    for src in sources:
        check_pdf_text(args.out / "pdf" / f"{src.stem}.pdf", title_of(read_notice(src.read_text(encoding="utf-8"))))
        print(f"{src.stem}: docx, pdf, html")
    make_ofds(args.out, stems)


if __name__ == "__main__":
    main()
