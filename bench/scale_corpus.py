"""Write a scale corpus: N varied notices derived from the real corpus notices (corpus/*.txt).

Each generated notice is one corpus notice with, chosen by a seeded random generator:
  - dates moved: full dates (`2023年5月12日`) by a number of days, lone years (`2023年`) by the same
    number of years, month-day dates (`5月12日`) by whole months (the day kept valid);
  - the county / city named most often replaced by another place name;
  - department names (`农业农村局`, `财政局`, ...) swapped among themselves;
  - numbers varied: percentages and counts before a measure word;
  - the order of sibling numbered items (`（一）…（二）…`) shuffled and renumbered.
So the store gets realistic spread of dates, units and words, not N copies of one file.

    python bench/scale_corpus.py --notices 1000 --out /tmp/notices-scale
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEFAULT_OUT = Path("/tmp/notices-scale")

PLACES = ["山阴县", "应县", "怀仁市", "右玉县", "平鲁区", "朔城区", "代县", "繁峙县", "五台县", "定襄县", "宁武县",
          "静乐县", "神池县", "岢岚县", "河曲县", "保德县", "偏关县", "兴县", "临县", "柳林县", "石楼县", "岚县",
          "方山县", "中阳县", "交口县", "孝义市", "汾阳市", "文水县", "交城县", "寿阳县", "昔阳县", "和顺县",
          "左权县", "榆社县", "太谷区", "祁县", "平遥县", "灵石县", "介休市", "沁源县", "沁县", "武乡县"]
DEPARTMENTS = ["农业农村局", "财政局", "教育局", "卫生健康局", "市场监督管理局", "自然资源局", "生态环境局",
               "住房和城乡建设局", "交通运输局", "水利局", "商务局", "文化和旅游局", "应急管理局", "民政局",
               "人力资源和社会保障局", "公安局", "司法局", "审计局", "统计局", "发展和改革局", "科学技术局",
               "工业和信息化局", "林业局", "乡村振兴局", "医疗保障局", "退役军人事务局", "行政审批服务管理局"]
GENERIC_PLACES = {"自治区", "全区", "全市", "全县", "各县", "各市", "各区", "本县", "本市", "本区", "我县", "我市", "我区"}
CN_DIGITS = "零一二三四五六七八九"

_FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(\s*年)(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})(\s*月\s*)(\d{1,2})(\s*日)")
_PERCENT = re.compile(r"(?<![\d.])(\d{1,2})(%|％)")
_COUNT = re.compile(r"(?<![\d.])(\d{1,4})(个|家|人|名|次|项|万元|亩|吨|批次)")
_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(县|市|区)")
_DEPTS = re.compile("|".join(sorted(map(re.escape, DEPARTMENTS), key=len, reverse=True)))
_ITEM = re.compile(r"^(\s*)([（(])([一二三四五六七八九十]+)([）)])")


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals (一, 十, 十一, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones or not tens else "")


def _main_place(text: str) -> str | None:
    """The county / city the notice names most often (at least three times), e.g. `山阴县`."""
    counts = Counter(m.group(0) for m in _PLACE.finditer(text) if m.group(0) not in GENERIC_PLACES)
    name, n = counts.most_common(1)[0] if counts else (None, 0)
    return name if n >= 3 else None


def _shift_dates(text: str, rng: random.Random) -> str:
    days = rng.randint(-900, 900)
    years = round(days / 365)
    months = rng.randint(-5, 5)

    def full(mt):
        try:
            d = dt.date(int(mt.group(1)), int(mt.group(2)), int(mt.group(3))) + dt.timedelta(days=days)
        except ValueError:
            return mt.group(0)
        return f"{d.year}年{d.month}月{d.day}日"

    def month_day(mt):
        month = (int(mt.group(1)) - 1 + months) % 12 + 1
        return f"{month}{mt.group(2)}{min(int(mt.group(3)), 28)}{mt.group(4)}"

    text = _FULL_DATE.sub(full, text)
    text = _YEAR.sub(lambda mt: f"{int(mt.group(1)) + years}{mt.group(2)}", text)
    return _MONTH_DAY.sub(month_day, text)


def _vary_numbers(text: str, rng: random.Random) -> str:
    text = _PERCENT.sub(lambda mt: f"{min(99, max(1, int(mt.group(1)) + rng.randint(-10, 10)))}{mt.group(2)}", text)
    return _COUNT.sub(lambda mt: f"{max(1, round(int(mt.group(1)) * rng.uniform(0.5, 1.5)))}{mt.group(2)}", text)


def _swap_units(text: str, rng: random.Random) -> str:
    place = _main_place(text)
    if place:
        text = text.replace(place, rng.choice(PLACES))
    shuffled = DEPARTMENTS[:]
    rng.shuffle(shuffled)
    mapping = dict(zip(DEPARTMENTS, shuffled))
    return _DEPTS.sub(lambda mt: mapping[mt.group(0)], text)


def _shuffle_items(text: str, rng: random.Random) -> str:
    """Shuffle each run of sibling numbered paragraphs (`（一）…`, `（二）…`, only blank lines between)
    and renumber them in their new order."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run, j = [], i
        while j < len(lines):
            if _ITEM.match(lines[j]):
                run.append(lines[j])
                j += 1
            elif not lines[j].strip() and run and j + 1 < len(lines) and _ITEM.match(lines[j + 1]):
                j += 1
            else:
                break
        if len(run) >= 3:
            rng.shuffle(run)
            renumbered = [_ITEM.sub(lambda mt, k=k: f"{mt.group(1)}{mt.group(2)}{cn_number(k)}{mt.group(4)}", line)
                          for k, line in enumerate(run, 1)]
            out.append("\n\n".join(renumbered))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def vary(text: str, rng: random.Random) -> str:
    """One realistic variant of a notice."""
    return _shuffle_items(_vary_numbers(_swap_units(_shift_dates(text, rng), rng), rng), rng)


def write_corpus(n: int, out: Path = DEFAULT_OUT, seed: int = 1, sources: list[Path] | None = None) -> list[Path]:
    """Write `n` variants into `out` (emptied first), round-robin over the source notices."""
    sources = sources or sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = []
    for i in range(n):
        k = i % len(texts)
        path = out / f"{i:06d}_{sources[k].stem[:3]}.txt"
        path.write_text(vary(texts[k], rng), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notices", type=int, default=1000, help="how many notices to write (default 1000)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"folder, emptied first (default {DEFAULT_OUT})")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    paths = write_corpus(args.notices, args.out, args.seed)
    print(f"wrote {len(paths)} notices to {args.out}")


if __name__ == "__main__":
    main()
