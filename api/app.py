"""The HTTP service: parse, store, index and query notices (FastAPI, versioned under /v1).

`create_app(db_url=..., **settings)` builds an isolated app (tests make one per store);
`notices serve` runs one with uvicorn. The store's own functions answer every question
(extractor.store: indexer, queries, search, query_language); this module only maps HTTP
onto them. Every error is JSON `{"error": kind, "detail": one line, "fields": [{loc, msg}]}`
(`fields` lists the parameters at fault for invalid_request, else is empty). The docs pages
(/docs, /redoc) load Swagger UI and ReDoc from files served here (the fastapi-offline package
carries them), so they work without the internet.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import secrets
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Literal, Optional
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, File, HTTPException, Query, Request, Response, Security, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from extractor import render
from extractor.ingest import path_text
from extractor.models import Plan, Task
from extractor.store import models as m
from extractor.store.db import open_store
from extractor.store.indexer import drop_notice, parsed_from, store_result, stored_plan
from extractor.store.queries import (
    MAX_ID,
    DeadlineQuery,
    count_deadlines,
    deadline_rows,
    notice_copies,
    notice_paths,
    notices_by_id,
    task_targets,
)
from extractor.store.query_language import (
    PeriodError,
    QueryError,
    check_notice,
    month_period,
    nothing_understood,
    read_query,
    to_query,
    understood,
    year_period,
)
from extractor.store.search import count_hits, index_scans, load_segmenter, notices_holding
from extractor.store.search import search as run_search

from . import schemas as s
from .jobs import JobRunner
from .parsing import ClientGone, UploadParsers
from .settings import Settings

# NoticeError.kind -> HTTP status
STATUS_OF_KIND = {"unsupported": 415, "too_large": 413}
NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"  # no control characters: PostgreSQL text cannot hold NUL, a worksheet none of them
MAX_EXPORT = 10_000    # deadlines at most in one ledger or calendar of a query


class ApiError(HTTPException):
    """An answer other than success: status, kind and one-line detail. An HTTPException, so
    FastAPI passes it through unchanged when it is raised while the body is read."""

    def __init__(self, status: int, kind: str, detail: str, fields: Optional[list[dict]] = None,
                 headers: Optional[dict] = None):
        super().__init__(status, detail, headers)
        self.status, self.kind, self.fields = status, kind, fields or []


def _error(status: int, kind: str, detail: object, fields: Optional[list[dict]] = None,
           headers: Optional[dict] = None) -> JSONResponse:
    """The one error shape: kind, a one-line detail (always a string: line breaks of echoed input become spaces),
    the fields at fault (always a list)."""
    return JSONResponse({"error": kind, "detail": " ".join(str(detail).splitlines()), "fields": fields or []},
                        status_code=status,
                        headers=headers)


def errors(*statuses: int) -> dict:
    """OpenAPI `responses` for these error statuses."""
    return {code: {"model": s.Error} for code in statuses}


# The operations on one notice, by operationId: where a response holds a notice id, OpenAPI links lead
# there (clients follow them; schemathesis chains calls through them, tests/test_api_schema.py).
NOTICE_OPERATIONS = {"GetNotice": "get_notice", "GetPlan": "get_notice_plan", "GetTasks": "get_notice_tasks",
                     "GetLedger": "get_notice_ledger", "GetCalendar": "get_notice_calendar",
                     "DeleteNotice": "delete_notice"}


def notice_links(pointer: str) -> dict:
    """OpenAPI links from a response holding a notice id at the JSON pointer to the operations on it."""
    return {"links": {name: {"operationId": op, "parameters": {"notice_id": f"$response.body#{pointer}"}}
                      for name, op in NOTICE_OPERATIONS.items()}}


# ---------------------------------------------------------------- request size and time

class RequestBounds:
    """ASGI middleware bounding a request's body in size and time. Larger than `limit` bytes: 413, by its
    Content-Length before reading, and by counting while it is read (chunked uploads). Not all there
    `body_timeout` seconds after the request began (a client trickling a byte at a time): 408, and the
    connection is closed. Once the body is in, `receive` is passed through unbounded (it then only
    waits for the client to go away)."""

    def __init__(self, app, limit: int, body_timeout: float):
        self.app, self.limit, self.body_timeout = app, limit, body_timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            return await _error(413, "too_large", f"the request is larger than {self.limit} bytes")(scope, receive,
                                                                                                    send)
        seen, body_done = 0, False
        deadline = asyncio.get_running_loop().time() + self.body_timeout

        async def bounded():
            nonlocal seen, body_done
            if body_done:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), deadline - asyncio.get_running_loop().time())
            except asyncio.TimeoutError:
                raise ApiError(408, "timeout", f"the request body did not arrive within {self.body_timeout:g} s",
                               headers={"Connection": "close"}) from None
            seen += len(message.get("body", b""))
            body_done = message["type"] != "http.request" or not message.get("more_body", False)
            if seen > self.limit:
                raise ApiError(413, "too_large", f"the request is larger than {self.limit} bytes")
            return message
        return await self.app(scope, bounded, send)


async def read_upload(file: UploadFile, limit: int) -> bytes:
    """The uploaded file's bytes, counted while read: 413 past `limit`."""
    chunks, size = [], 0
    while chunk := await file.read(1 << 20):
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"the file is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


# ---------------------------------------------------------------- parsing and storing

async def parse_upload(request: Request, data: bytes, filename: str) -> Plan:
    """The uploaded file parsed in one of the app's parser processes (api.parsing), the plan keeping the
    upload's own name as its path; a file that cannot be read, or not within the time and memory a parse
    may take, becomes an ApiError (415, 413 or 422); a parser that crashed, 500 without details."""
    try:
        parsed = await request.app.state.parsers.parse(data, filename, request.is_disconnected)
    except ClientGone:
        raise ApiError(400, "client_gone", "the client went away before the file was parsed") from None
    if parsed.plan is None:
        if parsed.error_kind == "crash":
            raise RuntimeError(f"parsing an upload: {parsed.error}")  # logged by the server; 500 to the client
        raise ApiError(STATUS_OF_KIND.get(parsed.error_kind, 422), parsed.error_kind, parsed.error)
    parsed.plan.source.path = path_text(Path(filename.replace("\\", "/")).name) or None  # control characters escaped
    return parsed.plan


class Store:
    """The app's engine, with race-safe storing of uploads (one lock per hash stripe)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._locks = [threading.Lock() for _ in range(64)]

    def stored_id(self, sha256: str) -> Optional[int]:
        """The notice holding this content: stored from it, or from another copy of it (notice_files)."""
        with self.engine.connect() as conn:
            return conn.execute(select(m.NoticeRow.id).where(m.NoticeRow.sha256 == sha256,
                                                             m.NoticeRow.status == "ok")).scalar() or \
                conn.execute(select(m.NoticeFile.notice_id).where(m.NoticeFile.sha256 == sha256)).scalar()

    def put(self, plan: Plan) -> tuple[int, bool]:
        """Store the plan unless its content is stored already: (notice id, created)."""
        sha = plan.source.sha256
        with self._locks[int(sha[:8], 16) % len(self._locks)]:
            known = self.stored_id(sha)
            if known is not None:
                return known, False
            parsed = parsed_from(plan)
            try:
                notice_id = store_result(self.engine, sha, [], parsed)
                return notice_id, not parsed.merged
            except IntegrityError:  # another process stored it first
                known = self.stored_id(sha)
                if known is None:
                    raise
                return known, False


# ---------------------------------------------------------------- reading the store

def notice_dict(row, files: list[str], copies: list[dict]) -> dict:
    d = dict(row._mapping)
    d["indexed_at"] = d["indexed_at"].isoformat() if d.get("indexed_at") else None
    return {**d, "files": files, "copies": copies}


def get_notice(conn, notice_id: int) -> dict:
    row = conn.execute(select(m.NoticeRow.__table__).where(m.NoticeRow.id == notice_id)).first() \
        if 0 < notice_id <= MAX_ID else None
    if row is None:
        raise ApiError(404, "not_found", f"no notice {notice_id}")
    return notice_dict(row, notice_paths(conn, {notice_id}).get(notice_id, []),
                       notice_copies(conn, {notice_id}).get(notice_id, []))


def get_plan(conn, notice_id: int) -> Plan:
    """The stored plan of a notice: 404 when there is none (a failed file, or stored before plans were kept)."""
    get_notice(conn, notice_id)
    plan = stored_plan(conn, notice_id)
    if plan is None:
        raise ApiError(404, "not_found", f"notice {notice_id} has no stored plan (a failed file, or indexed "
                                         "before plans were kept: index it again)")
    return plan


def download(data: bytes, media_type: str, name: str, fallback: str) -> Response:
    """A file to save: its name in UTF-8 (RFC 6266 filename*), with a plain ASCII name for old clients."""
    disposition = f'attachment; filename="{fallback}"; filename*=UTF-8\'\'{quote(name)}'
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"
ICS = "text/calendar; charset=utf-8"


def ledger_download(sheet: render.Sheet, fmt: str, stem: str) -> Response:
    if fmt == "xlsx":
        return download(render.ledger_xlsx([sheet]), XLSX, f"{sheet.name}.xlsx", f"{stem}.xlsx")
    return download(render.ledger_csv(sheet.rows), CSV, f"{sheet.name}.csv", f"{stem}.csv")


def list_notices(conn, *, issuer, date_from, date_to, q, status, limit, offset) -> tuple[int, list[dict]]:
    N = m.NoticeRow
    where = []
    if issuer:
        where.append(N.issuer.like(f"%{issuer}%"))
    if date_from:
        where.append(N.date >= date_from.isoformat())
    if date_to:
        where.append(N.date <= date_to.isoformat())
    if status:
        where.append(N.status == status)
    # the words alone: every full-text row is one notice's (notice_fts has one row a notice), counted as /v1/search counts
    total = count_hits(conn, q) if q and not where else None
    source, order = N.__table__, N.id
    if q:
        source, holding, order = notices_holding(conn, q, N.__table__, narrowed=bool(where))
        where.append(holding)
    with index_scans(conn) if q else contextlib.nullcontext():
        if total is None:
            total = conn.execute(select(func.count()).select_from(source).where(*where)).scalar()
        rows = conn.execute(select(N.__table__).select_from(source).where(*where).order_by(order).limit(limit)
                            .offset(offset)).all()
    ids = {r.id for r in rows}
    paths, copies = notice_paths(conn, ids), notice_copies(conn, ids)
    return total, [notice_dict(r, paths.get(r.id, []), copies.get(r.id, [])) for r in rows]


def notice_deadlines(conn, notice_id: int) -> list[dict]:
    return deadline_rows(conn, DeadlineQuery(notice_id=notice_id))


def deadline_query(*, q, today, month, year, start, end, overlap, any_year, org, issuer, notice) -> DeadlineQuery:
    """The store's DeadlineQuery: words in `q` first (as `notices query` reads them), explicit filters over them.
    A question of which nothing is understood is refused (422), not answered with every deadline, and so are a
    period outside the years 1 to 9999 and digits that no notice id can be."""
    def refused(e: QueryError, name: str, why: str) -> ApiError:
        return ApiError(422, "invalid_request", str(e), [{"loc": ["query", name], "msg": why}])
    try:
        query = to_query(read_query(q, today)) if q else DeadlineQuery()
    except PeriodError as e:
        raise refused(e, "q", "outside the calendar") from None
    try:
        if month:
            query.start, query.end = month_period(*(int(x) for x in month.split("-")))
        elif year:
            query.start, query.end = year_period(year)
    except PeriodError as e:
        raise refused(e, "month" if month else "year", "outside the calendar") from None
    if notice:
        try:
            check_notice(notice)
        except QueryError as e:
            raise refused(e, "notice", "not a notice id") from None
    if q and not understood(query):
        raise ApiError(422, "not_understood", nothing_understood(q), [{"loc": ["query", "q"], "msg": "not understood"}])
    query.start, query.end = start or query.start, end or query.end
    query.overlap, query.any_year = overlap, any_year
    query.org, query.issuer, query.notice = org or query.org, issuer or query.issuer, notice or query.notice
    return query


# ---------------------------------------------------------------- the app

def create_app(db_url: Optional[str] = None, settings: Optional[Settings] = None, **overrides) -> FastAPI:
    """An app on its own store: `db_url` (else $NOTICES_DB, else ./notices.db), settings from the
    environment unless given (`overrides` replace single fields, e.g. api_key="k")."""
    settings = settings or Settings.from_env(db_url=db_url, **overrides)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        engine = await run_in_threadpool(open_store, settings.db_url, create=True)
        await run_in_threadpool(load_segmenter)  # else the first question waits for jieba's import
        app.state.store = Store(engine)
        app.state.jobs = JobRunner(engine, settings.index_workers, settings.index_timeout, settings.broker,
                                   roots=settings.index_roots)
        app.state.parsers = UploadParsers(settings.parse_workers, settings.parse_timeout, settings.parse_memory_mb)
        yield
        app.state.parsers.close()
        engine.dispose()

    app = FastAPI(title="notices", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Chinese government notices (通知, 实施方案, 工作方案) as structured plans: "
                              "upload and parse, store, index server folders, query deadlines, search; "
                              "task ledgers (CSV, XLSX) and calendars (ICS) to download.")
    app.state.settings = settings
    app.add_middleware(RequestBounds, limit=settings.max_upload_bytes + (1 << 20),  # + room for the multipart frame
                       body_timeout=settings.body_timeout)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"],
                           allow_headers=["*"], expose_headers=["Content-Disposition"])
    _handlers(app)
    _docs(app)
    key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="needed when NOTICES_API_KEY is set")

    def check_key(key: Optional[str]) -> None:
        if not key_matches(settings, key):
            raise ApiError(401, "unauthorized", "missing or wrong X-API-Key")

    def writer(key: Optional[str] = Security(key_header)) -> None:
        check_key(key)

    def reader(key: Optional[str] = Security(key_header)) -> None:
        if settings.read_protected:
            check_key(key)

    def store(request: Request) -> Store:
        return request.app.state.store

    v1 = APIRouter(prefix="/v1", responses=errors(401, 422))

    @v1.post("/notices", response_model=s.Stored, status_code=201, dependencies=[Depends(writer)],
             operation_id="upload_notice",
             responses={201: {"description": "parsed and stored", **notice_links("/id")},
                        200: {"model": s.Stored, "description": "already stored, or parsed with store=false",
                              **notice_links("/id")},
                        **errors(408, 413, 415)})
    async def upload_notice(request: Request, response: Response,
                            file: UploadFile = File(description="PDF, DOCX, HTML or text"),
                            store_it: bool = Query(True, alias="store", description="false: parse only"),
                            st: Store = Depends(store)):
        """Upload one notice: parse it, store it and return its id and plan. The same content uploaded
        again returns the stored notice (`created: false`). The file is parsed in a child process within
        NOTICES_PARSE_TIMEOUT seconds and NOTICES_PARSE_MEMORY_MB MB (422 timeout, 413 too_large past them)."""
        data = await read_upload(file, settings.max_upload_bytes)
        plan = await parse_upload(request, data, file.filename or "")
        if not store_it:
            response.status_code = 200
            return {"id": None, "created": False, "notice": None, "plan": plan}
        notice_id, created = await run_in_threadpool(st.put, plan)
        response.status_code = 201 if created else 200
        with st.engine.connect() as conn:
            notice = get_notice(conn, notice_id)
        return {"id": notice_id, "created": created, "notice": notice, "plan": plan}

    @v1.get("/notices", response_model=s.Page[s.Notice], dependencies=[Depends(reader)], operation_id="list_notices",
            responses={200: {"description": "a page of notices", **notice_links("/items/0/id")}})
    def notices(issuer: Annotated[Optional[str], Query(max_length=200, pattern=NO_CONTROL,
                                                       description="part of the issuer's name")] = None,
                date_from: Annotated[Optional[dt.date], Query(alias="from", description="成文日期 from")] = None,
                date_to: Annotated[Optional[dt.date], Query(alias="to", description="成文日期 to")] = None,
                q: Annotated[Optional[str], Query(max_length=200, pattern=NO_CONTROL,
                                                  description="words the notice contains")] = None,
                status: Optional[Literal["ok", "failed"]] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
                st: Store = Depends(store)):
        """Stored notices, oldest first, filtered by issuer, date (成文日期) and words."""
        with st.engine.connect() as conn:
            total, items = list_notices(conn, issuer=issuer, date_from=date_from, date_to=date_to, q=q,
                                        status=status, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @v1.get("/notices/{notice_id}", response_model=s.NoticeDetail, dependencies=[Depends(reader)],
            operation_id="get_notice", responses=errors(404))
    def notice(notice_id: int, st: Store = Depends(store)):
        """One stored notice with its deadlines."""
        with st.engine.connect() as conn:
            return {**get_notice(conn, notice_id), "deadlines": notice_deadlines(conn, notice_id)}

    @v1.delete("/notices/{notice_id}", status_code=204, dependencies=[Depends(writer)], operation_id="delete_notice",
               responses=errors(404))
    def delete_notice(notice_id: int, st: Store = Depends(store)):
        """Delete a notice and everything extracted from it."""
        with st.engine.begin() as conn:
            get_notice(conn, notice_id)
            drop_notice(conn, notice_id)
        return Response(status_code=204)

    def filters(q: Annotated[Optional[str], Query(max_length=200, pattern=NO_CONTROL, description=(
                    "a question in words, as `notices query` takes it: 2023年5月的所有截止日期, 下个月到期的任务, "
                    "2019年12月底前要完成的任务, 县农业农村局牵头的任务; the other parameters override what it says; "
                    "a question of which nothing is understood is refused (422 not_understood)"))] = None,
                today: Annotated[Optional[dt.date], Query(description="the day `q`'s relative words count from")] = None,
                month: Annotated[Optional[str], Query(pattern=r"^\d{4}-\d{2}$", examples=["2023-05"])] = None,
                year: Annotated[Optional[int], Query(ge=1, le=9999)] = None,
                start: Annotated[Optional[dt.date], Query(alias="from", description="first day")] = None,
                end: Annotated[Optional[dt.date], Query(alias="to", description="last day")] = None,
                overlap: Annotated[bool, Query(description="periods that overlap, not only days due within")] = False,
                any_year: Annotated[bool, Query(description="also days stored without a year (--MM-DD)")] = False,
                org: Annotated[Optional[str], Query(max_length=200, pattern=NO_CONTROL,
                                                    description="a unit (lead or participant), part of its name")] = None,
                issuer: Annotated[Optional[str], Query(max_length=200, pattern=NO_CONTROL)] = None,
                notice: Annotated[Optional[str], Query(max_length=200, pattern=NO_CONTROL,
                                                       description="id, doc number, title or file")] = None,
                ) -> DeadlineQuery:
        return deadline_query(q=q, today=today, month=month, year=year, start=start, end=end, overlap=overlap,
                              any_year=any_year, org=org, issuer=issuer, notice=notice)

    @v1.get("/deadlines", response_model=s.DeadlinePage, dependencies=[Depends(reader)])
    def deadlines(query: DeadlineQuery = Depends(filters),
                  limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                  offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
                  st: Store = Depends(store)):
        """Deadlines in a period, by day, with their tasks, units and notices; `understood` says what the
        filters were read as."""
        with st.engine.connect() as conn:
            total, rows = count_deadlines(conn, query), deadline_rows(conn, query, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows,
                "understood": understood(query) or "every deadline"}

    def query_rows(st: Store, query: DeadlineQuery) -> tuple[list[dict], dict[int, list[str]]]:
        """The deadlines asked for (at most MAX_EXPORT), and their tasks' targets."""
        with st.engine.connect() as conn:
            if count_deadlines(conn, query) > MAX_EXPORT:
                raise ApiError(422, "too_many", f"more than {MAX_EXPORT} deadlines: narrow the question",
                               [{"loc": ["query"], "msg": "too many deadlines"}])
            rows = deadline_rows(conn, query)
            return rows, task_targets(conn, {r["task_id"] for r in rows if r["task_id"]})

    @v1.get("/deadlines/ledger", dependencies=[Depends(reader)], response_class=Response,
            responses={200: {"content": {XLSX: {}, CSV: {}}, "description": "the ledger file"}, **errors(422)})
    def deadlines_ledger(query: DeadlineQuery = Depends(filters),
                         format: Literal["xlsx", "csv"] = "xlsx", st: Store = Depends(store)):
        """The task ledger (督办台账) of the deadlines asked for: one sheet, a row per task, across notices."""
        body = render.query_output(*query_rows(st, query), format, understood(query))
        return download(body, XLSX if format == "xlsx" else CSV, f"任务台账.{format}", f"ledger.{format}")

    @v1.get("/deadlines/calendar", dependencies=[Depends(reader)], response_class=Response,
            responses={200: {"content": {ICS: {}}, "description": "an RFC 5545 calendar"}, **errors(422)})
    def deadlines_calendar(query: DeadlineQuery = Depends(filters),
                           remind_days: Annotated[int, Query(ge=0, le=365, description="reminder, days before")] = 3,
                           st: Store = Depends(store)):
        """The deadlines asked for as a calendar (ICS): an all-day event each, with a reminder."""
        body = render.query_output(*query_rows(st, query), "ics", understood(query), remind_days)
        return download(body, ICS, "deadlines.ics", "deadlines.ics")

    @v1.get("/notices/{notice_id}/plan", response_model=Plan, dependencies=[Depends(reader)],
            operation_id="get_notice_plan", responses=errors(404))
    def notice_plan(notice_id: int, st: Store = Depends(store)):
        """The notice's plan as it was parsed (what `notices parse` prints)."""
        with st.engine.connect() as conn:
            return get_plan(conn, notice_id)

    @v1.get("/notices/{notice_id}/tasks", response_model=s.Page[Task], dependencies=[Depends(reader)],
            operation_id="get_notice_tasks", responses=errors(404))
    def notice_tasks(notice_id: int, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                     offset: Annotated[int, Query(ge=0, le=10**9)] = 0, st: Store = Depends(store)):
        """The notice's tasks, in outline order: text, units with roles, deadline, targets."""
        with st.engine.connect() as conn:
            tasks = get_plan(conn, notice_id).tasks
        return {"total": len(tasks), "limit": limit, "offset": offset, "items": tasks[offset:offset + limit]}

    @v1.get("/notices/{notice_id}/ledger", dependencies=[Depends(reader)], response_class=Response,
            operation_id="get_notice_ledger",
            responses={200: {"content": {XLSX: {}, CSV: {}}, "description": "the ledger file"}, **errors(404)})
    def notice_ledger(notice_id: int, format: Literal["xlsx", "csv"] = "xlsx", st: Store = Depends(store)):
        """The notice's task ledger (督办台账): XLSX (default) or CSV with a BOM."""
        with st.engine.connect() as conn:
            plan = get_plan(conn, notice_id)
        return ledger_download(render.plan_sheet(plan), format, f"notice-{notice_id}")

    @v1.get("/notices/{notice_id}/calendar", dependencies=[Depends(reader)], response_class=Response,
            operation_id="get_notice_calendar",
            responses={200: {"content": {ICS: {}}, "description": "an RFC 5545 calendar"}, **errors(404)})
    def notice_calendar(notice_id: int,
                        remind_days: Annotated[int, Query(ge=0, le=365, description="reminder, days before")] = 3,
                        st: Store = Depends(store)):
        """The notice's deadlines as a calendar (ICS)."""
        with st.engine.connect() as conn:
            plan = get_plan(conn, notice_id)
        name = f"{plan.meta.doc_number or plan.meta.title or notice_id}.ics"
        return download(render.plan_ics(plan, remind_days), ICS, name, f"notice-{notice_id}.ics")

    @v1.get("/search", response_model=s.Page[s.Hit], dependencies=[Depends(reader)], operation_id="search",
            responses={200: {"description": "a page of hits", **notice_links("/items/0/notice_id")}})
    def search(q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_CONTROL, examples=["双认证"])],
               limit: Annotated[int, Query(ge=1, le=100)] = 20,
               offset: Annotated[int, Query(ge=0, le=10**6)] = 0, st: Store = Depends(store)):
        """Full-text search: notices holding every word of `q` (a \"quoted\" phrase as it stands), best first, with
        snippets; `total` counts them all."""
        with st.engine.connect() as conn:
            hits = run_search(conn, q, limit, offset)
            info = notices_by_id(conn, [h["notice_id"] for h in hits])
            total = count_hits(conn, q)
        return {"total": total, "limit": limit, "offset": offset,
                "items": [{**h, **info.get(h["notice_id"], {})} for h in hits]}

    @v1.post("/index-jobs", response_model=s.Job, status_code=202, dependencies=[Depends(writer)],
             operation_id="start_index_job",
             responses={202: {"description": "the job, queued", "links": {"GetIndexJob": {
                 "operationId": "get_index_job", "parameters": {"job_id": "$response.body#/id"}}}},
                 **errors(403, 404)})
    def start_index(body: s.IndexRequest, request: Request, response: Response):
        """Index a folder on the server in the background (only inside NOTICES_INDEX_ROOTS)."""
        folder = allowed_folder(body.folder, settings.index_roots)
        job = request.app.state.jobs.start(folder)
        response.headers["Location"] = f"/v1/index-jobs/{job.id}"
        return job.as_dict()

    @v1.get("/index-jobs/{job_id}", response_model=s.Job, dependencies=[Depends(reader)], operation_id="get_index_job",
            responses=errors(404))
    def index_job(job_id: str, request: Request):
        """An index job's progress, and its report (with the files that failed) once done."""
        job = request.app.state.jobs.jobs.get(job_id)
        if job is None:
            raise ApiError(404, "not_found", f"no index job {job_id}")
        return job.as_dict()

    @v1.get("/rules", response_model=list[s.RuleFileInfo], dependencies=[Depends(reader)])
    def rules():
        """The rule files the extractors run, with their versions."""
        from extractor.rules import all_rule_files
        return [{"dimension": r.dimension, "version": r.version, "file": r.path.name, "rules": len(r.rules)}
                for r in all_rule_files()]

    @app.get("/healthz", response_model=s.Health, responses=errors(503))
    def healthz(st: Store = Depends(store)):
        """The service is up and its database answers."""
        try:
            with st.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as e:
            raise ApiError(503, "unavailable", f"database: {str(e).splitlines()[0]}") from None
        return {"status": "ok", "database": st.engine.dialect.name}

    app.include_router(v1)
    from .web import mount  # the web page (api/web.py) imports this module's helpers
    mount(app)
    return app


def key_matches(settings: Settings, key: Optional[str]) -> bool:
    """The key is right, or none is configured."""
    return not settings.api_key or bool(key and secrets.compare_digest(key.encode(), settings.api_key.encode()))


def allowed_folder(folder: str, roots: list[Path]) -> Path:
    """The folder, resolved, when it lies inside one of the roots: 403 otherwise (and when no root is set)."""
    if not roots:
        raise ApiError(403, "forbidden", "index jobs are off: no NOTICES_INDEX_ROOTS configured")
    try:
        path = Path(folder).expanduser().resolve()
    except (ValueError, OSError, RuntimeError):
        raise ApiError(422, "invalid_request", "not a usable path", [{"loc": ["body", "folder"], "msg": "unusable"}]) \
            from None
    if not any(path == r or r in path.parents for r in roots):
        raise ApiError(403, "forbidden", "the folder is outside the configured index roots")
    try:
        found = path.exists()
    except OSError as e:  # a name longer than NAME_MAX, a loop of links
        raise ApiError(422, "invalid_request", f"not a usable path: {e.strerror or e}",
                       [{"loc": ["body", "folder"], "msg": "unusable"}]) from None
    if not found:
        raise ApiError(404, "not_found", "no such folder")
    return path


KIND_OF_STATUS = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                  405: "method_not_allowed", 408: "timeout", 413: "too_large", 415: "unsupported"}


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request, exc: ApiError):
        return _error(exc.status, exc.kind, exc.detail, exc.fields, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request, exc: StarletteHTTPException):
        return _error(exc.status_code, KIND_OF_STATUS.get(exc.status_code, "error"), exc.detail,
                      headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request, exc: RequestValidationError):
        fields = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(f['loc'][1:] or f['loc'])}: {f['msg']}" for f in fields)
        return _error(422, "invalid_request", detail or "invalid request", fields)

    @app.exception_handler(Exception)
    async def internal(_request, _exc: Exception):  # last resort: logged by the server, no details to the client
        return _error(500, "internal", "internal error")


def _docs(app: FastAPI) -> None:
    """/docs (Swagger UI) and /redoc with their scripts and styles served from here, not from a CDN."""
    import fastapi_offline
    assets = Path(fastapi_offline.__file__).resolve().parent / "static"
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} — API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc():
        return get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} — API",
                              redoc_js_url="/docs-assets/redoc.standalone.js",
                              redoc_favicon_url="/docs-assets/favicon.png", with_google_fonts=False)
