"""Render the stored portal pages (found/bq_01..03.txt) as HTML pages (docs/bq_01..03.html): the portal's
header block as a table of the label and value cells the page shows, every other line a paragraph, the
breadcrumb lines of bq_03 before the table. Every character of the stored text is kept; the markup is ours.

    cd corpus/blind7 && python3 render_html.py
"""
import html
from pathlib import Path


def page(title, rows, body_lines, head_lines=()):
    esc = html.escape
    trs = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    pre = "\n".join(f'<div class="crumb">{esc(line)}</div>' for line in head_lines)
    ps = "\n".join(f"<p>{esc(line)}</p>" if line.strip() else "<p></p>" for line in body_lines)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
</head>
<body>
{pre}
<table class="xxgk-head">
{trs}
</table>
<div class="article-content">
{ps}
</div>
</body>
</html>
"""


def lines(n):
    return Path(f"found/bq_{n}.txt").read_text(encoding="utf-8").split("\n")


# bq_01: the headline, then four header lines of `label: value` pairs
text = lines("01")
rows = [["索引号 :", "01105619X/2024-07672", "文       号 :", "嘉政办发〔2024〕1号"],
        ["主题分类:", "政务督查", "发文单位:", "嘉鱼县人民政府办公室"],
        ["名       称:", text[3].split(": ", 1)[1].rsplit(" 发布日期:", 1)[0], "发布日期:", "2024年03月18日"],
        ["有效性:", "有效", "发文日期:", "2024年02月22日"]]
Path("docs/bq_01.html").write_text(page(text[0], rows, [text[0]] + text[5:]), encoding="utf-8")

# bq_02: the header rows are printed with | between cells
text = lines("02")
rows = [[c.strip() for c in line.strip("|").split("|") if c.strip()] for line in text[:6]]
Path("docs/bq_02.html").write_text(page(rows[0][1], rows, text[6:]), encoding="utf-8")

# bq_03: two breadcrumb lines, the header lines (label and value without colons), then the page
text = lines("03")
rows = [["索  引  号", "113708280043358015/2021-01956", "公开方式", "主动公开"],
        ["发布机构", "金乡县发展和改革局", "组配分类", "发展计划"],
        ["成文日期", "2021-02-22", "废止日期", ""],
        ["有效性", "", "", ""]]
Path("docs/bq_03.html").write_text(page(text[6], rows, text[6:], head_lines=text[:2]), encoding="utf-8")
