"""Layouts blind62's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations


def test_a_papers_special_report_tag_opens_the_report_not_a_headline(corpus_plan):
    # a Macau paper's 2014 item (blind62 dt_10, Big5): `殘津與居外敬老金受益人須辦理生存證明` over `2014-08-16` and
    # `【特訊】社會工作局提醒所有殘疾津貼受益人,…須於8月31日或之前辦理生存證明,…`; 特訊 tags a report the paper was sent, as
    # 本報 one of its own (`【特訊】政府總部將於本月十七日…向公眾開放` under its headline, blind33 cq_11): the tagged line is the
    # report's first sentence, its deadline the body's
    plan = corpus_plan("blind62/docs/dt_10.txt")
    assert plan.meta.title == "残津与居外敬老金受益人须办理生存证明"
    assert "2014-08-31" in [d.date for d in plan.deadlines]
    assert corpus_plan("blind33/docs/cq_11.txt").meta.title == "政府总部下周六日对外开放"


def test_a_places_party_committee_and_government_written_together(corpus_plan):
    # `顺昌县元坑镇党委、政府高度重视此次信息采集工作` (blind62 dt_06, OFD), `自治区党委、政府的具体要求` (blind62 dt_03, PDF),
    # `镇党委、政府高度重视` (blind5 bm_04, PDF): the bare 政府 after the committee and 、 is the same place's government
    names = {o.name for o in corpus_plan("blind62/docs/dt_06.ofd").organizations}
    assert {"顺昌县元坑镇党委", "顺昌县元坑镇政府"} <= names
    assert {"自治区党委", "自治区政府"} <= {o.name for o in corpus_plan("blind62/docs/dt_03.pdf").organizations}
    assert {"镇党委", "镇政府"} <= {o.name for o in corpus_plan("blind5/docs/bm_04.pdf").organizations}


def test_a_body_named_by_its_townships_is_a_kind(corpus_plan):
    # 大冶市残联's item (blind62 dt_07, a scan): `到户籍所在地村(社区)或乡镇民政办进行辅助器具需求登记`; a 海南 卫生厅 notice (blind40
    # cx_03, DOCX): `(三)编制《海南省乡镇卫生院集锦》`, `逐个介绍乡镇卫生院基本情况`: every township's office or hospital, no one body
    assert [o.name for o in corpus_plan("blind62/docs/dt_07.pdf").organizations] == ["大冶市残联"]
    assert {o.name for o in corpus_plan("blind40/docs/cx_03.docx").organizations} == {"省卫生厅", "省卫生厅农卫处"}
