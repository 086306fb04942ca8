"""A body named right after a time word (blind79 ek_08, blind49 dg_11): 早前 (earlier) and the day's times 当天, 上午, 下午
set the time of the clause and are no part of the name after them; each line is its notice's, as the reader hands it on (simplified)."""
from __future__ import annotations

from extractor.extract.organizations import mentions_in


def _names(text: str) -> list[str]:
    return [m.name for m in mentions_in(text)]


def test_earlier_is_no_part_of_the_body_after_it():
    # `早前消防處推出新措施，針對消防安全` (a Hong Kong item, blind79 ek_08)
    assert _names("早前消防处推出新措施，针对消防安全") == ["消防处"]


def test_the_time_of_day_is_no_part_of_the_body_after_it():
    # `10月23日當天上午監委接受陳情時段結束` (a 新竹 reply, blind49 dg_11): 监委 (the 监察委员 as a post) is then no body
    assert not any("上午" in n or "当天" in n for n in _names("10月23日当天上午监委接受陈情时段结束"))
    assert _names("当天下午市教育局召开会议") == ["市教育局"]


def test_a_body_before_earlier_keeps_its_name():
    # `康樂及文化事務署較早前重開的康樂場地` (a Hong Kong release, blind18 cb_08)
    assert _names("康乐及文化事务署较早前重开的康乐场地和文化设施") == ["康乐及文化事务署"]
