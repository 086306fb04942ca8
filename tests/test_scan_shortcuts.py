"""The scan shortcuts lose no match on real notices: the words the rules engine requires of a rule's matches
(`Rule.need`, read from the parsed pattern) stand on the line of every match, and structure's element rules tried
as one alternation give the rule a loop over them gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ingest import read_bytes
from extractor.normalize import normalize
from extractor.rules import Rule, all_rule_files
from extractor.structure import _lexicon, _rule_match

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("blind*/docs/*.txt"))


@pytest.fixture(scope="module")
def notices() -> list[str]:
    return [normalize(read_bytes(p.read_bytes(), filename=p.name)).text for p in TEXTS]


def test_every_match_of_a_rule_holds_its_needed_words_on_its_line(notices):
    assert len(notices) > 100
    checked = 0
    for rf in all_rule_files():
        for rule in rf.rules:
            if rule.pattern is None or rule.need is None:
                continue
            for text in notices:
                for line in text.split("\n"):
                    for m in rule.pattern.finditer(line):
                        assert any(w in line for w in rule.need), (rule.name, m.group())
                        checked += 1
    assert checked > 1000



def test_needed_words_are_looked_for_in_each_text_and_range():
    """A rule's needed words are looked for once a text and the answer shared (`words_held`): a text not holding
    them is skipped, the next text is asked anew, and a range is searched for them (`date_due`'s 前)."""
    rule = Rule("t", "(?:截止|完成)前", {}, [], [], "t.yaml", 1)
    assert rule.need == ("前",)
    spans = lambda text, lo=0, hi=None: [m.span() for m in rule.finditer(text, lo, hi)]  # noqa: E731
    assert spans("于月底完成报送") == []
    assert spans("于月底完成前报送") == [(3, 6)]
    assert spans("于月底截止报送") == []
    text = "截止前报送。\n完成后报送。"
    assert spans(text) == [(0, 3)]
    assert spans(text, 3) == []
    assert spans(text, 0, 3) == [(0, 3)]
    assert spans(text, 0, 2) == []

def test_structure_alternation_picks_the_first_rule_that_matches(notices):
    lex = _lexicon()
    lines = {line for text in notices for line in text.split("\n") if line}
    assert len(lines) > 1500
    for line in lines:
        first = next(((r.name, r.pattern.match(line)) for i in lex.rules_by_edges.candidates(line)
                      if (r := lex.rules.rules[i]).pattern.match(line)), (None, None))
        groups = {k: v.strip() for k, v in first[1].groupdict().items() if v is not None} if first[1] else {}
        assert _rule_match(line) == (first[0], groups), line
