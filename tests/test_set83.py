"""Layouts blind83's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_release_opening_with_the_following_is_no_recipients_line(corpus_plan):
    # info.gov.hk's 立法會十題 of 2023-11-29 (blind83 eo_08, a site page) opens `以下是今日(十一月二十九日)在立法會會議上陳恒鑌議員的
    # 提問和商務及經濟發展局局長丘應樺的書面答覆:`, read as its addressees and its bodies lost with it; blind53 dk_10 and blind81
    # em_08 open their releases the same way
    plan = corpus_plan("blind83/docs/eo_08.html")
    assert plan.meta.recipients == []
    names = {o.name for o in plan.organizations}
    assert {"立法会", "商务及经济发展局"} <= names, names


def test_a_release_page_s_posting_bureau_is_no_headline(corpus_plan):
    # GOV.MO's 新聞局 pages print the posting bureau between the headline and the posting time: `旅遊危機處理辦公室` over
    # `2007-10-17 19:01` (blind52 dj_11, text), `經濟及科技發展局` over `2021-09-22 14:33` (blind83 eo_12, Big5 text)
    assert corpus_plan("blind52/docs/dj_11.txt").meta.title == "境外旅游危机处理办公室首次会议"
    assert corpus_plan("blind83/docs/eo_12.txt").meta.title != "经济及科技发展局"


def test_the_headline_under_gov_mo_s_skip_link_over_a_sub_headline(corpus_plan):
    # GOV.MO's release (blind83 eo_11, PDF): `跳过导航` / `本澳大米存量充足,内地有足够配额供澳` / `经济局与大米供应商代表举行会议`
    # (its sub-headline, read as the title); blind81 em_10's page the same with a photo's caption under the headline
    assert corpus_plan("blind83/docs/eo_11.pdf").meta.title == "本澳大米存量充足,内地有足够配额供澳"
    # (not the portal's name on the line under the skip link, blind41 cy_10)
    assert corpus_plan("blind41/docs/cy_10.txt").meta.title == "社工局于8月1日维持有限度服务"


def test_a_news_agency_s_consent_banners_are_frame(corpus_plan):
    # 中央社's pages (blind75 eg_12, blind83 eo_10, UTF-8 text): its cookie banner and its English and Japanese offers over
    # the headline read as the body's opening, and the headline was missed
    assert corpus_plan("blind83/docs/eo_10.txt").meta.title == "农粮署备妥372公吨天灾储备食米供各县市申领"
    assert corpus_plan("blind75/docs/eg_12.txt").meta.title == "健保部分负担预告期满新制拟7/1上路"
