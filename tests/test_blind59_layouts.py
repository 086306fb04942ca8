"""Layouts blind59's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_township_offices_cleaning_team_is_a_body(corpus_plan):
    # 五峰鄉公所's 清明 notice (blind59 dq_12, Big5): `一、因應清明節連假五峰鄉清潔隊調整連假期間清運垃圾服務時間` names the
    # township's 清潔隊, as 執法隊 (blind58 dp_05); its members (`清潔隊員`) name none
    names = {o.name for o in corpus_plan("blind59/docs/dq_12.txt").organizations}
    assert "五峰乡清洁队" in names


def test_a_township_office_of_itself_heads_its_units(corpus_plan):
    # 卑南鄉公所清潔隊's 中秋 notice (blind59 dq_11): `本所清潔隊電話:089-385305`: 本所 is the office of itself, a
    # self-reference as 本局 or 本府, and 清潔隊 the office's own team written alone (as blind41 cy_11's `通報公所(清潔隊服務電話…)`),
    # not a body `所清潔隊`
    names = {o.name for o in corpus_plan("blind59/docs/dq_11.txt").organizations}
    assert "清洁队" in names
    assert "所清洁队" not in names
    assert "卑南乡公所" in names


def test_toneless_pinyin_readings_are_stripped(corpus_plan):
    # 遂昌县农业农村局's 垃圾分类 notice on a company's copy (blind59 dq_07, DOCX): `遂昌(chang)縣農(nong)業農(nong)村局關于印發
    # 《…》實施方案的通知`, `各鄉(xiang)鎮(街道)人民政府(辦事處(chu)):`, readings without tones the marked-reading pass left;
    # blind12 bv_06's `發改地(di)區[2016]1771號(hao)` the same, its number broken by them
    meta = corpus_plan("blind59/docs/dq_07.docx").meta
    assert meta.title == "遂昌县农业农村局关于印发《遂昌县2020年度农村生活垃圾分类工作》实施方案的通知"
    assert meta.recipients == ["各乡镇(街道)人民政府(办事处)"]
    assert corpus_plan("blind12/docs/bv_06.txt").meta.doc_number == "发改地区[2016]1771号"


def test_a_lone_bracketed_syllable_after_a_character_stays():
    from extractor.normalize import _TONELESS
    # one bracketed word after a character is no page of glosses (the pass needs two in the text)
    assert len(_TONELESS.findall("请见附件(an)说明。")) == 1
    assert _TONELESS.findall("浙(zhe)(zhe)(zhe)江省农(nong)村") == ["(zhe)(zhe)(zhe)", "(nong)"]
    assert _TONELESS.findall("(见附件)和Word(doc)格式") == []
