"""People fixEnt31 reads: a deputy's roll written name first, a writer's line under a news item, a byline's colon."""
from __future__ import annotations


def _people(corpus_plan, path: str) -> dict:
    return {p.name: p.title for p in corpus_plan(path).people}


def test_deputies_written_name_first_before_chuxi(corpus_plan):
    # 沧州市科技局's 推进会 item (blind69 ea_05, PDF): `周宝龙副局长主持会议,杨运启副局长、刘占峰副局长、穆跃军副调研员出席会议`;
    # each deputy's name before the bare post, joined by 、 before 出席 (name_post_attends)
    people = _people(corpus_plan, "blind69/docs/ea_05.pdf")
    assert people["杨运启"] == "副局长"
    assert people["穆跃军"] == "副调研员"


def test_writer_on_a_line_of_their_own_after_the_unit(corpus_plan):
    # `(区发改委王秀秀)` under 宜秀区's item (blind67 dy_05), `县互联网信息安全服务中心吴世翠` under a 县's report (blind66 dx_02,
    # a scanned PDF): the writer, no post (unit_writer_line)
    assert _people(corpus_plan, "blind67/docs/dy_05.txt").get("王秀秀", "missing") is None
    assert _people(corpus_plan, "blind66/docs/dx_02.pdf").get("吴世翠", "missing") is None


def test_a_byline_post_before_a_colon_or_after_the_papers_name(corpus_plan):
    # `(通讯员:李静)` (blind63 du_05), `濰坊日報社全媒體記者:隋煒鳳/文` (blind65 dw_05), `江南都市报讯全媒体记者章娜报道:`
    # (blind67 dy_06): the byline's post and its writer (reporter_byline)
    assert _people(corpus_plan, "blind63/docs/du_05.txt")["李静"] == "通讯员"
    assert _people(corpus_plan, "blind65/docs/dw_05.txt")["隋炜凤"] == "全媒体记者"
    assert _people(corpus_plan, "blind67/docs/dy_06.txt")["章娜"] == "全媒体记者"


def test_companies_listed_by_name_and_trade_before_their_kind(corpus_plan):
    # `支持五得利面粉、金沙河面业、正宇面粉、大林冻干食品、欣浩翔食品等重点企业发展` (亳州市's 任务分解, blind56 dn_02), `包括长荣海运、
    # 欣兴电子等12家企业、机构` (a 退辅会 item, blind70 eb_12): each a company's own name and trade (listed_company)
    orgs = {o.name for o in corpus_plan("blind56/docs/dn_02.txt").organizations}
    assert {"五得利面粉", "金沙河面业", "正宇面粉", "大林冻干食品", "欣浩翔食品"} <= orgs
    assert {"长荣海运", "欣兴电子"} <= {o.name for o in corpus_plan("blind70/docs/eb_12.txt").organizations}
