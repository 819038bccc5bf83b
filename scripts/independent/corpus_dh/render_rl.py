"""reportlab renderers: frames, sidebars, tables with tall label cells, canvas-drawn text boxes."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, LongTable, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

_FONTS = False


def fonts():
    global _FONTS
    if not _FONTS:
        d = "/usr/share/fonts/truetype/dejavu/"
        pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVS", d + "DejaVuSerif.ttf"))
        _FONTS = True


def styles(serif: bool):
    fonts()
    base = "DVS" if serif else "DV"
    return {
        "n": ParagraphStyle("n", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4),
        "s": ParagraphStyle("s", fontName=base, fontSize=8, leading=10),
        "h": ParagraphStyle("h", fontName="DVB", fontSize=15, leading=19, spaceAfter=8, spaceBefore=4),
        "l": ParagraphStyle("l", fontName="DVB", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        "b": ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, leftIndent=14, bulletIndent=4),
        "hang": ParagraphStyle("hang", fontName=base, fontSize=9.5, leading=12.5, leftIndent=22,
                               bulletIndent=0, spaceAfter=5),
    }


def P(t, st):
    return Paragraph(escape(t), st)


def value_flow(v, S):
    if isinstance(v, list):
        return [Paragraph(escape(x), S["b"], bulletText="•") for x in v]
    return [P(v, S["n"])]


def head_flow(doc, S, with_meta=True):
    out = [P(x, S["s"]) for x in doc.sender]
    out.append(Spacer(1, 8))
    out += [P(x, S["n"]) for x in doc.recipient]
    if with_meta:
        for k, v in doc.meta:
            out.append(P(f"{k}: {v}", S["s"]))
    out.append(P(doc.title, S["h"]))
    return out


def body_flow(doc, S, mode="labels", rng=None, valign="TOP", width=17 * cm):
    out = [P(x, S["n"]) for x in doc.intro]
    if mode == "labels":
        for fl in doc.fields:
            out.append(P(fl.label, S["l"]))
            out += value_flow(fl.value, S)
    elif mode == "hang":
        for i, fl in enumerate(doc.fields, 1):
            v = fl.value if isinstance(fl.value, str) else "; ".join(fl.value) + "."
            out.append(Paragraph(f"<b>{escape(fl.label)}</b><br/>{escape(v)}", S["hang"], bulletText=f"{i}."))
    elif mode in ("tall", "split"):
        rows = []
        if mode == "split":
            rows.append([P("Punkt", S["l"]), P("Indhold", S["l"])])
        for fl in doc.fields:
            hint = HINTS.get(fl.key, "")
            lab = f"<b>{escape(fl.label)}</b>" + (f"<br/><font size=7>{escape(hint)}</font>" if mode == "tall" and hint else "")
            rows.append([Paragraph(lab, S["n"]), value_flow(fl.value, S)])
        T = LongTable if mode == "split" else Table
        t = T(rows, colWidths=[4.2 * cm if mode == "tall" else 4.6 * cm, width - 4.6 * cm],
              repeatRows=1 if mode == "split" else 0)
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (0, -1), valign),
              ("VALIGN", (1, 0), (1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f5"))]
        if mode == "split":
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9d6e0")))
        if mode == "tall":
            st += [("TOPPADDING", (0, 0), (0, -1), 14), ("BOTTOMPADDING", (0, 0), (0, -1), 14)]
        t.setStyle(TableStyle(st))
        out.append(t)
    if doc.table_rows:
        out.append(Spacer(1, 8))
        rows = [[P(x, S["l"]) for x in doc.table_head]] + [[P(x, S["s"]) for x in r] for r in doc.table_rows]
        t = LongTable(rows, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
        out.append(t)
    out += [P(x, S["n"]) for x in doc.closing]
    if doc.signature:
        out.append(Spacer(1, 10))
        out += [P(x, S["n"]) for x in doc.signature]
    return out


HINTS = {"goal": "Hvad skal forløbet føre frem til? Beskriv målet konkret.",
         "mentor": "Navn, arbejdssted, telefon og e-mail",
         "tasks": "Beskriv, hvad mentor konkret skal bistå med",
         "duration": "Start- og slutdato",
         "follow_up": "Hvornår og hvordan følges der op?",
         "hours": "Antal timer, mentor er bevilget",
         "appeal": ""}


def render(doc, path, layout, rng):
    S = styles(serif=rng.random() < 0.4)
    W, H = A4
    M = 2 * cm
    page_label = rng.choice(["Side {n}", "Side {n}", "{n}", "- {n} -"])
    hdr_txt = f"{doc.title} · {doc.recipient[0] if doc.recipient else doc.sender[0]}"
    ftr_txt = " · ".join(doc.sender[:1] + doc.sender[2:4])

    def running(canv, d):
        canv.saveState()
        canv.setFont("DV", 7.5)
        if layout == "running-header":
            canv.drawString(M, H - 1.2 * cm, hdr_txt)
            canv.drawRightString(W - M, H - 1.2 * cm, page_label.format(n=d.page))
            canv.drawString(M, 1.1 * cm, doc.footer_field or ftr_txt)
            canv.drawRightString(W - M, 1.1 * cm, f"Sagsnr. {dict(doc.meta).get('Sagsnr.', '')}".strip())
        else:
            canv.drawCentredString(W / 2, 1.1 * cm, page_label.format(n=d.page))
        canv.restoreState()

    def textbox(canv, d):
        running(canv, d)
        if layout == "textbox" and doc.card:
            x, y, w = W - M - 6 * cm, H - M - 5.2 * cm, 6 * cm
            canv.saveState()
            canv.setStrokeColor(colors.HexColor("#336699"))
            canv.setFillColor(colors.HexColor("#eef4fa"))
            canv.roundRect(x, y, w, 4.6 * cm, 6, fill=1)
            canv.setFillColor(colors.black)
            canv.setFont("DVB", 9)
            canv.drawString(x + 8, y + 4.6 * cm - 14, doc.card[0])
            canv.setFont("DV", 8.5)
            for i, line in enumerate(doc.card[1]):
                canv.drawString(x + 8, y + 4.6 * cm - 28 - i * 11, line)
            canv.restoreState()

    bd = BaseDocTemplate(str(path), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                         title=doc.title, author=doc.sender[0])
    full = Frame(M, M, W - 2 * M, H - 2 * M, id="full")
    story = []
    if layout == "two-column":
        gap = 0.8 * cm
        cw = (W - 2 * M - gap) / 2
        top_h = 8.5 * cm
        first = [Frame(M, H - M - top_h, W - 2 * M, top_h, id="top"),
                 Frame(M, M, cw, H - 2 * M - top_h, id="c1"), Frame(M + cw + gap, M, cw, H - 2 * M - top_h, id="c2")]
        later = [Frame(M, M, cw, H - 2 * M, id="d1"), Frame(M + cw + gap, M, cw, H - 2 * M, id="d2")]
        bd.addPageTemplates([PageTemplate("first", first, onPage=running), PageTemplate("later", later, onPage=running)])
        story = head_flow(doc, S) + [NextPageTemplate("later"), FrameBreak()] + body_flow(doc, S, rng=rng)
    elif layout in ("sidebar-left", "sidebar-right"):
        sw, gap = 5.0 * cm, 0.7 * cm
        mw = W - 2 * M - sw - gap
        if layout == "sidebar-left":
            side, main = Frame(M, M, sw, H - 2 * M, id="side"), Frame(M + sw + gap, M, mw, H - 2 * M, id="main")
        else:
            main, side = Frame(M, M, mw, H - 2 * M, id="main"), Frame(M + mw + gap, M, sw, H - 2 * M, id="side")
        bd.addPageTemplates([PageTemplate("first", [side, main], onPage=running),
                             PageTemplate("later", [full], onPage=running)])
        sidebar = []
        if doc.card:
            sidebar += [P(doc.card[0], S["l"])] + [P(x, S["s"]) for x in doc.card[1]] + [Spacer(1, 14)]
        sidebar += [P(f"{k}: {v}", S["s"]) for k, v in doc.meta]
        story = sidebar + [NextPageTemplate("later"), FrameBreak()] + head_flow(doc, S, with_meta=False) + \
            body_flow(doc, S, rng=rng, width=mw)
    elif layout == "info-column":
        iw, gap, ih = 5.0 * cm, 0.6 * cm, 9 * cm
        mw = W - 2 * M - iw - gap
        first = [Frame(M + mw + gap, H - M - ih, iw, ih, id="info"), Frame(M, H - M - ih, mw, ih, id="lead"),
                 Frame(M, M, W - 2 * M, H - 2 * M - ih, id="rest")]
        bd.addPageTemplates([PageTemplate("first", first, onPage=running), PageTemplate("later", [full], onPage=running)])
        info = [P(doc.sender[0], S["l"])] + [P(x, S["s"]) for x in doc.sender[1:]] + [Spacer(1, 6)]
        info += [P(f"{k}: {v}", S["s"]) for k, v in doc.meta]
        if doc.card:
            info += [Spacer(1, 6), P(doc.card[0], S["l"])] + [P(x, S["s"]) for x in doc.card[1]]
        story = info + [FrameBreak(), NextPageTemplate("later")] + [P(x, S["n"]) for x in doc.recipient] + \
            [Spacer(1, 10), P(doc.title, S["h"])] + body_flow(doc, S, rng=rng)
    else:
        tops = {"textbox": 6 * cm}
        fr = Frame(M, M, W - 2 * M - (6.5 * cm if layout == "textbox" else 0), H - 2 * M, id="f1")
        bd.addPageTemplates([PageTemplate("first", [fr], onPage=textbox), PageTemplate("later", [full], onPage=running)])
        mode = {"tall-label-table": "tall", "split-table": "split", "hanging-list": "hang"}.get(layout, "labels")
        pre = []
        if layout in ("running-header", "split-table"):
            pre = [P(x, S["n"]) for x in BACKGROUND_TEXT(doc, rng)]
        width = fr._width
        story = [NextPageTemplate("later")] + head_flow(doc, S) + pre + \
            body_flow(doc, S, mode=mode, rng=rng, valign=rng.choice(["TOP", "MIDDLE", "BOTTOM"]), width=width)
        if layout == "form-columns":
            story = [NextPageTemplate("later")] + head_flow(doc, S) + form_columns(doc, S, width)
    bd.build(story)


def form_columns(doc, S, width):
    half = (len(doc.fields) + 1) // 2
    left = [x for fl in doc.fields[:half] for x in [P(fl.label, S["l"])] + value_flow(fl.value, S)]
    right = [x for fl in doc.fields[half:] for x in [P(fl.label, S["l"])] + value_flow(fl.value, S)]
    t = Table([[left, right]], colWidths=[width / 2, width / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.grey)]))
    out = [P(x, S["n"]) for x in doc.intro] + [t]
    out += [P(x, S["n"]) for x in doc.closing] + [Spacer(1, 8)] + [P(x, S["n"]) for x in doc.signature]
    return out


def BACKGROUND_TEXT(doc, rng):
    """Neutral background paragraphs that push the fields onto the next page(s)."""
    if doc.kind in ("minplan", "unknown"):
        return []  # a plan print or a provider's paper has no letter background
    name = doc.recipient[0].split()[0] if doc.recipient else "Borgeren"
    pool = [f"{name} har været tilknyttet kommunen i en længere periode og har deltaget i flere samtaler. "
            "På det seneste møde gennemgik vi forløbet indtil nu, og der var enighed om, at en mentor kan gøre en forskel.",
            "Sagen er drøftet på et fællesmøde, hvor også en repræsentant fra uddannelsesstedet deltog. "
            "Der er indhentet oplysninger fra egen læge med samtykke.",
            f"{name} fortæller, at det har været svært at komme afsted om morgenen, og at det hjælper at have en fast person at tale med. "
            "Familien bakker op om forløbet.",
            "Vi har gennemgået de tidligere indsatser. Nogle har virket, andre er stoppet før tid, fordi der manglede en fast kontakt.",
            "Oplysningerne i dette dokument behandles efter databeskyttelsesreglerne. Du kan læse mere om, hvordan kommunen behandler personoplysninger, på kommunens hjemmeside."]
    pool += ["Du har selv peget på, at det er vigtigt for dig at have en person, du kan ringe til, når noget går galt.",
             "Kommunen har ansvaret for sagen. Mentor er ikke myndighed og træffer ikke afgørelser i din sag.",
             "Hvis du flytter eller skifter telefonnummer, skal du give kommunen besked.",
             f"Ved mødet deltog {name}, sagsbehandleren og en bisidder. Referatet er sendt til e-Boks.",
             "Du har givet samtykke til, at kommunen og mentor må udveksle oplysninger, som er nødvendige for forløbet."]
    return rng.sample(pool, rng.randint(4, len(pool)))
