"""Contacts on fragments of the corpus notices, and lines that belong to a web site's frame."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract import Found, snippet_notice
from extractor.extract.contacts import extract, run_snippet
from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def contacts(text: str) -> list[tuple]:
    return [(c.name, c.phone, c.email) for c in extract(snippet_notice(text), Found())]


def test_one_line_separated_by_commas():
    """001."""
    text = "未尽事宜，请与自治区农业农村厅农产品质量安全监管处联系。联系人：杨秀娟，联系电话：0771-2182793，电子邮箱：gxnyjgc@163.com。"
    assert contacts(text) == [("杨秀娟", "0771-2182793", "gxnyjgc@163.com")]


def test_spread_over_lines_without_phone():
    """002."""
    assert contacts("联系人:韩斌\n电子邮箱:sxncpjgj@126.com\n附件: 1.省厅包联表.doc") == [("韩斌", None, "sxncpjgj@126.com")]


def test_two_contacts_and_a_fax():
    text = "联系人：张 明，电话：(0351)1234567，传真：0351-7654321\n联系人：李 强，手机：13812345678"
    assert contacts(text) == [("张明", "(0351)1234567", None), ("李强", "13812345678", None)]


def test_phone_with_extension_and_local_number():
    assert contacts("联系电话：0351-4567890-8012") == [(None, "0351-4567890-8012", None)]
    assert contacts("值班电话：7654321") == [(None, "7654321", None)]
    # blind15 by_09: an extension in brackets is kept as printed; a bracket of office hours is no extension
    assert contacts("报区创建办,联系电话:82717780(8662)。") == [(None, "82717780(8662)", None)]
    assert contacts("联系电话：0371-68080828（8:30-17:30）") == [(None, "0371-68080828", None)]


def test_site_frame_lines_are_not_contacts():
    """002: the 投稿 lines of the web page before the notice."""
    text = "我要投稿\n投稿请发送邮件至:weidy@instrument.com.cn\n邮件标题请备注:投稿\n联系电话:010-51654077-8129\n二维码"
    assert run_snippet(text) == []


def test_contacts_outside_the_body_are_skipped():
    notice = snippet_notice("联系电话:010-51654077-8129\n正文开始\n联系人：韩斌\n电子邮箱：sxncpjgj@126.com")
    notice.body = [(notice.text.index("正文"), len(notice.text))]
    assert [c.email for c in extract(notice, Found())] == ["sxncpjgj@126.com"]


@pytest.mark.parametrize("text", [
    "按照《合格评定化学分析方法确认和验证指南》GB/T27417-2017要求开展方法验证",
    "2023年5月12日",
    "资金20231234567元",
    "联系人：省厅质量监管处",
])
def test_no_contact(text):
    assert run_snippet(text) == []


@pytest.mark.parametrize("stem,expected", [
    ("001_1c57926179cc4038", [("杨秀娟", "0771-2182793", "gxnyjgc@163.com")]),
    ("000_8aa947a709213af4", []),
    ("004_556863f20829d668", []),
])
def test_corpus(stem, expected):
    plan = parse(CORPUS / f"{stem}.txt")
    assert [(c.name, c.phone, c.email) for c in plan.contacts] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("联系人电话手机传真邮箱：:，\n 0123456789-()（）@.abc韩斌转"))
               | st.characters(exclude_categories=("Cs",)), max_size=80))
def test_never_raises(text):
    run_snippet(text)


# --- second annotation round: the real dev notices (corpus/dev) ------------------------------

def test_a_list_of_names_and_local_numbers():
    """he_02: 联系人和联系方式 opens a list, one contact per entry."""
    text = "联系人和联系方式：杨登峰，87189030；\n谷冬梅，87189073。"
    assert contacts(text) == [("杨登峰", "87189030", None), ("谷冬梅", "87189073", None)]


def test_hong_kong_enquiry_line_and_submission_address():
    """hf_01: the number to call with the officer named after it; the address forms are e-mailed to is none."""
    text = ("8.有兴趣参与试行计划的学校，请填妥附件一的学校申请表格，并于2026年3月20日或之前，电邮至science@edb.gov.hk"
            "或传真至2194 0678。\n查询\n10.如有查询，请致电3698 3522与教育局创新科技教育分部科学教育组张锦华博士联络。")
    assert contacts(text) == [("张锦华", "3698 3522", None)]


def test_taiwan_area_code_and_extension():
    """hf_04."""
    text = "八、受理單位窗口：本部技術處A+企業創新專案辦公室；電話：(02)23412314轉分機2211；網址：http://aiip.tdp.org.tw"
    assert [c[1] for c in contacts(text)] == ["(02)23412314转分机2211"]


def test_a_number_to_call_in_a_sentence_and_the_email_line_under_it_are_two_contacts():
    """blind10 bt_11 / blind9 bs_08 (one release): `致电1823` ends with its sentence; `电邮:` is a block of its own.
    A named block over several lines stays one contact (001, 002's `联系人` blocks)."""
    text = ("最后,市民如有紧急举报或有一般查询,亦可致电1823或透过电邮、邮递、传真等通知本组。\n"
            "电邮:icuebt@hd.gov.hk\n邮寄地址:九龙黄大仙龙翔道龙翔办公大楼八楼\n传真:3162 0069")
    assert contacts(text) == [(None, "1823", None), (None, None, "icuebt@hd.gov.hk")]
    named = "联系人：杨秀娟，联系电话：0771-2182793。\n电子邮箱：gxnyjgc@163.com"
    assert contacts(named) == [("杨秀娟", "0771-2182793", "gxnyjgc@163.com")]


def test_a_phone_and_fax_label_and_a_fax_after_a_number():
    """blind22: `电话及传真:` names a phone (cf_03); `66096337(传真)` is the fax (cf_05)."""
    assert contacts("请于5月20日前反馈。联系人:罗红卫;电话及传真:0791—6212395。") == [("罗红卫", "0791—6212395", None)]
    assert contacts("联系人:谢日光\n联系方式:(010)66097182、66096337(传真)\n电子邮箱:qggbb@moe.edu.cn") == [
        ("谢日光", "(010)66097182", "qggbb@moe.edu.cn")]
    assert contacts("联系电话:027-87328103,87328055(传真)。") == [(None, "027-87328103", None)]
    # without the mark both numbers stay (blind7 bq_10)
    assert contacts("请联络获派中学或教育局学位分配组(电话:2832 7700或2832 7740),以便作出适当的注册安排。") == [
        (None, "2832 7700", None), (None, "2832 7740", None)]


def test_a_consultations_feedback_mailbox_is_a_contact():
    """blind27 ck_01 and blind26 cj_05: the address opinions are e-mailed to is the notice's contact (ANNOTATION: an
    e-mail with no phone is its own entry); files sent in are not (blind17 ca_05, blind8 br_05)."""
    ck_01 = ("请你们组织研究提出宝贵意见和建议,并填写意见反馈表(见附件2),于2019年12月20日前,电子邮件发送至67959798@163.com,"
             "纸质件传真到63158289。逾期未反馈,视为无意见。")
    assert contacts(ck_01) == [(None, None, "67959798@163.com")]
    cj_05 = ("公众提交意见途径:可通过电子邮件将意见发送至695393616@qq.com,或者通过信函方式将意见邮寄至象山县西周镇人民政府,"
             "并留下您的姓名和联系方式,以便进一步联系沟通。\n联系人:董升;联系电话:0574-65833019。")
    assert contacts(cj_05) == [(None, None, "695393616@qq.com"), ("董升", "0574-65833019", None)]
    assert contacts("经单位主要负责同志审核把关加盖公章后,于11月20日前报县政府督查室(415房间)、电子版发送至邮箱zxzfdcs@126.com。") == []
    assert contacts("四、各承办单位在提交县政府办公室纸质答复函时,要将办复征询意见表一并提供,并将答复函的电子版传至"
                    "hzb7666@163.com邮箱,以便及时在政府网上公开。") == []


def test_a_numbered_item_starts_its_own_contact():
    """blind27 ck_05: the mailbox in the next item is a contact apart from the phone's (as blind26 cj_05's two)."""
    text = ("二、联系部门及方式:东至县住建局保障办,联系人及电话:徐健,0566-7028376。\n"
            "三、公众反馈及建议的途径:社会公众可通过电子邮件(邮箱:28582054@qq.com);邮寄(东至县住房和城乡建设局保障办,"
            "邮编247200)等形式反馈意见及建议。")
    assert contacts(text) == [("徐健", "0566-7028376", None), (None, None, "28582054@qq.com")]


def test_the_city_hotline_and_service_numbers_after_a_call_label():
    """上海市科委's 公示 (blind17 ca_11): the city's 12345 hotline with its area code, then two 800/400 service numbers each
    with its kind in brackets: three contacts. A ten-digit count with no label is no number to call."""
    text = "咨询电话:63584446(科技监督与诚信建设处)\n业务咨询请致电:021-12345、8008205114(座机)、4008205114(手机)。"
    assert [c[1] for c in contacts(text)] == ["63584446", "021-12345", "8008205114", "4008205114"]
    assert contacts("全年受理热线诉求8000123456件，办结率98%。") == []


def test_a_number_a_reposting_site_masked_is_kept_as_printed():
    """blind16 bz_11 (a 县's drought report on a template site) and blind31 co_02 (常州市武进区教育局's notice on a school's
    site) print their numbers with asterisks: one contact each, as printed; the masked fax beside it is none."""
    text = "縣救災辦聯系人:**\n聯系電話:4376****傳真:437****\n縣防汛抗旱指揮部辦公室聯系人:**\n聯系電話:4372****傳真:4373****"
    assert contacts(text) == [(None, "4376****", None), (None, "4372****", None)]
    assert contacts("联系人:张新东,联系电话:67****26。") == [("张新东", "67****26", None)]
    assert contacts("请于今日下午报送。传真:437****") == []


def test_taiwan_six_digit_numbers_and_a_spaced_dash_are_phones():
    """金沙鎮公所's 重陽節 item (blind32 cp_09) gives its 金門 number, six digits after the code, twice, printed two ways
    (`转217`, `转分机217`): one entry. 西南大学 研究生院's notice as its PDF lays it out (blind33 cq_02): `023 - 68366028`."""
    plan = parse(CORPUS / "blind32" / "docs" / "cp_09.txt")
    assert [c.phone for c in plan.contacts] == ["082-352150转217"]
    plan = parse(CORPUS / "blind33" / "docs" / "cq_02.txt")
    assert [(c.name, c.phone) for c in plan.contacts] == [("谭阳", "023 - 68366028")]
    assert contacts("联络人:蓝国扬\n联络电话:089-325301#203") == [("蓝国扬", "089-325301#203", None)]
    assert contacts("编号089325301。") == []


def test_a_taiwan_number_with_its_extension_under_a_label_run_into_it():
    """臺中 a school's 返校打掃 notice (blind34 cr_11): `電話分機04-22810010#304`, the label run into 分機, is a phone."""
    plan = parse(CORPUS / "blind34" / "docs" / next(p.name for p in (CORPUS / "blind34" / "docs").glob("cr_11.*")))
    assert [c.phone for c in plan.contacts] == ["04-22810010#304"]
    assert contacts("统一编号04-22810010。") == []


def test_taiwan_spaced_code_brackets_and_mobiles_in_three_groups():
    """A 臺南 school's notice forwarding 教育部's 校安中心 lines (asps.tn.edu.tw, 2026) types `( 02 ) 33437855 、 33437856`:
    two phones, the fax after its label none; a Taiwan mobile printed 4-3-3 is a phone."""
    text = "(一)教育部校安中心专线电话:( 02 ) 33437855 、 33437856 ;传真:( 02 ) 33437920 。"
    assert [c[1] for c in contacts(text)] == ["( 02 ) 33437855", "33437856"]
    assert [c[1] for c in contacts("联络人：林先生，手机：0939-836-183")] == ["0939-836-183"]


def test_a_places_card_gives_the_places_number_no_contact(corpus_plan):
    """社工局's five 社会工作中心 each with `(地址:…;电话:…)` after its name (blind30 cn_10, a PDF), then the notice's own
    `可致电社工局查询专线28367878`; the line layout of its typhoon item (`1. 青洲避風中心` / `地址:…` / `電話:28594471`,
    gov.mo 295470); a notice's own footer (`办公地址:` under a sentence) and a street address in brackets with no label
    (blind bl_03's `(太原市…桃园正街6号,联系电话:0351-4695666)`, its gold's contact) stay contacts."""
    assert [c.phone for c in corpus_plan("blind30/docs/cn_10.pdf").contacts] == ["28367878"]
    text = "社工局2间避风中心将于下午2时对外开放:\n1. 青洲避风中心\n地址:青洲大马路56号\n电话:28594471\n2. 氹仔及路环社会工作中心\n地址:氹仔地堡街泉福新村\n电话:28825623"
    assert contacts(text) == []
    text = "负责全镇政府信息公开的日常工作。\n办公地址:东宁市大肚川镇人民政府\n联系电话:0453-3761037"
    assert contacts(text) == [(None, "0453-3761037", None)]
    assert "0351-4695666" in [c.phone for c in corpus_plan("blind/docs/bl_03.txt").contacts]


def test_taiwan_numbers_after_qia_and_after_a_first_number(corpus_plan):
    """`服務詳情可洽南區公所04-22626105,或上南區公所網站…查詢` (blind41 cy_12): the number to call, the web site after it no
    frame; `服務電話: 03-9778900或03-9778225` (blind41 cy_11): both numbers; `報告電話為67912138、67921000` (blind41
    cy_06, a PDF)."""
    assert "04-22626105" in [c.phone for c in corpus_plan("blind41/docs/cy_12.txt").contacts]
    assert {"03-9778900", "03-9778225"} <= {c.phone for c in corpus_plan("blind41/docs/cy_11.pdf").contacts}
    assert {"67912138", "67921000"} <= {c.phone for c in corpus_plan("blind41/docs/cy_06.pdf").contacts}
    assert contacts("双方洽谈签约12345678元") == []
    assert contacts("电话:0351-1234567 网站地图") == []


def test_an_address_to_e_mail_enquiries_to_is_a_contact():
    """`市民可電郵至labourlaw@dsal.gov.mo進行咨詢` (blind39 cw_11); a form e-mailed in is not."""
    assert contacts("就劳动监察方面,市民可电邮至labourlaw@dsal.gov.mo进行咨询。") == [
        (None, None, "labourlaw@dsal.gov.mo")]
    assert contacts("请填妥申请表格,电邮至science@edb.gov.hk。") == []


def test_another_extension_offered_after_the_first_is_dialled_on_the_same_number(corpus_plan):
    """`洽詢電話:(04)26560844轉732 輔導組長` / `或轉731 輔導主任` (a 臺中 school's notice, blind42 cz_11): two entries, the
    second on the first's number; `(04)2332-3456轉分機3606高助理或分機1021林助理` (a 臺中 hospital app's notice) the same; an
    `或转` with no extension after it offers none."""
    phones = [c.phone for c in corpus_plan("blind42/docs/cz_11.txt").contacts]
    assert phones[-2:] == ["(04)26560844转732", "(04)26560844转731"]
    assert [c[1] for c in contacts("若需协助可联络(04)2332-3456转分机3606高助理或分机1021林助理。")] == [
        "(04)2332-3456转分机3606", "(04)2332-3456分机1021"]
    assert [c[1] for c in contacts("电话:0351-1234567转8或转人工。")] == ["0351-1234567转8"]


def test_numbers_after_a_may_call_and_a_second_hyphenated_number(corpus_plan):
    """A Macau paper's community items close `查詢可電2882-7116、2882-5544` and `查詢可電2833-1617` (blind44 db_11): three
    contacts; a span of years after a hyphenated number is none, nor is `可电邮` a number to call."""
    assert [c.phone for c in corpus_plan("blind44/docs/db_11.txt").contacts] == ["2882-7116", "2882-5544", "2833-1617"]
    assert [c[1] for c in contacts("电话:2882-7116,规划期(2018-2020、2021-2025)。")] == ["2882-7116"]
    assert [c[1] for c in contacts("义工训练需要人手,查询可电邮info@cats.org.hk。")] == [None]


def test_a_tables_phone_column_gives_each_rows_number(corpus_plan):
    """gov.mo's call for 社區應急義工 prints its table a cell a line (`電話 |` / `北區 |` / `循道衛理建華家庭服務中心 |` /
    `28452769 |`, blind46 dd_08): each centre's number a contact, after the sentence's own `請致電28221150`; a table a
    row a line under a `聯系電話` column (kaowaiyu.cn's 中山 接种点 list) the same; a number of another column without a
    phone header, or one with a unit after it, is none."""
    phones = [c.phone for c in corpus_plan("blind46/docs/dd_08.txt").contacts]
    assert phones[:3] == ["28221150", "28452769", "28420361"] and phones[-1] == "28234898" and len(phones) == 14
    text = "镇区 | 接种点名称 | 地址 | 联系电话 |\n东区 | 东区接种门诊 | 桃苑路16号 | 88310291 |\n西区 | 西区接种门诊 | 翠景道17号 | 89982611 |"
    assert [c[1] for c in contacts(text)] == ["88310291", "89982611"]
    table = "序号\t单位\t联系电话\n1\t县农业农村局\t3020501\n2\t县卫健委\t3011097"     # a real table's cells
    assert [c[1] for c in contacts(table)] == ["3020501", "3011097"]
    assert contacts("单位 | 金额 |\n合计 | 12345678 |") == []
    assert contacts("电话 |\n合计 |\n12345678元 |") == []


def test_an_address_forms_or_applications_are_handed_in_by_is_no_contact(corpus_plan):
    """`以电邮或传真方式将所有表格交回疫苗计划办事处 (电邮地址:pilotsiv@dh.gov.hk / …)` (blind45 dc_10): the hotline after it
    stays the contact; `或经电邮(ea-ee@labour.gov.hk),向职业介绍所事务科办事处提交申请` (blind25 ci_09); an address to
    e-mail enquiries to in a sentence that names an application service stays one (blind39 cw_11)."""
    assert [(c.phone, c.email) for c in corpus_plan("blind45/docs/dc_10.txt").contacts] == [("2125 2128", None)]
    assert contacts("申请人士可以邮递或经电邮(ea-ee@labour.gov.hk),向职业介绍所事务科办事处提交申请。") == []
    text = "就业服务将暂停柜位收件服务,但仍维持网上递交申请服务,若对就业服务有所疑问,可电邮dpe_1@dsal.gov.mo查询。"
    assert contacts(text) == [(None, None, "dpe_1@dsal.gov.mo")]


def test_an_office_or_a_hotline_label_before_the_number_and_two_callees(corpus_plan):
    """An office named between 致电 and its number (`可於辦公時間致電社工局兒童及青少年服務處8399 7783`, blind43 da_10), a
    hotline as a label before a colon (`設立熱線:8397 2331(辦公時間)`, blind47 de_09, a GB18030 page), and two numbers each
    with its callee (`請致電3468 2485與社會工作主任李偉鵬先生或3468 2615與助理社會工作主任潘慧茵女士聯絡`, blind34 cr_09:
    two contacts, each number with its own person); a hotline only described (`查询热线(2835 2500)`) stays none."""
    assert "8399 7783" in [c.phone for c in corpus_plan("blind43/docs/da_10.txt").contacts]
    assert "8397 2331" in [c.phone for c in corpus_plan("blind47/docs/de_09.txt").contacts]
    assert [(c.name, c.phone) for c in corpus_plan("blind34/docs/cr_09.txt").contacts] == \
        [("李伟鹏", "3468 2485"), ("潘慧茵", "3468 2615")]
    assert contacts("民政总署查询热线(2835 2500)的服务时间维持不变。") == []
    assert contacts("可致电社工局辅导热线:2826 1126,或明爱生命热线:2852 5222。") == \
        [(None, "2826 1126", None), (None, "2852 5222", None)]
