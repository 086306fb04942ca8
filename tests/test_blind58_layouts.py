"""Layouts blind58's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_a_bulletin_title_row_may_hold_a_subjects_clauses(corpus_plan):
    # a 臺中 school's 轉知 of the 農業局's 禽流感 letter (blind58 dp_10, Big5): `標題 轉知:禽流感盛行季節,請學校…,依說明事項辦理!`
    # over `訊息分類 不分類`; the row is the title's label row though its value has clauses and opens `轉知:`; the same board's
    # one-clause rows stay titles (blind16 bz_02 `標題 轉知…實施計畫。`, blind44 db_08)
    title = corpus_plan("blind58/docs/dp_10.txt").meta.title
    assert title == "转知:禽流感盛行季节,请学校协助周知所辖管场域,如有饲养禽鸟类者,依说明事项办理!"
    assert corpus_plan("blind16/docs/bz_02.txt").meta.title == "转知台中市学校环境教育实作竞赛实施计划"


def test_a_sites_date_widget_and_search_box_are_frame(corpus_plan):
    # 潜江's 粮食生产 政策解读 (blind58 dp_02, GB18030): `今天是:` and `热门搜索:` over the headline, each read as the
    # addressees; 遂宁市水利局's page opens `今天是:2025年12月06日` (blind13 bw_05) and keeps its title
    assert corpus_plan("blind58/docs/dp_02.txt").meta.recipients == []
    assert corpus_plan("blind13/docs/bw_05.txt").meta.title == "遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函"


def test_a_survey_team_after_the_statistics_bureau_is_one_body(corpus_plan):
    # 潜江's 政策解读 (blind58 dp_02): `市国家统计局潜江调查队负责粮食生产面积、产量的统计` names the survey team, not
    # `市国家统计局`; blind44 db_01's `国家统计局共和调查队` the same
    plan = corpus_plan("blind58/docs/dp_02.txt")
    assert "市国家统计局潜江调查队" in {o.name for o in plan.organizations}
    assert "市国家统计局" not in {o.name for o in plan.organizations}
    assert any(r.org == "市国家统计局潜江调查队" for r in plan.responsibilities)
    assert "国家统计局共和调查队" in {o.name for o in corpus_plan("blind44/docs/db_01.html").organizations}


def test_a_numbered_task_table_ends_the_headline_search(corpus_plan):
    # 怀远县农业农村局's 重点工作完成情况 (blind58 dp_03): its headline, then the `序号` / `目标任务` / `牵头责任单位` / … table
    # one cell a line, then the cut last row (`56` / `加快绿色食品产`); the cut cell under the table is no headline, so
    # the table stays in the body and its rows are read
    plan = corpus_plan("blind58/docs/dp_03.txt")
    assert plan.meta.title == "农业农村局2023年11月承担政府重点工作完成情况"
    assert any(r.org == "农业执法大队" and r.duty.startswith("持续开展农资打假") for r in plan.responsibilities)


def test_a_flat_task_tables_row_aligns_at_its_date():
    # dp_03's table one cell a line: row 54's units one a line (`农业股` / `乡村产业发展股`) and row 6's stray `2` stand before
    # the `2023年底` of the 计划完成时间 column, and are the unit cell's; the rows with one unit keep their places
    from extractor.ingest.text import _flat_table
    lines = (CORPUS / "blind58/docs/dp_03.txt").read_text(encoding="utf-8").split("\n")
    rows = _flat_table(lines, lines.index("序号"))[0]
    assert rows[0][2:4] == ["牵头责任单位", "计划完成时间"]
    assert [r[2:4] for r in rows[1:]] == [["经管站、2", "2023年底"], ["农田建设管理股、农业股", "2023年底"],
                                         ["经管站", "2023年底"], ["农业股、乡村产业发展股", "2023年底"],
                                         ["农业执法大队", "2023年底"]]


def test_a_plans_table_reads_its_planned_time_goals_and_sections(corpus_plan):
    # dp_03: the 计划完成时间 column is a time column (as 计划开展时间 in blind51 di_06's 双随机 plan), the 目标任务 column's
    # `完成…20万亩,全县土地流转率达60%` a goal, and the bureau's 股 / 站 the units of its rows
    plan = corpus_plan("blind58/docs/dp_03.txt")
    assert [d.date for d in plan.deadlines].count("2023-12-31") == 6
    assert [(t.value, t.op) for t in plan.targets] == [(60.0, ">=")]
    assert {(r.org, r.duty[:6]) for r in plan.responsibilities} >= {("经管站", "农村常住居民"), ("乡村产业发展股", "加强农产品品"),
                                                                  ("农田建设管理股", "建成高标准农")}
    assert [d.date for d in corpus_plan("blind51/docs/di_06.pdf").deadlines].count("2023-12-31") == 7
