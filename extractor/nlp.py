"""The spaCy container: a blank `zh` pipeline with the jieba segmenter, built once per process.

Parsing matches everything on characters (dates, numbers and names cross jieba's word
boundaries) and never builds a Doc: segmenting a notice costs more than the rest of its parse.
The one place words matter is a search query, which the segmenter cuts into the words that must
occur (`extractor.store.search.query_phrases`).
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
