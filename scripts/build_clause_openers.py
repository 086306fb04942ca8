"""Write extractor/data/clause_openers.txt: words that open a clause rather than a name (verbs, adverbs,
prepositions, conjunctions: 促进, 确保, 组建, 结合, 随着), from the dictionary that ships inside the jieba
package (jieba/dict.txt: word, frequency, part-of-speech tag).

Kept: two to four characters, tag v, d, ad, p or c, frequency >= 300 (3,900 words), less 直辖 and 自治. The organisation
extractor strips them from the left of a candidate name that starts with no place, level or known body.
Usage: python scripts/build_clause_openers.py
"""
from __future__ import annotations

from pathlib import Path

import jieba

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data" / "clause_openers.txt"
TAGS = {"v", "d", "ad", "p", "c"}
KEEP = {"直辖", "自治"}       # they open division words (直辖市, 自治区), not clauses


def main() -> None:
    words = []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if tag in TAGS and int(freq) >= 300 and 2 <= len(word) <= 4 and word not in KEEP:
                words.append(word)
    header = ["# Clause-opening words (jieba 0.42 dict.txt, tags v/d/ad/p/c, frequency >= 300);"
              " written by scripts/build_clause_openers.py"]
    OUT.write_text("\n".join(header + sorted(set(words))) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
