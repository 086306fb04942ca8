"""fixResp43: a unit's decision on the scope of its act, and an event's credits, on real notices of the corpus."""
from pathlib import Path

import pytest

from extractor import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _duties(path: str) -> set[tuple[str, str]]:
    return {(r.org, r.duty) for r in parse(CORPUS / path).responsibilities}


@pytest.mark.parametrize("path,org,duty", [
    # `X决定在…开展…` (DECISION): a 街道办's 通知, a 市爱卫办 news item, a 人社局 通知 with its co-decider
    ("blind47/docs/de_02.txt", "街道办", "在春节前后深入开展清洁乡村和美家园村庄建设专项行动"),
    ("blind60/docs/dr_06.txt", "市爱卫办", "在全市开展以共推厕所革命共促卫生健康为主题的爱国卫生月活动"),
    ("blind71/docs/ec_05.ofd", "市委宣传部", "在全市开展就业政策集中宣传月活动"),
    ("blind71/docs/ec_05.ofd", "市人力资源社会保障局", "在全市开展就业政策集中宣传月活动"),
])
def test_a_decision_on_the_scope_of_the_act_is_a_duty(path, org, duty):
    assert (org, duty) in _duties(path)


def test_the_bare_decision_formula_and_a_relayed_decision_are_no_duty():
    # seeds 002 `省厅决定开展“双认证”攻坚行动。有关事项通知如下。`; blind80 el_06 `全总决定在全国…开展…。根据全总、…通知要求`
    assert not any(duty.startswith("开展双认证攻坚行动") for _, duty in _duties("002_4021ee62b1c374d3.txt"))
    assert not any(duty.startswith("在全国") for _, duty in _duties("blind80/docs/el_06.pdf"))


def test_an_events_credits_are_no_duty():
    # `由市政府主办,市人社局承办的…启动仪式…举行` (blind71 ec_03)
    assert not any(org == "市政府" for org, _ in _duties("blind71/docs/ec_03.pdf"))
    # `由…主辦,…協辦的…`, `…,由社工局贊助。` (blind44 db_11, 澳門日報)
    db_11 = _duties("blind44/docs/db_11.txt")
    assert not any(org in ("社工局", "教青局黑沙环青年中心") for org, _ in db_11)
    # `主辦單位:體育局` / `協辦單位:…` (blind65 dw_10): no tag; `牵头单位:` / `协办单位:` still is one (blind39 cw_05)
    assert _duties("blind65/docs/dw_10.txt") == set()
    assert any(org == "区委编办" for org, _ in _duties("blind39/docs/cw_05.pdf"))
