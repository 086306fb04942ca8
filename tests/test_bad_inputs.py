"""Every bad input gets its answer in each entry point: `notices parse`, `notices index` (SQLite and
PostgreSQL) and the API.

The inputs: fixtures/bad/* (scripts/make_bad_fixtures.py), the large ones made here with the
script's functions (a zip bomb, megabytes of nested HTML, a sparse file over the size limit), and
the folder's own hazards: an unreadable file, symbolic-link loops, links leading out of the
folder, a file that vanishes during a run.

Root reads a file whatever its mode, and these tests may run as root: the commands then run under
`setpriv` without the two capabilities that let root ignore permissions (CAP_DAC_OVERRIDE,
CAP_DAC_READ_SEARCH), so a mode-000 file is as unreadable to them as to any user.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select
from test_store import store_url  # noqa: F401  (the fresh SQLite / PostgreSQL store fixture)

from api.app import create_app
from extractor.ingest import MAX_BYTES
from extractor.pipeline import parse
from extractor.store import models as m
from extractor.store.db import open_store
from extractor.store.indexer import find_files, index
from extractor.store.queries import failures

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "fixtures" / "bad"
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
GOOD = CORPUS[:2]
NOTICES = str(Path(sys.executable).parent / "notices")

_spec = importlib.util.spec_from_file_location("make_bad_fixtures", ROOT / "scripts" / "make_bad_fixtures.py")
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)

# name -> (kind, words the one-line reason holds)
REFUSED = {
    "billion_laughs.docx": ("corrupt", "declares a DTD"),
    "xxe.docx": ("corrupt", "declares a DTD"),
    "empty.txt": ("empty", "file is empty"),
    "encrypted.pdf": ("encrypted", "encrypted (password protected)"),
    "nul.txt": ("corrupt", "NUL bytes"),
    "random.pdf": ("corrupt", "NUL bytes"),
    "png.docx": ("corrupt", "damaged image"),  # an image is OCR'd: this one cannot be decoded
    "scanned.pdf": ("no_text", "no text layer"),
    "unmapped_font.pdf": ("no_text", "without a Unicode map"),
    "truncated.pdf": ("corrupt", "truncated"),
    "nested.pdf": ("corrupt", "nested too deeply"),
    # made here
    "bomb.docx": ("too_large", "zip bomb"),
    "nested.html": ("corrupt", "nested more than 256 deep"),
    "huge_node.html": ("too_large", "run of text over 10 MB without a tag"),
    "oversize.txt": ("too_large", f"over the {MAX_BYTES >> 20} MB limit"),
    "unreadable.txt": ("unreadable", "permission denied"),
}
# name -> the encoding it is read in: files a careless reader gets wrong, read right
READ = {"gbk.txt": "gb18030", "big5.txt": "big5", "utf16_bom.txt": "utf-16-le", "mixed.txt": "utf-8",
        "mostly_gbk.txt": "utf-8", "lying_charset.html": "utf-8", "malformed_xref.pdf": None,
        "hidden_text.pdf": None, "hidden_text_ruled.pdf": None, "hidden_text_unmapped.pdf": None, "pdf_member.docx": None,
        "alt_chunk.docx": None,
        "alt_chunk_mht.docx": None}
MADE_HERE = {"bomb.docx", "nested.html", "huge_node.html", "oversize.txt", "unreadable.txt"}
# `notices parse` only: paths that are not files to read
NOT_FILES = {"loop_a.txt": "symbolic link", "gone.txt": "no such file"}
STATUS = {"too_large": 413, "unsupported": 415}  # any other kind: 422


def notices(*args: str) -> subprocess.CompletedProcess:
    """The command, unable to read what its user may not read, even as root."""
    unprivileged = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*unprivileged, NOTICES, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A folder of every bad input, two good notices and the folder hazards; beside it, `outside/`
    holds a notice that only links from inside the folder lead to."""
    base = tmp_path_factory.mktemp("bad")
    folder, outside = base / "archive", base / "outside"
    folder.mkdir()
    outside.mkdir()
    for p in [*BAD.iterdir(), *GOOD]:
        shutil.copy(p, folder / p.name)
    make.zip_bomb(folder / "bomb.docx")
    make.nested_html(folder / "nested.html")
    make.huge_text_node_html(folder / "huge_node.html")
    make.oversize_file(folder / "oversize.txt")
    shutil.copy(CORPUS[2], folder / "unreadable.txt")
    (folder / "unreadable.txt").chmod(0)
    shutil.copy(CORPUS[3], outside / "notice.txt")
    (folder / "outside.txt").symlink_to(outside / "notice.txt")
    (folder / "outside_relative.txt").symlink_to(Path("..", "outside", "notice.txt"))
    (folder / "outside_dir").symlink_to(outside, target_is_directory=True)
    (folder / "loop_a.txt").symlink_to("loop_b.txt")
    (folder / "loop_b.txt").symlink_to("loop_a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)
    return folder


def test_every_fixture_has_its_expected_answer():
    assert {p.name for p in BAD.iterdir()} == (set(REFUSED) | set(READ)) - MADE_HERE


def test_the_inputs_made_here_are_what_they_claim(archive):
    bomb = archive / "bomb.docx"
    assert bomb.stat().st_size < 4 << 20
    assert sum(i.file_size for i in zipfile.ZipFile(bomb).infolist()) >= 2 << 30
    assert (archive / "nested.html").stat().st_size > 4 << 20
    oversize = (archive / "oversize.txt").stat()
    assert oversize.st_size > MAX_BYTES and oversize.st_blocks * 512 < 1 << 20  # sparse: no disk taken


# ---------------------------------------------------------------- notices parse

@pytest.fixture(scope="module")
def parsed(archive) -> dict[str, subprocess.CompletedProcess]:
    """`notices parse` of every input, a few at a time."""
    names = [*REFUSED, *READ, *NOT_FILES]
    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        return dict(zip(names, pool.map(lambda n: notices("parse", str(archive / n)), names)))


def reason(done: subprocess.CompletedProcess, path: Path) -> str:
    """The reason `notices parse` gave, once its one line is checked."""
    assert (done.returncode, done.stdout) == (2, "")
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    prefix = f"notices: {path}: "
    assert done.stderr.startswith(prefix)
    return done.stderr[len(prefix):].rstrip("\n")


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_parse_refuses_with_one_line(name, parsed, archive):
    assert REFUSED[name][1] in reason(parsed[name], archive / name)


@pytest.mark.parametrize("name", sorted(NOT_FILES))
def test_parse_of_a_link_loop_or_a_vanished_file_is_one_line(name, parsed, archive):
    assert NOT_FILES[name] in reason(parsed[name], archive / name).lower()


@pytest.mark.parametrize("name", sorted(READ))
def test_parse_reads_what_can_be_read(name, parsed):
    done = parsed[name]
    assert done.returncode == 0 and done.stderr == ""
    plan = json.loads(done.stdout)
    assert plan["source"]["encoding"] == READ[name]
    assert plan["tasks"] or plan["sections"] or len(plan["text"]) > 200


def test_a_pdf_with_a_wrong_cross_reference_table_reads_as_the_intact_file(parsed, tmp_path):
    make.write_pdf(tmp_path / "intact.pdf", [make.notice_page()])
    intact = parse(tmp_path / "intact.pdf")
    repaired = json.loads(parsed["malformed_xref.pdf"].stdout)
    assert repaired["text"] == intact.text and "山阴县" in intact.text
    assert repaired["source"]["warnings"] == [*intact.source.warnings,
                                              "damaged PDF structure (cross-reference table): read after rebuilding it"]


# ---------------------------------------------------------------- notices index

@pytest.mark.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)
def test_index_records_each_bad_file_with_its_reason_and_stores_every_good_one(store_url, archive, parsed):  # noqa: F811
    done = notices("index", str(archive), "--db", store_url, "--workers", "2", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    good = {p.name for p in GOOD} | set(READ)
    loops = {name: ("unreadable", reason(parsed["loop_a.txt"], archive / "loop_a.txt"))
             for name in ("loop_a.txt", "loop_b.txt")}  # failures too, never skipped unsaid
    assert (report["files"], report["indexed"], report["failed"], report["skipped"]) == \
        (len(good) + len(REFUSED) + len(loops), len(good), len(REFUSED) + len(loops), 0)

    listed = json.loads(notices("failures", "--db", store_url, "--format", "json").stdout)
    assert {Path(f["path"]).relative_to(archive).as_posix(): (f["kind"], f["error"]) for f in listed} == \
        {name: (kind, reason(parsed[name], archive / name)) for name, (kind, _) in REFUSED.items()} | loops

    engine = create_engine(store_url)
    with engine.connect() as conn:
        stored = dict(conn.execute(select(m.NoticePath.path, m.NoticeRow.title).join(m.NoticeRow)
                                   .where(m.NoticeRow.status == "ok")).all())
    engine.dispose()
    # every good file, and nothing through a link out of the folder or round a loop
    assert {Path(p).relative_to(archive).as_posix() for p in stored} == good
    for p in GOOD:
        assert stored[str(archive / p.name)] == parse(p).meta.title


def test_a_file_that_vanishes_during_a_run_is_recorded_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, src in (("a_kept.txt", GOOD[0]), ("b_before_hashing.txt", GOOD[1]),
                      ("c_before_parsing.txt", CORPUS[2])):
        shutil.copy(src, folder / name)
    engine = open_store(f"sqlite:///{tmp_path / 'notices.db'}", create=True)
    files = find_files([folder])
    (folder / "b_before_hashing.txt").unlink()

    def start(total: int):  # called once the files are hashed, before any is parsed
        (folder / "c_before_parsing.txt").unlink()
        return lambda _path, _parsed: None

    report = index(engine, files, workers=1, timeout=60, progress=start)
    assert (report.files, report.indexed, report.failed) == (3, 1, 2)
    with engine.connect() as conn:
        recorded = {Path(f["path"]).name: (f["kind"], f["error"]) for f in failures(conn)}
        ok = conn.execute(select(m.NoticePath.path).join(m.NoticeRow).where(m.NoticeRow.status == "ok")).scalars()
        assert [Path(p).name for p in ok] == ["a_kept.txt"]
    assert recorded == {"b_before_hashing.txt": ("unreadable", "no such file"),
                        "c_before_parsing.txt": ("unreadable", "no such file")}
    engine.dispose()


def test_an_unreadable_file_is_retried_once_readable_and_a_stored_one_is_kept(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    a, b = folder / "a.txt", folder / "b.txt"
    shutil.copy(GOOD[0], a)
    shutil.copy(GOOD[1], b)
    b.chmod(0)
    db = str(tmp_path / "notices.db")

    def run(*args: str) -> dict:
        return json.loads(notices("index", *args, "--db", db, "--workers", "1", "--json").stdout)

    def state() -> dict[str, tuple[str, str]]:
        engine = create_engine(f"sqlite:///{db}")
        with engine.connect() as conn:
            rows = conn.execute(select(m.NoticePath.path, m.NoticeRow.status, m.NoticeRow.error).join(m.NoticeRow))
            out = {Path(p).name: (status, error) for p, status, error in rows}
        engine.dispose()
        return out

    assert (run(str(folder))["indexed"], state()) == (1, {"a.txt": ("ok", None), "b.txt": ("failed", "permission denied")})
    b.chmod(0o644)
    assert run("--retry-failed")["indexed"] == 1
    assert state() == {"a.txt": ("ok", None), "b.txt": ("ok", None)}
    a.chmod(0)  # a notice stored before: the failure is reported, the notice kept
    report = run(str(folder))
    assert (report["failed"], report["skipped"], report["failures"][0]["error"]) == (1, 1, "permission denied")
    assert state() == {"a.txt": ("ok", None), "b.txt": ("ok", None)}


# ---------------------------------------------------------------- the API

def test_api_answers_each_bad_upload_with_its_status_and_keeps_serving(archive, parsed, tmp_path):
    with TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'notices.db'}")) as client:
        def upload(name: str):
            with (archive / name).open("rb") as f:
                return client.post("/v1/notices", files={"file": (name, f)})

        for p in GOOD:
            assert upload(p.name).status_code == 201
        for name, (kind, _words) in REFUSED.items():
            if name == "unreadable.txt":  # a client cannot send what it cannot read
                continue
            r = upload(name)
            assert (r.status_code, r.json()["error"]) == (STATUS.get(kind, 422), kind), name
            if name == "oversize.txt":  # refused by its length, before it is read
                assert "larger than" in r.json()["detail"]
            else:  # the reason `notices parse` gives
                assert r.json()["detail"] == reason(parsed[name], archive / name)
            assert client.get("/healthz").json()["status"] == "ok"
        for name, encoding in READ.items():
            r = upload(name)
            assert r.status_code == 201 and r.json()["plan"]["source"]["encoding"] == encoding, name
        assert client.get("/v1/notices").json()["total"] == len(GOOD) + len(READ)


# ---------------------------------------------------------------- readers: what they must not believe

@pytest.mark.parametrize("name", ["hidden_text.pdf", "hidden_text_ruled.pdf", "hidden_text_unmapped.pdf"])
def test_text_a_viewer_does_not_show_is_left_out_with_a_warning(name):
    """Invisible (render mode 3), white, off-page and 0.01 pt lines name units and deadlines that
    must not be read; on the ruled page the table reader (pdfplumber) reads it and drops them too,
    and on the page whose font has no Unicode map, read from pdfium's glyph codes, so does that."""
    from extractor.ingest.pdf import _pdfium_lines
    data = (BAD / name).read_bytes()
    fast, _hidden, glyph_lines, _cover = _pdfium_lines(data, 1, [])
    assert (fast[0] is None) == (name != "hidden_text.pdf")  # which reader read the page
    assert (1 in glyph_lines) == (name == "hidden_text_unmapped.pdf")
    plan = parse(BAD / name)
    assert "山阴县" in plan.text
    for unit in ("教育局", "财政局", "公安局", "卫健委", "2031", "2032", "2033", "2034"):
        assert unit not in plan.text
    assert not [d for d in plan.deadlines if d.date and d.date.year > 2030]
    assert [w for w in plan.source.warnings if "characters a viewer does not show" in w] == \
        [f"page 1: {sum(len(t) for _, _, t, _ in make.HIDDEN_LINES)} characters a viewer does not show "
         "(invisible, white, off the page or under 1 pt) left out"]


def test_the_invisible_text_layer_of_a_scan_is_its_content(tmp_path):
    """The same page drawn visibly, without the scan's image, reads the same."""
    plan = parse(ROOT / "fixtures" / "ingest" / "ocr_layer.pdf")
    make.write_pdf(tmp_path / "visible.pdf", [make.notice_page()])
    assert plan.text == parse(tmp_path / "visible.pdf").text and "山阴县" in plan.text
    assert plan.source.warnings == []


def test_a_declared_charset_the_bytes_belie_is_not_obeyed_and_a_warning_says_so():
    """It reads as the page declaring its true charset does (it was mojibake, without a warning)."""
    data = (BAD / "lying_charset.html").read_bytes()
    plan = parse(data)
    assert plan.source.warnings == ["the page declares charset gb2312, but its bytes are utf-8: read as utf-8"]
    assert plan.text == parse(data.replace(b"charset=gb2312", b"charset=utf-8")).text and "总局" in plan.text


def test_lines_mostly_in_gbk_among_utf8_ones_are_decoded_line_by_line():
    """It reads as the same lines all in UTF-8 do (it was called binary data)."""
    plan = parse(BAD / "mostly_gbk.txt")
    assert plan.source.warnings == ["mixed encodings: 8 line(s) not UTF-8, decoded as gb18030"]
    assert plan.text == parse(("\n".join(make.corpus_lines("004")[:12]) + "\n").encode("utf-8")).text


@pytest.mark.parametrize("name, chunk", [("alt_chunk.docx", "word/afchunk.htm"), ("alt_chunk_mht.docx", "word/afchunk.mht"),
                                         ("pdf_member.docx", None)])
def test_a_docx_holding_its_text_in_an_alt_chunk_or_a_pdf_first_is_read_as_a_docx(name, chunk):
    """An altChunk (was 'no text') reads as its HTML does alone; the DOCX whose first member is a
    PDF (was 'truncated PDF') as its lines in a text file do."""
    from extractor.ingest.docx import _mht_html
    plan = parse(BAD / name)
    assert plan.source.format == "docx"
    if chunk is None:
        alone = parse(("\n".join(make.corpus_lines("003")[12:24]) + "\n").encode("utf-8"))
    else:
        data = zipfile.ZipFile(BAD / name).read(chunk)
        alone = parse(_mht_html(data) if chunk.endswith(".mht") else data)
    assert len(plan.text) > 200 and "".join(plan.text.split()) == "".join(alone.text.split())


# ---------------------------------------------------------------- limits: every stage linear or bounded

# name -> None (read) or the words of the one-line too_large reason; the inputs: make.HOSTILE
LIMITS = {
    "numbering.docx": None, "grid_span.docx": "cell limit", "lying_size.docx": "inflates past its declared",
    "paragraphs.docx": "paragraphs or more, over the 100000 limit",
    "flate_bomb.pdf": "compression bomb", "path_bomb.pdf": "compression bomb", "rectangles.pdf": None,
    "tounicode.pdf": "font map spans 4294967296 codes", "grid.pdf": None,
    "wide_table.html": "cell limit", "elements.html": None,
    "tab_row.txt": None, "one_line.txt": None, "outline.txt": "paragraphs or more", "headings.txt": "paragraphs or more",
    "repeats.txt": None, "pinyin.txt": None, "cells.txt": "paragraphs or more",
}
MAX_RSS = 1536 << 20


def parse_measured(path: Path) -> tuple[subprocess.CompletedProcess, int]:
    """`notices parse` of the file in a child, and the child's peak resident memory in bytes."""
    with open(path.parent / (path.name + ".err"), "w+") as err:
        child = subprocess.Popen([NOTICES, "parse", str(path), "--format", "json"], stdout=subprocess.PIPE,
                                 stderr=err, text=True)
        out = child.stdout.read()
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return subprocess.CompletedProcess(child.args, child.returncode, out, err.read()), usage.ru_maxrss * 1024


@pytest.fixture(scope="module")
def limited(tmp_path_factory) -> dict[str, tuple[Path, subprocess.CompletedProcess, int]]:
    folder = tmp_path_factory.mktemp("limits")

    def run(name: str):
        make.HOSTILE[name](folder / name)
        return (folder / name, *parse_measured(folder / name))

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(LIMITS, pool.map(run, LIMITS)))


def test_every_hostile_input_is_checked():
    assert set(LIMITS) == set(make.HOSTILE)


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_a_hostile_input_is_read_or_refused_in_one_line_in_bounded_memory(name, limited):
    path, done, peak = limited[name]
    assert path.stat().st_size < 16 << 20
    assert peak < MAX_RSS, f"{name}: {peak >> 20} MB"
    if LIMITS[name] is None:
        assert done.returncode == 0, done.stderr
        plan = json.loads(done.stdout)
        assert len(plan["text"]) > 200
    else:
        assert LIMITS[name] in reason(done, path)


def test_the_limits_warn_when_a_page_is_read_without_tables(limited):
    warnings = {name: json.loads(limited[name][1].stdout)["source"]["warnings"] for name in ("rectangles.pdf", "grid.pdf")}
    assert warnings == {"rectangles.pdf": ["page 1: draws 500000 paths, over the 20000 limit: read without tables"],
                        "grid.pdf": ["page 1: ruled into 14641 crossings, over the 5000 limit: read as text, without tables"]}


def lines_run(fn, *args) -> int:
    """How many lines of Python `fn` runs (its callees in the same module included): a count of
    work that does not depend on the machine's load."""
    module = fn.__code__.co_filename
    count = 0

    def trace(frame, event, _arg):
        nonlocal count
        if frame.f_code.co_filename != module:
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def _cell_lines(n: int) -> str:
    return "标题\n" + "\t牵头单位\n" * n


def _repeated_pieces(n: int):
    from extractor.normalize import _Piece
    article = make.corpus_lines("000")[:20]
    return [_Piece.of(t, k) for k, t in enumerate(line for _ in range(n) for line in article)]


def _tagged_tasks(n: int):
    """n tasks, each with its deadline and unit tag (a county task list): (notice, its deadlines found)."""
    from extractor.extract import Found, deadlines, snippet_notice
    notice = snippet_notice("\n".join(f"{k}.完成第{k}批检测机构的资质认定工作，6月30日前完成。（牵头单位：县农业农村局；"
                                      f"配合单位：县市场监管局）" for k in range(1, n + 1)), date="2023-03-01")
    found = Found()
    found.deadlines = deadlines.extract(notice, found)
    return notice, found


def _citations(n: int):
    from extractor.extract import snippet_notice
    return snippet_notice("\n".join(f"根据《关于印发第{k}号工作方案的通知》（晋政办发〔2023〕{k}号）要求，认真落实。"
                                     for k in range(1, n + 1))),


@pytest.mark.parametrize("stage, make_input", [
    ("text_blocks", _cell_lines),           # one cell per line: each group was rescanned from every line
    ("drop_repeats", _repeated_pieces),     # repeated articles: the file was rescanned after each repeat
    ("responsibilities", _tagged_tasks),    # each tag's deadline was looked for among all the notice's deadlines
    ("references", _citations),             # each citation was checked against every one found before
])
def test_doubling_the_input_doubles_the_work(stage, make_input):
    from extractor import normalize
    from extractor.extract import references, responsibilities
    from extractor.ingest import text
    fn = {"text_blocks": text.text_blocks, "drop_repeats": normalize.drop_repeats,
          "responsibilities": responsibilities.extract, "references": references.find_references}[stage]

    def args(n):
        made = make_input(n)
        return made if isinstance(made, tuple) else (made,)
    small, large = lines_run(fn, *args(2000)), lines_run(fn, *args(4000))
    assert large <= 2.2 * small, (small, large)


def test_an_unclosed_pinyin_bracket_is_read_in_one_pass():
    """288 KB and 2.3 MB of toned pinyin after one opening bracket (the pattern backtracked: 144 KB
    took 29 s, 288 KB 128 s, so 2.3 MB would take hours); a closed reading is still removed."""
    from extractor.normalize import _Piece, strip_readings
    for size in (288 << 10, 2300 << 10):
        text = "质(" + "zhì" * (size // 4)
        assert strip_readings([_Piece.of(text, 0)])[0].text == text
    assert strip_readings([_Piece.of("质(zhì)量(liàng)", 0)])[0].text == "质量"
