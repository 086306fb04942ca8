"""The web page says in Chinese why a file was refused (api/messages.yaml, api.web.in_chinese): every reason
the code writes has its Chinese form, and real refused uploads and index-job failures show it."""
from __future__ import annotations

import ast
import gzip
import importlib.util
import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from api.app import create_app
from api.web import PART, in_chinese
from extractor.errors import NoticeError
from extractor.ingest import read_bytes, read_file

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "fixtures" / "bad"
# Where messages for a person are written: the reason of a refused file, of a failed parse, of an API error,
# and the readers' warnings.
SOURCES = [*sorted((ROOT / "extractor").rglob("*.py")), ROOT / "api" / "app.py"]

_spec = importlib.util.spec_from_file_location("make_bad_fixtures", ROOT / "scripts" / "make_bad_fixtures.py")
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)


def _sample(node: ast.expr) -> str | None:
    """A message the expression may give, each of its varying parts written as `1`; None if not a string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "1" for v in node.values)
    return None


def _strings(node: ast.expr, tree: ast.Module, functions: dict[str, list[ast.FunctionDef]]) -> list[str]:
    """What the expression can be: a string; a name assigned strings in its module (INSTALL, `reason = ...`);
    the strings a function of that name returns (`self.over_budget()`, `ocr.summary(...)`)."""
    text = _sample(node)
    if text is not None:
        return [text]
    if isinstance(node, ast.Subscript):                   # f"...".splitlines()[0]
        return _strings(node.value, tree, functions)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _sample(node.func.value):
        return _strings(node.func.value, tree, functions)
    if isinstance(node, ast.Name):
        return [s for a in ast.walk(tree) if isinstance(a, ast.Assign)
                for t in a.targets if isinstance(t, ast.Name) and t.id == node.id
                for s in [_sample(a.value)] if s is not None]
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        return [s for f in functions.get(name, []) for r in ast.walk(f) if isinstance(r, ast.Return) and r.value
                for s in [_sample(r.value)] if s is not None]
    return []


def messages_in_code() -> dict[str, str]:
    """Every message the code writes for a person, as a sample -> where: the reason of a NoticeError, an
    OutsideRoots, a question's QueryError, a failed parse's `Parsed(error=...)`, an ApiError's detail, a
    warning appended to `warnings`."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in SOURCES}
    functions: dict[str, list[ast.FunctionDef]] = {}
    for tree in trees.values():
        for f in ast.walk(tree):
            if isinstance(f, ast.FunctionDef):
                functions.setdefault(f.name, []).append(f)
    found = {}
    for path, tree in trees.items():
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            owner = call.func.value if isinstance(call.func, ast.Attribute) else None
            said = []
            if callee in ("NoticeError", "OutsideRoots", "QueryError", "PeriodError") and call.args:
                said = [call.args[0]]
            elif callee == "ApiError" and len(call.args) >= 3:
                said = [call.args[2]]
            elif callee == "Parsed":
                said = [k.value for k in call.keywords if k.arg == "error"]
            elif callee in ("append", "insert") and "warnings" in ast.unparse(owner or call.func):
                said = call.args[-1:]
            parts = [v.value for node in said for f in ast.walk(node) if isinstance(f, ast.JoinedStr)
                     for v in f.values if isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Call)]
            # (a part a function gives, exit_reason(...), _one_line(e): its strings are messages too)
            for node in said + parts:
                for text in _strings(node, tree, functions):
                    found[text] = f"{path.relative_to(ROOT)}:{call.lineno}"
    return found


def test_every_message_the_code_writes_has_a_chinese_form():
    found = messages_in_code()
    assert len(found) > 90          # the collection works: 55 NoticeError reasons and the rest
    assert [f"{where}: {text}" for text, where in found.items() if in_chinese(text) is None] == []


def test_every_reason_the_readmes_bad_input_table_quotes_has_a_chinese_form():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| input | `notices parse`: the reason"):]
    table = table[:table.index("\n\n")]
    quoted = [q for row in table.splitlines()[2:] for cell in row.split(" | ")[1:3] for q in re.findall(r"`([^`]+)`", cell)
              if " " in q and "…" not in q and not q.startswith("--")]      # (not an option, not cut short)
    assert len(quoted) > 30
    assert [q for q in quoted if in_chinese(q) is None] == []


def test_each_chinese_form_keeps_every_part_of_the_english_one():
    entries = yaml.safe_load((ROOT / "api" / "messages.yaml").read_text(encoding="utf-8"))["messages"]
    assert [e["en"] for e in entries if sorted(set(PART.findall(e["en"]))) != sorted(set(PART.findall(e["zh"])))] == []
    assert len({e["en"] for e in entries}) == len(entries)


def test_the_figures_stay_and_the_parts_read_in_chinese_too():
    assert in_chinese("file is 51 MB, over the 50 MB limit") == "文件大小为 51 MB，超过 50 MB 的上限"
    assert in_chinese("PDF content stream at byte 2515 inflates past 16 MB (compression bomb?)") == \
        "PDF 的内容流（第 2515 字节处）解压后超过 16 MB（疑为压缩炸弹）"
    assert in_chinese("unsupported file type (7z archive)") == "不支持的文件类型（7z 压缩包）"
    assert in_chinese("not a regular file: a named pipe (FIFO)") == "不是普通文件，而是命名管道（FIFO）"
    assert in_chinese("the worker process died while parsing it (killed by SIGSEGV)") == \
        "解析进程在解析这个文件时意外终止（被信号 SIGSEGV 终止）"
    assert in_chinese("needed more than the 2048 MB of memory a worker may use (--memory-mb); stopped") == \
        "所需内存超过解析进程可用的 2048 MB（--memory-mb），已停止"
    # a library's own words are kept, marked as English, and escaped
    assert in_chinese("damaged PDF: no page could be read (page 1 could not be read (bad <stream>))") == \
        'PDF 文件已损坏：没有一页能读取（第 1 页无法读取（<span lang="en">bad &lt;stream&gt;</span>））'
    assert in_chinese("cannot read: Too many levels of symbolic links") == \
        '无法读取：<span lang="en">Too many levels of symbolic links</span>'
    # a message longer than any the code writes (a hostile file's zip member names) is shown as written
    assert in_chinese("damaged DOCX (part " + "x: (part " * 2000 + "y: z)") is None
    # a part named twice must be the same text
    assert in_chinese("the page declares charset gb2312, but its bytes are utf-8: read as gbk") is None


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in names:
            z.writestr(name, "<x/>")
    return out.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
NOT_NOTICES = {  # files that are not notices, by what they are (extractor/ingest/detect.py)
    "picture.gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(32),
    "files.rar": b"Rar!\x1a\x07\x01\x00" + bytes(32),
    "notice.txt.gz": gzip.compress("关于开展检查的通知".encode()),
    "files.7z": b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(32),
    "files.zip": _zip("notice.txt"),
    "table.xlsx": _zip("[Content_Types].xml", "xl/workbook.xml"),
    "slides.pptx": _zip("[Content_Types].xml", "ppt/presentation.xml"),
    "cut.docx": b"PK\x03\x04" + bytes(64),
    "table.xls": OLE + "Workbook".encode("utf-16-le"),
    "slides.ppt": OLE + "PowerPoint Document".encode("utf-16-le"),
}


def test_what_a_file_is_instead_of_a_notice_reads_in_chinese(tmp_path):
    reasons = []
    for name, data in NOT_NOTICES.items():
        with pytest.raises(NoticeError) as refused:
            read_bytes(data, filename=name)
        reasons.append(refused.value.reason)
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(NoticeError) as refused:
        read_file(tmp_path / "pipe.txt")
    reasons.append(refused.value.reason)
    said = {reason: in_chinese(reason) for reason in reasons}
    assert len(said) == len(NOT_NOTICES) + 1                       # each a different reason
    untranslated = re.compile("archive|spreadsheet|presentation|image|damaged|pipe|unsupported")
    assert {reason: zh for reason, zh in said.items() if zh is None or untranslated.search(zh)} == {}
    assert said["unsupported file type (Excel spreadsheet (.xls))"] == "不支持的文件类型（Excel 电子表格（.xls））"
    assert said["not a regular file: a named pipe (FIFO)"] == "不是普通文件，而是命名管道（FIFO）"


def client(tmp_path, **settings) -> TestClient:
    return TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'notices.db'}", **settings))


def shown(page_html: str) -> dict[str, tuple[str, list[str]]]:
    """Each refused file's name -> (what the page says, the parts of it marked as English)."""
    items = lxml_html.fromstring(page_html).xpath("//li[@class='failed']")
    return {li.xpath("string(span[@class='name'])"): (li.xpath("string(span[@class='error'])"),
                                                      li.xpath(".//*[@lang='en']/text()")) for li in items}


REFUSED = {  # a real hostile file -> what the page says of it
    "billion_laughs.docx": "文件已损坏：DOCX 文件的部件 word/document.xml 声明了 DTD（疑为实体扩展攻击），已拒绝读取",
    "xxe.docx": "文件已损坏：DOCX 文件的部件 word/document.xml 声明了 DTD（疑为实体扩展攻击），已拒绝读取",
    "empty.txt": "空文件：文件是空的",
    "encrypted.pdf": "文件已加密：PDF 文件已加密（有密码保护）",
    "nested.pdf": "文件已损坏：PDF 文件已损坏：对象嵌套过深，无法读取",
    "nul.txt": "文件已损坏：这是二进制数据（含 NUL 字节），不是 PDF、DOCX、HTML 或文本文件",
    "random.pdf": "文件已损坏：这是二进制数据（含 NUL 字节），不是 PDF、DOCX、HTML 或文本文件",
    "truncated.pdf": "文件已损坏：PDF 文件已损坏：文件不完整（缺少文件结束标记）",
    "unmapped_font.pdf": "文件中没有可读的文字：PDF 中的文字无法解码（字体缺少 Unicode 映射）",
    "bomb.docx": "文件过大：DOCX 文件解压后有 2048 MB，超过 200 MB 的上限（疑为 zip 炸弹）",
    "lying_size.docx": "文件过大：DOCX 文件的部件 word/document.xml 解压后超过其声明的 52251900 字节（疑为 zip 炸弹）",
    "flate_bomb.pdf": "文件过大：PDF 的内容流（第 ",
    "tounicode.pdf": "文件过大：PDF 字体的映射表涵盖 4294967296 个编码，超过 131072 个的上限（疑为扩展攻击）",
    "archive.7z": "不支持的文件格式：不支持的文件类型（7z 压缩包）",
}


def hostile_files(folder: Path) -> list[Path]:
    """The refused files of fixtures/bad, and hostile files made as tests/test_bad_inputs.py makes them."""
    for name in REFUSED:
        if (BAD / name).exists():
            shutil.copy(BAD / name, folder / name)
    make.zip_bomb(folder / "bomb.docx")
    make.docx_lying_size(folder / "lying_size.docx")
    make.pdf_flate_bomb(folder / "flate_bomb.pdf")
    make.pdf_expanding_tounicode(folder / "tounicode.pdf")
    (folder / "archive.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(256)) * 4)
    return sorted(folder.iterdir())


def test_refused_uploads_say_why_in_chinese(tmp_path):
    files = tmp_path / "hostile"
    files.mkdir()
    paths = hostile_files(files)
    with client(tmp_path) as c:
        page = c.post("/upload", files=[("files", (p.name, p.read_bytes())) for p in paths])
        one = c.post("/upload", files=[("files", ("truncated.pdf", (BAD / "truncated.pdf").read_bytes()))],
                     headers={"x-fragment": "1"})        # the page's script: one file, its <li> back
    said = shown(page.text)
    assert {n: text for n, (text, _) in said.items() if not text.startswith(REFUSED[n])} == {}
    assert re.fullmatch(r"文件过大：PDF 的内容流（第 \d+ 字节处）解压后超过 16 MB（疑为压缩炸弹）", said["flate_bomb.pdf"][0])
    assert {n: english for n, (_, english) in said.items() if english} == {}   # nothing left in English
    assert set(said) == set(REFUSED)
    assert shown(one.text) == {"truncated.pdf": (REFUSED["truncated.pdf"], [])}


def test_an_upload_over_the_size_limit_or_the_memory_budget_says_so_in_chinese(tmp_path):
    lines = (ROOT / "corpus" / "001_1c57926179cc4038.txt").read_text(encoding="utf-8").splitlines()
    copies = "".join(f"<p>{line}（第{i}份）</p>" for i in range(1000) for line in lines)
    big = tmp_path / "big.html"    # 10 MB of paragraphs (as tests/test_api_server.py): the tree outgrows 128 MB
    big.write_text("<html><body><div>" + copies * (1 + (10 << 20) // len(copies.encode())) + "</div></body></html>",
                   encoding="utf-8")
    small = (ROOT / "corpus" / "000_8aa947a709213af4.txt").read_bytes() * 3   # 30 KB: over 0.01 MB, counted as read
    with client(tmp_path, max_upload_mb=0.01) as c:
        over_size = shown(c.post("/upload", files=[("files", ("notice.txt", small))]).text)
    with client(tmp_path, parse_memory_mb=128, parse_workers=1) as c:
        over_memory = shown(c.post("/upload", files=[("files", (big.name, big.read_bytes()))]).text)
    assert over_size == {"notice.txt": ("文件过大：文件超过 10485 字节", [])}
    assert over_memory == {"big.html": ("文件过大：所需内存超过解析进程可用的 128 MB（NOTICES_PARSE_MEMORY_MB），已停止", [])}


def test_a_question_the_deadlines_page_cannot_answer_says_why_in_chinese(tmp_path):
    with client(tmp_path) as c:
        r = c.get("/deadlines", params={"q": "hello"})
    assert r.status_code == 422
    assert lxml_html.fromstring(r.text).xpath("string(//p[@role='alert'])") == (
        "没有看懂这个问题：'hello' 中没有时间、单位或发文机关：请问一个时间（2023年5月、下个月、2019年12月底前）、"
        "一个单位（县农业农村局牵头的）或一个发文机关（县人民政府印发的）")


def test_a_reason_of_a_form_not_known_is_shown_as_written_in_english(tmp_path, monkeypatch):
    import api.web
    monkeypatch.setattr(api.web, "MESSAGES", [])
    with client(tmp_path) as c:
        page = c.post("/upload", files=[("files", ("truncated.pdf", (BAD / "truncated.pdf").read_bytes()))])
    assert shown(page.text) == {"truncated.pdf": ("文件已损坏：damaged PDF: truncated (no end-of-file marker)",
                                                  ["damaged PDF: truncated (no end-of-file marker)"])}


def test_an_index_jobs_failures_and_a_refused_folder_say_why_in_chinese(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    for name in ("truncated.pdf", "encrypted.pdf", "empty.txt"):
        shutil.copy(BAD / name, root / name)
    with client(tmp_path, index_roots=[root], index_workers=1) as c:
        job = c.post("/jobs", data={"folder": str(root)}, follow_redirects=False).headers["location"]
        c.app.state.jobs.wait(120)
        failures = lxml_html.fromstring(c.get(job).text).xpath("//div[@id='job']//ul/li")
        refused = lxml_html.fromstring(c.post("/jobs", data={"folder": str(tmp_path)}).text)
    assert sorted(li.text_content() for li in failures) == [
        f"{root / 'empty.txt'}：文件是空的",
        f"{root / 'encrypted.pdf'}：PDF 文件已加密（有密码保护）",
        f"{root / 'truncated.pdf'}：PDF 文件已损坏：文件不完整（缺少文件结束标记）"]
    assert refused.xpath("string(//p[@id='folder-error'])") == "不允许：文件夹不在配置的可索引文件夹内"
