"""Layouts blind70's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.structure import classify


def test_a_photo_note_on_its_own_line_is_no_title(corpus_plan):
    # 湛江's 退役军人事务局 八一 news item (blind70 eb_01): its first line `(相关资料图)` stood as the title; the Hong Kong
    # typhoon news page of blind6 bn_09 has `資料圖片` lines of its own between its paragraphs (rules/structure.yaml photo_note)
    assert corpus_plan("blind70/docs/eb_01.txt").meta.title is None
    assert classify("資料圖片")[0] == "frame"
    assert classify("教青局亦鼓勵家長及學生響應低碳生活綠色出行,步行上學。(資料圖片)")[0] != "frame"
