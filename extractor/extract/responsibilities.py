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

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Optional

from ..document import Block, Notice
from ..models import Deadline, Responsibility
from ..numerals import parse_date
from ..rules import after_last, compile_pattern, edge_classes, lexicon_set, load_rules, may_match, regex
from ..structure import classify_lines, in_past_part, split_outline, unit_tag_line
from . import Found, body_table_rows, snippet_notice
from .organizations import deputy_added, gazetteer, is_subsequence, notice_mentions
from .people import looks_like_name

_DUTY_DROP = regex(r"[^\u3400-\u9fffA-Za-z0-9\-.%]")
_COMMA = regex("[，,]")
_SENTENCE_BREAK = regex("[。；;！？!?\n]")
_LIST_MARKS = ("、", "，")      # between names of a list, as the lexicon's joiners (和, 及, 与, 以及) are
_BRACKET = r"[（(][^（）()]*[）)]"
_NOTE = regex(_BRACKET)
_ALIAS_TAIL = regex(_BRACKET + "$")
_PIECE = regex(rf"(?:[^、，,/\s（()）]|{_BRACKET})+")     # a piece of a list (`/` too: `(A局/B局)`), with its brackets
_HEADING_END = regex(r"[。：:；;]|[ \u3000]+(?=\S)")
_CLAUSE_BREAK = "。；;！？!?\n\t"
# (a bullet opens its item as a line start does: `•康乐及文化事务署会在六个室外场地举办…` blind25 ci_10, `*物流署` blind9 bs_09;
# a news item's dateline in its square bracket as a closing bracket does: `【本报讯】社会工作局将于…开展…` blind30 cn_11)
_OPEN_BEFORE = "，,。；;：:、\n\t（(“）).． •*】"


@dataclass
class Unit:
    """A run of named organisations acting together: [start, end) and each (name, start)."""
    start: int
    end: int
    names: list[tuple[str, int]]


@dataclass
class Item:
    """One duty of one unit; `words` is where the duty's words stand, `task` the whole task it belongs to
    (the numbered item, the clause or the table row)."""
    org: str
    duty: str
    role: str
    rule: str
    start: int
    end: int
    words: Optional[tuple[int, int]] = None
    task: Optional[tuple[int, int]] = None


@functools.lru_cache(maxsize=1)
def _rules():
    rf = load_rules("responsibilities")
    return rf, rf.lexicon


# The module's patterns, compiled once by `_grammar()` under these names. Those the lexicon holds, by its key:
_LEXICON_PATTERNS = {
    "collective": "collective_piece", "dated": "dated_piece", "self": "self_prefix", "list_intro": "list_intro",
    "unit_share": "unit_share", "kind_close": "kind_close", "kind_tail": "kind_tail", "by_qualified": "by_qualified",
    "with_others": "with_others", "partner_kind": "partner_kind", "detail": "detail_clause",
    "new_subject": "new_subject", "demand": "demand_opening", "decision": "decision_opening",
    "announced_self": "announced_self", "basis": "basis_opening", "by_relative": "by_relative",
    "defined_persons": "defined_persons", "adverb_collective": "adverb_collective", "division_label": "division_label",
    "funds_topic": "funds_topic", "amount": "cost_amount", "alias_after": "alias_after", "account": "account_formula",
    "objection_call": "objection_call", "report_close": "report_close", "relative_clause": "relative_clause",
    "bare_task": "bare_task", "bare_aim": "bare_aim", "bare_bullet": "bare_bullet", "appointment": "appointment", "name_then_post": "name_then_post",
    "time_before": "time_before", "event": "event_opening", "time_range": "time_range", "blanket": "blanket_note",
    "collective_conjuncts": "collective_conjuncts", "convened": "convened_meeting", "by_opening": "by_opening",
    "speech": "speech_opening", "division_intro": "division_intro", "headline": "meeting_headline",
    "contrast": "contrast_opening", "penalty": "penalty_clause", "topic_object": "topic_object",
    "collective_levels": "collective_levels", "head_variants": "head_variants",
    "collectives_after": "collectives_after", "allowance": "allowance_clause",
    "prose_cell": "prose_cell", "relayed": "relayed_decision", "hosted_event": "hosted_event", "credits": "credits_label",
}
# those that join lexicon entries as alternatives, in order:
_LEXICON_ALTERNATIVES = {
    "account_or_publicity": ("account_formula", "publicity_formula"),     # a 公示's own formula too
    # what after a name makes it qualify another thing, no subject: a post (县政府副县长), a meeting (县政府常务会议),
    # its website (役政署网站)
    "qualifier_after": ("title_after", "meeting_after", "website_after"),
}
# those written here, on the rule file's ${VARS} (the patterns of punctuation only are the module's constants):
_VAR_PATTERNS = {
    "label": "${LABEL}", "part_label": "${PART_LABEL}", "head_label": "${HEAD_LABEL}", "role": "${TAG_WORD}",
    "ranked": "${RANKED}", "list_end": "${LIST_END}", "marker": "${ITEM_MARKER}", "run_on": "${RUN_ON_MARKER}",
    "condition": "${CONDITION}", "time_lead": "${TIME_LEAD}", "lead_in": "${LEAD_IN}", "continued": "${CONTINUED}",
    # a tag's segments: at a stop, before a label after a comma, or before a label run on after the last name of the
    # list before it (`牵头责任单位:县卫健委主要协作单位:各乡镇人民政府、…`, blind24 ch_02), a whole label: not the 责任单位 of
    # 牵头责任单位 or 协同责任单位, the 单位 of 主要协作单位 (the last characters of a label's first word before it)
    "segment": r"[；;。\n]\s*|[，,]\s*(?=${LABEL}|${RANKED})|(?<=[\u4e00-\u9fff])(?<![头同作助办合与加要])(?=${LABEL})",
    "role_end": r"${TAG_WORD}[\s，,。]*$",
    "part": "${PART_VERB}|参加|协办",
    "part_verb": "${PART_VERB}",
    "part_after": r"${ADVERB}*${PART_VERB}[，,]",         # a participant's role word, its adverbs before it
    "future": "${MODAL}|将",
    "shape": "${UNIT_SHAPE}|${PLACE_SHAPE}", "place": "${PLACE_SHAPE}", "cell_unit": "${PLACE_SHAPE}|${SECTION_SHAPE}",
    # the shortest name run into the verb after it: the shapes with their leading run lazy
    "last_unit": "${UNIT_RUN}?${UNIT_SUFFIX}", "last_place": "${PLACE_RUN}?${PLACE_SUFFIX}",
    "table_lead": "${CELL_LEAD}", "table_said": "${PART_VERB}|${CELL_LEAD}",
    "clause_end": "${CLAUSE_END}",
    # a duty's verb with 了 (past_duty), and 了 anywhere in its clauses (past_aspect): one perfective, PERFECTIVE
    "past_duty": "${PAST_DUTY}", "past_aspect": "${PERFECTIVE}",
}


@functools.lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern]:
    """The patterns of the three tables above by name, and `role_only`: a verb that only says the role (lexicon)."""
    rf, lx = _rules()
    grammar = {name: regex(lx[key]) for name, key in _LEXICON_PATTERNS.items()}
    grammar.update((name, regex("|".join(lx[k] for k in keys))) for name, keys in _LEXICON_ALTERNATIVES.items())
    grammar.update((name, rf.compile(source)) for name, source in _VAR_PATTERNS.items())
    grammar["role_only"] = regex("|".join(lx["role_only_verbs"]))
    grammar["joiner"] = regex("|".join(_words()["joiners"]))
    return grammar


def _person_after(text: str, pos: int) -> bool:
    """A person's name, then the post, right after a body's name (`由监察部陈昌智副部长带队的国务院联合督查组…`, blind13
    bw_03; `省政府杨志明副省长`; `崇明國中輔導室胡朝義主任收`, blind20 cd_04): the body is the person's institution, as in
    `县政府副县长李明`, no subject. Not a verb before a post (`召开局长办公会`, `实行市长负责制`): a name, no clause opener."""
    m = _grammar()["name_then_post"].match(text, pos)
    if m is None:
        return False
    name, openers = m["name"], gazetteer().openers
    return looks_like_name(name) and name not in openers and name[:2] not in openers


def clean_duty(text: str) -> str:
    """The duty's words without punctuation, quotation or title marks and spaces."""
    return _DUTY_DROP.sub("", text)


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """The word lists read with `startswith`/`endswith`, as tuples: the lexicon's, the openers and joiners longest
    first, a list's joiners with its 、 (`list_joiners`) and with its comma too (`unit_joiners`), and the organisations
    lexicon's collective words."""
    lx = _rules()[1]
    joiners = tuple(sorted(lx["joiners"], key=len, reverse=True))
    return {"purposes": tuple(lx["purpose_words"]) + tuple(lx["topic_words"]) + tuple(lx["courtesy_words"])
            + tuple(lx["condition_words"]),
            "attitudes": tuple(lx["attitude_words"]),
            "openers": tuple(sorted(lx["openers"], key=len, reverse=True)),
            "joiners": joiners, "list_joiners": ("、", *joiners), "unit_joiners": (*_LIST_MARKS, *joiners),
            "collective": tuple(load_rules("organizations").lexicon["collective_words"])}


def _qualified(text: str, end: int) -> bool:
    """A name ending at `end` qualifies what follows it: a collective, a person, a meeting."""
    return text.startswith(_words()["collective"], end) \
        or _grammar()["qualifier_after"].match(text[end:end + 20]) is not None \
        or _person_after(text, end)     # (`^` holds at 0 only)


def units(notice: Notice, mentions: Optional[list] = None) -> list[Unit]:
    """Named mentions grouped into runs joined by 、/和/及/与 (and overlapping 省、市… names)."""
    text = notice.text
    out: list[Unit] = []
    alias, in_alias = _grammar()["alias_after"], (0, 0)
    joined = _words()["unit_joiners"]
    for m, name in notice_mentions(notice) if mentions is None else mentions:
        if _qualified(text, m.end):
            continue        # 总局相关司局, 县政府副县长, 县政府常务会议: the name qualifies a collective, a person, a meeting
        if in_alias[0] <= m.start < in_alias[1]:
            continue        # the other name of the unit before it, in its bracket: no unit of its own
        last = out[-1] if out else None
        if last and (m.start < last.end or text[last.end:m.start] in joined):
            last.end = max(last.end, m.end)
            if name not in (n for n, _ in last.names):
                last.names.append((name, m.start))
        else:
            last = Unit(m.start, m.end, [(name, m.start)])
            out.append(last)
        other = alias.match(text, last.end)
        if other:
            in_alias, last.end = other.span(), other.end()
    return out


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _grammar()["clause_end"].search(text, pos, limit)
    return m.start() if m else limit


def _clause_limit(text: str, pos: int) -> int:
    """The end of the clause at `pos`, within 400 characters: the most a duty in running text runs to."""
    return _clause_end(text, pos, min(len(text), pos + 400))


def _cut_duty(text: str, start: int, end: int, stops: set) -> int:
    """Where the duty starting at `start` ends: before a `，` that opens a purpose, a new topic or a contrast (`，而…`), the action's time or place
    (`，活动时间为…`), or a new subject (a named unit, after an opener too, or a collective one: `，各成员单位…`,
    `，由教育部提供…`; a collective one after an opener too: `衛生局將依…調整配送廠牌及數量,請各幼托機構協助宣導…`
    blind60 dr_11, `评估验收组将于5月26日…到有关学校视察学校校容校貌,请各有关学区和学校…` blind34 cr_06), or a new demand
    on the same subject (`，要建立…`), but not the demand that closes a condition (`对工作不力…的，要严肃追究责任`)."""
    words, g = _words(), _grammar()
    purposes, collective, openers = words["purposes"], words["collective"], words["openers"]
    cont, demand, adverb = g["continued"], g["demand"], g["adverb_collective"]
    basis = g["basis"].match(text, start, end)
    if basis:       # `结合任务分解，认真建立督查台账，…`: the basis and the one action clause after it
        comma = _COMMA.search(text, basis.end(), end)
        end = comma.start() if comma else end
    for i in range(start, end):
        if text[i] in "，,":
            after = text[i + 1:end]
            if (after.startswith(purposes) and not g["allowance"].match(after)) or (after.startswith(collective) and not adverb.match(after)) or (i + 1) in stops \
                    or g["decision"].match(after) or g["detail"].match(after) or g["contrast"].match(after) \
                    or g["penalty"].match(after) \
                    or (demand.match(after) and text[i - 1] != "的") \
                    or any(i + 1 + len(o) in stops or after.startswith(collective, len(o)) for o in openers if after.startswith(o)) \
                    or cont.match(text, i + 1) \
                    or _new_subject(after) or _by_unit_in(text, i + 1, end, stops):
                return i
    return end


def _by_unit_in(text: str, pos: int, end: int, stops: set) -> bool:
    """The clause at pos gives its task to a unit with a mid-clause 由 (`，但最后安排由省校根据情况确定`): another
    subject's duty, not this one's words."""
    comma = _COMMA.search(text, pos, end)
    stop = comma.start() if comma else end
    return any(text[k] == "由" and k + 1 in stops for k in range(pos, stop))


def _new_subject(clause: str) -> bool:
    """The clause opens with a subject of its own and a modal (`家长仍可以…`), not with an adverb (`同时须…`)."""
    m = _grammar()["new_subject"].match(clause)
    return m is not None and m["subject"] not in gazetteer().openers


@functools.lru_cache(maxsize=2)
def _sentence_breaks(text: str) -> list[int]:
    return [m.start() for m in _SENTENCE_BREAK.finditer(text)]


def _sentence_start(text: str, pos: int) -> int:
    breaks = _sentence_breaks(text)
    k = bisect.bisect_left(breaks, pos)
    return breaks[k - 1] + 1 if k else 0


_SELF_DECLARED = regex(r"[（(](?:以下简称)?本[\u4e00-\u9fff][）)]")


def _opens_clause(text: str, unit: Unit) -> Optional[str]:
    """The opener before the unit ('' for punctuation or the text start, or for a unit that declares its
    self-reference: `…轄下獨立審查組(本組)將…`, blind10 bt_11, as hf_05's `勞動部（以下簡稱本部）`), None mid-clause;
    after the collectives that open its list, the list's opener (`_after_collectives`)."""
    listed = _after_collectives(text, unit.start)
    if listed is not None:
        return listed
    if unit.start == 0 or text[unit.start - 1] in _OPEN_BEFORE or _SELF_DECLARED.match(text, unit.end) \
            or _grammar()["time_before"].search(text, max(0, unit.start - 30), unit.start):
        return ""
    for w in _words()["openers"]:
        if text.endswith(w, 0, unit.start):
            s = unit.start - len(w)
            if s == 0 or text[s - 1] in _OPEN_BEFORE:
                return w
    by = _grammar()["by_qualified"].search(text, max(0, unit.start - 12), unit.start)
    if by and (by.start() == 0 or text[by.start() - 1] in _OPEN_BEFORE):
        return "由"     # `，由所涉及的省政府办公厅、…牵头完成自查报告` (blind9 bs_02)
    return None


def _before_notice(notice: Notice, time_lead: str) -> bool:
    """A bare `于` with a whole date before the notice's own reports what was done, as `于去年…` does (TIME_LEAD):
    `民政部于2017年10月24日下发《…》` in a notice of 2017-11-06 (blind23 cg_02), `市政管理委员会于二零二三年八月四日会议议决…`
    in a 告示 of 2023-08-29 (blind14 bx_01). A date without its year is the notice's year's, and reports what was done
    when it falls in the month up to the notice's own day (`教育局於7月14日宣布,…` in a school's letter of 2020-07-14,
    blind33 cq_08): further back it may be next year's (`于1月10日` in a notice of December). Not `将于`/`定于`, nor a
    time limit (`于2023年5月1日前`: a page's date may come after the limit its notice set)."""
    on_day = time_lead.startswith("于") and _ON_DAY.search(time_lead) and notice.meta.date
    day = parse_date(time_lead) if on_day else None
    if day is not None:
        return day < notice.meta.date
    md = _MONTH_DAY.match(time_lead) if on_day else None
    if md is None:
        return False
    try:
        then = dt.date.fromisoformat(notice.meta.date)
        own = then.replace(month=int(md["m"]), day=int(md["d"]))
    except ValueError:
        return False
    return 0 <= (then - own).days <= 31


_MONTH_DAY = regex(r"于(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


_ON_DAY = regex(r"日(?:[（(][^）)]*[）)])?$")


def _time_end(text: str, when: re.Match) -> int:
    """Where the duty starts after the time before it (TIME_LEAD): past it, or at its 于 where it opens a period
    (`将于2015年1月15日至2月13日期间开展…`: time_range), which the duty keeps."""
    if _grammar()["time_range"].match(text, when.end()):
        return when.start() + when.group().index("于")
    return when.end()


def _past_time(text: str, pos: int) -> int:
    """Past the time before the duty at `pos` (`_time_end`), or `pos` where none."""
    when = _grammar()["time_lead"].match(text, pos)
    return _time_end(text, when) if when else pos


def _topic_first(text: str, u: Unit, items: list[Item]) -> list[Item]:
    """A sentence that puts the duty's object first as its topic (`对X，` / `对于X，`), then the unit and its verb: the duty
    is the topic and the verb in reading order (`对收集到的提案线索,市政协提案委将认真整理归纳。`, blind44 db_04; `对于大家提出的
    意见和建议，宁津县交通运输局将进行整理并认真研究`, blind25 ci_04: their golds hold the object). Not a condition on those it
    judges (`对落实进展缓慢的，X要…`): `topic_object` leaves a topic that ends in 的."""
    m = _grammar()["topic_object"].fullmatch(text, _sentence_start(text, u.start), u.start)
    if not m or not items:
        return items
    return [Item(i.org, clean_duty("对" + m["topic"]) + i.duty, i.role, i.rule, i.start, i.end, i.words,
                 (min(i.task[0], m.start()), i.task[1]) if i.task else i.task) for i in items]


def _skip_attitude(text: str, pos: int, end: int) -> int:
    if text.startswith(_words()["attitudes"], pos):
        comma = _COMMA.search(text, pos, end)
        if comma:
            return comma.end()
    return pos


def _relayed(text: str, u: Unit, end: int) -> bool:
    """The decision of `u` ending its sentence at or after `end` is one the notice relays: the next sentence opens on
    `根据` and the unit's name or its notice (`…。根据全总、省总和教育工会通知要求`: relayed_decision)."""
    stop = _SENTENCE_BREAK.search(text, end)
    m = _grammar()["relayed"].match(text, stop.start()) if stop else None
    if m is None:
        return False
    names = [text[at:at + len(name)] for name, at in u.names] + [name for name, _ in u.names]
    return any(name and text.startswith(name, m.end()) for name in names)


def _in_text(notice: Notice, unit_list: list[Unit]) -> list[Item]:
    """The rules on running text: org_verb, org_modal, org_request, by_org, together_with (none before a 公示/通报 formula
    in its paragraph, but a duty said with a modal or as to come: that paragraph recounts what was done)."""
    rf, lx = _rules()
    text = notice.text
    prose = _prose_cells(notice)
    tables = [(b.start, b.end) for b in notice.doc.blocks if b.kind == "table"]
    g = _grammar()
    # (each pattern asked only of a text holding the words its matches hold, `may_match`: `re` tested each character of
    # a notice for the start class of objection_call's `如|若|对…`, and ran report_close's `(?m)^\s*特此…` at each one)
    objection = g["objection_call"].search(text) if may_match(g["objection_call"], text) else None
    account = g["account_or_publicity"] if objection else g["account"]   # a 公示's too
    stops = {u.start for u in unit_list}
    report = g["report_close"].search(text) if may_match(g["report_close"], text) else None   # a report's closing
    # `特此报告。`: all before it is its account
    divisions = _divisions(text)
    items: list[Item] = []
    for u in unit_list:
        if any(s <= u.start < e for s, e in tables) and not any(s <= u.start < e for s, e in prose):
            continue
        label = _label_end(text, u, divisions)
        if label is not None:
            items += _label_items(u, text, label, stops)
            continue
        lead_in = g["lead_in"].match(text, u.end)     # `（简称…）按照…要求，`
        at = lead_in.end() if lead_in else u.end
        limit = _clause_limit(text, at)
        if g["event"].match(text[_sentence_start(text, u.start):u.start]):
            continue
        opener = _opens_clause(text, u)
        rest = text[at:limit]
        # before `现予以公示` / `现将有关情况通报如下` in its paragraph: an account of what was done, unless said
        # with a modal or as to come (`将…`)
        para_end = text.find("\n", u.end)
        done = account.search(text, u.end, len(text) if para_end < 0 else para_end) is not None \
            or (report is not None and u.end < report.start())
        together = rf.rule("together_with").pattern.match(rest)
        jointly = text.endswith("会同", 0, u.start)
        if done and not g["future"].match(rest):
            continue
        if jointly or (together and text.endswith(("和", "与", "同"), 0, u.start)):
            start = at + (together.end() if together else 0)
            start = _past_time(text, _past_role_only(text, start, limit))    # `A会同B于11月底前组织开展…` (blind86 er_01)
            end = _cut_duty(text, start, limit, stops)
            if g["past_aspect"].search(text, start, end) and not g["future"].search(text, _sentence_start(text, u.start), u.start):
                continue        # `A会同B,对…进行了检查` (blind81 em_04): the perfective with no modal reports what was done, as org_verb's
            items += _items(u, text, start, end, "participant", "together_with")
            continue
        set_up = rf.rule("set_up").pattern.match(rest) if text.endswith(("成立", "设立", "组建"), 0, u.start) else None
        if set_up:
            start = at + set_up.end("duty")
            end = _cut_duty(text, start, limit, stops)
            items += _items(u, text, start, end, "lead", "set_up") + _continued(u, text, end, stops)
            continue
        if opener is None and rf.rule("by_org").pattern.search(text, max(0, u.start - 1), u.start):
            # 具体工作由国家黄金局等单位承担 (not a programme's 首先由/接续由: by_org's pattern)
            start = _past_partners(text, at + 2, unit_list) if text.startswith("会同", at) else at
            by, close = _by_note(text, u)
            items += _by_org_items(u, text, start, _cut_duty(text, start, limit, stops), by, close, reorder_only=True)
            continue
        if opener is None and rf.rule("asked_after_task").pattern.search(text, max(0, u.start - 2), u.start):
            items += _asked_items(u, text, at, _cut_duty(text, at, limit, stops))
            continue
        if opener is None or (_in_collective_list(text, u.start) and _after_collectives(text, u.start) is None):
            continue
        if rf.rule("by_org").pattern.search(opener or ""):
            if g["hosted_event"].match(text, at):
                continue        # `由A主办,B承办的<event>`: the event's credits (hosted_event)
            tail = g["kind_tail"].match(text, at)      # `由A、B等省级主管部门（单位）牵头完成…`
            start = tail.end() if tail else at
            if tail:
                limit = _clause_limit(text, start)
            start = _past_role_only(text, start, limit)
            if text.startswith("会同", start):     # `由X会同Y…`: as `X会同Y…`, the duty after Y
                start = _past_partners(text, start + 2, unit_list)
            by, close = _by_note(text, u)
            end = _cut_duty(text, start, limit if close is None else min(limit, close), stops)
            if end == start and start > at and close is None:
                # `由A负责，B、C配合，加快X` (a 福建 plan, blind48 df_07): the duty after the participants, as org_verb's
                # `A牵头，B、C等部门密切配合，…` (blind23 cg_06)
                start, end = _shared_duty(text, start, limit, unit_list, stops)
            items += _by_org_items(u, text, start, end, by, close)
            continue
        announced = g["announced_self"].match(text, at)     # `X今天宣布,由7月1日起,该署延长…`
        if announced:
            # the announced action is the clause of 该X; the clauses after it say what else changes (`,但周六及公众假期则
            # 停止办公`, `,有关安排暂定实行至二月十一日`: cd_07, ci_09). The clause runs past the brackets of its days
            start = announced.end()
            limit = _clause_limit(text, start)
            comma = _COMMA.search(text, start, limit)
            items += _items(u, text, start, comma.start() if comma else limit, "lead", "org_modal")
            continue
        verb = rf.rule("org_verb").pattern.match(rest)
        if verb and g["headline"].match(text, at) and not text[text.rfind("\n", 0, u.start) + 1:u.start].strip(" \t\u3000•·*"):
            continue        # a headline or caption line `X召开首次会议` reports the meeting held (meeting_headline)
        tail = g["kind_tail"].match(text, at) if verb is None else None
        if tail and tail.end() > at:
            # a list closed by its kind says its verb after it: `县发改局、县住建局等部门密切配合` (cg_06), `城建办、农办、
            # 派出所(交通中队)、消防站等部门要明确职责` (blind55 dm_02) with its modal
            # (`请A、B等单位做好…` is a request: org_request)
            after = rf.rule("org_verb").pattern.match(text[tail.end():limit])
            asked = opener.endswith("请")
            if after and (g["part_verb"].fullmatch(after["verb"]) or not asked):
                at, verb = tail.end(), after
            elif not asked and rf.rule("org_modal").pattern.match(text[tail.end():limit]):
                at, rest = tail.end(), text[tail.end():limit]
        if verb:
            role = "participant" if g["part_verb"].fullmatch(verb["verb"]) else "lead"
            start = at + (verb.end("modal") if verb["modal"] else 0)
            if role == "participant":
                start = at + verb.end()
                while start < limit and text[start] in "，,":
                    start += 1
            elif verb["verb"] in lx["role_only_verbs"] and not verb["adverb"]:
                start = at + verb.end()
                if g["part_verb"].match(text, start):   # `负责参与…` makes a participant (ANNOTATION), its words kept
                    role = "participant"
            elif verb["verb"] == "会同":          # 会同商务部等有关部门: the duty starts after them
                start = _past_partners(text, at + verb.end(), unit_list)
            start = _skip_attitude(text, _past_time(text, start), limit)
            end = _cut_duty(text, start, limit, stops)
            if end == start and role == "lead":     # `A牵头，B、C配合，完成X`: the duty after the participants
                start, end = _shared_duty(text, start, limit, unit_list, stops)
            if not verb["modal"] and g["past_aspect"].search(text, start, end):
                continue        # `X组织…进行了考核`: the unit's own verb, no modal, in the perfective reports what was done
            items += _topic_first(text, u, _items(u, text, start, end, role, "org_verb"))
            if role == "lead":
                items += _continued(u, text, end, stops)
            continue
        modal = rf.rule("org_modal").pattern.match(rest)
        if modal:
            start = at + modal.end()
            when = g["time_lead"].match(text, start)
            if when and (_before_notice(notice, when.group()) or g["convened"].match(text, when.end())
                         or g["speech"].match(text, when.end())):
                continue        # done before the notice, the meeting it calls (`定于12月1日上午9:00召开…会议`), a statement
            if when:
                start, limit = _time_end(text, when), _clause_limit(text, when.end())
            start = _skip_attitude(text, start, limit)
            end = _cut_duty(text, start, limit, stops)
            if not modal.group() and when and when.group().startswith("于") and g["past_aspect"].search(text, start, end):
                continue        # `X于1、2月期间,进行了…`: a bare time, no modal, and the perfective: what was done
            if modal.group().startswith("决定") and _relayed(text, u, end):
                continue        # `全总决定在…开展…。根据全总…通知要求`: another body's decision, relayed
            items += _topic_first(text, u, _items(u, text, start, end, "lead", "org_modal"))
            continue
        request = rf.rule("org_request").pattern.match(rest) if opener.endswith("请") else None
        if request:
            asked = at + request.end()
            tail = g["kind_tail"].match(text, asked)   # `请A、B等单位做好发言准备` (blind28 cl_03), as by_org's list
            asked = tail.end() if tail else asked
            # `请上述学校务必于10月29日下班前…`
            start = _skip_attitude(text, _past_time(text, asked), limit)
            items += _items(u, text, start, _cut_duty(text, start, limit, stops), "lead", "org_request")
        elif (lead_in and lead_in["basis"]) or g["basis"].match(text, at):
            # `X根据…要求，组成…`, `X结合…，对…进行汇总筛选`: the action it states on its basis
            items += _items(u, text, at, _cut_duty(text, at, limit, stops), "lead", "org_verb")
    return items


def _prose_cells(notice: Notice) -> list[tuple[int, int]]:
    """The cells of running text in a table that is no task table: a layout table holding a notice's 說明 items, one
    item a row (`三、 | 兹为便利…,由内政部役政署统一于…公开抽签。`, blind70 eb_09), a cell that ends its sentence."""
    tasks = {b.start for b, _row, _cols in table_rows(notice)}
    prose = _grammar()["prose_cell"]
    return [(c.start, c.end) for b in notice.doc.blocks if b.kind == "table" and b.start not in tasks
            for row in b.rows or () for c in row if prose.search(c.text)]


@functools.lru_cache(maxsize=2)
def _divisions(text: str) -> list[tuple[int, int]]:
    """Where a division of the work among units lists them (division_intro): the rest of the intro's paragraph
    (`各组成单位及其职责如下:县环保局。负责…。县农委。负责…`, blind45 dc_04), or, where the intro ends its line, the items
    under it: the lines after it that open with a marker of one kind, not the kind of the intro's own item (`三、…具体分工
    如下:` / `1、体育中心:提供…` / `2、档案室:…` / `四、…`, blind46 dd_01)."""
    if "如下" not in text:        # every intro's words (a C scan; the pattern's two first characters are not)
        return []
    g, spans = _grammar(), []
    for m in g["division_intro"].finditer(text):
        end = _line_end(text, m.end())
        if text[m.end():end].strip():
            spans.append((m.end(), end))
            continue
        own = g["marker"].match(text, text.rfind("\n", 0, m.start()) + 1)
        own_kind, kind = (marker_kind(own.group()) if own else None), None
        while end < len(text) and (item := g["marker"].match(text, end + 1)):
            this = marker_kind(item.group())
            if this == own_kind or kind not in (None, this):
                break
            kind = this
            end = _line_end(text, end + 1)
        spans.append((m.end(), end))
    return spans


def _labelled_units(text: str, unit_list: list[Unit]) -> list[Unit]:
    """The labels of a division's items (`_divisions`) the organisations extractor did not name but that have a unit's
    shape, read as a request's list is (`_requested_units`): `1、体育中心:提供…`, `2、档案室:提供…` (blind46 dd_01)."""
    g, named, out = _grammar(), {u.start for u in unit_list}, []
    for a, b in _divisions(text):
        for line in _NEWLINE.finditer(text, a, b):
            item = g["marker"].match(text, line.end())
            label = _LABEL.match(text, item.end()) if item else None
            if label and item.end() not in named and _is_unit_name(label["unit"]):
                out.append(Unit(item.end(), label.end("unit"), [(label["unit"], item.end())]))
    return out


_NEWLINE = regex("\n")
_LABEL = regex(r"(?P<unit>[^\s，,。；;：:、]{2,20})[：:。]")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _label_end(text: str, u: Unit, divisions: list[tuple[int, int]]) -> Optional[int]:
    """Past the stop or colon after a unit set apart as the label of its duties in a division of the work
    (`_divisions`): the unit opens its sentence, line or item (`县环保局。负责…`, `1、体育中心:提供…`). None for any
    other unit."""
    if not text.startswith(("。", "：", ":"), u.end) or not any(a <= u.start < b for a, b in divisions):
        return None
    item = _grammar()["marker"].match(text, text.rfind("\n", 0, u.start) + 1)
    if u.start == 0 or text[u.start - 1] in "\n。：:" or (item is not None and item.end() == u.start):
        return u.end + 1
    return None


def _label_items(u: Unit, text: str, at: int, stops: set) -> list[Item]:
    """The duties after a unit's label (`_label_end`): the clause at `at`, past its role word (`负责`; `配合` makes a
    participant), and the clauses after `；` that go on with it (`县农委。负责…的督导;负责…的宣传推广和指导工作。`).
    Each a lead duty, as a department's listed duties are (ANNOTATION)."""
    limit = _clause_limit(text, at)
    part = _grammar()["part_verb"].match(text, at, limit)
    start = part.end() if part else _past_role_only(text, at, limit)
    end = _cut_duty(text, start, limit, stops)
    if part:
        return _items(u, text, start, end, "participant", "unit_label")
    return _items(u, text, start, end, "lead", "unit_label") + _continued(u, text, end, stops)


def _past_role_only(text: str, start: int, limit: int) -> int:
    """Past a verb at `start` that only says the role (`负责`, `牵头`: the lexicon's role_only_verbs)."""
    m = _grammar()["role_only"].match(text, start, limit)
    return m.end() if m else start


def _shared_duty(text: str, at: int, limit: int, unit_list: list[Unit], stops: set) -> tuple[int, int]:
    """The duty a lead shares with the participants named after it (`请县住建局牵头，县自然资源局、县交通运输局
    配合，于6月底前完成排查`: 完成排查), or an empty span at `at`."""
    nxt = next((v for v in unit_list if v.start == at + 1), None) if text[at:at + 1] in "，," else None
    # the participants' list may close with its kind and the role word take an adverb (`县国土资源局牵头,县发改局、县住建局
    # 等部门密切配合,抢抓时间,…`, blind23 cg_06: kind_tail as in bs_02's `…等省级主管部门（单位）牵头`, `密切配合` as in
    # org_verb's `县综合检验检测中心要密切配合`)
    g = _grammar()
    tail = g["kind_tail"].match(text, nxt.end) if nxt else None
    part = g["part_after"].match(text, tail.end() if tail else nxt.end) if nxt else None
    if not part:
        return at, at
    start = _past_time(text, part.end())
    return start, _cut_duty(text, start, limit, stops)


def _past_partners(text: str, pos: int, unit_list: list[Unit]) -> int:
    """Past the partners named after 会同 at `pos`: a run of named units, or a kind of body (`县司法行政部门`), and
    the rest of their list (`等有关部门`)."""
    g = _grammar()
    end = next((v.end for v in unit_list if v.start == pos), None)
    if end is None:
        kind = g["partner_kind"].match(text, pos)
        end = kind.end() if kind else pos
    return g["with_others"].match(text, end).end()


_CLAUSE_OPEN = _OPEN_BEFORE.replace("、", "")


def _after_collectives(text: str, pos: int) -> Optional[str]:
    """The opener of a subject's list whose first conjuncts are collectives each closed by its kind (collective_conjuncts),
    the named unit at `pos` after them: `请各教学单位、党办、校办…安排一位主要领导参加` (blind33 cq_04) asks 党办 and the
    offices after it, `劳资关系科辖下各分区办事处及职业介绍所事务科会于…提供…服务` (blind25 ci_09) states 职业介绍所事务科's
    action (ANNOTATION: duties go to the named organisations only, each of a request's coordinated subjects). None where
    the words before the unit are not such a list."""
    if pos == 0 or not text.endswith(_words()["list_joiners"], 0, pos):
        return None
    start = after_last(text, _CLAUSE_OPEN, pos)
    opener = next((w for w in _words()["openers"] if text.startswith(w, start, pos)), "")
    return opener if _grammar()["collective_conjuncts"].fullmatch(text, start + len(opener), pos) else None


def _in_collective_list(text: str, pos: int) -> bool:
    """The unit ends a list that 各/有关 opens (`各省、自治区、直辖市人民政府要…`): the subject is a collective."""
    if pos == 0 or text[pos - 1] != "、":
        return False
    start = after_last(text, "，,。；;：:\n", pos)
    return text.startswith(_words()["collective"], start)


def _continued(u: Unit, text: str, end: int, stops: set) -> list[Item]:
    """Clauses after `；` that go on with the same subject (`…；负责协调制定…；牵头做好…`): its duties too."""
    cont = _grammar()["continued"]
    items: list[Item] = []
    while end < len(text) and text[end] in "；;，,":
        m = cont.match(text, end + 1)
        if m is None:
            break
        limit = _clause_limit(text, m.end())
        end = _cut_duty(text, m.end(), limit, stops)
        items += _items(u, text, m.end(), end, "lead", "org_verb")
    return items


def _by_note(text: str, u: Unit) -> tuple[int, Optional[int]]:
    """The 由 before the unit, and where the bracketed note it opens closes (`_note_close`)."""
    by = text.rfind("由", 0, u.start)
    return by, _note_close(text, by)


def _by_org_items(u: Unit, text: str, start: int, end: int, opener: int, close: Optional[int],
                  reorder_only: bool = False) -> list[Item]:
    """`由X…` (由 at `opener`, the note it opens closing at `close`: `_by_note`) gives X the words after it; where
    those are only a verb (`具体工作由国家黄金局等单位承担`), the duty is that verb and the task before 由, in reading order
    (`承担具体工作`). Mid-clause (`reorder_only`) the words after count only as a whole duty, not a relative clause
    (`由国务院制定的政策`)."""
    g = _grammar()
    after = g["with_others"].match(text, start).end()
    verb = _HOSTS_SPLIT.split(text[after:end], maxsplit=1)[0]
    if close is not None:       # `A(由X负责通知)`: the note's topic is the name before its bracket, or its whole item
        before_start = _note_topic_start(text, opener, close)
    else:
        before_start = after_last(text, "，,。；;\n", opener)
        if (k := text.rfind("、", before_start, opener)) > text.rfind("由", before_start, opener) >= 0:
            before_start = k + 1    # a parallel `由` clause before it: `体育活动由A负责统筹、文娱康乐活动则由B负责`
    topic_end = opener - 1 if text.endswith(_CONTRAST, 0, opener) and opener - 1 > before_start else opener
    funds = g["funds_topic"].fullmatch(text, before_start, opener)
    if funds and before_start > 0 and text[before_start - 1] in "，,":
        # `…建设费260万元,资金来源由X筹措解决`: the funds are the cost named before, without its amount
        cost_start = after_last(text, "，,。；;：:\n", before_start - 1)
        cost = g["amount"].split(text[cost_start:before_start - 1], maxsplit=1)[0]
        if len(clean_duty(cost)) >= 2:
            before_start, opener_text = cost_start, cost
        else:
            funds = None
    if reorder_only and g["by_relative"].search(verb):
        return []       # `转发由额满国中制发之通知单` (blind31 co_09): a relative clause names a thing, no duty of X
    if 0 < len(clean_duty(verb)) <= 6 and not verb.startswith("牵头") and clean_duty(text[before_start:topic_end]):
        duty = clean_duty(verb + (opener_text if funds else text[before_start:topic_end]))
        if duty and not g["appointment"].search(duty) and not g["past_duty"].match(duty):
            return [Item(name, duty, "lead", "by_org", pos, end, (before_start, end), (before_start, end))
                    for name, pos in u.names]
    if reorder_only and (len(clean_duty(verb)) <= 6 or verb.startswith("牵头")):
        return []       # mid-clause `由X` with a whole duty after it (`…工作由市政府办公室政务监督室依据…建立台账`) keeps it
    if g["defined_persons"].search(clean_duty(text[start:end])):
        return []       # `，由教育部提供推荐名单交由本部办理…作业者`: the persons a definition names
    return _items(u, text, start, end, "lead", "by_org")


def _note_close(text: str, by: int) -> Optional[int]:
    """Where a bracketed note that `由` at `by` opens closes (`大鹿岛旅游开发总公司(由县风景旅游管理局负责通知)分管…的领导`,
    blind24 ch_04; `各行政村主要负责人1名(由各镇街道负责通知落实)`, blind26 cj_02: who is to notify the attendee named before
    it), or None where 由 opens no bracket or the bracket is not closed in its clause."""
    if by == 0 or text[by - 1] not in "（(":
        return None
    m = _NOTE_END.search(text, by)
    return m.start() if m and m.group() in "）)" else None


def _note_topic_start(text: str, opener: int, close: int) -> int:
    """Where the topic of a bracketed note starts: a note that closes its item (`；`, `。` or the line's end after the
    bracket) is on the whole item, the list of attendees after its marker (`1.县四套班子领导,县有关部门主要负责人,乡镇党委书记、
    镇长及分管教育副镇长(由县委办、县府办通知);`, `6.部分党代表、人大代表、政协委员(由人事科通知);` blind28 cl_03); a note
    inside a run of names is on the name right before it (`…、县气象局、大鹿岛旅游开发总公司(由县风景旅游管理局负责通知)分管…
    的领导各1名` blind24 ch_04)."""
    if close + 1 >= len(text) or text[close + 1] in "；;。\n":
        start = after_last(text, "。；;\n", opener - 1)
        marker = _grammar()["marker"].match(text, start)
        return marker.end() if marker else start
    return after_last(text, "、，,。；;：:\n", opener - 1)


_NOTE_END = regex(r"[）)。；;\n（(]")
# the verb after `由X` ends at a comma, or at the `、` after a host's verb that the next host's clause follows (`计划由康乐及文化
# 事务署主办、艺术推广办事处与艺术机构…合办`, blind23 cg_10; the formula `由A主办、B承办` of event notices)
# (and at a 、 that opens a parallel clause with its own 由: `体育活动由体育发展局负责统筹、文娱康乐活动则由教育暨青年局负责`,
# blind42 cz_10 and sport.gov.mo news 1241 of 2009, the summer activities of Macau's two bureaus)
_HOSTS_SPLIT = regex(r"[，,]|(?<=主办|承办|协办|合办)、|、(?=[^，,。；;、由]{1,15}由)")
# a contrast adverb between a task and its 由 (`文娱康乐活动则由…负责`): no part of the task
_CONTRAST = ("则",)
_TASK_LEAD = regex(r"^[\s\d.．、/•]+")     # an item's number or a day (`11/25`) before the task's words


def _asked_items(u: Unit, text: str, start: int, end: int) -> list[Item]:
    """`…简报请三科尽速修改陈报`: a request after its task, with no break between (the rule asked_after_task); the
    duty is the request and the task before 请, in reading order (`尽速修改陈报…简报`). A task that opens with a verb
    is a clause of its own, not the request's topic (`3.邀请1名…成员列席会议请市司法局安排`, blind15 by_01): the request
    after it stands alone, as after a stop (`…列席会议。请市司法局安排并通知参会`, the rule org_request)."""
    ask = u.start - 1
    task_start = after_last(text, "，,。；;：:\n•", ask)
    topic = _TASK_LEAD.sub("", text[task_start:ask])
    if len(clean_duty(text[start:end])) < _rules()[1]["min_duty_chars"]:
        return []
    if any(topic[:k] in gazetteer().openers for k in (2, 3, 4)):
        return _items(u, text, start, end, "lead", "org_request")
    items = _items(u, text, start, end, "lead", "asked_after_task")
    duty = clean_duty(text[start:end] + text[task_start:ask])
    return [Item(i.org, duty, i.role, i.rule, i.start, i.end, i.words, (task_start, end)) for i in items]


def _items(u: Unit, text: str, start: int, end: int, role: str, rule: str) -> list[Item]:
    duty = clean_duty(text[start:end])
    g = _grammar()
    opening = start + len(text[start:end]) - len(text[start:end].lstrip("，,"))     # `X牵头,会同Y起草了…` (blind29 cm_01)
    if len(duty) < _rules()[1]["min_duty_chars"] or g["appointment"].search(duty) \
            or g["past_duty"].match(text, opening, end) or g["relative_clause"].match(duty):
        return []
    task = (_sentence_start(text, u.start), end)
    return [Item(name, duty, role, rule, pos, end, (start, end), task) for name, pos in u.names]


@dataclass
class TagUnit:
    """A unit a tag names: the role its label or the word after it gives (None where only its rank tells)."""
    name: str
    pos: int
    role: Optional[str]


@dataclass
class Tag:
    """Units named after a task (a bracket `（…）`, label lines, or a sentence of units and role words);
    `at` is where the task before it ends. `ranked`: the tag says `列第一位者为牵头单位`; `later`: … `下同`."""
    at: int
    start: int
    end: int
    rule: str
    units: list[TagUnit]
    ranked: bool = False
    later: bool = False


def _is_unit_name(piece: str) -> bool:
    g = _grammar()
    return bool(g["shape"].fullmatch(piece)) and not g["collective"].search(piece) and not g["dated"].search(piece)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A list of units split at 、/，/spaces, and at 和/及/与 where the part before it ends like a unit;
    a bracket inside a piece (`区农业农村中心（区供销社）`) stays with it."""
    out = []
    for m in _PIECE.finditer(text[start:end]):
        a, b = start + m.start(), start + m.end()
        for j in _grammar()["joiner"].finditer(text, a, b):
            if j.start() > a and j.end() < b and _is_unit_name(text[a:j.start()]):
                out.append((a, j.start()))
                a = j.end()
        out.append((a, b))
    return out


def _list_units(text: str, start: int, end: int, by_span: dict) -> Optional[list[tuple[str, int]]]:
    """The named units of a list (`A、B等国务院相关部门`: the list ends at 等, collectives give none,
    nor the kinds a 各 opening the run distributes over: `各区、县级市`),
    or None where a piece is neither a unit nor a collective: then this is not a list of units."""
    g = _grammar()
    stop = g["list_end"].search(text, start, end)
    out = []
    # `等` closes a group with its kind; after the kind's `，` or `和` the list goes on with other named units (blind17
    # ca_09 `(区发改局牵头,区财政局、…区水务局等部门,区国投公司、各街道办事处配合)`; a 丽江 news item (hbxms.com 2022-11)
    # `召集市自然资源和规划局、…市财政局等部门和丽江投资集团、…等负责同志`): they are units of the list too, where they parse
    kind = g["kind_close"].match(text, stop.end(), end) if stop else None
    more = (_list_units(text, kind.end(), end, by_span) or []) if kind and kind.end() < end else []
    for a, b in _pieces(text, start, stop.start() if stop else end):
        b = a + len(_ALIAS_TAIL.sub("", text[a:b])) or b
        piece = text[a:b]
        name = by_span.get((a, b)) or (piece if _is_unit_name(piece) else None)
        if name is None and (g["collective"].search(piece) or _in_collective_list(text, a)):
            continue                    # `…，各区、县级市`: 各 opens the run, 县级市 is one of its kinds
        if name is None:
            return None
        out.append((name, a))
    return out + more


def _word_role(word: str, lead_said: bool) -> Optional[str]:
    """牵头/会同/承办 -> lead, 配合/参与/参加/协助/协办 -> participant; 负责 -> participant after a named lead, else by rank."""
    if "牵头" in word or "会同" in word or "承办" in word:
        return "lead"
    if _grammar()["part"].search(word):
        return "participant"
    return "participant" if lead_said else None


def parse_tag(text: str, start: int, end: int, by_span: dict) -> Optional[Tag]:
    """A tag's units with their roles by its grammar: segments split at `；`/`。`/line ends and before a
    label; in each, lists of units each closed by a role word (`A牵头，B、C等按职责分工负责`) or opened by
    a label (`牵头单位：A`). None where its first part is not made of units, collectives, labels and role
    words; a later part that is not (`；以下均需各片区配合落实`) is a remark and gives no unit."""
    g = _grammar()
    units: list[TagUnit] = []
    ranked = later = said = lead_said = False
    pos = start
    # a ranking note in a bracket after the list (`…、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`)
    notes = [n for n in _NOTE.finditer(text, start, end) if g["ranked"].search(text, *n.span())]
    segments = [s for s in g["segment"].finditer(text, start, end)
                if s.end() > start and not any(n.start() < s.start() < n.end() for n in notes)]
    for seg in [*segments, None]:
        a, b, pos = pos, seg.start() if seg else end, seg.end() if seg else end
        note = next((n for n in notes if a <= n.start() < b), None)
        if note:
            ranked, later, b = True, later or "下同" in note.group(), note.start()
        elif g["ranked"].search(text, a, b):
            ranked, later = True, later or "下同" in text[a:b]
            continue
        got = _segment_units(text, a, b, by_span, lead_said)
        if got is None and not units:
            return None
        for u in got or []:
            units.append(u)
            lead_said = lead_said or u.role == "lead"
        said = said or bool(got) and (g["label"].match(text, a) or g["role"].search(text, a, b)) is not None
    blanket = g["blanket"].search(text, start, end)
    if blanket:     # the implementers of every task, named once in the tag's note: not this task's units
        units = [u for u in units if u.name not in blanket["units"]]
    if not units or not (said or ranked):
        return None
    return Tag(start, start, end, "", units, ranked, later)


def _segment_units(text: str, a: int, b: int, by_span: dict, lead_said: bool) -> Optional[list[TagUnit]]:
    """One segment of a tag: `[label] list role-word list role-word …`; None where it does not parse."""
    g = _grammar()
    label = g["label"].match(text, a)
    # a 责任单位 list after a named 牵头单位 names those who work with the lead
    label_role = None if not label else "participant" if g["part_label"].match(text, a) else \
        "lead" if g["head_label"].match(text, a) else "participant" if lead_said else None
    at, out = label.end() if label else a, []
    for m in g["role"].finditer(text, at, b):
        got = _list_units(text, at, m.start(), by_span)
        if got is None:
            return None
        role = label_role or _word_role(m.group(), lead_said)
        out += [TagUnit(n, p, role) for n, p in got]
        lead_said = lead_said or (role == "lead" and bool(got))
        at = m.end()
    got = _list_units(text, at, b, by_span)
    if got is None:
        return None
    return out + [TagUnit(n, p, label_role) for n, p in got]


def _tags(notice: Notice, unit_list: list[Unit], by_span: dict) -> list[Tag]:
    """Brackets, label lines and sentences that parse as tags, in text order."""
    rf, _lx = _rules()
    text = notice.text
    found = []
    g = _grammar()
    for m in rf.rule("unit_tag").finditer(text):
        if not (g["role"].search(text, *m.span("body")) or g["label"].search(text, *m.span("body"))):
            continue
        tag = parse_tag(text, *m.span("body"), by_span)
        if tag:
            found.append((m.start(), m.end(), tag, "unit_tag"))
    for m in rf.rule("bare_unit_tag").finditer(text):
        tag = _bare_tag(notice, m, by_span)
        if tag:
            found.append((m.start(), m.end(), tag, "bare_unit_tag"))
    for m in rf.rule("unit_line").finditer(text):
        if g["credits"].search(text, max(0, m.start() - 80), m.start()):
            continue        # `主办单位:X` / `协办单位:Y`: an event's credits (credits_label)
        tag = parse_tag(text, m.start(), m.end(), by_span)
        if tag:
            found.append((m.start(), m.end(), tag, "unit_line"))
    for m in rf.rule("run_on_label").finditer(text):
        if text.startswith("\n", m.start() - 1) or m.start() == 0:
            continue                # a label opening its line: unit_line
        end = _units_end(text, m.start("body"), m.end("body"), by_span)
        tag = parse_tag(text, m.start("label"), end, by_span) if end > m.start("body") else None
        if tag:
            found.append((m.start(), end, tag, "run_on_label"))
    found += _run_on_item_labels(text, [f[0] for f in found if f[3] == "unit_line"], by_span)
    division = g["division_label"]
    for u in unit_list:
        start = _sentence_start(text, u.start)
        label = division.match(text, start)
        opens = start == u.start or (label is not None and label.end() == u.start)    # `部门分工:A牵头,B配合。`
        clause = after_last(text, "，,。；;：:\n", u.start)
        by = not opens and g["by_opening"].fullmatch(text, clause, u.start) is not None    # `，具体由A负责。`
        # the unit is followed by the next of the list or its role word (not `本部应将名单汇送教育部，…协助`)
        if (opens or by) and u.start > 0 and (text.startswith(("、", "，", ","), u.end) or g["joiner"].match(text, u.end)
                                             or g["role"].match(text, u.end)):
            end = _clause_end(text, u.end, len(text))
            if by:      # (`，具体由A负责，…`: to its comma; but `由A承办，B、C协办。`, the helpers after it, is one tag)
                start, comma = clause, _COMMA.search(text, u.end, end)
                whole = parse_tag(text, u.start, end, by_span) \
                    if comma and g["role_end"].search(text[max(u.end, end - 16):end]) else None
                if comma and not (whole and any(t.role == "participant" for t in whole.units)):
                    end = comma.start()
            closed = g["role_end"].search(text[max(u.end, end - 16):end])      # it ends with its role word
            tag = parse_tag(text, u.start, end, by_span) if closed else None
            if tag and (by or any(t.role for t in tag.units)):     # (after 由 a bare 负责 makes each unit lead)
                found.append((start, end, tag, "unit_sentence"))
    tags = []
    for at, end, tag, rule in sorted(found, key=lambda f: f[0]):
        if notice.in_body(at) and not _in_table(notice, at) and not (tags and at < tags[-1].end):
            tag.at, tag.end, tag.rule = at, end, rule
            tags.append(tag)
    return tags


def _run_on_item_labels(text: str, line_tags: list[int], by_span: dict) -> list[tuple]:
    """The unit labels that open the label lines of the notice's items (unit_line, at `line_tags`), where one item's
    line runs on into them with no stop after its heading (blind24 ch_02, 灵璧 县卫健委2021年政府工作报告任务分解: items
    1, 3, 4, 5 put `牵头责任单位:` and `主要协作单位:` on lines of their own, item 2 runs them on, `2.加强重大公共卫生安全
    风险源头防控,切实保障人民群众生命安全牵头责任单位:县卫健委主要协作单位:…`; run_on_label reads them after a stop, as
    blind21 ce_10 has them). Only in a line that opens with an item's marker and has no stop before the label."""
    g, found = _grammar(), []
    labels = {m.group() for m in (g["label"].match(text, at) for at in line_tags) if m}
    for label in labels:
        at = text.find(label)
        while at > 0:
            line = text.rfind("\n", 0, at) + 1
            marker = g["marker"].match(text, line)
            if marker and marker.end() < at and not _SENTENCE_BREAK.search(text, line, at) and "\u4e00" <= text[at - 1] <= "\u9fff":
                stop = _SENTENCE_BREAK.search(text, at)
                body = at + len(label)
                end = _units_end(text, body, stop.start() if stop else len(text), by_span)
                tag = parse_tag(text, at, end, by_span) if end > body else None
                if tag:
                    found.append((at, end, tag, "run_on_label"))
            at = text.find(label, at + 1)
    return found


_HAN = regex("[\u4e00-\u9fff]")


def _units_end(text: str, start: int, end: int, by_span: dict) -> int:
    """Where the list of units from `start` ends, before `end`: at the first piece that is neither a unit's name nor a
    collective, after the unit it opens with where it does (`园林局配合做好专项整治工作`: the next heading run on)."""
    g = _grammar()
    for a, b in _pieces(text, start, end):
        piece = text[a:b]
        if by_span.get((a, b)) or _is_unit_name(piece) or g["collective"].search(piece):
            continue
        opening = max((e for (s, e) in by_span if s == a and e < b), default=None)
        label = g["label"].match(text, opening) if opening is not None else None
        if label:       # the next label run on after the unit (`…县卫健委主要协作单位:各乡镇人民政府、…`): its list goes on
            return _units_end(text, label.end(), end, by_span)
        return opening if opening is not None else a
    return end


def _bare_tag(notice: Notice, m: re.Match, by_span: dict) -> Optional[Tag]:
    """A bracket of unit names alone closing a numbered or bulleted item that says a task (`…要做好准备工作。(财政局)`) or
    states its aim (`…于2023年底前至少减半。(环境及生态局)`): each unit leads. None where a piece is no unit's name, or the
    line opens with no item marker."""
    text, g = notice.text, _grammar()
    got = _list_units(text, *m.span("body"), by_span)     # (a collective beside them, `/相关政策局`, adds none)
    if not got:
        return None
    line = text.rfind("\n", 0, m.start()) + 1
    item = g["marker"].match(text, line) or g["bare_bullet"].match(text, line)
    if item is None:
        return None
    said = text[item.end():m.start()]
    if not (g["bare_task"].search(said) or g["bare_aim"].match(said)):
        return None
    return Tag(m.start(), m.start(), m.end(), "", [TagUnit(n, p, None) for n, p in got])


class MarkerOutline:
    """The items of a notice by their markers alone, for text whose outline was not recognised (a crawl run
    on in one line): the item holding another is the nearest marker before it of a kind first used earlier."""

    def __init__(self, notice: Notice):
        self.notice = notice
        self.markers = item_markers(notice)
        self.starts = [m.start() for m in self.markers]
        self.kinds = [marker_kind(m.group()) for m in self.markers]
        self.first: dict[str, int] = {}
        for i, k in enumerate(self.kinds):
            self.first.setdefault(k, i)

    def heading_above(self, start: int) -> Optional[str]:
        """The heading of the item that holds the item marked at `start`."""
        i = bisect.bisect_left(self.starts, start)
        if i == len(self.starts) or self.starts[i] != start:
            return None
        j = next((j for j in range(i - 1, -1, -1) if self.first[self.kinds[j]] < self.first[self.kinds[i]]), None)
        if j is None:
            return None
        m, text = self.markers[j], self.notice.text
        heading = text[m.end():heading_end(self.notice, m.end(), self.starts[j + 1])].strip()
        return heading if 0 < len(heading) <= _rules()[1]["max_heading_chars"] else None


def _in_table(notice: Notice, offset: int) -> bool:
    block = notice.doc.block_at(offset)
    return block is not None and block.kind == "table"


def item_markers(notice: Notice) -> list[re.Match]:
    """Item markers (`一、`, `（一）`, `1.`, `（1）`) where an item can open: after a line start, a space,
    a sentence end or a closing bracket; a bracketed one, or `4.` between words, also run on after a heading. Found
    once a notice (`notice.memo`; the list is read, never changed): `find` and a `MarkerOutline` both ask, and the marker
    pattern's scan of the whole text tries its gate's class at every character."""
    known = notice.memo.get("responsibilities.item_markers")
    if known is not None:
        return known
    text, g = notice.text, _grammar()
    found = notice.memo["responsibilities.item_markers"] = [
        m for m in g["marker"].finditer(text)
        if m.start() == 0 or text[m.start() - 1] in "\n \u3000\t。；;：:）)" or g["run_on"].match(text, m.start())
        or notice.doc.had_space_before(m.start())]
    return found


def heading_end(notice: Notice, start: int, end: int) -> int:
    """Where an item's heading ends: its first 。/：/；, or a space after which the item runs on (a space
    between words that normalisation removed counts; not one setting off a number, `於 2022 年底前`, `不少於 70% 在`, as
    Hong Kong pages space their figures: blind56 dn_08)."""
    text = notice.text
    m = _HEADING_END.search(text, start, end)
    stop = m.start() if m else end
    soft = notice.doc.soft_breaks       # looked up only as far as a heading can reach
    return next((i for i in range(start + 1, min(stop, start + _rules()[1]["max_heading_chars"] + 1))
                 if i in soft and not (text[i].isdigit() or text[i - 1] in _FIGURE_END)), stop)


_FIGURE_END = frozenset("0123456789%")


def _clause(text: str, lo: int, end: int) -> tuple[int, int, int]:
    """The sentence before `end` (not before `lo`), without a leading `对…的X，` condition:
    (where its words start, where they end, where the sentence starts)."""
    while end > lo and text[end - 1] in "。；;，,\n \u3000":
        end -= 1
    start = max(lo, _sentence_start(text, end))
    bullet = _grammar()["bare_bullet"].match(text, start, end)     # a sub-item's bullet is none of its words
    start = bullet.end() if bullet else start
    cond = _grammar()["condition"].match(text, start, end)
    return (cond.end() if cond and clean_duty(text[cond.end():end]) else start), end, start


def _task_before(notice: Notice, i: int, tags: list[Tag], markers: list[re.Match],
                 starts: list[int]) -> tuple[int, int, int]:
    """The task tag i closes. After a numbered item (`（一）X。…（tag）`) the item's heading where the item
    has no other tag, else the clause before the tag; an item that is one sentence gives that sentence.
    Without a marker in its paragraph: the heading of its section where that holds one tag, else the clause.
    Gives (start, end) of the task's words and where the task starts (its marker, else its clause)."""
    text, tag = notice.text, tags[i]
    at = tag.at         # where the task's words end
    block = notice.doc.block_at(at)
    labels = block is not None and block.start == at and at > 0
    if labels:      # label lines: the task is the line before
        block = notice.doc.block_at(at - 1)
        while block is not None and block.start > 0 and unit_tag_line(text[block.start:block.end]):
            at = block.start        # past the task's other labels (`分管省领导:…`)
            block = notice.doc.block_at(at - 1)
    lo = max(block.start if block else 0, tags[i - 1].end if i else 0)
    k = bisect.bisect_left(starts, at)
    if labels and k and lo > starts[k - 1] >= (tags[i - 1].end if i else 0) \
            and _wrapped_item(notice, markers[k - 1].start(), lo):
        lo = starts[k - 1]
    item = markers[k - 1] if k and starts[k - 1] >= lo else None
    if item is not None:
        after = starts[k] if k < len(starts) else len(text)
        alone = not (i + 1 < len(tags) and tags[i + 1].at < after and notice.doc.block_at(tags[i + 1].at) is block)
        head_end = heading_end(notice, item.end(), at)
        heading = text[item.end():head_end].strip()
        runs_on = clean_duty(text[head_end:at]) != ""
        # the outline, which reads items that open a line, read no heading there (a heading cut at a space,
        # or an item run on inside a line of a page that lost its line breaks, keeps its own)
        node, line = notice.section_at(item.start()), notice.doc.block_at(item.start())
        sentence = text.startswith("。", head_end) and line is not None and line.start == item.start() \
            and (node is None or node.start != item.start())
        # a part cut at `；` is a clause of the item's first sentence, not its heading (ci_01 海盐 `1.全县生产总值增长
        # 7.5%左右;一般公共预算收入增长8.5%;…缩小。 责任单位:…`)
        clause_cut = text.startswith(("；", ";"), head_end)
        if alone and runs_on and 0 < len(heading) <= _rules()[1]["max_heading_chars"] and not sentence \
                and not clause_cut:
            return item.end(), item.end() + len(text[item.end():head_end].rstrip()), item.start()
        first = text.find("。", item.end(), at)
        if not labels and alone and runs_on and sentence and not clause_cut \
                and 0 < len(heading) <= _rules()[1]["max_heading_chars"] \
                and not heading.startswith(tuple(_rules()[1]["topic_openers"])):
            # a bracket closing an item whose first sentence is short (a slogan: `1、切实提高政治站位,慎终如始精准抓好疫情
            # 防控工作。按照…。[牵头单位:…]`, blind47 de_03; `2.继续按不高于2017年征收标准征收残疾人就业保障金。落实…。(…负责)`,
            # blind bl_17): that sentence, as a heading's full stop ends the heading; a long one is no heading (bl_17 item 1),
            # nor a topic whose action the next sentence states (`1、對於地區低收入戶…等。在過年期間要準備…。(民政局)`, blind16 bz_03)
            return item.end(), head_end, item.start()
        if labels and alone and sentence and clean_duty(text[first:at]):
            # label lines under an item of several sentences (`5.树立…理念,推广…服务。补齐…。` / `牵头责任单位:…`, blind24
            # ch_02; blind39 cw_05): its first sentence, as a heading's full stop ends the heading
            return item.end(), first, item.start()
        if alone and runs_on and not _grammar()["run_on"].search(text, head_end, at):
            # an item of several sentences with no heading, closed by its one tag: the whole item
            # (bl_17 东府〔2021〕54号 `1.按照…稳定。实施…。将…延长至2022年4月30日。（A、B负责）`)
            a, b, _s = _clause(text, item.end(), at)
            cond = _grammar()["condition"].match(text, item.end(), b)
            return (cond.end() if cond else item.end()), b, item.start()
        a, b, _s = _clause(text, head_end if runs_on else item.end(), at)
        return a, b, item.start() if alone else _s
    node = notice.section_at(at)
    if node is not None and node.heading_end <= at and node.heading:
        if sum(node.start <= t.at < node.end for t in tags) == 1:
            a = text.find(node.heading, node.start, node.heading_end)
            return (a, a + len(node.heading), node.start) if a >= 0 else (*_clause(text, lo, at)[:2], node.start)
        lo = max(lo, node.heading_end) if node.start >= lo else lo
    if not labels and _tag_opener().match(text, at) and text[:at].rstrip(" \u3000").endswith("。"):
        # a tag set off after the full stop closes every sentence before it since the paragraph's start or the tag
        # before it, as a tag closing a numbered item of several sentences gives the whole item (bl_17; 国发〔2020〕6号
        # `1.在以…为指导,…。(国务院各部门分别负责,年内持续推进)`, www.cs.com.cn/xwzx/hg/202006/t20200611_6066561.html):
        # 国发〔2016〕20号's paragraphs of tasks under `（五）…。`, `着力实施…。强化…。加快…。（科技部牵头，…负责）`
        # (blind52 dj_04)
        b = _clause(text, lo, at)[1]
        start = lo + len(text[lo:b]) - len(text[lo:b].lstrip(_TASK_OPEN))
        bullet = _grammar()["bare_bullet"].match(text, start, b)    # a sub-item's bullet (dn_08 `- 鼠患…。(环境及生态局)`)
        start = bullet.end() if bullet else start
        if not text[start:b][:1].isdigit():     # not an item whose number the markers do not read (`11.121人才梯队项目。`)
            return start, b, start
    return _clause(text, lo, at)


_TASK_OPEN = "。；;，,）)〕】] \u3000\t\n"     # what stands between a tag, or a heading, and the next task's words


@functools.lru_cache(maxsize=1)
def _tag_opener() -> re.Pattern:
    """The brackets a bracket tag opens with: the first characters of the rules unit_tag and bare_unit_tag."""
    rf = _rules()[0]
    return regex("[" + "".join(edge_classes(rf.rule(name).pattern)[0] for name in ("unit_tag", "bare_unit_tag")) + "]")


def _wrapped_item(notice: Notice, start: int, end: int) -> bool:
    """The lines from `start` to `end` are one numbered item hard-wrapped (a PDF's lines, blind39 cw_05 `1.完善街道党工委…优` /
    `化决策程序,…` / … / `基层有效贯彻落实。` over ten lines above its `牵头单位:` line): its marker opens a line the outline
    read as no section, and every line after it, up to `end`, is a paragraph line that opens no item."""
    doc, node = notice.doc, notice.section_at(start)
    block = doc.block_at(start)
    if block is None or block.start != start or (node is not None and node.start == start):
        return False
    while block is not None and block.start < end:
        if block.kind != "para" or (block.start > start and _grammar()["marker"].match(notice.text, block.start)):
            return False
        block = doc.block_at(block.end + 1)
    return True


def _tag_items(tag: Tag, duty: str, ranked: bool, words: tuple[int, int], task: tuple[int, int]) -> list[Item]:
    """Each unit of a tag with its role: the one said, else by rank (the first lead) or lead."""
    items = []
    for k, u in enumerate(tag.units):
        role = u.role or ("participant" if ranked and k > 0 else "lead")
        items.append(Item(u.name, duty, role, tag.rule, u.pos, tag.end, words, task))
    return items


def _unit_tags(notice: Notice, tags: list[Tag], markers: list[re.Match]) -> list[Item]:
    """Each tag's units with the task it closes; `列第一位者为牵头单位，下同` ranks every later tag."""
    items: list[Item] = []
    ranked_on = False
    starts = [m.start() for m in markers]
    for i, tag in enumerate(tags):
        a, b, task_start = _task_before(notice, i, tags, markers, starts)
        duty = clean_duty(notice.text[a:b])
        if duty:
            items += _tag_items(tag, duty, tag.ranked or ranked_on, (a, b), (task_start, tag.end))
        ranked_on = ranked_on or tag.later
    return items


_DIGITS = regex(r"\d+")
_NUMERALS = regex("[一二三四五六七八九十]+")


@functools.lru_cache(maxsize=256)
def marker_kind(marker: str) -> str:
    """A marker's shape: `（一）` and `(一)` are one kind, `1.` and `1．` another."""
    return _NUMERALS.sub("一", _DIGITS.sub("1", marker.strip())).translate(
        str.maketrans("()．.", "（）..")).replace(" ", "")


def _duty_lists(notice: Notice, markers: list[re.Match], by_span: dict) -> tuple[list[Item], set[int]]:
    """Duties listed under a unit: an item whose heading is a unit (`1.客户服务部（1）通气点火：…`), the unit's
    share of the work (`一、县示范区管委会牵头工作(8项)`) or that names the unit of its list (`主办机关为X，其任务
    如下：`); each sub-item without its own subject is a lead duty of that unit, its heading as the duty, where it
    is numbered in another family than the unit's. The list ends at a marker of an enclosing kind.
    Gives the duties and where the heading units stand (a heading is no duty of its own)."""
    text = notice.text
    intro = _grammar()
    items: list[Item] = []
    heads: set[int] = set()
    kinds = [marker_kind(m.group()) for m in markers]
    by_start: dict[int, list[tuple[int, str]]] = {}
    for (a, b), name in by_span.items():
        by_start.setdefault(a, []).append((b, name))
    for i, m in enumerate(markers[:-1]):
        nxt = markers[i + 1]
        head = text[m.end():nxt.start()].split("\n", 1)[0]
        unit = _list_head_unit(text, m.end(), head, by_span, intro)
        if unit is None or not notice.in_body(m.start()):
            continue
        sub = kinds[i + 1]
        if sub == kinds[i]:
            continue        # the next unit of a list of units (bk_09 `3. 教育局學位分配組` / `4. 資歷架構秘書處`), no duty
        seen = set(kinds[:i + 1]) - {sub}
        subs, stop = [], len(text)
        for x, k in zip(markers[i + 1:], kinds[i + 1:]):
            if k in seen:
                stop = x.start()
                break
            if k == sub:
                subs.append(x)
        heads.add(unit[1])
        for x, end in zip(subs, [x.start() for x in subs[1:]] + [stop]):
            items += _sub_item_duty(notice, x, end, unit, by_start)
    return items, heads


def _list_head_unit(text: str, at: int, head: str, by_span: dict, g: dict) -> Optional[tuple[str, int]]:
    """The unit an item heads a list of duties for: the whole heading where it is a named unit, X in
    `X牵头工作(8项)`, or X in `…机关为X，其任务如下：`. A whole heading of a unit's shape only is a plan's
    heading (`一、着力构建高效协同的数字政府` blind29 cm_02, `一、着力稳定烟区` blind5 bm_05, `(二)考察分组` blind15 by_12)."""
    name = head.strip()
    share = g["unit_share"].match(name)
    name = share["unit"] if share and head.startswith(name) else name
    named = by_span.get((at, at + len(name)))
    if len(name) <= 32 and name and head.startswith(name) and (named or share and _is_unit_name(name)):
        return named or name, at
    intro = g["list_intro"].search(head) if name.endswith(("：", ":")) else None
    if intro:
        a = at + intro.start("unit")
        piece = g["self"].sub("", intro["unit"])
        a += len(intro["unit"]) - len(piece)
        if _is_unit_name(piece):
            return by_span.get((a, a + len(piece))) or piece, a
    return None


def _sub_item_duty(notice: Notice, x: re.Match, end: int, unit: tuple[str, int], by_start: dict) -> list[Item]:
    """The duty of sub-item x (up to `end`): its heading, for the list's unit or the unit it opens with."""
    text = notice.text
    line_end = text.find("\n", x.end(), end)
    line_end = end if line_end < 0 else line_end
    head_end = min(heading_end(notice, x.end(), line_end), _clause_end(text, x.end(), line_end))
    if _own_subject(text, head_end + 1, by_start):
        return []
    own = next(((b, name) for b, name in by_start.get(x.end(), []) if b < head_end), None)
    name, start = (own[1], own[0]) if own else (unit[0], x.end())   # `（4）管道检测公司泄漏检测`
    heading = clean_duty(text[start:head_end])
    if not heading or len(heading) > _rules()[1]["max_heading_chars"]:
        return []
    return [Item(name, heading, "lead", "duty_list", x.start(), line_end, (start, head_end), (x.start(), end))]


def _own_subject(text: str, pos: int, by_start: dict) -> bool:
    """A unit with a duty verb opens the text at pos (`安全监察部协同…`): the item has its own subject."""
    rf = _rules()[0]
    ends = [b for b, _name in by_start.get(pos, [])]
    return any(rf.rule("org_verb").pattern.match(text[b:b + 20]) or rf.rule("org_modal").pattern.match(text[b:b + 20])
               for b in ends)


@functools.lru_cache(maxsize=1)
def _header_kinds() -> tuple[tuple[tuple[str, list[str]], ...], int]:
    """The header words of a task table's columns by kind (lead, participant, task), and the length a
    header cell may have: the longest word's and 4 more."""
    lx = _rules()[1]
    kinds = (("lead", lx["lead_headers"]), ("part", lx["participant_headers"]), ("task", lx["task_headers"]))
    return kinds, max(len(w) for _key, words in kinds for w in words) + 4


@functools.lru_cache(maxsize=4096)
def _header_kinds_of(cell: str) -> tuple[str, ...]:
    """The kinds (lead, part, task, in that order) whose header words a cell's text is, or starts (a word and at
    most 4 characters more); () for a data cell. A cell's text is read the same in every row: kept by text."""
    kinds, longest = _header_kinds()
    if len(cell) > 3 * longest:     # a data cell, not a header
        return ()
    h = _YEAR_DIGITS.sub("", _YEAR_OPENING.sub("", clean_duty(cell)))    # `2022年预期目标`, `全年目标任务`
    if len(h) > 2 * longest:
        return ()
    # a cell naming two columns' contents (`目标与任务` blind13 bw_10; `责任主体与协同单位` blind21 ce_09): the kinds of its
    # parts, where the whole is none
    for names in ([h] if len(h) <= longest else []), _JOINED_NAMES.split(h):
        found = tuple(key for key, words in kinds
                      if any(n == w or (n.startswith(w) and len(n) <= len(w) + 4) for n in names for w in words))
        if found:
            return found
    return ()


_YEAR_OPENING = regex(r"^(?:\d{2,4}|全|本|今|当)年度?")
_JOINED_NAMES = regex(r"[与和及、/]")
_YEAR_DIGITS = regex(r"[0-9]")


def _header_columns(row: list) -> Optional[dict]:
    """Column indices of a task table's header row: task, lead, participant (any may be absent)."""
    cols: dict[str, int] = {}
    for i, cell in enumerate(row):
        for key in _header_kinds_of(cell.text):
            # a second unit column after the lead's (`牵头单位` then `责任单位`) names the units that work with it,
            # as the same labels do in a tag (`(牵头单位:A;责任单位:B)`)
            key = "part" if key == "lead" and "lead" in cols else key
            if key not in cols:
                cols[key] = i
                break
            if key == "task":
                cols.setdefault("tasks", [cols["task"]]).append(i)
    if "task" not in cols and ("lead" in cols or "part" in cols):
        cols.update(_first_column_task(row, cols))
    return cols if "task" in cols and ("lead" in cols or "part" in cols) else None


def _first_column_task(row: list, cols: dict) -> dict:
    """A task table whose task column has a name of its own (`专项整治行业名称 | 时间安排 | 责任单位` blind55 dm_01,
    `演练科目 | 情景构建 | 牵头责任单位 | 责任单位 | 时限要求` blind55 dm_06): where the header row has a unit column
    and a time column (deadlines' time_headers), its first column that is neither, nor a 序号, names the tasks."""
    times = lexicon_set("deadlines", "time_headers")
    names = [clean_duty(c.text) for c in row]
    if not any(n in times for n in names):
        return {}
    first = next((i for i, n in enumerate(names) if n and i not in cols.values() and n not in times
                  and not _NUMBER_HEADER.fullmatch(n)), None)
    return {} if first is None or first > min(v for v in cols.values() if isinstance(v, int)) else {"task": first}


_NUMBER_HEADER = regex(r"序号|编号|序|号")


def table_rows(notice: Notice) -> list[tuple[Block, list, dict]]:
    """(table, row, columns) for every data row of every task table (read once per notice: responsibilities and
    tasks both ask; the list is not to be changed)."""
    key = ("table_rows", tuple(notice.body))
    if key not in notice.memo:
        rows = [(b, row, _task_column(row, cols)) for b, row, cols in body_table_rows(notice, _header_columns)
                if max(v for v in cols.values() if isinstance(v, int)) < len(row)]
        notice.memo[key] = sorted(rows + _numbered_rows(notice), key=lambda r: r[1][0].start)
    return notice.memo[key]


_SERIAL_CELL = regex(r"\d{1,3}")


def _numbered_rows(notice: Notice) -> list[tuple[Block, list, dict]]:
    """(table, row, columns) of the task tables copied without their header, rows numbered in the first column (blind56
    dn_02, 亳州市农业农村局's ledger from its row 1: `1 | 农村常住居民人均可支配收入与全省同步增长。 | 法规科 | 潘秀峰 | 2024年底前
    | 5555309`, text.serial_bar_table): the unit column is the first whose cells are unit names alone (a cell of
    several units, one a line: `产业科 市畜牧中心 …`), most of them filled (the row the page cut has none), the task
    column the one of longest text before it; each unit leads,
    as a tag's units do where none is named lead."""
    out = []
    for block in notice.doc.blocks:
        rows = block.rows
        if block.kind != "table" or not rows or len(rows) < 2 or not notice.in_body(block.start) \
                or not all(_SERIAL_CELL.fullmatch(r[0].text.strip()) for r in rows) \
                or any(_header_columns(r) is not None for r in rows):
            continue
        unit = next((c for c in range(1, len(rows[0])) if 2 * sum(bool(r[c].text.strip()) for r in rows) > len(rows)
                     and all(_is_unit_name(p) for r in rows for p in r[c].text.split())), None)
        if unit is None or unit < 2:
            continue
        task = max(range(1, unit), key=lambda c: sum(len(r[c].text) for r in rows))
        out += [(block, row, {"task": task, "lead": unit}) for row in rows]
    return out


def _task_column(row: list, cols: dict) -> dict:
    """The columns of a row whose first task column is empty and a later one is not (a category cell merged over
    its rows above the copied part, `主要任务` over `全年目标任务`: blind21 ce_09): that later one is its task."""
    if "tasks" not in cols or row[cols["task"]].text.strip():
        return cols
    filled = next((i for i in cols["tasks"] if i < len(row) and row[i].text.strip()), None)
    return cols if filled is None else {**cols, "task": filled}


def _shaped_units(text: str, start: int, end: int, named: list[Unit], breaks: frozenset = frozenset()) -> list[Unit]:
    """The pieces of a unit column's cell that the organisations extractor did not name but that are places named
    in full (`锦城街道、昌化镇`: bs_04), as a tag's list takes them, or a bureau's sections (`农业股`, `经管站`, `产业科`,
    `生态办`: SECTION_SHAPE); not a collective (`各街道`), nor a kind of body the organisations extractor left out
    (`省级质量技术监督局`). A cell that held one unit a line comes run together (`工商质监所安监站`): its pieces are cut
    again at the line breaks normalisation removed (`breaks`, `_cell_lines`)."""
    out = []
    for a, b in (p for piece in _pieces(text, start, end) for p in _cell_lines(text, *piece, named, breaks)):
        piece = text[a:b].strip()
        g = _grammar()
        if piece and not any(u.start < b and a < u.end for u in named) and g["cell_unit"].fullmatch(piece) \
                and not g["collective"].search(piece) and not g["dated"].search(piece):
            a += text[a:b].index(piece)
            out.append(Unit(a, a + len(piece), [(piece, a)]))
    return out


def _cell_lines(text: str, a: int, b: int, named: list[Unit], breaks: frozenset) -> list[tuple[int, int]]:
    """A piece of a unit cell cut at the line breaks the cell held and at the ends of the named units in it, where each
    part is a unit: a named one or one of a unit's shape (`工商质监所` / `安监站`, `超限站` / `公路站` / `交警六中队`, and
    `派出所工商质监所` with no break between: a 镇's 专项整治安排表, blind55 dm_01; `产业科` / `市畜牧中心` / `市农技中心`,
    亳州市农业农村局's ledger, blind56 dn_02); the whole piece where a part is no unit (a name wrapped in its cell: `县农业农`
    / `村局`; a role word after a unit: `县农业农村局牵头`)."""
    edges = {k for u in named for k in (u.start, u.end)}
    cuts = [k for k in range(a + 1, b) if k in breaks or k in edges]
    if not cuts:
        return [(a, b)]
    lines = list(zip([a, *cuts], [*cuts, b]))
    whole = {(u.start, u.end) for u in named}
    if all((x, y) in whole or _is_unit_name(text[x:y]) for x, y in lines):
        return lines
    return [(a, b)]


def _requested_units(text: str, unit_list: list[Unit]) -> list[Unit]:
    """The list after a request's `请` (`请A、B做…`, org_request) with pieces the organisations extractor did not name,
    read by their shape as a tag's list is (`_shaped_units`): `请曹桥街道、林埭镇做好现场观摩…准备` (blind26 cj_02, two
    places named in full), `请玉环报社、县电视台、县广播电台派记者参加` (blind24 ch_04, the last unnamed). A piece before a
    joiner must be a unit's whole shape; the last one, run into its verb, is the shortest unit shape and only closes a
    list of two or more; collectives closed by their kind may open the list (`_after_collectives`). Returns the runs
    that gained a piece (each replaces the named runs inside it)."""
    by_start = {u.start: u for u in unit_list}
    joiners = _words()["list_joiners"]
    out = []
    g = _grammar()
    conjuncts = g["collective_conjuncts"]
    for m in _REQUEST_OPENING.finditer(text):
        p, names, shaped = m.end(), [], False
        levels = g["collective_levels"].match(text, p)
        shared = _places_sharing_head(text, levels.end(), by_start) if levels else None
        if shared:      # `请各省辖市、济源示范区、航空港区市场监督管理局…` (blind42 cz_02)
            out.append(Unit(m.end(), shared[1], shared[0]))
            continue
        closed = conjuncts.match(text, p)     # `请各教学单位、党办、校办…` (blind33 cq_04): the list after the collectives
        p = closed.end() if closed else p
        while True:
            named = by_start.get(p)
            piece = _PIECE.match(text, p) if named is None else None
            last = _last_piece(text, p) if named is None and names else None
            if named is not None:
                names += named.names
                q = named.end
            elif piece and text.startswith(joiners, piece.end()) and _is_unit_name(piece.group()):
                names.append((piece.group(), p))
                q, shaped = piece.end(), True
            elif piece and names and (close := _closed_by_kind(text, p, piece.end())):
                names.append((text[p:close], p))
                p, shaped = close, True
                break
            elif last and _is_unit_name(last):
                names.append((last, p))
                p, shaped = p + len(last), True
                break
            else:
                break
            joiner = next((j for j in joiners if text.startswith(j, q)), None)
            p = q + len(joiner) if joiner else q
            if joiner is None:
                break
        if shaped and len(names) > 1 and not text.endswith(joiners, 0, p) and not _qualified(text, p):
            out.append(Unit(m.end(), p, names))
    return out


def _places_sharing_head(text: str, p: int, by_start: dict) -> Optional[tuple[list, int]]:
    """The places named in full after a request's 各 over kinds of regions (collective_levels) and the unit that closes
    the list, whose head each place shares: `请各省辖市、济源示范区、航空港区市场监督管理局结合…` (blind42 cz_02) asks
    济源示范区市场监督管理局 and 航空港区市场监督管理局, `请各省、自治区、直辖市和新疆生产建设兵团市场监管局(厅、委),…`
    (blind6 bn_03) asks 新疆生产建设兵团市场监管局, the kinds being collectives. The names and where the list ends (past
    a bracket of the head's variants and the collectives after a comma that go on with it); None where no unit closes
    the list, or where its last piece opens with a kind (`请各省、自治区、县交通运输局…`)."""
    g, joiners = _grammar(), _words()["list_joiners"]
    places = []
    while (piece := _PIECE.match(text, p)) and g["place"].fullmatch(piece.group()) \
            and (joiner := next((j for j in joiners if text.startswith(j, piece.end())), None)):
        places.append((piece.group(), p))
        p = piece.end() + len(joiner)
    named = by_start.get(p)
    if named is not None and len(named.names) == 1:
        name, end = named.names[0][0], named.end
        place = g["last_place"].match(name)
        head = name[place.end():] if place else ""
    else:
        place = g["last_place"].match(text, p)
        unit = g["last_unit"].match(text, place.end()) if place else None
        if unit is None:
            return None
        name, head, end = text[p:unit.end()], unit.group(), unit.end()
    if (places and not head) or name.startswith(tuple(_rules()[1]["level_kinds"])):
        return None     # `请各省、自治区、县交通运输局…`: 各 distributes over the kinds, the last one's too
    variants = g["head_variants"].match(text, end)
    end = variants.end() if variants else end
    others = g["collectives_after"].match(text, end)
    return [(place + head, pos) for place, pos in places] + [(name, p)], others.end() if others else end


def _closed_by_kind(text: str, start: int, end: int) -> Optional[int]:
    """Where the last piece of a request's list ends: before the `等单位` that closes the list (kind_tail), when the
    piece is a unit's shape (`请苍南中学、…、灵溪镇蓝精灵幼儿园等单位做好发言准备`, blind28 cl_03)."""
    k = text.find("等", start, end)
    return k if k > start and _grammar()["kind_tail"].match(text, k) and _is_unit_name(text[start:k]) else None


def _referred_units(text: str, unit_list: list[Unit]) -> list[Unit]:
    """A request to the units named before it (`请以上责任单位加快工作节奏`, blind7 bq_02, after `由县民政局负责的第1件、
    县发改局负责的第4件…`; `请上述学校务必于…检具…`, blind27 ck_11, after `四、目前仍未办理核销的学校:新城国小、…`): the
    units named in its sentence before it, or where there are none, in the paragraph before. Each is given at the
    reference, as a run of its own."""
    out = []
    for m in _REFERRED_REQUEST.finditer(text):
        start = _sentence_start(text, m.start())
        named = [u for u in unit_list if start <= u.start and u.end <= m.start()]
        if not named and start > 0 and text[start - 1] == "\n":
            prev = text.rfind("\n", 0, start - 1) + 1
            named = [u for u in unit_list if prev <= u.start and u.end < start]
        names = list(dict.fromkeys(name for u in named for name, _pos in u.names))
        if names:
            out.append(Unit(m.start("ref"), m.end(), [(name, m.start("ref")) for name in names]))
    return out


# `请` opening a clause (org_request), and the joiners of its list; both patterns behind the gate `(?=请)`, which
# `compile_pattern` makes `re`'s start class: a pattern opening with `^` or a lookbehind is otherwise tried by `re`
# at every position of the text (the two scans of the 19 `parse-text` notices: 0.12 -> 0.013 ms a notice)
_REQUEST_OPENING_SOURCE = "(?:^|(?<=[" + re.escape(_OPEN_BEFORE) + "]))请"
_REQUEST_OPENING = compile_pattern("(?=请)" + _REQUEST_OPENING_SOURCE)
# `请上述学校` / `请以上责任单位`: a request to bodies named before, by a word of reference and their kind
_REFERRED_REQUEST = compile_pattern("(?=请)" + _REQUEST_OPENING_SOURCE
                                    + r"(?P<ref>(?:上述|以上)[\u4e00-\u9fff]{0,4}?(?:单位|部门|学校|机构))")


def _last_piece(text: str, p: int) -> Optional[str]:
    g = _grammar()
    found = [m.group() for m in (g[k].match(text, p) for k in ("last_unit", "last_place")) if m]
    return min(found, key=len) if found else None


def _in_tables(notice: Notice, unit_list: list[Unit]) -> list[Item]:
    """Each named unit of a row's unit columns; a verb after it in the cell (`A牵头，B配合`) decides its role."""
    g, text = _grammar(), notice.text
    items: list[Item] = []
    for _b, row, cols in table_rows(notice):
        duty = clean_duty(row[cols["task"]].text)
        if not duty:
            continue
        for key in ("lead", "part"):
            if key not in cols:
                continue
            cell = row[cols[key]]
            named = [u for u in unit_list if cell.start <= u.start < cell.end]
            for u in [*named, *_shaped_units(text, cell.start, cell.end, named, notice.doc.soft_breaks)]:
                role = "lead" if key == "lead" else "participant"
                end = _clause_end(text, u.end, cell.end)
                said = g["table_said"].search(text[u.end:end])
                if said and g["table_lead"].fullmatch(said.group()):
                    role = "lead"
                elif said and g["part_verb"].fullmatch(said.group()):
                    role = "participant"
                items += [Item(name, duty, role, "table_row", pos, row[-1].end, (row[cols["task"]].start,
                                row[cols["task"]].end), (row[0].start, row[-1].end)) for name, pos in u.names]
    return items


def find(notice: Notice) -> list[Item]:
    mentions = notice_mentions(notice)
    by_span = {(m.start, m.end): name for m, name in mentions}
    unit_list = units(notice, mentions)
    asked = _requested_units(notice.text, unit_list) + _referred_units(notice.text, unit_list) \
        + _labelled_units(notice.text, unit_list)
    if asked:
        unit_list = sorted([u for u in unit_list if not any(a.start <= u.start < a.end for a in asked)] + asked,
                           key=lambda u: u.start)
    tags = _tags(notice, unit_list, by_span)
    markers = item_markers(notice)
    starts = [t.start for t in tags]          # tags are in text order and do not overlap
    free = [u for u in unit_list if not ((k := bisect.bisect_right(starts, u.start)) and u.start < tags[k - 1].end)]
    listed, heads = _duty_lists(notice, markers, by_span)
    items = (_in_tables(notice, unit_list) + [it for it in _in_text(notice, free) if it.start not in heads]
             + _unit_tags(notice, tags, markers) + listed)
    seen, out = set(), []
    for it in sorted(items, key=lambda i: (i.start, i.rule)):
        if in_past_part(notice, it.start):
            continue        # a review of a past year (`2016年…工作总结`) states what was done
        block = notice.doc.block_at(it.start)
        key = (it.org, it.duty, it.role, block.start if block else None)   # repeated in another paragraph: kept
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def deadline_for(deadlines: tuple[list[int], list[Deadline]], notice: Notice, start: int, end: int):
    """The deadline that governs [start, end): the first one after it in its paragraph or table row,
    else the only one of its section. `deadlines`: (their starts, the deadlines) in text order, so that
    each question is two binary searches (a notice of thousands of tags asks it thousands of times)."""
    starts, dls = deadlines
    block = notice.doc.block_at(start)
    para_end = block.end if block and block.kind == "para" else end
    i = bisect.bisect_left(starts, start)
    if i < len(dls) and starts[i] < max(para_end, end):
        return dls[i]
    node = notice.section_at(start)
    if node is not None:
        lo, hi = bisect.bisect_left(starts, node.start), bisect.bisect_left(starts, node.end)
        if hi - lo == 1:
            return dls[lo]
    return None


def _listed_names(notice: Notice, found: Found) -> dict[str, str]:
    """Each mention's name -> the name the organisations list gives the body at that mention: one body written two ways
    is one organisation, in the fuller form the text uses (ANNOTATION.md), its duties too (`国办将加强跟踪督办` and
    `国务院办公厅` in blind21 ce_01, listed as 国务院办公厅)."""
    listed_at = {s.start: o.name for o in found.organizations for s in o.mentions}
    return {name: listed_at[m.start] for m, name in notice_mentions(notice)
            if listed_at.get(m.start, name) != name}


def _abbreviates(short: str, full: str, short_suffixes: dict) -> bool:
    """`short` is a short form of `full`: its characters run in order through it (subsequence), it opens within the
    full name's first word (院感办 / 医院感染管理办公室) and closes with its suffix or that suffix's short form
    (校办 / 校长办公室: `short_suffixes`); not a deputy's office (`deputy_added`: 政务司司长办公室 / 政务司副司长办公室)."""
    if len(full) <= len(short) or short[0] not in full[:2] or not is_subsequence(short, full) or deputy_added(short, full):
        return False
    return short[-1] == full[-1] or any(full.endswith(f) and short.endswith(a) for f, a in short_suffixes.items())


def _fuller_names(notice: Notice, names: set, shorts: set) -> dict[str, str]:
    """A unit's short form (of `shorts`) -> the one body of the notice it abbreviates: a listed organisation (`names`)
    or the signature's issuer (on a line of its own), or, for a level and a suffix alone (`市局`), the body a listed name opens with
    (`市农业农村局` of `市农业农村局乡村产业发展科`). The golds give the duty to the body in full (ANNOTATION.md: one body
    written two ways is listed in its fuller form): blind44 db_06 `院感办定于7月下旬…开展…` signed `医院感染管理办公室`,
    blind33 cq_04 `请…校办…安排一位主要领导参加` beside `报校长办公室`, blind37 cu_06 `市局将在各地申报的基础上…`. A known
    body (发展改革委) is no local one (市发展改革委)."""
    lx, kinds = _rules()[1], gazetteer().body_kind
    suffixes, levels = lx["short_suffixes"], lx["level_words"]
    lines = f"\n{notice.text}\n"
    issuers = {i for i in re.split(r"[、，,]", notice.meta.issuer or "") if i and f"\n{i}\n" in lines}
    bodies = names | issuers
    out = {}
    for short in shorts:
        if short in kinds:
            continue
        fuller = {b for b in bodies if _abbreviates(short, b, suffixes)}
        if len(short) == 2 and short[0] in levels:
            fuller |= {b[:i + 1] for b in bodies for i in range(2, len(b) - 1)
                       if b[0] == short[0] and b[i] == short[1]}
        if len(fuller) == 1:
            out[short] = fuller.pop()
    return out


def extract(notice: Notice, found: Found) -> list[Responsibility]:
    out, spans = [], {}

    def span(rng: Optional[tuple[int, int]]):
        """One Span per range: the units of one task share theirs."""
        if rng is not None and rng not in spans:
            spans[rng] = notice.doc.span(*rng)
        return spans.get(rng)

    governs: dict[tuple, Optional[Deadline]] = {}     # the units of one tag share their deadline
    listed = _listed_names(notice, found)
    items = find(notice)
    fuller = _fuller_names(notice, {o.name for o in found.organizations}, {listed.get(it.org, it.org) for it in items})
    dls = sorted((d for d in found.deadlines if d.span is not None), key=lambda d: d.span.start)
    deadlines = ([d.span.start for d in dls], dls)
    for it in items:
        key = it.task or (it.start, it.end)
        if key not in governs:
            governs[key] = deadline_for(deadlines, notice, it.start, it.end)
        dl = governs[key]
        org = listed.get(it.org, it.org)
        out.append(Responsibility(org=fuller.get(org, org), duty=it.duty, role=it.role, rule=it.rule,
                                  deadline=dl.date if dl else None, span=span((it.start, it.end)),
                                  duty_span=span(it.words), task_span=span(it.task)))
    return out


def run_snippet(text: str, **context) -> list[dict]:
    notice = snippet_notice(text, **context)
    lines = classify_lines(notice.doc)
    notice.parts[0].outline = split_outline(notice.doc, lines, 0, len(lines))
    return [{"rule": it.rule, "org": it.org, "duty": it.duty, "role": it.role} for it in find(notice)]
