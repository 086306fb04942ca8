"""References: documents and standards the notice cites.

Standards are matched first and take an adjacent 《title》 (`《…限量》GB2763-2021`); their
code is normalised to `PREFIX NUMBER-YEAR` (`GB 2763-2021`, `ISO/IEC 17025:2017`). Then
《…》 titles, with a 文号 in brackets right after them, and last 文号 standing alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from typing import Optional

from ..document import Notice
from ..models import Reference
from ..rules import Rule, load_rules, regex
from . import Found, snippet_notice

_TITLE_BEFORE = regex(r"《([^《》\n]{2,150})》\s?$")
_BRACKET = regex(r"[〔\[【［]")
_TITLE_AFTER = regex(r"\s?《([^《》\n]{2,150})》")


def standard_code(m: re.Match) -> str:
    """`GB/T27417-2017` -> `GB/T 27417-2017`; ISO keeps its colon before the year."""
    code = f"{m.group('prefix')} {m.group('num')}"
    if m.group("year"):
        sep = ":" if m.group("prefix").startswith(("ISO", "IEC")) or m.group("sep") in ":：" else "-"
        code += sep + m.group("year")
    return code


def _lead_trimmed(number: str) -> tuple[str, int]:
    """A bare 文号 without the words before it that the pattern took in, and how many it dropped."""
    bracket = _BRACKET.search(number).start()
    words = load_rules("references").lexicon["number_lead_words"]
    cut = max((i + len(w) for w in words for i in [number.rfind(w, 0, bracket)]
               if i >= 0 and i + len(w) <= bracket - 2), default=0)
    return number[cut:], cut


def _standard(notice: Notice, m: re.Match) -> tuple[Reference, tuple[int, int]]:
    text = notice.text
    start, end = m.start(), m.end()
    title: Optional[str] = None
    before = _TITLE_BEFORE.search(text, max(0, start - 160), start)
    after = _TITLE_AFTER.match(text, end)
    if before:
        title, start = before.group(1), before.start()
    elif after:
        title, end = after.group(1), after.end()
    return (Reference(kind="standard", title=title, number=standard_code(m), text=text[start:end],
                      span=notice.doc.span(start, end)), (start, end))


def _matches(notice: Notice, rule: Rule):
    for s, e in notice.body:
        yield from rule.finditer(notice.text, s, e)


def find_references(notice: Notice) -> list[tuple[Reference, str]]:
    out: list[tuple[Reference, str, tuple[int, int]]] = []
    taken: list[tuple[int, int]] = []   # the spans in `out`, which never overlap, in order

    def free(s: int, e: int) -> bool:
        """No span taken overlaps [s, e): a binary search, not a scan (a notice may cite thousands)."""
        i = bisect_left(taken, (s, s))
        return not (i < len(taken) and taken[i][0] < e or i > 0 and taken[i - 1][1] > s)

    for rule in load_rules("references").rules:
        for m in _matches(notice, rule):
            if not free(m.start(), m.end()):
                continue
            if rule.name == "standard":
                ref, where = _standard(notice, m)
            elif rule.name == "cited_document":
                ref = Reference(kind="document", title=m.group("title"), number=m.group("number"),
                                text=m.group(), span=notice.doc.span(m.start(), m.end()))
                where = m.span()
            else:
                number, cut = _lead_trimmed(m.group())
                where = (m.start() + cut, m.end())
                ref = Reference(kind="document", number=number, text=number, span=notice.doc.span(*where))
            if free(*where):
                out.append((ref, rule.name, where))
                insort(taken, where)
    out.sort(key=lambda x: x[2][0])
    return [(ref, rule) for ref, rule, _ in out]


def extract(notice: Notice, found: Found) -> list[Reference]:
    return [r for r, _ in find_references(notice)]


def run_snippet(text: str, **context) -> list[dict]:
    return [{**r.model_dump(), "rule": rule} for r, rule in find_references(snippet_notice(text, **context))]
