"""Tasks: the plan as a 督办台账, from task tables and numbered sections of the corpus notices."""
from __future__ import annotations

import functools
from pathlib import Path

from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@functools.cache
def plan(stem: str):
    return parse(next(CORPUS.glob(f"{stem}_*.txt")))


def test_one_task_per_table_row_with_units_and_time():
    tasks = plan("003").tasks
    assert len(tasks) == 20
    first = tasks[0]
    assert first.text == "开展检验机构委托检验工作调研"
    assert first.units[0].org == "监督司" and first.units[0].role == "lead"
    assert {u.role for u in first.units[1:]} == {"participant"}
    assert first.deadline is not None and first.deadline.date == "--04-30"


def test_deepest_numbered_section_with_work_is_a_task():
    tasks = {t.text: t for t in plan("000").tasks}
    hardware = tasks["配齐硬件软件设施"]
    assert hardware.section == "具体任务"
    assert {u.org for u in hardware.units} == {"县直属机关事务服务中心", "县农业农村局", "县综合检验检测中心", "县人社局"}
    assert hardware.deadline.date == "2023-06-30"
    assert tasks["加强学习培训，注重素质提升，提高检测人员理论和操作技能水平"].units == []


def test_tasks_follow_outline_order():
    starts = [t.span.start for t in plan("000").tasks]
    assert starts == sorted(starts)


def test_a_notice_without_sections_gives_tasks_per_assignment():
    tasks = plan("004").tasks
    assert [u.org for t in tasks for u in t.units] == ["深圳局检测工作整顿活动工作组"]


def test_tagged_items_become_tasks_with_their_tag_units(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("XX县农产品质量安全提升行动工作方案\n一、重点任务\n"
                    "（一）加强监测抽检。全年完成农产品定量检测1200批次以上。"
                    "（牵头单位：县农业农村局；配合单位：县市场监督管理局、各乡镇人民政府）\n"
                    "（二）推进合格证制度。2024年6月底前实现规模主体合格证开具全覆盖。\n牵头单位：县市场监督管理局\n",
                    encoding="utf-8")
    tasks = {t.text: t for t in parse(path).tasks}
    assert [(u.org, u.role) for u in tasks["加强监测抽检"].units] == [("县农业农村局", "lead"), ("县市场监督管理局", "participant")]
    assert [(u.org, u.role) for u in tasks["推进合格证制度"].units] == [("县市场监督管理局", "lead")]
    assert tasks["推进合格证制度"].deadline.date == "2024-06-30"


def test_ranked_tags_give_one_task_per_item_with_lead_and_participants():
    """hc_02 (国发〔2018〕39号): `列第一位者为牵头单位，下同` ranks the units of every later tag; the task is the
    item's heading, its section the heading above it."""
    tasks = parse(CORPUS / "dev" / "docs" / "hc_02.txt").tasks
    tagged = [t for t in tasks if t.rule == "unit_tag"]
    assert len(tagged) == 11
    first, second = tagged[0], tagged[1]
    assert (first.text, first.section) == ("加大稳岗支持力度", "支持企业稳定发展")
    assert [(u.org, u.role) for u in first.units] == [("人力资源社会保障部", "lead"), ("财政部", "participant")]
    assert [(u.org, u.role) for u in second.units] == [
        ("财政部", "lead"), ("工业和信息化部", "participant"), ("人民银行", "participant"), ("银保监会", "participant")]
    assert [x.value for x in first.targets] == [50, 50]   # both returns the item sets (the gold has both)


def test_a_task_keeps_every_deadline_of_its_item(tmp_path):
    """hd_02-style run-on items (平潭新污染物治理方案): each tagged item is a task with all its times."""
    path = tmp_path / "plan.txt"
    path.write_text("新污染物治理工作方案\n（一）开展调查监测，评估环境风险 1.落实环境信息调查。2023年底前，完成首轮基本信息调查；"
                    "2025年底前，初步建立环境调查监测体系。（区资源生态局牵头负责） 2.实施风险筛查评估。动态发布重点管控清单。"
                    "（区资源生态局牵头，区经发局、区农业农村局等按职责分工负责）\n", encoding="utf-8")
    tasks = parse(path).tasks
    assert [t.text for t in tasks] == ["落实环境信息调查", "实施风险筛查评估"]
    assert [d.date for d in tasks[0].deadlines] == ["2023-12-31", "2025-12-31"]
    assert tasks[0].deadline.date == "2023-12-31"
    assert [(u.org, u.role) for u in tasks[1].units] == [
        ("区资源生态局", "lead"), ("区经发局", "participant"), ("区农业农村局", "participant")]


def test_run_on_notice_without_an_outline_takes_the_section_from_its_markers():
    """hc_04 (国办发〔2020〕24号) is one line: the items' markers still name the section above each task."""
    tasks = parse(CORPUS / "dev" / "docs" / "hc_04.txt").tasks
    first = tasks[0]
    assert (first.text, first.section) == ("优化再造投资项目前期审批流程", "持续提升投资建设便利度")
    assert [(u.org, u.role) for u in tasks[2].units] == [("自然资源部", "lead"), ("住房城乡建设部", "participant")]


def test_a_group_opening_the_deadline_sentence_is_the_unit_of_a_task_without_one():
    """Issue 16: a dated task no responsibility names takes the group that is the subject of its deadline's
    sentence (rules/tasks.yaml), on the ledger as 牵头单位; the group stays out of `responsibilities`
    (ANNOTATION.md: named organisations only)."""
    from extractor.render import plan_ledger
    cases = [(next(CORPUS.glob("001_*.txt")), "积极开展项目实施", ["各市农业农村局"]),       # 请各市农业农村局于12月30日前…
             (next(CORPUS.glob("002_*.txt")), "加强组织领导", ["各市"]),                  # …请各市汇总后,4月30日前报省厅
             (CORPUS / "blind" / "docs" / "bl_19.txt", "高度重视,精心组织,科学制订办理方案", ["各牵头单位"]),
             (CORPUS / "blind" / "docs" / "bl_02.txt", "明确任务,压实责任", ["各牵头单位"]),  # 各牵头单位的…方案务于…前
             (CORPUS / "dev" / "docs" / "hc_02.txt", "落实地方政府主体责任", ["各省、自治区、直辖市人民政府"]),
             (CORPUS / "dev" / "docs" / "he_01.doc", "加强监督指导", ["各分局", "各机构"])]   # 各分局、各机构应于…前
    for path, task, units in cases:
        parsed = parse(path)
        found = next(t for t in parsed.tasks if t.text == task)
        assert [(u.org, u.role) for u in found.units] == [(u, "lead") for u in units], path.name
        assert next(r for r in plan_ledger(parsed) if r.task == task).lead == units
        assert not {r.org for r in parsed.responsibilities} & set(units), path.name


def test_a_task_with_no_group_before_its_deadline_keeps_no_unit():
    """000: `…（2023年11月15日前完成）` has no subject; 002: `全省农产品质量安全县(含创建县),9月30日之前未通过…` names
    no group opened by `各`."""
    tasks = {t.text: t for t in plan("000").tasks}
    assert tasks["“双认证”申报，完成“双认证”工作"].units == []
    assert {t.text: t for t in plan("002").tasks}["狠抓农产品质量安全县"].units == []


def test_a_deadline_no_task_holds_is_a_task_of_its_sentence():
    """A request in a preamble (hc_01 国办发〔2018〕117号, he_02) or in an item with sub-items (bl_16) is a row of
    the ledger too: its sentence, with the group it opens with as unit."""
    def sentences(path):
        return [(t.text, [u.org for u in t.units]) for t in parse(path).tasks if t.rule == "sentence"]
    assert ("各有关部门制定或调整完善后的激励措施实施办法，于2018年12月31日前报送国务院办公厅", ["各有关部门"]) in \
        sentences(CORPUS / "dev" / "docs" / "hc_01.txt")
    he_02 = sentences(CORPUS / "dev" / "docs" / "he_02.doc")
    assert ("请各银行业金融机构于2018年6月底之前将实施方案正式行文报我局", ["各银行业金融机构"]) in he_02
    assert any(units == ["各银监分局"] for _text, units in he_02)
    assert [units for _text, units in sentences(CORPUS / "blind" / "docs" / "bl_16.txt")] == [["各责任单位"]]


class _DatedUnits:
    """The units of a notice's dated tasks, by the task's opening words."""

    def __init__(self, path):
        self.tasks = [t for t in parse(path).tasks if t.deadlines]

    def __getitem__(self, opening: str) -> list[str]:
        return next([u.org for u in t.units] for t in self.tasks if t.text.startswith(opening))


def test_an_obliged_kind_of_body_or_person_is_the_unit():
    """`申办团体须于…或之前` (bm_07, hk_02), `有关家长须于…` (bn_09), `牵头单位应于…前` (hd_04)."""
    assert _DatedUnits(CORPUS / "blind5" / "docs" / "bm_07.txt")["局方指,申办团体须于3月"] == ["申办团体"]
    assert _DatedUnits(CORPUS / "blind_tw_hk" / "docs" / "hk_02.txt")["申办团体须于二○二○年二"] == ["申办团体"]
    assert _DatedUnits(CORPUS / "dev" / "docs" / "hd_04.txt")["按照《平潭综合实验区2012"] == ["牵头单位"]


def test_a_request_without_subject_goes_to_the_recipients_of_the_notice_only():
    """hd_05: `转发给你们,请你们认真填写…,并于2018年10月14日前…` is the 主送's. bm_06 forwards 农机化司's notice:
    its own `请于11月20日前…报送我厅` is bm_06's recipients', the forwarded `请于11月28日前…我司` is not."""
    assert _DatedUnits(CORPUS / "dev" / "docs" / "hd_05.txt")["现将省农业厅《关于开展耕"] == ["各县(市、区)农业局(农业事务管理局)"]
    units = _DatedUnits(CORPUS / "blind5" / "docs" / "bm_06.docx")
    assert units["请于11月20日前将纸质材"] == ["各地级以上市农业局"]
    assert units["请于11月28日前将材料发送我"] == []   # (the forwarded notice's request)
    plan = parse(CORPUS / "blind5" / "docs" / "bm_06.docx")
    assert "各地级以上市农业局" not in {r.org for r in plan.responsibilities}


def test_the_issuer_speaking_of_itself_is_the_unit():
    """bk_04 (劳动和社会保障部办公厅): `我部决定今年5月-6月集中开展…宣传教育活动`."""
    units = _DatedUnits(CORPUS / "blind4" / "docs" / "bk_04.txt")
    assert units["为贯彻落实党中央、国务院关"] == ["劳动和社会保障部办公厅"]
