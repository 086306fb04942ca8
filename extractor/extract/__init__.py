"""Extractors: each module reads a `Notice` and returns model objects.

Every module `extractor.extract.<dimension>` that has a rule file exposes
    extract(notice: Notice, found: Found) -> list[<Model>]
    run_snippet(text: str, **context) -> list[dict]     # for the rule examples in rules/<dimension>.yaml
`run_snippet` items carry the `rule` that produced them. `found` holds what earlier
extractors found (PIPELINE order), so later ones (responsibilities, tasks) can use it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, TypeVar

from ..document import Block, Notice, PartInfo, RawBlock, RawDocument
from ..models import Contact, Deadline, Meta, Organization, Person, Reference, Responsibility, Target, Task


@dataclass
class Found:
    deadlines: list[Deadline] = field(default_factory=list)
    recurring_deadlines: list[Deadline] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


H = TypeVar("H")
_DATA = Path(__file__).resolve().parent.parent / "data"


def data_lines(name: str) -> list[str]:
    """The lines of a lexicon file in extractor/data/, without blank lines and `#` comments."""
    return [line.strip() for line in (_DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def body_table_rows(notice: Notice, header: Callable[[list], Optional[H]]) -> list[tuple[Block, list, H]]:
    """(table, row, what `header` read) for every row under a header row of a table in the body; `header` reads a
    row as a header (None: a data row), which may come again after a page break."""
    out = []
    for block in notice.doc.blocks:
        if block.kind != "table" or not block.rows or not notice.in_body(block.start):
            continue
        head = None
        for row in block.rows:
            here = header(row)
            if here is not None:
                head = here
            elif head is not None:
                out.append((block, row, head))
    return out


def snippet_blocks(text: str) -> list[RawBlock]:
    """A fragment's blocks: a run of lines holding tabs is one table (cells split at tabs), other lines paragraphs."""
    blocks: list[RawBlock] = []
    for line in text.split("\n"):
        if "\t" in line:
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(line.split("\t"))
            else:
                blocks.append(RawBlock("table", rows=[line.split("\t")]))
        elif line.strip():
            blocks.append(RawBlock("para", line))
    return blocks


def snippet_notice(text: str, date: Optional[str] = None, title: Optional[str] = None) -> Notice:
    """A Notice whose whole text is body: for rule examples and tests of one fragment (tables: see snippet_blocks)."""
    from ..normalize import normalize
    from ..structure import year_of
    doc = normalize(RawDocument(snippet_blocks(text), "text"))
    meta = Meta(title=title, date=date)
    return Notice(doc=doc, meta=meta, parts=[PartInfo("notice", title, 0, len(doc.text))],
                  body=[(0, len(doc.text))], title_year=year_of(title))
