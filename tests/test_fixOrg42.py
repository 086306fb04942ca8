"""People and organisations read from held-out notices: a committee's attendance roll (minutes_roll), a body named
after 深入 (going into it to inspect), each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_committee_roll_names_members_and_officials(corpus_plan):
    # blind81 em_09 (Big5 text, 立法局 專利條例草案委員會 1996-11-04): `出席委員:` / `劉漢銓議員(主席)` …, `出席公職人員:` /
    # `副工商司` / `鄭陸山先生` …, `列席秘書:` / `總主任(1)1` / `梁慶儀小姐`
    people = {p.name: p.title for p in corpus_plan("blind81/docs/em_09.txt").people}
    assert people.get("刘汉铨") == "议员", people
    assert people.get("周梁淑怡") == "议员", people
    assert people.get("吴霭仪") == "议员", people        # under 缺席委員
    assert people.get("郑陆山") == "副工商司", people
    assert people.get("李郑多娜") == "总知识产权审查主任", people
    assert people.get("梁庆仪") == "总主任(1)1", people
    assert people.get("袁家宁") == "高级主任(1)1", people
    assert len(people) == 20, people


def test_a_body_after_shenru_starts_after_it(corpus_plan):
    # blind79 ek_05: `联合检查组先后深入平安公司职场、人保公司职场…进行了细致检查`
    names = {o.name for o in corpus_plan("blind79/docs/ek_05.pdf").organizations}
    assert "平安公司" in names, names
    assert not any(n.endswith("深入平安公司") for n in names), names


def test_a_photo_caption_names_the_person_between_post_and_position(corpus_plan):
    # blind79 ek_08 (.doc): `消防區長(政策)羅建新(左)及助理消防區長(消防設施監督)楊嗣康(右)講述「前哨行動」巡查計劃`
    people = {p.name: p.title for p in corpus_plan("blind79/docs/ek_08.doc").people}
    assert people.get("杨嗣康") == "助理消防区长（消防设施监督）", people


def test_a_comrade_after_guanche_is_a_person(corpus_plan):
    # blind80 el_06: `为了认真贯彻王兆国同志在全总十五届四次执委会议上关于“焕发工会组织的吸引力…”`
    people = {p.name: p.title for p in corpus_plan("blind80/docs/el_06.pdf").people}
    assert people.get("王兆国") == "同志", people


def test_a_street_that_opens_a_joint_action_is_a_body(corpus_plan):
    # blind79 ek_05: `12月4日上午,工业路街道联合辖区消防大队、辖区派出所开展消防安全检查`
    names = {o.name for o in corpus_plan("blind79/docs/ek_05.pdf").organizations}
    assert "工业路街道" in names, names


def test_a_bare_cinema_in_a_list_of_crowded_places_is_no_body(corpus_plan):
    # blind79 ek_06: `紧盯节日期间商场市场、宾馆饭店、电影院、娱乐场所等人流物流密集的场所`
    names = {o.name for o in corpus_plan("blind79/docs/ek_06.docx").organizations}
    assert "电影院" not in names, names
    assert "肖家园街道" in names, names


def test_a_community_after_a_joining_verb_ends_no_she_name(corpus_plan):
    # blind79 ek_06: `9月29日晚,肖家园街道联合社区、微型消防站、城管开展国庆节前消防安全…` (社区 is no 社)
    names = {o.name for o in corpus_plan("blind79/docs/ek_06.docx").organizations}
    assert not any(n.endswith("联合社") for n in names), names
