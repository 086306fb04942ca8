"""People: named persons with the title or role the notice gives beside them.

A Chinese name has no delimiter of its own, so every rule needs a structural cue that bounds
it (see rules/people.yaml): a member-list line, where the source put a space between the
name and the title (`NoticeText.had_space_before`), or a role label alone before names
(`成员：张三、李四`, the role is then the title) or titles each ending with a name
(`组长：县政府副县长李明`); `联系人：`; an honorific or a bracketed title after the name;
`由…兼任/担任`, `X任组长`, `成员由…组成` with titles each ending with a name; a title before
the name with a speech verb after it; a 姓名 column. A candidate must start with a known surname and not be a listed common word,
except on a member-list line that follows an accepted one (`落 军 县人社局局长`).
"""
from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import groupby
from typing import Optional

from ..document import Block, Notice
from ..models import Person
from ..rules import Rule, load_rules, regex
from . import Found, data_lines, snippet_notice

_CJK_RUN = regex(r"[\u4e00-\u9fff]+")
# a word that opens a clause before a post: `由`, `请`, `的` (`会议由县委书记、县长李四主持`), and the formulas citing
# a leader's instruction, 根据, 按照, 依据 (`根据市爱卫会主任、市政府副市长黄敏批示`, blind29 cm_01)
_CLAUSE_WORD = regex(r"(?<!自)由|[请的]|根据|按照|依据")      # (not 自由: `自由贸易试验区管委会主任`)
_RUN_END = regex(r"[\u4e00-\u9fff]+$")
_TRIM = " ，,；;。：:、"


def _lex() -> dict:
    return load_rules("people").lexicon


def looks_like_name(name: str) -> bool:
    """2-3 characters after a known surname (3-4 after a compound one), and not a common word."""
    lex = _lex()
    if not name or name in lex["not_names"] or not _CJK_RUN.fullmatch(name):
        return False
    if name[:2] in lex["compound_surnames"]:
        return 3 <= len(name) <= 4
    return name[0] in lex["surnames"] and 2 <= len(name) <= 3


def married_name(name: str) -> bool:
    """A Hong Kong married woman's name: her husband's surname before her own, then her given name, four characters
    (`公务员事务局局长杨何蓓茵表示`, 香港政府新闻网, blind23 cg_10; `行政长官林郑月娥表示`, 香港电台 2021-12-14). Read only
    where a rule bounds the name on both sides (a post before it, a verb after: `married` in rules/people.yaml)."""
    lex = _lex()
    return len(name) == 4 and _CJK_RUN.fullmatch(name) is not None and name not in lex["not_names"] \
        and name[0] in lex["surnames"] and name[1] in lex["surnames"] and name[:2] not in lex["compound_surnames"]


def is_title(title: str) -> bool:
    """Whether a phrase ends with a title word, before the branch in brackets it may name (`助理署长(技术服务)`)."""
    post = _post_branch().sub("", title) if title else title
    return bool(post) and post.endswith(_title_ends())


@functools.cache
def _post_branch() -> re.Pattern:
    """The branch a Hong Kong post heads, in brackets after it, at a phrase's end (rules/people.yaml POST_BRANCH)."""
    return regex(load_rules("people").vars["POST_BRANCH"] + "$")


@functools.cache
def _title_ends() -> tuple:
    return tuple(_lex()["title_ends"])


@functools.cache
def _office_ends() -> frozenset:
    return frozenset(_lex()["office_ends"])


def source_lines(notice: Notice) -> list[tuple[int, int]]:
    """[start, end) of each source line in the body: blocks split at newlines and where
    normalisation joined two raw lines (the origin block changes). Kept in the notice's memo: member lines and flat
    columns both read them (the joins are found once: `_joins`)."""
    key = ("people.source_lines", tuple(notice.body))
    if key not in notice.memo:
        notice.memo[key] = list(_source_lines(notice))
    return notice.memo[key]


def _source_lines(notice: Notice) -> Iterator[tuple[int, int]]:
    text = notice.text
    joins = _joins(notice.doc.origin_block)
    for start, end in notice.body:
        line_start = start
        cuts = sorted({m.start() for m in _NEWLINE.finditer(text, start, end)}
                      | set(joins[bisect_right(joins, start):bisect_left(joins, end)]))
        for i in cuts:
            newline = text[i] == "\n"
            if newline or i > line_start:
                if i > line_start:
                    yield line_start, i
                line_start = i + 1 if newline else i
        if end > line_start:
            yield line_start, end


_NEWLINE = regex("\n")
_SEPARATOR = b"\xff" * 4     # -1 (a separator's origin, `_assemble`) as the 4 bytes of an array("i") item, either byte order


def _joins(origin: array) -> list[int]:
    """The offsets where normalisation joined two raw blocks: a character whose origin block is another than the one
    before it, both real blocks (not -1, the separator the assembly put between blocks, cells and rows). The array is
    cut at its separators in C (`bytes.split` on its bytes), and only a piece whose items are not all one block's (its
    bytes shifted by one item differ from it) is walked run by run; the walk of every character through `groupby`
    (~230 instructions a character, 11.9 M a round of the 19 parse-text notices: 959 pieces, 9 of them joined) was the
    cost of `source_lines`. A separator's bytes found off an item's bounds (an origin of 2**24 or more) or items of
    another size: the whole array walked, as before."""
    if origin.itemsize != 4:
        return _joins_in(origin, 0, len(origin))
    pieces = origin.tobytes().split(_SEPARATOR)
    mixed = [k for k, piece in enumerate(pieces) if len(piece) & 3 or piece[4:] != piece[:-4]]
    joins, lo, done = [], 0, 0
    for k in mixed:
        if len(pieces[k]) & 3:
            return _joins_in(origin, 0, len(origin))
        lo += sum(map(len, pieces[done:k])) // 4 + k - done        # (each piece before k and its separator)
        done = k
        joins += _joins_in(origin, lo, lo + len(pieces[k]) // 4)
    return joins


def _joins_in(origin: array, lo: int, hi: int) -> list[int]:
    """The joins of origin[lo:hi] (as `_joins`), walked run by run; a join is never at lo (a separator or the text's
    start stands before it)."""
    joins, pos, previous = [], lo, -1
    for block, run in groupby(origin[lo:hi]):   # runs of one origin: a Python step per run
        if pos > lo and block >= 0 and previous >= 0:
            joins.append(pos)
        pos += len(list(run))
        previous = block
    return joins


def _name_end(notice: Notice, start: int, end: int) -> Optional[int]:
    """Where a name starting at `start` ends on a member-list line: the first removed space
    after at least two characters (`赵 栋 县委…`: the space inside the name is skipped)."""
    soft = notice.doc.soft_breaks       # (`had_space_before`, read once a call)
    for i in range(start + 2, min(end, start + 5)):
        if i in soft:
            return i
    return None


def _split_name(notice: Notice, start: int, end: int) -> Optional[tuple[int, bool]]:
    """Where the name starting at `start` ends on a member-list line, and whether a removed
    space showed it. Without a space the name has three characters unless its third one
    usually starts a title (`赵栋县委常委` -> `赵栋`, `王建平县政府副县长` -> `王建平`)."""
    cut = _name_end(notice, start, end)
    if cut is not None:
        return cut, True
    if end - start < 4:
        return None
    n = 2 if notice.text[start + 2] in _lex()["title_starts"] else 3
    return start + n, False


def _member_line(notice: Notice, rule: Rule, start: int, end: int, after_member: bool) -> list[Person]:
    text = notice.text
    m = rule.pattern.match(text[start:end])
    at = start + m.end()
    while at < end and text[at] in _TRIM:
        at += 1
    listed = bool(m.group("role")) or after_member
    noted = _noted_member(notice, at, end)
    if noted:
        return noted
    if not listed and _name_end(notice, at, end) is None:
        return []       # (most lines: no role, no member before, no removed space to end a name)
    if m.group("role"):
        named = _bare_names(notice, m.group("role"), at, end)
        if named:
            return named
    split = _split_name(notice, at, end)
    if split is not None:
        cut, spaced = split
        name, title = text[at:cut], text[cut:end].strip(_TRIM + "（）()")
        if (_CJK_RUN.fullmatch(name) and is_title(title) and len(title) <= 40 and _brackets_closed(title)
                and (looks_like_name(name) and (spaced or listed) or spaced and listed)):
            return [Person(name=name, title=title, span=notice.doc.span(at, end))]
    return _title_first(notice, at, end, listed)


def _brackets_closed(title: str) -> bool:
    """Whether every bracket in a member's post closes inside it (`中国地质大学(武汉)经济管理学院教授`, blind15 by_04);
    the rest of a line `张伟（县农业农村局局长）、李强（县财政局局长）` after the first name is the next members', no post
    (each is name_paren's)."""
    depth = 0
    for c in title:
        depth += (c in "（(") - (c in "）)")
        if depth < 0:
            return False
    return depth == 0


@functools.cache
def _member_note() -> re.Pattern:
    return regex(r"([\u4e00-\u9fff]{2,4})" + _lex()["member_note"])


def _noted_member(notice: Notice, start: int, end: int) -> list[Person]:
    """`王贤荣(女)        南京林业大学…教授`: a name, a note on the member (sex, nationality), a removed space, the post."""
    text = notice.text
    m = _member_note().match(text, start, end)
    if not m or not notice.doc.had_space_before(m.end()) or not looks_like_name(m.group(1)):
        return []
    title = text[m.end():end].strip(_TRIM)
    if not (is_title(title) and len(title) <= 40):
        return []
    return [Person(name=m.group(1), title=title, span=notice.doc.span(start, end))]


_NOTE = regex(r"[（(]([^（）()]{0,30})[)）]")     # a note in brackets after a name (`李四（兼）`)


def _bare_names(notice: Notice, role: str, start: int, end: int, joined_by: str = "") -> list[Person]:
    """`组长：张三` or `成员：张三、李四（兼）`, `牵头负责领导:刘惠。`: names alone after a role, which is their
    title (a bracket holding a job title is left to the name_paren rule); `joined_by`: words that also part them (或)."""
    text = notice.text
    if any(is_title(m.group(1)) for m in _NOTE.finditer(text, start, end)):
        return []
    rest = _NOTE.sub(lambda m: " " * len(m.group()), text[start:end])
    pieces = [(start + m.start(), start + m.end()) for m in regex(r"[^、，,。\s%s]+" % joined_by).finditer(rest)]
    if not pieces or not all(looks_like_name(text[a:b]) for a, b in pieces):
        return []
    return [Person(name=text[a:b], title=role, span=notice.doc.span(a, b)) for a, b in pieces]


def _names_not_places(named: list[Person]) -> bool:
    """Whether a run of pieces that each pass the name test reads as names, not as places or bodies that open with a
    surname (`宁波、温州、金华`, `高新区、农高区`): no piece ends as a place or a body does, most have three characters."""
    ends = tuple(_lex()["place_or_body_ends"])
    return (not any(p.name.endswith(ends) for p in named)
            and 2 * sum(len(p.name) >= 3 for p in named) > len(named))


def _title_first(notice: Notice, start: int, end: int, listed: bool) -> list[Person]:
    """`组长：县政府副县长 张伟`, `成员：县农业农村局局长王强、县财政局局长赵刚`: titles, each
    followed by its name, on a role line."""
    return title_name_list(notice, start, end) if listed else []


def _segments(notice: Notice, rule: Rule) -> Iterator[tuple[int, int]]:
    """Source lines, split further at `；` and before a role label (`… 副组长：李四 副县长`). A line holding none of
    the rule's `segment_marks` (what every cut stands after or before) is not split: the splitter, which opens with
    a lookaround, is tried by `re` at every position."""
    splitter = regex(rule.get("segment_split"))
    marks = rule.get("segment_marks")
    text = notice.text
    for start, end in source_lines(notice):
        line = text[start:end]
        if not any(mark in line for mark in marks):
            yield start, end
            continue
        cuts = [start] + [start + m.start() for m in splitter.finditer(line) if m.start() > 0] + [end]
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                yield a, b


def _members(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    out, previous = [], False
    for start, end in _segments(notice, rule):
        persons = _member_line(notice, rule, start, end, previous)
        previous = bool(persons)
        out += [(p, rule.name) for p in persons]
    return out


def _member_runs(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    """Members after a role label, one item after another (`rule.item`): a new role label switches the
    role; a name with a bracket that holds a post takes the post as title, else the role (none for a role
    the rule lists as `untitled`: a meeting's `出席`). A run stops at the first piece that is not a role
    label or a name, unless the rule says `keep_on` (a roll whose every piece is bounded by `、`)."""
    item, text, out = load_rules("people").compile(rule.get("item")), notice.text, []
    untitled = rule.get("untitled", [])
    for start, end in _ranges(notice, rule):
        pos = start
        for label in rule.finditer(text, start, end):
            if label.start() < pos:
                continue
            role, pos = label.group("role"), label.end()
            while (m := item.match(text, pos, end)) and m.end() > pos:
                if m.groupdict().get("role"):
                    role = m.group("role")
                elif looks_like_name(m.group("name")) or m.groupdict().get("latin"):    # (a name the item reads in Latin letters)
                    note = m.groupdict().get("note")     # (an item with no note: a name and a score)
                    title = note if note and is_title(note) else None if role in untitled else role
                    out.append((Person(name=m.group("name"), title=title,
                                       span=notice.doc.span(m.start("name"), m.end("name"))), rule.name))
                elif not rule.get("keep_on"):
                    break
                pos = m.end()
    return out


def _minutes_roll(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    """A meeting record's attendance roll, a line to a person under each heading (`出席委员:`): a member by name and
    the courtesy post after it (`刘汉铨议员(主席)`: rule.member, its `title` the person's), an official by post on one
    line and name with 先生/女士/小姐 on the next (`副工商司` / `郑陆山先生`: rule.official, the post line the title).
    A four-character married name is read too (`周梁淑怡议员`, `李郑多娜女士`). The roll ends at the first line that is
    neither (the next heading starts its own)."""
    text, out = notice.text, []
    lp = load_rules("people")
    items = [lp.compile(rule.get("member")), lp.compile(rule.get("official"))]
    for start, end in _ranges(notice, rule):
        pos = start
        for label in rule.finditer(text, start, end):
            if label.start() < pos:
                continue
            pos = label.end()
            while m := next((m for it in items if (m := it.match(text, pos, end)) and m.end() > pos), None):
                name = m.group("name")
                if not (looks_like_name(name) or married_name(name)):
                    break
                out.append((Person(name=name, title=m.group("title"),
                                   span=notice.doc.span(m.start("name"), m.end("name"))), rule.name))
                pos = m.end()
    return out


def _spaced_members(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    """Members run together on one line between removed spaces (member_spaced): after a role label and a removed space,
    a name (its one-character pieces joined, `汪 铭`), a removed space and its post, one member after another; a piece
    that ends in a role label switches the role; the run ends at the first piece that is neither."""
    text, out, soft = notice.text, [], sorted(notice.doc.soft_breaks)
    for start, end in notice.body:
        pos = start
        for label in soft[bisect_left(soft, start):bisect_left(soft, end)]:     # (a label ends where a space was removed:
            if label < pos or not _ends_in_role(text, rule, max(start, label - _ROLE_CHARS), label):   # few places)
                continue
            pos = label
            while pos < end and notice.doc.had_space_before(pos):
                piece = next((i for i in range(pos + 1, end + 1) if i == end or text[i] == "\n"
                              or notice.doc.had_space_before(i)), end)
                if _ends_in_role(text, rule, pos, piece):
                    pos = piece
                    continue
                cut = _name_end(notice, pos, end)
                if cut is None or not looks_like_name(text[pos:cut]):
                    break
                post = next((i for i in range(cut + 1, end + 1) if i == end or text[i] == "\n"
                             or notice.doc.had_space_before(i)), end)
                title = text[cut:post]
                if not (is_title(title) and len(title) <= 40):
                    break
                out.append((Person(name=text[pos:cut], title=title, span=notice.doc.span(pos, cut)), rule.name))
                pos = post
    return out


_ROLE_CHARS = 8     # the longest role label member_spaced reads before a removed space (`常务副组长`, `第二组组长`)


def _ends_in_role(text: str, rule: Rule, lo: int, hi: int) -> bool:
    """text[lo:hi] ends in one of the rule's role labels."""
    return any(m.end() == hi for m in rule.pattern.finditer(text, lo, hi))


def _ranges(notice: Notice, rule: Rule) -> list[tuple[int, int]]:
    """Where a rule reads: the body, or the whole text for a rule of `scope: text` (a signature, a meeting's roll)."""
    return [(0, len(notice.text))] if rule.get("scope") == "text" else notice.body


def _pattern_people(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    """People from a rule whose pattern captures `name` (and `title`, else the rule's `title`)."""
    out = []
    groups = rule.pattern.groupindex
    for start, end in _ranges(notice, rule):
        for m in rule.finditer(notice.text, start, end):
            if rule.get("bound") == "title_name":
                out += [(p, rule.name) for p in _clause_list(notice, m.start("name"), m.end("name"))]
                continue
            if rule.get("bound") == "listed":     # `林晓勤、刘轶、蒲发友`: every piece a name, the rule's title each
                title = rule.get("title") or ("title" in groups and m.group("title")) or None
                out += [(p, rule.name) for p in _bare_names(notice, title, m.start("name"), m.end("name"),
                                                           rule.get("joined_by", ""))]
                continue
            if rule.get("bound") == "name_run":     # `:周巍、祁海龙、吕桂华`: names alone, no post
                named = _bare_names(notice, None, m.start("name"), m.end("name"))
                out += [(p, rule.name) for p in named if _names_not_places(named)]
                continue
            if rule.get("bound") == "org_title":     # `校党委李萍副书记通报`: the body and the post are the title
                # (a body's short name is no name: `区委书记作…`, `文明办主任作…`, `社会文化司司长主持`)
                if looks_like_name(m.group("name")) and m.group("name")[-1] not in _lex()["short_body_ends"]:
                    out.append((Person(name=m.group("name"), title=(m.group("org") or "") + m.group("title"),
                                       span=notice.doc.span(m.start("name"), m.end("name"))), rule.name))
                continue
            if rule.get("bound") == "as_written":     # `1.º 林素華 8.37`, `…輔導員 Arlene Lau`: Chinese or Latin, the
                title = m.group("title") if "title" in groups else None      # pattern's post if it has one
                if (m.group("latin") or looks_like_name(m.group("name"))) and (title is None or is_title(title)):
                    out.append((Person(name=m.group("name"), title=title,
                                       span=notice.doc.span(m.start("name"), m.end("name"))), rule.name))
                continue
            if "sur" in groups:
                out += [(p, rule.name) for p in _name_around_title(notice, m)]
                continue
            if rule.get("bound") == "recurring":     # `乡长何礼台稳健…` / `乡长何礼台关心…`: the name the notice writes again
                name = _recurring_name(notice.text, m.start("name"), rule.get("sides") == "both")
                if name:    # (the last of posts joined by 、 is written whole, from the 、, the others joined to it:
                    # `邀请领导:市委常委、统战部长、市知联会名誉会长杨晓渡;`, blind28 cl_02, where the pattern reads 会长)
                    title = _tail_title(m.group("title"))
                    listed = notice.text.rfind("、", max(0, m.start("name") - 12), m.start("name"))
                    written = _tail_title(notice.text[listed + 1:m.start("name")]) if listed >= 0 else None
                    title = written if written and title and written.endswith(title) else title
                    title = title and _joined_posts(notice.text, m.start("name") - len(title), title)
                    out.append((Person(name=name, title=title,
                                       span=notice.doc.span(m.start("name"), m.start("name") + len(name))), rule.name))
                continue
            if "acting" in groups and m.group("acting"):
                name, span = m.group("acting"), (m.start("acting"), m.end("acting"))
                if looks_like_name(name):
                    out.append((Person(name=name, title="代行", span=notice.doc.span(*span)), rule.name))
                continue
            if rule.get("bound") == "before_place":     # `记者郝雪卿台中18日电`: the name, then a division to the end
                span = _name_before_place(notice.text, m.start("name"), m.end("name"))
                if span is not None:
                    out.append((Person(name=notice.text[span[0]:span[1]], title=m.group("title"),
                                       span=notice.doc.span(*span)), rule.name))
                continue
            if rule.get("bound") == "every_piece":     # `联系人:杨艳芳 李 岩`: each name between removed spaces
                title = rule.get("title") or m.group("title")
                out += [(Person(name=notice.text[a:b], title=title, span=notice.doc.span(a, b)), rule.name)
                        for a, b in name_pieces(notice, *_before_stop(notice, m.start("name"), m.end("name")))]
                continue
            span = name_span(notice, m.start("name"), m.end("name"), rule.get("bound", "whole"))
            if span is None and rule.get("married") and married_name(m.group("name")):
                span = (m.start("name"), m.end("name"))
            # (the post the pattern read beside the name, where it has one, else the rule's: `…科何国旭候用校长,电话`)
            if rule.get("title_from") == "before_name" and span is not None:
                # (`…与社会工作主任李伟鹏先生`: the post right before the name, else none)
                out.append((Person(name=notice.text[span[0]:span[1]],
                                   title=_tail_title(notice.text[m.start("name"):span[0]]),
                                   span=notice.doc.span(*span)), rule.name))
                continue
            title = (m.group("title") if "title" in groups else None) or rule.get("title")
            if rule.get("title_from") == "tail":
                title = _tail_title(title)
                title = title and _joined_posts(notice.text, m.end("title") - len(title), title)
            if span is None or not (rule.get("title") or is_title(title)):
                continue
            out.append((Person(name=notice.text[span[0]:span[1]], title=title, span=notice.doc.span(*span)),
                        rule.name))
    return out


def _name_before_place(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The span of the name that text[start:end] opens where a division of the gazetteer fills the rest (`郝雪卿台中`,
    `张祈花莲县`), the shortest such name; None where no split gives a name and a division."""
    # (imported when called: organizations reads names with looks_like_name)
    from .organizations import gazetteer
    places = gazetteer().places
    for k in range(start + 2, min(start + 5, end - 1)):
        if places.at(text, k, end) == end - k and looks_like_name(text[start:k]):
            return start, k
    return None


def _name_around_title(notice: Notice, m: re.Match) -> list[Person]:
    """`陈政务委员添枝`: the surname, the post, the given name; the person is 陈添枝 (the office before the surname,
    `环境保护局陈局长世伟`, is the post's)."""
    name = m.group("sur") + m.group("given")
    if not looks_like_name(name):
        return []
    title = (m.groupdict().get("org") or "") + m.group("title")
    return [Person(name=name, title=title, span=notice.doc.span(m.start("sur"), m.end("given")))]


def _recurring_name(text: str, start: int, both: bool = False) -> Optional[str]:
    """The name of three, else two characters at text[start:] that the text writes at least twice, followed by different
    characters (`乡长何礼台稳健…`, `乡长何礼台关心…`: 何礼台, not 何礼, always before 台): where its words part, the name ends;
    `both`: preceded by different characters too (a name before its post, `监察院林文程委员` and `关键字:…、林文程、浦忠成`,
    whose start no post bounds). Not a clause-opening word (`安排`), nor a piece that ends as a place or a body does
    (`市长宁区`, `专员公署`), nor one holding 副 (`常务副省长`)."""
    ends = _body_ends()
    for n in (3, 2):
        name = text[start:start + n]
        if len(name) < n or not looks_like_name(name) or name[-1] in ends or "副" in name or name in _openers():
            continue
        before, after, i = set(), set(), text.find(name)
        while i >= 0:
            before.add(text[i - 1:i])
            after.add(text[i + n:i + n + 1])
            i = text.find(name, i + 1)
        if len(after) >= 2 and (not both or len(before) >= 2):
            return name
        if both:        # (the name before the post is the whole match's: no shorter one)
            return None
    return None


@functools.cache
def _body_ends() -> frozenset:
    lex = _lex()
    return frozenset(lex["place_or_body_ends"]) | frozenset(lex["office_ends"]) | frozenset(lex["short_body_ends"])


@functools.cache
def _openers() -> frozenset:
    return frozenset(data_lines("clause_openers.txt"))


def _before_stop(notice: Notice, start: int, end: int) -> tuple[int, int]:
    """text[start:end] cut at the first word that ends names (`电话`)."""
    text = notice.text
    return start, min((i for w in _lex()["name_stops"] if (i := text.find(w, start, end)) >= 0), default=end)


def name_span(notice: Notice, start: int, end: int, bound: str = "whole") -> Optional[tuple[int, int]]:
    """The name inside text[start:end], cut first at a word that ends names (`电话`).
    bound `whole`: all of it (up to a removed space after two characters); `end`: the
    longest ending that looks like a name (`落实习近平` -> `习近平`); `pieces`: the first
    piece between removed spaces that looks like a name (`监管处 王小明`, `李 静`)."""
    text = notice.text
    start, end = _before_stop(notice, start, end)
    if bound == "end":      # (not reaching back into an office: `…區公所陳小姐` is no `公所陳`)
        return next(((i, end) for i in range(max(start, end - 4), end - 1)
                     if looks_like_name(text[i:end]) and not (end - i == 3 and text[i + 1] in _office_ends())), None)
    if bound == "pieces":
        return next(iter(name_pieces(notice, start, end)), None)
    cut = _name_end(notice, start, end + 1)
    end = min(end, cut) if cut is not None else end
    return (start, end) if looks_like_name(text[start:end]) else None


def name_pieces(notice: Notice, start: int, end: int) -> list[tuple[int, int]]:
    """The names among the pieces of text[start:end] between removed spaces (`监管处 王小明`, `李 静`: one-character
    pieces make one name): the first piece that looks like a name, and each next one while they all do
    (`联系人:杨艳芳 李 岩`, `谢日光 刘汉森`: two contacts named on one line)."""
    text = notice.text
    cuts = [start] + [i for i in range(start + 1, end) if notice.doc.had_space_before(i)] + [end]
    pieces, k, names = list(zip(cuts, cuts[1:])), 0, []
    while k < len(pieces):
        a, b = pieces[k]
        run = k     # a name spaced letter by letter, the line's every character apart (`王 传 坤`, blind50 dh_06's PDF)
        while run + 1 < len(pieces) and pieces[run][1] - pieces[run][0] == 1 and pieces[run + 1][1] - pieces[run + 1][0] == 1:
            run += 1
        if run - k >= 2 and looks_like_name(text[a:pieces[run][1]]):
            b, k = pieces[run][1], run
        while b - a == 1 and k + 1 < len(pieces) and pieces[k + 1][1] - pieces[k + 1][0] == 1:
            b = pieces[k + 1][1]  # `李 静`: one-character pieces make one name
            k += 1
        if looks_like_name(text[a:b]):
            names.append((a, b))
        elif names:
            break
        k += 1
    return names


def _split_title_name(text: str, start: int, end: int) -> Optional[tuple[str, int]]:
    """`县委副书记、县长张三` -> (`县委副书记、县长`, offset of 张三): the name is the longest
    ending (2-3 characters, 4 with a compound surname) after which the rest is a title; else a married name of four (the
    list's piece bounds it: `政务司司长林瑞麟夫人林叶慕菲`, blind80 el_09; `全国政协副主席梁振英夫人梁唐青仪`, 香港商报 2023-03-18)."""
    for n, name_like in ((4, looks_like_name), (3, looks_like_name), (2, looks_like_name), (4, married_name)):
        title = text[start:end - n]
        if name_like(text[end - n:end]) and is_title(title) and not addressed(title):
            return title, end - n       # (a surname with a form of address, `吴局长宗荣`, is title_around_name's)
    return None


_LIST_PIECE = regex(r"[^、，,]+")


@functools.cache
def _piece_note() -> re.Pattern:
    """`（兼）`, `同志` after a name, or the name in Latin script (LATIN_NAME: `文德思(Luís Filipe de Castro Mendes)`)."""
    return regex(r"[（(][^（）()]{0,10}[)）]|同志$|" + _latin_name().pattern)


_PAIR_JOINS = "及和"


def _joined_pair(notice: Notice, a: int, b: int) -> Optional[list[Person]]:
    """`副局长麦恒珍及资料暨资讯系统厅厅长黎嘉骏`: the last piece of a list joined by 及 (or 和) where each side is a post with
    its name (blind68 dz_11, DSEC's 2021 人口普查 news, `由局長楊名就、副局長麥恆珍及資料暨資訊系統廳廳長黎嘉駿介紹`); a 及
    inside a post (`教育及青年发展局局长龚志明`) leaves a side that is no post with a name, and the piece whole."""
    text = notice.text
    for k in range(a + 3, b - 3):
        if text[k] not in _PAIR_JOINS:
            continue
        left, right = _split_title_name(text, a, k), _split_title_name(text, k + 1, b)
        if left is not None and right is not None:
            return [Person(name=text[left[1]:k], title=left[0], span=notice.doc.span(left[1], k)),
                    Person(name=text[right[1]:b], title=right[0], span=notice.doc.span(right[1], b))]
    return None


def _listed_field(text: str, a: int, b: int, end: int) -> bool:
    """text[a:b] is the first of a body's fields listed `A、B及C` inside its name, the next piece closing the list with 及
    or 和 before the body's post and a name (`葡萄牙書籍、檔案館及圖書館總局局長拉薩爾達`, blind82 en_10): plain characters
    after a `、`, none a post's."""
    nxt = _LIST_PIECE.match(text, b + 1, end) if text[b:b + 1] == "、" else None
    return (text[a - 1:a] == "、" and 2 <= b - a <= 8 and all("\u4e00" <= c <= "\u9fff" for c in text[a:b])
            and nxt is not None and any(j in nxt.group() for j in _PAIR_JOINS)
            and _piece_split(text, nxt.start(), nxt.group()) is not None)


def _transliterated(text: str, a: int, b: int, piece: str) -> Optional[tuple[str, int]]:
    """A foreign name transliterated after a post, its own script in brackets after it, as `_split_title_name` reads a
    Chinese one but of any characters (`…總局局長拉薩爾達(Silvestre Lacerda)`, blind82 en_10; LATIN_NAME)."""
    if not _latin_name().search(piece):
        return None
    for n in (2, 3, 4, 5):
        title = text[a:b - n]
        if is_title(title) and not addressed(title):
            return title, b - n
    return None


def _piece_split(text: str, a: int, piece: str) -> Optional[tuple[str, int]]:
    """A list's piece at `a` as a post and the name after it, its notes dropped (`_piece_note`)."""
    b = a + len(_piece_note().sub("", piece).rstrip(_TRIM))
    return _split_title_name(text, a, b) or _transliterated(text, a, b, piece)


@functools.cache
def _latin_name() -> re.Pattern:
    return regex("(?:" + load_rules("people").vars["LATIN_NAME"] + ")$")


def title_name_list(notice: Notice, start: int, end: int) -> list[Person]:
    """`县委常委、县政府副县长李明，县农业农村局局长王强`: a list of titles each followed by a
    name, split at `、，,`. A piece with a title but no name (`县委常委`) begins the title of
    the next name; a name alone after `、` shares the post of the name before it. Every piece must be a title, with or
    without its name, or such a name, and the list must end with a name; otherwise it names nobody."""
    text, out, title_start = notice.text, [], None
    for m in _LIST_PIECE.finditer(text[start:end]):
        a = start + m.start()
        b = a + len(_piece_note().sub("", m.group()).rstrip(_TRIM))
        pair = _joined_pair(notice, a, b) if title_start is None else None
        if pair is not None:
            out += pair
            continue
        split = _piece_split(text, a, m.group())
        if split is not None:
            at = split[1]
            title = text[a if title_start is None else title_start:at]
            out.append(Person(name=text[at:b], title=title, span=notice.doc.span(at, b)))
            title_start = None
        elif is_title(text[a:b]) or _listed_field(text, a, b, end):
            title_start = a if title_start is None else title_start
        elif (out and title_start is None and text[a - 1] == "、" and looks_like_name(text[a:b])
              and not any(c in out[-1].title for c in "，,")):
            # a name alone after `、` shares the post of the name before it, one piece's post (`县委常委李春旺、王炜、盛慧琴
            # 出席会议`; not `镇长杨骏任副组长,组员许德群、陶宏壮…组成`, where the 、 list is made_up_of's members)
            out.append(Person(name=text[a:b], title=out[-1].title, span=notice.doc.span(a, b)))
        else:
            return []
    return out if title_start is None else []


def _clause_list(notice: Notice, start: int, end: int) -> list[Person]:
    """title_name_list of text[start:end], else of what follows its first `，` that opens a list, then its second…: a
    clause before the list (`经研究,县长张三担任组长`) is no part of it, and a list of posts parted by commas
    (`副主任由中央网信办副主任盛荣华,最高人民法院副院长杨万明,…兼任`) is read whole."""
    text = notice.text
    for cut in [start] + [i + 1 for i in range(start, end) if text[i] in "，,"]:
        persons = title_name_list(notice, cut, end)
        if persons:
            return persons
    return []


def _tail_title(text: str) -> Optional[str]:
    """The post at the end of a phrase (`…，办公室主任` -> `办公室主任`, `出席的县委书记` -> `县委书记`, `会议由副县长` ->
    `副县长`), if it ends with a title word; with the branch it heads in brackets after it (`运输署助理署长(技术服务)`,
    POST_BRANCH)."""
    branch = _post_branch().search(text or "")
    if branch:
        post = _tail_title(text[:branch.start()])
        return post and post + branch.group(0)
    tail = _CJK_RUN.findall(text or "")
    tail = _CLAUSE_WORD.split(tail[-1])[-1] if tail else ""     # (`会议由副县长周八主持`: 副县长)
    tail = _SELF.sub("", tail)      # (`请联络本局课程发展主任陈大文先生`: 本局 names no body)
    return tail if is_title(tail) else None


# the office a notice names as itself before a post (`本局`, `本署`, `我局`): no body, no part of the title
_SELF = regex(r"^[本我][局署处部会府校院厅委办](?=[\u4e00-\u9fff]{2})")


def _joined_posts(text: str, start: int, post: str) -> str:
    """The post at text[start:] with the posts joined to it by `、` before it: one person's posts, as the guide writes
    them (`县委常委、县政府副县长`; `区委书记、区长卞百平致欢迎辞`, `市委常委、统战部长、市知联会名誉会长杨晓渡`, blind28 cl_02;
    `由省委副书记、省长李小鹏牵头`, blind6 bn_10). A piece that is no post ends them (`县长张三、副县长李四`); a word that
    opens a clause (`会议由县委书记、县长李四主持`) cuts the piece after it."""
    posts = [post]
    while start > 0 and text[start - 1] == "、":
        run = _RUN_END.search(text[max(0, start - 25):start - 1])
        piece = _CLAUSE_WORD.split(run.group())[-1] if run else ""
        if not is_title(piece):
            break
        posts.insert(0, piece)
        if len(piece) < len(run.group()):
            break
        start -= 1 + len(piece)
    return "、".join(posts)


def _table_people(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    out = []
    for block in notice.body_blocks():
        if block.kind != "table" or not block.rows:
            continue
        out += [(p, rule.name) for p in _rows_people(notice, block, rule)]
    return out


def _post_head(cell: str) -> bool:
    """Whether a table's header cell heads a column of posts (`职务`, `单位及职务`)."""
    return any(w in cell for w in _lex()["post_heads"])


def _rows_people(notice: Notice, block: Block, rule: Rule) -> Iterator[Person]:
    name_col = title_col = None
    for row in block.rows:
        cells = [c.text.replace(" ", "") for c in row]
        if name_col is None:
            name_col = next((i for i, c in enumerate(cells) if rule.pattern.match(c)), None)
            title_col = next((i for i, c in enumerate(cells) if _post_head(c)), None)
            if title_col is None:
                name_col = None
            continue
        if max(name_col, title_col) >= len(row):
            continue
        name, title = cells[name_col], cells[title_col]
        if looks_like_name(name) or (name and _CJK_RUN.fullmatch(name) and 2 <= len(name) <= 4 and title):
            cell = row[name_col]
            yield Person(name=name, title=title or None, span=notice.doc.span(cell.start, cell.end))


def _leader_column(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    """A task table's leader column (`分管领导`): each cell's names, the column's head as their title; two
    two-character names run together in one cell (`陆 明俞 悦`) are two names."""
    out = []
    for block in notice.body_blocks():
        if block.kind != "table" or not block.rows:
            continue
        col = head = None
        for row in block.rows:
            cells = [c.text.replace(" ", "") for c in row]
            if col is None:
                col = next((i for i, c in enumerate(cells) if rule.pattern.match(c)), None)
                head = cells[col] if col is not None else None
                continue
            if col >= len(row):
                continue
            cell = row[col]
            for piece in re.split(r"[、，,；;/\s]+", cells[col]):
                if looks_like_name(piece) and not is_title(piece):
                    names = [piece]
                elif len(piece) == 4 and looks_like_name(piece[:2]) and looks_like_name(piece[2:]):
                    names = [piece[:2], piece[2:]]
                else:
                    continue
                out += [(Person(name=n, title=head, span=notice.doc.span(cell.start, cell.end)), rule.name)
                        for n in names]
    return out


def _flat_column(notice: Notice, rule: Rule) -> list[tuple[Person, str]]:
    """A table copied one cell a line with no border (a crawl of a page's table): its header cells, one of them a column of
    people (`rule.pattern`: `负责人`, `姓名`), then its rows cell by cell (`科室` / `节目数` / `负责人` / `内一科` / `1—2` /
    `孙向红` / …). The width is the one under which most rows running on from the header hold a name in the people
    column (at least `min_rows`), the narrowest where several give as many; of the headers that width allows around
    the people's head, one holding a 职务 column is taken, whose cell is then the title, else the column's head, or
    none for a 姓名 column (`untitled`). The width rules out the lines before the header (a caption) but not always
    which of them open it: only the post column depends on that."""
    text, out = notice.text, []
    lines = [(a, b, text[a:b].replace(" ", "").strip()) for a, b in source_lines(notice)]
    cells = [c for _, _, c in lines]
    short, untitled = rule.get("max_cell"), rule.get("untitled", [])
    for h, head in enumerate(cells):
        if not rule.pattern.match(head):
            continue
        best = (0, False, 0, 0)      # (rows, a header holding a post column, -width, head's column)
        for width in range(2, rule.get("max_columns") + 1):
            for k in range(width):
                top = h - k
                header = cells[top:top + width]
                if top < 0 or len(header) < width or not all(0 < len(c) <= short for c in header):
                    continue
                rows = 0
                while h + (rows + 1) * width < len(cells) and looks_like_name(cells[h + (rows + 1) * width]):
                    rows += 1
                best = max(best, (rows, any(_post_head(c) for c in header), -width, k))
        rows, _, width, k = best
        width, top = -width, h - k
        if rows < rule.get("min_rows"):
            continue
        post = next((i for i, c in enumerate(cells[top:top + width]) if _post_head(c)), None)
        for r in range(1, rows + 1):
            a, b, name = lines[h + r * width]
            title = cells[top + r * width + post] if post is not None else None if head in untitled else head
            out.append((Person(name=name, title=title or None, span=notice.doc.span(a, b)), rule.name))
    return out


def addressed(name: str) -> bool:
    """A surname with a form of address (`申老师`, `周科长`): a contact's name, no person's full name."""
    lex = _lex()
    surname = 2 if name[:2] in lex["compound_surnames"] else 1
    return (surname == 2 or name[:1] in lex["surnames"]) and name[surname:] in lex["address_forms"]


def find_people(notice: Notice) -> list[tuple[Person, str]]:
    """(person, rule) in text order, one per name (a surname with a form of address is none): the
    first mention with a title wins."""
    found = []
    for rule in load_rules("people").rules:
        reader = rule.get("reader")
        if rule.name == "member_line":
            found += _members(notice, rule)
        elif reader == "run":
            found += _member_runs(notice, rule)
        elif reader == "minutes_roll":
            found += _minutes_roll(notice, rule)
        elif reader == "leader_column":
            found += _leader_column(notice, rule)
        elif reader == "spaced":
            found += _spaced_members(notice, rule)
        elif reader == "flat_column":
            found += _flat_column(notice, rule)
        elif rule.name == "name_table":
            found += _table_people(notice, rule)
        else:
            found += _pattern_people(notice, rule)
    found.sort(key=lambda pr: pr[0].span.start)
    seen: dict[str, tuple[Person, str]] = {}
    for person, rule in found:
        if person.name not in seen and not addressed(person.name):
            seen[person.name] = (person, rule)
    # a married woman's two surnames alone, as a later mention shortens her four-character name (`臺北市政府民政局長黃呂錦茹
    # 強調` / `黃呂局長並表示`, blind84 ep_12; `林鄭月娥發表聲明` / `林鄭對中央任命感榮幸`, stheadline.com 1349115, `林鄭說已忘記
    # 了`, mingdemedia.org): the same person, no second one
    couples = {name[:2] for name in seen if married_name(name)}
    return [pr for name, pr in seen.items() if name not in couples]


def extract(notice: Notice, found: Found) -> list[Person]:
    return [p for p, _ in find_people(notice)]


def run_snippet(text: str, **context) -> list[dict]:
    notice = snippet_notice(text, **context)
    return [{**p.model_dump(), "rule": rule} for p, rule in find_people(notice)]
