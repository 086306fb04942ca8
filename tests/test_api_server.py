"""`notices serve` as a real process: uvicorn on a free loopback port, spoken to over HTTP (and over raw
sockets, as a slow or hostile client speaks)."""
from __future__ import annotations

import contextlib
import json
import os
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


# ---------------------------------------------------------------- slow clients (issue 18)

HEAD_SECONDS, BODY_SECONDS = 1.0, 2.0   # the bounds the server is started with here
MARGIN = 8.0                            # what a busy machine may add before the server acts on a bound


@contextlib.contextmanager
def serving(tmp_path: Path, **env: str):
    """`notices serve` on a free port with these NOTICES_* settings; yields (host, port)."""
    port = _free_port()
    proc = subprocess.Popen([NOTICES, "serve", "--host", "127.0.0.1", "--port", str(port), "--db",
                             str(tmp_path / "notices.db")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env})
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", proc)
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


@contextlib.contextmanager
def bounded_server(tmp_path: Path):
    with serving(tmp_path, NOTICES_HEADER_TIMEOUT=str(HEAD_SECONDS), NOTICES_BODY_TIMEOUT=str(BODY_SECONDS)) as addr:
        yield addr


def trickle(addr, first: bytes, byte: bytes, within: float) -> bytes:
    """Send `first`, then `byte` every 0.25 s, as a slow client does, until the server closes the connection;
    what it answered. Fails when the connection is still open after `within` seconds."""
    received = b""
    with socket.create_connection(addr, timeout=5) as sock:
        sock.sendall(first)
        end = time.monotonic() + within
        while time.monotonic() < end:
            try:
                sock.sendall(byte)
            except (BrokenPipeError, ConnectionResetError):
                break
            sock.settimeout(0.25)
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                continue
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
        else:
            raise AssertionError(f"still open after {within} s; received {received[:200]!r}")
        sock.settimeout(5)
        with contextlib.suppress(OSError):
            while chunk := sock.recv(65536):
                received += chunk
    return received


def error_of(answer: bytes) -> tuple[int, dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def test_a_request_head_that_never_ends_is_cut_off(tmp_path):
    with bounded_server(tmp_path) as addr:
        answer = trickle(addr, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ", b"a", HEAD_SECONDS + MARGIN)
        status, body = error_of(answer)
        assert status == 408 and body == {"error": "timeout", "fields": [],
                                          "detail": f"the request head did not arrive within {HEAD_SECONDS:g} s"}
        # the next request on a kept-alive connection gets the same bound
        first = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n"
        answer = trickle(addr, first, b"", HEAD_SECONDS + MARGIN)
        assert answer.startswith(b"HTTP/1.1 200") and b"HTTP/1.1 408" in answer
        assert httpx.get(f"http://{addr[0]}:{addr[1]}/healthz").status_code == 200


def test_a_chunked_upload_sent_a_byte_at_a_time_is_cut_off(tmp_path):
    part = (b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n")
    head = (b"POST /v1/notices HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\n\r\n")
    with bounded_server(tmp_path) as addr:
        answer = trickle(addr, head + b"%x\r\n%s\r\n" % (len(part), part), b"1\r\n\xe9\r\n",
                         BODY_SECONDS + MARGIN)
        status, body = error_of(answer)
        assert status == 408 and body["error"] == "timeout"
        assert body["detail"] == f"the request body did not arrive within {BODY_SECONDS:g} s"
        with httpx.Client(base_url=f"http://{addr[0]}:{addr[1]}", timeout=60) as http:
            assert http.get("/healthz").status_code == 200
            # a client that sends its body at once is not affected
            assert http.post("/v1/notices", files={"file": (CORPUS[0].name, CORPUS[0].read_bytes())},
                             params={"store": "false"}).status_code == 200
