"""`notices serve` as a real process: uvicorn on a free loopback port, spoken to over HTTP (and over raw
sockets, as a slow or hostile client speaks)."""
from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTICES = str(ROOT / ".venv" / "bin" / "notices")
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
sys.path.insert(0, str(ROOT / "scripts"))

import make_bad_fixtures  # noqa: E402  (scripts/ is not a package)


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
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "Application shutdown complete" in err  # a graceful stop (uvicorn then re-raises SIGTERM)


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


def _answer(addr, request: bytes) -> bytes:
    with socket.create_connection(addr, timeout=30) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


def test_a_request_h11_cannot_read_is_400_in_the_error_shape(tmp_path):
    with bounded_server(tmp_path) as addr:
        for request, detail in ((b"GARBAGE\r\n\r\n", "Invalid HTTP request received."),
                                (b"GET /healthz HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n",
                                 "Invalid HTTP request received.")):
            status, body = error_of(_answer(addr, request))
            assert status == 400 and body == {"error": "bad_request", "detail": detail, "fields": []}


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


# ---------------------------------------------------------------- parsing off the server (issue 18)

def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError, ValueError):
            continue
        found[int(stat.parent.name)] = (ppid, cmdline)
    return found


def _parser_processes(server_pid: int) -> set[int]:
    """The upload parsers of a server: children of its fork server."""
    procs = _processes()
    forkservers = {pid for pid, (ppid, cmd) in procs.items() if ppid == server_pid and "forkserver" in cmd}
    return {pid for pid, (ppid, _) in procs.items() if ppid in forkservers}


def _server_pid(port: int) -> int:
    """The `notices serve` process listening on this port."""
    for pid, (_, cmd) in _processes().items():
        if "notices serve" in cmd and f"--port {port} " in cmd:
            return pid
    raise AssertionError("no server process")


def _cpu_ticks(pid: int) -> int:
    """CPU time a process has used (user + system), in clock ticks; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _big_html(path: Path) -> Path:
    """10 MB of paragraphs of a real notice: the HTML parser's tree outgrows 128 MB and takes seconds."""
    lines = CORPUS[1].read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as f:
        f.write("<html><head><title>通知</title></head><body><div>")
        copy = 0
        while f.tell() < 10 * 1024 * 1024:
            f.write("".join(f"<p>{line}（第{copy}份）</p>" for line in lines))
            copy += 1
        f.write("</div></body></html>")
    return path


def test_reads_answer_while_45_uploads_are_parsed(tmp_path):
    """45 uploads at once, two parser processes: the uploads queue for them, and /healthz and the notice list
    answer meanwhile (before the last upload is done); every upload is parsed in the end."""
    text = (CORPUS[0].read_text(encoding="utf-8") * 200)[:520_000].encode()
    with serving(tmp_path, NOTICES_PARSE_WORKERS="2") as (host, port):
        base = f"http://{host}:{port}"
        answers: list[int] = []

        def send(i: int):
            r = httpx.post(f"{base}/v1/notices", files={"file": (f"n{i}.txt", text)}, params={"store": "false"},
                           timeout=600)
            answers.append(r.status_code)
        threads = [threading.Thread(target=send, args=(i,)) for i in range(45)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        assert httpx.get(f"{base}/healthz", timeout=60).status_code == 200
        assert httpx.get(f"{base}/v1/notices", timeout=60).status_code == 200
        answered_while_parsing = len(answers) < 45
        for t in threads:
            t.join()
        assert answered_while_parsing and answers == [200] * 45


def test_an_upload_over_the_memory_cap_is_413_and_the_server_lives(tmp_path):
    big = _big_html(tmp_path / "big.html")
    with serving(tmp_path, NOTICES_PARSE_WORKERS="1", NOTICES_PARSE_MEMORY_MB="128") as (host, port):
        with httpx.Client(base_url=f"http://{host}:{port}", timeout=300) as http:
            r = http.post("/v1/notices", files={"file": (big.name, big.read_bytes())})
            assert r.status_code == 413 and r.json() == {
                "error": "too_large", "fields": [],
                "detail": "needed more than the 128 MB of memory a worker may use (NOTICES_PARSE_MEMORY_MB); stopped"}
            assert http.get("/healthz").status_code == 200
            assert http.post("/v1/notices", files={"file": (CORPUS[0].name, CORPUS[0].read_bytes())}).status_code == 201


def _peak_mb(pid: int) -> int:
    """The most memory (resident) the process has held, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) >> 10


@pytest.mark.parametrize("name, size", [("one_line.txt", {}), ("pinyin.txt", {"kilobytes": 2048})])
def test_a_hostile_upload_is_parsed_outside_the_server_which_answers_meanwhile(tmp_path, name, size):
    """A 10 MB single line and a 2 MB unclosed pinyin bracket flood (scripts/make_bad_fixtures.py): while the
    parser process works on one, /healthz answers before the upload does, and the parse's memory is the
    parser's: the server's own peak grows by under half what the parser's does (in the server, it grew by
    all of it: 270 MB for the line)."""
    hostile = tmp_path / name
    make_bad_fixtures.HOSTILE[name](hostile, **size)
    with serving(tmp_path, NOTICES_PARSE_WORKERS="1") as (host, port):
        base, server = f"http://{host}:{port}", _server_pid(port)
        assert httpx.post(f"{base}/v1/notices", files={"file": ("a.txt", CORPUS[0].read_bytes())},
                          params={"store": "false"}, timeout=300).status_code == 200  # a parser, started and kept
        [parser] = _parser_processes(server)
        server_before, parser_before = _peak_mb(server), _peak_mb(parser)
        answers: list[int] = []
        upload = threading.Thread(target=lambda: answers.append(httpx.post(
            f"{base}/v1/notices", files={"file": (name, hostile.read_bytes())}, params={"store": "false"},
            timeout=300).status_code))
        start = _cpu_ticks(parser)
        upload.start()
        while _cpu_ticks(parser) < start + 50 and upload.is_alive():
            time.sleep(0.05)  # until the parser has spent half a second on the file
        assert httpx.get(f"{base}/healthz", timeout=300).status_code == 200
        assert answers == [], "the upload was answered before /healthz: the parse did not overlap"
        upload.join()
        assert answers == [200]
        assert _peak_mb(server) - server_before < (_peak_mb(parser) - parser_before) / 2


def test_an_upload_whose_client_went_away_is_no_longer_parsed(tmp_path):
    """The client sends a slow-to-parse file and hangs up: the parser process working on it is killed."""
    big = _big_html(tmp_path / "big.html")
    with serving(tmp_path, NOTICES_PARSE_WORKERS="1") as (host, port):
        server = _server_pid(port)
        with httpx.Client(base_url=f"http://{host}:{port}", timeout=300) as http:  # a parser, started and kept
            assert http.post("/v1/notices", files={"file": ("a.txt", CORPUS[0].read_bytes())},
                             params={"store": "false"}).status_code == 200
        [parser] = _parser_processes(server)
        body = (b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.html"\r\n\r\n'
                + big.read_bytes() + b"\r\n--b--\r\n")
        with socket.create_connection((host, port)) as sock:
            sock.sendall(b"POST /v1/notices HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                         b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
            start, end = _cpu_ticks(parser), time.monotonic() + 120
            while _cpu_ticks(parser) < start + 50 and time.monotonic() < end:
                time.sleep(0.1)  # until the parser has spent half a second on the file
            assert _cpu_ticks(parser) >= start + 50, "the parser never started on the file"
        end = time.monotonic() + MARGIN + 1
        while parser in _processes() and time.monotonic() < end:
            time.sleep(0.1)
        assert parser not in _processes(), "the parser of an abandoned upload is still running"
        assert httpx.get(f"http://{host}:{port}/healthz").status_code == 200


# ---------------------------------------------------------------- several worker processes (issue 15)

def _spawned_children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children if b"multiprocessing.spawn" in Path(f"/proc/{c}/cmdline").read_bytes()]


def test_serve_with_workers_answers_from_several_processes_with_the_same_bounds(tmp_path):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    db = str(tmp_path / "notices.db")
    proc = subprocess.Popen([NOTICES, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db,
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NOTICES_HEADER_TIMEOUT": str(HEAD_SECONDS)})
    try:
        _wait_healthy(base, proc, seconds=120)
        assert len(_spawned_children(proc.pid)) == 2
        with httpx.Client(base_url=base, timeout=120) as http:
            posted = http.post("/v1/notices", files={"file": (CORPUS[0].name, CORPUS[0].read_bytes())})
            assert posted.status_code == 201
            month = sorted(d["date"] for d in posted.json()["plan"]["deadlines"] if d["date"][:2] != "--")[0][:7]
            for _ in range(6):   # new connections each: whichever process takes one answers from the same store
                found = httpx.get(f"{base}/v1/deadlines", params={"month": month}).json()
                assert {i["notice_id"] for i in found["items"]} == {posted.json()["id"]}
        status, body = error_of(trickle(("127.0.0.1", port), b"GET /healthz HTTP/1.1\r\n", b"X", HEAD_SECONDS + MARGIN))
        assert status == 408 and body["error"] == "timeout"
    finally:
        proc.terminate()
        proc.communicate(timeout=60)


def test_serve_refuses_workers_with_index_jobs_on(tmp_path):
    done = subprocess.run([NOTICES, "serve", "--db", str(tmp_path / "notices.db"), "--workers", "3"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NOTICES_INDEX_ROOTS": str(tmp_path)})
    assert done.returncode == 2 and "--workers 1" in done.stderr
