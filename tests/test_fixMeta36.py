"""fixMeta36: meta misses that recur on the held-out sets, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_law_portals_long_info_block_does_not_hide_the_recipients_line(corpus_plan):
    # the law portal's page (`发文标题:` … `发文时间:`, then unlabelled rows `实施时间:` … `评论人次:`, `页面功能:`, `• 加入收藏`,
    # `• 关闭`, `发文内容:`) sets the 主送 line 13 or 14 lines under the headline it takes for the title: its furniture is
    # passed over uncounted (blind71 ec_07, a PDF of the page; blind77 ei_05, its GB18030 text)
    assert corpus_plan("blind71/docs/ec_07.pdf").meta.recipients == [
        "各区", "县(市)人力资源和社会保障局", "高新区劳动保障局", "各有关单位"]
    assert corpus_plan("blind77/docs/ei_05.txt").meta.recipients == ["市", "县(市、区)审计局", "省厅各处室", "直属各单位"]
