"""Layouts blind67's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_signature_glued_after_an_attachment_file_name_and_before_the_page_frame_signs(corpus_plan):
    # 湘潭县农业农村局's 2024 notice, a crawl run together on one line (blind67 dy_01): `…附件:潭农发[2024]22号关于…的通知.pdf
    # 湘潭县农业农村局2024年9月6日扫一扫在手机打开当前页相关解读。`; the signature follows an attachment's file name as it does on
    # lines of their own (blind11 bu_07 `….xlsx` / `河北省农业农村厅`, blind12 bv_03, blind26 cj_05), and the portal's
    # `扫一扫在手机打开当前页` follows the date as under dev hc_01, blind57 do_07 and blind67 dy_04
    meta = corpus_plan("blind67/docs/dy_01.txt").meta
    assert (meta.issuer, meta.date) == ("湘潭县农业农村局", "2024-09-06")


def test_the_first_of_two_bodies_signing_on_one_line_over_the_date_is_the_signature(corpus_plan):
    # 益阳市财政局 and 益阳市民政局 sign on one line over the date, an annex's table under it (blind67 dy_04, DOCX): the first
    # name was listed as a body the notice names; as under 正安县财政局 and 正安县民政局's 2009 救灾补助资金 notice
    # (tc.wangchao.net.cn/baike/detail_2368873.html, `正安县财政局 正安县民政局` / `二OO九年六月十八日` / its 分配表)
    names = {o.name for o in corpus_plan("blind67/docs/dy_04.docx").organizations}
    assert "益阳市财政局" not in names, names
