"""Organizations fixEnt32 reads: Hong Kong's contact verb 联络 before the body contacted."""
from __future__ import annotations

from extractor.extract.organizations import find_mentions


def _names(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_mentions(text)]


def test_lianluo_stops_before_the_body_contacted(corpus_plan):
    # 創新科技署's 科技券 item (blind69 ea_08): `查詢可致電2789 7000或以電郵聯絡科技券秘書處`: the secretariat, not 电邮联络…
    names = {o.name for o in corpus_plan("blind69/docs/ea_08.txt").organizations}
    assert "科技券秘书处" in names
    assert "电邮联络科技券秘书处" not in names
    # 政府統計處's survey release (blind68 dz_09): `他們也可聯絡統計處`
    assert _names("他们也以电话联络统计处,预约统计员上门协助填报问卷。") == ["统计处"]


def test_lianluo_before_the_suffix_is_the_units_core():
    # 联络 as a unit's core (core_stops): `中共中央对外联络部`, `市政府办公室会务联络科`
    assert _names("由中共中央对外联络部主办") == ["中共中央对外联络部"]
    assert _names("请市政府办公室会务联络科负责") == ["市政府办公室会务联络科"]


def test_ke_ends_a_taiwan_township_offices_section(corpus_plan):
    # `請至新城鄉公所社會課領取` (blind62 dt_11), `可電洽082-352150轉分機217社會課黃小姐` (blind32 cp_09): 課 of a 公所's section
    assert "新城乡公所社会课" in {o.name for o in corpus_plan("blind62/docs/dt_11.txt").organizations}
    assert "社会课" in {o.name for o in corpus_plan("blind32/docs/cp_09.txt").organizations}
    # Taiwan's 連絡 stops as 联络 does, and 农业及建设 is one section's field (compound_cores): blind55 dm_12
    assert _names("民众如有防汛砂包借用需求,可电话连络公所农业及建设课(06-6521038)。") == ["公所农业及建设课"]


def test_ke_of_a_lesson_or_a_post_is_no_body():
    # 课 of a lesson (no township field before it) and 课长 (the section's head) name no body
    assert _names("各校要上好思政课和公开课。") == []
    assert _names("社会课长林英辉表示") == []
