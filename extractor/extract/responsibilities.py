"""Responsibilities: each explicit assignment of a duty to a named organisation.

In running text the subject is a run of organisation names that opens a clause; the words after
it give the role (`负责`/`完成`/`要` -> lead, `配合`/`协助` -> participant) and the duty, which runs
to the clause end but stops before a purpose clause (`，达到…`) or the next subject. `由X…` and
`并和X一起…` are their own rules. A name followed by a job title (县政府副县长) belongs to a person,
and an appointment (任组长, 兼任) is no duty. Units named after a task form a tag: a bracket
`（A、B等负责。列第一位者为牵头单位）`, `（牵头单位：A；配合单位：B）`, `（A牵头，B配合）`, label lines
`牵头单位：A`, or a sentence of units and role words; its duty is the task it closes (the item's
heading, or the sentence before it). In a task table every named unit of the lead and participant
columns gets the row's task; a verb in the cell (`X承办…`, `A牵头，B配合`) decides the role.
Collective references and persons never get a duty: only names the organisations extractor
resolved take part.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from ..document import Block, Notice
from ..models import Responsibility
from ..rules import load_rules
from ..structure import classify_lines, split_outline
from . import Found, snippet_notice
from .organizations import notice_mentions

_DUTY_DROP = re.compile(r"[^\u3400-\u9fffA-Za-z0-9\-.%]")
_CLAUSE_BREAK = "。；;！？!?\n\t"
_OPEN_BEFORE = "，,。；;：:、\n\t（(“）).． "


@dataclass
class Unit:
    """A run of named organisations acting together: [start, end) and each (name, start)."""
    start: int
    end: int
    names: list[tuple[str, int]]


@dataclass
class Item:
    org: str
    duty: str
    role: str
    rule: str
    start: int
    end: int


@functools.lru_cache(maxsize=1)
def _rules():
    rf = load_rules("responsibilities")
    lx = rf.lexicon
    return rf, lx, re.compile(lx["event_opening"]), rf.compile("${CLAUSE_END}")


@functools.lru_cache(maxsize=1)
def _not_duty_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a job title after a name, an appointment to a post, a duty reported as done)."""
    _rf, lx, _ev, _ce = _rules()
    return re.compile(lx["title_after"]), re.compile(lx["appointment"]), re.compile(lx["past_duty"])


def clean_duty(text: str) -> str:
    """The duty's words without punctuation, quotation or title marks and spaces."""
    return _DUTY_DROP.sub("", text)


def units(notice: Notice) -> list[Unit]:
    """Named mentions grouped into runs joined by 、/和/及/与 (and overlapping 省、市… names)."""
    _rf, lx, _ev, _ce = _rules()
    text = notice.text
    out: list[Unit] = []
    modifiers = tuple(load_rules("organizations").lexicon["collective_words"])
    for m, name in notice_mentions(notice):
        if text.startswith(modifiers, m.end) or _not_duty_patterns()[0].match(text, m.end):
            continue        # 总局相关司局, 县政府副县长: the name only qualifies a collective or a person
        last = out[-1] if out else None
        if last and (m.start < last.end or text[last.end:m.start] in lx["joiners"]):
            last.end = max(last.end, m.end)
            if name not in (n for n, _ in last.names):
                last.names.append((name, m.start))
        else:
            out.append(Unit(m.start, m.end, [(name, m.start)]))
    return out


def _clause_end(text: str, pos: int, limit: int) -> int:
    _rf, _lx, _ev, clause_end = _rules()
    m = clause_end.search(text, pos, limit)
    return m.start() if m else limit


def _cut_duty(text: str, start: int, end: int, stops: set) -> int:
    """Where the duty starting at `start` ends: before a `，` that opens a purpose or a new subject
    (a named unit or a collective one: `，各成员单位…`)."""
    _rf, lx, _ev, _ce = _rules()
    purposes = tuple(lx["purpose_words"])
    collective = tuple(load_rules("organizations").lexicon["collective_words"])
    for i in range(start, end):
        if text[i] in "，,":
            after = text[i + 1:end]
            if after.startswith(purposes) or after.startswith(collective) or (i + 1) in stops:
                return i
    return end


def _sentence_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in "。；;！？!?\n":
        i -= 1
    return i


def _opens_clause(text: str, unit: Unit) -> Optional[str]:
    """The opener before the unit ('' for punctuation or the text start), None mid-clause."""
    _rf, lx, _ev, _ce = _rules()
    if unit.start == 0 or text[unit.start - 1] in _OPEN_BEFORE:
        return ""
    for w in sorted(lx["openers"], key=len, reverse=True):
        if text.endswith(w, 0, unit.start):
            s = unit.start - len(w)
            if s == 0 or text[s - 1] in _OPEN_BEFORE:
                return w
    return None


def _skip_attitude(text: str, pos: int, end: int) -> int:
    _rf, lx, _ev, _ce = _rules()
    if text.startswith(tuple(lx["attitude_words"]), pos):
        comma = min((i for i in (text.find("，", pos, end), text.find(",", pos, end)) if i >= 0), default=-1)
        if comma >= 0:
            return comma + 1
    return pos


def _in_text(notice: Notice, unit_list: list[Unit]) -> list[Item]:
    """The rules on running text: org_verb, org_modal, by_org, together_with."""
    rf, lx, event, _ce = _rules()
    text = notice.text
    tables = [(b.start, b.end) for b in notice.doc.blocks if b.kind == "table"]
    stops = {u.start for u in unit_list}
    items: list[Item] = []
    for u in unit_list:
        if any(s <= u.start < e for s, e in tables):
            continue
        limit = _clause_end(text, u.end, min(len(text), u.end + 400))
        if event.match(text[_sentence_start(text, u.start):u.start]):
            continue
        opener = _opens_clause(text, u)
        rest = text[u.end:limit]
        together = rf.rule("together_with").pattern.match(rest)
        jointly = text.endswith("会同", 0, u.start)
        if jointly or (together and text.endswith(("和", "与", "同"), 0, u.start)):
            start = u.end + (together.end() if together else 0)
            start += len(re.match("|".join(lx["role_only_verbs"]) + "|", text[start:limit]).group())
            items += _items(u, text, start, _cut_duty(text, start, limit, stops), "participant", "together_with")
            continue
        if opener is None:
            continue
        if rf.rule("by_org").pattern.search(opener or ""):
            start = u.end
            m = re.match("|".join(lx["role_only_verbs"]), rest)
            start += m.end() if m else 0
            items += _items(u, text, start, _cut_duty(text, start, limit, stops), "lead", "by_org")
            continue
        verb = rf.rule("org_verb").pattern.match(rest)
        if verb:
            role = "participant" if re.fullmatch(rf.expand("${PART_VERB}"), verb["verb"]) else "lead"
            start = u.end + (verb.end("modal") if verb["modal"] else 0)
            if role == "participant":
                start = u.end + verb.end()
                while start < limit and text[start] in "，,":
                    start += 1
            elif verb["verb"] in lx["role_only_verbs"] and not verb["adverb"]:
                start = u.end + verb.end()
            elif verb["verb"] == "会同":
                start = next((v.end for v in unit_list if v.start == u.end + verb.end()), start)
            start = _skip_attitude(text, start, limit)
            items += _items(u, text, start, _cut_duty(text, start, limit, stops), role, "org_verb")
            continue
        modal = rf.rule("org_modal").pattern.match(rest)
        if modal:
            start = _skip_attitude(text, u.end + modal.end(), limit)
            items += _items(u, text, start, _cut_duty(text, start, limit, stops), "lead", "org_modal")
    return items


def _items(u: Unit, text: str, start: int, end: int, role: str, rule: str) -> list[Item]:
    duty = clean_duty(text[start:end])
    _title, appointment, past = _not_duty_patterns()
    if not duty or appointment.search(duty) or past.match(duty):
        return []
    return [Item(name, duty, role, rule, pos, end) for name, pos in u.names]


@dataclass
class Tag:
    """Units named after a task: a bracket `（…）` or label lines; `at` is where the task before it ends."""
    at: int
    start: int
    end: int
    rule: str


def _tags(notice: Notice, unit_list: list[Unit]) -> list[Tag]:
    """Brackets that name units and say their role (or carry a label), and runs of label lines."""
    rf, _lx, _ev, _ce = _rules()
    text = notice.text
    labelled, role_word = rf.compile("${LABEL}"), rf.compile("${TAG_ROLE}")
    collective = tuple(load_rules("organizations").lexicon["collective_words"])
    tags = []
    for m in rf.rule("unit_tag").pattern.finditer(text):
        s, e = m.span("body")
        inside = [u for u in unit_list if s <= u.start and u.end <= e]
        label = labelled.match(text, s)
        head = text[label.end() if label else s:inside[0].start] if inside else None
        if head is None or not (label or role_word.search(text, s, e)):
            continue
        if head.strip() == "" or head.startswith(collective):
            tags.append(Tag(m.start(), s, e, "unit_tag"))
    for m in rf.rule("unit_line").pattern.finditer(text):
        if any(m.start() <= u.start < m.end() for u in unit_list):
            tags.append(Tag(m.start(), m.start(), m.end(), "unit_line"))
    tags += _unit_sentences(text, unit_list)
    return [t for t in tags if notice.in_body(t.start) and not _in_table(notice, t.start)]


def _unit_sentences(text: str, unit_list: list[Unit]) -> list[Tag]:
    """Sentences made only of units and role words (`A牵头，B、C配合。`) after a task."""
    rf, _lx, _ev, _ce = _rules()
    residue = rf.rule("unit_sentence").pattern
    tags = []
    for u in unit_list:
        start = _sentence_start(text, u.start)
        if start != u.start or start == 0:
            continue
        end = _clause_end(text, u.end, len(text))
        inside = [v for v in unit_list if start <= v.start < end]
        rest = "".join(text[a.end:b.start] for a, b in zip(inside, inside[1:])) + text[inside[-1].end:end]
        if residue.fullmatch(rest):
            tags.append(Tag(start, start, end, "unit_sentence"))
    return tags


def _in_table(notice: Notice, offset: int) -> bool:
    block = notice.doc.block_at(offset)
    return block is not None and block.kind == "table"


def _task_before(notice: Notice, tag: Tag, tags: list[Tag]) -> str:
    """The task a tag closes: the heading of its section when the section has no other tag,
    else the last sentence before it (within its line, or the line before a label line)."""
    text = notice.text
    node = notice.section_at(tag.at)
    if node is not None and node.heading_end <= tag.at and node.heading:
        if sum(node.start <= t.at < node.end for t in tags) == 1:
            return clean_duty(node.heading)
    end = tag.at
    while end > 0 and text[end - 1] in "。；;，,\n ":
        end -= 1
    start = _sentence_start(text, end)
    if node is not None and node.start <= start < node.heading_end <= end:
        start = node.heading_end
    return clean_duty(text[start:end])


def _tag_items(notice: Notice, tag: Tag, duty: str, unit_list: list[Unit]) -> list[Item]:
    """Each named unit of the tag with its role: by its label, by the verb after it, or by rank."""
    rf, _lx, _ev, _ce = _rules()
    text = notice.text
    part, part_label = re.compile(rf.expand("${PART_VERB}")), rf.compile("${PART_LABEL}")
    said = rf.compile("${PART_VERB}|${TAG_ROLE}")
    ranked = rf.compile("${RANKED}").search(text, tag.start, tag.end) is not None
    items: list[Item] = []
    for seg_start, seg_end in _segments(text, tag.start, tag.end):
        label = rf.compile("${LABEL}").match(text, seg_start)
        for u in (u for u in unit_list if seg_start <= u.start and u.end <= seg_end):
            if label:
                role = "participant" if part_label.match(label.group()) else "lead"
            else:
                verb = said.search(text, u.end, seg_end)
                role = "participant" if verb and part.fullmatch(verb.group()) else "lead"
            for name, pos in u.names:
                if ranked:
                    role = "participant" if items else "lead"
                items.append(Item(name, duty, role, tag.rule, pos, tag.end))
    return items


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a tag: split at `；`, at line ends, and at a `，` before a label."""
    rf, _lx, _ev, _ce = _rules()
    cut = rf.compile(r"[；;\n]\s*|[，,]\s*(?=${LABEL})")
    out, pos = [], start
    for m in cut.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _unit_tags(notice: Notice, unit_list: list[Unit], tags: list[Tag]) -> list[Item]:
    """`任务（A、B等负责。列第一位者为牵头单位）`, `任务（牵头单位：A；配合单位：B）`, label lines."""
    items: list[Item] = []
    for tag in tags:
        duty = _task_before(notice, tag, tags)
        if duty:
            items += _tag_items(notice, tag, duty, unit_list)
    return items


def _header_columns(row: list, lx: dict) -> Optional[dict]:
    """Column indices of a task table's header row: task, lead, participant (any may be absent)."""
    cols: dict[str, int] = {}
    kinds = (("lead", lx["lead_headers"]), ("part", lx["participant_headers"]), ("task", lx["task_headers"]))
    longest = max(len(w) for _key, words in kinds for w in words) + 4
    for i, cell in enumerate(row):
        if len(cell.text) > 3 * longest:     # a data cell, not a header
            continue
        h = clean_duty(cell.text)
        h = re.sub(r"[0-9]", "", h)
        if len(h) > longest:
            continue
        for key, words in kinds:
            if key not in cols and any(h == w or (h.startswith(w) and len(h) <= len(w) + 4) for w in words):
                cols[key] = i
                break
    return cols if "task" in cols and ("lead" in cols or "part" in cols) else None


def table_rows(notice: Notice) -> list[tuple[Block, list, dict]]:
    """(table, row, columns) for every data row of every task table."""
    _rf, lx, _ev, _ce = _rules()
    out = []
    for b in notice.doc.blocks:
        if b.kind != "table" or not b.rows or not notice.in_body(b.start):
            continue
        cols = None
        for row in b.rows:
            head = _header_columns(row, lx)
            if head:
                cols = head
                continue
            if cols and max(cols.values()) < len(row):
                out.append((b, row, cols))
    return out


def _in_tables(notice: Notice, unit_list: list[Unit]) -> list[Item]:
    """Each named unit of a row's unit columns; a verb after it in the cell (`A牵头，B配合`) decides its role."""
    rf, _lx, _ev, _ce = _rules()
    part = re.compile(rf.expand("${PART_VERB}"))
    lead = re.compile(rf.expand("(?:承办|负责|牵头|主办)"))
    text = notice.text
    items: list[Item] = []
    for _b, row, cols in table_rows(notice):
        duty = clean_duty(row[cols["task"]].text)
        if not duty:
            continue
        for key in ("lead", "part"):
            if key not in cols:
                continue
            cell = row[cols[key]]
            for u in (u for u in unit_list if cell.start <= u.start < cell.end):
                role = "lead" if key == "lead" else "participant"
                end = _clause_end(text, u.end, cell.end)
                said = re.search(rf.expand("${PART_VERB}|承办|负责|牵头|主办"), text[u.end:end])
                if said and lead.fullmatch(said.group()):
                    role = "lead"
                elif said and part.fullmatch(said.group()):
                    role = "participant"
                items += [Item(name, duty, role, "table_row", pos, row[-1].end) for name, pos in u.names]
    return items


def find(notice: Notice) -> list[Item]:
    unit_list = units(notice)
    tags = _tags(notice, unit_list)
    free = [u for u in unit_list if not any(t.start <= u.start < t.end for t in tags)]
    items = _in_tables(notice, unit_list) + _in_text(notice, free) + _unit_tags(notice, unit_list, tags)
    seen, out = set(), []
    for it in sorted(items, key=lambda i: (i.start, i.rule)):
        key = (it.org, it.duty, it.role)
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def deadline_for(found: Found, notice: Notice, start: int, end: int):
    """The deadline that governs [start, end): the first one after it in its paragraph or table row,
    else the only one of its section."""
    dls = [d for d in found.deadlines if d.span is not None]
    block = notice.doc.block_at(start)
    para_end = block.end if block and block.kind == "para" else end
    for d in dls:
        if start <= d.span.start < max(para_end, end):
            return d
    node = notice.section_at(start)
    if node is not None:
        inside = [d for d in dls if node.start <= d.span.start < node.end]
        if len(inside) == 1:
            return inside[0]
    return None


def extract(notice: Notice, found: Found) -> list[Responsibility]:
    out = []
    for it in find(notice):
        dl = deadline_for(found, notice, it.start, it.end)
        out.append(Responsibility(org=it.org, duty=it.duty, role=it.role, rule=it.rule,
                                  deadline=dl.date if dl else None, span=notice.doc.span(it.start, it.end)))
    return out


def run_snippet(text: str, **context) -> list[dict]:
    notice = snippet_notice(text, **context)
    lines = classify_lines(notice.doc)
    notice.parts[0].outline = split_outline(notice.doc, lines, 0, len(lines))
    return [{"rule": it.rule, "org": it.org, "duty": it.duty, "role": it.role} for it in find(notice)]
