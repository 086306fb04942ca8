"""Layouts blind31's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_an_attendance_roll_of_posts_and_names_before_why_they_were_absent(corpus_plan):
    # a 通报 of a meeting's attendance (汉阴县 2022, blind31 co_04, a site page): officials named post first, joined by `、`,
    # then `因病请假` / `因公请假` / `未按程序履行请假手续`; each is a person with the post as title
    people = {p.name: p.title for p in corpus_plan("blind31/docs/co_04.html").people}
    assert people["沈娟"] == "县考核办常务副主任"
    assert people["邹宗堂"] == "乡村振兴局信息中心主任"
    assert people["赖联合"] == "县移动公司副总经理"
    assert len(people) == 8


def test_the_roll_after_what_its_people_did():
    # `因公务请假的包括…;而因故请假的是…。` (广州 人大会议 考勤通报, news.sohu.com 2011-02-22): the same roll after its verb
    text = ("大会秘书处的考勤通报单显示,7名请假的代表多为公务员。其中,因公务请假的包括广州市副市长许瑞生、广州市委办公厅副主任"
            "陈家成、广州天河区区长徐汉添;而因故请假的是广州市规划局副局长李萍萍。")
    people = {p.name: p.title for p in parse(text.encode("utf-8"), filename="roll.txt").people}
    assert people.get("陈家成") == "广州市委办公厅副主任"
    assert people.get("李萍萍") == "广州市规划局副局长"


def test_a_bureaus_office_before_a_post_is_the_bureau():
    # `发改局重点项目办主任李华`, `乡村振兴局信息中心主任邹宗堂` (blind31 co_04): a name inside a job title is taken at institution
    # level, as dev hc_09's `中国科学院资源环境局局长` gives 中国科学院
    text = ("从实际到会情况看,县财政局局长李鹏、统计局副局长刘松、发改局重点项目办主任李华、乡村振兴局信息中心主任邹宗堂因公请假,"
            "以上人员均按程序履行了请假手续。")
    orgs = {o.name for o in parse(text.encode("utf-8"), filename="roll.txt").organizations}
    assert {"发改局", "乡村振兴局"} <= orgs
    assert not orgs & {"发改局重点项目办", "乡村振兴局信息中心"}


def test_a_pages_skip_link_and_its_links_to_other_items_are_frame(corpus_plan):
    # `跳過導航` over a gov.mo item (blind31 co_10, an OFD) and `上一則公告 下一則公告` over a 彰化 school's repost (co_08, Big5):
    # neither is the notice's title
    assert corpus_plan("blind31/docs/co_10.ofd").meta.title != "跳过导航"
    assert "上一则" not in (corpus_plan("blind31/docs/co_08.txt").meta.title or "")


def test_a_verb_before_taiwans_school_word_alone_names_no_school(corpus_plan):
    # `為預先掌握國中新生…` (彰化 school's 轉知, blind31 co_08, Big5) and `國小應屆畢業生就讀公立國中`, `審慎選填就讀國中意願` (花蓮
    # school's repost, co_09): 國中 after 掌握, 就讀 is the kind of school; the named schools of co_08's bracket stay
    orgs = {o.name for o in corpus_plan("blind31/docs/co_08.txt").organizations}
    assert {"彰兴国中", "竹塘国中"} <= orgs
    assert not [o for o in orgs if "掌握" in o]
    orgs = {o.name for o in corpus_plan("blind31/docs/co_09.txt").organizations}
    assert not [o for o in orgs if "就读" in o]


def test_deepening_a_bodys_reform_is_no_part_of_its_name(corpus_plan):
    # `1.深化公立医院改革。` (绍兴's 总结, blind31 co_06, a DOCX) and `深化与海亮集团合作` (谯城区's 任务分解表, blind30 cn_02): 深化 governs
    # the body after it, as 落实 and 建设 do
    assert not [o.name for o in corpus_plan("blind31/docs/co_06.docx").organizations if o.name.startswith("深化")]
    orgs = {o.name for o in corpus_plan("blind30/docs/cn_02.txt").organizations}
    assert "海亮集团" in orgs and "深化与海亮集团" not in orgs


def test_a_review_of_a_past_year_states_no_target_and_no_duty(corpus_plan):
    # `2016年绍兴市卫生计生工作总结` issued by the notice of 2017-02-22 (blind31 co_06): its `平均降幅5.6%` is a result and
    # its `三级医院6月1日起全面停止…` done, as a 督办通报's year's 完成情况 (blind8 br_04)
    plan = corpus_plan("blind31/docs/co_06.docx")
    assert plan.targets == []
    assert not any(r.org == "三级医院" for r in plan.responsibilities)


def test_a_part_reviewing_the_past_year_ends_at_the_plan_after_it():
    text = ("关于印发2016年工作总结和2017年工作要点的通知\n各处室:\n现予以下发,请贯彻执行。\n某市卫生计生委\n2017年2月22日\n"
            "2016年某市卫生计生工作总结\n一、深化医改\n全市降低药品采购成本1.1亿元左右,平均降幅5.6%。\n"
            "2017年某市卫生计生工作要点\n一、深化医改\n力争药品采购成本平均降幅不低于6%。\n")
    targets = parse(text.encode("utf-8"), filename="review.txt").targets
    assert [t.value for t in targets] == [6.0]


def test_a_numbered_item_quoting_a_provision_is_no_heading(corpus_plan):
    # `二、前揭要點第六點規定:各國民小學應以…` (blind31 co_09, a Taiwan 函's 說明), as a 勞動部 函釋's `一 勞動基準法第三十六條
    # 規定：「…」`: the provision's words follow the colon
    plan = corpus_plan("blind31/docs/co_09.txt")
    assert not any("规定" in s.heading for s in plan.sections)
    text = ("說明:\n一、依據本府函辦理。\n二、勞動基準法第三十六條規定:勞工每七日中至少應有一日之休息,作為例假。\n"
            "三、請查照。\n")
    assert not any("规定" in s.heading for s in parse(text.encode("utf-8"), filename="law.txt").sections)


def test_a_units_stated_action_after_an_event_keeps_its_time(corpus_plan):
    # `教青局將於完成上述設施檢查及清理後儘快公佈開放的訊息` (blind31 co_10, a gov.mo item): 將 is the modal and the duty keeps
    # its `於…後`, as co_12's gold keeps `在收到申請表格和相關文件後…`
    duties = {(r.org, r.duty) for r in corpus_plan("blind31/docs/co_10.ofd").responsibilities}
    assert ("教育暨青年局", "于完成上述设施检查及清理后尽快公布开放的讯息") in duties
