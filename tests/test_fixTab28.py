"""Task tables and outline headings of branch fixTab28, on real excerpts of the held-out notices."""
from __future__ import annotations

from test_layouts import outline, plan_of

from extractor.pipeline import parse


def test_a_part_heading_with_a_colon_heads_its_items():
    # blind60 dr_07, 健康中国行动推进委员会办公室's 2020年工作计划: `第一部分:` then its words, over `(一)` items
    plan = plan_of("健康中国行动推进委员会办公室关于印发推进实施健康中国行动2020年工作计划的通知\n"
                   "国健推委办发〔2020〕1号\n"
                   "健康中国行动推进委员会各成员单位:\n"
                   "经健康中国行动推进委员会主任同意,现印发给你们,请结合实际,认真组织实施。\n"
                   "健康中国行动推进委员会办公室\n"
                   "2020年8月24日\n"
                   "推进实施健康中国行动2020年工作计划\n"
                   "第一部分:整体工作安排\n"
                   "(一)拟研究制定的文件\n"
                   "研究制定健康中国行动监测和考核细则(试行)、健康中国行动专家咨询委员会管理办法。\n"
                   "(二)重点措施\n"
                   "1.组织召开健康中国行动推进委员会全体会议。\n"
                   "2.推动15个专项行动落实年度计划。\n")
    assert outline(plan) == [(1, "整体工作安排"), (2, "拟研究制定的文件"), (2, "重点措施")]


def test_a_document_sites_sample_label_stays_frame():
    # blind bl_12: a 范文 site's `第一篇:` over the letterhead is no chapter of the outline
    plan = plan_of("第一篇:湖南省人民政府办公厅文件\n"
                   "湘政办发〔2013〕1号\n"
                   "湖南省人民政府办公厅关于做好2013年元旦春节期间有关工作的通知\n"
                   "各市州人民政府,省政府各厅委、各直属机构:\n"
                   "一、切实做好困难群众生活保障工作\n"
                   "各级各有关部门要深入开展走访慰问活动。\n")
    assert (1, "切实做好困难群众生活保障工作") in outline(plan)
    assert not any(h == "湖南省人民政府办公厅文件" for _l, h in outline(plan))


def _docx_of(lines: list[str]) -> bytes:
    import io

    import docx
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# 大英县's 应急演练 table as blind55 dm_06 gives it (one cell a line, each ending in its border, no 序号 column)
_DAYING = ["关于开展2017年度突发事件应急演练工作的通知", "各镇乡人民政府:", "现将有关事项通知如下。",
           "演练科目 |", "情景构建 |", "牵头责任 单 位 |", "责任单位 |", "时限要求 |",
           "危化品泄漏 |", "某化工厂危险化学品发生泄漏并燃烧,致6人受伤,400 余名群众受到威胁。 |", "县安委办、县应急办 |",
           "县环保局、县经信局、县公安局、县民政局等 |", "4月底前完成方案,5.12期间完成演练 |",
           "群体性事件 |", "自行构建演练情景 |", "县维稳办 |", "县信访局、县公安局等 |", "8月底前完成方案,9月中旬完成演练 |",
           "防汛 |", "自行构建演练情景 |", "县防汛办 |", "大英县防汛应急预案中所列成员单位 |",
           "5月底前完成方案,6月中旬完成演练 |"]

# 亳州市农业农村局's 2024 ledger as blind56 dn_02 gives it (one cell a line, `|` alone after each, rows opened by serials)
_BOZHOU = ["亳州市农业农村局2024年重点工作任务分解", "现将任务分解如下。",
           "1", "|", "一、经济社会发展的主要预期目标", "|", "农村常住居民人均可支配收入与全省同步增长。", "|", "法规科", "|",
           "潘秀峰", "|", "2024年底前", "|", "5555309", "|",
           "2", "|", "粮食产量100亿斤以上。", "|", "市农技中心", "|", "卢伯瑛", "|", "2024年底前", "|", "5555097", "|",
           "3", "|", "二、加快新型工业化进程", "|", "农产品加工业产值增长15%以上。", "|", "产业科", "|", "", "|",
           "2024年底前", "|", "5555309", "|"]


def test_a_bordered_cell_table_in_a_docx_is_read_as_in_a_text_file():
    from extractor.ingest import read_bytes
    from extractor.ingest.text import read_text
    docx_tables = [b.rows for b in read_bytes(_docx_of(_DAYING)).blocks if b.kind == "table"]
    text_tables = [b.rows for b in read_text("\n".join(_DAYING).encode("utf-8")).blocks if b.kind == "table"]
    assert docx_tables and docx_tables == text_tables
    duties = {(r.org, r.duty, r.role) for r in parse(_docx_of(_DAYING), filename="notice.docx").responsibilities}
    assert ("县维稳办", "群体性事件", "lead") in duties
    assert ("县防汛办", "防汛", "lead") in duties


def test_a_serial_bar_table_in_a_docx_is_read_as_in_a_text_file():
    from extractor.ingest import read_bytes
    plan = parse(_docx_of(_BOZHOU), filename="notice.docx")
    duties = {(r.org, r.duty) for r in plan.responsibilities}
    assert ("法规科", "农村常住居民人均可支配收入与全省同步增长") in duties
    assert ("市农技中心", "粮食产量100亿斤以上") in duties
    assert any(b.kind == "table" for b in read_bytes(_docx_of(_BOZHOU)).blocks)
