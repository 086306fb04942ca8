"""Layouts blind74's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_an_announcement_numbered_by_its_year_is_its_number(corpus_plan):
    # 国家税务总局深圳市税务局's 公告 in converted script on a page headed `…公告2019年第5號 …關于…的公告` (blind74 ef_06, OFD):
    # the number a 公告 takes by its year, as 质检总局's 公告 headed by `2012年第197號` alone (blind51 di_07, UTF-8)
    meta = corpus_plan("blind74/docs/ef_06.ofd").meta
    assert meta.doc_number == "国家税务总局深圳市税务局公告2019年第5号", meta.doc_number
    assert meta.title == "国家税务总局深圳市税务局关于税收业务专用章式样有关问题的公告", meta.title
    assert corpus_plan("blind51/docs/di_07.txt").meta.doc_number == "2012年第197号"


def test_links_to_the_next_and_previous_items_name_no_body(corpus_plan):
    # 新聞局's page of 財政局's 所得補充稅 release (blind74 ef_12, GB18030) ends with `下一則:消防局為澳門物業管理專業人員協會…`
    # and `上一則:貿促局獲頒“最佳會議及展覽局”大獎`: other items' headlines, not bodies the release names
    names = [o.name for o in corpus_plan("blind74/docs/ef_12.txt").organizations]
    assert "财政局" in names, names
    assert not {"消防局", "贸促局", "展览局", "澳门物业管理专业人员协会"} & set(names), names
