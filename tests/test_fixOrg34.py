"""Left edges of organisation names that a stop word cut wrongly, each read from its notice's file through its reader."""
from __future__ import annotations


def _names(corpus_plan, path: str) -> list[str]:
    return [o.name for o in corpus_plan(path).organizations]


def test_filing_with_an_office_is_no_part_of_its_name(corpus_plan):
    # 報備 (filing with) before the office a university's call names: `…前報備科研處(項目申請人…)` (blind69 ea_09), where 报
    # alone, a sending verb, left 备科研处
    names = _names(corpus_plan, "blind69/docs/ea_09.html")
    assert "科研处" in names and "备科研处" not in names, names


def test_jinan_university_keeps_its_first_character(corpus_plan):
    # 暨南大学, whose 暨 is also the conjunction that stops a name (`…田径运动员、暨南大学体育学院教授苏炳添` blind46 dd_09)
    names = _names(corpus_plan, "blind46/docs/dd_09.txt")
    assert "暨南大学" in names and "南大学" not in names, names
