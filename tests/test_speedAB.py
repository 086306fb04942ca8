"""speedAB (session 41): find_mentions' tests of what follows a name made cheaper: a thing's name (_THING_AFTER) opens with a
lookahead of what its branches need, a document number is matched in place of a slice. Each gives what the way replaced gave, at every position of
real corpus notices (the parse-text notices, the dev notices and every fifth text of the blind sets' docs) and of lines
from real notices that hold a match of each branch."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.extract import organizations as org
from extractor.ingest.text import decode

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_PATHS = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "dev" / "docs").glob("*.txt")) \
    + sorted(CORPUS.glob("blind*/docs/*.txt"))[::5]
TEXTS = [decode(p.read_bytes())[0] for p in _PATHS]

# lines of real notices (cited in organizations.py's comments) holding a match of each branch, and near misses
THING_LINES = [
    "依照《中华人民共和国商业银行法》第三十五条", "根据商业银行法第三十五条", "《中国共产党农村工作条例》",
    "中国共产党问责条例》", "关于中国共产党问责条例》", "下载“浙里办”APP", "浙里办 App", "浙里办小程序", "政府客户端",
    "政府公众号", "香港特别行政区政府宪报一般在星期五出版", "转载自香港特别行政区政府新闻公报", "台南县政府公报93年第30期",
    "政府总部东翼六楼", "律政中心東座6樓", "律政中心西座8樓", "政府總部中座三樓", "中心座谈会", "海关总部大楼", "海关大厦",
    "北京市海淀区学院路30号", "台北市文山区试院路1之1号", "成都市高新区锦城大道366号", "科华北路65号", "中山路一百号", "新区大道东",
]
DOC_LINES = [
    "国办发〔2009〕3号", "国办发„2009‟3号", "黔府办发〔201930号", "普府办收﹝2021﹞214号", "市委办〔20**〕91号",
    "鲁政办字2020167号", "院臺秘字第0930086517號", "厅字 第 3号", "办〔2023〕", "办(2023)", "【2023】", "［2023］", "字第",
]


# _THING_AFTER as it was: its branches alone
THING_BEFORE = re.compile(org._THING_BRANCHES)
# _DOC_NUMBER_AFTER as it was, matched on a slice
DOC_NUMBER_BEFORE = re.compile("^" + org._DOC_NUMBER_AFTER.pattern)


def _positions(text: str):
    return range(len(text) + 1)


def test_gates_cover_every_branch():
    """The made lines hold matches of each pattern (the test below is not idle)."""
    assert sum(THING_BEFORE.match(t, e) is not None for t in THING_LINES for e in _positions(t)) >= 20
    assert sum(DOC_NUMBER_BEFORE.match(t[e:e + 12]) is not None for t in DOC_LINES for e in _positions(t)) >= 10


@pytest.mark.parametrize("texts", [THING_LINES + DOC_LINES, TEXTS], ids=["lines", "corpus"])
def test_thing_after_is_its_branches(texts):
    """The lookahead leaves every match of the branches (it needs what each of them holds)."""
    for t in texts:
        for e in _positions(t):
            assert (org._THING_AFTER.match(t, e) is not None) == (THING_BEFORE.match(t, e) is not None), (t[e:e + 15], e)


@pytest.mark.parametrize("texts", [THING_LINES + DOC_LINES, TEXTS], ids=["lines", "corpus"])
def test_doc_number_in_twelve_is_the_slices(texts):
    """The pattern matched within [e, e + 12) of the text gives what the `^`-anchored one gave on the slice (no copy)."""
    for t in texts:
        for e in _positions(t):
            assert (org._DOC_NUMBER_AFTER.match(t, e, e + 12) is not None) == (DOC_NUMBER_BEFORE.match(t[e:e + 12]) is not None), \
                (t[e:e + 12], e)
