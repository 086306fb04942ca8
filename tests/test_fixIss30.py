"""Issuers and their signatures fixIss30 reads: joint issuers side by side on one line over a `关于…` title, and the 此件
note between a signature and its date."""
from __future__ import annotations


def test_joint_issuers_side_by_side_over_a_title_are_the_issuer(corpus_plan):
    # 湖州's 城乡社区治理 意见 (blind34 cr_02): the page's headline, its 发文字号, then `中共湖州市委 湖州市人民政府` over
    # `关于深化城乡社区建设加强和完善`: the two bodies issue it, and the line is their head, not the body's mention of them
    plan = corpus_plan("blind34/docs/cr_02.html")
    assert plan.meta.issuer == "中共湖州市委、湖州市人民政府"
    names = {o.name for o in plan.organizations}
    assert "中共湖州市委" not in names and "湖州市人民政府" not in names
    # 珲春's 河(湖)长制 公示 (blind59 dq_04): the forwarded notice's head `中共珲春市委办公室 珲春市人民政府办公室` over
    # `关于印发《…》的通知`
    assert corpus_plan("blind59/docs/dq_04.txt").meta.issuer == "中共珲春市委办公室、珲春市人民政府办公室"


def test_a_note_between_signature_and_date_keeps_the_signers_out(corpus_plan):
    # dq_04's signature `中共珲春市委办公室` / `珲春市人民政府办公室` / `(此件发至乡) 2017年6月13日`: the note of how far the
    # notice goes stands between the signers and their date; they sign, the body does not name them
    names = {o.name for o in corpus_plan("blind59/docs/dq_04.txt").organizations}
    assert "中共珲春市委办公室" not in names and "珲春市人民政府办公室" not in names


def test_the_note_pattern_reads_a_note_before_the_date():
    from extractor.extract.organizations import _SIGNATURE_AFTER
    assert _SIGNATURE_AFTER.match("\n(此件发至乡) 2017年6月13日\n")
    assert _SIGNATURE_AFTER.match("\n\n(此件公开发布)\n\n2017年6月23日\n")       # mdx.gov.cn's 牟定县 page
    assert not _SIGNATURE_AFTER.match("\n(联系人:王某) 2017年6月13日\n")
