"""A document site's furniture around the copy of a notice it sells or previews: its preview heads and its numbered
notices to its users are the page's frame, never the notice's title or outline (blind6 bn_11, blind35 cs_12, blind47
de_04; the same lines on taowenge.com, renrendoc.com, 31ppt.com and desk33.com pages, pages corpus)."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_document_sites_numbered_notices_are_no_outline(corpus_plan):
    # `1、本文档共计21页，简单易用，下载后可编辑` … `4、…请点击“违规举报”！` over 民胜镇's 换届 plan (blind47 de_04, a PDF
    # read by OCR): its `一、指导思想` is the outline's first level, not under the site's list
    plan = corpus_plan("blind47/docs/de_04.pdf")
    assert [(s.level, s.heading) for s in plan.sections][:1] == [(1, "指导思想")]
    text = ("关于开展安全检查的通知\n友情提示\n2、PDF文件下载后,可能会被浏览器默认打开,此种情况可以点击浏览器菜单,"
            "保存网页到桌面,就可以正常下载了。\n3、本站不支持迅雷下载,请使用电脑自带的IE浏览器,或者360浏览器、谷歌浏览器下载即可。\n"
            "各科室:\n现将有关事项通知如下:\n一、检查范围\n全体科室。\n二、工作要求\n各科室要认真自查。\n")
    assert [(s.level, s.heading) for s in _plan(text).sections] == [(1, "检查范围"), (1, "工作要求")]


def test_a_document_sites_preview_heads_are_no_title(corpus_plan):
    # `资源预览内容` / `亲,该文档总共5页全部预览完了,…` / `资源描述` over a school's 家长通知书 (blind35 cs_12), and
    # `论文部分内容阅读` over a 汕头 notice a paper site copied (blind6 bn_11): neither is the title
    assert corpus_plan("blind35/docs/cs_12.txt").meta.title != "资源预览内容"
    plan = corpus_plan("blind6/docs/bn_11.txt")
    assert (plan.meta.title, plan.meta.doc_number) == (None, "汕府办[2015]29号")
