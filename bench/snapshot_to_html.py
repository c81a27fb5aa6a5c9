#!/usr/bin/env python3
"""A static HTML page with the same content as the wall's overview page, from
a snapshot JSON: the browser-kiosk alternative, for the side-by-side idle
measurement (bench/idle_display.sh). Not part of the product.
   snapshot_to_html.py SNAPSHOT.json > board.html"""
import html, json, sys

s = json.load(open(sys.argv[1]))
RAG = {"red": "#d55e00", "amber": "#e69f00", "green": "#009e73", "none": "#9aa3ae"}
STATE = [("complete", "#56b4e9"), ("on_track", "#009e73"), ("at_risk", "#e69f00"),
         ("off_track", "#d55e00"), ("overdue", "#cc79a7"), ("not_started", "#6b7686")]
esc = html.escape

def value(i, v):
    return f"{v:.2f}" if i["unit"] == "ratio" else f"{v:.2f}%"

plans = []
for p in s["plans"]:
    total = max(1, p["total"])
    segs = "".join(f'<div style="flex:{p["counts"][k]};background:{c}">{p["counts"][k] or ""}</div>'
                   for k, c in STATE if p["counts"][k])
    plans.append(f'<div class="card"><div class="pct">{p["percent_complete"]:.0f}%</div>'
                 f'<h3>{esc(p["title"])}</h3><p>{p["total"]} actions</p><div class="bar">{segs}</div></div>')
tiles = []
for i in s["indicators"]:
    prev = f'from {value(i, i["previous"])}' if i.get("previous") is not None else ""
    tiles.append(f'<div class="tile" style="border-left:6px solid {RAG[i["rag"]]}"><div class="lab">{i["number"]} '
                 f'{esc(i["label"])}</div><div class="val">{value(i, i["value"])}</div>'
                 f'<div class="rag" style="color:{RAG[i["rag"]]}">{i["rag"].title()}</div>'
                 f'<div class="tr">{i["trend"].replace("_", " ").title()} {prev}</div></div>')

print(f"""<!doctype html><html><head><meta charset="utf-8"><title>WRES board</title>
<style>
@font-face {{ font-family: Inter; src: url(file:///usr/share/fonts/opentype/inter/Inter-Regular.otf); }}
@font-face {{ font-family: Inter; font-weight: bold; src: url(file:///usr/share/fonts/opentype/inter/Inter-Bold.otf); }}
body {{ margin: 0; padding: 22px 36px; background: #10141b; color: #f2f4f7; font-family: Inter, sans-serif; }}
header {{ display: flex; justify-content: space-between; border-bottom: 2px solid #2c3543; }}
h1 {{ font-size: 40px; margin: 0; }} h2 {{ font-size: 40px; margin: 16px 0; }} h3 {{ font-size: 30px; margin: 0; }}
.clock {{ font-size: 58px; font-weight: bold; }}
main {{ display: grid; grid-template-columns: 40% 1fr; gap: 30px; }}
.card, .tile {{ background: #1b212b; border: 1.5px solid #2c3543; border-radius: 14px; padding: 16px 20px; margin-bottom: 20px; }}
.pct {{ float: right; font-size: 58px; font-weight: bold; color: #56b4e9; }}
.bar {{ display: flex; height: 34px; margin-top: 12px; color: #10141b; font-size: 24px; text-align: center; }}
.tiles {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 20px; }}
.val {{ font-size: 58px; font-weight: bold; }} .lab, .tr, .rag {{ font-size: 24px; color: #a9b3c1; }}
</style></head><body>
<header><div><h1>{esc(s["organisation"])}</h1><p style="font-size:30px;color:#a9b3c1">{esc(s["title"])}</p></div>
<div class="clock">20:00</div></header>
<main><section><h2>Action plans</h2>{"".join(plans)}</section>
<section><h2>WRES indicators</h2><div class="tiles">{"".join(tiles)}</div></section></main>
</body></html>""")
