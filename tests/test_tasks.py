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
    tasks = {t.section: t for t in plan("000").tasks}
    hardware = tasks["配齐硬件软件设施"]
    assert {u.org for u in hardware.units} == {"县直属机关事务服务中心", "县农业农村局", "县综合检验检测中心", "县人社局"}
    assert hardware.deadline.date == "2023-06-30"
    assert tasks["加强学习培训，注重素质提升，提高检测人员理论和操作技能水平"].units == []


def test_tasks_follow_outline_order():
    starts = [t.span.start for t in plan("000").tasks]
    assert starts == sorted(starts)


def test_a_notice_without_sections_gives_tasks_per_assignment():
    tasks = plan("004").tasks
    assert [u.org for t in tasks for u in t.units] == ["深圳局检测工作整顿活动工作组"]
