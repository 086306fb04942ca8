"""uvicorn as `notices serve` runs it: with a deadline on the request head.

uvicorn closes a keep-alive connection left idle, but sets no time for a client to send a request's head:
one that sends a header byte every few seconds keeps its connection (and a file descriptor) for as long
as it likes, and a few hundred such clients make the service unavailable. `BoundedH11` answers 408 in the
API's error shape and closes a connection whose request head is not complete `header_timeout` seconds
after the connection opened or the previous response ended. (h11 already bounds the head's size.) The
body's deadline is the app's (`api.app.RequestBounds`): only the app knows when it has read the body.
"""
from __future__ import annotations

import asyncio
import json
import os

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


class BoundedH11(H11Protocol):
    """uvicorn's h11 protocol; a subclass made by `bounded_h11` sets `header_timeout`."""

    header_timeout = 10.0
    _head_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._await_head()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:   # the head is in (or the connection failed): no deadline
            self._cancel_deadline()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._await_head()   # the next request on this connection

    def connection_lost(self, exc) -> None:
        self._cancel_deadline()
        super().connection_lost(exc)

    def _await_head(self) -> None:
        self._cancel_deadline()
        self._head_deadline = self.loop.call_later(self.header_timeout, self._head_too_slow)

    def _cancel_deadline(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_too_slow(self) -> None:
        self._head_deadline = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        body = error_body("timeout", f"the request head did not arrive within {self.header_timeout:g} s")
        # Written as bytes: h11 sends no response before it has read a request.
        self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
                             b"content-length: %d\r\nconnection: close\r\n\r\n%s" % (len(body), body))
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a request h11 cannot read (a malformed request line, a head over 16 KB), in
        the API's error shape instead of plain text."""
        self._cancel_deadline()
        body = error_body("bad_request", msg)
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   (b"connection", b"close")]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"), h11.Data(data=body),
                      h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()


def error_body(kind: str, detail: str) -> bytes:
    """The API's error shape (api.app._error), for answers given before the app sees a request."""
    return json.dumps({"error": kind, "detail": detail, "fields": []}).encode()


def bounded_h11(header_timeout: float) -> type[BoundedH11]:
    """The protocol class for uvicorn's `http=`, with this deadline on the request head."""
    return type("BoundedH11", (BoundedH11,), {"header_timeout": header_timeout})


class EnvBoundedH11(BoundedH11):
    """BoundedH11 with the deadline of the environment (NOTICES_HEADER_TIMEOUT), for `notices serve --workers N`,
    whose worker processes import the protocol by name."""

    header_timeout = float(os.environ.get("NOTICES_HEADER_TIMEOUT") or 10.0)


def app_from_env():
    """The app as `notices serve --workers N` runs it in each worker process (uvicorn's `factory`): settings
    and store from the environment."""
    from .app import create_app
    return create_app()
