"""Render a stored portal page (found/*.txt) as HTML: its header block as a table of the cells the
portal shows (label, value), the other lines as paragraphs, every character of the text kept."""
import html, sys
from pathlib import Path

def page(title, rows, body_lines, head_lines=()):
    esc = html.escape
    trs = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    pre = "\n".join(f'<div class="crumb">{esc(l)}</div>' for l in head_lines)
    ps = "\n".join(f"<p>{esc(l)}</p>" if l.strip() else "<p></p>" for l in body_lines)
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

# bq_01: title line, then four header lines of label : value pairs
L = lines("01")
rows = [["索引号 :", "01105619X/2024-07672", "文       号 :", "嘉政办发〔2024〕1号"],
        ["主题分类:", "政务督查", "发文单位:", "嘉鱼县人民政府办公室"],
        ["名       称:", L[3].split(": ", 1)[1].rsplit(" 发布日期:", 1)[0], "发布日期:", "2024年03月18日"],
        ["有效性:", "有效", "发文日期:", "2024年02月22日"]]
Path("docs/bq_01.html").write_text(page(L[0], rows, [L[0]] + L[5:]), encoding="utf-8")

# bq_02: the header rows are printed with | between cells
L = lines("02")
rows = [[c.strip() for c in l.strip("|").split("|") if c.strip()] for l in L[:6]]
Path("docs/bq_02.html").write_text(page(rows[0][1], rows, L[6:]), encoding="utf-8")

# bq_03: breadcrumb lines, three header lines (label value pairs), then the page
L = lines("03")
rows = [["索  引  号", "113708280043358015/2021-01956", "公开方式", "主动公开"],
        ["发布机构", "金乡县发展和改革局", "组配分类", "发展计划"],
        ["成文日期", "2021-02-22", "废止日期", ""],
        ["有效性", "", "", ""]]
Path("docs/bq_03.html").write_text(page(L[6], rows, L[6:], head_lines=L[:2]), encoding="utf-8")
