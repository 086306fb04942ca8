"""Layouts blind49's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_fuze_before_renkou_is_a_duty_not_a_post(corpus_plan):
    # `省统计局负责人口普查的日常工作,…` / `省财政厅负责人口普查经费的协调保障工作。` (blind49 dg_05, a DOCX): 负责 then 人口,
    # each a lead duty; `负责人` before anything else stays a post
    resp = {(r.org, r.duty) for r in corpus_plan("blind49/docs/dg_05.docx").responsibilities}
    assert ("省统计局", "人口普查的日常工作并全面负责专业技术工作") in resp
    assert ("省财政厅", "人口普查经费的协调保障工作") in resp
    resp = [(r.org, r.role) for r in _plan("县民政局负责人口与计划生育实施方案的贯彻落实工作。").responsibilities]
    assert ("县民政局", "lead") in resp
    assert _plan("县卫生监督所负责人表示,下步将继续扎实做好各项防汛防台工作。").responsibilities == []


def test_a_catalogues_remark_and_number_field(corpus_plan):
    # `- 备注/文号:南政〔2024〕2号` among a 政务信息公开 catalogue's bullets over 南安市人民政府's 通告 (blind49 dg_06, GB18030): the
    # number; the body's signature still the issuer
    meta = corpus_plan("blind49/docs/dg_06.txt").meta
    assert (meta.doc_number, meta.issuer, meta.date) == ("南政〔2024〕2号", "南安市人民政府", "2024-01-19")
    # the field alone in a portal's block, and `备注:` with no number no label of the number
    plan = _plan("索引号:001/2024-00001\n备注/文号:晋政发〔2024〕3号\n各县人民政府:\n现将有关事项通知如下。\n某某市人民政府\n2024年3月1日")
    assert plan.meta.doc_number == "晋政发〔2024〕3号"
    assert _plan("备注:请各单位于3月1日前报送。\n各县人民政府:\n现将有关事项通知如下。").meta.doc_number is None


def test_a_bracket_that_restates_does_not_end_the_duty(corpus_plan):
    # `职业介绍所事务科会于星期一至五提供半日(即上午九时至下午一时)柜位服务,以接收…` (劳工处 2020-02-21, blind49 dg_08): the
    # duty goes on past `(即…)`; a bracket of another kind still ends it
    resp = [(r.org, r.duty) for r in corpus_plan("blind49/docs/dg_08.txt").responsibilities]
    assert ("职业介绍所事务科", "于星期一至五提供半日即上午九时至下午一时柜位服务以接收有关职业介绍所的牌照申请") in resp
    resp = [(r.org, r.duty) for r in _plan("县教育局负责做好宣传工作(含印发资料),确保知晓率。").responsibilities]
    assert resp == [("县教育局", "做好宣传工作")]
