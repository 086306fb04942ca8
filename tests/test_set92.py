"""Layouts blind92's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet as duties_in


def _headings(sections) -> list[str]:
    return [h for s in sections for h in [s.heading, *_headings(s.children)]]


def test_a_replys_joint_marker_is_no_heading(corpus_plan):
    # a 立法會 reply answering two parts together: `(二)及(三) 现时,市民可…` (blind92 ex_11, GB18030), `(一)及(二)證券及期貨
    # 事務監察委員會…` (ex_10, Big5), `(一)及(二)香港法律改革委員會…` (blind82 en_08): no heading `及(三)`
    for path in ("blind92/docs/ex_11.txt", "blind92/docs/ex_10.txt", "blind82/docs/en_08.txt"):
        headings = _headings(corpus_plan(path).sections)
        assert not [h for h in headings if h.startswith(("及", "和", "与", "至"))], (path, headings)
    # a heading of its own after a marker is still read (沙坡头区处非办's 通知, blind92 ex_01)
    assert "加强组织领导" in _headings(corpus_plan("blind92/docs/ex_01.txt").sections)


def test_a_question_whether_a_body_will_act_is_no_duty(corpus_plan):
    # `证监会会否规管该等投资活动` asks the government (blind92 ex_11's 立法会 question); `相关政府部门会否…`, `当局会否…`
    # (blind89 eu_09)
    for path in ("blind92/docs/ex_11.txt", "blind89/docs/eu_09.txt"):
        assert not [r for r in corpus_plan(path).responsibilities if r.duty.startswith("否")], path
    assert duties_in("鉴于有关情况,运输署会否检讨现行安排?") == []
    # the body's stated action with 会 is still its duty
    assert [(r["org"], r["duty"]) for r in duties_in("运输署会检讨现行安排。")] == [("运输署", "检讨现行安排")]


def test_a_companys_bracketed_place_stays_in_its_name(corpus_plan):
    # GCS's 金管局 release (blind92 ex_08, PDF): `中国银行(澳门)股份有限公司`, `滴灌通(澳门)金融资产交易所股份有限公司`; a 香港认可处
    # list of laboratories (blind51 di_09, PDF): `新科技顾问(香港)有限公司`
    orgs = {o.name for o in corpus_plan("blind92/docs/ex_08.pdf").organizations}
    assert {"中国银行(澳门)股份有限公司", "滴灌通(澳门)金融资产交易所股份有限公司"} <= orgs, orgs
    assert "中国银行" not in orgs
    names = {o.name.replace("（", "(").replace("）", ")") for o in corpus_plan("blind51/docs/di_09.pdf").organizations}
    assert "新科技顾问(香港)有限公司" in names, names
