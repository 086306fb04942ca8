"""Turn Chinese government notices into structured plans: `from extractor import parse`.

The names are imported on first use, so that commands which need none of the parser (`notices
search`, `query`, `--version`) start without loading it."""
from __future__ import annotations

from .charset_cache import share_charset_tables

__all__ = ["parse", "Plan", "NoticeError"]
__version__ = "0.1.0"

share_charset_tables()


def __getattr__(name: str):
    if name == "parse":
        from .pipeline import parse
        return parse
    if name == "Plan":
        from .models import Plan
        return Plan
    if name == "NoticeError":
        from .errors import NoticeError
        return NoticeError
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
