"""Session 44 (fixMeta44): meta, sections and the body's frame, each read from real notices through their readers."""
from __future__ import annotations

import extractor.structure as st


def test_the_speaker_prefix_is_a_rule_with_examples(corpus_plan):
    """`_SPEAKER_PREFIX` is rules/structure.yaml's speaker_prefix (`element: false`; its examples run in
    tests/test_rules.py), and the headlines it leads are still the titles (blind58 dp_08, blind86 er_12)."""
    from extractor.rules import load_rules
    rule = load_rules("structure").rule("speaker_prefix")
    assert rule.fields.get("element") is False and rule.examples and rule.reject
    assert not hasattr(st, "_SPEAKER_PREFIX")
    assert corpus_plan("blind58/docs/dp_08.docx").meta.title.startswith("渔护署:")
    assert corpus_plan("blind86/docs/er_12.doc").meta.title.startswith("江揆:")
