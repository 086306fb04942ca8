"""Layouts blind41's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from pathlib import Path

from extractor import parse
from extractor.ingest.text import decode

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_a_short_big5_text_that_also_decodes_as_gb18030_is_read_as_big5(corpus_plan):
    # 地政總署's 2008 release on 船灣's drainage works (blind41 cy_08, Big5): charset-normalizer gives no answer on so short a
    # text, and the bytes decode as GB18030 too, into kana, bopomofo and box drawing (`虏砰 璣ゅ 盚倒狟ね`); the first lines of
    # 市政署's 2020 社團 subsidy notice (blind28 cl_09) in Big5 do the same
    plan = corpus_plan("blind41/docs/cy_08.txt")
    assert plan.meta.title == "大埔船湾雨水排放系统改善工程"
    assert "2008-07-30" in [d.date for d in plan.deadlines]
    head = (CORPUS / "blind28/found/cl_09.txt").read_text(encoding="utf-8")[:400]
    assert decode(head.encode("big5"))[:2] == (head, "big5")
    # a GB18030 text the normaliser cannot place stays GB18030
    text = "请各单位于6月30日前报送。联系人:王明,电话:0351-1234567。"
    assert decode(text.encode("gb18030"))[:2] == (text, "gb18030")


def test_a_hong_kong_number_in_chinese_numerals_after_zhidian(corpus_plan):
    # 社署's releases print their hotlines in numerals: `亦可致電社署熱線二三四三 二二五五,或於辦公時間致電社署總部二八三二
    # 四三一一查詢` (2008, blind41 cy_09; the same two lines close its 2015 分區賣旗日 release, info.gov.hk P201504300353)
    plan = corpus_plan("blind41/docs/cy_09.txt")
    assert [c.phone for c in plan.contacts] == ["23432255", "28324311"]
    text = "发言人称,市民如有查询,可致电社署热线二三四三 二二五五,或于办公时间致电社署总部二八三二 四三一一。\n"
    assert [c.phone for c in parse(text.encode(), filename="t.txt").contacts] == ["23432255", "28324311"]
    assert parse("社署共收到五三宗申请,二〇〇八年度已批出二一宗。\n".encode(), filename="t.txt").contacts == []


def test_guests_who_come_to_a_ceremony_each_with_the_post_before_the_name(corpus_plan):
    # 臺中 南區區公所's press item (blind41 cy_12, Big5): `民政局長蔡世寅、社會局副局長陳仲良、立法委員黃國書、市議員邱素貞、鄭功進
    # 等人蒞臨揭牌儀式`; a 臺中 東區 里 evening's report `台中市議員李中、邱素貞、何敏誠、羅廷瑋等人也出席活動` (2020-10): 議員 is a
    # post, and the roll ends before 等人, 也 and the verb
    people = {p.name: p.title for p in corpus_plan("blind41/docs/cy_12.txt").people}
    assert people["蔡世寅"] == "民政局长" and people["郑功进"] == "市议员" and people["黄国书"] == "立法委员"
    text = "今晚活動除民政局長吳世瑋、東區區長何宜真到場外,台中市議員李中、邱素貞、何敏誠、羅廷瑋等人也出席活動,氣氛溫馨熱鬧。\n"
    people = {p.name: p.title for p in parse(text.encode(), filename="t.txt").people}
    assert people["罗廷玮"] == "台中市议员" and people["李中"] == "台中市议员"


def test_a_bodys_stated_intent_with_ni_is_its_duty(corpus_plan):
    # `市委、市政府拟出台《关于在全市殡葬领域开展…实施方案》` (唐山市民政局's call for comments, blind41 cy_02, a site page): 拟
    # (intends to) says a body's action to come as 将 does, as `中國儀器儀表學會擬申報此獎項` (blind40 cx_01, in its gold);
    # not 拟定 (to draw up) nor 拟任 (a nominee)
    duties = {(r.org, r.role) for r in corpus_plan("blind41/docs/cy_02.html").responsibilities}
    assert {("市委", "lead"), ("市政府", "lead")} <= duties
    text = "县教育局拟定了考核办法。\n"
    assert parse(text.encode(), filename="t.txt").responsibilities == []


def test_a_portal_label_left_empty_before_the_next_label_takes_no_value_from_the_line_below(corpus_plan):
    # `文件编号:   发布机构:   湖州市交通运输局` over the notice's title (湖州市交通运输局's call for comments, blind41 cy_01): the empty
    # number is no number, and the title below is no number either; `文 号: 文件分类: 所属机构:` over the title (blind37
    # cu_05, a DOCX) the same
    plan = corpus_plan("blind41/docs/cy_01.txt")
    assert plan.meta.doc_number is None and plan.meta.title.startswith("关于公开征求《湖州市出租汽车客运管理办法》")
    assert corpus_plan("blind37/docs/cu_05.docx").meta.doc_number is None


def test_question_marks_for_a_lost_indent(corpus_plan):
    # a content farm's GB18030 copy of 静安区's forward (blind41 cy_05): `??上海市静安区人民政府办公室` / `??2023年4月23日`, each
    # paragraph led by `??` where its full-width indent was lost: the signature and date under the forward
    meta = corpus_plan("blind41/docs/cy_05.txt").meta
    assert (meta.issuer, meta.date) == ("上海市静安区人民政府办公室", "2023-04-23")
    plan = parse("关于做好防汛工作的通知\n各乡镇:\n??请认真做好防汛工作。\n??县防汛办\n??2023年6月1日\n".encode(), filename="t.txt")
    assert (plan.meta.issuer, plan.meta.date) == ("县防汛办", "2023-06-01")


def test_the_update_stamp_closing_a_portal_item_dates_it(corpus_plan):
    # gov.mo's item on 社工局's services (blind41 cy_10) has no date of its own; `最後更新日期: 2022-07-31 20:44` closes the page
    # (its `明天(8月1日)` is that day's tomorrow)
    assert corpus_plan("blind41/docs/cy_10.txt").meta.date == "2022-07-31"
    text = "社工局维持有限度服务\n社会工作局明天提供有限度公众服务,市民须预约。\n"
    assert parse((text + "最后更新日期: 2022-07-31 20:44\n").encode(), filename="t.txt").meta.date == "2022-07-31"
    # a signed item keeps its own date
    signed = text + "社会工作局\n2022年7月30日\n最后更新日期: 2022-07-31 20:44\n"
    assert parse(signed.encode(), filename="t.txt").meta.date == "2022-07-30"
