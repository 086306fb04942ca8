"""Coverage-guided fuzzing (atheris/libFuzzer) of the ingest-and-parse entry point, one format at a time.

    .venv/bin/python fuzz/fuzz_parse.py FORMAT [--workdir=DIR] [libFuzzer options] [FILE or DIR ...]

FORMAT is text, html, docx, pdf, or all (the seeds of every format in one run: the reader is
chosen by the content, as for any file). The input is a whole file handed to
`extractor.pipeline.parse` as bytes, so a finding is a file `notices parse` can be run on. Seeds
are the repository's samples of that format (corpus notices, fixtures, earlier findings in
fixtures/fuzz/); the corpus grown by the run and any finding (`crash-*`, `timeout-*`, `oom-*`)
are kept in DIR (default fuzz/work/FORMAT). Files or folders named after the options replace the
corpus and seeds; files are run once each (to replay a finding). A zip (DOCX) is mostly mutated
inside: one XML part unpacked, mutated, packed again, so that the fuzzer reaches the reader rather
than the zip checksum.

A refusal with `NoticeError` is the expected answer to a bad file. Any other exception, a
parse running past -timeout seconds, or the process growing past -rss_limit_mb is a finding.
"""
from __future__ import annotations

import io
import shutil
import sys
import zipfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Per format: globs of seed files (relative to the repository) and the largest input tried.
FORMATS = {
    "text": (["corpus/*.txt", "fixtures/bad/*.txt", "fixtures/fuzz/*.txt"], 32 * 1024),
    "html": (["fixtures/html/*.html", "fixtures/fuzz/*.html"], 32 * 1024),
    "docx": (["fixtures/docx/*.docx", "fixtures/bad/*.docx", "fixtures/fuzz/*.docx"], 64 * 1024),
    "pdf": (["fixtures/ingest/*.pdf", "fixtures/bad/*.pdf", "fixtures/fuzz/*.pdf"], 16 * 1024),
}
FORMATS["all"] = ([g for globs, _ in FORMATS.values() for g in globs], max(n for _, n in FORMATS.values()))
DEFAULT_OPTIONS = ["-timeout=20", "-rss_limit_mb=2048"]
# Tokens libFuzzer may insert (its -dict): the words of notices and the syntax of the four formats.
DICTIONARY = [
    # notices: outline markers, official-document elements, time expressions, tables, targets
    "一、", "十二、", "（一）", "(二)", "1.", "（3）", "①", "第一章", "第二部分", "附件：", "附件2", "抄送：", "主送：",
    "联系人：", "联系电话：", "签发人：", "〔2023〕8号", "（此件公开发布）", "关于印发《", "》的通知", "实施方案",
    "人民政府办公室", "二〇二三年", "一九九八年", "年", "月", "日", "前", "底", "上旬", "下半年", "第三季度", "至",
    "个工作日", "自印发之日起", "牵头单位", "责任单位", "时间进度", "达到", "%", "以上", "\t", "\r\n",
    "\ufeff", "\u3000",
    # HTML
    "<html>", '<meta charset="gbk">', '<meta charset="big5">', '<?xml version="1.0" encoding="utf-8"?>', "<title>",
    "<h1>", "<table>", "<tr>", '<td colspan="2">', "<br>", "<p>", '<div class="article">', "<script>", "<!DOCTYPE",
    "<!ENTITY", "&#x", "&nbsp;",
    # DOCX (WordprocessingML)
    "<w:p>", "<w:r>", "<w:t>", "<w:tbl>", "<w:tr>", "<w:tc>", "<w:sdt>", "<w:sdtContent>", "<w:br/>", "<w:tab/>",
    "<w:sym/>", "<w:noBreakHyphen/>", "w:numId", "w:ilvl", 'w:val="', "w:gridSpan", "w:vMerge", "w:startOverride",
    "w:lvlOverride", "w:lvlRestart", "w:isLgl", "w:basedOn", "w:pStyle", "w:jc", "w:suff", "w:lvlText", "%1", "%9",
    "upperLetter", "lowerRoman", "upperRoman", "bullet", "none", "chineseCounting", "chineseLegalSimplified",
    "ideographTraditional", "ideographZodiac", "decimalEnclosedCircle", "decimalFullWidth", "2147483647", "-1",
    # PDF
    "%PDF-1.7", "%%EOF", "startxref", "trailer", "xref", "obj", "endobj", "stream", "endstream", " 0 R", "<<", ">>",
    "/Type /Page", "/Kids", "/Count", "/Contents", "/MediaBox", "/Resources", "/Font", "/Type0", "/Identity-H",
    "/ToUnicode", "/Encrypt", "/ObjStm", "/XRef", "/Filter /FlateDecode", "/Length", "/Rotate", "beginbfchar",
    "beginbfrange", "begincodespacerange", "BT", "ET", "Tf", "Td", "Tm", "Tj", "TJ", "re", "cm", "Do",
]
INSTRUMENTED = ["extractor", "pdfminer", "pdfplumber", "docx", "charset_normalizer", "trafilatura"]

with atheris.instrument_imports(include=INSTRUMENTED):  # the readers import their libraries lazily: import now
    import charset_normalizer  # noqa: F401
    import docx  # noqa: F401
    import pdfminer.pdfdocument  # noqa: F401
    import pdfplumber  # noqa: F401
    import trafilatura  # noqa: F401

    import extractor.ingest.docx  # noqa: F401
    import extractor.ingest.html  # noqa: F401
    import extractor.ingest.pdf  # noqa: F401
    import extractor.ingest.text  # noqa: F401
    from extractor.errors import NoticeError
    from extractor.pipeline import EXTRACTORS, _extractor, parse

    for _, module in EXTRACTORS:
        _extractor(module)


def parse_one(data: bytes) -> None:
    try:
        parse(data, filename="fuzz")
    except NoticeError as e:
        if not e.reason or "\n" in e.reason:
            raise AssertionError(f"NoticeError is not one line: {e.reason!r}") from None


def mutate(data: bytes, max_size: int, seed: int) -> bytes:
    """libFuzzer's mutation of the bytes, except for a zip: seven times in eight, one of its XML
    parts (chosen by seed) is mutated and the zip packed again."""
    if data.startswith(b"PK\x03\x04") and seed % 8:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                parts = {i.filename: zf.read(i) for i in zf.infolist()}
        except Exception:  # not a readable zip (any more): raw mutation
            parts = None
        xml = sorted(n for n in parts or {} if n.endswith((".xml", ".rels")))
        if xml:
            name = xml[(seed // 8) % len(xml)]
            parts[name] = atheris.Mutate(parts[name], max(len(parts[name]) * 2, 256))
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
                for n, content in parts.items():
                    zf.writestr(n, content)
            if len(out.getvalue()) <= max_size:
                return out.getvalue()
    return atheris.Mutate(data, max_size)


def write_dictionary(path: Path) -> None:
    """DICTIONARY in libFuzzer's format: one quoted token per line, bytes outside printable ASCII as \\xNN."""
    def quoted(token: str) -> str:
        return "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}" for b in token.encode())
    path.write_text("".join(f'"{quoted(t)}"\n' for t in DICTIONARY), encoding="ascii")


def seed_files(fmt: str) -> list[Path]:
    globs, max_len = FORMATS[fmt]
    return [p for g in globs for p in sorted(ROOT.glob(g)) if 0 < p.stat().st_size <= max_len]


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in FORMATS:
        sys.exit(f"usage: {argv[0]} {{{','.join(FORMATS)}}} [--workdir=DIR] [libFuzzer options] [FILE or DIR ...]")
    fmt = argv[1]
    workdir = ROOT / "fuzz" / "work" / fmt
    options, inputs = [], []
    for arg in argv[2:]:
        if arg.startswith("--workdir="):
            workdir = Path(arg.split("=", 1)[1]).resolve()
        else:
            (options if arg.startswith("-") else inputs).append(arg)
    workdir.mkdir(parents=True, exist_ok=True)
    seeds = seed_files(fmt)
    if not inputs:  # the kept corpus and fresh copies of the seeds (libFuzzer ends the process: no clean-up after)
        corpus, seed_dir = workdir / "corpus", workdir / "seeds"
        corpus.mkdir(exist_ok=True)
        shutil.rmtree(seed_dir, ignore_errors=True)
        seed_dir.mkdir()
        for p in seeds:
            shutil.copy(p, seed_dir / f"{p.parent.name}_{p.name}")
        inputs = [str(corpus), str(seed_dir)]
    for p in seeds[:1]:  # load the lazily imported models and lexicons before the clock starts
        parse_one(p.read_bytes())
    names = {o.split("=")[0] for o in options}
    write_dictionary(workdir / "parse.dict")
    defaults = DEFAULT_OPTIONS + [f"-max_len={FORMATS[fmt][1]}", f"-artifact_prefix={workdir}/",
                                  f"-dict={workdir / 'parse.dict'}"]
    args = [argv[0], *[o for o in defaults if o.split("=")[0] not in names], *options, *inputs]
    atheris.Setup(args, parse_one, custom_mutator=mutate)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
