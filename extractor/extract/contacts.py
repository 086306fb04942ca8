"""Contacts: the notice's own 联系人 / 电话 / 邮箱 blocks.

The rules find the pieces (a name after 联系人, a phone, an e-mail); pieces that follow each
other closely form one contact, and a new 联系人 name starts the next. A phone under a
non-phone label (`传真：`) is not a phone. Groups outside `notice.body`, or whose lines
mention a web site's frame (`投稿`, `本网`), are not the notice's.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Notice
from ..models import Contact
from ..rules import Rule, load_rules
from . import Found, snippet_notice
from .people import name_span


@dataclass
class _Piece:
    kind: str           # name, phone or email
    value: str
    start: int
    end: int
    rule: str


@dataclass
class _Group:
    pieces: list[_Piece] = field(default_factory=list)

    def get(self, kind: str):
        return next((p.value for p in self.pieces if p.kind == kind), None)


def _lex() -> dict:
    return load_rules("contacts").lexicon


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding text[start:end]."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (len(text) if hi < 0 else hi)


def _under_other_label(text: str, start: int) -> bool:
    """True where the nearest label before `start` on its line is not a phone label (`传真：`)."""
    lo, _ = _line(text, start, start)
    before = text[lo:start]
    labels = [(before.rfind(w), w) for w in _lex()["not_phone_labels"] + _lex()["phone_labels"]]
    at, word = max(labels, key=lambda p: (p[0], len(p[1])))
    return at >= 0 and word in _lex()["not_phone_labels"]


def _pieces(notice: Notice, rule: Rule) -> list[_Piece]:
    text, out = notice.text, []
    for m in rule.pattern.finditer(text):
        if not notice.in_body(m.start()):
            continue
        if rule.name == "name":
            span = name_span(notice, m.start("name"), m.end("name"), bound="pieces")
            if span:
                out.append(_Piece("name", text[span[0]:span[1]], m.start(), span[1], rule.name))
        elif rule.name == "email":
            out.append(_Piece("email", m.group(), m.start(), m.end(), rule.name))
        else:
            g = "phone" if "phone" in rule.pattern.groupindex else 0
            if not _under_other_label(text, m.start(g)):
                out.append(_Piece("phone", m.group(g), m.start(g), m.end(g), rule.name))
    return out


def _group(pieces: list[_Piece]) -> list[_Group]:
    """Pieces in text order, grouped: a new group at a gap, at a second name, or at a
    repeated phone or e-mail in a group without a name (a named one keeps its first)."""
    groups: list[_Group] = []
    gap = int(_lex()["max_gap"])
    for p in sorted(pieces, key=lambda p: p.start):
        g = groups[-1] if groups else None
        if g and (p.start < g.pieces[-1].end):
            continue  # the same characters found by two rules
        if (g is None or p.start - g.pieces[-1].end > gap or (p.kind == "name" and g.get("name"))
                or (g.get(p.kind) and not g.get("name"))):
            groups.append(_Group([p]))
        elif not g.get(p.kind):
            g.pieces.append(p)
    return groups


def _in_frame(text: str, group: _Group) -> bool:
    lo, _ = _line(text, group.pieces[0].start, group.pieces[0].start)
    _, hi = _line(text, group.pieces[-1].end, group.pieces[-1].end)
    return any(cue in text[lo:hi] for cue in _lex()["frame_cues"])


def find_contacts(notice: Notice) -> list[tuple[Contact, str]]:
    """(contact, rule of its first piece) for each contact group."""
    pieces = [p for rule in load_rules("contacts").rules for p in _pieces(notice, rule)]
    out = []
    for g in _group(pieces):
        if _in_frame(notice.text, g) or not (g.get("phone") or g.get("email")):
            continue
        start, end = g.pieces[0].start, max(p.end for p in g.pieces)
        out.append((Contact(name=g.get("name"), phone=g.get("phone"), email=g.get("email"),
                            span=notice.doc.span(start, end)), g.pieces[0].rule))
    return out


def extract(notice: Notice, found: Found) -> list[Contact]:
    return [c for c, _ in find_contacts(notice)]


def run_snippet(text: str, **context) -> list[dict]:
    return [{**c.model_dump(), "rule": rule} for c, rule in find_contacts(snippet_notice(text, **context))]
