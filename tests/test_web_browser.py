"""The web page in a real browser: Playwright driving Debian's chromium (/usr/bin/chromium, or
$NOTICES_CHROMIUM), against the app served by uvicorn in a thread on a loopback port, on SQLite and on
PostgreSQL (a fresh schema on the server at 127.0.0.1:5432, as in test_api.py).

One server and one store per back end for the module: the tests run in order and build on what the
first one uploads (a PDF and a DOCX from fixtures/).
"""
from __future__ import annotations

import base64
import io
import os
import shutil
import socket
import struct
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import uvicorn
from openpyxl import load_workbook
from playwright.sync_api import sync_playwright
from sqlalchemy import create_engine, text

from api.app import create_app
from extractor import render
from extractor.pipeline import parse

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("NOTICES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CHROMIUM = os.environ.get("NOTICES_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PDF = ROOT / "fixtures" / "pdf" / "000_8aa947a709213af4.pdf"
DOCX = ROOT / "fixtures" / "docx" / "001_1c57926179cc4038.docx"
BAD = ROOT / "fixtures" / "bad" / "random.pdf"
WAIT = 120_000  # ms: a PDF is parsed on a shared, busy machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fresh_store(backend: str, tmp: Path):
    """(URL of an empty store, cleanup)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp / 'notices.db'}", lambda: None
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    return f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}", drop


class Server:
    """The app under uvicorn in a thread, on a free loopback port."""

    def __init__(self, app):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        end = time.monotonic() + 60
        while not self.server.started:
            assert time.monotonic() < end and self.thread.is_alive(), "the server did not come up"
            time.sleep(0.05)
        return self

    def __exit__(self, *_):
        self.server.should_exit = True
        self.thread.join(30)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request, tmp_path_factory, browser):
    """A served app on a fresh store, with a folder under its index roots holding one notice."""
    tmp = tmp_path_factory.mktemp(request.param)
    roots = tmp / "archive"
    (roots / "inbox").mkdir(parents=True)
    shutil.copy(ROOT / "fixtures" / "docx" / "002_4021ee62b1c374d3.docx", roots / "inbox")
    url, cleanup = _fresh_store(request.param, tmp)
    app = create_app(db_url=url, index_roots=[roots], index_workers=1)
    try:
        with Server(app) as server:
            server.roots = roots
            yield server
            app.state.jobs.wait(60)
    finally:
        cleanup()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(base_url=site.base, accept_downloads=True, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


def plan_of(path: Path):
    return parse(path.read_bytes(), filename=path.name)


def _upload(page, *paths: Path):
    page.goto("/")
    page.get_by_label("选择文件").set_input_files([str(p) for p in paths])
    for p in paths:
        page.locator("#progress li", has_text=p.name).locator("a, .error").wait_for(timeout=WAIT)


def test_upload_a_pdf_and_a_docx_and_see_their_plans(page):
    _upload(page, PDF, DOCX)
    links = {}
    for path in (PDF, DOCX):
        entry = page.locator("#progress li.ok", has_text=path.name)
        assert f"{len(plan_of(path).tasks)} 项任务" in entry.inner_text()
        links[path] = entry.get_by_role("link").get_attribute("href")
    page.locator("#notices tbody tr").nth(1).wait_for()       # the list below is refreshed (htmx)
    titles = page.locator("#notices tbody tr td:first-child").all_inner_texts()
    assert set(titles) == {plan_of(PDF).meta.title, plan_of(DOCX).meta.title}
    for path, href in links.items():
        plan = plan_of(path)
        page.goto(href)
        assert page.get_by_role("heading", level=1).inner_text() == (plan.meta.title or "（无标题）")
        assert page.locator("#ledger tbody tr").count() == len(render.plan_ledger(plan))
        deadlines = page.locator("section.items", has=page.locator("#list-deadline")).locator("li")
        assert deadlines.count() == len([d for d in plan.deadlines if d.span])


def test_a_bad_file_shows_a_clear_error_and_nothing_else_breaks(page, site):
    _upload(page, BAD)
    error = page.locator("#progress li.failed", has_text=BAD.name)
    assert error.locator(".error").inner_text() == \
        "文件已损坏：这是二进制数据（含 NUL 字节），不是 PDF、DOCX、HTML 或文本文件"   # the reason in Chinese too
    page.goto("/")
    assert page.locator("#notices tbody tr").count() == 2      # what was stored before is still there
    _upload(page, DOCX)                                         # and uploading goes on working
    assert "已存在" in page.locator("#progress li.ok", has_text=DOCX.name).inner_text()


def test_the_notice_list_filters_as_one_types(page):
    page.goto("/")
    word = "攻坚方案"
    expected = page.request.get("/v1/notices", params={"q": word}).json()["total"]
    assert 0 < expected < page.locator("#notices tbody tr").count()
    page.get_by_label("搜索通知").press_sequentially(word)      # no submit: htmx asks as one types
    page.wait_for_function("n => document.querySelectorAll('#notices tbody tr').length === n", arg=expected)
    assert page.evaluate("location.search") == "?q=" + quote(word)


def _notice_page(page, path: Path):
    page.goto("/")
    page.get_by_role("link", name=plan_of(path).meta.title).click()
    page.wait_for_url("**/notices/*")


def _in_view(page, selector: str) -> bool:
    """The element lies inside the visible part of the text box and of the window."""
    return page.eval_on_selector(selector, """el => {
        const r = el.getBoundingClientRect(), box = document.getElementById('text').getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= window.innerHeight; }""")


def test_click_a_deadline_and_the_text_scrolls_to_its_highlighted_span(page):
    _notice_page(page, PDF)
    plan = plan_of(PDF)
    last = [d for d in plan.deadlines if d.span][-1]      # far down the text: it must scroll to be seen
    anchor = f"deadline-{last.span.start}-{last.span.end}"
    mark = f"mark#{anchor}"
    assert page.inner_text(mark) == plan.text[last.span.start:last.span.end]
    assert not _in_view(page, mark)
    page.locator(f"#item-{anchor} a").click()
    page.wait_for_function("id => location.hash === '#' + id", arg=anchor)
    assert _in_view(page, mark)
    assert "hl-deadline" in page.get_attribute(mark, "class")
    # and the other way: a click on the highlight shows its item in the list
    page.locator(mark).click()
    assert "flash" in page.get_attribute(f"#item-{anchor}", "class")


def test_download_the_xlsx_ledger_and_read_it_back(page):
    _notice_page(page, PDF)
    with page.expect_download() as got:
        page.get_by_role("link", name="Excel（XLSX）").click()
    data = Path(got.value.path()).read_bytes()
    sheet = load_workbook(io.BytesIO(data)).active
    expected = load_workbook(io.BytesIO(render.output([parse(PDF)], "xlsx"))).active   # `notices parse PDF --format xlsx`
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [list(r) for r in expected.iter_rows(values_only=True)]
    assert any(row[1] == plan_of(PDF).tasks[0].text for row in sheet.iter_rows(values_only=True))


def test_the_deadline_page_shows_a_stored_deadline_in_its_month(page):
    plan = plan_of(PDF)
    due = next(d for d in plan.deadlines if not d.date.startswith("--"))
    page.goto(f"/deadlines?month={due.date[:7]}")
    cell = page.locator(f"td[data-day='{due.date}']")
    assert due.text in cell.inner_text()
    year, month = int(due.date[:4]), int(due.date[5:7])
    assert page.get_by_role("heading", level=2, name=f"{year}年{month}月").is_visible()
    row = page.locator("table.list tbody tr", has_text=due.text).first
    assert "已逾期" in row.inner_text()                     # a day in the past, against today
    # the same question box as `notices query`
    page.get_by_label("用一句话提问").fill(f"{year}年{month}月的所有截止日期")
    page.get_by_role("button", name="查询").click()
    page.wait_for_url("**q=*")
    assert page.locator("table.list tbody tr", has_text=due.text).count() >= 1
    assert f"{year}-{month:02d}-01" in page.locator(".understood").inner_text()


def test_a_search_finds_a_phrase_and_links_to_the_hit(page):
    page.goto("/search")
    page.get_by_label("检索词").fill("双认证")
    page.get_by_label("检索词").press("Enter")
    hits = page.locator("ol.hits > li")
    hits.first.wait_for()
    assert hits.count() == 2
    assert page.locator("ol.hits mark", has_text="双认证").count() >= 2
    hits.first.get_by_role("link").click()
    page.wait_for_url("**#hit")
    hit = page.locator("mark.hl-hit")
    assert hit.inner_text() == "双认证"
    assert _in_view(page, "mark.hl-hit")


def test_a_file_over_the_size_limit_is_refused_in_chinese_before_it_is_sent(page, tmp_path):
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:
        f.truncate(51 << 20)           # 51 MB, sparse: over the 50 MB limit
    uploads = []
    page.on("request", lambda r: uploads.append(r) if r.url.endswith("/upload") else None)
    _upload(page, big, DOCX)
    error = page.locator("#progress li.failed", has_text=big.name).get_by_role("alert")
    assert error.inner_text() == "文件过大：文件大小为 51 MB，超过 50 MB 的上限"
    assert len(uploads) == 1 and int(uploads[0].header_value("content-length")) < DOCX.stat().st_size + 4096  # DOCX's


def test_an_index_job_on_a_folder_under_the_roots_shows_its_progress(page, site):
    page.goto("/jobs")
    page.get_by_label("服务器上的文件夹").fill(str(site.roots / "inbox"))
    page.get_by_role("button", name="开始索引").click()
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("#job-status[data-status=done]", timeout=WAIT)   # htmx polls until done
    assert "入库 1" in page.locator("#job").inner_text()
    page.goto("/jobs")
    page.get_by_label("服务器上的文件夹").fill("/etc")
    page.get_by_role("button", name="开始索引").click()
    assert page.get_by_role("alert").inner_text() == "不允许：文件夹不在配置的可索引文件夹内"


def test_screenshots_of_each_page(page, site, tmp_path):
    """Every page renders whole (into tmp_path). The README's pictures are these: remake them with
    `NOTICES_SCREENSHOTS=docs pytest tests/test_web_browser.py -k 'screenshots and sqlite'`."""
    out = ROOT / os.environ["NOTICES_SCREENSHOTS"] if os.environ.get("NOTICES_SCREENSHOTS") else tmp_path
    plan = plan_of(PDF)
    months = [d.date[:7] for d in plan.deadlines if not d.date.startswith("--")]
    busiest = max(set(months), key=months.count)
    _upload(page, PDF, DOCX, BAD)
    stored = page.request.get("/v1/notices").json()["total"]
    page.wait_for_function("n => document.querySelectorAll('#notices tbody tr').length === n", arg=stored)  # refreshed
    page.screenshot(path=out / "web-upload.png", full_page=True)
    _notice_page(page, PDF)
    page.screenshot(path=out / "web-notice.png")
    due = [d for d in plan.deadlines if d.span][2]
    page.locator(f"#item-deadline-{due.span.start}-{due.span.end} a").click()
    page.screenshot(path=out / "web-notice-text.png")
    page.goto(f"/deadlines?month={busiest}")
    page.screenshot(path=out / "web-deadlines.png", full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 1300})
    page.goto("/search?q=检测机构 资质认定")
    page.screenshot(path=out / "web-search.png", full_page=True)
    page.goto("/jobs")
    page.get_by_label("服务器上的文件夹").fill(str(site.roots / "inbox"))
    page.get_by_role("button", name="开始索引").click()
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("#job-status[data-status=done]", timeout=WAIT)
    page.screenshot(path=out / "web-job.png", full_page=True)
    for name in ("web-upload", "web-notice", "web-notice-text", "web-deadlines", "web-search", "web-job"):
        png = (out / f"{name}.png").read_bytes()
        width, height = struct.unpack(">II", png[16:24])     # the PNG header's IHDR chunk
        assert png.startswith(b"\x89PNG") and width == page.viewport_size["width"] and height >= 600, name


def test_without_javascript_the_form_uploads_and_every_page_reads(browser, site):
    context = browser.new_context(base_url=site.base, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/")
        page.get_by_label("选择文件").set_input_files([str(DOCX), str(BAD)])
        page.get_by_role("button", name="上传并解析").click()
        page.wait_for_url("**/upload")
        assert page.get_by_role("heading", level=1).inner_text() == "上传结果"
        assert "文件已损坏" in page.get_by_role("alert").inner_text()
        page.locator("ul.progress li.ok a").click()
        assert page.get_by_role("heading", level=1).inner_text() == plan_of(DOCX).meta.title
        page.locator("#ledger thead th a").first.click()       # sorting is a link: the server sorts
        assert page.locator("#ledger thead th").first.get_attribute("aria-sort") == "ascending"
        for path, heading in (("/deadlines", "截止日期"), ("/search?q=双认证", "全文检索"), ("/jobs", "索引任务")):
            page.goto(path)
            assert page.get_by_role("heading", level=1).inner_text() == heading
    finally:
        context.close()


PAGES = ("/", "/deadlines", "/search?q=双认证", "/jobs")    # and a notice, found from /


def test_nothing_is_loaded_from_outside_the_server(page, site):
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    for path in PAGES:
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.goto("/")
    page.get_by_label("搜索通知").press_sequentially("双认证")          # htmx asks the server as one types
    page.wait_for_function("() => location.search.includes('q=')")
    page.locator("#notices tbody a").first.click()
    page.wait_for_load_state("networkidle")
    scripts = {u for u in asked if u.endswith(".js")}
    assert scripts == {f"{site.base}/static/htmx.min.js", f"{site.base}/static/web.js"}
    assert [u for u in asked if not u.startswith(site.base + "/")] == []


def _outline(page) -> list[int]:
    """The levels of the page's headings, in order."""
    return page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "hs => hs.map(h => Number(h.tagName[1]))")


UNLABELLED = """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
    .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                  && !el.getAttribute('aria-labelledby') && !(el.tagName === 'BUTTON' && el.textContent.trim()))
    .map(el => el.outerHTML)"""


def test_keyboard_and_screen_reader_basics_on_every_page(page):
    plan = plan_of(PDF)
    page.goto("/")
    notice = page.get_by_role("link", name=plan.meta.title).get_attribute("href")
    for path in (*PAGES, notice):
        page.goto(path)
        levels = _outline(page)
        assert levels[0] == 1 and levels.count(1) == 1, path                  # one h1, first
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), path       # no level skipped
        assert page.evaluate(UNLABELLED) == [], path                           # every field has a label
        page.keyboard.press("Tab")                                              # the first stop: skip to the content
        assert page.evaluate("document.activeElement.textContent") == "跳到正文", path
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", path  # focus shows
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main", path
    # a deadline reached and followed by keyboard alone brings its highlight into view
    page.goto(notice)
    last = [d for d in plan.deadlines if d.span][-1]
    anchor = f"deadline-{last.span.start}-{last.span.end}"
    assert page.title().startswith(plan.meta.title)
    assert not _in_view(page, f"mark#{anchor}")
    page.locator(f"#item-{anchor} a").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("id => location.hash === '#' + id", arg=anchor)
    assert _in_view(page, f"mark#{anchor}")


DROP = """([form, files]) => {
    window.bars = [];
    new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(n => {
        const bar = n.querySelector && n.querySelector('progress');
        if (bar) window.bars.push(bar.getAttribute('aria-label'));
    }))).observe(document.getElementById('progress'), {childList: true});
    const data = new DataTransfer();
    for (const [name, b64] of files) {
        data.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], name));
    }
    document.getElementById(form).dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true}));
}"""


def test_files_dropped_on_the_form_each_get_a_progress_bar_and_their_plan(page):
    dropped = [ROOT / "fixtures" / "ofd" / "003_beabee60d13bb183.ofd", ROOT / "fixtures" / "html" / "004_556863f20829d668.html"]
    page.goto("/")
    before = page.locator("#notices tbody tr").count()
    page.evaluate(DROP, ["upload", [[p.name, base64.b64encode(p.read_bytes()).decode()] for p in dropped]])
    for path in dropped:
        entry = page.locator("#progress li.ok", has_text=path.name)
        entry.locator("a").wait_for(timeout=WAIT)
        plan = plan_of(path)
        assert entry.locator("a").inner_text() == plan.meta.title and f"{len(plan.tasks)} 项任务" in entry.inner_text()
    assert page.evaluate("window.bars") == [f"{p.name} 上传进度" for p in dropped]    # one bar per file
    page.wait_for_function("n => document.querySelectorAll('#notices tbody tr').length === n", arg=before + 2)
