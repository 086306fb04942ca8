"""Layouts blind47's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse
from extractor.ingest.text import text_blocks


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_period_closed_by_its_two_verbs(corpus_plan):
    # `1、 时间安排` / `2025年1月10日开始,2025年2月28日结束。` (王益街道办's 清洁乡村 notice, blind47 de_02, GB18030): one period,
    # not a day; as 从X开始,至Y结束 (2021 春运 `從1月28日開始,至3月8日結束`, bobomg.com) is read by from_until
    dues = [(d.start, d.date) for d in corpus_plan("blind47/docs/de_02.txt").deadlines]
    assert dues == [("2025-01-10", "2025-02-28")]
    assert [(d.start, d.date) for d in _plan("2021年春运1月28日开始,3月8日结束,共计40天。").deadlines] == \
        [("2021-01-28", "2021-03-08")]
    assert _plan("本办法自2019年1月1日开始执行。").deadlines == []


def test_a_middle_school_signs_as_itself(corpus_plan):
    # `龙湖中学` over `2015.12.24` (its New Year notice, blind47 de_05, a DOCX), as `大竹县观音中学` over `2023年9月28日`
    # (its 中秋及国庆 notice, scgz1942.cn): the school is the issuer, and no body its signature names in the text
    plan = corpus_plan("blind47/docs/de_05.docx")
    assert (plan.meta.issuer, plan.meta.date) == ("龙湖中学", "2015-12-24")
    assert "龙湖中学" not in {o.name for o in plan.organizations}
    text = "关于2023年中秋及国庆放假通知\n根据上级教育主管部门的通知精神,中秋及国庆放假安排如下:\n" \
           "1、2023年9月29日至10月6日放假。\n大竹县观音中学\n2023年9月28日"
    assert (_plan(text).meta.issuer, _plan(text).meta.date) == ("大竹县观音中学", "2023-09-28")


def test_a_headline_with_a_comma_over_two_blank_lines(corpus_plan):
    # gov.mo's releases print `跳過導航`, the headline, two blank lines, then the first paragraph: a comma inside the
    # headline does not run it on into the body (教青局's 天鸽 release, blind47 de_09, GB18030; its 設施暫停開放 release,
    # blind31 co_10)
    plan = corpus_plan("blind47/docs/de_09.txt")
    assert plan.meta.title == "教青局协调及支援学校,九成多学校如期开课"
    assert not [r for r in plan.responsibilities if "九成多学校" in r.duty]
    assert corpus_plan("blind31/found/co_10.txt").meta.title == "教青局辖下设施暂停开放,特教中心评估照常进行"
    # a line left open by its comma still runs on over the blank lines, and one blank line opens nothing
    assert [b.opens for b in text_blocks("为做好今年的防汛工作,经研究,\n\n\n决定成立防汛工作领导小组。")] == [False, False]
    assert [b.opens for b in text_blocks("教青局协调及支援学校,九成多学校如期开课\n\n受台风影响,全澳学校受到影响。")] == \
        [False, False]
