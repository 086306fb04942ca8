"""Targets and contacts misses that recur across notices (session 43's fixTgt43), each read from its notice's file."""
from __future__ import annotations

import re


def _digits(s):
    return re.sub(r"\D", "", s or "")


def test_rates_after_cases_closed_are_results(corpus_plan):
    # a 12345 hotline's reports (achieved_amount): 衡东县's 季度 report `综合办结数为11163件,综合办结率达99.93%,回访满意率83.76%`
    # (blind84 ep_04) and 宜丰县's 月报 `已解决3112件,未解决344件,解决率90.05%` (blind84 ep_05): results, no goals
    values = [t.value for t in corpus_plan("blind84/found/ep_04.txt").targets]
    assert 99.93 not in values and 83.76 not in values
    values = [t.value for t in corpus_plan("blind84/docs/ep_05.pdf").targets]
    assert 90.05 not in values


def test_contacts_under_a_copyright_line_are_the_frame(corpus_plan):
    # 澳門會展經濟報's footer (blind67 dy_11): `Copyright © 2010 macaucee.com.mo, All Rights Reserved` over its address and
    # `電話 Tel︰… Email︰macaucee@yahoo.com.hk` lines: the paper's, not the notice's (frame_footer)
    emails = {c.email for c in corpus_plan("blind67/found/dy_11.txt").contacts}
    assert "macaucee@yahoo.com.hk" not in emails


def test_an_en_dash_after_the_area_code(corpus_plan):
    # 國家發展委員會檔案管理局's reply (blind82 en_12): `教育部檔案應用服務聯絡電話:02–77367763`, an en dash after the code
    phones = {_digits(c.phone) for c in corpus_plan("blind82/found/en_12.txt").contacts}
    assert "0277367763" in phones
