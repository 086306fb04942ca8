"""Layouts blind84's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet as orgs_in
from extractor.extract.people import run_snippet as people_in
from extractor.extract.responsibilities import run_snippet as duties_in


def test_the_macau_commission_against_corruption_is_a_body(corpus_plan):
    # GOV.MO's release (blind84 ep_10, PDF) `廉政公署於2月24日至28日期間,繼續維持對外基本服務`, then `廉署投訴中心`; the
    # 廉政專員's foreword in the 公報 (ep_11, UTF-8 text) `廉政公署承先啟後`, then `廉署`: 公署 ends no name but a listed one's
    ten = corpus_plan("blind84/docs/ep_10.pdf")
    assert "廉政公署" in {o.name for o in ten.organizations}
    assert ("廉政公署", "lead") in {(r.org, r.role) for r in ten.responsibilities}
    eleven = corpus_plan("blind84/docs/ep_11.txt")
    assert "廉政公署" in {o.name for o in eleven.organizations}


def test_a_bodys_organic_law_is_no_duty_of_it(corpus_plan):
    # ep_11 `廉政公署組織法和行政法規於8月頒布生效`: 组织法 is a law, not the body organising (LEAD_VERB 组织(?!法))
    assert [r.org for r in corpus_plan("blind84/docs/ep_11.txt").responsibilities] == []
    assert duties_in("全国人民代表大会组织法于1982年12月10日颁布施行。") == []
    assert [d["org"] for d in duties_in("县民政局组织开展村级换届培训。")] == ["县民政局"]


def test_charging_a_body_ends_the_left_context(corpus_plan):
    # 臺北市政府民政局's 新聞稿 (ep_12, .doc) `仍責成民政局持續規劃辦理…`; blind68 dz_12 `責成行政院主計總處妥善規劃`
    names = {o.name for o in corpus_plan("blind84/docs/ep_12.doc").organizations}
    assert not any("责成" in n for n in names), names
    found = [o["name"] for o in orgs_in("除依主管作业分工,责成行政院主计总处妥善规划外,同时也力促中央。")]
    assert found == ["行政院主计总处"], found


def test_an_official_receiving_petitioners_is_named_by_the_post_before():
    # 湄洲日报 2016 (blind84 ep_06) and suixianwang.net 2015-03-16: the post, the name, 到/在 the place, 接待/接访
    found = [(p["name"], p["title"]) for p in people_in("6月15日,副市长、市公安局局长李伙金到市信访局接访厅接待群众来访。")]
    assert found == [("李伙金", "副市长、市公安局局长")], found
    found = [p["name"] for p in people_in("3月15日,县委副书记、县长吴海燕在县信访接待中心公开接待上访群众。")]
    assert found == ["吴海燕"], found


def test_a_photo_caption_and_its_credit_are_no_headline(corpus_plan):
    # 文匯報's report (ep_09, Big5 text): the headline over `◆趙慧賢(左)批評…粗疏。 香港文匯報記者聶曉輝  攝`
    assert corpus_plan("blind84/docs/ep_09.txt").meta.title == "政府热线1823逾半来电未即时接听"


def test_a_portals_publishing_body_cell_gives_the_issuer(corpus_plan):
    # gov.taipei's header `• 發布機關:臺北市政府民政局` (ep_12); blind38 cv_02's `发布机关: 市政府办公室` names its level only
    assert corpus_plan("blind84/docs/ep_12.doc").meta.issuer == "台北市政府民政局"
    assert corpus_plan("blind38/docs/cv_02.html").meta.issuer == "嘉兴市人民政府办公室"


def test_a_hotline_number_inside_a_name(corpus_plan):
    # 衡东县's 专报 (ep_04, GB18030 text) `衡东县12345政务服务热线中心`; a bureau's rules (ep_07) `局“12345”受理工作组`;
    # zmdrb.zmdnews.cn 2020-06-23 `到12345市长服务热线中心`
    assert "衡东县12345政务服务热线中心" in {o.name for o in corpus_plan("blind84/docs/ep_04.txt").organizations}
    assert "局“12345”受理工作组" in {o.name for o in corpus_plan("blind84/docs/ep_07.txt").organizations}
    found = [o["name"] for o in orgs_in("副市长王钦胜到12345市长服务热线中心,现场接听并答复市民热线电话。")]
    assert found == ["12345市长服务热线中心"], found
