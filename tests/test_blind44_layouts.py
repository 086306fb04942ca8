"""Layouts blind44's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_days_listed_before_one_bracket_of_their_weekdays(corpus_plan):
    # `訂於115年4月19日、20日(星期日、一)辦理新生報到`, `115年4月28日、29日(星期二、三)辦理新生轉介報到` (a 臺中 school's relay of
    # the city's 國中 intake schedule, blind44 db_08, Big5): each day listed is an intake day, the second after a comma with no
    # lead as well, timed by its weekdays; a 交易中心's `4月15日、16日（星期六、日）为周末正常休市` has no event after them
    days = [d.date for d in corpus_plan("blind44/docs/db_08.txt").deadlines]
    assert {"2026-04-19", "2026-04-20", "2026-04-26", "2026-04-27", "2026-04-28", "2026-04-29"} <= set(days)
    assert _plan("4月15日、16日（星期六、日）为周末正常休市。").deadlines == []


def test_a_numbered_terms_members_congress_is_no_body(corpus_plan):
    # `第九届教职工代表大会暨第二十届工会会员代表大会第五次会议` (中山大学's 校情通报会, blind44 db_03, a DOCX) and
    # `…第二十届工会会员代表大会工作会议` (its 2016 call, blind21 ce_07, an OFD): a congress, not a body `第二十届工会`; 校工会 stays
    names = {o.name for o in corpus_plan("blind44/docs/db_03.docx").organizations}
    assert "校工会" in names and not [n for n in names if "届" in n]
    names = {o.name for o in corpus_plan("blind21/docs/ce_07.ofd").organizations}
    assert not [n for n in names if "第二十届" in n]


def test_macaus_civic_bureau_written_short_after_its_name(corpus_plan):
    # `民政总署特别于黑沙公园后方的开心农耕场,举办…`, then `民署将安排专业人员…`, `民署将以手机短讯通知取录者…` (a Macau
    # news item, blind44 db_10): the 民署's stated actions are the 民政总署's, as blind28 cl_12 writes `就民署职能范围内的事务`
    plan = corpus_plan("blind44/docs/db_10.txt")
    duties = {(r.org, r.duty[:6]) for r in plan.responsibilities}
    assert {("民政总署", "安排专业人员"), ("民政总署", "以手机短讯通")} <= duties


def test_a_place_with_only_a_schools_stage_names_its_schools(corpus_plan):
    # `115學年度臺中市國民中學新生入學期程`, `本市市立國民中學(含…)` (blind44 db_08) and `「彰化縣國小應屆畢(修)業生升學意向
    # 調查表」` (blind31 co_08): the schools of the city or county, no body; a school with its own core stays
    assert not {o.name for o in corpus_plan("blind44/docs/db_08.txt").organizations} & {"台中市国民中学", "市立国民中学"}
    assert "彰化县国小" not in {o.name for o in corpus_plan("blind31/docs/co_08.txt").organizations}
    assert "台中市立大墩国民中学" in {o.name for o in _plan("請臺中市立大墩國民中學於4月8日前完成報到作業。").organizations}


def test_a_bodys_own_site_beside_its_number_is_no_page_frame(corpus_plan):
    # `致电市民服务热线2833 7676进行登记;或登入民政总署网站 http://www.iacm.gov.mo 的活动报名系统` (blind44 db_10), as
    # `…可洽南區公所04-22626105,或上南區公所網站「活動訊息」項下查詢` (blind41 cy_12): the bureau's site is where the notice sends
    # readers; a site's own `本网站` line stays frame
    assert "2833 7676" in {c.phone for c in corpus_plan("blind44/docs/db_10.txt").contacts}
    assert _plan("本网站联系电话:2833 7676").contacts == []
