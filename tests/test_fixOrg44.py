"""Organisations and people the held-out sets' misses showed in two or more notices, each read from its notice's file."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet as orgs_in


def _orgs(plan) -> set[str]:
    return {o.name for o in plan.organizations}


def test_a_conjunction_after_an_officials_name_joins_two_officials_not_two_fields(corpus_plan):
    # GOV.MO: `…澳門基金會行政委員會代主席鍾怡及旅遊局副局長許耀明主禮` (blind82 en_10), `獲該局副局長甘紹寧和港澳台辦公室主任
    # 白光清` (blind81 em_10): the name before 及/和 ends the first official, so the second body is named alone
    en10 = _orgs(corpus_plan("blind82/docs/en_10.pdf"))
    assert {"澳门基金会行政委员会", "旅游局"} <= en10, en10
    assert not any("钟怡" in o for o in en10), en10
    assert "港澳台办公室" in _orgs(corpus_plan("blind81/docs/em_10.pdf"))
    assert [o["name"] for o in orgs_in("由邮电局局长刘惠明及旅游局副局长许耀明主礼。")] == ["邮电局", "旅游局"]
    # (two fields of one unit stay joined: `省农业科学院资源与环境所`, `区科技和经信局`)
    assert [o["name"] for o in orgs_in("请省农业科学院资源与环境所牵头。")] == ["省农业科学院资源与环境所"]


def test_a_roll_of_officiating_guests_names_each_with_its_post(corpus_plan):
    # GOV.MO 2018-07-06 (blind82 en_10, PDF): `由國家文化和旅遊部部長雒樹剛、葡萄牙文化部部長文德思(Luís Filipe de Castro Mendes)、
    # …、葡萄牙書籍、檔案館及圖書館總局局長拉薩爾達(Silvestre Lacerda) 、郵電局局長劉惠明、澳門基金會行政委員會代主席鍾怡及旅遊局
    # 副局長許耀明主禮`: a foreign name with its own script, a consul general, a body's name listing its fields, the last joined by 及
    people = {p.name: p.title for p in corpus_plan("blind82/docs/en_10.pdf").people}
    assert people.get("雒树刚") == "国家文化和旅游部部长", people
    assert people.get("文德思") == "葡萄牙文化部部长", people
    assert people.get("薛雷诺") == "葡萄牙驻澳门及香港总领事馆总领事", people
    assert people.get("拉萨尔达") == "葡萄牙书籍、档案馆及图书馆总局局长", people
    assert people.get("钟怡") == "澳门基金会行政委员会代主席", people
    assert people.get("许耀明") == "旅游局副局长", people


def test_an_adverb_or_the_day_between_the_official_and_the_speech_act(corpus_plan):
    # 臺南市政府's news (blind85 eq_11): `民政局姜淋煌局長也表示,…`; 香港政府新聞公報 (blind74 ef_08): `稅務局局長劉麥懿明今日介紹…`
    eq11 = {p.name: p.title for p in corpus_plan("blind85/docs/eq_11.txt").people}
    assert eq11.get("姜淋煌") == "民政局局长", eq11
    ef08 = {p.name: p.title for p in corpus_plan("blind74/docs/ef_08.txt").people}
    assert ef08.get("刘麦懿明") == "税务局局长", ef08
