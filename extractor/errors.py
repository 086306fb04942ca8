"""The one error type a user sees: a clear, one-line reason, never a traceback."""


class NoticeError(Exception):
    """A file that cannot be parsed, with the reason in one line (`notices parse` exits 2)."""

    def __init__(self, reason: str, *, kind: str = "invalid"):
        super().__init__(reason)
        self.reason = reason
        # "unsupported" | "empty" | "corrupt" | "encrypted" | "no_text" | "too_large" | "unreadable" | "invalid"
        self.kind = kind

    def __str__(self) -> str:
        return self.reason
