"""Organisation rules shown missing by notices of blind28 and blind29 (corpus/blind*: real notices, SOURCES.md there),
each checked on the notice's own file through its reader, beside a snippet of the second source."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

from extractor.extract.organizations import run_snippet

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def plans():
    plan = cached_plans(CORPUS)
    return lambda name: {o.name for o in plan(name).organizations}


def names(text: str) -> list[str]:
    return [o["name"] for o in run_snippet(text)]


def test_an_association_of_intellectuals_is_a_body(plans):
    # blind28 cl_02: the hosts of a forum, each named from its place
    assert {"上海中青年知识分子联谊会", "江苏省党外知识分子联谊会", "浙江省知识界人士联谊会",
            "长宁区中青年知识分子联谊会"} <= plans("blind28/docs/cl_02.docx")
    # the 六安 notice of 2016-07-08 (lazlh.com)
    assert "六安市党外知识分子联谊会" in names("市委统战部召开六安市党外知识分子联谊会(以下简称“知联会”)筹备会议")


def test_a_gathering_named_lianyihui_is_no_body():
    assert names("工会将于下周举办迎新春联谊会,请各单位做好准备") == []


def test_forwarding_by_letter_starts_no_name(plans):
    # blind29 cm_08 (a Taiwan 函's 主旨): 轉知國教署「…實施計畫」, the 署 named in full above
    found = plans("blind29/docs/cm_08.txt")
    assert "教育部国民及学前教育署" in found and not any(n.startswith("转知") for n in found)
    # blind_tw_hk tw_05: 請轉知各相關系(科)所
    assert names("请转知各相关系(科)所依下列时程踊跃提出申请") == []
