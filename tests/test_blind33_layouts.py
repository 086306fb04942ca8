"""Layouts blind33's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor.ingest.text import decode


def test_a_big5_hkscs_text_is_read_as_such(corpus_plan):
    # a Macau newspaper item stored as Big5-HKSCS (blind33 cq_11): its `携` is not in Big5, so the bytes are no Big5; read
    # as GB18030 they were noise and the notice was lost
    plan = corpus_plan("blind33/docs/cq_11.txt")
    assert "邮电局" in {o.name for o in plan.organizations}
    assert any(d.date == "2020-10-17" for d in plan.deadlines)


def test_hong_kong_and_macau_characters_decode_from_big5_hkscs():
    # characters of Hong Kong and Macau text that Big5 lacks and Big5-HKSCS holds, from corpus notices: `衞生署`
    # (blind22 cf_10), `氹仔` (blind28 cl_09), `深水埗` (blind18 cb_08), `鰂魚涌` (blind25 ci_10)
    text = "衞生署衞生防護中心呼籲市民前往氹仔、深水埗及鰂魚涌的診所接種疫苗,查詢電話28001234。"
    decoded, _, _ = decode(text.encode("big5hkscs"))
    assert decoded == text


def test_a_plain_big5_text_stays_big5():
    # a text Big5 holds is read as Big5 (blind31 co_08, a 彰化 school's repost)
    text = "主旨:轉知本縣國民中學新生報到日,請查照。說明:請於114年3月28日前轉送各國中。"
    decoded, encoding, _ = decode(text.encode("big5"))
    assert (decoded, encoding) == (text, "big5")


def test_a_holiday_notices_days_off_and_days_worked(corpus_plan):
    # a hospital's 春节 notice (blind33 cq_03, a PDF): the days off, a range whose ends carry the festival's days in
    # brackets, and the weekend days worked; as the 国务院办公厅's yearly 节假日安排 writes them (`1月21日至27日放假调休`,
    # `1月28日(星期六)、1月29日(星期日)上班`)
    days = [(d.start, d.date) for d in corpus_plan("blind33/docs/cq_03.pdf").deadlines]
    assert (None, "2017-01-22") in days and (None, "2017-02-04") in days
    assert ("2017-01-27", "2017-01-29") in days and ("2017-01-27", "2017-02-02") in days
    assert not any(d == "2017-01-30" for _, d in days)     # `1月30日(初三)以后正常上班` opens no period



def test_a_press_releases_print_link_is_frame(corpus_plan):
    # `列印此頁` under an info.gov.hk press release (blind33 cq_10, a scan read by OCR): frame, so the release's dateline
    # `2011年9月30日(星期五)` above it is the date
    plan = corpus_plan("blind33/docs/cq_10.pdf")
    assert plan.meta.date == "2011-09-30"
    assert plan.meta.title == "为配合重阳节而在柴湾实施的特别交通及运输安排"


def test_a_law_databases_header_table_and_download_line(corpus_plan):
    # 江苏's notice on a law database (blind33 cq_06, a DOCX): the header table's `发文文号` cell is the number, and the
    # `文件下载及其附件:…doc` line under the date is the page's download note, which no longer hides the date above it
    meta = corpus_plan("blind33/docs/cq_06.docx").meta
    assert meta.doc_number == "苏政办发〔2007〕19号"
    assert meta.date == "2007-03-07"


def test_a_road_named_after_a_doctor_names_no_person(corpus_plan):
    # `在何鴻燊博士大馬路–政府總部對面設置臨時櫃台` (blind33 cq_11): a Macau road named after a person, as `馬揸度博士大馬路`
    # (the 行政公職局's list of exam venues), is a place
    assert not corpus_plan("blind33/docs/cq_11.txt").people


def test_a_requests_offices_after_the_collective_that_opens_its_list(corpus_plan):
    # cq_04 `請各教學單位、黨辦、校辦、研究生院…校團委安排一位主要領導參加,並在主席台就座`: each named office leads
    plan = corpus_plan("blind33/docs/cq_04.html")
    asked = {r.org for r in plan.responsibilities if r.duty.startswith("安排一位主要领导参加")}
    assert {"党办", "研究生院", "教务处", "学生处", "招就处", "国际处", "校团委"} <= asked


def test_a_scheduled_counter_said_with_teding_yu(corpus_plan):
    # cq_11 `郵電局特定於二零二零年十月十七日及十八日…設置臨時櫃台`; cq_08's `教育局於7月14日宣布` (the letter's own day) is reported
    assert any(r.org == "邮电局" and "设置临时柜台" in r.duty for r in corpus_plan("blind33/docs/cq_11.txt").responsibilities)
    assert corpus_plan("blind33/docs/cq_08.doc").responsibilities == []
