"""Normalisation: RawDocument -> NoticeText, with a map from every character back to its source.

Stages, in order (each a small function over blocks):
  clean_chars        Kangxi radicals, compatibility ideographs and Hong Kong standard forms (衞) to
                     ordinary ones (NFKC on
                     those only), full-width digits/letters to half-width (Chinese punctuation
                     kept), odd spaces, zero-width characters, markdown marks, a Chinese-numeral
                     year typed with a digit 0 or a letter O for 〇 (`二0一三年`, `二OO三年`) or missing it (`二一九年`)
  to_simplified      OpenCC, with the variant (t2s / tw2s / hk2s) that fits the source
  squeeze_spaces     spaces inside Chinese removed, kept in Latin text; a removed space is
                     remembered as a soft break, which extractors may consult
  drop_furniture     page numbers and page headers repeated across pages
  split_cells        a line's TAB-separated cells as lines (`經濟部公告<TAB>中華民國104年…`), but
                     `label：<TAB>value` kept together
  join_wrapped       lines broken by page or line wrapping rejoined into paragraphs
  strip_readings     pinyin readings after characters (`質(zhì)`), scraping noise (before split_runs, which
                     reads a 发文字号 glued to the title: `…的通知 常政發(fā)〔2023〕1號`)
  split_runs         lines a crawler ran together cut where the line breaks were (see split_runs)
  drop_repeats       an article repeated whole in one file kept once
"""
from __future__ import annotations

import bisect
import difflib
import functools
import re
import struct
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .document import Block, Cell, NoticeText, RawDocument
from .numerals import cn_to_int
from .rules import after_last, compile_pattern, load_rules, regex

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—·"
_IS_CJK = regex(f"[{CJK}]")
_CJK_RUN = regex(f"[{CJK}]+")
_KEEP_FULLWIDTH = set("，。：；！？（）")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00"), None)  # NUL: OpenCC's tw2s cuts there
_ZERO_WIDTH_CHAR = regex("[%s]" % "".join(map(chr, _ZERO_WIDTH)))
_SPACES = regex(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# a bracketed run of pinyin letters with at least one tone mark: the lookahead finds the mark, the run
# is taken whole (possessive), so an unclosed bracket costs one pass over its letters, not one per mark;
# the bracket first (the character before it looked behind at), so that `re` scans for brackets alone
_PINYIN_LETTER = "a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
# a reading follows a character, so spaces after it go too, as squeeze_spaces drops a space next to Chinese
# (`業(yè) -手` -> `業-手`, the same text a second pass gives)
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿü"   # a reading holds one of these
_READING = r"(?=[%s]*?[%s])[%s]*+[)）] *" % (_PINYIN_LETTER, _TONE_MARKED, _PINYIN_LETTER)
_PINYIN = regex(r"[(（](?<=[%s][(（])%s" % (CJK, _READING))
# a reading that a line break cut from its character, on a line left unjoined (a PDF's title lines:
# `…新型城鎮(zhèn)化戰` / `(zhàn)略五年行動計劃…`, blind25 ci_03)
_PINYIN_AT_START = regex(r"^[(（]%s" % _READING)
_READING_MARK = regex(f"[{_TONE_MARKED}]")   # (`_READING`'s lookahead) a text without one has no reading
# a reading written without its tone, one syllable of Hanyu Pinyin in ASCII letters (an initial and a final, or a final
# that stands alone), one or more after a character: a mirror's glosses `發改地(di)區[2016]1771號(hao)` (blind12 bv_06, whose
# number they broke) and `遂昌(chang)縣農(nong)業`, `浙(zhe)(zhe)(zhe)江省` (blind59 dq_07, a company's copy of a 遂昌县 notice,
# whose title, addressees and bodies they broke). Taken only where the text holds two or more, so a lone bracketed word
# after a character (`附件(an)`) stays
_SYLLABLE = (r"(?:(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])(?:iong|iang|uang|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un"
             r"|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)|ang|eng|ai|ei|ao|ou|an|en|er)")
_TONELESS = regex(r"[(（](?<=[%s][(（])%s[)）](?:[(（]%s[)）])* *" % (CJK, _SYLLABLE, _SYLLABLE))   # (a bracket first: a start
# class `re` scans for, as `_PINYIN`)
_MD_HEADING = regex(r"^\s{0,3}#{1,6}\s+")
# a year in Chinese numerals whose 〇 was typed as a digit or a letter (国函〔2014〕86号's `二0一三年八月六日`, a law
# database's 吉府发〔2003〕37号 `二OO三年十二月四日`), the letter also a Cyrillic or Greek O, which looks the same (青海省
# 环境保护厅's relay signed `二О一二年二月二十一日`, blind50 dh_01; a public date parser's test input `二О一一年八月十日` and its
# author's note on court papers dated `二О二О一七年三月十七日`, code index 21866845931 and 39436053599)
_LATIN_ZERO_YEAR = regex(r"[一二]\s?[0OoОоΟο〇○零](?:\s?[0OoОоΟο〇○零一二三四五六七八九]){2}\s?年")  # (a PDF spaces them)
_LATIN_ZEROS = str.maketrans("0OoОоΟο", "〇〇〇〇〇〇〇")
# a Chinese-numeral year of this century whose 〇 the crawl or the OCR lost, dated to the day (blind31 co_11's
# 澳门 news `于二一二年八月二十一日至十月二十一日`, blind28 cl_09's signature `二一九年八月二十八日`): three
# numerals `二XY年` before a month and a day are no year a notice names, but `二〇XY年` is; the 二 first, its lookbehind
# after it, so that `re` looks for the literal rather than trying the lookbehind at every position
_LOST_ZERO_YEAR = regex(r"二(?<![〇○零一二三四五六七八九十百千\d]二)(?=\s?[一二]\s?[〇○零一二三四五六七八九]\s?年"
                             r"(?:\s?[一二三四五六七八九十]){1,3}\s?月(?:\s?[一二三四五六七八九十]){1,3}\s?[日号])")  # (a PDF spaces them)
_MD_LINK = regex(r"\[([^\]\n]{1,200})\]\((?:mailto:|https?://)[^)\s]{1,500}\)")
# (not a run of three asterisks or more: a masked number `聯系電話:4376****傳真:437****` (blind16 bz_11), `67****26`
# (blind31 co_02), a masked address `wj****zx@126***`, a row of them under a heading are no bold marks)
_MD_BOLD = regex(r"\*\*(?<!\*\*\*)(?!\*)(.+?)(?<!\*)\*\*(?!\*)|__(.+?)__")
# a full stop typed as the half-width `.` between two ideographs (`(二)全面检查与突出重点相结合.紧紧围绕…`, every sentence of
# 宁波's 安全生产大检查 excerpt, blind36 ct_05; `…至12月18日举行.因应现时社会情况,…`, 香港学校朗诵节's notice, blind40 cx_10):
# never a decimal point (digits), a web address (Latin) or a numeral's outline marker (`一.按照《职业税规章》…`, blind14 bx_02;
# Taiwan's `壹.` and `貳.`, OUTLINE_MARKER's capitals read before the script is converted)
_HALF_WIDTH_STOP = regex(r"\.(?<=[\u4e00-\u9fff](?<![一二三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾])\.)(?=[\u4e00-\u9fff])")
# question marks opening a paragraph where a page lost its indent's full-width spaces in a legacy encoding (`??上海市静安区
# 人民政府办公室` / `??2023年4月23日` / `??` on a content farm's copy of 静安区's forward, GB18030, blind41 cy_05) or a character
# (`?。ù思_(kāi)发布)关于…`, blind7 bq_12): no Chinese paragraph opens with a half-width `?`
_LOST_INDENT = regex(r"^\?{1,4}(?=[\u4e00-\u9fff\d（(“《]|\s*$)")
# a forum's jammer (干扰码: a Discuz plugin salts each post with runs of random Latin letters, digits and marks, hidden from
# readers, to foil copying; dz-x.net's 站帮云 plugin page, pages corpus): `3 _ N' T' M* y8 [# P; N5 e按照…`, `一、活动时间- E; O* T2
# M& \( s3 M; H` through 桂园街道's 驻点 公告 copied off a forum (blind40 cx_05). A run of five tokens of one or two such
# characters, three letters at least and marks among them or letters of both cases with digits, is no text
_JAMMER = regex(r"(?:[\x21-\x7e]{1,2} ){4,}[\x21-\x7e]{1,2}(?![\x21-\x7e])")
_JAMMER_MARK = regex(r"[!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{}~]")
_PAGE_NUMBER = regex(r"^\s*(?:[-—–－─]\s*\d{1,4}\s*[-—–－─]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")
_BARE_NUMBER = regex(r"^\s*\d{1,3}\s*$")   # alone on a line of a page: its number
# a document site's page marker run into the text it splits (`县政府成立县农作第2页共4页物秸秆禁烧工作领导小组` and
# `第1页共4页政府秸秆禁烧工作实施方案为…`, a county's plan on wnwk.com, blind45 dc_04; `…新修建道路绿化工作。第 1 页共 5 页下载后
# 可任意编辑牵头…`, a plan on a document site, blind21 ce_10): page furniture, no text; alone on its line it is `_PAGE_NUMBER`
_INLINE_PAGE_MARK = regex(r"第\s*\d{1,4}\s*页\s*[/，,]?\s*共\s*\d{1,4}\s*页")
_SENTENCE_END = "。！？；：!?;:…"
_CLOSERS = "）)》”」』】’\""


@dataclass
class _Piece:
    """A block under construction: its text and, per character, the raw block and offset."""
    text: str
    blk: list[int]
    off: list[int]
    page: Optional[int]
    source: int
    style: Optional[str] = None
    wrapped: bool = False
    opens: bool = False                      # a paragraph starts here (RawBlock.opens)
    soft: set = field(default_factory=set)   # offsets where a space was removed before the char
    rows: Optional[list[list[_Piece]]] = None

    @classmethod
    def of(cls, text: str, source: int, page=None, style=None, wrapped=False, offset=0, opens=False) -> _Piece:
        n = len(text)
        return cls(text, [source] * n, list(range(offset, offset + n)), page, source, style, wrapped, opens)

    def extend(self, other: _Piece) -> None:
        """other's text appended, with its origin map and soft breaks (a paragraph or page joined to this one)."""
        n = len(self.text)
        self.soft |= {n + x for x in other.soft}
        self.text += other.text; self.blk += other.blk; self.off += other.off

    def sub(self, pattern: re.Pattern, repl) -> _Piece:
        """re.sub that keeps the origin map and the soft breaks outside the matches; a replacement's
        characters take the origin of the match start."""
        out, blk, off, soft, pos = [], [], [], set(), 0
        for m in pattern.finditer(self.text):
            s, e = m.span()
            soft.update(len(blk) + x - pos for x in self.soft if pos <= x <= s)
            out.append(self.text[pos:s]); blk += self.blk[pos:s]; off += self.off[pos:s]
            # a template without a backslash is its own expansion (Match.expand parses it again on every call)
            r = repl(m) if callable(repl) else m.expand(repl) if "\\" in repl else repl
            # keep the origins of a group that survives whole, else the match start's
            g = next((i for i in range(1, (m.re.groups or 0) + 1) if m.group(i) is not None and m.group(i) == r), None)
            if g is not None:
                gs, ge = m.span(g)
                blk += self.blk[gs:ge]; off += self.off[gs:ge]
            else:
                blk += [self.blk[s] if s < len(self.blk) else self.source] * len(r)
                off += [self.off[s] if s < len(self.off) else 0] * len(r)
            out.append(r)
            pos = e
        if pos == 0 and not out:
            return self
        soft.update(len(blk) + x - pos for x in self.soft if x >= pos)
        out.append(self.text[pos:]); blk += self.blk[pos:]; off += self.off[pos:]
        self.text, self.blk, self.off, self.soft = "".join(out), blk, off, soft
        return self

    def cut(self, cuts: list[int]) -> list[_Piece]:
        """The piece split before each offset of `cuts` (ascending), spaces at the cuts and empty pieces left out."""
        out, bounds, soft = [], [0, *cuts, len(self.text)], sorted(self.soft)
        for lo, hi in zip(bounds, bounds[1:]):
            while lo < hi and self.text[lo] == " ":
                lo += 1
            while hi > lo and self.text[hi - 1] == " ":
                hi -= 1
            if hi > lo:
                out.append(_Piece(self.text[lo:hi], self.blk[lo:hi], self.off[lo:hi], self.page, self.source,
                                  self.style, self.wrapped if hi == len(self.text) else False, self.opens and lo == 0,
                                  {x - lo for x in soft[bisect.bisect_right(soft, lo):bisect.bisect_left(soft, hi)]}))
        return out

    def retext(self, new: str) -> _Piece:
        """Replace the text with a same-meaning text (e.g. OpenCC's), realigning the origins."""
        if new == self.text:
            return self
        if len(new) == len(self.text):
            self.text = new
            return self
        blk, off = [], []
        sm = difflib.SequenceMatcher(None, self.text, new, autojunk=False)
        for _tag, i1, i2, j1, j2 in sm.get_opcodes():
            for k in range(j2 - j1):
                src = min(i1 + k, max(i2 - 1, i1), len(self.blk) - 1)
                blk.append(self.blk[src] if src >= 0 else self.source)
                off.append(self.off[src] if src >= 0 else 0)
        self.text, self.blk, self.off = new, blk, off
        return self


# --- clean_chars ---------------------------------------------------------------------------

# CJK Radicals Supplement forms that stand for a whole character, which NFKC leaves alone: fonts map their
# glyphs to them (Chromium's PDFs of web pages print 人⺠政府 for 人民政府). From Unicode's
# EquivalentUnifiedIdeograph.txt (the radicals whose names say the character: CIVILIAN 民, C-SIMPLIFIED GATE 门).
_RADICAL_CHARACTERS = {
    0x2E97: "心", 0x2EA0: "民", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC9: "贝", 0x2ECB: "车", 0x2ED1: "長", 0x2ED3: "长",
    0x2ED4: "门", 0x2ED8: "青", 0x2ED9: "韦", 0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EE2: "马",
    0x2EE3: "骨", 0x2EE4: "鬼", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEA: "黾",
    0x2EEC: "齐", 0x2EEE: "齿", 0x2EF0: "龙",
}


# Hong Kong's standard forms (香港常用字字形表) that OpenCC's t2s and tw2s keep as they are, only hk2s folding them,
# to the standard traditional character, which every variant converts: 衞 (the Hong Kong government prints
# 衞生署, 食物環境衞生署, 衞生防護中心, 醫務衞生局; blind4 bk_09 `公共衞生`) as 衛. From OpenCC's HKVariants.txt
# (衛 -> 衞), the one of its pairs the other variants leave (`僞`, `綫`, `裏`, `麪`, `啓`, `衆`, `爲` all convert).
# And 巿 (U+5DFF, fú, a ceremonial apron of classical texts) typed for 市 (U+5E02), whose glyph it all but repeats: Macau's
# `市政署巿政管理委員會決議` blind14 bx_01, Hong Kong's `東涌巿政大樓` blind25 ci_10 (no notice means the apron).
_VARIANT_CHARACTERS = {0x885E: "衛", 0x5DFF: "市"}

# Big5's colon forms beside its full-width colon `：` (0xA147): `︰` (0xA14A, PRESENTATION FORM FOR VERTICAL TWO DOT LEADER,
# which NFKC turns into `‥`) and the small `﹕` (0xA152), typed as colons in Hong Kong and Macau texts: `(電話︰853 2870 0800;
# 電郵:…)` in a Macau paper's item (blind36 ct_11), `相關字詞﹕康樂設施…` under a Hong Kong item (blind18 cb_07). A label
# before them (電話, 聯絡人) is then read as before `：`.
_COLON_FORMS = {0xFE30: "：", 0xFE55: "："}
# the small full stop `﹒` (U+FE52, SMALL FULL STOP, which NFKC turns into `.`) typed after an item's number as the full-width
# `．` is (read as `.`): 安徽省人民政府's 重点工作及责任分解 notices number their targets `1﹒全省生产总值增长8%。` (blind56 dn_01,
# 2021) and `2﹒固定资产投资力争增长10%以上…` (blind6 bn_02), each item's 牵头责任单位 on the lines below it
_STOP_FORMS = {0xFE52: "."}


def _clean_char(ch: str) -> str:
    o = ord(ch)
    if o in _RADICAL_CHARACTERS:
        return _RADICAL_CHARACTERS[o]                  # ⺠ (U+2EA0) -> 民
    if o in _VARIANT_CHARACTERS:
        return _VARIANT_CHARACTERS[o]                  # 衞 -> 衛 (-> 卫)
    if o in _COLON_FORMS:
        return _COLON_FORMS[o]                         # ︰ -> ：
    if o in _STOP_FORMS:
        return _STOP_FORMS[o]                          # 1﹒ -> 1.
    if 0x2E80 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F:
        return unicodedata.normalize("NFKC", ch)       # ⽅ (U+2F45) -> 方
    if 0xFF01 <= o <= 0xFF5E and ch not in _KEEP_FULLWIDTH:
        return chr(o - 0xFEE0)                         # ２０２３ -> 2023, ｃｏｍ -> com
    if ch in "\u00a0\u3000\u2002\u2003\u2009\u202f":
        return " "
    if ch in "\r\f\v":
        return " "
    if 0xD800 <= o <= 0xDFFF:                          # a lone surrogate (only from API input)
        return "\ufffd"
    return ch


# every character `_clean_char` changes, for str.translate (each maps to exactly one character)
_CLEAN_TABLE = {o: clean for o in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00),
                                   *range(0x2F800, 0x2FA20), *range(0xFF01, 0xFF5F),
                                   *range(0xD800, 0xE000), *_VARIANT_CHARACTERS, *_COLON_FORMS, *_STOP_FORMS,
                                   *map(ord, "\u00a0\u3000\u2002\u2003\u2009\u202f\r\f\v")]
                if (clean := _clean_char(chr(o))) != chr(o)}


def _char_class(codes: list[int]) -> re.Pattern:
    """A regex matching runs of the given characters (a class of ranges), behind the gate of its class (`_runs_of`)."""
    ranges: list[list[int]] = []
    for o in sorted(codes):
        if ranges and ranges[-1][1] == o - 1:
            ranges[-1][1] = o
        else:
            ranges.append([o, o])
    return _runs_of("[%s]" % "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges))


def _runs_of(char_class: str) -> re.Pattern:
    """`[…]+`, runs of a class, behind the gate `(?=[…])` that `compile_pattern` makes `re`'s start class: `re` finds
    no start for a repeat and would enter the pattern at every position of a text; gated, it skips in C to the
    class's characters (clean_text over the 19 `parse-text` notices 0.075 -> ~0.025 ms a notice, squeeze_spaces'
    runs 0.015 -> 0.008)."""
    return compile_pattern(f"(?={char_class}){char_class}+")


_TO_CLEAN = _char_class(list(_CLEAN_TABLE))


def clean_text(text: str) -> str:
    """`text` with every character cleaned as `clean_chars` does (same length). Only the runs that need
    it go through `str.translate` (a dict lookup per character, slow over a whole notice)."""
    return _TO_CLEAN.sub(lambda m: m.group().translate(_CLEAN_TABLE), text)


def clean_chars(piece: _Piece, known_clean: bool = False) -> _Piece:
    """The piece's characters cleaned (zero-width ones dropped, then `clean_text`) and its markup read; with
    `known_clean` (the document holds no character to drop or clean: see `normalize`) the two passes are left out."""
    if not known_clean:
        if _ZERO_WIDTH_CHAR.search(piece.text):
            keep = [i for i, c in enumerate(piece.text) if ord(c) not in _ZERO_WIDTH]
            piece.text = "".join(piece.text[i] for i in keep)
            piece.blk = [piece.blk[i] for i in keep]
            piece.off = [piece.off[i] for i in keep]
        piece.text = clean_text(piece.text)
    if "年" in piece.text and _LATIN_ZERO_YEAR.search(piece.text):
        piece.sub(_LATIN_ZERO_YEAR, lambda m: m.group().translate(_LATIN_ZEROS))
    if "年" in piece.text and _LOST_ZERO_YEAR.search(piece.text):
        piece.sub(_LOST_ZERO_YEAR, "二〇")
    if piece.text.startswith("?") and _LOST_INDENT.match(piece.text):
        piece.sub(_LOST_INDENT, "")
    if " " in piece.text and _JAMMER.search(piece.text):
        piece.sub(_JAMMER, lambda m: _unjammed(m, piece.text))
    if "." in piece.text and _HALF_WIDTH_STOP.search(piece.text):
        piece.sub(_HALF_WIDTH_STOP, lambda m: "." if _quoted(piece.text, m.start()) else "。")
    if "](" in piece.text:
        piece.sub(_MD_LINK, r"\1")
    if "**" in piece.text or "__" in piece.text:
        piece.sub(_MD_BOLD, lambda m: m.group(1) or m.group(2))
    if "#" in piece.text:
        m = _MD_HEADING.match(piece.text)
        if m:
            piece.style = piece.style or ("title" if m.group().strip() == "#" else "heading")
            piece.sub(_MD_HEADING, "")
    return piece


def _quoted(text: str, at: int) -> bool:
    """Position `at` stands inside a name in 「」 or 《》: its `.` is a name's separator (`「亲子营敍星光下.大埔海滨公园」`,
    康文署's headline, blind39), not a full stop."""
    before = text[:at]
    return before.rfind("「") > before.rfind("」") or before.rfind("《") > before.rfind("》")


def _unjammed(m: re.Match, text: str) -> str:
    """The jammer run of `_JAMMER`'s match dropped, a colon before it and an item's opening bracket after it kept
    (`…告知如下:' m I9 @! F) j0 V, y) T- t4 n`, `' ^: J# a; w% X' F9 n4 j(二)通过预约面谈。`); other runs kept."""
    run = m.group()
    letters = [c for c in run if c.isalpha()]
    if len(set(letters)) < 3 or (len(_JAMMER_MARK.findall(run)) < 3 and not (
            any(c.isupper() for c in letters) and any(c.islower() for c in letters) and any(c.isdigit() for c in run))):
        return run      # (a table's row of figures, `| 1 | 50 | 30 | 20 |`, holds no letters; a key of grades
        # `: -A | A | +A`, blind24 ch_12, one letter)
    # (a semicolon is the jammer's own mark, not the text's: runs open with it after a line's words as at its start,
    # `三、活動要求; h% w2 ?( L3 Z% B g` in 汶上縣婦聯's 三八 notice off a forum (blind80 el_04, whose heading it closed
    # as a clause), `; d% F b8 Q3 f! P二、活动地点` and `; E; H) E$ @- Q2 W! F松园社区…` in cx_05)
    head = run[0] if run[0] == ":" and m.start() and not text[m.start() - 1].isascii() else ""
    tail = run[-1] if run[-1] in "(（" and re.match(r"[一二三四五六七八九十\d]{1,3}[)）]", text[m.end():]) else ""
    return head + tail


# --- to_simplified -------------------------------------------------------------------------

@functools.cache
def _opencc(config: str):
    import opencc
    return opencc.OpenCC(config)


def detect_script(text: str) -> tuple[str, Optional[str]]:
    """('simplified' | 'traditional' | 'mixed', the OpenCC config to convert with, or None)."""
    sample = "".join(_CJK_RUN.findall(text))[:4000]
    if not sample:
        return "simplified", None
    simplified = _opencc("t2s").convert(sample)
    changed = _differences(sample, simplified)
    if changed == 0:
        return "simplified", None
    # (the conversions are the cost, 1-4 ms each as six converters' tables take turns in the cache: the
    # t2s one is made once, and the s2t one only where the share leaves the script undecided)
    share = changed / len(sample)
    script = "traditional" if share > 0.02 and _differences(sample, _opencc("s2t").convert(sample)) < changed \
        else "mixed"
    # Taiwan and Hong Kong standards write some characters differently (台/臺, 綫/線, 裏/裡):
    # pick the variant whose own traditional form reproduces the source best.
    best, best_score = "t2s", -1
    traditional: list[str] = []     # s2t of the simplified sample, made once (see _restored)
    for cfg in ("tw2s", "hk2s", "t2s"):
        restored = _restored(cfg, sample, simplified, traditional)
        score = len(sample) - _differences(sample, restored)
        if score > best_score:
            best, best_score = cfg, score
        if score == len(sample):
            break       # restored whole: no later variant can score higher (8 of 45 traditional corpus notices)
    return script, best


_BACK = {"tw2s": "s2tw", "hk2s": "s2hk", "t2s": "s2t"}


def _restored(cfg: str, sample: str, simplified: str, traditional: list[str]) -> str:
    """The sample converted by `cfg` and back by its reverse (`simplified` is t2s's conversion). Where cfg gives
    t2s's text, as it does but for regional variants in the sample, s2tw and s2hk are s2t's text (kept in
    `traditional`, computed once) with their variants put on it, if no phrase of their variants is found there (see
    _variants_stage): one conversion through OpenCC's large s2t tables where there were three."""
    forward = simplified if cfg == "t2s" else _opencc(cfg).convert(sample)
    back = _BACK[cfg]
    if forward == simplified:
        if not traditional:
            traditional.append(_opencc("s2t").convert(simplified))
        if back == "s2t":
            return traditional[0]
        stages = _variants_stage(back)
        if stages is not None:
            characters, phrases, marked, marks = stages
            text = traditional[0]
            if phrases.convert(text) == text and marked.convert(text) == marks.convert(text):
                return characters.convert(text)
    return _opencc(back).convert(forward)


@functools.cache
def _variants_stage(config: str):
    """OpenCC's s2tw or s2hk as s2t then a stage of regional variants (its phrases, else its characters): (the
    variants' characters alone, their phrases alone, their phrases with t2s's characters, t2s's characters alone) as
    converters, or None where the installed configs are not of that shape (or not found).

    Such a config segments a text as s2t's phrases do and converts each segment as s2t does: the segments'
    conversions make s2t's text (s2t matches the same longest phrase at each segment's start; its characters'
    dictionary holds single characters). It then puts the variants on each segment. Where no phrase of the variants
    is found in the s2t text, that is its characters alone, whatever the segments. The phrases alone, and the
    phrases with t2s's characters, match at the same places as the variants stage over the whole text (each steps
    one character where no phrase starts); a phrase found changes the text in the first, or makes the second differ
    from t2s's characters alone: no phrase is written both as its key and as t2s's characters write the key, and
    each is as long as its key (tests/test_normalize.py checks the dictionaries for this)."""
    import json
    import os
    import tempfile

    import opencc

    def read(name: str) -> tuple[str, dict]:
        path = getattr(_opencc(name), "config", "")
        with open(path, encoding="utf-8") as f:
            return path, json.load(f)
    try:
        (path, cfg), (_, s2t), (t2s_path, t2s) = read(config), read("s2t"), read("t2s")
        *first, stage = cfg["conversion_chain"]
        variants = stage["dict"]["dicts"]
        t2s_characters = t2s["conversion_chain"][0]["dict"]["dicts"][-1]
        if first != s2t["conversion_chain"] or "segmentation" in s2t or "segmentation" in t2s \
                or cfg.get("normalization") != s2t.get("normalization") \
                or cfg["segmentation"] != {"type": "mmseg", "dict": first[0]["dict"]["dicts"][0]} \
                or stage["dict"]["match_policy"] != "short_circuit" or len(variants) != 2:
            return None
    except (OSError, ValueError, LookupError, TypeError):
        return None         # (an OpenCC whose configs are elsewhere or written otherwise)

    def absolute(d: dict, home: str) -> dict:
        return {k: os.path.join(os.path.dirname(home), v) if k == "file" else
                [absolute(x, home) for x in v] if k == "dicts" else v for k, v in d.items()}

    def converter(chain_dict: dict):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump({"name": config, "conversion_chain": [{"dict": chain_dict}]}, f)
        try:
            return opencc.OpenCC(f.name)
        finally:
            os.unlink(f.name)
    t2s_characters = absolute(t2s_characters, t2s_path)
    phrases, characters = (absolute(d, path) for d in variants)
    return converter(characters), converter(phrases), \
        converter({"type": "group", "match_policy": "short_circuit", "dicts": [phrases, t2s_characters]}), \
        converter(t2s_characters)


def _differences(a: str, b: str) -> int:
    """Positions where two texts differ (up to the shorter one's length). Counted on the texts' code
    points as 32-bit lanes of two integers, XORed: a lane differs when it is nonzero, i.e. when its
    low 31 bits plus 0x7FFFFFFF carry into its top bit or its top bit is set. 5-10x faster than a
    comparison character by character in Python, which took ~1 ms for the 4,000-character sample."""
    if a == b:
        return 0
    n = min(len(a), len(b))
    x = _lanes(a[:n]) ^ _lanes(b[:n])
    low, top = _lane_masks(n)
    return ((((x & low) + low) | x) & top).bit_count()


# (kept for the few calls of a notice: detect_script compares its sample, of one length, with up to five texts; the
# sample's integer and the masks for its length were made again at each, half of the function's cost)
@functools.lru_cache(maxsize=2)
def _lanes(text: str) -> int:
    """The text's code points as the 32-bit lanes of one integer (`_differences`)."""
    return int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")


@functools.lru_cache(maxsize=2)
def _lane_masks(n: int) -> tuple[int, int]:
    """The low 31 bits and the top bit of each of n 32-bit lanes (`_differences`)."""
    return int.from_bytes(b"\xff\xff\xff\x7f" * n, "little"), int.from_bytes(b"\x00\x00\x00\x80" * n, "little")


def to_simplified(pieces: list[_Piece], config: Optional[str]) -> list[_Piece]:
    """Convert the pieces with one OpenCC call (joined by newlines, which no phrase crosses)."""
    todo = [p for p in pieces if _IS_CJK.search(p.text)] if config else []
    if any("\n" in p.text for p in todo):
        for p in todo:
            p.retext(_opencc(config).convert(p.text))
    elif todo:
        converted = _opencc(config).convert("\n".join(p.text for p in todo)).split("\n")
        if len(converted) != len(todo):     # OpenCC lost or added a line: convert one piece at a time
            converted = [_opencc(config).convert(p.text) for p in todo]
        for p, new in zip(todo, converted):
            p.retext(new)
    return pieces


# --- squeeze_spaces ------------------------------------------------------------------------

def _is_wide(ch: str) -> bool:
    """A Chinese character or punctuation; the numeral zero 〇 (and ○, typed for it: `二○○四年`) counts as one."""
    return bool(_IS_CJK.match(ch)) or ch in CJK_PUNCT or ch in "〇○"


_SPACE_RUN = _runs_of(r"[ \t\n]")


def squeeze_spaces(piece: _Piece) -> _Piece:
    """Drop spaces next to Chinese (`赵 栋`, `2023 年`); keep one space between Latin words."""
    text = piece.text
    if " " not in text and "\t" not in text and "\n" not in text:
        return piece
    out: list[str] = []
    blk: list[int] = []
    off: list[int] = []
    soft: set[int] = set()
    size, pos = 0, 0

    def keep(lo: int, hi: int) -> None:
        nonlocal size
        out.append(text[lo:hi]); blk.extend(piece.blk[lo:hi]); off.extend(piece.off[lo:hi])
        size += hi - lo

    for m in _SPACE_RUN.finditer(text):
        i, j = m.span()
        keep(pos, i)
        pos = j
        before = text[i - 1] if i else ""
        after = text[j] if j < len(text) else ""
        if before and after and not (_is_wide(before) or _is_wide(after)):
            out.append(" "); blk.append(piece.blk[i]); off.append(piece.off[i])
            size += 1
        elif before and after:
            soft.add(size)
    keep(pos, len(text))
    piece.text, piece.blk, piece.off, piece.soft = "".join(out), blk, off, soft
    return piece


# --- block-level stages --------------------------------------------------------------------

def drop_furniture(pieces: list[_Piece]) -> list[_Piece]:
    """Page numbers (a bare number on a line of a paged document too), and short lines repeated on
    three or more pages (running headers)."""
    pages = {p.page for p in pieces if p.page}
    repeated: set[str] = set()
    if len(pages) >= 3:
        per_page = Counter(t for t in {(p.text, p.page) for p in pieces if p.rows is None and len(p.text) <= 40})
        counts = Counter(t for t, _ in per_page)
        repeated = {t for t, c in counts.items() if c >= max(3, len(pages) // 2)}
    return [p for p in pieces if p.rows is not None or (p.text and not _PAGE_NUMBER.match(p.text) and p.text not in repeated
                                                         and not (p.page and _BARE_NUMBER.match(p.text)))]


_STRUCTURAL_START = regex(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|附件|抄送|主送|联系人|联系电话|"
    r"(?:二[〇○零]|一九|19|20)[〇○零一二三四五六七八九\d]{2}年[^，。]{0,8}月[^，。]{0,8}日$|[-—–]|第[一二三四五六七八九十]+[章条节]|"
    # a news list's date over its headline (`• 2024/03/08`)
    r"[•·]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$)")


def drop_page_marks(pieces: list[_Piece]) -> list[_Piece]:
    """The paragraphs with the page markers run into them (`_INLINE_PAGE_MARK`) taken out: after the wrapped lines are
    joined, since a PDF's line may end inside one (`县农作第2页共4` / `页物秸秆…`)."""
    for p in pieces:
        if p.rows is None and "共" in p.text and _INLINE_PAGE_MARK.search(p.text) and not _PAGE_NUMBER.match(p.text):
            p.sub(_INLINE_PAGE_MARK, "")
    return pieces


# A document site's preview prints each page of a document as one long line opening with the page's number and 、, the
# page cut at a fixed length mid-word: `1、XX区市场监管局…3、重点任` / `2、务在中小学…` (1wenmi.com, blind63 du_03),
# `1、 镇2023年…隐患无` / `2、遗留,自查有成效。…` (taowenge.com, blind63 du_04), `1、1大圩镇…副镇长)` / `2、郑雄健(组织委员)…`
# (wenke99.com, blind62 dt_03). The numbers are no outline: a run of such lines numbered 1, 2, … from the first, every
# one before the last at least SITE_PAGE_LINE characters and ending mid-sentence, loses them, and each page joins the
# page it continues. (A list of long items ends each with its 。 or ；.)
_SITE_PAGE = regex(r"^(\d{1,3})、\s*")
SITE_PAGE_LINE = 250


def drop_site_pages(pieces: list[_Piece]) -> list[_Piece]:
    """The page numbers of a document site's preview dropped and its pages joined (see _SITE_PAGE)."""
    for i, p in enumerate(pieces):
        if p.rows is None and p.text.startswith("1、") and len(p.text) >= SITE_PAGE_LINE:
            run = [i]
            while (k := run[-1] + 1) < len(pieces) and pieces[k].rows is None and \
                    (m := _SITE_PAGE.match(pieces[k].text)) and int(m.group(1)) == len(run) + 1:
                prev = pieces[run[-1]].text
                if len(prev) < SITE_PAGE_LINE or (prev.rstrip(_CLOSERS)[-1:] or prev[-1]) in _SENTENCE_END + "，,、":
                    break
                run.append(k)
            if len(run) < 2:
                continue
            for k in run:
                pieces[k].sub(_SITE_PAGE, "")
            head = pieces[run[0]]
            for k in run[1:]:
                head.extend(pieces[k])
                pieces[k].text = ""
            return [q for q in pieces if q.rows is not None or q.text]
    return _drop_preview_pages(pieces)


# The same preview where the reader cut its first page at sentences (a PDF's lines joined into paragraphs: `1、XX区…实施方案
# 为进一步…,制定本方案。` / `1、指导思想…3、重点任` / `2、务在中小学…`, 1wenmi.com's copy, blind63 du_03) or the page is short
# (`1、诸城市…行动计划(2021-2022年)为提高…`, a 文库 page's copy of one page and a half, blind32 cp_05): its first page opens with
# `1、` and the document's name, the file name the copy is headed by (`XX区…实施方案.docx`, `诸城市…行动计划方案(2021-2022年)
# (18页).docx`; structure.yaml `file_name_end`) for at least SITE_TITLE_WORDS characters. That `1、` is the page's, and so is
# each next page's number opening a paragraph that continues the one above, cut mid-sentence.
SITE_TITLE_WORDS = 8
HEAD_FILE_PIECES = 4    # the file name heads the copy, above the site's lines on its author and size


@functools.cache
def _file_name_end() -> re.Pattern:
    return regex(load_rules("structure").lexicon["file_name_end"], re.I)


def _drop_preview_pages(pieces: list[_Piece]) -> list[_Piece]:
    """The page numbers of a document site's preview whose first page is no long line dropped (see above)."""
    names = [p.text[:m.start()] for p in pieces[:HEAD_FILE_PIECES]
             if p.rows is None and "." in p.text and (m := _file_name_end().search(p.text))]   # (a match holds `.`)
    if not names or len(names[0]) < SITE_TITLE_WORDS:
        return pieces
    first = next((i for i, p in enumerate(pieces) if p.rows is None and (m := _SITE_PAGE.match(p.text))
                  and m.group(1) == "1" and p.text.startswith(names[0][:SITE_TITLE_WORDS], m.end())), None)
    if first is None:
        return pieces
    pieces[first].sub(_SITE_PAGE, "")
    page = 2
    for k in range(first + 1, len(pieces)):
        prev, p = pieces[k - 1], pieces[k]
        m = _SITE_PAGE.match(p.text) if p.rows is None and prev.rows is None and prev.text else None
        if m and int(m.group(1)) == page and (prev.text.rstrip(_CLOSERS)[-1:] or prev.text[-1]) not in _SENTENCE_END:
            p.sub(_SITE_PAGE, "")
            prev.extend(p)
            p.text = ""
            page += 1
    return [q for q in pieces if q.rows is not None or q.text]


# a chapter's number alone on its line over its name: Macau's 公報 prints a 章程 so (`第一章` / `總則` / `第一條` / `名稱`:
# 澳門教牧關懷與輔導協會, blind70 eb_11; 藏澳青年交流促進會, BO 2025/38; `第一章` / `名稱、會址、宗旨及性質`, 澳門濰坊同鄉聯誼會,
# BO 2023/08); the name is a short line with no clause of prose
_LONE_CHAPTER = regex(r"^第[一二三四五六七八九十百]+(?:章|部分|篇)$")
CHAPTER_NAME = 25


def join_lone_chapters(pieces: list[_Piece]) -> list[_Piece]:
    """A chapter's number alone on its line joined to the name on the next (see _LONE_CHAPTER)."""
    out: list[_Piece] = []
    for p in pieces:
        prev = out[-1] if out else None
        if prev is not None and prev.rows is None and p.rows is None and _LONE_CHAPTER.match(prev.text) \
                and 0 < len(p.text) <= CHAPTER_NAME and not _PROSE_PUNCT.search(p.text) \
                and not _STRUCTURAL_START.match(p.text):
            prev.extend(p)
            continue
        out.append(p)
    return out


def join_wrapped(pieces: list[_Piece], guess: bool) -> list[_Piece]:
    """Rejoin a paragraph that a page or line break cut in two.

    A line continues into the next when the reader said so (a PDF line that reaches the
    right margin). With `guess` (plain text, where no reader knows), also when it is prose cut
    mid-sentence: it holds prose punctuation, does not end a sentence, is not a numbered
    heading, and the next line does not open a new element.
    """
    out: list[_Piece] = []
    width = _wrap_width(pieces) if guess else None
    for p in pieces:
        prev = out[-1] if out else None
        if prev is not None and prev.rows is None and p.rows is None and p.text and prev.text \
                and _continues(prev, p, guess, width):
            if prev.text[-1].isascii() and p.text[0].isascii() and prev.text[-1].isalnum() and p.text[0].isalnum() \
                    and not prev.wrapped:
                prev.text += " "; prev.blk.append(prev.blk[-1]); prev.off.append(prev.off[-1])
            prev.extend(p)
            prev.wrapped = p.wrapped
            if "**" in prev.text or "__" in prev.text:  # a bold run the break had cut (`…**` / `…**`)
                prev.sub(_MD_BOLD, lambda m: m.group(1) or m.group(2))
            continue
        out.append(p)
    return out


_PROSE_PUNCT = regex(r"[，。；,;]")
# a quoted slogan or a book title inside a line: its commas are no clause of the line's own (blind32 cp_01's `关于开展“文明在
# 行动,满意在医院”主题演讲比赛活动的通知`; 四川省生态环境厅's `关于2021年…“美丽中国,我是行动者”系列评选活动初评结果的公示`)
_QUOTED = regex(r"“[^“”\n]{0,60}”|《[^《》\n]{0,60}》|「[^「」\n]{0,60}」")
WRAP_LINES = 4          # prose lines cut mid-sentence that show a plain text was broken at a width
_NOTE_END = regex(r"[（(]此件[^（()）]{1,12}[）)]$")
_FIELD_LINE = regex(r"^[\u4e00-\u9fff]{2,6}\s*[:：][^。；！？;!?]*.$")  # `联系人：…`; no sentence ends inside


def _outline_markers(cn: str, digits: str) -> str:
    """The outline markers `一、` `（一）` `1.`, with the repeat of their numerals (cn: Chinese, digits: Arabic)."""
    return rf"(?:[一二三四五六七八九十]{cn}[、.．]|[（(][一二三四五六七八九十\d]{cn}[)）]|\d{digits}[、.．])"


_LONE_MARKER = regex(_outline_markers("{1,3}", "{1,2}"))   # before a space of a page saved on one line
_NUMBERED = regex("^" + _outline_markers("+", "+"))           # a line that opens with one


def _columns(text: str) -> int:
    """A line's width in columns (a wide character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _prose_cut(prev: str, nxt: str) -> bool:
    """A line of prose cut before its sentence ends, into a next line that is no new element."""
    last = prev.rstrip(_CLOSERS)[-1:] or prev[-1]
    return len(prev) >= 15 and last not in _SENTENCE_END and bool(_PROSE_PUNCT.search(nxt)) \
        and not _NUMBERED.match(prev) and not _STRUCTURAL_START.match(nxt) and not _FIELD_LINE.match(prev)


def _wrap_width(pieces: list[_Piece]) -> Optional[int]:
    """The width a plain text was broken at: the median width of its prose lines cut mid-sentence, where
    there are at least WRAP_LINES of them (Taiwan 函 saved as text, blind16 bz_02: every line cut at about
    48 columns, the numbered ones too)."""
    cut = sorted(_columns(p.text) for p, n in zip(pieces, pieces[1:])
                 if p.rows is None and n.rows is None and p.text and n.text and _prose_cut(p.text, n.text))
    return cut[len(cut) // 2] if len(cut) >= WRAP_LINES else None


def _continues(prev: _Piece, nxt: _Piece, guess: bool, width: Optional[int] = None) -> bool:
    if prev.wrapped:
        return not _STRUCTURAL_START.match(nxt.text) or prev.text[-1] not in _SENTENCE_END
    if nxt.text[0] == "、":
        return True     # no line opens with the enumeration comma (行首禁则): the break before it is the page's
    if not guess or nxt.opens or _STRUCTURAL_START.match(nxt.text):
        return False
    if prev.text[-1] in "、，,":
        return True
    if is_bare_recipients(prev.text):
        return False  # a 主送 line without its colon (`…管委会,…市直有关单位`) over the first paragraph
    if _is_title_run(prev.text) and not _PROSE_PUNCT.search(_QUOTED.sub("", prev.text)):
        return False  # a title whose commas are its quoted slogan's (`关于开展“文明在行动,满意在医院”主题…的通知`)
    if _NOTE_END.search(prev.text):
        return False  # `…落实。国务院办公厅2021年5月19日（此件公开发布）`: a notice's last line
    if _FIELD_LINE.match(prev.text) or (len(nxt.text) <= 25 and not _PROSE_PUNCT.search(nxt.text)
                                        and nxt.text[-1] not in "、，,"):
        return False  # `联系人：…` lines, and a signature or name line, stand alone (not one cut after its 、 or comma,
        # which runs on into the line after it: the join is then the same on a second pass, over the line they make)
    last = prev.text.rstrip(_CLOSERS)[-1:] or prev.text[-1]
    if last in _SENTENCE_END or prev.style in {"title", "heading", "centered", "right"}:
        return False
    # (and never where a portal's info row opens nxt: it opens an element of its own, `发文标题: 贵州省…的公告` under the law
    # site's `法规内容  本文仅供参考,如需引用请以正式文件为准`, blind74 ef_02; asked last, where the rest holds)
    if _NUMBERED.match(prev.text) and "。" not in prev.text:
        # in a text broken at a width, a numbered line that reaches it was cut there: `(一)訂於113年8月20日(二)假上楓
        # 國民小學庠序樓三樓會議` / `室辦理…研習。` (bz_02; a heading is shorter than the width)
        return width is not None and _columns(prev.text) >= width and bool(_PROSE_PUNCT.search(nxt.text)) \
            and not _portal_field(nxt.text)
    return len(prev.text) >= 15 and bool(_PROSE_PUNCT.search(prev.text[:-1])) and not _portal_field(nxt.text)


@functools.lru_cache(maxsize=1)
def _portal_field_rule() -> re.Pattern:
    return load_rules("structure").rule("labelled_field").pattern


def _portal_field(text: str) -> bool:
    """A line that opens with a label of a portal's info block and its colon (rules/structure.yaml labelled_field)."""
    return _portal_field_rule().match(text) is not None


def strip_readings(pieces: list[_Piece]) -> list[_Piece]:
    """Pinyin readings after characters (`質(zhì)量` -> `質量`); after joining, so a reading cut by a wrap goes too,
    and one starting a line left unjoined goes when the line before ends in a character."""
    prev = None
    toneless = sum(len(_TONELESS.findall(p.text)) for p in pieces if p.rows is None and ("(" in p.text or "（" in p.text)) >= 2
    for p in pieces:
        if p.rows is None and ("(" in p.text or "（" in p.text) and _READING_MARK.search(p.text):
            p.sub(_PINYIN, "")
            if prev is not None and prev.rows is None and _IS_CJK.match(prev.text[-1:]):
                p.sub(_PINYIN_AT_START, "")
        if toneless and p.rows is None and ("(" in p.text or "（" in p.text):
            p.sub(_TONELESS, "")
        prev = p
    return pieces


def drop_repeats(pieces: list[_Piece]) -> list[_Piece]:
    """Keep an article once when a file holds it again right after (a common scraping fault): a run
    of paragraphs repeating an earlier run (3 or more, or 300 characters) is left out. One pass,
    comparing with what is kept: a file may hold thousands of repeats."""
    kept: list[_Piece] = []
    first_seen: dict[str, int] = {}
    j = 0
    while j < len(pieces):
        t = pieces[j].text
        if len(t) >= 30 and t in first_seen:
            i, k = first_seen[t], 0
            while j + k < len(pieces) and i + k < len(kept) and kept[i + k].text == pieces[j + k].text:
                k += 1
            if k >= 3 or sum(len(pieces[j + x].text) for x in range(k)) >= 300:
                j += k
                continue
        if len(t) >= 30:
            first_seen.setdefault(t, len(kept))
        kept.append(pieces[j])
        j += 1
    return kept


# --- split_cells ---------------------------------------------------------------------------

_TAB_CELL = regex(r"\t+")
_LABEL_END = regex(r"[:：]\s*$")


# the borders a crawler kept at the ends of a table row's line: `关于印发…的通知 常政發〔2023〕1號 |`
# (a city's page mirrored by loyalmeds.com, blind8 br_10), `2023年章镇镇…任务分解 | ||` (shangyu.gov.cn, br_06),
# `有效性 | 有效 |` (jinxiang.gov.cn, br_08); a `|` inside a line (`疫情消息|第一次…`) is left alone, and so is the
# border after a label whose cell is empty (`政策咨询电话: |`, bzqc.gov.cn bk_03): no 主送 line ends there
# (split before clean_chars: a zero-width character at a row's end counts as space, or the border would go on a second pass)
_ROW_BORDERS = regex(r"^[\s{0}]*\|[\s|{0}]*|(?<=[^\s:：|{0}])[\s|{0}]*\|[\s{0}]*$".format(_ZERO_WIDTH_CHAR.pattern[1:-1]))


# a document site's paragraph mark, its ¶ glyph saved as the Cyrillic letter Р, between Chinese text
_PARAGRAPH_MARK = regex(f"(?<=[{CJK}{CJK_PUNCT})])Р(?=[{CJK}{CJK_PUNCT}(])")


def split_paragraph_marks(pieces: list[_Piece]) -> list[_Piece]:
    """Paragraphs a document site ran together with its paragraph mark between them as the paragraphs
    (blind28 cl_07, a 镇 plan's excerpt: `…乱停乱放。Р四、实施步骤Р第一阶段启动宣传阶段。…Р(一)加强领导。…`); the mark
    is left out with the break. After the wrapped lines are joined: a PDF's line may open with the mark."""
    out: list[_Piece] = []
    for p in pieces:
        cuts = [m.start() for m in _PARAGRAPH_MARK.finditer(p.text)] if p.rows is None and "Р" in p.text else []
        if cuts:
            p.text = _PARAGRAPH_MARK.sub(" ", p.text)     # (one character for one: the origins stay aligned)
            out += p.cut(cuts)
        else:
            out.append(p)
    return out


def split_cells(pieces: list[_Piece]) -> list[_Piece]:
    """A paragraph's TAB-separated cells as paragraphs of their own (`經濟部公告<TAB>中華民國104年12月29日`
    is a title and a date); a cell that is a label (`标　　题：`) stays with its value. The borders a
    crawler left at a row's ends are dropped."""
    out: list[_Piece] = []
    for p in pieces:
        if p.rows is None and "|" in p.text:
            p = p.sub(_ROW_BORDERS, "")
        if p.rows is not None or "\t" not in p.text.strip():
            out.append(p)
            continue
        cuts = [m.end() for m in _TAB_CELL.finditer(p.text)
                if 0 < m.start() and m.end() < len(p.text) and not _LABEL_END.search(p.text[:m.start()])]
        out += p.cut(cuts)
    return out


# --- split_runs ----------------------------------------------------------------------------
# Marker families that may start a line in the middle of a run-together text, with the number
# they carry; a marker is only taken where it continues its family's count (1 or last + 1). The lookahead
# (the characters the markers start with) is `re`'s start class (`compile_pattern`).
_RUN_MARKERS = compile_pattern(
    r"(?=[一二三四五六七八九十（(\d甲乙丙丁戊\u2460-\u2473])(?:(?P<cn>[一二三四五六七八九十]{1,3})、|[（(](?P<cn_paren>[一二三四五六七八九十]{1,3})[）)]|"
    r"(?<![\d.．])(?P<arabic>\d{1,2})[.．、](?![\d])|[（(](?P<arabic_paren>\d{1,2})[）)]|"
    r"(?P<part>[甲乙丙丁戊])部\s*[:：]|(?P<circled>[\u2460-\u2473]))")
_PART_ORDER = "甲乙丙丁戊"
_DEPTH = {"part": 0, "cn": 1, "cn_paren": 2, "arabic": 3, "arabic_paren": 4, "circled": 5}   # GB/T 9704: 一、 > （一） > 1. > （1）
_STOPS = "。；！？：;!?:"
_SENTENCE_STOPS = "。；！？;!?"      # a space after these ends a paragraph; after a colon it follows a label
_RUN_ASIDE = regex(r"[（(][^（()）]{0,30}[）)]")       # `（指标：泄漏点跟进确认个数）` inside a heading
_RUN_HEADING = regex(r"[^。；！？：;!?:]{1,40}")   # a marker's heading with no stop in it
_RUN_DATE = compile_pattern(r"(?=[12一二])(?:(?:19|20)\d{2}|(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})年"
                            r"[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日")
# an outline marker glued to its heading after a space of a page saved on one line (`总则 1.1目的依据`,
# `原则 (1)以人为本`), not a quantity (`达 2.5万公吨`)
_PAGE_MARKER = regex(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[(（]\d{1,2}[)）])(?![万亿千百元个年月日号%％])(?=[\u4e00-\u9fff])")
_RUN_NUMBER = regex(r"[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*第?\s*\d{1,5}\s*号")
_NOTE_START = regex(r"[（(]此件")
# the note after the date on the date's own line (structure.yaml `note`): `2020年8月24日(信息公开形式:主动公开)` under
# 健康中国行动推进委员会办公室's signature (blind60 dr_07), `2023年6月14日（此件主动公开）` as the run-on pages print it (blind69
# ea_01; dev hc_04 `…2020年7月15日（此件公开发布）`): a line of its own, as the note is under a signed date
_DATE_NOTE = regex(r"[（(](?:此件|[^（()）]{0,12}公开)[^（()）]{0,20}[）)]$")
# the page's frame after a signature's date that a crawler ran on (`…湘潭县农业农村局2024年9月6日扫一扫在手机打开当前页相关解读。`,
# blind67 dy_01; the same portals put `扫一扫在手机打开当前页` on a line of its own under the date: dev hc_01, blind57 do_07,
# blind30 cn_07, blind67 dy_04)
_FRAME_AFTER_DATE = regex(r"扫一扫在手机(?:上)?打开当前页")
# the end of an attachment's file name, the signature after it (`附件:全国乡村治理示范村镇推荐名单.xlsx` / `河北省农业农村厅` /
# `2021年8月4日`, blind11 bu_07; `…计划安排表.xls` / `松阳县人民政府办公室`, blind12 bv_03; `…反馈表.doc` / `象山县西周镇人民政府`,
# blind26 cj_05; run together by a crawler, `…的通知.pdf湘潭县农业农村局2024年9月6日`, blind67 dy_01)
_FILE_END = regex(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)(?=[\u4e00-\u9fff])")
# a body's name after an annex's, in Chinese characters only (`_annex_name_end`)
_CJK_NAME = regex(r"[\u4e00-\u9fff]+$")
# the seal's note closing a signature (structure.yaml `seal_note`): `…宁德市科学技术局(代章)2023年6月14日`, blind69 ea_01
_SEAL_BEFORE = regex(r"[（(](?:代章|盖章|公章)[)）]$")
HEAD_PIECES = 12        # the title, number and 主送 of a run-together notice are within its first pieces


@functools.cache
def _run_lexicon() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the document types a title ends with, the organisation suffixes a name ends with)."""
    lex = load_rules("structure").lexicon
    return tuple(lex["doc_types"]), tuple(lex["org_suffixes"])


def is_bare_recipients(text: str) -> bool:
    """A 主送 line that lost its colon (structure.yaml `bare_recipients`): addressees in `，` / `、`, each ending in a head
    word; it ends its line, as a 主送 line does. Normalisation keeps it off the first paragraph; structure reads it as
    the 主送 line."""
    return len(text) <= 200 and _bare_recipients().match(text) is not None


@functools.cache
def _bare_recipients() -> re.Pattern:
    return regex(load_rules("structure").lexicon["bare_recipients"])


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    """`text` ends with one of `words`, or does before a final newline (as `(?:…)$` finds)."""
    return text.endswith(words) or text.endswith("\n") and text[:-1].endswith(words)


def _marker_value(m: re.Match) -> tuple[str, int]:
    family = m.lastgroup
    value = m.group(family)
    if family == "circled":
        return family, ord(value) - 0x245F                  # ① is 1
    return family, (_PART_ORDER.index(value) + 1 if family == "part" else cn_to_int(value) or 0)


def _is_org(text: str) -> bool:
    return 2 <= len(text) <= 40 and _ends_with(text, _run_lexicon()[1]) and not re.search(r"[，。；：:,、]", text)


def _is_title_run(text: str) -> bool:
    """Text shaped as a notice's title: no stop, ends with a document type (`…的通知`, `…实施意见`)."""
    return 6 <= len(text) <= 120 and "。" not in text and _ends_with(text, _run_lexicon()[0])


# the 主送 after a title on its line, a space between, and nothing after its colon: `桂园街道领导干部驻点…活动公告 居民朋友们、
# 辖区单位:` (a forum's copy of a 罗湖 街道 公告, blind40 cx_05), `南溪县长兴镇人民政府 关于印发《…》的通知 各村民委员会、镇属有关
# 部门:` (blind32 cp_03, a page saved on one line); a list of addressees, no clause nor task (not `根据赤峰市政府春节放假安排,
# 医院决定 2017年春节放假安排如下:`, a hospital's first sentence, blind33 cq_03), after a title that is no label's value (not
# a portal's row `名称:关于…的通知 文号:`, blind24 ch_03, blind27 ck_05)
_ADDRESSEES_LINE = regex(r"[^。；！？：:《》“”，,]{2,40}[：:]")


def _title_addressees_cut(text: str, soft: set[int]) -> set[int]:
    """A title and its 主送 on one line (`…活动公告 居民朋友们、辖区单位:`): cut at the space between. The 主送 may run on
    into the first paragraph where a crawler saved the notice on one line and the line is no page line of spaced
    paragraphs (blind50 dh_02 云南省农业厅 2007 `…调研工作调研的通知 各有关州市农业局: 为全面了解…`, whose member list's
    spaced names outnumber its paragraphs' spaces; the same law site's blind13 bw_03 `…的通知 各县、区人民政府,市政府各
    有关部门: 2005年11月11日至14日,…`, cut as a page line): then a list opened as addressees are (`各…`), no task in it;
    `_recipients_cuts` cuts after its colon."""
    cuts = set()
    for s in soft:
        if not _is_title_run(text[:s]) or re.search("[：:]", text[:s]):
            continue
        m = _ADDRESSEES_LINE.match(text, s)
        if m is not None and m.end() == len(text) and _TASK_WORDS.search(text, s) is None:
            cuts.add(s)
            continue
        # (a list opened as addressees are holds commas between its bodies as a 主送 line does: `…活动的通知 各区县委宣传部,
        # 各区县人力资源社会保障局,…,驻淄各高等院校:根据…`, blind71 ec_05, and `…建设规划》的通知 各乡(镇)党委、政府,县属各部委
        # 办局,各人民团体:现将…`, blind70 eb_06: PDF and OFD pages whose head lines were joined with spaces)
        # (the opening asked first: `_RECIPIENTS` matched only where it holds)
        if (text.startswith("各", s) or _COLLECTIVE_ADDRESSEE.match(text, s) is not None) \
                and (end := _recipients_end(text, s)) is not None and _TASK_WORDS.search(text, s, end) is None:
            cuts.add(s)
    return cuts


# the first paragraph's opening words (a purpose or a ground: `为贯彻落实…`, `为进一步…`, `根据…`), where it runs on after the
# title with no space (`大圩镇退役军人和其他优抚对象信息采集工作实施方案为贯彻落实党中央、…`, blind62 dt_03, a PDF's text layer)
_BODY_OPENING = regex(r"为了?(?:贯彻|进一步|深入|切实|全面|认真|加快|加强|做好|推进|推动|确保|有效|规范|保障)|根据|按照")
_STRAY_DIGIT = regex(r"\d(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]?[月日号个年季家项次批位名条件])")
_GLUED_TITLE_STOPS = regex(r"[，,：:。；;！!？?]")


def _glued_title_cut(text: str) -> set[int]:
    """A title that runs on with no space into its 主送 (`爱国卫生运动工作方案各村、镇直有关单位:为贯彻…`, blind64 dv_04) or
    into its first paragraph (_BODY_OPENING; blind62 dt_03): cut at the title's document type (structure.yaml `doc_types`),
    where the line break was. Only on the text's first line, only a title with no stop in it, only before a list of
    addressees opening with 各, no task in it (`_recipients_cuts` then cuts after its colon) or before the
    opening words of a first sentence."""
    head = _GLUED_TITLE_STOPS.search(text, 0, 90)
    limit = head.start() if head else min(len(text), 90)
    for word in _run_lexicon()[0]:
        at = text.find(word, 6 - len(word), limit)
        while at >= 0:
            s = at + len(word)
            if _is_title_run(text[:s]) and s < len(text):
                # (only a list opening with 各: a collective may begin inside a word, `…整顿方案范文局机关各科室、` of a 文库
                # page's `…方案范文`, blind21 ce_10; 各 asked first, `_RECIPIENTS` only where it holds)
                addressed = text.startswith("各", s) and (end := _recipients_end(text, s)) is not None \
                    and not _TASK_WORDS.search(text, s, end)
                if addressed or _BODY_OPENING.match(text, s):
                    # (a stray digit before the title, what a document site's `1、1 ` left of its list, is no part of it)
                    return {s} | ({1} if _STRAY_DIGIT.match(text) else set())
            at = text.find(word, at + 1, limit)
    return set()


def _is_page_line(text: str, soft: set[int]) -> bool:
    """A whole page saved on one line: its paragraphs are separated by spaces, most after a stop."""
    if len(text) < 200 or len(soft) < 4:
        return False
    after_stop = sum(1 for s in soft if text[s - 1] in _STOPS + "）)」”")
    return after_stop >= max(3, 0.25 * len(soft))


def split_runs(pieces: list[_Piece]) -> list[_Piece]:
    """Cut paragraphs that a crawler ran together where their line breaks were.

    Boundaries: before a marker that continues its family's count and follows a stop, a space or a
    heading of its own (`一、持续提升投资建设便利度（一）优化…`); every space between Chinese text of
    a page saved on one line (`一、总体要求 全面贯彻…`), and a space after a sentence elsewhere; in the
    head of the notice, around a 发文字号 glued to the title and after the 主送 line it runs into;
    around a signature and date glued to the last sentence (`…见效。国务院办公厅2020年7月15日`).
    """
    last: dict[str, int] = {}
    out: list[_Piece] = []
    for n, p in enumerate(pieces):
        if p.rows is not None:
            out.append(p)
            continue
        cuts = _run_cuts(p.text, p.soft, last, head=n < HEAD_PIECES,
                         after_number=bool(out) and out[-1].rows is None and bool(_RUN_NUMBER.search(out[-1].text[-14:])),
                         first=not out)
        out += p.cut(cuts) if cuts else [p]
    return out


def _run_cuts(text: str, soft: set[int], last: dict[str, int], head: bool, after_number: bool,
              first: bool = False) -> list[int]:
    cuts: set[int] = set()
    wide = _is_wide
    if _is_page_line(text, soft):
        cuts |= {s for s in soft if (wide(text[s - 1]) or text[s - 1] in ":)")
                 and (wide(text[s]) or _RUN_DATE.match(text, s) or _PAGE_MARKER.match(text, s))
                 and not _marker_before(text, s, soft) and not _letter_spaced(text, s, soft)}
        cuts |= {m.start() for m in _SPACED_PAGE_MARKER.finditer(text) if m.end() in soft}
    else:
        cuts |= {s for s in soft if text[s - 1] in _SENTENCE_STOPS and wide(text[s])}
    if head:
        cuts |= _head_cuts(text, after_number) | _field_cuts(text) | _title_addressees_cut(text, soft)
        if first and not cuts:
            cuts |= _glued_title_cut(text)
    cuts |= _signature_cuts(text, soft, cuts)
    if head:
        cuts |= _recipients_cuts(text, cuts)
    cuts |= _issuers_cut(text, soft)
    markers = _marker_cuts(text, soft, last, cuts)
    cuts |= markers
    if soft:    # the cuts at a heading's space: none where no space was removed
        cuts |= _heading_space_cuts(text, soft, markers | {0})
    return sorted(c for c in cuts if 0 < c < len(text))


# a decimal outline's number after a space kept between Latin text and it (`…邮箱:snsfb@163.com 1 总 则 1.1 编制目的`,
# blind13 bw_05), its heading after a space of its own: where a space after Chinese text would cut the line
_SPACED_PAGE_MARKER = regex(r"(?<=[\x21-\x7e] )\d{1,2}(?:\.\d{1,2}){0,3}(?=[\u4e00-\u9fff])")


def _letter_spaced(text: str, s: int, soft: set[int]) -> bool:
    """The space at s stands between two characters each alone between spaces: a heading spaced out letter by letter
    (`1 总 则 1.1 编制目的`, blind13 bw_05's 应急预案 saved on one line; the same plan layout `1 总  则1.1 编制目的`, blind26
    cj_01's 粮食应急预案), one word, not two paragraphs."""
    return (s - 1 in soft or s == 1 or not _is_wide(text[s - 2])) and \
        (s + 1 in soft or s + 1 == len(text) or not _is_wide(text[s + 1])) and _IS_CJK.match(text[s - 1]) is not None \
        and _IS_CJK.match(text[s]) is not None


def _marker_before(text: str, s: int, soft: set[int]) -> bool:
    """The space at s follows a marker that opens a paragraph: its item goes on after the space (`二、 各高等学校在总结工作
    的基础上,…`, blind22 cf_01; `一、 本部為鼓勵技專校院學生…`, blind24 ch_09: pages saved on one line)."""
    m = _LONE_MARKER.search(text, max(0, s - 5), s)
    return m is not None and m.end() == s and (m.start() == 0 or m.start() in soft or text[m.start() - 1] in _STOPS)


_SPACED_HEADING = regex(r"[^。；！？：;!?:，,\s]{2,30}")   # a heading with no stop, comma or space in it


def _heading_space_cuts(text: str, soft: set[int], markers: set[int]) -> set[int]:
    """The space a crawled line keeps between an outline heading and its paragraph (`一、省属10家医疗机构数据监测情况
    省属10家医疗机构均实现…`, `(一)兰州市 兰州市共有…`: blind23 cg_04; `一、坚决纠正行业乱收费问题 坚决纠正…`, dev hd_04;
    `一、总体要求 按照…`, blind11 bu_03): the line breaks there. Only after a heading marker (`一、`, `（一）`), and only
    before Chinese text (`一、依據教育部 111年…` and `二、請於活動結束後 20日內` go on: blind10 bt_01, blind18 cb_05), and only
    before a paragraph, which ends a sentence: a PDF's glyph lost for a space (`一、請透過公益彩券回 金申辦資訊網提案(https://…)`,
    `三、為符合公益彩券回 金不作為替代財源之原則,請勿提報下列案件:`, blind10 bt_04) leaves the heading whole."""
    found: set[int] = set()
    spaces = sorted(soft)
    for p in markers:
        m = _RUN_MARKERS.match(text, p)
        if m is None or m.lastgroup not in ("cn", "cn_paren"):
            continue
        i = bisect.bisect_right(spaces, m.end())
        s = spaces[i] if i < len(spaces) and spaces[i] <= m.end() + 31 else None
        end = min((q for q in markers if q > s), default=len(text)) if s is not None else 0
        if s is not None and _SPACED_HEADING.fullmatch(text, m.end(), s) and _IS_CJK.match(text[s]) \
                and "。" in text[s:end] and not _glyph_gap(text, s, soft):
            found.add(s)
    return found


def _glyph_gap(text: str, s: int, soft: set[int]) -> bool:
    """The space before s is a gap OCR read between two glyphs of a word, not a heading's end: the character after it
    stands alone, before another space, a stop or the line's end (`（一）大埔區大埔海濱公 的 門球場…`, a 康文署 release's
    scan, blind35 cs_10; `三、各校（園）遇有旨揭個案 協 助送醫…`, blind37 cu_11; `一、参加對象為有意 任 學習扶助方案…`, blind57
    do_12; `三、依據旨揭微案 知，受補助…`, blind67 dy_12: a heading is followed by a sentence's first word)."""
    return s + 1 >= len(text) or s + 1 in soft or text[s + 1] in _GAP_STOPS


_GAP_STOPS = "，,、；;。：:"


def _marker_cuts(text: str, soft: set[int], last: dict[str, int], cuts: set[int]) -> set[int]:
    """Markers that start a line, where their family's count goes on."""
    found: set[int] = set()
    base: Optional[list[int]] = None
    seg = 0
    for m in _RUN_MARKERS.finditer(text):
        p = m.start()
        family, value = _marker_value(m)
        if p and value != 1 and value != last.get(family, 0) + 1:
            continue
        if p and not text[m.end():].strip():
            # a marker that ends the line opens no item (the outline reads none without text after it): the number
            # of a headline in a series (`学校特别宣布 (一)` over `Special Announcement I`, a Hong Kong school's page,
            # blind42 cz_08)
            continue
        if base is None:
            base = sorted(cuts)
        i = bisect.bisect_right(base, p)
        seg = max(seg, base[i - 1] if i else 0)
        if p:
            # after a colon only a top marker (`如下意见：一、…`) or the first `（一）` of the sections it announces
            # (`我们将重点抓好以下五方面工作: (一)聚力提质增效,…`, blind8 br_06; `二、比賽活動資訊說明如下: (一)競賽活動分為…`,
            # blind18 cb_03): `附件：1.…` lists the attachments
            before = text[p - 2] if p > 1 and text[p - 1] == " " else text[p - 1]
            colon = before in "：:"
            after = before in _SENTENCE_STOPS + "）)" or (colon and (family in ("cn", "part")
                                                                     or family == "cn_paren" and value == 1))
            if not (p in cuts or (p in soft and not colon) or after or _glued(text, seg, p, family)):
                continue
        last[family] = value
        if p:
            found.add(p)
            seg = p
    return found


def _glued(text: str, seg: int, p: int, family: str) -> bool:
    """The marker at p follows the heading of an outer marker that opens the segment at seg, run into it."""
    lead = _RUN_MARKERS.match(text, seg) if seg < p else None
    return lead is not None and lead.end() < p <= lead.end() + 80 \
        and _RUN_HEADING.fullmatch(_RUN_ASIDE.sub("", text[lead.end():p])) is not None \
        and _DEPTH[lead.lastgroup] < _DEPTH[family]


def _head_cuts(text: str, after_number: bool) -> set[int]:
    """A 发文字号 or a date glued to the title before it; the 主送 line glued to what follows."""
    cuts: set[int] = set()
    for m in _RUN_NUMBER.finditer(text[:200]):
        start = _number_start(text, m.start())
        if start is None and _NUMBER_PREFIX.fullmatch(text, 0, m.start()) and _recipients_end(text, m.end()):
            start = 0                   # the line opens with the number and the 主送 (`汕府办[2015]29号各县(市、区)人民政府,…:现将…`)
        if start is not None:
            cuts |= {start, m.end()}
            recipients = _recipients_end(text, m.end())
            if recipients:
                cuts.add(recipients)
            break
    if after_number:
        recipients = _recipients_end(text, 0)
        if recipients:
            cuts.add(recipients)
    m = _RUN_DATE.search(text[:200])
    if m and _is_title_run(text[:m.start()]):
        cuts |= {m.start(), m.end()}
    return cuts


# a Taiwan 公告 / 令 / 函 saved on one line: its title (機關 + 文別) runs into 主旨:, and its fields follow
# their sentences (文書處理手冊: 主旨, 說明, 辦法, 依據, 公告事項; hf_04 and tw_01 print them a line each)
_AUTHORITY_HEAD = regex(r"[\u4e00-\u9fff]{2,20}?\s*(?:公告|令|函)(?=主旨[:：])")
_FIELD_LABEL = regex(r"(?<=[。；])(?:主旨|说明|办法|依据|公告事项)[:：]")


def _field_cuts(text: str) -> set[int]:
    """The lines of a Taiwan 公告 run together (`考选部 公告主旨:…。依据:…。公告事项:一、…`)."""
    head = _AUTHORITY_HEAD.match(text)
    if head is None:
        return set()
    return {head.end()} | {m.start() for m in _FIELD_LABEL.finditer(text)}


_NUMBER_PREFIX = regex(r"[\u4e00-\u9fff]{1,12}\s*")


def _number_start(text: str, bracket: int) -> Optional[int]:
    """Where a number's prefix (`国办发`) starts: the shortest one with a title before it."""
    for k in range(1, 9):
        j = bracket - k
        while j > 0 and text[j] == " ":
            j -= 1
        if j <= 0 or not _IS_CJK.match(text[j]):
            return None
        if _is_title_run(text[:j].rstrip()):
            return j
    return None


_RECIPIENTS = regex(r"(?:各|[^。；！？：:，,]{2,40}[、，,])[^。；！？：:]{0,120}?[：:]")


def _recipients_end(text: str, start: int) -> Optional[int]:
    """The end of a 主送 line (`各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`) starting at `start`."""
    m = _RECIPIENTS.match(text, start)
    return m.end() if m and m.end() < len(text) else None


def _recipients_cuts(text: str, cuts: set[int]) -> set[int]:
    """The 主送 line under the title of a notice saved on one line, run into its first paragraph (blind13 bw_03 兰州
    `…的通知 各县、区人民政府,市政府各有关部门: 2005年11月11日至14日,…`; the pages of blind11 bu_03 `各乡镇(场)、县直和省市驻城
    各单位: 《…`, blind4 bk_06 `各科室,各站所,各村: 为…`, hd_02 `各相关单位： 《…`): cut after its colon, where the line
    break was. Only a list of addressees at the line's or the title's end (`各…`, no modal or verb of a task: not `各乡镇要
    做好以下工作:`, nor a time `各参会人员3月5日上午8:30`)."""
    found = set()
    for start in {0, min(cuts, default=0)}:
        end = _recipients_end(text, start)
        opens = text.startswith("各", start) or _COLLECTIVE_ADDRESSEE.match(text, start) is not None
        if end is not None and opens and not _TASK_WORDS.search(text, start, end):
            found.add(end)
    return found


# a 主送 list may open with a collective of a level or a body, not with 各: `市直有关部门,各有关单位:` run into its first
# paragraph (blind17 ca_07); on lines of their own the gold's `市政府各部门,市直各单位` (blind6 bn_06), `局机关各处室、各事业单位`
# (blind3 bf_14), `机关各科室、局属各单位` (blind4 bk_07), `市直有关单位` (blind15 by_01, blind13 bw_05), `县直各相关单位` (seed 000)
_COLLECTIVE_ADDRESSEE = regex(r"[\u4e00-\u9fff]{1,6}(?:各|有关|相关|直属|所属)[\u4e00-\u9fff]{0,3}?"
                                   r"(?:部门|单位|处室|科室|机构)[、，,：:]")


_TASK_WORDS = regex(r"要|应|须|请|务必|做好|开展|如下|以下|\d")    # (a digit: a clock's colon, `各参会人员3月5日上午8:30…`)


def _issuers_cut(text: str, soft: set[int]) -> set[int]:
    """A title with its issuers glued on, space-separated (`关于…的意见交通运输部　中央政法委　公安部`):
    cut after the title, so the issuers make a line of their own."""
    if len(soft) < 2 or len(text) > 300:
        return set()
    spaces = sorted(s for s in soft if _is_wide(text[s - 1]) and _is_wide(text[s]))
    if len(spaces) < 2:
        return set()
    bounds = [*spaces, len(text)]
    if not all(_is_org(text[a:b]) for a, b in zip(bounds, bounds[1:])):
        return set()
    first = text[:spaces[0]]
    for j in range(len(first) - 2, 5, -1):
        if _is_title_run(first[:j]) and _is_org(first[j:]):
            return {j}
    return set()


def _signature_cuts(text: str, soft: set[int], cuts: set[int]) -> set[int]:
    """A signature and date after the last sentence (`…见效。国务院办公厅2020年7月15日（此件公开发布）`), or a
    date on a line of its own after a signature that runs into what follows (`2023年3月30日平潭…方案`)."""
    found: set[int] = set()
    if "年" not in text:
        return found
    order = sorted(cuts)
    for m in _RUN_DATE.finditer(text):
        j = m.start()
        if j == 0 and _DATE_NOTE.match(text, m.end()):
            found.add(m.end())
            continue
        if j in cuts:
            i = bisect.bisect_left(order, j)
            before = order[i - 1] if i else 0
            if j - before <= 40 and _is_org(text[before:j]) and m.end() < len(text):
                found.add(m.end())
            continue
        if m.end() < len(text) and not (m.end() in soft or _NOTE_START.match(text, m.end())
                                        or _FRAME_AFTER_DATE.match(text, m.end()) or text.startswith("附件", m.end())):
            # (the annexes follow the date, as GB/T 9704 sets them: `…台州市科学技术局2022年11月22日附件:…名单.docx`, the
            # page of `_annex_name_end`)
            continue
        lo = max(0, j - 41)                 # a signature is at most 40 characters
        seal = _SEAL_BEFORE.search(text, lo, j)
        end = seal.start() if seal else j
        k = after_last(text, "。！？）)", end, lo)
        k = max([k] + [f.end() for f in _FILE_END.finditer(text, lo, end)])
        if not (k < end and _is_org(text[k:end])):
            k = _annex_name_end(text, max(k, lo), end)
        if (k or not lo) and k < end and _is_org(text[k:end]):
            found |= {k, j, m.end()}
    return found


def _annex_name_end(text: str, lo: int, end: int) -> int:
    """Where the last annex's name ends before a signature run on from the annex list (`附件:…3.乡级科技特派员工作站站长
    名单宁德市…办公室宁德市科学技术局(代章)2023年6月14日`, blind69 ea_01; `附件:2022年度新增市派科技特派员名单台州市科学技术局
    2022年11月22日`, 台科〔2022〕28号 on chacewang.com newsdetail/news213402, pages corpus): the first end of a document's
    noun (structure.yaml `annex_name_ends`) after `附件` from which the rest is a body's name; `lo` where there is none."""
    opened = text.rfind("附件", 0, end)
    if opened < 0:
        return lo
    ends = _annex_end()
    for m in ends.finditer(text, max(lo, opened + 2), end):
        rest = text[m.end():end]
        # (the noun's word goes on, `计划表`: its end is later)
        if not ends.match(text, m.end(), end) and _CJK_NAME.match(rest) and _is_org(rest):
            return m.end()
    return lo


@functools.cache
def _annex_end() -> re.Pattern:
    words = set(load_rules("structure").lexicon["annex_name_ends"]) | set(_run_lexicon()[0])
    return regex("(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")")


# --- assembly ------------------------------------------------------------------------------

def _char_stages(pieces: list[_Piece], config: Optional[str], known_clean: bool = False) -> None:
    """The character stages, over every paragraph and table cell at once (`known_clean`: see `clean_chars`)."""
    for p in pieces:
        clean_chars(p, known_clean)
    to_simplified(pieces, config)
    for p in pieces:
        squeeze_spaces(p)


def normalize(raw: RawDocument) -> NoticeText:
    sample = "".join(b.text if b.rows is None else "".join("".join(r) for r in b.rows) for b in raw.blocks[:400])
    cleaned = clean_text(sample)
    script, config = detect_script(cleaned)  # the script of the ideographs NFKC gives
    # every block in the sample, and none of its characters to clean or drop: neither has a piece, cut from the
    # blocks (46 pieces a notice, each searched twice in clean_chars)
    known_clean = len(raw.blocks) <= 400 and cleaned == sample and not _ZERO_WIDTH_CHAR.search(sample)
    pieces: list[_Piece] = []
    for i, b in enumerate(raw.blocks):
        if b.rows is None:
            pieces.append(_Piece.of(b.text, i, b.page, b.style, b.wrapped, opens=b.opens))
        else:
            rows = [[_Piece.of(c or "", i, b.page) for c in row] for row in b.rows]
            pieces.append(_Piece("", [], [], b.page, i, b.style, rows=rows))
    pieces = split_cells(pieces)
    _char_stages([c for p in pieces for c in ([p] if p.rows is None else [c for r in p.rows for c in r])], config,
                 known_clean)
    for p in pieces:
        if p.rows is not None:
            p.rows = [r for r in p.rows if any(c.text for c in r)]
    pieces = [p for p in pieces if (p.rows if p.rows is not None else p.text)]
    pieces = drop_repeats(split_runs(split_paragraph_marks(strip_readings(
        drop_page_marks(drop_site_pages(join_lone_chapters(join_wrapped(drop_furniture(pieces),
                                                                 guess=raw.format == "text"))))))))
    raw_boxes = [(b.page, b.box) if b.box else None for b in raw.blocks] if any(b.box for b in raw.blocks) else None
    return _assemble(pieces, script, config, raw_boxes)


def _int_array(values: list[int]) -> array:
    """array("i", values), made from the values packed by `struct` in one call: `array("i", list)` converts each item
    by a format parse of its own (~5x slower: 0.115 ms a notice of the 19 `parse-text` notices' two origin lists)."""
    out = array("i")
    out.frombytes(struct.pack(f"{len(values)}i", *values))
    return out


def _assemble(pieces: list[_Piece], script: str, config: Optional[str], raw_boxes=None) -> NoticeText:
    text: list[str] = []
    blk: list[int] = []     # made arrays at the end: array.extend(list) converts item by item, 2x slower
    off: list[int] = []
    blocks: list[Block] = []
    soft: set[int] = set()
    pos = 0

    def put(p: _Piece):
        nonlocal pos
        soft.update(pos + s for s in p.soft)
        text.append(p.text); blk.extend(p.blk); off.extend(p.off)
        pos += len(p.text)

    def sep(ch: str):
        nonlocal pos
        text.append(ch); blk.append(-1); off.append(0)
        pos += 1

    for n, p in enumerate(pieces):
        if n:
            sep("\n")
        start = pos
        if p.rows is None:
            put(p)
            blocks.append(Block("para", start, pos, p.page, p.source, style=p.style))
            continue
        rows: list[list[Cell]] = []
        for r, row in enumerate(p.rows):
            if r:
                sep("\n")
            cells = []
            for c, cell in enumerate(row):
                if c:
                    sep("\t")
                cs = pos
                put(cell)
                cells.append(Cell(cell.text, cs, pos))
            rows.append(cells)
        blocks.append(Block("table", start, pos, p.page, p.source, rows=rows, style=p.style))
    return NoticeText("".join(text), blocks, _int_array(blk), _int_array(off), script=script, conversion=config,
                      soft_breaks=frozenset(soft), raw_boxes=raw_boxes)
