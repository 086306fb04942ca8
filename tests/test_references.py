"""References: cited documents with their 文号, 文号 alone, and standards, on corpus fragments."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract.references import run_snippet


def refs(text: str) -> list[tuple]:
    return [(r["kind"], r["title"], r["number"]) for r in run_snippet(text)]


def test_cited_documents_with_numbers():
    """000."""
    text = ("按照山西省农业农村厅办公室《关于组织开展全省县级农产品质量安全检验检测机构能力提升三年行动的通知》"
            "（晋农办质监发〔2022〕97号）和《关于开展农产品质量安全检验检测机构“双认证”攻坚行动的通知》"
            "（晋农办质监发〔2023〕53号）文件要求")
    assert refs(text) == [
        ("document", "关于组织开展全省县级农产品质量安全检验检测机构能力提升三年行动的通知", "晋农办质监发〔2022〕97号"),
        ("document", "关于开展农产品质量安全检验检测机构“双认证”攻坚行动的通知", "晋农办质监发〔2023〕53号")]


def test_standards_take_the_title_before_them():
    """000: codes written without a space are normalised."""
    text = ("重点学习《食品安全管理标准食品中最大残留限量》GB2763-2021和《检验检测机构从业人员诚信基本要求》"
            "DB14/T2278-2021，按照国标《合格评定化学分析方法确认和验证指南》GB/T27417-2017要求")
    assert refs(text) == [
        ("standard", "食品安全管理标准食品中最大残留限量", "GB 2763-2021"),
        ("standard", "检验检测机构从业人员诚信基本要求", "DB14/T 2278-2021"),
        ("standard", "合格评定化学分析方法确认和验证指南", "GB/T 27417-2017")]


@pytest.mark.parametrize("text,number", [
    ("依据ISO/IEC 17025:2017建立体系", "ISO/IEC 17025:2017"),
    ("执行NY/T 789—2004", "NY/T 789-2004"),
    ("按HJ 168-2020进行方法验证", "HJ 168-2020"),
    ("JJF 1069-2012规定", "JJF 1069-2012"),
    ("符合RB/T 214-2017", "RB/T 214-2017"),
    ("SN/T 0001-2016", "SN/T 0001-2016"),
])
def test_standard_codes(text, number):
    assert [r["number"] for r in run_snippet(text)] == [number]


def test_bare_number_without_the_words_before_it():
    assert refs("按照晋农办质监发〔2023〕53号文件要求") == [("document", None, "晋农办质监发〔2023〕53号")]


@pytest.mark.parametrize("text", ["2023年5月12日", "GDP增长", "（2010-2012）", "〔2023〕"])
def test_no_reference(text):
    assert run_snippet(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("《》（）()〔〕[]GBTDB/14 -—:0123456789号发办晋关于通知ISOEC"))
               | st.characters(exclude_categories=("Cs",)), max_size=80))
def test_never_raises(text):
    run_snippet(text)
