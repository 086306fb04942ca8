"""Full-text search over the notices, with each database's own machinery.

Notices are indexed by character pairs, not by words: `index_terms` turns `农产品质量` into
`农产 产品 品质 质量 量`, as Lucene's CJK analyzer does. A phrase is found wherever it occurs, however
jieba would have cut the sentence around it, and indexing needs no segmenter (segmenting a notice
cost more than parsing it). A query is cut into words by the spaCy/jieba segmenter (a "quoted"
phrase is kept whole), with jieba's dictionary read word by word rather than loaded whole (a second
of CPU saved at each `notices search`); every word must occur, as the run of its pairs.

The migrations create `notice_fts(title, body)` holding those terms joined by spaces. SQLite
searches it as an FTS5 table (bm25 ranking; a `prefix='1'` index for lone ideographs, migration 0009; snippets
as FTS5's snippet() makes them, from the stored terms: `snippet`); PostgreSQL through a stored tsvector column
of `to_tsvector('simple', title || ' ' || body)` with a GIN index (ts_rank, ts_headline; phrases
with `<->`). The best `limit` notices are chosen first (among the RANKED most recently indexed
matches), then snippets are made for those only, and `readable` joins their pairs back into text.
"""
from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import re
import sys
import zlib
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Connection, Integer, Table, bindparam, column, false, func, literal_column, table, text
from sqlalchemy.sql.expression import ColumnElement, FromClause

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(f"([{CJK}]+)|([^\\W_{CJK}]+)")    # a run of ideographs, or of other letters and digits
_IDEOGRAPH = re.compile(f"[{CJK}]")
_IDEOGRAPHS = re.compile(f"[{CJK}]+")
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')
MARK_START, MARK_END = "[", "]"


def index_terms(text_: str) -> str:
    """The terms of `text_` for the index, space-joined: each run of ideographs as its overlapping
    pairs and then its last character alone (`农产品` -> `农产 产品 品`), other letters and digits as
    words, lower-cased. A phrase is found as the run of its pairs, a single character as a prefix."""
    terms: list[str] = []
    for run, other in _RUN.findall(text_):
        if run:
            terms += map(str.__add__, run, run[1:])   # its pairs (a fifth faster than slicing)
            terms.append(run[-1])
        else:
            terms.append(other.lower())
    return " ".join(terms)


@dataclass(frozen=True)
class Phrase:
    """One thing a query asks for: terms consecutive in the index; with `prefix`, the last term is a
    lone ideograph that may also start a pair (`局` in 局长)."""
    terms: tuple[str, ...]
    prefix: bool = False


def _phrase(word: str) -> Optional[Phrase]:
    """A word's terms as `index_terms` gives them inside longer text: a run of ideographs is its pairs
    (its last character alone only ends a run in the index), a lone ideograph itself."""
    terms: list[str] = []
    lone = False
    for m in _RUN.finditer(word):
        run = m.group(1)
        if run is None:
            terms.append(m.group(2).lower())
        elif len(run) == 1:
            terms.append(run)
        else:
            terms += [run[i:i + 2] for i in range(len(run) - 1)]
        lone = run is not None and len(run) == 1
    return Phrase(tuple(terms), prefix=lone) if terms else None


def query_phrases(query: str) -> list[Phrase]:
    """What a search query asks for, each found anywhere in the notice: a "quoted" phrase as it
    stands; the rest cut into words by the spaCy/jieba segmenter (`农业农村局检测机构` ->
    农业农村局, 检测, 机构), each word as a phrase; punctuation dropped."""
    phrases: list[Phrase] = []
    words: list[str] = []
    pos = 0
    for m in _QUOTED.finditer(query):
        words += _segment_words(query[pos:m.start()])
        words.append(m.group(1) if m.group(1) is not None else m.group(2))
        pos = m.end()
    words += _segment_words(query[pos:])
    for w in words:
        phrase = _phrase(w)
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return phrases


def _segment_words(text_: str) -> list[str]:
    """The words of a query as the spaCy `zh` tokenizer cuts them (jieba, precise mode), with jieba
    called directly, so that a search does not wait for spaCy to load; text without ideographs is
    its runs of letters and digits, as jieba would cut it, without loading jieba's dictionary."""
    if not _IDEOGRAPH.search(text_):
        return [m.group() for m in _RUN.finditer(text_)]
    return [w for w in load_segmenter().cut(text_, cut_all=False) if _RUN.search(w)]


class DictionaryWords:
    """jieba's dictionary as its segmenter reads it (word -> frequency, 0 for a mere prefix of a word),
    looked up in the bytes of its `dict.txt` word by word instead of built whole: a query touches a few
    dozen of its 500,000 entries, and building them (or loading jieba's cache of them) takes a second of
    CPU. A word's line is `word frequency tag`; where a word has two lines, the last counts, as in jieba."""

    def __init__(self, data: bytes):
        self._data = b"\n" + data
        self._known: dict[str, Optional[int]] = {}
        self.total = KNOWN_TOTALS.get((len(data), zlib.crc32(data))) or dictionary_total(data)

    def get(self, word: str, default: Optional[int] = None) -> Optional[int]:
        if word not in self._known:
            self._known[word] = self._look_up(word)
        found = self._known[word]
        return default if found is None else found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def _look_up(self, word: str) -> Optional[int]:
        line = b"\n" + word.encode("utf-8")
        if line not in self._data:         # no word starts so: the usual answer, one scan
            return None
        at = self._data.rfind(line + b" ")
        return int(_DIGITS.match(self._data, at + len(line) + 1).group()) if at >= 0 else 0


_FREQUENCY = re.compile(rb"\n[^ \n]+ (\d+)")
# The sum of a dictionary's frequencies (what jieba divides each word's by), by (size, CRC-32) of its dict.txt:
# summing the 349,046 lines of jieba 0.42.1's (constraints.txt) took ~80 ms of each search's start-up. Another
# dictionary is summed; tests/test_query_cli.py checks the figure against the installed dictionary's sum.
KNOWN_TOTALS = {(5071852, 0x1394096D): 60101967}   # jieba 0.42.1, dict.txt


def dictionary_total(data: bytes) -> int:
    """The sum of the frequencies of a jieba dictionary (`word frequency tag` lines), as jieba counts it."""
    return sum(map(int, _FREQUENCY.findall(b"\n" + data)))
_DIGITS = re.compile(rb"\d+")


def _import_jieba():
    """jieba, imported without `pkg_resources` where nothing has imported it yet: jieba only reads its own
    files with it, falls back to their paths when it is missing, and importing it costs half a second of CPU."""
    if "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  (`import pkg_resources` raises ImportError)
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


@functools.cache
def load_segmenter():
    """jieba's precise-mode segmenter over its own dictionary, read word by word (`DictionaryWords`): the
    same words as jieba with its dictionary loaded, without the second that loading costs."""
    from pathlib import Path

    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    segmenter = jieba.Tokenizer()
    words = DictionaryWords((Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME).read_bytes())
    segmenter.FREQ, segmenter.total, segmenter.initialized = words, words.total, True
    return segmenter


@contextlib.contextmanager
def index_scans(conn: Connection):
    """Statements run inside find their matches through the full-text index, on PostgreSQL. For a word in
    most notices its planner would scan notice_fts and test every row, costing the scan as if the stored
    tsvector were at hand; each must be read from TOAST and decompressed (~50 KB a notice): counting
    notices with `1` took 1,010 ms by the scan against 35 ms by the GIN index at 20,000 notices."""
    if conn.dialect.name != "postgresql":
        yield
        return
    conn.execute(text("SET LOCAL enable_seqscan = off"))
    try:
        yield
    finally:
        conn.execute(text("SET LOCAL enable_seqscan = on"))


def readable(snippet: str) -> str:
    """A snippet of index terms as running text: each run's pairs joined back into the run
    (`农产 [产品] 品` -> `农[产品]`), runs and words apart by a space."""
    chars: list[str] = []
    marks: list[bool] = []         # each character's: inside [ ]
    marked, last, run_open = False, "", False
    for raw in snippet.split(" "):
        if MARK_START in raw or MARK_END in raw:
            kept, term_marks = [], []
            for ch in raw:
                if ch == MARK_START:
                    marked = True
                elif ch == MARK_END:
                    marked = False
                else:
                    kept.append(ch)
                    term_marks.append(marked)
            word = "".join(kept)
        else:
            word, term_marks = raw, [marked] * len(raw)
        if not word:
            continue
        ideographs = _IDEOGRAPHS.fullmatch(word) is not None
        if ideographs and run_open and last[-1:] == word[0]:     # the run goes on: one new character
            marks[-1] = marks[-1] or term_marks[0]
            chars += word[1:]
            marks += term_marks[1:]
            run_open = len(word) > 1                              # a lone character ends its run
        else:
            if chars:
                chars.append(" ")
                marks.append(False)
            chars += word
            marks += term_marks
            run_open = ideographs and len(word) > 1
        last = word
    out, on, at = [], False, 0
    for end, m in enumerate(marks):                               # each stretch of one marking, bracketed
        if m != on:
            out.append("".join(chars[at:end]))
            out.append(MARK_START if m else MARK_END)
            on, at = m, end
    out.append("".join(chars[at:]))
    if on:
        out.append(MARK_END)
    return "".join(out)


SNIPPET_TERMS = 24      # terms in a snippet
_SENTENCE_BONUS = 120   # what FTS5 adds to the score of a window starting a column (its first sentence)
_TERM = re.compile("[^ ]+")


def snippet(body: str, phrases: list[Phrase], size: int = SNIPPET_TERMS) -> str:
    """What FTS5's `snippet(notice_fts, 1, '[', ']', ' … ', size)` gives for a notice whose body terms are `body`,
    found by a query of `phrases`: the same window of `size` terms (SQLite 3.40's fts5_aux.c, below), each place
    of a phrase in it marked, " … " where the body goes on. Terms are compared as stored: FTS5's tokenizer would
    also take accents off Latin letters (`café` found by `cafe`), which the snippet then leaves unmarked."""
    n_terms = body.count(" ") + 1 if body else 0
    places = _places(body, phrases)
    start = _window(places, n_terms, size)
    end = start + size - 1
    terms = [m.group() for m in itertools.islice(_TERM.finditer(body, _offset(body, places, n_terms, start)), size)]
    marked: list[str] = []
    groups = iter(_coalesced(places))
    group = next(groups, None)
    while group is not None and group[0] < start:   # a place begun before the window is not marked
        group = next(groups, None)
    for pos, term in enumerate(terms, start):
        if group is not None and pos == group[0]:
            term = MARK_START + term
        if group is not None and group[0] <= pos and (pos == group[1] or pos == end):
            term += MARK_END
            if pos == group[1]:
                group = next(groups, None)
        marked.append(term)
    return (" … " if start > 0 else "") + " ".join(marked) + (" … " if end < n_terms - 1 else "")


def _places(body: str, phrases: list[Phrase]) -> list[tuple[int, int, int, int]]:
    """Where each phrase occurs in the body terms, as FTS5 lists its instances: (term position, phrase index,
    terms in the phrase, offset in `body`), by position, then phrase; a prefix phrase's last term begins a term."""
    padded = f" {body} "
    places = []
    for index, phrase in enumerate(phrases):
        needle = " " + " ".join(phrase.terms) + ("" if phrase.prefix else " ")
        at, counted, pos = padded.find(needle), 0, 0
        while at >= 0:
            pos += padded.count(" ", counted, at)     # the spaces before a term's leading space: its position
            counted = at
            places.append((pos, index, len(phrase.terms), at))
            at = padded.find(needle, at + 1)
    return sorted(places)


def _window(places: list[tuple[int, int, int, int]], n_terms: int, size: int) -> int:
    """The first term of FTS5's snippet window (fts5SnippetFunction): each place scores the `size` terms from it,
    1000 for each phrase found there and 1 for each further place, and is then centred on the places it holds;
    the column's first window, as its first sentence, scores 120 more. The best score wins, the earliest on a tie."""
    counts = [0] * (1 + max((p[1] for p in places), default=0))
    best = start = lo = hi = phrases = 0
    opening = [i for p, i, _, _ in places if p < size]
    opening_points = 1000 * len(set(opening)) + len(opening) - len(set(opening)) + _SENTENCE_BONUS
    for pos, *_ in places:
        while places[lo][0] < pos:                                  # the window: places[lo:hi]
            counts[places[lo][1]] -= 1
            phrases -= counts[places[lo][1]] == 0
            lo += 1
        while hi < len(places) and places[hi][0] < pos + size:
            counts[places[hi][1]] += 1
            phrases += counts[places[hi][1]] == 1
            hi += 1
        points = 1000 * phrases + hi - lo - phrases
        if points > best:
            first, last = places[lo][0], places[hi - 1][0] + places[hi - 1][2]
            adjusted = first - int((size - (last - first)) / 2)    # C's division, towards 0
            best, start = points, max(0, min(adjusted, n_terms - size))
        if n_terms > size and pos > 0 and opening_points > best:
            best, start = opening_points, 0
    return start


def _offset(body: str, places: list[tuple[int, int, int, int]], n_terms: int, pos: int) -> int:
    """Where term `pos` begins in `body`, walked to from the nearest known term: the first, a place, the last."""
    known = [(0, 0), (n_terms - 1, body.rfind(" ") + 1)] + [(p, at) for p, _, _, at in places]
    near, at = min(known, key=lambda k: abs(k[0] - pos))
    for _ in range(near, pos):
        at = body.find(" ", at) + 1
    for _ in range(pos, near):
        at = body.rfind(" ", 0, at - 1) + 1
    return at


def _coalesced(places: list[tuple[int, int, int, int]]):
    """The places as FTS5 marks them: (first, last term) of each run of overlapping places."""
    group = None
    for pos, _, n, _ in places:
        if group and pos <= group[1]:
            group[1] = max(group[1], pos + n - 1)
            continue
        if group:
            yield tuple(group)
        group = [pos, pos + n - 1]
    if group:
        yield tuple(group)


def delete_fts(conn: Connection, notice_id: int) -> None:
    column = "rowid" if conn.dialect.name == "sqlite" else "notice_id"
    conn.execute(text(f"DELETE FROM notice_fts WHERE {column} = :id"), {"id": notice_id})


# At most this many notices holding every word are ranked: the most recently indexed ones. Ranking
# reads each candidate's word positions (and on PostgreSQL its whole tsvector), so a word found in most
# of 100,000 notices would cost O(matches); a rarer word, matched by fewer notices, is ranked in full.
RANKED = 1000

_SQLITE_BEST = """
SELECT notice_id, score FROM (SELECT rowid AS notice_id, -bm25(notice_fts, 5.0, 1.0) AS score FROM notice_fts
                              WHERE notice_fts MATCH :q ORDER BY rowid DESC LIMIT :ranked)
ORDER BY score DESC, notice_id LIMIT :limit OFFSET :offset
"""
# The body terms of the chosen notices, for their snippets (`snippet`): FTS5's snippet() would run the
# MATCH again over the whole index to find the words' places in them, costing more than the search.
_SQLITE_BODIES = "SELECT rowid AS notice_id, body FROM notice_fts WHERE rowid IN :ids"
_POSTGRES_BEST = """
SELECT notice_id, score FROM (SELECT notice_id, ts_rank(tsv, q) AS score FROM notice_fts, to_tsquery('simple', :q) AS q
                              WHERE tsv @@ q ORDER BY notice_id DESC LIMIT :ranked) AS newest
ORDER BY score DESC, notice_id LIMIT :limit OFFSET :offset
"""
# ts_headline parses all the text it is given (~2 ms for a 4,000-character body): it gets the stretch
# around the first place of the first word, where the snippet would come from anyway.
_POSTGRES_SNIPPETS = """
SELECT notice_id, ts_headline('simple', substr(body, greatest(1, strpos(' ' || body || ' ', :first) - 300), 900),
                              to_tsquery('simple', :q), 'StartSel=[, StopSel=], MaxWords=30, MinWords=12,
                              MaxFragments=2, FragmentDelimiter=" … "') AS snippet
FROM notice_fts WHERE notice_id IN :ids
"""


def search(conn: Connection, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
    """Notices containing every phrase of `query`, best first (among the RANKED most recently indexed
    that contain them): notice_id, score, snippet; `limit` of them from `offset`."""
    phrases = query_phrases(query)
    if not phrases:
        return []
    sqlite, q = conn.dialect.name == "sqlite", _fts_query(conn, phrases)
    hits = conn.execute(text(_SQLITE_BEST if sqlite else _POSTGRES_BEST),
                        {"q": q, "ranked": max(RANKED, limit + offset), "limit": limit, "offset": offset}).all()
    if not hits:
        return []
    ids = [h.notice_id for h in hits]
    if sqlite:
        bodies = conn.execute(text(_SQLITE_BODIES).bindparams(bindparam("ids", expanding=True)), {"ids": ids}).all()
        found = {nid: snippet(body or "", phrases) for nid, body in bodies}
    else:
        found = dict(conn.execute(text(_POSTGRES_SNIPPETS).bindparams(bindparam("ids", expanding=True)),
                                  {"q": q, "first": f" {phrases[0].terms[0]}", "ids": ids}).all())
    return [{"notice_id": h.notice_id, "score": float(h.score), "snippet": readable(found.get(h.notice_id) or "")}
            for h in hits]


def count_hits(conn: Connection, query: str) -> int:
    """How many notices contain every phrase of `query` (all pages of `search`)."""
    phrases = query_phrases(query)
    if not phrases:
        return 0
    sql = "SELECT count(*) FROM notice_fts WHERE notice_fts MATCH :q" if conn.dialect.name == "sqlite" else \
        "SELECT count(*) FROM notice_fts WHERE tsv @@ to_tsquery('simple', :q)"
    with index_scans(conn):
        return conn.execute(text(sql), {"q": _fts_query(conn, phrases)}).scalar()


def holding_words(conn: Connection, query: str, notice_id):
    """A condition on a notice id column: the notice contains every phrase of `query` (no ranking). Run the
    statements holding it inside `index_scans`: on PostgreSQL the matches are then found first, by the
    index, as `= ANY(ARRAY(...))` (as a semi-join its planner would walk notice_fts by id in step with the
    notices, testing each row's tsvector: 1.2 s at 20,000 notices for a word in most of them)."""
    phrases = query_phrases(query)
    if not phrases:
        return false()
    sql = "SELECT rowid FROM notice_fts WHERE notice_fts MATCH :q" if conn.dialect.name == "sqlite" else \
        "SELECT notice_id FROM notice_fts WHERE tsv @@ to_tsquery('simple', :q)"
    matches = text(sql).bindparams(q=_fts_query(conn, phrases)).columns(column("notice_id", Integer))
    if conn.dialect.name == "postgresql":
        return notice_id == func.any(func.array(matches.scalar_subquery()))
    return notice_id.in_(matches)


def notices_holding(conn: Connection, query: str, notices: Table, narrowed: bool = False) \
        -> tuple[FromClause, ColumnElement, ColumnElement]:
    """The notices holding every phrase of `query`, for a count or a page of them by id: (FROM clause, condition,
    the id to order by). The full-text rows are joined to the notices, so that a page reads its first matches in
    id order: on SQLite the FTS5 rows come in rowid order (`notices.id IN (matches)` built a temporary index of
    every match first: a page of 100 notices holding 农产品质量安全 cost 14 ms of CPU at 20,000 notices); on
    PostgreSQL both primary keys are walked in step, each row's tsvector tested until the page is full (the
    `holding_words` array holds every match, each phrase's read from TOAST: over a second at 20,000). On
    PostgreSQL `narrowed` (other conditions on the notices, which the walk would test row by row) keeps
    `holding_words`, run inside `index_scans`."""
    if conn.dialect.name != "sqlite" and narrowed:
        return notices, holding_words(conn, query, notices.c.id), notices.c.id
    phrases = query_phrases(query)
    if not phrases:
        return notices, false(), notices.c.id
    if conn.dialect.name == "sqlite":
        fts = table("notice_fts", column("rowid", Integer), column("notice_fts"))
        return (notices.join(fts, fts.c.rowid == notices.c.id),
                fts.c.notice_fts.op("MATCH")(_fts_query(conn, phrases)), fts.c.rowid)
    fts = table("notice_fts", column("notice_id", Integer), column("tsv"))
    return (notices.join(fts, fts.c.notice_id == notices.c.id),
            fts.c.tsv.op("@@")(func.to_tsquery(literal_column("'simple'"), _fts_query(conn, phrases))), notices.c.id)


def _fts_query(conn: Connection, phrases: list[Phrase]) -> str:
    """The phrases, all of which must occur, as the back end's query: FTS5 `"t1 t2" AND "t3" *`, or a
    tsquery `t1 <-> t2 & t3:*`. Terms are letters, digits and ideographs only: nothing to escape."""
    if conn.dialect.name == "sqlite":
        return " AND ".join('"%s"%s' % (" ".join(p.terms), " *" if p.prefix else "") for p in phrases)
    return " & ".join("(%s%s)" % (" <-> ".join(p.terms), ":*" if p.prefix else "") for p in phrases)
