#!/usr/bin/env python3
"""Independent corpus v: digital channels (HTML exports, e-mails). Deterministic."""
import argparse, json, random, os, html, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email import charset as _cs
from email.utils import formatdate

FIRST = ["Mette", "Rasmus", "Søren", "Birgitte", "Ahmed", "Lærke", "Jørgen", "Aylin", "Kasper", "Åse", "Nikolaj", "Pernille"]
LAST = ["Østergaard", "Kjærsgaard", "Holm", "Bæk", "Nørgaard", "Lund", "Dahl", "Friis", "Skovgård", "Brøndum"]
KOM = ["Viborg", "Faxe", "Tønder", "Holbæk", "Assens", "Herning", "Roskilde"]
MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
GOALS = [
    "{c} starter i virksomhedspraktik hos Netto i {k} 15 timer om ugen senest 1. {m} 2026.",
    "{c} gennemfører første semester på SOSU-hjælperuddannelsen og møder mindst fire dage om ugen.",
    "{c} er i løntilskudsjob som lagermedarbejder 25 timer om ugen ved periodens udløb.",
    "{c} begynder på HF-enkeltfag i {k} og har under 10 % fravær i de første tre måneder.",
]
VAGUE = ["Støtte til at komme videre og øget trivsel.", "Sikre at {c} får mere struktur på hverdagen og bedre selvværd.",
         "Hjælp til at komme tættere på arbejdsmarkedet."]
TASKS = ["Følge {c} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
         "Hjælpe {c} med at planlægge ugen, følge med til møder med skolen og øve transport med bus.",
         "Støtte {c} i kontakten med arbejdspladsen og tage en samtale om fremmøde hver uge."]
FOLLOW = ["Statusmøde med mentor og sagsbehandler hver måned; delmål: fremmøde fire dage om ugen fra anden måned. Evaluering 14 dage inden støtteperioden ophører.",
          "Opfølgning hver 3. uge med fokus på progression: delmål 1 er stabilt fremmøde, delmål 2 er flere arbejdsdage om ugen.",
          "Vi evaluerer samarbejdet ved en midtvejsevaluering og igen 14 dage før periodens udløb; progression måles på fremmøde."]
APPEAL = ["Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
          "Du kan klage mundtligt eller skriftligt til kommunen inden 4 uger fra du har modtaget dette brev. Kommunen genvurderer sagen, og hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedsloven kap. 10)."]
BAD_APPEAL = "Du kan klage over afgørelsen."


def dk(d):
    return f"{d.day}. {MON[d.month-1]} {d.year}"


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return datetime.date(d.year + y, m + 1, 1)


class Doc:
    pass


def make_case(r):
    c = r.choice(FIRST) + " " + r.choice(LAST)
    mentor = r.choice(FIRST) + " " + r.choice(LAST)
    while mentor.split()[0] == c.split()[0]:
        mentor = r.choice(FIRST) + " " + r.choice(LAST)
    cw = r.choice(FIRST) + " " + r.choice(LAST)
    k = r.choice(KOM)
    start = datetime.date(2026, r.randint(1, 9), 1)
    return dict(c=c, cf=c.split()[0], mentor=mentor, cw=cw, k=k, start=start,
                mphone=f"{r.randint(20,29)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}",
                cwphone=f"{r.randint(70,79)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}",
                hours=r.choice([2, 3, 4, 5]))


def fields(r, case, kind, defects):
    """Return list of (label, value) and period dict."""
    c, k = case["cf"], case["k"]
    s = case["start"]
    months = 6
    if "duration-over-6-months" in defects:
        months = r.choice([8, 9, 12])
    end = add_months(s, months) - datetime.timedelta(days=1)
    period = {"start": s.isoformat(), "end": end.isoformat()}
    gpool = GOALS
    if "missing-hours" in defects:
        gpool = [g for g in gpool if "timer" not in g]
    if "missing-duration" in defects:
        gpool = [g for g in gpool if "1. {m}" not in g and "måneder" not in g]
    goal = r.choice(gpool).format(c=c, k=k, m=MON[(s.month + 3) % 12])
    if "unclear-goal" in defects:
        goal = r.choice(VAGUE).format(c=c)
    out = []
    if "missing-goal" not in defects:
        out.append(("Målet med mentorstøtten", goal))
    if "missing-mentor" not in defects:
        out.append(("Mentor", f"{case['mentor']}, Jobhuset {k}, tlf. {case['mphone']}"))
    else:
        out.append(("Mentor", f"{case['mentor']} (kontaktoplysninger følger)"))
    if "missing-tasks" not in defects:
        tpool = [TASKS[1]] if "missing-follow-up" in defects else TASKS
        out.append(("Mentorens opgaver", r.choice(tpool).format(c=c)))
    if "missing-duration" not in defects:
        out.append(("Periode", f"{dk(s)} – {dk(end)}"))
    else:
        out.append(("Periode", "Udfyldes senere"))
        period = None
    if kind == "agreement" and "missing-follow-up" not in defects:
        out.append(("Opfølgning og progression", r.choice(FOLLOW)))
    if "missing-hours" not in defects:
        out.append(("Timetal", f"{case['hours']} timer pr. uge"))
    else:
        out.append(("Timetal", "efter behov"))
    if kind == "agreement":
        if "missing-appeal-guidance" in defects:
            out.append(("Klagevejledning", BAD_APPEAL))
        else:
            out.append(("Klagevejledning", r.choice(APPEAL).format(k=k)))
    return out, period


# ---------------- HTML renderers ----------------
CHROME_TOP = """<nav class="topmenu"><ul><li><a href="#">Forside</a></li><li><a href="#">Sager</a></li><li><a href="#">Dokumenter</a></li><li><a href="#">Log ud</a></li></ul></nav>
<div class="breadcrumbs"><span>Borgere</span> &rsaquo; <span>Sag 2026-{n:04d}</span> &rsaquo; <span>Dokument</span></div>
<div class="spinner" style="display:none">Indlæser …</div>
"""
CHROME_BOT = """<div class="footer"><span>Sagssystem v4.2</span> · <span>Udskrevet {d}</span> · <span>Side 1 af 1</span></div>"""


def esc(s):
    return html.escape(s, quote=False)


def html_body(layout, title, pairs, pre=""):
    rows = []
    if layout == "sibling-divs":
        for l, v in pairs:
            rows.append(f'<div class="row"><div class="lbl">{esc(l)}:</div><div class="val">{esc(v)}</div></div>')
    elif layout == "spans":
        for l, v in pairs:
            rows.append(f'<div class="fld"><span class="fld-label" style="font-weight:bold">{esc(l)}</span> <span class="fld-value">{esc(v)}</span></div>')
    elif layout == "dl":
        rows.append("<dl>")
        for l, v in pairs:
            rows.append(f"<dt>{esc(l)}</dt><dd>{esc(v)}</dd>")
        rows.append("</dl>")
    elif layout == "nested-divs":
        for l, v in pairs:
            rows.append(f'<div class="section"><div class="section-head"><div class="title" style="font-size:14pt;font-weight:600">{esc(l)}</div></div><div class="section-body"><div class="p">{esc(v)}</div></div></div>')
    title_html = f'<div class="doc-title" style="font-size:20pt">{esc(title)}</div>'
    return title_html + pre + "\n".join(rows)


def html_page(body, n, date, chrome=True):
    top = CHROME_TOP.format(n=n) if chrome else ""
    bot = CHROME_BOT.format(d=date) if chrome else ""
    return f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Sagsdokument</title>
<style>.lbl{{font-weight:bold}} .hidden{{display:none}}</style></head>
<body>{top}<div id="content" class="doc">
{body}
</div>
{bot}</body></html>
"""


def pairs_text(pairs):
    return "\n\n".join(f"{l}:\n{v}" for l, v in pairs)


def sig(case):
    return f"\n\nMed venlig hilsen\n{case['cw']}\nSagsbehandler, {case['k']} Kommune\nTlf. {case['cwphone']}\n"


def make_eml(case, subject, text, htmlpart=None, enc="qp"):
    cs = _cs.Charset("utf-8")
    cs.body_encoding = _cs.QP if enc == "qp" else _cs.BASE64
    def part(t, sub):
        m = MIMEText("", sub, None)
        del m["Content-Transfer-Encoding"]; del m["Content-Type"]
        m.set_payload(t, cs)
        m.replace_header("Content-Type", f'text/{sub}; charset="utf-8"') if m.get("Content-Type") else m.add_header("Content-Type", f'text/{sub}; charset="utf-8"')
        return m
    if htmlpart is None:
        msg = part(text, "plain")
    else:
        msg = MIMEMultipart("alternative", boundary="=_mentor_%08d" % (abs(hash(text)) % 0 if False else sum(map(ord, text)) % 10**8))
        msg.attach(part(text, "plain"))
        msg.attach(part(htmlpart, "html"))
    cwmail = case["cw"].split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
    msg["From"] = f"{case['cw']} <{cwmail}.sagsbehandler@{case['k'].lower().replace('ø','oe').replace('æ','ae')}.dk>"
    msg["To"] = f"{case['c']} <borger{case['hours']}{len(case['c'])}@borgermail.dk>"
    msg["Subject"] = _cs.Charset("utf-8").header_encode(subject)
    msg["Date"] = formatdate(1780000000 + case["hours"] * 86400, usegmt=True)
    return msg.as_bytes()


DEFECTS_AGR = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
               "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
DEFECTS_MIN = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
               "duration-over-6-months", "unclear-goal"]


def pick_defects(r, pool, email):
    x = r.random()
    if x < 0.35:
        return []
    pool = [d for d in pool if not (email and d == "missing-mentor")]
    n = 1 if x < 0.8 else 2
    ds = r.sample(pool, n)
    if "missing-goal" in ds and "unclear-goal" in ds:
        ds = [d for d in ds if d != "unclear-goal"]
    if "missing-duration" in ds and "duration-over-6-months" in ds:
        ds = [d for d in ds if d != "duration-over-6-months"]
    return sorted(ds)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=67)
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = a.out
    for sub in ("html", "eml", "txt"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    recs = []
    n = 0
    plan = ["agreement"] * 60 + ["decision"] * 15 + ["minplan"] * 10 + ["unknown"] * 15
    for kind in plan:
        n += 1
        case = make_case(r)
        fmt = r.choices(["html", "eml", "txt"], [45, 45, 10])[0]
        rec = {"format": fmt, "kind": kind, "extras": [], "error": None, "accept_errors": [],
               "must_not_contain": [], "traits": []}
        date = "12.05.2026"
        if kind in ("agreement", "minplan"):
            ds = pick_defects(r, DEFECTS_AGR if kind == "agreement" else DEFECTS_MIN, fmt == "eml")
            pairs, period = fields(r, case, kind, ds)
            title = "Aftale om mentorstøtte" if kind == "agreement" else "Min Plan – mentorstøtte"
            intro = f"Aftale mellem {case['c']} og {case['k']} Kommune om mentorstøtte efter LAB § 167." if kind == "agreement" \
                else f"Indsats i Min Plan for {case['c']}: mentorstøtte (LAB § 167)."
            rec["subtype"] = kind
            rec["rules"] = ds
            if period:
                rec["period"] = period
            rec["traits"] += [f"defect:{d}" for d in ds] or ["complete"]
            if fmt == "html":
                layout = r.choice(["sibling-divs", "spans", "dl", "nested-divs"])
                body = html_body(layout, title, pairs, pre=f'<div class="intro">{esc(intro)}</div>')
                chrome = r.random() < 0.7
                data = html_page(body, n, date, chrome=chrome).encode()
                rec["layout"] = layout
                rec["traits"].append("html-chrome" if chrome else "html-bare")
            elif fmt == "txt":
                data = (title + "\n\n" + intro + "\n\n" + pairs_text(pairs) + "\n").encode()
                rec["layout"] = "plain-labels"
            else:
                style = r.choice(["body-plain", "body-alt", "forwarded"]) if kind == "agreement" else r.choice(["body-plain", "body-alt"])
                txt = f"Kære {case['cf']}\n\nHer er {title.lower()} som aftalt på mødet.\n\n{intro}\n\n" + pairs_text(pairs)
                enc = r.choice(["qp", "b64"])
                subj = title
                if style == "forwarded":
                    quoted = "\n".join("> " + ln if ln else ">" for ln in ("Hej, kan du bekræfte at datoerne passer?\n\nVenlig hilsen\n" + case["cf"]).split("\n"))
                    txt = (f"Hej {case['cf']}\n\nJa, datoerne passer. Jeg videresender aftalen nedenfor.\n" + sig(case) +
                           f"\n{quoted}\n\n---------- Videresendt besked ----------\nFra: {case['cw']}\nEmne: {title}\n\n" + pairs_text(pairs) + "\n")
                    subj = "VS: " + title
                    eb = make_eml(case, subj, txt, None, enc)
                else:
                    txt += sig(case)
                    hp = None
                    if style == "body-alt":
                        hp = html_page(html_body(r.choice(["sibling-divs", "spans", "dl"]), title, pairs, pre=f"<div>{esc(intro)}</div>"), n, date, chrome=False) \
                            + f"<div class='signature'>{esc(sig(case)).replace(chr(10), '<br>')}</div>"
                    eb = make_eml(case, subj, txt, hp, enc)
                data = eb
                rec["layout"] = f"eml-{style}-{enc}"
            if "missing-mentor" in ds:
                rec["traits"].append("mentor name without contact data")
        elif kind == "decision":
            sub = r.choice(["grant", "partial", "refusal", "extension", "end"])
            ds = []
            x = r.random()
            if x < 0.3:
                ds = ["missing-appeal-guidance"]
            elif x < 0.5 and sub in ("grant", "extension"):
                ds = ["duration-over-6-months"]
            s = case["start"]
            months = 9 if ds == ["duration-over-6-months"] else r.choice([3, 6])
            end = add_months(s, months) - datetime.timedelta(days=1)
            k = case["k"]
            if sub == "grant":
                core = f"{k} Kommune har truffet afgørelse om at bevilge dig mentorstøtte efter LAB § 167 i perioden {dk(s)} – {dk(end)} med {case['hours']} timer pr. uge."
                per = True
            elif sub == "partial":
                core = f"Du har søgt om mentorstøtte med 8 timer pr. uge. Vi bevilger delvis: {case['hours']} timer pr. uge i perioden {dk(s)} – {dk(end)}. Begrundelse: Vi har lagt vægt på, at dit behov kan dækkes med færre timer, jf. LAB § 167."
                per = True
            elif sub == "refusal":
                core = f"Du har fået afslag på din ansøgning om mentorstøtte. Begrundelse: Vi har lagt vægt på, at der ikke er et mål om beskæftigelse eller uddannelse, jf. LAB § 167."
                per = False
            elif sub == "extension":
                core = f"Vi har besluttet at forlænge din mentorstøtte efter en konkret vurdering. Forlængelsen gælder i perioden {dk(s)} – {dk(end)}, {case['hours']} timer pr. uge."
                per = True
            else:
                core = f"Din mentorstøtte ophører den {dk(s)}. Begrundelse: Du er nu i ordinær uddannelse og har ikke længere behov for støtte, jf. LAB § 167."
                per = False
            appeal = BAD_APPEAL if ds == ["missing-appeal-guidance"] else r.choice(APPEAL).format(k=k)
            pairs = [("Afgørelse", core), ("Klagevejledning", appeal)]
            title = "Afgørelse om mentorstøtte"
            rec["subtype"] = sub
            rec["rules"] = ds
            if per:
                rec["period"] = {"start": s.isoformat(), "end": end.isoformat()}
            rec["traits"] += [f"defect:{d}" for d in ds] or ["complete"]
            if fmt == "html":
                layout = r.choice(["sibling-divs", "spans", "nested-divs"])
                data = html_page(html_body(layout, title, pairs, pre=f"<div>Kære {esc(case['c'])}</div>"), n, date).encode()
                rec["layout"] = layout
            elif fmt == "txt":
                data = (title + "\n\nKære " + case["c"] + "\n\n" + pairs_text(pairs) + sig(case)).encode()
                rec["layout"] = "plain-labels"
            else:
                enc = r.choice(["qp", "b64"])
                data = make_eml(case, title, f"Kære {case['cf']}\n\n" + pairs_text(pairs) + sig(case), None, enc)
                rec["layout"] = f"eml-body-plain-{enc}"
        else:
            sub = r.choice(["reply-discussion", "meeting-invite", "field-list-leaflet", "newsletter"])
            k = case["k"]
            if sub == "reply-discussion":
                txt = (f"Hej {case['cw'].split()[0]}\n\nTak for aftalen. Jeg har et spørgsmål til timerne – kan vi tale om det på næste møde? "
                       f"Jeg kan bedst om tirsdagen.\n\nHilsen {case['cf']}\n\n> Hej {case['cf']}\n> Vedhæftet finder du aftalen om mentorstøtte.\n> Venlig hilsen {case['cw']}\n")
            elif sub == "meeting-invite":
                txt = f"Kære {case['cf']}\n\nDu inviteres til en samtale i jobcentret tirsdag den 9. juni 2026 kl. 10.00 om din videre plan. Tag gerne en bisidder med.{sig(case)}"
            elif sub == "field-list-leaflet":
                txt = ("Hvad står der i en mentoraftale?\n\nEn aftale om mentorstøtte indeholder målet med mentorstøtten, mentorens navn og kontaktdata, "
                       "mentorens opgaver, varigheden (højst 6 måneder) og opfølgning, timetallet pr. uge samt klagevejledning.\n\nSpørg din sagsbehandler, hvis du vil vide mere.\n")
            else:
                txt = f"Nyhedsbrev fra {k} Kommune, Beskæftigelse\n\nNye åbningstider i borgerservice fra 1. juli 2026. Husk at tilmelde dig Digital Post.\n"
            rec["subtype"] = sub
            rec["rules"] = []
            rec["traits"] = ["look-alike"]
            if fmt == "html":
                body = "".join(f"<div class='p'>{esc(p)}</div>" for p in txt.split("\n\n"))
                data = html_page(body, n, date).encode()
                rec["layout"] = "divs-with-chrome"
            elif fmt == "txt":
                data = txt.encode(); rec["layout"] = "plain"
            else:
                enc = r.choice(["qp", "b64"])
                data = make_eml(case, "SV: Aftale om mentorstøtte" if sub == "reply-discussion" else "Information", txt, None, enc)
                rec["layout"] = f"eml-{sub}-{enc}"
        path = f"{fmt}/{n:03d}_{kind}_{rec['subtype']}.{fmt}"
        with open(os.path.join(out, path), "wb") as f:
            f.write(data)
        rec = {"path": path, **rec}
        order = ["path", "format", "kind", "subtype", "layout", "rules", "extras", "error", "accept_errors", "must_not_contain", "traits", "period"]
        recs.append({kk: rec[kk] for kk in order if kk in rec})
    with open(os.path.join(out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
