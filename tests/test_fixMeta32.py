"""Meta misses of the held-out sets that recur across notices, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_title_set_in_short_lines_over_its_document_type_is_one_title(corpus_plan):
    # a title set in large type, one short line each, its last the document type and its qualifier alone: 涿鹿县图书馆's
    # page (blind65 dw_03, PDF) `涿鹿县第四批` / `县级非物质文化遗产` / `申报启事`, and a Hong Kong school's 家長通知書 under
    # its name (blind35 cs_12) `九月份` / `家长通知书`
    assert corpus_plan("blind65/docs/dw_03.pdf").meta.title == "涿鹿县第四批县级非物质文化遗产申报启事"
    assert corpus_plan("blind35/docs/cs_12.txt").meta.title == "九月份家长通知书"


def test_a_table_of_contents_label_is_no_addressee_line(corpus_plan):
    # a blog page relaying 国土资源部办公厅's 国土资电发〔2011〕93号 (blind72 ed_01, PDF): its `目录一览:` over the headline, taken
    # for the 主送 line, closed the header before the notice's title, number and 主送 (a 文库 page's `目录/提纲:`, blind64
    # dv_05, labels its outline the same way)
    meta = corpus_plan("blind72/docs/ed_01.pdf").meta
    assert meta.title == "国土资源部办公厅关于启动地质灾害防治区片专家驻守巡查及再检查工作的通知"
    assert meta.doc_number == "国土资电发〔2011〕93号"
    assert meta.recipients == ["各省", "自治区", "直辖市国土资源厅主管部门", "地调局"]


def test_a_title_run_on_into_its_addressees_with_commas_is_cut_at_the_space(corpus_plan):
    # an OFD whose head lines were joined with spaces (blind71 ec_05): `…活动的通知 各区县委宣传部,各区县人力资源社会保障局,…,
    # 驻淄各高等院校:根据…`; the title and the 主送 are lines of their own, as in blind70 eb_06's PDF (`…建设规划》的通知 各乡(镇)
    # 党委、政府,县属各部委办局,各人民团体:现将…`)
    meta = corpus_plan("blind71/docs/ec_05.ofd").meta
    assert meta.title == "淄博市人力资源和社会保障局关于开展2012年“就业政策集中宣传月”活动的通知"
    assert meta.recipients[0] == "各区县委宣传部" and meta.recipients[-1] == "驻淄各高等院校", meta.recipients
    assert "\n各乡(镇)党委、政府,县属各部委办局,各人民团体:\n" in corpus_plan("blind70/docs/eb_06.pdf").text
