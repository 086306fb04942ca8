"""Meta and outline on the layouts real notices come in (README, "Layouts read").

Every input is a fragment of a real notice: the dev notices of corpus/dev (SOURCES.md names
them), the seeds, or a public notice quoted in the test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import parse
from extractor.structure import classify, read_date

DEV = Path(__file__).resolve().parent.parent / "corpus" / "dev" / "docs"


def plan_of(text: str):
    return parse(text.encode("utf-8"), filename="notice.txt")


def outline(plan) -> list[tuple[int, str]]:
    out = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.heading))
            walk(s.children)
    walk(plan.sections)
    return out


# --- crawled text whose lines ran together -------------------------------------------------

HC_09 = ("国务院办公厅关于成立国务院黄金工作领导小组的通知国办发〔1990〕3号各省、自治区、直辖市人民政府,国务院各部委、"
         "各直属机构：为了加强对黄金工作的领导,国务院决定成立黄金工作领导小组,负责研究和协调有关黄金生产、建设、地质、加工、"
         "销售等方面的重大问题,具体工作由国家黄金局等单位承担,不另增加编制。特此通知。国务院办公厅一九九○年一月十八日")


def test_title_number_and_recipients_run_into_the_body():
    m = plan_of(HC_09).meta
    assert (m.title, m.doc_number) == ("国务院办公厅关于成立国务院黄金工作领导小组的通知", "国办发〔1990〕3号")
    assert m.recipients == ["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]
    assert (m.issuer, m.date) == ("国务院办公厅", "1990-01-18")


def test_a_number_printed_with_spaces_is_cut_from_the_title():
    m = plan_of("国务院关于促进稀土行业持续健康发展的若干意见国发 〔2011〕 12 号各省、自治区、直辖市人民政府，国务院各部委、"
                "各直属机构：稀土是不可再生的重要战略资源。").meta
    assert m.title == "国务院关于促进稀土行业持续健康发展的若干意见"
    assert m.doc_number.replace(" ", "") == "国发〔2011〕12号"


def test_headings_running_into_their_paragraph():
    # hc_04: a heading glued to its first sub-item; hc_05: a set heading glued to its paragraph
    p = plan_of("一、持续提升投资建设便利度（一）优化再造投资项目前期审批流程。从办成项目前期“一件事”出发，健全项目谋划、储备机制。"
                "（国家发展改革委牵头，国务院相关部门及各地区按职责分工负责）（二）进一步提升工程建设项目审批效率。全面推行工程建设"
                "项目分级分类管理。（住房城乡建设部牵头，国务院相关部门及各地区按职责分工负责）二、进一步简化企业生产经营审批和条件"
                "（三）进一步降低市场准入门槛。围绕工程建设、教育、医疗等领域，破除区域分割和地方保护。")
    assert outline(p) == [(1, "持续提升投资建设便利度"), (2, "优化再造投资项目前期审批流程"), (2, "进一步提升工程建设项目审批效率"),
                          (1, "进一步简化企业生产经营审批和条件"), (2, "进一步降低市场准入门槛")]
    p = plan_of("为加强铁路沿线安全环境治理工作，现提出以下意见。一、总体要求以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大"
                "精神，持续改善铁路沿线安全环境。二、完善工作机制，压实各方责任，提升多方共治合力（一）发挥部际联席会议制度统筹协调作用。"
                "铁路沿线安全环境治理部际联席会议要加强分析研判。")
    assert outline(p) == [(1, "总体要求"), (1, "完善工作机制，压实各方责任，提升多方共治合力"), (2, "发挥部际联席会议制度统筹协调作用")]


def test_a_reports_set_headings_running_into_their_paragraphs():
    # blind23 cg_05 (a 督查通报 as a document site printed it): `一、工作开展情况自4月7日…`, `二、存在的问题从督查情况来看…`
    p = plan_of("全市城乡环境卫生整治情况督查通报\n现将有关情况通报如下。\n"
                "一、工作开展情况自4月7日全市城乡环境卫生大整治启动以来,大部分乡镇和单位高度重视、组织得力、行动迅速,能够严格按照"
                "县委、县政府要求扎实开展环境卫生整治。\n"
                "二、存在的问题从督查情况来看,存在的问题和不足主要有:一是思想认识还不到位。")
    assert outline(p) == [(1, "工作开展情况"), (1, "存在的问题")]


def test_a_whole_page_on_one_line_after_a_crawler_header():
    """hd_04: a 9-line crawler header (`发布机构: 中国平潭` is the site), then the page on one line."""
    p = parse(DEV / "hd_04.txt")
    m = p.meta
    assert m.title == "平潭县国土资源局关于分解2012年纠风三项重点工作任务"     # a space inside the title
    assert (m.issuer, m.date, m.recipients) == ("平潭县国土资源局", "2012-09-06", ["各相关科室"])
    assert outline(p) == [(1, "坚决纠正保障性住房建设的不正纠风问题"), (1, "坚决纠正违法违规强制征地拆迁问题"),
                          (1, "坚决纠正行业乱收费问题")]


def test_ideographic_space_pairs_mark_paragraphs():
    # 商务部关于规范网络购物促销行为的通知, as a crawl keeps it: paragraphs marked by U+3000 pairs
    p = plan_of("现就有关事项通知如下：\u3000\u3000一、引导企业依法促销。要引导网络购物企业按照有关法律法规，依法开展促销活动。"
                "\u3000\u3000二、保证促销商品质量。推动网络购物企业在促销活动中，事先向消费者说明促销商品或者服务的主要信息。"
                "\u3000\u3000三、保护消费者合法权益。杜绝各种价格欺诈和虚假促销行为。")
    assert outline(p) == [(1, "引导企业依法促销"), (1, "保证促销商品质量"), (1, "保护消费者合法权益")]


# --- portal frames and header tables -------------------------------------------------------

HC_01_HEAD = ("索 引 号：\t000014349/2018-00214\t主题分类：\t综合政务\\政务督查\n"
              "发文机关：\t国务院办公厅\t成文日期：\t2018年12月06日\n"
              "标\u3000\u3000题：\t国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知\n"
              "发文字号：\t国办发〔2018〕117号\t发布日期：\t2018年12月10日\n"
              "主 题 词：\n"
              "国务院办公厅关于对真抓实干成效明显地方\n进一步加大激励支持力度的通知\n国办发〔2018〕117号\n"
              "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
              "为进一步健全正向激励机制，现将调整后的督查激励措施及组织实施等事项通知如下：\n")


def test_a_portal_header_table_and_a_title_over_two_lines():
    m = plan_of(HC_01_HEAD).meta
    assert m.doc_number == "国办发〔2018〕117号"
    assert m.title == "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知"
    assert m.recipients == ["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]


def test_portal_labels_over_line_pairs():
    """A portal's info block as label and value lines (gov.cn pages copied as text)."""
    m = plan_of("发文机关：\n国务院办公厅\n成文日期：\n2018年12月06日\n发文字号：\n国办发〔2018〕117号\n"
                "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知\n"
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为进一步健全正向激励机制，现将有关事项通知如下。\n").meta
    assert (m.issuer, m.date, m.doc_number) == ("国务院办公厅", "2018-12-06", "国办发〔2018〕117号")


def test_a_label_value_ends_at_the_next_label():
    kind, groups = classify("发文字号：国办发〔2019〕3号发布日期：2019年01月29日")
    assert (kind, groups["body"]) == ("labelled_field", "国办发〔2019〕3号")


def test_a_crawler_header_is_not_the_issuer():
    """hd_02: `发布机构:` names the department that posted the page; the notice is signed by another."""
    m = parse(DEV / "hd_02.txt").meta
    assert (m.issuer, m.date, m.recipients) == ("平潭综合实验区管委会办公室", "2023-03-30", ["各相关单位"])
    assert m.title == "平潭综合实验区管委会办公室关于印发平潭综合实验区新污染物治理工作方案的通知"


@pytest.mark.parametrize("text,title", [
    # hc_02: the issuer's 关于 on the first line; hd_06: the number above a two-line title
    ("国务院关于做好当前和今后一个时期\n促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n就业是最大的民生。",
     "国务院关于做好当前和今后一个时期促进就业工作的若干意见"),
    ("临政办函[2013]89号\n临安市人民政府办公室关于成立临安市\n信用建设工作领导小组的通知\n组    长：李文钢\n",
     "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知"),
])
def test_a_title_over_lines_is_one_title(text, title):
    assert plan_of(text).meta.title == title


# --- numbers and dates ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["国发 〔2011〕 12 号", "临政办函[2013]89号", "教育局通函第31 / 2026号",
                                  "经科字第10403481110号", "劳动发就字第10605101941号"])
def test_numbers_in_every_printed_form(line):
    assert classify(line)[0] == "doc_number"


@pytest.mark.parametrize("text,iso", [("二〇一二年九月六日", "2012-09-06"), ("二零二六年二月十三日", "2026-02-13"),
                                      ("二○一一年五月十日", "2011-05-10"), ("中华民国104年12月29日", "2015-12-29"),
                                      ("中华民国一百零六年四月二十六日", "2017-04-26")])
def test_dates_in_chinese_numerals_and_roc_years(text, iso):
    assert read_date(text) == (iso, None)


def test_a_signature_date_glued_to_the_issuer():
    m = plan_of("国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见\n"
                "各地区、各部门要认真贯彻落实本意见提出的各项任务和要求。国务院办公厅2020年7月15日（此件公开发布）").meta
    assert (m.issuer, m.date, m.note) == ("国务院办公厅", "2020-07-15", "（此件公开发布）")


def test_a_misprinted_date_is_read_with_a_warning():
    """hd_05 prints its date `2018年10日11日`."""
    p = plan_of("转发省农业厅关于开展耕地轮作休耕制度专题调研的通知\n湛农通〔2018〕461号\n各县(市、区)农业局(农业事务管理局):\n"
                "现将省农业厅通知转发给你们,请认真填写调查表。\n湛江市农业局\n2018年10日11日\n"
                "(联系人:李霖,电话:3220060,电子邮箱:zj3220060@126.com)\n公开方式:主动公开\n")
    assert (p.meta.issuer, p.meta.date) == ("湛江市农业局", "2018-10-11")
    assert any("2018年10日11日" in w for w in p.source.warnings)


# --- Hong Kong circulars and Taiwan 令 / 公告 ----------------------------------------------

def test_a_hong_kong_circular_signed_for_the_bureau():
    """hf_01 (lines as its PDF gives them): the circular number, the bureau signing by an acting officer."""
    p = plan_of("教育局通函第31 / 2026號\n「科學教育人工智能教學助理」試行計劃\n摘要\n本通函旨在通知各中小學有關試行計劃的詳情。\n"
                "10.如有查詢，請致電3698 3522與教育局科學教育組聯絡。\n教育局局長\n謝斌麟代行\n二零二六年二月十三日\n")
    m = p.meta
    assert (m.doc_number.replace(" ", ""), m.issuer, m.date) == ("教育局通函第31/2026号", "教育局", "2026-02-13")
    assert m.title == "「科学教育人工智能教学助理」试行计划"


def test_a_hong_kong_distribution_list_with_its_copies_run_in():
    """hf_01's PDF runs the 副本送 cell into the 分發名單 and wraps the list over lines."""
    m = plan_of("教育局通函第31 / 2026號\n"
                "分發名單：各提供本地課程的官立、資助副本送：各組主管—備考（包括特殊學校）、按位津貼\n"
                "及直接資助計劃學校的校監/\n校長\n「科學教育人工智能教學助理」試行計劃\n摘要\n"
                "本通函旨在通知各中小學有關試行計劃的詳情。\n").meta
    assert m.recipients == ["各提供本地课程的官立", "资助（包括特殊学校）", "按位津贴及直接资助计划学校的校监/校长"]
    assert m.cc == ["各组主管"]


def test_a_taiwan_announcement_is_titled_by_its_authority():
    """hf_04: 機關 + 文別 and the ROC date as TAB cells, the number under them."""
    m = plan_of("經濟部公告\t中華民國104年12月29日\n經科字第10403481110號\n"
                "主\u3000\u3000旨：公告本部「A+企業創新研發淬練計畫」項下專案類「歐盟多邊創新研發成員補助計畫」申請事項。\n").meta
    assert (m.title, m.issuer, m.doc_number, m.date) == ("经济部公告", "经济部", "经科字第10403481110号", "2015-12-29")


def test_a_taiwan_order_with_its_minister_signature():
    """hf_05: a 令 issuing a plan; the title is the 令, not the plan it issues."""
    m = parse(DEV / "hf_05.txt").meta
    assert (m.title, m.issuer, m.doc_number, m.date) == ("劳动部令", "劳动部", "劳动发就字第10605101941号", "2017-05-18")


# --- PDF layouts (the files as their issuers published them) ------------------------------

def test_pdf_heading_lines_are_not_glued_to_the_next_line():
    """he_06 (a WPS-made PDF): `一、总体目标与原则` and `（一）核心目标` are set on lines of their own; a reader that
    joins them gives `总体目标与原则一核心目标`. Each heading stays one section, nested as printed."""
    got = outline(parse(DEV / "he_06.pdf"))
    assert got[:3] == [(1, "总体目标与原则"), (2, "核心目标"), (2, "基本原则")]
    assert (1, "多部门联合机制与核心职责") in got and not any("原则一" in h or "原则（一）" in h for _, h in got)


def test_pdf_header_columns_are_read_column_by_column():
    """hf_01 (a Hong Kong circular's PDF): the number, 分發名單 and 副本送 sit in two header columns whose lines
    interleave on the page; each value is read whole."""
    m = parse(DEV / "hf_01.pdf").meta
    assert (m.doc_number.replace(" ", ""), m.issuer, m.date) == ("教育局通函第31/2026号", "教育局", "2026-02-13")
    assert m.title == "「科学教育人工智能教学助理」试行计划"
    assert m.recipients[0] == "各提供本地课程的官立" and m.cc == ["各组主管"]


# --- outline rules -------------------------------------------------------------------------

def test_items_that_are_sentences_are_not_sections_but_keep_their_depth():
    """hf_05: a sentence item over short labels; sentence items under a sentence item."""
    p = plan_of("一、勞動部為執行行政院核定青年教育與就業儲蓄帳戶方案，特訂定本計畫。\n二、本計畫用詞，定義如下：\n"
                "(一) 青年：中華民國設有戶籍之高中職應屆畢業生。\n(二) 雇主：就業保險投保單位之事業單位或團體。\n"
                "三、本計畫主辦機關為本部勞動力發展署，其任務如下：\n(一) 本計畫之擬訂、規劃、修正及解釋。\n"
                "(二) 本計畫整體執行之管控、評核及成效檢討。\n")
    assert outline(p) == [(2, "青年"), (2, "雇主")]


def test_a_short_label_before_a_colon_is_a_heading_and_list_entries_are_not():
    """hf_04: `三、計畫範疇：` heads its items; `(一) 計畫書。` entries of a list are not sections."""
    p = plan_of("一、計畫目的：為促進產業技術研發國際化，鼓勵企業參與歐盟創新研發計畫。\n二、申請期程：自公告日至105年12月31日止。\n"
                "三、應備申請資料：\n(一) 計畫申請表及申請公司基本資料表。\n(二) 計畫書。\n(三) 通過歐盟審查之計畫書。\n")
    assert outline(p) == [(1, "计划目的"), (1, "申请期程"), (1, "应备申请资料")]


def test_a_sub_heading_ending_its_sentence_heads_the_items_under_it():
    """hd_01: `（一）X。` alone on its line, with numbered items under it, is a section."""
    p = plan_of("二、主要任务\n（一）建立健全婴幼儿照护服务的供给体系。\n1.加强家庭健康育儿指导。为家庭提供科学养育指导服务。\n"
                "（二）建立健全婴幼儿照护服务的规范制度体系。\n1.实行婴幼儿照护服务机构登记和备案制度。举办非营利性机构的到民政部门登记。\n")
    assert outline(p) == [(1, "主要任务"), (2, "建立健全婴幼儿照护服务的供给体系"), (3, "加强家庭健康育儿指导"),
                          (2, "建立健全婴幼儿照护服务的规范制度体系"), (3, "实行婴幼儿照护服务机构登记和备案制度")]


def test_table_cells_are_not_sections_and_parts_of_a_form_are():
    """hf_01's annexed form: 甲部 / 乙部 head it, numbered lines over tables are its items, the cells are not."""
    p = plan_of("本校擬參加試行計劃，現提供資料如下：甲部：教師基本資料\n1.參與計劃的學校資料\n"
                "學校名稱\t1.中文\t2.英文\n學校類別\t1.小學\t2.中學\n"
                "2.參與計劃的負責教師（一）資料（每校只限申請兩個登入帳戶）\n姓名（中文）：\t\n"
                "乙部：學校申請概述\n請簡述學校對運用計劃的協作安排\n")   # (an item with nothing under it is a list entry)
    assert outline(p) == [(1, "教师基本资料"), (2, "参与计划的学校资料"), (2, "参与计划的负责教师（一）资料（每校只限申请两个登入帐户）"),
                          (1, "学校申请概述")]


def test_an_annex_starts_its_own_outline():
    """hd_02: the notice, its signature, then the plan it issues, whose outline starts again at level 1."""
    p = parse(DEV / "hd_02.txt")
    assert [part.kind for part in p.parts][:2] == ["notice", "plan"]
    assert outline(p)[:3] == [(1, "总体要求"), (1, "重点任务"), (2, "开展调查监测，动态评估环境风险状况")]


def test_markdown_headings():
    """hf_08: the `# ` heading is the title; `##` headings are not numbered sections; numbered lists nest."""
    p = parse(DEV / "hf_08.md")
    assert p.meta.title.replace(" ", "") == "2-3地方创生互动平台机制建置"
    assert outline(p)[:3] == [(1, "人才返乡困难"), (2, "公部门"), (2, "私部门")]


def test_a_university_signs_over_its_date():
    """blind15 by_12: `湖南广播电视大学` over `二0一一年四月十四日` is the issuer, as any body's name over its date is."""
    m = plan_of("关于组织赴外省电大学习考察的通知\n各市州电大分校:\n各组均由省校领导带队。\n特此通知。\n"
                "湖南广播电视大学\n二0一一年四月十四日\n").meta
    assert (m.issuer, m.date) == ("湖南广播电视大学", "2011-04-14")
