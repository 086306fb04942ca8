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


def test_a_townships_law_enforcement_team_is_a_body(corpus_plan):
    # 官亭镇's 秸秆禁烧 item (blind58 dp_05, OFD): `由镇执法队、包村干部、村干部分组带队` names the township's 执法队, as a
    # 执法大队 or 中队 is named by its size; its force (`执法队伍`) and members (`执法队员`) name none
    assert "镇执法队" in {o.name for o in corpus_plan("blind58/docs/dp_05.ofd").organizations}


def test_taiwans_weather_bureau_is_a_body(corpus_plan):
    # 嘉義縣's 防颱 letter over 天兔 (blind58 dp_12, PDF): `一、依據中央氣象署天氣預報辦理。`
    assert "中央气象署" in {o.name for o in corpus_plan("blind58/docs/dp_12.pdf").organizations}


def test_a_browser_warning_is_frame_and_a_speakers_headline_the_title(corpus_plan):
    # 商台's item on 樺加沙 (blind58 dp_08, DOCX): `請更新您的瀏覽器` and its note over `新聞` and the headline `漁護署:約300公頃
    # 新界農地因樺加沙損毀`, a Hong Kong headline led by the speaking body as blind53 dk_10's `立法會:政務司司長提交…`; the
    # warning is frame (blind4 bk_08's `您的瀏覽器不支援JavaScript功能` the same kind of line)
    assert corpus_plan("blind58/docs/dp_08.docx").meta.title == "渔护署:约300公顷新界农地因桦加沙损毁"
    assert corpus_plan("blind53/docs/dk_10.txt").meta.title.startswith("立法会:政务司司长提交回应")


def test_cadres_listed_after_the_unit_are_not_its_duty(corpus_plan):
    # 官亭镇 (blind58 dp_05): `由镇执法队、包村干部、村干部分组带队,做好巡查工作,做到“不着一把火,…”`: the cadres close the
    # list after 由 (kind_tail), the standard after 做到 is no duty (purpose_words; blind bl_07 `建立工作台账,做到…`)
    duties = {(r.org, r.duty) for r in corpus_plan("blind58/docs/dp_05.ofd").responsibilities}
    assert ("镇执法队", "分组带队做好巡查工作") in duties


def test_next_month_counts_from_a_pages_yearless_posting_stamp(corpus_plan):
    # 商台's item (blind58 dp_08): `截止日期為下月八日` under `發布於 09月25日12:53`, the page writing no year: --10-08, as
    # blind23 cg_10's `下月18日晚上8時截止` is the month after its feed's
    assert "--10-08" in {d.date for d in corpus_plan("blind58/docs/dp_08.docx").deadlines}


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
