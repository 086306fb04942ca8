"""Layouts blind50's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_title_and_its_addressees_run_into_the_first_paragraph(corpus_plan):
    # a law site's one-line copy of 云南省农业厅's 2007 notice (blind50 dh_02), its member list's spaced names outnumbering
    # its paragraphs' spaces, so no page line: the title, then the 主送 cut after its colon
    plan = corpus_plan("blind50/docs/dh_02.txt")
    assert plan.meta.title == "云南省农业厅关于开展当前小春生产及春耕备耕工作调研的通知"
    assert plan.meta.recipients == ["各有关州市农业局"]
    # the same site's one-line copy of 兰州市人民政府办公厅's 2005 forward (blind13 bw_03), cut as a page line: unchanged
    plan = corpus_plan("blind13/docs/bw_03.txt")
    assert plan.meta.title.startswith("兰州市人民政府办公厅转发省环保专项行动联席会议办公室")
    # a clause after the title's space is no 主送: `…的通知 各乡镇要做好以下工作:…` keeps its line
    plan = _plan("关于做好防汛工作的通知 各乡镇要做好以下工作:一是落实责任,二是排查隐患。")
    assert plan.meta.recipients == []


def test_a_cyrillic_o_typed_for_ling_in_a_chinese_numeral_year():
    # 青海省环境保护厅's relay signed `二О一二年二月二十一日` with a Cyrillic О (blind50 dh_01, as the page has it): read as 〇,
    # as a Latin O or a digit 0 is; a Greek Ο the same
    from pathlib import Path

    from extractor.ingest.text import read_text
    from extractor.normalize import normalize
    raw = (Path(__file__).resolve().parent.parent / "corpus/blind50/found/dh_01.txt").read_bytes()
    assert "二〇一二年二月二十一日" in normalize(read_text(raw)).text
    plan = _plan("关于报送材料的通知\n\n各单位:\n    请于3月1日前报送。\n\n某某局\n二Ο一二年二月二十一日\n")
    assert plan.meta.date == "2012-02-21"
    # an O in Latin words stays a letter
    assert "ISO" in normalize(read_text("执行ISO 9001标准。".encode())).text


def test_a_second_local_number_after_a_space(corpus_plan):
    # `联系电话:027-87661012 87667145` under two names (blind50 dh_03, a DOCX): two numbers, one contact each
    phones = [c.phone for c in corpus_plan("blind50/docs/dh_03.docx").contacts]
    assert phones == ["027-87661012", "87667145"]
    # the office layout's second line marked as its fax (鄂环办[2012]39号): one number
    assert [c.phone for c in _plan("联系人:杨华\n联系电话:027-87167362 87167365(传真)\n").contacts] == ["027-87167362"]


def test_a_surveys_days_restated_after_ji(corpus_plan):
    # `四、调研时间 各组调研时间为5天,即2007年2月27日至3月3日` (blind50 dh_02): the period, read from the label
    deadlines = [(d.start, d.date) for d in corpus_plan("blind50/docs/dh_02.txt").deadlines]
    assert deadlines == [("2007-02-27", "2007-03-03")]
    # a label's span restated by relative days names no date (云南语言文字网 2011 `培训时间:缴费确认后一天,即第五天`)
    assert _plan("三、关于培训\n培训时间:缴费确认后一天,即第五天。\n").deadlines == []


def test_united_nations_agencies_named_by_their_short_names(corpus_plan):
    # `國際勞工組織(ILO)自2003年起…` (blind50 dh_10, Big5) and `列入联合国教科文组织世界遗产名录` (blind23 cg_10): known bodies
    assert "国际劳工组织" in {o.name for o in corpus_plan("blind50/docs/dh_10.txt").organizations}
    assert "联合国教科文组织" in {o.name for o in corpus_plan("blind23/docs/cg_10.txt").organizations}
    # an organisation of a kind (`群众性自治组织`) stays no body
    assert "群众性自治组织" not in {o.name for o in _plan("各村要依法发挥群众性自治组织作用。").organizations}


def test_members_run_together_between_removed_spaces(corpus_plan):
    # the law site's one-line copy of 云南省农业厅's 2007 notice (blind50 dh_02): `第一组组长 汪 铭 省农业厅种植业管理处副处长
    # 组员 谭继祥 省种子管理站科长 屈天尧 省植保站助理农艺师 第二组组长 …`: every member, the name's one-character pieces joined
    people = {p.name: p.title for p in corpus_plan("blind50/docs/dh_02.txt").people}
    assert len(people) == 9 and people["汪铭"] == "省农业厅种植业管理处副处长" and people["罗成凯"] == "省种子管理站高级农艺师"
    assert people["罗荣"] == "省植保站科长"


def test_a_contact_spaced_letter_by_letter_is_one_name(corpus_plan):
    # 甘肃省政府安委会办公室's PDF (blind50 dh_06) sets its glyphs apart: `联系人及电话:王传坤,81792200` names 王传坤, no 王传
    assert {p.name for p in corpus_plan("blind50/docs/dh_06.pdf").people} == {"王传坤"}
