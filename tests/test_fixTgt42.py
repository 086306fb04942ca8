"""Targets and contacts fixed in session 42 (fixTgt42): a forecast's figure is no target, and a Hong Kong six-digit
enquiry hotline printed in two groups is a contact; read from held-out notices and on fragments of the same grammar."""
from __future__ import annotations

from extractor.extract.contacts import run_snippet as contacts_of
from extractor.extract.targets import run_snippet as targets_of


def phones_of(plan) -> list[str]:
    return [c.phone for c in plan.contacts]


def test_a_forecast_effect_is_no_target(corpus_plan):
    # blind73 ee_08 (香港政府新聞網 on the 2023 消費券) `預期可提振本地生產總值約0.6%`: its gold has no target
    assert [t.value for t in corpus_plan("blind73/docs/ee_08.txt").targets] == []
    # 新唐人 on 经建会's estimate (ntdtv.com/gb/2009/02/17/a258388.html)
    assert targets_of("对民国99、100、101年的实质GDP,预估将分别提高1.22%、1.01%及0.89%。") == []


def test_a_plans_expected_goal_stays_a_target():
    # blind8 br_06's 主要预期目标 (a plan's goals, not a forecast)
    got = targets_of("2023年全镇经济社会发展主要预期目标为:财政总收入增长10%,其中一般公共预算收入增长9%。")
    assert [t["value"] for t in got] == [10.0, 9.0]
    assert [t["value"] for t in targets_of("预期将于年底前确保覆盖率达到90%以上。")] == [90.0]


def test_a_six_digit_enquiry_hotline_in_two_groups(corpus_plan):
    # blind71 ec_09 (僱員再培訓局) `其他查詢,可致電再培訓局熱線182 182或瀏覽再培訓局網頁`
    assert phones_of(corpus_plan("blind71/docs/ec_09.html")) == ["182 182"]
    # blind73 ee_08 (香港政府新聞網) `查詢可致電 18 5000。`
    assert phones_of(corpus_plan("blind73/docs/ee_08.txt")) == ["18 5000"]


def test_a_hotline_dialled_for_another_purpose_is_no_enquiry_contact(corpus_plan):
    # blind68 dz_08 (政府統計處) `市民可致電普查熱線18 2021,預約面談訪問時間`: its gold has no contact
    assert phones_of(corpus_plan("blind68/docs/dz_08.html")) == []
    # (the run of digits of a longer number is no six-digit hotline)
    assert "182 182" not in [c["phone"] for c in contacts_of("查询可致电182 1823 4567。")]


def test_a_number_under_the_pages_contact_us_heading_is_the_frame(corpus_plan):
    # blind59 dq_10 and blind75 eg_09 (市民日報's footer `聯繫我們` / `Email:sengpou@macau.ctm.net`), blind59 dq_09
    # (環境保護署's `聯絡我們` / `…歡迎與我們聯絡。` / `電話:` / `+852 2838 3111`): their golds hold none of these
    assert corpus_plan("blind59/docs/dq_10.pdf").contacts == []
    assert corpus_plan("blind59/docs/dq_09.doc").contacts == []
    assert "sengpou@macau.ctm.net" not in [c.email for c in corpus_plan("blind75/docs/eg_09.doc").contacts]
    # the notice's own contact keeps its place
    assert phones_of(corpus_plan("blind75/docs/eg_09.doc")) == ["2822 5050", "8597 6220"]
