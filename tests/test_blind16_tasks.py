"""blind16's Taiwan and Macau notices (corpus/blind16, SOURCES.md names each): tasks closed by a bare unit tag, a
composition that is no duty, and numbered lines of a text broken at a fixed width."""
from __future__ import annotations

from pathlib import Path

from test_layouts import outline

from extractor.pipeline import parse

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind16" / "docs"


def test_items_closed_by_a_bare_unit_tag_are_tasks_not_sections():
    """連江縣 縣長裁示事項 (Big5 text): `4、…要做好各項準備工作。(財政局)`."""
    plan = parse(DOCS / "bz_03.txt")
    assert outline(plan) == []
    duties = {(r.org, r.duty) for r in plan.responsibilities}
    assert ("财政局", "年关将近配合年度的结束有关财务的调度及资金运用要做好各项准备工作") in duties
    assert ("民政局", "对于地区低收入户残障朋友特殊境遇妇女介寿村火灾受灾户等在过年期间要准备寒冬送暖事宜") in duties
    assert {r.rule for r in plan.responsibilities} == {"bare_unit_tag"}


def test_a_composition_is_no_duty():
    """Macau 批示 (.doc): `工作小組成員由A、B…及C負責人組成`."""
    assert parse(DOCS / "bz_09.doc").responsibilities == []


def test_numbered_lines_cut_at_the_text_width_are_joined():
    """A Taiwan 函 saved as Big5 text, every line cut at about 48 columns: `(一)訂於113年8月20日(二)假上楓國民小學
    庠序樓三樓會議` / `室辦理…研習` is one sentence, no heading; its day is read."""
    plan = parse(DOCS / "bz_02.txt")
    assert outline(plan) == []
    assert "2024-08-20" in [d.date for d in plan.deadlines]


def test_an_outline_cut_mid_way_keeps_the_conventional_levels():
    """桃園縣 主管會議紀錄 excerpt (.docx) opening at `3.`, then `(四)`…`(六)` and `二、報告單位:水務局`."""
    plan = parse(DOCS / "bz_04.docx")
    assert outline(plan) == [(3, "台七线部分"), (3, "期程部分"), (1, "报告单位")]
