#!/usr/bin/env python3
"""Independent corpus M: 48 Danish Min Plan entries about mentorstøtte (LAB § 167).
Usage: python make_corpus_m.py --out DIR --seed N
"""
import argparse, calendar, datetime as dt, html, json, os, random

LAYOUTS = [("html-dl", "html"), ("html-table", "html"), ("html-divs", "html"),
           ("txt-print", "txt"), ("pdf-print", "pdf"), ("docx", "docx")]
DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-hours",
           "missing-follow-up", "duration-over-6-months"]
FIRST = ["Mette", "Jonas", "Sofie", "Kasper", "Line", "Rasmus", "Amalie", "Mads", "Camilla", "Nikolaj",
         "Freja", "Emil", "Ida", "Tobias", "Signe", "Anders", "Louise", "Patrick", "Nanna", "Victor"]
LAST = ["Dalgaard", "Krogsbøl", "Ravnholt", "Lindvig", "Bækgaard", "Storm", "Fjordby", "Hedelund",
        "Skovmose", "Engtoft", "Mølleberg", "Vestergren", "Kjærsig", "Holmdal", "Brinkvad"]
KOMMUNER = ["Ravnsø", "Egebjerg", "Fjordhavn", "Lyngmose", "Skovlund", "Bakkedal", "Havnsø Nord",
            "Kildeby", "Vindeholm", "Stenager", "Åløse", "Mosevang"]
JOBGOALS = [("Jobmål", "Ordinær ansættelse som lagermedarbejder i en virksomhed i {k} inden {d}"),
            ("Jobmål", "Fast job som køkkenmedhjælper i en kantine inden {d}"),
            ("Jobmål", "Ansættelse i løntilskud som pedelmedhjælper på en skole i {k} inden {d}"),
            ("Jobmål", "Job som chauffør med kørekort kategori C inden {d}"),
            ("Uddannelsesmål", "Start på grundforløb 1 på social- og sundhedsassistentuddannelsen inden {d}"),
            ("Uddannelsesmål", "Gennemføre første semester på HF-enkeltfag (dansk og matematik) inden {d}"),
            ("Uddannelsesmål", "Optagelse på EUD-grundforløb inden for smed og gennemførsel af de første 10 uger inden {d}"),
            ("Mit mål", "Job som butiksmedhjælper i dagligvarehandlen i {k} inden {d}")]
TASKS = [["møde stabilt og til tiden i praktikken", "planlægge transport til og fra arbejdspladsen",
          "forberede samtaler med arbejdsgiveren"],
         ["skabe struktur i hverdagen, så du kan møde på skolen hver dag", "kontakt til studievejleder",
          "overblik over afleveringer"],
         ["forberede jobsamtaler", "skrive ansøgninger til stillinger som lagermedarbejder",
          "følge dig til de første arbejdsdage"],
         ["kontakt til læge og behandler, så helbredet ikke står i vejen for jobbet",
          "planlægning af ugen omkring praktikken", "dialog med kollegaer på arbejdspladsen"]]
FOLLOW = ["Opfølgningssamtale med jobcentret hver 4. uge, hvor progression mod målet vurderes. Samlet evaluering 14 dage før periodens udløb.",
          "Vi følger op på mentorforløbet ved samtale hver måned. Mentor giver skriftlig status om fremmøde og progression inden samtalen.",
          "Status på progression drøftes ved fællessamtale med borger, mentor og sagsbehandler hver 6. uge og senest 14 dage før aftalen udløber.",
          "Opfølgning hver 3. uge pr. telefon; delmål gennemgås, og plan justeres ved behov."]
OTHER = [("Virksomhedspraktik", "Praktik i {k} Genbrug ApS", "Aktiv"),
         ("Virksomhedspraktik", "Praktik hos Brinkvad Maskinstation", "Planlagt"),
         ("Vejledning og opkvalificering", "Kursus i truckcertifikat", "Afsluttet"),
         ("Samtale", "Jobsamtale i jobcentret", "Afholdt")]
EMPTY = ["", "Ikke udfyldt", "-"]


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def dk(d):
    return d.strftime("%d.%m.%Y")


def build(i, layout, defect, rng):
    kom = rng.choice(KOMMUNER)
    citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    start = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 15]))
    months = rng.randint(7, 12) if defect == "duration-over-6-months" else rng.randint(3, 5)
    end = add_months(start, months) - dt.timedelta(days=1)
    printed = start - dt.timedelta(days=rng.randint(3, 20))
    glabel, gtext = rng.choice(JOBGOALS)
    gtext = gtext.format(k=kom, d=dk(add_months(end, 2)))
    hours = rng.choice(["2 timer pr. uge", "3 timer pr. uge", "4 timer pr. uge", "1,5 timer pr. uge",
                        "i alt 40 timer i perioden", "5 timer pr. uge"])
    phone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    mail = mentor.lower().replace(" ", ".").replace("æ", "ae").replace("ø", "oe").replace("å", "aa") + f"@{kom.lower().replace(' ', '').replace('å', 'aa').replace('ø', 'oe')}.dk"
    contact = rng.choice([f"{mentor}, tlf. {phone}", f"{mentor}, {mail}", f"{mentor}, tlf. {phone}, {mail}"])
    tasks = rng.choice(TASKS)
    follow = rng.choice(FOLLOW)
    empty = rng.choice(EMPTY)
    drop = rng.random() < 0.5  # remove the label entirely vs placeholder
    f = {  # label -> value (None = left out)
        "goal": (glabel, gtext), "mentor": ("Mentor", contact),
        "tasks": ("Mentoren hjælper dig med", tasks), "hours": ("Omfang", hours),
        "follow": ("Opfølgning", follow)}
    traits = [f"Min Plan print from Jobnet/sit.dk, Jobcenter {kom}", f"layout {layout}"]
    key = {"missing-goal": "goal", "missing-mentor": "mentor", "missing-tasks": "tasks",
           "missing-hours": "hours", "missing-follow-up": "follow"}.get(defect)
    for k, (lab, val) in f.items():
        if k == key:
            continue
        v = "; ".join(val) if isinstance(val, list) else val
        traits.append(f"{k}: '{lab}' = {v}")
    if key:
        lab = f[key][0]
        if drop:
            f[key] = (lab, None); traits.append(f"removed: {key} (label left out)")
        else:
            f[key] = (lab, empty); traits.append(f"removed: {key} (label kept, value '{empty or 'empty'}')")
    traits.append(f"period: 'Periode' {dk(start)} - {dk(end)} ({months} months)")
    others = []
    for o in rng.sample(OTHER, rng.randint(0, 2)):
        if defect == "missing-follow-up" and o[0] == "Samtale":
            continue
        others.append((o[0], o[1].format(k=kom), o[2]))
    d = dict(kom=kom, citizen=citizen, printed=printed, start=start, end=end, f=f, others=others)
    # Min Plan must hold five items (domain.md § 8, BAB § 52): goal, mentor, tasks, duration and
    # hours. Follow-up is not among them, so an entry without it is not a defect; the documents
    # are kept as a check that the linter does not ask for it.
    rules = [defect] if defect and defect != "missing-follow-up" else []
    if defect == "missing-follow-up":
        traits.append("follow-up left out: not required in Min Plan (BAB § 52), so no finding expected")
    return d, rules, traits


def model(d):
    """Flatten to header + sections of (label, value) rows."""
    f = d["f"]
    head = [("Borger", d["citizen"]), ("Jobcenter", f"Jobcenter {d['kom']}"), ("Udskrevet", dk(d["printed"]))]
    goal_sec = []
    if f["goal"][1] is not None:
        goal_sec.append(f["goal"])
    act = [("Aktivitet", "Mentorstøtte (LAB § 167)"), ("Periode", f"{dk(d['start'])} - {dk(d['end'])}"),
           ("Status", "Aktiv")]
    for k in ("mentor", "tasks", "hours"):
        if f[k][1] is not None:
            act.append(f[k])
    fol = [f["follow"]] if f["follow"][1] is not None else []
    return head, goal_sec, act, fol


def val_text(v):
    return ", ".join(v) if isinstance(v, list) else v


def render_html(d, kind):
    head, goal, act, fol = model(d)
    e = html.escape
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min Plan</title></head><body>",
           "<h1>Min Plan</h1>"]
    def block(title, rows):
        if kind == "dl":
            s = f"<h2>{e(title)}</h2><dl>"
            for l, v in rows:
                if isinstance(v, list):
                    s += f"<dt>{e(l)}</dt><dd><ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul></dd>"
                else:
                    s += f"<dt>{e(l)}</dt><dd>{e(v)}</dd>"
            return s + "</dl>"
        if kind == "table":
            s = f"<h2>{e(title)}</h2><table border='1'>"
            for l, v in rows:
                s += f"<tr><th>{e(l)}</th><td>{e(val_text(v))}</td></tr>"
            return s + "</table>"
        s = f"<div class='mp-section'><div class='mp-title'>{e(title)}</div>"
        for l, v in rows:
            s += (f"<div class='mp-row'><div class='mp-label'><span>{e(l)}</span></div>"
                  f"<div class='mp-value'><span>{e(val_text(v))}</span></div></div>")
        return s + "</div>"
    out.append(block("Plan for", head))
    out.append(block("Mit mål", goal if goal else [("Mål", "")]) if goal or True else "")
    out.append(block("Indsats: Mentorstøtte", act))
    for t, desc, st in d["others"]:
        out.append(block(f"Indsats: {t}", [("Aktivitet", desc), ("Status", st)]))
    if fol:
        out.append(block("Opfølgning", fol))
    out.append("</body></html>")
    return "\n".join(out)


def render_txt(d):
    head, goal, act, fol = model(d)
    L = ["MIN PLAN", "=" * 60]
    for l, v in head:
        L.append(f"{l + ':':<28}{v}")
    def sec(title, rows):
        L.append(""); L.append(title.upper()); L.append("-" * 60)
        for l, v in rows:
            if isinstance(v, list):
                L.append(f"{l}:")
                L.extend(f"  - {x}" for x in v)
            else:
                L.append(f"{l + ':':<28}{v}")
    sec("Mit mål", goal if goal else [("Mål", "")])
    sec("Indsatser - Mentorstøtte", act)
    for t, desc, st in d["others"]:
        sec(f"Indsatser - {t}", [("Aktivitet", desc), ("Status", st)])
    if fol:
        sec("Opfølgning", fol)
    L.append(""); L.append(f"Side 1 af 1 - udskrevet {dk(d['printed'])}")
    return "\n".join(L) + "\n"


def render_pdf(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    head, goal, act, fol = model(d)
    ss = getSampleStyleSheet(); e = html.escape
    story = [Paragraph("Min Plan", ss["Title"]),
             Paragraph(e(f"{d['citizen']} - Jobcenter {d['kom']} - udskrevet {dk(d['printed'])}"), ss["Normal"]),
             Spacer(1, 10)]
    def grid(title, rows):
        story.append(Paragraph(e(title), ss["Heading2"]))
        data = [[Paragraph(f"<b>{e(l)}</b>", ss["Normal"]),
                 Paragraph("<br/>".join(e(x) for x in v) if isinstance(v, list) else e(v), ss["Normal"])]
                for l, v in rows]
        t = Table(data, colWidths=[150, 330])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    grid("Mit mål", goal if goal else [("Mål", "")])
    grid("Indsats: Mentorstøtte", act)
    for t, desc, st in d["others"]:
        grid(f"Indsats: {t}", [("Aktivitet", desc), ("Status", st)])
    if fol:
        grid("Opfølgning", fol)
    SimpleDocTemplate(path, pagesize=A4, title="Min Plan").build(story)


def render_docx(d, path):
    import docx
    head, goal, act, fol = model(d)
    doc = docx.Document()
    doc.add_heading("Min Plan", 0)
    for l, v in head:
        doc.add_paragraph(f"{l}: {v}")
    def sec(title, rows):
        doc.add_heading(title, 1)
        t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
        for l, v in rows:
            c = t.add_row().cells
            c[0].text = l
            c[1].text = "\n".join(v) if isinstance(v, list) else v
    sec("Mit mål", goal if goal else [("Mål", "")])
    sec("Indsats: Mentorstøtte", act)
    for t, desc, st in d["others"]:
        sec(f"Indsats: {t}", [("Aktivitet", desc), ("Status", st)])
    if fol:
        sec("Opfølgning", fol)
    doc.save(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    # 6 layouts x 8: 4 compliant + 4 defective; defects rotate so each defect gets 4 docs over layouts
    plan = []
    di = 0
    for li, (layout, ext) in enumerate(LAYOUTS):
        labels = [None] * 4
        for _ in range(4):
            labels.append(DEFECTS[di % 6]); di += 1
        rng.shuffle(labels)
        plan += [(layout, ext, lab) for lab in labels]
    recs = []
    for n, (layout, ext, defect) in enumerate(plan, 1):
        d, rules, traits = build(n, layout, defect, rng)
        rel = f"{layout}/m_{n:03d}_{layout}.{ext}"
        p = os.path.join(a.out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if ext == "html":
            open(p, "w", encoding="utf-8").write(render_html(d, {"html-dl": "dl", "html-table": "table"}.get(layout, "div")))
        elif ext == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(d))
        elif ext == "pdf":
            render_pdf(d, p)
        else:
            render_docx(d, p)
        recs.append({"path": rel, "format": ext, "kind": "minplan", "subtype": "minplan", "layout": layout,
                     "rules": rules, "extras": [], "error": None, "accept_errors": [], "hostile": False,
                     "must_not_contain": [], "traits": traits,
                     "period": {"start": d["start"].isoformat(), "end": d["end"].isoformat()}})
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
