"""Bodies glued to the words around them (blind77 ei_09, ei_11): a verb word that begins a noun (计算机), Taiwan's
审计部 after the clause that names its head, and a 会报 that only begins 报告; each read from its notice's file through its
reader, or from the line of a real public page the rule cites."""
from __future__ import annotations

from extractor.extract.organizations import mentions_in


def _names(text: str) -> list[str]:
    return [m.name for m in mentions_in(text)]


def test_a_unit_whose_field_is_computing_keeps_its_first_word(corpus_plan):
    # `審計署在國家審計署計算機技術中心的大力支援下` (Macau's 审计长 on the 2020 accounts, blind77 ei_09): 计算 of 计算机
    # is no verb cut off the centre's name
    names = [o.name for o in corpus_plan("blind77/docs/ei_09.html").organizations]
    assert "国家审计署计算机技术中心" in names, names
    assert "机技术中心" not in names, names


def test_a_listed_school_of_computing_is_named():
    # 曲阜师范大学学工处's 计算机设计大赛 page (xg.qfnu.edu.cn/info/1074/8770.htm)
    assert "计算机学院" in _names("建议参赛学院:计算机学院、网络空间安全学院、传媒学院、音乐学院")


def test_taiwans_audit_office_is_named_apart_from_the_clause_naming_its_head(corpus_plan):
    # `總統賴清德提名陳瑞敏續任審計部審計長` (a 中央社 item on the 审计长's reappointment, blind77 ei_11)
    names = [o.name for o in corpus_plan("blind77/docs/ei_11.txt").organizations]
    assert "审计部" in names, names
    assert not any("提名" in n for n in names), names


def test_a_meeting_that_reports_ends_no_coordination_meeting(corpus_plan):
    # `各黨團同意19日院會報告事項處理完畢後` (blind77 ei_11) and the opening of every 政府工作报告
    names = [o.name for o in corpus_plan("blind77/docs/ei_11.txt").organizations]
    assert not any(n.endswith("会报") for n in names), names
    assert _names("现在,我代表国务院,向大会报告政府工作,请予审议。") == ["国务院"]
    assert _names("历次「行政院地方创生会报」工作会议会议纪录") == ["行政院地方创生会报"]


def test_the_body_of_the_jurisdiction_concerned_is_a_kind():
    # `辖区派出所要指派专职民警(法制副校长)加强对校园周边…` (a 教育局's 开学 safety notice, blind61 ds_03): whichever station
    # serves the school, as 当地
    found = {m.name: m.collective for m in mentions_in(",在开学期间全天(2月10日至20日)和学校日常上下学时间,辖区派出所要指派专职民警")}
    assert found.get("辖区派出所") is True, found
