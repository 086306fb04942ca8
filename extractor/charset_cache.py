"""Compiling a regex is slow for its classes of ideographs: `re` builds the bitmap of a class such as
[\u4e00-\u9fff] in Python, one code point at a time (~1 ms each), and the rule files hold a few hundred
such classes, most of them the same few. `share_charset_tables` makes `re` build each distinct class
once per process and reuse it (same compiled code: only the step that turns a class into its table is
remembered). A parse's start-up loses ~0.1 s of its ~0.45 s of regex compiling.
"""
from __future__ import annotations

import functools

try:
    import re._compiler as _compiler  # Python 3.11+
except ImportError:  # Python 3.10
    import sre_compile as _compiler


def share_charset_tables() -> None:
    """Remember `re`'s tables of character classes (case-sensitive ones; the others are left as they are)."""
    build = _compiler._optimize_charset
    if getattr(build, "shared", False):
        return

    @functools.lru_cache(maxsize=4096)
    def table(charset: tuple, iscased, fixup) -> tuple:
        return build(list(charset), iscased, fixup)

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixes is not None or fixup is not None:
            return build(charset, iscased, fixup, fixes)
        out, hascased = table(tuple(charset), iscased, None)
        return list(out), hascased

    optimize_charset.shared = True
    optimize_charset.unshared = build
    _compiler._optimize_charset = optimize_charset
