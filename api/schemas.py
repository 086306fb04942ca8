"""What the API sends and takes, as pydantic models (they make the OpenAPI document and its examples)."""
from __future__ import annotations

from typing import Generic, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from extractor.models import Plan

T = TypeVar("T")


class Field_(BaseModel):
    loc: list[str] = Field(description="where: query, path or body, then the parameter's name")
    msg: str


class Error(BaseModel):
    error: str = Field(description="a short kind: unsupported, empty, corrupt, encrypted, no_text, too_large, "
                                   "invalid, not_found, invalid_request, not_understood, too_many, unauthorized, "
                                   "forbidden, internal")
    detail: str = Field(description="one line on what was wrong")
    fields: list[Field_] = Field([], description="the parameters at fault (invalid_request), else empty")
    model_config = ConfigDict(json_schema_extra={"example": {"error": "encrypted",
                                                             "detail": "the PDF is password-protected",
                                                             "fields": []}})


class Copy(BaseModel):
    sha256: str
    name: Optional[str] = None


class Notice(BaseModel):
    id: int
    sha256: str
    status: str = Field(description="ok, or failed (an indexed file that could not be parsed)")
    error: Optional[str] = None
    error_kind: Optional[str] = None
    format: Optional[str] = None
    pages: Optional[int] = None
    title: Optional[str] = None
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = Field(None, description="成文日期, YYYY-MM-DD")
    recipients: Optional[str] = Field(None, description="主送机关, joined with 、")
    file_name: Optional[str] = Field(None, description="the name of the file it was read from (an upload's name)")
    indexed_at: Optional[str] = None
    files: list[str] = Field([], description="server paths holding this notice, in any of its formats "
                                             "(none for uploads)")
    copies: list[Copy] = Field([], description="the other files found to be this notice (other formats of it)")
    model_config = ConfigDict(json_schema_extra={"example": {
        "id": 1, "sha256": "8aa947a7…", "status": "ok", "format": "pdf", "pages": 6,
        "title": "关于印发《山阴县2023年农产品质量安全工作方案》的通知", "doc_number": "山农发〔2023〕8号",
        "issuer": "山阴县农业农村局", "date": "2023-03-20", "recipients": "各乡镇人民政府", "files": []}})


class Unit(BaseModel):
    org: str
    role: str = Field(description="lead or participant")


class DeadlineEntry(BaseModel):
    date: str = Field(description="due day, YYYY-MM-DD (or --MM-DD when no year is known)")
    start: Optional[str] = None
    kind: str = Field(description="due or period")
    text: str = Field(description="the time expression as written")
    task: Optional[str] = None
    section: Optional[str] = None
    units: list[Unit] = []
    notice_id: int
    title: Optional[str] = None
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    files: list[str] = []
    recurrence: Optional[str] = Field(None, description="a rhythm (每月5日前) as an RFC 5545 RRULE; `date` is its "
                                                        "first occurrence")
    model_config = ConfigDict(json_schema_extra={"example": {
        "date": "2023-05-31", "start": None, "kind": "due", "text": "5月底前",
        "task": "5月底前完成农产品质量安全网格化管理体系建设。", "section": "三、工作措施",
        "units": [{"org": "县农业农村局", "role": "lead"}], "notice_id": 1,
        "title": "关于印发《山阴县2023年农产品质量安全工作方案》的通知", "doc_number": "山农发〔2023〕8号",
        "issuer": "山阴县农业农村局", "files": []}})


class NoticeDetail(Notice):
    deadlines: list[DeadlineEntry] = []


class Stored(BaseModel):
    id: Optional[int] = Field(None, description="the stored notice's id (null with ?store=false)")
    created: bool = Field(description="false when this content was already stored (or not stored at all)")
    notice: Optional[Notice] = None
    plan: Plan


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class DeadlinePage(Page[DeadlineEntry]):
    understood: str = Field(description="what the filters (and the words of q) were read as")


class Hit(BaseModel):
    notice_id: int
    score: float
    snippet: str = Field(description="matching text, the words found in [brackets]")
    title: Optional[str] = None
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = None
    files: list[str] = []
    model_config = ConfigDict(json_schema_extra={"example": {
        "notice_id": 1, "score": 3.2, "snippet": "…推进[双认证]工作…", "title": "关于…的通知", "files": []}})


PATH_MAX = 4096  # the longest path Linux opens (PATH_MAX); a longer one is refused before any lookup


class IndexRequest(BaseModel):
    folder: str = Field(description="a folder on the server, inside one of NOTICES_INDEX_ROOTS",
                        examples=["/srv/notices/2023"], min_length=1, max_length=PATH_MAX, pattern=r"^[^\x00]*$")


class Job(BaseModel):
    id: str
    folder: str
    status: str = Field(description="queued, running, done or failed")
    total: Optional[int] = Field(None, description="files to parse (unchanged files are skipped, not counted)")
    done: int
    failed: int
    created: str
    finished: Optional[str] = None
    error: Optional[str] = None
    report: Optional[dict] = Field(None, description="the index report: files, indexed, failed, skipped, "
                                                     "duplicates, merged, linked, seconds, "
                                                     "failures [{path, error, kind}]")


class RuleFileInfo(BaseModel):
    dimension: str
    version: int
    file: str
    rules: int


class Health(BaseModel):
    status: str
    database: str
