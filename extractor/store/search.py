"""Full-text search over jieba-segmented notices, with each database's own machinery.

The migration creates `notice_fts(title, body)`: words from `extractor.nlp.search_words`
(the spaCy/jieba tokens and their sub-words) joined by spaces. SQLite searches it as an FTS5 table (bm25 ranking, snippet()); PostgreSQL
through a stored tsvector column of `to_tsvector('simple', title || ' ' || body)` with a
GIN index (ts_rank over the top matches only; ts_headline for the rows returned). A query is cut into words (jieba precise mode) that must all occur.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, text

_WORD = re.compile(r"\w")
MARK_START, MARK_END = "[", "]"


def _jieba():
    import jieba
    jieba.setLogLevel(60)
    return jieba


def segment(text_: str) -> str:
    """The words of `text_` for the index (whole words and their sub-words, as jieba's search mode
    gives them), space-joined."""
    from ..nlp import search_words
    return " ".join(search_words(text_))


def query_words(query: str) -> list[str]:
    """The words a search query asks for (precise cut, punctuation dropped)."""
    return [w for w in _jieba().cut(query) if _WORD.search(w)]


def readable(snippet: str) -> str:
    """A segmented snippet as running text: spaces removed, sub-words that cut_for_search put before
    the word containing them dropped (`农产 产品 农产品` -> `农产品`)."""
    kept: list[str] = []
    for token in snippet.split():
        bare = token.replace(MARK_START, "").replace(MARK_END, "")
        while kept and len(kept[-1].strip("[]")) < len(bare) and kept[-1].strip("[]") in bare:
            dropped = kept.pop()
            if MARK_START in dropped and MARK_START not in token:
                token = MARK_START + bare + MARK_END
        kept.append(token)
    return "".join(kept)


def write_fts(conn: Connection, notice_id: int, title: str, body: str) -> None:
    """Store a notice's segmented title and body (already segmented by `segment`)."""
    column = "rowid" if conn.dialect.name == "sqlite" else "notice_id"
    conn.execute(text(f"INSERT INTO notice_fts ({column}, title, body) VALUES (:id, :title, :body)"),
                 {"id": notice_id, "title": title, "body": body})


def delete_fts(conn: Connection, notice_id: int) -> None:
    column = "rowid" if conn.dialect.name == "sqlite" else "notice_id"
    conn.execute(text(f"DELETE FROM notice_fts WHERE {column} = :id"), {"id": notice_id})


_SQLITE = """
SELECT rowid AS notice_id, -bm25(notice_fts, 5.0, 1.0) AS score,
       snippet(notice_fts, 1, '[', ']', ' … ', 24) AS snippet
FROM notice_fts WHERE notice_fts MATCH :q ORDER BY bm25(notice_fts, 5.0, 1.0) LIMIT :limit
"""
_POSTGRES = """
SELECT best.notice_id, best.score,
       ts_headline('simple', f.body, best.q, 'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=2,
                   FragmentDelimiter=" … "') AS snippet
FROM (SELECT notice_id, ts_rank(tsv, q) AS score, q
      FROM notice_fts, plainto_tsquery('simple', :q) AS q
      WHERE tsv @@ q
      ORDER BY score DESC, notice_id LIMIT :limit) AS best
JOIN notice_fts AS f ON f.notice_id = best.notice_id
ORDER BY best.score DESC, best.notice_id
"""


def search(conn: Connection, query: str, limit: int = 20) -> list[dict]:
    """Notices containing every word of `query`, best first: notice_id, score, snippet."""
    words = query_words(query)
    if not words:
        return []
    if conn.dialect.name == "sqlite":
        sql, q = _SQLITE, " ".join('"%s"' % w.replace('"', '""') for w in words)
    else:
        sql, q = _POSTGRES, " ".join(words)
    rows = conn.execute(text(sql), {"q": q, "limit": limit}).mappings().all()
    return [{"notice_id": r["notice_id"], "score": float(r["score"]),
             "snippet": readable(r["snippet"] or "")} for r in rows]

