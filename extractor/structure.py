"""Official-document structure (GB/T 9704): NoticeText -> Notice. (first cut: whole text is body)"""
from __future__ import annotations

import re
from typing import Optional

from .document import Notice, NoticeText, PartInfo
from .models import Meta

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def year_of(text: Optional[str]) -> Optional[int]:
    """The first year a text names (`2023年县级…方案` -> 2023), or None."""
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


def recognise_structure(doc: NoticeText, title_hint: Optional[str] = None) -> Notice:
    meta = Meta()
    return Notice(doc=doc, meta=meta, parts=[PartInfo("notice", None, 0, len(doc.text))],
                  body=[(0, len(doc.text))], title_year=year_of(meta.title))
