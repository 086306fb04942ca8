"""Layouts of the blind8 notices (corpus/blind8: real task-ledger notices nobody tuned the rules on, text as the
pages corpus stores it, SOURCES.md there): the crawled portal rows, point markers, deadline and year forms they
showed missing."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

from extractor.document import RawDocument
from extractor.ingest.text import text_blocks
from extractor.normalize import normalize

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind8" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


def _text(raw: str) -> str:
    return normalize(RawDocument(blocks=text_blocks(raw), format="text")).text


def test_a_headline_row_under_a_portal_table_is_a_line_of_its_own():
    # shangyu.gov.cn: the 索引号 / 公开日期 / 发布单位 rows, then the headline the page set across the table
    raw = ("索引号: | 002590139/2023-74151 | 公开方式: | 主动公开 |\n公开日期: | 2023-06-16 11:08 | ||\n"
           "发布单位: | 章镇镇 |\n2023年章镇镇政府主要工作安排和任务分解 | ||\n2023年是全面贯彻落实党的二十大精神的开局之年。")
    assert "\n2023年章镇镇政府主要工作安排和任务分解\n" in _text(raw)


def test_a_rows_borders_are_dropped_and_a_glossed_number_is_cut_from_its_title():
    # a mirror of 常州's page: `關于印發(fā)…的通知 常政發(fā)〔2023〕1號 |` between rule rows of bare `|`
    raw = ("|\n|||||||||\n關于印發(fā)2023年《政府工作報告》重點任務分解落實方案的通知 常政發(fā)〔2023〕1號 |\n|||||||||\n"
           "各轄市、區(qū)人民政府,市各直屬單位: 現(xiàn)將方案印發(fā)給你們,有關要求如下: 一要凝聚共識抓落實。迅速行動。")
    lines = _text(raw).split("\n")
    assert lines[:2] == ["关于印发2023年《政府工作报告》重点任务分解落实方案的通知", "常政发〔2023〕1号"]


def test_a_bar_inside_a_line_stays():
    # 星島頭條 `疫情消息|第一次幼稚園校舍分配申請 延至3月24日截止`: a column label, read by the title rules
    assert "疫情消息|第一次" in _text("疫情消息|第一次幼稚園校舍分配申請 延至3月24日截止\n教育局宣布。")


@pytest.mark.parametrize("doc, headings", [
    ("br_03.txt", ["统一思想,提高认识", "强化责任分工,注重协作配合", "加强督促检查"]),  # the last cut after its words
    ("br_10.txt", ["凝聚共识抓落实", "压实责任抓落实", "争分夺秒抓落实"]),
])
def test_points_numbered_by_yao_are_sections(plans, doc, headings):
    # 嵊政办发〔2021〕5号 `一要统一思想,提高认识。2021年是…`, 常政发〔2023〕1号 `一要凝聚共识抓落实。迅速把…`
    assert [s.heading for s in plans(doc).sections] == headings
    assert {s.level for s in plans(doc).sections} == {1}


def test_bulleted_portal_labels_with_values_below(plans):
    # shengsi.gov.cn: `• 信息索引号:` / `• 成文日期:` / `• 文号:` each over its value
    meta = plans("br_03.txt").meta
    assert (meta.doc_number, meta.date) == ("嵊政办发〔2021〕5号", "2021-02-22")
    assert meta.title == "嵊泗县人民政府办公室关于印发《2021年度政府工作要点责任清单》的通知"
    assert meta.recipients == ["各乡镇人民政府", "县政府直属各单位"]


@pytest.mark.parametrize("doc, dates", [
    ("br_05.pdf", ["2019-08-31", "2019-08-31"]),        # 今年8月底前 after 2019年4月9日召开的交办会
    ("br_07.txt", ["2008-06-27", "2008-09-30", "2009-01-05"]),
    ("br_11.txt", ["2025-01-20"]),                      # 最遲明年1月20日, a page of 2024-11-05
    ("br_12.txt", ["--08-01", "--08-02"]),              # 顺延至8月1 日, 将延至8月2日: no year anywhere
])
def test_deadlines_of_notices_without_a_date_and_limits_put_back(plans, doc, dates):
    assert [d.date for d in plans(doc).deadlines] == dates


def test_a_bodys_leaders_are_no_subject(plans):
    # `由縣政府領導親自帶隊,或委托督查組按要求開展督查工作`
    assert not any(r.org == "县政府" for r in plans("br_07.txt").responsibilities)


def test_tallies_of_a_supervision_report_are_no_targets_and_a_year_is_no_part_of_a_name(plans):
    # 镇坪县 督办通报: `2020年共召开政府党组会议5次,…,完成39项,完成率100%`, `2020年县政府党组会议`
    plan = plans("br_04.html")
    assert plan.targets == []
    assert {o.name for o in plan.organizations} == {"县政府督查室", "县政府党组", "县政府"}


@pytest.mark.parametrize("doc", ["br_08.docx"])
def test_a_task_with_its_unit_tag_after_it_is_no_heading(plans, doc):
    # 金乡县 责任分工: `1.地区生产总值增长6%。(牵头单位:县发展和改革局)` under `一、2025年主要预期目标`
    plan = plans(doc)
    headings = [n.heading for part in plan.parts for n in part.sections]
    assert headings == ["2025年主要预期目标", "聚力强产业、壮集群,构筑经济增长新引擎"]
    assert all(not n.children for part in plan.parts for n in part.sections)
    assert ("县发展和改革局", "地区生产总值增长6%", "lead") in {(r.org, r.duty, r.role) for r in plan.responsibilities}


def test_a_label_with_an_empty_cell_keeps_its_border():
    # bzqc.gov.cn (blind4 bk_03): the info table ends `政策咨询机关: | |||` over `政策咨询电话: |`; neither is a 主送 line
    raw = ("发文字号: | 无 | ||\n有 效 性: | 失效 | ||\n政策咨询机关: | |||\n政策咨询电话: |\n"
           "各乡镇人民政府、街道办事处,区政府各部门、各直属机构:\n现将任务分解表印发给你们。")
    lines = _text(raw).split("\n")
    assert not any(ln.endswith(("政策咨询机关:", "政策咨询电话:")) for ln in lines)


def test_a_task_table_flattened_one_cell_per_line_gives_each_row_to_its_unit(plans):
    # 沙坪坝区's annex 1: `序号` / `2022年预期目标` / `责任单位`, then `1` / `地区生产总值增长5.5%左右` / `区发展改革委` …
    rows = {(r.org, r.duty, r.role) for r in plans("br_09.txt").responsibilities if r.rule == "table_row"}
    assert len(rows) == 10
    assert ("区发展改革委", "地区生产总值增长5.5%左右", "lead") in rows
    assert ("区发展改革委", "节能减排降碳完成年度目标任务", "lead") in rows
    assert ("区生态环境局", "空气质量完成年度目标任务", "lead") in rows


def test_a_flat_tables_cut_last_row_and_a_numbered_list_are_no_table():
    # annex 2 of the same page stops inside its first row (`工作任务` / `牵头单位` / `配合单位` / `1` / two cells)
    cut = "序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n联动共建科学城\n\n推动量子通信器件国家重点实验室落地,引进"
    assert all(b.kind == "para" for b in text_blocks(cut))
    assert all(b.kind == "para" for b in text_blocks("序号\n1\n开展检查\n2\n开展整改"))   # no column names


def test_a_flat_tables_rows_by_their_serial_numbers():
    # a row without its 配合单位 cell, a task cell of two paragraphs, the last row closed by the header's count
    raw = ("序号\n工作任务\n牵头单位\n配合单位\n1\n建设冷链物流网络\n县商务局\n县交通运输局\n2\n整治农药残留\n县农业农村局\n"
           "3\n推进合格证制度。\n2024年底前全覆盖。\n县市场监管局\n县农业农村局\n4\n开展培训\n县人社局\n县财政局\n附件2")
    table = next(b for b in text_blocks(raw) if b.kind == "table")
    assert table.rows[2] == ["2", "整治农药残留", "县农业农村局", ""]
    assert table.rows[3] == ["3", "推进合格证制度。 2024年底前全覆盖。", "县市场监管局", "县农业农村局"]
    assert table.rows[-1] == ["4", "开展培训", "县人社局", "县财政局"]
    assert text_blocks(raw)[-1].text == "附件2"
    cut = text_blocks(raw.replace("县人社局\n县财政局\n附件2", ""))       # the page stops inside row 4
    assert [b.text for b in cut[1:]] == ["4", "开展培训"] and len(cut[0].rows) == 4


def test_tasks_listed_under_a_units_share_of_the_work(plans):
    # 沁县 annex 1: `一、县示范区管委会牵头工作(8项)` over `1.投资3000万元建设…。` `2.打造食用菌酵素生产基地。` …
    duties = [(r.org, r.duty, r.role) for r in plans("br_02.docx").responsibilities]
    assert duties == [("县示范区管委会", d, "lead") for d in (
        "投资3000万元建设南美白对虾工厂化循环水养殖基地", "打造食用菌酵素生产基地", "建设3个劳动密集型产业园",
        "加强示范区与主城区基础设施")]
