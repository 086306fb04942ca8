"""Chinese numerals and whole dates: `二〇二三` -> 2023, `三十一` -> 31, `九十五点五` -> 95.5, `2023年5月12日` -> 2023-05-12,
`中华民国104年12月29日` -> 2015-12-29."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_NUM = "〇○零一二两三四五六七八九十百千"

_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2}|(?:一九|二[〇○零Ｏ])[〇○零一二三四五六七八九Ｏ]{2})"
    r"|(?:中华民国|中華民國|民国|民國)\s*(?P<roc>\d{2,3}|[一二三四五六七八九十百零〇]{1,5}))\s*年\s*"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日")


def cn_to_int(s: str) -> Optional[int]:
    """A number in Arabic digits or Chinese numerals; digit-by-digit years (二〇二三) included."""
    s = s.strip()
    if not s:
        return None
    if s.isdecimal():  # not isdigit: int() refuses ² and ①
        return int(s)
    s = s.replace("廿", "二十")     # 廿 is twenty (`二月廿八日`: 28)
    if all(c in _DIGIT for c in s):                       # 二〇二三: read digit by digit
        return int("".join(str(_DIGIT[c]) for c in s)) if len(s) > 1 else _DIGIT[s]
    total, current = 0, 0
    for c in s:
        if c in _DIGIT:
            current = _DIGIT[c]
        elif c in _UNIT:
            total += (current or 1) * _UNIT[c]
            current = 0
        else:
            return None
    return total + current


def cn_counting(n: int, digits: str = "〇一二三四五六七八九", units: str = "十百千万", top: bool = True) -> str:
    """n in Chinese numerals, counting: 一 … 十, 十一, 二十, 一百零五, 一千二百; 十 alone for 10-19 (as Word writes it, and
    as a point is numbered: `十是`); `digits` and `units` of another set (Word's 壹贰叁, 拾佰仟万) as given."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = cn_counting(low, digits, units, top=False) if low else ""
        return cn_counting(high, digits, units) + units[3] + ("零" if 0 < low < 1000 else "") + rest
    out, zero = [], False
    for value, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out.append("零")
            out.append(("" if top and value == 10 and not out and d == 1 else digits[d]) + unit)
            zero = False
        elif out:
            zero = True
    return "".join(out)


def arabic_digits(s: str) -> str:
    """Each Chinese digit written as its Arabic digit, the rest as it is: `二三四三 二二五五` -> `2343 2255`."""
    return "".join(str(_DIGIT[c]) if c in _DIGIT else c for c in s)


def cn_to_float(s: str) -> Optional[float]:
    """A number with its decimals after 点 (as written after 百分之): 九十五点五 -> 95.5, 百 -> 100.0."""
    whole, _, frac = s.partition("点")
    value = cn_to_int(whole) if whole else 0
    if value is None or not (whole or frac) or any(c not in _DIGIT for c in frac):
        return None
    return value + (float("0." + "".join(str(_DIGIT[c]) for c in frac)) if frac else 0.0)


def parse_date(text: str) -> Optional[str]:
    """The first full date (year, month, day) in `text` as ISO, or None if there is none or it is invalid."""
    m = _DATE.search(text)
    if not m:
        return None
    year = cn_to_int(m["y"]) if m["y"] else cn_to_int(m["roc"]) + 1911   # ROC years: 民国104年 is 2015
    try:
        return dt.date(year, cn_to_int(m["m"]), cn_to_int(m["d"])).isoformat()
    except (TypeError, ValueError):
        return None


DATE_LINE = re.compile(r"^\s*" + _DATE.pattern + r"\s*$")
