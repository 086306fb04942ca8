"""Layouts blind88's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet as organizations_in
from extractor.extract.people import run_snippet as people_in


def test_a_written_question_reply_names_its_member_and_its_official(corpus_plan):
    # GCS 2010 (blind88 et_11): `行政法务司司长陈丽敏在回覆立法议员区锦新的书面质询时指出`, `陈丽敏在回覆议员吴国昌的书面质询时重申`
    people = {p.name: p.title for p in corpus_plan("blind88/docs/et_11.txt").people}
    assert people.get("区锦新") == "立法议员" and people.get("吴国昌") == "议员", people
    # 澳門日報 2021 (blind88 et_09, PDF): `【本報消息】行政公職局局長高炳坤回覆議員蘇嘉豪書面質詢時稱`
    people = {p.name: p.title for p in corpus_plan("blind88/docs/et_09.pdf").people}
    assert people.get("高炳坤") == "行政公职局局长" and people.get("苏嘉豪") == "议员", people
    assert people_in("特区政府建立统筹协议机制,高效处理议员书面质询及索取资料。") == []


def test_a_gazette_question_item_names_its_member_its_number_and_its_date(corpus_plan):
    # the 立法院公報's 質詢事項 (blind88 et_10, Big5): `甲、行政院答復部分` / `(一)行政院函送許委員淑華就…所提質詢之書面答復,請查照案。`
    # / `(行政院函 中華民國105年9月30日院臺專字第1050092879號)`, as every item of the section on ly.govapi.tw's pages
    plan = corpus_plan("blind88/docs/et_10.txt")
    assert ("许淑华", "委员") in {(p.name, p.title) for p in plan.people}
    assert plan.meta.title is None
    assert (plan.meta.doc_number, plan.meta.issuer, plan.meta.date) == ("院台专字第1050092879号", "行政院", "2016-09-30")


def test_a_release_block_is_no_headline(corpus_plan):
    # 臺南市政府's news (blind88 et_12, .doc): `發稿單位:新聞及國際關係處` / `發稿日期:3月10日12:36` over the text
    assert corpus_plan("blind88/docs/et_12.doc").meta.title is None


def test_a_body_before_its_term_and_session_names_a_meeting(corpus_plan):
    # `县十八届人大七次会议和县政协九届六次会议期间` (blind88 et_02), `市二届人大五次会议和市政协二届四次会议` (et_01, DOCX)
    assert "县政协" not in {o.name for o in corpus_plan("blind88/docs/et_02.txt").organizations}
    assert "市政协" not in {o.name for o in corpus_plan("blind88/docs/et_01.docx").organizations}
    assert [o["name"] for o in organizations_in("由县政协提案委员会负责联系。")] == ["县政协提案委员会"]


def test_a_trade_association_keeps_its_tong(corpus_plan):
    # `中華民國銀行商業同業公會全國聯合會訂定之「…範本」` (blind88 et_10), a kind of body 商業團體法 names
    assert "中华民国银行商业同业公会全国联合会" in {o.name for o in corpus_plan("blind88/docs/et_10.txt").organizations}
    assert [o["name"] for o in organizations_in("请与同业交流经验。")] == []
