"""Properties of normalisation, the outline splitter and the time normaliser, on arbitrary Unicode
and on real notices mutated at random (lines deleted, repeated, swapped, split, joined; characters
inserted, deleted, swapped): nothing raises, normalisation is idempotent, every offset maps back
to the source character it came from, every resolved date is a real day or a stated partial date.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.document import NoticeText, RawBlock, RawDocument
from extractor.errors import NoticeError
from extractor.extract import Found, snippet_blocks, snippet_notice
from extractor.extract import deadlines as deadline_extractor
from extractor.ingest import read_bytes
from extractor.ingest.docx import format_number
from extractor.ingest.text import text_blocks
from extractor.normalize import _clean_char, _opencc, normalize
from extractor.numerals import cn_to_int, parse_date
from extractor.pipeline import extract_all, parse, parse_raw
from extractor.timeexpr import parse_period

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
NOTICES = [[ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()] for p in sorted(CORPUS.glob("*.txt"))]
NOTICE_CHARS = sorted({c for lines in NOTICES for ln in lines for c in ln})
MARKERS = ["一、", "二、", "十二、", "三.", "（一）", "(二)", "（十）", "1.", "2．", "12、", "（3）", "(4)", "①", "⑳", "第一章", "第二部分",
           "第三篇", "附件", "附件2", "抄送：", "联系人："]
TIME_TOKENS = ["2023", "2024", "二〇二三", "二○二四", "1999", "年", "0", "1", "2", "5", "12", "13", "29", "30", "31", "32",
               "一", "二", "三", "四", "五", "十", "十二", "二十九", "三十", "三十一", "两", "月", "日", "号", "上旬", "中旬",
               "下旬", "底", "末", "初", "前", "之前", "以前", "上半年", "下半年", "全年", "年底", "第", "季度", "至", "到",
               "-", "—", "~", "、", "，", "。", "\n", "\t", "今年", "明年", "次年", "本月", "下月", "下个月", "本季度",
               "个工作日", "天", "周", "内", "自印发之日起", "完成", "每年", "《", "》"]
ARBITRARY = st.characters(codec="utf-8")
NOTICE_LIKE = st.one_of(ARBITRARY, st.sampled_from(NOTICE_CHARS))

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PARTIAL = re.compile(r"--(\d{2})-(\d{2})")

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- strategies ------------------------------------------------------------------------------

@st.composite
def mutated_notice(draw) -> list[str]:
    """The lines of a corpus notice after 1–12 random edits of lines and characters."""
    lines = list(draw(st.sampled_from(NOTICES)))
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(["delete", "repeat", "swap", "insert", "split", "join",
                                   "delete_chars", "insert_chars", "swap_chars"]))
        if not lines:
            lines.append(draw(st.text(NOTICE_LIKE, max_size=40)))
            continue
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        at = draw(st.integers(0, len(line)))
        if op == "delete":
            del lines[i]
        elif op == "repeat":
            lines.insert(j, line)
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.one_of(st.text(NOTICE_LIKE, max_size=40),
                                           st.builds(str.__add__, st.sampled_from(MARKERS), st.text(NOTICE_LIKE, max_size=30)))))
        elif op == "split":
            lines[i:i + 1] = [line[:at], line[at:]]
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
        elif op == "delete_chars":
            lines[i] = line[:at] + line[at + draw(st.integers(1, 8)):]
        elif op == "insert_chars":
            lines[i] = line[:at] + draw(st.text(NOTICE_LIKE, min_size=1, max_size=8)) + line[at:]
        elif op == "swap_chars" and len(line) >= 2:
            k = draw(st.integers(0, len(line) - 1))
            chars = list(line)
            chars[at % len(line)], chars[k] = chars[k], chars[at % len(line)]
            lines[i] = "".join(chars)
    return lines


marker_line = st.builds(lambda marker, head, stop, rest: marker + head + stop + rest, st.sampled_from(MARKERS),
                        st.text(NOTICE_LIKE, max_size=30), st.sampled_from(["", "。", "：", ":", "，"]),
                        st.text(NOTICE_LIKE, max_size=40))
unicode_lines = st.lists(st.one_of(st.text(ARBITRARY, max_size=60), st.text(NOTICE_LIKE, max_size=60), marker_line),
                         max_size=25)
time_soup = st.lists(st.one_of(st.sampled_from(TIME_TOKENS), st.text(NOTICE_LIKE, max_size=3)), max_size=30).map("".join)


# --- checks ----------------------------------------------------------------------------------

def raw_of(lines: list[str]) -> RawDocument:
    """A plain-text file of these lines, read as the text reader does (tab-separated lines are tables)."""
    return RawDocument(text_blocks("\n".join(lines)), "text")


def assert_maps_back(doc: NoticeText, raw: RawDocument, start: int, end: int) -> None:
    """Every character of doc.text[start:end] is a separator normalisation put there, or comes from
    the source character its origin names: the same, its clean form (full-width to half-width,
    Kangxi radical to ideograph, odd space to space), or its conversion to simplified script."""
    assert 0 <= start <= end <= len(doc.text)
    for i in range(start, end):
        ch, b, off = doc.text[i], doc.origin_block[i], doc.origin_offset[i]
        if b < 0:
            assert ch in "\n\t", (i, ch)
            continue
        block = raw.blocks[b]
        sources = [block.text] if block.rows is None else [c for row in block.rows for c in row]
        assert any(off < len(s) and _same_char(s[off], ch, doc.conversion) for s in sources), (i, ch, b, off)


def _same_char(src: str, ch: str, conversion) -> bool:
    clean = _clean_char(src)
    return ch in (src, clean, " ") or (conversion is not None and _opencc(conversion).convert(clean) == ch) \
        or (conversion is not None and _is_han(src) and _is_han(ch))  # OpenCC converts phrases, not characters


def _is_han(ch: str) -> bool:
    return bool(re.match(r"[\u3400-\u9fff\uf900-\ufaff]", ch))


def assert_valid_day(value: str) -> None:
    """A real calendar day `YYYY-MM-DD`, or a stated partial date `--MM-DD` (year unknown)."""
    m = _ISO.fullmatch(value)
    if m:
        date(int(m[1]), int(m[2]), int(m[3]))
        return
    m = _PARTIAL.fullmatch(value)
    assert m, value
    date(2000, int(m[1]), int(m[2]))  # a leap year: --02-29 is a day


def assert_outline_sound(lines: list[str]) -> None:
    raw = raw_of(lines)
    notice = parse_raw(raw)
    doc, text = notice.doc, notice.text
    block_starts = {b.start for b in doc.blocks}
    previous = -1
    for part in notice.parts:
        assert 0 <= part.start <= part.end <= len(text)
        for root in part.outline:
            assert root.level >= 1          # deeper under a numbered item that is a sentence, not a section
            for node in root.walk():
                assert node.start in block_starts                       # a section starts a line
                assert node.start > previous                            # in document order, each once
                previous = node.start
                assert node.start < node.heading_end <= node.end <= len(text)
                assert text[node.start:].startswith(node.marker)
                assert node.heading and node.heading in text[node.start + len(node.marker):node.heading_end]
                assert node.text == text[node.heading_end:node.end].strip()
                assert all(c.level > node.level for c in node.children)
                section = node.to_model(doc)
                assert (section.span.start, section.span.end) == (node.start, node.heading_end)
                assert 0 <= section.span.para < len(raw.blocks)
                assert_maps_back(doc, raw, node.start, node.heading_end)
    for start, end in notice.body:
        assert 0 <= start <= end <= len(text)


def assert_normalisation_sound(lines: list[str]) -> None:
    raw = raw_of(lines)
    doc = normalize(raw)
    assert_maps_back(doc, raw, 0, len(doc.text))
    for block in doc.blocks:
        for row in block.rows or []:
            for cell in row:
                assert doc.text[cell.start:cell.end] == cell.text
    again = normalize(RawDocument(blocks_of(doc), "text"))
    assert again.text == doc.text


def blocks_of(doc: NoticeText) -> list[RawBlock]:
    """The normalised text as a reader's blocks again: its paragraphs and tables."""
    return [RawBlock("para", doc.block_text(b), page=b.page, style=b.style) if b.rows is None else
            RawBlock("table", rows=[[c.text for c in row] for row in b.rows], page=b.page, style=b.style)
            for b in doc.blocks]


def assert_deadlines_sound(text: str, notice_date) -> None:
    notice = snippet_notice(text, date=notice_date)
    raw = RawDocument(snippet_blocks(text), "text")
    for d in deadline_extractor.extract(notice, Found()):
        assert_valid_day(d.date)
        if d.start is not None:
            assert_valid_day(d.start)
            if not d.start.startswith("--") and not d.date.startswith("--"):
                assert d.start <= d.date
        assert (d.kind == "period") == (d.start is not None)
        assert notice.text[d.span.start:d.span.end] == d.text
        assert_maps_back(notice.doc, raw, d.span.start, d.span.end)


# --- normalisation ---------------------------------------------------------------------------

@PROPERTY
@given(mutated_notice())
def test_normalisation_of_mutated_notices_maps_back_and_is_idempotent(lines):
    assert_normalisation_sound(lines)


@PROPERTY
@given(unicode_lines)
@example(["\U0002f9d4"])  # a compatibility ideograph whose NFKC form (貫) is traditional: the script is the NFKC form's
@example(["\x00臺灣的電線裡面都是檢測儀器設備", "請於年底前完成檢驗"])  # OpenCC's tw2s stops at a NUL
def test_normalisation_of_arbitrary_unicode_maps_back_and_is_idempotent(lines):
    assert_normalisation_sound(lines)


def test_a_nul_character_loses_no_text_in_conversion_to_simplified():
    doc = normalize(RawDocument([RawBlock("para", "\x00臺灣的電線裡面都是檢測儀器設備"),
                                 RawBlock("para", "臺灣的電線裡面都是\x00檢測儀器設備")], "pdf"))
    assert doc.text == "台湾的电线里面都是检测仪器设备\n台湾的电线里面都是检测仪器设备"


# --- the outline splitter --------------------------------------------------------------------

def test_outline_checks_see_real_outlines():
    assert sum(1 for lines in NOTICES for _ in parse_raw(raw_of(lines)).sections()) >= 30
    for lines in NOTICES:
        assert_outline_sound(lines)


@PROPERTY
@given(mutated_notice())
def test_outline_of_mutated_notices_is_sound(lines):
    assert_outline_sound(lines)


@PROPERTY
@given(unicode_lines)
def test_outline_of_arbitrary_unicode_is_sound(lines):
    assert_outline_sound(lines)


# --- the time normaliser ---------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(ARBITRARY, max_size=12), st.text(st.sampled_from("〇○零一二两三四五六七八九十百千0123456789²①٣２"), max_size=8)))
@example("²")  # str.isdigit, but not a number int() reads
@example("①")
def test_numeral_reading_never_raises(s):
    n = cn_to_int(s)
    assert n is None or (isinstance(n, int) and n >= 0)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9999))
def test_chinese_counting_numbers_read_back(n):
    assert cn_to_int(format_number(n, "chineseCounting")) == n
    assert cn_to_int(format_number(n, "ideographDigital")) == n      # 二〇二三, read digit by digit
    assert cn_to_int(str(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), st.sampled_from(["decimal", "chineseCounting"]),
       st.text(st.characters(exclude_characters="年月日〇○零一二三四五六七八九十0123456789０１２３４５６７８９"), max_size=10))
@example(date(1999, 1, 1), "chineseCounting", "")  # 一九九九年一月一日
def test_a_written_date_is_read_as_that_day(day, fmt, prefix):
    year = str(day.year) if fmt == "decimal" else format_number(day.year, "ideographDigital")
    text = f"{prefix}{year}年{format_number(day.month, fmt)}月{format_number(day.day, fmt)}日"
    assert parse_date(text) == day.isoformat()


def test_a_notice_dated_in_the_1990s_in_chinese_numerals_has_its_date():
    notice = "\n".join(["某某县人民政府办公室", "关于做好农产品质量安全检测工作的通知", "各乡镇人民政府：", "一、总体要求",
                        "请各单位认真落实，于年底前完成检测。", "某某县人民政府办公室", "一九九八年十二月三十一日"])
    plan = parse(notice.encode("utf-8"))
    assert plan.meta.date == "1998-12-31"
    assert [d.date for d in plan.deadlines] == ["1998-12-31"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(ARBITRARY, max_size=40), time_soup))
def test_a_written_date_is_a_real_day_or_none(text):
    found = parse_date(text)
    assert found is None or date.fromisoformat(found)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(ARBITRARY, max_size=40), time_soup), st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_a_query_period_is_real_days_in_order(text, today):
    found = parse_period(text, today)
    if found is not None:
        first, last = found
        assert isinstance(first, date) and isinstance(last, date) and first <= last


@settings(max_examples=150, deadline=None)
@given(time_soup, st.sampled_from([None, "2023-05-12", "2024-02-29", "2023-12-31"]))
def test_deadlines_in_time_soup_are_days_or_partial_dates_and_map_back(text, notice_date):
    assert_deadlines_sound(text, notice_date)


@PROPERTY
@given(mutated_notice(), st.sampled_from([None, "2023-05-12", "2024-02-29"]))
def test_deadlines_in_mutated_notices_are_days_or_partial_dates_and_map_back(lines, notice_date):
    assert_deadlines_sound("\n".join(lines), notice_date)


# --- every span of a plan --------------------------------------------------------------------

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_notice())
def test_every_span_of_a_mutated_notice_maps_back_to_its_source(lines):
    try:
        raw = read_bytes("\n".join(lines).encode("utf-8"))
    except NoticeError:  # a mutation left no text: refused, nothing to map
        return
    notice = parse_raw(raw)
    found = extract_all(notice)
    text = notice.text
    spans = [d.span for d in found.deadlines] + [r.span for r in found.references] + [t.span for t in found.targets] \
        + [p.span for p in found.people] + [c.span for c in found.contacts] + [r.span for r in found.responsibilities] \
        + [t.span for t in found.tasks] + [m for o in found.organizations for m in o.mentions]
    for span in filter(None, spans):
        assert_maps_back(notice.doc, raw, span.start, span.end)
        assert span.para is None or 0 <= span.para < len(raw.blocks)
    for item in found.deadlines + found.references:
        assert text[item.span.start:item.span.end] == item.text
    for target in found.targets:
        assert text[target.span.start:target.span.end] in target.text
    for person in found.people:
        assert text[person.span.start:person.span.end].startswith(person.name)
