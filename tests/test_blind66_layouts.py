"""Layouts blind66's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_bu_fen_in_its_hong_kong_macau_and_taiwan_spelling_is_no_body(corpus_plan):
    # a 交通事務局 item (blind66 dx_10): `政府爭取於此期間啟動部份道路工程`, `拱形馬路及提督馬路部份路段實施臨時交通安排` gave the
    # bodies `启动部` and `拱形马路及提督马路部`; 部份 is 部分 as Hong Kong, Macau and Taiwan write it (blind16 bz_04 `國家級風景區
    # 部份`, blind56 dn_10 `組成部份`), and 部分 already runs on from 部 (continuations)
    names = {o.name for o in corpus_plan("blind66/docs/dx_10.txt").organizations}
    assert not [n for n in names if n.endswith("部")], names
    assert "交通事务局" in names


def test_an_operator_that_will_post_a_notice_is_no_chamber_of_commerce(corpus_plan):
    # 運輸署's 2023 沙田 公告 (blind66 dx_09, Big5): `公共運輸營辦商會張貼通告,通知乘客上述安排`, which gave `公共运输营办商会`;
    # 營辦商 is Hong Kong's operator and 會 the modal (will), as in 運輸署's 2020-05-26 release `各主要公共交通服務營辦商會提供
    # 充足的服務` (td.gov.hk press_releases index_id_3389)
    names = {o.name for o in corpus_plan("blind66/docs/dx_09.txt").organizations}
    assert not [n for n in names if n.endswith("商会")], names
