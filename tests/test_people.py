"""People on fragments of the corpus notices: member lists, 联系人, honorifics; and near-misses."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract import Found, snippet_notice
from extractor.extract.people import extract, looks_like_name, run_snippet
from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

MEMBER_LIST = """组成人员如下：
组 长： 赵 栋 县委常委、县政府副县长
王建平 县政府副县长
成 员： 崔金厚 县综合检验检测中心主任
郭正大 县农业农村局局长
李宝强 朔州市生态环境局山阴分局局长
落 军 县人社局局长
辛志元 县直属机关事务服务中心主任
领导小组下设办公室，办公室设在县综合检验检测中心，负责领导小组日常事务，办公室主任由崔金厚兼任。"""


def people(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["title"]) for p in run_snippet(text)]


def test_member_list_split_at_the_removed_spaces():
    """000: names written with alignment spaces; the role 组长 is not the title beside a job title."""
    assert people(MEMBER_LIST) == [
        ("赵栋", "县委常委、县政府副县长"), ("王建平", "县政府副县长"), ("崔金厚", "县综合检验检测中心主任"),
        ("郭正大", "县农业农村局局长"), ("李宝强", "朔州市生态环境局山阴分局局长"), ("落军", "县人社局局长"),
        ("辛志元", "县直属机关事务服务中心主任")]


def test_member_list_spans_point_at_the_name():
    notice = snippet_notice(MEMBER_LIST)
    for p in extract(notice, Found()):
        assert notice.text[p.span.start:p.span.end].startswith(p.name)


def test_member_lines_joined_into_one_paragraph_still_split():
    """Where normalisation joins the lines, the origin of each character still tells them apart."""
    from extractor.document import RawBlock, RawDocument
    from extractor.normalize import normalize
    doc = normalize(RawDocument([RawBlock("para", "组 长： 赵 栋 县委常委、县政府副县长", wrapped=True),
                                 RawBlock("para", "王建平 县政府副县长")], "text"))
    notice = snippet_notice("x")
    notice.doc, notice.body = doc, [(0, len(doc.text))]
    assert [p.name for p in extract(notice, Found())] == ["赵栋", "王建平"]


def test_honorific_and_contact_person():
    """001: 习近平总书记 and the 联系人."""
    text = ("深入贯彻落实习近平总书记关于农产品质量安全的重要论述。\n"
            "未尽事宜，请与自治区农业农村厅农产品质量安全监管处联系。联系人：杨秀娟，联系电话：0771-2182793。")
    assert people(text) == [("习近平", "总书记"), ("杨秀娟", "联系人")]


def test_name_in_brackets_list():
    assert people("成员：张伟（县农业农村局局长）、李强（县财政局局长）") == [
        ("张伟", "县农业农村局局长"), ("李强", "县财政局局长")]


def test_title_before_name_with_a_speech_verb():
    assert people("会上，县委书记李强强调") == [("李强", "县委书记")]
    assert people("出席会议的县委书记王刚同志讲话") == [("王刚", "县委书记")]


def test_title_then_name_after_you():
    assert people("组长由县委副书记、县长张三担任，副组长由县委常委、常务副县长李四担任。") == [
        ("张三", "县委副书记、县长"), ("李四", "县委常委、常务副县长")]


def test_title_and_name_take_a_role():
    # held-out style: 由 (title)(name) 任 role, and the next clause without 由
    text = "成立县农产品质量安全提升行动领导小组，由县政府副县长李明任组长，县农业农村局局长王强任副组长。"
    assert people(text) == [("李明", "县政府副县长"), ("王强", "县农业农村局局长")]


def test_titles_each_ending_with_a_name_on_a_role_line():
    text = ("组长：市农业农村局副局长张志刚\n副组长：市农产品质量安全检测中心主任赵海燕（兼）\n"
            "成员：市农产品质量安全检测中心副主任钱伟、市农业农村局质量安全科科长孙红")
    assert people(text) == [("张志刚", "市农业农村局副局长"), ("赵海燕", "市农产品质量安全检测中心主任"),
                            ("钱伟", "市农产品质量安全检测中心副主任"), ("孙红", "市农业农村局质量安全科科长")]


def test_members_made_up_of_titled_names():
    text = ("召集人由省政府副省长欧阳明华担任，副召集人由省政府副秘书长刘振东、省农业农村厅厅长孙立新担任。"
            "联席会议成员由省农业农村厅副厅长陈国平、省财政厅副厅长许晓燕、省市场监管局副局长周明组成。")
    assert people(text) == [
        ("欧阳明华", "省政府副省长"), ("刘振东", "省政府副秘书长"), ("孙立新", "省农业农村厅厅长"),
        ("陈国平", "省农业农村厅副厅长"), ("许晓燕", "省财政厅副厅长"), ("周明", "省市场监管局副局长")]


def test_role_is_the_title_of_a_name_alone():
    assert people("组长：张伟\n成员：李强、王芳（兼）") == [("张伟", "组长"), ("李强", "成员"), ("王芳", "成员")]


def test_contact_person_after_an_office():
    assert people("联系人：省农业农村厅质量安全监管处 王小明，电话：0351-4567890") == [("王小明", "联系人")]


def test_name_and_title_columns_of_a_table():
    from extractor.extract import snippet_notice as table_notice
    notice = table_notice("序号\t姓 名\t职 务\n1\t张 伟\t县农业农村局局长\n2\t欧阳明华\t县财政局副局长")
    assert [(p.name, p.title) for p in extract(notice, Found())] == [
        ("张伟", "县农业农村局局长"), ("欧阳明华", "县财政局副局长")]


@pytest.mark.parametrize("text", [
    "深圳局局长强调：“要认真排查检测工作中可能存在的问题”",   # 004: a title without a name
    "组长立即召集有关部门负责人，对工作方案进行补充",
    "作者:dahua1981",
    "高质量推动农产品质量安全检验检测机构三年提升行动取得实效",
    "全体同志要提高认识",
    "三、具体任务\n办公室 负责日常工作",
    "成立领导小组，由县政府分管副县长任组长，县农业农村局主要负责人任副组长。",
    "各乡镇主要负责同志担任第一责任人。",
    "领导小组由县政府办公室、县农业农村局、县财政局组成。",
    "成员：县委办、县政府办、县农业农村局主要负责同志",
    "组长：县政府分管领导",
    "由市场监管局局长高度重视并担任组长",
])
def test_no_person(text):
    assert run_snippet(text) == []


def test_name_test():
    assert looks_like_name("赵栋") and looks_like_name("欧阳明华") and looks_like_name("习近平")
    assert not looks_like_name("高质量") and not looks_like_name("管理") and not looks_like_name("王")


def test_corpus_004_names_nobody():
    assert parse(CORPUS / "004_556863f20829d668.txt").people == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("组长成员：: 　\n赵栋王建平县委常委、副局长主任联系人（）()同志总书记由兼任强调姓名\t"))
               | st.characters(exclude_categories=("Cs",)), max_size=80))
def test_never_raises(text):
    run_snippet(text)


def test_member_list_run_together_with_posts_in_brackets():
    """hc_09 (国办发〔1990〕3号): a crawler ran the member list into one line; the bracket holds the post."""
    text = ("国务院黄金工作领导小组由下列同志组成：组 长：白美清(国务院副秘书长)副组长：赵维臣(国务院生产委员会副主任)"
            "童赠银(人民银行副行长)成 员：白洁(国家计委工业一司副司长)夏宪民(国家计委国土司副司长)特此通知。")
    assert people(text) == [("白美清", "国务院副秘书长"), ("赵维臣", "国务院生产委员会副主任"),
                            ("童赠银", "人民银行副行长"), ("白洁", "国家计委工业一司副司长"),
                            ("夏宪民", "国家计委国土司副司长")]


def test_member_list_one_per_line_with_units_takes_the_role():
    """hd_06 (临政办函[2013]89号): `姓名（单位）` one per line; a unit is not a post, so the role is the title."""
    text = "组    长：李文钢\n副组长：冯 镭\n沈 慧\n何洪明（市纪委）\n成    员：巫振江（市府办）\n李 震（市委宣传部）\n领导小组下设办公室。"
    assert people(text) == [("李文钢", "组长"), ("冯镭", "副组长"), ("沈慧", "副组长"), ("何洪明", "副组长"),
                            ("巫振江", "成员"), ("李震", "成员")]


def test_signatures_outside_the_body():
    """hf_05 (劳动部令): `部　　長　林美珠`; hf_01 (教育局通函): `谢斌麟代行` under the head's post."""
    assert people("中华民国106年5月18日\n部　　长　林美珠\n青年就业领航计划") == [("林美珠", "部长")]
    assert people("教育局局长\n谢斌麟代行\n二零二六年二月十三日") == [("谢斌麟", "代行")]


def test_second_contact_of_a_contact_line():
    """he_02: `联系人和联系方式：杨登峰，87189030；谷冬梅，87189073。`"""
    assert people("联系人和联系方式：杨登峰，87189030；\n                  谷冬梅，87189073。") == [
        ("杨登峰", "联系人"), ("谷冬梅", "联系人")]


def test_every_contact_named_on_a_contact_line_and_the_line_under_it():
    """blind bl_03 and blind22 cf_05: two names after 联系人, a space between them; cf_08: the office, then the names;
    cf_04: the name heading the line under a 联系人 line, before its number."""
    assert people("联系人:杨艳芳 李 岩\n联系电话:0351-8235019") == [("杨艳芳", "联系人"), ("李岩", "联系人")]
    assert people("联系人:谢日光 刘汉森\n联系方式:(010)66097182") == [("谢日光", "联系人"), ("刘汉森", "联系人")]
    assert people("联系人：医政医管局 罗庆华、胡瑞荣、王毅\n电话：010-68791885、68791887、68791886") == [
        ("罗庆华", "联系人"), ("胡瑞荣", "联系人"), ("王毅", "联系人")]
    assert people("联系人:省教育厅科技处 丁雪峰 027-87328022\n刘 霞 027-69806791\n027-87328022(传真)") == [
        ("丁雪峰", "联系人"), ("刘霞", "联系人")]
    assert people("联系人:张明 科员\n电话:0351-1234567") == [("张明", "联系人")]


def test_a_hong_kong_or_macau_post_right_before_the_name():
    """blind22 cf_09 (香港政府新闻公报) and blind20 cd_10's formula (澳门 行政命令); a headline cut short in a page's
    frame (cf_10) names nobody."""
    text = ("政务司司长陈国基明日(七月二十四日)下午将前赴北京,出席新闻发布会。\n全国运动会香港赛区统筹办公室主任杨德强将会随行。\n"
            "陈国基将于七月二十五日晚上返港。在他离港期间,政务司副司长卓永兴将署理政务司司长职务。")
    assert people(text) == [("陈国基", "政务司司长"), ("杨德强", "全国运动会香港赛区统筹办公室主任"), ("卓永兴", "政务司副司长")]
    assert people("行政长官不在澳门期间,由行政法务司司长张永春临时代理行政长官的职务。") == [("张永春", "行政法务司司长")]
    assert people("以下是政务司司长陈国基今日（十一月十五日）在立法会会议上就《行政长官2024年施政报告》致谢案·") == []


def test_a_meeting_item_names_its_speaker_by_name_then_post():
    """blind21 ce_07 (中山大学 双代会: the body before the name), ce_12 (济南市科技局), blind15 by_09; a post alone,
    or a body's short name before the post, names nobody."""
    text = ("1.校党委李萍副书记通报“双代会”筹备工作进展;传达校党委对“双代会”工作相关要求;\n"
            "2.校工会李烨副主席介绍“双代会”代表履职以及提案工作的相关要求。")
    assert people(text) == [("李萍", "校党委副书记"), ("李烨", "校工会副主席")]
    assert people("市科技局各分管局长安排下半年重点工作。冯光文局长作重要讲话。") == [("冯光文", "局长")]
    assert people("会议议程。区委书记作重要讲话。2.分管副局长通报工作进展。") == []


def test_an_office_post_before_the_name_then_another_post():
    """blind21 ce_05: the 任 of 主任 is no verb of appointment."""
    assert people("领导小组下设办公室,由行政审批办主任程桢恒兼任办公室主任。") == [("程桢恒", "行政审批办主任")]


def test_a_task_tables_leader_column():
    """blind21 ce_09 (`分管领导`), blind13 bw_10 (`分管县领导`, two names run together in one cell)."""
    from extractor.extract import snippet_notice as table_notice
    notice = table_notice("序号\t主要任务\t分管县领导\t牵头单位\n80\t新增托位数400个以上。\t俞 悦\t县教育局\n"
                          "81\t保障秋季开学。\t陆 明俞 悦\t县教育局\n82\t推进项目建设。\t分管副县长\t县发改委")
    assert [(p.name, p.title) for p in extract(notice, Found())] == [("俞悦", "分管县领导"), ("陆明", "分管县领导")]


def test_a_contact_glued_to_its_office_before_the_phone():
    """blind21 ce_08, blind15 by_01; an office alone before the phone names nobody."""
    assert people("联系人:掌起镇农业农村办陆方瑜,联系电话:0574-58587336") == [("陆方瑜", "联系人")]
    assert [n for n, _ in people("报至市政府办公室会务联络科何庆保(联系电话:3025561。")] == ["何庆保"]
    assert people("请将材料报送市政府办公室秘书科，联系电话：3025561。") == []


def test_macau_qualified_candidates_each_name_with_a_score():
    # blind20 cd_11 (bo.io.gov.mo 開考 results): `合格應考人:` then a name and a score on each line, no post
    text = ("政府总部辅助部门公告\n现公布应考人的评核成绩如下:\n合格应考人:\n周慧卿88.56\n"
            "按照第23/2011号行政法规第二十八条第二款的规定,应考人可于本名单公布之日起计十个工作日内提起诉愿。")
    assert [(p["name"], p["title"]) for p in run_snippet(text)] == [("周慧卿", None)]
    # blind18 cb_10: a Portuguese name, surname first, and the score's column head after the label
    text = "现公布应考人评核成绩如下:\n合格应考人:\t分\nIsidro de Jesus, Maria Luíza\t7.43\n根据第23/2011号行政法规第二十八条"
    assert [(p["name"], p["title"]) for p in run_snippet(text)] == [("Isidro de Jesus, Maria Luíza", None)]


def test_a_leader_named_before_the_post_at_an_items_head_or_after_a_leader_label():
    """blind25 ci_01 (a 重点工作 分解 by leader), blind21 ce_10 (`牵头领导:`, `配合领导:`); a post alone names nobody."""
    text = "一、王丹县长牵头重点工作\n1.全县生产总值增长7.5%左右\n二、曹惠明常务副县长牵头重点工作\n"
    assert people(text) == [("王丹", "县长"), ("曹惠明", "常务副县长")]
    assert people("环境卫生。牵头领导:阮斌副局长责任部门:建工科、安全站") == [("阮斌", "副局长")]
    assert people("一、分管副县长牵头重点工作\n牵头领导:分管副局长责任部门:建工科") == []


def test_an_official_named_by_the_post_before_the_name_when_appointed_or_delegated_to():
    """blind23 cg_10 (a post taken up), blind25 ci_07 (a Macau 批示: a member appointed, powers delegated)."""
    assert people("政府宣布,现任香港驻欧洲联盟特派代表张国财10月初出任广播处长,确实日期稍后公布。") \
        == [("张国财", "香港驻欧洲联盟特派代表")]
    assert people("一、委任博彩监察协调局代表黎健伦作为大型演出活动协调小组正选成员,以替代包保罗。") \
        == [("黎健伦", "博彩监察协调局代表")]
    assert people("一、转授予文化发展基金行政委员会主席梁惠敏作出下列行为的权限:") \
        == [("梁惠敏", "文化发展基金行政委员会主席")]
    assert people("由局长作出下列决定。新任处长将于10月初出任。") == []


def test_a_post_right_before_the_name_in_running_text_bounded_by_comrade_leading_or_chairing():
    """blind27 ck_06 (`…同志作了重要讲话`), blind25 ci_02 (`…在…主持召开`), blind26 cj_03 (`…率区委…`); a post followed
    by a word that is no name names nobody."""
    assert people("会议。副市长张发旺同志作了重要讲话,对当前全市春季森林防火工作进行了安排部署。") == [("张发旺", "副市长")]
    assert people("3-24,县长张中于在县政务服务中心常务会议室主持召开县人民政府第21次常务会议") == [("张中于", "县长")]
    assert people("3.接访人员:中共鄂城区委书记刘厚文率区委、区人大、区政府领导") == [("刘厚文", "中共鄂城区委书记")]
    assert people("3月24日,县长办公会议在县政务服务中心会议室召开并主持审议。会议由书记处同志主持。") == []
    assert people("市长热线同志要及时回复群众诉求。各乡镇长率先垂范。局长在会议室主持召开专题会议。") == []


def test_macau_ranked_lists_name_each_person_after_the_portuguese_ordinal():
    """blind26 cj_08 (`1.º 林素華 8.37` and Portuguese names under `合格應考人:`), blind18 cb_11 (a ranked table read one
    cell a line: `1.º` / `李世傑` / `1218XXXX`): each a person with no post; a numbered heading is no ordinal."""
    text = ("现公布应考人评核成绩如下:\n合格应考人:\n1.º林素华8.37\n2.º Maria Adelaide Joaquim da Rocha Teixeira 8.26\n"
            "3.º Aquilino Au 8.12\n根据现行《澳门公共行政工作人员通则》第六十八条之规定")
    assert people(text) == [("林素华", None), ("Maria Adelaide Joaquim da Rocha Teixeira", None), ("Aquilino Au", None)]
    text = "名次\n姓名\n居民身份证编号\n1.º\n李世杰\n1218XXXX\n2.º\n黎家悦\n1417XXXX\n4.分配任用的进行\n在出席分配任用的投考人中"
    assert people(text) == [("李世杰", None), ("黎家悦", None)]
    assert people("1.总体要求\n李世杰\n1218XXXX") == []


def test_a_translator_grade_is_a_post_of_a_macau_jury_member():
    """blind26 cj_08: `正選委員:顧問翻譯員 張玉超`, and the member on the next line under it."""
    text = "典试委员会:\n主席:行政暨财政厅厅长 陈玉莲\n正选委员:顾问翻译员 张玉超\n人力资源处处长 陈瑞芳\n"
    assert people(text) == [("陈玉莲", "行政暨财政厅厅长"), ("张玉超", "顾问翻译员"), ("陈瑞芳", "人力资源处处长")]


def test_names_in_a_bracket_after_a_group_label():
    """blind26 cj_02: `市有关领导(胡水良、王道平、…)`, each a person with no post; a bracket of bodies or posts names nobody."""
    text = "三、参会人员\n(一)市有关领导(胡水良、王道平、蒋娟芬);\n(二)有关部门主要领导(文明办、社发局、公安分局、工商分局);"
    assert people(text) == [("胡水良", None), ("王道平", None), ("蒋娟芬", None)]
    assert people("会务人员名册(含会长、副会长、委员、顾问、干事)") == []


def test_a_signers_name_on_the_line_under_the_post_before_the_date():
    """blind27 ck_10 (a school's letter: `選舉主任` / `譚兆民` / the date), as a Hong Kong circular's `…代行` line."""
    text = "期望得到阁下的回应。\n选举主任\n谭兆民\n二零一八年九月二十四日"
    assert people(text) == [("谭兆民", "选举主任")]
    assert people("办公室主任\n林业局\n联系电话:12345678") == []


def test_the_members_a_resolution_delegates_to_and_their_substitutes_joined_by_or():
    """blind27 ck_08 (存款保障基金 決議摘錄): the post before each name, the substitutes in order joined by 或."""
    text = "一、将下列权限授予委员会成员刘杏娟,倘其不在、出缺或因故不能视事时,则按先后顺序授予委员会成员李可欣或黄立峰或黄善文;"
    assert people(text) == [("刘杏娟", "委员会成员"), ("李可欣", "委员会成员"), ("黄立峰", "委员会成员"), ("黄善文", "委员会成员")]
    assert people("一、将下列权限授予委员会成员,倘其不在时授予行政管理委员会;") == []


def test_a_macau_jury_member_named_in_latin_letters_after_the_post():
    """blind20 cd_11: `正選委員:…首席技術輔導員 Arlene Lau` (the space lost in normalisation), as the Chinese names of the roll."""
    text = "典试委员会:\n主席:政府总部辅助部门人力资源暨档案处处长谢佩雯\n正选委员:政府总部辅助部门首席技术辅导员Arlene Lau\n"
    assert ("Arlene Lau", "政府总部辅助部门首席技术辅导员") in people(text)
    assert people("主席:请参阅 Macau Government Gazette") == []


def test_a_contact_label_as_written_is_the_title():
    """blind14 bx_08 (科技部 公告): `聯絡人:陳慧真`; blind20 cd_02 (a Taiwan 函): `請逕洽該署承辦人楊雅雯小姐`."""
    assert people("联络人:陈慧真\n联络资讯:(02)2737-7445") == [("陈慧真", "联络人")]
    assert people("四、本案如有疑义请径洽该署承办人杨雅雯小姐,电话:02-77367874。") == [("杨雅雯", "承办人")]
    assert people("联系人:韩斌\n电子邮箱:sxncpjgj@126.com") == [("韩斌", "联系人")]


def test_a_hong_kong_married_name_after_the_post_before_the_speech_verb(corpus_plan):
    """blind23 cg_10 (香港政府新闻网): `公务员事务局局长杨何蓓茵表示`, her husband's surname before her own (as `行政长官林郑月娥
    表示`, 香港电台 2021-12-14): four characters; two surnames without a verb after them are no name."""
    got = {p.name: p.title for p in corpus_plan("blind23/docs/cg_10.txt").people}
    assert got.get("杨何蓓茵") == "公务员事务局局长"
    assert people("据报道,香港特区政府行政长官林郑月娥表示,计划在明年1月初开始。") == [("林郑月娥", "香港特区政府行政长官")]
    assert people("会上,县长张伟强调要抓落实。") == [("张伟", "县长")]


def test_a_run_of_names_alone_names_each_person():
    # 定州日报 2015-02-05: a list of leaders before 等市领导出席, after a sentence's end
    text = "赵志栋、李军辉、周胜会、帅建军、陈业鹏、李新立、庄春来、白俊杰、高亚光、陈庆亮、赵建斌等市领导出席。魏洪彬主持会议。"
    names = [name for name, _ in people(text)]
    assert names[:11] == ["赵志栋", "李军辉", "周胜会", "帅建军", "陈业鹏", "李新立", "庄春来", "白俊杰", "高亚光",
                          "陈庆亮", "赵建斌"]
    assert people("参加培训人员：刘华公、吕振军、孙向红、尚明华。") == [
        ("刘华公", None), ("吕振军", None), ("孙向红", None), ("尚明华", None)]


def test_a_run_of_places_or_bodies_opening_with_surnames_names_nobody():
    assert people("试点城市(宁波、温州、金华)要先行先试。") == []
    assert people("1、各县(市)区(高新区、农高区、经开区)科技局局长参加。") == []


def test_a_speaker_named_before_the_post_and_a_set_speech():
    # blind34 cr_05, a 局's 迎新春茶话会 notice
    assert people("主要议程有:雷春荣局长致新春贺辞、参会同志喜迎新春畅谈发展。") == [("雷春荣", "局长")]


def test_the_person_a_return_is_sent_to_after_the_office():
    # blind32 cp_01
    assert people("5、各科室请于负责人4月6日前将参赛人员名单报送至市场部周虹。") == [("周虹", None)]
    assert people("调查表电子版请发送至我局种植业科邮箱。") == []


def test_the_person_a_return_is_sent_to_before_a_mailbox_or_laoshi():
    # blind28 cl_01, blind31 co_03
    assert people("扫描版通过粤政易政务平台报送至连州市人民政府机关事务管理局左丹玉邮箱。") == [("左丹玉", None)]
    assert people("于6月6日下午三点前将电子版发送至督导办李霞老师办公平台邮箱。") == [("李霞", "老师")]


def test_a_table_copied_one_cell_a_line_names_the_people_of_its_column(corpus_plan):
    """blind32 cp_02 (a hospital's 节目分配安排表 crawled one cell a line): `科室` / `节目数` / `负责人`, then three lines a
    row; the column's head is the title. blind18 cb_11's `名次` / `姓名` / `居民身份證編號` table is the same layout; an empty
    form (blind27 ck_02's 回执表) names nobody."""
    got = {p.name: p.title for p in corpus_plan("blind32/docs/cp_02.txt").people}
    assert len(got) == 12 and got["孙向红"] == "负责人" and got["范美霞"] == "负责人"
    assert people("名单\n姓名\n单位\n职务\n张伟\n县农业农村局\n局长\n李强\n县财政局\n副局长") == [
        ("张伟", "局长"), ("李强", "副局长")]
    assert people("附件:\n人员名单回执表\n姓名\n性别\n单位、职务\n联系电话") == []


def test_source_lines_are_walked_once_a_notice_and_cut_at_joined_raw_lines():
    """Member lines and flat columns both read a notice's source lines; they are kept in its memo (the walk over the
    origin array is the cost): a second call gives the same list without walking again. blind32 cp_02's cells, one a
    line, are lines of their own."""
    from extractor.extract import people as module
    from extractor.ingest import read_file
    from extractor.pipeline import parse_raw

    notice = parse_raw(read_file(CORPUS / "blind32/docs/cp_02.txt")[1])
    first = module.source_lines(notice)
    assert first == list(module._source_lines(notice))
    assert module.source_lines(notice) is first
    cells = [notice.text[a:b].strip() for a, b in first]
    assert cells[cells.index("负责人") + 1:cells.index("负责人") + 4] == ["内一科", "1—2", "孙向红"]


def test_a_leaders_written_instruction_after_the_posts_and_the_name():
    """blind29 cm_01 (宣城市爱卫办): `根据市爱卫会主任、市政府副市长黄敏批示`, the other order of `李春城市长的批示` (blind3);
    the posts joined by `、` are the title, without the formula 根据 that opens the clause."""
    text = "业经多次征求意见与委托合法性审查,根据市爱卫会主任、市政府副市长黄敏批示,拟于近期由市政府办郑华主任主持召开征求意见会。"
    assert people(text) == [("黄敏", "市爱卫会主任、市政府副市长"), ("郑华", "市政府办主任")]
    assert people("根据分管副市长批示,拟于近期召开征求意见会。") == []


def test_a_contacts_post_after_the_name_between_the_office_and_the_phone(corpus_plan):
    """Taiwan 函s and school notices name the contact office, name, post: blind33 cq_09 `請洽本局中等教育科何國旭候用校長,
    電話…`, blind20 cd_04 `郵寄至崇明國中輔導室胡朝義主任收(…),電話:…`; the post is the title. A surname and a post alone
    (blind20 cd_01 `教務處廖主任(電話`) names nobody."""
    assert {p.name: p.title for p in corpus_plan("blind33/docs/cq_09.txt").people} == {"何国旭": "候用校长"}
    assert {p.name: p.title for p in corpus_plan("blind20/docs/cd_04.docx").people} == {"胡朝义": "主任"}
    text = "三、倘填报上有疑问,请洽本局中等教育科何国旭候用校长,电话22289111转分机54205。"
    assert people(text) == [("何国旭", "候用校长")]
    assert people("(二)以交换信箱或邮寄至崇明国中辅导室胡朝义主任收( 701台南市东区崇明路700号),电话: 2907261转151") == [
        ("胡朝义", "主任")]
    assert people("相关问题请径洽公诚国小教务处廖主任(电话:05-5322536转111)。") == []


def test_a_taiwan_offices_head_written_around_the_name(corpus_plan):
    """blind18 cb_02 (臺南市政府工務局 局務會議紀錄): `請本局李主任秘書國榮再繼續追蹤列管`: the post between surname and given
    name as for 局長 (`會議主持人:吳 局長宗榮`); 本局 names no body, so no part of the post. A surname, a post and a
    speech verb (`陳校長表示`) names nobody."""
    got = {p.name: p.title for p in corpus_plan("blind18/docs/cb_02.txt").people}
    assert got == {"吴宗荣": "局长", "李国荣": "主任秘书"}
    assert people("会上,陈校长表示,将加强校园安全。") == []


def test_posts_and_names_parted_by_commas_before_the_appointing_verb():
    """国务院办公厅 2021-04-21 (未成年人保护工作领导小组): `副主任由A副主任盛荣华,B副院长杨万明,…兼任`, as made_up_of reads
    `由…组成`; a clause before the list (`经研究,`) is no part of it."""
    text = ("常务副主任由民政部副部长高晓兵兼任;副主任由中央网信办副主任盛荣华,最高人民法院副院长杨万明,"
            "全国妇联副主席、书记处书记蔡淑敏兼任。")
    assert people(text) == [("高晓兵", "民政部副部长"), ("盛荣华", "中央网信办副主任"), ("杨万明", "最高人民法院副院长"),
                            ("蔡淑敏", "全国妇联副主席、书记处书记")]
    assert people("经研究,县委常委、副县长张三担任组长。") == [("张三", "县委常委、副县长")]
    assert people("经研究,由分管领导担任组长,各部门负责人担任成员。") == []


def test_an_officials_visit_or_speech_after_a_place_clause():
    """post_then_name_act's 在…主持 (blind25 ci_02) with the other acts a notice reports of an official at a place, and
    name_post_speech's `冯光文局长作…讲话` (blind21 ce_12) with 在会上 before the speech; the name ends before 在."""
    assert people("会上,县长张三在讲话中强调,要抓好落实。") == [("张三", "县长")]
    assert people("3月5日,副区长李四到现场指导防汛工作。") == [("李四", "副区长")]
    assert people("会议听取了工作汇报。王小二局长在会上强调,要抓好落实。") == [("王小二", "局长")]
    assert people("会议由副县长周八主持。") == [("周八", "副县长")]
    assert people("县长办公会议在县政府会议室召开。局长在会上强调要抓好落实。") == []


def test_officials_named_before_attending_and_names_sharing_one_post():
    """A report's roll of officials before 出席/列席会议 (海安 县委常委会 2016; 天长 县政协 2021), as attendance_roll reads
    the absent before 请假 (blind31 co_04): each post with its name, or names after `、` sharing the post before them; the
    group's label glued before a run of names (`县领导彭敬捷、张之光…出席`)."""
    text = ("12月26日,县委书记陆卫东主持召开县委常委会第57次会议,县委副书记、县长顾国标,县委副书记成宾,"
            "县委常委李春旺、王炜、盛慧琴出席会议,县人大常委会主任孙进基,县政协主席周宗泉列席会议。")
    got = dict(people(text))
    assert got["顾国标"] == "县委副书记、县长" and got["王炜"] == "县委常委" and got["周宗泉"] == "县政协主席"
    assert [n for n, _ in people("党政联席会\n6月15日,我县召开党政联席会。县领导彭敬捷、张之光、王惠武、靳军出席,县委办等单位负责人参加。")] == [
        "彭敬捷", "张之光", "王惠武", "靳军"]
    assert people("请各单位分管领导参加会议。各乡镇、各部门主要负责同志出席会议。") == []


def test_officials_named_before_attending_a_ceremony_or_a_visit_named_before_its_kind():
    """What the officials attend may be named before its kind (`出席开班仪式`, a 葫芦岛 college's news, yqbizi.cn 2013;
    `参加开班仪式`, 娄底 教育局's 培训班, 6eqi4s.zlhvac.com) or be a visit (`参加调研`, 上海市政府参事室 2026-02-28,
    css.sh.gov.cn): each post with its name; a roll of offices or posts alone names nobody."""
    text = ("市交通局运输管理处副处长刘光奇、培训科科长窦梅、学院动力工程系主任许宝森、副主任郑学贵、"
            "汽车专业负责人孙洪昌等出席开班仪式。")
    assert [n for n, _ in people(text)] == ["刘光奇", "窦梅", "许宝森", "郑学贵", "孙洪昌"]
    assert people("此次培训班学员共80余人。党组书记、局长刘国良参加开班仪式并作辅导报告。") == [("刘国良", "党组书记、局长")]
    text = "2月26日下午,市政府发展研究中心主任祁彦、副主任严军、二级巡视员钱智参加调研。"
    assert dict(people(text)) == {"祁彦": "市政府发展研究中心主任", "严军": "副主任", "钱智": "二级巡视员"}
    assert people("市政府参事室、市政府发展研究中心相关处室负责同志参加调研座谈。各乡镇镇长参加开班仪式。") == []


def test_a_courtesy_callees_post_before_the_name_is_the_title(corpus_plan):
    """blind34 cr_09 (a Hong Kong 社會福利署 page): `與社會工作主任李偉鵬先生或…與助理社會工作主任潘慧茵女士聯絡`, the gold's
    titles; blind_tw_hk tw_02's `教育設施科黃姿蓉小姐` has an office, no post: no title. A circular's 聯絡 is a call too."""
    got = {p.name: p.title for p in corpus_plan("blind34/docs/cr_09.txt").people}
    assert got == {"李伟鹏": "社会工作主任", "潘慧茵": "助理社会工作主任"}
    assert people("教育局通函\n如有查询，请联络本局课程发展主任陈大文先生（电话：2892 6543）。") == [("陈大文", "课程发展主任")]
    assert people("公告\n倘有疑问请电洽教育设施科黄姿蓉小姐,连络电话 8462860#312 。") == [("黄姿蓉", None)]


def test_a_roll_of_posts_and_names_whatever_its_predicate(corpus_plan):
    """平顶山职业技术学院's 通报 (blind36 ct_07, a .doc) cites four officials as examples, each post then name, joined by `、`,
    before what they did: each a person with the post as title. A list of offices or posts alone names nobody."""
    got = {p.name: p.title for p in corpus_plan("blind36/docs/ct_07.doc").people}
    assert got == {"于励鹏": "成教处处长", "梁南丁": "机电系主任", "王惠才": "招生处处长", "栗成杰": "教科研处处长"}
    assert people("如:学生工作部、团委等单位,至今没报送材料。") == []
    assert people("请各系主任、处长认真组织,按时报送。") == []


def test_the_people_a_personnel_decision_appoints_or_relieves():
    """任免: 四川省人大常委会 2001 (renminbao.com) `會議決定任命陳文光爲省政府副省長`, 国务院 2010-01-04 as a sciencenet.cn post
    quotes it (a list with a note on one member), and the 干部任免通知's `×××同志任××职务`, `×××等同志为候选人`, `免去…同志…职务`:
    each named person, the post after 为 or before 职务 the title where it stands there."""
    assert people("会议决定任命陈文光为省政府副省长;接受徐世群、欧泽高辞去省政府副省长职务的请求。") == [("陈文光", "省政府副省长")]
    got = people("国务院免去了何亚非和武大伟的外交部副部长的职务,并任命崔天凯、傅莹(女)、翟隽为外交部副部长。")
    assert {n for n, _ in got} >= {"崔天凯", "傅莹", "翟隽"}
    assert people("县委提名:张三等同志为县人大代表候选人。") == [("张三", "同志")]
    assert people("县委决定:免去李四同志县农业农村局局长职务。") == [("李四", "同志")]
    assert people("拟任命为副县长的人选须经考察。聘请高校为合作单位。") == []


def test_a_hong_kong_appointment_and_not_the_first_of_a_counted_one(corpus_plan):
    """Hong Kong's 委任 (教育局 on 家校会, 文汇报 2016-09-01 `并委任黄裕良为新委员`) appoints as 任命 does; 咸宁市人民政府's
    决定 (blind15 by_04) `决定聘任王贤荣等50名同志为…委员` names the first of a list given below with each post, which the
    gold keeps as the title."""
    assert people("教育局昨宣布并委任黄裕良为新委员。") == [("黄裕良", "新委员")]
    assert people("委任律师为代表。") == []
    got = {p.name: p.title for p in corpus_plan("blind15/docs/by_04.txt").people}
    assert got["王贤荣"] == "南京林业大学生物与环境学院教授"


def test_a_hong_kong_official_acting_for_another_as_shuren():
    """署任, Hong Kong's word for acting as 署理 (政府新闻公报 2011-12-19 `期间由教育局副局长陈维安署任局长。`; 2017-02-10
    `教育局副局长杨润雄将署任教育局局长。`): the post before the name its title."""
    assert people("他将于十二月十九日至二十三日休假,期间由教育局副局长陈维安署任局长。") == [("陈维安", "教育局副局长")]
    assert people("期间由教育局副局长署任局长。") == []


def test_the_person_a_macau_gazette_extract_concerns(corpus_plan):
    """保安司司長辦公室's 通告 in the Macau gazette (blind26 cj_08): `治安警察局警務總長編號103791,萬德民,根據…`, the post and the
    staff number before the name; the 2025 gazette's 批示摘錄 head their paragraphs with the name and a dash before 根據
    (bo.io.gov.mo 2025 no. 14 and no. 1, the post after a comma the title)."""
    got = {p.name: p.title for p in corpus_plan("blind26/docs/cj_08.txt").people}
    assert got["万德民"] == "治安警察局警务总长"
    text = ("透过签署人二零二五年三月二十六日批示:\n谭子盈 – 根据现行第14/2009号法律《公务人员职程制度》第十四条第一款(二)项的"
            "规定,晋级为第一职阶首席技术辅导员。\n冯洁仪,本局人员编制第三职阶首席顾问高级技术员 — 根据现行《澳门公共行政工作"
            "人员通则》第二百六十三条第一款a)项的规定,于二零二五年一月二日因自愿退休而离职。")
    assert people(text) == [("谭子盈", None), ("冯洁仪", "本局人员编制第三职阶首席顾问高级技术员")]


def test_an_official_cited_by_a_news_report_post_then_name(corpus_plan):
    """A report cites an official, the post right before the name, then what the official says or expects: 預料 (澳門電台,
    blind38 cv_11 `教育及青年發展局局長龔志明預料,…`), 稱 (澳門電台 2022-09-27), 回應 and 說 (新华社 2018 部长通道)."""
    assert {p.name: p.title for p in corpus_plan("blind38/docs/cv_11.txt").people}.get("龚志明") == "教育及青年发展局局长"
    assert people("经科局促进营商处处长刘杰麟称,截至周日已有约11万居民用完款项。") == [("刘杰麟", "经科局促进营商处处长")]
    assert people("国家邮政局局长马军胜回应,要始终坚持严守安全底线。") == [("马军胜", "国家邮政局局长")]
    assert people("局长回应,要坚持底线。教育局局长预料,今年约有6,400多位学生申请。") == []


def test_an_office_word_running_on_past_its_first_character_names_nobody():
    """sent_to_person reads the person a return is sent to after the office (blind32 cp_01 `报送至市场部周虹`); 部门 is one
    word, so `代为送至主校区各职能部门办理` (重庆工商大学's 综合服务大厅 notice, 2025) names nobody."""
    assert people("负责收集师生的材料,并代为送至主校区各职能部门办理。请将材料报送至各部门汇总。") == []
    assert people("5、各科室请于负责人4月6日前将参赛人员名单报送至市场部周虹。") == [("周虹", None)]


def test_members_run_together_name_then_bracketed_post_each_take_their_own_post(corpus_plan):
    """`姓名（单位职务）` members run together on one line (ANNOTATION, README): the first member's post is its bracket,
    not the rest of the line; a post with its own bracket (`中国地质大学(武汉)…教授`, blind15 by_04) stays whole."""
    text = "领导小组成员名单如下：\n成员：王小明（县发改局局长）、李大刚（县财政局局长）、赵小兵（县教育局局长）"
    assert people(text) == [("王小明", "县发改局局长"), ("李大刚", "县财政局局长"), ("赵小兵", "县教育局局长")]
    text = "组长：张三丰(县委副书记、县长)；副组长：李四光(副县长)、王五福(副县长)。"
    assert dict(people(text))["李四光"] == "副县长"
    got = {p.name: p.title for p in corpus_plan("blind15/docs/by_04.txt").people}
    assert got["易明"] == "中国地质大学(武汉)经济管理学院教授"


def test_a_meetings_chair_under_its_label_posts_then_name(corpus_plan):
    """`会议主持人:区委常委、宣传部长王国华。` (blind15 by_09): the chair's posts are the title the gold gives, not the role
    the member list below gives him; `會議主持人:吳 局長宗榮` (blind18 cb_02) stays title_around_name's 吴宗荣 (a surname
    with a form of address, `吴局长`, is no post before a name)."""
    assert {p.name: p.title for p in corpus_plan("blind15/docs/by_09.txt").people}["王国华"] == "区委常委、宣传部长"
    assert {p.name: p.title for p in corpus_plan("blind18/docs/cb_02.txt").people} == {
        "吴宗荣": "局长", "李国荣": "主任秘书"}
    assert people("会议主持人:区委常委、宣传部长。主持人:区委办公室") == []


def test_a_roll_of_attending_officials_closing_with_the_units_heads_it_does_not_name():
    """秦安 县委常委会 2013 `…县政协副主席李育新及有关部门负责人列席会议。` and a 县 meeting's `…县河务局局长高钊,各乡(镇、办)、
    县直相关单位负责同志参加。`: the named officials each with the post; the heads of units alone name nobody."""
    text = "县人大常委会主任贾万祥、县政协主席高霆钧、县政协副主席李育新及有关部门负责人列席会议。"
    assert dict(people(text)) == {"贾万祥": "县人大常委会主任", "高霆钧": "县政协主席", "李育新": "县政协副主席"}
    text = "会议强调,要紧盯关键环节。县委常委、副县长毕孟川,副县长周瑞敏、郑鑫,县河务局局长高钊,各乡(镇、办)、县直相关单位负责同志参加。"
    assert dict(people(text)) == {"毕孟川": "县委常委、副县长", "周瑞敏": "副县长", "郑鑫": "副县长", "高钊": "县河务局局长"}
    assert people("县政府副县长、县政府党组成员出席会议,县直有关部门、各镇负责人列席会议。请各单位按时参加。") == []



def test_a_memos_sender_under_its_addressee(corpus_plan):
    """A Hong Kong association's memo head `致 :` / `由 :` / `日期 :`: the sender's posts and names (blind40 cx_11's
    `由 :秘書長蔡淑蓮、副秘書長彭一邦`, a PDF), or the name then the post (its 會長通訊 `由 :潘燊昌會長`); a `由` line under no
    `致` line, or naming an office, names nobody."""
    assert {p.name: p.title for p in corpus_plan("blind40/docs/cx_11.pdf").people} == {
        "蔡淑莲": "秘书长", "彭一邦": "副秘书长"}
    head = "会长通讯 (05/24)\n\n致 :全體會員\n由 :潘燊昌會長\n日期 :2024年1月31日\n\n誠邀出席諮詢會\n"
    assert [(p.name, p.title) for p in parse(head.encode(), filename="t.txt").people] == [("潘燊昌", "会长")]
    assert people("致:全体会员\n由:秘书处\n日期:2023年5月16日") == []
    assert people("会议由:秘书长蔡淑莲\n日期:2023年12月15日") == []


def test_an_office_word_runs_on_before_the_contacts_name():
    """`请联系收发管理办公室潘玉霞老师(电话:81050058)` (a college's 安全保卫处 notice, bwc.jcet.edu.cn 2025): the office ends at
    办公室, not at its 办, and the person is 潘玉霞."""
    assert people("5. 相关问题请联系收发管理办公室潘玉霞老师(电话:81050058)。") == [("潘玉霞", "老师")]


def test_names_alone_after_a_levels_leaders_label():
    """`市领导叶林、秦良骥、…、张颖参加会议` (a 市长碰头会 report): the label says they are people, though most names have two
    characters; a run that is no names (`市领导高度重视、亲自部署`) names nobody."""
    text = "12月15日,市委副书记、市长查俊主持召开市长碰头会。市领导叶林、秦良骥、李向阳、马聪、蔡慧、李阜乔、张颖参加会议。"
    assert [n for n, _ in people(text)] == ["查俊", "叶林", "秦良骥", "李向阳", "马聪", "蔡慧", "李阜乔", "张颖"]
    assert people("市领导高度重视、亲自部署。县领导班子、干部职工、广大群众积极参与。") == []


def test_a_post_then_the_name_then_a_courtesy_title():
    """Hong Kong's way of naming an official (hkpasea.org 2024 `保安局局長鄧炳強先生, GBS, PDSM, JP日前出席…`): the post before
    the name, 先生 after it; a surname alone names nobody, and a callee keeps courtesy_callee's post."""
    text = "保安局局長鄧炳強先生, GBS, PDSM, JP日前出席本會舉辦之晚宴,並與會員分享特區政府如何推進立法。"
    assert people(text) == [("邓炳强", "保安局局长")]
    assert people("会上,局长王先生致辞。") == []
    assert people("如有查询，请联络本局课程发展主任陈大文先生（电话：2892 6543）。") == [("陈大文", "课程发展主任")]


def test_a_replys_addressee_named_before_the_role(corpus_plan):
    """A reply to a deputy's 建议 or a member's 提案 names its addressee on the 主送 line: `李晓何等代表:` (blind37 cu_07),
    `崔银雷委员:` (blind38 cv_03, a DOCX); a collective names nobody."""
    assert ("李晓何", "代表") in [(p.name, p.title) for p in corpus_plan("blind37/docs/cu_07.txt").people]
    assert ("崔银雷", "委员") in [(p.name, p.title) for p in corpus_plan("blind38/docs/cv_03.docx").people]
    assert people("各位代表:\n现将有关情况答复如下:") == []


def test_a_contacts_number_right_after_the_post(corpus_plan):
    """`請逕洽稻香國小周慧怜主任03-8524663分機400` (blind37 cu_08): a school is the office, the number follows the post with
    no label; `…崇明國中輔導室胡朝義主任收(…),電話:` keeps its office 輔導室 (blind20 cd_04)."""
    assert ("周慧怜", "主任") in [(p.name, p.title) for p in corpus_plan("blind37/docs/cu_08.txt").people]
    assert people("(二)以交换信箱或邮寄至崇明国中辅导室胡朝义主任收( 701台南市东区崇明路700号),电话: 2907261转151") == [
        ("胡朝义", "主任")]
    assert people("请径洽上枫国小教务处03-8524663分机400。") == []


def test_contacts_named_in_their_labels_and_offices(corpus_plan):
    """A name glued to its mobile under an errand's label, the label its title (`(1)工作联系:张旭18030617553(2)现场会务:
    周萍18108096397`, blind42 cz_01); a 联系人 line ending in the office and the name (`联系人:…学会工作部李靖`, blind40
    cx_01); the desk `X处` a thing is handed to (`交到教务处教学科王明远处`, blind42 cz_05)."""
    assert {("张旭", "工作联系"), ("周萍", "现场会务")} <= {(p.name, p.title) for p in
                                                      corpus_plan("blind42/docs/cz_01.txt").people}
    assert ("李靖", "联系人") in [(p.name, p.title) for p in corpus_plan("blind40/docs/cx_01.txt").people]
    assert "王明远" in [p.name for p in corpus_plan("blind42/docs/cz_05.docx").people]
    assert people("报名咨询:李老师13912345678") == []
    assert people("请将材料报送至局办公室文秘处。") == []


def test_a_surname_and_a_courtesy_title_after_an_office_name_nobody(corpus_plan):
    """`聯絡人:臺中市南區區公所陳小姐` (blind41 cy_12): 陳小姐 is a contact's name only, and `公所陳` no person."""
    assert "公所陈" not in [p.name for p in corpus_plan("blind41/docs/cy_12.txt").people]
    assert people("服务详情请洽南区区公所陈小姐。") == []
    assert people("倘有疑问请电洽教育设施科黄姿蓉小姐,连络电话 8462860#312 。") == [("黄姿蓉", None)]


def test_a_rank_or_advisers_post_before_a_name_that_closes_its_clause(corpus_plan):
    """A speaker presented by post then name: `主讲嘉宾为…中医药临床研究服务中心顾问谢国才。` (blind44 db_11), `…田径运动员、
    暨南大学体育学院教授苏炳添,于4月23日…` (blind46 dd_09); a word after the post (`发挥法律顾问作用`) names nobody."""
    assert "谢国才" in [p.name for p in corpus_plan("blind44/docs/db_11.txt").people]
    assert ("苏炳添", "暨南大学体育学院教授") in [(p.name, p.title) for p in corpus_plan("blind46/docs/dd_09.txt").people]
    assert people("充分发挥法律顾问作用。") == []
    assert people("聘请专家担任技术顾问,支付顾问费用。") == []
