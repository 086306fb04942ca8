"""Taiwan 函 and bulletins, Hong Kong circulars and notices, and the 版头 of mainland documents as they
come from DOC files, scans and portals: meta, outline and the items that hang on them.

The inputs are the real notices of corpus/blind_tw_hk (SOURCES.md names each), whole or in part, and
the 版头 elements of GB/T 9704-2012 as its sample pages print them.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_layouts import outline, plan_of

from extractor.pipeline import parse
from extractor.structure import classify, read_date

BLIND = Path(__file__).resolve().parent.parent / "corpus" / "blind_tw_hk" / "docs"




# --- Taiwan ------------------------------------------------------------------------------------

def test_a_taiwan_letter_on_a_rulings_page():
    """發文單位 / 發文字號 / 發文日期 labels, 主旨 and 說明 wrapped at a fixed width, the annex's 壹、."""
    plan = parse(BLIND / "tw_01.txt")
    m = plan.meta
    assert (m.doc_number, m.issuer, m.date) == ("府行文字第0930118594号", "台南县政府", "2004-07-07")
    assert outline(plan) == [(1, "总述")]         # 壹、 is outermost, though 說明's 一、 came before it
    assert not plan.contacts                        # 院臺秘字第0930086517號 is no phone number
    names = [o.name for o in plan.organizations]
    assert "行政院" in names and not any("九十三年" in n for n in names)   # not 行政院九十三年六月二十九日院


def test_sentence_items_with_half_width_commas_are_not_sections():
    plan = parse(BLIND / "tw_03.txt")
    assert outline(plan) == []
    assert [d.date for d in plan.deadlines] == ["2023-03-10"]   # 請於112年3月10日(星期五)務必完成


def test_a_bulletin_contact_and_its_page_labels():
    plan = parse(BLIND / "tw_02.txt")
    # 請電洽教育設施科黃姿蓉小姐: an office, no post, before the name: no title, as the gold has it (courtesy_callee)
    assert [(p.name, p.title) for p in plan.people] == [("黄姿蓉", None)]
    # the e-mail is where files are sent (`請寄至信箱(…)`), not a contact
    assert [(c.name, c.phone, c.email) for c in plan.contacts] == [("黄姿蓉", "8462860#312", None)]
    assert not plan.responsibilities               # 主辦單位/承辦單位: the page's record, no duty
    # `主辦單位: 教育處設施科` / `承辦單位: 教育處設施科` / `發布` closing the page: its frame, so the section the body
    # names (`請電洽教育設施科…`) is listed as the body names it
    assert [o.name for o in plan.organizations] == ["教育部国民及学前教育署", "教育设施科"]
    assert plan.meta.title != "花莲县政府教育处 RSS订阅"


@pytest.mark.parametrize("stem", ["tw_04", "tw_05"])
def test_page_furniture_is_never_the_title(stem):
    title = parse(BLIND / f"{stem}.txt").meta.title
    assert title not in ("Jump to the main content block", "107-07-27")


def test_a_grant_call_outline_with_an_annex():
    plan = parse(BLIND / "tw_05.txt")
    assert outline(plan) == [(1, "受理申请时程"), (2, "107学年度第1学期补助课程"), (2, "107学年度第2学期补助课程"),
                             (1, "计划缘起")]
    assert [d.date for d in plan.deadlines] == ["2018-08-30", "2018-10-31"]


# --- Hong Kong ---------------------------------------------------------------------------------

def test_a_circular_headline_leads_with_its_number():
    plan = parse(BLIND / "hk_01.txt")
    m = plan.meta
    assert (m.title, m.doc_number, m.issuer) == ("资助学校采购程序", "教育局通告第4/2013号", "教育局")
    assert m.recipients == []                       # `…等要求撮述如下:` introduces a list


def test_a_press_release_dated_with_its_weekday():
    plan = parse(BLIND / "hk_02.txt")
    assert plan.meta.date == "2020-01-30"           # 2020年1月30日(星期四) over 香港时间17时41分
    assert [d.date for d in plan.deadlines] == ["2020-02-17"]


def test_a_notice_in_parts_numbered_i_and_ii():
    plan = parse(BLIND / "hk_03.txt")
    assert outline(plan) == [(1, "诚邀食物业界–登记接收快速警报"), (1, "如何登记")]
    assert [d.date for d in plan.deadlines] == ["2008-02-01"]   # 定於 2008 年 2 月 1 日正式啓用
    assert [c.phone for c in plan.contacts] == ["2867 5698"]     # 致電, after 傳真至… on its line
    assert "贵商会" not in [o.name for o in plan.organizations]


# --- 版头 ----------------------------------------------------------------------------------------

JINING_BODY = """济宁市人民政府
关于持续深化“市县同权”改革的实施意见
各县（市、区）人民政府，市政府各部门：
为持续深入推进简政放权、放管结合、优化服务改革，全面打造一流营商环境，推动“市县同权”改革向纵深发展，结合我市实际，制定本意见。
一、目标要求
"""


@pytest.mark.parametrize("head, want", [
    # GB/T 9704-2012 A.1/A.2: 份号, 密级和保密期限, 紧急程度 (两字之间空一字), 发文机关标志, 发文字号
    ("000001\n机密★1年\n特　急\n济宁市人民政府文件\n济政字〔2021〕30号\n",
     ("000001", "机密★1年", "特急", "济宁市人民政府文件", "济政字〔2021〕30号", None)),
    # 上行文: 签发人 on the number's line
    ("秘密★6个月\n加急\n济宁市人民政府文件\n济政字〔2021〕30号　　签发人：×××\n",
     (None, "秘密★6个月", "加急", "济宁市人民政府文件", "济政字〔2021〕30号", "×××")),
])
def test_red_header_elements(head, want):
    m = plan_of(head + JINING_BODY).meta
    assert (m.copy_number, m.secrecy, m.urgency, m.letterhead, m.doc_number, m.signer) == want
    assert m.title == "济宁市人民政府关于持续深化“市县同权”改革的实施意见"
    assert m.issuer == "济宁市人民政府"


def test_a_number_and_date_whose_glyphs_were_lost():
    """A DOC shown as a web page lost 〕, 号 and 年月日: read, each with a warning; a note between the
    signature and its date; the forwarded plan begins after the date."""
    plan = parse(BLIND / "cn_03.txt")
    m = plan.meta
    assert (m.doc_number, m.issuer, m.date) == ("牟政办发〔2017〕46号", "牟定县人民政府办公室", "2017-06-23")
    assert m.recipients == ["各乡镇人民政府", "县级有关部门"]
    assert any("201746" in w for w in plan.source.warnings) and any("2017 6 23" in w for w in plan.source.warnings)
    assert [p.title for p in plan.parts] == [m.title, "牟定县突发环境事件应急预案(试行)"]


@pytest.mark.parametrize("line, iso", [("{ 2017 6 23", "2017-06-23"), ("2020年1月30日(星期四)", "2020-01-30"),
                                       ("2008年9月24日（星期三）", "2008-09-24")])
def test_date_lines_under_a_signature(line, iso):
    assert classify(line)[0] == "date_line" and read_date(line)[0] == iso


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice reads .doc")
def test_the_header_of_a_word_97_file():
    m = parse(BLIND / "cn_01.doc").meta
    assert (m.letterhead, m.doc_number, m.issuer) == ("济宁市人民政府文件", "济政字〔2021〕30号", "济宁市人民政府")
    assert m.title == "济宁市人民政府关于持续深化“市县同权”改革的实施意见"     # over two lines


# the 函 layout of the 文書處理手冊 (行款: 檔號, 機關 + 函, 受文者, 發文日期, 發文字號, 速別, 密等, 附件, 主旨,
# 說明, 正本, 副本), filled with tw_01's own fields; 正本 as the 手冊's example of a 通函 prints it
TW_LETTER = """檔　　號：
保存年限：
臺南縣政府　函
受文者：各直轄市政府
發文日期：中華民國93年7月7日
發文字號：府行文字第0930118594號
速別：普通件
密等及解密條件或保密期限：普通
附件：修正「事務管理手冊」文書處理部分規定
主旨：函轉行政院修正「事務管理手冊」文書處理部分規定，並自中華民國九十四年一月一日生效，請　查照。
說明：
一、依據行政院九十三年六月二十九日院臺秘字第0930086517號函辦理。
二、檢附修正「事務管理手冊」文書處理部分規定一份。
正本：各直轄市政府、各縣(市)政府
副本：本府秘書室
"""


def test_a_taiwan_letter_in_the_handbook_layout():
    plan = plan_of(TW_LETTER)
    m = plan.meta
    assert (m.title, m.issuer, m.doc_number, m.date) == ("台南县政府函", "台南县政府", "府行文字第0930118594号", "2004-07-07")
    assert (m.urgency, m.secrecy) == ("普通件", "普通")
    assert (m.recipients, m.cc) == (["各直辖市政府", "各县(市)政府"], ["本府秘书室"])   # 正本 over 受文者, 副本
    assert outline(plan) == []                      # 說明's items are sentences
    assert not plan.deadlines                       # 生效 on a day is no deadline; 93年6月29日 names a letter


def test_a_taiwan_letter_with_its_address_and_contact_block():
    # the 手冊's 機關地址 and 聯絡方式 (承辦人, 電話, 傳真, 電子信箱) between 機關 + 函 and 受文者, as 公文撰作解析's sample
    # prints them (`電話:00-00000000`): the header runs on over them to 發文日期 / 發文字號, and they are the contact
    block = "地址：730臺南縣新營市民治路36號\n承辦人：王小明\n電話：06-6322231\n傳真：06-6322239\n電子信箱：wang@mail.tnhg.gov.tw\n"
    plan = plan_of(TW_LETTER.replace("受文者：", block + "受文者：", 1))
    m = plan.meta
    assert (m.title, m.issuer, m.doc_number, m.date) == ("台南县政府函", "台南县政府", "府行文字第0930118594号", "2004-07-07")
    assert (m.recipients, m.cc) == (["各直辖市政府", "各县(市)政府"], ["本府秘书室"])
    assert [(c.name, c.phone, c.email) for c in plan.contacts] == [("王小明", "06-6322231", "wang@mail.tnhg.gov.tw")]


# he_01 (corpus/dev), a joint notice, under the joint 版头 GB/T 9704 7.2.3 prescribes: the bodies one per
# line, `文件` centred beside them, which a text layer gives as a line among them or after the first
HE_01_TOP = """浙银保监发〔2020〕172号
中国银保监会浙江监管局浙江省司法厅关于全面推进浙江辖内银行保险机构“无证明化”改革工作的通知
各银保监分局，各市司法局：
为深化“放管服”和“最多跑一次”改革，持续推进“减证便民”行动，现将有关事项通知如下。
"""


@pytest.mark.parametrize("head", ["中国银保监会浙江监管局\n浙江省司法厅\n文件\n", "中国银保监会浙江监管局\n文件\n浙江省司法厅\n",
                                  "中国银保监会浙江监管局文件\n浙江省司法厅\n"])
def test_a_joint_letterhead(head):
    m = plan_of(head + HE_01_TOP).meta
    assert m.letterhead == "中国银保监会浙江监管局、浙江省司法厅文件"
    assert m.issuer == "中国银保监会浙江监管局、浙江省司法厅"         # the host first
    assert m.title.startswith("中国银保监会浙江监管局浙江省司法厅关于") and m.doc_number == "浙银保监发〔2020〕172号"


def test_a_bulletin_headline_tagged_with_its_office():
    m = parse(BLIND / "tw_04.txt").meta
    assert m.title.startswith("「台北市政府公文交换中心」及") and m.title.endswith("办理公文交换作业一案")
    assert m.issuer == "总务处文书组"               # 【總務處文書組】: the office that posts it
    assert plan_of("【通知】关于做好春耕生产工作的通知\n各乡镇：\n现将有关事项通知如下。\n").meta.title == "关于做好春耕生产工作的通知"


@pytest.mark.parametrize("headline, title", [
    # a topic (blind26 cj_12, 教育局's 統一派位 news) and an urgency (blind27 ck_11, 花蓮縣政府's request): the headline's own
    ("【統一派位】教育局:67.6%學童獲派首三志願", "【统一派位】教育局:67.6%学童获派首三志愿"),
    ("【重要急件】請下列學校於10月29日下班前送本府核銷資料,敬請配合辦理。", "【重要急件】请下列学校于10月29日下班前送本府核销资料,敬请配合办理"),
    # the item's kind (blind10 bt_02, blind26 cj_09): no part of the title
    ("【公告】檢送「本縣特殊優良教師遴選及表揚作業要點」1份,請查照。", "检送「本县特殊优良教师遴选及表扬作业要点」1份,请查照"),
])
def test_a_headline_tag_stays_unless_it_names_the_kind_or_the_office(headline, title):
    assert plan_of(headline + "\n說明:\n一、依據本府來函辦理。\n").meta.title == title


# a 函 as the 行政院公報 prints it (機關 + 函 and the date in cells of one row, the number under them, the head's
# signature last): the 行政院 letter tw_01 cites (院臺秘字第0930086517號 of 93年6月29日)
EY_LETTER = """行政院　函\t中華民國93年6月29日
院臺秘字第0930086517號
主旨：修正「事務管理手冊」文書處理部分規定，並自中華民國九十四年一月一日生效，請查照。
說明：
一、檢附修正「事務管理手冊」文書處理部分規定一份。
二、各機關應自九十四年一月一日起採用由左至右之橫行格式。
正本：各部會行處局署、各省市政府
副本：本院秘書處
院長　游錫堃
"""


def test_a_gazette_letter_signed_by_its_head():
    plan = plan_of(EY_LETTER)
    m = plan.meta
    assert (m.title, m.issuer, m.doc_number, m.date) == ("行政院函", "行政院", "院台秘字第0930086517号", "2004-06-29")
    assert (m.recipients, m.cc) == (["各部会行处局署", "各省市政府"], ["本院秘书处"])   # 正本/副本 above the signature
    assert [(p.name, p.title) for p in plan.people] == [("游锡堃", "院长")]


def test_a_letters_issuer_and_kind_cut_into_two_lines_are_its_letterhead():
    """教育部's 函 crawled in one `|` cell (blind24 ch_09, `| 教育部 函 主 旨: 本部為…`), cut at its spaces: `教育部` over `函`
    is the 機關全銜 + 文別 that titles a Taiwan 函 and names its issuer."""
    m = plan_of("|\n教育部 函 主 旨: 本部為推動107年技專校院學生參加國際性技藝能競賽,請有意願申請之學校研提計畫書,請查照。"
                " 說 明: 一、依據本部要點辦理。\n").meta
    assert (m.title, m.issuer) == ("教育部函", "教育部")


def test_a_number_cell_closed_by_the_acts_kind():
    """A Taiwan law database's 發文字號 cell writes the act's kind after the number (blind27 ck_12): the number ends at 號."""
    m = plan_of("發文單位:交通部\n發文字號:交郵88字第06485號公告\n發文日期:民國88年07月20日\n"
                "主旨:公告修正電信事業用戶查詢通信紀錄作業辦法,並自即日起生效。\n").meta
    assert m.doc_number == "交邮88字第06485号" and m.issuer == "交通部"


def test_a_memo_heads_its_subject_with_to_from_and_date():
    """An association's notice in memo form (hkpasea.org's 會長通訊 (05/24), as its 秘書長通告2477, blind40 cx_11): the
    series and number over 致 / 由 / 日期, the subject under them; 致 gives the addressees, 由 no issuer."""
    text = ("會長通訊 (05/24)\n致 :全體會員\n由 :潘燊昌會長\n日期 :2024年1月31日\n"
            "URGENT 誠邀出席保安局為專資會而設《基本法》第23條立法諮詢會\n"
            "保安局局長鄧炳強先生日前出席本會舉辦之晚宴,並與會員分享特區政府如何推進立法。\n"
            "敬請於2月1日(明天)下午6時或以前填妥以下網上或附件回條賜覆。如有垂詢,歡迎聯絡秘書處(電話:3620 2918)。\n")
    m = plan_of(text).meta
    assert (m.doc_number, m.date, m.recipients, m.issuer) == ("会长通讯(05/24)", "2024-01-31", ["全体会员"], None)
    assert m.title == "URGENT诚邀出席保安局为专资会而设《基本法》第23条立法咨询会"


def test_a_schools_letter_signs_off_over_its_date_though_the_page_runs_on():
    """A Hong Kong school's page (blind38 cv_12): the Chinese letter signs off `…學校謹啟` over its date, then the English
    letter and older notices follow; the school is the issuer and that date the notice's. A person's 謹啟 (`校長夏麗珠謹啟`,
    blind33 cq_08) names no issuer."""
    letter = ("各家長:\n因應2019冠狀病毒病疫情依然嚴峻,教育局宣佈所有幼稚園及中小學維持暫停面授課堂。\n"
              "因應維持暫停面授課堂及校內活動的各項安排,請留意學校發出的通告。\n{signer}謹啟\n二零二一年一月五日\n"
              "5 January,2021\nDear Parents,As announced by the EDB on 4 January, 2021, suspension of classes continues.\n"
              "為安全起見,學校由今日起至12月30日(星期三)暫不對外開放,只維持基本人手運作,直至另行通知。\n")
    m = plan_of(letter.format(signer="匡智屯門晨輝學校")).meta
    assert (m.issuer, m.date) == ("匡智屯门晨辉学校", "2021-01-05")
    assert plan_of(letter.format(signer="校長夏麗珠")).meta.issuer is None


@pytest.mark.parametrize("school, title, issuer", [
    ("臺北市松山區民族國民小學", "停課期間之退費辦理方式", "台北市松山区民族国民小学"),     # blind37 cu_12
    ("沙田循道衛理中學", "畢業典禮特別通告", "沙田循道卫理中学"),                           # blind45 dc_11
])
def test_a_schools_name_over_the_title_is_its_letterhead(school, title, issuer):
    text = (f"{school}\n{title}\n鑑於近日本港不斷有確診個案,現時停課期間之安排如下,敬請家長留意。\n"
            "一、已繳交之費用將按比例退還,請家長於本月底前填妥授權書。\n二、如有查詢,請致電校務處。\n")
    assert plan_of(text).meta.issuer == issuer


def test_a_bulletins_posting_office_without_its_colon():
    """A school's bulletin (blind37 cu_11) labels the office that posts it `發布單位卫生組`, with no colon: the issuer, as
    `發布單位:文書組` (blind10 bt_07). A post and a name (`公告單位衛生組長謝麗娟`, blind16 bz_02) is no office."""
    assert classify("发布单位卫生组") == ("posting_office", {"body": "卫生组"})
    assert classify("公告单位卫生组长谢丽娟")[0] != "posting_office"
