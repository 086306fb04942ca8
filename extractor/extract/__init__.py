"""Extractors: each module reads a `Notice` and returns model objects.

Every module `extractor.extract.<dimension>` that has a rule file exposes
    extract(notice: Notice, found: Found) -> list[<Model>]
    run_snippet(text: str, **context) -> list[dict]     # for the rule examples in rules/<dimension>.yaml
`run_snippet` items carry the `rule` that produced them. `found` holds what earlier
extractors found (PIPELINE order), so later ones (responsibilities, tasks) can use it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..document import Notice, PartInfo, RawBlock, RawDocument
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
