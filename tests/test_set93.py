"""Layouts blind93's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_count_closed_by_zhi_gives_no_deadline(corpus_plan):
    # 臺中市政府's 法扶 news (blind93 ey_12, HTML): `今年截至11月30日止共受理2萬1,668件`, a count's period, no limit;
    # 交通大學's 酒駕 news (blind78 ej_12): `啟動後至2月20日止，已經取締215件酒駕`
    ey = [(d.date, d.task) for d in corpus_plan("blind93/docs/ey_12.html").deadlines]
    assert not [x for x in ey if "止共受理" in (x[1] or "")], ey
    ej = [(d.date, d.text) for d in corpus_plan("blind78/docs/ej_12.txt").deadlines]
    assert not [x for x in ej if x[1] == "2月20日止"], ej
    # the campaign's own period, `自2月3日起至3月4日止`, stays
    assert "2026-03-04" in [x[0] for x in ej], ej


def test_the_official_whose_escort_a_leader_comes_in_is_named(corpus_plan):
    # `市長林佳龍在法制局長陳朝建的陪同下出席` (blind93 ey_12); `在西貢區議會主席吳仕福和西貢民政事務專員趙燕驊的陪同下` (blind93 ey_09)
    people = {(p.name, p.title) for p in corpus_plan("blind93/docs/ey_12.html").people}
    assert ("陈朝建", "法制局长") in people, people
    assert ("林佳龙", "市长") in people, people
    people = {(p.name, p.title) for p in corpus_plan("blind93/docs/ey_09.txt").people}
    assert ("吴仕福", "西贡区议会主席") in people, people


def test_a_bar_association_is_a_body(corpus_plan):
    # `澳門律師公會會派員在巡展現場…` (GOV.MO's 基本法 展 release, blind93 ey_11), `與社團法人台中律師公會合辦…` (blind93 ey_12)
    assert "澳门律师公会" in {o.name for o in corpus_plan("blind93/docs/ey_11.txt").organizations}
    assert "社团法人台中律师公会" in {o.name for o in corpus_plan("blind93/docs/ey_12.html").organizations}
    # a meeting of office heads is no guild (`經院辦公會研究決定`, blind32 cp_02)
    assert not [o.name for o in corpus_plan("blind32/docs/cp_02.txt").organizations if o.name.endswith("办公会")]
