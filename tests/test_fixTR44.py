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

