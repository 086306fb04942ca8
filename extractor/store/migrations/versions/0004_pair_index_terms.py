"""Full-text terms become character pairs (extractor/store/search.py) instead of jieba's words.

A store indexed before holds, per notice, the words of jieba's search mode (`农产 产品 农产品`):
their text is recovered (a sub-word put before the word holding it is dropped; Latin words keep a
space between them) and indexed again as pairs. The two functions are copies, frozen here, of
what the code did when this migration was written. Downgrading gives jieba's words back.

Revision ID: 0004
Revises: 0003
"""
import re

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")


def _text_of_words(words: str) -> str:
    kept: list[str] = []
    for word in words.split():
        while kept and len(kept[-1]) < len(word) and kept[-1] in word:
            kept.pop()
        kept.append(word)
    out = ""
    for word in kept:
        latin = not re.match(f"[{_CJK}]", word)
        out += (" " if out and latin and not re.search(f"[{_CJK}]$", out) else "") + word
    return out


def _pairs(text: str) -> str:
    terms: list[str] = []
    for m in _RUN.finditer(text):
        run = m.group(1)
        if run:
            terms += [run[i:i + 2] for i in range(len(run) - 1)]
            terms.append(run[-1])
        else:
            terms.append(m.group(2).lower())
    return " ".join(terms)


def _text_of_pairs(terms: str) -> str:
    out, run_open = "", False
    for term in terms.split():
        ideographs = bool(re.fullmatch(f"[{_CJK}]+", term))
        if ideographs and run_open and out.endswith(term[0]):
            out += term[1:]
            run_open = len(term) > 1
        else:
            out += (" " if out else "") + term
            run_open = ideographs and len(term) > 1
    return out


def _words(text: str) -> str:
    import jieba
    return " ".join(w for w in jieba.cut_for_search(text) if w.strip())


def _rewrite(convert) -> None:
    conn = op.get_bind()
    key = "rowid" if conn.dialect.name == "sqlite" else "notice_id"
    rows = conn.execute(sa.text(f"SELECT {key}, title, body FROM notice_fts")).all()
    for row_id, title, body in rows:
        conn.execute(sa.text(f"UPDATE notice_fts SET title = :t, body = :b WHERE {key} = :id"),
                     {"t": convert(title or ""), "b": convert(body or ""), "id": row_id})


def upgrade() -> None:
    _rewrite(lambda words: _pairs(_text_of_words(words)))


def downgrade() -> None:
    _rewrite(lambda pairs: _words(_text_of_pairs(pairs)))
