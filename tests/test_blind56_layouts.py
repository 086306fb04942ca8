"""Layouts blind56's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from pathlib import Path

from extractor.ingest.text import read_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_a_rank_after_a_suffix_ends_no_name(corpus_plan):
    # 盐城's 2024 乡村振兴 实施意见 (blind56 dn_04; its text as found, the scan's OCR aside): `组织实施部级粮油作物单产提升整建制推进
    # 县创建`; 部级 is a rank (continuations), so no `组织实施部`; blind15 by_02's `推荐申报部级项目` the same
    names = {o.name for o in corpus_plan("blind56/found/dn_04.txt").organizations}
    assert not any(n.endswith("实施部") for n in names)
    names = {o.name for o in corpus_plan("blind15/docs/by_02.docx").organizations}
    assert not any(n.endswith("申报部") or n.endswith("兼报部") for n in names)


def test_xibu_detail_is_no_bodys_part(corpus_plan):
    # 台中市經發局's 施政目標 (blind56 dn_11): `3.完成第一期工程細部設計(60%)`; 細部 (detail) is a word, no 部 of a body
    # (not_org_words), as in blind39 cw_12's `變更臺中港特定區計畫細部計畫`, whose gold names the 區公所 and 都市發展局 only
    names = {o.name for o in corpus_plan("blind56/docs/dn_11.txt").organizations}
    assert not any(n.endswith("细部") for n in names)
    names = {o.name for o in corpus_plan("blind39/docs/cw_12.txt").organizations}
    assert not any(n.endswith("细部") for n in names) and "都市发展局" in names


def test_indicators_closed_by_bureau_tags_lead_without_a_modal(corpus_plan):
    # 李家超's 2022 施政报告 指标 (blind56 dn_08, docx): `- 鼠患主要黑点数目于 2023 年底前至少减半。(环境及生态局)`, no modal but an
    # aim (bare_aim); `(政务司副司长办公室/相关政策局)` split at `/`, the collective adding none; the figures' spaces cut no
    # heading (`3. 于 2022 年底前完成…`); the tag after the last of item 4's bullets gives item 4's heading. The tags of
    # 連江縣's 縣長裁示事項 (blind16 bz_03, `…要做好各項準備工作。(財政局)`) still lead
    duties = {(r.org, r.duty) for r in corpus_plan("blind56/docs/dn_08.docx").responsibilities}
    assert ("环境及生态局", "鼠患主要黑点数目于2023年底前至少减半") in duties
    assert ("发展局", "确保土地如期到位") in duties
    assert any(o == "政务司副司长办公室" and d.startswith("于2022年底前完成对乱抛垃圾") for o, d in duties)
    assert not any(o == "相关政策局" for o, _d in duties)
    assert len(corpus_plan("blind16/docs/bz_03.txt").responsibilities) == 14


def test_a_headerless_table_of_numbered_rows_between_border_lines_is_a_task_table(corpus_plan):
    # 亳州市农业农村局's 2024 task ledger from its row 1 (blind56 dn_02): one cell a line, `|` alone after each, rows opened by
    # their serials, the group cells `一、…` merged over them (no sections); the column of unit names alone leads the task
    # column of longest text before it. The bordered cells of blind27 ck_09 (a 时间表 of dates and events) and of dn_11
    # (施政目標 under 一/二 groups), which number no rows so, stay lines
    plan = corpus_plan("blind56/docs/dn_02.txt")
    duties = {(r.org, r.duty) for r in plan.responsibilities}
    assert ("法规科", "农村常住居民人均可支配收入与全省同步增长") in duties
    assert ("市绿优中心", "发展养生滋补预制菜产业产值突破100亿元推进肉牛振兴三七百计划实现高品质肉牛产业产值70亿元发展精品粮油"
            "亳州花茶绿色蔬果调味品等特色产业实现产值850亿元") in duties
    assert plan.sections == [] and len(plan.deadlines) == 8
    for found in ("blind27/found/ck_09.txt", "blind56/docs/dn_11.txt"):
        assert not [b for b in read_text((CORPUS / found).read_bytes()).blocks if b.kind == "table"]


def test_an_amount_done_and_a_counts_share_report_results_not_targets(corpus_plan):
    # achieved_amount: 长治市农业农村局's 年度 report (dn_03) `考核指标23.1万亩,完成28.69万亩,完成率124.2%`, `…收入完成19437元,
    # 增幅7.5%`, and 昌硕街道's 工作回顾 (dn_06) `全年完成财政收入12.8亿元,增长25%`: rates and growth of what was done
    values = [t.value for t in corpus_plan("blind56/docs/dn_03.txt").targets]
    assert not {7.5, 5.2, 10.1, 124.2, 101.0} & set(values)
    assert 25.0 not in [t.value for t in corpus_plan("blind56/docs/dn_06.txt").targets]
    # counted_whole: a count right before its share of the whole, 金寨县 县委督查办's report (dn_07) `欠进度的有17个,占总任务的
    # 7.7%`, as 紫阳县's 督察通报 (blind7 bq_02) `已办结6件,占比27%`
    assert corpus_plan("blind56/docs/dn_07.txt").targets == []
    assert not {27.0, 73.0} & {t.value for t in corpus_plan("blind7/docs/bq_02.html").targets}
