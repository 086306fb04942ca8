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


def test_a_pipe_task_table_a_pdf_wrapped_is_read_as_its_text_file_reads_it(corpus_plan):
    # 上高县's 双随机 plan (blind51 di_06): the PDF export wraps each `序号 | 检查主体 | … | 抽查数量 |` row over two to four
    # lines, inside a cell (`…作业人员的行政检` / `查 | …`) or between cells (a line ending in `|`); the table read from the
    # PDF is the one the found text gives, its caption row `2023年“双随机、一公开”抽查工作计划 | ||||||||` the title
    from pathlib import Path

    from extractor.ingest import read_bytes
    root = Path(__file__).resolve().parent.parent / "corpus" / "blind51"

    def rows(raw):
        return [["".join(c.split()) for c in r] for b in raw.blocks if b.kind == "table" for r in b.rows]
    pdf, text = read_bytes((root / "docs/di_06.pdf").read_bytes()), read_bytes((root / "found/di_06.txt").read_bytes())
    assert len(rows(pdf)) == 9 and [r[0] for r in rows(pdf)] == ["序号", *map(str, range(1, 9))]
    assert [r[:3] + r[5:] for r in rows(pdf)[:-1]] == [r[:3] + r[5:] for r in rows(text)[:-1]]
    assert rows(pdf)[4][2] == "对辖区内的广告发布单位按规定报送《广告业统计报表》的行政检查"
    assert corpus_plan("blind51/docs/di_06.pdf").meta.title == "2023年“双随机、一公开”抽查工作计划"


def test_a_caption_row_over_a_pipe_table_is_its_own_line():
    from extractor.ingest.text import text_blocks
    blocks = text_blocks("2023年工作计划 | ||||\n序号 | 任务 | 牵头单位 |\n1 | 整治 | 县农业农村局 |\n")
    assert [(b.kind, b.text) for b in blocks][0] == ("para", "2023年工作计划")
    assert blocks[1].rows[0] == ["序号", "任务", "牵头单位"]
    # an info row's one labelled cell (`| 索引号:000014349/2022-83299 | |` over `| 发文字号: | 发文时间:2023-01-05 |`, blind19
    # cc_01) is no caption: it stays in its table
    info = text_blocks("| 索引号:000014349/2022-83299 | |\n| 发文字号: | 发文时间:2023-01-05 |\n| 发文机关:南漳镇人民政府 | |\n")
    assert info[0].kind == "table" and info[0].rows[0][0] == "索引号:000014349/2022-83299"
    # a label row whose value cell is empty (`政策咨询机关: | |||`) stays in its table
    assert text_blocks("政策咨询机关: | |||\n索引号 | 001 |\n发布机构 | 县政府 |\n")[0].kind == "table"


def test_a_sites_search_field_over_the_item_is_no_addressee(corpus_plan):
    # a job site's `職位類型:` over the 澳门日报 item it relays (blind51 di_11, a .doc) and a platform's `熱門關鍵字:` over its
    # list of 预告 (di_12): fields of the site, no 主送; di_11's headline under it is the title
    meta = corpus_plan("blind51/docs/di_11.doc").meta
    assert (meta.recipients, meta.title, meta.date) == ([], "首季食品检测九成九合格", None)
    assert corpus_plan("blind51/docs/di_12.txt").meta.recipients == []
    # addressees ending in a colon stay addressees
    assert _plan("关于做好防汛工作的通知\n各乡镇、县直各单位:\n请认真做好防汛工作。\n").meta.recipients == ["各乡镇", "县直各单位"]


def test_a_row_of_column_names_is_no_headline(corpus_plan):
    # `日期 內容 備註` over a kindergarten's timetable (blind30 cn_12) and `發文日期 標題 內容` over a list of 预告 (di_12): the
    # rows heading a table or list, never the page's title
    assert corpus_plan("blind30/docs/cn_12.txt").meta.title != "日期内容备注"
    assert _plan("幼儿班入学流程说明\n日期 内容 备注\n2018年9月3日 下载申请表\n").meta.title == "幼儿班入学流程说明"
    assert _plan("活动日期及内容安排\n请各校按时参加。\n").meta.title == "活动日期及内容安排"
