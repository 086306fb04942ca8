"""Layouts blind90's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet as organizations_in


def test_an_index_tables_empty_number_cell_gives_no_number(corpus_plan):
    # 保山市民政局's 方案 under its 信息公开 index table (blind90 ev_03, OFD): `文号 | 浏览量 |`, the number's cell empty
    assert corpus_plan("blind90/docs/ev_03.ofd").meta.doc_number is None


def test_the_skip_link_of_mohw_pages_is_no_title(corpus_plan):
    # 衛福部's page on 兒虐 cases (blind90 ev_10, HTML) opens `按 Enter 到主內容區` over `:::` and `衛福部LOGO`
    assert corpus_plan("blind90/docs/ev_10.html").meta.title != "按Enter到主内容区"
    assert corpus_plan("blind75/docs/eg_11.txt").meta.title != "按Enter到主内容区"


def test_a_byline_on_its_own_line_under_the_headline_names_the_reporter(corpus_plan):
    # `記者孫曜樟/新北報導` between a 新北 report's headline and its text (blind90 ev_12, UTF-8), `記者于家豪/綜合報導` over a
    # 金門 item (blind49 dg_12)
    assert ("孙曜樟", "记者") in {(p.name, p.title) for p in corpus_plan("blind90/docs/ev_12.txt").people}
    assert ("于家豪", "记者") in {(p.name, p.title) for p in corpus_plan("blind49/docs/dg_12.txt").people}


def test_a_quoted_teams_name_is_read_whole(corpus_plan):
    # GOV.MO's 妇女及儿童事务委员会 release (blind90 ev_08, PDF): `设立的“跟进澳门妇女发展目标专责小组” 及“关注儿童权益专责小组”`;
    # 行政院's news (blind86 er_12, .doc): `未來將成立「跨域推動小組」`
    orgs = {o.name for o in corpus_plan("blind90/docs/ev_08.pdf").organizations}
    assert {"跟进澳门妇女发展目标专责小组", "关注儿童权益专责小组"} <= orgs, orgs
    assert "跨域推动小组" in {o.name for o in corpus_plan("blind86/docs/er_12.doc").organizations}
    # a slogan quoted before a team's suffix is no name of its own (`“三改一拆”` inside a longer name, or a campaign)
    assert "市县同办" not in {o["name"] for o in organizations_in("推广“制惠贷”“园保贷”,落实“市县同办”。")}
