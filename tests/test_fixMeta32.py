"""Meta misses of the held-out sets that recur across notices, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_title_set_in_short_lines_over_its_document_type_is_one_title(corpus_plan):
    # a title set in large type, one short line each, its last the document type and its qualifier alone: 涿鹿县图书馆's
    # page (blind65 dw_03, PDF) `涿鹿县第四批` / `县级非物质文化遗产` / `申报启事`, and a Hong Kong school's 家長通知書 under
    # its name (blind35 cs_12) `九月份` / `家长通知书`
    assert corpus_plan("blind65/docs/dw_03.pdf").meta.title == "涿鹿县第四批县级非物质文化遗产申报启事"
    assert corpus_plan("blind35/docs/cs_12.txt").meta.title == "九月份家长通知书"
