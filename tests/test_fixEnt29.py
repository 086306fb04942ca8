"""fixEnt29: a head's post before a name the notice writes again (rules/people.yaml post_then_recurring_name)."""
from pathlib import Path

from extractor.extract.people import run_snippet

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _names(text: str) -> dict:
    return {p["name"]: p["title"] for p in run_snippet(text)}


def test_township_head_named_twice_blind62_dt_11():
    # 新城鄉公所's 重陽敬老禮金 item (blind62 dt_11), the sentences as printed (traditional)
    text = ("社會課長林英輝指出,鄉長何禮臺穩健鄉公所財政狀況,推廣多項社會福利照顧長者,在去年度將敬老禮金提高,"
            "另外因進入秋冬的季節,鄉長何禮臺關心長者的健康與保暖,90歲以上長者特別致贈暖被一件。\n"
            "林英輝提醒鄉親長輩,如未在發放時間前往領取,112年10月27日 (含) 前請至村辦公處領取。")
    names = _names(text)
    assert names.get("何礼台") == "乡长"
    assert names.get("林英辉") == "社会课长"


def test_headline_post_then_name_blind62_dt_12():
    # 公館鄉公所's item (blind62 dt_12): the headline's post and name, the body's name and post
    text = ("重陽節前夕 鄉長何在鑫慰訪鄉內百歲人瑞\n"
            "為表達對百歲人瑞的關懷與尊敬,弘揚崇老敬老精神、落實老人福祉,何在鑫鄉長特於重陽節前夕拜訪鄉內百歲人瑞。")
    assert _names(text).get("何在鑫") == "乡长"


def test_no_name_where_words_do_not_recur():
    assert "何礼台" not in _names("乡长何礼台稳健乡公所财政状况。")
    assert not _names("市科技局各分管局长安排下半年重点工作。局长安排专人负责,各科室安排人员值班。")
    assert not _names("上海市长宁区安全生产委员会办公室。长宁区应急管理局。")


def test_name_before_post_written_again_blind49_dg_11():
    # 新竹市政府's item on 監察院's 陳情 session (blind49 dg_11): the names before 委員, then in the keywords line
    text = ("新竹市政府行政處今(18)日表示,監察院林文程委員及浦忠成委員將於10月23日上午10點50分至12點受理陳情。\n"
            "關鍵字:監察委員、陳情、林文程、浦忠成")
    names = _names(text)
    assert names.get("林文程") == "委员" and names.get("浦忠成") == "委员"


def test_name_before_post_needs_other_words_on_both_sides():
    assert not _names("新竹市政府行政處今(18)日表示,監察院林文程委員將於10月23日受理陳情。")
    # (a place before 县长兴镇 is always followed by 县)
    assert not _names("第一篇:南溪县长兴镇人民政府关于…的通知。南溪县人民政府,南溪县长兴镇。")
    assert not _names("推进社区党组织书记、居委会主任“一肩挑”,吸纳党组织书记担任委员,发挥党组织作用。")


def test_members_run_together_after_a_bracket_blind62_dt_03():
    # 大圩镇's 信息采集 领导小组 (blind62 dt_03): a stray `2、` cut the list from its label
    text = ("副组长:\n卓义永(派出所所长)李欣欣(维稳副书记)\n"
            "2、郑雄健(组织委员)韦云帆(宣传委员)苏小川(副镇长)李伟华(副镇长)2成员:宋颂(党政办主任)")
    names = _names(text)
    assert names.get("韦云帆") == "宣传委员" and names.get("李伟华") == "副镇长"
