"""HTML pages saved from government sites: the notice's own text, without the site's frame.

trafilatura finds the main content (navigation, share buttons, comment boxes and related
links left out), with tables; when it returns little, the element holding the most
non-link text is taken instead. One block per paragraph or line, tables as table blocks.
The headline (<h1> matching the <title>, or the <title> without the site name) becomes
`title_hint`. A portal's info table (索引号 / 发文字号 / 发文机关 / 成文日期 cells), which most portals
set above the article's container and the main-text finder leaves out with the frame, is put back
before the text. Parsing never touches the network or resolves entities.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..document import RawBlock, RawDocument
from ..errors import NoticeError, reader_errors
from . import table_rows

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_TITLE_SEP = re.compile(r"\s*[_|｜]\s*|\s+[-—–]+\s+|\s*--\s*")
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "center", "blockquote",
               "pre", "dd", "dt", "tr", "ul", "ol", "form", "header", "footer", "main", "td", "th"}
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "nav", "button", "select", "textarea", "input", "object",
              "svg", "template"}
_HAS_WORDS = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
_FRAME_FIELD = re.compile(r"来源[:：]|发布(?:时间|日期)[:：]|浏览(?:次数|量)|点击(?:数|量|率)|访问量|阅读(?:数|量)|"
                          r"字[体号][:：]|【?\s*[大中小]\s+[大中小]\s+[大中小]|分享到|打印(?:本页|此页)?|关闭(?:本页|窗口)|"
                          r"收藏|纠错|【\s*[大中小]\s*】")
_MIN_CONTENT = 0.5   # trafilatura's text must hold at least this share of the fallback's
MAX_DEPTH = 256      # libxml2's limit on nested elements; a deeper page is refused, not cut short
MAX_ELEMENTS = 50_000  # trafilatura's work grows faster than the page (a portal page has a few thousand)


def read_html(data: bytes) -> RawDocument:
    text, encoding, warnings = decode_html(data)
    with reader_errors("HTML"):        # lxml gives up only on hopeless input
        root = _parse(text)
    if root is None:
        raise NoticeError("HTML page has no content", kind="no_text")
    title = title_hint(root)
    fallback = _largest_container_blocks(root)
    elements = sum(1 for _ in root.iter())
    if elements > MAX_ELEMENTS:
        warnings.append(f"page of {elements} elements, over the {MAX_ELEMENTS} limit of the main-text finder: "
                        "read from its largest text container")
    blocks = _trafilatura_blocks(text) if elements <= MAX_ELEMENTS else []
    if _size(blocks) < _MIN_CONTENT * _size(fallback):
        blocks = fallback
    blocks = [b for b in blocks if not is_frame_line(b.text)]
    if not blocks:
        raise NoticeError("HTML page has no text", kind="no_text")
    info = _info_tables(root, blocks)
    blocks = info + [b for b in blocks if not (b.rows and b.rows in [t.rows for t in info])]
    return RawDocument(blocks=blocks, format="html", encoding=encoding, title_hint=title, warnings=warnings)


def is_frame_line(text: str) -> bool:
    """A short line of the page's frame around the article: source, date, hit count, font size, share, print."""
    if not text or len(text) > 80:
        return False
    fields = _FRAME_FIELD.findall(text)
    return len(fields) >= 2 or text.startswith(("分享到", "【打印", "打印本页"))


def _size(blocks: list[RawBlock]) -> int:
    return sum(len(b.text) + sum(len(c) for r in (b.rows or []) for c in r) for b in blocks)


# --- decoding ------------------------------------------------------------------------------

def decode_html(data: bytes) -> tuple[str, str, list[str]]:
    """Text, encoding and warnings: BOM, then the meta charset, then the bytes themselves. A
    declaration the bytes belie is not obeyed, and a warning says so: the bytes do not decode in
    it, or they are UTF-8 (a page re-saved as UTF-8 keeping its old `gb2312` declaration; GB18030
    decodes almost any bytes, into mojibake)."""
    from .text import _is_utf8, decode
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return decode(data)
    declared = m.group(1).decode("ascii").lower()
    enc = "gb18030" if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk") else declared
    try:
        text = data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        text = None
    if text is not None and (enc.replace("_", "-") in ("utf-8", "utf8") or data.isascii() or not _is_utf8(data)):
        return text, enc, []
    text, found, warnings = decode(data)
    return text, found, [f"the page declares charset {declared}, but its bytes are {found}: read as {found}",
                         *warnings]


# --- parsing -------------------------------------------------------------------------------

def _parse(text: str):
    import lxml.html
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an encoding declaration
    if not text.strip():
        return None
    root = lxml.html.document_fromstring(text, parser=parser)
    limits = [e.message for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
    if any("depth" in m.lower() for m in limits):  # libxml2 stopped, the rest unread
        raise NoticeError(f"damaged HTML: tags nested more than {MAX_DEPTH} deep", kind="corrupt")
    if limits:  # a text node over libxml2's buffer limit
        raise NoticeError("HTML holds a run of text over 10 MB without a tag (libxml2's limit)", kind="too_large")
    return root


def title_hint(root) -> Optional[str]:
    """The page's headline: an <h1> that the <title> contains, else the <title> without the site name.
    A <title> that opens with its separator (`_山阴县人民政府` over an empty <h1>: blind5 bm_05, blind11 bu_05,
    pages whose article shows no headline) holds only the site's name, and the site's name (`<meta
    name="SiteName">`) is never the headline."""
    titles = root.xpath("//title")
    page_title = _clean(titles[0].text_content()) if titles else ""
    pieces = _TITLE_SEP.split(page_title)
    if len(pieces) > 1 and not pieces[0].strip():
        pieces = []
    sites = {_clean(m.get("content") or "") for m in root.xpath('//meta[@name="SiteName"]')}
    pieces = [p for p in pieces if p.strip() and _clean(p) not in sites]
    headline = max(pieces, key=len) if pieces else ""
    for h in root.xpath("//h1|//h2"):
        text = _clean(h.text_content())
        if len(text) >= 4 and (not headline or text in page_title or headline in text):
            return text
    return headline or None


def _clean(text: str) -> str:
    return " ".join(text.split())


# --- trafilatura ---------------------------------------------------------------------------

def _trafilatura_blocks(text: str) -> list[RawBlock]:
    import trafilatura
    from lxml import etree
    try:
        xml = trafilatura.extract(text, output_format="xml", include_tables=True, include_comments=False,
                                  include_images=False, include_links=False, include_formatting=False,
                                  deduplicate=False, with_metadata=False)
    except MemoryError:  # a worker's memory cap: reported as too_large, not as damage
        raise
    except Exception:  # trafilatura failing is not the file's fault: the fallback reads it
        return []
    if not xml:
        return []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    doc = etree.fromstring(xml.encode("utf-8"), parser)
    main = doc.find("main")
    return _xml_blocks(main if main is not None else doc)


def _xml_blocks(el) -> list[RawBlock]:
    """Blocks from trafilatura's XML: <p>/<head>/<item>/<quote> lines, <table> rows of <cell>s."""
    blocks: list[RawBlock] = []
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "table":
            rows = [[_clean(_xml_text(c)) for c in row.iter("cell")] for row in child.iter("row")]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(RawBlock("table", rows=table_rows(rows)))
        elif tag in ("list", "div"):
            blocks += _xml_blocks(child)
        elif tag:
            for line in _xml_text(child).split("\n"):
                if line.strip():
                    blocks.append(RawBlock("para", line.strip()))
    return blocks


def _xml_text(el) -> str:
    """Text with <lb/> and the edges of nested paragraphs (`<cell>科技司<p>执法司</p>`) as line breaks."""
    out = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            out.append("\n")
        elif child.tag in ("p", "head", "item", "list", "quote"):
            out.append("\n" + _xml_text(child) + "\n")
        else:
            out.append(_xml_text(child))
        out.append(child.tail or "")
    return "".join(out)


# --- fallback: the largest text container --------------------------------------------------

def _largest_container_blocks(root) -> list[RawBlock]:
    body = root.find("body")
    best = body if body is not None else root
    best_score = 0
    for el in best.iter("div", "article", "section", "td", "main", "body"):
        score = _own_text_len(el)
        if score > best_score:
            best, best_score = el, score
    blocks: list[RawBlock] = []
    line: list[str] = []
    _walk(best, blocks, line)
    _flush(blocks, line)  # text after the last block edge (the container may be an inline element's parent)
    return blocks


def _own_text_len(el) -> int:
    """Length of the text an element holds itself: its direct text and its paragraph-like
    children (not nested containers), less the text of links in them."""
    size = len((el.text or "").strip())
    for child in el:
        size += len((child.tail or "").strip())
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIP_TAGS or tag in ("div", "table", "section", "article", "ul", "ol", "form", "main"):
            continue
        link = sum(len(a.text_content()) for a in child.iter("a"))
        size += max(0, len(child.text_content().strip()) - link)
    return size


def _walk(node, blocks: list[RawBlock], line: list[str]) -> None:
    """Append the element's paragraphs to blocks; `line` collects inline text until a block edge."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _SKIP_TAGS:
        return
    if tag == "table" and node.find(".//table") is None:
        _flush(blocks, line)
        rows = [[_cell_text(c) for c in tr.iter("td", "th")] for tr in node.iter("tr")]
        rows = [r for r in rows if any(r)]
        if rows:
            blocks.append(RawBlock("table", rows=table_rows(rows)))
        return
    if tag == "br":
        _flush(blocks, line)
        return
    block = tag in _BLOCK_TAGS
    if block:
        _flush(blocks, line)
    line.append(node.text or "")
    for child in node:
        _walk(child, blocks, line)
        line.append(child.tail or "")
    if block:
        _flush(blocks, line)


@functools.lru_cache(maxsize=1)
def _portal_label() -> re.Pattern:
    """A cell that is one label of a portal's info table (`索 引 号：`, `文       号 :`, `成文日期`)."""
    from ..rules import load_rules
    return load_rules("structure").compile(r"^\s*(?:${PORTAL_LABEL})\s*[:：]?\s*$")


def _info_tables(root, blocks: list[RawBlock]) -> list[RawBlock]:
    """The page's info tables, to stand before its text: innermost tables with at least two label cells
    (嘉鱼县, 紫阳县 and 金乡县 portals set theirs above the article's div, as gov.cn does; the main-text
    finder leaves such a table out, or moves it after the text). Not one the text holds flattened."""
    label = _portal_label()
    text = "".join(b.text for b in blocks)
    out = []
    for table in root.iter("table"):
        if table.find(".//table") is not None:
            continue
        rows = [r for r in ([_cell_text(c) for c in tr.iter("td", "th")] for tr in table.iter("tr")) if any(r)]
        if not rows or sum(1 for r in rows for c in r if label.match(c)) < 2:
            continue
        if all(c in text for r in rows for c in r if c):
            continue
        out.append(RawBlock("table", rows=table_rows(rows)))
    return out


def _cell_text(cell) -> str:
    """A table cell's text, its paragraphs and lines joined by a space."""
    parts: list[RawBlock] = []
    line: list[str] = []
    _walk(cell, parts, line)
    _flush(parts, line)
    return " ".join(b.text for b in parts)


def _flush(blocks: list[RawBlock], line: list[str]) -> None:
    text = _clean("".join(line).replace("\u3000", " "))
    line.clear()
    if text and _HAS_WORDS.search(text):
        blocks.append(RawBlock("para", text))
