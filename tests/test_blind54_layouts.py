"""Layouts blind54's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_fax_labelled_chuanzhen_dianhua_is_no_contact(corpus_plan):
    # 广东省人社厅办公室's 2018 notice (blind54 dl_02): `联系电话:020-83192746` then `传真电话:020-83352242`; the fax's label
    # ends in 电话 but is a fax's (not_phone_labels), so the contact keeps the phone only
    phones = {c.phone for c in corpus_plan("blind54/docs/dl_02.txt").contacts}
    assert phones == {"020-83192746"}


def test_an_empty_time_label_of_a_law_page_is_no_addressee(corpus_plan):
    # 法律法规网's frame over 工信厅装函〔2018〕115号 (blind54 dl_01): `文件编号:` / `发布时间:` / `实施时间:` empty, the number,
    # then the 主送 ending in `:`; `实施时间:` names a time, never bodies, and the real addressees are read
    plan = corpus_plan("blind54/docs/dl_01.html")
    assert "实施时间" not in plan.meta.recipients
    assert {"中国航空研究院", "国防科工局信息中心", "中国商用飞机有限责任公司"} <= set(plan.meta.recipients)
    assert "国防科工局信息中心" not in {o.name for o in plan.organizations}


def test_taipei_1999_hotline_with_an_extension_after_the_switchboard(corpus_plan):
    # 文化局's 受保護樹木 補助 (blind54 dl_11, Big5): `歡迎電洽02-2720-8889/1999轉3664`, the city hall's switchboard and the
    # 1999 hotline with the office's extension: two numbers, one contact each (listed_number)
    phones = {c.phone for c in corpus_plan("blind54/docs/dl_11.txt").contacts}
    assert phones == {"02-2720-8889", "1999转3664"}


def test_a_stated_action_at_a_place_after_jiang_yu(corpus_plan):
    # 公務員事務局's release (blind54 dl_09): `公務員事務局將於上海增設試場`, 將於 before a place, not a time (PLACE_LEAD),
    # the duty keeping its place from 於
    duties = {(r.org, r.duty) for r in corpus_plan("blind54/docs/dl_09.pdf").responsibilities}
    assert ("公务员事务局", "于上海增设试场") in duties


def test_the_persons_a_call_addresses_end_its_action(corpus_plan):
    # 澳門基金會's call (blind54 dl_10): `…的次輪申請,未曾於首輪作出申請的社團,可就…提出申請`; the applicants' own clause
    # with its modal is no part of the foundation's action (new_subject)
    duties = {r.duty for r in corpus_plan("blind54/docs/dl_10.doc").responsibilities if r.org == "澳门基金会"}
    assert duties == {"开始接受内地港台交流项目资助计划及国际交流项目资助计划的次轮申请"}


def test_a_vocational_skills_testing_centre_is_named_whole(corpus_plan):
    # 鉴定指导 (compound_cores): each level's 职业技能鉴定指导中心, no verb 指导 before 中心: `省职业技能鉴定指导中心网站` (dl_02)
    # and `报送至市职业技能鉴定指导中心职业技能竞赛科` (dl_03), not `中心职业技能竞赛科`
    assert "省职业技能鉴定指导中心" in {o.name for o in corpus_plan("blind54/docs/dl_02.txt").organizations}
    names = {o.name for o in corpus_plan("blind54/docs/dl_03.docx").organizations}
    assert "市职业技能鉴定指导中心职业技能竞赛科" in names and "中心职业技能竞赛科" not in names


def test_the_fight_crime_committee_is_a_known_body(corpus_plan):
    # `十个委员会包括扑灭罪行委员会、精神健康咨询委员会` (民政事务局's 青年委员 news, dl_08): the committee of gov_bodies.txt,
    # not `罪行委员会` cut after the verb-like 扑灭
    names = {o.name for o in corpus_plan("blind54/docs/dl_08.txt").organizations}
    assert "扑灭罪行委员会" in names and "罪行委员会" not in names


def test_an_anniversarys_committee_and_office_are_named_whole(corpus_plan):
    # 江华瑶族自治县's 县庆 call (blind54 dl_05): `由县 60周年县庆筹委会领导…` (筹委会 a suffix; the space that sets the number
    # off bounds no name) and `湖南省江华瑶族自治县成立60周年县庆办公室` (成立 before an anniversary is inside the name)
    names = {o.name for o in corpus_plan("blind54/docs/dl_05.ofd").organizations}
    assert {"县60周年县庆筹委会", "湖南省江华瑶族自治县成立60周年县庆办公室"} <= names
