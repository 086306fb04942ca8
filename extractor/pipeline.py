"""The pipeline, stage by stage: a reader can follow one notice from bytes to JSON here.

    read_file / read_bytes   (ingest)     bytes        -> RawDocument
    normalize                (normalize)  RawDocument  -> NoticeText
    recognise_structure      (structure)  NoticeText   -> Notice       meta, parts, outline, body
    EXTRACTORS, in order     (extract)    Notice       -> Found        entities
    assemble_plan                         Notice+Found -> Plan         the JSON contract
"""
from __future__ import annotations

import functools
import hashlib
import importlib
from pathlib import Path
from typing import Optional, Union

from .document import Notice, RawDocument
from .extract import Found
from .ingest import path_text, read_bytes, read_file
from .models import Plan, Source
from .normalize import normalize
from .rules import keep_programs
from .structure import recognise_structure

# (field of Found, module in extractor.extract); later ones may read earlier ones' results.
EXTRACTORS = [
    ("deadlines", "deadlines"),
    ("recurring_deadlines", "recurring"),
    ("targets", "targets"),
    ("references", "references"),
    ("organizations", "organizations"),
    ("people", "people"),
    ("contacts", "contacts"),
    ("responsibilities", "responsibilities"),
    ("tasks", "tasks"),
]


@functools.cache
def _extractor(module: str):
    """The module's `extract`, looked up once a process (`import_module` of a loaded module: ~2 us, nine a parse)."""
    try:
        return importlib.import_module(f"extractor.extract.{module}").extract
    except ModuleNotFoundError as e:
        if e.name == f"extractor.extract.{module}":
            return None  # not written yet: the field stays empty
        raise


def extract_all(notice: Notice) -> Found:
    found = Found()
    for field_name, module in EXTRACTORS:
        fn = _extractor(module)
        if fn is not None:
            setattr(found, field_name, fn(notice, found))
    return found


def assemble_plan(notice: Notice, found: Found, raw: RawDocument, sha256: str, path: Optional[str]) -> Plan:
    doc = notice.doc
    parts = [_part_model(notice, p) for p in notice.parts]
    return Plan(
        source=Source(path=path, sha256=sha256, format=raw.format, encoding=raw.encoding, script=doc.script,
                      conversion=doc.conversion, pages=raw.pages, warnings=[*raw.warnings, *notice.warnings]),
        meta=notice.meta,
        parts=parts,
        sections=[s for p in parts for s in p.sections],    # the parts' own Section models (each built once)
        deadlines=found.deadlines, recurring_deadlines=found.recurring_deadlines, targets=found.targets, organizations=found.organizations,
        people=found.people, responsibilities=found.responsibilities, contacts=found.contacts,
        references=found.references, tasks=found.tasks, text=doc.text,
    )


def _part_model(notice: Notice, part):
    from .models import Part
    return Part(kind=part.kind, title=part.title, sections=[n.to_model(notice.doc) for n in part.outline],
                span=notice.doc.span(part.start, part.end))


def parse_raw(raw: RawDocument) -> Notice:
    return recognise_structure(normalize(raw), title_hint=raw.title_hint)


def parse(source: Union[str, Path, bytes], *, filename: str = "") -> Plan:
    """Parse one notice (a path or its bytes) into its Plan. Raises NoticeError on bad input."""
    if isinstance(source, (bytes, bytearray)):
        data, path = bytes(source), None
        raw = read_bytes(data, filename=filename)
    else:
        data, raw = read_file(source)
        path = path_text(source)  # printable and storable: a GBK name from a Windows zip is escaped
    notice = parse_raw(raw)
    plan = assemble_plan(notice, extract_all(notice), raw, hashlib.sha256(data).hexdigest(), path)
    keep_programs()     # the programs of the regexes this process compiled, for the next one (after its first parse)
    return plan
