"""Session 44 (fixMeta44): meta, sections and the body's frame, each read from real notices through their readers."""
from __future__ import annotations

from pathlib import Path

import extractor.structure as st
from extractor.ingest import read_file
from extractor.normalize import normalize


def test_the_speaker_prefix_is_a_rule_with_examples(corpus_plan):
    """`_SPEAKER_PREFIX` is rules/structure.yaml's speaker_prefix (`element: false`; its examples run in
    tests/test_rules.py), and the headlines it leads are still the titles (blind58 dp_08, blind86 er_12)."""
    from extractor.rules import load_rules
    rule = load_rules("structure").rule("speaker_prefix")
    assert rule.fields.get("element") is False and rule.examples and rule.reject
    assert not hasattr(st, "_SPEAKER_PREFIX")
    assert corpus_plan("blind58/docs/dp_08.docx").meta.title.startswith("渔护署:")
    assert corpus_plan("blind86/docs/er_12.doc").meta.title.startswith("江揆:")


def test_a_news_pages_list_of_related_items_ends_the_body(corpus_plan):
    """`相关推荐` over the 創新科技署 item's list of other items (blind69 ea_08): their bodies and `1%` were read as the
    notice's."""
    ea08 = corpus_plan("blind69/docs/ea_08.txt")
    assert {"证监会", "财经事务及库务局"}.isdisjoint(o.name for o in ea08.organizations)
    assert not ea08.targets
    assert "科技券秘书处" in {o.name for o in ea08.organizations}
    # `熱門` over a 高雄 news site's list of its other items under the 節電 report (blind87 es_10)
    assert {"警政署", "高雄国税局"}.isdisjoint(o.name for o in corpus_plan("blind87/docs/es_10.txt").organizations)


def test_a_line_opening_with_the_enumeration_comma_continues_the_line_above(corpus_plan):
    """No line opens with `、` (行首禁则): 国家知识产权局's 主送 broken before its commas (`北京市、天津市` / `、河北省、…` …
    `、陜西省知识产权局:`, blind81 em_02) is one line of addressees, no title; 消防署's `…、檢修申報` / `、防焰物品、…` (blind79
    ek_12) and 中埔鄉公所's `…補助辦法」` / `、「…注意事項」、…` (blind37 cu_09) are one sentence each."""
    em02 = corpus_plan("blind81/docs/em_02.txt").meta
    assert em02.title is None
    assert {"北京市", "河北省", "广西壮族自治区", "四川省"} <= set(em02.recipients)
    root = Path(__file__).resolve().parent.parent / "corpus"
    for path, words in (("blind79/docs/ek_12.txt", "检修申报、防焰物品"), ("blind37/docs/cu_09.ofd", "补助办法」、「")):
        lines = st.classify_lines(normalize(read_file(root / path)[1]))
        assert any(words in ln.text for ln in lines), path
        assert not any(ln.text.startswith("、") for ln in lines), path


def test_a_gov_mo_release_pages_headline_is_over_its_posting_bureau(corpus_plan):
    """GOV.MO's release pages print the headline over the bureau that posts them and the posting time: read whatever
    its words, a clock (`民防消息﹕民防行動中心於19:00由…`, blind87 es_11, missed) or two lines (`本澳民生物資供應穩定` /
    `持續協助業界開拓貨源`, blind83 eo_12, read by its second line); the one-line ones as before (blind52 dj_11)."""
    assert corpus_plan("blind87/docs/es_11.txt").meta.title.startswith("民防消息")
    assert corpus_plan("blind83/docs/eo_12.txt").meta.title == "本澳民生物资供应稳定持续协助业界开拓货源"
    assert corpus_plan("blind52/docs/dj_11.txt").meta.title == "境外旅游危机处理办公室首次会议"
