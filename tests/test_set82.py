"""Layouts blind82's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet as orgs_in
from extractor.structure import classify


def test_an_archives_is_a_body(corpus_plan):
    # 档案馆, the public body that keeps a government's records (档案法 第八条): a county paper's 档案日 item (blind82 en_05,
    # a scan) `县档案馆将开展红色文化…进校园等活动`, GOV.MO's two releases on 澳門檔案館's exhibition (en_09 a site page,
    # en_10 a PDF) `由澳門檔案館與葡萄牙東波塔國家檔案館聯合舉辦`; `盐田区档案馆还将于6月至7月开展…宣传活动` (xjche365.com)
    assert "县档案馆" in {o.name for o in corpus_plan("blind82/docs/en_05.pdf").organizations}
    for doc in ("blind82/docs/en_09.html", "blind82/docs/en_10.pdf"):
        names = {o.name for o in corpus_plan(doc).organizations}
        assert {"澳门档案馆", "葡萄牙东波塔国家档案馆"} <= names, (doc, names)
    found = [o["name"] for o in orgs_in("盐田区档案馆还将于6月至7月开展机关、企业、社区、校园档案知识宣传活动。")]
    assert found == ["盐田区档案馆"], found


def test_an_exhibition_hall_is_no_unit_of_the_archives(corpus_plan):
    # 中国网's 彭州 档案日 item (blind82 en_06, GB18030 text) `开设彭州市档案馆线上展厅`, which read `彭州市档案馆线上展厅`;
    # 新昌县档案局's 2017 item `依托档案文化展厅,招募小小讲解员志愿者`
    names = {o.name for o in corpus_plan("blind82/docs/en_06.txt").organizations}
    assert "彭州市档案馆" in names and not any(n.endswith("展厅") for n in names), names
    assert not any(o["name"].endswith("展厅") for o in orgs_in("依托县档案馆档案文化展厅,招募小小讲解员志愿者。"))


def test_a_release_lead_in_is_no_addressees(corpus_plan):
    # the Hong Kong government's 立法會 reply (blind82 en_08, Big5 text) `以下是今日(十一月二十九日)在立法會會議上葉劉淑儀議員的提問
    # 和政務司司長陳國基的書面答覆:`, read as its 主送; info.gov.hk P201111160487 `以下是政務司司長林瑞麟今日(十一月十六日)在立法會
    # 會議上就「訂立檔案法」議案的總結發言:`
    assert corpus_plan("blind82/docs/en_08.txt").meta.recipients == []
    assert classify("以下是政务司司长林瑞麟今日(十一月十六日)在立法会会议上就「订立档案法」议案的总结发言:")[0] != "recipients"
    assert classify("各区、县(市)档案局,各专业档案馆:")[0] == "recipients"


def test_confidential_communications_is_a_field_no_modal(corpus_plan):
    # a news site's 黄陵县 保密宣传月 item (blind82 en_07, UTF-8 text) `中共延安市委保密机要局、黄陵县委保密机要局与店头镇党委…`,
    # `市保密机要技术服务中心干部张迪`: 机要 no modal 要 that ends the left context (which gave `中共延安市委`, `黄陵县委`,
    # `技术服务中心`); m.sboyo.com `各地都有机要局,比如北京机要局、上海机要局`
    names = {o.name for o in corpus_plan("blind82/docs/en_07.txt").organizations}
    assert {"中共延安市委保密机要局", "黄陵县委保密机要局", "市保密机要技术服务中心"} <= names, names
    found = [o["name"] for o in orgs_in("各地都有机要局,比如北京机要局、上海机要局,级别很高。")]
    assert "北京机要局" in found and "上海机要局" in found, found
