"""The one error type a user sees: a clear, one-line reason, never a traceback."""
from contextlib import contextmanager


class NoticeError(Exception):
    """A file that cannot be parsed, with the reason in one line (`notices parse` exits 2)."""

    def __init__(self, reason: str, *, kind: str = "invalid"):
        super().__init__(reason)
        self.reason = reason
        # "unsupported" | "empty" | "corrupt" | "encrypted" | "no_text" | "too_large" | "unreadable" | "invalid"
        self.kind = kind

    def __str__(self) -> str:
        return self.reason


def one_line(e: object) -> str:
    """An exception's message on one line, 160 characters at most (its type's name where it has none)."""
    if isinstance(e, RecursionError):  # a page tree or object graph thousands of levels deep
        return "objects nested too deeply to read"
    return (" ".join(str(e).split()) or type(e).__name__)[:160]


@contextmanager
def reader_errors(what: str):
    """A reader library's exception as `damaged WHAT: …` (kind corrupt); a NoticeError passes, and so does a
    MemoryError (a worker's memory cap: reported as too_large, not as damage)."""
    try:
        yield
    except (NoticeError, MemoryError):
        raise
    except Exception as e:
        raise NoticeError(f"damaged {what}: {one_line(e)}", kind="corrupt") from None
