"""Layouts blind63's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations


def test_an_association_by_its_short_name_ending_in_xie(corpus_plan):
    # 成都市市场监管局's 2020 通知 (blind63 du_01, DOCX): `五、请成都市电梯困人应急服务中心、四川省特安协做好电梯扫码维保恢复后的
    # 监督提醒…工作`; a 语委办's 经典诵写讲 notice (blind11 bu_02, text): `2.少年宫(含区朗协)报送作品10个`: 特安协 (特种设备安全
    # 协会) and 朗协 (朗诵协会) are associations by their short names, as 政协 and 科协 are; the request names both bodies
    plan = corpus_plan("blind63/docs/du_01.docx")
    assert "四川省特安协" in {o.name for o in plan.organizations}
    assert {(r.org, r.role) for r in plan.responsibilities} == {("成都市电梯困人应急服务中心", "lead"), ("四川省特安协", "lead")}
    assert "区朗协" in {o.name for o in corpus_plan("blind11/docs/bu_02.txt").organizations}



def test_a_document_sites_page_numbers_are_no_outline(corpus_plan):
    # taowenge.com's preview of a 镇 plan (blind63 du_04, a site page): `1、 镇2023年…实施方案 一、整治目标 …隐患无` /
    # `2、遗留,自查有成效。 (二)集中整治阶段…`, each page one line of about 300 characters opening with its number; wenke99.com's
    # of 大圩镇's 采集 plan (blind62 dt_03, PDF): `1、1大圩镇…苏小川(统战委员、副镇长)` / `2、郑雄健(组织委员)韦云帆(宣传委员)…`:
    # the page numbers are no headings, and a page continues the sentence or list the page before it broke off
    plan = corpus_plan("blind63/docs/du_04.html")
    assert [(s.level, s.heading) for s in plan.sections][:3] == [(1, "整治目标"), (1, "整治重点"), (1, "整治安排及内容")]
    assert "隐患无遗留" in plan.text
    assert {"郑雄健", "韦云帆"} <= {p.name for p in corpus_plan("blind62/docs/dt_03.pdf").people}


def test_a_town_that_opens_its_clause_as_subject_is_a_body(corpus_plan):
    # a 黔江 news item (blind63 du_05, text): `据了解,下一步,黑溪镇将持续开展校园周边环境整治行动`; a 大兴 news item (blind62
    # dt_05, GB18030 text): `根据大兴区民政局相关要求,大兴区荣华街道在辖区积极开展…信息采集工作`; a 西城街道 notice (blind49 dg_03):
    # `西城街道將根據報名情況選取部分代表參加活動`, its office named in full before (`西城街道辦事處將於…`): the town or street
    # that does or will do the work is its local government
    plan = corpus_plan("blind63/docs/du_05.txt")
    assert "黑溪镇" in {o.name for o in plan.organizations}
    assert ("黑溪镇", "持续开展校园周边环境整治行动") in {(r.org, r.duty) for r in plan.responsibilities}
    assert "大兴区荣华街道" in {o.name for o in corpus_plan("blind62/docs/dt_05.txt").organizations}
    dg_03 = corpus_plan("blind49/docs/dg_03.txt")
    assert "西城街道" not in {o.name for o in dg_03.organizations}
    assert sum(r.org == "西城街道办事处" for r in dg_03.responsibilities) == 2


def test_an_ascii_full_stop_after_chinese_ends_a_duty(corpus_plan):
    # Metro Radio's item (blind63 du_09, text): `食安中心會繼續加強對日本進口食品檢測.` over the site's footer (`回主頁關於我們…
    # Copyright 2025© Metro Broadcast Corporation Limited.`), a page that types its full stops as `.` (blind36 ct_05 and blind3
    # bf_04 end their sentences so too); the dot inside a quoted name is no stop (`「亲子营敍星光下.大埔海滨公园」`, blind39 cw_08)
    duties = {(r.org, r.duty) for r in corpus_plan("blind63/docs/du_09.txt").responsibilities}
    assert duties == {("食环署食物安全中心", "继续加强对日本进口食品检测")}
    cw_08 = next(r for r in corpus_plan("blind39/docs/cw_08.txt").responsibilities if r.org == "康乐及文化事务署")
    assert "星光下.大埔海滨公园" in cw_08.duty
