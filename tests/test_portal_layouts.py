"""Layouts of public notices outside the dev set (pages found with the search tool; none from the
repositories of corpus/dev/SOURCES.md): portal info blocks with bullets and with values on the line
below their labels, a crawler's page-title line, crawled text with leftover HTML tags, and unit tags
in square brackets. Each fragment is the notice's own text, shortened."""
from __future__ import annotations

from extractor import parse

# 镇巴县人民政府 (zb.gov.cn, 2024): a headline, then the info block as a bullet list, values below labels
ZHENBA = """返回顶部

镇巴县人民政府工作规则

  • 索引号:

    6107280000/2024-001005
  • 主题分类:

  • 来源:

  • 发文机构:

    县政府网站
  • 发文字号:

    镇政发〔2024〕7号
  • 发文日期:

    2024年04月06日 16:40
  • 有效性:

  • 内容概述:

镇巴县人民政府工作规则

第一章总则

一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，结合本县实际，制定本规则。

第二章   组成人员和政府职能

四、县政府由县长、副县长、县政府党组成员，县政府各工作部门主要负责人组成。
"""

# 山西省人民政府 (晋政发〔2018〕13号, a law site's text): labels with a space before the colon, then <p> markup
SHANXI = """发文机关:山西省人民政府
发布日期:2018年03月27
时效性 :现行有效
文号 :晋政发〔2018〕13号
<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请认真组织实施。</p><p style="text-align: right;"> 山西省人民政府</p><p style="text-align: right;"> 2018年3月27日</p><p><br/></p><p style="text-align: center;"><strong>山西省激发重点群体活力带动城乡居民增收的实施方案</strong></p><p><strong> 一、指导思想</strong></p><p> 以习近平新时代中国特色社会主义思想为指导,带动城乡居民增收。</p><p><strong> 二、总体目标</strong></p><p> 到2020年,城镇就业规模逐步扩大。</p>
"""

# 四川省人民政府办公厅 (川办函〔2017〕113号, a crawled copy): the page title `number《title》` above the notice
SICHUAN = """川办函〔2017〕113号《四川省人民政府办公厅关于印发实施〈西部大开发“十三五”规划〉责任分工方案的通知》
浏览量: 时间:2019-01-09 18:31:47
四川省人民政府办公厅
关于印发实施《西部大开发“十三五”规划》责任分工方案的通知
川办函〔2017〕113号
各市(州)人民政府,省政府各部门、各直属机构,有关单位:
经省政府领导同志同意,现将《实施〈西部大开发“十三五”规划〉责任分工方案》印发你们,请认真贯彻执行。
四川省人民政府办公厅
2017年6月2日
"""

# 湖北省人民政府 (鄂政发〔2018〕26号), traditional characters as crawled: 牵头单位 then 责任单位 in one tag
HUBEI = """省人民政府關于
進一步優化營商環境的若干意見
鄂政發〔2018〕26號
各市、州、縣人民政府,省政府各部門:
為深入貫徹習近平總書記關于加大營商環境改革力度的重要指示精神,結合我省實際,提出如下意見。
一、主要任務
(一)提高市場開放程度。全面實施市場準入負面清單制度。(牽頭單位:省發展改革委;責任單位:省編辦、省環保廳)
"""


def _parse(text: str):
    return parse(text.encode("utf-8"), filename="notice.txt")


def test_bullet_info_block_below_the_headline_fills_meta():
    plan = _parse(ZHENBA)
    assert (plan.meta.title, plan.meta.doc_number, plan.meta.date) == ("镇巴县人民政府工作规则", "镇政发〔2024〕7号", "2024-04-06")
    assert not plan.meta.recipients                             # `• 索引号:` is a label, not the addressees
    assert [s.heading for s in plan.sections] == ["总则", "组成人员和政府职能"]


def test_crawled_text_with_paragraph_tags_is_text_and_its_labels_count():
    plan = _parse(SHANXI)
    assert plan.source.format == "text"
    assert (plan.meta.doc_number, plan.meta.issuer, plan.meta.date) == ("晋政发〔2018〕13号", "山西省人民政府", "2018-03-27")
    assert "<p" not in plan.text and [s.heading for s in plan.sections] == ["指导思想", "总体目标"]


def test_a_crawlers_page_title_line_is_not_the_title():
    meta = _parse(SICHUAN).meta
    assert meta.title == "四川省人民政府办公厅关于印发实施《西部大开发“十三五”规划》责任分工方案的通知"
    assert (meta.doc_number, meta.issuer, meta.date) == ("川办函〔2017〕113号", "四川省人民政府办公厅", "2017-06-02")
    assert meta.recipients == ["各市(州)人民政府", "省政府各部门", "各直属机构", "有关单位"]


def test_responsible_units_after_a_named_lead_are_participants():
    plan = _parse(HUBEI)
    assert plan.meta.title == "省人民政府关于进一步优化营商环境的若干意见"
    assert [(r.org, r.role) for r in plan.responsibilities] == [
        ("省发展改革委", "lead"), ("省编办", "participant"), ("省环保厅", "participant")]


# 泾县人民政府 (泾政〔2023〕1号) and 华容县人民政府 (华政发〔2021〕2号) portals
JINGXIAN = """您现在所在的位置: 网站首页> 政府信息公开首页 > 泾县人民政府办公室> 年度重点工作任务分解、执行及落实情况
索引号: 11341729003257952H/202301-00044 组配分类: 年度重点工作任务分解、执行及落实情况
发布机构: 泾县人民政府(办公室) 主题分类: 综合政务 / 其他 / 通知
名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号
发布日期: 2023-01-30 08:56
泾县人民政府关于分解落实政府工作报告目标任务的通知
发布时间:2023-01-30 08:56 来源:泾县人民政府(办公室) 浏览次数: 字体:[ ]

各乡镇人民政府,县政府各部门、各直属机构:

《政府工作报告》已经县十八届人民代表大会第二次会议审议通过,现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。
"""
HUARONG = """• 索引号:6735597301/2021-1801120
  • 发布机构:县人民政府办公室
  • 公开方式:政府网站
2021年县政府重点工作任务(华政发〔2021〕2号)
来源:华容县政府   2021-03-23 10:56

各乡镇人民政府、县直各单位:

《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。
"""


def test_a_label_after_another_on_one_line_is_read():
    meta = _parse(JINGXIAN).meta
    assert (meta.title, meta.doc_number) == ("泾县人民政府关于分解落实政府工作报告目标任务的通知", "泾政〔2023〕1号")


def test_a_number_in_brackets_after_the_headline_is_the_number_not_the_title():
    meta = _parse(HUARONG).meta
    assert (meta.title, meta.doc_number) == ("2021年县政府重点工作任务", "华政发〔2021〕2号")
