"""The web page (in Chinese) for the people who turn notices into task ledgers, served by the API's app.

Server-rendered Jinja2 pages that read without JavaScript; `static/web.js` adds drag-and-drop uploads with
a progress bar per file and the click from a highlight to its item, and htmx (shipped under static/, from its
npm package) the live notice search and the index job's progress. Nothing is loaded from outside the server.

    /                       upload, and the stored notices (searchable, paged)
    /notices/{id}           meta, outline, the text with every extracted item highlighted, the ledger
    /notices/{id}/ledger.*  the ledger as XLSX or CSV, the deadlines as ICS: extractor.render's files
    /deadlines              a month calendar and a list, filtered, or asked in words as `notices query`
    /search                 full text, snippets linking to the notice at the hit
    /jobs, /jobs/{id}       index a server folder, watch its progress
    /login                  the API key as a cookie, when one is configured

The API key rules are the JSON API's: writing (upload, index jobs) needs the key when NOTICES_API_KEY is
set, reading too when NOTICES_API_READ_PROTECTED is. A browser gives the key once at /login; it is kept
in an HttpOnly, SameSite=Strict cookie (so no other site can post with it).
"""
from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlencode

import yaml
from fastapi import APIRouter, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy import case, func, select

from extractor import render
from extractor.models import Plan, Span
from extractor.store import models as m
from extractor.store.indexer import EXTENSIONS, stored_plan
from extractor.store.queries import count_deadlines, deadline_rows, notices_by_id
from extractor.store.query_language import PeriodError, month_period
from extractor.store.search import MARK_END, MARK_START
from extractor.store.search import search as run_search

from .app import (
    ApiError,
    allowed_folder,
    deadline_query,
    get_notice,
    key_matches,
    list_notices,
    parse_upload,
    read_upload,
)

HERE = Path(__file__).resolve().parent
COOKIE = "notices_key"
PAGE = 20                     # notices per page
DEADLINES_PAGE = 100          # deadlines in the list per page
SOON = dt.timedelta(days=7)   # "due soon": within a week from today
ROLE = {"lead": "牵头", "participant": "配合"}
JOB_STATUS = {"queued": "排队中", "running": "进行中", "done": "已完成", "failed": "已失败"}
ERROR_KIND = {"unsupported": "不支持的文件格式", "too_large": "文件过大", "empty": "空文件", "corrupt": "文件已损坏",
              "encrypted": "文件已加密", "no_text": "文件中没有可读的文字", "unreadable": "无法读取",
              "invalid": "无法解析", "timeout": "解析超时", "not_found": "未找到", "forbidden": "不允许",
              "invalid_request": "请求有误", "not_understood": "没有看懂这个问题", "unauthorized": "需要登录"}

templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(include_in_schema=False)


class PageError(Exception):
    """A page that cannot be shown: its status, a sentence for the person and the API's own detail, if any."""

    def __init__(self, status: int, message: str, detail: str = ""):
        self.status, self.message, self.detail = status, message, detail


class LoginNeeded(Exception):
    pass


def mount(app: FastAPI) -> None:
    """Add the pages, their static files and their error pages to the app."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(PageError)
    async def page_error(request: Request, exc: PageError):
        return page(request, "error.html", {"message": exc.message, "detail": exc.detail}, status=exc.status)

    @app.exception_handler(LoginNeeded)
    async def login_needed(request: Request, _exc: LoginNeeded):
        if request.method == "GET":
            return RedirectResponse(f"/login?{urlencode({'next': _here(request)})}", status_code=303)
        return page(request, "error.html", {"message": "需要 API 密钥：请先登录。", "login": True}, status=401)


def page(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    settings = request.app.state.settings
    base = {"key_needed": bool(settings.api_key), "signed_in": _has_key(request), "job_status": JOB_STATUS}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status)


def _here(request: Request) -> str:
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


# ---------------------------------------------------------------- the API key

def _has_key(request: Request) -> bool:
    settings = request.app.state.settings
    key = request.headers.get("x-api-key") or request.cookies.get(COOKIE)
    return bool(settings.api_key) and key_matches(settings, key)


def _may(request: Request, write: bool) -> bool:
    settings = request.app.state.settings
    needed = settings.api_key and (write or settings.read_protected)
    return not needed or _has_key(request)


def reading(request: Request) -> None:
    if not _may(request, write=False):
        raise LoginNeeded()


def writing(request: Request) -> None:
    if not _may(request, write=True):
        raise LoginNeeded()


def _safe_next(target: str) -> str:
    """Only a path on this server: never another site."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/"):
    return page(request, "login.html", {"next": _safe_next(next)})


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, key: str = Form(""), next: str = Form("/")):
    settings = request.app.state.settings
    if not settings.api_key or not key_matches(settings, key):
        return page(request, "login.html", {"next": _safe_next(next), "wrong": True}, status=401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(COOKIE, key, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout():
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE)
    return response


# ---------------------------------------------------------------- upload and the stored notices

def _notice_facts(conn, ids: list[int], today: dt.date) -> tuple[dict[int, int], dict[int, tuple[str, bool]]]:
    """For each notice: its number of tasks, and its next deadline from today on, else its last one
    (day, past)."""
    T, D = m.TaskRow, m.DeadlineRow
    tasks = dict(conn.execute(select(T.notice_id, func.count()).where(T.notice_id.in_(ids)).group_by(T.notice_id)).all())
    upcoming = func.min(case((D.due_date >= today, D.due_date)))
    days = conn.execute(select(D.notice_id, upcoming, func.max(D.due_date)).where(D.notice_id.in_(ids))
                        .group_by(D.notice_id)).all()
    return tasks, {nid: (_iso(nxt), False) if nxt else (_iso(last), True) for nid, nxt, last in days if nxt or last}


def _iso(day) -> str:
    return day.isoformat() if hasattr(day, "isoformat") else str(day)   # SQLite may give the text back


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str = Query("", max_length=200), page_no: int = Query(1, alias="page", ge=1, le=10**6)):
    reading(request)
    query = q.replace("\x00", "").strip()
    with request.app.state.store.engine.connect() as conn:
        total, notices = list_notices(conn, issuer=None, date_from=None, date_to=None, q=query or None, status="ok",
                                      limit=PAGE, offset=(page_no - 1) * PAGE)
        tasks, nxt = _notice_facts(conn, [n["id"] for n in notices], dt.date.today())
    for n in notices:
        n["tasks"], n["next_deadline"] = tasks.get(n["id"], 0), nxt.get(n["id"])
    pages = max(1, -(-total // PAGE))
    return page(request, "home.html", {"q": query, "notices": notices, "total": total, "page": page_no, "pages": pages,
                                       "may_upload": _may(request, write=True), "accept": ",".join(sorted(EXTENSIONS)),
                                       "limit_mb": request.app.state.settings.max_upload_mb})


@dataclass
class Uploaded:
    name: str
    id: Optional[int] = None
    created: bool = False
    title: Optional[str] = None
    tasks: int = 0
    error: Optional[str] = None   # why not stored, in Chinese
    detail: str = ""              # the parser's or the API's own words (English)
    status: int = 200


async def _store_upload(request: Request, file: UploadFile) -> Uploaded:
    """Parse and store one uploaded file; a file that cannot be read is reported, not raised."""
    name = file.filename or "(无文件名)"
    try:
        data = await read_upload(file, request.app.state.settings.max_upload_bytes)
        plan = await parse_upload(request, data, name)
        notice_id, created = await run_in_threadpool(request.app.state.store.put, plan)
    except ApiError as e:
        return Uploaded(name, error=ERROR_KIND.get(e.kind, "无法处理"), detail=str(e.detail), status=e.status)
    return Uploaded(name, notice_id, created, plan.meta.title, len(plan.tasks), status=201 if created else 200)


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, files: list[UploadFile] = File(default=[])):
    """Store each file. The page's script sends one file per request and takes the result's <li> back
    (status as the JSON API's); the form without script sends them all and gets a page of results."""
    writing(request)
    results = [await _store_upload(request, f) for f in files if f.filename or f.size]
    if request.headers.get("x-fragment"):
        one = results[0] if results else Uploaded("", error="没有收到文件", status=422)
        return page(request, "_uploaded.html", {"r": one}, status=one.status)
    status = 200 if results and all(r.error is None for r in results) else 422
    return page(request, "uploaded.html", {"results": results}, status=status)


# ---------------------------------------------------------------- a notice

KINDS = {  # kind of highlight -> its name on the page
    "deadline": "时限", "target": "目标", "org": "单位", "person": "人员", "duty": "职责", "contact": "联系方式",
}


@dataclass
class Item:
    kind: str
    span: Optional[Span]
    label: str            # what the list shows
    detail: str = ""
    anchor: str = ""      # id of the item's first highlight in the text
    mentions: int = 1


def _items(plan: Plan) -> list[Item]:
    """Every extracted item with a span, in the order the lists show them (an organisation at its first mention)."""
    def when(d):
        return f"{d.start} 至 {d.date}" if d.start else d.date
    found = [Item("deadline", d.span, f"{when(d)}　{d.text}", d.task or "") for d in plan.deadlines]
    found += [Item("target", t.span, t.text, t.metric or "") for t in plan.targets]
    found += [Item("org", o.mentions[0] if o.mentions else None, o.name, mentions=len(o.mentions))
              for o in plan.organizations]
    found += [Item("person", p.span, p.name, p.title or "") for p in plan.people]
    found += [Item("duty", r.span, f"{r.org}（{ROLE[r.role]}）", r.duty) for r in plan.responsibilities]
    found += [Item("contact", c.span, "　".join(x for x in (c.name, c.phone, c.email) if x)) for c in plan.contacts]
    return [i for i in found if i.span is not None]


def _marks(plan: Plan) -> list[tuple[str, Span, str]]:
    """(kind, span, title) of every highlight: the items, and each organisation at every mention."""
    marks = [(i.kind, i.span, i.label) for i in _items(plan) if i.kind != "org"]
    marks += [("org", s, o.name) for o in plan.organizations for s in o.mentions]
    n = len(plan.text)
    return [(k, s, t) for k, s, t in marks if 0 <= s.start < s.end <= n]


def highlighted(text: str, marks: list[tuple[str, Span, str]], anchors: dict[int, str]
                ) -> tuple[Markup, dict[tuple[str, int, int], str]]:
    """The text as HTML with a <mark> per item (split where items overlap without nesting) and an empty
    anchor at each of `anchors` (offset -> id), and the id given to each item's first piece, by
    (kind, start, end). Outer items (earlier, longer) hold inner ones."""
    order = sorted({(k, s.start, s.end): (k, s, t) for k, s, t in marks}.values(),
                   key=lambda x: (x[1].start, -x[1].end, x[0]))
    points = sorted({0, len(text), *(s.start for _, s, _ in order), *(s.end for _, s, _ in order),
                     *(a for a in anchors if 0 <= a <= len(text))})
    ids: dict[tuple[str, int, int], str] = {}
    out: list[str] = []
    stack: list[int] = []    # indexes into order of the open <mark>s, outermost first
    active: list[int] = []
    nxt = 0
    for a, b in zip(points, points[1:]):
        active = [i for i in active if order[i][1].end > a]
        while nxt < len(order) and order[nxt][1].start <= a:
            if order[nxt][1].end > a:
                active.append(nxt)
            nxt += 1
        active.sort()
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] == active[keep]:
            keep += 1
        out += ["</mark>"] * (len(stack) - keep)
        stack = stack[:keep]
        for i in active[keep:]:
            kind, span, title = order[i]
            key = (kind, span.start, span.end)
            first = key not in ids
            if first:
                ids[key] = f"{kind}-{span.start}-{span.end}"
            anchor = f' id="{ids[key]}"' if first else ""
            out.append(f'<mark class="hl hl-{kind}" data-ref="{ids[key]}"{anchor} '
                       f'title="{KINDS[kind] if kind in KINDS else ""}：{html.escape(title, quote=True)}">')
            stack.append(i)
        if a in anchors:
            out.append(f'<span class="anchor" id="{anchors[a]}"></span>')
        out.append(html.escape(text[a:b]))
    out += ["</mark>"] * len(stack)
    return Markup("".join(out)), ids


# The parser's and the API's messages in Chinese (api/messages.yaml): (the English form as a pattern, the
# sentence). A message of another form is shown as written, and so is a longer one than MESSAGE_CHARS (the
# zip member names of a hostile file): matching a form of three parts costs the cube of its length.
PART = re.compile(r"\{(\w+)\}")   # a part that varies, in both forms
MESSAGE_CHARS = 500   # (a message of 500 made to be slow takes 10 ms; the longest the code writes, ~300)


def _pattern(form: str) -> re.Pattern:
    """`file is {n} MB` as a pattern with a group per part (a part named twice must be the same text)."""
    out, seen, at = [], set(), 0
    for mt in PART.finditer(form):
        name = mt.group(1)
        out += [re.escape(form[at:mt.start()]), f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"]
        seen.add(name)
        at = mt.end()
    return re.compile("".join(out) + re.escape(form[at:]))


MESSAGES = [(_pattern(m["en"]), m["zh"])
            for m in yaml.safe_load((HERE / "messages.yaml").read_text(encoding="utf-8"))["messages"]]


def in_chinese(message: str) -> Optional[Markup]:
    """The message in Chinese, as HTML, or None for a form not known here. Its parts are kept: in Chinese
    when they are messages themselves, a library's own words (`why`) marked as English."""
    if len(message) > MESSAGE_CHARS:
        return None
    for pattern, zh in MESSAGES:
        mt = pattern.fullmatch(message)
        if mt:
            parts = {name: _part(name, value) for name, value in mt.groupdict().items()}
            return Markup(PART.sub(lambda p, parts=parts: parts[p.group(1)], str(escape(zh))))
    return None


def _part(name: str, value: str) -> Markup:
    inner = in_chinese(value)
    if inner is not None:
        return inner
    if name == "why":
        return Markup('<span lang="en">{}</span>').format(value)
    return escape(value.replace(", ", "、") if name == "pages" else value)


templates.env.globals["in_chinese"] = in_chinese   # for the `said` macro (templates/_said.html)


def _found(text: str, phrase: str) -> Optional[Span]:
    """Where a search hit's phrase first occurs in the text (spaces of the snippet ignored)."""
    phrase = phrase.strip()
    if not phrase:
        return None
    at = text.find(phrase)
    if at < 0:
        squeezed = re.escape(phrase.replace(" ", ""))
        hit = re.search(r"\s*".join(squeezed), text) if squeezed else None
        return Span(start=hit.start(), end=hit.end()) if hit else None
    return Span(start=at, end=at + len(phrase))


def _sorted_ledger(plan: Plan, sort: Optional[int], desc: bool) -> list[list[str]]:
    rows = render.ledger_cells(plan)
    if sort is None or not 0 <= sort < len(render.LEDGER_COLUMNS):
        return rows

    def key(row):
        cell = str(row[sort]) if sort < len(row) else ""
        return (0, int(cell), "") if cell.isdigit() else (1 if cell else 2, 0, cell)
    return sorted(rows, key=key, reverse=desc)


def _notice_and_plan(request: Request, notice_id: int) -> tuple[dict, Optional[Plan]]:
    with request.app.state.store.engine.connect() as conn:
        try:
            notice = get_notice(conn, notice_id)
        except ApiError:
            raise PageError(404, f"没有编号为 {notice_id} 的通知。") from None
        return notice, stored_plan(conn, notice_id)


@router.get("/notices/{notice_id}", response_class=HTMLResponse)
def notice_page(request: Request, notice_id: int, find: str = Query("", max_length=200),
                sort: Optional[int] = Query(None, ge=0, le=50), desc: bool = False):
    reading(request)
    notice, plan = _notice_and_plan(request, notice_id)
    context: dict = {"notice": notice, "plan": plan, "kinds": KINDS, "role": ROLE, "find": find}
    if plan is not None:
        marks = _marks(plan)
        hit = _found(plan.text, find) if find else None
        if hit:
            marks.append(("hit", hit, find))
        sections = {s.start: f"sec-{s.start}" for s in _section_spans(plan)}
        text, ids = highlighted(plan.text, marks, sections)
        items = _items(plan)
        for i in items:
            i.anchor = ids.get((i.kind, i.span.start, i.span.end), "")
        context.update(text=text, items=items, warnings=plan.source.warnings, hit=ids.get(("hit", hit.start, hit.end)) if hit else None,
                       columns=render.LEDGER_COLUMNS, ledger=_sorted_ledger(plan, sort, desc), sort=sort, desc=desc)
    return page(request, "notice.html", context)


def _section_spans(plan: Plan) -> list[Span]:
    out, todo = [], list(plan.sections)
    while todo:
        s = todo.pop()
        if s.span:
            out.append(s.span)
        todo += s.children
    return out


DOWNLOADS = {  # suffix -> media type; the bytes are what `notices parse --format SUFFIX` writes
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
}


@router.get("/notices/{notice_id}/ledger.{suffix}")
def download(request: Request, notice_id: int, suffix: str):
    """The file `notices parse --format SUFFIX` writes for this notice's plan."""
    reading(request)
    if suffix not in DOWNLOADS:
        raise PageError(404, f"没有 {suffix} 格式的下载。")
    notice, plan = _notice_and_plan(request, notice_id)
    if plan is None:
        raise PageError(404, "这份通知是在保存完整解析结果之前入库的：请重新索引后再下载。")
    media, data = DOWNLOADS[suffix], render.output([plan], suffix)
    name = f"{notice.get('doc_number') or notice.get('title') or 'notice'}-{notice_id}.{suffix}"
    disposition = f"attachment; filename=\"notice-{notice_id}.{suffix}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=media, headers={"Content-Disposition": disposition})


# ---------------------------------------------------------------- deadlines

def _month_name(day: dt.date) -> str:
    """`2023-05`; `0001-01` too (strftime writes year 1 as `1`)."""
    return f"{day.year:04d}-{day.month:02d}"


def _month(value: str) -> Optional[tuple[int, int]]:
    mt = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    return (int(mt.group(1)), int(mt.group(2))) if mt and 1 <= int(mt.group(2)) <= 12 else None


def _due(row: dict, today: dt.date) -> str:
    """overdue | soon | "" for a deadline row, against today (days without a year are not judged)."""
    try:
        day = dt.date.fromisoformat(row["date"])
    except (TypeError, ValueError):
        return ""
    return "overdue" if day < today else "soon" if day <= today + SOON else ""


def _weeks(year: int, month: int, rows: list[dict]) -> list[list[tuple[Optional[dt.date], list[dict]]]]:
    """The month as weeks from Monday, each day with its deadlines."""
    by_day: dict[str, list[dict]] = {}
    for r in rows:
        by_day.setdefault(r["date"], []).append(r)
    days = [[dt.date(year, month, d) if d else None for d in week]   # day numbers: no date past 9999-12-31
            for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)]
    return [[(day, by_day.get(day.isoformat(), []) if day else []) for day in week] for week in days]


@router.get("/deadlines", response_class=HTMLResponse)
def deadlines_page(request: Request, q: str = Query("", max_length=200), month: str = Query("", max_length=10),
                   org: str = Query("", max_length=200), role: str = Query("", pattern="^(|lead|participant)$"),
                   issuer: str = Query("", max_length=200), page_no: int = Query(1, alias="page", ge=1, le=10**6)):
    reading(request)
    today = dt.date.today()
    q, org, issuer = (x.replace("\x00", "").strip() for x in (q, org, issuer))
    ym = _month(month) if month else None
    if month and ym is None:
        raise PageError(422, f"“{month}”不是月份，请写成 2023-05。")
    try:
        query = deadline_query(q=q or None, today=today, month=None, year=None, start=None, end=None, overlap=False,
                               any_year=False, org=org or None, issuer=issuer or None, notice=None)
    except ApiError as e:
        raise PageError(422, ERROR_KIND.get(e.kind, "无法处理"), str(e.detail)) from None
    query.role = role or query.role
    if ym is None:
        ym = (query.start.year, query.start.month) if q and query.start else (today.year, today.month)
    try:
        first, last = month_period(*ym)
    except PeriodError:
        raise PageError(422, f"“{month}”不在 0001-01 到 9999-12 之间。") from None
    if not q:
        query.start, query.end = first, last
    month_query = deadline_query(q=None, today=today, month=None, year=None, start=first, end=last, overlap=False,
                                 any_year=False, org=query.org, issuer=query.issuer, notice=None)
    month_query.role = query.role
    with request.app.state.store.engine.connect() as conn:
        total = count_deadlines(conn, query)
        rows = deadline_rows(conn, query, DEADLINES_PAGE, (page_no - 1) * DEADLINES_PAGE)
        in_month = deadline_rows(conn, month_query, 1000)
    for r in rows + in_month:
        r["due"] = _due(r, today)
    prev_month = _month_name(first - dt.timedelta(days=1)) if first > dt.date.min else None
    next_month = _month_name(last + dt.timedelta(days=1)) if last < dt.date.max else None
    filters = {"org": org, "role": role, "issuer": issuer}
    return page(request, "deadlines.html", {
        "q": q, "month": _month_name(first), "month_label": f"{first.year}年{first.month}月", "filters": filters,
        "weeks": _weeks(ym[0], ym[1], in_month), "rows": rows, "total": total, "page": page_no,
        "pages": max(1, -(-total // DEADLINES_PAGE)), "today": today, "role": ROLE,
        "prev": prev_month and urlencode({"month": prev_month, **filters}),
        "next": next_month and urlencode({"month": next_month, **filters}),
        "understood": _understood(query) if q else None})


def _understood(query) -> str:
    """What the question was read as, in words."""
    parts = []
    if query.start or query.end:
        parts.append(f"{query.start or '…'} 至 {query.end or '…'}")
    if query.org:
        parts.append(f"单位含“{query.org}”" + (f"（{ROLE[query.role]}）" if query.role else ""))
    if query.issuer:
        parts.append(f"发文机关含“{query.issuer}”")
    return "；".join(parts) or "未识别出时间或单位：列出全部截止日期"


# ---------------------------------------------------------------- search

def snippet_html(snippet: str) -> Markup:
    """A search snippet with its [marked] words as <mark>."""
    out = html.escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return Markup(out)


def first_marked(snippet: str) -> str:
    mt = re.search(re.escape(MARK_START) + "(.*?)" + re.escape(MARK_END), snippet)
    return mt.group(1) if mt else ""


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=200)):
    reading(request)
    q = q.replace("\x00", "").strip()
    hits: list[dict] = []
    if q:
        with request.app.state.store.engine.connect() as conn:
            found = run_search(conn, q, 50)
            info = notices_by_id(conn, [h["notice_id"] for h in found])
        hits = [{**h, **info.get(h["notice_id"], {}), "html": snippet_html(h["snippet"]),
                 "find": first_marked(h["snippet"])} for h in found]
    return page(request, "search.html", {"q": q, "hits": hits})


# ---------------------------------------------------------------- index jobs

@router.get("/jobs", response_class=HTMLResponse)
def jobs_page(request: Request):
    reading(request)
    settings = request.app.state.settings
    jobs = sorted(request.app.state.jobs.jobs.values(), key=lambda j: j.created, reverse=True)
    return page(request, "jobs.html", {"jobs": jobs, "roots": settings.index_roots,
                                       "may_start": _may(request, write=True)})


@router.post("/jobs")
def start_job(request: Request, folder: str = Form("")):
    writing(request)
    settings = request.app.state.settings
    try:
        path = allowed_folder(folder, settings.index_roots)
    except ApiError as e:
        jobs = sorted(request.app.state.jobs.jobs.values(), key=lambda j: j.created, reverse=True)
        return page(request, "jobs.html", {"jobs": jobs, "roots": settings.index_roots, "may_start": True,
                                           "folder": folder, "error": ERROR_KIND.get(e.kind, "无法处理"),
                                           "detail": str(e.detail)},
                    status=e.status)
    job = request.app.state.jobs.start(path)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str):
    reading(request)
    job = request.app.state.jobs.jobs.get(job_id)
    if job is None:
        raise PageError(404, "没有这个索引任务（服务重启后任务记录不再保留）。")
    return page(request, "job.html", {"job": job})
