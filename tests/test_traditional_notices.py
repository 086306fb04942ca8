"""Taiwan, Hong Kong and Macau notices and mainland ones in traditional script: the days they set and the offices
that post them, on the real text of the blind sets' notices (corpus/blind10, blind14, blind16; SOURCES.md there)."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.deadlines import run_snippet
from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _days(text: str, date: str | None = None) -> list[str]:
    return [d["date"] for d in run_snippet(text, date=date)]


def test_a_time_a_sentence_sets_is_the_day_scheduled_with_the_days_listed_after_it():
    """blind16 bz_10 (寧波, 2008; its pinyin readings `培訓(xùn)` are dropped by normalize)."""
    text = "培訓(xùn)時間定在10月4日、5日,測試時間定在11月22日和23日。測試報(bào)名時間為9月20日、21日、27日、28日四天。"
    assert _days(text, "2008-09-08") == ["2008-10-04", "2008-10-05", "2008-11-22", "2008-11-23",
                                         "2008-09-20", "2008-09-21", "2008-09-27", "2008-09-28"]
    assert _days("會議時間定為每週一上午。") == []


def test_results_to_be_posted_on_a_set_day():
    """blind16 bz_08 (澳門海關, 2025): `…總結果將於二零二五年二月二十六日張貼於…通告欄`."""
    text = "有關第十六屆澳門海關保安學員培訓課程體格檢驗總結果將於二零二五年二月二十六日張貼於海關總部大樓通告欄。"
    assert _days(text) == ["2025-02-26"]
    assert _days("考試成績已於2023年5月12日公布。") == []


def test_a_bulletins_posting_office_is_its_issuer():
    """`發佈單位:文書組` under a school bulletin's headline (blind10 bt_07); `公告單位:自然司二科` under a ministry
    bulletin's contact lines (blind14 bx_08)."""
    bt_07 = parse(CORPUS / "blind10" / "docs" / "bt_07.txt")
    assert bt_07.meta.issuer == "文书组"
    # an office of no known level: the city's bodies it names stay (`…學校及市府公文交換中心`)
    assert "市府公文交换中心" in {o.name for o in bt_07.organizations}
    assert parse(CORPUS / "blind14" / "docs" / "bx_08.txt").meta.issuer == "自然司二科"


def test_a_portal_tables_publishing_unit_is_no_issuer():
    """`发布单位 | 区政府 | 发文日期 | 2022-07-14 |`, a portal's info table (blind9 bs_04): the site's, not the notice's."""
    assert parse(CORPUS / "blind9" / "docs" / "bs_04.txt").meta.issuer is None


def test_schools_named_by_their_place_part_or_type_are_a_kind():
    """`臺中市學校環境教育實作競賽` (blind16 bz_02), `有意參賽學校` (blind10 bt_02), `中職學校` (blind14 bx_12),
    `府外機關學校` (blind_tw_hk tw_04) name no one school; `蕪湖科技工程學校` does."""
    from extractor.extract.organizations import run_snippet as orgs
    text = ("檢送「臺中市學校環境教育實作競賽實施計畫」,為教育部學校環境教育實作競賽之初賽;有意參賽學校,請報名。"
            "擴大中職學校招生範圍。停止「府外機關學校」辦理公文交換作業。請蕪湖科技工程學校配合。")
    assert [o["name"] for o in orgs(text)] == ["芜湖科技工程学校"]


def test_hong_kongs_general_outpatient_clinics_counted_with_jian_are_no_bodies():
    """blind16 bz_07 (醫院管理局, 2022-06-29): `12間普通科門診診所`, `公眾假期普通科門診服務`, `八間普通科門診診所`."""
    from extractor.extract.organizations import run_snippet as orgs
    text = "當日將有12間普通科門診診所(詳見附表)提供公眾假期普通科門診服務。現時八間普通科門診診所已啓動為指定診所。"
    assert orgs(text) == []
