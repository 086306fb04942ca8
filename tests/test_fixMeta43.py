"""Meta layouts fixed in session 43 (fixMeta43): held-out notices read from their files."""
from __future__ import annotations

from extractor.structure import classify


def test_a_pages_text_size_control_is_frame_not_its_addressees(corpus_plan):
    # blind82 en_11 (漢聲電臺's news): `文字大小:` alone over the headline read as the recipients, the headline lost
    plan = corpus_plan("blind82/docs/en_11.txt")
    assert "文字大小" not in plan.meta.recipients
    assert plan.meta.title.replace(" ", "") == "我国首座国家档案馆启用档案管理局首度公开典藏核心场域"
    # the same control beside a portal's dateline (blind bl_10, blind8 br_05) and with its sizes (blind13 bw_09)
    assert classify("文字大小:")[0] == "frame"
    assert classify("文字大小: 大 中 小")[0] == "frame"


def test_a_legco_questions_number_and_colon_lead_its_headline(corpus_plan):
    # blind82 en_08 (info.gov.hk's written reply), under its skip link: `立法會十八題:公共檔案管理`
    assert corpus_plan("blind82/docs/en_08.txt").meta.title == "立法会十八题:公共档案管理"
    # blind83 eo_08 (the same release layout): `立法會十題:應急物資的儲備`
    assert corpus_plan("blind83/docs/eo_08.html").meta.title == "立法会十题:应急物资的储备"


def test_a_label_over_the_content_it_heads_is_no_addressee(corpus_plan):
    # blind48 df_06 (国家认监委办公室): a portal's empty `摘要:` field over the 主送 `各国家产品质检中心:`
    assert corpus_plan("blind48/docs/df_06.pdf").meta.recipients == ["各国家产品质检中心"]
    # blind69 ea_12 (a Taiwan bulletin): `修正:` over the amendments it lists
    assert "修正" not in corpus_plan("blind69/docs/ea_12.pdf").meta.recipients
    assert classify("摘要:")[0] != "recipients" and classify("修正：")[0] != "recipients"
    assert classify("各国家产品质检中心:")[0] == "recipients"
