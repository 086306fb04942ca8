"""blind80 (mass organisations): the fixes its notices showed, each on lines of the real notices."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.deadlines import run_snippet as deadline_snippet
from extractor.extract.people import run_snippet as people_snippet
from extractor.numerals import cn_to_int
from extractor.pipeline import parse

BLIND80 = Path(__file__).resolve().parent.parent / "corpus" / "blind80"

# 文匯報 2012-03-09 (el_09): an official's wife in the guest list, named after his post and name
GUESTS = ("慶祝酒會假添馬艦政府總部二樓舉行,中聯辦副主任郭莉,政務司司長林瑞麟,勞工及福利局局長張建宗,勞工及福利局常任秘書長"
          "鄧國威,政務司司長林瑞麟夫人林葉慕菲,社會福利署署長聶德權,教育局局長孫明揚,立法會議員謝偉俊等出席活動,並舉杯共祝女性朋友"
          "節日快樂,場面熱鬧。")


def test_a_wife_named_after_her_husbands_post_keeps_the_whole_guest_list():
    people = {p["name"]: p["title"] for p in people_snippet(GUESTS)}
    assert people["林叶慕菲"] == "政务司司长林瑞麟夫人"
    assert {"郭莉", "张建宗", "邓国威", "林瑞麟", "聂德权", "孙明扬", "谢伟俊"} <= set(people)


def test_next_year_under_a_news_pages_date_stamp():
    """el_12 (自由時報, ` date 2025-11-26`): `在明年二月一日前` is 2026-02-01, not a day of no year."""
    dates = [d.date for d in parse(BLIND80 / "docs" / "el_12.txt").deadlines]
    assert "2026-02-01" in dates and "--02-01" not in dates


def test_twenty_written_nian():
    """廿 is twenty in a day (el_12 `明年二月廿八日`, `今年十二月廿日`): read as such, and a month before it is no month's plan."""
    assert cn_to_int("廿八") == 28 and cn_to_int("廿") == 20
    assert [d["date"] for d in deadline_snippet("請於十二月廿八日前報名。", date="2025-11-26")] == ["2025-12-28"]
    assert deadline_snippet("今年十二月廿日將舉辦「企劃撰寫工作坊」。", date="2025-11-26") == []


def test_a_hit_counter_line_is_frame_and_the_addressees_below_it_read():
    """el_01 (gdcyl.org): `文章所在栏目:通知公告 点击数:1818 更新时间:…` between the headline and the 主送 line."""
    meta = parse(BLIND80 / "docs" / "el_01.docx").meta
    assert meta.recipients[:2] == ["各地级以上市团委", "各县(市、区)团委"] and len(meta.recipients) == 10
