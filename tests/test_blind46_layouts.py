"""Layouts blind46's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_dashed_date_closing_the_text_under_its_signer(corpus_plan):
    # `研究生处` over `2015-11-5` (a 研究生处 公告, blind46 dd_02), as `督导办` over `2018.6.4` (blind31 co_03): the signature
    # and its date
    meta = corpus_plan("blind46/docs/dd_02.txt").meta
    assert (meta.issuer, meta.date) == ("研究生处", "2015-11-05")
    meta = corpus_plan("blind31/docs/co_03.doc").meta
    assert (meta.issuer, meta.date) == ("督导办", "2018-06-04")


def test_this_year_before_a_body_is_the_clauses_time(corpus_plan):
    # `為充分發揮社會力量,今年社工局繼續開展社區應急義工計劃` (gov.mo's 2020 社工局 release, blind46 dd_08): the name is 社工局
    names = {o.name for o in corpus_plan("blind46/docs/dd_08.txt").organizations}
    assert "社会工作局" in names and not [n for n in names if n.startswith("今年")]


def test_numbers_in_a_bracket_after_the_phone_label(corpus_plan):
    # `通过电话(84688931、84688933、84688935)、高邮人大网站(www.jsgyrd.gov.cn)…反映` (高邮市人大常委会's 公告, blind46 dd_04,
    # an OFD): three contacts; the 人大's own site is no page frame; a year range in brackets is no number
    phones = [c.phone for c in corpus_plan("blind46/docs/dd_04.ofd").contacts]
    assert phones == ["84688931", "84688933", "84688935"]
    assert _plan("如遇问题可通过电话(6866 3485)或电子邮件向执法部门举报。").contacts[0].phone == "6866 3485"
    assert _plan("附件:电话号码表(2018-2020)").contacts == []


def test_a_consultations_request_to_mark_the_mail_is_the_notices(corpus_plan):
    # `電子郵箱:871781930@qq.com(請在郵件標題標注“…意見建議”字樣)` (万州区卫健委's 征询, blind46 dd_05, GB18030): the notice's
    # mailbox, not a site's submission line (`邮件标题请备注:投稿`, corpus 002, still the page's frame)
    assert [c.email for c in corpus_plan("blind46/docs/dd_05.txt").contacts] == ["871781930@qq.com"]
    assert [(c.name, c.email) for c in corpus_plan("002_4021ee62b1c374d3.txt").contacts] == [("韩斌", "sxncpjgj@126.com")]


def test_a_national_teaching_committee_of_the_universities(corpus_plan):
    # `由全国高等学校大学外语教学指导委员会和全国高等学校大学外语研究会共同主办的2012年全国大学生英语竞赛` (a college's 报名 notice,
    # blind46 dd_07, a scan read by OCR): 等 of 高等学校 and 指导 of 教学指导委员会 stop no name; the two bodies lead the contest
    text = "由全国高等学校大学外语教学指导委员会和全国高等学校大学外语研究会共同主办的2012年全国大学生英语竞赛将于2012年初进行。"
    plan = _plan(text)
    assert [o.name for o in plan.organizations] == ["全国高等学校大学外语教学指导委员会", "全国高等学校大学外语研究会"]
    assert {r.org for r in plan.responsibilities} == {"全国高等学校大学外语教学指导委员会", "全国高等学校大学外语研究会"}
    names = {o.name for o in _plan("全国大学生信息安全竞赛由教育部高等学校信息安全专业教学指导委员会主办。").organizations}
    assert names == {"教育部高等学校信息安全专业教学指导委员会"}
    names = {o.name for o in corpus_plan("blind46/docs/dd_07.pdf").organizations}
    assert "全国高等学校大学外语研究会" in names
