"""Chromium (Playwright) HTML/CSS print renderers."""
from __future__ import annotations

from html import escape as e

from .render_rl import BACKGROUND_TEXT, HINTS

CSS = """
@page { size: A4; margin: 22mm 18mm 22mm 18mm; }
body { font-family: %(font)s; font-size: 10pt; line-height: 1.35; color: #111; }
h1 { font-size: 16pt; margin: 6px 0 10px; }
.lbl { font-weight: bold; margin-top: 8px; }
.sender { font-size: 8.5pt; color: #333; }
.meta { font-size: 8.5pt; }
.cols { column-count: 2; column-gap: 9mm; }
.cols .lbl { break-after: avoid; }
.grid { display: grid; grid-template-columns: %(gridcols)s; gap: 8mm; }
.card { background: #eef3f7; border-left: 3px solid #2a5d84; padding: 6px 8px; font-size: 9pt; }
.info { float: right; width: 55mm; margin: 0 0 6mm 8mm; font-size: 8.5pt; border: 1px solid #999; padding: 5px; }
table.f { border-collapse: collapse; width: 100%%; }
table.f td, table.f th { border: 1px solid #888; padding: 4px 6px; vertical-align: top; }
table.f td.k { width: 38mm; background: #f0f0f0; vertical-align: %(valign)s; height: 3.2em; }
table.f td.k small { display:block; font-weight: normal; font-size: 7pt; color: #555; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.tbox { position: absolute; top: 40mm; right: 0; width: 58mm; border: 1.5px solid #2a5d84; padding: 6px; font-size: 8.5pt; background: #fafcff; }
.withbox { margin-right: 64mm; }
ol.hang { padding-left: 0; list-style: none; counter-reset: n; }
ol.hang li { counter-increment: n; padding-left: 8mm; text-indent: -8mm; margin-bottom: 5px; }
ol.hang li::before { content: counter(n) "."; display: inline-block; width: 8mm; text-indent: 0; }
.form { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; border-top: 1px solid #777; }
"""


def val(v):
    if isinstance(v, list):
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>"
    return f"<p>{e(v)}</p>"


def head(doc, meta=True):
    h = "<div class='sender'>" + "<br>".join(e(x) for x in doc.sender) + "</div><br>"
    h += "<div>" + "<br>".join(e(x) for x in doc.recipient) + "</div>"
    if meta:
        h += "<div class='meta'>" + "<br>".join(f"{e(k)}: {e(v)}" for k, v in doc.meta) + "</div>"
    return h + f"<h1>{e(doc.title)}</h1>"


def fields_html(doc, mode, valign="top"):
    if mode == "labels":
        return "".join(f"<div class='lbl'>{e(f.label)}</div>{val(f.value)}" for f in doc.fields)
    if mode == "hang":
        items = "".join(f"<li><b>{e(f.label)}:</b> {e(f.value if isinstance(f.value, str) else '; '.join(f.value))}</li>" for f in doc.fields)
        return f"<ol class='hang'>{items}</ol>"
    if mode in ("tall", "split"):
        th = "<thead><tr><th>Emne</th><th>Aftalt</th></tr></thead>" if mode == "split" else ""
        rows = ""
        for f in doc.fields:
            hint = f"<small>{e(HINTS.get(f.key, ''))}</small>" if mode == "tall" and HINTS.get(f.key) else ""
            rows += f"<tr><td class='k'><b>{e(f.label)}</b>{hint}</td><td>{val(f.value)}</td></tr>"
        return f"<table class='f'>{th}<tbody>{rows}</tbody></table>"
    if mode == "form":
        half = (len(doc.fields) + 1) // 2
        colA = "".join(f"<div class='lbl'>{e(f.label)}</div>{val(f.value)}" for f in doc.fields[:half])
        colB = "".join(f"<div class='lbl'>{e(f.label)}</div>{val(f.value)}" for f in doc.fields[half:])
        return f"<div class='form'><div>{colA}</div><div>{colB}</div></div>"
    raise ValueError(mode)


def tail(doc):
    h = ""
    if doc.table_rows:
        h += "<table class='f'><thead><tr>" + "".join(f"<th>{e(x)}</th>" for x in doc.table_head) + "</tr></thead><tbody>"
        h += "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in doc.table_rows) + "</tbody></table>"
    h += "".join(f"<p>{e(x)}</p>" for x in doc.closing)
    if doc.signature:
        h += "<p>" + "<br>".join(e(x) for x in doc.signature) + "</p>"
    return h


def card_html(doc):
    if not doc.card:
        return ""
    return f"<div class='card'><b>{e(doc.card[0])}</b><br>" + "<br>".join(e(x) for x in doc.card[1]) + "</div>"


def build_html(doc, layout, rng):
    valign = rng.choice(["top", "middle", "bottom"])
    font = rng.choice(["'DejaVu Sans', sans-serif", "'Liberation Serif', serif", "'Carlito', 'Liberation Sans', sans-serif"])
    gridcols = "52mm 1fr" if layout == "sidebar-left" else "1fr 52mm"
    intro = "".join(f"<p>{e(x)}</p>" for x in doc.intro)
    if layout == "two-column":
        body = head(doc) + f"<div class='cols'>{intro}{fields_html(doc, 'labels')}{tail(doc)}</div>"
    elif layout in ("sidebar-left", "sidebar-right"):
        side = card_html(doc) + "<div class='meta'><br>" + "<br>".join(f"{e(k)}: {e(v)}" for k, v in doc.meta) + "</div>"
        main = head(doc, meta=False) + intro + fields_html(doc, "labels") + tail(doc)
        body = f"<div class='grid'>{'<aside>' + side + '</aside>' if layout == 'sidebar-left' else ''}<main>{main}</main>{'<aside>' + side + '</aside>' if layout == 'sidebar-right' else ''}</div>"
    elif layout == "info-column":
        info = "<div class='info'>" + "<br>".join(f"{e(k)}: {e(v)}" for k, v in doc.meta) + ("<br><br>" + card_html(doc) if doc.card else "") + "</div>"
        body = "<div class='sender'>" + "<br>".join(e(x) for x in doc.sender) + "</div><br>" + info + \
            "<div>" + "<br>".join(e(x) for x in doc.recipient) + "</div>" + f"<h1>{e(doc.title)}</h1>" + intro + fields_html(doc, "labels") + tail(doc)
    elif layout == "textbox":
        body = f"<div style='position:relative'><div class='tbox'>{card_html(doc) or ''}</div><div class='withbox'>{head(doc)}{intro}{fields_html(doc, 'labels')}{tail(doc)}</div></div>"
    elif layout in ("tall-label-table", "split-table", "running-header"):
        mode = {"tall-label-table": "tall", "split-table": "split", "running-header": "labels"}[layout]
        bg = "".join(f"<p>{e(x)}</p>" for x in BACKGROUND_TEXT(doc, rng)) if layout != "tall-label-table" else ""
        body = head(doc) + bg + intro + fields_html(doc, mode) + tail(doc)
    elif layout == "hanging-list":
        body = head(doc) + intro + fields_html(doc, "hang") + tail(doc)
    elif layout == "form-columns":
        body = head(doc) + intro + fields_html(doc, "form") + tail(doc)
    else:
        body = head(doc) + intro + fields_html(doc, "labels") + tail(doc)
    return f"<!doctype html><html lang='da'><head><meta charset='utf-8'><title>{e(doc.title)}</title><style>{CSS % dict(font=font, gridcols=gridcols, valign=valign)}</style></head><body>{body}</body></html>"


def render_all(jobs):
    """jobs: list of (doc, path, layout, rng). One browser for all."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        br = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = br.new_page()
        for doc, path, layout, rng in jobs:
            page.set_content(build_html(doc, layout, rng))
            kw = {}
            if layout == "running-header":
                hdr = f"<div style='font-size:7pt;width:100%;padding:0 18mm;display:flex;justify-content:space-between'><span>{e(doc.title)}</span><span>{e(doc.sender[0])}</span></div>"
                ftr = ("<div style='font-size:7pt;width:100%;padding:0 18mm;display:flex;justify-content:space-between'>"
                       f"<span>{e(doc.footer_field or ' · '.join(doc.sender[:3]))}</span><span>Side <span class='pageNumber'></span> af <span class='totalPages'></span></span></div>")
                kw = dict(display_header_footer=True, header_template=hdr, footer_template=ftr,
                          margin={"top": "25mm", "bottom": "25mm", "left": "0", "right": "0"})
            page.pdf(path=str(path), format="A4", print_background=True, prefer_css_page_size=layout != "running-header", **kw)
        br.close()
