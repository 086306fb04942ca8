"""Targets, contacts and responsibilities the held-out sets missed, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet as duties_in


def test_a_partner_named_after_huitong_with_a_perfective_verb_reports_what_was_done(corpus_plan):
    # 嘉善县 2022 news (blind81 em_04): `县市场监管局知识产权和计量认证管理股会同产品质量中队,对我县…侵权违法行为进行了检查,共检查
    # 企业7家` reports an inspection held, no duty of 产品质量中队 (its gold has none)
    duties = [(r.org, r.duty) for r in corpus_plan("blind81/docs/em_04.txt").responsibilities]
    assert not any(org == "产品质量中队" for org, _ in duties), duties
    # with no perfective, or with a modal before 会同, the partner keeps its duty
    assert ("县产品质量中队", "对企业进行检查", "participant") in \
        [(r["org"], r["duty"], r["role"]) for r in duties_in("县市场监管局会同县产品质量中队,对企业进行检查。")]


def test_the_blocks_own_address_between_its_phone_and_its_mail_keeps_one_contact(corpus_plan):
    # 共青团常州市委 2007 (blind80 el_03): `联系人:陆文亚,联系电话:85683635,地址:常州市龙城大道1280号市行政中心1号楼A座14楼,电子邮箱:
    # jgb6637506@126.com` is one contact, as blind48 df_03's `…,通信地址:…,邮政编码:100736,电子邮箱:…` block
    contacts = [(c.name, c.phone, c.email) for c in corpus_plan("blind80/docs/el_03.ofd").contacts]
    assert contacts == [("陆文亚", "85683635", "jgb6637506@126.com")], contacts


def test_a_bodys_organisation_said_to_be_sound_is_no_duty(corpus_plan):
    # a town's 创建市级卫生镇工作实施方案 (blind64 dv_05): `1、镇爱卫会组织健全,成员单位分工明确,责任落实`, the 国家卫生乡镇标准's wording; 组织 the
    # verb still gives a duty
    duties = [(r.org, r.duty) for r in corpus_plan("blind64/docs/dv_05.ofd").responsibilities]
    assert not any(d.startswith("组织健全") for _, d in duties), duties
    assert ("镇爱卫会", "组织开展环境卫生整治") in \
        [(r["org"], r["duty"]) for r in duties_in("镇爱卫会组织开展环境卫生整治。")]


def test_the_time_before_a_partners_duty_is_no_part_of_it(corpus_plan):
    # 鼎城区农业农村局 on 2025 美丽乡村 building (blind86 er_01): `市农业农村局会同市财政局于11月底前组织开展市级美丽乡村建设村验收工作,…`: the partner's duty
    # starts after the time, as the lead's does
    duties = {(r.org, r.role): r.duty for r in corpus_plan("blind86/docs/er_01.docx").responsibilities}
    assert duties[("市财政局", "participant")].startswith("组织开展市级美丽乡村建设村验收工作"), duties
