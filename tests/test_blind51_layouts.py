"""Layouts blind51's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_bodys_standing_duty_to_take_in_applications(corpus_plan):
    # 白银区市场监督管理局's 通告 (blind51 di_04, an OFD): `1、白银区市场监督管理局受理本辖区内…的备案工作` is the bureau's duty,
    # as blind40 cx_06's gold takes `…主要受理对上述巡查对象的举报和反映` and blind49 dg_11's `…受理民眾預先登記陳情案`
    duties = [(r.org, r.duty, r.role) for r in corpus_plan("blind51/docs/di_04.ofd").responsibilities]
    assert ("白银区市场监督管理局", "受理本辖区内强制检定工作计量器具的备案工作", "lead") in duties
    # a step after it (受理后) and a past one (受理了) are not duties
    assert _plan("县市场监督管理局受理后,于5个工作日内办结。\n").responsibilities == []
    assert _plan("县市场监督管理局受理了12件申请。\n").responsibilities == []


def test_a_service_number_after_the_verb_to_dial(corpus_plan):
    # 四川's 统计 relay in a converter's script (blind51 di_02, as found): `請撥打400-813-5888(撥2咨詢)、010-88650335`, a
    # service number with no area code to be read by, after 拨打 as after 致电
    phones = [c.phone for c in corpus_plan("blind51/docs/di_02.txt").contacts]
    assert phones[:2] == ["400-813-5888", "010-88650335"]
    # the verb before a number with its area code and extension (blind49 dg_11 `撥打03-5216121分機…`, a .doc): unchanged
    assert [c.phone for c in corpus_plan("blind49/docs/dg_11.doc").contacts] == ["03-5216121分机384", "03-5216121分机335"]
    # ten digits after 拨打 that are no service number stay out
    assert _plan("请拨打电话号码簿第1234567890页。\n").contacts == []
