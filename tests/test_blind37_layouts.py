"""Layouts blind37's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_an_empty_label_before_other_labels_is_no_value(corpus_plan):
    # `文 号: 文件分类: 所属机构:` in 下陆区's portal header (blind37 cu_05, a DOCX): the number is empty, not the labels after
    # it, as an empty cell before a labelled cell (blind19 cc_01, blind5 bm_04)
    meta = corpus_plan("blind37/docs/cu_05.docx").meta
    assert meta.doc_number is None
    assert meta.issuer == "中共下陆区委办公室、下陆区人民政府办公室"


def test_a_competitions_steps_each_on_its_day(corpus_plan):
    # `(三)活動期程:` / `1、公告入圍名單: 111 年 10 月 12 日(星期三)。` / `2、複審(決賽): … 10 月 29 日(星期六)及 111 年 10 月 30 日
    # (星期日)。` / `3、頒獎與成果發表會: 111 年 12 月 7 日(星期三)。` (blind37 cu_08, Big5): each step's day, the finals' two
    dates = [(d.date, d.start) for d in corpus_plan("blind37/docs/cu_08.txt").deadlines]
    assert dates == [("2022-09-30", None), ("2022-10-12", None), ("2022-10-29", None), ("2022-10-30", None),
                     ("2022-12-07", None)]


def test_a_competitions_step_due_before_its_day():
    # a 台南 school's copy of a 2025 competition (nnkieh.tn.edu.tw): `(三)初賽入圍名單公布:115年1月9日前。` /
    # `(五)決賽簡報審查及成果交流暨頒獎典禮:115年6月13日。`; the sign-up window before them is another rule's
    text = ("說明:\n一、旨揭競賽係為提供學生實作與應用的平臺。\n三、活動相關日期如下:\n(一)初賽報名:即日起至114年12月1日下午5:00止。\n"
            "(三)初賽入圍名單公布:115年1月9日前。\n(五)決賽簡報審查及成果交流暨頒獎典禮:115年6月13日。\n")
    plan = parse(text.encode("utf-8"), filename="contest.txt")
    assert [(d.date, d.start) for d in plan.deadlines] == [("2025-12-01", None), ("2026-01-09", None),
                                                           ("2026-06-13", None)]


def test_the_signers_name_written_in_the_body_is_that_body(corpus_plan):
    # `蟠貓鄉(xiāng)人民政府將進(jìn)一步加強(qiáng)統(tǒng)籌協(xié)調(diào)` over the signature `蟠貓鄉(xiāng)人民政府` (blind37 cu_07, the
    # crawler's pinyin dropped) and `將意見郵寄至象山縣西周鎮人民政府` over `象山县西周镇人民政府` (blind26 cj_05): a township
    # the gazetteer lacks, named by the signer; its short form `乡人民政府` is the same body
    plan = corpus_plan("blind37/docs/cu_07.txt")
    names = [o.name for o in plan.organizations]
    assert "蟠猫乡人民政府" in names and "乡人民政府" not in names
    assert ("蟠猫乡人民政府", "lead") in [(r.org, r.role) for r in plan.responsibilities]
    # the county's government, written in a cited title (`《象山县人民政府重大行政决策程序规定》`), stays its own body: the
    # town's name adds a division under the county's
    assert {"象山县西周镇人民政府", "象山县人民政府"} <= {o.name for o in corpus_plan("blind26/docs/cj_05.html").organizations}


def test_a_body_signing_off_with_its_respects_and_no_date(corpus_plan):
    # `林口長庚紀念醫院 敬啟` closing a hospital's 說明 (blind37 cu_10, Big5) signs it, as `總務處敬啟 103.6.12` does with its
    # date (blind34 cr_12); a principal's `校長夏麗珠謹啟` is a person's, no body's (blind33 cq_08)
    assert corpus_plan("blind37/docs/cu_10.txt").meta.issuer == "林口长庚纪念医院"
    assert corpus_plan("blind34/docs/cr_12.txt").meta.issuer == "总务处"
    assert corpus_plan("blind33/docs/cq_08.doc").meta.issuer is None
