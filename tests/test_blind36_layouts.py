"""Layouts blind36's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _text(body: str) -> bytes:
    return f"关于查询安排的通知\n各单位:\n{body}\n市教育局\n2024年8月1日".encode()


def test_a_macau_number_after_its_country_code(corpus_plan):
    # `(電話︰853 2870 0800;電郵:…)` and `(電郵:…;電話:853 8396 9244 / 8396 9324)` in a Macau paper's item (blind36 ct_11,
    # Big5, its colon the Big5 form `︰`): one contact per number, as the Hong Kong numbers after (852)
    contacts = [(c.phone, c.email) for c in corpus_plan("blind36/docs/ct_11.txt").contacts]
    assert contacts == [("853 2870 0800", "info.cdc@ssm.gov.mo"), ("853 8396 9244", "studentblog@dsedj.gov.mo"),
                        ("8396 9324", None)]
    assert corpus_plan("blind36/docs/ct_11.txt").people == []      # `…協調中心查詢(電話…`: 查询 is no name


def test_a_number_printed_four_four_after_a_phone_label(corpus_plan):
    # `(联系人:赖昀充,电话:6178-7272)` under a university's date (blind36 ct_06, a PDF) and `可致電本園2742-4925查詢` (a
    # Hong Kong kindergarten's page, blind30 cn_12)
    assert [(c.name, c.phone) for c in corpus_plan("blind36/docs/ct_06.pdf").contacts] == [("赖昀充", "6178-7272")]
    assert [c.phone for c in corpus_plan("blind30/docs/cn_12.txt").contacts] == ["2742-4925"]


def test_a_span_of_years_is_no_phone():
    plan = parse(_text("请对照《清湖乡总体规划(2013-2030)》和资助计划(2018-2020)报送电话号码表。"), filename="y.txt")
    assert plan.contacts == []


def test_a_newspaper_sites_buttons_are_frame(corpus_plan):
    # `設為主頁收藏本頁` / `社交網站:` / `當前報章…` over every item of a Macau paper's site (blind36 ct_11, blind33 cq_11):
    # the item's headline is the title, the label no recipients
    for path, title in (("blind36/docs/ct_11.txt", "教局提醒各地澳生注意防护"),
                        ("blind33/docs/cq_11.txt", "政府总部下周六日对外开放")):
        meta = corpus_plan(path).meta
        assert (meta.title, meta.recipients) == (title, [])


def test_a_body_after_logging_in_or_after_this_territory(corpus_plan):
    # `本澳衛生局亦隨著疫情的發展…`, `可登入衛生局“抗疫專頁”查閱` (blind36 ct_11): the body is 卫生局
    names = [o.name for o in corpus_plan("blind36/docs/ct_11.txt").organizations]
    assert "卫生局" in names and not [n for n in names if n != "卫生局" and n.endswith("卫生局")]


def test_an_item_of_one_sentence_before_the_closing_formula_is_no_heading(corpus_plan):
    # `(三)学院办公室提前一个工作日电话通知预约来访人员接待日具体时间及相关安排。` / `特此通知。` (blind36 ct_06): 特此通知 closes
    # the notice, no paragraph under the item, so the item is a sentence of its list (as blind32 cp_01's `5、…报送至市场部周虹。`
    # over `特此通知`)
    def flat(nodes):
        return [h for n in nodes for h in [n.heading, *flat(n.children)]]
    headings = flat(corpus_plan("blind36/docs/ct_06.pdf").sections)
    assert headings[:5] == ["接待时间", "接待地点", "接待对象", "接待事项", "组织安排"]
    assert not [h for h in headings if h.startswith("学院办公室")]


def test_a_short_heading_over_the_closing_formula_still_heads_its_paragraph():
    text = "关于开展检查的通知\n各单位:\n一、检查内容\n对照清单逐项检查。\n二、工作要求\n各单位要高度重视,认真组织。\n特此通知。\n市教育局\n2024年8月1日"
    assert [s.heading for s in parse(text.encode(), filename="c.txt").sections] == ["检查内容", "工作要求"]
