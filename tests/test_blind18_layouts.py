"""blind18's Taiwan and Macau notices (corpus/blind18, SOURCES.md names each): a meeting record's roll and its
requests to numbered sections, a chair written title-around-name, a second Macau sign-off, `本府` before a bureau."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.organizations import run_snippet as org_snippet
from extractor.extract.people import run_snippet as people_snippet
from extractor.extract.responsibilities import run_snippet as duty_snippet
from extractor.pipeline import parse

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind18" / "docs"

ROLL = """局務會報

第317次主管會報

主席:丁局長育群(黃一平代)
紀錄:郭健峰
出席:黃一平、王玉芬、沈思宏、蔡學義、邱敬斌、張剛維

  • 上次會議決議及指裁示事項執行情形報告
"""


def people(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["title"]) for p in people_snippet(text)]


def test_a_meeting_records_roll():
    """臺北市都市發展局 第317次主管會報: the chair around his post, the recorder, the attendants (no post); 沈思宏, which
    OpenCC turns into 沉思宏 (the phrase 沈思), is passed over and the roll goes on."""
    assert people(ROLL) == [("丁育群", "局长"), ("郭健峰", "纪录"), ("黄一平", None), ("王玉芬", None),
                            ("蔡学义", None), ("邱敬斌", None), ("张刚维", None)]


def test_the_roll_of_the_parsed_page():
    names = {p.name for p in parse(DOCS / "cb_01.html").people}
    assert {"丁育群", "郭健峰", "黄一平", "林辰熹", "罗荣华"} <= names


def test_a_chair_with_a_space_before_the_post():
    """臺南市政府工務局 第16次局務會議紀錄: `會議主持人:吳 局長宗榮`."""
    assert people("3、 會議主持人:吳 局長宗榮\n4、 參加人員:如附件") == [("吴宗荣", "局长")]


def test_a_second_macau_sign_off():
    """A Macau gazette page of several notices: `二零零九年十月八日於海關` / `副關長 賴敏華` (賴: a common Taiwan and
    Macau surname the lexicon lacked)."""
    assert people("查閱。\n二零零九年十月八日於海關\n副關長 賴敏華\n本署") == [("赖敏华", "副关长")]


def test_requests_to_numbered_sections_after_their_task():
    """第317次主管會報: the task, 請, the section, the request: the duty is the request and the task."""
    items = duty_snippet("11/25縣市合作研討會公館水岸新世界簡報請三科儘速修改陳報。")
    assert [(i["org"], i["duty"], i["role"]) for i in items] == [
        ("三科", "尽速修改陈报1125县市合作研讨会公馆水岸新世界简报", "lead")]
    assert duty_snippet("此事已報請市政府同意。") == []


def test_a_bureau_after_the_governments_self_reference():
    """臺中市政府教育局 news (cb_03): `依據本府地方稅務局…函辦理` names 地方稅務局, not `府地方稅務局`."""
    assert [o["name"] for o in org_snippet("二、依據本府地方稅務局113年函辦理。")] == ["地方税务局"]


def test_a_units_action_from_a_day():
    """Hong Kong service news (cb_06, cb_08): `屋宇署4月1日起逐步恢復更多公共服務`; a rule's own start is none."""
    items = duty_snippet("屋宇署4月1日起逐步恢復更多公共服務。")
    assert [(i["org"], i["duty"]) for i in items] == [("屋宇署", "4月1日起逐步恢复更多公共服务")]
    assert duty_snippet("市教育局9月1日起施行本辦法。") == []


def test_a_tenders_opening_day_under_its_heading():
    """市政署 公開招標 (cb_09, a scan): `13. 公開開標地點、日期及時間:` / `地點:…` / `日期及時間:2024年8月8日上午10時正。`."""
    from extractor.extract.deadlines import run_snippet as deadline_snippet
    text = "13. 公開開標地點、日期及時間:\n地點:市政署大樓\n日期及時間:2024年8月8日上午10時正。"
    assert [(d["date"], d["start"]) for d in deadline_snippet(text)] == [("2024-08-08", None)]


def test_a_floor_before_a_body():
    """An address's floor ends before the body's name, as a house number does: Hong Kong service news (cb_06)
    `設於太古城太古灣道14號7樓屋宇署拓展部辦事處收發處櫃枱`, a 福州 call for projects (blind17 ca_06)
    `福州市市民服务中心4层社会事务类…`."""
    names = [o["name"] for o in org_snippet("設於太古城太古灣道14號7樓屋宇署拓展部接收申請。")]
    assert "屋宇署拓展部" in names and not any(n.startswith("楼") for n in names)
    assert not any(n.startswith("层") for n in (o["name"] for o in org_snippet("送至服务中心4层社会事务类市科技局窗口。")))


def test_except_at_a_clauses_start():
    """除 (except) opens a clause, not a name: Hong Kong service news (cb_08) `(除郵政總局、尖沙咀郵政局…)`, a 中華郵政
    holiday notice `,除中華郵政臺北故宮郵局維持營業窗口外`; inside a name it stays (`水库除险加固办公室`). (cb_08's post
    offices are venues, no bodies: the clause is tried with bodies in their place.)"""
    names = [o["name"] for o in org_snippet("周六服務時間如常(除入境事務處、運輸署會提早於下午4時關閉)。")]
    assert names[0] == "入境事务处"
    assert org_snippet("周六營業時間如常(除郵政總局、尖沙咀郵政局和機場郵政局會提早於下午4時關閉)。") == []
    assert [o["name"] for o in org_snippet("期間,除中華郵政臺北故宮郵局維持營業窗口外,其餘郵局停止營業。")] == ["中华邮政台北故宫邮局"]
    assert [o["name"] for o in org_snippet("由水库除险加固办公室负责。")] == ["水库除险加固办公室"]


def test_an_announcing_heading_whose_items_run_on_after_its_colon():
    # 臺中市政府's 函 (cb_03): `二、比賽活動資訊說明如下: (一)競賽活動分為…。(二)初賽報名時間…` on one line
    plan = parse(DOCS / "cb_03.txt")
    assert (1, "比赛活动资讯说明如下") in {(s.level, s.heading) for s in plan.sections}
