"""Layouts blind48's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_school_cms_poster_line_and_hot_list_are_the_pages_frame(corpus_plan):
    # `一般公告 / 張貼者 體衛組長` under the headline and the `近月內熱門公告` list of other posts (`  • 2025-12-03 118` over a cut
    # headline) closing a 彰化 school's relay (blind48 df_11, a .doc): no title of the notice, no bodies of its own
    plan = corpus_plan("blind48/docs/df_11.doc")
    assert plan.meta.title == "请各校落实实验室安全管理及防火管理事宜,详如说明,请查照"
    assert {o.name for o in plan.organizations} == {"教育部", "中国劳工安全卫生管理学会"}
    # the same CMS's poster line over blind31 co_08's relay: still no title there, its bodies kept
    plan = corpus_plan("blind31/docs/co_08.txt")
    assert plan.meta.title is None
    assert "教育部国民及学前教育署" in {o.name for o in plan.organizations}


def test_a_callee_named_after_jingqia_and_an_offices_label(corpus_plan):
    # `可逕洽教育部委託單位:中國勞工安全衛生管理學會楊芷綾小姐` (blind48 df_11): the person, no post
    people = [(p.name, p.title) for p in corpus_plan("blind48/docs/df_11.doc").people]
    assert people == [("杨芷绫", None)]


def test_a_landline_and_a_mobile_run_together(corpus_plan):
    # `联系人: 邱 枫 027—59811837 18064012726`, its spaces lost in the OFD's text (blind48 df_04), and `電話:010-8280097113701158832`
    # as printed (blind40 cx_01): two numbers each
    phones = [c.phone for c in corpus_plan("blind48/docs/df_04.ofd").contacts]
    assert "027—59811837" in phones and "18064012726" in phones
    phones = [c.phone for c in corpus_plan("blind40/docs/cx_01.txt").contacts]
    assert phones == ["010-82800971", "13701158832"]
    assert [c.phone for c in _plan("联系人:王明\n电话:0351-123456713812345678").contacts] != ["0351-1234567", "13812345678"]


def test_names_before_one_number_under_a_label_for_both(corpus_plan):
    # `聯絡人及電話:張白燕、徐瑞珍 7115141轉707` (blind48 df_12): one contact, two people; `联系人及电话:徐健,0566-7028376`
    # (blind27 ck_05) still one
    plan = corpus_plan("blind48/docs/df_12.txt")
    assert [c.phone for c in plan.contacts] == ["7115141转707"]
    assert {p.name for p in plan.people} == {"张白燕", "徐瑞珍"}
    assert [(c.name, c.phone) for c in corpus_plan("blind27/docs/ck_05.ofd").contacts][0] == ("徐健", "0566-7028376")


def test_a_range_of_days_a_service_is_stopped_over(corpus_plan):
    # `市政署於6月27日至7月1日繼續暫停一般對外公共服務點` (gov.mo news 903791, blind48 df_10, Big5): the period, with no year
    dl = [(d.start, d.date) for d in corpus_plan("blind48/docs/df_10.txt").deadlines]
    assert dl == [("--06-27", "--07-01")]
    dl = [(d.start, d.date) for d in _plan("因应疫情,图书馆于2022年1月3日至1月16日暂停开放。").deadlines]
    assert dl == [("2022-01-03", "2022-01-16")]
    assert _plan("6月27日至7月1日暂停了一般对外公共服务。").deadlines == []


def test_a_host_and_its_helpers_under_an_items_heading(corpus_plan):
    # `一、治理畜牧业产品污染` / `由省经贸委承办,省农业厅、卫生厅…协办。` and `(一)由省经贸委负责,省农业厅、…配合,加快…`
    # (a 福建 plan, blind48 df_07, GB18030): the heading the host's and the helpers' duty; the duty after the participants
    # the lead's too
    resp = {(r.org, r.duty, r.role) for r in corpus_plan("blind48/docs/df_07.txt").responsibilities}
    assert ("省经贸委", "治理畜牧业产品污染", "lead") in resp
    assert ("厦门出入境检验检疫局", "治理畜牧业产品污染", "participant") in resp
    assert not [r for r in resp if r[1] == "承办"]
    assert any(o == "省经贸委" and d.startswith("加快省级无公害畜禽基地建设") and role == "lead" for o, d, role in resp)
    # `县国土资源局牵头,县发改局、县住建局等部门密切配合,抢抓时间,…` (blind23 cg_06), without 由, as before
    resp = {(r.org, r.role) for r in corpus_plan("blind23/docs/cg_06.pdf").responsibilities}
    assert {("县国土资源局", "lead"), ("县发改局", "participant")} <= resp


def test_a_contrast_clause_ends_the_duty(corpus_plan):
    # `市政署於6月27日至7月1日繼續暫停一般對外公共服務點,而自助服務區…維持對外開放` (blind48 df_10): the duty stops before 而
    duties = [r.duty for r in corpus_plan("blind48/docs/df_10.txt").responsibilities]
    assert "于6月27日至7月1日继续暂停一般对外公共服务点" in duties
    duties = [r.duty for r in _plan("县农业农村局负责组织开展专项检查,而且要做好汇总上报。").responsibilities]
    assert duties and "汇总上报" in duties[0]
