"""fixTitle39: a breadcrumb labelled `您当前的位置是:` is a page's frame, never its title."""
from __future__ import annotations

from extractor.structure import classify


def test_a_breadcrumb_labelled_with_shi_is_the_pages_frame():
    # `您当前的位置是:` as 平顶山's (blind59 dq_01) and 郑州's (blind81 em_06) portals word the breadcrumb's label
    assert classify("您当前的位置是:首页> 专题报道> 河长制> 工作动态")[0] == "frame"
    assert classify("您当前的位置是: > 郑州市2023年“4.26知识产权宣传周”版权宣传活动 > 宣传周概况")[0] == "frame"


def test_a_page_under_such_a_breadcrumb_with_no_headline_has_no_title(corpus_plan):
    # blind81 em_06: the 版权宣传 notice's body straight under the trail; the trail stood as the title
    assert corpus_plan("blind81/docs/em_06.txt").meta.title is None
