"""Contacts: the notice's own 联系人 / 电话 / 邮箱 blocks.

The rules find the pieces (a name after 联系人, a phone, an e-mail): each named group of a
match (`name`, `phone`, `email`) is a piece, or the whole match is the piece its rule's
`piece` names. Pieces that follow each other closely form one contact, and a new name
starts the next. A `loose` rule's pieces (a bare local number, a name before a number in a
list) count only close after a piece already kept: they continue a contact block and never
start one. A phone under a non-phone label (`传真：`, where `电话及传真：` is a phone's) or marked a fax
after it (`(传真)`) is not a phone; an e-mail that forms
are sent to (`电邮至…`) is not a contact, nor is an e-mail alone without its label. Groups
outside `notice.body`, or whose lines mention a web site's frame (`投稿`, `本网`), are not
the notice's. A block repeated word for word is one contact.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..document import Notice
from ..models import Contact
from ..numerals import arabic_digits
from ..rules import Rule, load_rules, regex
from ..structure import numbered_line
from . import Found, snippet_notice
from .people import name_span


@dataclass
class _Piece:
    kind: str           # name, phone or email
    value: str
    start: int
    end: int
    rule: str
    loose: bool = False
    opens: bool = False     # starts a contact of its own (a name heading a list entry)
    extension: bool = False  # another extension of the number before it (`转732 辅导组长 或转731`)


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
    labels = [(at + len(w) if (at := before.rfind(w)) >= 0 else -1, w)
              for w in _lex()["not_phone_labels"] + _lex()["phone_labels"]]
    end, word = max(labels, key=lambda p: (p[0], len(p[1])))     # the label ending last; the longer of two
    return end >= 0 and word in _lex()["not_phone_labels"]       # ending together (`电话及传真` over `传真`)


def _fax_after(text: str, end: int) -> bool:
    """A number marked as a fax after it (`66096337(传真)`): no phone."""
    return re.match(_lex()["fax_after"], text[end:end + 12]) is not None


def _pieces(notice: Notice, rule: Rule, windows: list[tuple[int, int]]) -> list[_Piece]:
    text, out = notice.text, []
    loose, opens, extension = bool(rule.get("loose")), rule.get("opens"), bool(rule.get("extension"))
    groups = [k for k in ("name", "phone", "email") if k in rule.pattern.groupindex]
    for m in (m for lo, hi in windows for m in rule.finditer(text, lo, hi)):
        if not notice.in_body(m.start()):
            continue
        found = [_piece(notice, kind, m, g, rule, loose)
                 for kind, g in [(k, k) for k in groups if m.group(k)] or [(rule.get("piece"), 0)]]
        if None in found:
            continue    # all of a match or nothing: a number whose name is no name is no list entry
        for piece in found:
            piece.opens = piece.kind == ("name" if opens is True else opens)     # `opens: phone`: a number its own
            piece.extension = extension and piece.kind == "phone"
        out += found
    return out


def _piece(notice: Notice, kind: str, m: re.Match, g, rule: Rule, loose: bool) -> _Piece | None:
    text = notice.text
    if kind == "name":
        span = name_span(notice, m.start(g), m.end(g), bound=rule.get("bound") or ("end" if loose else "pieces"))
        if span is None:
            return None
        start = span[0] if loose else m.start()     # a labelled name owns its label
        return _Piece("name", text[span[0]:span[1]], start, span[1], rule.name, loose)
    if kind == "email":
        return None if _submission(text, m.start(g), m.end(g)) else _Piece("email", m.group(g), m.start(g),
                                                                              m.end(g), rule.name, loose)
    if _under_other_label(text, m.start(g)) or _fax_after(text, m.end(g)) or _venue_phone(text, m.start(g)):
        return None
    return _Piece("phone", arabic_digits(m.group(g)), m.start(g), m.end(g), rule.name, loose)


def _venue_phone(text: str, start: int) -> bool:
    """A number right after a hotel's address (`地址:…翠宫饭店三层明辉厅,电话010-62628888`): the hotel's, in a sentence
    that names a hotel, with no 联系人 between (lexicon venue_address); or in a place's card, its `地址:` opening a bracket
    or the line under the place's name (`…社会工作中心(地址:…;电话:28596457)`, lexicon venue_card)."""
    lex = _lex()
    lo = max(0, start - int(lex["venue_reach"]))
    before = text[lo:start]
    if re.search(lex["venue_address"], before) is None or "联系人" in before:
        return False
    if re.search(lex["venue_card"], text[max(0, lo - 8):start]):
        return True
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    end = min((i for i in (text.find("。", start), text.find("\n", start)) if i >= 0), default=len(text))
    return re.search(lex["venue_words"], text[sentence:end]) is not None


def _submission(text: str, start: int, end: int) -> bool:
    """An address forms are sent to: `电邮至x@y`, `发送至邮箱：x@y` in its clause; not where opinions are
    e-mailed (`…意见和建议,…,电子邮件发送至x@y`: e-mail the clause's means, opinions its sentence's ask), nor where
    enquiries are, the enquiry written right after the address (`市民可電郵至labourlaw@dsal.gov.mo進行咨詢`, 劳工事务局,
    blind39 cw_11; `你亦可致電2651 1100或電郵至EU4dcv@epd.gov.hk查詢`, 環保署's 特惠資助計劃 page). Nor an address its
    sentence hands forms or applications in by, asking no opinions or enquiries (_forms_handed_in)."""
    if _forms_handed_in(text, start, end):
        return True
    lo = start
    while lo > 0 and start - lo < int(_lex()["submission_reach"]) and text[lo - 1] not in "，,。；;！!？?\n":
        lo -= 1
    if re.search(_lex()["submission_before"], text[lo:start]) is None:
        return False
    sentence = max(text.rfind("。", 0, lo), text.rfind("\n", 0, lo)) + 1
    return not (re.search(_lex()["feedback_means"], text[lo:start])
                and (re.search(_lex()["feedback_asked"], text[sentence:start])
                     or re.match(_lex()["enquiry_after"], text[end:end + 8])))


def _forms_handed_in(text: str, start: int, end: int) -> bool:
    """The e-mail's sentence hands forms or applications in (`以电邮或传真方式将所有表格交回疫苗计划办事处 (电邮地址:
    pilotsiv@dh.gov.hk / …)`, 卫生署's letter on school outreach vaccination, blind45 dc_10; `可以邮递(…)或经电邮(ea-ee@
    labour.gov.hk),向职业介绍所事务科办事处提交申请`, 劳工处's release, blind25 ci_09) and asks no opinions or enquiries
    (`仍维持网上递交申请服务,若对就业服务有所疑问,可电邮dpe_1@dsal.gov.mo查询`, blind39 cw_11, a contact)."""
    lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find("。", end), text.find("\n", end)) if i >= 0), default=len(text))
    sentence = text[lo:hi]
    return re.search(_lex()["forms_handed_in"], sentence) is not None and \
        re.search(_lex()["feedback_asked"], sentence) is None


def _email_labelled(text: str, start: int) -> bool:
    lo, _ = _line(text, start, start)
    before = text[max(lo, start - 12):start]
    return any(w in before for w in _lex()["email_labels"])


def _group(pieces: list[_Piece], text: str) -> list[_Group]:
    """Pieces in text order, grouped: a new group at a gap, at a second name, or at a
    repeated phone or e-mail in a group without a name; a named group's second phone makes
    a second entry with that name, its second e-mail is dropped. A group without a name ends
    with its paragraph's last sentence: a number to call in a sentence (`…亦可致电1823或透过电邮…通知本组。`)
    and the `电邮:` line under it are two blocks (ANNOTATION: an e-mail with no phone is its own entry), or with its
    line where a 联系人 line follows (_block_ends).
    A loose piece is dropped unless it follows the last kept piece within the gap."""
    groups: list[_Group] = []
    gap = int(_lex()["max_gap"])
    for p in sorted(pieces, key=lambda p: (p.start, p.loose)):
        g = groups[-1] if groups else None
        if g and (p.start < g.pieces[-1].end):
            continue  # the same characters found by two rules
        far = g is None or _gap(text, g.pieces[-1].end, p.start) > gap or \
            (not g.get("name") and _block_ends(text[g.pieces[-1].end:p.start], p)) or \
            (not p.loose and _new_item(text, g.pieces[-1].end, p.start))
        if p.loose and far:
            continue
        if p.extension and (p := _on_number_before(p, g)) is None:
            continue
        if far or p.opens or (p.kind == "name" and g.get("name")) or (g.get(p.kind) and not g.get("name")):
            groups.append(_Group([p]))
        elif p.kind == "phone" and g.get("phone"):     # one entry per number: the name's second phone
            groups.append(_Group([next(q for q in g.pieces if q.kind == "name"), p]))
        elif not g.get(p.kind):
            g.pieces.append(p)
    return groups


def _gap(text: str, end: int, start: int) -> int:
    """The characters between two pieces, less the block's own address and postcode right after the first piece's
    comma (lexicon block_address)."""
    at = end + 1 if text[end:end + 1] in "，,；;" else end
    skipped = at
    while skipped < start and (m := re.match(_lex()["block_address"], text[skipped:start])):
        skipped += m.end()
    return start - skipped if skipped > at else start - end


def _on_number_before(p: _Piece, g: _Group) -> _Piece | None:
    """An extension alone (`或转731`) dialled on the number of the phone before it, that phone's own extension replaced
    (`(04)26560844转732 辅导组长` / `或转731 辅导主任`, blind42 cz_11, gives `(04)26560844转731`)."""
    before = g.get("phone")
    if before is None:
        return None
    return _Piece("phone", re.sub(_lex()["extension_end"], "", before) + p.value, p.start, p.end, p.rule, p.loose)


def _block_ends(between: str, p: _Piece) -> bool:
    """A contact without a name ends with its paragraph's last sentence, or with its line where a 联系人 line follows
    (`邮箱:sdmmbgs@163.com` / `联系人:汤立勇13153168779`, blind28 cl_05, as `…E-mail:yukeban2004@sina.com)。` / `联系人:马骥`,
    blind13 bw_04: the mailbox one entry, the person with the phones another)."""
    return re.search(r"[。！!]\s*\n", between) is not None or (p.rule == "name" and "\n" in between)


def _new_item(text: str, end: int, start: int) -> bool:
    """A numbered item opens a line between two pieces: its contact is its own (`二、联系部门及方式:…联系人及电话:徐健,
    0566-7028376。` / `三、公众反馈及建议的途径:…电子邮件(邮箱:28582054@qq.com)`, blind27 ck_05, the mailbox a second entry
    as blind26 cj_05's and blind25 ci_04's `(三)邮箱:` under `二拨打电话:0534-5426690`)."""
    return any(numbered_line(line) for line in text[end:start].split("\n")[1:])


def _in_frame(text: str, group: _Group) -> bool:
    """A frame's cue on the group's lines, up to the end of its last piece's clause: a sentence that sends the reader
    on to a web site after its number (`服務詳情可洽南區公所04-22626105,或上南區公所網站「活動訊息」項下查詢`, blind41
    cy_12) is the notice's; a footer's cue stands before its number or in its clause (`網站監督舉報熱線:0418-6940100網站
    舉報郵箱:…`, blind13 bw_09; `…電話:0351-1234567 網站地圖`); a body's own site named beside its number is no frame
    (`或登入民政总署网站`, blind44 db_10: owned_site). A group set right under a page's `联系我们` heading is the site's
    (frame_heading), and so is one under its copyright line (frame_footer: blind67 dy_11's `Copyright © 2010
    macaucee.com.mo, All Rights Reserved` over its address and phone lines)."""
    lo, _ = _line(text, group.pieces[0].start, group.pieces[0].start)
    _, hi = _line(text, group.pieces[-1].end, group.pieces[-1].end)
    if _frame_heading().search(text, max(0, lo - int(_lex()["frame_heading_reach"])), lo):
        return True     # under the site's `联系我们` heading (frame_heading)
    if _frame_footer().search(text, max(0, lo - int(_lex()["frame_footer_reach"])), lo):
        return True     # under the page's copyright line (frame_footer)
    clause = _CLAUSE_END.search(text, group.pieces[-1].end, hi)
    owned = _lex()["owned_site"]
    return any(not (cue in owned["words"] and k > lo and text[k - 1] in owned["owner_ends"])
               for cue in _lex()["frame_cues"] for k in _finds(text, cue, lo, clause.start() if clause else hi))


_CLAUSE_END = regex(r"[，,。；;]")


@functools.cache
def _frame_heading() -> re.Pattern:
    """A page's own contact heading on a line of its own (lexicon frame_heading)."""
    return regex(_lex()["frame_heading"])


@functools.cache
def _frame_footer() -> re.Pattern:
    """A page's copyright line (lexicon frame_footer)."""
    return regex(_lex()["frame_footer"])


def _finds(text: str, word: str, lo: int, hi: int):
    """Every start of word in text[lo:hi]."""
    k = text.find(word, lo, hi)
    while k >= 0:
        yield k
        k = text.find(word, k + 1, hi)


def _all_pieces(notice: Notice) -> list[_Piece]:
    """The firm pieces over the whole text, then loose ones only near pieces found: from a
    piece's start to past the gap after it, again after each loose piece found (a list runs on)."""
    rules = load_rules("contacts").rules
    pieces = [p for r in rules if not r.get("loose") for p in _pieces(notice, r, [(0, len(notice.text))])]
    seen, frontier = set(), pieces
    reach = int(_lex()["max_gap"]) + int(_lex()["loose_reach"])
    while frontier:
        windows = [(p.start, min(len(notice.text), p.end + reach)) for p in frontier]
        found = {(p.rule, p.kind, p.start, p.end): p for r in rules if r.get("loose")
                 for p in _pieces(notice, r, windows)}
        frontier = [p for key, p in found.items() if key not in seen]
        seen.update(found)
        pieces += frontier
    return pieces


def find_contacts(notice: Notice) -> list[tuple[Contact, list[str]]]:
    """(contact, the rules of its pieces) for each contact group."""
    pieces = _all_pieces(notice)
    out, given, numbers = [], set(), {""}
    for g in _group(pieces, notice.text):
        if _in_frame(notice.text, g) or not (g.get("phone") or g.get("email")):
            continue
        if not g.get("phone") and not g.get("name") and not _email_labelled(notice.text, g.pieces[0].start):
            continue  # a bare e-mail in the text is no contact block
        key = (g.get("name"), g.get("phone"), g.get("email"))
        dialled = re.sub(r"\D", "", g.get("phone") or "")
        if key in given or (dialled in numbers and not g.get("name") and not g.get("email")):
            continue  # the same block again (`联系人:申老师,报送邮箱:…` under two list items, blind11 bu_02), or a
            # number given again alone, printed another way (`电话洽询082-352150转217黄小姐` then `电洽082-352150转分机217
            # 社会课黄小姐`, blind32 cp_09: one entry per number, ANNOTATION)
        given.add(key)
        numbers.add(dialled)
        start, end = g.pieces[0].start, max(p.end for p in g.pieces)
        out.append((Contact(name=g.get("name"), phone=g.get("phone"), email=g.get("email"),
                            span=notice.doc.span(start, end)), list(dict.fromkeys(p.rule for p in g.pieces))))
    return out


def extract(notice: Notice, found: Found) -> list[Contact]:
    return [c for c, _ in find_contacts(notice)]


def run_snippet(text: str, **context) -> list[dict]:
    """One item per contact and rule that gave one of its pieces."""
    return [{**c.model_dump(), "rule": rule} for c, rules in find_contacts(snippet_notice(text, **context))
            for rule in rules]
