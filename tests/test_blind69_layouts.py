"""Layouts blind69's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_the_term_a_notice_sends_its_science_envoys_for_is_a_period(corpus_plan):
    # 蚌埠市科学技术局's 2021 科技特派员选派 notice (blind69 ea_03, a DOCX): `本次选派时间:2021年1月—2022年1月,请各县(区)
    # 科技局、有关单位高度重视`; 选派时间 labels the term as 实施时间 does, as 台州市科学技术局's 台科〔2022〕28号 labels its
    # envoys' `工作期限为2022年11月-2024年11月` (chacewang.com newsdetail/news213402, pages corpus)
    spans = {(d.start, d.date) for d in corpus_plan("blind69/docs/ea_03.docx").deadlines}
    assert ("2021-01-01", "2022-01-31") in spans, spans
    assert any(end == "2021-01-30" for _, end in spans), spans
