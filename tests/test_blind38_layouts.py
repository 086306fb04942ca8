"""Layouts blind38's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_portal_number_ends_at_its_hao(corpus_plan):
    # `发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室` (jiaxing.gov.cn's info rows over 嘉兴's 责任分解 notice, blind38
    # cv_02, a site page): a 发文字号 ends at its 号, the label after it is no part of it
    meta = corpus_plan("blind38/docs/cv_02.html").meta
    assert (meta.doc_number, meta.issuer) == ("嘉政办发〔2023〕7号", "嘉兴市人民政府办公室")


def test_a_news_sites_list_of_headlines_under_the_item_holds_no_title(corpus_plan):
    # exmoo.com prints its item on 社會融和計劃 津貼 (twice) and then its list of other headlines, one of them ending in a
    # document type (`勞局與華為合推青年見習計劃`, blind38 cv_09, crawled text): no title once the body has begun;
    # the item's body and its 社會工作局 are read
    plan = corpus_plan("blind38/docs/cv_09.txt")
    assert plan.meta.title is None
    assert [o.name for o in plan.organizations] == ["社会工作局"]
    assert [r.org for r in plan.responsibilities] == ["社会工作局"]


def test_a_formal_title_after_one_paragraph_is_still_the_title():
    # a teaser sentence over the notice's own title (as blind5 bm_08's `日前,南宁市人民政府发布关于…的函,详情如下:`)
    text = "日前,市教育局发布通知,对有关工作作出部署,详情如下。\n关于开展校园安全检查的通知\n各学校:\n请于5月10日前完成自查。\n市教育局\n2024年5月1日"
    assert parse(text.encode(), filename="t.txt").meta.title == "关于开展校园安全检查的通知"


def test_getting_in_touch_with_a_body_is_no_part_of_its_name(corpus_plan):
    # `如有查詢,請聯絡教育局各` (info.gov.hk's 2007 小學概覽 release, blind38 cv_08, Big5), `亦可主動聯絡教育局` (blind29 cm_09),
    # `請聯絡獲派中學或教育局學位分配組` (blind7 bq_10): 联络 governs the body, as 落实 or 利用 do
    for path in ("blind38/docs/cv_08.txt", "blind29/docs/cm_09.ofd", "blind7/docs/bq_10.txt"):
        names = [o.name for o in corpus_plan(path).organizations]
        assert not [n for n in names if n.startswith("联络")], (path, names)
