"""The spaCy container: a blank `zh` pipeline with the jieba segmenter, built once per process.

Parsing matches everything on characters (dates, numbers and names cross jieba's word
boundaries) and never needs tokens, so it never builds a Doc: segmenting a notice costs more
than the rest of its parse. The index does need words: `search_words` takes them from the Doc's
tokens, with the dictionary sub-words of long tokens that jieba's search mode adds
(检验检测机构 -> 检验, 检测, 机构, 检验检测机构), so a query for a part of a word finds it.
"""
from __future__ import annotations

import functools
import logging

from spacy.language import Language


@functools.lru_cache(maxsize=1)
def nlp() -> Language:
    """`spacy.blank("zh")` with the jieba segmenter (precise mode, HMM for unknown words)."""
    import jieba
    import spacy
    jieba.setLogLevel(logging.WARNING)
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def _sub_words(word: str, known) -> list[str]:
    """The dictionary 2- and 3-character words inside a longer word, in jieba's search-mode order."""
    found = []
    for n in (2, 3):
        if len(word) > n:
            found += [word[i:i + n] for i in range(len(word) - n + 1) if known(word[i:i + n])]
    return found


def search_words(text: str) -> list[str]:
    """The words of `text` for a full-text index: each token after its sub-words; spaces dropped."""
    pipeline = nlp()
    known = pipeline.tokenizer.jieba_seg.dt.FREQ.get
    words: list[str] = []
    for token in pipeline.make_doc(text):
        if token.text.strip():
            words += _sub_words(token.text, known)
            words.append(token.text)
    return words
