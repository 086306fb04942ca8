"""Legacy word-processor files (Word 97-2003 .doc, WPS, RTF): LibreOffice converts them to DOCX,
which the DOCX reader reads, so Word's automatic numbering and the tables survive.

Each file gets its own `soffice --headless` process with its own user profile (two conversions
never share LibreOffice's lock or cache), started in a new process group under an address-space
cap and a timeout; on a timeout the whole group is killed and its files removed. A fresh profile
costs LibreOffice some seconds to create, so the first one made is kept as a template
(`$XDG_CACHE_HOME/notices/lo-profile`) and copied for later conversions.

LibreOffice also reads WPS "fast-saved" files that catdoc and antiword garble.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..document import RawDocument
from ..errors import NoticeError

TIMEOUT = 120          # seconds for one conversion
RESTART = 81           # soffice.bin's exit status after setting up a new profile: run it again (oosplash would)
MEMORY_MB = 2048       # address-space cap of the LibreOffice process (it maps ~0.6 GB of libraries)
INSTALL = "LibreOffice is needed to read .doc/.wps/.rtf files: apt-get install libreoffice-writer-nogui"
SUFFIX = {"doc": ".doc", "rtf": ".rtf"}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _program(exe: str) -> str:
    """LibreOffice's program itself rather than the `soffice` launcher (oosplash), which forks it:
    as our own child it is reaped when killed, not left a zombie in its process group."""
    binary = Path(os.path.realpath(exe)).with_name("soffice.bin")
    return str(binary) if binary.is_file() and os.access(binary, os.X_OK) else exe


def read_legacy(data: bytes, fmt: str) -> RawDocument:
    """A .doc/.wps (fmt 'doc') or .rtf (fmt 'rtf') file, read through its DOCX conversion."""
    from .docx import read_docx
    raw = read_docx(convert_to_docx(data, SUFFIX[fmt]))
    raw.format = fmt
    return raw


def convert_to_docx(data: bytes, suffix: str) -> bytes:
    exe = soffice()
    if exe is None:
        raise NoticeError(INSTALL, kind="unsupported")
    with tempfile.TemporaryDirectory(prefix="notices-lo-") as work:
        src = Path(work, "in" + suffix)
        src.write_bytes(data)
        profile = Path(work, "profile")
        template = _template()
        if template.is_dir():
            shutil.copytree(template, profile, symlinks=True)
        out = Path(work, "out")
        cmd = [_program(exe), "--headless", "--norestore", "--nolockcheck", f"-env:UserInstallation={profile.as_uri()}",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)]
        if _run(cmd) == RESTART:
            _run(cmd)
        result = out / "in.docx"
        if not result.is_file() or result.stat().st_size == 0:
            raise NoticeError(f"LibreOffice could not read this {suffix[1:]} file", kind="corrupt")
        if not template.exists():
            _keep_template(profile, template)
        return result.read_bytes()


def _run(cmd: list[str]) -> int:
    """Run LibreOffice in its own process group, capped; kill the group on a timeout. Returns its exit status."""
    env = {**os.environ, "SAL_USE_VCLPLUGIN": "svp"}  # headless rendering, no display looked for
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, preexec_fn=_cap_memory, env=env)
    try:
        return proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise NoticeError(f"LibreOffice took over {TIMEOUT} s to convert the file; stopped", kind="too_large") \
            from None
    finally:  # also on Ctrl-C; anything it started goes with it
        _kill_group(proc)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def _cap_memory() -> None:
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = MEMORY_MB * 1024 * 1024
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))


def _template() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache, "notices", "lo-profile")


def _keep_template(profile: Path, template: Path) -> None:
    """Keep a profile LibreOffice has just set up; renamed into place so a reader never sees half of it."""
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".lo-profile-", dir=template.parent)
    except OSError:  # a read-only home: every conversion makes its own profile
        return
    try:
        shutil.copytree(profile, Path(staging, "p"), symlinks=True)
        os.rename(Path(staging, "p"), template)
    except OSError:  # another process was first
        pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)
