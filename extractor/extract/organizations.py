"""Organisations: the named bodies a notice's body and 抄送 line mention, each once in its fullest form.

A name is found from its end: a suffix of `rules/organizations.yaml` (局, 中心, 领导小组…) that no
word runs on from (局长, 中心组), and that is not the tail of an ordinary word (举办, 全局). Its
left edge is the nearest punctuation, space, digit or stop word (由, 负责, 各…), and the name starts
there only where a division, a level word or a known body starts it; else at the first division or
known body inside it, else after the clause-opening words it starts with (`_trim_left`). Known bodies
(extractor/data/gov_bodies.txt) are also found where they end in no suffix (党中央, 欧盟). A name cut at
a collective word (各, 有关), with a level (省级), a count (30家, 四大), a generic type or a government
not named by its place (地方政府) is a collective reference and is kept apart. Names written two ways are merged: `（以下简称X）`, a short
form whose characters run in order through a fuller one with the same suffix (人社局 / 县人社局),
and a bare suffix (领导小组) that only one named body ends with.

Names are matched on characters, not on jieba's words: a suffix such as 局 or 处 is often cut
into a word with what follows it (局长, 处理), and segmenting a notice would cost more than the
rest of its parse (see `extractor/nlp.py`).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from ..document import Notice
from ..models import Organization
from ..rules import after_last, load_rules, regex, trie_source
from . import Found, data_lines, snippet_notice
from .people import looks_like_name

_NAME_MARKS = "“”‘’·"     # what a name holds besides ideographs
_NAME_CHAR = regex(r"[\u3400-\u9fff%s]" % _NAME_MARKS)
_UP_TO_NON_NAME = regex(r"(?s).*[^\u3400-\u9fff%s]" % _NAME_MARKS)     # a range's text up to its last character no name holds
# 丶 (U+4E36, an ideograph) typed for the enumeration comma 、: a mark before a name, no part of it (`五丶衛生局來文影本` blind37
# cu_11; `一丶指導思想` blind3 bf_11, `本2份丶光碟1片` blind14 bx_04)
_ENUMERATION_DOT = "丶"
_COUNT_WORDS = "家个所类批名间"    # the measure words of a count before a name (`_count_ends`)
# (and the units directly under a level, 市直 / 县直, as the recipients' `县直各单位`, `市直有关部门` write them: `市直学校`
# blind11 bu_12, `省直管市科技局` blind21 ce_06; not 县直属机关事务服务中心, nor the 市直机关工委 of the units' party members)
_LEVEL_NAME = regex(r"^(?:[省市县区乡镇]级|各|[省市县区]直(?![属辖]|机关))")
# the schools of the whole country or province (`參加對象為全國國民小學學生` blind18 cb_04, `全省普通高等学校`): a kind, also where
# the clause's opening words cut 全 off the name (`组织参加全省学校2021年秋季学期…视频会议`, `总结…全省学校疫情防控工作` blind57 do_02)
_ALL_OF = regex(r"全[国省市县区]")
# a count of bodies around a name makes it a kind (`_count_around`); not one in 名, which counts the people of a body (`邀请1名
# 市政府法律顾问组成员列席会议` blind15 by_01, `选派2名县教育局工作人员`)
_COUNT_BEFORE = regex(r"(?:\d+|[一二三四五六七八九十两几数多]+)[家个所类批间]$")
_COUNT_AFTER = regex(r"^\d+[家个所类批间]")
# a document number after the suffix: 〔2023〕 (or `国办发„2009‟3号`, 〔〕 garbled by a page's encoding), or
# Taiwan's `院臺秘字第0930086517號` (the 院 of 院臺 is no name's end)
# (also one whose year lost its closing bracket in the source: `(黔府办发〔201930号)` blind11 bu_01, `(赣府厅字〔201590号)`
# blind24 ch_07)
# (and the compatibility form ﹝﹞ of 〔〕, `(普府办收﹝2021﹞214号)` 普陀区民政局's 情况报告 (shpt.gov.cn 773061); a template's year,
# `市委办〔20**〕91号` (010zaixian.com 2814143); a number glued to 字 with no 第, `(鲁政办字2020167号)` blind32 cp_05)
# (matched in the twelve characters after a name: `_DOC_NUMBER_AFTER.match(text, e, e + 12)`)
_DOC_NUMBER_AFTER = regex(r"(?:[\u4e00-\u9fff]{0,4}[〔\[【(（„〖［﹝](?:\d{4}|\d{2}[*＊Xx×]{2})(?:[〕\]】)）‟〗］﹞]|\d{1,4}号)"
                               r"|[\u4e00-\u9fff]{0,5}字第?\s*\d)")
# what follows a name that names a thing, not a body: a law (《中华人民共和国商业银行法》) or a regulation of a field
# named after the body it binds (《中国共产党农村工作条例》 blind4 bk_05, 《中国共产党问责条例》), an app (“浙里办”APP), a
# building in an address (政府总部东翼六楼, 海关总部大楼), or a block of one (Hong Kong's `律政中心東座6樓`, `律政中心西座8樓`
# blind18 cb_06, `政府總部中座三樓` blind14 bx_10), or a road of an address, named after a body, before its house number
# (`北京市海淀区学院路30号` blind22 cf_05, `台北市文山区试院路1之1号` blind5 bm_09), or an address's division or district
# before the rest of a road's name and its number (`邮寄至成都市高新区锦城大道366号成都市民政局办公室` blind41 cy_04, `成都市
# 科华北路65号世外桃源酒店` blind42 cz_01: no 高新区 nor 科 of a body), or the gazette or news release a
# government publishes (`香港特别行政区政府宪报一般在星期五出版` blind16 bz_06, `（转载自香港特别行政区政府新闻公报）` blind22
# cf_10, `台南县政府公报93年第30期` blind_tw_hk tw_01)
_THING_BRANCHES = (r"法(?:》|〉|第|实施)|(?:(?!关于)[\u4e00-\u9fff]){1,12}?(?:条例|准则)[》〉]"
                   r"|[”\"」]?\s*(?:APP|App|app|小程序|客户端|公众号)|(?<=政府)(?:新闻)?公报|(?<=政府)宪报"
                   r"|[东西南北]翼|[东西南北中]座(?![谈位次])|大楼|大厦"
                   r"|[\u4e00-\u9fff]{0,4}?(?:[路街]|大道)(?:\d+(?:之\d+)?|[一二三四五六七八九十百]+)号")
# (asked at every suffix and body end, mostly where nothing follows: a lookahead of what every match holds fails there first,
# where the branches' lazy runs would try each width: the first character of a branch (法, a quote or space before APP,
# 小程序, 客户端, 公众号, 公报, 宪报, 新闻公报, a wing or block's direction), a road's 路/街/大 (大道; also 大楼, 大厦)
# within the first five, or 条例/准则 after one to twelve characters)
_THING_AFTER = regex(r"(?=[法”\"」\sAa小客公新宪东西南北中]|.{0,4}?[路街大]|.{1,12}?(?:条例|准则))(?:" + _THING_BRANCHES + ")")
# a floor after a centre: the centre is a building (`福州市市民服务中心4层`, `南丰商业中心十二楼`); after another name, the floor of the
# body's premises, which names the body (`在市政府四楼会议室召开` blind15 by_01, `于交通部5楼集会堂` blind18 cb_04)
_FLOOR_AFTER = regex(r"[\d一二三四五六七八九十]+[楼层]")
# a date in Chinese numerals ends a name's left context (`依據行政院九十三年六月二十九日院臺秘字…`)
# (or a month's end or part: `3.11月底前天目山镇中心幼儿园竣工交付` blind9 bs_04)
# (and a range of days in a month: `7月4日至8日文化局将有限度运作` blind39 cw_10, Macau's 文化局 news)
# or an article of a law (`…法》第三十五条商业银行贷款`), or a round of a campaign (`开展第四轮区委书记大接访活动` blind26 cj_03)
# (and a bare year: `2020年县政府党组会议`, 镇坪县 督办通报 blind8 br_04; `2021年县政府重点工作任务`, 华容县 bl_06)
# (a year of the Republic of China calendar, `本部為推動107年技專校院學生參加…` blind24 ch_09, `108年度` of Taiwan 函s, or a
# template's blank year, `现制定__年区建设局创建全国文明城市的工作实施方案` blind21 ce_10)
_DATE_OR_ARTICLE_CHAR = regex("[月年第]")    # every match of _CN_DATE_OR_ARTICLE holds one
_CN_DATE_OR_ARTICLE = regex(r"(?:[〇○零一二三四五六七八九十百\d]{1,4}年)?[〇○零一二三四五六七八九十\d]{1,3}月"
                                 r"(?:[〇○零一二三四五六七八九十\d]{1,3}[日号](?:至[〇○零一二三四五六七八九十\d]{1,3}[日号])?|[底初末]|[上中下]旬)"
                                 r"(?:[以之]?[前后]|起)?"
                                 r"|(?<![\d_])(?:\d{2,4}|_+)年度?"
                                 r"|第[〇○零一二三四五六七八九十百千\d]+[条款项章节轮]")
_DATE_CHARS = 10    # 2024年12月31: the most of a date that can stand before where the walk stopped
_COUNT_IN_NAME = regex(r"^[一二三四五六七八九十两几数多]+[大个家类区间]")   # 十八區民政諮詢中心: one in each of 18; 八間…診所 (間, Hong Kong's count of premises)
# a slogan that counts the bodies or places a plan builds, two counts or more (`“一支部三中心”、“两中心一站”城乡社区组织体系`
# blind34 cr_01, `为襄阳“一极两中心”建设提供坚实保障` blind15 by_08): a plan's shape, no body
_COUNT_SLOGAN = regex(r"^(?:[一二三四五六七八九十两]+[\u4e00-\u9fff]{1,3}?){2,}$")
_PLACE_PREFIX = regex(r"^[\u4e00-\u9fff]{0,6}?(?:自治区|省|市|县|区|州|旗)")
# (市民: the citizens, who open a clause of Hong Kong service news, `市民如需地政總署的服務` blind20 cd_07, `市民可透過各區民政
# 事務處` blind10 bt_12, `市民如有緊急舉報` bt_11; not 市 + 民政局, 民族宗教事务局, 民宗局: `_not_level`)
# (乡村, 城区: the countryside and the towns, which name the schools found there, a kind (`乡村小规模学校`, `城区中小学校建设
# 任务全部完成` blind27 ck_04, as 县域 does `县域内城乡义务教育学校`); 乡村振兴办 is named by its work, no 乡's)
# the committee every village or community elects (村民委员会组织法, art. 2): one is named by its village or community
# (东山村村民委员会, 社区居民委员会); named by a town, district, province or the country above them, the committees of that
# division's villages, a kind (`《来苏镇第十一届村民委员会换届选举工作方案》`, `《重庆市村民委员会选举规程(试行)》`,
# `《中华人民共和国村民委员会组织法》` blind17 ca_01)
_GRASSROOTS_OF_DIVISION = regex(r"(?:(?<!村)村民|(?<!社区)居民)委员会$")
_NOT_LEVEL = ("市场", "区域", "区块", "县域", "省域", "市域", "省份", "市民", "乡村", "城区")
_LEVEL_NOT_CITIZENS = ("市民政", "市民族", "市民宗")


def _not_level(text: str, i: int = 0) -> bool:
    """The level word at `i` opens an ordinary word (市场, 区域, 市民), no name."""
    return text.startswith(_NOT_LEVEL, i) and not text.startswith(_LEVEL_NOT_CITIZENS, i)


_TITLE_AFTER = regex(r"(?:常务)?副?(?:司长|局长|处长|部长|主任|书记|行长|经理|总经理|秘书长|主席|院长|厅长|署长|科长|"
                          r"巡视员|调研员|总工程师|高级工程师|所长|教授|研究员|"
                          # (总监, the head of a Hong Kong department's centre: `衞生署衞生防護中心總監黃加慶` blind60 dr_09,
                          # `衞生防护中心总监梁挺雄` jianlun.com 291347932; people.yaml HEAD_POST)
                          r"总监)")
_GOVERNMENT = ("政府", "人民政府")
_HEAD_EXTRA = 2     # the characters a fuller head may add to a short form (和, 人民)
# `促进3岁以下婴幼儿…`: 以下 bounds an age inside a name, not the name's left context
_AGE_BOUND = regex(r"(?:(?<=[\u4e00-\u9fff]\d岁)|(?<=[\u4e00-\u9fff]\d\d岁))以[上下]")
# `…自治县成立60周年县庆办公室`: 成立 before an anniversary names the founding it counts, inside the name (blind54 dl_05;
# 广西壮族自治区成立60周年庆祝活动筹备委员会办公室), not a verb that opens the name's clause (成立领导小组)
_ANNIVERSARY_BOUND = regex(r"成立(?=\d{1,4}周年)")
_MODALS = "可应须需要将均如若倘"   # a modal verb or a condition after a subject (公司可…, 企业应…, 學校如有…: blind10 bt_08)
_PREDICATE_MARKS = _MODALS + "会正已"     # and the aspect words after a subject (局会…, 署正…, 局已…)
_LEVEL_BRACKET = regex(r"[（(][省市县区州盟旗乡镇街道、]{1,12}[）)]")
# the area or city in brackets after a district or a university, which a name keeps: a district's centre by the area it
# serves (`北区（台山）社会工作中心`, `西北区（青洲）社会工作中心` blind30 cn_10), a university's campus (`中国地质大学(武汉)经济管理
# 学院教授` blind15 by_04); not what a bracket includes (`城区(含开发区)`) nor a zone's other name (`开发区(高新区)管委会`)
_AREA_BRACKET = regex(r"(?:(?<=区)|(?<=大学))[（(](?!含|不含|包括)[\u4e00-\u9fff]{2,4}(?<![区县市])[）)]")
# a company's group or holding in brackets inside its name (`常州市城市建设(集团)有限公司` blind23 cg_07, `福建龍溪軸承(集團)股份
# 有限公司` ppfocus.com/0/trbbf9a8e, its 2020 股东大会 papers)
_GROUP_BRACKET = regex(r"[（(](?:集团|控股)[）)]")
# a company's place in brackets inside its name, before its legal form (`新科技顾问(香港)有限公司` blind51 di_09; `中国银行(澳门)
# 股份有限公司`, `滴灌通(澳门)金融资产交易所股份有限公司` blind92 ex_08, GCS's 金管局 release)
_PLACE_BRACKET = regex(r"[（(](?:香港|澳门|中国|台湾)[）)]")
_COMPANY_FORM = regex(r"[\u4e00-\u9fff]{0,10}?(?:有限公司|股份)")
_AGE = regex(r"\d{1,3}岁(?:以[上下])?")
_TERM = regex(r"第?[〇○零一二三四五六七八九十百\d]{1,4}届")    # a body's numbered term (十三届全国人大, 九届市人民政府)
_ACRONYM_END = regex(r"(?<![A-Za-z])[A-Z]{1,6}\+?$")     # STEM, A+: an acronym a name starts with
_ACRONYM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ+")
# a collective word governs a name cut to a body inside its fragment only this close before it (各地市场监管局), not across
# a noun and a verb (bm_07 `相關證明文件送抵教育局幼稚園教育分部`: 相关 qualifies 证明文件)
_GOVERNED_GAP = 3
_WRAPPED_LINE = 20      # a line this long that ends inside a word was wrapped by its layout
_INNER_LEVELS = "县省"   # level words that start a name inside a fragment (_inner_level)
_INNER_CHARS = 16       # how far before its suffix a name is looked for inside a fragment
# after a name: the collective of its units it heads (国务院有关部门, not 国务院有关部署) or the date under a signature, on its
# line or the next (a misprint `2018年10日11日` included), not a date in a table's next cell
_COLLECTIVE_AFTER = regex(r"(?:各|有关|相关|所属|直属|其他|其它)[\u4e00-\u9fff]{0,4}?(?:部门|单位|机构|部委|司局|厅局|方面)")
# or the printing line under the notice (版记, GB/T 9704: `印发机关 + 印发日期 + 印发`, `鹰潭市科协办公室2008年3月5日印发` blind33
# cq_01, `…县人民政府办公室秘书科2015年3月5日印发` blind15 by_07)
# (a template's year too, `常州市发展和改革委员会` over `20xx年4月26日` blind23 cg_07, as `市委办〔20**〕91号`)
# (the name signing off with its 敬启 over the date: `匡智屯门晨辉学校谨启` / `二零二一年一月五日`, blind38 cv_12)
# (the 此件 note of how far it goes set between the signature and its date: `珲春市人民政府办公室` / `(此件发至乡) 2017年6月13日`,
# blind59 dq_04; `牟定县人民政府办公室` / `(此件公开发布)` / the date, mdx.gov.cn's 牟政办发〔2017〕46号 page)
# (a seal's note may close the signature's line: `“双代会”筹备工作领导小组(代章)` over `2016年12月12日`, blind21 ce_07;
# `宁德市科技特派员工作联席会议办公室宁德市科学技术局(代章)` over `2023年6月14日`, blind69 ea_01; structure.yaml `seal_note`)
_SIGNATURE_AFTER = regex(r"(?:[ \u3000]*(?:敬启|谨启|[（(](?:代章|盖章|公章)[）)]))?(?:[ \u3000\n]*[（(]此件[\u4e00-\u9fff]{2,8}[）)])?[ \u3000\n]*(?:\d{4}|\d{2}[xX*＊×]{2}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,2}[月日]"
                              r"[\d〇○零一二三四五六七八九十]{1,3}日[ \u3000]*(?:$|\n|[（(]|印发[ \u3000]*(?:$|\n))")
# or the date and 于 before a Macau gazette's signature, where the place it is signed ends its line or the signer's post follows
# a dash (`二零零九年十月六日于行政长官办公室\n办公室主任何永安`, `二零零九年十月八日于商业及动产登记局——登记官谭佩雯` blind18
# cb_10; `二零二二年十二月十三日于财政局\n局长容光亮` blind14 bx_02, `二零一五年九月一日于政府总部辅助部门\n典试委员会:` blind20 cd_11)
_SIGNED_AT = regex(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,2}月"
                        r"[\d〇○零一二三四五六七八九十]{1,3}日于$")


class Mention(NamedTuple):
    """A name found (immutable: the mentions of a text are memoised and read by two extractors; a tuple, as it is
    made some hundred times a notice and a frozen dataclass costs several times a tuple to make)."""
    start: int
    end: int
    name: str
    rule: str
    suffix: str
    collective: bool = False
    alias: Optional[str] = None       # for alias_declared: the short form it introduces


@dataclass
class _Lexicon:
    suffix_re: re.Pattern
    suffix_set: frozenset
    not_org: tuple
    office_cores: tuple                 # an office's work whose last character opens an ordinary word (督查 + 办, not 查办)
    continuations: tuple
    not_run_on: tuple                   # 组成员: where a continuation starting inside a suffix (组成) does not run on
    stops: tuple
    self_refs: frozenset                # 本部, 我局: stop words whose body the name after them is a unit of
    clause_preps: tuple                 # 除: prepositions that open a clause, not a name, at the clause's start
    address_ends: frozenset             # 号, 楼, 层: what ends an address's number before a name
    ground_floors: tuple                # 地下, 地库: a floor with no number after a house number, before a name
    buildings: frozenset                # 大楼, 合署: stop words after which a ground floor is no part of the name
    office_ends: tuple                  # 组, 科…: an issuer ending so with no place is an office inside a body
    collective: frozenset
    generic: frozenset
    counter_ends: tuple                 # 收發處, 客戶服務中心: a service point or counter, a venue and no body
    counted_subjects_re: re.Pattern     # 数学三科: school subjects counted, no numbered 科 of a body
    full_suffixes: dict                 # 國小 -> 國民小學: a short suffix's written-out form
    compounds: tuple
    joining: frozenset
    unit_suffixes: frozenset
    kind_re: re.Pattern
    generic_core_re: re.Pattern
    townships_re: re.Pattern            # 乡镇 in a name: a body of every township (乡镇民政办, 海南省乡镇卫生院), a kind
    service_core_re: re.Pattern         # 咨询, 急救: a 中心 whose core is only these names a kind of centre
    kind_suffixes: frozenset            # 学校, 联谊会: one no division or known body starts is named only as a list's item
    place_kind_suffixes: frozenset      # 国小, 国中: with only a place before them, the schools of that place
    stage_words: tuple                  # 国民: the word of a school's stage before 中学 / 小学, no core of a name
    school_founders: tuple              # 国立, 私立: a school they start with a core of its own is named
    place_named: tuple                  # 大学: a place right before it starts the name (学生获澳门大学 -> 澳门大学)
    kind_ends: tuple                    # 中小学: a name ending so names the schools of a kind
    subjects: frozenset
    frame_label_re: re.Pattern
    frame_row_re: re.Pattern            # a bulletin row (`poster - unit | date | views`) over a school site's notice
    handed_in_re: re.Pattern            # a deadline's 前/后 and a verb that hands a form in (下班前交, 完毕后缴回)
    handing_re: re.Pattern              # 交, 送: the verb alone, at a name's start (`,交学生科`)
    guarded: dict
    short_cores: str
    levels: dict
    max_chars: int
    max_label_chars: int                # the longest quoted label a name holds (“双认证”, “一带一路”)
    quoted_team_ends: tuple             # 小组: a name quoted whole ending so is a team's, whatever starts it
    hotline_numbers: tuple              # a hotline's number a name runs back across (衡东县12345政务服务热线中心)
    copyright_re: re.Pattern            # a page's copyright mark, the site's owner after it (Copyright ©新文媒體有限公司)
    sending_verbs: str                  # verbs that send to a body and begin names' words (送市编办, 交通)
    head_re: re.Pattern
    alias_re: re.Pattern
    session_re: re.Pattern              # a session after a name of a numbered term: a meeting (人大二次会议)
    built_re: re.Pattern                # 主体完工, 竣工 after a name or its list: a building under construction
    venue: tuple                        # (suffixes, before, after, line, room, heading, heading_suffixes): a centre or hall
    #                                     named as a place (`_venue`)
    years_work: tuple                   # (before, after) patterns and bodies: a year's government work (2022年X区政府工作报告)
    multi_level_re: re.Pattern          # the bodies of several levels (县区政府, 省市委, 乡镇政府): a collective
    field_unit_suffixes: str            # a division's one-character suffixes, which a verb naming its work may precede (指导处)
    unit_work_verbs: tuple              # verbs that name a unit's work before any suffix (协调办公室)
    joint_words: frozenset              # 联合: before an ad-hoc group's name, part of it (联合督查组)
    group_suffixes: tuple               # the suffixes of ad-hoc groups (组, 专班, 指挥部)
    founding: tuple                     # the verbs that set up an ad-hoc group (成立, 设立): `_founded_group`
    designation: tuple                  # (suffixes, words before, words after) of a grade to be earned: `_designation`
    party_groups: tuple                 # 党委, 党组: a body's party committee before a post in it
    people_words: tuple                 # 人员, 同志: a field before a conjunction ending so names people, no unit's work
    stop_word_ends: frozenset           # 基本, 根本: words a one-character stop word ends, where it is no stop
    stop_word_starts: tuple             # 有限, 暨南大学: words a one-character stop word starts, where it is no stop
    core_stops: frozenset               # 联络: stop words that are no stop right before the suffix (对外联络部)
    role_suffixes: tuple                # 中心: with a scope before it (role_scopes), the role a city aims at, no body
    role_scopes: tuple                  # 省域, 中西部, 国际: the scope of such a role
    institutions: tuple                 # the words an institution's name ends in (大学, 社科院): its units are inside it
    stationed_re: re.Pattern            # a discipline group one body stations in another, before its leader's post
    bureau_units: tuple = ((), ())      # (局,), (办, 中心, …): a bureau's unit before a post is the bureau
    committees: frozenset = frozenset()   # 省委, 市委: a division's party committee, no short form of a longer 委
    own_bodies: frozenset = frozenset()   # 妇联: written alone, the body of the notice's own division
    kinds_after_re: Optional[re.Pattern] = None   # the rest of a list a kind closes (`妇联、计划生育协会等群团组织`)
    own_shared: tuple = ()      # before a bare 管委会, the collective it is the zones' counterpart in (`政府(管委会)`)
    zone_committees: tuple = ()         # 管委会: a zone's committee, one body beside the governments a collective addresses
    former: tuple = ("", (), (), 0)     # (前, (曾,), (、, 包括…), chars): `former_bodies`, a career's former body (`_former`)
    paired_government: tuple = ("", "")  # (党委, 政府): a place's party committee, then its government by the bare word
    trade_words: tuple = ()             # 面粉, 电子: a company's trade after its own name (`listed_company`)
    verb_adverbs: frozenset = frozenset()   # 同时, 及时: stop words a verb follows, no part of the name (`_after_adverb`)
    verb_adverb_levels: str = ""           # 省市县…: where such a name starts after the verb (`_after_adverb`)
    level_re: re.Pattern = field(init=False)
    suffix_chars: frozenset = field(init=False)       # the characters suffixes end in (局, 厅, 办…)
    suffixes: tuple = field(init=False)               # the suffixes, for str.endswith (any of them)
    long_suffixes: tuple = field(init=False)          # those of two characters or more
    joined_re: re.Pattern = field(init=False)         # a suffix and a conjunction after it (教育局暨…)
    continuation_re: re.Pattern = field(init=False)   # longest first: the longest word at a position
    # the beginnings of two characters or more of the continuations: a continuation that starts at k inside a suffix and
    # runs past its end e begins with text[k:e + 1], so `continuation_re` is asked only where that is one of these
    continuation_heads: frozenset = field(init=False)
    not_org_re: re.Pattern = field(init=False)        # ends at `endpos`
    not_org_tails: frozenset = field(init=False)      # the last two characters of the not_org words (all of two or more)
    not_org_chars: int = field(init=False)
    compound_re: re.Pattern = field(init=False)       # the compound cores, longest first
    reversed_stops_re: re.Pattern = field(init=False) # the stop words reversed, longest first

    def __post_init__(self):
        self.suffix_chars = frozenset(x[-1] for x in self.suffix_set)
        self.suffixes = tuple(self.suffix_set)
        self.long_suffixes = tuple(x for x in self.suffix_set if len(x) > 1)
        self.joined_re = regex("(?:%s)(?:%s)" % (trie_source(self.suffix_set), trie_source(self.joining)))
        self.level_re = regex("^(?:%s)" % "|".join(sorted(self.levels, key=len, reverse=True)))
        self.continuation_re = regex(trie_source(self.continuations))
        self.continuation_heads = frozenset(w[:n] for w in self.continuations for n in range(2, len(w) + 1))
        self.not_org_re = regex("(?:%s)$" % trie_source(self.not_org))
        self.not_org_tails = frozenset(w[-2:] for w in self.not_org)
        self.not_org_chars = max(map(len, self.not_org), default=0)
        self.compound_re = regex(trie_source(self.compounds))
        self.reversed_stops_re = regex(trie_source(w[::-1] for w in self.stops))


_COUNTED_SUBJECT = "科"     # what a count of school subjects ends with (数学三科: `_ordinary_word`)


@functools.lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    rf = load_rules("organizations")
    lx = rf.lexicon
    suffixes = sorted(lx["suffixes"], key=len, reverse=True)
    return _Lexicon(
        suffix_re=regex(trie_source(suffixes)), suffix_set=frozenset(suffixes),
        not_org=tuple(lx["not_org_words"]), office_cores=tuple(lx["office_cores"]),
        continuations=tuple(lx["continuations"]),
        not_run_on=tuple(lx["not_run_on"]),
        stops=tuple(lx["stop_words"] + lx["self_references"] + lx["sending_verbs"]["stops"] + lx["buildings"]),
        buildings=frozenset(lx["buildings"]),
        self_refs=frozenset(lx["self_references"]), clause_preps=tuple(lx["clause_prepositions"]),
        address_ends=frozenset(lx["address_number_ends"]), ground_floors=tuple(lx["ground_floors"]),
        office_ends=tuple(lx["office_ends"]),
        collective=frozenset(lx["collective_words"]),
        generic=frozenset(lx["generic_names"]), counter_ends=tuple(lx["counter_ends"]),
        counted_subjects_re=regex("(?:%s)[一二三四五六七八九十两]%s$" % (trie_source(lx["counted_subjects"]), _COUNTED_SUBJECT)),
        full_suffixes=dict(lx["full_suffixes"]), compounds=tuple(lx["compound_cores"]),
        joining=frozenset(lx["joining_words"]),
        unit_suffixes=frozenset(lx["unit_suffixes"]), kind_re=regex(trie_source(lx["kind_modifiers"])),
        subjects=frozenset(lx["subject_words"]),
        frame_label_re=regex(r"[\s•·]*(?:%s)\s*[：:]" % "|".join(map(re.escape, lx["frame_labels"]))),
        frame_row_re=regex(lx["frame_row"]),
        handed_in_re=regex(lx["handed_in_after"].replace("${HANDING}", lx["handing_verb"])),
        handing_re=regex(lx["handing_verb"]),
        generic_core_re=regex("(?:%s)+" % "|".join(map(re.escape, lx["generic_cores"]))),
        townships_re=regex(lx["townships_kind"]),
        service_core_re=regex("(?:%s)+" % "|".join(map(re.escape, lx["service_cores"]))),
        kind_suffixes=frozenset(lx["kind_suffixes"]), school_founders=tuple(lx["school_founders"]),
        place_named=tuple(lx["place_named_suffixes"]),
        place_kind_suffixes=frozenset(lx["place_kind_suffixes"]), stage_words=tuple(lx["stage_words"]),
        kind_ends=tuple(lx["kind_ends"]),
        guarded={k: tuple(v) for k, v in lx["guarded_suffixes"].items()}, short_cores="".join(lx["short_cores"]),
        levels=dict(lx["level_prefixes"]), max_chars=int(lx.get("max_name_chars", 32)),
        max_label_chars=int(lx["max_quoted_label_chars"]),
        quoted_team_ends=tuple(lx["quoted_team_ends"]),
        hotline_numbers=tuple(lx["hotline_numbers"]),
        copyright_re=regex(lx["copyright_mark"]),
        sending_verbs="".join(lx["sending_verbs"]["name_words"]),
        head_re=rf.rule("shared_suffix").pattern, alias_re=rf.rule("alias_declared").pattern,
        session_re=regex(lx["session_after"]),
        built_re=regex(lx["built_after"]),
        venue=(tuple(lx["venue"]["suffixes"]), regex(lx["venue"]["before"]), regex(lx["venue"]["after"]),
               regex(lx["venue"]["line"]), regex(lx["venue"]["room"]), regex(lx["venue"]["heading"]),
               tuple(lx["venue"]["heading_suffixes"])),
        years_work=(regex(lx["years_work"]["before"]), regex(lx["years_work"]["after"]),
                    tuple(lx["years_work"]["bodies"])),
        field_unit_suffixes="".join(lx["field_unit_suffixes"]), unit_work_verbs=tuple(lx["unit_work_verbs"]),
        joint_words=frozenset(lx["joint_groups"]["words"]), group_suffixes=tuple(lx["joint_groups"]["suffixes"]),
        founding=tuple(lx["joint_groups"]["founding"]),
        designation=tuple(tuple(lx["designation"][k]) for k in ("suffixes", "before", "after")),
        party_groups=tuple(lx["party_groups"]), paired_government=tuple(lx["paired_government"]), people_words=tuple(lx["people_words"]),
        stop_word_ends=frozenset(lx["stop_word_ends"]), stop_word_starts=tuple(lx["stop_word_starts"]),
        core_stops=frozenset(lx["core_stops"]),
        role_suffixes=tuple(lx["city_roles"]["suffixes"]), role_scopes=tuple(lx["city_roles"]["scopes"]),
        institutions=tuple(lx["institution_words"]), stationed_re=regex(lx["stationed_group"]),
        bureau_units=tuple(tuple(x) for x in lx["bureau_units"]),
        committees=frozenset(lx["division_committees"]),
        own_bodies=frozenset(lx["own_division_bodies"]), zone_committees=tuple(lx["zone_committees"]),
        former=(lx["former_bodies"]["word"], tuple(lx["former_bodies"]["career"]), tuple(lx["former_bodies"]["before"]),
                int(lx["former_bodies"]["clause_chars"])),
        own_shared=tuple(lx["own_bodies_shared"]), trade_words=tuple(lx["trade_words"]),
        verb_adverbs=frozenset(lx["verb_adverbs"]), verb_adverb_levels=lx["verb_adverb_levels"],
        kinds_after_re=regex(r"(?:、[\u4e00-\u9fff]{1,12}){0,6}等[\u4e00-\u9fff]{0,4}(?:%s)" % trie_source(lx["own_bodies_kinds"])),
        multi_level_re=regex("(?P<levels>(?:%s){2,4})(?:%s)" % (
            "|".join(sorted((w for w in lx["level_prefixes"] if len(w) == 1), key=len, reverse=True)),
            "|".join(map(re.escape, sorted(lx["multi_level_bodies"], key=len, reverse=True))))))


class _Words:
    """A word list looked up at a position by its first character (a regex of thousands of words is slow to
    build and to match)."""

    def __init__(self, words, by_end: bool = False):
        self.words = frozenset(words)
        self.lengths = self._lengths(0)
        self.end_lengths = self._lengths(-1) if by_end else {}
        # the lengths of the words of two characters or more, longest first, by their first two (`at` tries only these:
        # a first character alone, 新 or 中, opens words of many lengths) and, `by_end`, by their last two (`ending`:
        # 会 ends bodies of thirteen lengths); the words of one character apart
        self.pair_lengths = self._pair_lengths(slice(0, 2))
        self.end_pair_lengths = self._pair_lengths(slice(-2, None)) if by_end else {}
        self.singles = frozenset(w for w in self.words if len(w) == 1)

    def _lengths(self, at: int) -> dict:
        """The lengths of the words, longest first, by their first (at 0) or last (at -1) character."""
        lengths: dict = {}
        for w in self.words:
            lengths.setdefault(w[at], set()).add(len(w))
        return {ch: sorted(ns, reverse=True) for ch, ns in lengths.items()}

    def _pair_lengths(self, pair: slice) -> dict:
        """The lengths of the words of two characters or more, longest first, by the two characters at `pair`."""
        lengths: dict = {}
        for w in self.words:
            if len(w) > 1:
                lengths.setdefault(w[pair], set()).add(len(w))
        return {two: sorted(ns, reverse=True) for two, ns in lengths.items()}

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def at(self, text: str, i: int, hi: Optional[int] = None) -> int:
        """The length of the longest word at `i` ending by `hi`, 0 if none."""
        if hi is None:
            hi = len(text)
        lengths = self.pair_lengths.get(text[i:i + 2])
        if lengths is not None:
            words = self.words
            for n in lengths:
                if i + n <= hi and text[i:i + n] in words:
                    return n
        return 1 if i < hi and text[i:i + 1] in self.singles else 0

    def ending(self, text: str, e: int) -> int:
        """The length of the longest word that ends at `e`, 0 if none."""
        lengths = self.end_pair_lengths.get(text[e - 2:e]) if e > 1 else None
        if lengths is not None:
            words = self.words
            for n in lengths:
                if n <= e and text[e - n:e] in words:
                    return n
        return 1 if e and text[e - 1:e] in self.singles else 0

    def find(self, text: str, lo: int, hi: int, seen: dict) -> Optional[int]:
        """Where the first word inside text[lo:hi] starts, None if none; `seen` keeps the shortest word at each
        position already looked at (the windows of names close together overlap)."""
        for i in range(lo, hi):
            if text[i] not in self.lengths:
                continue
            n = seen.get(i)
            if n is None:
                n = seen[i] = min((n for n in self.lengths[text[i]] if text[i:i + n] in self.words), default=0)
            if n and i + n <= hi:
                return i
        return None


@dataclass
class _Gazetteer:
    places: _Words              # China's divisions (extractor/data/divisions.txt), full and short names
    full_names: dict            # a division's short name -> its full name (浙江 -> 浙江省)
    body_kind: dict             # known body (extractor/data/gov_bodies.txt), any of its names -> its kind
    body_full: dict             # a known body's short form -> its full names (国办 -> [国务院办公厅]; 教青局: two bureaux)
    bodies: _Words
    body_end_re: re.Pattern     # where a known body may end: its last two characters (`_body_end_regex`)
    openers: frozenset          # clause-opening words (extractor/data/clause_openers.txt)
    opener_words: _Words        # those of two to four characters, looked up at a position (`_opener_at`)
    anchors: _Words             # what a name may start with: a division, a level word, a known body, 中国…
    inner: _Words               # what a name may be cut to: a full division name of 3+ characters, a known body, 中国…
    place_ends: frozenset       # the last characters of divisions and level words
    name_end_re: re.Pattern     # a character a suffix or a known body ends in, where a name may end (`_object_start`)
    place_chars: int = 12


@functools.lru_cache(maxsize=1)
def gazetteer() -> _Gazetteer:
    divisions = [line.split() for line in data_lines("divisions.txt")]
    places = frozenset(w for names in divisions for w in names)
    kinds, kind = {}, "other"
    body_full: dict = {}
    for line in data_lines("gov_bodies.txt"):
        if line.startswith("["):
            kind = line.strip("[]")
            continue
        names = line.split()
        for name in names:
            kinds.setdefault(name, kind)
        for name in names[1:]:
            body_full.setdefault(name, []).append(names[0])
    full = [names[0] for names in divisions if len(names[0]) > 2]
    openers = frozenset(data_lines("clause_openers.txt")) | frozenset(load_rules("organizations").lexicon["governing_verbs"])
    return _Gazetteer(places=_Words(places), full_names={w: names[0] for names in divisions for w in names[1:]},
                      body_kind=kinds, body_full=body_full, bodies=_Words(kinds, by_end=True),
                      body_end_re=_body_end_regex(kinds),
                      openers=openers, opener_words=_Words(w for w in openers if 2 <= len(w) <= 4),
                      anchors=_Words([*places, *kinds, *lexicon().levels, "中国", "中华", "中共"]),
                      inner=_Words([*full, *kinds, "中国", "中华"]), place_ends=frozenset(w[-1] for w in [*places, *lexicon().levels]),
                      name_end_re=regex("[%s]" % re.escape("".join(sorted(lexicon().suffix_chars | {w[-1] for w in kinds})))))


def _body_end_regex(bodies) -> re.Pattern:
    """A body's last character where the one before it is that of a body ending there too (`[中]央`, `[科]委`): one
    character a match, so the ends of bodies that overlap are each found. Every known body has two characters or
    more. On the 19 notices of `bench/run.py`, a class of last characters alone stopped at 173 places a notice, this
    at 38, and 20 of them end a body."""
    before: dict[str, set] = {}
    for name in bodies:
        before.setdefault(name[-1], set()).add(name[-2])
    pairs = "|".join("[%s]%s" % (re.escape("".join(sorted(v))), re.escape(k)) for k, v in sorted(before.items()))
    return regex("[%s](?<=%s)" % (re.escape("".join(sorted(before))), pairs))


# --- finding names ------------------------------------------------------------------------

def _runs_on(text: str, s: int, e: int, lx: _Lexicon) -> bool:
    """A word starts inside the suffix [s, e) and runs past it (局长, 中心组, 部署)."""
    for k in range(s, e):
        if text[k:e + 1] not in lx.continuation_heads:
            continue        # (no continuation at k runs past e: `re` is not asked, ~4 in 5 of a suffix's characters)
        m = lx.continuation_re.match(text, k)
        if m and m.end() > e and not text.startswith(lx.not_run_on, k):
            return True
    if text.startswith("\n", e) and e - text.rfind("\n", 0, s) > _WRAPPED_LINE:
        return _runs_on(text[s:e] + text[e + 1:e + 4], 0, e - s, lx)   # 軍事機關部\n隊: a word wrapped at a long line's end
    return False


def _ordinary_word(text: str, e: int, lx: _Lexicon) -> bool:
    """An ordinary word ends at `e` (承办, 全局, 部署), not one whose first character ends a suffix of two characters
    or more (县政协办: 政协 + 办) or an office's work (县委督查办: 督查 + 办); or a count of subjects (数学三科).
    `e` ends a suffix or known body (no line break): `re` is asked only where the two characters before it end a
    not_org word, or, for the count, where the last is 科."""
    if text.startswith(_COUNTED_SUBJECT, e - 1) and lx.counted_subjects_re.search(text, max(0, e - 5), e):
        return True
    if text[e - 2:e] not in lx.not_org_tails:
        return False
    m = lx.not_org_re.search(text, max(0, e - lx.not_org_chars), e)
    return m is not None and not text.endswith(lx.long_suffixes + lx.office_cores, 0, m.start() + 1)


def _lacks_core(text: str, start: int, s: int, e: int, lx: _Lexicon) -> bool:
    """The name [start, e) has no core fit for its suffix at [s, e): `查处` (a verb and 处), `会议室`."""
    suffix = text[s:e]
    core_end = s - 1 if text.startswith("总", s - 1) else s        # 地政总署, 民政事务总署: a 总署 of the field
    if suffix in lx.guarded and not text.endswith(lx.guarded[suffix], 0, core_end) and not (
            suffix in lx.unit_suffixes and (any(text.endswith(lx.suffixes, start, k) for k in range(start + 2, s - 1))
                                             or text.endswith(tuple(lx.self_refs), 0, start))) \
            and not _declared_self(text, e, suffix):
        return True
    # one character before the suffix: a level, a known short core or a body's own suffix (局办公室), not a verb
    # (查处; 进学校 of 进企业、进农村、进学校)
    return s - start == 1 and text[start] not in lx.short_cores and (len(suffix) == 1 or text[start] not in lx.suffix_chars)


def _declared_self(text: str, e: int, suffix: str) -> bool:
    """The text calls the name ending at `e` by a self-reference of its kind (`獨立審查組(本組)`: blind10 bt_11): a body,
    whole from its left edge."""
    return e + 4 <= len(text) and text[e] in "(（" and text[e + 1] == "本" and text[e + 2] == suffix[-1] \
        and text[e + 3] in ")）"       # (`(本組)`: a test of four characters, no set of four strings made at each name)


def _count_ends(text: str, lo: int, i: int) -> bool:
    """A count (30家, 四大类…) ends at `i` (what `_COUNT_BEFORE` finds, looking at two characters only)."""
    return i - 2 >= lo and text[i - 1] in _COUNT_WORDS and (text[i - 2].isdigit() or text[i - 2] in "一二三四五六七八九十两几数多")


def _number_start(text: str, lo: int, i: int) -> Optional[int]:
    """Where the number before `i` starts when it is an ordinal's (第19届 in 第19届亚运会组委会), an age's (3岁 in
    省促进3岁以下婴幼儿照护服务发展工作部门联席会议) or an anniversary's (60周年 in 湖南省江华瑶族自治县成立60周年县庆办公室
    and 县60周年县庆筹委会, blind54 dl_05; 广西壮族自治区成立60周年庆祝活动筹备委员会办公室, its 2018 press conference),
    else None."""
    if i >= len(text) or text[i] not in "届次期岁周" or (text[i] == "周" and not text.startswith("周年", i)):
        return None
    j = i
    while j > lo and text[j - 1].isdigit():
        j -= 1
    if text[i] in "岁周":     # an age or anniversary inside a name, not one that starts it (对3岁以下婴幼儿…)
        return j if j < i and j > lo and _NAME_CHAR.match(text[j - 1]) else None
    return j - 1 if j < i and j > lo and text[j - 1] == "第" else None


def _hotline_start(text: str, lo: int, i: int, lx: _Lexicon) -> Optional[int]:
    """Where the hotline number that ends at `i` starts (`12345` in 衡东县12345政务服务热线中心), else None: one of
    `hotline_numbers`, no longer number's tail."""
    for number in lx.hotline_numbers:
        j = i - len(number)
        if j >= lo and text.startswith(number, j) and not (j > 0 and text[j - 1].isdigit()):
            return j
    return None


def _plain_run_class() -> str:
    """The characters `_left_edge`'s walk steps over with no other test: an ideograph (U+3400–U+9FFF) but 丶 and the
    count words, or ·."""
    cuts = sorted(ord(c) for c in _COUNT_WORDS + _ENUMERATION_DOT)
    ranges, lo = [], 0x3400
    for cut in cuts:
        if cut > lo:
            ranges.append(f"\\u{lo:04x}-\\u{cut - 1:04x}")
        lo = cut + 1
    ranges.append(f"\\u{lo:04x}-\\u9fff")
    return "[" + "".join(ranges) + "·]"


_PLAIN_RUN = re.compile(_plain_run_class() + "*")
_BACKWARDS: list = [None, "", None, ()]   # the text last walked and it reversed, its soft breaks and them sorted


def _plain_run_start(text: str, lo: int, i: int, soft: frozenset) -> int:
    """Where `_left_edge`'s walk left from `i` over the plain characters before it (`_plain_run_class`) stops: at the
    run's first character, at `lo`, or at the last soft break inside the run, whichever is last. One `re` match over
    the reversed text (made once a text), where the walk took ~25 opcodes a character (~17 characters a name)."""
    memo = _BACKWARDS
    if memo[0] is not text:
        memo[0], memo[1] = text, text[::-1]
    n = len(text)
    j = i - _PLAIN_RUN.match(memo[1], n - i, n - lo).end() + (n - i)
    if soft:
        if memo[2] is not soft:
            memo[2], memo[3] = soft, sorted(soft)
        at = bisect.bisect_right(memo[3], i) - 1
        if at >= 0 and memo[3][at] > j:
            j = memo[3][at]
    return j


def _left_edge(text: str, s: int, soft: frozenset, lx: _Lexicon) -> tuple[int, Optional[str]]:
    """Where a name ending in a suffix at `s` starts, and the stop word that bounds it (if any)."""
    i, lo = s, max(0, s - lx.max_chars)
    while i > lo and i not in soft:
        c = text[i - 1]         # (read once a step: each read of an ideograph makes a new string)
        if c in _COUNT_WORDS and _count_ends(text, lo, i):
            break
        if "\u3400" <= c <= "\u9fff" and c != _ENUMERATION_DOT or c == "·":     # _NAME_CHAR, without a regex call
            i -= 1
            if i > lo and i not in soft:
                i = _plain_run_start(text, lo, i, soft)     # (the plain characters before it, in one step)
        elif c in "”’":
            q = _quoted_label(text, lo, i, lx)
            if q is None:
                break           # `填写“…情况表”送市编办`: the name starts after the quote
            i = q
        elif c.isdigit() and (h := _hotline_start(text, lo, i, lx)) is not None:
            i = h               # 衡东县12345政务服务热线中心: a hotline's number inside the name (hotline_numbers)
        elif (j := _number_start(text, lo, i)) is not None:
            i = j - 1 if j in soft and j - 1 > lo and _NAME_CHAR.match(text[j - 1]) else j
            # (a space only set the number off, `县 60周年县庆筹委会` of dl_05's .doc: the name runs on before it)
        elif c in _ACRONYM_CHARS and (a := _ACRONYM_END.search(text, lo, i)):
            i = a.start()       # 包括STEM教育中心, 技术处A+企业创新专案办公室: an acronym starts the name
            break
        elif c in ")）" and (b := _LEVEL_BRACKET.search(text, lo, i)) and b.end() == i:
            i = b.start()       # 各县（市、区）农业农村局: the levels a collective spans
        elif c in ")）" and (b := _AREA_BRACKET.search(text, max(lo, i - 7), i)) and b.end() == i:
            i = b.start()       # 北区（台山）社会工作中心: the area a district's centre serves
        elif c in ")）" and (b := _GROUP_BRACKET.search(text, max(lo, i - 4), i)) and b.end() == i:
            i = b.start()       # 常州市城市建设(集团)有限公司: a company's group in brackets
        elif c in ")）" and (b := _PLACE_BRACKET.search(text, max(lo, i - 4), i)) and b.end() == i \
                and _COMPANY_FORM.match(text, i, s + 4):
            i = b.start()       # 中国银行(澳门)股份有限公司: the company's place, its legal form after it
        else:
            break
    # a date or article number before the name, also one whose digits stopped the walk (2024年3月5日市…办公室)
    # (every date, year or article holds 月, 年 or 第: the pattern, which `re` tries at each position, only runs where
    # one is)
    near = max(lo, i - _DATE_CHARS)
    if _DATE_OR_ARTICLE_CHAR.search(text, near, s):
        dates = [d for d in _CN_DATE_OR_ARTICLE.finditer(text, near, s) if d.end() > i]
        i = dates[-1].end() if dates else i
    if text[i:i + 1] in lx.address_ends and i > lo and text[i - 1].isdigit() and i + 1 < s:
        i += 1          # a house or document number (`裕华东路88号农村社会事业处` blind11 bu_07, `…〔2018〕127号邓州市…` bk_01),
        # a floor (`太古灣道14號7樓屋宇署拓展部辦事處` blind18 cb_06, `市民服务中心4层社会事务类市科技局窗口` blind17 ca_06)
        i += next((len(w) for w in lx.ground_floors if text.startswith(w, i) and i + len(w) < s), 0)
    if text.startswith(lx.clause_preps, i) and (i == 0 or not _NAME_CHAR.match(text[i - 1])):
        i += next(len(w) for w in lx.clause_preps if text.startswith(w, i))    # (除郵政總局、…外: no 除郵政總局)
    window = lx.compound_re.sub(lambda c: "\0" * len(c.group()), text[i:s])
    if s - i > 3 and (text[s] in lx.field_unit_suffixes and lx.suffix_re.match(text, s).end() == s + 1
                      or text.endswith(lx.unit_work_verbs, i, s)):
        window = _mask_field_verb(window, lx)
    if "岁" in window:
        window = _AGE_BOUND.sub(lambda c: "\0" * len(c.group()), window)
    if "周年" in window:
        window = _ANNIVERSARY_BOUND.sub(lambda c: "\0" * len(c.group()), window)
    best, stop = _last_stop(text, i, window, lx)
    if stop in lx.buildings:
        best += next((len(w) for w in lx.ground_floors if text.startswith(w, best) and best + len(w) < s), 0)
    joint = best - len(stop) if stop in lx.joining else i
    if joint > i and not _ends_in_name(text, i, joint, lx) and not _anchored(text, best, gazetteer()) \
            and not _post_and_name(text, i, joint):
        # `区科技和经信局`, `省农业科学院资源与环境所`, `教育局基础建设及研究支援分部`: a conjunction after a word that
        # ends no name joins the fields of one unit, named from a place, level word or known body before it (two
        # names joined by one end the first in a suffix or a known body, or start the second with a place or level
        # word: `区财政局和区税务局`, `党中央和国务院`, `贯彻省市会议精神和市委部署`)
        inner = window[:joint - i]
        last = lx.reversed_stops_re.search(inner[::-1])
        left = i + len(inner) - last.start() if last else i
        if (_anchored(text, left, gazetteer()) or (last and last.group()[::-1] in lx.self_refs)
                or _joined_field(text, left, joint, best, s, lx) or _unit_field(text, left, joint, best, s, lx)) \
                and _clause_goes_on(text, left, joint, lx) is None:
            best, stop = left, (last.group()[::-1] if last else None)
    while best < s and text[best] in "“”‘’" and not (text[best] in _CLOSING and text.find(_CLOSING[text[best]], best, s) > 0):
        best += 1       # a quote that opens the name's label stays (`“十四五”规划办`)
    if text.startswith(lx.former[0], best) and _former(text, best, s, lx):
        best += len(lx.former[0])       # 包括前卫生福利科: the former body (former_bodies)
    age = _AGE.match(text, best) if text[best:best + 1].isdecimal() else None  # a name starts with no age (对3岁以下婴幼儿…中心;
    best = age.end() if age and age.end() < s else best        # an age opens with a digit: `re` is asked only there)
    term = _TERM.match(text, best, s) if text.find("届", best, s) >= 0 else None     # nor with the term of the body it names
    best = term.end() if term and _anchored(text, term.end(), gazetteer()) else best    # (`九届市人民政府第61次常务会议` blind19 cc_03)
    return best, stop


def _post_and_name(text: str, i: int, joint: int) -> bool:
    """A head's post then a person's name of two or three characters end text[i:joint]: the conjunction joins two
    officials, not the fields of one unit (`郵電局局長劉惠明、澳門基金會行政委員會代主席鍾怡及旅遊局副局長許耀明主禮` blind82
    en_10, `獲該局副局長甘紹寧和港澳台辦公室主任白光清` blind81 em_10, `經濟財政司司長梁維特和貴州省從江縣委` blind86 er_10)."""
    return any(p.end() in (joint - 3, joint - 2) for p in _TITLE_AFTER.finditer(text, max(i, joint - 9), joint - 1))


def _former(text: str, at: int, s: int, lx: _Lexicon) -> bool:
    """The 前 at `at` marks a former body in a list of the posts a career passed through: after a list's mark or the word
    that opens the list, in a clause with 曾 before it (`曾任职多个政策局和部门,包括前政务总署、前卫生福利科` blind23 cg_10;
    `former_bodies`); a name of two characters or more follows it."""
    word, career, before, chars = lx.former
    if s - at - len(word) < 2 or not text.endswith(before, 0, at):
        return False
    lo = max(0, at - chars)
    clause = after_last(text, "。；;\n", at, lo)
    return any(text.find(w, max(lo, clause), at) >= 0 for w in career)


def _clause_goes_on(text: str, lo: int, hi: int, lx: _Lexicon) -> Optional[int]:
    """Where a body named inside [lo, hi) is the subject of a clause that goes on: the first modal or aspect word with a
    verb after it (`_PREDICATE_MARKS`) that follows a body's name (`公务员事务局会仔细研究法院判辞和咨询律政司意见` blind36
    ct_09, `社工局建议市民可尽量改往社工局` blind30 cn_10); None where there is none."""
    gz = gazetteer()
    for q in range(lo + 2, hi - 2):
        if text[q] in _PREDICATE_MARKS and gz.opener_words.at(text, q + 1, hi) \
                and any(_ends_in_name(text, lo, p, lx) and not _ordinary_word(text, p, lx) for p in range(lo + 2, q + 1)):
            return q
    return None


def _mask_field_verb(window: str, lx: _Lexicon) -> str:
    """A verb of two characters or more right before a division's one-character suffix names the division's work, no
    stop (a verb: not a collective word, `总局相关司` seeds 003; `省农业农村厅农村合作经济指导处` blind11 bu_08, `农业部发展计划司现代农业示范区指导处` blind7 bq_08, `分管产业协调处`
    blind9 bs_03): where a stop word ends the window, with a name character (or a masked compound core) before it, it is masked."""
    last = lx.reversed_stops_re.match(window[::-1])
    n = len(last.group()) if last else 0
    verb = window[-n:] if n else ""
    if n < 2 or n >= len(window) or verb in lx.collective or verb in lx.self_refs or verb in lx.joining or not ("\u4e00" <= window[-n - 1] <= "\u9fff" or window[-n - 1] == "\0"):
        return window
    return window[:-n] + "\0" * n


def _joined_field(text: str, left: int, joint: int, right: int, s: int, lx: _Lexicon) -> bool:
    """A unit named by two fields a conjunction joins, with no place before it (a department's 处 or a bureau's
    centre named by its work: `投资和规划处`, `软件与服务业处`, `环境和资源综合利用处` of a 经信委's division of work,
    `艺术与科技教育中心` of the 教育局): the field before the conjunction [left, joint) is a plain word of two to four
    characters (not a verb or adverb that opens a clause, a generic subject such as 企业, a place or level word that
    closes a list of places: `直辖市和新疆生产建设兵团市场监管局`, `长洲及筲箕湾海事分处`), after a list's 、 only where
    a name ends the item before it; the field after it [right, s) holds two characters or more before the suffix,
    opens with no verb (`通告及浏览民政总署`) and is no generic name (`户内及项目公司`), nor is it empty (`家长和学校`)."""
    gz, field = gazetteer(), text[left:joint]
    if not (2 <= len(field) <= 4 and s - right >= 2 and all("\u4e00" <= c <= "\u9fff" for c in field)):
        return False
    if field in gz.openers or field in lx.subjects or lx.generic_core_re.fullmatch(field) or field[-1] in _INNER_LEVELS + "市区州旗" \
            or field.endswith(lx.people_words) or _TITLE_AFTER.search(field) \
            or gz.places.at(text, left) or any(text[right:right + k] in gz.openers for k in (2, 3, 4)) \
            or any(text.startswith(g, right) and right + len(g) > s for g in lx.generic):
        return False
    return text[left - 1:left] != "、" or _ends_in_name(text, max(0, left - 1 - lx.max_chars), left - 1, lx)


def _unit_field(text: str, left: int, joint: int, right: int, s: int, lx: _Lexicon) -> bool:
    """A unit of the body named before it, named by two fields a conjunction joins (`社会福利署康复及医务社会服务科` blind24
    ch_12, `政府总部辅助部门人力资源暨档案处` blind18 cb_10, `市政署文书及档案中心` blind14 bx_01): the field before the
    conjunction, as `_joined_field` reads one, starts where a suffix or a known body ends inside [left, joint), and is no
    post (`…办公室主任和科技动员办公室主任` blind13 bw_04: two posts)."""
    if _TITLE_AFTER.search(text, max(left, joint - 4), joint):
        return False
    return any(_ends_in_name(text, left, p, lx) and not _inside_suffix(text, p, lx) and _joined_field(text, p, joint, right, s, lx)
               for p in range(max(left + 1, joint - 4), joint - 1))


def _inside_suffix(text: str, p: int, lx: _Lexicon) -> bool:
    """A suffix runs across `p` (办 | 公室 of 办公室)."""
    return any((m := lx.suffix_re.match(text, k)) and m.end() > p for k in range(max(0, p - 3), p))


def _quoted_label(text: str, lo: int, i: int, lx: _Lexicon) -> Optional[int]:
    """Where the quote opens whose close is at `i - 1` when the quoted words are a short label inside a name
    (`机构“双认证”工作领导小组`, `中国“一带一路”研究院`), else None: a longer quoted text (a form, a document, a
    product list) ends before the name."""
    q = text.rfind(_OPENING[text[i - 1]], max(lo, i - 2 - lx.max_label_chars), i - 1)
    if q < 0 or not (all("\u3400" <= c <= "\u9fff" for c in text[q + 1:i - 1]) or text[q + 1:i - 1] in lx.hotline_numbers):
        return None
    return q


def _last_stop(text: str, i: int, window: str, lx: _Lexicon) -> tuple[int, Optional[str]]:
    """Where the stop word that ends last in `window` (text from `i`) ends, and the word (the longest on a tie);
    (i, None) if none. A stop word that begins a division name of two characters or more past it (于都县, 和平县,
    本溪市, 将乐县), or that a division name holds (东至县, 永和县), is part of that name, not a stop; so is a one-character
    stop word that ends a word of the lexicon's `stop_word_ends` (本 of 基本: `县永久基本农田划定工作领导小组办公室`) or starts
    one of its `stop_word_starts` (有 of 有限: `澳门电讯有限公司`), nor a `core_stops` word right before the suffix
    (联络 of 对外联络部)."""
    n, backwards, pos = len(window), window[::-1], 0       # (the window reversed once, searched on from each stop)
    while last := lx.reversed_stops_re.search(backwards, pos):
        stop = last.group()[::-1]
        at = i + n - last.end()
        if gazetteer().places.at(text, at) < len(stop) + 2 and not _inside_place(text, i, at, len(stop)) \
                and not _joint_group(text, at, stop, i + n, lx) \
                and not (len(stop) == 1 and (at > i and text[at - 1:at + 1] in lx.stop_word_ends
                                             or text.startswith(lx.stop_word_starts, at))) \
                and not (stop in lx.core_stops and at + len(stop) == i + n):
            if len(stop) > 1 and _not_level(text, at + len(stop) - 1) and stop[:-1] in lx.stops:
                return at + len(stop) - 1, stop[:-1]     # 本区域, 我市场: 本 and 区域, not 本区
            return at + len(stop), stop
        pos = last.end()
    return i, None


def _inside_place(text: str, lo: int, at: int, n: int) -> bool:
    """A division name of three characters or more starts before the stop word text[at:at + n] (not before `lo`) and
    runs past it (`东至县住建局` blind27 ck_05: 至 of 东至县)."""
    places = gazetteer().places     # (a name of three characters or more starts with a pair of `pair_lengths`: `at` is
    # asked only there, most positions opening none)
    return any(text[j:j + 2] in places.pair_lengths and places.at(text, j) >= max(3, at + n - j + 1)
               for j in range(max(lo, at - 3), at))


def _joint_group(text: str, at: int, word: str, s: int, lx: _Lexicon) -> bool:
    """`联合督查组`, `联合工作组`: 联合 (joint) before an ad-hoc group's name of four characters or fewer names the group
    that several bodies form (blind8 br_07 `县政府办公室(县政府督查室)、县监察局…组成联合督查组`, a county's 督查 news
    `县委办、县督查办、县效能办组成联合督查组`), not the verb that stops a name (市教育局联合市财政局)."""
    return word in lx.joint_words and s - (at + len(word)) <= 4 and text.startswith(lx.group_suffixes, s)


def _ends_in_name(text: str, i: int, e: int, lx: _Lexicon) -> bool:
    """text[i:e] ends in a suffix or a known body. (The suffixes are tried only where the last character ends one:
    `endswith` tries each of the ~100 in turn.)"""
    return text[e - 1:e] in lx.suffix_chars and text.endswith(lx.suffixes, i, e) or gazetteer().bodies.ending(text, e) > 0


def _place_at(text: str, i: int, lx: _Lexicon, gz: _Gazetteer) -> int:
    """The length of the division name or level word at `i` (山阴县, 浙江, 省, 自治区), 0 if none."""
    n = gz.places.at(text, i)
    level = lx.level_re.match(text[i:i + 3])
    if level and not _not_level(text, i):
        n = max(n, level.end())
    return n


def _place_chain(text: str, i: int, j: int, lx: _Lexicon, gz: _Gazetteer) -> bool:
    """text[i:j] is made of division names and level words only (朔州市山阴县, 省, 乡镇)."""
    while i < j:
        n = _place_at(text, i, lx, gz)
        if not n:
            return False
        i += n
    return i == j


def _anchored(text: str, i: int, gz: _Gazetteer) -> bool:
    """A name may start at `i`: a division, a level word, a known body, or 中国/中华/中共."""
    return gz.anchors.at(text, i) > 0 and not _not_level(text, i)


def _handed_in(text: str, start: int, s: int) -> Optional[int]:
    """Where the body handed a form to starts, after the last `前`/`后` of a deadline, a copy (`一份`) or a day (`当日`) and the
    verb that hands it in (lexicon `handed_in_after`) inside [start, s), also one that starts the span (`报到时交会务组` blind21
    ce_12: after 报到, a stop; a 前 there is 'former'), or after the verb alone that starts it (`handing_verb`); None where
    there is none."""
    if lexicon().handing_re.match(text, start) and start + 1 < s:
        return start + 1            # the verb opens the span: `签名,交学生科`
    ends = [h.end() for h in lexicon().handed_in_re.finditer(text, start, s) if h.start() > start or text[start] != "前"]
    return ends[-1] if ends else None


def _trim_left(text: str, start: int, s: int, e: int, gz: _Gazetteer, seen: dict) -> tuple[int, bool]:
    """Where a name whose left context ends at `start` really starts: as it is where a division, level
    word or known body starts it; else at the first division or known body inside it (验做法且受到国务院
    -> 国务院); else after the clause-opening words it starts with (组建稀土行业协会 -> 稀土行业协会). A list
    item or a one-character suffix that would be left bare is made of such words (、认证认可研究所、, 统计局)
    and stays whole; elsewhere the bare suffix (严格海关监管 -> 海关) names no body. The flag tells a start
    cut after a clause-opening word: the left context (请各单位落实…) then says nothing of the name."""
    if _anchored(text, start, gz):
        return start, False
    if text[start] in lexicon().sending_verbs and s > start + 1 and _anchored(text, start + 1, gz):
        return start + 1, True      # `填写“…情况表”送市编办`: the verb that sends the form to the body
    if (h := _handed_in(text, start, s)) is not None:
        return h, True              # `上午下班前交校工会` (blind21 ce_07), `填写完毕后缴回国小` (blind31 co_08), `报到时交会务组` (ce_12),
        # `一份交财务处` (blind40 cx_02)
    inner = gz.inner.find(text, max(start + 1, s - _INNER_CHARS), e, seen)
    if inner is not None and (c := next((c for c in lexicon().compound_re.finditer(text, start + 1, e)
                                         if c.start() < inner < c.end()), None)) is not None:
        return c.start(), _after_opener(text, start, c.start(), gz)  # a compound core around the division starts the
        # name (`研究制定健康中国行动专家咨询委员会管理办法` blind60 dr_07: not 中国行动…, nor the verbs before 健康)
    if inner is not None and _cut_before(text, start, inner, e, gz):
        return inner, _after_opener(text, start, inner, gz)
    if text.endswith(lexicon().place_named, s, e) and (p := _place_before(text, start, s, gz)) is not None:
        return p, _after_opener(text, start, p, gz)
    level = _inner_level(text, start, s)
    if level is not None:
        return level, False
    i = start
    while i < s:
        k = _opener_at(text, i, s, gz)
        if k and _joint_group(text, i, text[i:i + k], s, lexicon()):
            break       # 联合督查组: the joint group keeps its word
        if not k or _names_trade(text, i + k) or _ANNIVERSARY.match(text, i + k):
            break       # (成立60周年: the founding an anniversary counts, part of the name, _ANNIVERSARY_BOUND)
        if (x := lexicon().suffix_re.match(text, i)) and i + k < x.end() <= s:
            break       # a suffix word the word begins (开发 of 开发区: `以及开发区教育中心所辖学校` blind31 co_03; 高新 of 高新区:
            # `经县(市)区、高新区科技局盖章` blind17 ca_06)
        if lexicon().compound_re.match(text, i):
            break       # a field whose first word is also a verb (驾驶考试排期事务处 blind9 bs_09, 创新科技署)
        if i + k < s and (x := lexicon().suffix_re.match(text, i + k)) and not _runs_on(text, x.start(), x.end(), lexicon()) \
                and not _own_party_group(text, x.start(), x.end()):
            break       # 自然司二科 (blind14 bx_08): the word is the core of the body whose unit the name is (not 发挥部际…)
        i += k
    if s - i == 1 and e - s == 1 and text[i] not in lexicon().short_cores and _list_item(text, start, e):
        return start, False     # a listed name that starts with a verb (、种植业处、), not a bare 业处 left after it
    whole = i == s and (e - s == 1 and not _own_party_group(text, s, e) or _list_item(text, start, e))
    return (start if whole else i), False


_ANNIVERSARY = regex(r"\d{1,4}周年")


def _names_trade(text: str, i: int) -> bool:
    """The verb that ends at `i` names a trade with the 业 after it (种植业, 服务业), a field of the unit named by it
    (`我局种植业科` dev hd_05, `、种植业处、` blind bl_03, `中山市农业农村局种植业管理科` of nync.zs.gov.cn post_1865597)."""
    return text.startswith("业", i)


def _own_party_group(text: str, s: int, e: int) -> bool:
    """A one-character suffix with a party committee right after it is the notice's own body by its kind (局, as 校 of
    `传达校党委对“双代会”…` blind21 ce_07), not the core of a body a verb before it names: `进一步提高局党委理论学习中心组
    学习质量`, `制定并落实局党委…学习计划` (blind30 cn_01) give 局党委."""
    return e - s == 1 and text.startswith(lexicon().party_groups, e)


def _opener_at(text: str, i: int, s: int, gz: _Gazetteer) -> int:
    """The length of the clause-opening word at `i` (before `s`), with a modal verb before it (`单位可登陆广州教育学会官网`
    blind13 bw_08), 0 if none."""
    k = gz.opener_words.at(text, i, s)
    if not k and text[i] in _MODALS and (m := gz.opener_words.at(text, i + 1, s)):
        return 1 + m
    return k


def _object_start(text: str, start: int, s: int, e: int, lx: _Lexicon, gz: _Gazetteer) -> int:
    """Where the name ending at `e` starts when a body's name and a verb stand before it inside the span from
    `start`: the first body is the subject, the verb's object the name (`督察总队围绕市局工作总体部署` blind13 bw_02 gives
    市局, `县住建局组织环境办督查人员` blind9 bs_12 gives 环境办); else `start`. Not where the verb is the core of a body
    named by it (`创新科技署`), the word of a joint group (`国务院联合督查组` blind13 bw_03) or the rest lacks a core (组织部)."""
    if text.endswith(lx.group_suffixes, s, e) or text.startswith("联席会议", s):
        return start        # an ad-hoc body is named by its task (县委实施乡村振兴战略领导小组 blind11 bu_03)
    if (q := _clause_goes_on(text, start, s, lx)) is not None:
        # a body's clause goes on: the name after its modal and verb starts only where a division or known body does
        return next((j for j in range(q + 2, s) if _anchored(text, j, gz)), s)
    for q in reversed([m.end() for m in gz.name_end_re.finditer(text, start + 1, s - 1)]):
        # (q only after a character a name may end in, found in C: most positions end no name, `_ends_in_name`)
        k = gz.opener_words.at(text, q, s - 1)
        if k and not _names_trade(text, q + k) and _ends_in_name(text, start, q, lx) and not _ordinary_word(text, q, lx) \
                and not gz.bodies.at(text, q) \
                and not _joint_group(text, q, text[q:q + k], s, lx) \
                and not _lacks_core(text, q + k, s, e, lx) and not lx.compound_re.match(text, q):
            return q + k
    return start


def _inner_level(text: str, start: int, s: int) -> Optional[int]:
    """A county or province level word after two characters or more of a fragment that no place starts
    (`归口县农业农村局`, `重点保障县委县政府`: a verb before a local body's name) starts the name; not 市 or 区,
    which end ordinary words (城市管理局, 风景名胜区管理处), nor 省际/县级 (反不正当竞争省际联席会议)."""
    k = next((k for k in range(start + 2, s) if text[k] in _INNER_LEVELS), None)
    if k is None or _not_level(text, k) or text.startswith(("际", "级"), k + 1) or _ends_in_name(text, start, k, lexicon()) \
            or any(gazetteer().places.at(text, j, k) for j in range(start, k)):
        return None     # the level of a place or body named before it (邮储银行浙江省分行)
    return k


def _place_before(text: str, start: int, s: int, gz: _Gazetteer) -> Optional[int]:
    """Where a place of two or three characters ends right at the suffix `s` (澳门 of `学生获澳门大学`, blind86 er_10;
    `研究团队澳门大学`, blind90 ev_08), after words of the run that start no name: the place's start; None where none
    does or a school's founder stands before it (`国立台湾大学`)."""
    p = next((s - k for k in (3, 2) if s - k > start and text[s - k:s] in gz.places), None)
    return None if p is None or text.endswith(lexicon().school_founders, start, p) else p


def _cut_before(text: str, start: int, inner: int, e: int, gz: _Gazetteer) -> bool:
    """Whether what stands before a division or known body inside a name is no part of it: a verb or another
    clause-opening word (受到国务院, 执行行政院), or three characters or more; a body of four characters or
    more (交通运输部), a body that others sit under (国务院) or a division takes no modifier. Two characters
    that are none of these may name a department after its work (安全监察部, 企业文化部), which a
    ministry's short name only happens to end; before another known body of three they are its verb (`署理政务司`
    blind22 cf_09, `咨询律政司` blind36 ct_09); one character is a word of the clause (`非教育部所訂之` blind27 ck_11:
    not, as the former of `前政務總署` blind23 cg_10)."""
    word = text[inner:inner + gz.inner.at(text, inner, e)]
    if any(text[inner - k:inner] in lexicon().suffix_set for k in (1, 2, 3) if inner - k >= start):
        return False        # a body's unit or branch: 邮储银行浙江省分行, 教育局创新科技教育分部
    if any(c.start() < inner < c.end() for c in lexicon().compound_re.finditer(text, start, e)):
        return False        # a compound core runs across it: 运输及房屋局 (blind9 bs_08, blind10 bt_11), not 房屋局
    return (inner - start != 2 or len(word) >= 4 or (len(word) == 3 and not word.endswith("部"))
            or gz.body_kind.get(word) == "parent" or word in gz.places
            or word in ("中国", "中华") or _after_opener(text, start, inner, gz))


def _after_opener(text: str, start: int, i: int, gz: _Gazetteer) -> bool:
    return any(text[i - k:i] in gz.openers for k in (2, 3, 4) if i - k >= start)


def _list_item(text: str, i: int, e: Optional[int] = None) -> bool:
    """`i` starts an item of a list or a cell (after 、, a line break, a tab or a space). The 、 of an outline's number
    (`三、`) opens a paragraph, no list: there a name ending at `e` is an item only where it ends its line or clause
    (`1、办公室:` of a list of units), not where its clause runs on (`三、严格执行学院的相关规定` of a college's 收缴 notice,
    m.spitc.net/contents/480/5386; `二、加大…`)."""
    if i == 0:
        return True
    if text[i - 1] not in "、\n\t \u3000":
        return False
    return e is None or text[i - 1] != "、" or not _outline_number(text, i - 1) or e >= len(text) or text[e] in _ITEM_END


_ITEM_END = "\n：:，,；;。、（("
_OUTLINE_NUMERALS = "一二三四五六七八九十0123456789"


def _outline_number(text: str, j: int) -> bool:
    """The 、 at `j` closes an outline's number at its line's start (`三、`, `12、`)."""
    k = j
    while k > 0 and j - k < 3 and text[k - 1] in _OUTLINE_NUMERALS:
        k -= 1
    return k < j and (k == 0 or text[k - 1] in "\n\t \u3000")


def _opens_clause(text: str, start: int, s: int, lx: _Lexicon, gz: _Gazetteer) -> bool:
    """A generic subject and its verb start the name: a clause, not a name (he_06 `公司可结合公司管网情况…`,
    `鼓励高校、科研院所、企业共建研发中心`)."""
    n = next((n for n in (2, 3) if text[start:start + n] in lx.subjects), 0)
    if not n or _anchored(text, start, gz):
        return False
    k = start + n
    return k < s and (text[k] in _MODALS or any(text[k:k + j] in gz.openers for j in (2, 3, 4) if k + j <= s))


def _generic_government(text: str, start: int, s: int, lx: _Lexicon, gz: _Gazetteer) -> bool:
    """`地方政府`, `当地政府`, `直辖市人民政府`: a government is named by its place (山阴县人民政府, 县政府; 县委县政府:
    after another body's name; 特区政府, a known body, names its own region's)."""
    return text.startswith(_GOVERNMENT, s) and start < s and start + gz.bodies.at(text, start) <= s and not any(
        _place_chain(text, p, s, lx, gz) for p in range(start, s) if p == start or _ends_in_name(text, start, p, lx))


def _kind_of_body(text: str, start: int, lx: _Lexicon) -> bool:
    """A name that starts with a kind's modifier (大企业大集团, 全国性股份制银行, 缴存地公积金管理中心) names a kind of
    body, unless a division or known body starts there (大连市…, 国有资产监督管理委员会)."""
    m = lx.kind_re.match(text, start)
    if not m:
        return False
    return _place_or_body(text, start) < m.end() - start


def _is_collective(text: str, start: int, end: int, stop: Optional[str], lx: _Lexicon, suffix: str = "") -> bool:
    name = text[start:end]
    return (stop in lx.collective and not (stop == _ABOUT and text.startswith("的", end)) or bool(_LEVEL_NAME.match(name)) or name in lx.generic or name.endswith(lx.counter_ends)
            or name.endswith(lx.kind_ends) or _GRASSROOTS_OF_DIVISION.search(name) is not None
            or _kind_of_body(text, start, lx) and not _field_unit(suffix, lx)
            or _LEVEL_BRACKET.search(name) is not None
            or lx.townships_re.search(name) is not None
            or suffix == "中心" and lx.service_core_re.fullmatch(name, 0, len(name) - 2) is not None
            or bool(suffix) and (lx.generic_core_re.fullmatch(name, 0, len(name) - len(suffix)) is not None
                                 or name[:-len(suffix)] in lx.generic)       # 行业协会商会
            and not (name in gazetteer().body_kind and (start == 0 or not "\u3400" <= text[start - 1] <= "\u9fff"))
            # (a known body whose words are generic ones, written alone: `•发展局及海滨事务委员会` blind25 ci_10, Hong Kong's
            # 發展局; not the end of a longer name cut at it, `于经济及科技发展局——代局长` blind14 bx_02)
            or suffix in lx.kind_suffixes and (_ALL_OF.match(name) is not None or _ALL_OF.match(text, start - 1, start + 1) is not None
                                               or not _anchored(text, start, gazetteer()) and not _named_item(text, start, end)
                                               and not _declared_self(text, end, suffix)     # 宣美幼稚園(本園) blind30 cn_12
                                               and not (name.startswith(lx.school_founders) and len(name) - len(suffix) >= 4))
            or _schools_of_place(text, start, name, suffix, lx)
            or name.startswith("直属") or bool(_COUNT_IN_NAME.match(name))
            or name[0] in "一二三四五六七八九十两" and _COUNT_SLOGAN.match(name) is not None and not _place_or_body(text, start)
            or _multi_level(name, lx)
            or _count_around(text, start, end)
            or _designation(text, start, end, suffix)
            or suffix in lx.role_suffixes and name.startswith(lx.role_scopes))


def _schools_of_place(text: str, start: int, name: str, suffix: str, lx: _Lexicon) -> bool:
    """A place, a known body or a founder's word with only a school's stage after it (kind_suffixes, place_kind_suffixes;
    国民 before 中学 / 小学 is the stage's word, no core) names the schools of that place, not one school: `臺中市國民中學新生
    入學期程`, `本市市立國民中學(含市立高級中學國中部)…辦理新生報到` (blind44 db_08), `「彰化縣國小應屆畢(修)業生升學意向調查表」`
    (blind31 co_08), as `臺中市學校環境教育實作競賽` (blind16 bz_02); a school's own name has its core between (`臺中市立大墩國民
    中學`, `花蓮縣吉安鄉吉安國民小學`)."""
    if suffix not in lx.kind_suffixes and suffix not in lx.place_kind_suffixes:
        return False
    core = name[:len(name) - len(suffix)]
    stage = next((w for w in lx.stage_words if core.endswith(w)), "")
    core = core[:len(core) - len(stage)]
    return core in lx.school_founders or _place_or_body(text, start) == len(core)


# 有关 before a name and its 的 is 'about' (`有關文化局的最新資訊可瀏覽網頁` blind33 cq_12 and blind39 cw_10, Macau's news), no
# collective (有关部门, 有关单位)
_ABOUT = "有关"


def _field_unit(suffix: str, lx: _Lexicon) -> bool:
    """A division's one-character suffix (处, 科, 司, 室): a kind's modifier before it names the field of one unit
    (`分管办公室、中小企业处、原材料工业处` blind9 bs_03 福建 经信委 分工), no kind of body."""
    return len(suffix) == 1 and suffix in lx.field_unit_suffixes


def _designation(text: str, start: int, end: int, suffix: str) -> bool:
    """A hospital or school named as the grade or kind a body strives to be made (`支持县人民医院、中医医院创建三级综合医院`
    blind24 ch_02, `积极开展健康促进医院创建工作` blind11 bu_09; lexicon `designation`): a kind, no body."""
    suffixes, before, after = lexicon().designation
    return suffix in suffixes and (text.endswith(before, 0, start) or text.startswith(after, end))


def _named_item(text: str, start: int, end: int) -> bool:
    """[start, end) is a whole item of a list or a bracket (`(彭泽四中、博吾学校、钓鱼台中学…)` blind25 ci_12). A school that no
    division, level word or known body starts is named so only there; elsewhere its words name a kind of school: `肢体伤残
    儿童学校及智障儿童学校` blind6 bn_09, `全港学校已陆续放暑假` blind7 bq_10, `送达该区的高级学校发展主任` blind8 br_11,
    `若自身学校认为` blind22 cf_01, `义务教育薄弱学校` cf_05. A request's list opens after its 请 and may close with its kind
    (`请苍南中学、龙港第二职业学校、…等单位`, blind28 cl_03), as does one a verb takes as its object (`加快建设黎明小学、亳州四中等
    扩建教学楼项目` blind30 cn_02), or after its 有 (`…的學校有東南學校、…` blind47 de_09). A list that its clause closes with
    the count of the schools it names (`…、聖瑪大肋納學校及聖德蘭學校共6所`, `…、聖若瑟教區中學第六校及廣大中學等5所` blind47
    de_09) names each item that ends at a list's mark, its last after 及 or 和 included (not the 培華中學附屬小學 of
    `培華中學附屬小學暨幼稚園`, a longer name); not a list of kinds with no count (`包括大学、学院、高等专科学校
    和高等职业技术学院` blind22 cf_04)."""
    before, after = text[start - 1:start], text[end:end + 1]
    return start > 0 and (before in "、(（\n" and after in ("、", ")", "）", "\n", "", "等")
                          or after == "、" and (before in "请有" or _after_opener(text, max(0, start - 4), start, gazetteer()))
                          or before in "、及和有" and after in "、及和共等(（" and _COUNTED_LIST.match(text, end) is not None)


# the rest of a list of schools, to the count its clause closes with (`…及聖德蘭學校共6所。`): no clause mark before it
_COUNTED_LIST = regex(r"[^，,。；;：:\n]{0,120}?[共等][\d一二三四五六七八九十]+所(?![属在有以])")


def _count_around(text: str, start: int, end: int) -> bool:
    """A count stands right before the name (30家, 四大类) or right after it (`…中心3家`). (Its measure word, or a
    digit, is looked at first: the patterns are tried only where it is.)"""
    return start > 0 and (text[start - 1] in _COUNT_WORDS or text[start - 1] == "\n") \
        and _COUNT_BEFORE.search(text, max(0, start - 6), start) is not None \
        or text[end:end + 1].isdigit() and _COUNT_AFTER.match(text[end:end + 6]) is not None


def _place_or_body(text: str, start: int) -> int:
    """The length of the place or known body that starts at `start` (0: none)."""
    gz = gazetteer()
    return max(gz.places.at(text, start), gz.bodies.at(text, start))


def _multi_level(name: str, lx: _Lexicon) -> bool:
    """`县区政府`, `省市委`, `乡镇政府`: two level words or more of distinct characters before a government or Party
    committee name the bodies of each level, not one body."""
    m = lx.multi_level_re.fullmatch(name)
    return m is not None and len(set(m.group("levels"))) == len(m.group("levels"))


_QUOTES = {"」": "「", "”": "“", "』": "『"}
_QUOTE_OPENINGS = frozenset(_QUOTES.values())   # the stop `_quoted_name` gives: the quote that opens the name
_OPENING = {"”": "“", "’": "‘"}
_CLOSING = {v: k for k, v in _OPENING.items()}


def _quoted_name(text: str, s: int, e: int, lx: _Lexicon, gz: _Gazetteer) -> Optional[tuple[int, Optional[str]]]:
    """A name quoted whole (「台北市政府教育局暨所属机关学校公文交换中心」): the quote that closes right after its
    suffix opens it where a division, level word or known body starts it; a conjunction or collective word inside
    does not cut it (other stop words make it a slogan). A team's name (`quoted_team_ends`) is quoted whole whatever
    starts it, its task's verbs too (`“关注儿童权益专责小组”`, blind90 ev_08; `「跨域推動小組」`, blind86 er_12)."""
    opening = _QUOTES.get(text[e:e + 1])
    if opening is None:
        return None
    q = text.rfind(opening, max(0, s - lx.max_chars), s)
    team = text.endswith(lx.quoted_team_ends, s, e)
    if q < 0 or any(c in text[q + 1:s] for c in "，。；：、\n" + opening + text[e]) \
            or not (team or _anchored(text, q + 1, gz)):
        return None
    if team:
        return q + 1, opening      # (the quote its stop: no verb is trimmed off the task, `关注儿童权益…`)
    inside = (w.group()[::-1] for w in lx.reversed_stops_re.finditer(text[q + 1:s][::-1]) if w.group())
    if any(w not in lx.joining and w not in lx.collective for w in inside):
        return None         # a slogan (“市县同办”), not a name
    return q + 1, None


def _inside_label(text: str, start: int, e: int, lx: _Lexicon, gz: _Gazetteer) -> bool:
    """The name [start, e) opens a quoted label that runs on past it (`推广“制惠贷”“园保贷”“天府科创贷”`: 科 of 科创贷):
    a product's or campaign's name, unless a division or known body starts it."""
    if start == 0 or text[start - 1] not in _OPENING.values():
        return False
    end = text.find(_CLOSING[text[start - 1]], e, start + lx.max_label_chars + 1)
    return end > e and all("\u3400" <= c <= "\u9fff" for c in text[e:end]) and not _anchored(text, start, gz)


# the words before a quoted social media account's name (`及微信專頁“澳門文化局IC”` blind33 cq_12 and blind39 cw_10, Macau's
# 文化局 news; `关注微信公众号“…”`): a platform, no body (ANNOTATION: no platforms)
_ACCOUNT_WORDS = ("专页", "公众号", "订阅号", "视频号", "账号", "帐号", "微博")


def _account_label(text: str, start: int) -> bool:
    """The name starting at `start` opens the quoted name of a social media account (`_ACCOUNT_WORDS` before the quote)."""
    return start > 0 and text[start - 1] in _OPENING.values() and text.endswith(_ACCOUNT_WORDS, 0, start - 1)


def _in_list_of_kinds(text: str, edge: int, e: int, soft: frozenset, lx: _Lexicon) -> bool:
    """A listed name (after 、) whose list a collective word or a kind's modifier opens: `依托现有妇幼保健机构、早期教育
    指导中心、妇女儿童活动中心`, `各区域、经管集团及项目公司` name kinds, each of them; not a zone's committee after the
    governments the collective addresses (`_zone_committee`)."""
    pos, lo, gz = edge, max(0, edge - 160), gazetteer()
    if pos == 0 or text[pos - 1] != "、" or gz.places.at(text, edge) \
            or gz.body_kind.get(text[edge:edge + gz.bodies.at(text, edge)]) in ("national", "parent"):
        return False        # an item its place names is one body (`各县(市、区)政府、丽水开发区管委会`), as is a national body
        # or one others sit under, wherever it stands (`各地区、各部门认真贯彻落实党中央、国务院重大决策部署` blind21 ce_03)
    item_end = pos - 1
    while pos > lo and text[pos - 1] == "、":       # back over the items to the first one
        k = item_end = pos - 1
        if text[k - 1] in ")）" and (o := max(text.rfind("(", lo, k), text.rfind("（", lo, k))) >= k - 6:
            k = item_end = o    # an item's aside (`地方政府社會局(處)、衛生局`: blind10 bt_05, the 局 or 處 of each place)
        k = m.end() if (m := _UP_TO_NON_NAME.match(text, lo, k)) else lo     # back over the item's name characters
        if k == item_end or text[k - 1] != "、" or k == lo:
            break
        pos = k
    first, stop = _left_edge(text, item_end, soft, lx)
    if stop in lx.collective and text.endswith(_GOVERNMENT, first, item_end) and _zone_committee(text, edge, e, lx):
        return False
    return stop in lx.collective or _kind_of_body(text, first, lx)


def _zone_committee(text: str, start: int, e: int, lx: _Lexicon) -> bool:
    """The name [start, e) is the committee of a zone a name of three characters or more calls (`经济开发区管委会`,
    `先导区管委会`): the county's or city's one zone, listed beside the governments of its towns or districts; the bare
    `园区管委会` or `开发区管委会` (every county's park or zone, a zone's kind a suffix names) is a kind."""
    w = next((w for w in lx.zone_committees if text.endswith(w, start, e)), None)
    zone = e - len(w) if w else start
    return zone - start >= 3 and text[zone - 1] == "区" and text[start:zone] not in lx.suffix_set


def find_mentions(text: str, soft: frozenset = frozenset()) -> list[Mention]:
    """Every name (named or collective) in `text`, longest where names chain (厅 + 处 -> 厅…处)."""
    lx, gz = lexicon(), gazetteer()
    bodies = _known_bodies(text, lx, gz)
    inside = {i for b in bodies for i in range(b.start + 1, b.end)}   # 中国银行 of 中国银行保险监督管理委员会
    found: list[Mention] = []
    seen: dict = {}
    terms = "届" in text        # (a body's numbered term: _names_session is asked only where the text holds one)
    for m in lx.suffix_re.finditer(text):
        s, e = m.span()
        if e in inside or _runs_on(text, s, e, lx) or _ordinary_word(text, e, lx) \
                or _DOC_NUMBER_AFTER.match(text, e, e + 12) or _THING_AFTER.match(text, e) \
                or m.group() in lx.venue[0] and _FLOOR_AFTER.match(text, e) or _persons_place(text, s, e, lx):
            continue
        edge, stop = _quoted_name(text, s, e, lx, gz) or _founded_group(text, s, e, lx) or _left_edge(text, s, soft, lx)
        start, cut = (edge, False) if stop in lx.self_refs or stop in lx.founding or stop in _QUOTE_OPENINGS \
            or _declared_self(text, e, m.group()) \
            else _trim_left(text, edge, s, e, gz, seen)
        if stop in lx.verb_adverbs and start == edge:
            start = _after_adverb(text, edge, s, lx)
        suffix = m.group()
        while text.endswith(("处", "中心"), s, e) and (office := _office_of(text, start, e, lx)) is not None:
            s, e = office       # (a counter or office ends in 处 or 中心: the test is asked only there; an office's
            suffix = text[s:e]  # counter, `屋宇署拓展部辦事處收發處` blind18 cb_06, is the office's, and so the body's)
        start = _object_start(text, start, s, e, lx, gz)
        if (_lacks_core(text, start, s, e, lx) and not _quoted_team(stop, start, s)) or _heads_collective(text, start, e, gz) \
                or _opens_clause(text, start, s, lx, gz) \
                or terms and _names_session(text, start, e, lx) or _names_years_work(text, start, e, suffix, lx) \
                or lx.built_re.match(text, e) is not None \
                or _inside_label(text, start, e, lx, gz) or _account_label(text, start):
            continue
        collective = (_is_collective(text, start, e, None, lx, suffix) if cut or start - edge > _GOVERNED_GAP
                      else _is_collective(text, edge, e, stop, lx, suffix)
                      or start != edge and _is_collective(text, start, e, stop, lx, suffix)) \
            or _generic_government(text, start, s, lx, gz) or _in_list_of_kinds(text, edge, e, soft, lx) \
            or text[start:e] in lx.own_bodies and (lx.kinds_after_re.match(text, e) is not None
                                                   or text.endswith(lx.own_shared, 0, start))
        rule = "signature" if _signature(text, start, e) else "venue" if _venue(text, start, e, suffix, lx) \
            else "suffix_name"
        found.append(Mention(start, e, text[start:e], rule, suffix, collective))
    found = [r for m in _outermost(found + bodies) if m.rule not in _HOLDING_RULES
             for r in _refine(m, text, gz)]
    found = _placed_pairs(found, text, gz)
    found = _named_after_verb(found, text, gz)
    found += _numbered_sections(text)
    found += _numbered_schools(text, gz)
    found += _tv_universities(text, gz)
    found += _duty_towns(text, found, lx)
    found += _listed_companies(text, gz, lx)
    found += _news_agencies(text)
    found += _shared_suffix(found, text, soft, lx)
    found += _paired_government(found, text, lx)
    found += _aliases(found, text, lx)
    if "©" in text or "opyright" in text or "OPYRIGHT" in text:
        owners = {c.end() for c in lx.copyright_re.finditer(text)}     # (a page's owner: asked only where a mark stands)
        found = [f for f in found if f.start not in owners]
    return sorted(found, key=lambda x: (x.start, x.end))


def _quoted_team(stop: Optional[str], start: int, s: int) -> bool:
    """A quote opens the name and its task stands before the suffix (「跨域推動小組」, `“关注儿童权益专责小组”`): a team's
    name, core or none; asked only of a name that lacks a core (issue 15: not of every mention)."""
    return stop in _QUOTE_OPENINGS and s - start >= 2


def _after_adverb(text: str, edge: int, s: int, lx: _Lexicon) -> int:
    """Where a name starts after an adverb that a verb follows (`verb_adverbs`: 同时丰富市档案馆, 及时调整镇防汛抗旱指挥部):
    at the level word right after a verb of two characters (市, 镇), else at `edge` (a place or known body there starts the
    name: 同时中山市教育局)."""
    k = edge + 2
    if k < s and text[k] in lx.verb_adverb_levels and not _not_level(text, k) and not _anchored(text, edge, gazetteer()):
        return k
    return edge


def _persons_place(text: str, s: int, e: int, lx: _Lexicon) -> bool:
    """The 处 at [s, e) is the place of a person named after his unit (`將本系所有鑰匙交到教務處教學科王明遠處` blind42 cz_05),
    where a thing is handed, as the place of a person called by his post is (`老师处`, `班主任处`: not_org_words, with their
    pages): no body; the unit before the name is found on its own. A name of three characters: two after a unit may be a
    unit's own field (`省卫生厅农卫处` blind40 cx_03: 农 is also a surname)."""
    return text[s:e] == "处" and s > 3 and looks_like_name(text[s - 3:s]) and text.endswith(lx.suffixes, 0, s - 3)


# the rules of names that hold the names inside them and are dropped with them: the issuer over a signature date, a venue
_HOLDING_RULES = ("signature", "venue")


def _founded_group(text: str, s: int, e: int, lx: _Lexicon) -> Optional[tuple[int, str]]:
    """An ad-hoc group the text sets up (`成立迎接国家卫生县城复审工作领导小组`, lexicon `joint_groups.founding`): the name
    runs from the verb that sets it up to its suffix, its task whole (a verb, a place word or a stop word inside stays); the
    start and the verb, None where no such verb opens the run of ideographs before the suffix, or 的 or a count stands between."""
    if not text.endswith(lx.group_suffixes, s, e):
        return None
    i, lo = s, max(0, s - lx.max_chars)
    while i > lo and "\u4e00" <= text[i - 1] <= "\u9fff":
        i -= 1
    verb, at = max(((v, text.rfind(v, i, s)) for v in lx.founding), key=lambda x: x[1])
    if at < 0:
        return None
    start = at + len(verb) + (text[at + len(verb)] == "了")
    if s - start < 2 or "的" in text[start:s] or _COUNT_IN_NAME.match(text[start:s]) or text.startswith(tuple(lx.collective), start):
        return None
    return start, verb


def _signature(text: str, start: int, e: int) -> bool:
    """The name [start, e) signs the notice: a date under it (`_SIGNATURE_AFTER`), also under the joint signer's line that
    follows it (`_CO_SIGNER`), or, in a Macau gazette, before it (`_SIGNED_AT`)."""
    return _SIGNATURE_AFTER.match(text, e) is not None or text.startswith(("\n", "——"), e) \
        and (_SIGNED_AT.search(text, max(0, start - 20), start) is not None
             or (co := _CO_SIGNER.match(text, e)) is not None and _SIGNATURE_AFTER.match(text, co.end()) is not None) \
        or (beside := _CO_SIGNER_BESIDE.match(text, e)) is not None and _SIGNATURE_AFTER.match(text, beside.end()) is not None \
        and e - start >= 4 and beside.group().strip(" \u3000").startswith(text[start:start + 2]) \
        or _joint_head(text, start, e)


# the head of a joint notice repeated in the text, its issuers side by side on one line over its `关于…` title (`中共湖州市委
# 湖州市人民政府` / `关于深化城乡社区建设加强和完善`, blind34 cr_02 under the page's headline; `中共珲春市委办公室 珲春市人民政府
# 办公室` / `关于印发《…实施方案》的通知`, blind59 dq_04): the line's bodies sign it, as under a date
# the words a body signing beside another ends with
_SIGNER_ENDS = ("局", "厅", "委", "部", "政府", "院", "会", "办", "室", "处", "署")
_SIGNER_END = "(?:" + "|".join(_SIGNER_ENDS) + ")"
_JOINT_HEAD_LINE = regex(r"[\u4e00-\u9fff]{4,30}" + _SIGNER_END + r"[ \u3000]*\n[ \u3000]*关于")


def _joint_head(text: str, start: int, e: int) -> bool:
    """The name [start, e) is one of two or more on a line of names alone over a `关于…` line (_JOINT_HEAD_LINE): the
    first, a co-signer's name beside it to the line's end, or the last, the line's start before it a name's end."""
    if start == 0 or text[start - 1] == "\n":
        return (beside := _CO_SIGNER_BESIDE.match(text, e)) is not None and beside.end() > e \
            and _JOINT_HEAD_LINE.match(text, start) is not None
    if not text.startswith("\n", e):
        return False        # (asked before the line's start is looked for: most names end no line)
    ls = text.rfind("\n", 0, start) + 1
    return start - ls >= 4 and text.endswith(_SIGNER_ENDS, ls, start) and _JOINT_HEAD_LINE.match(text, ls) is not None


# the line of a joint issuer's second signer, between the first signer's line and the date (`中共北京市石景山区委办公室\n北京市
# 石景山区人民政府办公室\n2019年4月16日` blind39 cw_05, as joint issuers sign: `中共岳阳市委办公室\n岳阳市人民政府办公室` blind3 bf_06,
# `中共下陆区委办公室\n下陆区人民政府办公室` blind37 cu_05, `中共北京市委办公厅\n北京市人民政府办公厅` blind4 bk_05): a line of
# ideographs alone, the signature's date under it
_CO_SIGNER = regex(r"\n[\u4e00-\u9fff]{2,30}(?=[ \u3000]*\n)")
# or beside it on the signature's line, the space between them gone (`益阳市财政局 益阳市民政局\n2017年8月28日` under their
# 补助资金 notice, blind67 dy_04; `正安县财政局 正安县民政局\n二OO九年六月十八日` under a county's 救灾补助资金 notice,
# tc.wangchao.net.cn/baike/detail_2368873.html): both sign where an annex's table under the date keeps the line from being
# read as the signature; the rest of the line is one body's name alone, of the same place as the first (not the
# `办公厅` of `国务院办公厅`, a name that holds the first)
_CO_SIGNER_BESIDE = regex(r"[ \u3000]*[\u4e00-\u9fff]{2,30}" + _SIGNER_END + r"(?=[ \u3000]*(?:[（(](?:代章|盖章|公章)[）)])?\n)")


def _venue(text: str, start: int, e: int, suffix: str, lx: _Lexicon) -> bool:
    """The centre [start, e) is named as the place of an event (lexicon `venue`: `在武汉工程大学学术交流中心(瑞安大酒店)报到`,
    `地点:第2学生活动中心国际会议厅`), or where people go (`前往统一派位中心`), or a hall of a building (`宾馆七号楼艺苑厅`):
    a venue."""
    suffixes, before, after, line, room, heading, heading_suffixes = lx.venue
    if suffix == "厅" and room.search(text, start, e) is not None:
        return True
    if (suffix in heading_suffixes or suffix == "厅" and text.find("院", start, e - 1) >= 0) \
            and (b := text.rfind("\n", 0, start)) > 0 and heading.match(text, text.rfind("\n", 0, b) + 1, b) is not None:
        return True     # the line under a 地点 heading: the place, or a hall of an institution (疗养院多功能厅), not 省科技厅六楼
    if suffix not in suffixes:
        return False
    if line.match(text, text.rfind("\n", 0, start) + 1, start) is not None:
        return True
    b = before.search(text, max(0, start - 4), start)
    return b is not None and (b.group("to") is not None or after.match(text, e) is not None)


def _names_years_work(text: str, start: int, end: int, suffix: str, lx: _Lexicon) -> bool:
    """A government between a year and its work names the year's government work (`2022年海州区政府工作报告`,
    `《2007年三水区政府工作主要任务分解表》`), not the body."""
    before, after, bodies = lx.years_work
    return suffix in bodies and before.search(text, max(0, start - 7), start) is not None \
        and after.match(text, end) is not None


def _numbered_sections(text: str) -> list[Mention]:
    """A bureau's numbered section asked to act (`请三科尽速修改陈报`): the rule numbered_section."""
    rule = load_rules("organizations").rule("numbered_section")
    return [Mention(m.start(), m.end(), m.group(), rule.name, "科") for m in rule.finditer(text)]


# what every match of the rule numbered_school holds: a number, 中 and what closes a list's item; looked for first, as
# the rule's pattern opens with a lookbehind that `re` would try at every position of the text. Written from its 中 (the
# number a lookbehind): `re` skips to a literal it opens with at a few instructions a character, where it tested a class
# of the ten numbers at each (~50): the same positions found, as `search` is only asked whether there is one
_NUMBERED_SCHOOL_CLUE = regex(r"中(?<=[一二三四五六七八九十]中)(?=[、，,;；)）]|等)")


def _numbered_schools(text: str, gz: _Gazetteer) -> list[Mention]:
    """A middle school called by its place and number in a list (`彭泽四中`, `亳州四中`): the rule numbered_school, where
    the words before the number are a division's name, with or without its level word (彭泽 of 彭泽县)."""
    if _NUMBERED_SCHOOL_CLUE.search(text) is None:
        return []
    rule = load_rules("organizations").rule("numbered_school")
    return [Mention(m.start(), m.end(), m.group(), rule.name, "中") for m in rule.finditer(text)
            if any(p in gz.places for p in (m.group("place"), *(m.group("place") + lv for lv in "县市区")))]


def _tv_universities(text: str, gz: _Gazetteer) -> list[Mention]:
    """A radio and television university by its division's name and 电大 (`江苏电大`, `厦门电大`, `中央电大`): the rule
    tv_university, where a division's name (its longest, of two to four characters) or 中央 ends right before 电大."""
    rule = load_rules("organizations").rule("tv_university")
    out = []
    for m in rule.finditer(text):
        p = m.start()
        k = next((k for k in (4, 3, 2) if p >= k and (text[p - k:p] in gz.places or text[p - k:p] == "中央")), 0)
        if k:
            out.append(Mention(p - k, m.end(), text[p - k:m.end()], rule.name, "电大"))
    return out


_LISTED_ITEM = regex(r"[\u4e00-\u9fff]{4,12}$")   # an item of a list of companies, ending where the list's mark is


def _listed_companies(text: str, gz: _Gazetteer, lx: _Lexicon) -> list[Mention]:
    """Companies listed by their own name and trade before 等 and their kind (the rule listed_company: `支持五得利面粉、
    金沙河面业…等重点企业`): each item two to four characters and a trade word, the first after its clause's verb; every
    item so, or none."""
    if "等" not in text:
        return []
    rule = load_rules("organizations").rule("listed_company")
    out = []
    for m in rule.finditer(text):
        items, end = [], m.start()
        while (item := _LISTED_ITEM.search(text, max(0, end - 12), end)) is not None:
            a = item.start()
            first = a == 0 or text[a - 1] != "、"
            if first and a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff":
                break       # (a clause longer than the window: no item read)
            if first:       # the first item: its clause's verb dropped (支持, 包括, 引进)
                a += gz.opener_words.at(text, a, end)
            items.append((a, end))
            if first:
                break
            end = a - 1
        named = [(a, b, w) for a, b in items for w in lx.trade_words
                 if text.endswith(w, a, b) and 2 <= b - a - len(w) <= 4 and not lx.kind_re.match(text, a, b - len(w))]
        if items and len(named) == len(items) and (a := items[-1][0]) > 0 and text[a - 1] != "、":
            out += [Mention(a, b, text[a:b], rule.name, w) for a, b, w in named]
    return out


def _news_agencies(text: str) -> list[Mention]:
    """The agency heading a wire's dateline (the rule news_agency: `中新社澳门4月12日电`, `(中央社记者郝雪卿台中18日电)`)."""
    rule = load_rules("organizations").rule("news_agency")
    return [Mention(m.start("name"), m.end("name"), m.group("name"), rule.name, "社") for m in rule.finditer(text)]


_TOWN_ITEM = regex(r"(?:[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)、)*[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)")
_TOWN_CHARS = 4     # the most characters of a town's own name (青山湖, 天目山)
_TOWN_LIST_CHARS = 30   # how far back a list of towns may open with 请


def _duty_towns(text: str, found: list[Mention], lx: _Lexicon) -> list[Mention]:
    """A town or street as a unit that takes a task (the rule duty_town): an item of a list of towns that 请 opens and
    a verb closes, or of a table's cell that also names a body."""
    if "镇" not in text and "街道" not in text and "乡" not in text:
        return []
    rule = load_rules("organizations").rule("duty_town")
    out = []
    for m in rule.finditer(text):
        b, e = m.span()
        start = b
        while start > 0 and b - start < _TOWN_CHARS and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] != "请":
            start -= 1
        core = text[start:b]
        if len(core) < 2 or start == 0 or core.startswith(tuple(lx.collective)) or core[0] in "全本乡城村" \
                or lx.generic_core_re.fullmatch(core):
            continue
        if text[start - 1] in "请、" and _requested_towns(text, start, e) or _unit_cell(text, start, e, found):
            out.append(Mention(start, e, text[start:e], rule.name, m.group()))
            continue
        if _TOWN_ACTS.match(text, e):     # the subject of its clause, its district or county before it or none
            opens = max(text.rfind(c, max(0, b - 10), b) for c in "，,。；;\n")
            if opens >= 0 and (opens == start - 1 or _PLACED_TOWN.fullmatch(text, opens + 1, b)):
                # a street's office named in full elsewhere is the body meant (`西城街道將根據報名情況…` under
                # `西城街道辦事處將於…開展政務開放日活動`, blind49 dg_03)
                name = text[opens + 1:e]
                fuller = next((f.name for f in found if f.name.startswith(name) and f.name[len(name):] == "办事处"), name)
                out.append(Mention(opens + 1, e, fuller, rule.name, m.group()))
    return out


# a town or street that opens its clause as the subject of what it does or will do, the local government meant: `下一步,黑溪镇
# 将持续开展校园周边环境整治行动` (a 黔江 news item, blind63 du_05), `根据大兴区民政局相关要求,大兴区荣华街道在辖区积极开展…`
# (blind62 dt_05), `12月4日上午,工业路街道联合辖区消防大队、辖区派出所开展消防安全检查` (the subject of a joint action, blind79
# ek_05 and ek_06); not a town a clause names as a place (`在林埭镇政府…召开`, `上午观摩曹桥街道…`), nor one a news report
# praises (`为做好秸秆禁烧工作,南郊乡积极行动,采取多项措施` blind18 cb_12, whose gold leaves the town out)
_TOWN_ACTS = regex(r"(?:将|在辖区|联合)")
_PLACED_TOWN = regex(r"[\u4e00-\u9fff]{1,4}?[区县市][\u4e00-\u9fff]{2,4}")


def _requested_towns(text: str, start: int, e: int) -> bool:
    """The town text[start:e] is an item of a list of towns that 请 opens and a verb closes (`请曹桥街道、林埭镇做好…`),
    a 请 that opens its clause (not 申请 of `申请批复清湖乡总体规划` blind15 by_07)."""
    q = text.rfind("请", max(0, start - _TOWN_LIST_CHARS), start)
    towns = _TOWN_ITEM.match(text, q + 1) if q == 0 or q > 0 and not _NAME_CHAR.match(text[q - 1]) else None
    return towns is not None and e <= towns.end() < len(text) and "\u4e00" <= text[towns.end()] <= "\u9fff"


def _unit_cell(text: str, start: int, e: int, found: list[Mention]) -> bool:
    """The town text[start:e] is an item of a table's cell (one a tab opens) where a named body is another item."""
    cell = max(text.rfind("\t", 0, start), text.rfind("\n", 0, start))
    end = min((k for k in (text.find("\t", e), text.find("\n", e)) if k >= 0), default=len(text))
    return text[start - 1] in "\t、,，" and (e == end or text[e] in "、,，") and cell >= 0 and text[cell] == "\t" \
        and any(cell < f.start and f.end <= end and not f.collective and f.rule == "suffix_name" for f in found)


def _names_session(text: str, start: int, end: int, lx: _Lexicon) -> bool:
    """A body's term and session name a meeting, not a body (bk_02 `区第十四届人大第二次会议审议通过的`, bf_08
    `县十五届人大五次会议审议通过的`; the term before the name, blind21 ce_02 `十三届全国人大三次会议通过的《…》`), also where
    the session stands inside the name (bq_04 `市委十三届第94次常委会会议审议通过`) or the term after it (`县政协九届六次会议`,
    `市政协二届四次会议`, blind88 et_01, et_02; `县政协十届三次会议` blind8 br_05; `市政协第十四届第四次会议` blind35 cs_04)."""
    name = text[start:end]
    term = _TERM.match(text, end) if text.find("届", end, end + 6) >= 0 else None
    if term is not None and lx.session_re.match(text, term.end()) is not None:
        return True
    return ("届" in name or text.endswith("届", 0, start)) \
        and (lx.session_re.match(text, end) is not None or _SESSION_IN.search(name) is not None)


_SESSION_IN = regex(r"届第?[一二三四五六七八九十\d]{1,3}次")


def _known_bodies(text: str, lx: _Lexicon, gz: _Gazetteer) -> list[Mention]:
    """Every known body (党中央, 海关总署, 教育局), with the division or level words written before it; not
    the head of a longer one (国务院 of 国务院办公厅)."""
    out = []
    for m in gz.body_end_re.finditer(text):
        e = m.end()
        b = e - gz.bodies.ending(text, e)
        if e == b or gz.bodies.at(text, b) > e - b or _runs_on(text, e - 1, e, lx) or _DOC_NUMBER_AFTER.match(text, e, e + 12) \
                or _THING_AFTER.match(text, e) \
                or _heads_collective(text, b, e, gz):
            continue
        start = _place_start(text, b, lx, gz)
        if _names_session(text, start, e, lx):
            continue
        rule = "signature" if _signature(text, start, e) else "known_body"
        out.append(Mention(start, e, text[start:e], rule, text[e - 1]))
    return out


def _heads_collective(text: str, start: int, end: int, gz: _Gazetteer) -> bool:
    """`国务院有关部门`, `国务院各部委`, `省政府各部门`: a body that others sit under (a government), naming the
    collective of its units."""
    return (gz.body_kind.get(text[start:end]) == "parent" or text.endswith(_GOVERNMENT, start, end)) \
        and _COLLECTIVE_AFTER.match(text, end) is not None


def _place_start(text: str, b: int, lx: _Lexicon, gz: _Gazetteer) -> int:
    """The start of the division names and level words written right before `b` (浙江省 + 教育厅)."""
    i = b
    while i and text[i - 1] in gz.place_ends:
        j = next((j for j in range(max(0, i - gz.place_chars), i)
                  if text[j:i] in gz.places or (text[j:i] in lx.levels and not _not_level(text, j))), None)
        if j is None or gz.bodies.ending(text, i) > i - j:
            return i        # 中央 of 中共中央 before 国务院 (`《中共中央 国务院关于…》`) ends another body
        i = j
    return i


def _refine(m: Mention, text: str, gz: _Gazetteer) -> list[Mention]:
    """Known bodies written together are each a name (生态环境部住房城乡建设部, 中共中央国务院 of a joint
    issuer's title once its space is gone); a ministry's unit before a
    post is the ministry (国家计委工业一司副司长 -> 国家计委), as a name inside a job title is taken at
    institution level."""
    if m.rule != "suffix_name" or m.collective:
        return [m]
    tiles, i = [], m.start
    while i < m.end and (n := gz.bodies.at(text, i, m.end)) and gz.body_kind.get(text[i:i + n]) in ("national", "parent"):
        tiles.append((i, i + n))
        i += n
    if i == m.end and len(tiles) > 1:
        return [Mention(a, b, text[a:b], "known_body", text[b - 1]) for a, b in tiles]
    if tiles and tiles[0][1] < m.end and _TITLE_AFTER.match(text, m.end) \
            and gz.body_kind.get(text[tiles[0][0]:tiles[0][1]]) == "national":   # not 国务院 of 国务院生产委员会副主任
        a, b = tiles[0]
        return [Mention(a, b, text[a:b], "known_body", text[b - 1])]
    return _stationed(m, text) or _institution_in_title(m, text) or _split_local(m, text, gz)


def _office_of(text: str, start: int, e: int, lx: _Lexicon) -> Optional[tuple[int, int]]:
    """A body's office or counter (`金錢服務監理科辦事處` blind20 cd_06, `屋宇署拓展部辦事處` blind18 cb_06: where Hong Kong
    service news say a unit's counters open; `刑事檢控科接待處` cb_06) is a venue: the body is the name before it, whose
    suffix span is given; None where no name with a core ends before it (街道办事处, 注册及许可证办事处, 上述办事处接待处)."""
    end = next((e - len(w) for w in (_OFFICE,) + lx.counter_ends if text.endswith(w, start, e)), None)
    if end is None or end - start < 2 or not text.endswith(lx.suffixes, start, end):
        return None
    s = end - max(len(x) for x in lx.suffix_set if text.endswith(x, start, end))
    if _runs_on(text, s, end, lx) or _lacks_core(text, start, s, end, lx):
        return None
    return s, end


_OFFICE = "办事处"


def _stationed(m: Mention, text: str) -> Optional[list[Mention]]:
    """A discipline group one body stations in another, before its leader's post (省纪委驻省经信委纪检组组长): the
    body that sends it, as a name inside a job title is taken at institution level, and the body it sits in."""
    lx = lexicon()
    s = lx.stationed_re.match(text, m.start)
    parts = ("sender", "host")
    if s is None or s.end() != m.end or not all(_ends_in_name(text, s.start(g), s.end(g), lx) for g in parts):
        return None
    return [Mention(s.start(g), s.end(g), s[g], m.rule,
                    max((x for x in lx.suffix_set if s[g].endswith(x)), key=len, default=s[g][-1])) for g in parts]


def _institution_in_title(m: Mention, text: str) -> Optional[list[Mention]]:
    """A unit of an institution before a post is the institution (南京林业大学生物与环境学院教授 -> 南京林业大学), as
    a name inside a job title is taken at institution level: the first institution word that ends inside the name; and a
    body's party committee before its secretary is the body (`由区建设局党委书记、局长曹庆良任组长,区建设局党委副书记王进德
    任常务副组长` blind21 ce_10 gives 区建设局, as `市科技局党组成员` does in ce_12)."""
    if not _TITLE_AFTER.match(text, m.end):
        return None
    lx = lexicon()
    if text.endswith(lx.party_groups, m.start, m.end) and m.end - m.start > 4 and _ends_in_name(text, m.start, m.end - 2, lx):
        suffix = max((x for x in lx.suffix_set if text.endswith(x, m.start, m.end - 2)), key=len, default=text[m.end - 3])
        return [Mention(m.start, m.end - 2, text[m.start:m.end - 2], m.rule, suffix)]
    for p in range(m.start + 3, m.end - 1):
        word = next((w for w in lx.institutions if text.endswith(w, m.start, p)), None)
        if word:
            suffix = max((x for x in lx.suffix_set if text.endswith(x, m.start, p)), key=len)
            campus = _AREA_BRACKET.match(text, p)
            p = campus.end() if campus and campus.end() < m.end else p      # 中国地质大学(武汉): with its campus
            return [Mention(m.start, p, text[m.start:p], m.rule, suffix)]
    bureaus, units = lx.bureau_units
    if text.endswith(units, m.start, m.end):    # 发改局重点项目办 (主任) -> 发改局
        p = max((text.rfind(w, m.start + 2, m.end - 1) + len(w) for w in bureaus), default=-1)
        if p > m.start + 2 and not any(w in text[p:m.end] for w in bureaus):
            return [Mention(m.start, p, text[m.start:p], m.rule, text[p - 1])]
    return None


def _split_local(m: Mention, text: str, gz: _Gazetteer) -> list[Mention]:
    """Local bodies written together are each a name (中共湖南省委办公厅湖南省人民政府办公厅, 省农业农村厅省财政厅,
    市委办公室市政府办公室): a name that a division or level word starts ends in a suffix where another such name
    starts (县委县政府). Not the joint unit of two (区委区政府督查室: the second holds a unit the first does not),
    nor a national body's local office (国家税务总局山阴县税务局, 中国银保监会浙江监管局: the
    first is no local name), nor a branch named by its place (邮储银行浙江省分行) or a company's subsidiary."""
    lx = lexicon()
    at = m.start + 2 if text.startswith("中共", m.start) else m.start
    n = _place_at(text, at, lx, gz)
    if not n or lx.levels.get(text[at:at + n]) == 0 or m.suffix.startswith("分") or m.suffix == "支行":
        return [m]
    corporate = ("公司", "集团", "银行")      # a company's subsidiary is named after it (山西省电力公司朔州供电公司)
    def units(a: int, b: int) -> int:       # how many names end inside text[a:b] before its own end
        return sum(1 for q in range(a + 2, b - 1) if _ends_in_name(text, a, q, lx))
    for p in range(m.start + 2, m.end - 2):
        if not _ends_in_name(text, m.start, p, lx):
            continue        # (asked before `_place_at`, which costs more: most positions end no name)
        n = _place_at(text, p, lx, gz)
        if n and p + n < m.end and not _ends_in_name(text, m.start, p + n, lx) \
                and not text.endswith(corporate, m.start, p) \
                and units(p, m.end) <= units(m.start, p):
            head = max((x for x in lx.suffix_set if text.endswith(x, m.start, p)), key=len, default=text[p - 1])
            tail = Mention(p, m.end, text[p:m.end], m.rule, m.suffix, _is_collective(text, p, m.end, None, lx, m.suffix))
            first = Mention(m.start, p, text[m.start:p], m.rule, head)     # (itself two where three ran together:
            return _split_local(first, text, gz) + _split_local(tail, text, gz)   # 省委省政府市委市政府, blind27 ck_07)
    return [m]


def _placed_pairs(mentions: list[Mention], text: str, gz: _Gazetteer) -> list[Mention]:
    """The second of two local bodies written together that gives only its level word, after a first named by a
    division of that level (江苏省委省政府, 南通市委市政府, 山阴县委县政府), is of that division too (江苏省政府), as a list
    that shares a suffix gives each item the whole name."""
    out, prev = [], None
    for m in sorted(mentions, key=lambda x: (x.start, x.end)):
        if prev is not None and m.start == prev.end and not m.collective and not prev.collective and m.name == text[m.start:m.end]:
            at = prev.start + 2 if text.startswith("中共", prev.start) else prev.start
            n = gz.places.at(text, at, prev.end)
            place = text[at:at + n]
            if n > 1 and place != text[m.start] and place.endswith(text[m.start]) and gz.places.at(text, m.start, m.end) < 2:
                m = Mention(m.start, m.end, place[:-1] + m.name, m.rule, m.suffix, m.collective, m.alias)
        out.append(m)
        prev = m
    return out


def _named_after_verb(mentions: list[Mention], text: str, gz: _Gazetteer) -> list[Mention]:
    """A name that no division, level word or known body starts, whose words end in a verb of two characters or more
    (a stop word before it may open the verb: 对 of 对照) right before a name the text writes alone elsewhere, is that
    name, the verb's object: `为深入总结后勤处2019年度工作`, `对照后勤处2019年工作要点`, `科学制订后勤处2020年工作要点` under
    the title `后勤处关于做好2019年度工作总结…` (blind34 cr_03). The name written alone stands after no ideograph (at a line's
    or item's start, after punctuation): not one a cut after a verb left (`资料来源：保护服务司` gives no 服务司 to cut
    `本部保护服务司` to, blind10 bt_04). Not where a compound core runs across the cut (创新科技署), nor in an ad-hoc body named
    by its task (`组成联合督查组` blind8 br_07, `铁路沿线安全环境治理部际联席会议` dev hc_05), as in `_object_start`."""
    names = {m.name for m in mentions if m.rule == "suffix_name" and not m.collective and len(m.name) > len(m.suffix) + 1
             and not (m.start and "\u3400" <= text[m.start - 1] <= "\u9fff")}
    if not names:
        return mentions
    lx, out = lexicon(), []
    for m in mentions:
        if m.rule == "suffix_name" and not m.collective and not _anchored(text, m.start, gz) \
                and not text.endswith(lx.group_suffixes, m.start, m.end) and "联席会议" not in m.name:
            p = next((p for p in range(m.start + 1, m.end - 2) if text[p:m.end] in names and _verb_ends(text, m.start - 1, p, gz)), None)
            if p is not None and not any(c.start() < p < c.end() for c in lx.compound_re.finditer(text, m.start, m.end)):
                m = Mention(p, m.end, text[p:m.end], m.rule, m.suffix)
        out.append(m)
    return out


def _verb_ends(text: str, lo: int, p: int, gz: _Gazetteer) -> bool:
    """A clause-opening word of two to four characters, not a conjunction joining two names, ends at `p`, starting at `lo`
    or after."""
    return any(text[p - k:p] in gz.openers and text[p - k:p] not in lexicon().joining for k in (2, 3, 4) if p - k >= max(0, lo))


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop a name that a longer one holds (自治区农业农村厅 inside 自治区农业农村厅…监管处); the issuer over a
    signature date and a venue (`_HOLDING_RULES`) hold the names inside them and are dropped after this."""
    keep: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.start, -x.end)):
        if not (keep and keep[-1].start <= m.start and m.end <= keep[-1].end):
            keep.append(m)
    return keep


def _shared_suffix(mentions: list[Mention], text: str, soft: frozenset, lx: _Lexicon) -> list[Mention]:
    """`省、市综合检验检测中心`: each place before the 、 takes the name's rest (省综合检验检测中心). After a name that is
    all place (a zone: 开发区) a whole district of the gazetteer is a place listed beside it, no body (`市区(包含婺城区、
    金东区、开发区)` blind57 do_01; `滨江区、经济技术开发区、西湖风景名胜区` blind30 cn_04); a zone is one (`鄂城新区、花湖
    开发区` blind26 cj_03)."""
    out = []
    places = gazetteer().places
    for m in mentions:
        prefix = _PLACE_PREFIX.match(m.name)
        if m.collective or not prefix:
            continue
        rest, pos = m.name[prefix.end():], m.start
        while pos > 0 and text[pos - 1] == "、":
            start, stop = _left_edge(text, pos - 1, soft, lx)
            head = text[start:pos - 1]
            if not head or not lx.head_re.fullmatch(head) or not rest and places.at(head, 0) == len(head) \
                    or prefix.group() in _BARE_LEVELS and head not in _BARE_LEVELS:
                break       # (an item opening with its own bare level word is a whole name: `县经济开发区、县发展和改革局`)
            out.append(Mention(start, m.end, _whole_place(head, prefix.group()) + rest, "shared_suffix", m.suffix,
                               stop in lx.collective))
            pos = start
    return out


# the level words alone (`省、市综合检验检测中心`): an item that opens with one after a 、 shares its rest only with a bare
# level word before it; after a named place or zone it is a whole name of its own (`县经济开发区、县发展和改革局` blind91
# ew_07, `县工业园区、县公安局` blind55 dm_06, `涉及梁子湖区、市发改委` blind91 ew_03, `沈河区、市政府办` blind82 en_03)
_BARE_LEVELS = frozenset(("省", "市", "县", "区", "州", "旗", "盟", "自治区"))


def _paired_government(mentions: list[Mention], text: str, lx: _Lexicon) -> list[Mention]:
    """`顺昌县元坑镇党委、政府`: the bare 政府 after a place's party committee and 、 is that place's government
    (顺昌县元坑镇政府), as a shared suffix gives each item the whole name; not after a collective (`各级党委、政府`)."""
    party, government = lx.paired_government
    out = []
    for m in mentions:
        e = m.end + 1 + len(government)
        if m.collective or not m.name.endswith(party) or len(m.name) <= len(party) or text[m.end:e] != "、" + government \
                or text[e:e + 1] in lx.suffix_chars:
            continue        # (not a longer name the bare word opens, `、政府办`)
        out.append(Mention(m.end + 1, e, m.name[:-len(party)] + government, "paired_government", government))
    return out


def _whole_place(head: str, prefix: str) -> str:
    """A division's short name before the shared rest takes the level word the named item's place ends in, each
    name written whole (`福州、泉州、三明市文明辦` blind27 ck_02 gives 福州市文明办 and 泉州市文明办)."""
    full = gazetteer().full_names.get(head, head)
    return full if full[:-1] == head and full[-1] == prefix[-1] else head


def _aliases(mentions: list[Mention], text: str, lx: _Lexicon) -> list[Mention]:
    """`深圳检验检疫局（以下简称深圳局）`, `僱員再培訓局(再培訓局)`: the full name declares a short form."""
    by_end = {m.end: m for m in mentions if not m.collective}
    out = []
    for a in lx.alias_re.finditer(text):
        full = by_end.get(a.start())
        if full is not None and (a["bare"] is None or _abbreviates(a["alias"], full.name)):
            out.append(Mention(full.start, full.end, full.name, "alias_declared", full.suffix, alias=a.group("alias")))
            out += _alias_uses(a.group("alias"), a.end(), mentions, text)
    return out


def _abbreviates(short: str, name: str) -> bool:
    """`short` is a short form of `name`: shorter, its characters in the name's order, ending as the name ends
    (再培训局 of 雇员再培训局, 家校会 of 家庭与学校合作事宜委员会)."""
    rest = iter(name)
    return len(short) < len(name) and short[-1] == name[-1] and all(c in rest for c in short)


def _alias_uses(alias: str, after: int, mentions: list[Mention], text: str) -> list[Mention]:
    """Where a declared short form no name ends in is used after its declaration (`劳动部（以下简称本部）…本部应将…`):
    a mention of it where punctuation, a modal or a stop word follows it, not where it qualifies a noun
    (本部就业安定基金) or a name holds it or follows it (本部劳动力发展署 names the 署)."""
    taken = [(m.start, m.end) for m in mentions]
    follows = _alias_follows()
    out = []
    for u in re.finditer(re.escape(alias), text[after:]):
        a, b = after + u.start(), after + u.end()
        if (b == len(text) or follows.match(text, b)) and not any(x < b and a < y or x == b for x, y in taken):
            out.append(Mention(a, b, alias, "alias_use", alias[-1]))
    return out


@functools.cache
def _alias_follows() -> re.Pattern:
    """What may follow a use of a declared short form: punctuation, a modal, a stop word."""
    return regex(r"[^\u3400-\u9fff]|[应须得亦会已]|稍后|随后|%s" % "|".join(map(re.escape, lexicon().stops)))


def mentions_in(text: str, soft: frozenset = frozenset()) -> list[Mention]:
    """The organisation mentions of a text; organisations and responsibilities both ask, matching runs once."""
    return list(_memoised_mentions(text, soft))


@functools.lru_cache(maxsize=4)
def _memoised_mentions(text: str, soft: frozenset) -> tuple[Mention, ...]:
    return tuple(find_mentions(text, soft))


# --- one body, many names -----------------------------------------------------------------

def _level(name: str, lx: _Lexicon) -> Optional[int]:
    """The level a bare level prefix gives a name (县政府 -> 3), None for a place-named body."""
    if _not_level(name):
        return None
    m = lx.level_re.match(name)
    return lx.levels[m.group()] if m else None


def issuer_level(notice: Notice, lx: _Lexicon) -> Optional[int]:
    """The administrative level of the issuer (省 1, 市 2, 县 3; a ministry 0, as any body named without a place),
    None if unknown."""
    issuer = notice.meta.issuer
    if not issuer:
        return None
    places = gazetteer().places     # a division named without its level word: 中国银监会浙江监管局
    spans = [(i, n) for i in range(len(issuer)) if (n := places.at(issuer, i))]
    # a level word's character inside a division's name, before its last, is none (州 of 贵州省: blind40 cx_06's
    # `贵州省大型医院第一巡查组` is a province's); its last still counts (市 of 上海市, whose 市科委 is the notice's own
    # level: blind17 ca_11)
    inside = {k for i, n in spans for k in range(i, i + n - 1)}
    ranks = [lx.levels[ch] for i, ch in enumerate(issuer)
             if ch in lx.levels and i not in inside and not _not_level(issuer, i)]
    if "自治区" in issuer:
        ranks.append(1)
    ranks += [_division_level(issuer[i:i + n]) for i, n in spans]
    if not ranks and (issuer.endswith(lx.office_ends) or "党委" in issuer):
        return None     # an office inside a body (`文書組` posting a school's bulletin, blind10 bt_07; a unit's party
        # committee's department, `学校党委统战部` signing blind28 cl_02): no level known
    return max(ranks, default=0)


_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")


@functools.cache
def _division_level(name: str) -> int:
    """The level of a division (浙江, 浙江省: 1; 湛江市: 2; 山阴县: 3), from its full name's level word."""
    full = gazetteer().full_names.get(name, name)
    if full.startswith(_MUNICIPALITIES) or full.endswith(("省", "自治区", "特别行政区")):
        return 1
    return 2 if full.endswith(("市", "州", "地区", "盟")) else 3


def is_subsequence(short: str, long: str) -> bool:
    """The characters of `short` run in order through `long` (人社局 / 县人力资源和社会保障局), and what `long` adds
    joins no body to it (台北市政府公文交换中心 is not 台北市政府教育局暨所属机关学校公文交换中心) nor names a division
    under the one `short` names: 象山县西周镇人民政府 is a town's government, not 象山县人民政府 (blind26 cj_05), as
    `_fuller_heads` adds no place to a name."""
    lx = lexicon()
    gaps, i = [], 0
    for ch in short:
        j = long.find(ch, i)
        if j < 0:
            return False
        if j > i + 1 and i and long[i - 1] in lx.levels and _SUB_DIVISION.fullmatch(long, i, j):
            return False
        gaps.append(long[i:j])
        i = j + 1
    return not any(lx.joined_re.search(g) for g in gaps if len(g) > 2)


_SUB_DIVISION = regex(r"[\u4e00-\u9fff]{1,6}(?:县|区|镇|乡|街道)")


def resolve(mentions: list[Mention], own_level: Optional[int], titled: frozenset = frozenset(),
            headed: frozenset = frozenset()) -> dict[str, str]:
    """Map every named form to the canonical (fullest) form of its body; generic forms map nowhere. A bare
    suffix (领导小组) may also stand for a body that only the title names (`titled`: 关于成立X领导小组的通知); one of
    `own_division_bodies` (妇联) that stands for no named body is the own division's, a name itself. The issuer that heads
    the title (`headed`) places no bare-level name (`_placed_heads`)."""
    lx = lexicon()
    collective = {m.name for m in mentions if m.collective}
    named = [m for m in mentions if not m.collective and m.name not in collective]
    if own_level is not None:
        named = [m for m in named if (_level(m.name, lx) or 0) <= own_level]
    canon: dict[str, str] = {}
    for m in named:
        if m.alias:
            canon[m.alias] = m.name
    counts: dict[str, int] = {}
    for m in named:
        counts[m.name] = counts.get(m.name, 0) + 1
    first: dict[str, Mention] = {}
    for m in named:
        first.setdefault(m.name, m)
    by_last: dict[str, list[str]] = {}   # the names by their last and by their first character, in text order (a name
    by_first: dict[str, list[str]] = {}  # is compared only with those that end as it does, or open as it does)
    for b in first:
        by_last.setdefault(b[-1:], []).append(b)
        by_first.setdefault(b[:1], []).append(b)
    ending: dict[str, list[str]] = {}    # suffix -> the names ending with it (a name is compared with these only)
    for m in first.values():
        if m.suffix not in ending:
            ending[m.suffix] = [b for b in (by_last.get(m.suffix[-1:], ()) if m.suffix else first) if b.endswith(m.suffix)]
    for name in sorted(first, key=len, reverse=True):
        m = first[name]
        if name in canon or name == m.suffix:
            continue
        targets = {canon.get(b, b) for b in ending[m.suffix] if len(b) > len(name) and b != m.suffix
                   and is_subsequence(name, b) and _may_merge(name, b, own_level, lx)
                   and (name not in lx.committees or b.endswith(name))}
        heads = set() if targets else _fuller_heads(name, m.suffix, first, by_first.get(name[:1], ()), own_level, lx,
                                                    headed)
        canon[name] = _pick(targets, counts) if targets else (heads.pop() if len(heads) == 1 else name)
    for name, m in first.items():
        if name == m.suffix and len(name) > 1:     # a bare 领导小组: the one named body with that suffix
            owners = {canon[b] for b in canon if canon[b] and b != name and canon[b].endswith(name)}
            owners |= {t for t in titled if t.endswith(name) and t != name}
            canon[name] = owners.pop() if len(owners) == 1 else name if not owners and name in lx.own_bodies else None
    return {k: v for k, v in canon.items() if v}


def _fuller_heads(name: str, suffix: str, names, opening_alike, own_level: Optional[int], lx: _Lexicon,
                  headed: frozenset) -> set:
    """The fuller forms of `name` that head a longer name in the text, the same name with a joining word or so
    more (`省住房城乡建设厅` where only `省住房和城乡建设厅科技与标准处` writes the body in full: blind15 by_02); such a
    head is listed in place of the shorter form; where the name starts with a division's full name, a head of that
    division written in full however long (`东至县住建局` where only `东至县住房和城乡建设局保障办` writes the bureau in full:
    blind27 ck_05). Not a head that adds a place (县人民政府 stays where only
    `姚安县人民政府办公室` names the place: blind5 bm_05, blind3 bf_01, blind7), nor one of two names (区委区政府 of
    区委区政府督查室, blind bl_01). `opening_alike`: the names of `names` that open with the name's first character, the
    only ones a head of it opens."""
    place = gazetteer().places.at(name, 0)
    placed = place >= 3     # (a division's full name: 东至县, not 东至 nor 县)
    # what a longer name opens with, and its least length (worked out once, not at each of the names)
    opening, least = (name[:place] if placed else name[:1]), len(name) + 3
    heads = {b[:p] for b in opening_alike if len(b) >= least and b.startswith(opening)
             for p in range(len(name) + 1, (len(b) - 2 if placed else min(len(name) + _HEAD_EXTRA, len(b) - 2)) + 1)
             if b.endswith(suffix, 0, p) and not _runs_on(b, p - len(suffix), p, lx)
             and is_subsequence(name, b[:p]) and _may_merge(name, b[:p], own_level, lx)
             and (name not in lx.committees or b[:p].endswith(name))}
    heads |= _placed_heads(name, names, own_level, lx, headed)
    return {h for h in heads if [m.name for m in find_mentions(h)] == [h]}


def _placed_heads(name: str, names, own_level: Optional[int], lx: _Lexicon, headed: frozenset) -> set:
    """The head of a longer name that writes a bare-level name after its division's short name, the body before its unit
    or party group: `深圳市卫生健康委` where the text writes `市卫生健康委` and, in an address, `深圳市卫生健康委体改和基层处`
    (blind46 dd_03), `贵州省卫生健康委` beside `贵州省卫生健康委党组` (blind40 cx_06), `宣城市教体局` beside `宣城市教体局基教科`
    (blind11 bu_12). Not a government's: the golds keep the bare-level government apart (`县人民政府` beside `姚安县人民政府
    办公室` blind5 bm_05, `区政府` beside `盘锦市双台子区人民政府办公室` blind3 bf_01), nor the issuer heading the title, no
    mention where a page repeats the title in its body (`济南市科技局办公室关于召开…的通知` over `经市科技局党组研究决定`
    blind21 ce_12)."""
    if name.endswith(_GOVERNMENT) or _level(name, lx) is None:
        return set()
    # a name that writes `name` two characters or more into it, before its end: C scans of the names joined (most have
    # none; the 277 calls a round of the 19 parse-text notices 0.50 -> 0.30 ms), not a Python step for every name
    joined, size = "\0".join(names), len(name)
    at = joined.find(name, 2)
    while at >= 0 and ("\0" in joined[at - 2:at] or joined.startswith("\0", at + size) or at + size == len(joined)):
        at = joined.find(name, at + 1)
    if at < 0:
        return set()
    places = gazetteer().places
    return {b[:k + len(name)] for b in names if b not in headed and (k := b.find(name, 2)) > 0 and len(b) > k + len(name)
            and b[:k] in places and _may_merge(name, b[:k + len(name)], own_level, lx)}


def deputy_added(short: str, long: str) -> bool:
    """The longer name is a deputy's office the short one is not (`政务司副司长办公室` / `政务司司长办公室`, both among the
    units of 李家超's 2022 施政报告 指标, blind56 dn_08; the two posts, each with duties of its own, at
    www.cso.gov.hk/chi/role/role.htm): another body, however the characters run."""
    return "副" in long and "副" not in short


def _may_merge(short: str, long: str, own_level: Optional[int], lx: _Lexicon) -> bool:
    """A bare-level short form (市综合…中心) is the fuller one only at the notice's own level (or, that unknown, the
    level of the division that names the fuller one); a known body
    (发展改革委) is no local one that ends with its name (市发展改革委), only another name of itself; nor is a name
    another's deputy (`deputy_added`)."""
    if deputy_added(short, long):
        return False
    kinds = gazetteer().body_kind
    level = _level(short, lx)
    if short in kinds and long not in kinds and level is None:
        return False        # (a known short form of a level's government, 市府, is the bare-level form it reads as)
    if level is None or long.startswith(short[:1]):
        return True
    if own_level is None:       # the issuer unknown: a body of a division of that level (市政府 -> 海口市人民政府,
        at = 2 if long.startswith("中共") else 0      # 省委 -> 中共山东省委: the party's committee of that division)
        n = gazetteer().places.at(long, at)
        return n > 0 and _division_level(long[at:at + n]) == level
    return level == own_level


def _pick(targets: set, counts: dict) -> Optional[str]:
    """The body a short form stands for: the only candidate, or the clearly most mentioned."""
    ranked = sorted(targets, key=lambda t: -counts.get(t, 0))
    if len(ranked) == 1 or counts.get(ranked[0], 0) > counts.get(ranked[1], 0):
        return ranked[0]
    return None


def notice_mentions(notice: Notice) -> list[tuple[Mention, str]]:
    """The named mentions in the body and 抄送 line, each with its canonical name, in text order
    (computed once per notice, and again if what they depend on is changed: organizations and
    responsibilities both read them). The issuer's name as its signature writes it names that one body where the
    body writes it too, though its place is one the gazetteer lacks and the name alone reads as a kind of government
    (blind37 cu_07 `蟠猫乡人民政府将进一步加强统筹协调` over the signature `蟠猫乡人民政府`; blind26 cj_05 `将意见邮寄至象山县
    西周镇人民政府` over `象山县西周镇人民政府`)."""
    key = ("org_mentions", notice.meta.title, notice.meta.issuer, tuple(notice.body), notice.cc_range)
    if key not in notice.memo:
        notice.memo[key] = _notice_mentions(notice)
    return notice.memo[key]


def _notice_mentions(notice: Notice) -> list[tuple[Mention, str]]:
    signers = set(re.split(r"[、，,]", notice.meta.issuer or ""))
    in_scope = [m._replace(collective=False) if m.collective and m.name in signers else m
                for m in mentions_in(notice.text, notice.doc.soft_breaks) if _in_scope(notice, m.start)]
    in_title = find_mentions(re.sub(r"\s+", "", notice.meta.title or ""))
    titled = frozenset(m.name for m in in_title if not m.collective and m.name != m.suffix and m.start > 0)   # not the
    headed = frozenset(m.name for m in in_title if m.start == 0)        # issuer heading it, which is `headed`
    canon = resolve(in_scope, issuer_level(notice, lexicon()), titled, headed)
    out = []
    for m in in_scope:
        name = canon.get(m.alias or m.name) if m.rule == "alias_declared" else canon.get(m.name)
        if name and not m.collective and m.rule != "alias_declared":
            out.append((m, name))
    return sorted(out + _side_references(notice, out), key=lambda x: x[0].start)


_SIDE = regex(r"(?<![\u4e00-\u9fff])([局署])方(?![面式法案向针便])")
_SIDE_WORDS = ("局方", "署方")     # what every match of _SIDE holds
# `该署` / `该局` (that department): Hong Kong service news refer so to the last department they named (blind18 cb_06
# `屋宇署4月1日起逐步恢復更多公共服務。…該署會限制同一時間可接受服務的人士數目`, blind9 bs_09 `機電署表示,…該署會以電話或
# 郵遞通知申請人`, blind20 cd_07 `地政總署今天宣布,…該署延長…`); not 应该, nor the head of it (该局长, 该署长)
_THAT = regex(r"(?<!应)该([局署])(?![长])")


def _side_references(notice: Notice, named: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """`局方` (the bureau's side), as Hong Kong news refer to the one bureau they name (bn_09 `局方將於本月14日向家長寄出
    選校通知書`, bm_07 `局方指,…` after `教育局宣布`): a mention of that body where one body with that suffix is named
    before it, not a word with 方 (局方面)."""
    out = _that_references(notice, named)
    if not any(w in notice.text for w in _SIDE_WORDS):
        return out      # (the pattern opens with a lookbehind: `re` would try it at every position)
    for r in _SIDE.finditer(notice.text):
        if not _in_scope(notice, r.start()):
            continue
        bodies = {name for m, name in named if m.end <= r.start() and name.endswith(r.group(1))}
        if len(bodies) == 1:
            out.append((Mention(r.start(), r.end(), r.group(), "side_reference", r.group(1)), bodies.pop()))
    return out


def _that_references(notice: Notice, named: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """`该署` (_THAT): a mention of the last body named before it with that suffix."""
    out: list[tuple[Mention, str]] = []
    if "该署" not in notice.text and "该局" not in notice.text:
        return out
    for r in _THAT.finditer(notice.text):
        if not _in_scope(notice, r.start()):
            continue
        before = [(m.start, name) for m, name in named if m.end <= r.start() and name.endswith(r.group(1))]
        if before:
            out.append((Mention(r.start(), r.end(), r.group(), "side_reference", r.group(1)), max(before)[1]))
    return out


def _in_scope(notice: Notice, offset: int) -> bool:
    cc = notice.cc_range
    if cc is not None and cc[0] <= offset < cc[1]:
        return True
    block, lx = notice.doc.block_at(offset), lexicon()
    return notice.in_body(offset) and not (block and (lx.frame_label_re.match(notice.text, block.start)
                                                      or lx.frame_row_re.match(notice.text, block.start, block.end)))


def _written_out(name: str, text: str) -> str:
    """The suffix's full form where the text also writes the body so (`上楓國小` and `上楓國民小學`, blind16 bz_02), and a
    known body's full name where the text, its title or signature included, also writes it (`研發處` and `研究發展處`
    blind14 bx_06, `国办` and `国务院办公厅` blind21 ce_01; of two bodies with one short form, the one the text writes:
    `教青局` blind31 co_11): one body written two ways is listed in the fuller form the text uses (ANNOTATION.md)."""
    for short, full in lexicon().full_suffixes.items():
        if name.endswith(short) and (longer := name[:-len(short)] + full) in text:
            return longer
    return next((full for full in gazetteer().body_full.get(name, ()) if full in text), name)


def extract(notice: Notice, found: Found) -> list[Organization]:
    orgs: dict[str, Organization] = {}
    named = notice_mentions(notice)
    names = {name for _, name in named}
    for m, name in named:
        name = _written_out(name, notice.text)
        if name not in names:       # a full name written out: the longer listed name it ends (中华人民共和国环境保护部, for
            name = next((n for n in names if n.endswith(name)), name)     # 环保部 and 环境保护部: blind15 by_05)
        if name not in orgs:
            orgs[name] = Organization(name=name)
        orgs[name].mentions.append(notice.doc.span(m.start, m.end))
    return list(orgs.values())


def run_snippet(text: str, **context) -> list[dict]:
    notice = snippet_notice(text, **context)
    items = []
    for m in mentions_in(notice.text, notice.doc.soft_breaks):
        if not m.collective and m.name != m.suffix:
            items.append({"rule": m.rule, "name": m.name, "alias": m.alias, "start": m.start, "end": m.end})
    return items
