"""The JSON contract: what `notices parse` prints, as pydantic models.

`notices schema` publishes `Plan.model_json_schema()`. Every extracted item carries a
`Span`: character offsets into the normalised text (`Plan.text`) and the page or
paragraph of the source it came from.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field


class Span(BaseModel):
    start: int = Field(description="offset of the first character in the normalised text")
    end: int = Field(description="offset after the last character in the normalised text")
    page: Optional[int] = Field(None, description="1-based page of the source (PDF), else null")
    para: Optional[int] = Field(None, description="0-based paragraph (block) of the source")
    box: Optional[list[float]] = Field(
        None, description="[x0, top, x1, bottom] of the source lines on `page`: PDF points from the page's top-left "
                          "corner (pixels for images); null for formats without layout")


class Source(BaseModel):
    path: Optional[str] = None
    sha256: str
    format: Literal["pdf", "docx", "doc", "rtf", "ofd", "image", "html", "text"]
    encoding: Optional[str] = Field(None, description="detected text encoding (text and HTML)")
    script: Literal["simplified", "traditional", "mixed"] = "simplified"
    conversion: Optional[str] = Field(None, description="OpenCC config used, e.g. t2s, tw2s, hk2s")
    pages: Optional[int] = None
    warnings: list[str] = []


class Meta(BaseModel):
    title: Optional[str] = None
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = Field(None, description="成文日期, ISO YYYY-MM-DD")
    recipients: list[str] = []
    cc: list[str] = []
    copy_number: Optional[str] = Field(None, description="份号")
    secrecy: Optional[str] = Field(None, description="密级和保密期限")
    urgency: Optional[str] = Field(None, description="紧急程度")
    letterhead: Optional[str] = Field(None, description="发文机关标志")
    signer: Optional[str] = Field(None, description="签发人")
    note: Optional[str] = Field(None, description="附注, e.g. （此件公开发布）")
    attachments: list[str] = Field([], description="附件说明: the attachments' names")
    printed_by: Optional[str] = Field(None, description="印发机关")
    printed_date: Optional[str] = Field(None, description="印发日期, ISO")


class Section(BaseModel):
    level: int
    marker: str
    heading: str
    text: str = Field("", description="the section's own text, heading excluded, children excluded")
    children: list[Section] = []
    span: Optional[Span] = None


class Part(BaseModel):
    """One document inside the file: the notice, a plan it forwards, an attachment."""
    kind: Literal["notice", "plan", "attachment"]
    title: Optional[str] = None
    sections: list[Section] = []
    span: Optional[Span] = None


class Deadline(BaseModel):
    date: str = Field(description="due day: ISO date, or --MM-DD where no year can be known")
    start: Optional[str] = Field(None, description="first day, for a period")
    kind: Literal["due", "period"] = "due"
    year_inferred: bool = False
    text: str = Field(description="the time expression verbatim")
    task: Optional[str] = Field(None, description="the sentence or table row it governs")
    section: Optional[str] = Field(None, description="heading of the section it sits in")
    rule: Optional[str] = None
    span: Optional[Span] = None
    anchor: Optional[Literal["notice", "receipt"]] = Field(
        None, description="what a duration is counted from: the notice's date (印发之日起), or its receipt "
                          "(收到通知后), taken as the notice's date")
    recurrence: Optional[str] = Field(
        None, description="a recurring deadline (每月5日前, 每季度末) as an RFC 5545 RRULE value, e.g. "
                          "FREQ=MONTHLY;BYMONTHDAY=5; `date` is then its first occurrence")
    warning: Optional[str] = Field(
        None, description="what the date is not sure of, e.g. working days counted Monday to Friday "
                          "outside the years of the official holiday schedule")


class Target(BaseModel):
    value: float
    unit: Literal["%", "‰"]
    op: Literal[">=", "<=", ">", "<", "="]
    metric: Optional[str] = None
    subject: Optional[str] = None
    text: str
    rule: Optional[str] = None
    span: Optional[Span] = None


class Organization(BaseModel):
    name: str
    mentions: list[Span] = []


class Person(BaseModel):
    name: str
    title: Optional[str] = None
    span: Optional[Span] = None


class Responsibility(BaseModel):
    org: str
    duty: str
    role: Literal["lead", "participant"]
    deadline: Optional[str] = None
    rule: Optional[str] = None
    span: Optional[Span] = None
    duty_span: Optional[Span] = Field(None, description="where the duty's words stand in the text")
    task_span: Optional[Span] = Field(
        None, description="the whole task the duty belongs to: the numbered item, the clause or the table row")


class Contact(BaseModel):
    name: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None
    span: Optional[Span] = None


class Reference(BaseModel):
    kind: Literal["document", "standard"]
    title: Optional[str] = None
    number: Optional[str] = None
    text: str
    span: Optional[Span] = None


class TaskUnit(BaseModel):
    org: str
    role: Literal["lead", "participant"]


class Task(BaseModel):
    """One assignment, one row of a 督办台账: a numbered item with its units, a tagged clause, a unit's
    listed duty, a row of a task table, or a section with work or a deadline but no named unit."""
    text: str = Field(description="what must be done, in the notice's words (an item's heading, a clause, a cell)")
    section: Optional[str] = Field(None, description="heading of the section the task stands in (所在章节)")
    units: list[TaskUnit] = Field([], description="every unit of the task, lead ones first")
    deadline: Optional[Deadline] = Field(None, description="the first of `deadlines`")
    deadlines: list[Deadline] = Field([], description="every deadline set inside the task, in text order")
    targets: list[Target] = []
    rule: Optional[str] = Field(None, description="how it was found: unit_tag, unit_line, unit_sentence, duty_list, "
                                                  "table_row, org_verb, … (the responsibility rule), section, or sentence (a "
                                                  "deadline's sentence no other task holds)")
    span: Optional[Span] = Field(None, description="the whole task: page and paragraph give 来源位置")


class Plan(BaseModel):
    """One notice, parsed: the object `notices parse` prints."""
    source: Source
    meta: Meta
    parts: list[Part] = []
    sections: list[Section] = Field([], description="the outline of the whole body, all parts in order")
    deadlines: list[Deadline] = []
    recurring_deadlines: list[Deadline] = Field(
        [], description="rhythms the body sets (每月5日前): each with its `recurrence` RRULE; not in `deadlines`")
    targets: list[Target] = []
    organizations: list[Organization] = []
    people: list[Person] = []
    responsibilities: list[Responsibility] = []
    contacts: list[Contact] = []
    references: list[Reference] = []
    tasks: list[Task] = []
    text: str = Field("", description="the normalised text that every span points into")
