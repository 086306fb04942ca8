"""Layouts blind86's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet as orgs_in
from extractor.extract.people import run_snippet as people_in


def test_the_executive_yuans_news_headline_under_its_print_aids(corpus_plan):
    # 行政院's news page (blind86 er_12, .doc): the reading aids `請利用鍵盤按住Ctrl + P開啟列印功能` … are frame, and the
    # headline `江揆:…` (the premier by surname and 揆, then a colon) heads the page over `日期:103-08-06`
    plan = corpus_plan("blind86/docs/er_12.doc")
    assert plan.meta.title.startswith("江揆:整合跨部会资源"), plan.meta.title
    assert plan.meta.date == "2014-08-06"


def test_a_legco_question_heads_its_release(corpus_plan):
    # the simplified mirror's 2007 reply (er_08, HTML) under `简体版 英文版 寄给朋友 政府主网页`, and blind82 en_08 under a
    # skip link: `立法会X题:subject` is the headline, however short the subject
    assert corpus_plan("blind86/docs/er_08.html").meta.title == "立法会七题:农业用地"
    assert corpus_plan("blind82/docs/en_08.txt").meta.title == "立法会十八题:公共档案管理"


def test_the_legco_member_and_the_answering_official_are_people(corpus_plan):
    # `…立法会会议上刘皇发议员的提问和房屋及规划地政局局长孙明扬的书面答覆:` (er_08); blind82 en_08's married name 叶刘淑仪
    found = {(p.name, p.title) for p in corpus_plan("blind86/docs/er_08.html").people}
    assert {("刘皇发", "议员"), ("孙明扬", "房屋及规划地政局局长")} <= found, found
    found = {(p.name, p.title) for p in corpus_plan("blind82/docs/en_08.txt").people}
    assert {("叶刘淑仪", "议员"), ("陈国基", "政务司司长")} <= found, found


def test_officials_going_along_are_named_by_the_post_before(corpus_plan):
    # 太湖县's news (er_06, GB18030): `…率繁昌县人大常委会副主任刘修林及…一行`, `县政府副县长彭林及…陪同`; 天水's (er_07):
    # `市乡村振兴局副局长谢志伟,县委常委、副县长王育盛一同调研`
    six = {(p.name, p.title) for p in corpus_plan("blind86/docs/er_06.txt").people}
    assert {("刘修林", "繁昌县人大常委会副主任"), ("彭林", "县政府副县长")} <= six, six
    seven = {(p.name, p.title) for p in corpus_plan("blind86/docs/er_07.txt").people}
    assert {("谢志伟", "市乡村振兴局副局长"), ("王育盛", "县委常委、副县长")} <= seven, seven
    found = [p["name"] for p in people_in("芜湖市委副书记张峰来太湖县调研。芜湖市委副秘书长苏文中,市政府副秘书长、市扶贫办主任靳大鸣陪同调研。")]
    assert "苏文中" in found and "靳大鸣" in found, found



def test_leading_a_party_ends_the_left_context(corpus_plan):
    # er_06 `繁昌县委副书记何红旗率繁昌县人大常委会…` read whole; blind64 dv_07 `副局长邓军强带领由市住房城乡建设局…`;
    # a rate's 率 (效率) still inside a name
    names = {o.name for o in corpus_plan("blind86/docs/er_06.txt").organizations}
    assert "繁昌县人大常委会" in names and not any("率" in n for n in names), names
    found = [o["name"] for o in orgs_in("省政府办公厅副处长周立祥带领县农业农村局同志来秦安县调研。")]
    assert "县农业农村局" in found and not any("带领" in n for n in found), found
    assert "效率促进办公室" in [o["name"] for o in orgs_in("申诉专员公署向效率促进办公室提出建议。")]
