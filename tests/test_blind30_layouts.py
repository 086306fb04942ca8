"""Layouts blind30's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_a_flat_task_table_of_picked_rows_under_group_rows(corpus_plan):
    # a unit's rows picked from a 分解表, one cell a paragraph: serials `3`, `68`, `69` under group rows `一、…` / `二、…`,
    # columns `主要责任单位` / `协同配合单位` (blind30 cn_02; the columns as blind4 bk_03 names them, serials that do not start at 1
    # as in blind13 bw_10 and blind21 ce_09)
    plan = corpus_plan("blind30/docs/cn_02.txt")
    duties = duties_of(plan)
    assert ("区发改委", "lead", "固定资产投资增长7.5%左右") in duties
    assert ("魏武国控集团", "participant", "固定资产投资增长7.5%左右") in duties
    assert ("区投资促进中心", "participant", "深化与海亮集团合作积极引进优质教育资源") in duties
    assert not [s for s in plan.sections if "预期目标" in s.heading]


def test_a_macau_line_named_zhuanxian_after_zhidian_is_the_contact(corpus_plan):
    # `可致电社工局查询专线28367878` (blind30 cn_10, a scan read by OCR) and `致電24小時留言專線28357048` (cn_11): 专线 as 热线
    phones = {c.phone for c in corpus_plan("blind30/docs/cn_10.pdf").contacts}
    assert "28367878" in phones
    assert "28357048" in {c.phone for c in corpus_plan("blind30/docs/cn_11.ofd").contacts}


def test_a_bulleted_line_never_heads_the_page(corpus_plan):
    # a kindergarten's timetable of `•` items (blind30 cn_12): `• 本園將以電話形式通知約見安排` ends with 安排 but is an item, not
    # the title, and the days above it are the body's (`9月28日(五)下午5時截止`); a portal menu of `•` lines over a news
    # headline (cn_11) keeps its headline
    plan = corpus_plan("blind30/docs/cn_12.txt")
    assert not (plan.meta.title or "").startswith("•")
    assert {"2018-09-28", "2018-10-09"} <= {d.date for d in plan.deadlines}
    assert corpus_plan("blind30/docs/cn_11.ofd").meta.title == "社工认证后日起次轮咨询"


def test_a_portal_frames_empty_keyword_field_is_no_recipients_line(corpus_plan):
    # `关键词:` alone in 亳州's portal frame (blind30 cn_03, a .doc) was read as the 主送 line; the notice's own comes later
    meta = corpus_plan("blind30/docs/cn_03.doc").meta
    assert "关键词" not in meta.recipients and "亳州高新区管委会" in meta.recipients


def test_an_undated_taiwan_notice_takes_its_year_from_the_plan_its_basis_item_names(corpus_plan):
    # `一、依据本府112年度推广客语研习实施计划(附件1)办理。` opens a portal's undated repost (blind30 cn_09): its `请于4月28日前
    # 填报` is 2023, the ROC year of the plan carried out (as `一、依據本局105年度施政計畫辦理` opens a 台北市 notice)
    dates = {d.date for d in corpus_plan("blind30/docs/cn_09.html").deadlines}
    assert "2023-04-28" in dates


def test_a_period_after_yu_stays_in_the_duty_and_a_dateline_opens_the_clause(corpus_plan):
    # `【本報訊】社會工作局將於2015年1月15日至2月13日期間,就…第二輪諮詢公眾` (blind30 cn_11): the dateline's bracket opens the
    # clause, and a period (`于A至B期间`) is the duty's own words from its 于, where a single day before it is left out; the
    # persons an action is for (`,對象包括:…`) end its duty. The same period in blind9 bs_09 `運輸署將於明日(2日)至12月15日
    # 調整服務` and blind13 bw_08 `市教育局于1月8日至22日接受首次申报`
    duties = duties_of(corpus_plan("blind30/docs/cn_11.ofd"))
    assert ("社会工作局", "lead", "于2015年1月15日至2月13日期间就社会工作者专业认证及执业注册制度第二轮咨询公众欢迎市民发表意见") in duties
    assert ("社会工作局", "lead", "举办七场咨询专场") in duties
    assert any(o == "运输署" and d.startswith("于明日2日至12月15日调整服务")
               for o, _r, d in duties_of(corpus_plan("blind9/docs/bs_09.txt")))
    assert any(d.startswith("于1月8日至22日接受首次申报") for _o, _r, d in duties_of(corpus_plan("blind13/docs/bw_08.pdf")))


def test_a_responsible_offices_tag_names_the_bureaus_offices(corpus_plan):
    # `…落实中心组学习列席旁听制度。(责任科室:组干科、机关党委)` closes each task of 芜湖市教育局's own split (blind30 cn_01)
    duties = duties_of(corpus_plan("blind30/docs/cn_01.txt"))
    assert {("组干科", "lead", "加强思想理论武装"), ("机关党委", "lead", "加强思想理论武装")} <= duties
