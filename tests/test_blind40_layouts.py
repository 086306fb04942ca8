"""Layouts blind40's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_residents_committee_by_its_short_name_is_one_body(corpus_plan):
    # `南京东路街道新桥居委会`, `豫园街道肇方居委会` (上海市民政局's 批复 沪民基发〔2007〕39号, blind40 cx_07, an OFD): 居委会 ends the
    # name whole, as 长寿路街道's 请示 writes `合德里居委会共1974户`; the collective `12个居委会` names none
    names = [o.name for o in corpus_plan("blind40/docs/cx_07.ofd").organizations]
    assert {"南京东路街道新桥居委会", "豫园街道肇方居委会", "豫园街道方西居委会"} <= set(names)
    assert not [n for n in names if n.endswith("居委")]
    text = "长寿路街道合德里、永定新村、长鸿等3家居委会拟延期换届。合德里居委会共1974户;长鸿居委会共1140户。"
    assert [o.name for o in parse(text.encode(), filename="t.txt").organizations] == ["合德里居委会", "长鸿居委会"]


def test_taiwans_jia_before_a_place_sets_the_event_there(corpus_plan):
    # `(三)決賽:115年4月18日(星期六)假明湖國小舉行。` (天母國小's page, blind40 cx_09): 假 (at) opens the place of a scheduled
    # final, as 于/在 do, and the school is the venue, no body; 花蓮縣's `訂 105 年 12 月 3 日(星期六)假花蓮縣鑄強國民小學辦理`
    # (blind10 bt_02, an OFD) keeps its day
    plan = corpus_plan("blind40/docs/cx_09.txt")
    assert "2026-04-18" in [d.date for d in plan.deadlines]
    assert not [o.name for o in plan.organizations if "明湖" in o.name]
    assert "2016-12-03" in [d.date for d in corpus_plan("blind10/docs/bt_02.ofd").deadlines]


def test_respected_before_the_addressees_is_no_part_of_them(corpus_plan):
    # `尊敬的各位常務(wù)理事:` (中国仪器仪表学会's call, blind40 cx_01), `尊敬的各参会代表:` (a 塑料管道专业委员会 notice of 2013)
    assert corpus_plan("blind40/docs/cx_01.txt").meta.recipients == ["各位常务理事"]
    text = "关于2013年年会的紧急通知\n尊敬的各参会代表:\n原定于4月25日召开的年会将推迟举办。\n秘书处\n2013年4月22日"
    assert parse(text.encode(), filename="t.txt").meta.recipients == ["各参会代表"]
