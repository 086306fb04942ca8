"""Set headings of 活动方案 and 申报 notices run into their text (session 42, fixSec42), each read from its notice's file."""
from __future__ import annotations

from test_fixSec32 import _outline  # (level, heading) of every section, depth first


def test_an_activity_time_run_into_its_dates_is_cut_at_its_heading(corpus_plan):
    # 医保局's 宣传月 plan converted from OFD (blind71 ec_05): `二、活动时间 6月1日-6月30日 三、活动主题 …`, the line breaks lost;
    # 活动时间 heads its dates as it does on lines of its own (blind44 db_01, blind73 ee_03)
    sections = _outline(corpus_plan("blind71/docs/ec_05.ofd").sections)
    assert (1, "活动时间") in sections and (1, "活动主题") in sections, sections


def test_an_application_procedure_run_into_its_steps_is_cut_at_its_heading(corpus_plan):
    # 湘潭县农业农村局's crawled 申报 notice (blind67 dy_01): `二、申报程序主体申报、县级组织申报材料评审、…`
    sections = _outline(corpus_plan("blind67/docs/dy_01.txt").sections)
    assert sections[:2] == [(1, "项目类型"), (1, "申报程序")], sections
