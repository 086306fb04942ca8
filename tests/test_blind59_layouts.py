"""Layouts blind59's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_township_offices_cleaning_team_is_a_body(corpus_plan):
    # 五峰鄉公所's 清明 notice (blind59 dq_12, Big5): `一、因應清明節連假五峰鄉清潔隊調整連假期間清運垃圾服務時間` names the
    # township's 清潔隊, as 執法隊 (blind58 dp_05); its members (`清潔隊員`) name none
    names = {o.name for o in corpus_plan("blind59/docs/dq_12.txt").organizations}
    assert "五峰乡清洁队" in names


def test_a_township_office_of_itself_heads_its_units(corpus_plan):
    # 卑南鄉公所清潔隊's 中秋 notice (blind59 dq_11): `本所清潔隊電話:089-385305`: 本所 is the office of itself, a
    # self-reference as 本局 or 本府, and 清潔隊 the office's own team written alone (as blind41 cy_11's `通報公所(清潔隊服務電話…)`),
    # not a body `所清潔隊`
    names = {o.name for o in corpus_plan("blind59/docs/dq_11.txt").organizations}
    assert "清洁队" in names
    assert "所清洁队" not in names
    assert "卑南乡公所" in names
