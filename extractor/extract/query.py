"""The query dimension's rule examples (rules/query.yaml): questions in words, read by
`extractor.store.query_language`. Not a notice extractor: it only serves tests/test_rules.py."""
from __future__ import annotations

import datetime as dt
from typing import Optional


def run_snippet(text: str, today: Optional[str] = None, **_context) -> list[dict]:
    from ..store.query_language import read_query
    return read_query(text, dt.date.fromisoformat(today) if today else None)
