"""Meta misses of blind59–blind70 (branch fixMeta31): each read from its notice's file and, where the layout is general, on
a notice of the same form."""
from __future__ import annotations

from extractor.normalize import _run_cuts
from extractor.pipeline import parse


def _pieces(text: str) -> list[str]:
    cuts = _run_cuts(text, set(), {}, head=False, after_number=False)
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]


def _meta(text: str):
    return parse(text.encode("utf-8"), filename="notice.txt").meta


def test_a_signature_run_on_from_the_annex_list_is_cut_at_the_annex_name(corpus_plan):
    # 宁德市's 科技特派员 notice (blind69 ea_01): `附件:…3.乡级科技特派员工作站站长名单宁德市科技特派员工作联席会议办公室宁德市
    # 科学技术局(代章)2023年6月14日(此件主动公开)` on one line; the date is the notice's
    meta = corpus_plan("blind69/docs/ea_01.txt").meta
    assert meta.date == "2023-06-14"
    assert not meta.issuer.endswith("(代章)")      # the seal's note is no part of the signer's name
    # and its signers, the seal's note between them and the date, are no mentions of the text's organisations
    names = {o.name for o in corpus_plan("blind69/docs/ea_01.txt").organizations}
    assert "宁德市科学技术局" not in names and "市科技特派员工作联席会议" in names
    # 台州市科学技术局's 台科〔2022〕28号 (chacewang.com newsdetail/news213402, pages corpus), the page's annex links after it
    assert _pieces("请各单位做好工作衔接,附件:2022年度新增市派科技特派员名单台州市科学技术局2022年11月22日附件:名单.docx") == [
        "请各单位做好工作衔接,附件:2022年度新增市派科技特派员名单", "台州市科学技术局", "2022年11月22日", "附件:名单.docx"]
    # not a sentence that names a list and a body before its date, with no annex list
    assert _pieces("请于2023年5月6日前将名单报市教育局2023年5月6日") == ["请于2023年5月6日前将名单报市教育局", "2023年5月6日"]


def test_a_note_after_the_signature_date_on_its_line_leaves_the_date(corpus_plan):
    # 健康中国行动推进委员会办公室's 工作计划 (blind60 dr_07): `健康中国行动推进委员会办公室` / `2020年8月24日(信息公开形式:主动公开)`
    meta = corpus_plan("blind60/docs/dr_07.txt").meta
    assert (meta.issuer, meta.date) == ("健康中国行动推进委员会办公室", "2020-08-24")
    # the note GB/T 9704's pages print there (`（此件公开发布）`, dev hc_04 run on; here on the date's line)
    meta = _meta("关于开展检查的通知\n各县局：\n现将有关事项通知如下，请认真执行。\n宁德市科学技术局\n2023年6月14日（此件公开发布）\n")
    assert (meta.issuer, meta.date) == ("宁德市科学技术局", "2023-06-14")


def test_a_signature_dated_to_the_month_signs_with_no_date(corpus_plan):
    # 庆元县's 农业普查 公告 (blind68 dz_04): `特此公告。` / `庆元县人民政府第三次农业普查领导小组办公室` / `2016年12月`
    meta = corpus_plan("blind68/docs/dz_04.pdf").meta
    assert (meta.issuer, meta.date) == ("庆元县人民政府第三次农业普查领导小组办公室", None)
    # not a month line under a body's name that closes no body (a table's row)
    meta = _meta("关于开展检查的通知\n各县局：\n现将有关事项通知如下，请认真执行\n宁德市科学技术局\n2023年6月\n")
    assert meta.issuer is None


def test_a_relay_label_and_a_sites_name_are_no_part_of_the_headline(corpus_plan):
    # a county's news item relayed (blind65 dw_04): `原标题:我县启动“迎五一战旅发”…专项行动`
    assert corpus_plan("blind65/docs/dw_04.html").meta.title == "我县启动“迎五一战旅发”景区景点及周边环境联合执法专项行动"
    # a printed news page (blind66 dx_12): `梅雨锋面影响来袭 彰县府呼吁民众加强防汛准备|台湾好新闻TaiwanHot.net`
    assert corpus_plan("blind66/docs/dx_12.pdf").meta.title == "梅雨锋面影响来袭彰县府呼吁民众加强防汛准备"


def test_joint_bodies_names_over_the_subject_line_name_the_issuers_where_none_signs(corpus_plan):
    # a joint notice's 版头 one name a line (blind69 ea_06): `中共廊坊市委` / `廊坊市人民政府` / `关于印发《…纲要` / `(2010—2020年)》的通知`
    assert corpus_plan("blind69/docs/ea_06.ofd").meta.issuer == "中共廊坊市委、廊坊市人民政府"
    # one body's name over its subject is the title's first line, no issuer (blind6 bn_07 under its 文号, blind12 bv_01)
    assert corpus_plan("blind6/docs/bn_07.html").meta.issuer is None
    assert corpus_plan("blind12/docs/bv_01.txt").meta.issuer is None
