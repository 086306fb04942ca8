"""What an attacker sends the API (issue 18): parameters past the calendar or past an integer, paths
longer than the system takes, and every route called without the API key. Each answer is a 4xx in the
API's one error shape (`{"error", "detail", "fields"}`), never a 500; the store holds a notice, so that a
route left unguarded would answer with its data, not with a 404."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from api.app import create_app

ROOT = Path(__file__).resolve().parent.parent
NOTICE = sorted((ROOT / "corpus").glob("*.txt"))[0]
KEY = "s3cret"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """An app with a key, reads protected too, index jobs under one root, one notice stored."""
    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "root").mkdir()
    app = create_app(db_url=f"sqlite:///{tmp / 'n.db'}", index_roots=[tmp / "root"], api_key=KEY,
                     read_protected=True)
    with TestClient(app, headers={"X-API-Key": KEY}) as c:
        assert c.post("/v1/notices", files={"file": (NOTICE.name, NOTICE.read_bytes())}).json()["id"] == 1
        app.state.root = tmp / "root"
        yield app


@pytest.fixture
def client(app):
    with TestClient(app, headers={"X-API-Key": KEY}, raise_server_exceptions=False) as c:
        yield c


def one_error(r, status: int, kind: str) -> dict:
    body = r.json()
    assert (r.status_code, body["error"]) == (status, kind), r.text
    assert isinstance(body["detail"], str) and "\n" not in body["detail"] and isinstance(body["fields"], list)
    return body


@pytest.mark.parametrize(("params", "field"), [
    ({"month": "0000-01"}, "month"),                # no year 0
    ({"q": "明天", "today": "9999-12-31"}, "q"),     # the day after the last date
    ({"q": "下周", "today": "9999-12-28"}, "q"),     # a week running past it
    ({"q": "上个月", "today": "0001-01-05"}, "q"),   # a month before the first (was read as 0001-12)
    ({"q": "上季度", "today": "0001-02-01"}, "q"),   # a quarter before it (was read as 0001-10 … 0001-12)
])
def test_a_period_outside_the_calendar_is_422_naming_the_parameter(client, params, field):
    body = one_error(client.get("/v1/deadlines", params=params), 422, "invalid_request")
    assert body["fields"] == [{"loc": ["query", field], "msg": "outside the calendar"}]
    assert "1 to 9999" in body["detail"] or "0001-01 to 9999-12" in body["detail"]


@pytest.mark.parametrize("notice", ["²", "٣", "0", "99999999999999999999", "2147483648", "9" * 200])
def test_digits_that_no_notice_id_can_be_are_422(client, notice):
    for path in ("/v1/deadlines", "/v1/deadlines/ledger", "/v1/deadlines/calendar"):
        body = one_error(client.get(path, params={"notice": notice}), 422, "invalid_request")
        assert body["detail"] == f"{notice!r} is not a notice id (1 to 2147483647)"
        assert body["fields"] == [{"loc": ["query", "notice"], "msg": "not a notice id"}]


@pytest.mark.parametrize(("month", "status", "prev", "next_"), [
    ("9999-12", 200, True, False),   # the calendar's last month: no link past it (its last week ends in 10000)
    ("0001-01", 200, False, True),
    ("0000-01", 422, False, False),
])
def test_the_web_page_shows_the_calendar_s_first_and_last_months_and_refuses_others(client, month, status, prev,
                                                                                   next_):
    r = client.get("/deadlines", params={"month": month})
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert ('rel="prev"' in r.text, 'rel="next"' in r.text) == (prev, next_)


@pytest.mark.parametrize("path", ["/v1/deadlines/ledger", "/v1/deadlines", "/v1/notices", "/v1/search"])
@pytest.mark.parametrize("value", ["\x1f", "a\x00b", "\x7f"])
def test_control_characters_in_words_are_refused(client, path, value):
    """Found by schemathesis: /v1/deadlines/ledger?issuer=%1F was a 500 (a worksheet cannot hold it)."""
    name = "q" if path in ("/v1/notices", "/v1/search") else "issuer"
    body = one_error(client.get(path, params={name: value}), 422, "invalid_request")
    assert body["fields"][0]["loc"] == ["query", name]


def test_no_answer_echoes_a_line_break_into_its_detail(client):
    """Found by schemathesis: /v1/index-jobs/%0A echoed the line break into its one-line detail."""
    assert one_error(client.get("/v1/index-jobs/a%0Ab%0D%0Ac"), 404, "not_found")["detail"] == "no index job a b c"


def test_a_real_id_still_finds_its_notice(client):
    assert client.get("/v1/deadlines", params={"notice": "1"}).json()["total"] > 0


@pytest.mark.parametrize(("folder", "why"), [
    ("a" * 300, "File name too long"),          # one name past NAME_MAX
    ("a/" * 2100, "at most 4096 characters"),   # past PATH_MAX
    ("a" * 5000, "at most 4096 characters"),
])
def test_a_folder_path_the_system_cannot_take_is_422(app, client, folder, why):
    body = one_error(client.post("/v1/index-jobs", json={"folder": f"{app.state.root}/{folder}"}), 422,
                     "invalid_request")
    assert why in body["detail"] and body["fields"][0]["loc"] == ["body", "folder"]


# ---------------------------------------------------------------- the key on every route

# Routes anyone may call, key or not, and why:
PUBLIC = {
    ("GET", "/healthz"),            # liveness probes (load balancers, compose) carry no key; it says only "up"
    ("GET", "/openapi.json"),       # the API's description, no stored data: clients are generated from it
    ("GET", "/docs"),               # the same, as Swagger UI and ReDoc pages
    ("GET", "/redoc"),
    ("GET", "/login"),              # the way in for the web page
    ("POST", "/login"),
    ("POST", "/logout"),            # only drops the browser's key cookie
}
PUBLIC_MOUNTS = {"/docs-assets", "/static"}   # Swagger UI's and the page's scripts and styles
FILLED = {"{notice_id}": "1", "{job_id}": "0" * 32, "{suffix}": "csv"}


def routes(app) -> list[tuple[str, str]]:
    """(method, path) of every route of the app, the included routers' too, path parameters filled in."""
    found = []
    for route in iter_route_contexts(app.routes):
        path = route.path
        for name, value in FILLED.items():
            path = path.replace(name, value)
        assert "{" not in path, f"a route with a parameter this test does not fill: {route.path}"
        found += [(method, path) for method in sorted(route.methods or {"MOUNT"}) if method != "HEAD"]
    return found


def test_every_route_but_the_public_ones_refuses_a_request_without_the_key(app):
    every = routes(app)
    assert {m for m, _ in every} == {"GET", "POST", "DELETE", "MOUNT"}
    assert len(every) > 25  # the API's routes and the web page's
    with TestClient(app, follow_redirects=False) as anyone:
        for method, path in every:
            if method == "MOUNT":
                assert path in PUBLIC_MOUNTS, f"a mounted app not known to be public: {path}"
                continue
            if (method, path) in PUBLIC:
                continue
            r = anyone.request(method, path, json={"folder": str(app.state.root)} if path == "/v1/index-jobs" else None)
            if path.startswith("/v1/"):
                one_error(r, 401, "unauthorized")
            elif method == "GET":   # a page sends the person to the login form, and back afterwards
                assert r.status_code == 303 and r.headers["location"].startswith("/login?next="), (method, path)
            else:
                assert r.status_code == 401 and "登录" in r.text, (method, path)
        # and the public ones answer
        for method, path in PUBLIC - {("POST", "/login"), ("POST", "/logout")}:
            assert anyone.request(method, path).status_code == 200, path
        assert anyone.get("/static/web.css").status_code == 200


def test_with_only_writes_protected_every_route_that_changes_something_refuses(app, tmp_path):
    open_reads = create_app(db_url=f"sqlite:///{tmp_path / 'n.db'}", index_roots=[app.state.root], api_key=KEY)
    with TestClient(open_reads, follow_redirects=False) as anyone:
        writes = [(m, p) for m, p in routes(open_reads) if m in {"POST", "DELETE"} and (m, p) not in PUBLIC]
        assert set(writes) == {("POST", "/v1/notices"), ("DELETE", "/v1/notices/1"), ("POST", "/v1/index-jobs"),
                               ("POST", "/upload"), ("POST", "/jobs")}
        for method, path in writes:
            r = anyone.request(method, path, json={"folder": str(app.state.root)} if path == "/v1/index-jobs" else None)
            assert r.status_code == 401, (method, path, r.text[:200])


def test_an_upload_named_with_control_characters_and_a_formula_gives_a_ledger_of_text(tmp_path):
    """An upload named `=1+2<ESC>[31m.txt`: the plan keeps the name escaped, and the notice's XLSX ledger
    is a workbook of text cells (openpyxl refused the control character: 500; `=1+2…` was a formula)."""
    from openpyxl import load_workbook
    with TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'n.db'}")) as c:
        posted = c.post("/v1/notices", files={"file": ("=1+2\x1b[31m.txt", NOTICE.read_bytes())})
        assert posted.status_code == 201, posted.text
        assert posted.json()["plan"]["source"]["path"] == "=1+2\\x1b[31m.txt"
        ledger = c.get(f"/v1/notices/{posted.json()['id']}/ledger", params={"format": "xlsx"})
        assert ledger.status_code == 200, ledger.text
        (tmp_path / "l.xlsx").write_bytes(ledger.content)
        cells = [cell for row in load_workbook(tmp_path / "l.xlsx").active.iter_rows() for cell in row]
        assert "=1+2\\x1b[31m.txt 第11段" in {cell.value for cell in cells}
        assert {cell.data_type for cell in cells} <= {"s", "inlineStr", "n", "d"}  # never "f", a formula
        csv = c.get(f"/v1/notices/{posted.json()['id']}/ledger", params={"format": "csv"}).text
        assert ",'=1+2\\x1b[31m.txt 第11段," in csv
