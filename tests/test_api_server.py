"""`notices serve` as a real process: uvicorn on a free loopback port, spoken to over HTTP."""
from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
NOTICES = str(ROOT / ".venv" / "bin" / "notices")
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
PDFS = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(base: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert proc.poll() is None, proc.stderr.read()
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError("the server did not come up")


def test_serve_uploads_and_queries_over_http(tmp_path):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([NOTICES, "serve", "--host", "127.0.0.1", "--port", str(port), "--db",
                             str(tmp_path / "notices.db")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_healthy(base, proc)
        with httpx.Client(base_url=base, timeout=120) as http:
            posted = http.post("/v1/notices", files={"file": (CORPUS[0].name, CORPUS[0].read_bytes())})
            assert posted.status_code == 201
            days = sorted(d["date"] for d in posted.json()["plan"]["deadlines"] if d["date"][:2] != "--")
            month = days[0][:7]
            found = http.get("/v1/deadlines", params={"month": month}).json()
            assert found["items"] and all(i["date"].startswith(month) for i in found["items"])
            assert {i["notice_id"] for i in found["items"]} == {posted.json()["id"]}
            _health_answers_while_a_pdf_is_parsed(http)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "Application shutdown complete" in err  # a graceful stop (uvicorn then re-raises SIGTERM)


def _health_answers_while_a_pdf_is_parsed(http: httpx.Client) -> None:
    """Parsing runs off the event loop: /healthz answers before a PDF upload sent first is done."""
    finished: dict[str, float] = {}

    def send():
        r = http.post("/v1/notices", files={"file": (PDFS[1].name, PDFS[1].read_bytes())})
        assert r.status_code == 201
        finished["upload"] = time.monotonic()
    t = threading.Thread(target=send)
    t.start()
    time.sleep(0.3)
    assert http.get("/healthz").status_code == 200
    finished["health"] = time.monotonic()
    t.join()
    assert finished["health"] < finished["upload"]
