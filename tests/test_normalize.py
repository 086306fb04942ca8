"""Normalisation on real fragments of the corpus notices, and its map back to the source."""
from __future__ import annotations

import json
import os
import subprocess
from array import array
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.document import RawBlock, RawDocument
from extractor.normalize import _CJK_RUN, _differences, _int_array, _opencc, _restored, detect_script, normalize

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def norm(*lines: str, pages=None):
    blocks = [RawBlock("para", t, page=(pages[i] if pages else None)) for i, t in enumerate(lines)]
    return normalize(RawDocument(blocks, "text"))


def test_traditional_article_becomes_simplified_and_script_is_recorded():
    doc = norm("深圳檢驗檢疫局扎實開展檢測工作整頓活動", "“質量提升”活動中,檢測是重要一環")
    assert doc.text.startswith("深圳检验检疫局扎实开展检测工作整顿活动\n“质量提升”活动中")
    assert doc.script == "traditional"


def test_taiwan_and_hong_kong_sources_get_their_own_conversion():
    assert detect_script("臺灣的電線裡面都是檢測儀器設備，請於年底前完成檢驗") == ("traditional", "tw2s")
    assert detect_script("香港的電線裏面着火，檢測儀器設備須於年底前完成檢驗") == ("traditional", "hk2s")
    assert detect_script("县农业农村局负责协调双认证") == ("simplified", None)


def test_variants_put_on_the_s2t_text_give_s2tw_and_s2hk():
    """detect_script's round trips made from one s2t conversion (`_restored`) are OpenCC's own, on the samples of the
    traditional corpus notices and on their t2s conversions."""
    for path in [*CORPUS.glob("*.txt"), *CORPUS.glob("*/docs/*.txt")]:
        sample = "".join(_CJK_RUN.findall(path.read_text("utf-8", "replace")))[:4000]
        simplified = _opencc("t2s").convert(sample)
        if simplified == sample:
            continue
        for cfg, back in (("tw2s", "s2tw"), ("hk2s", "s2hk"), ("t2s", "s2t")):
            forward = simplified if cfg == "t2s" else _opencc(cfg).convert(sample)
            assert _restored(cfg, sample, simplified, []) == _opencc(back).convert(forward), (path.name, cfg)
        for back in ("s2tw", "s2hk"):
            assert _restored(back[2:] + "2s", simplified, simplified, []) == _opencc(back).convert(simplified)


def _dictionary(config_path: str, name: str) -> dict[str, str]:
    """An OpenCC dictionary's entries (key -> first value), dumped with the opencc_dict tool its package ships."""
    tool = Path(os.path.dirname(__import__("opencc").__file__)) / "clib" / "bin" / "opencc_dict"
    if not tool.exists():
        pytest.skip("opencc_dict not shipped with this OpenCC")
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"opencc-{os.getpid()}-{name}.txt"
    env = {**os.environ, "LD_LIBRARY_PATH": str(tool.parent.parent / "lib64")}
    subprocess.run([str(tool), "-i", str(Path(config_path).parent / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                   check=True, capture_output=True, env=env)
    try:
        return {k: v.split(" ")[0] for k, v in (line.rstrip("\n").split("\t") for line in out.read_text("utf-8").splitlines())}
    finally:
        out.unlink()


def test_the_dictionaries_are_as_the_variants_shortcut_needs():
    """What `_variants_stage` takes from OpenCC's data: the character dictionaries of s2t, t2s and the variants map
    single characters (t2s's to single characters), and every phrase of the variants is written in as many
    characters as its key, otherwise than its key or than t2s's characters write the key."""
    def chain(config: str) -> list:
        return json.loads(Path(_opencc(config).config).read_text("utf-8"))["conversion_chain"]
    s2t = _dictionary(_opencc("s2t").config, chain("s2t")[0]["dict"]["dicts"][-1]["file"])
    t2s = _dictionary(_opencc("t2s").config, chain("t2s")[0]["dict"]["dicts"][-1]["file"])
    assert all(len(k) == 1 for k in s2t) and all(len(k) == len(v) == 1 for k, v in t2s.items())
    for back in ("s2tw", "s2hk"):
        phrases, characters = chain(back)[-1]["dict"]["dicts"]
        assert all(len(k) == 1 for k in _dictionary(_opencc(back).config, characters["file"]))
        for key, value in _dictionary(_opencc(back).config, phrases["file"]).items():
            assert len(value) == len(key) and not key == value == "".join(t2s.get(c, c) for c in key), (back, key)


def test_differences_counts_the_positions_where_texts_differ():
    """The lane count agrees with a character-by-character count on a traditional notice and its
    conversions, on texts of unequal length, and on characters beyond the BMP and lone surrogates."""
    text = (CORPUS / "004_556863f20829d668.txt").read_text("utf-8")
    for other in (_opencc("t2s").convert(text), _opencc("tw2s").convert(text), text[1:], text[:100], text):
        assert _differences(text, other) == sum(map(str.__ne__, text, other))
    assert _differences("𠀀\ud800a\U0010ffff", "𠀁\ud800b\U0010ffff甲") == 2
    assert _differences("", "甲") == 0


def test_origin_arrays_packed_as_array_makes_them():
    """The origin arrays, packed by `struct` in one call, hold what `array("i", list)` makes of the same values: a
    traditional notice's offsets and blocks (separators -1), and the ends of the type's range."""
    from extractor.ingest import read_bytes
    path = CORPUS / "004_556863f20829d668.txt"
    doc = normalize(read_bytes(path.read_bytes(), filename=path.name))
    assert doc.origin_block.typecode == doc.origin_offset.typecode == "i" and -1 in doc.origin_block
    for values in (list(doc.origin_block), list(doc.origin_offset), [-2 ** 31, -1, 0, 2 ** 31 - 1], []):
        assert _int_array(values) == array("i", values)


def test_pinyin_readings_removed():
    doc = norm("“質(zhì)量提升”活動中,檢測是重要一環(huán),質(zhì)檢是以高科技為支撐的執(zhí)法部門")
    assert doc.text == "“质量提升”活动中,检测是重要一环,质检是以高科技为支撑的执法部门"


def test_latin_in_brackets_is_not_taken_for_pinyin():
    assert norm("检验检测机构资质认定(CMA)和考核(CATL)").text == "检验检测机构资质认定(CMA)和考核(CATL)"


def test_full_width_digits_and_letters_to_half_width_chinese_punctuation_kept():
    doc = norm("请于２０２３年６月３０日前报送，邮箱：ＧＸＮＹ＠１６３．ｃｏｍ；比例达到８５％。")
    assert doc.text == "请于2023年6月30日前报送，邮箱：GXNY@163.com；比例达到85%。"


def test_kangxi_radicals_and_compatibility_ideographs_become_ordinary():
    # ⽅ U+2F45 KANGXI RADICAL SQUARE, ⾏ U+2F8F KANGXI RADICAL WALK, 樂 U+F914 compatibility
    assert norm("攻坚\u2f45案，\u2f8f动\uf914").text == "攻坚方案，行动乐"


def test_supplement_radicals_that_stand_for_characters_become_them():
    # what Chromium's PDF of a county page gives: ⺠ U+2EA0 CJK RADICAL CIVILIAN, ⻔ U+2ED4 C-SIMPLIFIED GATE
    assert norm("山阴县人\u2ea0政府办公室，\u2ed4户网站").text == "山阴县人民政府办公室，门户网站"


def test_hong_kong_standard_forms_that_the_taiwan_and_plain_conversions_keep_are_folded():
    # 衞 (U+885E), Hong Kong's form of 衛, which t2s and tw2s leave: the 衞生署 of a Hong Kong notice is 卫生署 whatever
    # variant its text picks (blind4 bk_09 `公共衞生` picks tw2s)
    assert norm("臺灣的電線裡面，衞生署及食物環境衞生署須於年底前完成檢驗").text == \
        "台湾的电线里面，卫生署及食物环境卫生署须于年底前完成检验"


def test_the_apron_character_typed_for_market_is_folded():
    # 巿 (U+5DFF) for 市 (U+5E02): Macau's 市政署巿政管理委員會 (blind14 bx_01), Hong Kong's 東涌巿政大樓 (blind25 ci_10)
    assert norm("市政署巿政管理委員會決議").text == "市政署市政管理委员会决议"


def test_spaces_inside_chinese_removed_but_kept_in_latin():
    doc = norm("组 长： 赵 栋 县委常委、县政府副县长", "2023 年县级质检机构 Quality Manual 共 3 册", "GB/T 27417-2017")
    lines = doc.text.split("\n")
    assert lines[0] == "组长：赵栋县委常委、县政府副县长"
    assert lines[1] == "2023年县级质检机构Quality Manual共3册"
    assert lines[2] == "GB/T 27417-2017"
    # where the alignment space stood is remembered: the name/title boundary of 赵 栋 县委常委
    assert doc.had_space_before(lines[0].index("县委常委"))
    assert not doc.had_space_before(lines[0].index("县政府"))


def test_page_numbers_and_repeated_headers_removed():
    pages = [1, 1, 1, 2, 2, 2, 3, 3, 3]
    doc = norm("山阴县人民政府办公室文件", "正文第一页的内容。", "— 1 —",
               "山阴县人民政府办公室文件", "正文第二页的内容。", "- 2 -",
               "山阴县人民政府办公室文件", "正文第三页的内容。", "第3页 共3页", pages=pages)
    assert doc.text == "正文第一页的内容。\n正文第二页的内容。\n正文第三页的内容。"


def test_line_broken_by_page_rejoined_but_headings_are_not():
    text = (CORPUS / "000_8aa947a709213af4.txt").read_text(encoding="utf-8")
    doc = normalize(RawDocument([RawBlock("para", x) for x in text.splitlines() if x.strip()], "text"))
    assert "县直属机关事务服务中心完成检验场所的配置" in doc.text
    assert "诚信基本要求》DB14/T2278-2021，同时邀请专家" in doc.text
    assert "\n一、总体要求\n充分认识" in doc.text
    assert "\n抄送：县委办公室、人大常委会办公室、县政协办公室、县人民法院、县人民检察院、各人民团体、各新闻单位。\n" in doc.text


def test_wrapped_pdf_lines_rejoined_into_paragraph():
    blocks = [RawBlock("para", "根据工作安排，现将有关事项通知如下：请各单位于2023年6月30", page=1, wrapped=True),
              RawBlock("para", "日前完成自查。", page=1)]
    assert normalize(RawDocument(blocks, "pdf")).text == "根据工作安排，现将有关事项通知如下：请各单位于2023年6月30日前完成自查。"


def test_article_repeated_whole_is_kept_once():
    text = (CORPUS / "004_556863f20829d668.txt").read_text(encoding="utf-8")
    doc = normalize(RawDocument([RawBlock("para", x) for x in text.splitlines() if x.strip()], "text"))
    assert doc.text.count("工业品检测技术中心将") == 1
    assert doc.text.count("真金不怕火炼") == 1
    assert "一手抓业务" in doc.text  # the related links after the second copy stay (structure drops them)


def test_markdown_marks_removed():
    doc = norm("## 2023 年县级农产品质量安全检测机构 “双认证”建设实施方案",
               "电子邮箱：[gxnyjgc@163.com](mailto:gxnyjgc@163.com)。", "**2023 年项目绩效目标表**")
    assert doc.text.split("\n") == ["2023年县级农产品质量安全检测机构“双认证”建设实施方案",
                                    "电子邮箱：gxnyjgc@163.com。", "2023年项目绩效目标表"]


def test_tables_keep_cells_with_offsets():
    doc = normalize(RawDocument([RawBlock("table", rows=[["牵头\n单位", "时间"], ["科技司", "５-７月"]])], "docx"))
    table = doc.blocks[0]
    assert table.kind == "table"
    assert [[c.text for c in r] for r in table.rows] == [["牵头单位", "时间"], ["科技司", "5-7月"]]
    assert all(doc.text[c.start:c.end] == c.text for r in table.rows for c in r)


def _check_origins(raw: RawDocument):
    doc = normalize(raw)
    for i, ch in enumerate(doc.text):
        b = doc.origin_block[i]
        if b < 0:
            assert ch in "\n\t"
            continue
        src = raw.blocks[b]
        assert src.text and 0 <= doc.origin_offset[i] < len(src.text) or src.rows is not None
    return doc


def test_every_character_maps_back_to_its_source():
    for path in sorted(CORPUS.glob("*.txt")):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        raw = RawDocument([RawBlock("para", x) for x in lines], "text")
        doc = _check_origins(raw)
        # an unconverted character maps to itself in the source
        same = sum(1 for i, ch in enumerate(doc.text)
                   if doc.origin_block[i] >= 0 and raw.blocks[doc.origin_block[i]].text[doc.origin_offset[i]] == ch)
        assert same > 0.6 * len(doc.text.replace("\n", ""))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=8))
@example(["000000000000,**", ",**"])  # a bold run cut by a line break: stripped once the lines are joined
@example(["一手抓業(yè)務(wù) -手抓隊伍"])  # a reading's space goes with it, as a space next to Chinese does
@example(["0|\xad"])  # a row border before a zero-width character goes on the first pass, not the second (a soft hyphen)
def test_normalisation_never_raises_and_is_idempotent(lines):
    raw = RawDocument([RawBlock("para", x) for x in lines], "text")
    doc = _check_origins(raw)
    again = normalize(RawDocument([RawBlock("para", x) for x in doc.text.split("\n")], "text"))
    assert again.text == doc.text


def test_a_long_line_opening_with_a_label_is_prose_and_its_cut_tail_is_joined_once():
    # `具体分工如下：…；…（一）…完成检` / `验场所…`: a label opens the line, but sentences end inside it, so it is no
    # `联系人：…` field line; its cut is joined on the first pass, not only once run splitting has cut the head off
    # (the property test found seed 003's lines normalised differently on a second pass)
    lines = ["具体分工如下：县农业农村局负责协调进度；县财政局负责经费保障。三、具体任务（一）配齐硬件软件设施。"
             "县直属机关事务服务中心完成检", "验场所的配置，达到检验场地的认证要求。"]
    doc = normalize(RawDocument([RawBlock("para", x) for x in lines], "text"))
    assert "完成检验场所的配置" in doc.text
    again = normalize(RawDocument([RawBlock("para", x) for x in doc.text.split("\n")], "text"))
    assert again.text == doc.text


def test_pinyin_reading_cut_by_a_pdf_line_wrap_is_removed():
    blocks = [RawBlock("para", "全國質(zhì)檢系統", page=1, wrapped=True), RawBlock("para", "(tǒng)檢測工作整頓", page=1)]
    assert normalize(RawDocument(blocks, "pdf")).text == "全国质检系统检测工作整顿"


def test_pinyin_reading_opening_an_unjoined_title_line_is_removed():
    # a PDF's title lines are not joined: the reading cut from its character opens the second (blind25 ci_03)
    blocks = [RawBlock("para", "深入推進以人為本的新型城鎮(zhèn)化戰", page=1, style="centered"),
              RawBlock("para", "(zhàn)略五年行動計劃實施方案》的通知", page=1, style="centered")]
    assert normalize(RawDocument(blocks, "pdf")).text.split("\n")[1] == "略五年行动计划实施方案》的通知"
    # a bracket of letters opening a line after Latin text is no reading
    blocks = [RawBlock("para", "Ref. no."), RawBlock("para", "(zhàn) is a reading")]
    assert normalize(RawDocument(blocks, "pdf")).text.split("\n")[1] == "(zhàn) is a reading"


def test_contact_line_and_signature_are_not_joined():
    doc = norm("联系人：省农业农村厅质量监管处 高伟，电话：0351-4567890", "XX省人民政府办公厅", "2024年3月25日")
    assert doc.text.split("\n") == ["联系人：省农业农村厅质量监管处高伟，电话：0351-4567890", "XX省人民政府办公厅", "2024年3月25日"]


def test_a_substitution_keeps_the_soft_breaks_outside_what_it_replaces():
    # a reading removed from a line whose spaces were squeezed (`有關要求如下: 一要凝聚…`, 常州's mirrored page):
    # the breaks after it move with the text, so run splitting still finds them
    import re

    from extractor.normalize import _Piece
    p = _Piece.of("印发(fā)给你们,如下:一要凝聚", 0)
    p.soft = {2, 13}            # before `(` and before `一`
    p.sub(re.compile(r"\(fā\)"), "")
    assert p.text == "印发给你们,如下:一要凝聚" and p.soft == {2, 9} and p.text[9] == "一"


def test_addressees_opening_with_a_collective_are_cut_from_their_paragraph():
    # blind17 ca_07 `市直有关部门,各有关单位:近日,…`; a collective that opens a task stays in its sentence
    from extractor.normalize import _recipients_cuts
    text = "市直有关部门,各有关单位:近日,省科学技术厅印发了通知,现将有关事项通知如下。"
    assert _recipients_cuts(text, set()) == {text.index("近日")}
    assert _recipients_cuts("县直各单位要做好以下工作:一是加强领导。", set()) == set()


def test_a_document_known_clean_skips_the_cleaning_passes_and_reads_the_same(monkeypatch):
    """`normalize` leaves out clean_chars' two passes (zero-width characters, `clean_text`) where the blocks' text
    holds no character they change: every corpus and set text notice reads the same as with both passes run on each
    piece; a character to clean in any block, or one past the 400 blocks the sample reads, keeps them."""
    import extractor.normalize as nz
    from extractor.ingest import read_bytes

    texts = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*/docs/*.txt"))
    raws = [read_bytes(p.read_bytes(), filename=p.name) for p in texts]
    fast = [normalize(raw) for raw in raws]
    skipped: list[bool] = []
    stages = nz._char_stages
    monkeypatch.setattr(nz, "_char_stages", lambda pieces, config, known_clean=False:
                        skipped.append(known_clean) or stages(pieces, config, False))
    for raw, doc in zip(raws, fast):
        slow = normalize(raw)
        assert (slow.text, list(slow.origin_block), list(slow.origin_offset), slow.soft_breaks) == \
            (doc.text, list(doc.origin_block), list(doc.origin_offset), doc.soft_breaks)
    assert len(raws) > 150 and sum(skipped) > 0.8 * len(raws)
    monkeypatch.undo()
    assert norm("第一段", "第二\u200b段\u3000内容").text == "第一段\n第二段内容"
    assert norm(*["段落"] * 400, "全角\uff21").text.endswith("全角A")


def test_a_run_of_asterisks_is_no_bold_mark():
    """A masked number (blind16 bz_11 `聯系電話:4376****傳真:437****`, blind31 co_02 `67****26`) keeps its asterisks; a
    markdown bold run loses its marks."""
    text = normalize(RawDocument([RawBlock("para", "聯系電話:4376****傳真:437****"),
                                  RawBlock("para", "一、**总体要求**")], "text")).text
    assert text == "联系电话:4376****传真:437****\n一、总体要求"


def test_a_short_line_cut_after_its_comma_is_joined_as_a_second_pass_would():
    """A line wrapped mid-word into a short line that ends on 、 and runs on into the next: the three are one paragraph
    on the first pass, as on a second pass over its own output (the seed 004's 骨干培养 item, cut where a property
    test's mutation cut it: before, the first pass kept `…提升检` apart and a second joined it)."""
    lines = ["(三)加强骨干培养。每个机构选派1—2名技术骨干，通过实地考察、观摩学习、技术交流、到上级质检机构跟班实训等方式，帮助技术骨干提升检",
             "验技术能力、", "提高管理水平。", "四、工作要求"]
    doc = normalize(RawDocument([RawBlock("para", t) for t in lines], "text"))
    assert "帮助技术骨干提升检验技术能力、提高管理水平。\n四、工作要求" in doc.text
    again = normalize(RawDocument([RawBlock("para", doc.block_text(b)) for b in doc.blocks], "text"))
    assert again.text == doc.text
