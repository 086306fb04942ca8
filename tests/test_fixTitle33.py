"""Page frames read as a notice's title (a law site's frame line run into its 发文标题 row, a reporter's byline, a category
head, a gazette's link) and a headline whose spaced numbers hid it, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_law_sites_frame_line_stays_out_of_the_title_row(corpus_plan):
    # law.esnai.com's `法规内容  本文仅供参考,如需引用请以正式文件为准` over its `发文标题:` row (blind74 ef_02, UTF-8 text):
    # the row is a line of its own, and its value the title
    meta = corpus_plan("blind74/docs/ef_02.txt").meta
    assert meta.title == "贵州省财政贵州省国家税务局贵州省地方税务局关于全面推开营业税改征增值税试点有关税收征收管理事项的公告"


def test_a_reporters_byline_is_no_title(corpus_plan):
    # `記者于家豪/綜合報導` over a 金門 county news item with no headline (blind49 dg_12)
    assert corpus_plan("blind49/docs/dg_12.txt").meta.title is None


def test_a_news_sites_category_head_is_no_title(corpus_plan):
    # e123.hk's `新聞類別` over `港聞` on a relayed item with no headline (blind73 ee_08)
    assert corpus_plan("blind73/docs/ee_08.txt").meta.title is None


def test_the_gazettes_link_to_the_portuguese_text_is_no_title(corpus_plan):
    # `葡文版本` over a Macau 批示 printed without its heading (blind74 ef_09)
    assert corpus_plan("blind74/docs/ef_09.txt").meta.title is None


def test_a_headline_with_spaced_numbers_is_the_title(corpus_plan):
    # a 稅務局 press release's headline `2006 - 07 年度個別人士報稅表今日寄出` under its source line (blind74 ef_08)
    title = corpus_plan("blind74/docs/ef_08.txt").meta.title or ""
    assert title.replace(" ", "") == "2006-07年度个别人士报税表今日寄出"
