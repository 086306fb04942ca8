"""Layouts blind81's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet as deadlines_in
from extractor.extract.organizations import run_snippet as orgs_in


def test_a_year_before_the_mainland_is_no_deadline(corpus_plan):
    # 中新社's 2003 item on Macau's 商標註冊 (blind81 em_11, UTF-8 text in converted script) `在此間召開的二00三年內地與香港、
    # 澳門特別行政區知識產權研討會上表示`: 年 then 内地 (the mainland), not 年内 (within the year); a 国家知识产权局 timeline
    # writes `2009年内地与香港、澳门特别行政区知识产权研讨会` the same way
    assert "within_year" not in [d.rule for d in corpus_plan("blind81/docs/em_11.txt").deadlines]
    assert deadlines_in("2009年11月24日，2009年内地与香港、澳门特别行政区知识产权研讨会") == []
    assert [d["date"] for d in deadlines_in("确保2024年内建成。")] == ["2024-12-31"]


def test_calling_on_a_body_ends_the_left_context(corpus_plan):
    # GOV.MO's release on 經科局's visit (blind81 em_10, PDF) `赴北京拜访国家知识产权局`; GOV.MO's 2016 release 134795
    # `今(4)日先后拜访海关总署和外交部`, forumchinaplp.org.mo's `秘书长拜访澳门特区政府经济及科技发展局戴建业局长`
    names = {o.name for o in corpus_plan("blind81/docs/em_10.pdf").organizations}
    assert not any("拜访" in n for n in names), names
    found = [o["name"] for o in orgs_in("副局长陈子慧率领代表团一行日前(5月24日及25日)赴北京拜访国家知识产权局,获热情接待。")]
    assert found == ["国家知识产权局"], found
