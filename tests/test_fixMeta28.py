"""Meta and contacts read on branch fixMeta28, each on a short real excerpt of the notice that shows it."""
from __future__ import annotations

from extractor import parse


def _plan(tmp_path, text: str, name: str = "notice.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse(str(path))


# 官亭镇's 秸秆禁烧 item on 巨鹿's portal (blind58 dp_05): the posting row's cells run together, read as frame
DP_05 = """欢迎访问巨鹿人民政府网站
官亭镇调度秸秆禁烧工作
发布时间:2020-10-07发布机构:官亭镇人民政府浏览次数:106字体:[]
体裁分类:工作部署主题分类:城乡建设、环境保护索引号:jlxgtz/1602745406498
2020年10月7日李扬镇长调度秸秆禁烧工作:
一、要落实责任。镇村干部务必加强认识,不断强化措施、狠抓落实,要把任务层层分解,做到思想到位、宣传到位、组织到位、责任到位,形成全覆盖的网格化管理机制;
二、要宣传无死角。各村要发动宣传起来、村喇叭响起来、条幅挂起来、充分发动村网格员、志愿者积极宣传;
"""


def test_a_posting_rows_publisher_cell_is_read_in_a_frame_line(tmp_path):
    meta = _plan(tmp_path, DP_05).meta
    assert meta.issuer == "官亭镇人民政府"
    assert meta.title == "官亭镇调度秸秆禁烧工作"


# 广东省卫生计生委's 转发 of the 世界防治麻风病日 notice (blind50 dh_07): four joint signers, one a line, the third by its
# short name
DH_07 = """转发国家卫生计生委办公厅等4部门关于开展世界防治麻风病日活动的通知
粤卫函〔2016〕125号
各地级以上市及顺德区卫生计生局(委)、民政局、残联、红十字会,顺德区民政和人力资源社会保障局:
现将国家卫生计生委办公厅等4部门《关于开展世界防治麻风病日活动的通知》(国卫办疾控函〔2016〕19号)转发给你们,请结合实际,认真组织开展麻风病防治及宣传活动。宣传活动结束后,请各市卫生计生行政部门牵头总结活动情况,并将书面报告(包括电子版)于2016年3月5日前报省卫生计生委。
联系人:王剑莉,联系电话:020-83803745
省卫生计生委
省民政厅
省残联
省红十字会
2016年1月28日
"""


def test_a_disabled_persons_federation_signs_by_its_short_name(tmp_path):
    meta = _plan(tmp_path, DH_07).meta
    assert meta.issuer == "省卫生计生委、省民政厅、省残联、省红十字会"
    assert meta.date == "2016-01-28"
