"""Sections the fixSec39 branch's misses showed, each read from its notice's file through its reader."""
from __future__ import annotations

from test_layouts import outline

from extractor import parse


def test_an_item_defining_its_subject_is_no_heading(corpus_plan):
    # 內政部消防署's 消防安全檢查 letter (blind79 ek_12, a PDF that broke its first item's line at `第`): `一、內政部消防署
    # (以下簡稱本署)為落實…` is a sentence whose subject is named for the rest of the text, not a heading
    assert outline(corpus_plan("blind79/docs/ek_12.txt"))[:1] == [(1, "消防安全检查之种类及实施方式如下")]


def test_a_definition_in_brackets_after_a_numbered_items_subject():
    # as 阿里地区行政公署's 工作规则 (blind17 ca_12) `一、阿里地区行政公署(以下简称“行署”)是…派出机关`, its line broken
    text = ("某县消防检查实施要点\n一、某县消防救援大队(以下简称本大队)为落实消防法第六条第\n"
            "一项规定,特订定本要点。\n二、检查种类\n(一)第一种检查。\n(二)第二种检查。\n")
    assert (1, "检查种类") in outline(parse(text.encode("utf-8"), filename="x.txt"))
    assert all("以下简称" not in h for _, h in outline(parse(text.encode("utf-8"), filename="x.txt")))
