"""Layouts blind56's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_rank_after_a_suffix_ends_no_name(corpus_plan):
    # 盐城's 2024 乡村振兴 实施意见 (blind56 dn_04; its text as found, the scan's OCR aside): `组织实施部级粮油作物单产提升整建制推进
    # 县创建`; 部级 is a rank (continuations), so no `组织实施部`; blind15 by_02's `推荐申报部级项目` the same
    names = {o.name for o in corpus_plan("blind56/found/dn_04.txt").organizations}
    assert not any(n.endswith("实施部") for n in names)
    names = {o.name for o in corpus_plan("blind15/docs/by_02.docx").organizations}
    assert not any(n.endswith("申报部") or n.endswith("兼报部") for n in names)


def test_xibu_detail_is_no_bodys_part(corpus_plan):
    # 台中市經發局's 施政目標 (blind56 dn_11): `3.完成第一期工程細部設計(60%)`; 細部 (detail) is a word, no 部 of a body
    # (not_org_words), as in blind39 cw_12's `變更臺中港特定區計畫細部計畫`, whose gold names the 區公所 and 都市發展局 only
    names = {o.name for o in corpus_plan("blind56/docs/dn_11.txt").organizations}
    assert not any(n.endswith("细部") for n in names)
    names = {o.name for o in corpus_plan("blind39/docs/cw_12.txt").organizations}
    assert not any(n.endswith("细部") for n in names) and "都市发展局" in names
