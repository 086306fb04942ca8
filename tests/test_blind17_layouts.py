"""Contacts, deadlines and portal labels of the blind17 notices (corpus/blind17, SOURCES.md there): mainland notices
whose contact blocks, meeting schedules and portal info blocks the rules missed on arrival (FIGURES.md)."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind17" / "docs"


@pytest.fixture(scope="module")
def plan():
    return cached_plans(DOCS)


def test_office_lines_under_a_contact_heading_give_their_numbers_and_names(plan):
    """`四、联系人与联系方式` / `资财处:林俊斌,83325374` / `行政中心:87833032、87807955` (ca_06, a DOCX)."""
    p = plan("ca_06.docx")
    assert {c.phone for c in p.contacts} >= {"83325374", "87833032", "87807955"}
    assert ("林俊斌", "联系人") in {(x.name, x.title) for x in p.people}


def test_an_address_forms_are_sent_to_is_no_contact_however_long_the_office_before_it(plan):
    """`…发送至市科技局科技项目平台统筹科工作邮箱qycxhzk@163.com` (ca_07)."""
    assert "qycxhzk@163.com" not in {c.email for c in plan("ca_07.txt").contacts}


@pytest.mark.parametrize("name, due", [
    ("ca_03.txt", "2006-11-30"),     # 请于2006年11月30日下午到长沙市新华大酒店(…)报到
    ("ca_04.txt", "2008-10-09"),     # 会议时间:2008年 10月9 日上午10:00(北京时间)
    ("ca_11.doc", "2023-08-04"),     # 公示期为2023年7月31日至2023年8月4日
])
def test_a_meeting_day_a_check_in_day_and_a_public_notice_window_are_deadlines(plan, name, due):
    assert due in {str(d.date) for d in plan(name).deadlines}


def test_a_public_notice_window_starts_on_its_first_day(plan):
    assert [str(d.start) for d in plan("ca_11.doc").deadlines if str(d.date) == "2023-08-04"] == ["2023-07-31"]


def test_portal_labels_with_a_markdown_bullet_or_named_发布文号_fill_meta(plan):
    """`- 发文字号:阿行发〔2021〕42号` / `- 名 称:…的通知` (ca_12); `发布文号: 国茧协办函[2006]15号` (ca_02)."""
    p, q = plan("ca_12.txt"), plan("ca_02.txt")
    assert (p.meta.doc_number, p.meta.title) == ("阿行发〔2021〕42号", "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知")
    assert q.meta.doc_number == "国茧协办函[2006]15号" and not (q.meta.title or "").startswith("发布文号")


def test_a_stage_heading_keeps_its_bracketed_time(plan):
    """`一、前期准备(3月27日前)` of an annexed plan (ca_01): the day in brackets is the stage's time, no dated step."""
    assert (1, "前期准备(3月27日前)") in {(s.level, s.heading) for s in plan("ca_01.html").sections}


def test_a_portal_row_a_pdf_wrapped_is_read_as_one_row_of_its_table(plan):
    """`文 号 | 德府发〔2016〕20 号 | 发文日期 | 2016-11-04 | ||` over `关键词 | 德阳市 … 实` / `施意见 | 公开形式 | … |`
    (ca_10, a PDF export of a portal page): the number and date from their cells, no title made of the keyword cells."""
    p = plan("ca_10.pdf")
    assert (p.meta.doc_number, str(p.meta.date), p.meta.title) == ("德府发〔2016〕20号", "2016-11-04", None)


def test_wrapped_pipe_rows_are_joined_before_the_table_is_read():
    from extractor.document import RawBlock
    from extractor.ingest.text import pipe_tables
    blocks = [RawBlock("para", "文 号 | 德府发〔2016〕20号 | 发文日期 | 2016-11-04 | ||"),
              RawBlock("para", "关键词 | 德阳市 人民政府 实"), RawBlock("para", "施意见 | 公开形式 | 主动公开 |"),
              RawBlock("para", "各县(市、区)人民政府:")]
    out = pipe_tables(blocks)
    assert [b.kind for b in out] == ["table", "para"]
    assert out[0].rows[1][:2] == ["关键词", "德阳市 人民政府 实施意见"]


def test_a_signature_centred_under_a_line_that_ends_a_sentence_at_the_edge_is_its_own_line(plan):
    """`…请结合实际,认真贯彻执行。` reaching the right edge over `金华经济技术开发区管理委员会党政综合办公室`, set near the
    middle, then `2024年 2月 29日` (ca_08, an OFD): the signature is the issuer, not the paragraph's tail."""
    p = plan("ca_08.ofd")
    assert (p.meta.issuer, str(p.meta.date)) == ("金华经济技术开发区管理委员会党政综合办公室", "2024-02-29")


def test_joint_issuers_one_per_line_over_the_subject_open_the_title(plan):
    # 来苏委发〔2021〕68号: `中共重庆市永川区来苏镇委员会` / `重庆市永川区来苏镇人民政府` / `关于印发《…》的通知`
    p = plan("ca_01.html")
    assert p.meta.title == "中共重庆市永川区来苏镇委员会重庆市永川区来苏镇人民政府关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知"


def test_addressees_opening_with_a_collective_are_cut_from_the_paragraph_they_run_into(plan):
    # `市直有关部门,各有关单位:近日,省科学技术厅印发了…` on one line
    p = plan("ca_07.txt")
    assert p.meta.recipients == ["市直有关部门", "各有关单位"]
    assert p.text.startswith("市直有关部门,各有关单位:\n近日")
