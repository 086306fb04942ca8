"""Plain text: the encoding told from the bytes, one block per line, tables recognised.

Two table layouts occur in text saved from notices:
  TSV        each row on one line, cells separated by tabs (runs of lines with >= 2 tabs);
             a table split by page breaks repeats its header rows, which are kept once.
  cell list  each cell on its own line led by a TAB, rows separated by blank lines; a cell
             may run on into lines without a TAB (`\t牵头` then `单位`).
  pipe rows  each row on one line, cells separated by `|` (a portal's info table copied from its page,
             `发文字号: | 无 | 有 效 性: | 失效 |`, or a Markdown table); runs of lines with >= 2 `|` each.
  flat rows  every cell on its own line, no TAB, blank lines or none between (a crawl of a page's task
             table): a `序号` line, the other header cells (one a task table's column name), then each
             row from its serial number `1`, `2`, … to the next. A copy that kept each cell's border
             (`序号 |`, `牵头 单位 |`, a row's end `|`) may start at any row (`80 |`, `24 |`).
  spaced rows each row on one line, cells separated by spaces (a table pasted as plain text): a `序号` line
             naming a task and a unit column, then rows from serial number to serial number (`spaced_tables`).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..document import RawBlock, RawDocument
from ..errors import NoticeError
from ..rules import lexicon_set, regex
from . import check_block_count, table_rows

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_CONTROL = regex(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_HAS_WORDS = regex(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z]")
_PLAUSIBLE = regex(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2460-\u27bf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SPACE = regex(r"\s+")
_LINE_END = regex(rb"\r\n|\n|\r")
_SENTENCE_END = tuple("。！？；!?;")


# --- decoding ------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding name, warnings) for UTF-8/16/32 with or without BOM, GB18030/GBK, Big5, Big5-HKSCS."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom):], enc.replace("-sig", ""))
    if b"\x00" in data:
        enc = _bomless_utf16(data)
        if enc is None:
            raise NoticeError("binary data (NUL bytes), not a PDF, DOCX, HTML or text file", kind="corrupt")
        return _decode_as(data, enc)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _decode_mixed(data)
    return _decode_as(data, _guess_cjk_encoding(data))


def _decode_as(data: bytes, enc: str) -> tuple[str, str, list[str]]:
    try:
        return data.decode(enc), enc, []
    except UnicodeDecodeError as e:
        text = data.decode(enc, errors="replace")
        return text, enc, [f"text is not valid {enc} from byte {e.start}; undecodable bytes replaced"]


def _bomless_utf16(data: bytes) -> Optional[str]:
    """'utf-16-le' or 'utf-16-be' when the bytes read as plausible text in that byte order."""
    sample = data[:65536]
    sample = sample[:len(sample) // 2 * 2]
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        score = len(_PLAUSIBLE.findall(text)) / max(1, len(text))
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.9 else None


def _mostly_utf8(data: bytes) -> bool:
    """True when at least a quarter of the non-ASCII lines are UTF-8: a UTF-8 file with lines in
    another encoding (half and half, or more), not a GBK file with a line or two that happen to be
    valid UTF-8."""
    good = bad = 0
    for line in _LINE_END.split(data):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    return good > 0 and 3 * good >= bad


def _decode_mixed(data: bytes) -> tuple[str, str, list[str]]:
    """Decode line by line: UTF-8 where it fits, else the CJK encoding that fits the other lines."""
    lines = _LINE_END.split(data)
    foreign = b"\n".join(ln for ln in lines if not _is_utf8(ln))
    enc = _guess_cjk_encoding(foreign)
    out, replaced = [], 0
    for ln in lines:
        if _is_utf8(ln):
            out.append(ln.decode("utf-8"))
            continue
        try:
            out.append(ln.decode(enc))
        except UnicodeDecodeError:
            out.append(ln.decode("utf-8", errors="replace"))
            replaced += 1
    n_foreign = sum(1 for ln in lines if not _is_utf8(ln))
    warning = f"mixed encodings: {n_foreign} line(s) not UTF-8, decoded as {enc}"
    if replaced:
        warning += f"; {replaced} line(s) undecodable, bytes replaced"
    return "\n".join(out), "utf-8", [warning]


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


_CJK_ENCODINGS = ("gb18030", "big5", "big5hkscs")


def _guess_cjk_encoding(data: bytes) -> str:
    """GB18030 (a superset of GBK and GB2312), Big5 or Big5-HKSCS, by charset-normalizer, else by
    strict decoding. Big5-HKSCS is Big5 with the characters Hong Kong and Macau write (`衞`, `氹`,
    `埗`, `鰂`, `咗`, `携`): a file that holds one does not decode as Big5, and read as GB18030 it is
    noise; a file that decodes as Big5 is read as Big5."""
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=list(_CJK_ENCODINGS)).best()
    if best is not None:
        enc = "gb18030" if best.encoding in ("gb18030", "gbk", "gb2312") else best.encoding
        return "big5" if enc == "big5hkscs" and _decodes(data, "big5") else enc
    fits = [enc for enc in _CJK_ENCODINGS if _decodes(data, enc)]
    return min(fits, key=lambda enc: len(_MISREAD.findall(data.decode(enc)))) if fits else "gb18030"


# what Big5 bytes read as GB18030 turn into (`虏砰 璣ゅ 盚倒狟ね`, `︽現﹛уボэ`): kana, bopomofo, Greek, Cyrillic, box
# drawing, vertical and small forms and private-use characters, which Chinese prose hardly holds; when charset-normalizer
# gives no answer (a short notice, blind41 cy_08, or blind28 cl_09's first lines) the encoding that decodes with fewest wins
_MISREAD = regex(r"[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\ue000-\uf8ff\ufe30-\ufe6f]")


def _decodes(data: bytes, enc: str) -> bool:
    try:
        data.decode(enc)
        return True
    except UnicodeDecodeError:
        return False


# --- blocks --------------------------------------------------------------------------------

def read_text(data: bytes) -> RawDocument:
    text, encoding, warnings = decode(data)
    text = _strip_markup(text)
    if "\x00" in text or len(_CONTROL.findall(text)) > max(8, 0.02 * len(text)):
        raise NoticeError("binary data in a text file (control bytes)", kind="corrupt")
    blocks = text_blocks(text)
    if not any(_HAS_WORDS.search(b.text) or b.rows for b in blocks):
        raise NoticeError("file has no text", kind="no_text")
    return RawDocument(blocks=blocks, format="text", encoding=encoding, warnings=warnings)


# HTML a crawler left in its text (`<p>…</p><p style="…">…</p>`): the paragraph tags are line breaks
_MARKUP = regex(r"</?(?:p|br|div|li|tr|h[1-6])\b[^<>]{0,300}>", re.I)
_TAG = regex(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}\b[^<>]{0,300}>")


def _strip_markup(text: str) -> str:
    """Text with a crawler's leftover HTML tags made into the line breaks they stood for (at least three
    paragraph tags: a stray `<p>` in prose is left alone); entities decoded."""
    if len(_MARKUP.findall(text, 0, 200_000)) < 3:
        return text
    import html
    text = _MARKUP.sub("\n", text)
    text = re.sub(r"</?t[dh]\b[^<>]{0,300}>", "\t", text, flags=re.I)
    return html.unescape(_TAG.sub("", text))


def text_blocks(text: str) -> list[RawBlock]:
    """Paragraph blocks, one per non-empty line, and table blocks for both table layouts."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[RawBlock] = []
    # the table readers, in this order, whose mark the text holds (a reader starts only at a line holding it: TABs,
    # `|`, 序号); most texts hold none, and each reader was asked at every line. No cell list: the next line.
    readers = [reader for reader, mark in ((_tsv_table, "\t"), (_pipe_table, "|"), (_flat_table, _SERIAL_HEADER),
                                           (bordered_flat_table, "|"), (bordered_header_table, "|"),
                                           (serial_bar_table, "|")) if mark in text]
    cell_lists = "\t" in text
    i = 0
    while i < len(lines):
        table, nxt = None, i + 1
        for reader in readers:
            if found := reader(lines, i):
                table, nxt = found
                break
        else:
            if cell_lists:
                table, nxt = _cell_list_table(lines, i)
        if table is not None and _one_cell(table):
            blocks.append(RawBlock("para", _one_cell(table)))
            i = nxt
            continue
        if table is not None:
            append_table(blocks, RawBlock("table", rows=table))
            i = nxt
            continue
        for k in range(i, max(nxt, i + 1)):  # lines no table can start in: paragraphs
            if lines[k].strip():
                blocks.append(RawBlock("para", lines[k].strip(), opens=_opens_paragraph(lines, k)))
        check_block_count(len(blocks))
        i = max(nxt, i + 1)
    return blocks


def pipe_tables(blocks: list[RawBlock]) -> list[RawBlock]:
    """The paragraphs of a DOCX or PDF made from a crawler's saved text, whose portal info rows kept their `|`
    cells (`文号|江政办〔2022〕1号|发文日期| 2022-01-30 16:20`, blind9 bs_06; `索引号| … |公开方式|主动公开`, blind8
    br_08), made into the table text_blocks reads from the same rows of a text file. A row a PDF wrapped at the page's
    width (`关键词 | 德阳市 … 实` / `施意见 | 公开形式 | … |`, blind17 ca_10) is joined again first."""
    blocks = _join_wrapped_rows(blocks)
    out: list[RawBlock] = []
    runs = _para_runs(blocks)
    run_lines: dict[int, list[str]] = {}
    i = 0
    while i < len(blocks):
        if blocks[i].kind == "para" and _BORDERED_SERIAL.match(blocks[i].text):
            j = i
            while j < len(blocks) and blocks[j].kind == "para":
                j += 1
            flat = bordered_flat_table([b.text for b in blocks[i:j]], 0)
            if flat is not None:
                append_table(out, RawBlock("table", rows=flat[0], page=blocks[i].page))
                i += flat[1]
                continue
        # a table copied one cell a paragraph, each cell closed by its border (`bordered_header_table`) or by a
        # paragraph of borders alone (`serial_bar_table`), as a text file's lines give them (after a `序号 |` table's
        # reader, in text_blocks' order: blind21 ce_09's `序号 |` cells are bordered_flat_table's)
        if blocks[i].kind == "para" and (found := _cell_line_table(blocks, i, runs[i], run_lines)) is not None:
            append_table(out, RawBlock("table", rows=found[0], page=blocks[i].page))
            i = found[1]
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "para" and blocks[j].text.count("|") >= 2:
            j += 1
        found = _pipe_table([b.text for b in blocks[i:j]], 0) if j - i >= 2 else None
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        rows, n = found
        if _one_cell(rows):
            out.append(RawBlock("para", _one_cell(rows), page=blocks[i].page))
        else:
            append_table(out, RawBlock("table", rows=rows, page=blocks[i].page))
        i += n
    return out


def _para_runs(blocks: list[RawBlock]) -> list[int]:
    """For each block, the start of the run of paragraphs it stands in (its own index where it is a table)."""
    runs, start = [], 0
    for k, b in enumerate(blocks):
        if b.kind != "para" or k == 0 or blocks[k - 1].kind != "para":
            start = k
        runs.append(start)
    return runs


def _cell_line_table(blocks: list[RawBlock], i: int, run: int, run_lines: dict[int, list[str]]) \
        -> Optional[tuple[list[list[str]], int]]:
    """(rows, end block) of a task table a DOCX or PDF holds one cell a paragraph with its borders, read by the text
    file's readers of the same lines (`bordered_header_table`: blind55 dm_06's 应急演练 table; `serial_bar_table`:
    blind56 dn_02's ledger) on the run of paragraphs from `run` (its lines kept in `run_lines`); None where neither
    starts at block i."""
    text = blocks[i].text.strip()
    if not (text.endswith("|") and not _ROW_END.match(text)) and not _SERIAL.fullmatch(text):
        return None
    if run not in run_lines:
        j = run
        while j < len(blocks) and blocks[j].kind == "para":
            j += 1
        run_lines[run] = [b.text for b in blocks[run:j]]
    lines = run_lines[run]
    for reader in (bordered_header_table, serial_bar_table):
        if found := reader(lines, i - run):
            return found[0], found[1] + run
    return None


def _join_wrapped_rows(blocks: list[RawBlock]) -> list[RawBlock]:
    """A para after a pipe row (>= 2 `|`) that holds a `|` and does not end in one, joined with the para after it where
    that one holds a `|` too: the two halves of one row wrapped by a PDF's line width. The rows of a task table under a
    `序号 |` header are joined from serial number to serial number (`_serial_rows`)."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "para" and _PIPE_SERIAL_HEADER.match(b.text) and (found := _serial_rows(blocks, i)):
            rows, i = found
            out.extend(rows)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if out and out[-1].kind == "para" and out[-1].text.count("|") >= 2 and b.kind == "para" and "|" in b.text \
                and not b.text.rstrip().endswith("|") and nxt is not None and nxt.kind == "para" and "|" in nxt.text:
            out.append(RawBlock("para", b.text.rstrip() + nxt.text.lstrip(), page=b.page))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


_PIPE_SERIAL_HEADER = regex(r"^\s*序\s*号\s*\|\s*\S")      # `序号 | 检查主体 | …`: a header row, not a bordered cell
_PIPE_ROW_SERIAL = regex(r"^\s*(\d{1,3})\s*\|")
_MAX_ROW_LINES = 8      # the lines one row of a pipe table may wrap over (blind51 di_06: four, in a 9-column row)


def _serial_rows(blocks: list[RawBlock], i: int) -> Optional[tuple[list[RawBlock], int]]:
    """(one para a row, end) of a pipe task table a PDF wrapped, from its `序号 |` header at block i: each row ran over
    two to four lines, cut inside a cell (`…作业人员的行政检` / `查 | …`) or between cells (a line ending in `|` over
    `5% | =1 | 1 户(…) |`), the header too (`序号 | … | 计划开展时间 |` / `股室 | … | 抽查数量 |`), blind51 di_06, the PDF
    export of 上高县's 双随机 plan (the same export wraps blind16 bz_06's `…截稿日期/時間 (電郵、傳真或專` / `人送遞) | …` and
    blind17 ca_10's info row; their tables have no serial column to find a row's start by). The header runs to
    the first line opening with a serial number; a row, to its count of `|` at a `|` (the header's) or the next serial
    number's line; the table, at a closed row not followed by the next serial. None when no row follows the header."""
    def joined(parts: list[str]) -> str:      # a cut inside a cell closes up, one between cells keeps a space
        text = parts[0].strip()
        for part in parts[1:]:
            text += (" " if text.endswith("|") else "") + part.strip()
        return text
    j = i
    while j < len(blocks) and j - i < _MAX_ROW_LINES and blocks[j].kind == "para" and "|" in blocks[j].text \
            and not _PIPE_ROW_SERIAL.match(blocks[j].text):
        j += 1
    first = _PIPE_ROW_SERIAL.match(blocks[j].text) if j < len(blocks) and blocks[j].kind == "para" else None
    if first is None:
        return None
    header = joined([b.text for b in blocks[i:j]])
    width = header.count("|")
    out = [RawBlock("para", header, page=blocks[i].page)]
    serial = int(first.group(1))
    while j < len(blocks) and blocks[j].kind == "para" and (m := _PIPE_ROW_SERIAL.match(blocks[j].text)) \
            and int(m.group(1)) == serial:
        k = j + 1
        parts = [blocks[j].text]
        while k < len(blocks) and k - j < _MAX_ROW_LINES and blocks[k].kind == "para":
            text = joined(parts)
            closed = text.rstrip().endswith("|")
            nxt = _PIPE_ROW_SERIAL.match(blocks[k].text)
            if closed and (text.count("|") >= width or (nxt and int(nxt.group(1)) == serial + 1)):
                break
            parts.append(blocks[k].text)
            k += 1
        out.append(RawBlock("para", joined(parts), page=blocks[j].page))
        serial += 1
        j = k
    return out, j


def _opens_paragraph(lines: list[str], k: int) -> bool:
    """Line k is indented after a blank line: a paragraph's first line, whatever the line above ends with (a
    paragraph ending in a link, `…浏览劳工处网页www.labour.gov.hk/tc/faq/content.htm`, blind25 ci_09). Or it comes
    two blank lines below a short line that no comma or 、 leaves open: the body under a page's headline, which a
    comma inside it does not run on into (gov.mo's releases, `教青局轄下設施暫停開放,特教中心評估照常進行` blind31 co_10,
    `教青局协调及支援学校,九成多学校如期开课` blind47 de_09, each over two blank lines and its first paragraph)."""
    if k <= 0 or not _is_blank(lines[k - 1]):
        return False
    if lines[k][:1] in (" ", "\u3000"):
        return True
    if k < 3 or not _is_blank(lines[k - 2]):
        return False
    above = next((lines[j].strip() for j in range(k - 3, -1, -1) if not _is_blank(lines[j])), "")
    return 0 < len(above) <= _HEADLINE_MAX and above[-1] not in "、，,：:"


_HEADLINE_MAX = 40      # a headline over a double blank line: a page's title, no paragraph's wrapped first line


def _is_blank(line: str) -> bool:
    return "\t" not in line and not line.strip()


def _tsv_table(lines: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """Rows of a run of >= 2 lines with >= 2 tabs each, starting at line i. Empty cells at a row's
    end are not kept (a row padded with tabs)."""
    j = i
    while j < len(lines) and lines[j].count("\t") >= 2:
        j += 1
    if j - i < 2:
        return None
    return table_rows([[c.strip() for c in ln.rstrip().split("\t")] for ln in lines[i:j]]), j


def _one_cell(rows: list[list[str]]) -> str:
    """The one filled cell of pipe rows that fill no other (a crawler's bordered line under a row of empty cells:
    `|||` over `各市州、甘肃矿区卫生计生委,…,省属各医疗机构: | |||`, the 主送 line of 甘肃省卫生计生委's 通报, and `|||` over
    `. | |||` above its title, blind23 cg_04): a line, no table; else ''."""
    filled = [c for r in rows for c in r if c.strip()]
    return filled[0] if len(filled) == 1 else ""


_PIPE_RULE = regex(r"^[\s|:：\-—=+]*$")     # a Markdown table's `|---|---|` rule, or a row of empty cells
_LABEL_COLON = regex(r"[:：]")


def _pipe_table(lines: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """Rows of a run of >= 2 lines with >= 2 `|` each, starting at line i; empty cells at a row's ends
    and rule rows are not kept."""
    j = i
    while j < len(lines) and lines[j].count("|") >= 2:
        j += 1
    while j - i > 2 and _spanning_row(lines[j - 1]):
        j -= 1
    if j - i > 2 and _spanning_row(lines[i]) and not _LABEL_COLON.search(lines[i]):   # a caption across the table's top:
        # its own line; not an info row's one labelled cell (`| 索引号:000014349/2022-83299 | |`, blind19 cc_01)
        return [[c.strip() for c in lines[i].split("|") if c.strip()]], i + 1
    j = _info_rows_end(lines, i, j)
    if j - i < 2:
        return None
    rows = []
    for ln in lines[i:j]:
        if _PIPE_RULE.match(ln):
            continue
        cells = [c.strip() for c in ln.strip().split("|")]
        while cells and not cells[-1]:
            cells.pop()
        while cells and not cells[0]:
            cells.pop(0)
        rows.append(cells)
    return table_rows(rows), j


@functools.cache
def _portal_label() -> re.Pattern:
    from ..rules import load_rules
    return regex(load_rules("structure").expand(r"(?:${PORTAL_LABEL})\s*[:：]?"))


def _info_rows_end(lines: list[str], i: int, j: int) -> int:
    """Where a portal's info rows (`索引号 | … | 公开方式 | 主动公开 |`, a label in one of their key cells) that open
    the run [i, j) end: at the first row with no label, the page's own table under them (blind9 bs_04 `序号 | 实事项目 |
    … | 责任单位 | 配合单位 |` of linan.gov.cn), as a headline row across them ends them (`_spanning_row`)."""
    def labelled(line: str) -> bool:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return any(_portal_label().fullmatch(c) for c in cells[::2])
    if j - i < 3 or not labelled(lines[i]):
        return j
    k = i + 1
    while k < j and (labelled(lines[k]) or _PIPE_RULE.match(lines[k])):
        k += 1
    return k if j - k >= 2 else j


def _spanning_row(line: str) -> bool:
    """A row of one filled cell under a portal's info table: the headline the page set across it
    (`2023年章镇镇政府主要工作安排和任务分解 | ||` under the 索引号 / 公开日期 / 发布单位 rows of
    shangyu.gov.cn), or over a table, its caption (`2023年“双随机、一公开”抽查工作计划 | ||||||||` over the `序号 | 检查主体 |
    …` rows of 上高县's plan, blind51 di_06), left to be read as a line of its own; not a label whose value cell is empty
    (`政策咨询机关: | |||`, bzqc.gov.cn bk_03)."""
    cells = [c.strip() for c in line.split("|") if c.strip()]
    return len(cells) == 1 and not cells[0].endswith((":", "："))


def _cell_list_table(lines: list[str], i: int) -> tuple[Optional[list[list[str]]], int]:
    """(rows, end) of >= 2 groups of TAB-led cell lines separated by blank lines, all with one cell
    count, from line i; else (None, where a table may start next): no table starts inside a group
    that cannot start one, so each line is looked at a bounded number of times."""
    rows: list[list[str]] = []
    j = i
    first_end = i + 1
    while j < len(lines):
        row, end = _cell_group(lines, j)
        if row is None or (rows and len(row) != len(rows[0])):
            if not rows:
                first_end = max(end, i + 1)
            break
        if not rows:
            first_end = end
        rows.append(row)
        j = end
        while j < len(lines) and _is_blank(lines[j]):
            j += 1
    if len(rows) < 2:
        return None, first_end
    while j > i and _is_blank(lines[j - 1]):  # leave trailing blank lines to the caller
        j -= 1
    return table_rows(rows), j


_SERIAL_HEADER = "序号"
_MAX_HEADER_CELL = 12       # a header cell is a short name (`2022年预期目标`, `完成时限`), not a sentence
_MAX_COLUMNS = 9
_YEAR_BEFORE = regex(r"^\d{2,4}年度?")
_ROW_SERIAL = regex(r"\d{1,3}")
_GROUP_ROW = regex(r"^[一二三四五六七八九十]{1,3}、")


@functools.lru_cache(maxsize=1)
def _column_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(task column names, unit column names) of a task table: rules/responsibilities.yaml's headers."""
    from ..rules import load_rules
    lx = load_rules("responsibilities").lexicon
    return tuple(lx["task_headers"]), tuple(lx["lead_headers"] + lx["participant_headers"])


def _column_name(cell: str) -> str:
    return _YEAR_BEFORE.sub("", _SPACE.sub("", cell))


def _filled(lines: list[str], i: int):
    for k in range(i, len(lines)):
        if lines[k].strip():
            yield k, lines[k].strip()


def _flat_table(lines: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """(rows, end) of a task table crawled one cell per line from line i (br_09, a district's two annexed
    分解表: `序号` / `2022年预期目标` / `责任单位` / `1` / `地区生产总值增长5.5%左右` / `区发展改革委` / `2` …).
    The header has a task column and a unit column. A row runs from its serial number to the next one:
    cells it lacks are left empty at its end, lines past the header's count join its task cell (a cell of
    several paragraphs). The last row takes as many lines as the header has cells after `序号`, and is
    left out where the text ends first (a page cut short). A table of a unit's rows picked from a larger
    one keeps their serials (`3`, `68`, `69`: blind30 cn_02, as the `|` tables of blind13 bw_10 from `80` and
    blind21 ce_09 from `24`): a higher serial opens the next row once the row has its cells; the table's
    group rows (`一、2025年经济社会发展的主要预期目标`, `二、…`, cn_02) are no cells."""
    if lines[i].strip() != _SERIAL_HEADER or "\t" in lines[i]:     # (TAB-led cells: a cell list)
        return None
    cells = (kl for kl in _filled(lines, i + 1) if not _GROUP_ROW.match(kl[1]))
    header = [_SERIAL_HEADER]
    for _k, line in cells:
        if _ROW_SERIAL.fullmatch(line):
            serial = int(line)
            break
        if len(line) > _MAX_HEADER_CELL or len(header) == _MAX_COLUMNS:
            return None
        header.append(line)
    else:
        return None
    tasks, units = _column_names()
    names = [_column_name(h) for h in header]
    task = next((c for c, h in enumerate(names) if h.startswith(tasks)), None)
    if task is None or not any(h.startswith(units) for h in names):
        return None
    time = next((c for c, h in enumerate(names) if h in lexicon_set("deadlines", "time_headers")), None)
    width, rows, row, end = len(header), [header], [], i
    for k, line in cells:
        nxt = int(line) if _ROW_SERIAL.fullmatch(line) else 0
        if row and (nxt == serial + 1 or (nxt > serial and len(row) >= width - 1)):
            rows.append(_flat_row(serial, [c for _k, c in row], width, task, time))
            serial, row, end = nxt, [], k     # the next serial stays a line where its row is cut
        elif len(row) == 4 * width:     # no next serial: the last row ends the table
            break
        else:
            row.append((k, line))
    if len(row) >= width - 1:
        rows.append(_flat_row(serial, [c for _k, c in row[:width - 1]], width, task, time))
        end = row[width - 2][0] + 1
    return (table_rows(rows), end) if len(rows) > 1 else None


def _flat_row(serial: int, cells: list[str], width: int, task: int, time: Optional[int]) -> list[str]:
    """A row of a flat table: its serial and cells, the lines past the header's count joined in the task cell. Where
    the row's date (`2023年底`) stands past the header's time column, the short lines before it from the column left of
    the time column on are one cell of several lines, the units of a unit cell one a line (`农业股` / `乡村产业发展股`
    under `牵头责任单位`, blind58 dp_03, as the unit cells of blind56 dn_02's ledger `产业科` / `市畜牧中心`), listed with `、`
    (the normaliser closes a space between two names)."""
    if time is not None and time >= 2:
        t = time - 1        # (cells start after the serial)
        at = next((c for c in range(t, len(cells)) if _DATE_CELL.match(cells[c])), t)
        if at > t and all(len(c) <= _MAX_HEADER_CELL and "。" not in c for c in cells[t - 1:at]):
            cells = cells[:t - 1] + ["、".join(cells[t - 1:at])] + cells[at:]
    surplus = len(cells) - (width - 1)
    if surplus > 0:
        t = task - 1
        cells = cells[:t] + [" ".join(cells[t:t + surplus + 1])] + cells[t + surplus + 1:]
    return [str(serial), *cells]


# a time column's cell: a year or a month first, a few words after it (`2023年底`, `12月底前`, `1 月—12 月`)
_DATE_CELL = regex(r"^\s*(?:\d{4}\s*年|\d{1,2}\s*月)[^，,。；;]{0,10}$")


_BORDERED_SERIAL = regex(r"^\s*序\s*号\s*\|\s*$")
_BORDERED_CELL = regex(r"^(.*?)\s*\|\s*$")
_ROW_END = regex(r"^[\s|]*\|[\s|]*$")
_SERIAL = regex(r"\d{1,3}")


def _bordered_cells(lines: list[str], i: int):
    """(line, cell) of a table copied one cell a line, each ending in its border (`城管局 |`); a line of borders
    alone (`|`, `||`) ends a row, one empty cell for each border before the last ((line, None): the row's end).
    The cells stop at the first line with no border."""
    for k in range(i, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        if _ROW_END.match(line):
            for _ in range(line.count("|") - 1):
                yield k, ""
            yield k, None
            continue
        m = _BORDERED_CELL.match(line)
        if m is None:
            return
        yield k, m.group(1).strip()


def bordered_flat_table(lines: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """(rows, end) of a task table copied one cell a line with each cell's border kept, from a `序号 |` line (blind13
    bw_10, 2024年政府工作报告 分解表 rows 80–81: `序号 |` / `目标与任务 |` / … / `80 |` / `极回应…|`; blind21 ce_09, 崇川区
    民生实事 rows 24–26 under `牵头 单位 |` / `责任主体与协同单位 |`, a row closed by `|` or `||`). The page may be copied
    from any row: the header ends at the first serial number, each row runs to the next. The borders keep a row's
    empty cells, so a row with fewer cells than the header lacks a cell merged over several rows, the table's first
    columns (a category over its tasks): its cells are set to the header's right end. A row the text cuts short
    keeps its cells where the whole rows have them, and is kept where it reaches the table's unit column."""
    if not _BORDERED_SERIAL.match(lines[i]):
        return None
    cells = _bordered_cells(lines, i + 1)
    header = [_SERIAL_HEADER]
    serial = None
    for _k, cell in cells:
        if cell is None or not cell:
            return None
        if _SERIAL.fullmatch(cell):
            serial = int(cell)
            break
        if len(_column_name(cell)) > _MAX_HEADER_CELL or len(header) == _MAX_BORDERED_COLUMNS:
            return None
        header.append(_column_name(cell))
    if serial is None:
        return None
    tasks, units = _column_names()
    unit_cols = [c for c, h in enumerate(header) if any(w.startswith(units) for w in _JOINED_NAMES.split(h))]
    if not any(w.startswith(tasks) for h in header for w in _JOINED_NAMES.split(h)) or not unit_cols:
        return None
    width = len(header)
    rows, row, end, whole, shift = [header], [], i, [], 0

    def close(row: list[str]) -> list[str]:
        return [str(serial), *[""] * (width - 1 - len(row)), *row]
    for k, cell in cells:
        end = k + 1
        if cell is None:            # the row's end
            if row:
                rows.append(close(row))
                whole.append(len(row))
                row = []
            continue
        if cell == str(serial + 1) and row and len(row) >= width // 2:
            rows.append(close(row))
            whole.append(len(row))
            serial, row = serial + 1, []
            continue
        if not row and rows[-1][0] == str(serial) and cell == str(serial + 1):
            serial += 1             # the next row after a row's end
            continue
        if len(row) >= width - 1:
            return None             # more cells than the header: not this layout
        row.append(cell)
    if row and whole:                   # a row the text cut: its cells where the whole rows have them
        shift = width - 1 - max(whole)
        if shift + len(row) >= max(unit_cols):
            rows.append([str(serial), *[""] * shift, *row][:width])
    return (table_rows(rows), end) if len(rows) > 1 else None


_MAX_BORDERED_COLUMNS = 16


def bordered_header_table(lines: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """(rows, end) of a task table copied one cell a line with each cell's border kept and no serial column, from the
    first cell of its header (blind55 dm_06, 大英县's 应急演练 table: `演练科目 |` / `情景构建 |` / `牵头责任 单 位 |` /
    `责任单位 |` / `时限要求 |` / `危化品泄漏 |` / …, three rows of five cells, then a note `各镇乡…备案。 |`). Without
    serials, the header is its short cells up to the last one that names a column (a unit's, a task's or a time's, as
    `bordered_flat_table` reads them), and needs a unit column and a task or time column; each row then takes as many
    cells as the header has. A row cut short, and what follows it, are left as lines."""
    if _BORDERED_CELL.match(lines[i]) is None or _ROW_END.match(lines[i]) or \
            (i and _BORDERED_CELL.match(lines[i - 1]) and not _ROW_END.match(lines[i - 1])):
        return None
    tasks, units = _column_names()
    times = lexicon_set("deadlines", "time_headers")
    cells = _bordered_cells(lines, i)
    short: list[str] = []
    width = unit = named = 0
    for _k, cell in cells:
        name = _column_name(cell or "")
        if not name or len(name) > _MAX_HEADER_CELL or len(short) == _MAX_BORDERED_COLUMNS:
            break
        short.append(name)
        words = _JOINED_NAMES.split(name)
        if any(w.startswith(units) for w in words):
            width, unit = len(short), unit + 1
        elif any(w.startswith(tasks) for w in words) or name in times:
            width, named = len(short), named + 1
    if not unit or not named or width < 3:
        return None
    rows, row, end = [], [], i
    for k, cell in _bordered_cells(lines, i):
        if cell is None:
            break
        row.append(cell)
        if len(row) == width:
            rows.append(row)
            row, end = [], k + 1
    return (table_rows(rows), end) if len(rows) > 1 else None
# a header cell naming two columns' contents (`目标与任务` bw_10, `责任主体与协同单位` ce_09)
_JOINED_NAMES = regex(r"[与和及、/]")


def _bar_cells(lines: list[str], i: int):
    """(line, cell) of a table copied one cell a line or several (a cell of several units, one a line), each cell closed
    by a line of borders alone (`|`); a line of n borders closes the cell and leaves n - 1 empty. The cells stop at a
    blank line; where the text ends first, its open cell is the last (a page cut inside a cell)."""
    cell: list[str] = []
    for k in range(i, len(lines)):
        line = lines[k].strip()
        if not line:
            return
        if _ROW_END.match(line):
            yield k, " ".join(cell)
            for _ in range(line.count("|") - 1):
                yield k, ""
            cell = []
        else:
            cell.append(line)
    if cell:
        yield len(lines) - 1, " ".join(cell)


def serial_bar_table(lines: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """(rows, end) of a table copied with no header one cell a line, a line of borders alone after each cell, each row
    opened by its serial number (blind56 dn_02, 亳州市农业农村局's 2024 task ledger: `1` / `|` / `一、经济社会发展的主要预期
    目标` / `|` / `农村常住居民人均可支配收入与全省同步增长。` / `|` / `法规科` / `|` / `潘秀峰` / `|` / `2024年底前` / `|` /
    `5555309` / `|` / `2` / …; the bordered cells of blind27 ck_09's 时间表 and blind56 dn_11's 施政目標, which number no
    rows). A row runs to the next serial; the table's group cells (`一、…`, merged over its rows) are no cells of a row, as
    in `_flat_table`; a row the page cut short keeps the cells it has."""
    if not _SERIAL.fullmatch(lines[i].strip()) or i + 1 >= len(lines) or lines[i + 1].strip() != "|" or \
            (i and _ROW_END.match(lines[i - 1].strip())):
        return None
    rows: list[list[str]] = []
    row: list[str] = []
    serial, start, end = int(lines[i].strip()), i, i     # the row's first line; the line after its last cell
    for k, cell in _bar_cells(lines, i):
        if row and cell == str(serial + 1):
            rows.append(row)
            serial, row, start = serial + 1, [], k - 1
        if not _GROUP_ROW.match(cell):
            row.append(cell)
        end = k + 1
        if len(row) > _MAX_BORDERED_COLUMNS:
            return None
    if len(rows) < 2 or len({len(r) for r in rows}) > 1 or len(rows[0]) < 3:
        return None
    if len(row) > len(rows[0]):
        end = start
    elif len(row) > 1:
        rows.append(row)
    return table_rows(rows), end


_SPACED_HEADER = regex(r"^\s*序\s*号[ \u3000]+\S")
_SPACED_ROW = regex(r"^\s*(\d{1,3})[ \u3000]+(\S.*)$")
_ONE_CJK = regex(r"^[\u4e00-\u9fff]$")


def _spaced_cells(line: str) -> list[str]:
    """A line's cells at its runs of spaces; single characters in a row are one letter-spaced cell (`工 作 任 务`,
    as a header is printed across a wide column: blind21 ce_01, and the box-drawn copy of a 市政府 工作任务 table
    on fymate.net, `│ 工 作 任 务 │分管领│牵头组织实施单位│`)."""
    cells: list[str] = []
    letters = False
    for tok in line.split():
        one = bool(_ONE_CJK.match(tok))
        if one and letters and cells:
            cells[-1] += tok
        else:
            cells.append(tok)
        letters = one
    return cells


def spaced_tables(blocks: list[RawBlock]) -> list[RawBlock]:
    """The paragraphs of a task table pasted as text with spaces between its cells, made into a table (blind21 ce_01,
    国办函[2016]38号's 量化指标任务分工 under `序号 工 作 任 务 牵头负责部门`: `2 城镇新增就业1000万人以上 人力资源社会保障部`):
    a `序号` paragraph whose cells name a task and a unit column, as a flat table's header does, then paragraphs
    opening with the serial numbers in turn. A row with more cells than the header has the surplus in its task cell
    (a task with a space in it), one with fewer has its last cells empty."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        header = _spaced_cells(b.text) if b.kind == "para" and _SPACED_HEADER.match(b.text) else None
        names = [_column_name(h) for h in header] if header else []
        tasks, units = _column_names()
        task = next((c for c, h in enumerate(names) if c and h.startswith(tasks)), None)
        if task is None or not any(h.startswith(units) for h in names[task + 1:]) or len(header) > _MAX_COLUMNS:
            timed = _spaced_time_table(blocks, i)
            if timed is not None:
                append_table(out, RawBlock("table", rows=timed[0], page=b.page))
                i = timed[1]
                continue
            out.append(b)
            i += 1
            continue
        width, rows, j, serial = len(header), [header], i + 1, None
        while j < len(blocks) and blocks[j].kind == "para":
            m = _SPACED_ROW.match(blocks[j].text)
            if m is None or (serial is not None and int(m.group(1)) != serial + 1):
                break
            cells = m.group(2).split()
            if len(cells) < 2:
                break
            surplus = len(cells) - (width - 1)
            t = task - 1
            if surplus > 0:
                cells = cells[:t] + [" ".join(cells[t:t + surplus + 1])] + cells[t + surplus + 1:]
            serial = int(m.group(1))
            rows.append([m.group(1), *cells])
            j += 1
        if len(rows) < 3:       # a header and one numbered line: no table
            out.append(b)
            i += 1
            continue
        append_table(out, RawBlock("table", rows=table_rows(rows), page=b.page))
        i = j
    return out


_SPACED_DATE_ROW = regex(r"^\s*((?:\d{4}年)?\d{1,2}月\S*)[ \u3000]+(\S.*)$")


def _spaced_time_table(blocks: list[RawBlock], i: int) -> Optional[tuple[list[list[str]], int]]:
    """(rows, end) of a schedule pasted as text with spaces between its cells, from block i: a header of two cells, a
    time column's name and then a task column's (`时间 工作内容`, blind57 do_04, 徐州's 2017 出版 考试工作计划; the same time-led
    schedules of other 人事考试 plans keep their borders, `时 间 | 工 作 安 排 |`), then rows that open with a month
    (`8月1日 现场资格初审`, `10月6日至12日 报考人员…`, `12月底 根据…`), as `spaced_tables` reads a 序号 table pasted so. A row
    between dated rows that opens with none (`省向人社部人事考试中心报送试卷预订单`) sits under a time cell merged over it and has
    its time cell empty; the table ends at its last dated row."""
    b = blocks[i]
    header = _spaced_cells(b.text) if b.kind == "para" and len(b.text) <= _MAX_SPACED_HEADER else []
    names = [_column_name(h) for h in header]
    tasks, _units = _column_names()
    if len(names) != 2 or names[0] not in lexicon_set("deadlines", "time_headers") or not names[1].startswith(tasks):
        return None
    rows, end, j = [header], i + 1, i + 1
    while j < len(blocks) and blocks[j].kind == "para" and j - end <= _MAX_UNDATED_ROWS:
        m = _SPACED_DATE_ROW.match(blocks[j].text)
        if m:
            rows += [["", blocks[k].text.strip()] for k in range(end, j)] + [[m.group(1), m.group(2).strip()]]
            end = j + 1
        j += 1
    return (table_rows(rows), end) if len(rows) >= 3 else None


_MAX_UNDATED_ROWS = 3       # rows under one merged time cell
_MAX_SPACED_HEADER = 30     # two short column names and the spaces in them


@functools.lru_cache(maxsize=1)
def spaced_header_openers() -> tuple[str, ...]:
    """The first characters of a spaced table's header: `序号`'s, and a time column's (`时间`, `完成时限`)."""
    return tuple({_SERIAL_HEADER[0], *(h[0] for h in lexicon_set("deadlines", "time_headers"))})


def flat_tables(blocks: list[RawBlock]) -> list[RawBlock]:
    """The paragraphs of an HTML, DOCX or PDF page that holds a task table one cell a paragraph, made into the table
    `_flat_table` reads from the same lines of a text file (blind38 cv_02, 嘉兴 2023年政府工作报告重点工作责任分解 as
    `<p>` cells: `序号` / `主 要 工 作 任 务` / `责任单位` / `1` / `地区生产总值增长6%左右。` / `市发展改革委` / `2` …, the layout of
    blind8 br_09's text annex `序号` / `2022年预期目标` / `责任单位` / `1` / …)."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        found = None
        if b.kind == "para" and b.text.strip() == _SERIAL_HEADER:
            j = i
            while j < len(blocks) and blocks[j].kind == "para":
                j += 1
            found = _flat_table([x.text for x in blocks[i:j]], 0)
        if found is None:
            out.append(b)
            i += 1
            continue
        append_table(out, RawBlock("table", rows=found[0], page=b.page))
        i += found[1]
    return out


def _cell_group(lines: list[str], i: int) -> tuple[Optional[list[str]], int]:
    """(One row, its end): TAB-led cells, each possibly continued on lines without a TAB (joined by
    a space); else (None, the line where the group failed: a line with a TAB inside, or i)."""
    if i >= len(lines) or not _is_cell_line(lines[i]):
        return None, i
    cells: list[str] = []
    j = i
    while j < len(lines) and not _is_blank(lines[j]):
        line = lines[j]
        if _is_cell_line(line):
            cells.append(line[1:].strip())
        elif "\t" in line:
            return None, j
        else:
            cells[-1] = f"{cells[-1]} {line.strip()}".strip()
        j += 1
    return (cells, j) if len(cells) >= 2 else (None, i)


def _is_cell_line(line: str) -> bool:
    return line.startswith("\t") and "\t" not in line[1:]


def append_page(blocks: list[RawBlock], page: list[RawBlock]) -> None:
    """Add a page's blocks; a table may continue one the page break cut (`append_table`)."""
    for block in page:
        if block.kind == "table":
            append_table(blocks, block)
        else:
            blocks.append(block)


def append_table(blocks: list[RawBlock], table: RawBlock) -> None:
    """Add a table, or continue the previous one when only page furniture lies between and the new
    part repeats its header rows (which are then dropped), or the previous part's last row was cut
    by the page break (`continued`: the new part's first row is the rest of it, cell by cell): a
    table cut by page breaks."""
    rows = table.rows or []
    k = len(blocks)
    while k > 0 and blocks[k - 1].kind == "para" and not _HAS_WORDS.search(blocks[k - 1].text):
        k -= 1
    prev = blocks[k - 1] if k else None
    if prev is not None and prev.kind == "table" and prev.rows and len(rows[0]) == len(prev.rows[0]):
        header = _common_prefix(prev.rows, rows)
        if header or prev.continued or _same_frame(prev, table):
            rest = rows[header:]
            if prev.continued:
                prev.rows[-1] = [_join_cut_cell(a, b) for a, b in zip(prev.rows[-1], rest[0])]
                rest = rest[1:]
            prev.rows.extend(rest)
            prev.continued = table.continued
            del blocks[k:]
            return
    blocks.append(table)


def _same_frame(prev: RawBlock, table: RawBlock) -> bool:
    """True when a PDF table goes on at the head of a later page in the same frame (its left and
    right edges where the table's first part has them): a page break between two rows, in a table
    whose header is not repeated."""
    if prev.box is None or table.box is None or prev.page is None or table.page is None or table.page <= prev.page:
        return False
    return abs(prev.box[0] - table.box[0]) <= 2 and abs(prev.box[2] - table.box[2]) <= 2


def _join_cut_cell(head: str, tail: str) -> str:
    """A cell's text on either side of a page break: one paragraph running on unless the first part
    ends a sentence (then a space, which normalisation turns into a soft break between CJK text)."""
    if not head or not tail:
        return head or tail
    return head + (" " if head.endswith(_SENTENCE_END) or (head[-1].isascii() and tail[0].isascii()) else "") + tail


def _common_prefix(a: list[list[str]], b: list[list[str]]) -> int:
    n = 0
    """How many leading rows b repeats from a (ignoring spaces), leaving b at least one row."""
    def same(x: list[str], y: list[str]) -> bool:
        return [_SPACE.sub("", c) for c in x] == [_SPACE.sub("", c) for c in y]
    while n < min(len(a), len(b) - 1) and same(a[n], b[n]):
        n += 1
    return n
