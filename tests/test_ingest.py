"""Ingestion: each reader on small real inputs, and every bad input refused with one clear line.

Fixtures come from scripts/make_bad_fixtures.py (fixtures/bad, fixtures/ingest); DOCX, HTML
and encoded text are built here in tmp_path from corpus text. The bad fixture set through
`notices parse`, `notices index` and the API: test_bad_inputs.py.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from lxml import etree

from extractor.errors import NoticeError
from extractor.ingest import read_bytes, read_file
from extractor.ingest.docx import format_number
from extractor.ingest.html import _largest_container_blocks, _parse
from extractor.normalize import normalize
from extractor.pipeline import parse

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "fixtures" / "bad"
GOOD = ROOT / "fixtures" / "ingest"
CORPUS = ROOT / "corpus"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def corpus(stem: str) -> str:
    return next(CORPUS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")


def corpus_lines(stem: str) -> list[str]:
    return [ln.strip() for ln in corpus(stem).splitlines() if ln.strip()]


def paras(raw) -> list[str]:
    return [b.text for b in raw.blocks if b.kind == "para"]


def tables(raw) -> list[list[list[str]]]:
    return [b.rows for b in raw.blocks if b.kind == "table"]


def refused(path_or_bytes, name: str = "") -> NoticeError:
    with pytest.raises(NoticeError) as info:
        if isinstance(path_or_bytes, Path):
            read_file(path_or_bytes)
        else:
            read_bytes(path_or_bytes, name)
    assert "\n" not in str(info.value) and str(info.value)
    return info.value


# --- plain text ----------------------------------------------------------------------------

def test_tsv_table_split_by_page_breaks_is_one_table_with_header_once():
    raw = read_bytes(corpus("001").encode("utf-8"), "001.txt")
    [table] = tables(raw)
    assert table[0][:3] == ["市级", "项目金额 (万元)", "产出指标"]
    assert [r[0] for r in table[3:]] == ["南宁市", "柳州市", "桂林市", "梧州市", "防城港市", "钦州市", "贵港市", "玉林市",
                                         "百色市", "河池市", "来宾市", "崇左市"]
    assert {len(r) for r in table} == {9}
    assert not any("\t" in p or p == "— 7 —" for p in paras(raw))
    assert any(p.startswith("未尽事宜，请与自治区农业农村厅") for p in paras(raw))


def test_tab_led_cell_lines_become_rows_and_continuation_lines_join_their_cell():
    raw = read_bytes(corpus("003").encode("utf-8"), "003.txt")
    [table] = tables(raw)
    assert table[0] == ["序号", "重要工作", "工作目标", "主要内容和措施", "牵头 单位", "参与部门 （单位）", "时间 进度"]
    assert [r[0] for r in table[1:]] == [str(n) for n in range(1, 21)]
    assert table[12][4] == "科技司 执法司"
    assert table[1][-1] == "4月" and table[3][-1] == "5-7月"
    assert paras(raw) == ["附件：", "总局在质检系统开展检测工作整顿活动重点工作安排"]


def test_tab_indented_prose_is_not_a_table():
    lines = corpus_lines("000")[6:12]
    text = "\n\n".join(f"\t{ln}" for ln in lines)
    raw = read_bytes(text.encode("utf-8"), "x.txt")
    assert not tables(raw)
    assert paras(raw) == lines


def test_an_indented_line_after_a_blank_line_opens_a_paragraph():
    # blind25 ci_09's text: a paragraph ending in a link, not a stop, is not run into the next one
    text = ("  劳工处呼吁市民使用该处的网上服务及资讯,亦可经电邮enquiry@labour.gov.hk提出查询。有关资讯,市民可浏览劳工处网页"
            "www.labour.gov.hk/tc/faq/content.htm\n   \n  求职人士可使用互动就业服务网站(www.jobs.gov.hk)寻找工作。")
    raw = read_bytes(text.encode("utf-8"), "x.txt")
    assert [b.opens for b in raw.blocks] == [False, True]
    assert normalize(raw).text.split("\n")[1].startswith("求职人士")
    # a line cut mid-sentence with no blank line after it still runs on
    raw = read_bytes(text.replace("\n   \n  ", "\n").encode("utf-8"), "x.txt")
    assert normalize(raw).text.count("\n") == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk"])
def test_encodings_are_told_from_the_bytes(encoding):
    text = corpus("000")
    raw = read_bytes(text.encode(encoding), "notice.doc")  # the extension is not consulted
    assert paras(raw) == corpus_lines("000")


def test_encoded_fixtures_decode_to_the_corpus_text():
    expected = corpus_lines("004")[:12]
    for name in ("gbk.txt", "utf16_bom.txt", "mixed.txt"):
        assert paras(read_file(BAD / name)[1]) == expected, name
    big5 = read_file(BAD / "big5.txt")[1]
    assert big5.encoding == "big5" and paras(big5)[0] == "深圳檢驗檢疫局扎實開展檢測工作整頓活動"


def test_mixed_encodings_are_decoded_line_by_line_with_a_warning():
    raw = read_file(BAD / "mixed.txt")[1]
    assert raw.warnings and "gb18030" in raw.warnings[0]
    assert not any("\ufffd" in p for p in paras(raw))


@pytest.mark.parametrize("data, kind", [(b"", "empty"), (b"  \r\n\t\n", "empty"),
                                        ("通知".encode() + b"\x00\x01\x02\x00\xff" * 50, "corrupt")])
def test_bad_text(data, kind):
    assert refused(data, "x.txt").kind == kind


# --- DOCX ----------------------------------------------------------------------------------

LEVELS = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
          '<w:suff w:val="nothing"/></w:lvl>'
          '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
          '<w:suff w:val="nothing"/></w:lvl>'
          '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>')


def numbered_docx(path: Path) -> None:
    """A notice whose outline numbers are Word's automatic numbering, one list at three levels,
    a heading style carrying the numbering, a restarted list, a table with a vertical merge."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">{LEVELS}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="91"><w:abstractNumId w:val="90"/>'
                               '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    heading = d.styles.add_style("NoticeHeading1", WD_STYLE_TYPE.PARAGRAPH)
    heading.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))

    def numbered(text, ilvl, num_id=90):
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))

    d.add_paragraph("关于开展检测工作整顿活动的通知").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("各有关单位：")
    numbered("总体要求", 0)
    numbered("工作目标", 1)
    numbered("基本原则", 1)
    numbered("组织开展自查。", 2)
    numbered("组织开展复查。", 2)
    d.add_paragraph("重点任务", style="NoticeHeading1")
    numbered("加强领导", 1)
    numbered("明确分工。", 2, num_id=91)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["序号", "重要工作", "牵头单位"], ["1", "开展调研", "监督司"], ["2", "能力验证", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))
    d.add_paragraph("山阴县人民政府办公室").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


def test_docx_numbering_is_written_out_and_order_kept(tmp_path):
    numbered_docx(tmp_path / "n.docx")
    raw = read_file(tmp_path / "n.docx")[1]
    assert raw.format == "docx"
    assert [b.text or b.rows for b in raw.blocks] == [
        "关于开展检测工作整顿活动的通知", "各有关单位：", "一、总体要求", "（一）工作目标", "（二）基本原则",
        "1. 组织开展自查。", "2. 组织开展复查。", "二、重点任务", "（一）加强领导", "1. 明确分工。",
        [["序号", "重要工作", "牵头单位"], ["1", "开展调研", "监督司"], ["2", "能力验证", ""]],
        "山阴县人民政府办公室"]
    assert raw.blocks[0].style == "centered" and raw.blocks[-1].style == "right" and raw.blocks[1].style is None


def test_number_formats():
    assert [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 23, 105, 110)] == \
        ["一", "十", "十一", "二十", "二十三", "一百零五", "一百一十"]
    assert format_number(2023, "ideographDigital") == "二〇二三"
    assert format_number(3, "upperLetter") == "C" and format_number(4, "lowerRoman") == "iv"
    assert format_number(2, "decimalEnclosedCircle") == "②" and format_number(12, "chineseLegalSimplified") == "拾贰"


def test_docx_with_a_dtd_is_refused_and_the_parser_would_not_expand_it():
    for name in ("xxe.docx", "billion_laughs.docx"):
        assert refused(BAD / name).kind == "corrupt"
        xml = zipfile.ZipFile(BAD / name).read("word/document.xml")
        try:
            text = "".join(parse_xml(xml).itertext())  # python-docx's own parser
        except etree.XMLSyntaxError:  # libxml2 stops entity amplification itself
            text = ""
        assert "root:" not in text and "lollollol" not in text and len(text) < 100


def test_zip_bombs_are_refused_before_decompression(tmp_path):
    numbered_docx(tmp_path / "n.docx")
    src = zipfile.ZipFile(tmp_path / "n.docx")
    for name, size in (("huge.docx", 210 * 1024 * 1024), ("dense.docx", 8 * 1024 * 1024)):
        with zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                out.writestr(info.filename, src.read(info))
            with out.open("word/media/filler.bin", "w") as f:
                chunk = b"\0" * (1024 * 1024)
                for _ in range(size // len(chunk)):
                    f.write(chunk)
        assert (tmp_path / name).stat().st_size < 1024 * 1024
        assert refused(tmp_path / name).kind == "too_large"


def test_damaged_docx(tmp_path):
    numbered_docx(tmp_path / "n.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in zipfile.ZipFile(tmp_path / "n.docx").infolist():
            data = zipfile.ZipFile(tmp_path / "n.docx").read(info)
            out.writestr(info.filename, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    assert refused(buf.getvalue(), "n.docx").kind == "corrupt"
    assert refused((tmp_path / "n.docx").read_bytes()[:3000], "n.docx").kind == "corrupt"


# --- PDF -----------------------------------------------------------------------------------

def test_pdf_lines_pages_wrapping_alignment_and_tables():
    raw = read_file(GOOD / "notice.pdf")[1]
    assert raw.format == "pdf" and raw.pages == 2 and not raw.warnings
    first = raw.blocks[0]
    assert (first.text, first.page, first.style) == ("山阴县农产品质量安全检验检测机构“双认证”攻坚方案", 1, "centered")
    lines = [b for b in raw.blocks if b.kind == "para"]
    assert lines[1].text.startswith("按照山西省农业农村厅办公室") and lines[1].wrapped
    ends = [b.text for b in lines if not b.wrapped and b.style is None]
    assert all(t.endswith(("。", "：", "）", "》")) for t in ends), ends
    [table] = [b for b in raw.blocks if b.kind == "table"]
    assert table.rows == [["序号", "重要工作", "牵头单位"], ["1", "开展检验机构委托检验工作调研", "监督司"],
                          ["2", "加大实验室能力验证工作", "认监委"]]
    assert not any("监督司" in b.text or "序号" in b.text for b in lines)
    assert [(b.text, b.page, b.style) for b in raw.blocks[-2:]] == [
        ("山阴县人民政府办公室", table.page, "right"), ("2023年5月12日", table.page, "right")]


def test_pdf_wrapped_lines_rejoin_into_the_source_paragraphs():
    text = normalize(read_file(GOOD / "notice.pdf")[1]).text
    source = [ln for ln in corpus_lines("000") if len(ln) > 60][:9]
    for para in source[:4]:
        assert para.replace(" ", "") in text.replace(" ", "")


def test_fake_bold_duplicates_are_removed():
    raw = read_file(GOOD / "fakebold.pdf")[1]
    assert paras(raw) == ["一、总体要求", "山阴县人民政府办公室"]


def test_kangxi_radicals_pass_through_and_normalise():
    raw = read_file(GOOD / "kangxi.pdf")[1]
    assert paras(raw) == ["\u2f45案实施\u2f2f作", "加强\u2f08员培训"]
    assert not any(b.wrapped for b in raw.blocks)  # short lines on a page with no full-width column
    assert normalize(raw).text == "方案实施工作\n加强人员培训"


def test_page_in_a_font_without_unicode_map_is_named_in_a_warning():
    raw = read_file(GOOD / "cid.pdf")[1]
    assert paras(raw) == ["一、总体要求", "二、组织领导"] and {b.page for b in raw.blocks} == {1}
    assert raw.warnings == ["page 2: text in a font without a Unicode map could not be decoded"]
    assert not any("(cid:" in p for p in paras(raw))


def test_hyphen_ending_a_line_is_read_as_printed():
    """pdfium gives a `-` that ends a line as code 2: the reader keeps the `-` (an e-mail label, a phone number)."""
    raw = read_file(GOOD / "line_end_hyphen.pdf")[1]
    assert paras(raw) == ["联系电话:020-84115101;E-", "mail:stszhuh@mail.sysu.edu.cn"]


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage \x00\xff\n%%EOF\n", "corrupt"),
    (b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF", "corrupt"),
])
def test_damaged_pdf(data, kind):
    assert refused(data, "x.pdf").kind == kind


# --- HTML ----------------------------------------------------------------------------------

def gov_page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于印发山阴县“双认证”攻坚方案的通知_山阴县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></div>
<div class="main"><h1>关于印发山阴县“双认证”攻坚方案的通知</h1>
<div class="info">来源：县政府办 浏览次数：1024 <a href="#">分享到微信</a></div>
<div id="zoom">{body}<table border="1"><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>
<tr><td>1</td><td>开展调研</td><td>县农业农村局</td></tr></table>
<p style="text-align:right">山阴县人民政府办公室</p><p style="text-align:right">2023年5月12日</p></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="comment"><h3>我要评论</h3><textarea></textarea>
<p>网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。</p></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">关于开展2023年农产品质量安全例行监测的通知</a></li></ul></div>
</div><div class="footer">主办：山阴县人民政府办公室 版权所有 晋ICP备12345678号</div></body></html>"""


def test_html_main_content_without_the_site_frame():
    source = corpus_lines("000")[3:14]
    raw = read_bytes(gov_page(source).encode("gbk"), "page.bin")
    assert raw.format == "html" and raw.encoding == "gb18030"
    assert raw.title_hint == "关于印发山阴县“双认证”攻坚方案的通知"
    text = paras(raw)
    assert all(p in text for p in source)
    assert text[-2:] == ["山阴县人民政府办公室", "2023年5月12日"]
    assert tables(raw) == [[["序号", "任务", "牵头单位"], ["1", "开展调研", "县农业农村局"]]]
    frame = ("首页", "政务公开", "分享", "评论", "相关链接", "例行监测", "版权所有", "浏览次数")
    assert not any(word in p for p in text for word in frame)


def test_html_fallback_takes_the_largest_text_container():
    source = corpus_lines("002")[:6]
    page = ("<html><body><div><a href='/'>首页</a><a href='/a'>新闻中心</a></div><div id='c'>"
            + "<br>".join(source) + "</div><div><a href='/x'>相关链接一</a></div></body></html>")
    assert [b.text for b in _largest_container_blocks(_parse(page))] == source


def test_html_title_without_site_suffix_and_utf8_bom():
    page = "\ufeff<html><head><title>关于做好春耕生产工作的通知 - 某某市人民政府</title></head><body>" \
           + "".join(f"<p>{p}</p>" for p in corpus_lines("000")[3:9]) + "</body></html>"
    raw = read_bytes(page.encode("utf-8"), "")
    assert raw.title_hint == "关于做好春耕生产工作的通知" and paras(raw)[0] == corpus_lines("000")[3]


# --- what is not a notice ------------------------------------------------------------------

@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "corrupt"),       # an image is OCR'd: this one cannot be decoded
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "Workbook".encode("utf-16-le"), "unsupported"),
])
def test_other_formats(data, kind):
    assert refused(data, "x.docx").kind == kind


def test_xlsx_and_plain_zip_are_unsupported():
    for names in (["xl/workbook.xml"], ["readme.txt"]):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for n in names:
                z.writestr(n, "x")
        assert refused(buf.getvalue(), "x.docx").kind == "unsupported"



PDFS = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf")) + [ROOT / "fixtures" / "ingest" / n
                                                             for n in ("fakebold.pdf", "kangxi.pdf", "notice.pdf")]


def test_pages_read_with_pdfium_give_pdfplumbers_lines():
    """Pages without ruled tables are read with pdfium, ten times faster: the same characters on
    the same lines with the same edges (a space between a Chinese and a Latin character may differ:
    normalisation removes it)."""
    import pdfplumber

    from extractor.ingest.pdf import _pdfium_lines
    fast_pages = 0
    for path in PDFS:
        data = path.read_bytes()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page, lines in zip(pdf.pages, _pdfium_lines(data, len(pdf.pages), [])[0]):
                if lines is None:
                    assert page.find_tables(), f"{path.name} page {page.page_number} has no table: why not pdfium?"
                    continue
                fast_pages += 1
                slow = [ln for ln in page.dedupe_chars(tolerance=1).extract_text_lines(strip=True, return_chars=True)
                        if ln["text"].strip()]
                assert [re.sub(r"\s", "", ln["text"]) for ln in lines] == [re.sub(r"\s", "", ln["text"]) for ln in slow]
                for a, b in zip(lines, slow):
                    assert abs(a["x0"] - b["x0"]) <= 1 and abs(a["x1"] - b["x1"]) <= 1, (path.name, a["text"])
    assert fast_pages >= 20


def test_deduped_keeps_the_characters_pdfplumbers_dedupe_chars_keeps():
    """`_deduped` (pdfplumber's clustering without its quadratic re-sort) leaves a page the very
    characters `dedupe_chars(tolerance=1)` leaves, in the same order; fakebold.pdf draws each twice."""
    import pdfplumber

    from extractor.ingest.pdf import _deduped
    dropped = 0
    for path in PDFS:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                theirs = page.dedupe_chars(tolerance=1).chars
                assert [id(c) for c in _deduped(page).chars] == [id(c) for c in theirs], (path.name, page.page_number)
                dropped += len(page.chars) - len(theirs)
    assert dropped  # (fake bold was there to drop)


def test_both_pdf_readers_give_the_same_notice(monkeypatch):
    from extractor.ingest import pdf as reader
    fast = {path: parse(path).text for path in PDFS}
    monkeypatch.setattr(reader, "_pdfium_lines", lambda data, count, warnings: ([None] * count, {}, {}, {}))
    assert {path: parse(path).text for path in PDFS} == fast


def test_character_dicts_are_pdfplumbers():
    """`_with_objects` fills a page's objects as pdfplumber's `parse_objects` does: same kinds in the same
    order, each object's dict with the same keys in the same order and the same values."""
    import pdfplumber

    from extractor.ingest.pdf import _with_objects
    chars = 0
    for path in PDFS:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                theirs = page.parse_objects()
                _with_objects(page)
                assert list(page.objects) == list(theirs), (path.name, page.page_number)
                for kind, objs in theirs.items():
                    assert [list(o.items()) for o in page.objects[kind]] == [list(o.items()) for o in objs]
                chars += len(theirs.get("char", []))
    assert chars > 10_000



def _lines_by_id(lines: list[dict]) -> list[dict]:
    return [{k: [id(c) for c in v] if k == "chars" else v for k, v in ln.items()} for ln in lines]


def _plumbers_text_lines(chars: list[dict], page) -> list[dict]:
    from pdfplumber.utils import chars_to_textmap
    return chars_to_textmap(chars, layout_bbox=page.bbox, layout_width=page.width,
                            layout_height=page.height).extract_text_lines(strip=True, return_chars=True)


def test_cell_lines_are_pdfplumbers():
    """`_text_lines` (a table cell's lines, read without pdfplumber's general directions) gives the lines of
    pdfplumber's `chars_to_textmap(...).extract_text_lines` (texts, edges, the very characters): every
    cell of the fixtures' ruled tables, each page's characters, random sets of them (lines interleaved),
    and random characters of awkward texts (empty, spaces, ligatures, several letters) in crowded boxes."""
    import random
    from types import SimpleNamespace

    import pdfplumber

    from extractor.ingest.pdf import _chars_within, _text_lines, _with_objects
    rng = random.Random(15)
    cells = 0
    for path in PDFS:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                _with_objects(page)
                chars = page.chars
                sets = [chars] + [[chars[k] for k in sorted(rng.sample(range(len(chars)), min(len(chars), 30)))]
                                  for _ in range(3)]
                for table in page.find_tables():
                    sets += [_chars_within(chars, bbox) for row in table.rows for bbox in row.cells if bbox]
                    cells += sum(1 for row in table.rows for bbox in row.cells if bbox)
                for some in sets:
                    assert _lines_by_id(_text_lines(some, page)) == _lines_by_id(_plumbers_text_lines(some, page)), \
                        (path.name, page.page_number)
    assert cells > 300
    page = SimpleNamespace(bbox=(0, 0, 100, 100), width=100, height=100)
    texts = ["", " ", "\u3000", "\n", "ﬁ", "ﬃ", "a", "中", "a b", "1", "."]
    for _ in range(3000):
        chars = []
        for _ in range(rng.randint(0, 14)):
            x0, top = rng.choice([rng.uniform(0, 60), rng.randint(0, 12) * 4.0]), rng.choice([rng.uniform(0, 20), rng.randint(0, 6) * 2.5])
            chars.append({"text": rng.choice(texts), "x0": x0, "x1": x0 + rng.choice([0.0, 2.0, 4.0, rng.uniform(0, 8)]),
                          "top": top, "bottom": top + 5, "doctop": top, "upright": True, "size": 5.0})
        assert _lines_by_id(_text_lines(chars, page)) == _lines_by_id(_plumbers_text_lines(chars, page)), chars


def test_group_lines_groups_as_sorting_the_characters_by_their_keys():
    """`group_lines` sorts positions by keys read once: the lines of sorting the characters themselves by
    baseline (else top), chaining those within Y_TOLERANCE, on random characters with equal and close keys."""
    import random

    from extractor.ingest.pdf import X_TOLERANCE, Y_TOLERANCE, group_lines

    def by_sorting(chars):
        key = lambda c: c.get("base", c["top"])  # noqa: E731
        rows = []
        for ch in sorted(chars, key=key):
            if rows and key(ch) - key(rows[-1][-1]) <= Y_TOLERANCE:
                rows[-1].append(ch)
            else:
                rows.append([ch])
        out = []
        for row in rows:
            glyphs = [c for c in sorted(row, key=lambda c: c["x0"]) if not c["text"].isspace()]
            if glyphs:
                text = glyphs[0]["text"] + "".join((" " if b["x0"] - a["x1"] > X_TOLERANCE else "") + b["text"]
                                                   for a, b in zip(glyphs, glyphs[1:]))
                out.append((text, [id(c) for c in glyphs]))
        return out
    rng = random.Random(15)
    for _ in range(3000):
        chars = []
        for _ in range(rng.randint(0, 20)):
            char = {"text": rng.choice("ab 中"), "x0": rng.randint(0, 20) * 2.0, "x1": 0.0, "top": rng.choice([0.0, 1.5, 3.0, 4.5, 9.0])}
            char["x1"] = char["x0"] + 2
            if rng.random() < 0.5:
                char["base"] = char["top"] + rng.choice([0.0, 3.0, 10.0])
            chars.append(char)
        assert [(ln["text"], [id(c) for c in ln["chars"]]) for ln in group_lines(chars)] == by_sorting(chars)


def test_cid_share_counts_the_glyphs_read_as_cid_codes():
    """`_cid_share`: the share of a page's glyphs pdfminer read as `(cid:N)`, 0 without a test of each glyph where
    none is (a `(cid:` made by two glyphs' texts together is no glyph of that kind)."""
    from extractor.ingest.pdf import _cid_share

    def lines(*texts):
        return [{"text": "".join(texts), "chars": [{"text": t} for t in texts]}]
    assert _cid_share([]) == 0.0 and _cid_share(lines("中", "文")) == 0.0
    assert _cid_share(lines("(ci", "d:12)", "x", "y")) == 0.0
    assert _cid_share(lines("(cid:12)", "(cid:7)", "文", "(cid:x)")) == 0.5

def test_hex_strings_decode_as_pdfminers():
    """`_hex_bytes` decodes a hex string's digits (spaces among them, an odd last digit) to pdfminer's bytes."""
    import random

    from pdfminer.psparser import HEX_PAIR, SPC

    from extractor.ingest.pdf import _fast_pdfminer, _hex_bytes
    _fast_pdfminer()
    rng = random.Random(15)
    for _ in range(5000):
        digits = bytes(rng.choice(b"0123456789abcdefABCDEF \t\n\r\x0c") for _ in range(rng.randint(0, 12)))
        assert _hex_bytes(digits) == HEX_PAIR.sub(lambda m: bytes((int(m.group(0), 16),)), SPC.sub(b"", digits)), digits

# content-stream pieces pdfminer's tokenizer reads in each of its states: plain tokens and the others
_STREAM_PIECES = [b"BT", b"ET", b"Tf", b"T*", b"'", b'"', b"true", b"false", b"12", b"-3", b"+4", b"1.5", b"-.25", b".5",
                  b"3.", b"-", b".", b"1.2.3", b"/F1", b"/A#20B", b"/", "/中".encode(), b"/\xff", b"(abc)", b"(a(b)c)",
                  b"(a\\)b)", b"(\\101\\n)", b"()", b"<4142>", b"<41 4>", b"<>", b"<<", b">>", b"[", b"]", b"{", b"}",
                  b"%comment\n", b"\x00", b"<0041>>", b">", b"ab#c", b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x01\x02 EI", b"12Tf",
                  b"0 0 1 rg", b"<zz>", b"(unterminated"]


def _tokens(parser_class, streams, bufsiz=None, objects=False) -> list[str]:
    from pdfminer.psparser import PSEOF
    parser = parser_class(streams)
    if bufsiz:
        parser.BUFSIZ = bufsiz
    out = []
    try:
        while True:
            out.append(repr(parser.nextobject() if objects else parser.nexttoken()))
    except PSEOF:
        pass
    except Exception as e:  # (pdfminer gives up on some: the fast path must too, alike)
        out.append(f"{type(e).__name__}: {e}")
    return out


def test_pdfminer_fast_path_reads_pdfminers_tokens():
    """The tokenizer's fast path (`_fast_pdfminer`) gives pdfminer's tokens and objects (values and
    positions): content streams on every page of the PDF fixtures, and random streams of plain and
    awkward pieces split over streams and over buffers of a few bytes (tokens cut at a buffer's end),
    read by the content parser and by pdfminer's generic stack parser (its fonts' and objects' parsers)."""
    import random

    import pdfminer
    import pdfplumber
    from pdfminer.pdfinterp import PDFContentParser
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSStackParser

    from extractor.ingest.pdf import _PDFMINER, FAST_PDFMINER_RELEASE, _fast_pdfminer
    assert pdfminer.__version__ == FAST_PDFMINER_RELEASE, "constraints.txt pins another pdfminer: prove the fast path on it"
    _fast_pdfminer()

    class SlowContent(PDFContentParser):
        nexttoken, nextobject = _PDFMINER["nexttoken"], _PDFMINER["nextobject"]

    class Slow(PSStackParser):
        nexttoken = _PDFMINER["nexttoken"]

    for path in PDFS:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                for objects in (False, True):
                    assert _tokens(PDFContentParser, page.page_obj.contents, objects=objects) == \
                        _tokens(SlowContent, page.page_obj.contents, objects=objects), (path.name, page.page_number)
    rng = random.Random(15)
    for _ in range(500):
        data = b"".join(rng.choice(_STREAM_PIECES) + rng.choice([b" ", b"\n", b"\r\n", b"", b"\t"])
                        for _ in range(rng.randint(1, 40)))
        cuts = sorted(rng.sample(range(len(data) + 1), rng.randint(0, 2)))
        streams = [PDFStream({}, data[a:b]) for a, b in zip([0, *cuts], [*cuts, len(data)]) if data[a:b]]
        bufsiz = rng.choice([None, 1, 2, 3, 5, 8, 64])
        for objects in (False, True):
            assert _tokens(PDFContentParser, streams, bufsiz, objects) == _tokens(SlowContent, streams, bufsiz, objects), \
                (data, cuts, bufsiz)
            assert _tokens(PSStackParser, io.BytesIO(data), bufsiz, objects) == \
                _tokens(Slow, io.BytesIO(data), bufsiz, objects), (data, bufsiz)


def test_pdfminer_fast_execute_draws_what_pdfminers_draws():
    """`_execute` (an operator's method looked up once a stream set) gives pdfminer's own page objects, every object
    with every attribute, on every page of the PDF fixtures."""
    import pdfplumber
    from pdfminer.pdfinterp import PDFPageInterpreter

    from extractor.ingest.pdf import _PDFMINER, _execute, _fast_pdfminer
    _fast_pdfminer()
    assert PDFPageInterpreter.execute is _execute

    def objects(path, execute) -> list:
        PDFPageInterpreter.execute = execute
        try:
            with pdfplumber.open(path) as pdf:
                return [repr(page.objects) for page in pdf.pages]
        finally:
            PDFPageInterpreter.execute = _execute
    for path in PDFS:
        assert objects(path, _execute) == objects(path, _PDFMINER["execute"]), path.name
