"""Corpus DU: documents that sit close to mentor paperwork but are none of the three kinds
(about 70 %), plus real agreements, decisions and Min Plan entries from the same senders.

Written independently from domain.md, the seeds and knowledge of Danish administration.
Deterministic: fixed seed.  Usage: make_corpus_du.py --out DIR
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from pathlib import Path

SEED = 20261130
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
FIRST = ["Sara", "Mikkel", "Anne", "Jonas", "Fatima", "Lars", "Mette", "Ali", "Louise", "Kasper",
         "Hanne", "Omar", "Camilla", "Rasmus", "Birgitte", "Yusuf", "Line", "Thomas", "Nadia", "Søren"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Mortensen", "Khan", "Yilmaz"]
KOMMUNER = ["Holbæk", "Viborg", "Slagelse", "Horsens", "Næstved", "Kolding", "Silkeborg", "Hjørring",
            "Ringsted", "Svendborg", "Faxe", "Randers"]
FIRMS = ["Mentorhuset ApS", "JobBro Mentor A/S", "Trin for Trin Mentorservice", "Nordlys Mentor & Coaching",
         "Kompasset ApS", "Vejen Videre Mentor"]
GOALS = [
    "at {n} starter på SOSU-hjælperuddannelsen i august {y} og møder stabilt",
    "at {n} gennemfører FVU-dansk trin 2 på VUC og derefter søger ind på EUD",
    "at {n} er i virksomhedspraktik 15 timer om ugen i Netto og derefter i løntilskud",
    "at {n} får ordinære timer som lagermedarbejder hos en virksomhed i lokalområdet, mindst 20 timer om ugen",
    "at {n} gennemfører grundforløb 1 på erhvervsskolen (EUD) uden fravær over 10 %",
    "at {n} fastholder sit job som rengøringsassistent og øger timetallet fra 15 til 25 timer om ugen",
]
TASKS = [
    ["Følge {n} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at lave en ugeplan"],
    ["Støtte til struktur i hverdagen og at komme op om morgenen", "Deltage i møder med skolen",
     "Hjælpe med kontakt til SU-kontoret og studievejleder"],
    ["Introduktion på arbejdspladsen sammen med nærmeste leder", "Løbende sparring om arbejdsopgaver",
     "Hjælp til at forstå vagtplan og lønseddel"],
]


def name() -> str:
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def phone() -> str:
    return " ".join(f"{R.randint(10, 99)}" for _ in range(4))


def mail(n: str, dom: str) -> str:
    return n.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + dom


def cpr() -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=R.randint(0, 11000))
    return f"{d:%d%m%y}-{R.randint(1000, 9999)}"


def dstr(d: dt.date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d:%d.%m.%Y}"
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def period(months: int = 6):
    start = dt.date(2026, R.randint(1, 12), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    return start, end


# ---------------------------------------------------------------- renderers
# A document is a title plus blocks: ("h", text) ("p", text) ("ul", [items]) ("table", [[cells]])

def to_text(title, blocks, md=False) -> str:
    out = [("# " + title) if md else title, "" if md else "=" * len(title), ""]
    for kind, val in blocks:
        if kind == "h":
            out += [("## " + val) if md else val.upper() if R.random() < 0.3 else val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {i}" for i in val] + [""]
        elif kind == "table":
            out += [f"{r[0]}: {' '.join(r[1:])}" for r in val] + [""]
    return "\n".join(out)


def to_html(title, blocks) -> str:
    b = [f"<h1>{html.escape(title)}</h1>"]
    for kind, val in blocks:
        if kind == "h":
            b.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "p":
            b.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            b.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            b.append("<table border='1'>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in val) + "</table>")
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>"
            + html.escape(title) + "</title></head><body>" + "\n".join(b) + "</body></html>")


def to_docx(path, title, blocks, footer=None):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for i in val:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(path)


def to_pdf(path, title, blocks):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer, Table
    ss = getSampleStyleSheet()
    story = [Paragraph(html.escape(title), ss["Title"])]
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(html.escape(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(html.escape(val), ss["BodyText"]))
        elif kind == "ul":
            story.append(ListFlowable([Paragraph(html.escape(i), ss["BodyText"]) for i in val],
                                      bulletType="bullet"))
        elif kind == "table":
            story.append(Table([[Paragraph(html.escape(c), ss["BodyText"]) for c in r] for r in val],
                               colWidths=[150, 330][:max(len(r) for r in val)]))
        story.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)


def to_eml(path, title, blocks, sender, to):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = title
    m["Date"] = "Mon, 16 Nov 2026 09:12:00 +0100"
    m.set_content(to_text(title, blocks))
    path.write_bytes(bytes(m))


def render(root: Path, rel: str, fmt: str, title: str, blocks, footer=None, sender=None):
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("txt", "md"):
        text = to_text(title, blocks, md=(fmt == "md"))
        if footer:
            text += "\n" + footer + "\n"
        p.write_text(text, encoding="utf-8")
    elif fmt == "html":
        p.write_text(to_html(title, blocks), encoding="utf-8")
    elif fmt == "docx":
        to_docx(p, title, blocks, footer)
    elif fmt == "pdf":
        to_pdf(p, title, blocks + ([("p", footer)] if footer else []))
    elif fmt == "eml":
        to_eml(p, title, blocks, sender or "jobcenter@kommune.dk", "borger@example.dk")


# ---------------------------------------------------------------- near-miss documents (kind unknown)

def club_agreement(c):
    club = R.choice(["Boldklubben Frem", "Svendborg Håndboldklub", "Roklubben Viking", "IF Stjernen"])
    m, y = name(), name()
    s, e = period(R.choice([6, 10, 12]))
    return (f"Mentoraftale – {club}", [
        ("p", f"Aftale mellem ungementor {m} og spiller {y} i {club}s ungementorordning."),
        ("h", "Formål"),
        ("p", "At give yngre spillere en voksen at tale med om træning, skole og fællesskabet i klubben."),
        ("table", [["Mentor", f"{m}, tlf. {phone()}"], ["Mentee", y],
                   ["Periode", f"Sæsonen {dstr(s)} – {dstr(e)}"], ["Tid", "1 time om ugen efter træning"]]),
        ("h", "Mentors rolle"),
        ("ul", ["Være en rollemodel på og uden for banen", "Tale med mentee om skole og træning",
                "Hjælpe med kontakt til trænerne"]),
        ("p", "Ordningen er frivillig og gratis og har ikke noget med kommunen at gøre. "
              "Ønsker du at stoppe, så sig det til ungdomsformanden."),
        ("p", "Underskrift mentor / mentee / forælder"),
    ], {})


def freeschool_agreement(c):
    school = R.choice(["Lindeskovens Friskole", "Vestbyens Friskole", "Egebjerg Efterskole"])
    m, y = name(), name()
    return (f"Elevmentoraftale {school}", [
        ("p", f"{school} tilbyder alle elever i 8. og 9. klasse en elevmentor blandt lærerne."),
        ("h", "Mål for skoleåret"),
        ("p", f"At {y.split()[0]} afslutter 9. klasse med folkeskolens prøver og søger ind på en ungdomsuddannelse."),
        ("h", "Lærermentor"),
        ("p", f"{m}, {mail(m, 'lindeskoven-friskole.dk')}, træffes i skolens tid."),
        ("h", "Det hjælper mentor med"),
        ("ul", ["Lektieplan og afleveringer", "Samtale hver anden uge", "Forberedelse til uddannelsesvalg"]),
        ("p", f"Aftalen gælder skoleåret {dstr(dt.date(2026, 8, 10))} – {dstr(dt.date(2027, 6, 25))}. "
              "Forældre inviteres til en samtale ved skole-hjem-samtalen i januar."),
        ("p", "Elevmentorordningen er en del af skolens egen trivselsplan og er ikke en kommunal ydelse."),
    ], {})


def buddy_agreement(c):
    firm = R.choice(["Danfoss-Lager A/S", "Nordisk Logistik ApS", "Bager Jensen & Co.", "Vestkyst Byg A/S"])
    b, n = name(), name()
    return ("Onboarding: buddyaftale for nye medarbejdere", [
        ("p", f"Velkommen til {firm}! Som ny medarbejder får du en buddy de første måneder."),
        ("table", [["Ny medarbejder", n], ["Din buddy", b], ["Telefon", phone()],
                   ["Startdato", dstr(dt.date(2026, R.randint(1, 12), 1))], ["Varighed", "3 måneder"]]),
        ("h", "Din buddy hjælper med"),
        ("ul", ["Rundvisning og præsentation for kolleger", "Sikkerhedsregler og værnemidler",
                "Spørgsmål om vagtplan og frokostordning"]),
        ("p", "I mødes ca. en halv time om ugen de første fire uger. Efter 3 måneder holder du en "
              "opfølgningssamtale med din leder (prøvetidssamtale)."),
        ("p", "Har du spørgsmål, kontakt HR."),
    ], {})


def volunteer_agreement(c):
    org = R.choice(["Foreningen Nydansker", "Røde Kors Frivillig Mentor", "KVINFOs Mentornetværk",
                    "Mentorforeningen Ung til Ung"])
    m, y = name(), name()
    s, e = period(R.choice([6, 9, 12]))
    return (f"Samarbejdsaftale mellem mentor og mentee – {org}", [
        ("p", f"Denne aftale er indgået mellem frivillig mentor {m} og mentee {y} gennem {org}."),
        ("h", "Hvad vil vi opnå?"),
        ("p", f"{y.split()[0]} ønsker at få et studiejob inden for kontorområdet og blive bedre til dansk."),
        ("h", "Praktisk"),
        ("ul", [f"Vi mødes cirka hver anden uge i 1½-2 timer", f"Forløbet løber fra {dstr(s, 1)} til {dstr(e, 1)}",
                f"Mentor kan kontaktes på {mail(m, 'gmail.com')}", "Vi holder en midtvejssamtale med koordinatoren"]),
        ("p", "Mentorskabet er frivilligt og ulønnet. Foreningen er ikke en myndighed, og aftalen kan "
              "ikke påklages. Tavshedspligt gælder begge veje."),
    ], {})


def union_agreement(c):
    u = R.choice(["HK Hovedstaden", "3F Vestsjælland", "FOA Fyn", "Dansk Metal Aalborg"])
    m, y = name(), name()
    return (f"{u}: Mentorprogram for nyuddannede – aftale", [
        ("p", f"Som medlem af {u} kan du få en erfaren kollega som mentor i dit første år på arbejdsmarkedet."),
        ("table", [["Mentor", f"{m} (tillidsrepræsentant), {phone()}"], ["Medlem", y],
                   ["Mål", "Godt fodfæste i første job, viden om overenskomst og løn"],
                   ["Omfang", "6 møder á 1 time i løbet af 12 måneder"]]),
        ("h", "Emner vi kan tage op"),
        ("ul", ["Lønforhandling", "Arbejdsmiljø", "Efteruddannelse og kurser"]),
        ("p", "Programmet er et medlemstilbud og er gratis. Det er ikke mentorstøtte efter "
              "beskæftigelsesloven."),
    ], {})


def status_report(c):
    firm = R.choice(FIRMS)
    m, y = name(), name()
    s, e = period(6)
    blocks = [
        ("table", [["Borger", y], ["CPR-nr.", c] if c else ["Sagsnr.", f"{R.randint(10, 99)}.{R.randint(10, 99)}.00-A00-{R.randint(100, 999)}-26"],
                   ["Mentor", f"{m}, {firm}, tlf. {phone()}"], ["Forløbsperiode", f"{dstr(s, 1)} – {dstr(e, 1)}"],
                   ["Rapportperiode", f"{MONTHS[s.month - 1]} {s.year}"]]),
        ("h", "Mål for forløbet (fra bestillingen)"),
        ("p", R.choice(GOALS).format(n=y.split()[0], y=s.year)),
        ("h", "Status"),
        ("p", f"{y.split()[0]} har i perioden mødt op til {R.randint(6, 12)} af {R.randint(12, 14)} aftaler. "
              "Vi har arbejdet med morgenrutiner og transport. Fremmødet i praktikken er steget fra 2 til 3 dage om ugen."),
        ("h", "Anvendte timer"),
        ("p", f"{R.randint(10, 16)} timer af de bevilgede {R.randint(16, 20)} timer i måneden."),
        ("h", "Anbefaling"),
        ("p", "Mentor anbefaler, at forløbet fortsætter uændret. Næste statusrapport fremsendes ved månedens udgang."),
    ]
    return (f"Statusrapport – mentorforløb", blocks, {"cpr": c})


def invoice(c):
    firm = R.choice(FIRMS)
    y = name()
    hrs = R.randint(8, 20)
    rate = R.choice([495, 525, 560, 610])
    return (f"FAKTURA nr. {R.randint(20260100, 20261299)}", [
        ("p", f"{firm} · CVR {R.randint(10000000, 99999999)} · Industrivej {R.randint(1, 80)}"),
        ("p", f"Til: Jobcenter {R.choice(KOMMUNER)}, Kreditor/EAN {R.randint(5798000000000, 5798009999999)}"),
        ("table", [["Ydelse", "Antal", "Pris", "Beløb"],
                   [f"Mentorstøtte § 167, borger {y} ({'CPR ' + c if c else 'ref. ' + str(R.randint(1000, 9999))})",
                    f"{hrs} t", f"{rate},00", f"{hrs * rate:,}".replace(",", ".") + ",00"],
                   ["Kørsel", "42 km", "3,79", "159,18"]]),
        ("p", "Fakturaperioden dækker oktober 2026. Timerne er opgjort efter mentors timeseddel."),
        ("p", "Betalingsbetingelser: netto 30 dage. Ved spørgsmål kontakt bogholderiet."),
    ], {"cpr": c})


def minutes(c):
    m, y, s = name(), name(), name()
    k = R.choice(KOMMUNER)
    return (f"Referat af opfølgningsmøde vedr. mentorforløb", [
        ("table", [["Dato", dstr(dt.date(2026, R.randint(1, 12), R.randint(1, 28)))], ["Sted", f"Jobcenter {k}"],
                   ["Deltagere", f"{y} (borger), {m} (mentor), {s} (rådgiver)"]]),
        ("h", "1. Hvordan går det?"),
        ("p", f"{y.split()[0]} fortæller, at det går bedre med at komme af sted om morgenen. Mentor bekræfter."),
        ("h", "2. Status på mål"),
        ("p", "Målet om praktik 15 timer om ugen er næsten nået. Der mangler stabilt fremmøde om mandagen."),
        ("h", "3. Aftaler"),
        ("ul", [f"Mentor følger {y.split()[0]} til samtale på VUC", "Rådgiver undersøger muligheden for løntilskud",
                "Næste møde om ca. 6 uger"]),
        ("p", f"Referent: {s}"),
    ] + ([("p", f"CPR: {c}")] if c else []), {"cpr": c})


def activity_overview(c):
    y = name()
    return (f"Aktivitetsoversigt – {y}", [
        ("p", "Oversigten viser dine aktiviteter i jobcentret. Den er ikke en afgørelse."),
        ("table", [["Aktivitet", "Periode", "Status"],
                   ["Virksomhedspraktik, Føtex", "04.05.2026 – 28.06.2026", "Afsluttet"],
                   ["FVU-læsning, VUC", "17.08.2026 – 18.12.2026", "Igangværende"],
                   ["Mentorstøtte", "Se særskilt aftale", "Igangværende"],
                   ["Samtale i jobcentret", "Hver 3. måned", "Planlagt"]]),
        ("p", "Har du spørgsmål til oversigten, kan du skrive til din rådgiver i Min Plan."),
    ], {})


def jobplan(c):
    y = name()
    return ("Jobplan", [
        ("p", f"Jobplan for {y}, udarbejdet sammen med din rådgiver."),
        ("h", "Dit beskæftigelsesmål"),
        ("p", "Job som pædagogmedhjælper i en daginstitution."),
        ("h", "Aktiviteter"),
        ("ul", ["Jobsøgning: 2 ansøgninger om ugen", "Kursus i førstehjælp i november",
                "Du har en mentor, se mentoraftalen for nærmere aftaler"]),
        ("h", "Næste samtale"),
        ("p", "Vi ses igen om 3 måneder. Du får en indkaldelse i Min Plan."),
    ], {})


def guidance(c):
    k = R.choice(KOMMUNER)
    return (R.choice(["Mentorstøtte – sådan gør vi", f"Kvalitetsstandard for mentorstøtte, {k} Kommune",
                      "Information til borgere om mentor"]), [
        ("p", f"Her kan du læse om, hvordan {k} Kommune bruger mentorstøtte efter lov om en aktiv "
              "beskæftigelsesindsats § 167."),
        ("h", "Hvem kan få en mentor?"),
        ("p", "Borgere, der har brug for støtte for at kunne deltage i tilbud, komme i job eller uddannelse "
              "eller fastholde et job. Mentorstøtten bevilges i op til 6 måneder ad gangen."),
        ("h", "Hvad står der i mentoraftalen?"),
        ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
                "Varighed og opfølgning", "Timetallet", "Klagevejledning"]),
        ("h", "Kvalitetsmål"),
        ("p", "Der følges op på alle forløb mindst hver 3. måned. Timetallet fastsættes ud fra borgerens behov, "
              "typisk 2-5 timer om ugen."),
        ("h", "Klage"),
        ("p", "Du kan klage over en afgørelse om mentorstøtte til kommunen inden 4 uger. Kommunen genvurderer "
              "sagen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
    ], {})


def hearing(c):
    y, s = name(), name()
    k = R.choice(KOMMUNER)
    dl = dt.date(2026, R.randint(1, 12), R.randint(1, 28))
    return ("Partshøring – vi overvejer at stoppe din mentorstøtte", [
        ("p", f"Kære {y}"),
        ("p", f"Jobcenter {k} overvejer at stoppe din mentorstøtte, fordi du ikke har mødt op til de "
              "seneste fem aftaler med din mentor. Inden vi træffer afgørelse, har du mulighed for at "
              "komme med bemærkninger, jf. forvaltningslovens § 19."),
        ("p", f"Vi har lagt vægt på mentorens statusrapport af {dstr(dl - dt.timedelta(days=20))} og dit "
              "fremmøde i praktikken."),
        ("p", f"Send dine bemærkninger senest {dstr(dl)}. Hører vi ikke fra dig, træffer vi afgørelse ud fra "
              "de oplysninger, vi har. Du får en afgørelse med klagevejledning."),
        ("p", f"Venlig hilsen\n{s}, rådgiver, tlf. {phone()}"),
    ] + ([("p", f"Vedr. CPR-nr. {c}")] if c else []), {"cpr": c})


def other_decision(c):
    y, m, s = name(), name(), name()
    k = R.choice(KOMMUNER)
    what = R.choice(["befordringsgodtgørelse", "hjælpemidler (ergonomisk stol)", "løntilskud",
                     "ressourceforløb"])
    return (f"Afgørelse om {what}", [
        ("p", f"Kære {y}"),
        ("p", f"Du har søgt om {what} i forbindelse med din praktik. Du får bevilget det, du har søgt om."),
        ("p", f"Din mentor {m} har hjulpet dig med ansøgningen, og vi har fået hans/hendes udtalelse. "
              "Denne afgørelse ændrer ikke ved din mentorstøtte."),
        ("h", "Klagevejledning"),
        ("p", f"Hvis du vil klage over afgørelsen om {what}, skal du klage til Jobcenter {k} inden 4 uger. "
              "Fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen."),
        ("p", f"Med venlig hilsen\n{s}"),
    ] + ([("p", f"CPR: {c}")] if c else []), {"cpr": c})


def invitation(c):
    y, m = name(), name()
    d = dt.date(2026, R.randint(1, 12), R.randint(1, 28))
    return ("Indkaldelse til opfølgningssamtale om dit mentorforløb", [
        ("p", f"Kære {y}"),
        ("p", f"Du indkaldes til en samtale {dstr(d)} kl. {R.choice(['9.00', '10.30', '13.00'])} i jobcentret, "
              "lokale 2.14. Din mentor deltager også."),
        ("h", "Dagsorden"),
        ("ul", ["Hvordan er det gået siden sidst", "Status på praktikken", "Skal mentorstøtten forlænges?"]),
        ("p", "Hvis du er forhindret, skal du ringe til os senest dagen før. Udebliver du uden rimelig grund, "
              "kan det få betydning for din ydelse."),
        ("p", f"Med venlig hilsen\nJobcentret\nKontakt: {name()}, tlf. {phone()}"),
    ], {})


def course(c):
    firm = R.choice(FIRMS)
    return (R.choice(["Mentoruddannelsen – kursusbeskrivelse", "Kursus: Bliv virksomhedsmentor (2 dage)"]), [
        ("p", f"{firm} udbyder et kursus for medarbejdere, der skal være mentor for nye kolleger eller borgere i praktik."),
        ("h", "Mål for kurset"),
        ("p", "Deltagerne kan efter kurset planlægge et mentorforløb, holde samtaler og skrive en mentoraftale."),
        ("h", "Indhold"),
        ("ul", ["Mentorens rolle og grænser", "Den gode samtale", "Mål og opfølgning", "Samarbejde med jobcentret"]),
        ("table", [["Varighed", "2 dage, kl. 9-15"], ["Pris", "4.200 kr. ekskl. moms"],
                   ["Underviser", f"{name()}, {phone()}"], ["Tilmelding", f"kursus@{firm.split()[0].lower()}.dk"]]),
    ], {})


def framework(c):
    firm = R.choice(FIRMS)
    k = R.choice(KOMMUNER)
    return (f"Rammeaftale om levering af mentorstøtte", [
        ("p", f"Mellem {k} Kommune (ordregiver) og {firm} (leverandør)."),
        ("h", "§ 1 Aftalens genstand"),
        ("p", "Leverandøren leverer mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 til borgere, "
              "som kommunen visiterer."),
        ("h", "§ 2 Aftalens varighed"),
        ("p", "Rammeaftalen gælder fra 1. januar 2026 til 31. december 2027 med option på forlængelse i 2 x 12 måneder."),
        ("h", "§ 3 Krav til ydelsen"),
        ("ul", ["Leverandøren udarbejder en mentoraftale med borgeren senest 10 dage efter opstart",
                "Statusrapport hver måned", "Mentorer skal have relevant uddannelse",
                "Timetal pr. forløb fastsættes i bestillingen"]),
        ("h", "§ 4 Pris"),
        ("p", f"Timepris: {R.choice([495, 525, 560])} kr. ekskl. moms. Fakturering månedsvis bagud."),
        ("h", "§ 5 Tvister"),
        ("p", "Uenighed søges løst ved forhandling. Kan parterne ikke blive enige, afgøres tvisten ved de "
              "almindelige domstole."),
    ], {})


UNKNOWN = [club_agreement, freeschool_agreement, buddy_agreement, volunteer_agreement, union_agreement,
           status_report, invoice, minutes, activity_overview, jobplan, guidance, hearing, other_decision,
           invitation, course, framework]


# ---------------------------------------------------------------- real documents

APPEAL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen genvurderer "
    "afgørelsen inden fire uger, fra klagen er modtaget. Fastholder kommunen afgørelsen, sendes klagen "
    "videre til Ankestyrelsen.",
    "Du kan klage mundtligt eller skriftligt til Jobcentret inden 4 uger efter, at du har modtaget denne "
    "afgørelse. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage til "
    "Ankestyrelsens Beskæftigelsesudvalg, jf. lov om en aktiv beskæftigelsesindsats § 204 og "
    "retssikkerhedslovens kapitel 10.",
]


def _period_text(s, e):
    return R.choice([f"{dstr(s)} – {dstr(e)}", f"{dstr(s, 1)}-{dstr(e, 1)}", f"fra {dstr(s)} til og med {dstr(e)}"])


def real_agreement(c, defect):
    firm = R.choice(FIRMS)
    k = R.choice(KOMMUNER)
    m, y = name(), name()
    fn = y.split()[0]
    s, e = period(9 if defect == "over6" else R.choice([3, 4, 6]))
    goal = R.choice(GOALS).format(n=fn, y=s.year)
    if defect == "unclear":
        goal = "Støtte til at få mere struktur i hverdagen og øget trivsel"
    tasks = [t.format(n=fn) for t in R.choice(TASKS)]
    hours = R.choice(["3 timer pr. uge", "2 timer om ugen", "1½ time ugentligt", "8 timer om måneden"])
    if defect == "vaguehours":
        hours = "Efter behov"
    lab = R.choice([("Mål med mentorstøtten", "Mentor", "Mentorens opgaver", "Periode", "Timetal", "Opfølgning"),
                    ("Formål", "Din mentor", "Det skal mentor hjælpe med", "Varighed", "Antal timer",
                     "Sådan følger vi op"),
                    ("Målet for forløbet", "Mentors navn og kontaktdata", "Indsatsområder", "Aftalens varighed",
                     "Timer pr. uge", "Opfølgning og progression")])
    rows = [["Borger", y + (f" (CPR {c})" if c else "")],
            [lab[0], goal],
            [lab[1], f"{m}, {firm}, tlf. {phone()}, {mail(m, 'mentorhuset.dk')}"],
            [lab[2], "; ".join(tasks)],
            [lab[3], _period_text(s, e)],
            [lab[4], hours],
            [lab[5], R.choice(["Statusmøde med rådgiver og mentor hver måned; delmål: fremmøde 4 dage om ugen.",
                               "Vi følger op hver 6. uge på et trepartsmøde. Progression måles på fremmøde "
                               "og antal timer i praktikken."])]]
    if defect == "nofollow":
        rows = rows[:6]
    if defect == "nohours":
        rows = rows[:5] + rows[6:]
    blocks = [("p", f"Aftalen er indgået mellem {y}, {k} Kommune og {firm} om mentorstøtte efter "
                    "lov om en aktiv beskæftigelsesindsats § 167.")]
    if R.random() < 0.5:
        blocks.append(("table", rows))
    else:
        for r in rows:
            blocks += [("h", r[0]), ("p", r[1])]
    if defect != "noappeal":
        blocks += [("h", "Klagevejledning"), ("p", R.choice(APPEAL))]
    blocks.append(("p", "Underskrifter: borger, mentor, rådgiver"))
    rules = {"over6": ["duration-over-6-months"], "unclear": ["unclear-goal"], "vaguehours": ["missing-hours"],
             "nofollow": ["missing-follow-up"], "nohours": ["missing-hours"],
             "noappeal": ["missing-appeal-guidance"]}.get(defect, [])
    return (R.choice(["Mentoraftale", "Aftale om mentorstøtte", "Aftale om mentorforløb (§ 167)"]),
            blocks, {"cpr": c, "rules": rules, "period": (s, e)})


def real_decision(c, defect):
    k = R.choice(KOMMUNER)
    y, m, s_ = name(), name(), name()
    s, e = period(8 if defect == "over6" else R.choice([3, 6]))
    firm = R.choice(FIRMS)
    blocks = [
        ("p", f"Kære {y}"),
        ("p", f"Du får bevilget mentorstøtte i perioden {_period_text(s, e)} efter lov om en aktiv "
              f"beskæftigelsesindsats § 167. Din mentor bliver {m} fra {firm}. Du har søgt om 5 timer om ugen, "
              "men du får 3 timer om ugen."),
        ("h", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik, og at 3 timer om ugen "
              "efter vores vurdering er nok til at dække behovet, jf. LAB § 167."),
    ]
    if defect != "noappeal":
        blocks += [("h", R.choice(["Klagevejledning", "Sådan klager du"])), ("p", R.choice(APPEAL))]
    else:
        blocks += [("p", "Har du spørgsmål, er du velkommen til at kontakte os.")]
    blocks.append(("p", f"Med venlig hilsen\n{s_}\nJobcenter {k}"))
    if c:
        blocks.insert(0, ("p", f"CPR-nr.: {c}"))
    rules = {"over6": ["duration-over-6-months"], "noappeal": ["missing-appeal-guidance"]}.get(defect, [])
    return ("Afgørelse om mentorstøtte", blocks, {"cpr": c, "rules": rules, "period": (s, e)})


def real_minplan(c, defect):
    m, y = name(), name()
    fn = y.split()[0]
    s, e = period(12 if defect == "over6" else R.choice([3, 6]))
    firm = R.choice(FIRMS)
    rows = [["Aktivitet", "Mentorstøtte (§ 167)"],
            ["Formål", R.choice(GOALS).format(n="du", y=s.year).replace(" sit ", " dit ")],
            ["Din mentor", f"{m}, {firm}, {phone()}"],
            ["Det hjælper mentor dig med", ", ".join(t.format(n=fn).lower() for t in R.choice(TASKS))],
            ["Periode", _period_text(s, e)],
            ["Timer", R.choice(["3 timer om ugen", "2 t/uge", "4 timer pr. uge"])]]
    if defect == "nomentor":
        rows[2] = ["Din mentor", "Udfyldes senere"]
    if defect == "notasks":
        rows = [r for r in rows if not r[0].startswith("Det hjælper")]
    blocks = [("p", f"Min Plan – {y}"), ("table", rows),
              ("p", "Du kan se alle dine aftaler og skrive til din rådgiver i Min Plan på sitet eller i appen.")]
    rules = {"over6": ["duration-over-6-months"], "nomentor": ["missing-mentor"],
             "notasks": ["missing-tasks"]}.get(defect, [])
    return ("Min Plan: Mentorstøtte", blocks, {"cpr": c, "rules": rules, "period": (s, e)})


FORMATS = ["docx", "pdf", "txt", "html", "md", "eml"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    root = a.out
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    entries = []
    plan = [("unknown", f) for f in UNKNOWN for _ in range(4)] + [("unknown", R.choice(UNKNOWN)) for _ in range(6)]
    plan += [("agreement", d) for d in ["ok", "ok", "ok", "ok", "over6", "unclear", "vaguehours", "nofollow",
                                        "nohours", "noappeal", "ok", "ok"]]
    plan += [("decision", d) for d in ["ok", "ok", "ok", "ok", "over6", "noappeal", "ok", "ok", "ok"]]
    plan += [("minplan", d) for d in ["ok", "ok", "ok", "ok", "over6", "nomentor", "notasks", "ok", "ok"]]
    for i, (kind, x) in enumerate(plan):
        c = cpr() if R.random() < 0.4 else None
        fmt = R.choice(FORMATS if kind in ("unknown", "agreement") else ["html", "pdf", "txt", "docx"])
        if kind == "unknown":
            title, blocks, meta = x(c)
            sub = x.__name__
        else:
            title, blocks, meta = {"agreement": real_agreement, "decision": real_decision,
                                   "minplan": real_minplan}[kind](c, x)
            sub = kind
        rel = f"sag-{R.randint(1000, 9999)}/{i:03d}-{sub.replace('_', '-')}.{fmt}"
        sender = f"{R.choice(['post', 'mentor', 'raadgiver'])}@{R.choice(['kommune.dk', 'mentorhuset.dk'])}"
        render(root, rel, fmt, title, blocks, sender=sender)
        traits = ["not-a-mentor-document-kind"] if kind == "unknown" else ([f"defect:{x}"] if x != "ok" else [])
        if meta.get("cpr"):
            traits.append("cpr")
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": sub,
             "layout": "table" if any(b[0] == "table" for b in blocks) else ("email" if fmt == "eml" else "mixed"),
             "rules": sorted(meta.get("rules", [])), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [meta["cpr"]] if meta.get("cpr") else [], "traits": traits}
        if "period" in meta:
            s, en = meta["period"]
            e["period"] = {"start": s.isoformat(), "end": en.isoformat()}
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {root}")


if __name__ == "__main__":
    main()
