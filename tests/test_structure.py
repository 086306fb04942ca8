"""Official-document structure: GB/T 9704 elements, parts, body ranges and the outline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.document import RawBlock, RawDocument
from extractor.pipeline import parse, parse_raw

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

FULL_NOTICE = """\
000123
秘密★1年
特急
某某市农业农村局文件
某农发〔2024〕15号 签发人：张某某
某某市农业农村局
关于印发《2024年农产品质量安全监管工作要点》的通知
各县（市、区）农业农村局，局机关各科室：
现将《2024年农产品质量安全监管工作要点》印发给你们，请结合实际认真贯彻落实。
附件：1.2024年农产品质量安全监管工作要点
2.重点任务分工表
某某市农业农村局
二〇二四年三月五日
（此件公开发布）
2024年农产品质量安全监管工作要点
一、强化监测预警
（一）扩大监测范围。全年完成定量检测2000批次。
（二）加强结果运用。及时通报问题产品。
二、推进能力建设
1.加快检测机构“双认证”。年底前全部通过。
2.组织技能竞赛
附件2
重点任务分工表
抄送：市委农办，市市场监管局。
某某市农业农村局办公室 2024年3月6日印发
"""


def raw_text(text: str) -> RawDocument:
    return RawDocument([RawBlock("para", x) for x in text.splitlines() if x.strip()], "text")


@pytest.fixture(scope="module")
def full():
    return parse_raw(raw_text(FULL_NOTICE))


def test_every_header_element_is_recognised(full):
    m = full.meta
    assert (m.copy_number, m.secrecy, m.urgency) == ("000123", "秘密★1年", "特急")
    assert m.letterhead == "某某市农业农村局文件"
    assert (m.doc_number, m.signer) == ("某农发〔2024〕15号", "张某某")
    # the issuer on its own line above `关于…` belongs to the title
    assert m.title == "某某市农业农村局关于印发《2024年农产品质量安全监管工作要点》的通知"
    assert m.recipients == ["各县（市、区）农业农村局", "局机关各科室"]


def test_every_closing_element_is_recognised(full):
    m = full.meta
    assert (m.issuer, m.date, m.note) == ("某某市农业农村局", "2024-03-05", "（此件公开发布）")
    assert m.attachments == ["2024年农产品质量安全监管工作要点", "重点任务分工表"]
    assert m.cc == ["市委农办", "市市场监管局"]
    assert (m.printed_by, m.printed_date) == ("某某市农业农村局办公室", "2024-03-06")


def test_forwarded_plan_and_attachment_are_parts_with_their_own_outline(full):
    kinds = [(p.kind, p.title) for p in full.parts]
    assert kinds == [("notice", full.meta.title), ("plan", "2024年农产品质量安全监管工作要点"),
                     ("attachment", "重点任务分工表")]
    plan = full.parts[1]
    tree = [(n.level, n.marker, n.heading, [(c.level, c.marker, c.heading) for c in n.children]) for n in plan.outline]
    assert tree == [
        (1, "一、", "强化监测预警", [(2, "（一）", "扩大监测范围"), (2, "（二）", "加强结果运用")]),
        (1, "二、", "推进能力建设", [(2, "1.", "加快检测机构“双认证”"), (2, "2.", "组织技能竞赛")]),
    ]
    assert plan.outline[0].children[0].text == "全年完成定量检测2000批次。"


def test_forwarded_plan_whose_title_a_page_wrapped_closes_the_notice():
    # the OFD of blind24 ch_07 wraps the plan's title (`…体制改革下步工作` over a centered `要点`): joined, it is the name
    # the notice forwards, so the plan is a part of its own and the date above it closes the notice
    plan = parse(CORPUS / "blind24/docs/ch_07.ofd")
    assert [(p.kind, p.title) for p in plan.parts][1] == ("plan", "2015年全市深化医药卫生体制改革下步工作要点")
    assert plan.meta.date == "2015-09-17"


def test_body_excludes_header_signature_and_closing_lines(full):
    body = "".join(full.text[s:e] for s, e in full.body)
    assert "现将《2024年" in body and "扩大监测范围" in body
    for outside in ("某农发〔2024〕15号", "二〇二四年三月五日", "此件公开发布", "抄送", "3月6日印发", "附件：1."):
        assert outside not in body
    assert full.cc_range and full.text[slice(*full.cc_range)].startswith("抄送")


def test_title_wrapped_over_two_centred_lines_is_one_title():
    raw = RawDocument([RawBlock("para", "关于开展2024年农产品质量安全", style="centered"),
                       RawBlock("para", "专项整治行动的通知", style="centered"),
                       RawBlock("para", "各县农业农村局："),
                       RawBlock("para", "现将有关事项通知如下。")], "pdf")
    notice = parse_raw(raw)
    assert notice.meta.title == "关于开展2024年农产品质量安全专项整治行动的通知"
    assert notice.meta.recipients == ["各县农业农村局"]


def test_long_list_item_without_heading_is_not_a_section():
    notice = parse_raw(raw_text("关于做好监测工作的通知\n各单位：\n一、工作任务\n"
                                "1.组织开展农产品质量安全例行监测和监督抽查并及时上报监测数据和问题线索\n"
                                "2.加强培训。每季度组织一次。"))
    headings = [(n.level, n.heading) for n in notice.sections()]
    assert headings == [(1, "工作任务"), (2, "加强培训")]


def test_a_label_after_sentences_heads_its_item_under_a_section_only():
    # blind23 cg_08 (a Taiwan county's 函): `(三)注意事項:` after two requests, under `四、申請作業期程及注意事項:`
    nested = parse_raw(raw_text(
        "关于补助成立本土文化社团的函\n四、申请作业期程及注意事项:\n"
        "(一)请有意申请学校于113年4月29日(星期一)前,填具申请表一式2份,寄至本局汇办。\n"
        "(二)为利了解本土文化社团推动及运作内容,请务必依计划运作之社团,选填类别并填写项目。\n"
        "(三)注意事项:未依规定办理或未完备者,不予受理。\n"
        "(四)受补助之学校应于113年8月9日(星期三)前办理结案,经费核销事宜依规定办理。"))
    assert [(n.level, n.heading) for n in nested.sections()] == [(1, "申请作业期程及注意事项"), (2, "注意事项")]
    # blind10 bt_01: the same label in the top-level list of a 說明 is one more of its sentences
    top = parse_raw(raw_text(
        "关于调查补助家长会费的函\n一、依据教育部国民及学前教育署106年1月24日函办理。\n"
        "二、除家长会费外,本府已全面补助所属国民中小学学生代收代办费,故本案仅补助家长会费。\n"
        "三、填报说明:「调查表」内含分页表格,请确实依据国中小别填写并上传。\n"
        "四、倘有接受其他单位或私人补助经费者,请于备注栏填写单位。"))
    assert top.sections() == []


def test_labelled_fields_that_run_on_as_lists_are_entries_of_their_list():
    # blind27 ck_03: the first category of attendees, a label whose value is a list, over sentences of its list
    attendees = parse_raw(raw_text(
        "关于召开社会服务工作现场会的预备通知\n民盟各市委会:\n一、参会人员\n"
        "(一)特邀领导:民盟中央分管领导,中共山东省委统战部领导,中共临沂市委和统战部领导。\n"
        "(二)民盟各市委会分管社会服务工作的副主委、驻会领导及设有社会服务工作部门的负责同志。\n"
        "(三)省直基层主委(部分)。\n二、会议要求\n请各市委会准备交流材料,并于8月26日前上报。"))
    assert [(n.level, n.heading) for n in attendees.sections()] == [(1, "参会人员"), (1, "会议要求")]
    # blind15 by_09: the same over entries closed by `;`
    members = parse_raw(raw_text(
        "关于召开迎检工作会议的通知\n各镇、街道党工委:\n三、参加人员:\n"
        "1、区创建领导小组第一副组长:张少初,常务副组长:王国华、王申峰,副组长:周巍、祁海龙。\n"
        "2、区级机关各部门主要领导;\n3、各镇、街道主要领导1名;\n四、会议内容:\n1、播放PPT。"))
    assert [n.heading for n in members.sections()] == ["参加人员", "会议内容"]
    # blind26 cj_03: labelled fields closed by `;` are entries of a list in semicolons
    fields = parse_raw(raw_text(
        "鄂城区区委书记大接访活动公告\n中共鄂城区委决定开展第四轮区委书记大接访活动,现就有关事项公告如下:\n"
        "1.时间:1月22日(星期一)上午9:00—11:00;\n2.地点:各乡镇人民政府大院内;\n"
        "3.接访人员:中共鄂城区委书记刘厚文率区委、区人大、区政府、区政协领导和各村党组织负责人。\n"
        "请来访群众于1月21日上午前到所在地乡镇政府值班室预约登记。"))
    assert fields.sections() == []
    # at the notice's top level a label over its list stays a heading (blind3 bf_10)
    top = parse_raw(raw_text(
        "关于建立政府工作落实情况报告制度的通知\n各区(市)县政府,市政府各部门:\n"
        "一、报告内容:工业、对外开放、科技、城市环境综合整治等重要工作、重大项目的落实情况,包括进度、经验、问题及建议。\n"
        "一、已经完成的重要工作、重大项目要认真总结,向市政府专题报告。"))
    assert [n.heading for n in top.sections()] == ["报告内容"]
    # labels whose values are no lists stay headings
    labels = parse_raw(raw_text("关于召开会议的通知\n各单位:\n一、会议时间:3月5日下午。\n二、会议地点:区会展中心。"))
    assert [n.heading for n in labels.sections()] == ["会议时间", "会议地点"]


def test_an_excerpt_cut_after_its_last_heading_keeps_that_heading():
    # blind21 ce_03 (国办函〔2015〕65号 as a page printed it): the text ends at `三、高度重视整改工作。`
    cut = parse_raw(raw_text(
        "关于对国务院第二次大督查发现问题进行整改的通知\n各省、自治区、直辖市人民政府:\n"
        "一、报送整改方案。各有关地区和部门要针对存在的问题,逐一制定整改方案。\n"
        "二、报告整改结果。整改报告请于2015年12月31日前报国务院。\n三、高度重视整改工作。"))
    assert [n.heading for n in cut.sections()] == ["报送整改方案", "报告整改结果", "高度重视整改工作"]
    # blind8 br_03: cut at a comma, `三要加强督促检查,`
    comma = parse_raw(raw_text(
        "关于印发责任清单的通知\n各乡镇人民政府:\n一要统一思想,提高认识。各乡镇、各部门要把落实各项目标任务摆在突出位置。\n"
        "二要强化责任分工,注重协作配合。各乡镇、各部门要迅速行动。\n三要加强督促检查,"))
    assert [n.heading for n in comma.sections()][-1] == "加强督促检查"
    # a whole sentence closing a list of bare headings stays a sentence
    closing = parse_raw(raw_text("关于印发管理办法的通知\n各单位:\n一、总则\n本办法适用于全市。\n二、附则\n本办法由市局负责解释。\n三、本办法自印发之日起施行。"))
    assert [n.heading for n in closing.sections()] == ["总则", "附则"]


def test_saved_web_page_keeps_the_notice_and_drops_the_frame():
    plan = parse(CORPUS / "002_4021ee62b1c374d3.txt")
    body = "".join(plan.text[s:e] for s, e in parse_raw(raw_text(
        (CORPUS / "002_4021ee62b1c374d3.txt").read_text(encoding="utf-8"))).body)
    assert plan.meta.title == "山西省农业农村厅办公室开展农产品质量安全检验检测机构“双认证”攻坚行动"
    assert (plan.meta.issuer, plan.meta.date) == ("山西省农业农村厅办公室", "2023-04-13")
    assert plan.meta.attachments == ["省厅包联表.doc", "检测机构帮扶表.doc"]
    for frame in ("投稿", "分享到", "导读", "版权与免责声明", "dahua1981", "2023/04/19"):
        assert frame not in body
    assert "联系人:韩斌" in body


@pytest.mark.parametrize("stem", sorted(p.stem for p in CORPUS.glob("*.txt")))
def test_corpus_meta_and_sections_match_gold(stem):
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    plan = parse(CORPUS / f"{stem}.txt")
    for key in ("title", "doc_number", "issuer", "date"):
        assert getattr(plan.meta, key) == gold["meta"][key], key
    assert plan.meta.recipients == gold["meta"]["recipients"]
    assert plan.meta.cc == gold["meta"]["cc"]

    def flat(sections):
        for s in sections:
            yield s.level, s.heading
            yield from flat(s.children)

    assert list(flat(plan.sections)) == [(s["level"], s["heading"]) for s in gold["sections"]]


def test_doc_number_below_the_title_on_a_saved_page():
    notice = parse_raw(raw_text("阳曲县人民政府办公室\n关于印发阳曲县2024年农产品质量安全提升行动工作方案的通知\n"
                                "晋政办发〔2024〕21号\n各乡镇人民政府，县直有关单位：\n现印发给你们，请认真抓好落实。\n"
                                "阳曲县人民政府办公室\n2024年3月18日"))
    m = notice.meta
    assert (m.doc_number, m.issuer, m.date) == ("晋政办发〔2024〕21号", "阳曲县人民政府办公室", "2024-03-18")
    assert m.title == "阳曲县人民政府办公室关于印发阳曲县2024年农产品质量安全提升行动工作方案的通知"
    assert m.recipients == ["各乡镇人民政府", "县直有关单位"]


def test_portal_info_block_fills_meta_and_stays_out_of_the_body():
    text = ("索引号：11140000MB0000000X/2023-00123\n发文机关：山西省农业农村厅\n成文日期：2023-04-13\n"
            "标题：山西省农业农村厅关于开展农产品质量安全检验检测机构“双认证”攻坚行动的通知\n发文字号：晋农质监发〔2023〕5号\n"
            "关于开展农产品质量安全检验检测机构“双认证”攻坚行动的通知\n各市农业农村局：\n一、总体要求\n力争年底前完成。")
    notice = parse_raw(raw_text(text))
    m = notice.meta
    assert m.title == "山西省农业农村厅关于开展农产品质量安全检验检测机构“双认证”攻坚行动的通知"
    assert (m.doc_number, m.issuer, m.date) == ("晋农质监发〔2023〕5号", "山西省农业农村厅", "2023-04-13")
    assert m.recipients == ["各市农业农村局"]
    body = "".join(notice.text[s:e] for s, e in notice.body)
    assert "索引号" not in body and body.startswith("一、总体要求")


def test_portal_info_block_as_a_table():
    raw = RawDocument([RawBlock("table", rows=[["索引号：", "000014349/2023-00012", "主题分类：", "农业"],
                                               ["发文机关：", "国务院办公厅", "成文日期：", "2023年03月02日"],
                                               ["标题：", "国务院办公厅关于印发某某工作方案的通知", "", ""],
                                               ["发文字号：", "国办发〔2023〕5号", "发布日期：", "2023年03月06日"]]),
                       RawBlock("para", "国务院办公厅关于印发某某工作方案的通知"),
                       RawBlock("para", "各省、自治区、直辖市人民政府："),
                       RawBlock("para", "现将《某某工作方案》印发给你们，请认真贯彻执行。")], "html")
    m = parse_raw(raw).meta
    assert (m.doc_number, m.issuer, m.date) == ("国办发〔2023〕5号", "国务院办公厅", "2023-03-02")
    assert m.recipients == ["各省", "自治区", "直辖市人民政府"]


def _outline(plan) -> list[tuple[int, str, str]]:
    out = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.marker, s.heading))
            walk(s.children)
    walk(plan.sections)
    return out


def test_decimal_outline_of_an_emergency_plan_after_its_table_of_contents():
    """牟定县 (牟政办发〔2017〕46号, a portal page): the plan's contents list its headings (numbers of the top
    level lost), then the body numbers them `1总则` over `1.1编制目的`: the body's outline only, nested."""
    plan = parse(ROOT / "corpus" / "blind_tw_hk" / "docs" / "cn_03.txt")
    assert _outline(plan) == [(1, "1", "总则"), (2, "1.1", "编制目的"), (2, "1.2", "编制依据")]


def test_a_table_of_contents_with_dot_leaders_makes_no_sections():
    """明溪县 (明政办〔2016〕82号): `1总则……3`, `1.1编制目的……3` are the contents' entries, not headings."""
    text = ("明溪县食品安全事故应急预案\n目录\n1总则……………………………………3\n1.1编制目的……………………………3\n"
            "1.2编制依据……………………………3\n2组织机构及职责………………………5\n2.1指挥部设置…………………………5\n"
            "1总则\n1.1编制目的\n为建立健全应对食品安全事故运行机制，有效预防、积极应对食品安全事故，制定本预案。\n")
    assert _outline(parse(text.encode("utf-8"), filename="x.txt")) == [(1, "1", "总则"), (2, "1.1", "编制目的")]


@pytest.mark.parametrize("line", ["2.5亿元用于支持县域农产品质量安全检测能力建设。", "1.5倍以上的，按规定处理。",
                                  "3月底前完成自查。"])
def test_amounts_and_dates_at_a_line_start_are_no_decimal_headings(line):
    text = f"一、工作任务\n{line}\n二、工作要求\n各单位要高度重视。\n"
    assert [h for _, _, h in _outline(parse(text.encode("utf-8"), filename="x.txt"))] == ["工作任务", "工作要求"]


def test_a_portals_reading_aid_is_no_addressee_line():
    """平江县's portal (岳办发〔2017〕2号) prints `视力保护色:` between the page's date and the 主送 line."""
    text = ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n"
            "来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【\n视力保护色:\n浏览量:\n"
            "各县市区委、人民政府,岳阳经济技术开发区,市直各单位:\n"
            "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。\n"
            "中共岳阳市委办公室\n岳阳市人民政府办公室\n2017年1月10日\n")
    meta = parse(text.encode("utf-8"), filename="x.txt").meta
    assert meta.recipients == ["各县市区委", "人民政府", "岳阳经济技术开发区", "市直各单位"]
    assert (meta.doc_number, meta.date) == ("岳办发〔2017〕2号", "2017-01-10")


def test_a_pages_title_ending_in_the_sites_name_is_frame():
    # 湖南省人民政府门户网站 (blind6 bn_01): the saved page's <title> over the headline it repeats
    notice = parse_raw(raw_text("湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站\n"
                                "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n"
                                "湘政发〔2019〕1号\n省直和中央在湘有关单位:\n现就重点工作提出部门分工意见如下:"))
    assert notice.meta.title == "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见"


def test_a_number_opening_a_run_line_with_the_addressees():
    # a periodical site's excerpt (blind6 bn_11); a number before a title stays a crawler's page title (blind bl_11)
    notice = parse_raw(raw_text("汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将有关意见转发给你们,请一并贯彻执行。"))
    assert notice.meta.doc_number == "汕府办[2015]29号"
    assert notice.meta.recipients == ["各县(市、区)人民政府", "市政府各部门", "各直属机构"]


def test_the_first_of_a_list_of_sentences_is_no_section():
    # 国务院 批复 (blind6 bn_12): the first item's comma and its sentence siblings; a heading over sentences stays one
    notice = parse_raw(raw_text("国务院关于同意湖北省监利县撤县设市的批复\n湖北省人民政府:\n现批复如下:\n"
                                "一、同意撤销监利县,设立玉沙市。玉沙市以原监利县的行政区划为玉沙市的行政区划。\n"
                                "二、新设立的玉沙市,人民政府驻容城镇。\n三、原隶属关系不变,请你们认真做好有关工作。"))
    assert notice.sections() == []
    notice = parse_raw(raw_text("关于做好监测工作的通知\n各单位：\n一、加强领导，落实责任。各地要成立专班。\n"
                                "二、加强培训。每季度组织一次。"))
    assert [n.heading for n in notice.sections()] == ["加强领导，落实责任", "加强培训"]


def test_points_numbered_by_shi_head_their_items():
    # 南漳镇 2023年工作计划 (blind19 cc_01): `一是…。` lines are the outline's top, as `一要` (br_03, br_10)
    notice = parse_raw(raw_text("南漳镇人民政府2023年工作计划\n一是扎实推进产业强镇。乡村振兴,产业先行。\n"
                                "(一)中药材种植产业园项目:该项目位于我镇东王内村,总投资120万元。\n"
                                "(二)西瓜种植产业园项目:该项目位于我镇北漳村,总投资400万元。\n"
                                "二是全面推进党的建设。组织好、开展好学习贯彻党的二十大精神系列活动。"))
    assert [(n.level, n.heading) for n in notice.sections()] == [
        (1, "扎实推进产业强镇"), (2, "中药材种植产业园项目"), (2, "西瓜种植产业园项目"), (1, "全面推进党的建设")]


def test_a_short_heading_run_on_after_sentences_of_its_list():
    # blind19 cc_06 and blind15 by_01: a topic after sentences of its list heads its text; a task said in one short
    # sentence after such tasks is one more (blind8 br_02); a series of posts in the first item over requests is one
    # of them (by_01 `1.请市政府市长、副市长、秘书长参加。…`)
    notice = parse_raw(raw_text("关于督查情况的通报\n各单位:\n"
                                "1.未见到县上对推进会的会议精神和相关文件的传达、落实和安排部署情况。\n"
                                "2.去年底就全面安排的迎检方案、路线等,虽经多次督促,至今仍未形成系统化的方案。\n"
                                "3.宣传氛围未形成。一是群众对创森工作的理解存在偏差。"))
    assert [n.heading for n in notice.sections()] == ["宣传氛围未形成"]
    notice = parse_raw(raw_text("关于印发任务分解的通知\n各单位:\n一、县示范区管委会牵头工作(8项)\n"
                                "1.投资3000万元建设养殖基地。\n2.打造食用菌酵素生产基地。\n"
                                "3.建设3个劳动密集型产业园。推动30条生产线投产,培育服装加工产业园。"))
    assert [n.heading for n in notice.sections()] == ["县示范区管委会牵头工作(8项)"]
    notice = parse_raw(raw_text("关于召开市政府常务会议的通知\n各单位:\n"
                                "1.请市政府市长、副市长、秘书长参加。邀请市人大常委会负责同志列席会议。\n"
                                "2.请市政府副秘书长,市司法局负责同志列席会议。\n"
                                "3.请各列席单位自行下载议题材料,相关内容不得外泄。\n"
                                "4.汇报要求。各单位汇报材料原则上不超过1500字。"))
    assert [n.heading for n in notice.sections()] == ["汇报要求"]


def test_an_entry_followed_on_its_line_by_its_contact_is_no_heading():
    # blind11 bu_02 (a quota list under `三、数量要求`), as br_08's `1.…。(牵头单位:…)`: the entry's own field on its line;
    # a short label over its contact stays a heading
    notice = parse_raw(raw_text("关于报送作品的通知\n各单位：\n三、数量要求\n"
                                "1.各中小学校至少报送教师组作品1个、学生组作品4个。联系人:申老师,报送邮箱:229673791@qq.com。\n"
                                "2.各幼儿园至少报送教师组作品1个。联系人:吴老师,报送邮箱:61298620@qq.com。\n"
                                "四、联系方式。联系人:周科长,电话:12345678。\n各单位报送作品时,同时报送汇总表。"))
    assert [(n.level, n.heading) for n in notice.sections()] == [(1, "数量要求"), (1, "联系方式")]


def test_a_signature_date_that_lost_its_year_and_month_marks():
    """blind11 bu_01's `2020928` reads one way only; blind8 br_09's `2022121日` two ways (01-21, 12-01), and the page's
    `发布日期:2022-01-21` keeps the one on or before it; a cell's date may carry its time of day (blind9 bs_06)."""
    from extractor.structure import _iso_date, compact_readings, read_date
    assert read_date("2020928")[0] == "2020-09-28"
    assert compact_readings("2022121日") == ["2022-01-21", "2022-12-01"]
    assert read_date("2022121日")[0] is None
    assert _iso_date("2022-01-30 16:20") == "2022-01-30"
    for path, date in (("blind8/docs/br_09.txt", "2022-01-21"), ("blind11/docs/bu_01.txt", "2020-09-28")):
        plan = parse(CORPUS / path)
        assert plan.meta.date == date


def test_a_title_wrapped_after_its_issuers_verb_and_a_number_line_with_its_date():
    """blind7 bq_04: `鹤岗市人民政府 鹤岗市中级人民法院印发` over `关于完善…的通知` is one title (a verb ends no title);
    blind12 bv_02: `川办发〔2009〕59号 二○○九年十二月八日` gives the number and the date."""
    meta = parse(CORPUS / "blind7/docs/bq_04.txt").meta
    assert meta.title == "鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知"
    meta = parse(CORPUS / "blind12/docs/bv_02.docx").meta
    assert (meta.doc_number, meta.date) == ("川办发〔2009〕59号", "2009-12-08")


def test_a_numbered_item_naming_a_day_is_no_heading():
    # blind14 bx_07's 作業時程 (dated steps) and blind13 bw_08's `一、市教育局于1月8日至22日接受首次申报,…` (a sentence run on
    # to the next line); the heading over the schedule stays one
    notice = parse_raw(raw_text("关于推荐计划的通知\n各单位：\n三、本校作业时程如下:\n"
                                "(一)113年9月10日(星期二)前:符合资格并有意申请之教师提交构想书1份。\n"
                                "(二)113年9月18日(星期三)前:研究发展处召开会议确认本校拟推荐计划。\n"
                                "四、市教育局于1月8日至22日接受首次申报,申报举办\n单位可登陆官网查询了解相关工作要求。\n"
                                "五、工作要求\n各单位要高度重视。"))
    assert [n.heading for n in notice.sections()] == ["本校作业时程如下", "工作要求"]


def test_a_numbered_item_saying_who_is_to_do_what_is_no_heading():
    # blind13 bw_08's `二、各区教育局要参照…管理办法。同时,…`; the headings 主要任务, 工作要求 keep their 要
    notice = parse_raw(raw_text("关于做好竞赛活动相关工作的通知\n各区教育局：\n一、主要任务\n加强管理。\n"
                                "二、各区教育局要参照市的管理办法制定出台本区竞赛活动管理办法。同时,各区要切实规范治理。\n"
                                "三、工作要求\n各单位要高度重视。"))
    assert [n.heading for n in notice.sections()] == ["主要任务", "工作要求"]


def test_a_numbered_item_that_bars_or_binds_is_no_heading():
    # blind15 by_06's `1.参会人员原则上不得请假。如需请假,…`; a meeting's rules `二、会议期间一律佩戴出席证…`
    notice = parse_raw(raw_text("关于召开安全工作会议的通知\n各学校：\n一、培训时间\n3月5日上午。\n二、有关要求\n"
                                "1.参会人员原则上不得请假。如需请假,请以书面形式报政策法规科。\n"
                                "2.会议期间一律佩戴出席证。证件要妥善保管。\n三、严禁事项\n会场内严禁吸烟。"))
    assert [n.heading for n in notice.sections()] == ["培训时间", "有关要求", "严禁事项"]


def test_a_macau_gazette_act_is_titled_under_its_number_line():
    # Boletim Oficial pages (blind14 bx_01, bx_03): the gazette's section heading is no title; a 公告's headline stands
    # under its number line, a 批示 is titled by its number
    notice = parse_raw(raw_text("第36期\n政府机关通告及公告\n澳门特别行政区\n市政署\n公告\n第004/DGF/2023号公开咨询\n"
                                "为市政署辖下地点设置自助售卖机\n按照市政署市政管理委员会决议,现就有关事项进行公开咨询。"))
    assert (notice.meta.title, notice.meta.doc_number) == ("为市政署辖下地点设置自助售卖机", "第004/DGF/2023号公开咨询")
    notice = parse_raw(raw_text("澳门特别行政区\n行政长官办公室\n第98/2000号行政长官批示\n"
                                "行政长官行使《澳门特别行政区基本法》第五十条赋予的职权,作出本批示。\n"
                                "一、设立一个直属于行政长官的工作小组。\n二零零零年五月二十九日\n行政长官何厚铧"))
    assert (notice.meta.title, notice.meta.doc_number) == ("第98/2000号行政长官批示", "第98/2000号行政长官批示")


def test_a_meeting_record_is_issued_by_the_body_its_title_opens_with():
    # nobody signs a meeting record: the body before `第N次` holds the meeting (blind16 bz_04, blind18 cb_02, its count's
    # digits spaced by the source)
    record = parse("臺南市政府工務局第 1 6 次局務會議紀錄\n1、開會時間:中華民國101年5月24日星期四下午4時30分\n"
                   "2、開會地點:臺南市政府永華行政中心行政大樓2樓會議室\n".encode("big5"), filename="record.txt")
    assert record.meta.issuer == "台南市政府工务局"
    # a 通知 whose signature is lost is not given its title's body
    notice = parse("鄂温克族自治旗人民政府办公室关于印发某某实施方案的通知\n各苏木乡镇人民政府：\n现将方案印发给你们，请认真贯彻执行。\n".encode(),
                   filename="notice.txt")
    assert notice.meta.issuer is None


def test_a_signature_short_name_takes_the_titles_fuller_form():
    # blind3 bf_11: titled `绛县人民政府办公室关于…`, signed `县人民政府办公室`
    plan = parse("绛县人民政府办公室关于印发绛县促进专业镇高质量发展实施方案的通知\n各乡镇人民政府，县直各有关单位：\n"
                 "现将《绛县促进专业镇高质量发展实施方案》印发给你们，请认真贯彻落实。\n县人民政府办公室\n2022年8月1日\n".encode(),
                 filename="notice.txt")
    assert plan.meta.issuer == "绛县人民政府办公室"


def test_an_announcing_heading_with_its_items_run_on_after_the_colon():
    # blind18 cb_03 `二、比賽活動資訊說明如下: (一)…。(二)…` heads its run-on items as blind10 bt_05's heading over its
    # items a line each; a body's make-up and a list of names run on after the colon stay sentences (blind bl_09)
    notice = parse_raw(raw_text("关于办理竞赛的函\n各学校：\n一、依据本府函办理。\n"
                                "二、比赛活动资讯说明如下: (一)竞赛活动分为国小组、国高中组等8组。(二)初赛报名时间自即日起至4月30日止。\n"
                                "三、市政府由下列人员组成:市长、副市长、秘书长。\n"
                                "四、检附实施计划1份供参。"))
    assert [n.heading for n in notice.sections()] == ["比赛活动资讯说明如下"]


def test_six_digits_under_a_signature_are_its_date_but_a_postcode_under_an_address_stays_digits():
    # blind13 bw_11: `特此通知。` / `上海市宝山区人民政府办公室` / `202218` (2022年1月8日, 年月日 lost); a Shanghai postcode under the
    # office it addresses is no date
    notice = parse_raw(raw_text("关于做好实事项目工作的通知\n各镇人民政府：\n现将有关事项通知如下，请抓紧组织实施。\n特此通知。\n"
                                "上海市宝山区人民政府办公室\n202218"))
    assert (notice.meta.issuer, notice.meta.date) == ("上海市宝山区人民政府办公室", "2022-01-08")
    notice = parse_raw(raw_text("关于做好实事项目工作的通知\n各镇人民政府：\n现将有关事项通知如下，请抓紧组织实施。\n"
                                "材料寄送地址：\n上海市浦东新区科学技术委员会\n200135"))
    assert notice.meta.date != "2001-03-05"


def test_contents_under_their_heading_in_an_excerpt_that_ends_inside_them():
    """blind24 ch_03 (绩溪县防汛抗旱应急预案 on 上庄镇's portal): the page ends inside the plan's contents, so no entry
    comes again with its text; standing under `目录`, they are contents, not headings."""
    text = ("绩溪县防汛抗旱应急预案\n目录\n1总则\n1.1编制目的\n1.2编制依据\n1.3适用范围\n1.4工作原则\n2组织指挥体系\n"
            "2.1县防洪抗旱指挥部及职责\n2.2县防洪抗旱指挥部办公室及职责\n3汛(旱)前准备\n3.1责任落实\n3.2应急预案\n")
    assert _outline(parse(text.encode("utf-8"), filename="x.txt")) == []


def test_a_numbered_item_with_a_statements_grammar_is_no_heading():
    """The anaphoric 该 (blind23 cg_07 `一、该工程已由我委…批复…。`), a label's copula 为 (blind21 ce_12 `2、会议报到时间为
    28日（星期五）下午5时前。`), a limit stated as a rule (blind14 bx_05 `(二)执行期限最长以1年为原则。`) and a modal after
    the subject's comma (dev he_06 `1.追缴气费…剩余金额，可纳入奖励金。`) make a sentence run on into its paragraph, no
    heading; the headings 基本原则, 会议时间和地点 and a heading with its comma stay."""
    notice = parse_raw(raw_text("关于调整工程初步设计的批复\n市城乡建设局:\n一、基本原则\n坚持节约。\n"
                                "二、该工程已由我委以常发改〔20xx〕511号文批复项目初步设计。鉴于该项目资金来源等发生变化,原则同意调整。\n"
                                "三、会议时间和地点\n"
                                "1、会议报到时间为28日（星期五）下午5时前。市科技局处室负责人随分管局长报到。\n"
                                "2、执行期限最长以1年为原则。除计划确有延续性必要者,方考虑申请多年期计划。\n"
                                "3、追缴气费回款总额扣除气费成本后剩余金额，可纳入奖励金。奖励金按照阶梯发放。\n"
                                "四、强化协作，主动作为。各部门加强配合。"))
    assert [n.heading for n in notice.sections()] == ["基本原则", "会议时间和地点", "强化协作，主动作为"]
    for path, sentence in (("blind23/docs/cg_07.ofd", "该工程"), ("dev/docs/hf_04.txt", "对该第三地区公司"),
                           ("blind21/docs/ce_12.pdf", "会议报到时间"), ("blind14/docs/bx_05.txt", "执行期限"),
                           ("dev/docs/he_06.pdf", "追缴气费")):
        assert not any(h.startswith(sentence) for _, _, h in _outline(parse(CORPUS / path))), path


def test_items_that_say_where_to_send_or_what_a_delegation_covers_are_sentences():
    """A clause whose destination follows its colon (`信函邮寄至:…`, blind25 ci_04; `…将意见传真至:…`, blind21 ce_08) and a
    批示's delegation whose verb takes `下列…` (`轉授予…作出下列行為的權限:`, blind25 ci_07) are no headings; a topic's
    `…如下:` over its items is one (blind10 bt_05)."""
    text = ("宁津县交通运输局关于征求意见的公告\n一、征求意见的时间\n2023年3月6日至2023年4月5日。\n三、意见反馈的途径\n"
            "（一）信函邮寄至：宁津县交通运输局，邮编：253400（收）。\n二拨打电话：0534-5426690，反馈意见。\n"
            "（三）邮箱:njjtysjghk@dz.shandong.cn\n来稿请注明作者姓名、工作单位、联系方式。\n")
    headings = [h for _, _, h in _outline(parse(text.encode("utf-8"), filename="x.txt"))]
    assert headings[:2] == ["征求意见的时间", "意见反馈的途径"] and "信函邮寄至" not in headings
    text = ("掌起镇人民政府关于征求意见的公告\n公众可在2023年12月24日前,通过以下途径和方式提出意见:\n"
            "一、通过本页面下方“我有建议”,将意见通过网络直接反馈;\n"
            "二、通过传真方式将意见传真至:0574-63742033,并请在传真件上注明“意见反馈”字样;\n"
            "三、通过信函方式将意见邮寄至:慈溪市掌起镇横街509号,邮政编码:315313,并请在信封上注明“意见反馈”字样。\n")
    assert _outline(parse(text.encode("utf-8"), filename="x.txt")) == []
    plan = parse(CORPUS / "blind25" / "docs" / "ci_07.txt")
    assert not any("转授予" in s.heading for s in plan.sections)
    plan = parse(CORPUS / "blind10" / "docs" / "bt_05.doc")
    assert (1, "本次受理申请方式说明如下") in {(s.level, s.heading) for s in plan.sections}


def test_a_marker_whose_comma_ocr_read_as_the_dot_radical():
    """blind3 bf_11 (a scan): OCR reads the marker's 、 as 丶 (`一丶指导思想`), as it does a list's (blind14 bx_04)."""
    text = "县促进专业镇高质量发展实施方案\n一丶指导思想\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。\n"
    assert _outline(parse(text.encode("utf-8"), filename="x.txt")) == [(1, "一丶", "指导思想")]


def test_a_clock_times_colon_ends_no_heading():
    """blind26 cj_02 (平湖 现场会 notice): `请参会人员于上午8:30前…` is a request of its list, not a heading `请参会人员于上午8`;
    the list's short headings run on after their 。 stay (`（一）现场观摩。上午观摩…`)."""
    text = ("关于召开现场会的通知\n二、会议时间、地点\n会议定于9月27日(周四),会期一天。\n"
            "（一）现场观摩。上午观摩曹桥街道愚桥村九园门、曹桥村西窑浜建设节点;\n"
            "（二）集中会议。下午在林埭镇政府5号楼3楼会议室召开会议。\n三、其他事项\n"
            "（一）请参会人员于上午8:30前到市政府平台集中出发(曹桥街道参会人员在愚桥村节点上车),原则上不得请假。\n"
            "（二）请曹桥街道、林埭镇做好现场观摩及“优美庭院”创建工作经验介绍准备,会议交流采用PPT形式;\n")
    headings = [h for _, _, h in _outline(parse(text.encode("utf-8"), filename="x.txt"))]
    assert headings == ["会议时间、地点", "现场观摩", "集中会议", "其他事项"]


def test_a_title_opening_with_the_body_its_printing_line_names_gives_the_issuer():
    # dev he_05 (a scan of 农业农村部办公厅's 意见, no signature left by the OCR: `202办年公厅23`): its title opens with the body
    # and its 版记 prints it (`农业农村部办公厅2025年1月24日印发`), as the seeds' 山阴县人民政府办公室 notice, signed too
    text = ("农业农村部办公厅关于加力推进农机购置\n与应用补贴“优机优补”“有进有出”的意见\n"
            "各省、自治区、直辖市及计划单列市农业农村（农牧)厅（局、委），新疆生产建设兵团农业农村局：\n"
            "为深入贯彻落实党中央、国务院有关部署要求，现提出以下意见。\n一、总体要求\n"
            "以习近平新时代中国特色社会主义思想为指导，加快建立健全工作机制。\n"
            "202办年公厅23\n农业农村部办公厅2025年1月24日印发\n")
    meta = parse(text.encode(), filename="he_05.txt").meta
    assert meta.printed_by == "农业农村部办公厅" and meta.issuer == "农业农村部办公厅"


@pytest.mark.parametrize("name, issuer", [
    # blind28 cl_02 (a university's 统战部 notice): `附件:“…”江浙沪知联会论坛方案` / `学校党委统战部` / `附件:` over the annex
    ("blind28/docs/cl_02.docx", "学校党委统战部"),
    # blind42 cz_01 (an industry alliance's meeting notice): `特此通知` / `成都市先进材料产业生态圈联盟秘书处` / `附件:` / `参会回执`
    ("blind42/docs/cz_01.txt", "成都市先进材料产业生态圈联盟秘书处"),
])
def test_a_body_signed_without_a_date_over_its_annex_header(corpus_plan, name, issuer):
    plan = corpus_plan(name)
    assert (plan.meta.issuer, plan.meta.date) == (issuer, None)


def test_joint_issuers_signing_a_notice_a_page_kept_above_its_plan(corpus_plan):
    # blind39 cw_05 (a document site's copy): `…认真贯彻执行。` / `中共北京市石景山区委办公室` / `北京市石景山区人民政府办公室` /
    # `2019年4月16日` over the 任务分解方案, one issuer a line as under a body (blind3 bf_06, blind17 ca_01)
    meta = corpus_plan("blind39/docs/cw_05.pdf").meta
    assert (meta.issuer, meta.date) == ("中共北京市石景山区委办公室、北京市石景山区人民政府办公室", "2019-04-16")
