"""fixResp36: the duties of tags set off after a full stop, on lines of real notices."""
from extractor.extract.responsibilities import run_snippet

# 国发〔2016〕20号 as reprinted (blind52 dj_04): paragraphs of tasks with no marker under one heading, each closed by its tag
DJ_04 = ("二、加强供给侧结构性改革，增强持续增长动力\n（五）充分释放全社会创业创新潜能。\n"
         "着力实施创新驱动发展战略，促进科技与经济深度融合，提高实体经济的整体素质和竞争力。强化企业创新主体地位。"
         "加快将国家自主创新示范区试点政策推广到全国，再建设一批国家自主创新示范区、高新区。"
         "（科技部牵头，发展改革委、财政部等按职责分工负责）\n"
         "发挥大众创业、万众创新和“互联网+”集众智汇众力的乘数效应。建设一批“双创”示范基地，培育创业创新服务业。"
         "支持分享经济发展，提高资源利用效率，让更多人参与进来、富裕起来。（发展改革委牵头，科技部、人民银行等按职责分工负责）"
         "实施更积极、更开放、更有效的人才引进政策。（外专局牵头，外交部、教育部等按职责分工负责）\n")


def _duties(text: str) -> dict:
    return {(r["org"], r["role"]): r["duty"] for r in run_snippet(text)}


def test_tag_after_full_stop_takes_the_paragraph():
    got = _duties(DJ_04)
    assert got[("科技部", "lead")] == ("着力实施创新驱动发展战略促进科技与经济深度融合提高实体经济的整体素质和竞争力强化企业创新主体地位"
                                    "加快将国家自主创新示范区试点政策推广到全国再建设一批国家自主创新示范区高新区")
    assert got[("财政部", "participant")] == got[("科技部", "lead")]
    assert got[("发展改革委", "lead")].startswith("发挥大众创业万众创新")
    assert got[("发展改革委", "lead")].endswith("让更多人参与进来富裕起来")


def test_tag_after_full_stop_starts_after_the_tag_before_it():
    # the paragraph's second tag closes the sentence after the first tag only
    assert _duties(DJ_04)[("外专局", "lead")] == "实施更积极更开放更有效的人才引进政策"


def test_bulleted_sub_item_keeps_its_own_line():
    # 李家超's 2022 施政报告 指标 (blind56 dn_08): a bullet line closed by its tag is its own task, without the bullet
    text = ("2.改善環境衛生及市容:\n- 約 600 個各部門確定的環境衛生黑點於 2023 年底前消除至少 75%。(政務司副司長辦公室)\n"
            "- 鼠患主要黑點數目於 2023 年底前至少減半。(環境及生態局)")
    assert _duties(text)[("环境及生态局", "lead")] == "鼠患主要黑点数目于2023年底前至少减半"
