#!/usr/bin/env python3
"""Corpus AF: mentor documents as they travel (Digital Post prints, e-mails, forwards, journal notes).

    python make_corpus_af.py --out /work/corpora/af --seed 109

Written independently of the linter: labels follow only the rules' documentation
(`mentordocs rules NAME`), /work/shared/domain.md and corpusgen's manifest format.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
CITIZENS = ["Sara Jensen", "Ahmed Hassan", "Mikkel Sørensen", "Fatima Ali", "Jonas Kristensen",
            "Louise Madsen", "Emil Rasmussen", "Nadia Poulsen", "Kasper Olsen", "Ida Larsen",
            "Yusuf Demir", "Camilla Berg", "Rasmus Holm", "Aisha Khan", "Tobias Nielsen"]
MENTORS = [("Lars Østergaard", "Mentorhuset ApS", "mentorhuset.dk"),
           ("Birgitte Lund", "Jobbro Mentor", "jobbro.dk"),
           ("Henrik Dahl", "Vejen Videre I/S", "vejenvidere.dk"),
           ("Marianne Skov", "Mentorhuset ApS", "mentorhuset.dk"),
           ("Peter Friis", "Kompas Mentorservice", "kompas-mentor.dk")]
CASEWORKERS = ["Mette Holm", "Anders Bech", "Susanne Vinther", "Jakob Mølgaard"]
KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Assens", "Tønder", "Roskilde"]

GOOD_GOALS = [
    "{fn} starter på SOSU-hjælperuddannelsen i Viborg den 1. august 2026 og møder mindst fire dage om ugen.",
    "{fn} er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest 1. juni 2026, med henblik på løntilskud.",
    "{fn} har et ordinært job på 15 timer om ugen i detailhandlen inden 1. september 2026.",
    "{fn} gennemfører 9. klasses afgangsprøve på VUC i juni 2026 og søger ind på en erhvervsuddannelse.",
    "{fn} er i praktik hos Netto 12 timer om ugen fra 1. maj 2026 og møder op tre ud af tre dage.",
]
GOOD_PLAIN = "{fn} gennemfører grundforløbet på tømreruddannelsen på EUC Nord og består grundforløbsprøven."
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Øget selvværd og bedre struktur på hverdagen.",
    "Sikre at {fn} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Hjælp til at finde motivation og trivsel.",
]
TASKS = [
    "Følge {fn} til praktikstedet de første to uger; samtale om fremmøde og transport hver uge.",
    "Hjælpe {fn} med at holde styr på skema og lektier og følge med til møder på skolen.",
    "Hjælpe med morgenrutiner, transport til arbejdspladsen og kontakten til kollegerne.",
    "Vejlede {fn} i jobsøgning, øve jobsamtaler og tage med til de første samtaler.",
]
FOLLOW = [
    "Statusmøde med mentor, {fn} og sagsbehandler hver måned; evaluering 14 dage før støtten ophører.",
    "Vi følger op hver anden uge; midtvejsevaluering efter tre måneder.",
    "Opfølgning ved statusmøde hver 3. måned og altid 14 dage inden støtteperioden ophører.",
]
HOURS_GOOD = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "5 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende"]
APPEAL_FULL = ("Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, "
               "at du har modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger. "
               "Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen (LAB § 204).")
APPEAL_FULL2 = ("Du kan klage til {k} Kommune inden 4 uger. Klagen kan være mundtlig eller skriftlig. "
                "Kommunen genvurderer sagen, og fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.")
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Du kan klage til kommunen, hvis du er uenig.",
               "Hvis du vil klage, så kontakt os."]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def cpr(self) -> str:
        r = self.r
        return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(60, 99):02d}-{r.randint(1000, 9999)}"

    def period(self, over: bool) -> tuple[str, dt.date, dt.date]:
        r = self.r
        start = dt.date(2026, r.randint(1, 6), 1)
        months = r.choice([9, 10, 12]) if over else r.choice([3, 4, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        s = r.randint(0, 3)
        sep = r.choice([" – ", " til ", "-"]) if s in (0, 1) else " – "
        text = f"{fmt_date(start, s)}{sep}{fmt_date(end, s)}"
        if r.random() < 0.3:
            text = f"fra {fmt_date(start, 0)} til {fmt_date(end, 0)}"
        return text, start, end


def agreement_fields(g: Gen, ctx: dict, defects: set[str], kind: str) -> tuple[list[tuple[str, str]], dict]:
    """Return (label, value) pairs and the period if one was stated."""
    r = g.r
    fn = ctx["citizen"].split()[0]
    mname, firm, dom = ctx["mentor"]
    fields: list[tuple[str, str]] = []
    period = None
    if "missing-goal" in defects:
        if r.random() < 0.5:
            fields.append(("Målet med mentorstøtten", r.choice(["Udfyldes senere", "-", "xx"])))
    elif "unclear-goal" in defects:
        fields.append(("Målet med mentorstøtten", r.choice(UNCLEAR_GOALS).format(fn=fn)))
    else:
        goals = GOOD_GOALS
        if defects & {"missing-hours", "missing-duration"}:
            goals = [GOOD_PLAIN]  # no hour figure or date that a reader could take for the missing field
        fields.append(("Målet med mentorstøtten", r.choice(goals).format(fn=fn)))
    if "missing-mentor" in defects:
        if r.random() < 0.6:
            fields.append(("Mentor", f"{mname}, {firm}"))
    else:
        tel = f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        first = mname.split()[0].lower()
        fields.append(("Mentor", f"{mname}, {firm}, tlf. {tel}, {first}@{dom}"))
    if "missing-tasks" in defects:
        if r.random() < 0.5:
            fields.append(("Mentorens opgaver", "-"))
    else:
        fields.append(("Mentorens opgaver", r.choice(TASKS).format(fn=fn)))
    if "missing-duration" in defects:
        if r.random() < 0.5:
            fields.append(("Periode", r.choice(["Udfyldes senere", "indtil videre"])))
    else:
        text, start, end = g.period("duration-over-6-months" in defects)
        fields.append(("Periode", text))
        period = {"start": start.isoformat(), "end": end.isoformat()}
    if kind == "agreement" and "missing-follow-up" not in defects:
        fields.append(("Opfølgning", r.choice(FOLLOW).format(fn=fn)))
    if "missing-hours" in defects:
        if r.random() < 0.5:
            fields.append(("Timetal", r.choice(HOURS_VAGUE)))
    else:
        fields.append(("Timetal", r.choice(HOURS_GOOD)))
    if kind == "agreement":
        if "missing-appeal-guidance" in defects:
            if r.random() < 0.6:
                fields.append(("Klagevejledning", r.choice(APPEAL_WEAK)))
        else:
            fields.append(("Klagevejledning", r.choice([APPEAL_FULL, APPEAL_FULL2]).format(k=ctx["kommune"])))
    return fields, period


def render_fields(fields, layout: str) -> str:
    out = []
    for i, (label, value) in enumerate(fields, 1):
        if layout == "labels":
            out.append(f"{label}: {value}")
        elif layout == "headings":
            out.append(f"{label}\n{value}\n")
        else:  # numbered
            out.append(f"{i}) {label}: {value}")
    return "\n".join(out)


def letter_text(g: Gen, ctx: dict, kind: str, defects: set[str], layout: str):
    r = g.r
    cit = ctx["citizen"]
    period = None
    lines = []
    if kind == "agreement":
        lines.append(r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb (LAB § 167)"]))
        lines.append(f"Borger: {cit}" + (f", CPR-nr. {ctx['cpr']}" if ctx.get("cpr") else ""))
        lines.append("")
        fields, period = agreement_fields(g, ctx, defects, "agreement")
        lines.append(render_fields(fields, layout))
        lines.append("")
        lines.append(f"Aftalen er indgået mellem {cit}, {ctx['mentor'][1]} og {ctx['kommune']} Kommune.")
    elif kind == "minplan":
        lines.append("Min Plan – udskrift")
        lines.append(f"Borger: {cit}" + (f" ({ctx['cpr']})" if ctx.get("cpr") else ""))
        lines.append("Indsats: Mentorstøtte")
        lines.append("")
        fields, period = agreement_fields(g, ctx, defects, "minplan")
        lines.append(render_fields(fields, layout))
    else:  # decision
        k = ctx["kommune"]
        lines.append(f"{k} Kommune")
        lines.append(f"Kære {cit}" + (f"  (CPR-nr. {ctx['cpr']})" if ctx.get("cpr") else ""))
        lines.append("")
        lines.append("Afgørelse om mentorstøtte")
        text, start, end = g.period("duration-over-6-months" in defects)
        period = {"start": start.isoformat(), "end": end.isoformat()}
        hours = r.choice(HOURS_GOOD)
        lines.append(f"Du har fået bevilget mentorstøtte i perioden {text}, {hours}. "
                     f"Din mentor bliver {ctx['mentor'][0]} fra {ctx['mentor'][1]}.")
        lines.append("")
        lines.append("Begrundelse")
        lines.append("Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik, "
                     "jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
        lines.append("")
        if "missing-appeal-guidance" in defects:
            if r.random() < 0.6:
                lines.append("Klagevejledning")
                lines.append(r.choice(APPEAL_WEAK))
        else:
            lines.append("Klagevejledning")
            lines.append(r.choice([APPEAL_FULL, APPEAL_FULL2]).format(k=k))
        lines.append("")
        lines.append(f"Med venlig hilsen\n{ctx['caseworker']}, sagsbehandler\n{k} Kommune")
    return "\n".join(lines), period


def unknown_text(g: Gen, ctx: dict, variant: int) -> str:
    cit = ctx["citizen"]
    fn = cit.split()[0]
    mname, firm, dom = ctx["mentor"]
    d = dt.date(2026, g.r.randint(2, 9), g.r.randint(1, 27))
    if variant == 0:
        return (f"Hej {fn},\n\nsom aftalt starter du hos {firm} mandag den {fmt_date(d, 0)} kl. 9.00. "
                f"{mname} tager imod dig ved indgangen.\n\nVh {ctx['caseworker']}")
    if variant == 1:
        return ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
                f"SUMMARY:Opstartsmøde – mentorforløb {fn}\n"
                f"DTSTART:{d.strftime('%Y%m%d')}T100000\nDTEND:{d.strftime('%Y%m%d')}T110000\n"
                f"LOCATION:{ctx['kommune']} Kommune, mødelokale 2\n"
                f"ORGANIZER;CN={ctx['caseworker']}:mailto:sagsbehandler@{ctx['kommune'].lower()}.dk\n"
                f"ATTENDEE;CN={mname}:mailto:{mname.split()[0].lower()}@{dom}\n"
                "DESCRIPTION:Vi mødes og taler om forløbet.\nEND:VEVENT\nEND:VCALENDAR")
    if variant == 2:
        return ("Sådan ser en mentoraftale ud\n\nEn skriftlig aftale om mentorstøtte skal indeholde: "
                "målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal "
                "bistå ved, varigheden af aftalen og opfølgning, timetallet for mentorstøtten og "
                "klagevejledning. Mentorstøtte gives i højst 6 måneder ad gangen.\n\n"
                "Denne vejledning er til borgere og samarbejdspartnere.")
    if variant == 3:
        return (f"Hej {fn}\n\nTak for i dag. Jeg sender aftalen, når den er skrevet færdig. "
                f"Ring endelig, hvis der er noget.\n\nMvh {mname}\n{firm}")
    return (f"Indkaldelse til samtale\n\nKære {cit}\n\nDu er indkaldt til en samtale hos {ctx['kommune']} "
            f"Kommune den {fmt_date(d, 0)} kl. 13.00. Vi skal tale om din situation.\n\n"
            f"Med venlig hilsen\n{ctx['caseworker']}")


# ---------------------------------------------------------------- wrappers
def eboks_lines(ctx, subject, sent: dt.datetime):
    head = ["e-Boks", "Digital Post", f"Fra: {ctx['kommune']} Kommune", f"Til: {ctx['citizen']}",
            f"Modtaget: {fmt_date(sent.date(), 0)} kl. {sent:%H.%M}", f"Emne: {subject}", ""]
    foot = ["", f"Denne meddelelse er sendt via Digital Post fra {ctx['kommune']} Kommune.",
            "Du kan ikke svare på denne meddelelse.", "Side 1 af 1"]
    return head, foot


def write_pdf(path: Path, head, body: str, foot):
    styles = getSampleStyleSheet()
    story = []
    for line in head:
        story.append(Paragraph(html.escape(line) or "&nbsp;", styles["Italic"]))
    story.append(Spacer(1, 12))
    for para in body.split("\n"):
        story.append(Paragraph(html.escape(para) or "&nbsp;", styles["Normal"]))
    for line in foot:
        story.append(Paragraph(html.escape(line) or "&nbsp;", styles["Italic"]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Digital Post", author="e-Boks", invariant=1)
    doc.build(story)


def to_html(body: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>\n" if p else "<br>\n" for p in body.split("\n"))


def eml(ctx, frm, to, subject, text, sent, with_html: bool) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = f"<{sent:%Y%m%d%H%M%S}.{len(text)}@af.example>"
    m.set_content(text, cte="quoted-printable")
    if with_html:
        m.add_alternative(f"<html><body>\n{to_html(text)}</body></html>", subtype="html",
                          cte="quoted-printable")
        m.set_boundary(f"af-boundary-{sent:%Y%m%d%H%M}")  # deterministic output
    return bytes(m)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/af"))
    ap.add_argument("--seed", type=int, default=109)
    a = ap.parse_args()
    g = Gen(a.seed)
    r = g.r
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)

    plan = ["agreement"] * 55 + ["decision"] * 15 + ["minplan"] * 10 + ["unknown"] * 20
    single = {"agreement": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                            "missing-follow-up", "missing-hours", "missing-appeal-guidance",
                            "duration-over-6-months", "unclear-goal"],
              "minplan": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                          "missing-hours", "duration-over-6-months", "unclear-goal"],
              "decision": ["missing-appeal-guidance", "duration-over-6-months"]}
    clean_n = {"agreement": 22, "decision": 6, "minplan": 4}
    counters: dict[str, int] = {}
    entries = []
    for i, kind in enumerate(plan):
        n = counters[kind] = counters.get(kind, 0) + 1
        ctx = {"citizen": r.choice(CITIZENS), "mentor": r.choice(MENTORS),
               "caseworker": r.choice(CASEWORKERS), "kommune": r.choice(KOMMUNER)}
        ctx["cpr"] = g.cpr() if r.random() < 0.3 and kind != "unknown" else None
        defects: set[str] = set()
        if kind != "unknown" and n > clean_n[kind]:
            pool = single[kind]
            defects.add(pool[(n - clean_n[kind] - 1) % len(pool)])
            if kind != "decision" and r.random() < 0.3:
                extra = r.choice(pool)
                if not ({extra} | defects) >= {"missing-goal", "unclear-goal"} and \
                        not ({extra} | defects) >= {"missing-duration", "duration-over-6-months"}:
                    defects.add(extra)
        layout = r.choice(["labels", "headings", "numbered"])
        sent = dt.datetime(2026, r.randint(1, 10), r.randint(1, 28), r.randint(8, 15), r.randint(0, 59),
                           tzinfo=dt.timezone.utc)
        if kind == "unknown":
            variant = (n - 1) % 5
            body, period = unknown_text(g, ctx, variant), None
            subtype = ["confirmation", "calendar", "leaflet", "thanks", "summons"][variant]
            layout = "prose"
        else:
            body, period = letter_text(g, ctx, kind, defects, layout)
            subtype = kind
        subject = {"agreement": "Aftale om mentorstøtte", "decision": "Afgørelse om mentorstøtte",
                   "minplan": "Min Plan – mentorstøtte"}.get(kind, "Mentorforløb")
        # how the document travels
        carrier = r.choice(["eboks-pdf", "eml-plain", "eml-html", "eml-reply", "eml-forward",
                            "journal-txt", "journal-html", "eboks-txt"])
        if kind == "unknown" and subtype == "calendar":
            carrier = r.choice(["journal-txt", "eml-plain"]) if r.random() < 0.3 else "calendar-txt"
        slug = f"{i + 1:03d}-{kind}-{carrier}"
        cw_mail = f"{ctx['caseworker'].split()[0].lower()}@{ctx['kommune'].lower().replace('æ', 'ae')}.dk"
        cw_sig = f"\n\nVenlig hilsen\n{ctx['caseworker']}\nSagsbehandler, {ctx['kommune']} Kommune\ntlf. 72 11 {r.randint(10, 99)} {r.randint(10, 99)}"
        if carrier in ("eboks-pdf", "eboks-txt"):
            head, foot = eboks_lines(ctx, subject, sent)
            if carrier == "eboks-pdf":
                path, fmt = a.out / "digital-post" / f"{slug}.pdf", "pdf"
                path.parent.mkdir(parents=True, exist_ok=True)
                write_pdf(path, head, body, foot)
            else:
                path, fmt = a.out / "digital-post" / f"{slug}.txt", "txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("\n".join(head + [body] + foot) + "\n", encoding="utf-8")
        elif carrier.startswith("eml"):
            path, fmt = a.out / "mail" / f"{slug}.eml", "eml"
            path.parent.mkdir(parents=True, exist_ok=True)
            to = f"{ctx['citizen']} <borger{n}@example.dk>"
            frm = f"{ctx['caseworker']} <{cw_mail}>"
            if carrier in ("eml-plain", "eml-html"):
                intro = "" if kind == "unknown" else f"Hej\n\nHer er dokumentet som aftalt.\n\n"
                text = intro + body + ("" if kind == "unknown" else cw_sig)
                data = eml(ctx, frm, to, subject, text, sent, carrier == "eml-html")
            elif carrier == "eml-reply":
                quoted = "\n".join("> " + ln if ln else ">" for ln in (body + cw_sig).split("\n"))
                text = (f"Hej {ctx['caseworker'].split()[0]}\n\nTak, jeg har læst det og er enig.\n\n"
                        f"Hilsen {ctx['citizen'].split()[0]}\n\n"
                        f"Den {fmt_date(sent.date(), 0)} kl. {sent:%H.%M} skrev {ctx['caseworker']} <{cw_mail}>:\n"
                        + quoted)
                data = eml(ctx, to, frm, "Sv: " + subject, text, sent + dt.timedelta(hours=3), False)
            else:
                fwd = ("Til orientering.\n\n---------- Videresendt besked ----------\n"
                       f"Fra: {frm}\nDato: {fmt_date(sent.date(), 0)} kl. {sent:%H.%M}\n"
                       f"Emne: {subject}\nTil: {to}\n\n" + body + ("" if kind == "unknown" else cw_sig))
                mfirm = ctx["mentor"]
                data = eml(ctx, frm, f"{mfirm[1]} <kontakt@{mfirm[2]}>", "VS: " + subject, fwd,
                           sent + dt.timedelta(days=1), r.random() < 0.5)
            path.write_bytes(data)
        elif carrier == "calendar-txt":
            path, fmt = a.out / "kalender" / f"{slug}.txt", "txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body + "\n", encoding="utf-8")
        else:
            note_head = (f"Journalnotat – sag {r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}\n"
                         f"Dato: {fmt_date(sent.date(), 1)}   Oprettet af: {ctx['caseworker']}\n"
                         f"Overskrift: {subject}\n\nNotat: Dokumentet indsat nedenfor.\n"
                         "----------------------------------------\n")
            if carrier == "journal-txt":
                path, fmt = a.out / "journal" / f"{slug}.txt", "txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(note_head + body + "\n", encoding="utf-8")
            else:
                path, fmt = a.out / "journal" / f"{slug}.html", "html"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">"
                                f"<title>{html.escape(subject)}</title></head><body>\n"
                                f"<div class=\"journal-head\">{to_html(note_head)}</div>\n"
                                f"<div class=\"journal-body\">{to_html(body)}</div></body></html>\n",
                                encoding="utf-8")
        rules = sorted(defects)
        e = {"path": str(path.relative_to(a.out)), "format": fmt, "kind": kind, "subtype": subtype,
             "layout": layout, "rules": rules, "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [ctx["cpr"]] if ctx.get("cpr") else [],
             "traits": [f"carrier:{carrier}"] + (["cpr"] if ctx.get("cpr") else [])}
        if period:
            e["period"] = period
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (a.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {a.out}")


if __name__ == "__main__":
    main()
