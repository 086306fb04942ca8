"""Official-document structure (GB/T 9704): NoticeText -> Notice.

Stages:
  classify_lines   each paragraph line against the element rules of rules/structure.yaml
  find_parts       the notice and what it carries (a forwarded plan, attachments), each with
                   its title, and where its body starts and ends
  read_meta        发文字号, 标题, 主送, 发文机关署名, 成文日期, 附注, 附件说明, 抄送, 印发 …
  split_outline    each part's body into its tree of numbered sections
The body that extractors read excludes the letterhead, titles, signatures, 附件说明, the
抄送 and 印发 lines, and a saved web page's frame (navigation, share bars, link lists).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Union

from .document import Block, Notice, NoticeText, OutlineNode, PartInfo
from .models import Meta
from .normalize import is_bare_recipients
from .numerals import cn_counting, cn_to_int, parse_date
from .rules import EdgeCharIndex, RuleFile, load_rules, regex, scan, search_lines, trie_source

# a range's first year is the first it names: `(2021-2025年)`, `2020—2022年`
_YEAR = regex(r"((?:19|20)\d{2})(?:\s*[-—–~至到]\s*(?:19|20)\d{2})?\s*年")
_SPLIT_LIST = regex(r"[、，,；;]")


def year_of(text: Optional[str]) -> Optional[int]:
    """The first year a text names (`2023年县级…方案` -> 2023; a range's first, `规划(2021-2025年)` -> 2021: a plan's
    period starts about when its notice is issued, blind72 ed_07 公示时间 `6月29日-7月28日` of 2021), or None."""
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


# --- rules ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Lexicon:
    rules: RuleFile
    doc_type_end: re.Pattern
    org_end: re.Pattern         # (a seal's note after the name: `…领导小组(代章)`)
    seal_note: re.Pattern
    byline: re.Pattern          # an editor's name in brackets closing a page's item (`(编辑:张素伟)`)
    byline_not_name: re.Pattern     # a bracket under a date that names no editor (`(星期六)`, `(试行)`)
    frame: re.Pattern
    button: re.Pattern          # a page's button word that is also a word of prose (注册, 登录)
    button_not_title: re.Pattern    # a title's first line (`关于…`), never a button line
    furniture: re.Pattern       # a word of `frame` or of `button`: a line holding neither (nearly every line) is
                                # searched once, where `classify` searched it for each (two scans with a start class)
    page_heads: frozenset       # whole lines that head a site's column or a gazette's section
    gazette_kinds: frozenset    # the kind of act under a body's name on a Macau gazette page (通告, 名單)
    headline_kind_tags: frozenset   # a bulletin headline's tag naming the item's kind (`【公告】`): no part of the title
    subject_openers: tuple      # the words a Taiwan 函's 主旨 opens with (`检送`, `转知`…)
    label_run: re.Pattern       # a label and its value in a run of them without colons
    info_row: re.Pattern        # a row of an info block whose label lost its colon and space
    unit_tag_line: re.Pattern
    closing_unit_tag: re.Pattern   # a bracket of unit names alone closing a numbered task at its line's end
    closing_formula: re.Pattern    # 特此通知。 on its line: the notice's close, nothing under the item above it
    heading_unit_tag: re.Pattern   # a bracket naming the lead unit, closing a heading
    list_announcer: re.Pattern
    heading_run_on: re.Pattern  # `一、项目类型本次申报…`: a top heading run into its paragraph's opener
    list_object: re.Pattern     # `…由下列機關組成:`, `作出下列行為的權限:`: a clause whose verb takes the list, over it or not
    sent_to: re.Pattern         # `信函邮寄至:…`: a clause whose destination follows its colon
    contact_field: re.Pattern   # `邮箱:…`, `联系人:…`: a contact's field label, its value after the colon
    basis_clause: re.Pattern
    cited_provision: re.Pattern
    dated_item: re.Pattern      # a day of the calendar: a numbered item naming one is no heading
    act_number: re.Pattern      # a Macau gazette's number line over its act
    number_led: re.Pattern      # a headline led by a document number, the title after it
    number_glued: re.Pattern    # the same, its number and title as groups
    promulgation: re.Pattern    # a Macau act's `命令公佈。` between its date and its signer
    sole_posts: frozenset       # posts that are an issuing authority by themselves (行政長官)
    title_issuer: re.Pattern    # the body a formal title opens with
    modal_clause: re.Pattern    # a subject's modal 要: a numbered item that says who is to do what is no heading
    statement_clause: re.Pattern    # 该, a label's copula 为, `以…为原则`, a modal after a comma: a statement's grammar
    act_clause: re.Pattern      # an act set at a time (`于今天`), done (`已由`), by a collective (`各高等学校就`), sent (`将…寄给`)
    posting_units: re.Pattern   # a bulletin's trailer naming the office that posts it
    letter_contact: re.Pattern  # a line of a Taiwan 函's 聯絡方式 block
    card_field: re.Pattern      # `電話:…`, `電郵:…`: a field of a unit's contact card under its name
    published: re.Pattern       # a news page's dateline
    post_byline: re.Pattern     # a school site's `poster - post | date | 人气:` line
    page_date: re.Pattern       # the date a page was posted on (Notice.posted)
    closing_stamp: re.Pattern   # `最后更新日期:` on a page's last line
    footer_copyright: re.Pattern    # `版权所有`: the line closing a site's footer
    footer_field: re.Pattern    # `.地址:…`, `.电话:…`: the site owner's fields over it
    footer_fields_under: re.Pattern     # `地址:…電話:…傳真:…`: the owner's fields run on a line under it
    file_name_end: re.Pattern   # `(18页).docx`: a file name's type (and a site's page count) ending a headline
    column_header: re.Pattern   # `日期 内容 备注`: a table's or list's row of column names
    posting_label: re.Pattern   # a posting label alone on its line
    release_opening: re.Pattern # `醫院管理局今日(6月29日)公布,`: a body's own release
    news_dateline: re.Pattern   # `本报3月4日讯`, `安徽环境新闻网讯2月2日`: a news report's month and day
    teaser_title: re.Pattern    # `…印发《X》。全文如下:`: a news lead-in naming the document it carries
    byline_tag: re.Pattern      # `【本報】`, `【Now新聞台】`: the outlet tagging a report's first sentence
    past_part_title: re.Pattern     # `2016年…工作总结`: the title line of a part that reviews a past year
    plan_part_title: re.Pattern     # `2017年…工作要点`: the title line of a plan, which ends such a part
    photo_credit: re.Pattern    # `香港文汇报记者聂晓辉 摄`: a paper's photo credit under its caption (rules of `element: false`)
    carried_opening: re.Pattern     # `以下是…的书面答覆:`: a release's line opening the text it carries
    posted_at: re.Pattern       # `2021-09-22 14:33`: a release page's posting time, alone on its line
    portal_name: re.Pattern     # `…入口网站`: a portal's own name under its skip link
    legco_question: re.Pattern  # `立法会十八题:公共档案管理`: a 立法會 question's number heading the release that answers it
    speaker_prefix: re.Pattern  # `渔护署:`, `江揆:`: the body that speaks before a news headline
    related_heading: re.Pattern     # `相关推荐`: the head of a news page's list of its other items
    rules_by_edges: EdgeCharIndex    # the element rules a line may match, by its first and last characters
    gates: tuple                # (word, the indexes of the rules whose `requires` is that word, {candidates: those
                                # candidates but them}): a line without the word is not tried against them
    alternations: dict          # those rules as one pattern (see _alternation), by their indexes


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    rf = load_rules("structure")
    lex = rf.lexicon

    return _Lexicon(
        rules=rf,
        doc_type_end=regex(f"(?:{trie_source(lex['doc_types'])})$"),
        org_end=regex(f"(?:{trie_source(lex['org_suffixes'])})(?:{lex['seal_note']})?$"),
        seal_note=regex(lex["seal_note"]),
        byline=regex(lex["byline"]), byline_not_name=regex(lex["byline_not_name"]),
        frame=regex(trie_source(lex["frame_words"])),
        furniture=regex(trie_source(lex["frame_words"] + lex["frame_buttons"])),
        button=regex(trie_source(lex["frame_buttons"])),
        button_not_title=regex(lex["button_not_title"]),
        page_heads=frozenset(lex["page_heads"]),
        gazette_kinds=frozenset(lex["gazette_kinds"]),
        headline_kind_tags=frozenset(lex["headline_kind_tags"]),
        subject_openers=tuple(lex["subject_openers"]),
        published=rf.compile(lex["published_line"]),
        post_byline=regex(lex["post_byline"]),
        page_date=rf.compile(lex["page_date"]),
        closing_stamp=regex(lex["closing_stamp"]),
        footer_copyright=regex(lex["footer_copyright"]), footer_field=regex(lex["footer_field"]),
        footer_fields_under=regex(lex["footer_fields_under"]),
        file_name_end=regex(lex["file_name_end"], re.I),
        column_header=regex(r"^(?:(?:%s)\s*){3,}$" % trie_source(lex["column_names"])),
        posting_label=rf.compile(r"^${POSTING_LABEL}\s*[:：]$"),
        release_opening=regex(lex["release_opening"]),
        news_dateline=regex(lex["news_dateline"]),
        teaser_title=regex(lex["teaser_title"]),
        byline_tag=regex(lex["byline_tag"]),
        past_part_title=regex(lex["past_part_title"], re.M),
        plan_part_title=regex(lex["plan_part_title"], re.M),
        label_run=rf.compile(r"(?P<label>${PORTAL_LABEL})(?P<body>(?:(?!${PORTAL_LABEL}).)*)"),
        info_row=rf.compile(r"^(?P<label>${PORTAL_LABEL})\s*(?P<body>[^\s:：。；;|｜][^。；;]{1,98})$"),
        unit_tag_line=regex(lex["unit_tag_line"]),
        closing_unit_tag=regex(lex["closing_unit_tag"]),
        closing_formula=regex(lex["closing_formula"]),
        heading_unit_tag=regex(lex["heading_unit_tag"]),
        list_announcer=regex(lex["list_announcer"]),
        heading_run_on=regex(lex["heading_run_on"]),
        list_object=regex(lex["list_object"]),
        sent_to=regex(lex["sent_to"]),
        contact_field=regex(lex["contact_field"]),
        basis_clause=regex(lex["basis_clause"]),
        cited_provision=regex(lex["cited_provision"]),
        dated_item=regex(lex["dated_item"]),
        act_number=regex(lex["act_number"]),
        number_led=regex(rf"^(?:{lex['headline_number']})\s*\S"),
        number_glued=regex(rf"^(?P<number>{lex['headline_number']})\s*(?P<title>\S.*)$"),
        promulgation=regex(lex["promulgation"]),
        sole_posts=frozenset(lex["sole_posts"]),
        title_issuer=regex(lex["title_issuer"]),
        modal_clause=regex(lex["modal_clause"]),
        statement_clause=regex(lex["statement_clause"]),
        act_clause=regex(lex["act_clause"]),
        posting_units=regex(lex["posting_units"]),
        letter_contact=regex(lex["letter_contact"]),
        card_field=regex(lex["card_field"]),
        photo_credit=rf.rule("photo_credit").pattern,
        carried_opening=rf.rule("carried_opening").pattern,
        posted_at=rf.rule("posted_at").pattern,
        portal_name=rf.rule("portal_name").pattern,
        legco_question=rf.rule("legco_question").pattern,
        speaker_prefix=rf.rule("speaker_prefix").pattern,
        related_heading=rf.rule("related_heading").pattern,
        rules_by_edges=EdgeCharIndex([r.pattern if _element(r) else None for r in rf.rules],
                                     [r.edges if _element(r) else (None, None) for r in rf.rules]),
        gates=_gates([r for r in rf.rules if _element(r)]),
        alternations={},
    )


def _element(rule) -> bool:
    """A rule that classifies lines (`classify`): every rule of the file but those of `element: false`, which the code
    asks of the line it needs to know about."""
    return rule.fields.get("element", True) is not False


def _gates(rules: list) -> tuple:
    """The element rules whose `requires` is a plain word (byline_line's 记者), by that word: a line that does not
    hold it holds no match of theirs (a match is on a line holding it), and its candidates are tried without them."""
    needing: dict[str, set] = {}
    for i, rule in enumerate(rules):
        word = rule.requires_source
        if word and rule.pattern is not None and re.escape(word) == word:
            needing.setdefault(word, set()).add(i)
    return tuple((word, frozenset(indexes), {}) for word, indexes in needing.items())


@dataclass
class Line:
    """A paragraph block with what it was recognised as."""
    block: Block
    text: str
    kind: Optional[str] = None              # a rule name of rules/structure.yaml, or None
    groups: dict = field(default_factory=dict)

    @property
    def value(self) -> str:
        return self.groups.get("body") or ""


_FRAME_SHAPED = {"letterhead", "recipients"}   # shapes a breadcrumb line can take


def _rule_match(text: str) -> tuple[Optional[str], dict]:
    """The first element rule a whole line matches, with its named groups."""
    lex = _lexicon()
    candidates = lex.rules_by_edges.candidates(text)
    for word, needing, cut in lex.gates:       # (byline_line's 记者: ~0.5 µs a line of `re` where it is absent)
        if word not in text:
            kept = cut.get(candidates)
            if kept is None:
                kept = cut[candidates] = tuple(i for i in candidates if i not in needing)
            candidates = kept
    alternation = lex.alternations.get(candidates)
    if alternation is None:
        alternation = lex.alternations[candidates] = _alternation([lex.rules.rules[i].pattern for i in candidates])
    if alternation:
        found = alternation.match(text)
        if found is None:
            return None, {}
        candidates = (candidates[int(found.lastgroup[1:])],)
    for i in candidates:
        rule = lex.rules.rules[i]
        m = rule.pattern.match(text)
        if m:
            return rule.name, {k: v.strip() for k, v in m.groupdict().items() if v is not None}
    return None, {}


_GROUP_NAME = regex(r"\(\?P<\w+>")


def _alternation(patterns: list[re.Pattern]) -> Union[re.Pattern, bool]:
    """Patterns as one alternation whose first matching branch is the first pattern that matches (`re` tries the
    branches in order): branch n is the group `_n`, the patterns' own groups made unnamed, and being the outermost
    group of its branch it closes last, so `lastgroup` names it. One call to `re` a line where a loop over ~12 rules
    took 12. False where a pattern cannot stand in a branch as it is (a back-reference, flags of its own): the
    patterns are then tried one by one."""
    if not patterns or any(p.flags != re.UNICODE or "(?P=" in p.pattern or re.search(r"\\\d", p.pattern) for p in patterns):
        return False
    try:
        return regex("|".join(f"(?P<_{n}>{_GROUP_NAME.sub('(?:', p.pattern)})" for n, p in enumerate(patterns)))
    except re.error:
        return False


# a long line of words without a stop or a separator is a headline, not a menu (`…完成温室气体排放量盘查登录`)
_HEADLINE_LIKE = regex(r"[^\t |｜/]{21,}")


def classify(text: str) -> tuple[Optional[str], dict]:
    """What a whole line is: an element rule's name with its groups, "frame" for a page's furniture, or None."""
    lex = _lexicon()
    kind, groups = _rule_match(text)
    if kind == "labelled_run":
        kind = "labelled_field"     # the same info block, its colons lost
    if text in lex.page_heads:
        return "frame", {}      # `最新消息`, `政府機關通告及公告`: a column's or a gazette section's head
    if kind in ("page_time", "reading_link", "site_list_label", "site_notice", "crumb_trail", "photo_note", "byline_line") or (kind in _FRAME_SHAPED and (lex.frame.search(text) or lex.button.search(text))):
        return "frame", {}      # `时间：2023-03-30 15:53`, `图解|…`, `当前位置：`, `首页…文件`: a page's furniture
    if kind:
        return kind, groups
    if len(text) < 200 and lex.furniture.search(text) \
            and (lex.frame.search(text) or (lex.button.search(text) and not _PARAGRAPH.search(text)
                                            and not _HEADLINE_LIKE.fullmatch(text)
                                            and not lex.button_not_title.match(text))) \
            and not _outline_marker(text):
        return "frame", {}      # (`（十六）进一步提高商标注册效率。…` is a section, not a 注册 button; a line of 200 characters
        # or more is no furniture, and is not searched for its words: 28 % of the lines' characters)
    return None, {}


def run_snippet(text: str, **_context) -> list[dict]:
    """Classify each line of `text` (for the examples of rules/structure.yaml); and the rules of `element: false` that
    find their match in it, as the code asks them."""
    out = []
    for line in text.split("\n"):
        out.extend({"rule": rule.name, "value": m.group(0)} for rule in _lexicon().rules.rules
                   if not _element(rule) and (m := rule.pattern.search(line.strip())))
        kind, groups = _rule_match(line.strip())
        if kind:
            value = groups.get("body", "")
            if kind in {"date_line", "printed", "issuer_date", "dated_at"}:
                value = _loose_date(value) if kind in {"issuer_date", "dated_at"} else read_date(value)[0]
            item = {"rule": kind, "value": value}
            item.update({k: v for k, v in groups.items() if k != "body"})
            out.append(item)
    return out


def classify_lines(doc: NoticeText) -> list[Line]:
    lines = []
    for b in doc.blocks:
        if b.kind != "para":
            lines.append(Line(b, "", "table"))
            continue
        text = doc.block_text(b)
        kind, groups = classify(text)
        lines.append(Line(b, text, kind, groups))
    _join_letterhead(lines)
    _gazette_head(lines)
    _page_title(lines)
    _posting_bureau(lines)
    _info_rows(lines)
    _posted_under_label(lines)
    _signed_digits(lines)
    _closing_byline(lines)
    _closing_roc_date(lines)
    _signed_off(lines)
    return lines


def _posting_bureau(lines: list[Line]) -> None:
    """A GOV.MO 新聞局 release page prints the bureau that posts it on a line of its own under the headline, over the
    page's posting time (`經濟及科技發展局` over `2021-09-22 14:33`, blind83 eo_12; `旅遊危機處理辦公室` over `2007-10-17
    19:01`, blind52 dj_11; `社會工作局` over `2022-12-07 12:16`, blind80 el_10): a byline of the page, frame as the
    time is, not the headline (both pages' headlines were missed for it)."""
    for k in range(min(len(lines), _TOP + 2) - 1):
        if lines[k].kind is None and _posted_by(lines, k):
            lines[k].kind, lines[k].groups = "frame", {}


def _posted_by(lines: list[Line], k: int) -> bool:
    """Line k names the body that posts a GOV.MO release page, over the page's posting time (rules/structure.yaml
    posted_at)."""
    return k + 1 < len(lines) and lines[k + 1].kind == "frame" and _lexicon().posted_at.match(lines[k + 1].text) is not None \
        and _is_org_line(lines[k].text)


def _posted_headline(lines: list[Line], limit: int) -> Optional[list[int]]:
    """The lines of a GOV.MO release page's headline, one or two over the bureau that posts it (`_posting_bureau`),
    under the page's `Loading`: read whatever their words (a clock, `民防消息﹕民防行動中心於19:00由全面運作模式回復基本運作
    模式`, blind87 es_11; a headline on two lines, `本澳民生物資供應穩定` / `持續協助業界開拓貨源`, blind83 eo_12; one line,
    blind52 dj_11, blind80 el_10); None where no bureau stands there."""
    bureau = next((k for k in range(1, min(limit, _TOP + 2)) if lines[k].kind == "frame" and _posted_by(lines, k)), None)
    top = bureau
    while top and bureau - top < 2 and lines[top - 1].kind is None and len(lines[top - 1].text) <= 60 \
            and "。" not in lines[top - 1].text and _HAN.search(lines[top - 1].text):
        top -= 1
    return list(range(top, bureau)) if top is not None and top < bureau else None


def _closing_byline(lines: list[Line]) -> None:
    """The last line, a name in brackets under a date line, is the page's byline of its editor (the lexicon's `byline`,
    not a `byline_not_name` bracket): frame."""
    last, lex = len(lines) - 1, _lexicon()
    m = lex.byline.match(lines[last].text) if last > 0 and lines[last].kind is None else None
    if m and not lex.byline_not_name.search(m["name"]) and lines[last - 1].kind == "date_line":
        lines[last].kind = "frame"


# a date in figures closing a notice: a Taiwan date (`108/06/19`, `103.6.12`) or a Gregorian one with dots or dashes
# (`2018.6.4`, `2015-11-5`), alone on its line or after the signer's 敬啟 (`總務處敬啟 103.6.12`)
_ROC_FIGURES_SOURCE = r"(1\d{2}|[89]\d)(?P<sep>[/.-])(1[0-2]|0?[1-9])(?P=sep)(3[01]|[12]\d|0?[1-9])"   # 108/06/19, 103.6.12
_CLOSING_FIGURES = regex(r"^\s*(?:(?P<by>[\u4e00-\u9fff]{2,20}?)(?:敬启|敬啟|谨启|謹啟|敬上)\s*)?"
                              r"(?P<date>" + _ROC_FIGURES_SOURCE +
                              r"|(?P<y>(?:19|20)\d{2})(?P<gsep>[.-])(?P<m>1[0-2]|0?[1-9])(?P=gsep)(?P<d>3[01]|[12]\d|0?[1-9]))\s*$")


def _closing_roc_date(lines: list[Line]) -> None:
    """A date in figures that closes the text under its signing lines is the notice's date: a Taiwan date (`大成國小校長…` /
    `107班導師…敬上` / `…學務處` over `108/06/19`, blind28 cl_11; `總務處敬啟 103.6.12`, the signer on its line, blind34
    cr_12) or a Gregorian one with dots (`督导办` over `2018.6.4`, blind31 co_03); at the head of a page a Taiwan date is the
    page's posting date, not the notice's (`107-07-27` over 內政部's 須知, blind_tw_hk tw_05). A dashed Gregorian date closes a
    text the same way (`研究生处` over `2015-11-5`, blind46 dd_02). A signer on the date's line
    is given its own line, without the 敬啟."""
    last = len(lines) - 1
    m = _CLOSING_FIGURES.match(lines[last].text) if last > 0 and lines[last].kind is None else None
    if not m:
        return
    date = f"{m['y']}年{m['m']}月{m['d']}日" if m["y"] else m["date"]
    lines[last].kind, lines[last].groups = "date_line", {"body": date}
    if m["by"]:
        lines.insert(last, Line(lines[last].block, m["by"]))


# a body that closes the text with its 敬啟 and no date (`林口長庚紀念醫院 敬啟` under a hospital's 說明, blind37 cu_10), as
# `總務處敬啟 103.6.12` does with its date (blind34 cr_12): the signer; not a person's (`校長夏麗珠謹啟`, blind33 cq_08)
_SIGNED_OFF = regex(r"^\s*(?P<by>[\u4e00-\u9fff]{2,20}?)\s*(?:敬启|敬啟|谨启|謹啟)\s*$")


def _signed_off(lines: list[Line]) -> None:
    """The last line signs the text off with 敬啟 and no date (_SIGNED_OFF): a signature line of the body's name alone."""
    last = len(lines) - 1
    m = _SIGNED_OFF.match(lines[last].text) if last > 0 and lines[last].kind is None else None
    if m and _is_org_line(m["by"]):
        lines[last] = Line(lines[last].block, m["by"], "signed_off")


def _signed_digits(lines: list[Line]) -> None:
    """Six digits under a signing body's line are the signature's date with 年, 月 and 日 lost (`上海市宝山区人民政府办公室`
    over `202218`, blind13 bw_11), as `2020928` (blind11 bu_01) and `2022121日` (blind8 br_09) are under theirs: a
    date line where its digits read as a date, not the 份号 the six digits alone look like (GB/T 9704 puts the 份号 at
    the head of the first page, above the letterhead, never under a signature)."""
    for k in range(1, len(lines)):
        ln, above = lines[k], lines[k - 1]
        # (under a sentence's end: the signature closes the text, not an address block whose postcode is six digits)
        if k > 2 and ln.kind == "copy_number" and above.kind is None and _is_org_line(above.text) \
                and lines[k - 2].text.rstrip().endswith(("。", "！", "!")) and compact_readings(ln.text):
            ln.kind, ln.groups = "date_line", {"body": ln.text}


def _gazette_head(lines: list[Line]) -> None:
    """A Macau gazette page (bo.io.gov.mo) heads a body's notices with its name, its letters spaced (`政 府 總 部 事 務 局`,
    `海 關`, `市 政 署`), over the kind of act (`通 告`, `名 單`, `公 告`), under the section head `政府機關通告及公告` with
    the issue's number, date and `澳門特別行政區` above: the name is the issuer, the kind is no title, and the lines
    above are the gazette's own (blind20 cd_11, cd_12; blind14 bx_01, blind16 bz_08)."""
    lex = _lexicon()
    for k in range(min(len(lines) - 2, _INFO_ROWS)):
        if lines[k].text not in lex.page_heads:
            continue
        org, kind = lines[k + 1], lines[k + 2]
        named = re.fullmatch(r"[\u3400-\u9fff]{2,30}", org.text)     # (政府總部輔助部門 ends in no suffix of org_suffixes)
        if org.kind is None and named and kind.kind is None and kind.text in lex.gazette_kinds:
            org.kind, kind.kind = "gazette_issuer", "frame"
            for ln in lines[:k]:
                ln.kind = "frame" if ln.kind is None and len(ln.text) <= 20 else ln.kind
            return


def _info_rows(lines: list[Line]) -> None:
    """Rows of a portal's info block copied as text lose the colon and space after their label:
    `名称市人民政府办公室关于…的通知` and `政策解读文字解读:《…》` under `发布机构文件有效性` (gzlps.gov.cn,
    blind11 bu_01), as `名称: 泾县人民政府关于…的通知` keeps them (blind bl_07, bl_08). Below a labelled
    field, a line that opens with a label and holds no sentence is the block's next row. A table's cells copied
    as text keep a space between label and value instead (`标  题 河南省人民政府关于…的通知`, henan.gov.cn, blind12 bv_01;
    `索引号 11330922090963010M/2021-27971`, blind8 br_03), and a row holding a crawler word (`发文机关 发布时间
    2015年04月29日` there, `文号 发布时间 2020-10-15` on gzlps.gov.cn) is read as frame but stays in the block."""
    lex = _lexicon()
    top = next((ln for ln in lines[:_INFO_ROWS] if ln.kind != "frame"), None)
    below = lines[lines.index(top) + 1].text if top is not None and lines.index(top) + 1 < len(lines) else ""
    if top is not None and top.kind is None and (m := _TITLE_ROW.match(top.text)
                                                 or _BULLETIN_ROW.match(below) and _TITLE_ROW_CLAUSES.match(top.text)):
        # a page whose first row is its `标题` label run into the headline (a Taiwan school bulletin's `標題轉知…計畫。` over
        # `訊息分類學務處`, blind16 bz_02; the colon lost as on bv_01's and by_11's `标题…的通知` rows): the title row
        top.kind, top.groups = "labelled_field", {"label": "标题", "body": m["body"]}
    above = None
    for k in range(min(len(lines), _INFO_ROWS)):
        ln = lines[k]
        if ln.kind is None and above == "labelled_field" and (m := lex.info_row.match(ln.text)):
            ln.kind, ln.groups = "labelled_field", {"label": m["label"], "body": m["body"].strip()}
        if ln.kind != "frame" or above is None:
            above = ln.kind


_INFO_ROWS = 30     # an info block stands near the top, above the notice or under its headline


def _posted_under_label(lines: list[Line]) -> None:
    """The date under a page's lone posting label is when the site posted the page, frame as the label is, not a date
    beside the title (`关于召开政协中山市第十届委员会常务委员会第十一次会议的通知` over `发布时间:` / `2009年12月21日`,
    zszx.zsnews.cn/Article/view/id/71434.html, pages corpus; the same label over `2025-05-22 10:03` under a news headline
    on kailu.gov.cn's page of 2025-05-22, whose value the page_time rule reads as frame): a news item's page still dates
    it (_published_date reads the value)."""
    label = _lexicon().posting_label
    for k in range(min(len(lines), _INFO_ROWS) - 1):
        if lines[k].kind == "frame" and label.match(lines[k].text) and lines[k + 1].kind == "date_line":
            lines[k + 1].kind, lines[k + 1].groups = "frame", {}
# a 标题 row with its colon lost: a headline, one sentence at most, no clause (`标题要简洁,…` is a sentence)
_TITLE_ROW = regex(r"^标\s*题(?![:：\s|｜])(?P<body>[^，,。；;]{6,118}?)。?$")
# the same row over a Taiwan school bulletin's `訊息分類` row may hold clauses, as a 主旨 does (`標題 轉知:禽流感盛行季節,請
#學校協助周知…,依說明事項辦理!` over `訊息分類 不分類`, school.tc.edu.tw's item 29867, blind58 dp_10; its rows as on
# blind16 bz_02 and blind44 db_08): the next row shows it a label's row, not a sentence opening with the word 标题
_TITLE_ROW_CLAUSES = regex(r"^标\s*题(?![:：\s|｜])(?P<body>[^。；;]{6,118}?)。?$")
_BULLETIN_ROW = regex(r"^讯息分类")


# what a page's <title> adds to its headline: a separator and the site's name (`…的意见-湖南省人民政府门户网站`)
_SITE_SUFFIX = regex(r"^\s*(?:[-_|｜—–]+)\s*[^\s，。；：,;:]{2,30}$")


def _page_title(lines: list[Line]) -> None:
    """A saved page's <title> as its first line, the headline joined to the site's name
    (`湖南省人民政府关于…的意见-湖南省人民政府门户网站` over the headline itself, bn_01; the HTML reader
    drops `_山阴县人民政府` from a <title> the same way): frame, where a line below is that headline."""
    top = [ln for ln in lines[:_TOP] if ln.kind is None and len(ln.text) >= 6]
    for ln in top:
        if any(other is not ln and ln.text.startswith(other.text) and _SITE_SUFFIX.match(ln.text[len(other.text):])
               for other in top):
            ln.kind, ln.groups = "frame", {}


_TOP = 8            # a 版头 stands in the first lines
_LETTERHEAD_KINDS = ("文件", "函")     # the word after the issuer's name in a 版头 that may stand on a line of its own


def _join_letterhead(lines: list[Line]) -> None:
    """A joint 发文机关标志 (联合行文, GB/T 9704 7.2.3): the bodies' names one per line, `文件` beside them
    centred, so that the text gives it a line of its own among them (`中共X委办公室` / `X人民政府办公室` /
    `文件`) or after the first (`中共X委办公室文件` / `X人民政府办公室`). One letterhead, the host first.
    A Taiwan 函's 機關全銜 + 文別 cut into two lines is one letterhead the same way (`教育部` / `函` from a page of
    `教育部 函 主 旨:…` cut at its spaces, blind24 ch_09)."""
    for j in range(min(_TOP, len(lines))):
        if lines[j].kind == "letterhead" or (lines[j].kind is None and lines[j].text in _LETTERHEAD_KINDS):
            break
    else:
        return
    first = [lines[j].value] if lines[j].kind == "letterhead" else []
    members = [k for k in range(j - 1, max(-1, j - 4), -1) if lines[k].kind is None and _is_org_line(lines[k].text)]
    members = sorted(k for n, k in enumerate(members) if k == j - 1 - n)       # only the run right above
    below = []
    for k in range(j + 1, min(j + 4, len(lines))):
        if lines[k].kind is not None or not _is_org_line(lines[k].text):
            break
        below.append(k)
    after = below[-1] + 1 if below else None
    if after is not None and not (after < len(lines) and lines[after].kind in {"doc_number", "damaged_number"}):
        below = []                  # below the 文件 line, names belong to the 版头 only over the number
    names = [lines[k].text for k in members] + first + [lines[k].text for k in below]
    if len(names) == len(first):    # nothing to join (a letterhead of one line, or `文件` alone)
        return
    for k in members + below:
        lines[k].kind = "letterhead_part"
    kind = lines[j].text if lines[j].kind is None else "文件"
    lines[j].kind, lines[j].text = "letterhead", "、".join(names) + kind
    lines[j].groups = {"body": "、".join(names)}


# --- dates --------------------------------------------------------------------------------

_ROC = regex(r"(?:中华民国|民国)\s*(\d{2,3}|[一二三四五六七八九十百零〇○]{2,6})\s*年")
# a Taiwan date in figures, its year the Republic's (`108/06/19` closing a school's notice, blind28 cl_11; `107-07-27`
# heading a 內政部 page, blind_tw_hk tw_05)
_ROC_FIGURES = regex(r"^\s*" + _ROC_FIGURES_SOURCE + r"\s*$")
_GLYPHS_LOST = regex(r"^\W{0,2}((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})")
_MISPRINT = regex(r"((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*"
                       r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")


def read_date(text: str) -> tuple[Optional[str], Optional[str]]:
    """(ISO date, warning or None) of a date line: Gregorian, ROC (`中华民国104年12月29日`, +1911), or
    with 月 misprinted as 日 (`2018年10日11日`) or 年月日 lost with their glyphs (`{ 2017 6 23`), which is
    read as a date and said in the warning."""
    figures = _ROC_FIGURES.match(text)
    if figures:
        text = f"{int(figures[1]) + 1911}年{figures[3]}月{figures[4]}日"
    roc = _ROC.search(text)
    if roc:
        year = cn_to_int(roc.group(1))
        text = text[:roc.start()] + f"{year + 1911}年" + text[roc.end():] if year else text
    iso = parse_date(text)
    if iso:
        return iso, None
    for m in (_MISPRINT.search(text), _GLYPHS_LOST.match(text)):
        iso = parse_date(f"{m[1]}年{m[2]}月{m[3]}日") if m else None
        if iso:
            return iso, f"date printed as {m.group(0)!r}, read as {iso}"
    readings = compact_readings(text)
    if len(readings) == 1:
        return readings[0], f"date printed as {text!r}, read as {readings[0]}"
    iso = parse_date(text + "日") if re.search(r"月\s*[\d〇○零一二三四五六七八九十]{1,3}$", text) else None
    if iso:                             # `2021年2月22`: the 日 lost
        return iso, f"date printed as {text!r}, read as {iso}"
    return None, None


_RUN_TOGETHER = regex(r"^((?:19|20)\d{2})(\d{2,4})日?$")     # (two digits: `202218`, a one-digit month and day)


def compact_readings(text: str) -> list[str]:
    """The dates a run of digits can be whose 年 and 月 were lost (`2020928`: 2020-09-28 only; `2022121日`:
    2022-01-21 or 2022-12-01; `202218`: 2022-01-08), in order."""
    m = _RUN_TOGETHER.match(text.strip())
    if not m:
        return []
    year, rest, out = int(m[1]), m[2], []
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if len(day) > 2:
            continue
        try:
            out.append(dt.date(year, int(month), int(day)).isoformat())
        except ValueError:
            pass
    return sorted(set(out))


def _signed_before(readings: list[str], published: Optional[str]) -> Optional[str]:
    """Of a run-together date's readings, the one on or before the page's own date (a notice is signed before it
    is published); None where that leaves more than one reading or none."""
    before = [r for r in readings if published and r <= published]
    return before[0] if len(before) == 1 else None


# --- titles --------------------------------------------------------------------------------

_TITLE_BAD_END = tuple("。，,；;：:！!？?、")
_LABEL_PREFIX = regex(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")   # `本地目录: …`: a field, not a title
# a label and the border of its cell, the value left to the next line or empty (a crawled portal row: `进展情况、存在问题
# 及下一步工作建议: |` over `已完成。… |`, blind35 cs_03; `政策解读: |` over `|`, blind5 bm_01; `有效性: |` closing blind25
# ci_01's info row): a field, not a title, however long its label
_LABEL_CELL = regex(r"[:：]\s*[|｜]")


# an aside a title may end with: `…应急预案（试行）`, `…办法(暂行)`
_TITLE_ASIDE = regex(r"[（(](?:试行|暂行|修订|修订稿|草案|征求意见稿)[）)]$")
# a portal headline that carries the number in brackets: `2021年县政府重点工作任务(华政发〔2021〕2号)`
_TITLE_NUMBER = regex(r"\s*[（(](?P<number>[\u4e00-\u9fff]{1,12}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,5}\s*号)[）)]$")


# the 事由 of a GB/T 9704 title (7.3.1: 发文机关名称、事由和文种): `关于…`, or an act on another document (`…印发…的通知`)
_ACT_SUBJECT = regex(r"关于|印发|转发|批转")


def _is_act_title(text: str) -> bool:
    """A title of GB/T 9704's form, its subject led by 关于 or an act on a document (`后勤处关于…的通知`): a page's
    posting date under it is not the notice's (blind34 cr_03, bl_07, bl_14, their golds' dates null). A headline that
    only ends in a document type is a news page's item, dated by its page (`文化局7月4日至8日对外服务安排` over `文化局` /
    `2022-07-03 23:41`, gov.mo's release, blind39 cw_10; `香港学校朗诵节特别通告` under `[2019-11-19 16:30]`, blind40 cx_10)."""
    return _is_formal_title(text) and _ACT_SUBJECT.search(text) is not None


def _is_formal_title(text: str) -> bool:
    """Subject + document type: `关于…的通知`, `…实施方案`, `…工作安排`."""
    lex = _lexicon()
    text = _TITLE_ASIDE.sub("", _TITLE_NUMBER.sub("", text))
    return 6 <= len(text) <= 120 and not text.endswith(_TITLE_BAD_END) and "。" not in text and not text.startswith(_BULLETS) \
        and not _LABEL_PREFIX.match(text) and bool(lex.doc_type_end.search(text.rstrip("》”）)")))


# a Hong Kong circular's headline: its number, then its subject (`教育局通告第4/2013號 資助學校採購程序`,
# `教育局通函第79/2025號 非華語學生暑期銜接課程`)
_CIRCULAR_LED = regex(r"^(?P<number>[\u4e00-\u9fff]{2,12}第\s*\d{1,4}\s*/\s*(?:19|20)\d{2}\s*号)\s*(?:[—–-]+\s*)?(?=\S)")
_CIRCULAR_ISSUER = regex(r"^(?P<bureau>[\u4e00-\u9fff]{1,10}?(?:局|署|处|办公室|委员会))(?:通函|通告)第")
# a bulletin's headline tagged with the office that posts it or its kind: `【總務處文書組】「…」…一案` (a Taiwan
# university's bulletin), `【通知】关于…` ; the headline may be long, and the tag is no part of the title
_TAGGED = regex(r"^【(?P<tag>[^】]{1,12})】\s*(?P<rest>\S.{5,119})$")
# the same tag in square brackets, read off a title already found: `[特別通知]有關11月19日星期二停課安排` (blind29 cm_09, an
# 教育局 news page)
_SQUARE_TAGGED = regex(r"^\[(?P<tag>[\u4e00-\u9fff]{2,8})\]\s*(?P<rest>\S.{5,119})$")


def _kind_tag(tag: str) -> bool:
    """A headline's tag that names the item's kind, alone or with its modifier: `【公告】` (blind10 bt_02, blind26 cj_09),
    `[特別通知]` (blind29 cm_09): its head word is the kind, and the golds drop it. A tag whose head is no kind is the
    headline's own (`【統一派位】`, blind26 cj_12; `【重要急件】`, blind27 ck_11: their golds keep it)."""
    return tag.endswith(tuple(_lexicon().headline_kind_tags))
# a bulletin's headline flagged with stars and an aside (a Taiwan 教育處's bulletin: `調查 ✽重要公告✽教育部…填報。` blind_tw_hk
# tw_02, `☆(填報即將到期,…)★為辦理…完成填報。` blind10 bt_01, `★★有關各校…函報本府。` bt_03): one sentence, the flag no part of it
_FLAGS = "☆★✽※◎◆"
_FLAGGED = regex(rf"^(?:[\u4e00-\u9fff]{{2,4}}\s*)?[{_FLAGS}]+(?:(?:[（(][^）)]{{1,40}}[）)]|[^{_FLAGS}\s]{{1,6}})[{_FLAGS}]+)?"
                      rf"\s*(?P<rest>[^{_FLAGS}\s].{{5,149}})$")


def _unglued(title: str) -> tuple[str, Optional[str]]:
    """A headline with the number glued before its formal title (`邓政办〔2018〕127号邓州市…的通知`): (title, number)."""
    glued = _lexicon().number_glued.match(title)
    if glued and _is_formal_title(glued["title"]):
        return glued["title"], re.sub(r"\s", "", glued["number"])
    return title, None


def _headline_number(lines: list[Line], header: list[int], title: Optional[str]) -> Optional[str]:
    """The number a page's headline glues before its title, above the notice's own title that has none under it
    (`凌政办发[2020]35号凌海市推进…规划实施细则的通知` over `凌海市人民政府办公室关于印发凌海市推进` / `…` / `规划实施细则的通知`,
    lnlh.gov.cn, blind33 cq_07): the headline names the same notice, its title ending as the notice's does."""
    for k in header:
        if lines[k].kind is None and title:
            short, number = _unglued(lines[k].text)
            if number and short != lines[k].text and _norm(short)[-6:] == _norm(title)[-6:]:
                return number
    return None


# a news site's region before a title (`北京:关于印发《…》的通知`): no part of it
_SITE_PREFIX = regex(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?=关于)")
# a news site's column label before a headline (星島頭條 `疫情消息|第一次幼稚園…`, bastillepost.com `風暴樺加沙 | 幼稚園…`)
_COLUMN_LABEL = regex(r"^[\u4e00-\u9fff]{2,6}\s*[|｜]\s*(?=[\u4e00-\u9fff])")


# a relaying news page's label before the headline it keeps (`原标题:我县启动“迎五一战旅发”…专项行动` over the item's text, a
# county news item relayed, blind65 dw_04; the convention of relaying portals, `原标题：` under a retitled story): no part of it
_RELAY_LABEL = regex(r"^原标题\s*[:：]\s*(?=\S)")
# a news site's name after a bar closing the headline, as its page's <title> prints it (`梅雨锋面影响来袭 彰县府呼吁民众加强防汛准备
# |台湾好新闻TaiwanHot.net`, a printed page, blind66 dx_12; `…的意见-湖南省人民政府门户网站`, bn_01, read as the page's frame where
# the headline stands apart): a site's name ends in 网 or a web domain, or names the news it carries
_SITE_AFTER_BAR = regex(r"\s*[|｜]\s*[^|｜\s，。；：,;:]{0,30}(?:网|网站|新闻|\.(?:com|net|org|cn|tw|hk|mo))$", re.IGNORECASE)


# a page's button or an image's file name (`[复制链接]`, `【打印】`, `通知.jpg`) never heads a page
_UI_LABEL = regex(r"^(?:[\[【][^\]】]{1,10}[\]】]x?|.{1,40}\.(?:jpe?g|png|gif|bmp)x?)$", re.IGNORECASE)


def _one_sentence(text: str) -> Optional[str]:
    """A bulletin headline written as one sentence (`檢送…1份,詳如說明。`) without its full stop; None if more."""
    text = text[:-1] if text.endswith("。") else text
    return None if "。" in text else text


_QUOTE_MARKS = frozenset("《》〈〉「」『』“”")
# a bulleted line is an item of a list, never a page's headline (blind30 cn_12's timetable `• 本園將以電話形式通知約見安排`)
_BULLETS = tuple("•·▪●")


def _subject_opening(subject: str) -> str:
    """A bulletin's long subject (主旨) judged as a headline by its first 60 characters, less a mark the cut ends on: the
    cut falls anywhere (`…及『東部場次花蓮縣說明會』」,詳如說明,請 查照辦理。` blind57 do_11 cut after `說明,`; blind26 cj_09's
    subject of 80 characters cut inside a word), and only the subject's own end is held against it."""
    return subject[:60] if len(subject) <= 60 else subject[:60].rstrip("".join(_TITLE_BAD_END))


def _is_headline(text: str) -> bool:
    """A line that can head a page: short, not a sentence, mostly Chinese."""
    text = _TITLE_NUMBER.sub("", text)
    if _UI_LABEL.match(text) or text.startswith(_BULLETS) or _lexicon().column_header.match(text):
        return False
    han = sum(1 for c in text if "\u3400" <= c <= "\u9fff")
    marks = sum(1 for c in text if c in _QUOTE_MARKS)      # (`《小学概览2016》出版`: book-title marks are Chinese text too)
    # (nor are the spaces a page sets around its Arabic numbers: `2006 - 07 年度個別人士報稅表今日寄出`, a 稅務局 press
    # release, blind74 ef_08; `【2023 財政預算案】消費券「縮水」無醫療券 基層大感失望`, spyan-jour.hkbu.edu.hk 2023-02-22)
    return 6 <= len(text) <= 60 and han >= 0.6 * (len(text) - marks - text.count(" ")) and "。" not in text and not _LABEL_PREFIX.match(text) \
        and not _LABEL_CELL.search(text) \
        and not text.endswith(_TITLE_BAD_END) and not re.search(r"\d{1,2}:\d{2}", text)


def _speaker_headline(text: str) -> bool:
    """A headline after its speaking body and a colon (rules/structure.yaml speaker_prefix)."""
    m = _lexicon().speaker_prefix.match(text)
    return m is not None and _is_headline(text[m.end():])


# a line of running text: clauses, then a full stop
_PARAGRAPH = regex(r"^.{10,}[，,].*[。；;]$")


def unit_tag_line(line: str) -> bool:
    """A line that names the units (or leader) of the task above it: `牵头单位：…`, `分管省领导:…`."""
    return bool(_lexicon().unit_tag_line.match(line))


def numbered_line(line: str) -> bool:
    """A line that opens with an outline marker (`三、`, `（二）`, `2.`)."""
    return _outline_marker(line) is not None


_ORG_STOPS = regex(r"[，。；：:]")


def _signers(doc: NoticeText, ln: Line) -> list[str]:
    """The bodies signing on a signature line, its seal's note dropped: joint issuers side by side on one line, the space
    between them removed by normalisation (`中国银保监会浙江监管局           浙江省司法厅` under their 无证明化 notice, dev
    he_01; `鹤岗市人民政府 鹤岗市中级人民法院` under the 府院联动 notice, blind7 bq_04), are each a name where every piece
    is a body's name of four characters or more; a name spaced out letter by letter (`山 阴 县 人 民 政 府`) is one."""
    text = _lexicon().seal_note.sub("", ln.text)
    at = doc.text.find(text, ln.block.start, ln.block.end)
    if at < 0:
        return [text]
    cuts = [0] + [i for i in range(1, len(text)) if doc.had_space_before(at + i)] + [len(text)]
    names = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    return names if len(names) > 1 and all(len(n) >= 4 and _is_org_line(n) for n in names) else [text]


def _joint_issuers_over_title(doc: NoticeText, lines: list[Line], title_lines: list[int]) -> Optional[str]:
    """Joint issuers side by side on one line right over a `关于…` line at the head (the 版头 of a joint notice whose
    title the page's headline or an annex repeats): `中共湖州市委 湖州市人民政府` over `关于深化城乡社区建设加强和完善`
    (blind34 cr_02, under the headline and its 发文字号), `中共珲春市委办公室 珲春市人民政府办公室` over `关于印发《珲春市
    河(湖)长制工作实施方案》的通知` (blind59 dq_04, the notice forwarded under a 公示): the issuer, its names joined with
    `、` as the gold writes a joint signature. Only where the space parts the line into two or more bodies' names."""
    for k in range(max(title_lines[0] - 1, 0), min(title_lines[-1] + _TOP, len(lines) - 1)):
        if lines[k].kind is None and _is_org_line(lines[k].text) and lines[k + 1].text.startswith("关于") \
                and len(names := _signers(doc, lines[k])) > 1:
            return "、".join(names)
    return None


def _joint_head(lines: list[Line], title_lines: list[int]) -> Optional[tuple[int, int]]:
    """The lines [first, last] of two or more bodies' names one per line right over the `关于…` line at the head, as a
    joint notice's 版头 names its issuers where none signs: `中共廊坊市委` / `廊坊市人民政府` / `关于印发《廊坊市中长期人才发展
    规划纲要` (blind69 ea_06). One body's name over its subject is the title's first line, and the golds leave it out of the
    issuer more often than not (blind6 bn_07, blind12 bv_01, blind13 bw_01; blind59 dq_01 takes it)."""
    for k in range(max(title_lines[0], 1), min(title_lines[-1] + _TOP, len(lines) - 1)):
        if lines[k].kind is None and _is_org_line(lines[k].text) and lines[k + 1].text.startswith("关于"):
            first = k
            while first - 1 >= title_lines[0] and lines[first - 1].kind is None and _is_org_line(lines[first - 1].text):
                first -= 1
            return (first, k) if first < k else None
    return None


def _issuers_over_subject(lines: list[Line], title_lines: list[int]) -> Optional[str]:
    """The issuers of a joint notice's 版头 over its subject (`_joint_head`), joined with `、` as a joint signature is."""
    head = _joint_head(lines, title_lines)
    return "、".join(lines[j].text for j in range(head[0], head[1] + 1)) if head else None


def _is_org_line(text: str) -> bool:
    return 2 <= len(text) <= 40 and bool(_lexicon().org_end.search(text)) and not _ORG_STOPS.search(text)


# --- parts ---------------------------------------------------------------------------------

@dataclass
class _Part:
    kind: str
    title_lines: list[int]                  # indices into lines
    body_start: int                         # first line index of its body
    body_end: int = 0                       # line index after its body
    recipients_line: Optional[int] = None


_ISSUING_VERB_END = regex(r"(?:人民政府|政府|办公厅|办公室|委员会|法院|检察院|局|厅|委|部)\s*(?:印发|转发|批转)$")


# a plan's period in brackets opening a line: `(2023—2025年)的通知`, `(2020-2022年)`
_PERIOD_LED = regex(r"^[（(]\s*(?:19|20)\d{2}\s*[—–\-－~至]+\s*(?:19|20)\d{2}\s*年?\s*[）)]")


_SHORT_TITLE_LINE = 12     # the most characters of a line of a title set in large type (`县级非物质文化遗产`)
_WORDY_ONLY = regex(r"[\u3400-\u9fff\d]+")    # a line of words alone, no stop, quote or bracket


def _short_wrapped_title(lines: list[Line], i: int) -> list[int]:
    """Lines i.. of a title set in large type, one short line each, its last line a document type and its qualifier
    alone (`涿鹿县第四批` / `县级非物质文化遗产` / `申报启事`, blind65 dw_03's page; `九月份` / `家长通知书` under the school's
    name, blind35 cs_12), the body opening under it (its first sentence, dw_03, or its first numbered item, cs_12): no
    line of it long enough to be a headline alone, so read by its last line; [] where none. Not a line naming a body
    (the issuer over the title) nor a `关于…` line (`关于…` / `的通知` wraps as any title does), nor the cells of a
    table's head copied a line each (`评估体制` / `评估方式` / `衡量标准` over `103年`, blind56 dn_11)."""
    if lines[i].kind is not None or "关于" in lines[i].text:
        return []       # (a line naming a body: `_is_org_line`, asked last, where the rest holds)
    for end in range(i + 1, min(i + 3, len(lines))):
        if lines[end - 1].kind is not None or len(lines[end - 1].text) > _SHORT_TITLE_LINE \
                or not _WORDY_ONLY.fullmatch(lines[end - 1].text) or lines[end].kind is not None:
            return []
        last = lines[end].text
        if 4 <= len(last) <= 6 and not last.startswith("的") and _lexicon().doc_type_end.search(last) \
                and _is_formal_title("".join(lines[k].text for k in range(i, end + 1))):
            below = lines[end + 1] if end + 1 < len(lines) else None
            opens = below is not None and below.kind is None and \
                (_PARAGRAPH.search(below.text) is not None or _outline_marker(below.text) is not None)
            return list(range(i, end + 1)) if opens and not _is_org_line(lines[i].text) else []
    return []


def _title_at(lines: list[Line], i: int) -> list[int]:
    """The line indices of a title that starts at line i (a title may wrap over 2–3 lines)."""
    wrapped = _short_wrapped_title(lines, i)
    if wrapped:
        return wrapped
    idx = [i]
    text = lines[i].text
    j = i + 1
    while j < len(lines) and len(idx) < 3 and lines[j].kind is None:
        nxt = lines[j].text
        # (a plan's name wrapped before its period: `关于印发新乡市公共卫生体系建设三年行动计划` over `(2023—2025年)的通知`,
        # blind32 cp_04; `江北区城镇老旧小区改造三年行动方案` over `(2020-2022年)`, blind21 ce_04; `…工作规划` over
        # `(2001-2010年)及实施意见`, cp_03: the period is the name's, and what follows it the title's)
        period_wrapped = _PERIOD_LED.match(nxt) is not None
        # (`关于印发2022年《政府工作报告》` over `重点任务责任落实分工的通知`: the document type inside the
        # book title is not the title's own)
        complete = _is_formal_title(text) and not (text.endswith("》") and _is_formal_title(nxt)) and not period_wrapped
        if complete or not (period_wrapped or _is_headline(nxt + "x")) or len(text + nxt) > 120:
            break
        if not (_is_formal_title(text + nxt) or lines[j].block.style == lines[i].block.style == "centered"):
            break
        idx.append(j)
        text += nxt
        j += 1
    # a title wrapped before its document type (`关于开展…安全` / `专项整治行动的通知`), or the
    # issuer on its own line above `关于…`: earlier lines of the same title
    k = i - 1
    # (not a teaser that introduces the notice: `,日前,南宁市人民政府发布关于…的函,详情如下:`, blind5 bm_08)
    while k >= 0 and len(idx) < 4 and lines[k].kind is None and _is_headline(lines[k].text + "x") \
            and not _is_formal_title(lines[k].text) and not lines[k].text.endswith(("：", ":")):
        same_block = lines[k].block.style == lines[i].block.style == "centered"
        # (the issuers and their verb wrapped before the subject: `鹤岗市人民政府 鹤岗市中级人民法院印发` over `关于完善…的通知`,
        # blind7 bq_04, a title of the shape `辽宁省人民政府办公厅转发省政府金融办关于…的通知`: a verb ends no title)
        issued = lines[idx[0]].text.startswith(("关于", "《")) and _ISSUING_VERB_END.search(lines[k].text) is not None
        # (a subject wrapped over two or three lines under the `…关于` line: `广东省人民政府办公厅关于印发广东省` / `进一步加鼎力度支持
        # 民间投资生长` / `实行方案的通知`, blind19 cc_02; `县人民政府办公室关于` / `对县《政府工作报告》确定的2021年` / `重点工作及
        # 市《政府工作报告》涉及嘉鱼的` / `重点事项进行责任分解的通知`, blind52 dj_01: a middle line joins when a line at most two
        # above it opens the title and the lines between are the title's too)
        opener = next((j for j in (k - 1, k - 2) if j >= 0 and "关于" in lines[j].text), None)
        opened = opener is not None and len(idx) < 3 and all(
            lines[j].kind is None and _is_headline(lines[j].text + "x") and not _is_formal_title(lines[j].text)
            and not lines[j].text.endswith(("：", ":")) for j in range(opener, k))
        # (joint issuers one per line over `关于…`: `中共重庆市永川区来苏镇委员会` / `重庆市永川区来苏镇人民政府` / `关于印发…的通知`,
        # blind17 ca_01; `中共河北雄安新区工作委员会` / `河北雄安新区管理委员会` / `关于印发…`, blind5 bm_10: the title starts
        # with every issuer's name, as a joint notice's formal title does)
        joint = len(idx) >= 2 and lines[idx[1]].text.startswith("关于") and _is_org_line(lines[idx[0]].text) \
            and lines[idx[0]].kind is None and lines[k].text != lines[idx[0]].text
        # (the line right under the 发文字号 opens the title, as GB/T 9704 sets it: `长房议字〔2025〕11号签发人:赵洪利` over
        # `对市政协第十四届第四次会议` / `第2025D048号集体提案的答复`, blind35 cs_04)
        numbered = k > 0 and lines[k - 1].kind == "doc_number"
        if not (same_block or issued or opened or numbered or "关于" in lines[k].text or
                ((lines[idx[0]].text.startswith("关于") or joint) and _is_org_line(lines[k].text) and not _issuer_field(lines, k))):
            break
        idx.insert(0, k)
        k -= 1
    return idx


def _issuer_field(lines: list[Line], k: int) -> bool:
    """Line k is a law database's 制定机关 line: a body's name under the page's headline repeated and over
    the notice's own title (法律资料网: `劳动和社会保障部办公厅` over `关于印发…的通知` / `(劳社厅函[2007]120号)`,
    bk_04; `江西省吉安市人民政府办公室` the same, bn_06). It names the issuer; the title is the line below, opening
    with 关于 or the headline over the line again where the title leads with its issuer (法律资料网's 防城港市人民政府办公室
    关于印发…规划(2007-2011年)的通知 under `广西壮族自治区防城港市人民政府办公室`, law407.infoeach.com, pages corpus)."""
    return 0 < k < len(lines) - 1 and _is_org_line(lines[k].text) \
        and (lines[k + 1].text.startswith("关于") or lines[k + 1].text == lines[k - 1].text) \
        and len(lines[k - 1].text) >= 6 and any(lines[j].text == lines[k - 1].text for j in range(k - 1))


_SENTENCE_END = regex(r"[。；;]")
_EXCLAIMED = regex(r"[!！?？]")


def _body_paragraph(ln: Line) -> bool:
    """A line long enough to be the body's first paragraph, which closes the header zone; not a news site's ticker of
    other headlines run together, exclaiming and asking with no full stop (`快將開售!「寶可夢…」最新情報公開!   次世代高速
    瀏覽器…!` over the item's headline, blind52 dj_08). A sentence the line cut before its full stop is one (`根据第13/2021号
    法律…，以及…上载海关网http://`, the Macau gazette's 海關 公告, blind16 bz_08)."""
    if ln.kind is not None or len(ln.text) <= 120:
        return False
    return _SENTENCE_END.search(ln.text) is not None or len(_EXCLAIMED.findall(ln.text)) < 2


_CRUMB_ARROW = regex(r"[>＞»]")


def _find_first_title(lines: list[Line], title_hint: Optional[str]) -> tuple[Optional[int], Optional[list[int]]]:
    """(line index of the title or None, the title's lines where they were found with it: a short wrapped title's,
    else None)."""
    limit = len(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "recipients" or _outline_marker(ln.text) or _body_paragraph(ln):
            limit = i
            break
    # a document site's blurb or list label above the notice (`简介:…`, `第一篇:…文件` on bl_12) is not
    # its body: the 主送 line a few lines below still closes the header zone (past a list label only
    # when the notice's letterhead or number stands between)
    if limit < len(lines) and lines[limit].kind != "recipients":
        later = next((k for k in range(limit + 1, min(limit + 9, len(lines))) if lines[k].kind == "recipients"
                      or _outline_marker(lines[k].text) or _body_paragraph(lines[k])), None)
        headed = later is not None and any(lines[k].kind in {"letterhead", "doc_number"} for k in range(limit, later))
        if later is not None and lines[later].kind == "recipients" and (headed or not _outline_marker(lines[limit].text)):
            limit = later
    for i in range(min(limit, 5)):
        if lines[i].kind == "authority_title":     # `经济部公告`, `劳动部令`
            return i, None
    posted = _posted_headline(lines, limit)
    if posted:
        return posted[0], (posted if len(posted) > 1 else None)
    memo = _memo_head(lines)
    if memo and memo[1] < limit and lines[memo[1]].kind is None and len(lines[memo[1]].text) <= 60 \
            and "。" not in lines[memo[1]].text:
        return memo[1], None                        # a memo's subject under its head
    for i in range(limit):
        if lines[i].kind is None and lines[i].block.style == "title" and _is_headline(lines[i].text + "x"):
            return i, None                          # a Markdown page's `# ` heading
    if title_hint:
        hint = re.sub(r"\s+", "", title_hint)
        for i in range(limit):
            # (not the breadcrumb the page sets as its <h1>/<h2>, a frame line with the trail's arrows: `当前的位置:首页>通知公告`
            # over 重庆市绿化委员会办公室's 公告, blind89 eu_03, `首页>>学生天地>>通知通告通知通告` over 河北师范大学's
            # `关于组织2017级学生普通话水平测试报名的通知`, blind40 cx_02: the notice's own title is a line under it)
            if lines[i].kind in (None, "frame") and lines[i].text \
                    and not (lines[i].kind == "frame" and _CRUMB_ARROW.search(lines[i].text)) and (lines[i].text == hint or
                                                                      (len(lines[i].text) >= 6 and lines[i].text in hint)):
                return _signed_title_below(lines, i, limit), None
    for i in range(min(limit, 40)):
        if lines[i].kind == "doc_number" and _lexicon().act_number.match(lines[i].text):
            below = i + 1 < len(lines) and lines[i + 1].kind is None and _is_headline(lines[i + 1].text)
            return (i + 1 if below else i), None
    # (not after the body has begun: a news site prints its list of other headlines under the item, and one of them
    # may end in a document type, `勞局與華為合推青年見習計劃` under exmoo.com's item on 社會融和計劃, blind38 cv_09;
    # the same list under its item on 優先入托制度, exmoo.com/article/189500.html)
    for i in range(min(limit, 40, _second_paragraph(lines, limit))):
        ln = lines[i]
        if ln.kind is None and _is_formal_title(_SITE_PREFIX.sub("", ln.text)) and not _lexicon().number_led.match(ln.text):
            return _signed_title_below(lines, i, limit), None
    for i in range(min(limit, 40)):
        if lines[i].kind is None and _CIRCULAR_LED.match(lines[i].text) and _is_headline(lines[i].text):
            return i, None
    for i in range(min(limit, 10)):
        if lines[i].kind == "blurb_title":
            return i, None                          # `導語:X一文來源于網友上傳…`
    for i in range(min(limit, 10)):
        tagged = (_TAGGED.match(lines[i].text) or _FLAGGED.match(lines[i].text)) if lines[i].kind is None else None
        if tagged and "tag" in tagged.re.groupindex and _lexicon().byline_tag.match(tagged["tag"]):
            continue        # a news report's first sentence under its outlet's tag (`【本報】…`), no headline
        rest = _one_sentence(tagged["rest"]) if tagged else None
        if rest and i + 1 < len(lines) and _lexicon().photo_credit.match(lines[i + 1].text):
            continue        # a photo's caption over its credit (rules/structure.yaml photo_credit), no headline
        if rest and _is_headline(_subject_opening(rest)) and not rest.endswith(_TITLE_BAD_END):
            return i, None
    # a bulletin's subject (主旨) heading the page untagged, over its 說明 items: one sentence opening as a 主旨 does
    # (`轉送臺中市體育總會田徑委員會辦理「…田徑賽」競賽規程1份。` over `一、依據…`, blind35 cs_11, a 花蓮 bulletin), as the
    # tagged ones are read (`【公告】檢送「…」1份,詳如說明。` blind10 bt_02, `★★有關各校…函報本府。` bt_03, `【公告】檢送…` blind26
    # cj_09; `標題轉知…實施計畫。` blind16 bz_02)
    if 1 < len(lines) and lines[0].kind is None and lines[0].text.startswith(_lexicon().subject_openers) and _outline_marker(lines[1].text):
        rest = _one_sentence(lines[0].text)
        # (not a lead-in to the items, `有关事项通知如下。`)
        if rest and _is_headline(_subject_opening(rest)) and not rest.endswith(_TITLE_BAD_END) and not rest.endswith("如下"):
            return 0, None
    # a page's headline written as one sentence with its full stop, right over the page's dateline (lexicon
    # `published_line`): `由於三號熱帶氣旋警告信號現正生效,幼稚園…今日停課。` over `05/09/2024` (教育局's closure notice,
    # blind61 ds_11), `縣府函文為因應天兔颱風來襲請各單位加強宣導…防颱措施。` over `發布日期:2024-11-15 08:54:00` (鹿草鄉公所's
    # news item, blind58 dp_12): the headline less its full stop, as a tagged bulletin's is read
    top = next((k for k in range(min(limit, 5)) if lines[k].kind != "frame"), None)
    if top is not None and top + 1 < len(lines) and lines[top].kind is None and lines[top].text.endswith("。") \
            and _lexicon().published.match(lines[top + 1].text):
        rest = _one_sentence(lines[top].text)
        if rest and _is_headline(rest) and not rest.endswith(_TITLE_BAD_END):
            return top, None
    # a bulletin's headline right over the line naming the office that posts it, whatever word and colon it opens with
    # (`重申:請同仁避免將私人物品投遞至市府或所服務之學校` over `發佈單位:文書組`, blind10 bt_07): its words after the colon
    # make a headline; not a contact line over the office (`聯絡電話:…` over 科技部's `公告單位:自然司二科`, blind14 bx_08)
    for i in range(min(limit, 10) - 1):
        opened = _LABEL_PREFIX.match(lines[i].text) if lines[i].kind is None and lines[i + 1].kind == "posting_office" else None
        if opened and _is_headline(lines[i].text[opened.end():]):
            return i, None
    for i in range(min(limit, 10)):
        wrapped = _short_wrapped_title(lines, i)
        if wrapped:
            return i, wrapped               # (its lines: `_title_at` would ask again)
    # a page without a formal title: its headline, the last headline-like line before the body, which
    # starts at its first paragraph at the latest (a news item's list of other headlines comes after it:
    # info.gov.hk / news.gov.hk print pages, stheadline.com)
    # (or at a task table, its rows numbered under `序号`: a line under it is no headline, as the cut last cell `加快绿色食品产`
    # under 怀远县农业农村局's 重点工作 table, blind58 dp_03; a portal's info rows over a headline number no rows)
    skipped = _skip_link_headline(lines, limit)
    if skipped is not None:
        return skipped, None
    first_para = next((k for k in range(limit) if (lines[k].kind is None and _PARAGRAPH.search(lines[k].text))
                       or _serial_table(lines[k])), limit)
    photo_credit = _lexicon().photo_credit
    for i in range(first_para - 1, -1, -1):
        ln = lines[i]
        if photo_credit.match(ln.text):
            continue        # a photo's credit (rules/structure.yaml photo_credit), no headline
        if ln.kind is None and (_is_headline(ln.text) or _speaker_headline(ln.text)
                                or _lexicon().legco_question.match(ln.text)):
            return i, None
    first_ok = limit and lines[0].kind is None and len(lines[0].text) <= 60 and \
        len(re.findall(r"[\u3400-\u9fff]", lines[0].text)) >= 4 and not lines[0].text.endswith(_TITLE_BAD_END)
    # (not `107-07-27`, nor a button (`朗读`, `全文`), nor a body's opening clause `…特提出如下意见:`)
    return (0, None) if first_ok else (None, None)


def _skip_link_headline(lines: list[Line], limit: int) -> Optional[int]:
    """On a GOV.MO page the release's headline is the first line under the skip link; a line under it that reads as a
    headline too is its sub-headline or a photo's caption, not the title (`本澳大米存量充足,内地有足够配额供澳` over
    `经济局与大米供应商代表举行会议`, blind83 eo_11; `经科局访国家知识产权局,进一步深化双方合作交流` over its caption
    `经科局访国家知识产权局`, blind81 em_10's page; the headline read last was taken for both). None where no second
    headline-like line follows (the last headline-like line is read then, as on any page)."""
    lex = _lexicon()
    skip_link, portal_name = lex.rules.lexicon["skip_link"], lex.portal_name   # (the portal's own name under the link)
    for k in range(min(limit, 3)):
        if lines[k].kind == "frame" and lines[k].text == skip_link:
            j = k + 1
            while j < limit and lines[j].kind is None and portal_name.search(lines[j].text):
                j += 1
            if j + 1 < limit and all(lines[m].kind is None and _is_headline(lines[m].text) for m in (j, j + 1)):
                return j
            return None
    return None


def _serial_table(ln: Line) -> bool:
    """A table block whose header's first cell is `序号`: a task table of the body."""
    rows = ln.block.rows if ln.block.kind == "table" else None
    return bool(rows) and bool(rows[0]) and re.sub(r"\s+", "", rows[0][0].text) == "序号"


# a memo's date under its To and From lines (`日期 :2023年12月15日`), and the series and number over them (`秘书长通告2477`,
# `会长通讯 (05/24)`): rules/structure.yaml memo_field
_MEMO_DATE = regex(r"^日期\s*[:：]\s*(?P<date>\S.{5,20})$")
_MEMO_NUMBER = regex(r"^[\u4e00-\u9fff]{2,10}(?:通告|通讯|通函)\s*(?:\d{1,5}|[（(]\d{1,3}/\d{2}[)）])$")


def _memo_head(lines: list[Line]) -> Optional[tuple[int, int]]:
    """The [start, end) lines of a memo's head near the top: its To and From lines and the date under them."""
    start = next((k for k in range(min(len(lines), 6)) if lines[k].kind == "memo_field"), None)
    if start is None:
        return None
    end = start
    while end < len(lines) and lines[end].kind == "memo_field":
        end += 1
    if end - start < 2:
        return None
    return start, end + 1 if end < len(lines) and _MEMO_DATE.match(lines[end].text) else end


def _second_paragraph(lines: list[Line], limit: int) -> int:
    """The line index of the body's second paragraph (two sentences of text have begun the notice), else limit."""
    paragraphs = (k for k in range(limit) if lines[k].kind is None and _PARAGRAPH.search(lines[k].text))
    next(paragraphs, None)
    return next(paragraphs, limit)


def _signed_title_below(lines: list[Line], i: int, limit: int) -> int:
    """Line i, the page's headline, unless no number or 主送 line follows it and a formal title below it in
    the header zone has one under it: a page headed with the plan's name (its <title>, a vendor's headline
    `安徽省统计局公文处理工作办法`) over `关于修订印发《…》的通知` / `皖统〔2012〕77号`. The zone reaches past a
    teaser that repeats the notice's head (`核心提示:关于…的通知 皖统〔2012〕77号 局机关…:根据…`)."""
    def headed(j: int) -> bool:
        end = _title_at(lines, j)[-1] + 1
        return end < len(lines) and lines[end].kind in {"doc_number", "recipients"}
    if headed(i):
        return i
    for j in range(i + 1, min(i + 6, len(lines))):    # the headline a site's prefix of figures over the title itself
        if lines[j].kind is None and _is_formal_title(lines[j].text) and lines[i].text.endswith(lines[j].text) \
                and re.fullmatch(r"[^\u3400-\u9fff]+", lines[i].text[:-len(lines[j].text)]):
            return j    # (`2022关于留坝县创森迎检工作督查情况的通报` over `关于留坝县…的通报`, a 范文 site's year: blind19 cc_06)
    for j in range(i + 1, min(limit + 8, len(lines))):
        if lines[j].kind is None and _is_formal_title(lines[j].text) and not _lexicon().number_led.match(lines[j].text) \
                and headed(j):
            return j
    return i


def find_parts(lines: list[Line], title_hint: Optional[str]) -> list[_Part]:
    first, title_lines = _find_first_title(lines, title_hint)
    parts: list[_Part] = []
    start = 0
    kind = "notice"
    if first is not None:
        if any(lines[k].kind == "attachment_header" for k in range(max(0, first - 2), first)):
            kind = "attachment"
        tl = title_lines or _title_at(lines, first)
        parts.append(_Part(kind, tl, tl[-1] + 1))
        start = tl[-1] + 1
    else:
        parts.append(_Part("notice", [], 0))
    # later parts: after a signature/date block or an attachment header, a new title begins a part
    i = start
    forwarded = _forwarded_names(lines, parts[0])
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "attachment_header" and i + 1 < len(lines) and lines[i + 1].kind is None \
                and _is_headline(lines[i + 1].text + "x"):
            tl = _title_at(lines, i + 1)
            parts[-1].body_end = i
            parts.append(_Part("attachment", tl, tl[-1] + 1))
            i = tl[-1] + 1
            continue
        tl = _title_at(lines, i) if ln.kind is None and i > start and _after_signature(lines, i) else []
        title = "".join(lines[k].text for k in tl)
        if tl and not (_is_formal_title(title) or _norm(ln.text) in forwarded or _closed_list(lines, i)):
            tl = _forwarded_title(lines, i, forwarded)
            title = "".join(lines[k].text for k in tl)
        if tl:
            parts[-1].body_end = i
            parts.append(_Part("plan" if _norm(title) in forwarded else "attachment", tl, tl[-1] + 1))
            i = tl[-1] + 1
            continue
        i += 1
    if not parts[-1].body_end:
        parts[-1].body_end = len(lines)
    for p in parts:
        p.body_end = max(p.body_end, p.body_start)
        _place_recipients(lines, p)
    return parts


def _forwarded_title(lines: list[Line], i: int, forwarded: set[str]) -> list[int]:
    """Lines from i whose texts joined are the name of a plan the notice forwards: its title wrapped on a page
    (`2015年全市深化医药卫生体制改革下步工作` over a centered `要点`, the OFD of blind24 ch_07), or none."""
    text = ""
    for j in range(i, min(i + 3, len(lines))):
        if lines[j].kind is not None:
            break
        text += _norm(lines[j].text)
        if text in forwarded:
            return list(range(i, j + 1))
        if not any(name.startswith(text) for name in forwarded):
            break
    return []


def _norm(s: str) -> str:
    return re.sub(r"[\s《》“”\"]", "", s)


def _forwarded_names(lines: list[Line], part: _Part) -> set[str]:
    """Names of plans a notice forwards: `关于印发《X》的通知` and `关于印发X的通知` forward X."""
    title = "".join(lines[k].text for k in part.title_lines)
    return {_norm(m) for m in re.findall(r"(?:印发|转发|下发|颁布)《([^》]{2,80})》", title)} | \
        {_norm(m) for m in re.findall(r"(?:印发|转发|下发|颁布)([^《》]{2,80}?)的(?:通知|函)$", title)}


def _closed_list(lines: list[Line], i: int) -> bool:
    """Line i heads the list a notice carries under the date that closes it right after its closing formula, with no
    signature between (`特此批复。` / `二○○七年六月二十五日` / `上海市社区建设模范居委会` / `1、南京东路街道新桥居委会`, the 批复 of
    上海市民政局 that says `(名单附后)`, blind40 cx_07; a village's 民主评议结果公示 template, `…公示如下（名单附后）。` over its
    signature and date, the list after them): the date closes the body (GB/T 9704: the 成文日期 ends the 正文), so the
    headline after it, named by what it lists, opens the annex, a formal title or not."""
    j = i - 1
    while j >= 0 and lines[j].kind in {"note", "frame"}:
        j -= 1
    return j > 0 and lines[j].kind == "date_line" and lines[j - 1].kind is None \
        and _lexicon().closing_formula.match(lines[j - 1].text.strip()) is not None \
        and i + 1 < len(lines) and _is_headline(lines[i].text) and numbered_line(lines[i + 1].text)


def _after_signature(lines: list[Line], i: int) -> bool:
    """Line i follows a signature block: a date line, maybe a note, just before it."""
    j = i - 1
    while j >= 0 and lines[j].kind in {"note", "frame"}:
        j -= 1
    return j >= 0 and lines[j].kind in {"date_line", "printed"}


# the kinds of furniture between a title and its 主送 line (what `_place_recipients` passes over)
_PASSED_OVER = {"frame", "letterhead", "doc_number", "damaged_number", "date_line", "labelled_field", "issuer_date", "table",
                "signing_post"}


def _place_recipients(lines: list[Line], part: _Part) -> None:
    """A 主送 line right after the title. Between them a page may have furniture (frames, the
    number, its info block), the document's own head under a page's headline (letterhead, number and
    the title again: `鞍立政发〔2023〕2号立山区人民政府关于…的通知`), or a bulletin's short head lines
    (`寿县政务督查` / `20期`): skipped, as far as the first sentence, and a portal's teaser, a sentence the
    body repeats below (`核心提示:` over the first paragraph, foodmate.net; fanpusoft.com runs it on one line).
    A list of addressees whose colon was lost (`bare_recipients`) is the 主送 line as well. A report made at a meeting
    prints its speaker's post and name between its title (and 题注) and its salutation (`市审计局局长李火生` over `主任、
    各位副主任、各位委员:`, 瑞金市's 整改情况的报告, blind53 dk_05; `市审计局局长 俞金华`, `衢州市审计局局长 刘石平`, `市审计局局长
    励永惠` over theirs on cixird.gov.cn, qz.gov.cn and nbrd.gov.cn's 审计工作报告, pages corpus): passed over as well."""
    title = _norm("".join(lines[k].text for k in part.title_lines))
    looked = 0          # the lines looked at that could be text: a page's furniture, however long its info block, is passed
    # over uncounted (a law portal's labelled block, `发文标题:`/`发文文号:`/`发文部门:`/`发文时间:`, its unlabelled rows and
    # `发文内容:` over the 主送 line, 13 and 14 lines under the headline: blind71 ec_07, blind77 ei_05)
    for k in range(part.body_start, part.body_end):
        kind, text = lines[k].kind, lines[k].text
        if kind in _PASSED_OVER:
            continue
        looked += 1
        if looked > 12:
            return
        if kind is None and is_bare_recipients(text):
            lines[k].kind, lines[k].groups = "recipients", {"body": text}     # its colon lost (`…管委会,…市直有关单位`)
            kind = "recipients"
        if kind == "recipients":
            part.recipients_line = k
            part.body_start = k + 1
            return
        if kind is None and _lexicon().carried_opening.match(text):
            return      # the body starts at the line that opens it, however short (rules/structure.yaml carried_opening)
        if kind is None and k + 1 < part.body_end and lines[k + 1].kind == "recipients" and _wrapped_recipients(text, lines[k + 1]):
            lines[k + 1].groups = classify(text + lines[k + 1].text)[1]
            part.recipients_line = k + 1
            part.body_start = k + 2
            return
        if kind is None and len(text) >= 20 and any(lines[j].text == text for j in range(k + 1, part.body_end)):
            continue
        if kind is None and (_is_subtitle(text) or (len(title) >= 6 and title in _norm(text))
                             or (len(text) <= 40 and not re.search(r"[。，,；;]", text) and not _outline_marker(text))):
            continue
        return


def _wrapped_recipients(text: str, below: Line) -> bool:
    """A 主送 line the page's margin broke, its colon on the line below: `各乡(镇)人民政府、街道办事处,区森林防灭火指挥部各成员单`
    over `位,各国有林场森林防灭火指挥部:` (an OFD, blind55 dm_03); `各市、州卫生局,甘肃矿区卫生局,厅直各单位,兰州大学第一、` over
    `二医院,甘肃中医学院附属医院:` (an OFD, blind50 dh_04). The first line is a list of names in Chinese, no sentence, and the
    two make one 主送 line; not a 版记's dates over it (`2023年6月21日中共北京市委常委会会议审议批准…发布` over `各区委…:`, blind4),
    nor a mirror's list with pinyin glosses (`各乡（xiang)（镇（zhen))人民政府，…` over `县直各有关单位：`, blind3 bf_11)."""
    if re.search(r"[。；;:：《》“”A-Za-z0-9]", text) or len(text) > 60 or not re.search(r"[、,，]", text):
        return False
    return classify(text + below.text)[0] == "recipients"


def _is_subtitle(text: str) -> bool:
    """A line under a title such as `（2023年5月12日县政府第8次常务会议通过）`."""
    return text.startswith(("（", "(")) and text.endswith(("）", ")")) and len(text) <= 60


# --- body and meta -------------------------------------------------------------------------

_WORDY = regex(r"[\w\u3400-\u9fff]")
_TAIL_KINDS = {"date_line", "note", "printed", "cc", "frame", "link_list", "attachment_note", "original_to", "copy_to"}


def _label_value(lines: list[Line], k: int) -> bool:
    """Line k is the value of the label on the line above (`发文字号：` over `镇政发〔2024〕7号`)."""
    return k > 0 and lines[k - 1].kind == "labelled_field" and not lines[k - 1].value and \
        lines[k].kind not in {"labelled_field", "table", "frame"} and len(lines[k].text) <= 60


def _portal_table(lines: list[Line], k: int) -> bool:
    """Line k is a portal's info table (`索引号 | … | 文号 | 汉政办发〔2021〕88号 | 成文日期: | …`): frame, not body."""
    return lines[k].kind == "table" and bool(_labelled_fields(lines, [k]))


def _body_lines(lines: list[Line], part: _Part) -> tuple[int, int, dict]:
    """The [start, end) line range of a part's body and the tail elements found after it."""
    start, end = part.body_start, _cut_page_tail(lines, part.body_start, part.body_end)
    while start < end and (lines[start].kind in {"frame", "labelled_field", "speed", "classification"}
                           or _label_value(lines, start) or _portal_table(lines, start)):
        start += 1
    tail: dict = {}
    # walk back over the tail: signature, date, notes, 附件说明, 抄送, 印发, page frame
    k = end - 1
    while k >= start:
        ln = lines[k]
        if _contact_note(ln) and "date_line" not in tail and _dated_above(lines, start, k):
            tail.setdefault("contact_notes", []).append(k)   # a bracket of contacts over two lines under the date
        elif ln.kind in _TAIL_KINDS:
            tail.setdefault(ln.kind, k)
            if ln.kind == "note" and "联系" in ln.text:
                tail.setdefault("contact_notes", []).append(k)   # `(联系人:李霖,电话:…)`: read as body
        elif ln.kind == "attachment_header" and "date_line" not in tail:
            pass    # below the date, a header over no attachment (blind15 by_03's last line `附件:`) or over the page's
            # files (`相关附件:` / `附件:…回执.doc`, blind21 ce_07)
        elif ln.kind is None and _is_org_line(ln.text) and (nxt := _past_notes(lines, k + 1, end)) < end \
                and lines[nxt].kind in {"date_line", "printed"}:
            tail["signature" if lines[nxt].kind == "date_line" else "printed_by"] = k
        elif ln.kind is None and _is_org_line(ln.text) and "signature" in tail and k + 1 == tail["signature"]:
            tail["signature"] = k       # joint issuers sign one per line (`中共岳阳市委办公室` / `岳阳市人民政府办公室`)
            tail["signature_lines"] = tail.get("signature_lines", 1) + 1
        elif ln.kind is None and _is_org_line(ln.text) and not tail and k == end - 1 and k > start \
                and lines[k - 1].kind == "date_line":
            tail["signature"] = k       # a page that puts the signature under the date (榕江县林长制办公室)
        elif ln.kind is None and "signature" not in tail and _month_signed(lines, start, k):
            tail["signature"] = k - 1   # dated to the month only: the signer, no date (`2016年12月`, blind68 dz_04)
            k -= 1
        elif ln.kind == "issuer_date":
            tail.setdefault("issuer_date", k)       # `山阴县人民政府办公室 2023年5月12日` on one line
        elif ln.kind == "signed_off" and k == end - 1:
            tail["signature"] = k                   # `林口長庚紀念醫院 敬啟`: the signer with no date
        elif ln.kind in {"signing_post", "acting_signer", "official_signature"}:
            tail.setdefault(ln.kind, k)     # `教育局局长` / `谢斌麟代行`, `部長 林美珠`
        elif ln.kind is None and _attachment_list_item(lines, k):
            tail.setdefault("attachment_items", []).append(k)
        elif ln.kind is None and not set(tail) - {"posting_units"} and _posting_units(lines, k, end):
            # `主辦單位: 教育處設施科` closing a bulletin's page, below all else: its frame, not its body (a notice's
            # `主办单位：…` line above its signature and date stays in the body)
            tail.setdefault("posting_units", k)
        elif ln.kind is None and not _WORDY.search(ln.text):
            pass                        # a table's lone rule `|` or a row of `****` under the date: no words
        else:
            break
        k -= 1
    if not tail and (signed := _undated_signature(lines, start, end)) is not None:
        tail["signature"] = signed      # (its lines stay in the body, where they were read before: the name's fuller
        # form of `联盟秘书处` in cz_01's text, which its gold's organisations list)
    return start, k + 1, tail


# a signature's date given to the month (`庆元县人民政府第三次农业普查领导小组办公室` / `2016年12月` under `特此公告。`, a county's
# 农业普查 公告, blind68 dz_04): no date the gold can write down, but the line over it signs
_MONTH_ONLY = regex(r"^(?:19|20)\d{2}\s*年\s*(?:1[0-2]|0?[1-9])\s*月$")


def _month_signed(lines: list[Line], start: int, k: int) -> bool:
    """Line k is a signature's month under the signer's name, which stands under the body's close (a stop, 特此…)."""
    if k - 2 < start or not _MONTH_ONLY.match(lines[k].text):
        return False
    name, above = lines[k - 1], lines[k - 2].text.strip()
    return name.kind is None and _is_org_line(name.text) and \
        (above.endswith(("。", "！", "!")) or bool(_lexicon().closing_formula.match(above)))


def _undated_signature(lines: list[Line], start: int, end: int) -> Optional[int]:
    """The body's name signing it with no date, right over the 附件 header of its annex and under the body's close (a
    sentence's stop, 特此通知, the 附件 note): `学校党委统战部` over `附件:` (blind28 cl_02, the annex a part of its own),
    `成都市先进材料产业生态圈联盟秘书处` over `附件:` / `参会回执` (blind42 cz_01, the annex's one line in the part)."""
    for h in range(min(end, len(lines) - 1), max(start + 2, end - 3) - 1, -1):
        if lines[h].kind != "attachment_header":
            continue
        k, above = h - 1, lines[h - 2]
        closed = above.kind == "attachment_note" or above.text.rstrip().endswith(("。", "！", "!")) \
            or bool(_lexicon().closing_formula.match(above.text.strip()))
        return k if lines[k].kind is None and _is_org_line(lines[k].text) and closed else None
    return None


def _posting_units(lines: list[Line], k: int, end: int) -> bool:
    """Line k is in the trailer of a school or county bulletin's page, below the notice: the offices that post it
    (`主辦單位: 本府教育處`, blind10 bt_01; `主辦單位: 教育處設施科` / `承辦單位: 教育處設施科`, blind_tw_hk tw_02), or
    the trailer's next label cut short by the stored page (`承`, `發布`) as the text's last line under one."""
    units = _lexicon().posting_units
    if units.match(lines[k].text):
        return True
    return k == end - 1 and k > 0 and len(lines[k].text) <= 2 and lines[k - 1].kind is None \
        and bool(units.match(lines[k - 1].text))


def _past_notes(lines: list[Line], k: int, end: int) -> int:
    """The first line from k that is not a note: a page may show `（此件公开发布）` between the
    signature and its date (mdx.gov.cn)."""
    while k < end and lines[k].kind == "note":
        k += 1
    return k


_CONTACT_NOTE = regex(r"^[（(]?[^。；;]{0,30}联系(?:人|电话)[:：]")


def _contact_note(ln: Line) -> bool:
    """A line of a contact bracket under the signature's date that runs over more lines than one (blind13 bw_08 广州市教育局:
    `（广州市教育局联系人：吴勇，联系电话：22083673；` / `广州教育学会联系人：杜静香，联系电话：83180464）`), which a one-line
    `(联系人:白文俊…)` note is (blind bl_05): the notice's, not the page's."""
    return ln.kind in (None, "frame") and _CONTACT_NOTE.match(ln.text) is not None


def _dated_above(lines: list[Line], start: int, k: int) -> bool:
    """A date line stands above line k past notes and contact lines only."""
    j = k - 1
    while j >= start and (lines[j].kind in {"note"} or _contact_note(lines[j])):
        j -= 1
    return j >= start and lines[j].kind == "date_line"


def _cut_page_tail(lines: list[Line], start: int, end: int) -> int:
    """Where a saved page's frame begins below the notice's signature and date, else `end`.

    The frame is what follows the last signature/date pair when it is mostly furniture
    (source lines, comment boxes, disclaimers), as far as the frame words tell.
    """
    end = _related_list_start(lines, start, end)
    for k in range(end - 1, start, -1):
        if lines[k].kind == "date_line" and lines[k - 1].kind is None and _is_org_line(lines[k - 1].text):
            j = k + 1       # past the notes and contact lines under the date: the notice's
            while j < end and (lines[j].kind in {"note", "attachment_note"} or _contact_note(lines[j])):
                j += 1
            after = [ln for ln in lines[j:end] if ln.kind not in {"note", "attachment_note"}]
            if not after:
                return end
            framed = sum(1 for ln in after if ln.kind in {"frame", "link_list"} or ln.text.startswith(("[", "【")))
            return j if framed >= 0.3 * len(after) else end
    return _frame_start(lines, start, end)


def _related_list_start(lines: list[Line], start: int, end: int) -> int:
    """Where a news page's list of its other items begins under the body (rules/structure.yaml related_heading), a
    sentence of the body's over it, else `end`."""
    heading = _lexicon().related_heading
    seen_sentence = False
    for k in range(start, end):
        if seen_sentence and lines[k].kind in {None, "frame"} and heading.match(lines[k].text):
            return k
        seen_sentence = seen_sentence or "。" in lines[k].text
    return end


def _frame_start(lines: list[Line], start: int, end: int) -> int:
    """Where a saved or printed page's frame begins below a notice without a signature and date (an
    annex or a table published alone), else `end`: at the first short frame line (`【打印本页】【关闭窗口】`,
    `相关链接`) after which every line is furniture (frame lines, links, a one-row form, short lines
    without a full stop) and at least a third of them frame lines."""
    cut, lines_after, framed = end, 0, 0
    for k in range(end - 1, start, -1):
        ln = lines[k]
        if ln.kind == "frame" and len(ln.text) <= 40 and lines_after >= 2 and 3 * framed >= lines_after:
            cut = k
        if not _furniture(ln):
            break
        lines_after += 1
        framed += ln.kind in {"frame", "link_list"}
    return _footer_fields_start(lines, start, cut)


def _footer_fields_start(lines: list[Line], start: int, end: int) -> int:
    """Where the owner's fields (`.地址:…` / `.電話:…`) over the copyright line closing a site's footer begin, else `end`
    (lexicon footer_copyright, footer_field): they are the frame's, as its copyright line is. Where the fields stand
    under the copyright line, frame lines only after them (lexicon footer_fields_under), the frame begins at the
    copyright line (or at fields over it)."""
    lex = _lexicon()
    k, under = end - 1, False
    while k - 1 > start and not lex.footer_copyright.search(lines[k].text) and (
            lines[k].kind == "frame" or (lines[k].kind is None and lex.footer_fields_under.match(lines[k].text))):
        under = under or lines[k].kind is None
        k -= 1
    if (k < end - 1 and not under) or k <= start or lines[k].kind != "frame" \
            or not lex.footer_copyright.search(lines[k].text):
        return end
    top = k
    while top - 1 > start and lines[top - 1].kind is None and lex.footer_field.match(lines[top - 1].text):
        top -= 1
    return top if top < k or under else end


_SENTENCE_STOPS = regex(r"[。；;]")


def _furniture(line: Line) -> bool:
    """A line a page's frame may hold: a frame line, a link, a one-row form (`昵称 | 验证码 | 发表评论`),
    or a short line without a full stop that is no element of the notice."""
    if line.kind in {"frame", "link_list"}:
        return True
    if line.kind == "table":
        return len(line.block.rows or []) <= 1
    return line.kind is None and len(line.text) <= 60 and not _SENTENCE_STOPS.search(line.text) \
        and not _outline_marker(line.text)


def _attachment_list_item(lines: list[Line], k: int) -> bool:
    """`2.检测机构帮扶表.doc` continuing an `附件：1.…` line above it."""
    if not re.match(r"^\d{1,2}[.．、]\s*\S", lines[k].text) or len(lines[k].text) > 60:
        return False
    j = k - 1
    while j >= 0 and lines[j].kind is None and re.match(r"^\d{1,2}[.．、]", lines[j].text):
        j -= 1
    return j >= 0 and lines[j].kind == "attachment_note"


def read_meta(lines: list[Line], parts: list[_Part], doc: NoticeText, title_hint: Optional[str],
              warnings: list[str]) -> tuple[Meta, list[tuple[int, int]], Optional[tuple[int, int]]]:
    meta = Meta()
    first = parts[0]
    # header elements stand above the title, or between it and the body on a saved page
    lead = 0                            # the run of header elements at the top (a page's info block)
    while lead < len(lines) and (lines[lead].kind in _HEADER_KINDS or _letter_contact_line(lines, lead)):
        lead += 1
    # (a Macau act's number line is its title as well: `第98/2000號行政長官批示`)
    header = [k for k in range(0, min(max(first.body_start + 3, lead + 1), len(lines)))
              if k not in first.title_lines or lines[k].kind == "doc_number"]
    # (a 公報's 函 line under the item's case line, below the gazette's heads: `質詢事項` / `甲、行政院答復部分` / `(一)行政院函送…`
    # / `(行政院函 中華民國105年9月30日院臺專字第1050092879號)`, blind88 et_10)
    header += [k for k in range(min(lead + 3, len(lines)))
               if k not in header and lines[k].kind == "doc_number" and lines[k].groups.get("sent")]
    k = first.body_start            # a page's info block below its headline (`镇巴县人民政府工作规则` over `• 索引号:`…)
    while k < len(lines) and (lines[k].kind in _HEADER_KINDS or _label_value(lines, k) or _letter_contact_line(lines, k)):
        header += [k] if k not in header else []
        k += 1
    labelled = _labelled_fields(lines, header)
    header_date = header_issuer = letterhead_at = None
    for k in header:
        ln = lines[k]
        site = _SITE_FEED.match(ln.text)
        if site and _is_org_line(site["office"]) and not header_issuer:
            header_issuer = site["office"]
        if ln.kind == "letterhead" and not meta.letterhead:
            meta.letterhead, letterhead_at = ln.text, k
        elif ln.kind == "doc_number" and not meta.doc_number:
            meta.doc_number = ln.value
            meta.signer = ln.groups.get("signer") or meta.signer
            if ln.groups.get("date") and not header_date:
                # `川办发〔2009〕59号 二○○九年十二月八日`; `…公告2019年第5号      2019-9-24` (blind74 ef_06)
                header_date = read_date(ln.groups["date"])[0] or _iso_date(ln.groups["date"])
            if ln.groups.get("sent"):     # `(行政院函 中華民國105年9月30日院臺專字第…號)` under a 公報's 質詢 item
                header_date = header_date or read_date(ln.groups["sent"])[0]
                header_issuer = header_issuer or ln.groups["by"]
        elif ln.kind == "gazette_issuer" and not header_issuer:
            header_issuer = ln.text     # `政 府 總 部 事 務 局` over `通 告` on a Macau gazette page
        elif ln.kind == "damaged_number" and not meta.doc_number:
            meta.doc_number = _repair_number(ln)
            warnings.append(f"document number printed as {ln.text!r}, read as {meta.doc_number}")
        elif ln.kind in {"distribution", "copies_to"}:
            _read_distribution(lines, k, first, meta)
        elif ln.kind == "date_line" and not header_date:
            header_date = read_date(ln.text)[0]     # `經濟部公告<TAB>中華民國104年12月29日`
        elif ln.kind == "issuer_date" and not header_date:
            header_date, header_issuer = _loose_date(ln.value), ln.groups["by"]
        elif ln.kind in {"signer", "copy_number", "secrecy", "urgency", "speed", "classification"}:
            setattr(meta, {"signer": "signer", "copy_number": "copy_number", "secrecy": "secrecy", "urgency": "urgency",
                           "speed": "urgency", "classification": "secrecy"}[ln.kind], ln.value or None)
    body_title = "".join(lines[k].text for k in first.title_lines[_title_after_head(lines, first.title_lines, labelled):])
    if first.title_lines and lines[first.title_lines[0]].kind == "blurb_title":
        body_title = lines[first.title_lines[0]].value     # `導語:X一文來源于網友上傳,…` names the notice X
    act = next((lines[k] for k in first.title_lines if lines[k].kind == "doc_number"), None)
    if act:                             # the act's heading is its number and title, the post it names its issuer
        meta.doc_number = meta.doc_number or act.value
    number = _TITLE_NUMBER.search(body_title)
    if number:                          # a title never keeps its number
        body_title, meta.doc_number = body_title[:number.start()], meta.doc_number or number["number"]
    tagged = _TAGGED.match(body_title)
    if tagged:                          # `【總務處文書組】…`: the office that posts it is the issuer where none signs
        posted_by = tagged["tag"] if _is_org_line(tagged["tag"]) else None
        kept = "" if posted_by or _kind_tag(tagged["tag"]) else f"【{tagged['tag']}】"
        body_title = kept + (_one_sentence(tagged["rest"]) or tagged["rest"])
    squared = _SQUARE_TAGGED.match(body_title)
    if squared and _kind_tag(squared["tag"]):
        body_title = squared["rest"]
    flagged = _FLAGGED.match(body_title)
    if flagged and _one_sentence(flagged["rest"]):
        body_title = _one_sentence(flagged["rest"])
    if body_title.startswith(_lexicon().subject_openers) and body_title.endswith("。") and _one_sentence(body_title):
        body_title = _one_sentence(body_title)     # a 主旨 heading its page: no full stop (blind35 cs_11)
    after = first.title_lines[-1] + 1 if first.title_lines else len(lines)
    stated = body_title.endswith("。") and _one_sentence(body_title) and after < len(lines) \
        and bool(_lexicon().published.match(lines[after].text))
    if stated:      # a headline stated as a sentence over its page's dateline (blind61 ds_11, blind58 dp_12): the
        body_title = _one_sentence(body_title)     # dateline dates the page, not the notice (both golds leave the date)
    led = _CIRCULAR_LED.match(body_title)
    if led:
        body_title, meta.doc_number = body_title[led.end():], meta.doc_number or re.sub(r"\s", "", led["number"])
    body_title, number = _unglued(body_title)
    # a document site's copy headed by its file's name (`大气污染防治2021年行动计划.pdf`, book118's preview, blind52 dj_07;
    # `…行动计划方案(2021-2022年)(18页).docx`, a 文库 page, blind32 cp_05): the name is the title, the file's type and the
    # site's page count are not
    if "." in body_title:      # (every match holds `.`: `re` not asked at each character of the rest)
        body_title = _lexicon().file_name_end.sub("", body_title)
    body_title = _SITE_AFTER_BAR.sub("", _RELAY_LABEL.sub("", body_title))
    # a page's headline and its copy over the text run together on one line (`初步形成积极互动的审计与被审计关系初步形成…关系`,
    # blind53 dk_12), as other pages print them one over the other (blind29 cm_12, blind41 cy_04): the headline once
    half = len(body_title) // 2
    if half >= 6 and body_title == body_title[:half] * 2:
        body_title = body_title[:half]
    dated = _TITLE_DATE_TAIL.search(body_title)
    if dated and _is_formal_title(body_title[:dated.start()]):
        body_title = body_title[:dated.start()]     # `…监测情况的通报(7月2日)`: the title's note of its day, no part of it
    meta.doc_number = meta.doc_number or number
    body_title = _COLUMN_LABEL.sub("", _SITE_PREFIX.sub("", body_title))
    # (a portal's 名称 that names the meeting, not the notice: `名称:市政府第8次常务会议(邀请市政府法律顾问参会)` over the
    # formal `关于召开市政府第8次常务会议的通知`, blind15 by_01: a formal title in the body outranks a label's informal one)
    if labelled.get("title"):           # (`标 题 | 江政办〔2020〕2号区人民政府办公室关于…的通知`, blind25 ci_06)
        labelled["title"], number = _unglued(labelled["title"])
        meta.doc_number = meta.doc_number or number
    informal = labelled.get("title") and _is_formal_title(body_title) and not _is_formal_title(labelled["title"])
    if labelled.get("title") and _norm(labelled["title"]) not in _norm(body_title) and not informal:
        meta.title = labelled["title"]
    elif body_title:
        # a page that quotes the title as a book title (`《北京市人民政府办公厅关于印发〈…〉的通知》`)
        whole = re.fullmatch(r"《([^《》]+)》", body_title)
        meta.title = whole[1] if whole else body_title
    elif title_hint:
        meta.title = title_hint
    meta.doc_number = meta.doc_number or labelled.get("doc_number") or _headline_number(lines, header, meta.title)
    if labelled.get("recipients"):
        meta.recipients = meta.recipients or _split_list(labelled["recipients"])    # 受文者
    if first.recipients_line is not None:
        meta.recipients = _split_list(lines[first.recipients_line].value)
    memo = _memo_head(lines)
    if memo:
        start, end = memo
        to = next((lines[k].value for k in range(start, end) if lines[k].groups.get("label") == "致"), "")
        meta.recipients = meta.recipients or _split_list(to)
        dated = _MEMO_DATE.match(lines[end - 1].text)
        header_date = header_date or (read_date(dated["date"])[0] if dated else None)
        if start and _MEMO_NUMBER.match(lines[start - 1].text):
            meta.doc_number = meta.doc_number or _SPACE.sub("", lines[start - 1].text)
    body: list[tuple[int, int]] = []
    cc_range = None
    run_together: list[str] = []        # the readings of a signature date whose 年 and 月 were lost
    for n, part in enumerate(parts):
        start, end, tail = _body_lines(lines, part)
        part.body_start, part.body_end = start, end
        if start < end:
            body.append((lines[start].block.start, lines[end - 1].block.end))
        body += [(lines[k].block.start, lines[k].block.end) for k in tail.get("contact_notes", [])]
        if "signature" in tail and (n == 0 or not meta.issuer):
            k = tail["signature"]
            meta.issuer = meta.issuer or "、".join(name for ln in lines[k:k + tail.get("signature_lines", 1)]
                                                  for name in _signers(doc, ln))
        if "signing_post" in tail and not meta.issuer:
            meta.issuer = lines[tail["signing_post"]].value
        if "issuer_date" in tail and not meta.issuer and not meta.date:
            ln = lines[tail["issuer_date"]]
            meta.issuer, meta.date = ln.groups["by"], _loose_date(ln.value)
        if "date_line" in tail and not meta.date:
            meta.date, warning = read_date(lines[tail["date_line"]].value or lines[tail["date_line"]].text)
            warnings += [warning] if warning else []
            if not meta.date and n == 0:
                run_together = compact_readings(lines[tail["date_line"]].text)
        if "note" in tail and not meta.note:
            meta.note = lines[tail["note"]].value
        if "cc" in tail:
            ln = lines[tail["cc"]]
            meta.cc = _split_list(ln.value)
            cc_range = (ln.block.start, ln.block.end)
        if "original_to" in tail and n == 0:      # a Taiwan 函's 正本 and 副本: its 主送 and 抄送
            meta.recipients = _split_list(lines[tail["original_to"]].value)     # over the one 受文者 of this copy
        if "copy_to" in tail and n == 0:
            meta.cc = meta.cc or _split_list(lines[tail["copy_to"]].value)
        if "printed" in tail:
            ln = lines[tail["printed"]]
            meta.printed_date = parse_date(ln.value)
            meta.printed_by = (ln.groups.get("by") or "").strip() or \
                (lines[tail["printed_by"]].text if "printed_by" in tail else None)
        if "attachment_note" in tail and n == 0:
            items = [lines[tail["attachment_note"]].value] + [lines[k].text for k in sorted(tail.get("attachment_items", []))]
            meta.attachments = [re.sub(r"^\d{1,2}[.．、]\s*", "", x) for x in items]
    if not meta.issuer and not meta.date:
        _inner_signature(lines, first, meta, act.groups.get("post") if act else None)
    if not meta.issuer and first.title_lines:
        # the database's issuer line over the title, or between the headline's copies under it where the headline is
        # the title (法律资料网's 民政部 and 上海市人大常委会 pages, law991/law75.infoeach.com, pages corpus)
        title = "".join(lines[k].text for k in first.title_lines)
        field = next((k for k in range(first.title_lines[0] - 1, min(first.title_lines[-1] + _TOP, len(lines)))
                      if _issuer_field(lines, k)
                      and (k == first.title_lines[0] - 1 or lines[k + 1].text == title)), None)
        joint = None if field is not None else _joint_issuers_over_title(doc, lines, first.title_lines)
        meta.issuer = lines[field].text if field is not None else joint or \
            _school_letterhead(lines, first.title_lines[0] - 1) or _issuers_over_subject(lines, first.title_lines)
    authority = next((lines[k] for k in first.title_lines if lines[k].kind == "authority_title"), None)
    meta.issuer = meta.issuer or labelled.get("issuer") or (authority.value if authority else None) or \
        (act.groups.get("post") if act else None) or \
        (posted_by if tagged else None) or header_issuer
    if not meta.date and run_together:
        meta.date = _signed_before(run_together, labelled.get("date") or header_date or _published_date(lines, header))
        warnings += [f"date printed without 年 and 月, read as {meta.date}"] if meta.date else []
    meta.date = meta.date or _title_note_date(lines, first) or labelled.get("date") or header_date
    letterhead = meta.letterhead and _lexicon().rules.rule("letterhead").pattern.match(meta.letterhead)
    if not meta.issuer and letterhead:  # (a line classed as a letterhead need not fit the rule: fuzz finding pdf_letterhead_sentence.pdf)
        meta.issuer = letterhead["body"]
    # a Taiwan 函 is titled 機關 + 文別 (`臺南縣政府　函`); its 主旨 is no title, nor the headline of the page that relays it
    # (a school's `【防疫資訊】檢送…請查照。` over `高雄市政府教育局 函`, blind45 dc_08; a council's `Page 540 - …議事錄` over
    # `基隆市政府 函`, blind35 cs_09)
    relayed = meta.title and first.title_lines and letterhead_at is not None and max(first.title_lines) < letterhead_at
    if meta.letterhead and meta.letterhead.endswith("函") and (not meta.title or relayed):
        meta.title = meta.letterhead
    posted = next((ln.value for ln in lines if ln.kind == "posting_office"), None)
    meta.issuer = meta.issuer or posted     # `發佈單位:文書組`: the office that posts a bulletin's item, where none signs
    titled = _lexicon().title_issuer.match(meta.title or "")
    if titled and ((not meta.issuer and (titled["meeting"] or titled["body"] == meta.printed_by)) or
                   (meta.issuer and titled["body"].endswith(meta.issuer) and titled["body"] != meta.issuer)):
        # the body that holds a meeting, or that its 版记 prints the notice where none signs (`农业农村部办公厅关于…的意见` /
        # `农业农村部办公厅2025年1月24日印发`, dev he_05; the two agree under the signature of the seeds' 山阴县人民政府办公室
        # notice), or the title's fuller form of the signature's name
        meta.issuer = titled["body"]
    circular = _CIRCULAR_ISSUER.match(meta.doc_number or "")
    if not meta.issuer and circular:    # `教育局通告第4/2013號`: the bureau that numbers its circulars
        meta.issuer = circular["bureau"]
    if not meta.date and meta.printed_date:
        meta.date = meta.printed_date
    opening = next((ln.text for ln in lines[first.body_start:first.body_end] if not _lexicon().published.match(ln.text)), "")
    released = _lexicon().release_opening.match(opening)
    if released and not meta.issuer:    # a body's own release (under its dateline), dated by its page
        meta.issuer, meta.date = released["org"], meta.date or _published_date(lines, header)
    if not (meta.date or meta.doc_number) and meta.title and not _is_act_title(meta.title) and not stated:
        # a news item is dated by its page: its dateline, or the update stamp closing the page (`最後更新日期: 2022-07-31
        # 20:44` under gov.mo's item on 社工局's services, blind41 cy_10, its `明天(8月1日)` that day's tomorrow)
        meta.date = _published_date(lines, header) or _closing_stamp_date(lines)
    if not (meta.date or meta.doc_number):
        meta.date = _headline_date(lines)
    meta.date = meta.date or _dateline_date(lines, first) or _post_byline_date(lines)
    meta.issuer = meta.issuer or _publisher(labelled.get("publisher"))
    if meta.title and _dated_entries(lines, meta.title):
        meta.title = None               # a page of news items: the first item's headline is no title of the page
    meta.title = meta.title or _crumb_title(lines, meta.issuer) or _teaser_title(lines)
    return meta, body, cc_range


def _title_after_head(lines: list[Line], title_lines: list[int], labelled: dict) -> int:
    """How many of the title's lines open it with a joint notice's 版头 (`_joint_head`): the 发文机关标志 over the title
    (GB/T 9704-2012 7.2.2), no part of it; the title is the `关于…` line under them (`中共河北雄安新区工作委员会` /
    `河北雄安新区管理委员会` / `关于印发《…实施方案》的通知`, blind5 bm_10; `中共廊坊市委` / `廊坊市人民政府` / `关于印发《…纲要`,
    blind69 ea_06; `中共石柱土家族自治县委办公室` / `石柱土家族自治县人民政府办公室` / `关于印发《…》的通知`, blind70 eb_04). Not where
    the page's own 标题 field leads its title with a body (`标题:重庆市永川区来苏镇人民政府关于印发…` over the same head,
    blind17 ca_01, whose gold keeps the names)."""
    head = _joint_head(lines, title_lines) if len(title_lines) > 2 else None
    if not head or head[0] != title_lines[0] or head[1] + 1 not in title_lines:
        return 0
    if labelled.get("title") and not labelled["title"].startswith("关于"):
        return 0
    return title_lines.index(head[1] + 1)


# the date in brackets on its own line under the title, where a party committee's document (and a 决议 or 纪要) prints
# it (`中共湖州市委 湖州市人民政府` / `关于深化城乡社区建设…的实施意见` / `(2018年7月2日)`, blind34 cr_02, no signature under
# its body; the 题注 under a 政府令's title, `(2019年12月12日市政府令第2号公布 自2020年1月12日起施行)`, 规章库 list of
# cc.gztypiano.com, pages corpus): only the date fills the brackets
# the same note run on after the title on its line, the year left out where the page gives it elsewhere
# (`关于全省公立医疗机构先看病后付费、一站式结报、“85%”监测情况的通报(7月2日)`, 甘肃省卫生计生委's 通报, blind23 cg_04)
_TITLE_DATE_TAIL = regex(r"[（(]\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*[）)]$")
_TITLE_NOTE_DATE = regex(r"^[（(]\s*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[）)]$")


def _title_note_date(lines: list[Line], part: _Part) -> Optional[str]:
    """The date of a bracketed line right under the part's title, or under the formal title a page repeats under its
    headline (the line above ends in a document type)."""
    for k in range(1, min(len(lines), max(part.body_start, part.title_lines[-1] + 1 if part.title_lines else 0) + _TOP)):
        m = _TITLE_NOTE_DATE.match(lines[k].text.strip())
        if m and (k - 1 in part.title_lines or _lexicon().doc_type_end.search(lines[k - 1].text.strip())):
            return parse_date(m["date"])
    return None


# a news list's entry headed by its month (`2018年7月關愛基金援助項目`, `2023年2月新增的…康復服務名額`)
_DATED_ENTRY = regex(r"^(?:19|20)\d{2}年\d{1,2}月(?![\d日号])\S")


def _dated_entries(lines: list[Line], title: str) -> bool:
    """The title is the first of a page's entries headed by their month, as 社會福利署's `最新消息` lists them under
    `日期主題` (blind16 bz_05, blind24 ch_12): three such headlines or more, none a sentence."""
    if not _DATED_ENTRY.match(title):
        return False
    return sum(1 for ln in lines if ln.kind is None and _DATED_ENTRY.match(ln.text) and _is_headline(ln.text)) >= 3


# (`您当前的位置 :` as 庆元's news portal words it, blind68 dz_04, and 灵璧县's portal `您当前的位置:首页 > 信息公开 > …`, blind24
# ch_02; `您当前的位置是:` of 平顶山's, blind59 dq_01)
_BREADCRUMB = regex(r"^(?:您的|您)?当前(?:所在)?的?位置是?\s*[:：]\s*(?P<trail>\S.*[>＞»]\s*(?P<last>[^>＞»]+))$")
# the page's tag for the item's body, the last crumb of many portals (`当前位置: 首页 >> 资讯中心 >> 通知公告 >> 正文`,
# `当前位置: 首页 >> 县政府常务会议 >> 议定内容 >> 正文` in corpus texts; `您当前的位置 : 中国庆元网 > 公告栏 > 公告公示   正文`,
# blind68 dz_04): a title run on after it starts there
_BODY_TAG = "正文"


def _crumb_title(lines: list[Line], issuer: Optional[str]) -> Optional[str]:
    """The title of a page that shows no headline but its breadcrumb's last crumb, run together with the column's name
    before it or a tag after it (`当前位置：首页>公开>其他>规划计划广州市教育局关于…的通知`, blind13 bw_08;
    `当前位置:首页>…>公司方案>全市城乡环境卫生整治情况督查通报城乡环境卫生整治方案`, blind23 cg_05): the shortest formal title
    from the issuer's name where the crumb holds it before 关于, else from the crumb's start."""
    for ln in lines[:_INFO_ROWS]:
        m = _BREADCRUMB.match(ln.text)
        if not m:
            continue
        crumb = m["last"].strip()
        crumb = crumb[crumb.find(_BODY_TAG) + len(_BODY_TAG):] if _BODY_TAG in crumb else crumb
        at = crumb.find(issuer + "关于") if issuer else -1
        crumb = crumb[max(at, 0):]
        return next((crumb[:end] for end in range(6, len(crumb) + 1) if _is_formal_title(crumb[:end])), None)
    return None


# a plan's period closing its name (`…实施方案(2019-2020年)`)
_PERIOD_TAIL = regex(r"[（(]\s*(?:19|20)\d{2}\s*[—–\-－~至]+\s*(?:19|20)\d{2}\s*年?\s*[）)]$")


def _teaser_title(lines: list[Line]) -> Optional[str]:
    """The document a news lead-in near the top names, on a page with no title of its own (`日前,潮州印发《…实施方案
    (2019-2020年)》。全文如下:`, blind52 dj_06; `…安徽省林业局发布关于…名单的公示,具体内容如下:`, blind21 ce_11): a formal
    title, the book title's brackets dropped (rules/structure.yaml teaser_title)."""
    for ln in lines[:_TOP]:
        m = _lexicon().teaser_title.search(ln.text) if ln.kind is None else None
        name = (m["book"] or m["about"]) if m else None
        if name and _is_formal_title(_PERIOD_TAIL.sub("", name)):
            return name
    return None


def _letter_contact_line(lines: list[Line], k: int) -> bool:
    """Line k is in the 機關地址 / 聯絡方式 block of a Taiwan 函 or 書函, between the 機關全銜 + 文別 and the 受文者 (文書處理
    手冊: `地址:…` `承辦人:…` `電話:…` `傳真:…` `電子信箱:…`): the header runs on over it to 發文日期 and 發文字號."""
    return lines[k].kind is None and bool(_lexicon().letter_contact.match(lines[k].text))


def _post_byline_date(lines: list[Line]) -> Optional[str]:
    """The date of a school site's post byline over the post (lexicon `post_byline`: `林君穗 - 護理師 | 2023-06-06 |
    人氣:438`, blind47 de_10, blind65 dw_11), among the page's first lines."""
    for ln in lines[:12]:
        m = _lexicon().post_byline.match(ln.text.strip())
        if m:
            try:
                return dt.date(int(m["year"]), int(m["month"]), int(m["day"])).isoformat()
            except ValueError:
                return None
    return None


def _dateline_date(lines: list[Line], part: _Part) -> Optional[str]:
    """The date of a news report's dateline opening its body (`本报3月4日讯`), in the latest year its text names."""
    opening = lines[part.body_start].text if part.body_start < len(lines) else ""
    m = _lexicon().news_dateline.match(opening)
    years = [int(y) for ln in lines for y in re.findall(r"((?:19|20)\d{2})年", ln.text)] if m else []
    return parse_date(f"{max(years)}年{m['before'] or m['after']}") if years else None


def _headline_date(lines: list[Line]) -> Optional[str]:
    """The dateline right under the headline that opens a news page (`民政总署每月公开会议于本周三举行` over
    `26.06.2018  15:38`, blind28 cl_12; `…普通科門診服務安排` over `29.06.2022 15:00`, blind16 bz_07): the page's date
    even where the entries listed after it make another line the title. Not under a notice's formal title: its page's
    `发布时间:2020-03-24` is when the site posted it, not the notice's date (blind34 cr_03 `后勤处关于…的通知`, its gold's date
    null; so are blind bl_07's and bl_14's under their `发布时间:… 来源:…`)."""
    if len(lines) < 2 or lines[0].kind is not None or not _is_headline(lines[0].text) or _is_act_title(lines[0].text):
        return None
    return _published_date(lines, [1])


def _closing_stamp_date(lines: list[Line]) -> Optional[str]:
    """The date of the update stamp on a page's last line (lexicon `closing_stamp`), as published_line reads it."""
    return _published_date(lines, [len(lines) - 1]) if _lexicon().closing_stamp.match(lines[-1].text) else None


def _published_date(lines: list[Line], header: list[int]) -> Optional[str]:
    """The dateline of a news page above or under its headline (`2025-09-22`, `發佈時間:17:38 2022-03-02 HKT` on
    bm_07, `• 2024/03/08` over the headline of a ministry's news list on bk_08, `日期：113-04-10` in the ROC calendar on
    cy_11): the first one."""
    for k in header:
        m = _lexicon().published.match(lines[k].text.strip())
        if m:
            if m["dmy"]:
                day, month, year = map(int, re.findall(r"\d+", m["dmy"]))
            elif m["roc"]:
                year, month, day = map(int, m["roc"].split("-"))
                year += 1911
            else:
                year, month, day = map(int, re.findall(r"\d+", m["date"] or m["iso"]))
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
    return None


_SCHOOL_ENDS = ("学校", "中学", "小学")
_SCHOOL_NAME = regex(r"^[\u4e00-\u9fff]{2,28}(?:" + "|".join(_SCHOOL_ENDS) + ")$")


def _school_letterhead(lines: list[Line], k: int) -> Optional[str]:
    """A school's name on its own line right over the title, as its letterhead (`臺北市松山區民族國民小學` over `停課期間之退費
    辦理方式`, blind37 cu_12; `沙田循道衛理中學` over `畢業典禮特別通告`, blind45 dc_11): the issuer where none signs."""
    return lines[k].text if k >= 0 and lines[k].kind is None and _SCHOOL_NAME.match(lines[k].text) else None


def _signing_name(ln: Line) -> Optional[str]:
    """The body's name a line signs with, bare or closing with its 敬启 (`匡智屯門晨輝學校謹啟` over `二零二一年一月五日`, the
    Chinese letter of a Hong Kong school's page that runs on with its English one and older notices, blind38 cv_12;
    _SIGNED_OFF); not a person's (`校長夏麗珠謹啟`, blind33 cq_08)."""
    if ln.kind is not None:
        return None
    m = _SIGNED_OFF.match(ln.text)
    if m and m["by"].endswith(_SCHOOL_ENDS):
        return m["by"]      # (a school's name is no org line alone: `…普通高等学校` ends a wrapped title's first line)
    # (its seal's note dropped, as `_signers` drops it: `…宁德市科学技术局(代章)`, blind69 ea_01)
    return _lexicon().seal_note.sub("", ln.text) if _is_org_line(ln.text) else (m["by"] if m and _is_org_line(m["by"]) else None)


def _inner_signature(lines: list[Line], part: _Part, meta: Meta, post: Optional[str] = None) -> None:
    """The signature and date of a notice whose forwarded plan follows without a title of its own (a
    page that dropped it, or an excerpt cut inside it): the first signature/date pair in its body."""
    for k in range(part.body_start, part.body_end - 1):
        name = _signing_name(lines[k])
        if name and lines[k + 1].kind == "date_line":
            first = k       # joint issuers sign one per line, as under a body (`中共北京市石景山区委办公室` /
            # `北京市石景山区人民政府办公室` / `2019年4月16日` over the 任务分解方案 a document site kept, blind39 cw_05)
            while first > part.body_start and lines[first - 1].kind is None and _is_org_line(lines[first - 1].text):
                first -= 1
            meta.issuer = "、".join([ln.text for ln in lines[first:k]] + [name])
            meta.date = read_date(lines[k + 1].text)[0]
            return
    # a Macau gazette notice signs off `日期於機關`; one with no text above it closes the notice before this one (an
    # excerpt of the gazette that starts there), and the notices after it on the page are not this one's
    for k in range(part.body_start + 1, part.body_end):
        if lines[k].kind == "dated_at":
            meta.issuer, meta.date = lines[k].groups["by"], _loose_date(lines[k].value)
            return
    # a date over the post and name of the head who signs (`二零零零年五月二十九日` / `行政長官 何厚鏵`, a Macau
    # 批示; `中華民國106年5月18日` / `部長 林美珠`, a Taiwan 令), or over the post its heading names, the name on the
    # line below (`二零零零年四月七日` / `行政法務司司長` / `陳麗敏` under `第3/2000號行政法務司司長批示`): the notice's date
    # A Macau act promulgated by the head who signs puts its formula between (`二零二三年十二月十四日` / `命令公佈。` /
    # `行政長官 賀一誠`, a 行政命令 or 行政法規); a post that is an authority by itself is then the issuer
    # The post may carry the name on its line (`二零二六年一月十六日` / `社會文化司司長柯嵐` under `第2/2026號社會文化司司長批示`,
    # blind25 ci_07), as 行政長官 does (`行政長官何厚鏵`, blind14 bx_03)
    lex = _lexicon()
    for k in range(part.body_start + 1, part.body_end - 1):
        if lines[k].kind != "date_line":
            continue
        j = k + 2 if k + 2 < part.body_end and lex.promulgation.match(lines[k + 1].text) else k + 1
        if lines[j].kind == "official_signature" or \
                (post and re.fullmatch(re.escape(post) + r"\s*(?:[\u4e00-\u9fff]{2,4})?", lines[j].text)):
            meta.date = read_date(lines[k].text)[0]
            signed = lines[j].text[:len(lines[j].text) - len(lines[j].value)].strip() if lines[j].value else ""
            if not post and signed in lex.sole_posts:
                meta.issuer = signed
            return


def _repair_number(ln: Line) -> str:
    """`牟政办发〔201746` (〕 and 号 lost with their glyphs) -> 牟政办发〔2017〕46号."""
    prefix = re.sub(r"\s*[〔\[［]\s*\d+$", "", ln.value)
    return f"{prefix}〔{ln.groups['year']}〕{ln.groups['serial']}号"


_COPIES_IN = regex(r"副\s*本\s*送\s*[:：]\s*(.+?)\s*[—–-]+\s*备\s*考")


def _read_distribution(lines: list[Line], k: int, first: _Part, meta: Meta) -> None:
    """A Hong Kong circular's 分發名單 (主送, with its wrapped lines down to the title) and 副本送 (抄送).

    A 副本送 cell that a PDF ran into the list (`…官立、資助副本送：各組主管—備考（包括特殊學校）、…`)
    is taken out of it."""
    ln = lines[k]
    if ln.kind == "copies_to":
        meta.cc = meta.cc or _split_list(ln.value)
        return
    value = ln.value
    title = first.title_lines[0] if first.title_lines else k + 1
    j = k + 1
    while j < title and lines[j].kind is None:
        value += lines[j].text
        j += 1
    copies = _COPIES_IN.search(value)
    if copies:
        meta.cc = meta.cc or _split_list(copies.group(1))
        value = value[:copies.start()] + value[copies.end():]
    meta.recipients = meta.recipients or _split_list(value)


_HEADER_KINDS = {"gazette_issuer", "labelled_field", "frame", "table", "letterhead", "letterhead_part", "doc_number", "damaged_number", "date_line", "signer", "copy_number",
                 "secrecy", "urgency", "authority_title", "distribution", "copies_to", "speed", "classification"}
# the office whose bulletin the page is, over its items (`花蓮縣政府教育處 RSS訂閱`: blind_tw_hk tw_02, blind10 bt_01): the
# issuer where none signs
_SITE_FEED = regex(r"^(?P<office>[\u4e00-\u9fff]{2,20})\s*RSS\s*订阅$")
_LABELS = {"发文字号": "doc_number", "文件编号": "doc_number", "文号": "doc_number", "发布文号": "doc_number", "发文文号": "doc_number",
           "备注/文号": "doc_number", "备注／文号": "doc_number",     # a 政务信息公开 catalogue's field (blind49 dg_06)
           "字号": "doc_number", "成文日期": "date", "发文日期": "date", "发文时间": "date",
           "制定机关": "issuer", "公布日期": "date",     # a law database's attribute block
           "发文机关": "issuer", "发文单位": "issuer", "发文部门": "issuer", "标题": "title", "发文标题": "title", "名称": "title",
           "受文者": "recipients",
           "发布机构": "publisher",     # the issuer only where nothing else names one (_publisher)
           # (and a portal's 发布机关 cell, its other word: `• 發布機關:臺北市政府民政局` over gov.taipei's 新聞稿, blind84 ep_12;
           # `发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室`, blind38 cv_02, a name cut to its level that _publisher leaves)
           "发布机关": "publisher"}
# a cell's date, maybe with its time of day (bs_06's `发文日期 | 2022-01-30 16:20`, as bl_07's `发布日期: 2023-01-30 08:56`)
_ISO_DATE = regex(r"^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# a cell that opens with a label of its own (`发文时间:2023-01-05`, blind19 cc_01; `日期:` after an empty `作者:`,
# blind5 bm_04): no value of the label before it, as a label's value ends at the next label (ANNOTATION); so on a
# line of labels (blind37 cu_05 下陆区 `文 号: 文件分类: 所属机构:`, an empty number before two empty labels)
_CELL_LABEL = regex(r"^[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,5}[:：]")
_LABEL_COLON = regex(r"[:：]$")
_SPACE = regex(r"\s")
_NO_VALUE = {"无", "暂无", "-", "—", "/"}    # a portal's empty cell (`发文字号: | 无 |`)
_NUMERAL = regex(r"[0-9０-９〇零一二三四五六七八九十]")
# a number cell's value runs on past the number's 号 where the page glued the next word or label to it: the kind of act a
# Taiwan law database writes after it (`交郵88字第06485號公告`, blind27 ck_12; `…字第…號令`, `…號函` as the 法規 databases
# print them), a label the portal's row puts after it (`发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室`, blind38 cv_02;
# `文 号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02`, qqhr.gov.cn's 齐政办发〔2019〕29号 page, pages corpus): a 发文字号
# ends at its 号 (GB/T 9704 7.2.4), nothing after it is part of it
_NUMBER_END = regex(r"^(?P<number>[^号]*?\d[^号]*?号)\s*\S")
# a 发文字号 holds its year and serial (GB/T 9704 7.2.4): a number cell's value with no numeral is the next label of a
# row whose number cell was left empty (`文号 | 浏览量 |` in 保山市民政局's index table, blind90 ev_03; `| 发文字号: | 发文时间:…|`,
# blind19 cc_01, which the colon already tells), not a number
_NUMERAL = regex(r"[\d〇○零一二三四五六七八九十]")


# a body's name cut to its level (`县人民政府办公室`, `区政府`): a portal's own shorthand, naming no body
_LEVEL_LED = regex(r"^(?:省|市|县|区|镇|乡|街道)")
# a body named with its place: a division's name and level word before the body's (`绩溪县上庄镇人民政府`)
_PLACED = regex(r"^[一-鿿]+?[省市县区镇乡旗州]")


def _publisher(value: Optional[str]) -> Optional[str]:
    """A portal's `发布机构` cell as the issuer of a notice that neither signs nor heads its name, where the cell names
    one body with its place (`绩溪县上庄镇人民政府`, blind24 ch_03; `江汉区人民政府办公室`, blind9 bs_06; `屏边县人民政府办公室`,
    blind23 cg_03). Not a site's or a place's name (`中国平潭`, dev hd_04; `海州`, blind15 by_11), a name cut to its level
    (`县政府办公室`, blind8 br_03; `县人民政府办公室`, blind bl_06) or to its office (`政府办`, blind25 ci_06, whose gold takes
    it), nor a site's two bodies in one (`泾县人民政府(办公室)`, blind bl_07; blind4 bk_03, blind15 by_01)."""
    if value and _is_org_line(value) and _PLACED.match(value) and not _LEVEL_LED.match(value) \
            and not re.search(r"[（()）]", value):
        return value
    return None


def _labelled_fields(lines: list[Line], header: list[int]) -> dict:
    """Meta from a portal's labelled info block: lines (`发文字号：…`), line pairs (`发文机关：` over
    `国务院办公厅`) or key/value table cells."""
    pairs: list[tuple[str, str]] = []
    for k in header:
        ln = lines[k]
        if ln.kind == "labelled_field":
            value, later = ln.value, _later_labels(ln.text)     # `名称: … 文号: 泾政〔2023〕1号`: every label of the line
            if not value and not later and k + 1 < len(lines) and lines[k + 1].kind not in {"labelled_field", "table", "frame"}:
                value = lines[k + 1].text   # a label alone on its line, its value under it; not one left empty before
                # the line's next label (`文件编号:   发布机构:   湖州市交通运输局` over the title, blind41 cy_01; `文 号: 文件分类:
                # 所属机构:` over the title, blind37 cu_05)
            pairs.append((ln.groups.get("label") or ln.groups.get("label2") or "", value))
            pairs += later
        elif ln.kind == "frame" and "发布机构" in ln.text:
            # a page's posting row, its cells run together and taken as frame for its posting time
            # (`发布时间:2020-10-07发布机构:官亭镇人民政府浏览次数:106字体:[]`, blind58 dp_05): its 发布机构 cell alone,
            # ending at the next label
            got = _lexicon().rules.rule("labelled_field").pattern.match(ln.text[ln.text.index("发布机构"):])
            pairs += [("发布机构", got["body"])] if got else []
        elif ln.kind == "table":
            for row in ln.block.rows or []:
                cells = [c.text for c in row]
                for cell in cells:      # a cell holding its label and value (`| 标题:南漳镇人民政府2023年工作计划 | |`)
                    kind, groups = classify(cell)
                    if kind == "labelled_field" and groups.get("body") and not _CELL_LABEL.match(groups["body"]):
                        pairs.append((groups.get("label") or groups.get("label2") or "", groups["body"]))
                for key, value in zip(cells, cells[1:]):
                    if _LABEL_COLON.search(key) and _CELL_LABEL.match(value):
                        continue        # an empty label: the next cell has a label of its own (`| 发文字号: | 发文时间:… |`)
                    kind, groups = classify(key + value if _LABEL_COLON.search(key) else f"{key}：{value}")
                    if kind == "labelled_field" and value:
                        pairs.append((groups.get("label") or groups.get("label2") or "", groups.get("body", "")))
    out: dict = {}
    for label, value in pairs:
        field_name = _LABELS.get(_SPACE.sub("", label))
        # (a 主旨 opening with its verb and a colon, `轉知:禽流感盛行季節,…`, blind58 dp_10, is a value, not a label)
        labelled_value = _CELL_LABEL.match(value) and not value.startswith(_lexicon().subject_openers)
        if not field_name or not value or value in _NO_VALUE or labelled_value or field_name in out:
            continue
        if field_name == "date":
            value = read_date(value)[0] or _iso_date(value)
        elif field_name == "doc_number":
            # a 发文字号 carries its serial number (GB/T 9704 7.2.4): a value with no numeral is the page's filler, as
            # 淅川县's portal prints an empty number `文 号: null` (blind89 eu_04) where others print `无` or leave it blank,
            # and an empty cell lets the next label stand as the value (`文号 | 浏览量 |`, blind90 ev_03; blind19 cc_01)
            value = (m["number"] if (m := _NUMBER_END.match(value)) else value) if _NUMERAL.search(value) else ""
        if value:
            out[field_name] = value
    return out


def _later_labels(text: str) -> list[tuple[str, str]]:
    """The label/value pairs after the first on one line of a portal's info block (a value ends where the
    next label begins, so each match's end is the next label's start)."""
    lex = _lexicon()
    rule = lex.rules.rule("labelled_field").pattern
    out = []
    got = rule.match(text) or lex.rules.rule("labelled_run").pattern.match(text)
    while got and got.end() < len(text):
        text = text[got.end():].lstrip()
        got = rule.match(text) or lex.label_run.match(text)
        if got:
            out.append((got["label"] or got.groupdict().get("label2") or "", (got["body"] or "").strip()))
    return out


def _loose_date(value: str) -> Optional[str]:
    """A date whose 日 may be missing (`2022年8月19`)."""
    return read_date(value)[0]


def _iso_date(value: str) -> Optional[str]:
    m = _ISO_DATE.match(value)
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat() if m else None
    except ValueError:
        return None


def _split_list(value: str) -> list[str]:
    """Split an addressee line at 、，； outside brackets: `各县（市、区）农业农村局` stays whole."""
    pieces, depth, cur = [], 0, []
    for ch in value:
        if ch in "（(〔[【《":
            depth += 1
        elif ch in "）)〕]】》":
            depth -= 1
        if depth <= 0 and _SPLIT_LIST.match(ch):
            pieces.append("".join(cur))
            cur = []
            depth = 0
        else:
            cur.append(ch)
    pieces.append("".join(cur))
    return [x.strip().rstrip("。.") for x in pieces if x.strip().rstrip("。.")]


# --- outline -------------------------------------------------------------------------------

_MEASURE = r"[亿万千百元角%％‰倍个名件家次户人台套项米吨斤亩公里平方立方小时分钟秒天日月年周度℃岁]"
_MARKERS = [  # (type, pattern): the marker families of Chinese official documents
    ("part", regex(r"^([甲乙丙丁戊己庚辛])部\s*[：:]\s*")),
    # (a colon after it, as after a stage's marker: `第一部分:整体工作安排` over its `(一)拟研究制定的文件`, blind60 dr_07, 健康中国行动
    # 2020年工作计划; a plan's `第一章：总则`)
    ("chapter", regex(r"^第([一二三四五六七八九十百]+)(?:章|部分|篇)\s*[：:]?\s*")),
    # the stages of a plan's 实施步骤, each a heading to its 。 or colon (`第一阶段启动宣传阶段。各机关…`, blind28 cl_07;
    # `第一阶段:准备阶段(11月20日以前)`, 大牛乡's 2011 换届 plan); a stage's period may stand between it and its colon, in
    # the marker (`第一阶段（3月）：完成基础架构搭建；第二阶段（4月）：…`, `第一阶段（3月）聚焦核心需求梳理`: plans' timetables)
    ("stage", regex(r"^第([一二三四五六七八九十]+)阶段\s*(?:[（(][^（()）。]{1,24}[)）])?\s*[：:]?\s*")),
    ("capital", regex(r"^([壹贰叁参肆伍陆柒捌玖拾]+)\s*[、.．]\s*")),     # Taiwan's outermost level: 壹、總述
    ("roman_paren", regex(r"^[（(]\s*([IVX]{1,5}|[ivx]{1,5})\s*[）)]\s*")),   # Hong Kong (I) / (ii)
    # (丶, the dot radical, is how OCR reads 、: blind3 bf_11's scan `一丶指导思想`, blind14 bx_04's `本2份丶光碟1片`)
    ("cn", regex(r"^([一二三四五六七八九十百]+)\s*[、.．丶]\s*")),
    # (not the office's number inside a Taiwan document number that a line break cut before its bracket: `依據教育部
    # 113年2月1日臺教師` / `(一)字第1130011202號函辦理`, blind14 bx_04; blind20 cd_03, blind18 cb_04 `臺教社` / `(一)字第…`)
    ("cn_paren", regex(r"^[（(]\s*([一二三四五六七八九十]+)\s*[）)](?!\s*字第)\s*")),
    # the points of a forwarding notice numbered by 要 (`一要统一思想,提高认识。…二要强化责任分工…`: 嵊政办发〔2021〕5号,
    # 常政发〔2023〕1号, blind8 br_03 and br_10); only at a line's start, and a section only as a heading ends at 。
    # so are a work plan's points numbered by 是 on lines of their own (`一是扎实推进产业强镇。乡村振兴,产业先行。…`
    # over its `(一)中药材种植产业园项目:…`, `二是全面推进党的建设。…`: 南漳镇人民政府2023年工作计划, blind19 cc_01)
    ("cn_yao", regex(r"^([一二三四五六七八九十])[要是](?=[\u4e00-\u9fff])")),
    # decimal numbering of 应急预案 and standards (GB/T 1.1): 1.1 编制目的, 2.3.1 …; not an amount (2.5亿元)
    ("decimal3", regex(r"^(\d{1,2})[.．](\d{1,2})[.．](\d{1,2})(?![.．\d])\s*(?!" + _MEASURE + ")")),
    ("decimal", regex(r"^(\d{1,2})[.．](\d{1,2})(?![.．\d])\s*(?!" + _MEASURE + ")")),
    # (not a rank, its number before the ordinal indicator: `1.º` / `2.º` over a candidate's name in a Macau notice's list
    # of results, blind18 cb_11's 分配任用 通告 and blind26 cj_08's 评核成绩: rows of a table, not items)
    ("arabic", regex(r"^(\d{1,2})\s*[.．、](?![\dºª])\s*")),
    ("arabic_paren", regex(r"^[（(]\s*(\d{1,2})\s*[）)]\s*")),
    ("circled", regex(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
]
_COMMA = regex("[，,]")
_CLOSE = regex(r"[）)】〕\]]")
_ENTRY_STOPS = regex(r"[。，,；;：:]")
_HEADING_STOPS = regex(r"[。：:（()）]")     # a heading's stop, and the brackets it must be outside
_CLOCK_COLON = regex(r"\d[:：]\d\d")
_ASIDE = regex(r"[（(][^（()）]{0,30}[）)]")
_HAN = regex(r"[\u3400-\u9fff]")
MAX_HEADING = 40        # a heading that ends at 。 or ：
MAX_BARE_HEADING = 25   # a heading line with no stop at all (asides in brackets not counted); longer, it is a list item
SET_HEADING_RUN_ON = 8  # the shortest first sentence a set heading runs into (`目标任务` + `xx年5月底到9月底全县秸秆禁烧`)
# the top level of a decimal outline, a bare number (`1 总则`), counts only over its own `1.1`
_BARE_NUMBER = regex(r"^(\d{1,2})\s*(?=[\u4e00-\u9fff])")
CONTENTS_RUN = 6
# a table of contents' entry: dot leaders and a page number (`1.1编制目的……3`)
_CONTENTS_ENTRY = regex(r"(?:[.…·．]\s*){4,}\d{1,3}$")
_CONTENTS_TITLE = regex(r"^\s*目\s*录\s*$")
MAX_CONTENTS_ENTRY = 80     # an entry under its `目录` line, a long 节 of a plan's chapter with its commas
_CONTENTS_STOPS = regex(r"[。；;：:！？!?]")


_MARKERS_BY_FIRST = EdgeCharIndex([pat for _, pat in _MARKERS])


@functools.lru_cache(maxsize=4096)
def _outline_marker(text: str) -> Optional[tuple[str, re.Match]]:
    """The outline marker a line opens with (kept by line: the outline reads each line's 3-4 times, ~90 calls a
    notice)."""
    for i in _MARKERS_BY_FIRST.candidates(text):
        kind, pat = _MARKERS[i]
        m = pat.match(text)
        if m and m.end() < len(text):
            return kind, m
    return None


@functools.lru_cache(maxsize=1)
def _set_headings() -> re.Pattern:
    words = _lexicon().rules.lexicon["set_headings"]
    return regex("(?:%s)" % trie_source(words))


def _heading_end(rest: str) -> Optional[re.Match]:
    """The first 。 or ： outside brackets (`管道检测公司泄漏检测（指标：泄漏点跟进确认个数）①…`) and outside a web address
    (`提案https://pwelweb.sfaa.gov.tw/`: blind10 bt_04, `1. https://eschool.hlc.edu.tw/` bt_01) and a clock time's
    (`（一）请参会人员于上午8:30前到市政府平台集中出发`, blind26 cj_02: no label ends in a digit)."""
    depth = 0
    for m in _HEADING_STOPS.finditer(rest):
        ch = m.group()
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and not rest.startswith("//", m.end()) and not _CLOCK_COLON.match(rest, max(0, m.start() - 1)):
            return m
    return None


def _left_open(head: str) -> bool:
    """The text leaves a bracket open (`…保持署（下`)."""
    return head.count("（") + head.count("(") > head.count("）") + head.count(")")


# a second marker joined to the item's own (`(二)及(三)`, `(一)及(二)`): a reply answering the parts of a question together,
# as Hong Kong's 立法會 replies do (blind92 ex_11 `(二)及(三) 现时,市民可…`, ex_10 `(一)及(二)證券及期貨事務監察委員會…`;
# blind82 en_08, blind87 es_08), not a heading `及(三)`
_JOINT_MARKER = regex(r"^\s*[及和与與至、]\s*[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]")

# the first item of a deeper list, run on after its announcing clause's colon: `(一)`, `（1）`, `1.`
_FIRST_ITEM = regex(r"^(?:[（(]\s*[一1]\s*[）)]|1\s*[.．、](?!\d))\s*\S")


def _deeper_item(after: str) -> bool:
    """The text after a heading's colon opens with the first item of a deeper list (`(一)競賽活動分為…`)."""
    return _FIRST_ITEM.match(after) is not None


def _said(head: str) -> bool:
    """A numbered item's first clause is a statement, not a heading: it names a day (a dated step of a schedule) or
    a subject with its modal 要 (who is to do what), or has a statement's grammar (`statement_clause`: 该, `时间为`,
    `以1年为原则`, `…，可纳入`) or an act's (`act_clause`: `學校於今天將書單…寄給同學`, `各高等学校就…进行总结`). A day in
    brackets after a stage's name is the stage's time, not a statement (blind17 ca_01's 换届选举 plan `一、前期准备(3月27日前)`; 大牛乡's 2011 换届 plan `第一阶段:准备阶段(11月20日以前)`)."""
    lex = _lexicon()
    bare = _ASIDE.sub("", head)     # a stage's time in brackets stays beside its heading (`一、前期准备(3月27日前)`)
    return bool(lex.dated_item.search(bare) or lex.modal_clause.search(head) or lex.statement_clause.search(head)
                or lex.act_clause.search(bare))


# a second field after a contact field's value on its line (`3.联系人:徐钦芳;联系电话:…`, blind30 cn_04)
_FIELD_AFTER = regex(r"[；;][^：:]{1,8}[：:]")


def _heading(rest: str, under: Optional[str], listed: bool = False, top: bool = False) -> Optional[tuple[str, int]]:
    """(heading, length consumed) of the text after a marker, or None if the item is not a section.

    A heading ends at the first 。 or ：; a line with neither is a heading when short and something stands
    under it (not a list of names: `3. 教育局學位分配組` / `4. 資歷架構秘書處`). Not sections:
    a long item with no stop before its end (a sentence of a list), one whole sentence ending at
    its 。 with nothing under it (`under`: "child" for a deeper item on the next line, "text" for a
    paragraph; a clause with a comma is a sentence even over a paragraph), and a clause before a
    colon (`本计划用词，定义如下：`, `市政府由下列人员组成:市长、…`; an announcing line that ends at its colon over
    deeper items heads them, unless its verb takes `下列…` as its object: `轉授予…作出下列行為的權限:`), or one whose
    destination follows the colon (`信函邮寄至:…`). A rule followed by its proviso (`…影本。但雇主…`;
    `…亦可提出申請。惟為符合…`: blind10 bt_05) is a sentence; so is a clause with a comma in a list whose previous item was a sentence (`listed`), and, without
    a stop, such a clause or the item the text ends in (an excerpt cut inside it).
    A task closed by a bare tag of its units (`…准备工作。(财政局)`) is a sentence of its list.
    A set heading run into its paragraph at the top of the outline (`top`: `一、总体要求以习近平…`) is cut
    at its end. Whether the item's list is one of sentences is `_sentence_list`'s to say.
    """
    if _lexicon().closing_unit_tag.search(rest) or _JOINT_MARKER.match(rest):
        return None
    m = _heading_end(rest)
    if m:
        head = rest[:m.start()].strip()
        after = rest[m.end():].strip()
        # a note in brackets beside the heading is no part of its clause: its commas and length are not weighed
        # (`五、申请方式(请完成下列2项作业,缺一则视同资料不全,不予受理):`, blind30 cn_08; `(二)初级认证研习市府班(四县腔/海陆腔)、
        # 中级暨中高级认证研习市府班(四县腔/海陆腔):`, blind30 cn_09), as a bare heading's are not
        words = _ASIDE.sub("", head) or head
        comma = bool(_COMMA.search(words))     # (Taiwan and Hong Kong pages print `,` too)
        # a task with its units' tag after it on the line (`1.地区生产总值增长6%。(牵头单位:县发展和改革局)`, 金乡县's
        # 责任分工, blind8 br_08) is a sentence of a list, as one with the tag on lines under it (bl_04, bl_16); so is one
        # whose next task runs on after its tag (广州 2006 重点工作事项, blind5 bm_02: `(一)加快建设…基地。(牵头单位:市经贸委;
        # 配合单位:…)?。ǘ┩七M…`, the line breaks of the page lost)
        close = _CLOSE.search(after)
        tagged = bool(_lexicon().unit_tag_line.match(after)) and close is not None and "。" not in after[:close.start()]
        # the same of an entry followed on its line by its own contact (`1.各中小学校至少报送教师组作品1个…。联系人:申老师,
        # 报送邮箱:…`, blind11 bu_02's quota list): a labelled field of the entry, as the units' tag is; not a short label
        # that heads its contact (`五、联系方式。联系人:…`)
        tagged = tagged or (len(head) > 8 and bool(_lexicon().letter_contact.match(after)))
        sentence = m.group() == "。" and (after.startswith(("但", "惟")) or tagged or under != "child" and (
            (listed and comma) or (not after and (under != "text" or comma or listed))))
        # an announcing clause is a heading where its line ends at the colon over deeper items
        # (`一、本次受理申請方式說明如下:` over `(一)民間單位:…`, `(二)地方政府:…`: blind10 bt_05), not where its
        # list runs on after the colon (`四、市政府由下列人员组成:市长、副市长…`: blind bl_09). Deeper numbered items run on
        # after the colon are those items with their line breaks lost (ANNOTATION: a run-together notice is read as if
        # the breaks were there): `二、比賽活動資訊說明如下: (一)競賽活動分為…。(二)初賽報名時間…` (blind18 cb_03), as
        # bt_05's, blind14 bx_07's `二、計畫徵求重點摘述如下:` and blind20 cd_01's `二、比賽資訊如下:` print them a line each
        run_on = bool(after) and _deeper_item(after)
        announces = bool(_lexicon().list_announcer.search(head)) and ((bool(after) and not run_on) or
                                                                      (not after and under != "child")
                                                                      or bool(_lexicon().list_object.search(head)))
        clause = m.group() != "。" and (comma or announces or bool(_lexicon().basis_clause.match(head))
                                       or bool(_lexicon().cited_provision.search(head))
                                       or bool(_lexicon().sent_to.search(head))
                                       or (bool(after) and bool(_lexicon().contact_field.fullmatch(head))
                                           and (listed or bool(_FIELD_AFTER.search(after)))))
        # a labelled field closed by `；` is an entry of a list in semicolons, as the bare entries are
        # (`1.时间:1月22日(星期一)上午9:00—11:00;` `2.地点:各乡镇人民政府大院内;`, blind26 cj_03's 公告)
        clause = clause or (m.group() != "。" and after.endswith(("；", ";")))
        # a set heading run into a short first sentence of its paragraph, the sentence's stop within a heading's
        # length: cut at the set heading, as where the stop is further (`二、目标任务xx年5月底到9月底全县秸秆禁烧。秸秆
        # 禁烧区域为…`, blind45 dc_04's scan, whose `一、指导思想以xx重要思想…,` is cut so); a compound heading joins its
        # second noun with 和/与/及 (`总体目标和要求`, bn_06; `重点任务与分工`, bn_05) and a short tail stays a heading's
        # (`主要任务完成情况`): the sentence runs on for SET_HEADING_RUN_ON characters at least
        s = _set_headings().match(head) if top else None
        if s and len(head) - s.end() >= SET_HEADING_RUN_ON and head[s.end()] not in "，、和与及":
            return s.group(), s.end()
        if 0 < len(words) <= MAX_HEADING and not (sentence or clause or _said(head)):
            return head, m.end()
    else:
        head = rest.strip()
        entry = under is None               # a short list entry: a sibling or an outer item follows it
        # (after sentences of its list, a clause with a comma or an item the text ends in is one more, cut short by the
        # excerpt: bn_03's `(三)报送项目应科学、可行,有较成熟的检验`, bl_09's `七、副市长按分工负`)
        clause = listed and (bool(_COMMA.search(head)) or under == "end")
        # (over deeper items of its own outline a line heads them though longer: `一、统一思想,提高认识,切实保证基础
        # 教育优先发展的战略地位` over `1、…`, blind14 bx_11; blind6 bn_05's `（二）强化基础设施支撑,构建…体系`, 36 characters)
        longest = MAX_HEADING if under == "child" else MAX_BARE_HEADING
        # (a line that leaves its bracket open was cut inside its aside, by the margin or the excerpt's end: `一、依據農業部
        # …水土保持署（下` / `署）115年…函辦理。`, blind67 dy_12's scan; `六、活动解释权归嘉兴市南湖区中心医院(嘉兴市第二医院`,
        # blind32 cp_07; `一、请透过公益彩券回金申办资讯网提案（https://` / `pwelweb.sfaa.gov.tw)`, blind10 bt_04)
        if 0 < len(_ASIDE.sub("", head)) <= longest and not head.endswith(("；", ";", "，", ",")) \
                and _HAN.search(head) and not (entry or clause or _said(head) or _left_open(head)):      # not a bare web address (bt_01's links)
            return head, len(rest)
    s = _set_headings().match(rest) if top else None
    if s and s.end() < len(rest) and rest[s.end()] not in "，、和与及":
        return s.group(), s.end()
    # a top heading run into its paragraph's opener with no stop between (`一、项目类型本次申报的项目为…`, `heading_run_on`)
    r = _lexicon().heading_run_on.match(rest.lstrip()) if top else None
    if r and not _said(r.group("head")):
        return r.group("head"), len(rest) - len(rest.lstrip()) + r.end("head")
    return None


def split_outline(doc: NoticeText, lines: list[Line], start: int, end: int) -> list[OutlineNode]:
    """The tree of numbered sections in lines[start:end]; depth is what the notice nests, counting
    the numbered items that are not sections (`二、本计划用词，定义如下：` over its `（一）青年：…`)."""
    roots: list[OutlineNode] = []
    flat: list[OutlineNode] = []
    marked = {k: found for k in range(start, end) if lines[k].kind is None and (found := _marked(lines, k, end))}
    stack: list[tuple[str, Optional[OutlineNode]]] = [(kind, None) for kind in _cut_above(marked)]
    contents = _contents(lines, marked, end)
    topics = _topic_headed(lines, marked, end)
    ahead = Counter(lines[k].text for k in marked)
    entries: Counter = Counter()        # by marker family: the list entries in a row just before
    whole_sentences: list[tuple[OutlineNode, Optional[OutlineNode]]] = []   # one sentence ending at 。, after a sentence
    objects: list[int] = []             # the depths of the stack's items whose verb takes the list under them as its object
    for k in range(start, end):
        ln = lines[k]
        found = marked.get(k)
        if not found:
            continue
        ahead[ln.text] -= 1
        if k in contents or ahead[ln.text] and _under(lines, k + 1, end, set()) != "text":
            continue    # a table of contents' entry: the same heading comes again with its text
        kind, m = found
        if kind == "capital":           # 壹、 is the outermost level of a Taiwan outline (文書處理手冊): nothing is above it
            del stack[next((i for i, (t, _) in enumerate(stack) if t not in ("part", "chapter")), len(stack)):]
        types = [t for t, _ in stack]
        listed = False                  # the item before it in its list was a list entry, not a section
        sibling = None                  # the section before it in its list
        if kind in types:
            sibling = stack[types.index(kind)][1]
            listed = sibling is None
            del stack[types.index(kind):]
        else:
            entries[kind] = _inline_entries(lines, k, kind, m)
        objects = [d for d in objects if d < len(stack)]
        if objects:     # an entry of the list a sentence's verb takes as its object (`…完成以下作业:` over `(1)数卷一张`)
            stack.append((kind, None))
            entries[kind] += 1
            continue
        under = _under(lines, k + 1, end, {t for t, _ in stack} | {kind})
        rest = ln.text[m.end():]
        # (a topic of a list whose topics head paragraphs, with nothing under it: a heading whose text the page lost)
        lost = under is None and kind in topics and _TOPIC.fullmatch(rest.strip()) is not None
        # (a plan whose outermost family is 1、 heads its set headings with it, as `1、 时间安排` / `2、 行动目标` / `3、 重点任务`
        # on lines of their own, blind47 de_02: its top level, where they run into their paragraphs too, `1、指导思想以习近平…`
        # over `2、工作目标通过…`, blind63 du_03)
        top = kind in ("cn", "chapter") or (kind == "arabic" and not stack)
        head = _heading(rest, "text" if lost else under, listed, top=top) or \
            (_cut_heading(doc, rest, sibling) if k == len(lines) - 1 else None)
        stop = rest[head[1] - 1] if head is not None and head[1] < len(rest) else ""
        runs_on = stop == "。" and bool(rest[head[1]:].strip())
        nested = any(n is not None for _, n in stack)     # its list stands under a section
        listing = nested and stop in ("：", ":") and under != "child" and bool(_COMMA.search(rest[head[1]:]))
        if head is None or _sentence_list(lines, k, end, kind, set(types), entries[kind], listed, head[0], under,
                                          runs_on, stop, nested, listing) or _contact_card(lines, k, end, head[0]):
            if under == "child" and _object_clause(rest):
                objects.append(len(stack))
            stack.append((kind, None))
            entries[kind] += 1
            continue
        entries[kind] = 0
        heading, consumed = head
        heading = _lexicon().heading_unit_tag.sub("", heading) or heading     # `…(由市科技局牵头)`: the unit's tag
        b = ln.block
        node = OutlineNode(level=len(stack) + 1, marker=m.group(0).strip(), heading=heading,
                           start=b.start, heading_end=b.start + m.end() + consumed, end=b.end)
        parent = next((n for _, n in reversed(stack) if n is not None), None)
        (parent.children if parent else roots).append(node)
        stack.append((kind, node))
        flat.append(node)
        rest = ln.text[m.end():]
        if listed and under == "child" and not rest[consumed:].strip() and rest[:consumed].rstrip().endswith("。"):
            whole_sentences.append((node, parent))
    for node, parent in reversed(whole_sentences):
        # after a sentence of its list, with only sentences under it: a sentence too (bt_07's `2. 來文重申…。` after
        # `1. 依據…:…` over `一、…。二、…。`), not a heading in 。 that opens its list (bf_12 `（一）全力以赴拼经济稳增长促发展。`
        # over its tasks)
        if not node.children:
            (parent.children if parent else roots).remove(node)
            flat.remove(node)
    _fill_text(doc, flat, lines[end - 1].block.end if end > start else 0)
    return roots


def _contact_card(lines: list[Line], k: int, end: int, heading: str) -> bool:
    """Whether the item of line k names a unit over its contact card: the next line is the card's phone or mailbox
    field (lexicon `card_field`: `1. 經濟及科技發展局` over `電話:6299 8235`, blind73 ee_09)."""
    return k + 1 < end and lines[k + 1].kind is None and _lexicon().card_field.match(lines[k + 1].text) is not None \
        and _is_org_line(heading)       # (the field's match at the line's start first: `org_end` searches the heading)


# a topic named in a few words, no stop or clause (`时间表`, `时间、地点`)
_TOPIC = regex(r"[\u4e00-\u9fff、]{2,12}")


def _topic_headed(lines: list[Line], marked: dict, end: int) -> set[str]:
    """The outermost families (一、) of this outline whose items are topics heading their paragraphs: a topic of such a
    list with nothing under it, the next item on the line below, heads text the page lost (a table, a form, an image),
    and is a section as its siblings are (`三、时间、地点` over `四、具体要求` among 滨州市中医医院's topics, blind32 cp_02;
    `一.时间表` / `二.校友校董选举指引` over `三.递交参选表格` and its text, 黄凤翎中学's 选举须知, blind27 ck_10)."""
    return {kind for k, (kind, m) in marked.items() if kind == "cn" and _TOPIC.fullmatch(lines[k].text[m.end():].strip())
            and _under(lines, k + 1, end, {kind}) == "text"}


def _object_clause(rest: str) -> bool:
    """An item's sentence ending at its colon, its verb taking the list under it as its object (`list_object`): the
    items under it are that object's entries, none a section (`6、请家长于停课期间协助学生完成以下作业:` over `(1)数卷一张`,
    blind28 cl_11; `一、轉授予…作出下列行為的權限:` over `(一)…`, blind25 ci_07, and `一、…由下列機關組成:` over `(一)…`,
    blind20 cd_09, whose golds hold no section)."""
    m = _heading_end(rest)
    return m is not None and m.group() in "：:" and not rest[m.end():].strip() \
        and _lexicon().list_object.search(rest[:m.start()]) is not None


def _cut_heading(doc: NoticeText, rest: str, sibling: Optional[OutlineNode]) -> Optional[tuple[str, int]]:
    """(heading, length consumed) of the item the text ends in, an excerpt cut after its heading's words (its 。 or a
    comma), where the section before it in its list is a short heading run on into its paragraph on its line: one more
    heading of that list, its paragraph lost (blind21 ce_03 `二、报告整改结果。各有关地区…` over the text's last line
    `三、高度重视整改工作。`; blind8 br_03 `二要强化责任分工,注重协作配合。各乡镇…` over `三要加强督促检查,`)."""
    if sibling is None or not doc.text[sibling.heading_end:sibling.end].strip():
        return None
    words = rest.strip().rstrip("。，,")
    if not words or _heading_end(words) or len(_COMMA.split(words)) > 2 \
            or not all(_short_heading(w) for w in _COMMA.split(words)):
        return None
    return words, len(rest)


_CONVENTIONAL = ("cn", "cn_paren", "arabic", "arabic_paren")     # 一、 > （一） > 1. > （1）, outermost first


def _number(kind: str, m: re.Match) -> int:
    return int(m.group(1)) if kind.startswith("arabic") else cn_to_int(m.group(1)) or 0


def _cut_above(marked: dict) -> list[str]:
    """The families above the first item of an outline cut mid-way, by the conventional order: where the text
    opens past an item's first number (`3.`) and an outer family goes on after it, also past its first
    (`(四)`, then `二、`: 桃園縣 主管會議紀錄 excerpt, blind16 bz_04; matsu-news's `(續前)(二)辦理異議調處` … `六、完善醫療照顧`),
    those outer items stand above it."""
    found = [marked[k] for k in sorted(marked)]
    if not found or found[0][0] not in _CONVENTIONAL[1:] or _number(*found[0]) < 2:
        return []
    first: dict[str, int] = {}
    for kind, m in found[1:]:
        first.setdefault(kind, _number(kind, m))
    return [kind for kind in _CONVENTIONAL[:_CONVENTIONAL.index(found[0][0])] if first.get(kind, 1) > 1]


def _sentence_list(lines: list[Line], k: int, end: int, kind: str, outer: set[str], entries: int, listed: bool,
                   heading: str, under: Optional[str], runs_on: bool = False, stop: str = "", nested: bool = False,
                   listing: bool = False) -> bool:
    """Whether the item of line k, read alone as a section (`heading`), is an entry of a list of sentences, as they
    are: after `entries` (two or more) of its list in a row, though a paragraph follows it, unless deeper items stand
    under it (bk_09 `4. 資歷架構秘書處` after three units and before the news' next paragraph; bm_06 `3.存在问题、建议
    和下一步工作措施等。材料要求…` after `1.…;2.…;` run into the sentence above it); or, a clause with a comma not after
    an entry, when the next item of its list (its marker family, before an `outer` item) is a sentence (bn_12's
    批复: `一、同意撤销监利县,设立玉沙市。…` over `二、新设立的玉沙市,人民政府驻容城镇。`), and so is a series of items in
    `、` not ended by a colon (blind15 by_01 `1.请市政府市长、副市长、秘书长参加。…` over requests, by_06 `1.各中小学、幼儿园
    (含民办)校(园)长、分管安全工作的校` over `2.局机关各科室、局属各单位负责人。`; a post's holder before the colon of his
    duties stays a heading: `一、翁玉耀党组书记、主任：主持委全面工作。`, blind9 bs_03); so is a label in a list under a
    section whose value runs on after its colon as a list or a clause (`listing`: `(一)特邀领导:民盟中央分管领导,中共山东省委统战部领导,…。` over
    `(二)民盟各市委会分管…的负责同志。`, blind27 ck_03; `1、区创建领导小组第一副组长:张少初,常务副组长:…` over
    `2、区级机关各部门主要领导;`, blind15 by_09: the first categories of a meeting's attendees; not at the notice's top
    level: `一、报告内容:工业、对外开放、…的落实情况,…。` over `一、已经完成的…要认真总结,…。`, blind3 bf_10). An item the text ends
    in, cut by an excerpt (`三要加强督促检查,` blind8 br_03), says nothing of its list. A short label before its colon in a list
    under a section (`nested`) stays a heading after sentences (see `_short_heading`)."""
    if entries >= 2 and under != "child" and not (runs_on and _short_heading(heading)
                                                   and not _short_task_before(lines, k, kind)) \
            and not (nested and stop in ("：", ":") and _short_heading(heading)) \
            and not (not stop and under == "text" and _label_after_sentence(lines, k, kind, heading)):
        return True
    clause_mark = _COMMA if stop in ("：", ":") else _ENUMERATION     # (a post's holder before his duties' colon)
    if listed or not (clause_mark.search(_ASIDE.sub("", heading) or heading) or listing):    # (a note in brackets aside)
        return False
    for j in range(k + 1, end):
        found = _outline_marker(lines[j].text) if lines[j].kind is None else None
        if found and found[0] == kind:
            if j == end - 1 and not lines[j].text.rstrip().endswith(("。", ".")):
                return False
            under = _under(lines, j + 1, end, outer | {kind})
            return _heading(lines[j].text[found[1].end():], under) is None
        if found and found[0] in outer:
            return False
    return False


_ENUMERATION = regex("[，,、]")     # a clause with a comma, or a series of items (`请市长、副市长、秘书长参加`)
MAX_RUN_ON_HEADING = 12


def _short_heading(heading: str) -> bool:
    """A few words that name a topic, its text run on after its 。 on the line: a heading though the items before it
    in its list were sentences (blind15 by_01 `6.汇报要求。各单位汇报材料…` after five requests; blind19 cc_06
    `3.创森宣传氛围未形成。一是…` after two findings); not a series of items (bm_06 `3.存在问题、建议和下一步工作措施等。
    材料要求…`). A label before its colon after such sentences is one more of them in a list of the notice's own top
    level (blind10 bt_02 `四、前开竞赛报名时间:105年11月11日…起至…止;有意参赛学校,…`, bt_01 `三、填报说明:「调查表」…`),
    and a heading in a list under a section (`三、报名方式:` over two requests and `（三）收件截止时间: 102年5月30日止`,
    blind20 cd_04; `四、申请作业期程及注意事项:` over two and `(三)注意事项:未依规定办理…,不予受理。`, blind23 cg_08)."""
    return len(heading) <= MAX_RUN_ON_HEADING and not _ENUMERATION.search(heading)


def _label_after_sentence(lines: list[Line], k: int, kind: str, heading: str) -> bool:
    """Whether the item of line k is a short label alone on its line, its paragraph under it, after an item of its
    list that is a whole sentence: the list turns from requests to a topic, as notices close theirs with their
    contacts (blind17 ca_06 `三、纸质申报:…。` then `四、联系人与联系方式` over `资财处:林俊斌,83325374`; blind28 cl_05
    `(二)本次会议不安排接送站,请自行参会。` then `(三)联系方式` over `电话:0531-82954640`); not an entry after bare
    entries (bk_09's `4. 資歷架構秘書處` after three units)."""
    if not _short_heading(heading):
        return False
    for j in range(k - 1, -1, -1):
        found = _outline_marker(lines[j].text) if lines[j].kind is None else None
        if found:
            return found[0] == kind and lines[j].text.rstrip().endswith("。")
    return False


def _short_task_before(lines: list[Line], k: int, kind: str) -> bool:
    """Whether the item before line k in its list is a task said in one short sentence (`2.打造食用菌酵素生产基地。`):
    then an item opening with such a sentence is one more task, its details run on after it (blind8 br_02
    `3.建设3个劳动密集型产业园。推动…`), not a heading."""
    for j in range(k - 1, -1, -1):
        found = _outline_marker(lines[j].text) if lines[j].kind is None else None
        if found:
            if found[0] != kind:
                return False
            rest = lines[j].text[found[1].end():].strip()
            return rest.endswith("。") and rest.count("。") == 1 and not _ENUMERATION.search(rest) \
                and len(rest) <= MAX_HEADING
    return False


def _inline_entries(lines: list[Line], k: int, kind: str, m: re.Match) -> int:
    """How many items of a list run into the line above the first item of a family that starts a line: `内容包括:1.…;
    2.…;` above `3.…` (the items before it numbered in the sentence, which ends in `；`)."""
    if kind != "arabic" or k == 0 or lines[k - 1].kind is not None or int(m.group(1)) < 3:
        return 0
    above, number = lines[k - 1].text.rstrip(), int(m.group(1))
    if not above.endswith(("；", ";")):
        return 0
    found = [n for n in range(1, number) if re.search(rf"(?<![\d.．]){n}[.．、](?!\d)", above[1:])]
    return len(found) if len(found) == number - 1 else 0


def _contents(lines: list[Line], marked: dict, end: int) -> set[int]:
    """Lines of a table of contents: a run of at least CONTENTS_RUN numbered lines with no paragraph
    between them (short unnumbered lines are entries whose number was lost), one of whose entries
    comes again after the run, or that stands under its `目录` line (an excerpt that ends inside its contents:
    blind24 ch_03's 绩溪县防汛抗旱应急预案, as dev he_06 and 明溪县's 预案 head theirs). The run ends where a heading
    comes again (by its words: `1总则` after an entry `总则`): the body starts there."""
    out: set[int] = set()
    run: list[int] = []
    seen: set[str] = set()
    titled = False      # the run stands under a `目录` line
    last = {lines[j].text: j for j in sorted(marked)}   # where each numbered line is last found
    for k in sorted(marked) + [end]:
        if k == end and not run:
            break
        between = range(run[-1] + 1, k) if run else range(k - 1, -1, -1)
        if not run:   # entries just above the first numbered one
            for j in between:
                if lines[j].kind is not None or not _entry_like(lines[j].text):
                    break
                seen.add(_words(lines[j].text))
                titled = titled or _CONTENTS_TITLE.match(lines[j].text) is not None
        elif k == end or _words(lines[k].text) in seen or \
                any(lines[j].kind is None and not _entry_like(lines[j].text, titled) for j in between):
            if len(run) >= CONTENTS_RUN and (titled or any(last[lines[j].text] > run[-1] for j in run)) or \
                    titled and _siblings(lines, marked, run):
                out.update(range(run[0], run[-1] + 1))
            run, seen, titled = [], set(), False
            if k == end:
                break
        else:
            seen.update(_words(lines[j].text) for j in between if lines[j].kind is None)
        run.append(k)
        seen.add(_words(lines[k].text))
    return out


def _words(text: str) -> str:
    """A heading's words without its marker (a table of contents may have lost the numbers)."""
    found = _outline_marker(text) or (("bare", _BARE_NUMBER.match(text)) if _BARE_NUMBER.match(text) else None)
    return text[found[1].end():] if found else text


def _entry_like(text: str, titled: bool = False) -> bool:
    """A line that may be an entry of a table of contents: short, no stop. Under its `目录` line a long entry with commas
    (`第一节共塑政治信念,在全面加强党对民族工作的领导上作出示范,夯实…的政治基础`, blind70 eb_07) is one too."""
    if titled:
        return len(text) <= MAX_CONTENTS_ENTRY and not _CONTENTS_STOPS.search(text)
    return len(text) <= MAX_BARE_HEADING and not _ENTRY_STOPS.search(text)


def _siblings(lines: list[Line], marked: dict, run: list[int]) -> bool:
    """Two numbered lines of one family in a run with nothing but entries between them: siblings whose text is
    elsewhere (in the body each heading has its paragraphs under it before the next of its family)."""
    kinds = [marked[k][0] for k in run]
    return len(set(kinds)) < len(kinds)


def _marked(lines: list[Line], k: int, end: int) -> Optional[tuple[str, re.Match]]:
    """The outline marker of line k: a family of `_MARKERS`, or a bare number over its own decimal
    items (`1 总则` when the next numbered line is `1.1 …`); not a table of contents' entry."""
    text = lines[k].text
    if text.rstrip("\n")[-1:].isdecimal() and _CONTENTS_ENTRY.search(text):     # (an entry ends in its page's digits)
        return None
    found = _outline_marker(text)
    if found and found[0] == "cn_yao" and _runs_on_inline(text, found[1]):
        return None
    if found or not _BARE_NUMBER.match(text):
        return found
    number = _BARE_NUMBER.match(text)
    nxt = next((lines[j].text for j in range(k + 1, min(end, k + 6)) if lines[j].kind is None
                and _outline_marker(lines[j].text)), "")
    if re.match(rf"{number.group(1)}[.．]1(?![.．\d])", nxt):
        return "bare", number
    return ("bare", number) if _after_bare_sibling(lines, k, int(number.group(1))) else None


def _after_bare_sibling(lines: list[Line], k: int, n: int) -> bool:
    """A bare number with no decimal items of its own is a chapter still when it follows the chapter before it, a bare
    `n-1` over its own `n-1.1`, with only that chapter's decimal items between: an 应急预案's `2风险评估` over `（1）人为因素`
    after `1总则` and its `1.1`…`1.4` (长治市道路交通事故应急预案, blind78 ej_05), `2 组织指挥机构` after `1 总则` and its
    `1.1`…`1.4` (垫江县空气重污染天气应急预案, blind59 dq_03)."""
    if n < 2 or re.match(r"\d{1,2}\s*" + _MEASURE, lines[k].text):     # (not an amount, `3个乡镇…`, `12月底前…`)
        return False
    for j in range(k - 1, max(-1, k - 120), -1):
        if lines[j].kind is not None:
            continue
        text = lines[j].text
        bare = _BARE_NUMBER.match(text)
        if bare and not _outline_marker(text):
            if int(bare.group(1)) != n - 1:
                return False
            return re.match(rf"{n - 1}[.．]1(?![.．\d])", next(
                (lines[i].text for i in range(j + 1, k) if lines[i].kind is None and _outline_marker(lines[i].text)),
                "")) is not None
        found = _outline_marker(text)
        if found and found[0] in ("decimal", "decimal3") and int(found[1].group(1)) != n - 1:
            return False
    return False


def _runs_on_inline(text: str, m: re.Match) -> bool:
    """Whether a point numbered by 是 or 要 has the next point on the same line, after a 。: the points run on in one
    paragraph of a report (`一是开展宪法“七进”主题活动。司法所巡回…。二是动员镇、村干部…` blind72 ed_05), not the points on
    lines of their own that head a work plan's paragraphs (blind19 cc_01 `一是扎实推进产业强镇。…` over `二是全面推进党的建设。…`,
    blind8 br_03's `一要…` / `二要…`). The next point's numeral by the one converter (`cn_yao`'s 一…十: a `十是` runs on
    into `。十一是`)."""
    return f"。{cn_counting(cn_to_int(m.group(1)) + 1)}{m.group(0)[-1]}" in text


def _under(lines: list[Line], k: int, end: int, outer: set[str]) -> Optional[str]:
    """What the line k holds under the item above it: "child" (an item of a new, deeper family),
    "text" (a paragraph or table), "tags" (only the lines naming the task's units), or None (a
    sibling or outer item), or "end" (nothing follows in the part)."""
    if k >= end or (lines[k].kind is None and _lexicon().closing_formula.match(lines[k].text.strip())):
        return "end"        # (特此通知。 closes the notice: nothing stands under the item above it)
    found = _outline_marker(lines[k].text) if lines[k].kind is None else None
    if found:
        return None if found[0] in outer else "child"
    tag = _lexicon().unit_tag_line
    j = k
    while j < end and lines[j].kind is None and tag.match(lines[j].text):
        j += 1
    if j > k and (j == end or (lines[j].kind is None and _outline_marker(lines[j].text))):
        return "tags"       # only the units of the task: nothing under it as a heading has
    return "text"


def _fill_text(doc: NoticeText, flat: list[OutlineNode], body_end: int) -> None:
    """Each section's own text: from its heading to the next section's marker."""
    for n, node in enumerate(flat):
        node.end = flat[n + 1].start if n + 1 < len(flat) else body_end
        node.text = doc.text[node.heading_end:node.end].strip()


# --- the stage -----------------------------------------------------------------------------

def recognise_structure(doc: NoticeText, title_hint: Optional[str] = None) -> Notice:
    lines = classify_lines(doc)
    if not lines:
        return Notice(doc=doc, meta=Meta(), parts=[], body=[])
    parts = find_parts(lines, title_hint)
    warnings: list[str] = []
    meta, body, cc_range = read_meta(lines, parts, doc, title_hint, warnings)
    infos = []
    for p in parts:
        title = "".join(lines[k].text for k in p.title_lines) or None
        start = lines[p.title_lines[0]].block.start if p.title_lines else \
            (lines[p.body_start].block.start if p.body_start < len(lines) else len(doc.text))
        end = lines[p.body_end - 1].block.end if p.body_end > p.body_start else start
        infos.append(PartInfo(p.kind, title, start, end, split_outline(doc, lines, p.body_start, p.body_end)))
    return Notice(doc=doc, meta=meta, parts=infos, body=body, cc_range=cc_range,
                  title_year=year_of(meta.title) or year_of(infos[0].title if infos else None), warnings=warnings,
                  posted=_posted(doc.text))


def _posted(text: str) -> Optional[dt.date]:
    """The date the page was posted on: the first posting label's date (lexicon `page_date`), read once here."""
    m = search_lines(_lexicon().page_date, text)
    try:
        return dt.date(int(m["year"]), int(m["month"] or m["month2"]), int(m["day"] or m["day2"])) if m else None
    except ValueError:
        return None


def past_parts(notice: Notice) -> list[tuple[int, int]]:
    """The ranges of the parts that review a year before the notice's (`2016年…工作总结` issued in 2017, up to the
    next plan title `2017年…工作要点`): their figures are results and their duties done (found once a notice; the
    notice's year: `Notice.year`)."""
    got = notice.memo.get("past_parts")
    if got is None:
        got = []
        year = notice.year
        if year is not None:
            lex, text = _lexicon(), notice.text
            for m in scan(lex.past_part_title, text):      # (`(?m)^…`: tried at line starts, `scan`)
                if int(m.group(1)) >= year or (got and got[-1][1] > m.start()):
                    continue
                nxt = lex.plan_part_title.search(text, m.end())
                got.append((m.start(), nxt.start() if nxt else len(text)))
        notice.memo["past_parts"] = got
    return got


def in_past_part(notice: Notice, offset: int) -> bool:
    """Whether `offset` lies in a part that reviews a past year (`past_parts`)."""
    return any(s <= offset < e for s, e in past_parts(notice))
