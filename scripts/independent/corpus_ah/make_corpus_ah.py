"""Corpus AH: mentor case-folder documents that are NOT agreements, Min Plan entries or decisions.

About 65 % "unknown" documents (status reports, minutes, invoices, time sheets, e-mails,
referrals, job ads, certificates, guidance pages listing the mandatory fields, leaflets,
framework contracts, complaints, hearing letters, journal notes, buddy plans, school
mentor schemes), 25 % agreements and 10 % decisions for contrast. Seed 127, deterministic.

Usage: python make_corpus_ah.py OUTDIR
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import date, datetime, timezone
from pathlib import Path

import docx

SEED = 127
R = random.Random(SEED)

CITIZENS = ["Anna Holm", "Jonas Friis", "Sara Nielsen", "Mads Østergaard", "Leila Haddad", "Peter Juhl",
            "Camilla Brandt", "Ahmad Karimi", "Louise Dam", "Kasper Vinther", "Fatima Ali", "Emil Kragh"]
MENTORS = [("Birgitte Lund", "21 45 67 89", "bilu@mentorhuset.dk"), ("Henrik Storm", "30 12 44 55", "hs@kompasmentor.dk"),
           ("Mette Winther", "28 19 37 46", "mewi@kommune.dk"), ("Ole Bach", "40 55 66 77", "ob@broen-mentor.dk"),
           ("Trine Kjær", "22 33 11 90", "trkj@vejen-videre.dk")]
CASEWORKERS = ["Susanne Møller", "Jakob Rasmussen", "Dorthe Lind", "Niels Hvid"]
KOMMUNER = ["Vesterlund Kommune", "Åbjerg Kommune", "Nørrehede Kommune", "Skovby Kommune"]
FIRMS = ["Mentorhuset ApS", "Kompas Mentor A/S", "Broen Mentorservice", "Vejen Videre I/S"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
GOALS = [("Målet er, at {fn} starter på SOSU-hjælperuddannelsen i Vesterlund 1. august 2026 og møder mindst fire dage om ugen.", True),
         ("{fn} skal i løntilskud som lagermedarbejder hos Nordfragt A/S, 25 timer om ugen, fra 1. maj 2026.", True),
         ("Målet er, at {fn} gennemfører 8. og 9. klasses prøver på VUC og søger optagelse på en EUD i januar 2027.", True),
         ("{fn} skal fastholde sit fleksjob som kantinemedhjælper på Skovby Skole med højst to fraværsdage om måneden.", True)]
UNCLEAR_GOALS = ["Støtte til at komme videre og øget trivsel.", "Øget selvværd og mere struktur på hverdagen.",
                 "Hjælp til at få det bedre og komme tættere på arbejdsmarkedet."]
TASKS = ["hjælpe med at strukturere ugen og stå op om morgenen", "følge {fn} til de første møder på arbejdspladsen",
         "tage kontakt til læreren ved fravær", "hjælpe med post fra kommunen og e-Boks",
         "øve samtalen med lederen inden praktikstart", "støtte ved transport den første måned"]
APPEAL_FULL = ("Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger, efter du har modtaget "
               "den. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sender vi "
               "klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens § 66-67.")


def cpr() -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(60, 99)
    return f"{d:02d}{m:02d}{y:02d}-{R.randint(1000, 9999)}"


def ddate(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def last_day_before(d: date) -> date:
    from datetime import timedelta
    return d - timedelta(days=1)


def first(name: str) -> str:
    return name.split()[0]


# ---------------------------------------------------------------- writers
def write_docx(path: Path, title: str, blocks: list) -> None:
    doc = docx.Document()
    doc.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            doc.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif isinstance(b, tuple) and b[0] == "li":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        else:
            doc.add_paragraph(b)
    doc.save(str(path))


def to_text(title: str, blocks: list) -> str:
    out = [title, "=" * len(title), ""]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            out += [b[1], ""]
        elif isinstance(b, tuple) and b[0] == "table":
            out += ["  |  ".join(r) for r in b[1]] + [""]
        elif isinstance(b, tuple) and b[0] == "li":
            out += [f"- {i}" for i in b[1]] + [""]
        else:
            out += [b, ""]
    return "\n".join(out)


def to_html(title: str, blocks: list) -> str:
    import html as h
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{h.escape(title)}</title></head><body>",
             f"<h1>{h.escape(title)}</h1>"]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            parts.append(f"<h2>{h.escape(b[1])}</h2>")
        elif isinstance(b, tuple) and b[0] == "table":
            parts.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<td>{h.escape(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif isinstance(b, tuple) and b[0] == "li":
            parts.append("<ul>" + "".join(f"<li>{h.escape(i)}</li>" for i in b[1]) + "</ul>")
        else:
            parts.append(f"<p>{h.escape(b)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_eml(path: Path, title: str, blocks: list, sender: str, to: str, when: date) -> None:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = title
    msg["Date"] = format_datetime(datetime(when.year, when.month, when.day, 9, 30, tzinfo=timezone.utc))
    msg["Message-ID"] = f"<ah-{R.randint(10**8, 10**9)}@vesterlund.dk>"
    body = to_text(title, blocks).split("\n", 3)[3]
    msg.set_content(body)
    path.write_bytes(bytes(msg))


# ---------------------------------------------------------------- unknown documents
def u_status(c, m, k, start):
    fn = first(c)
    return (f"Statusrapport for {MONTHS[start.month - 1]} {start.year} – mentorforløb {c}", [
        f"Fra: {m[0]}, {FIRMS[0]}. Til: {CASEWORKERS[0]}, {k}.",
        ("h", "Fremmøde og kontakt"),
        f"Vi har haft 9 samtaler i måneden, i alt 11,5 timer. {fn} aflyste to gange pga. sygdom.",
        ("h", "Progression i forhold til målet i aftalen"),
        f"{fn} møder nu stabilt i praktikken tre dage om ugen. Det delmål, vi satte i aftalen, er nået. "
        "Næste skridt er at øge til fire dage.",
        ("h", "Anbefaling"),
        "Vi anbefaler, at forløbet fortsætter uændret frem til den planlagte opfølgning. "
        "Denne rapport er ikke en ny aftale og ændrer ikke bevillingen.",
    ])


def u_minutes(c, m, k, start):
    fn = first(c)
    return (f"Referat af opfølgningsmøde {ddate(start)}", [
        ("table", [["Deltagere", f"{c}, {m[0]} (mentor), {CASEWORKERS[1]} (sagsbehandler)"],
                   ["Sted", f"{k}, Rådhuset, mødelokale 3"], ["Referent", CASEWORKERS[1]]]),
        ("h", "1. Status siden sidst"),
        f"{fn} fortalte, at praktikken hos Nordfragt går bedre. Mentor oplyste, at de har mødtes hver uge.",
        ("h", "2. Mål og delmål"),
        "Målet fra mentoraftalen blev gennemgået. Delmålet om fremmøde er nået; der er enighed om at fastholde det.",
        ("h", "3. Næste møde"),
        f"Næste opfølgningsmøde holdes om ca. en måned. {CASEWORKERS[1]} indkalder.",
        "Referatet sendes til deltagerne. Bemærkninger til referatet gives inden en uge.",
    ])


def u_invoice(c, m, k, start):
    hrs = R.choice([8, 12, 14, 16])
    rate = R.choice([495, 525, 560])
    return (f"Faktura nr. {R.randint(2000, 2999)} – mentorydelser", [
        f"{FIRMS[1]}, CVR {R.randint(10000000, 39999999)}. Faktureres til: {k}, Beskæftigelse, EAN 5798000{R.randint(100000, 999999)}.",
        ("table", [["Ydelse", "Periode", "Timer", "Sats", "Beløb"],
                   [f"Mentorstøtte, borger-ref. {R.randint(1000, 9999)}", f"{MONTHS[start.month - 1]} {start.year}",
                    str(hrs), f"{rate},00", f"{hrs * rate:,}".replace(",", ".") + ",00"],
                   ["Kørsel", "", "", "", "240,00"]]),
        "Betalingsbetingelser: netto 30 dage. Beløbet indbetales på reg.nr. 1234 konto 0012345678.",
        "Fakturaen vedrører den bevilgede mentorstøtte efter rammeaftalen. Spørgsmål rettes til bogholderiet.",
    ])


def u_timesheet(c, m, k, start):
    rows = [["Dato", "Aktivitet", "Timer"]]
    for i in range(6):
        rows.append([f"{start.day + i * 4 if start.day + i * 4 < 29 else 28}.{start.month}.{start.year}",
                     R.choice(["Samtale i hjemmet", "Følgeskab til praktik", "Telefonsamtale", "Møde med virksomhed"]),
                     R.choice(["1,0", "1,5", "2,0", "0,5"])])
    return (f"Timeseddel – mentor {m[0]}", [
        f"Borger: {c}. Leverandør: {FIRMS[2]}. Måned: {MONTHS[start.month - 1]} {start.year}.",
        ("table", rows),
        "Forberedelse og transport er ikke medregnet, jf. BAB § 123 (kun direkte kontakt).",
        "Underskrift mentor: ____________   Godkendt af kommunen: ____________",
    ])


def u_capacity_mail(c, m, k, start):
    return (f"Kapacitet i mentorteamet {MONTHS[start.month - 1]}", [
        "Hej alle",
        f"Vi har lige nu 43 borgere med mentorstøtte og kun plads til 5 nye frem til {ddate(add_months(start, 2))}. "
        "Nye henvisninger skal derfor prioriteres efter målgruppe.",
        "Husk, at en aftale højst må løbe i 6 måneder ad gangen, og at timetal, mål og opfølgning skal stå i aftalen. "
        "Send gerne jeres forventede behov for timer pr. uge inden fredag.",
        f"Mvh {CASEWORKERS[2]}, teamleder",
    ])


def u_referral(c, m, k, start):
    fn = first(c)
    return (f"Henvisning til mentorleverandør – {FIRMS[3]}", [
        ("table", [["Borger", c], ["Henvist af", f"{CASEWORKERS[3]}, {k}"], ["Ønsket opstart", ddate(start)],
                   ["Målgruppe", "Aktivitetsparat kontanthjælpsmodtager"]]),
        ("h", "Baggrund"),
        f"{fn} har været ledig i to år og har svært ved at holde aftaler. Der ønskes et tilbud om mentor med "
        "henblik på praktik i detailhandlen.",
        ("h", "Leverandørens tilbagemelding"),
        "Leverandøren bedes inden 5 hverdage oplyse, hvilken mentor der kan tilknyttes, og et forslag til timetal. "
        "Selve mentoraftalen indgås først efter det indledende møde.",
    ])


def u_jobad(c, m, k, start):
    return (f"Stillingsopslag: Mentor til {k}s beskæftigelsesindsats", [
        f"{k} søger en erfaren mentor, 37 timer om ugen, med tiltrædelse {ddate(start)}.",
        ("h", "Dine opgaver"),
        ("li", ["at støtte borgere i job og uddannelse", "at skrive mentoraftaler sammen med sagsbehandleren",
                "at følge op på mål og delmål og dokumentere progression", "at samarbejde med virksomheder"]),
        ("h", "Vi forventer"),
        "Relevant uddannelse som socialrådgiver, pædagog eller lignende og gerne erfaring med LAB § 167.",
        "Ansøgningsfrist: fire uger fra opslaget. Løn efter overenskomst. Spørgsmål til "
        f"{CASEWORKERS[0]} på tlf. 44 55 66 77.",
    ])


def u_certificate(c, m, k, start):
    return ("Kursusbevis", [
        f"Hermed bekræftes, at {m[0]} har gennemført kurset «Mentor i beskæftigelsesindsatsen» "
        f"(3 dage, i alt 21 timer) den {ddate(start)}.",
        "Kurset har omfattet: mentorrollen, målformulering (SMART-mål), opfølgning og progression, "
        "reglerne i LAB kap. 26 og dokumentation i Min Plan.",
        f"Udstedt af {FIRMS[0]}s akademi. Kursusleder: {CASEWORKERS[2]}.",
    ])


def u_guidance(c, m, k, start):
    return (f"Kvalitetsstandard for mentorstøtte – {k}", [
        ("h", "Lovgrundlag"),
        "Lov om en aktiv beskæftigelsesindsats §§ 167-171 og bekendtgørelsens §§ 120-125.",
        ("h", "Hvad skal en mentoraftale indeholde?"),
        "Den skriftlige aftale mellem borger, mentor og kommunen skal som minimum indeholde:",
        ("li", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal bistå ved",
                "varigheden af aftalen og opfølgning – inklusiv mål for progression", "timetallet for mentorstøtten",
                "klagevejledning"]),
        ("h", "Serviceniveauer"),
        ("table", [["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "hver 3. måned"],
                   ["2", "1-2 timer pr. uge", "hver måned"], ["3", "mere end 2 timer pr. uge", "hver måned"]]),
        "Mentorstøtte gives højst for 6 måneder ad gangen med mulighed for forlængelse. Der følges altid op "
        "14 dage før støtteperioden ophører. Klager over afgørelser sendes til kommunen inden fire uger og "
        "videre til Ankestyrelsen.",
        f"Godkendt af Beskæftigelsesudvalget i {k} {ddate(start)}.",
    ])


def u_leaflet(c, m, k, start):
    return ("Få en mentor – til dig, der er på vej i job eller uddannelse", [
        "En mentor er en person, der hjælper dig med at komme godt i gang på en arbejdsplads, i praktik eller på en uddannelse.",
        ("h", "Hvad sker der?"),
        "Du og din sagsbehandler taler om, hvad du gerne vil opnå. Hvis I bliver enige om en mentor, skriver I en "
        "aftale. I aftalen står dit mål, hvem din mentor er, hvad mentoren skal hjælpe med, hvor længe og hvor mange "
        "timer om ugen. Støtten kan vare op til seks måneder ad gangen.",
        ("h", "Hvis du er uenig"),
        "Du kan altid klage over en afgørelse. Klagen skal sendes til kommunen inden fire uger.",
        f"Har du spørgsmål? Ring til {k} på 70 20 30 40.",
    ])


def u_framework(c, m, k, start):
    return (f"Rammeaftale om levering af mentorstøtte mellem {k} og {FIRMS[1]}", [
        ("h", "§ 1 Aftalens omfang"),
        "Leverandøren leverer mentorstøtte efter LAB § 167 til borgere, som kommunen henviser. Kommunen er ikke "
        "forpligtet til at købe en bestemt mængde.",
        ("h", "§ 2 Løbetid"),
        f"Rammeaftalen løber fra {ddate(start)} til {ddate(last_day_before(add_months(start, 24)))} med mulighed "
        "for forlængelse 2 × 12 måneder.",
        ("h", "§ 3 Krav til ydelsen"),
        "For hver borger indgås en individuel mentoraftale, der angiver mål, mentor, opgaver, varighed, "
        "opfølgning og timetal. Leverandøren sender en statusrapport hver måned.",
        ("h", "§ 4 Pris"),
        "Timeprisen er 525 kr. ekskl. moms. Der afregnes kun for direkte kontakt med borgeren.",
        ("h", "§ 5 Misligholdelse og ophør"),
        "Ved væsentlig misligholdelse kan aftalen opsiges med en måneds varsel. Tvister afgøres ved Voldgiftsnævnet.",
    ])


def u_complaint(c, m, k, start):
    fn = first(c)
    return (f"Klage over min mentor", [
        f"Til {k}",
        f"Jeg hedder {c} og har haft mentor siden {ddate(start)}. Jeg vil klage, fordi min mentor flere gange ikke er "
        "kommet til vores aftaler, og fordi jeg ikke synes, vi arbejder med mit mål om at komme i praktik.",
        "I aftalen står der, at vi skal mødes hver uge, men det er kun sket tre gange på to måneder.",
        "Jeg vil gerne have en anden mentor. Jeg håber at høre fra jer hurtigt.",
        f"Venlig hilsen {c}",
    ])


def u_hearing(c, m, k, start):
    fn = first(c)
    return (f"Partshøring – vi overvejer at stoppe din mentorstøtte", [
        f"Kære {fn}",
        f"Vi skriver til dig, fordi vi overvejer at stoppe din mentorstøtte. Vi har fået oplyst af din mentor, "
        f"{m[0]}, at du ikke er mødt op de sidste fire gange.",
        "Før vi træffer en afgørelse, vil vi gerne høre din side af sagen. Du kan skrive eller ringe til os inden "
        f"{ddate(add_months(start, 0).replace(day=min(start.day + 14, 28)))}.",
        "Dette brev er ikke en afgørelse. Du får en afgørelse med klagevejledning, når vi har hørt dig.",
        f"Venlig hilsen {CASEWORKERS[0]}, {k}",
    ])


def u_journal(c, m, k, start):
    fn = first(c)
    return (f"Journalnotat – telefonsamtale {ddate(start)}", [
        f"Notat ved {CASEWORKERS[1]}. Samtale med mentor {m[0]} kl. 10.15.",
        f"Mentor oplyser, at {fn} er startet i praktik og møder stabilt. De har talt om at skrue ned til to timer "
        "om ugen efter næste måned. Mentor sender statusrapport.",
        "Aftalt: Sagsbehandler indkalder til opfølgningsmøde. Ingen ændring i bevillingen på nuværende tidspunkt.",
    ])


def u_buddy(c, m, k, start):
    return (f"Onboarding: buddy-plan for nye medarbejdere – Nordfragt A/S", [
        "Alle nye medarbejdere får en buddy (mentor) de første 3 måneder.",
        ("table", [["Uge", "Fokus", "Buddy-tid"], ["1", "Rundvisning, sikkerhed, IT", "4 timer"],
                   ["2-4", "Oplæring på lageret", "2 timer pr. uge"], ["5-12", "Selvstændigt arbejde, sparring", "1 time pr. uge"]]),
        "Mål: at den nye medarbejder efter 3 måneder kan plukke og pakke ordrer selvstændigt og kender "
        "virksomhedens sikkerhedsregler.",
        "Opfølgning: samtale med nærmeste leder efter 1 og 3 måneder. Planen er intern og ikke en del af "
        "kommunens mentorordning.",
    ])


def u_school(c, m, k, start):
    return (f"Skovby Gymnasium – vores mentorordning for elever", [
        "Alle 1.g-elever, der har svært ved at komme i gang, kan få en elevmentor fra 3.g eller en lærermentor.",
        ("h", "Sådan fungerer det"),
        "Mentor og elev mødes ca. en gang om ugen i en lektion. Sammen sætter I mål for fravær og afleveringer, "
        "og studievejlederen følger op hver anden måned.",
        "Ordningen er skolens egen og er gratis. Den er ikke mentorstøtte efter beskæftigelsesloven.",
        "Kontakt studievejleder Lise Borg, lib@skovbygym.dk.",
    ])


UNKNOWN = [("statusrapport", u_status), ("referat", u_minutes), ("faktura", u_invoice), ("timeseddel", u_timesheet),
           ("kapacitet-mail", u_capacity_mail), ("henvisning", u_referral), ("stillingsopslag", u_jobad),
           ("kursusbevis", u_certificate), ("kvalitetsstandard", u_guidance), ("pjece", u_leaflet),
           ("rammeaftale", u_framework), ("klage", u_complaint), ("partshoering", u_hearing),
           ("journalnotat", u_journal), ("buddy-plan", u_buddy), ("skole-mentorordning", u_school)]


# ---------------------------------------------------------------- agreements and decisions
def agreement(c, m, k, start, defect):
    fn = first(c)
    months = 6
    end = last_day_before(add_months(start, months))
    if defect == "over6":
        end = last_day_before(add_months(start, R.choice([8, 9, 12])))
    goal = R.choice(GOALS)[0].format(fn=fn)
    if defect == "unclear":
        goal = R.choice(UNCLEAR_GOALS)
    tasks = R.sample(TASKS, 3)
    rows = [["Borger", c + (f", cpr.nr. {defect_cpr[0]}" if defect_cpr else "")]]
    fields = {
        "goal": ["Målet med mentorstøtten", goal],
        "mentor": ["Mentor", f"{m[0]}, tlf. {m[1]}, {m[2]}"],
        "tasks": ["Mentorens opgaver", (lambda s: s[0].upper() + s[1:])("; ".join(t.format(fn=fn) for t in tasks)) + "."],
        "duration": ["Varighed", f"{ddate(start)} – {ddate(end)}"],
        "follow": ["Opfølgning", "Statusmøde med mentor og sagsbehandler hver måned og evaluering 14 dage før ophør; "
                                 "delmål: fremmøde fire dage om ugen efter to måneder."],
        "hours": ["Timetal", f"{R.choice([2, 3, 4])} timer pr. uge"],
        "appeal": ["Klagevejledning", APPEAL_FULL],
    }
    rules = []
    if defect in ("goal", "mentor", "tasks", "duration", "follow", "hours"):
        del fields[defect]
        rules.append({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                      "duration": "missing-duration", "follow": "missing-follow-up", "hours": "missing-hours"}[defect])
    if defect == "vaguehours":
        fields["hours"][1] = "Efter behov, et par timer om ugen"
        rules.append("missing-hours")
    if defect == "appeal":
        fields["appeal"][1] = "Du kan klage over aftalen."
        rules.append("missing-appeal-guidance")
    if defect == "over6":
        rules.append("duration-over-6-months")
    if defect == "unclear":
        rules.append("unclear-goal")
    rows += list(fields.values())
    period = {"start": start.isoformat(), "end": end.isoformat()} if "duration" in fields else None
    blocks = [f"Aftale om mentorstøtte efter LAB § 167 mellem {c}, mentor og {k}.", ("table", rows),
              "Underskrifter: ____________ borger   ____________ mentor   ____________ kommunen"]
    return ("Mentoraftale", blocks, sorted(rules), period)


def decision(c, m, k, start, defect):
    fn = first(c)
    end = last_day_before(add_months(start, 6))
    rules = []
    if defect == "over6":
        end = last_day_before(add_months(start, 9))
        rules.append("duration-over-6-months")
    hrs = R.choice([2, 3])
    blocks = [f"Kære {fn}",
              f"Du får mentorstøtte fra {ddate(start)} til {ddate(end)}, {hrs} timer om ugen. Din mentor bliver {m[0]}.",
              ("h", "Begrundelse"),
              f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre praktikken, jf. lov om en aktiv "
              f"beskæftigelsesindsats § 167. Du søgte om 4 timer om ugen; vi vurderer, at {hrs} timer er nok."]
    if defect == "appeal":
        blocks += [("h", "Klagevejledning"), "Du kan klage over afgørelsen."]
        rules.append("missing-appeal-guidance")
    else:
        blocks += [("h", "Klagevejledning"), APPEAL_FULL]
    blocks.append(f"Venlig hilsen {CASEWORKERS[2]}, {k}")
    return ("Afgørelse om mentorstøtte", blocks, sorted(rules), {"start": start.isoformat(), "end": end.isoformat()})


defect_cpr: list[str] = []


def main(out: Path) -> None:
    global defect_cpr
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    fmts_cycle = ["docx", "pdf", "txt", "html", "eml"]
    plan = []
    for i in range(65):
        plan.append(("unknown", UNKNOWN[i % len(UNKNOWN)]))
    agr_defects = ["none", "none", "none", "none", "goal", "mentor", "tasks", "duration", "follow", "hours",
                   "vaguehours", "appeal", "appeal", "over6", "over6", "over6", "unclear", "unclear", "unclear",
                   "none", "hours", "follow", "goal", "vaguehours", "none"]
    for d in agr_defects:
        plan.append(("agreement", d))
    for d in ["none", "none", "none", "none", "appeal", "appeal", "over6", "over6", "none", "appeal"]:
        plan.append(("decision", d))
    entries, pdf_jobs = [], []
    for n, (kind, spec) in enumerate(plan):
        c, m, k = R.choice(CITIZENS), R.choice(MENTORS), R.choice(KOMMUNER)
        start = date(2026, R.randint(1, 9), 1)
        fmt = fmts_cycle[(n + R.randint(0, 4)) % 5]
        has_cpr = R.random() < 0.2
        defect_cpr = [cpr()] if has_cpr else []
        period = None
        if kind == "unknown":
            subtype, fn_ = spec
            title, blocks = fn_(c, m, k, start)
            if has_cpr:
                blocks.insert(0, f"Vedr. {c}, cpr.nr. {defect_cpr[0]}")
            rules, layout = [], ("email" if fmt == "eml" else "mixed")
        elif kind == "agreement":
            subtype = "agreement"
            title, blocks, rules, period = agreement(c, m, k, start, spec)
            layout = "table"
        else:
            subtype = "grant"
            title, blocks, rules, period = decision(c, m, k, start, spec)
            if has_cpr:
                blocks.insert(0, f"Cpr.nr.: {defect_cpr[0]}")
            layout = "letter"
        folder = out / ("sag-" + str(1000 + n % 20))
        folder.mkdir(exist_ok=True)
        stem = f"{n:03d}-{subtype}"
        path = folder / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(path, title, blocks)
        elif fmt == "pdf":
            tmp = out / "_pdfsrc"
            tmp.mkdir(exist_ok=True)
            write_docx(tmp / f"{stem}.docx", title, blocks)
            pdf_jobs.append((tmp / f"{stem}.docx", folder))
        elif fmt == "txt":
            path.write_text(to_text(title, blocks), encoding="utf-8")
        elif fmt == "html":
            path.write_text(to_html(title, blocks), encoding="utf-8")
        else:
            write_eml(path, title, blocks, f"{CASEWORKERS[n % 4]} <sagsbehandler@vesterlund.dk>",
                      f"{m[0]} <{m[2]}>", start)
        e = {"path": str(path.relative_to(out)), "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": rules, "extras": [], "error": None, "accept_errors": [], "must_not_contain": list(defect_cpr),
             "traits": [f"defect:{spec}"] if kind != "unknown" else ["not-a-mentor-document-kind"]
             + (["cpr"] if defect_cpr else [])}
        if kind != "unknown" and defect_cpr:
            e["traits"].append("cpr")
        if period:
            e["period"] = period
        entries.append(e)
    # one LibreOffice run per output folder
    by_folder: dict[Path, list[Path]] = {}
    for src, folder in pdf_jobs:
        by_folder.setdefault(folder, []).append(src)
    for folder, srcs in sorted(by_folder.items()):
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ah_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(folder), *map(str, srcs)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    shutil.rmtree(out / "_pdfsrc", ignore_errors=True)
    for e in entries:
        assert (out / e["path"]).is_file(), e["path"]
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpora/ah"))
