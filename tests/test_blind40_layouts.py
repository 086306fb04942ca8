"""Layouts blind40's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_residents_committee_by_its_short_name_is_one_body(corpus_plan):
    # `南京东路街道新桥居委会`, `豫园街道肇方居委会` (上海市民政局's 批复 沪民基发〔2007〕39号, blind40 cx_07, an OFD): 居委会 ends the
    # name whole, as 长寿路街道's 请示 writes `合德里居委会共1974户`; the collective `12个居委会` names none
    names = [o.name for o in corpus_plan("blind40/docs/cx_07.ofd").organizations]
    assert {"南京东路街道新桥居委会", "豫园街道肇方居委会", "豫园街道方西居委会"} <= set(names)
    assert not [n for n in names if n.endswith("居委")]
    text = "长寿路街道合德里、永定新村、长鸿等3家居委会拟延期换届。合德里居委会共1974户;长鸿居委会共1140户。"
    assert [o.name for o in parse(text.encode(), filename="t.txt").organizations] == ["合德里居委会", "长鸿居委会"]


def test_taiwans_jia_before_a_place_sets_the_event_there(corpus_plan):
    # `(三)決賽:115年4月18日(星期六)假明湖國小舉行。` (天母國小's page, blind40 cx_09): 假 (at) opens the place of a scheduled
    # final, as 于/在 do, and the school is the venue, no body; 花蓮縣's `訂 105 年 12 月 3 日(星期六)假花蓮縣鑄強國民小學辦理`
    # (blind10 bt_02, an OFD) keeps its day, and its school is a venue too
    plan = corpus_plan("blind40/docs/cx_09.txt")
    assert "2026-04-18" in [d.date for d in plan.deadlines]
    assert not [o.name for o in plan.organizations if "明湖" in o.name]
    plan = corpus_plan("blind10/docs/bt_02.ofd")
    assert "2016-12-03" in [d.date for d in plan.deadlines]
    assert plan.organizations == []


def test_respected_before_the_addressees_is_no_part_of_them(corpus_plan):
    # `尊敬的各位常務(wù)理事:` (中国仪器仪表学会's call, blind40 cx_01), `尊敬的各参会代表:` (a 塑料管道专业委员会 notice of 2013)
    assert corpus_plan("blind40/docs/cx_01.txt").meta.recipients == ["各位常务理事"]
    text = "关于2013年年会的紧急通知\n尊敬的各参会代表:\n原定于4月25日召开的年会将推迟举办。\n秘书处\n2013年4月22日"
    assert parse(text.encode(), filename="t.txt").meta.recipients == ["各参会代表"]


def test_a_number_after_a_hotels_address_is_the_hotels(corpus_plan):
    # `地址:北京市海淀区知春路76号翠宫饭店三层明辉厅,电话010-62628888` (中国仪器仪表学会's call, blind40 cx_01), `(瑞安大酒店地址:
    # 武汉市洪山区雄楚大街693号,联系电话:027-68887188)` (blind22 cf_04, a site page): the hotel's desk, no contact of the
    # notice; a meeting place's number after its street address stays (blind bl_03's gold keeps `0351-4695666`)
    for path, desk in (("blind40/docs/cx_01.txt", "010-62628888"), ("blind22/docs/cf_04.html", "027-68887188")):
        phones = [c.phone for c in corpus_plan(path).contacts]
        assert desk not in phones, (path, phones)
    assert [c.phone for c in corpus_plan("blind22/docs/cf_04.html").contacts] == \
        ["027-87328022", "027-69806791", "027-87194596", "15972912727"]
    assert "0351-4695666" in [c.phone for c in corpus_plan("blind/docs/bl_03.txt").contacts]
    text = "联系人:张三,地址:长江路5号,电话:025-83331234。"
    assert [c.phone for c in parse(text.encode(), filename="t.txt").contacts] == ["025-83331234"]


def test_a_slashed_day_with_its_weekday_in_a_table_of_sessions(corpus_plan):
    # 教青局's tables of 说明会, one cell a line: `2018/11/17` / `(星期六)` / `上午` (gov.mo 2018, blind40 cx_12, GB18030) and
    # `2022/12/15 (星期四) |` (gov.mo 2022, blind29 cm_10, a PDF): each day a session
    days = [d.date for d in corpus_plan("blind40/docs/cx_12.txt").deadlines]
    assert {"2018-11-17", "2018-11-24", "2018-12-01", "2018-12-11"} <= set(days)
    assert "2022-12-15" in [d.date for d in corpus_plan("blind29/docs/cm_10.pdf").deadlines]


def test_a_title_and_its_addressees_on_one_line_are_cut_at_the_space(corpus_plan):
    # `桂园街道领导干部驻点普遍直接联系群众活动公告 居民朋友们、辖区单位:` (a forum's copy of a 罗湖 街道 公告, blind40 cx_05): the
    # title, then the 主送, as `南溪县长兴镇人民政府 关于印发《…》的通知 各村民委员会、镇属有关部门:` (blind32 cp_03, a .doc) reads
    meta = corpus_plan("blind40/docs/cx_05.txt").meta
    assert (meta.title, meta.recipients) == ("桂园街道领导干部驻点普遍直接联系群众活动公告", ["居民朋友们", "辖区单位"])
    meta = corpus_plan("blind32/docs/cp_03.doc").meta
    assert meta.recipients == ["各村民委员会", "镇属有关部门"]
    # a first sentence after a space is no 主送 (`根据赤峰市政府春节放假安排,医院决定 2017年春节放假安排如下:`, blind33 cq_03)
    assert corpus_plan("blind33/docs/cq_03.pdf").meta.title is None


def test_a_forums_jammer_is_no_text(corpus_plan):
    # 桂园街道's 驻点 公告 copied off a forum (blind40 cx_05): a Discuz plugin's 干扰码 salts each paragraph (`一、活动时间- E; O*
    # T2 M& \( s3 M; H`, `' ^: J# a; w% X' F9 n4 j(二)通过预约面谈。…`); a colon before it and the item's bracket after it stay
    plan = corpus_plan("blind40/docs/cx_05.txt")
    headings = [(s.level, s.heading) for s in plan.sections] + [(c.level, c.heading) for s in plan.sections
                                                                 for c in s.children]
    assert {(1, "活动时间"), (1, "活动地点"), (1, "活动内容"), (2, "通过书面送交"), (2, "通过预约面谈")} <= set(headings)
    assert "如下:\n" in plan.text
    # an address or a list of codes is no jammer: `A B C D E` has neither marks nor both cases with digits
    text = parse("关于报送材料的通知\n请按A B C D E五类报送。\n".encode(), filename="t.txt").text
    assert "A B C D E" in text
    text = parse("关于报送数据的通知\n| 1 | 50 | 30 | 20 |\n| 2 | 40 | 25 | 15 |\n".encode(), filename="t.txt").text
    assert "50" in text and "15" in text
    assert "-A | A | +A" in parse("社会福利署| English Text Version |字型大小: -A | A | +A\n".encode(), filename="t.txt").text
