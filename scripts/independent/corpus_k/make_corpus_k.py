#!/usr/bin/env python3
"""Independent corpus K: 60 Danish decision letters (afgørelser) on mentorstøtte, LAB § 167.

Usage: /work/main/.venv/bin/python make_corpus_k.py --out /work/corpora/k --seed 7
Deterministic for a given seed. Writes <out>/<subtype>/k_NNN_<subtype>.<ext> and <out>/EXPECTED.jsonl.
"""
import argparse
import calendar
import datetime as dt
import html as htmlmod
import json
import os
import random

SUBTYPES = ["bevilling", "delvis_bevilling", "afslag", "forlaengelse", "ophoer"]
# (missing-appeal-guidance, duration-over-6-months) per subtype; rest compliant
DEFECTS = {"bevilling": (3, 4), "delvis_bevilling": (2, 3), "afslag": (3, 0),
           "forlaengelse": (3, 3), "ophoer": (3, 0)}
LAYOUTS = ["txt-plain", "txt-email", "docx-letterhead", "docx-headings", "pdf-plain", "pdf-sidebar", "html"]
EXT = {"txt": "txt", "docx": "docx", "pdf": "pdf", "html": "html"}

KOMMUNER = ["Skovlund Kommune", "Hammerbro Kommune", "Lindå Kommune", "Nørrevang Kommune", "Fjordby Kommune",
            "Kildeholm Kommune", "Sønderå Kommune", "Bakkested Kommune", "Ravnsø Kommune", "Tjørnelev Kommune"]
AFD = ["Beskæftigelse og Borgerservice", "Job og Uddannelse", "Center for Arbejdsmarked", "Jobcentret",
       "Afdelingen for Beskæftigelse", "Ungeindsatsen"]
FIRST = ["Mette", "Jonas", "Sofie", "Ahmad", "Line", "Kasper", "Fatima", "Rasmus", "Camilla", "Emil", "Nadia",
         "Morten", "Ida", "Thomas", "Louise", "Mikkel", "Sara", "Jesper", "Amalie", "Ali"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Yilmaz", "Hussein"]
STREETS = ["Skolevej", "Bøgealle", "Kirkegade", "Møllevænget", "Strandvejen", "Egevej", "Havnegade", "Lærkevej"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
NUMW = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni", 10: "ti",
        11: "elleve", 12: "tolv"}


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def period_end(start, months):
    return add_months(start, months) - dt.timedelta(days=1)


def fdate(d, style):
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 4:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def months_word(n, rng):
    return rng.choice([f"{n} måneder", f"{n} mdr.", f"{NUMW[n]} måneder"]) if n != 1 else rng.choice(["1 måned", "en måned"])


def period_phrase(start, end, months, rng):
    """Return (phrase, description)."""
    s = rng.randrange(6)
    ds = rng.choice([0, 0, 1, 2, 4])
    if s == 0:
        return f"i perioden {fdate(start, ds)} – {fdate(end, ds)}", "range"
    if s == 1:
        return f"fra {fdate(start, ds)} til og med {fdate(end, ds)}", "fra-til"
    if s == 2:
        return f"fra {fdate(start, ds)} og {months_word(months, rng)} frem", "start+months"
    if s == 3:
        return f"i {months_word(months, rng)} fra {fdate(start, ds)}, dvs. til og med {fdate(end, ds)}", "months+range"
    if s == 4:
        return f"med virkning fra {fdate(start, ds)} til {fdate(end, ds)}", "virkning fra-til"
    return f"pr. {fdate(start, ds)} i {months_word(months, rng)}", "pr.+months"


LEGAL = ["§ 167, stk. 1, i lov om en aktiv beskæftigelsesindsats",
         "lov om en aktiv beskæftigelsesindsats (LAB) § 167",
         "LAB § 167, stk. 1",
         "§ 167 i lov om en aktiv beskæftigelsesindsats og bekendtgørelse om en aktiv beskæftigelsesindsats kap. 17",
         "beskæftigelseslovens § 167, stk. 1"]

GOALS = ["at du kommer i gang med en uddannelse som SOSU-hjælper",
         "at du kan fastholde dit fleksjob hos en lokal virksomhed",
         "at du kan gennemføre dit virksomhedspraktikforløb",
         "at du får en stabil hverdag, så du kan starte på en erhvervsuddannelse",
         "at du kan fastholde dit nye job som lagermedarbejder",
         "at du kommer godt i gang på HF-enkeltfag",
         "at du kan deltage stabilt i dit tilbud om virksomhedspraktik"]


# ---------------- appeal guidance ----------------

def appeal_ok(rng, kommune, afd, phone, email):
    """Return (blocks, placement, label). Every variant names kommunen/Ankestyrelsen and 4 uger."""
    v = rng.randrange(7)
    if v == 0:
        return ([("h", "Klagevejledning"),
                 ("p", f"Hvis du ikke er enig i afgørelsen, kan du klage til {kommune}. Klagen skal være modtaget "
                       "inden 4 uger fra den dag, du har fået dette brev. Du kan klage skriftligt eller mundtligt."),
                 ("p", "Kommunen skal genvurdere afgørelsen. Hvis vi fastholder afgørelsen, sender vi din klage og "
                       "sagens akter videre til Ankestyrelsen, som træffer afgørelse i sagen. Det følger af "
                       "§ 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens §§ 66-67.")],
                "heading", "Klagevejledning heading, legal wording")
    if v == 1:
        return ([("h", "Sådan klager du"),
                 ("p", f"Du kan ringe til os på {phone} eller skrive til {email}. Husk at skrive dit sagsnummer."),
                 ("p", "Fristen er fire uger fra du har modtaget afgørelsen. Vi ser på sagen igen. Giver vi dig ikke "
                       "ret, sender vi klagen videre til Ankestyrelsen.")],
                "heading", "'Sådan klager du' heading, plain wording")
    if v == 2:
        return ([("h", "Hvis du er uenig"),
                 ("p", f"Er du uenig i vores afgørelse, kan du klage til {afd}, {kommune}, senest 4 uger efter at du "
                       "har modtaget brevet. Vi vurderer så afgørelsen igen inden for 4 uger. Hvis vi holder fast "
                       "i afgørelsen, sender vi klagen til Ankestyrelsen.")],
                "heading", "'Hvis du er uenig' heading")
    if v == 3:
        return ([("p", "Du kan klage over afgørelsen. Klagen sendes til kommunen inden fire uger efter, at du har "
                       "modtaget dette brev. Kommunen genvurderer sagen, og fastholdes afgørelsen, videresendes "
                       "klagen til Ankestyrelsen.")],
                "paragraph", "closing paragraph, no heading")
    if v == 4:
        return ([("h", "Bilag: Klagevejledning"),
                 ("p", f"Du kan klage over afgørelsen til {kommune}, {afd}. Du skal klage inden 4 uger fra den dag, "
                       "du modtog afgørelsen. Klagen kan sendes med Digital Post, pr. mail eller gives mundtligt."),
                 ("p", "Når vi har modtaget din klage, genvurderer vi afgørelsen. Fastholder vi afgørelsen, sender "
                       "vi klagen til Ankestyrelsen inden 4 uger. Ankestyrelsen træffer den endelige afgørelse."),
                 ("p", "Klagen behandles efter § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i lov om "
                       "retssikkerhed og administration på det sociale område.")],
                "bilag", "'Bilag: Klagevejledning' after signature")
    if v == 5:
        return ([("h", "Klageadgang"),
                 ("b", ["Klagefrist: 4 uger fra du har modtaget brevet",
                        f"Klagen sendes til: {kommune}, {email}",
                        "Kommunen genvurderer afgørelsen",
                        "Fastholdes afgørelsen, sendes klagen videre til Ankestyrelsen"])],
                "heading", "'Klageadgang' bullet list")
    return ([("h", "Vil du klage?"),
             ("p", "Hvis du vil klage, skal du gøre det inden fire uger fra du har fået brevet. Send klagen til "
                   f"os i {kommune} – du kan også ringe. Vi tager stilling til sagen igen, og ændrer vi ikke "
                   "afgørelsen, går klagen videre til Ankestyrelsen.")],
            "heading", "'Vil du klage?' heading, friendly")


def appeal_bad(rng):
    v = rng.randrange(4)
    if v == 0:
        return [], "none", "appeal guidance removed entirely"
    if v == 1:
        return [("p", "Du kan klage over afgørelsen.")], "paragraph", "appeal reduced to 'Du kan klage over afgørelsen.'"
    if v == 2:
        return ([("h", "Klagevejledning"), ("p", "Du har mulighed for at klage over denne afgørelse.")], "heading",
                "Klagevejledning heading kept, no deadline and no recipient")
    return ([("p", "Hvis du er uenig i afgørelsen, er du velkommen til at kontakte din sagsbehandler.")], "paragraph",
            "only 'kontakt din sagsbehandler', no deadline/recipient")


# ---------------- letter content ----------------

SUBJECTS = {
    "bevilling": ["Afgørelse om mentorstøtte", "Vi har bevilget dig mentorstøtte", "Bevilling af mentor",
                  "Du får mentorstøtte", "Afgørelse: bevilling af mentorstøtte efter LAB § 167"],
    "delvis_bevilling": ["Afgørelse om mentorstøtte", "Delvis bevilling af mentorstøtte",
                         "Svar på din ansøgning om mentor", "Vi har bevilget dig mentorstøtte – delvist"],
    "afslag": ["Afslag på ansøgning om mentor", "Afgørelse om mentorstøtte", "Du får ikke bevilget mentorstøtte",
               "Afslag på mentorstøtte"],
    "forlaengelse": ["Forlængelse af din mentorstøtte", "Afgørelse om forlængelse af mentorstøtte",
                     "Din mentorstøtte er forlænget", "Ny periode med mentorstøtte"],
    "ophoer": ["Ophør af mentorstøtte", "Afgørelse om ophør af din mentorstøtte", "Din mentorstøtte stopper",
               "Stop for mentorstøtte"],
}


def build(idx, subtype, defect, rng):
    kommune = rng.choice(KOMMUNER)
    short = kommune.split()[0]
    afd = rng.choice(AFD)
    phone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    email = f"{rng.choice(['job', 'mentor', 'beskaeftigelse', 'jobcenter'])}@{short.lower().replace('ø', 'oe').replace('å', 'aa')}.dk"
    addr = f"{rng.choice(['Rådhuspladsen', 'Torvet', 'Jobcentervej', 'Stationsvej'])} {rng.randint(1, 40)}, {rng.randint(2000, 9990)} {short}"
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    caddr = f"{rng.choice(STREETS)} {rng.randint(1, 120)}"
    ccity = f"{rng.randint(2000, 9990)} {short}"
    case = rng.choice([f"Sagsnr. 27.45.12-G01-{rng.randint(100, 9999)}-26", f"J.nr. 15.20.00-{rng.randint(1000, 99999)}",
                       f"Sagsnummer: {rng.randint(2026000, 2026999)}", f"Vores ref.: MEN-{rng.randint(1000, 9999)}/26"])
    cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    cw_title = rng.choice(["Jobkonsulent", "Sagsbehandler", "Virksomhedskonsulent", "Mentorkoordinator", "Socialrådgiver"])
    letter_date = dt.date(2026, rng.randint(2, 10), rng.randint(1, 27))
    appl_date = letter_date - dt.timedelta(days=rng.randint(7, 30))
    subject = rng.choice(SUBJECTS[subtype])
    legal = rng.choice(LEGAL)
    goal = rng.choice(GOALS)
    hours = rng.choice([1, 2, 2, 3, 4, 5])
    hours_txt = rng.choice([f"{hours} timer pr. uge", f"op til {hours} timer om ugen", f"{hours} t/uge",
                            f"{hours} timer ugentligt"]) if hours > 1 else "1 time pr. uge"
    traits = [f"municipality {kommune}", f"subtype {subtype}"]
    period = None
    blocks = [("p", f"Kære {name.split()[0]}" if rng.random() < 0.5 else f"Kære {name}")]

    over = defect == "duration-over-6-months"
    months = rng.randint(7, 12) if over else rng.choice([1, 2, 3, 3, 4, 6, 6, 6, 5])
    start = add_months(dt.date(letter_date.year, letter_date.month, 1), 1)
    if rng.random() < 0.2:
        start = start.replace(day=15)
    end = period_end(start, months)

    if subtype == "bevilling":
        ph, pdesc = period_phrase(start, end, months, rng)
        blocks += [
            ("p", f"Du har den {fdate(appl_date, 0)} søgt om mentorstøtte. Vi har bevilget dig mentorstøtte "
                  f"{ph}. Du får {hours_txt}."),
            ("h", rng.choice(["Afgørelse", "Vores afgørelse", "Hvad har vi besluttet?"])),
            ("p", f"Du får bevilget mentorstøtte som du har søgt om. Formålet er {goal}. Din mentor vil kontakte dig "
                  "inden for de første dage af perioden."),
            ("h", "Lovgrundlag"),
            ("p", f"Afgørelsen er truffet efter {legal}."),
        ]
        if rng.random() < 0.5:
            blocks.insert(4, ("p", "Begrundelse: Vi vurderer, at du har brug for støtte fra en mentor for at kunne "
                                   "gennemføre din plan, og at støtten kan hjælpe dig tættere på job eller uddannelse."))
        period = (start, end)
        traits.append(f"granted period: {pdesc} {months} months{' (OVER 6)' if over else ''}")
        traits.append(f"hours {hours}/week")
    elif subtype == "delvis_bevilling":
        kind = rng.choice(["hours", "period", "both"]) if not over else rng.choice(["hours", "period"])
        if kind != "hours" and months >= 11:
            kind = "hours"
        asked_h = hours + rng.randint(2, 4)
        asked_m = min(12, months + rng.randint(1, 6)) if kind != "hours" else months
        if asked_m <= months:
            asked_m = months + 1
            kind = "period" if kind == "period" else kind
        ph, pdesc = period_phrase(start, end, months, rng)
        if kind == "hours":
            ask = f"{asked_h} timers mentorstøtte om ugen"
            got = f"Vi har bevilget dig {hours_txt} {ph}. Du har søgt om {asked_h} timer om ugen, og du får derfor ikke alt det, du har søgt om."
            reason = (f"Vi har lagt vægt på, at du allerede deltager i et forløb med egen kontaktperson, og at din "
                      f"mentor derfor kun skal støtte dig i de dele af hverdagen, der ikke dækkes af forløbet. Vi vurderer, "
                      f"at {hours} timer om ugen er nok til at nå målet.")
        else:
            ask = f"mentorstøtte i {asked_m} måneder"
            got = (f"Du har søgt om mentorstøtte i {asked_m} måneder. Vi har bevilget dig mentorstøtte {ph}"
                   f"{', ' + hours_txt if kind == 'both' else ''}.")
            reason = ("Vi vurderer, at der skal følges op på, om støtten virker, før der tages stilling til en "
                      "eventuel ny periode. Mentorstøtte gives efter loven for en periode ad gangen, og vi har lagt "
                      "vægt på, at du allerede er godt i gang med din plan.")
            if kind == "both":
                reason += f" Du søgte også om {asked_h} timer om ugen; vi har bevilget færre timer, fordi du får støtte fra praktikstedet."
        blocks += [
            ("p", f"Vi har behandlet din ansøgning af {fdate(appl_date, 1)} om {ask}."),
            ("h", rng.choice(["Afgørelse", "Det har vi besluttet"])),
            ("p", got),
            ("h", rng.choice(["Begrundelse", "Hvorfor får du ikke det hele?", "Vores begrundelse"])),
            ("p", reason),
            ("p", f"Formålet med mentorstøtten er {goal}. Afgørelsen er truffet efter {legal}."),
        ]
        period = (start, end)
        traits.append(f"partial grant ({kind} reduced), reasons included")
        traits.append(f"granted period: {pdesc} {months} months{' (OVER 6)' if over else ''}"
                      f"; asked {asked_m} months" if kind != "hours" else
                      f"granted period: {pdesc} {months} months{' (OVER 6)' if over else ''}")
    elif subtype == "afslag":
        reason = rng.choice([
            "Vi vurderer, at du kan få den nødvendige støtte gennem skolens studievejledning og SPS-støtte, som "
            "du allerede er bevilget. Mentorstøtte skal gå ud over den støtte, uddannelsesstedet normalt giver.",
            "Vi har lagt vægt på, at du er i ordinært job og selv klarer de opgaver, du har søgt støtte til. "
            "Vi vurderer derfor, at du ikke har behov for en mentor for at fastholde jobbet.",
            "Du har ikke et konkret mål om job eller uddannelse i din plan, og vi vurderer, at andre tilbud "
            "i kommunen passer bedre til dit behov lige nu, fx et forløb i vores sundhedsteam.",
            "De opgaver, du søger hjælp til (praktisk hjælp i hjemmet), ligger uden for formålet med mentorstøtte "
            "efter beskæftigelsesloven. Vi har i stedet sendt din henvendelse videre til Socialafdelingen."])
        blocks += [
            ("p", f"Du har den {fdate(appl_date, 0)} søgt om mentorstøtte. Vi har desværre givet dig afslag."),
            ("h", rng.choice(["Afgørelse", "Vores afgørelse"])),
            ("p", "Du får ikke bevilget mentorstøtte."),
            ("h", rng.choice(["Begrundelse", "Derfor får du afslag"])),
            ("p", reason),
            ("p", f"Afgørelsen er truffet efter {legal}."),
        ]
        traits.append("refusal with reasons; mentions application date only")
    elif subtype == "forlaengelse":
        old_m = rng.choice([3, 4, 6])
        old_start = add_months(start, -old_m)
        old_end = start - dt.timedelta(days=1)
        ph, pdesc = period_phrase(start, end, months, rng)
        mention_old = rng.random() < 0.6
        intro = (f"Du har haft mentorstøtte fra {fdate(old_start, 0)} til {fdate(old_end, 0)}. " if mention_old else
                 "Din nuværende periode med mentorstøtte udløber snart. ")
        blocks += [
            ("p", intro + f"På statusmødet den {fdate(appl_date, 2)} talte vi om, hvordan det går."),
            ("h", rng.choice(["Afgørelse", "Vi forlænger din mentorstøtte"])),
            ("p", f"Vi har besluttet at forlænge din mentorstøtte. Den nye periode er {ph}. Du får fortsat {hours_txt}."),
            ("h", "Begrundelse"),
            ("p", f"Vi har efter en konkret vurdering lagt vægt på, at du er kommet et godt stykke mod målet – {goal} – "
                  "men at du stadig har brug for støtte for at fastholde den udvikling, du er i gang med."),
            ("p", f"Forlængelsen er bevilget efter {legal}, hvorefter der kan gives mentorstøtte i en ny periode."),
        ]
        period = (start, end)
        traits.append(f"extension; NEW period: {pdesc} {months} months{' (OVER 6)' if over else ''}")
        if mention_old:
            tot = old_m + months
            traits.append(f"old period {old_m} months mentioned ({old_start.isoformat()}..{old_end.isoformat()})"
                          + (f"; old+new = {tot} months > 6 (allowed, not a defect)" if tot > 6 else ""))
    else:  # ophoer
        stop = dt.date(letter_date.year, letter_date.month, calendar.monthrange(letter_date.year, letter_date.month)[1])
        why = rng.choice([
            ("job", "Du er startet i job med 30 timer om ugen, og du har selv fortalt, at du ikke længere har brug for en mentor."),
            ("no-show", "Du er ikke mødt op til aftalerne med din mentor de sidste seks gange, og vi har ikke kunnet få kontakt til dig."),
            ("goal", f"Målet med støtten – {goal} – er nået, og vi vurderer, at du nu kan klare dig uden mentor."),
            ("term", "Din bevilling udløber, og vi har efter en samlet vurdering besluttet ikke at forlænge den, fordi du er kommet godt i gang med din uddannelse."),
        ])
        blocks += [
            ("p", f"Vi skriver til dig, fordi din mentorstøtte stopper. Den sidste dag med mentorstøtte er "
                  f"{fdate(stop, rng.choice([0, 1, 3]))}."),
            ("h", rng.choice(["Afgørelse", "Vores afgørelse"])),
            ("p", "Vi har besluttet, at din mentorstøtte ophører." if why[0] != "term" else
                  "Din mentorstøtte ophører ved periodens udløb og bliver ikke forlænget."),
            ("h", rng.choice(["Begrundelse", "Hvorfor stopper støtten?"])),
            ("p", why[1]),
            ("p", f"Afgørelsen er truffet efter {legal}."),
        ]
        traits.append(f"ending ({why[0]}); only end date mentioned, no period granted")

    blocks.append(("p", f"Har du spørgsmål, er du velkommen til at kontakte mig på {phone} eller {email}."))

    rules = []
    if defect == "missing-appeal-guidance":
        ab, placement, label = appeal_bad(rng)
        rules = ["missing-appeal-guidance"]
        traits.append(f"DEFECT: {label}")
    else:
        ab, placement, label = appeal_ok(rng, kommune, afd, phone, email)
        traits.append(f"appeal guidance ok: {label}")
    if defect == "duration-over-6-months":
        rules = ["duration-over-6-months"]
        traits.append(f"DEFECT: period {months} months > 6")

    sig = [rng.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen og god dag"]), "", cw, cw_title,
           f"{afd}, {kommune}"]
    meta = dict(kommune=kommune, afd=afd, phone=phone, email=email, addr=addr, name=name, caddr=caddr, ccity=ccity,
                case=case, date=fdate(letter_date, rng.choice([0, 1, 3])), subject=subject)
    if placement == "bilag":
        body, after = blocks, ab
    else:
        body, after = blocks + ab, []
    return meta, body, sig, after, rules, traits, period


# ---------------- renderers ----------------

def header_lines(m):
    return [m["kommune"], m["afd"], m["addr"], f"Tlf. {m['phone']} · {m['email']}"]


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out += ["", b[1]]
        elif b[0] == "p":
            out += ["", b[1]]
        elif b[0] == "b":
            out += [""] + [f"- {x}" for x in b[1]]
    return out


def render_txt(path, m, body, sig, after, email_style):
    lines = []
    if email_style:
        lines += [f"Fra: {m['afd']}, {m['kommune']} <{m['email']}>", f"Til: {m['name']} (Digital Post)",
                  f"Dato: {m['date']}", f"Emne: {m['subject']}", "", "-" * 60]
        lines += header_lines(m) + ["", m["case"]]
    else:
        lines += header_lines(m) + ["", m["name"], m["caddr"], m["ccity"], "", f"{m['date']}", m["case"], "",
                                    m["subject"]]
    lines += blocks_text(body) + [""] + sig
    if after:
        lines += ["", "-" * 40] + blocks_text(after)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).strip() + "\n")


def render_docx(path, m, body, sig, after, letterhead):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    if letterhead:
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "\n".join(header_lines(m))
        t.cell(0, 1).text = f"Dato: {m['date']}\n{m['case']}"
        doc.add_paragraph("")
        doc.add_paragraph(f"{m['name']}\n{m['caddr']}\n{m['ccity']}")
        p = doc.add_paragraph()
        r = p.add_run(m["subject"])
        r.bold = True
        r.font.size = Pt(14)
    else:
        doc.add_paragraph("\n".join(header_lines(m)))
        doc.add_paragraph(f"{m['name']}\n{m['caddr']}\n{m['ccity']}")
        doc.add_paragraph(f"{m['date']}    {m['case']}")
        doc.add_heading(m["subject"], level=1)

    def put(blocks):
        for b in blocks:
            if b[0] == "h":
                if letterhead:
                    p = doc.add_paragraph()
                    p.add_run(b[1]).bold = True
                else:
                    doc.add_heading(b[1], level=2)
            elif b[0] == "p":
                doc.add_paragraph(b[1])
            else:
                for x in b[1]:
                    doc.add_paragraph(x, style="List Bullet")
    put(body)
    for s in sig:
        doc.add_paragraph(s)
    if after:
        doc.add_page_break()
        put(after)
    doc.save(path)


def render_pdf(path, m, body, sig, after, sidebar):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak
    from reportlab.lib.enums import TA_LEFT  # noqa
    ss = getSampleStyleSheet()
    W, H = A4
    main_w = (W - 40 * mm - 55 * mm) if sidebar else (W - 50 * mm)

    def on_page(c, d):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(25 * mm, H - 18 * mm, m["kommune"])
        c.setFont("Helvetica", 9)
        c.drawString(25 * mm, H - 23 * mm, m["afd"])
        if sidebar and d.page == 1:
            x = W - 60 * mm
            y = H - 45 * mm
            for ln in ["Kontakt", m["afd"], m["addr"], f"Tlf. {m['phone']}", m["email"], "", "Dato", m["date"], "",
                       m["case"]]:
                c.setFont("Helvetica-Bold" if ln in ("Kontakt", "Dato") else "Helvetica", 8)
                c.drawString(x, y, ln[:40])
                y -= 4.2 * mm
        c.setFont("Helvetica", 7)
        c.drawString(25 * mm, 10 * mm, f"{m['kommune']} · side {d.page}")

    doc = BaseDocTemplate(path, pagesize=A4, title=m["subject"], author=m["kommune"])
    frame = Frame(20 * mm, 18 * mm, main_w, H - 50 * mm, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    st = []
    esc = htmlmod.escape
    st.append(Paragraph(f"{esc(m['name'])}<br/>{esc(m['caddr'])}<br/>{esc(m['ccity'])}", ss["Normal"]))
    st.append(Spacer(1, 6 * mm))
    if not sidebar:
        st.append(Paragraph(f"{esc(m['date'])}<br/>{esc(m['case'])}", ss["Normal"]))
        st.append(Spacer(1, 4 * mm))
    st.append(Paragraph(esc(m["subject"]), ss["Heading2"]))

    def put(blocks):
        for b in blocks:
            if b[0] == "h":
                st.append(Paragraph(esc(b[1]), ss["Heading4"]))
            elif b[0] == "p":
                st.append(Paragraph(esc(b[1]), ss["Normal"]))
                st.append(Spacer(1, 2 * mm))
            else:
                for x in b[1]:
                    st.append(Paragraph("• " + esc(x), ss["Normal"]))
    put(body)
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("<br/>".join(esc(s) for s in sig), ss["Normal"]))
    if after:
        st.append(PageBreak())
        put(after)
    doc.build(st)


def render_html(path, m, body, sig, after):
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{e(m['subject'])}</title>",
             "<style>body{font-family:Arial;max-width:42em;margin:2em auto}.lh{border-bottom:2px solid #246;"
             "margin-bottom:1em}</style></head><body>",
             f'<div class="lh"><strong>{e(m["kommune"])}</strong><br>{e(m["afd"])}<br>{e(m["addr"])}<br>'
             f"Tlf. {e(m['phone'])} · {e(m['email'])}</div>",
             f"<p>{e(m['name'])}<br>{e(m['caddr'])}<br>{e(m['ccity'])}</p>",
             f"<p>Dato: {e(m['date'])}<br>{e(m['case'])}</p>", f"<h1>{e(m['subject'])}</h1>"]

    def put(blocks):
        for b in blocks:
            if b[0] == "h":
                parts.append(f"<h2>{e(b[1])}</h2>")
            elif b[0] == "p":
                parts.append(f"<p>{e(b[1])}</p>")
            else:
                parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
    put(body)
    parts.append("<p>" + "<br>".join(e(s) for s in sig) + "</p>")
    if after:
        parts.append("<hr>")
        put(after)
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    plan = []
    for st in SUBTYPES:
        nm, nd = DEFECTS[st]
        ds = ["missing-appeal-guidance"] * nm + ["duration-over-6-months"] * nd + [None] * (12 - nm - nd)
        rng.shuffle(ds)
        plan += [(st, d) for d in ds]
    rng.shuffle(plan)
    layouts = [LAYOUTS[i % len(LAYOUTS)] for i in range(len(plan))]
    rng.shuffle(layouts)
    recs = []
    for i, ((st, d), lay) in enumerate(zip(plan, layouts), start=1):
        meta, body, sig, after, rules, traits, period = build(i, st, d, rng)
        fmt = lay.split("-")[0]
        rel = f"{st}/k_{i:03d}_{st}.{EXT[fmt]}"
        path = os.path.join(a.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if fmt == "txt":
            render_txt(path, meta, body, sig, after, lay == "txt-email")
        elif fmt == "docx":
            render_docx(path, meta, body, sig, after, lay == "docx-letterhead")
        elif fmt == "pdf":
            render_pdf(path, meta, body, sig, after, lay == "pdf-sidebar")
        else:
            render_html(path, meta, body, sig, after)
        traits.append(f"layout {lay}")
        recs.append({"path": rel, "format": fmt, "kind": "decision", "subtype": st, "layout": lay, "rules": rules,
                     "extras": [], "error": None, "accept_errors": [], "hostile": False, "must_not_contain": [],
                     "traits": traits,
                     "period": {"start": period[0].isoformat(), "end": period[1].isoformat()} if period else None})
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {a.out}")


if __name__ == "__main__":
    main()
