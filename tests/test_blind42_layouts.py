"""Layouts blind42's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_an_exams_days_under_its_time_label(corpus_plan):
    # `1.考試時間:2017年6月26日、27日兩天` (a college's 期末考试 notice in a converter's mixed script, blind42 cz_04, a .doc) and
    # `考试时间为2021年5月22、23日` (内蒙古鸿德文理学院's notice on exam rooms, cz_05, a DOCX): each day listed is an exam's, as
    # 安徽城市管理职业学院's `本学期期末考试时间为2026年1月12-18日` gives its week; no time is set by `考试时间由…自行安排`
    days = [d.date for d in corpus_plan("blind42/docs/cz_04.doc").deadlines]
    assert days.count("2017-06-26") == 2 and days.count("2017-06-27") == 2
    days = [d.date for d in corpus_plan("blind42/docs/cz_05.docx").deadlines]
    assert {"2021-05-22", "2021-05-23", "2021-05-21"} <= set(days)
    period = _plan("根据学院教学工作安排,本学期期末考试时间为2026年1月12-18日,具体要求通知如下:").deadlines
    assert [(d.start, d.date) for d in period] == [("2026-01-12", "2026-01-18")]
    assert _plan("考试时间由各教学单位自行安排。").deadlines == []


def test_two_parallel_by_clauses_give_each_bureau_its_own_task(corpus_plan):
    # `體育活動由體育發展局負責統籌、文娛康樂活動則由教育暨青年局負責` (a summer-activities item of sport.gov.mo, blind42 cz_10,
    # Big5; its news 1241 of 2009 writes the same sentence): 體育發展局 is Macau's sports bureau (not Hong Kong's 發展局 at its
    # end), and each clause's topic is its bureau's task, the 则 of the second no part of it
    plan = corpus_plan("blind42/docs/cz_10.txt")
    assert {"体育发展局", "教育暨青年局"} <= {o.name for o in plan.organizations}
    duties = {(r.org, r.duty) for r in plan.responsibilities}
    assert duties == {("体育发展局", "负责统筹体育活动"), ("教育暨青年局", "负责文娱康乐活动")}


def test_verbs_and_courses_ending_in_a_suffix_name_no_body(corpus_plan):
    # `(請學生及時補辦相關證件或證明材料)` (cz_04) and `在及時補辦簽注後` (a 深圳 居住證 guide): 补办 is a verb, as 代办;
    # `2021年上半年大学英语四六级口语考试` (cz_05) and `2021年上半年全国大学英语四、六级考试笔试…` (a 贵州 college's 报名 notice):
    # 大学英语 is a course; a university's school of English keeps its name
    names = [o.name for o in corpus_plan("blind42/docs/cz_04.doc").organizations]
    assert not [n for n in names if "补办" in n]
    names = [o.name for o in corpus_plan("blind42/docs/cz_05.docx").organizations]
    assert not [n for n in names if "大学" in n]
    assert _plan("在及时补办签注后,证件恢复使用功能。").organizations == []
    assert _plan("2021年上半年全国大学英语四、六级考试笔试将于6月12日举行。").organizations == []
    assert [o.name for o in _plan("请北京外国语大学英语学院负责。").organizations] == ["北京外国语大学英语学院"]


def test_a_slashed_month_and_day_due_before_it(corpus_plan):
    # `(9/3放學前)補交`, `(9/6前)申請退費者` (臺南 安平國小's 簡章 of 113學年度, blind42 cz_12, GB18030) and `至3/25(三)下午4時止`
    # (天母國小's page, blind40 cx_09), whose year is the later `115年`'s, where 3/25 is a Wednesday; no fraction is a day
    days = [d.date for d in corpus_plan("blind42/docs/cz_12.txt").deadlines]
    assert {"2024-09-03", "2024-09-06"} <= set(days)
    assert "2026-03-25" in [d.date for d in corpus_plan("blind40/docs/cx_09.txt").deadlines]
    assert _plan("须有2/3以上的成员出席方能召开。").deadlines == []


def test_a_headlines_series_number_stays_in_its_title(corpus_plan):
    # `學校特別宣布 (一)` over `Special Announcement I` (a Hong Kong school's page, blind42 cz_08): a marker that ends its line
    # opens no item, the space before it no break
    assert corpus_plan("blind42/docs/cz_08.txt").meta.title == "学校特别宣布(一)"
    assert _plan("学校特别宣布 (二)\n1.请家长留意学校网页。\n2.请学生留在家中。\n").meta.title == "学校特别宣布(二)"
