"""The types that flow between pipeline stages.

    bytes --ingest--> RawDocument --normalize--> NoticeText --structure--> Notice --extract--> Plan

A reader (ingest) turns a file into `RawBlock`s: paragraphs and tables with the page or
line they come from. Normalisation turns them into one string (`NoticeText.text`) split
into `Block`s, keeping for every character the raw block and offset it came from.
Structure recognition adds the GB/T 9704 elements and the outline (`Notice`); the
extractors read a `Notice` and never the raw file.
"""
from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal, Optional

from .models import Meta, Section, Span

# Span(**fields) by its validator, given the dict BaseModel.__init__ builds from the keywords and validates the same
# way: the same model (its fields and fields set); ~1,900 spans a round of the 19 `parse-text` notices, each ~0.4 us
# less without __init__'s keyword packing and Python frame
_new_span = Span.__pydantic_validator__.validate_python

BlockKind = Literal["para", "table"]
Box = tuple[float, float, float, float]  # x0, top, x1, bottom: PDF points (pixels for images) from the top-left


@dataclass
class RawBlock:
    """A paragraph (or a PDF line) or a table, as the reader found it."""
    kind: BlockKind
    text: str = ""                      # paragraph text; empty for tables
    rows: Optional[list[list[str]]] = None  # table cells; None for paragraphs
    page: Optional[int] = None          # 1-based page (PDF), None elsewhere
    wrapped: bool = False               # the reader knows this line runs on into the next block
    opens: bool = False                 # the reader knows a paragraph starts here (a text's indented line after a blank)
    style: Optional[str] = None         # reader hints: "title", "heading", "centered", "right"
    box: Optional[Box] = None           # where it stands on `page` (layout formats: PDF, OFD, scans)
    continued: bool = False             # a PDF table whose last row the page break cut: it goes on on the next page


@dataclass
class RawDocument:
    blocks: list[RawBlock]
    format: Literal["pdf", "docx", "doc", "rtf", "ofd", "image", "html", "text"]
    encoding: Optional[str] = None
    pages: Optional[int] = None
    title_hint: Optional[str] = None    # e.g. an HTML <title> or headline
    warnings: list[str] = field(default_factory=list)


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Block:
    """A normalised paragraph or table, located in `NoticeText.text` by [start, end)."""
    kind: BlockKind
    start: int
    end: int
    page: Optional[int]
    source: int                          # index of the first RawBlock it came from
    rows: Optional[list[list[Cell]]] = None
    style: Optional[str] = None


@dataclass
class NoticeText:
    """The normalised text. Blocks are joined by one newline; table cells by tab, rows by newline."""
    text: str
    blocks: list[Block]
    origin_block: array                  # per character: raw block index (-1 for inserted separators)
    origin_offset: array                 # per character: offset inside that raw block's text
    script: Literal["simplified", "traditional", "mixed"] = "simplified"
    conversion: Optional[str] = None
    soft_breaks: frozenset = frozenset()  # offsets where a space was removed before the character
    raw_boxes: Optional[list[Optional[tuple[Optional[int], Box]]]] = None  # per raw block: (page, box), layout formats
    _block_ends: Optional[list[int]] = field(default=None, init=False, repr=False, compare=False)  # block_at's index

    def had_space_before(self, offset: int) -> bool:
        """True where the source had a space here that normalisation removed (`赵 栋`)."""
        return offset in self.soft_breaks

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    def span(self, start: int, end: int) -> Span:
        """A Span for [start, end) with the page and source paragraph of its first character, and on a
        layout format the box around the source lines it covers on that page."""
        block = self.block_at(start)
        para = int(self.origin_block[start]) if 0 <= start < len(self.origin_block) else None
        if para is not None and para < 0:
            para = block.source if block else None
        page = block.page if block else None
        if self.raw_boxes and para is not None and 0 <= para < len(self.raw_boxes) and self.raw_boxes[para]:
            page = self.raw_boxes[para][0]  # a paragraph run on over a page break: the page of this character
        return _new_span({"start": start, "end": end, "page": page, "para": para, "box": self._box(start, end, page)})

    def _box(self, start: int, end: int, page: Optional[int]) -> Optional[list[float]]:
        if not self.raw_boxes:
            return None
        boxes = [self.raw_boxes[i][1] for i in set(self.origin_block[start:max(end, start + 1)])
                 if i >= 0 and self.raw_boxes[i] is not None and self.raw_boxes[i][0] == page]
        if not boxes:
            return None
        return [round(min(b[0] for b in boxes), 1), round(min(b[1] for b in boxes), 1),
                round(max(b[2] for b in boxes), 1), round(max(b[3] for b in boxes), 1)]

    def block_at(self, offset: int) -> Optional[Block]:
        """The block holding `offset` (the newline after a block belongs to it), by a binary search over the
        blocks' ends, indexed on first use (extractors ask this for every match)."""
        ends = self._block_ends
        if ends is None or len(ends) != len(self.blocks):
            ends = self._block_ends = [b.end + 1 for b in self.blocks]
        i = bisect_right(ends, offset)
        return self.blocks[i] if i < len(ends) and self.blocks[i].start <= offset else None


@dataclass
class OutlineNode:
    """A section with its location; `to_model` gives the public `Section`."""
    level: int
    marker: str
    heading: str
    start: int                  # offset of the marker
    heading_end: int            # offset after the heading (and its 。/：)
    end: int                    # offset after the section's own text (before the first child or next section)
    children: list[OutlineNode] = field(default_factory=list)
    text: str = ""

    def to_model(self, doc: NoticeText) -> Section:
        return Section(level=self.level, marker=self.marker, heading=self.heading, text=self.text,
                       children=[c.to_model(doc) for c in self.children],
                       span=doc.span(self.start, self.heading_end))

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class PartInfo:
    kind: Literal["notice", "plan", "attachment"]
    title: Optional[str]
    start: int
    end: int
    outline: list[OutlineNode] = field(default_factory=list)


@dataclass
class Notice:
    """A normalised notice with its official-document structure recognised.

    `body` lists the [start, end) ranges that extractors read: the main text, the plans
    and attachments, without the letterhead, title, signature, 抄送 and 印发 lines or a
    web page's frame. `cc_range` is the 抄送 line, read for organisations only.
    """
    doc: NoticeText
    meta: Meta
    parts: list[PartInfo]
    body: list[tuple[int, int]]
    cc_range: Optional[tuple[int, int]] = None
    title_year: Optional[int] = None
    posted: Optional[dt.date] = None     # the date the page was posted on (a posting label's), from structure
    warnings: list[str] = field(default_factory=list)   # what structure recognition read with doubt
    _by_start: Optional[tuple[list[int], list[OutlineNode]]] = field(default=None, init=False, repr=False, compare=False)
    memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # results several extractors read, computed once

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def year(self) -> Optional[int]:
        """The notice's year: its date's, else the year its title names."""
        return int(self.meta.date[:4]) if self.meta.date else self.title_year

    def sections(self) -> list[OutlineNode]:
        return [n for p in self.parts for root in p.outline for n in root.walk()]

    def section_at(self, offset: int) -> Optional[OutlineNode]:
        """The innermost section whose range holds `offset`: the last to start at or before it (a binary
        search over the outline, indexed once: extractors ask this for every item)."""
        if self._by_start is None:
            nodes = sorted(self.sections(), key=lambda n: n.start)     # stable: the later of equal starts wins
            self._by_start = ([n.start for n in nodes], nodes)
        starts, nodes = self._by_start
        i = bisect_right(starts, offset) - 1
        return nodes[i] if i >= 0 else None

    def in_body(self, offset: int) -> bool:
        for s, e in self.body:      # (a loop, not any() over a generator: asked ~90 times a notice)
            if s <= offset < e:
                return True
        return False

    def body_blocks(self) -> list[Block]:
        return [b for b in self.doc.blocks if self.in_body(b.start)]
