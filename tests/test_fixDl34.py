"""The further days of a list judged past as its first day is, read from a notice's file."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.deadlines import run_snippet

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _sentence(path: str, word: str) -> str:
    return next(line for line in (CORPUS / path).read_text(encoding="utf-8").splitlines() if word in line)


def test_a_listed_days_tail_is_past_with_its_head(corpus_plan):
    # blind71 ec_08 (劳工处 2025-11-13): `「新起点中高龄招聘会」于十一月十三日及十四日在旺角…麦花臣场馆一楼举行`, both days on the
    # notice's own page; the same sentence on a page dated a week later tells the fair held, the 14th (listed_day_tail) as the
    # 13th (scheduled_day, `past_inferred`)
    dates = [d.date for d in corpus_plan("blind71/docs/ec_08.txt").deadlines if d.start is None]
    assert dates == ["2025-11-13", "2025-11-14"], dates
    sentence = _sentence("blind71/docs/ec_08.txt", "中高龄招聘会」于")
    assert [d["date"] for d in run_snippet(sentence, date="2025-11-20")] == []
    assert [d["date"] for d in run_snippet(sentence, date="2025-11-14")] == ["2025-11-14"]
