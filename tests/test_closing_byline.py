"""An editor's byline in brackets closing a county page's item, under the signature's date, is the page's frame: the
date above it is the notice's (blind41 cy_06; bfkb.v0375.cn's `(薛现涛)` and wuyang.gov.cn's `(编辑:张素伟)`, pages corpus)."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_bracketed_byline_under_the_date_hides_no_date(corpus_plan):
    # `2018年5月2日` over `(赵莹洁)`, the last lines of a 县政府 notice on 应急信息报送 (blind41 cy_06, a PDF)
    assert corpus_plan("blind41/docs/cy_06.pdf").meta.date == "2018-05-02"
    text = "关于做好防汛工作的通知\n各乡镇:\n请做好防汛值班工作。\n2019年6月3日\n(编辑:张素伟)\n"
    assert _plan(text).meta.date == "2019-06-03"


def test_a_weekday_under_a_date_is_no_byline():
    from extractor.structure import _lexicon
    lex = _lexicon()
    m = lex.byline.match("(星期六)")
    assert m is not None and lex.byline_not_name.search(m["name"])
    assert lex.byline.match("(赵莹洁)")["name"] == "赵莹洁"
