"""Meta misses of blind58–blind66 that recur in two or more notices (branch fixMeta30), each read from its notice's file."""
from __future__ import annotations


def test_a_headline_stated_as_a_sentence_over_its_dateline_is_the_title(corpus_plan):
    # 教育局's closure notice (blind61 ds_11): `由於三號熱帶氣旋警告信號現正生效,…今日停課。` over `05/09/2024`; 鹿草鄉公所's
    # item (blind58 dp_12): `縣府函文為因應天兔颱風來襲…防颱措施。` over `發布日期:2024-11-15 08:54:00`: the headline without
    # its full stop, and the page's dateline is no date of the notice (both golds leave it)
    meta = corpus_plan("blind61/docs/ds_11.txt").meta
    assert meta.title == "由于三号热带气旋警告信号现正生效,幼稚园、肢体伤残儿童学校及智障儿童学校今日停课"
    assert meta.date is None
    meta = corpus_plan("blind58/docs/dp_12.pdf").meta
    assert meta.title == "县府函文为因应天兔台风来袭请各单位加强宣导畜牧业饲养户办理加强防台措施"
    assert meta.date is None


def test_a_title_glued_to_its_addressees_or_first_paragraph_is_cut_at_its_document_type(corpus_plan):
    # a township's 爱国卫生 plan (blind64 dv_04, PDF): `爱国卫生运动工作方案各村、镇直有关单位:为贯彻…` on one line; a 镇's 信息采集
    # plan (blind62 dt_03, PDF): `1、1 大圩镇…信息采集工作实施方案` over `案为贯彻落实党中央、…`, the title run into its first
    # paragraph after a document site's stray list number; a county's 秸秆禁烧 plan (blind45 dc_04, PDF) the same:
    # `政府秸秆禁烧工作实施方案为认真做好我县…`
    meta = corpus_plan("blind64/docs/dv_04.pdf").meta
    assert meta.title == "爱国卫生运动工作方案"
    assert meta.recipients == ["各村", "镇直有关单位"]
    assert corpus_plan("blind62/docs/dt_03.pdf").meta.title == "大圩镇退役军人和其他优抚对象信息采集工作实施方案"
    assert corpus_plan("blind45/docs/dc_04.pdf").meta.title == "政府秸秆禁烧工作实施方案"
