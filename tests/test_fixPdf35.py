"""Lines the PDF reader joined wrongly, read from the corpus notices' files through the reader."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("path, title", [
    # Macau's 教青局 release printed from its web page (blind49 dg_10): the headline at the paragraph indent over its
    # first paragraph, which starts at the same indent and wraps back to the margin
    ("blind49/docs/dg_10.pdf", "2019/2020学年优秀学生修读教育课程资助计划接受申请"),
    # Hong Kong's 康文署 release printed the same way (blind18 cb_07)
    ("blind18/docs/cb_07.pdf", "康文署多项收费康乐设施7月1日免费开放庆回归25周年"),
])
def test_a_headline_at_the_indent_over_its_first_paragraph_is_a_line_of_its_own(corpus_plan, path, title):
    assert (corpus_plan(path).meta.title or "").replace(" ", "") == title
