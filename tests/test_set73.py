"""Layouts blind73's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_schemes_spending_window_end_is_a_deadline(corpus_plan):
    # Macau's release on the end of its 第三輪抗疫電子消費優惠計劃 (blind73 ee_09, UTF-8): `生活補貼使用期至2023年6月30日`, the
    # day the subsidy must be spent by, as 新華社's 2021 report on the 電子消費優惠計劃's `使用期至12月31日`
    dates = [d.date for d in corpus_plan("blind73/docs/ee_09.txt").deadlines]
    assert "2023-06-30" in dates, dates
