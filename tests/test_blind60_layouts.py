"""Layouts blind60's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations


def test_the_national_health_campaign_names_its_bodies(corpus_plan):
    # 国健推委办发〔2020〕1号 on a document site (blind60 dr_07, GB18030): `经健康中国行动推进委员会主任同意`, `研究制定…健康
    # 中国行动专家咨询委员会管理办法`; 健康 before 中国 is the campaign's word, not a clause's (国办函〔2019〕59号 `国务院成立
    # 健康中国行动推进委员会`, the 2023 工作要点's `健康中国行动推进办` name the same bodies)
    names = {o.name for o in corpus_plan("blind60/docs/dr_07.txt").organizations}
    assert {"健康中国行动推进委员会", "健康中国行动专家咨询委员会", "健康中国行动推进委员会办公室"} <= names
    assert not any(n.startswith("中国行动") for n in names)


def test_a_document_sites_download_notes_are_frame(corpus_plan):
    # the same copy (blind60 dr_07): `- 1、下载文档前请自行甄别文档内容的完整性,…`, `- 2、"仅部分预览"的文档,…`, `- 3、如文档侵犯
    # 您的权益,…` over the headline hid the notice's number and addressees; 360docs.net puts the same three over every copy
    meta = corpus_plan("blind60/docs/dr_07.txt").meta
    assert meta.doc_number == "国健推委办发〔2020〕1号"
    assert meta.recipients == ["健康中国行动推进委员会各成员单位"]


def test_a_centres_controller_is_a_head_before_the_name(corpus_plan):
    # news.gov.hk's 2017 item on the 蚊傳疾病跨部門統籌委員會 (blind60 dr_09, .doc): `會議由衞生署衞生防護中心總監黃加慶主持`;
    # 總監 heads the centre as 主任 does a mainland one, and the body inside the post is taken at institution level (衞生署)
    plan = corpus_plan("blind60/docs/dr_09.doc")
    assert [(p.name, p.title) for p in plan.people] == [("黄加庆", "卫生署卫生防护中心总监")]
    names = {o.name for o in plan.organizations}
    assert "卫生署" in names and "卫生署卫生防护中心" not in names


def test_a_school_cms_posting_office_label_is_frame(corpus_plan):
    # 北興國中's 流感疫苗 post (blind60 dr_12, PDF) opens `{{ $t('FEZ002') }} 市立北興國中|`, 天母國小's 親子 notice (blind40
    # cx_09) `{{ $t('FEZ002') }} 教務處|`: the CMS's unrendered label of the posting office, no body the notice names
    assert "市立北兴国中" not in {o.name for o in corpus_plan("blind60/docs/dr_12.pdf").organizations}
    assert "教务处" not in {o.name for o in corpus_plan("blind40/docs/cx_09.txt").organizations}


def test_parts_of_the_body_are_no_bodies(corpus_plan):
    # the Macau 衛生局's 流感 item (blind60 dr_10): `沒有紙巾時應用肘部掩住口鼻`; a 臺中 school's 禽流感 轉知 (blind58 dp_10):
    # `頭面部水腫`
    assert [o.name for o in corpus_plan("blind60/docs/dr_10.txt").organizations] == ["卫生局"]
    assert "头面部" not in {o.name for o in corpus_plan("blind58/docs/dp_10.txt").organizations}


def test_a_request_to_a_collective_after_a_comma_ends_the_duty(corpus_plan):
    # a 桃園 school's 轉知 of the 衛生局's 流感疫苗 letter (blind60 dr_11, Big5): `衛生局將依轄區各類公費對象需求調整配送廠牌及數量,
    # 請各幼托機構協助宣導…`; a 评估验收 notice (blind34 cr_06, PDF): `评估验收组将于5月26日…到有关学校视察学校校容校貌,请各有关
    # 学区和学校…`: the request to the collective is another subject's clause
    duties = {(r.org, r.duty) for r in corpus_plan("blind60/docs/dr_11.txt").responsibilities}
    assert ("卫生局", "依辖区各类公费对象需求调整配送厂牌及数量") in duties
    duties = [r.duty for r in corpus_plan("blind34/docs/cr_06.pdf").responsibilities if r.org == "评估验收组"]
    assert duties and not any("请各" in d for d in duties)
