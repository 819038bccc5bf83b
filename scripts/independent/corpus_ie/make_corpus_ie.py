#!/usr/bin/env python
"""Corpus IE: one citizen's mentor support over time, as the paperwork piles up.

Deterministic: python make_corpus_ie.py --out /work/corpora/ie [--seed 1919]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # noqa: E402

D = dt.date
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

REQUIRED = {
    "agreement": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                  "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"),
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}
DEFECT_RULE = {"goal": "missing-goal", "unclear": "unclear-goal", "mentor": "missing-mentor",
               "tasks": "missing-tasks", "duration": "missing-duration", "followup": "missing-follow-up",
               "hours": "missing-hours", "appeal": "missing-appeal-guidance"}


def fd(x: dt.date, s: int = 0) -> str:
    if s == 0:
        return f"{x.day}. {MONTHS[x.month - 1]} {x.year}"
    if s == 1:
        return f"{x.day}. {MABBR[x.month - 1]} {x.year}"
    if s == 2:
        return f"{x.day}.{x.month}.{x.year}"
    if s == 3:
        return x.strftime("%d.%m.%Y")
    if s == 4:
        return f"{x.day}/{x.month}-{x.year}"
    return x.isoformat()


def fr(a, b, s=0, sep=0):
    if sep == 1:
        return f"fra {fd(a, s)} til {fd(b, s)}"
    if sep == 2:
        return f"f.o.m. {fd(a, s)} t.o.m. {fd(b, s)}"
    if sep == 3:
        return f"{fd(a, s)}-{fd(b, s)}"
    return f"{fd(a, s)} – {fd(b, s)}"


def add_months(x: dt.date, n: int) -> dt.date:
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    return D(y, m, min(x.day, calendar.monthrange(y, m)[1]))


def over_limit(a, b, months=6):
    """The project's documented reading (domain.md § 9): last allowed day = a + n months - 1 day;
    when the target month lacks day a.day, the month's last day is allowed."""
    m = a.month - 1 + months
    y, mm = a.year + m // 12, m % 12 + 1
    last = calendar.monthrange(y, mm)[1]
    if a.day > last:
        limit = D(y, mm, last)
    else:
        limit = D(y, mm, a.day) - dt.timedelta(days=1)
    return b > limit


# ----------------------------------------------------------------------------------------- cases
CASES = {
    "A": dict(name="Sara Holm", first="Sara", kom="Viborg Kommune", by="Viborg",
              addr="Prinsens Allé 5, 8800 Viborg", tel="87 87 87 87", sb="Trine Vestergaard",
              cpr="140397-2214",
              mentors=[("Kim Lauritsen", "Mentorhuset Viborg", "22 41 63 08", "kim@mentorhuset-viborg.dk"),
                       ("Louise Dam", "Mentorhuset Viborg", "22 41 63 15", "louise@mentorhuset-viborg.dk")],
              goal="Sara gennemfører grundforløb 2 til kontoruddannelse på Mercantec og møder mindst 90 % af "
                   "undervisningstiden; målet er en læreplads senest 1. september 2026.",
              tasks=["følge Sara til skolen de første to uger", "ugentlig samtale om fremmøde og lektier",
                     "hjælpe med at søge læreplads og øve jobsamtale"],
              periods=[(D(2025, 9, 1), D(2026, 2, 28), 3), (D(2026, 3, 1), D(2026, 8, 31), 5)],
              ptype="mentor"),
    "B": dict(name="Jonas Beck", first="Jonas", kom="Horsens Kommune", by="Horsens",
              addr="Rådhustorvet 4, 8700 Horsens", tel="76 29 29 29", sb="Mikkel Juhl", cpr=None,
              mentors=[("Annette Skov", "Jobværkstedet Horsens", "30 12 44 90", "as@jobvaerkstedet.dk")],
              goal="Jonas er i virksomhedspraktik på lageret hos Bygma Horsens 20 timer om ugen med henblik på "
                   "løntilskud fra sommeren 2026.",
              tasks=["møde Jonas på praktikstedet to gange om ugen", "støtte ved kontakt med arbejdsgiveren",
                     "planlægge transport og mødetider"],
              periods=[(D(2026, 1, 15), D(2026, 7, 14), 4), (D(2026, 7, 15), D(2027, 1, 14), 3)],
              ptype="mentor"),
    "C": dict(name="Maja Lund", first="Maja", kom="Aalborg Kommune", by="Aalborg",
              addr="Boulevarden 13, 9000 Aalborg", tel="99 31 31 31", sb="Helle Brix", cpr="020598-1836",
              mentors=[("Rasmus Krogh", "Aalborg Kommune, Mentorteamet", "25 20 11 73", "rkr@aalborg.dk"),
                       ("Stine Bach", "Aalborg Kommune, Mentorteamet", "25 20 11 80", "sba@aalborg.dk")],
              goal="Maja starter på hf-enkeltfag (dansk og engelsk) på VUC Nordjylland i januar 2027 og deltager "
                   "i mindst 3 ud af 4 ugentlige undervisningsgange.",
              tasks=["kontakt under indlæggelsen og planlægning af udskrivelsen", "følge Maja til møder med "
                     "VUC og kommunen", "ugentlige samtaler om døgnrytme og fremmøde"],
              periods=[(D(2026, 2, 1), D(2026, 10, 31), 4), (D(2026, 11, 1), D(2027, 4, 30), 3)],
              ptype="udskriv", discharge=D(2026, 5, 1)),
    "D": dict(name="Ahmed Yusuf", first="Ahmed", kom="Odense Kommune", by="Odense",
              addr="Ørbækvej 100, 5220 Odense SØ", tel="66 13 13 72", sb="Pia Mortensen", cpr="091188-3117",
              mentors=[("Bo Winther", "Fynsk Mentorservice ApS", "61 70 22 19", "bo@fynskmentor.dk")],
              goal="Ahmed arbejder 15 timer om ugen i fleksjob som køkkenmedhjælper i kantinen hos Odense "
                   "Universitetshospital senest 1. juni 2026.",
              tasks=["ugentlig samtale om arbejdstider og smerter", "deltage i opstartsmøde med arbejdspladsen",
                     "hjælpe med transportplan"],
              periods=[(D(2025, 10, 1), D(2026, 3, 31), 3), (D(2026, 4, 1), D(2026, 9, 30), 2)],
              ptype="mentor"),
    "E": dict(name="Line Kjær", first="Line", kom="Esbjerg Kommune", by="Esbjerg",
              addr="Torvegade 74, 6700 Esbjerg", tel="76 16 16 16", sb="Jesper Thomsen", cpr=None,
              mentors=[("Camilla Frost", "UU Esbjerg, Mentorkorps", "27 63 40 58", "cfr@esbjerg.dk")],
              goal="Line gennemfører første semester på pædagogisk assistentuddannelse (PAU) på EUC Syd og "
                   "består eksamen i januar 2027.",
              tasks=["ugentlig studiesamtale", "hjælp til at bruge SPS-støtte", "kontakt til praktikstedet"],
              periods=[(D(2026, 8, 31), D(2027, 2, 28), 3)],
              ptype="mentor"),
    "F": dict(name="Kasper Møller", first="Kasper", kom="Randers Kommune", by="Randers",
              addr="Laksetorvet 1, 8900 Randers C", tel="89 15 15 15", sb="Lene Hvid", cpr="270691-4403",
              mentors=[("Thomas Riis", "Psykiatriens Mentorordning, Randers", "41 22 90 37", "thri@rm-mentor.dk")],
              goal="Kasper er i virksomhedspraktik 10 timer om ugen hos Randers Genbrug fra 1. september 2026 "
                   "som første skridt mod et fleksjob.",
              tasks=["samtaler på afdelingen før udskrivelsen", "hjælp til bolig og økonomi de første uger",
                     "følge Kasper til praktikstedet"],
              periods=[(D(2026, 3, 1), D(2026, 12, 31), 3)],
              ptype="udskriv", discharge=D(2026, 6, 1)),
    "G": dict(name="Fatima Ali", first="Fatima", kom="Københavns Kommune", by="København",
              addr="Jobcenter København, Gyldenløvesgade 15, 1600 København V", tel="33 66 44 44",
              sb="Nanna Friis", cpr=None,
              mentors=[("Ida Wenzel", "Copenhagen Mentor Partners", "52 18 44 61", "ida@cph-mentor.dk")],
              goal="Fatima får ordinære timer som rengøringsassistent hos ISS, mindst 12 timer om ugen, inden "
                   "sommerferien 2027.",
              tasks=["støtte i de første uger på arbejdspladsen", "øve dansk arbejdssprog ugentligt",
                     "samtaler med leder om opgaver og tider"],
              periods=[(D(2026, 6, 1), D(2026, 11, 30), 4), (D(2026, 12, 1), D(2027, 5, 31), 2)],
              ptype="mentor"),
    "H": dict(name="Emil Sørensen", first="Emil", kom="Silkeborg Kommune", by="Silkeborg",
              addr="Søvej 1, 8600 Silkeborg", tel="89 70 10 00", sb="Karina Bøgh", cpr="301200-3549",
              mentors=[("Niels Overgaard", "Silkeborg Kommune, Ungeenheden", "23 80 19 64", "niov@silkeborg.dk"),
                       ("Mette Hauge", "Silkeborg Kommune, Ungeenheden", "23 80 19 71", "meha@silkeborg.dk")],
              goal="Emil gennemfører FGU-forløb på produktionsgrunduddannelsen (Værksted & Byg) og starter på "
                   "grundforløb 2 som tømrer i august 2027.",
              tasks=["vække- og mødeopkald om morgenen i de første uger", "ugentlig samtale med Emil og "
                     "kontaktlærer", "hjælp til ansøgning om praktikplads"],
              periods=[(D(2026, 2, 1), D(2026, 7, 31), 4), (D(2026, 8, 1), D(2027, 1, 31), 3)],
              ptype="mentor"),
}

UNCLEAR = ["Støtte til at få struktur på hverdagen og øget trivsel.",
           "At komme tættere på arbejdsmarkedet og få mere selvværd.",
           "Motivere borgeren til at komme videre.",
           "Sikre at borgeren trives og får det bedre."]


def appeal_text(c, v):
    kom = c["kom"]
    if v == 0:
        return (f"Hvis du ikke er enig i afgørelsen, kan du klage til {kom} inden fire uger efter, at du har "
                f"modtaget dette brev. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen "
                f"inden fire uger. Fastholder kommunen afgørelsen, sender vi klagen videre til Ankestyrelsen "
                f"(LAB § 204 og retssikkerhedslovens kapitel 10).")
    if v == 1:
        return (f"Sådan klager du: Send din klage til Jobcenter {c['by']}, {c['addr']}, senest 4 uger efter, "
                f"at du har fået afgørelsen. Vi vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi "
                f"klagen og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget.")
    return (f"Klagefrist: 4 uger fra modtagelsen. Klagen sendes til {kom}, tlf. {c['tel']}, som genvurderer "
            f"afgørelsen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.")


VAGUE_APPEAL = ["Du kan klage over afgørelsen.",
                "Hvis du har spørgsmål til afgørelsen eller vil klage, er du velkommen til at kontakte os.",
                "Klagevejledning kan fås ved henvendelse til jobcentret."]


def period_table(c, upto, cur_status, extra=None, s=3, cur=None, drop_current=False):
    rows = [["Periode", "Type", "Timer/uge", "Status"]]
    for i, (a, b, h) in enumerate(c["periods"][:upto + 1]):
        st = "afsluttet" if i < upto else cur_status
        if i == upto and drop_current:
            break
        if i == upto and cur:
            a, b, h = cur
        typ = "Udskrivningskoordinator (§ 167, stk. 2)" if (c["ptype"] == "udskriv" and i == 0) else \
            ("Forlængelse" if i else "Første periode")
        rows.append([fr(a, b, s, 3), typ, str(h), st])
    if extra:
        rows += extra
    return rows


class Doc:
    def __init__(self, path, kind, fmt, title, blocks, layout, defects=(), traits=(), period=None,
                 org="", cpr=None, discharge=False, eml=None, subtype=None, extras=()):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def labels(doc):
    rules = {DEFECT_RULE[d] for d in doc.defects}
    if doc.period and doc.kind != "unknown":
        a, b = doc.period
        if over_limit(a, b, 9 if doc.discharge else 6):
            rules.add("duration-over-6-months")
    return sorted(r for r in rules if r in REQUIRED[doc.kind])


# ------------------------------------------------------------------------------------ builders
def mentor_line(m, defect):
    if defect:
        return f"{m[0]}, {m[1]}"      # name without contact data
    return f"{m[0]}, {m[1]}, tlf. {m[2]}, {m[3]}"


def agreement(c, pidx, defects=(), layout=0, period=None, mentor_idx=0, hours=None, title=None,
              s=0, change_note=None, apv=0, history=True, dur_text=None):
    a, b, h = c["periods"][pidx]
    if period:
        a, b = period
    if hours is not None:
        h = hours
    m = c["mentors"][mentor_idx]
    udsk = c["ptype"] == "udskriv" and pidx == 0
    goal = None if "goal" in defects else (UNCLEAR[pidx % len(UNCLEAR)] if "unclear" in defects else c["goal"])
    tasks = None if "tasks" in defects else c["tasks"]
    dur = None if "duration" in defects else (dur_text or fr(a, b, s, layout % 3))
    if udsk and dur:
        dur += (f" (udskrivningskoordinator efter LAB § 167, stk. 2; forventet udskrivning "
                f"{fd(c['discharge'], s)})")
    hrs = "et par timer om ugen efter behov" if "hours" in defects else f"{h} timer pr. uge"
    fu = ("Der følges op efter behov." if "followup" in defects else
          f"Statusmøde med {c['first']}, mentor og sagsbehandler hver måned. Evaluering af progression mod "
          f"delmålene 14 dage før periodens udløb.")
    appeal = (VAGUE_APPEAL[pidx % 3] if "appeal" in defects else appeal_text(c, apv))
    if title is None:
        title = "Aftale om mentorstøtte" if pidx == 0 else "Aftale om forlængelse af mentorstøtte"
    org = f"{c['kom']} – Jobcenter {c['by']}"
    blocks = [("kv", [("Borger", c["name"] + (f" (CPR {c['cpr']})" if c["cpr"] and pidx == 0 else "")),
                      ("Sagsbehandler", f"{c['sb']}, tlf. {c['tel']}"),
                      ("Lovgrundlag", "LAB § 167, stk. 2" if udsk else "LAB § 167, stk. 1")])]
    if change_note:
        blocks.append(("p", change_note))
    if pidx > 0 and history:
        blocks += [("h", "Tidligere perioder"),
                   ("p", "Aftalen afløser den tidligere aftale. Oversigt over perioder:"),
                   ("table", period_table(c, pidx, "bevilget (denne aftale)", s=3 if layout != 1 else 2,
                                          cur=(a, b, "efter behov" if "hours" in defects else h),
                                          drop_current="duration" in defects))]
    if layout == 0:
        rows = [("Målet med mentorstøtten", goal if goal else "Udfyldes senere"),
                ("Mentorens navn og kontaktdata", mentor_line(m, "mentor" in defects)),
                ("Mentorens opgaver", "; ".join(tasks) if tasks else "-"),
                ("Periode (denne aftale)", dur if dur else "Udfyldes senere"),
                ("Timetal", hrs), ("Opfølgning", fu)]
        blocks += [("h", "Aftalens indhold"), ("kv", rows), ("h", "Klagevejledning"), ("p", appeal)]
    elif layout == 1:
        blocks += [("h", "Mål"), ("p", goal or "–"),
                   ("h", "Mentor"), ("p", mentor_line(m, "mentor" in defects)),
                   ("h", "Mentorens opgaver"), ("ul", tasks) if tasks else ("p", "–"),
                   ("h", "Varighed"), ("p", dur or "Aftales senere"),
                   ("h", "Timer"), ("p", f"Mentoren har {hrs}."),
                   ("h", "Opfølgning og progression"), ("p", fu),
                   ("h", "Hvis du vil klage"), ("p", appeal)]
    elif layout == 2:
        items = [f"1) Målet med mentorstøtten: {goal or 'xx'}",
                 f"2) Mentorens navn og kontaktdata: {mentor_line(m, 'mentor' in defects)}",
                 f"3) Opgaver: {', '.join(tasks) if tasks else '…'}",
                 f"4) Varighed og opfølgning: {(dur + '. ') if dur else ''}{fu}",
                 f"5) Timetal: {hrs}",
                 f"6) Klagevejledning: {appeal}"]
        blocks += [("p", i) for i in items]
    else:
        prose = []
        if goal:
            prose.append(f"Målet er: {goal}")
        if "mentor" in defects:
            prose.append(f"Din mentor er {m[0]} fra {m[1]}.")
        else:
            prose.append(f"Din mentor er {m[0]} fra {m[1]}. Du kan ringe på {m[2]} eller skrive til {m[3]}.")
        if tasks:
            prose.append("Mentoren skal hjælpe dig med at " + ", ".join(tasks) + ".")
        if dur:
            prose.append(f"Aftalen gælder i perioden {dur}.")
        prose.append(f"Mentoren har {hrs} sammen med dig.")
        prose.append(fu)
        blocks += [("p", f"Kære {c['first']}")] + [("p", p) for p in prose] + [("h", "Klagevejledning"),
                                                                              ("p", appeal)]
    blocks += [("p", "Underskrifter:"), ("table", [["Borger", "Mentor", "Sagsbehandler"],
                                                   [c["name"], m[0], c["sb"]]])]
    return title, blocks, org, (a, b), udsk


def minplan(c, pidx, defects=(), layout=0, period=None, mentor_idx=0, hours=None, changes=(), s=2,
            other_activity=None, dur_text=None):
    a, b, h = c["periods"][pidx]
    if period:
        a, b = period
    if hours is not None:
        h = hours
    m = c["mentors"][mentor_idx]
    udsk = c["ptype"] == "udskriv" and pidx == 0
    goal = None if "goal" in defects else (UNCLEAR[(pidx + 2) % 4] if "unclear" in defects else c["goal"])
    title = "Min Plan – Mentorstøtte" if layout == 0 else f"Min Plan for {c['name']}"
    printed = add_months(a, 1)
    if changes:
        ch = changes[-1][0]
        printed = D(int(ch[6:10]), int(ch[3:5]), int(ch[0:2])) + dt.timedelta(days=3)
    org = f"{c['kom']} · Min Plan · udskrevet {fd(printed, 3)}"
    per = None if "duration" in defects else (dur_text or fr(a, b, s, 0))
    rows = [("Borger", c["name"] + (f", cpr.nr. {c['cpr']}" if c["cpr"] and layout == 0 else "")),
            ("Indsats", "Udskrivningskoordinator, LAB § 167, stk. 2" if udsk else "Mentorstøtte, LAB § 167"),
            ("Formål med mentorstøtten", goal or ""),
            ("Mentor", mentor_line(m, "mentor" in defects)),
            ("Mentors opgaver", "" if "tasks" in defects else "; ".join(c["tasks"])),
            ("Periode for mentorstøtten", per or ""),
            ("Timer pr. uge", "efter behov" if "hours" in defects else str(h)),
            ("Status", "Aktiv")]
    blocks = []
    if other_activity:
        blocks += [("h", "Andre aktiviteter"), ("p", other_activity)]
    blocks += [("h", "Indsats: Mentorstøtte"), ("kv", rows)]
    if changes:
        blocks += [("h", "Ændringslog"), ("table", [["Dato", "Ændring"]] + [list(x) for x in changes])]
    if pidx > 0:
        blocks += [("h", "Alle perioder med mentorstøtte"),
                   ("table", period_table(c, pidx, "aktiv", s=3, cur=(a, b, "–" if "hours" in defects else h),
                                          drop_current="duration" in defects))]
    blocks.append(("p", "Planen er lavet sammen med dig. Kontakt din sagsbehandler, hvis noget skal ændres."))
    return title, blocks, org, (a, b), udsk


def decision_grant(c, pidx, defects=(), period=None, s=0, apv=0, hours=None, partial=None, show_cpr=False):
    a, b, h = c["periods"][pidx]
    if period:
        a, b = period
    if hours is not None:
        h = hours
    udsk = c["ptype"] == "udskriv" and pidx == 0
    m = c["mentors"][0]
    if pidx == 0:
        title = "Afgørelse om mentorstøtte" if not udsk else "Bevilling af udskrivningskoordinator"
        body = [f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {fr(a, b, s)} "
                f"med {h} timer om ugen."]
        if udsk:
            body = [f"Du er indlagt og har ret til en udskrivningskoordinator efter LAB § 167, stk. 2, fra op til "
                    f"3 måneder før udskrivelsen og i mindst 6 måneder i alt. Forventet udskrivning er "
                    f"{fd(c['discharge'], s)}. Vi har bevilget støtten {fr(a, b, s, 1)}, {h} timer om ugen."]
    else:
        title = "Afgørelse om forlængelse af mentorstøtte"
        pa, pb, _ = c["periods"][pidx - 1]
        body = [f"Du har i dag mentorstøtte i perioden {fr(pa, pb, s)}. Den tidligere periode udløber "
                f"{fd(pb, s)}.",
                f"Vi har efter en konkret vurdering besluttet at forlænge din mentorstøtte i en ny periode "
                f"{fr(a, b, s, 1)}. Du får {h} timer om ugen."]
    if partial:
        body.append(partial)
    body.append(f"Din mentor er {'fortsat ' if pidx else ''}{m[0]}, {m[1]}.")
    blocks = [("p", f"Kære {c['name']}")] + [("p", x) for x in body]
    if show_cpr and c["cpr"]:
        blocks.insert(0, ("kv", [("Navn", c["name"]), ("Cpr.nr.", c["cpr"]), ("Sagsbehandler", c["sb"])]))
    blocks += [("h", "Begrundelse"),
               ("p", f"Afgørelsen er truffet efter LAB § 167. Vi har lagt vægt på, at {c['first']} "
                     f"har brug for støtte for at fastholde sit mål, og at der er sket fremskridt i den "
                     f"forrige periode.")]
    if pidx > 0:
        blocks += [("h", "Oversigt over dine perioder"), ("table", period_table(c, pidx, "bevilget", s=3, cur=(a, b, h)))]
    if "appeal" in defects:
        if pidx % 2:
            blocks += [("p", VAGUE_APPEAL[pidx % 3])]
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_text(c, apv))]
    blocks += [("p", f"Med venlig hilsen\n{c['sb']}\nJobcenter {c['by']}")]
    return title, blocks, f"{c['kom']}\n{c['addr']}", (a, b), udsk


def decision_change(c, pidx, kind, defects=(), s=0, apv=0):
    a, b, h = c["periods"][pidx]
    blocks = [("p", f"Kære {c['first']}")]
    if kind == "more":
        eff = add_months(a, 2)
        title = "Afgørelse om ændring af timetal i mentorstøtten"
        blocks += [("p", f"Din mentor har bedt om flere timer. Vi har besluttet, at du fra {fd(eff, s)} får "
                         f"{h + 2} timer om ugen i stedet for {h}. Perioden {fr(a, b, s)} er uændret.")]
    elif kind == "fewer":
        eff = add_months(a, 3)
        title = "Afgørelse: færre timer til mentorstøtte"
        blocks += [("p", f"Vi har besluttet at nedsætte din mentorstøtte fra {h} til {max(h - 2, 1)} timer om "
                         f"ugen med virkning fra {fd(eff, s)}. Din periode løber fortsat til {fd(b, s)}."),
                   ("h", "Begrundelse"),
                   ("p", f"Vi har lagt vægt på mentorens statusrapport, hvor det fremgår, at {c['first']} nu "
                         f"møder stabilt op. Afgørelsen er truffet efter LAB § 167.")]
    else:  # pause
        p1 = add_months(a, 3)
        p2 = add_months(a, 4) - dt.timedelta(days=1)
        title = "Afgørelse om midlertidig pause i mentorstøtten"
        blocks += [("p", f"Efter aftale med dig holder mentorstøtten pause {fr(p1, p2, s, 1)}, mens du er "
                         f"i behandling. Støtten genoptages {fd(p2 + dt.timedelta(days=1), s)}. Pausen "
                         f"forlænger ikke perioden: den bevilgede periode {fr(a, b, s)} er uændret."),
                   ("p", "Vi har lagt vægt på dit eget ønske og på lægens vurdering.")]
    if "appeal" in defects:
        if kind != "more":
            blocks.append(("p", VAGUE_APPEAL[2]))
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_text(c, apv))]
    blocks.append(("p", f"Venlig hilsen\n{c['sb']}, Jobcenter {c['by']}"))
    return title, blocks, c["kom"], (a, b), False


def decision_refusal(c, defects=(), s=0, apv=0):
    a0, b0, _ = c["periods"][-1]
    a = b0 + dt.timedelta(days=1)
    b = add_months(a, 6) - dt.timedelta(days=1)
    title = "Afslag på ansøgning om forlængelse af mentorstøtte"
    blocks = [("p", f"Kære {c['name']}"),
              ("p", f"Du har søgt om forlængelse af din mentorstøtte i perioden {fr(a, b, s)}. Vi har givet "
                    f"dig afslag. Din nuværende periode {fr(a0, b0, s)} slutter som planlagt."),
              ("h", "Begrundelse"),
              ("p", f"Efter LAB § 167, stk. 1, kan der gives en ny periode efter en konkret vurdering. Vi har "
                    f"lagt vægt på, at {c['first']} har nået målet og nu arbejder uden støtte."),
              ("h", "Perioder"),
              ("table", [["Periode", "Status"]] +
               [[fr(x, y, 3, 3), "afsluttet" if i < len(c["periods"]) - 1 else "aktiv"]
                for i, (x, y, _) in enumerate(c["periods"])] + [[fr(a, b, 3, 3), "ansøgt – afslået"]])]
    if "appeal" in defects:
        blocks.append(("p", VAGUE_APPEAL[0]))
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_text(c, apv))]
    return title, blocks, c["kom"], (a0, b0), False


def decision_end(c, defects=(), s=0, apv=0, total=True, early=False):
    a0, b0, _ = c["periods"][0]
    al, bl, _ = c["periods"][-1]
    n = sum((y.year - x.year) * 12 + y.month - x.month + 1 for x, y, _ in c["periods"])
    stop = add_months(al, 3) - dt.timedelta(days=1) if early else bl
    title = "Afgørelse om ophør af mentorstøtte"
    blocks = [("p", f"Kære {c['first']}"),
              ("p", (f"Din mentorstøtte ophører {fd(stop, s)}, før periodens udløb, fordi du er startet i "
                     f"job uden behov for støtte." if early else
                     f"Din mentorstøtte ophører {fd(stop, s)}, når den nuværende periode udløber. Vi har "
                     f"vurderet, at der ikke er grundlag for en ny periode."))]
    rows = [["Periode", "Timer", "Mentor", "Status"]]
    for i, (x, y, h) in enumerate(c["periods"]):
        rows.append([fr(x, y, 2, 3), f"{h} t/uge", c["mentors"][min(i, len(c["mentors"]) - 1)][0], "afsluttet"])
    blocks += [("h", "Dine perioder med mentorstøtte"), ("table", rows)]
    if total:
        blocks.append(("p", f"Du har i alt haft mentorstøtte i {n} måneder fordelt på {len(c['periods'])} "
                            f"perioder, fra {fd(a0, s)} til {fd(stop, s)}."))
    blocks += [("h", "Begrundelse"),
               ("p", f"Vi har lagt vægt på, at målet er nået: {c['goal']} Afgørelsen er truffet efter LAB § 167.")]
    if "appeal" in defects:
        blocks.append(("p", VAGUE_APPEAL[1]))
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_text(c, apv))]
    return title, blocks, c["kom"], (al, stop), False


# -------------------------------------------------------------------------------- look-alikes
def status_report(c, pidx):
    a, b, h = c["periods"][pidx]
    m = c["mentors"][0]
    title = f"Statusrapport fra mentor – {c['name']}"
    blocks = [("kv", [("Mentor", f"{m[0]}, {m[1]}, tlf. {m[2]}"), ("Periode", fr(a, b, 3, 3)),
                      ("Timer pr. uge", str(h)), ("Rapport nr.", "2 (midtvejsstatus)")]),
              ("h", "Forløbet indtil nu"),
              ("p", f"{c['first']} har mødt op til 11 af 13 aftaler. Vi har arbejdet med målet: {c['goal']}"),
              ("h", "Anbefaling"),
              ("p", "Mentor anbefaler, at støtten fortsætter perioden ud. Rapporten er ikke en afgørelse og "
                    "ændrer ikke aftalen.")]
    return title, blocks, m[1]


def overview(c):
    title = f"Sagsoverblik: mentorbevillinger – {c['name']}"
    rows = [["Periode", "Indsats", "Timer/uge", "Status"]]
    for i, (a, b, h) in enumerate(c["periods"]):
        rows.append([fr(a, b, 3, 3), "Mentorstøtte § 167", str(h), "afsluttet" if i < len(c["periods"]) - 1
                     else "aktiv"])
    a, b, _ = c["periods"][-1]
    na = b + dt.timedelta(days=1)
    rows.append([fr(na, add_months(na, 6) - dt.timedelta(days=1), 3, 3), "Mentorstøtte § 167", "2", "ansøgt"])
    blocks = [("p", f"Udtræk fra fagsystemet {fd(add_months(a, 2), 3)}. Kun til intern brug."),
              ("table", rows),
              ("p", "Oversigten er ikke en afgørelse. Se de enkelte breve for klagevejledning.")]
    return title, blocks, c["kom"]


def invoice(c, pidx):
    a, b, h = c["periods"][pidx]
    m = c["mentors"][0]
    mon = add_months(a, 1)
    title = f"Faktura nr. {2026000 + pidx * 17 + len(c['name'])} – mentortimer {MONTHS[mon.month - 1]} {mon.year}"
    blocks = [("kv", [("Kunde", f"Jobcenter {c['by']}, {c['addr']}"), ("Leverandør", m[1]),
                      ("Vedr.", f"{c['name']}, bevilling {fr(a, b, 3, 3)}")]),
              ("table", [["Ydelse", "Antal", "Pris", "Beløb"],
                         ["Mentortimer", str(h * 4), "495,00", f"{h * 4 * 495:,}".replace(",", ".") + ",00"],
                         ["Kørsel", "1", "180,00", "180,00"]]),
              ("p", "Betalingsbetingelser: netto 30 dage. Bankoverførsel til reg. 9570 konto 0012345678.")]
    return title, blocks, m[1]


def minutes(c, pidx):
    a, b, h = c["periods"][pidx]
    title = f"Referat af statusmøde {fd(add_months(a, 2), 2)}"
    blocks = [("p", f"Deltagere: {c['name']}, {c['mentors'][0][0]} (mentor), {c['sb']} (sagsbehandler)."),
              ("h", "Punkter"),
              ("ul", [f"Status på perioden {fr(a, b, 2, 3)}: forløbet går efter planen.",
                      "Fremmøde drøftet; næste møde om en måned.",
                      "Ingen ændringer i aftalen. Referatet sendes til alle deltagere."])]
    return title, blocks, c["kom"]


def application(c):
    a, b, h = c["periods"][-1]
    na = b + dt.timedelta(days=1)
    m = c["mentors"][0]
    title = f"Ansøgning om forlængelse af mentorforløb – {c['name']}"
    blocks = [("p", f"Hej {c['sb']}"),
              ("p", f"Som aftalt på statusmødet søger vi hermed om forlængelse af mentorforløbet for {c['first']} "
                    f"fra {fd(na, 0)} og 6 måneder frem, fortsat {h} timer om ugen. Den nuværende periode "
                    f"{fr(a, b, 0)} udløber snart."),
              ("p", "Statusrapport er vedhæftet. Vi hører gerne fra jer inden udløb."),
              ("p", f"Venlig hilsen\n{m[0]}\n{m[1]}\n{m[2]}")]
    return title, blocks, m[1]


def closing_report(c):
    m = c["mentors"][-1]
    title = f"Afslutningsrapport – mentorforløb for {c['name']}"
    rows = [["Periode", "Timer/uge", "Status"]] + [[fr(x, y, 4, 1), str(h), "afsluttet"]
                                                  for x, y, h in c["periods"]]
    blocks = [("p", f"Udarbejdet af {m[0]}, {m[1]}."), ("table", rows),
              ("h", "Resultat"),
              ("p", f"Målet ({c['goal']}) er nået. Borgeren har ikke længere brug for mentor."),
              ("p", "Rapporten sendes til jobcentret til orientering.")]
    return title, blocks, m[1]


def journal(c):
    title = f"Journalnotat – {c['name']}"
    lines = []
    for i, (a, b, h) in enumerate(c["periods"]):
        lines.append(f"{fd(a - dt.timedelta(days=14), 3)}: Bevilling af mentorstøtte {fr(a, b, 3, 3)}, {h} t/uge "
                     f"(periode {i + 1}). Brev sendt i e-Boks.")
    lines.append("Notat: borgeren orienteret telefonisk om status. Ingen afgørelse i dag.")
    return title, [("ul", lines)], c["kom"] + " · Fagsystem"


GUIDE = ("Sådan forlænges mentorstøtte", [
    ("p", "Denne vejledning er til medarbejdere. Mentorstøtte gives i højst 6 måneder ad gangen (LAB § 167, "
          "stk. 1). En ny periode på op til 6 måneder kræver en konkret vurdering ved udløb."),
    ("h", "Eksempel på perioder"),
    ("table", [["Periode", "Længde", "Vurdering"],
               ["01.03.2026-31.08.2026", "6 måneder", "ok"],
               ["01.03.2026-01.09.2026", "6 måneder og 1 dag", "for lang"],
               ["15.10.2026-14.04.2027", "6 måneder over årsskiftet", "ok"]]),
    ("p", "Udskrivningskoordinator (§ 167, stk. 2): op til 3 måneder før udskrivelsen og mindst 6 måneder i alt."),
    ("p", "Husk: mål, mentor med kontaktdata, opgaver, varighed, timetal, opfølgning og klagevejledning.")])


# ------------------------------------------------------------------------------------------ plan
def build(rng):
    docs = []
    C = CASES

    def add(path, kind, fmt, res, layout, defects=(), traits=(), subtype=None, cpr_case=None, eml=None):
        if kind == "unknown":
            title, blocks, org = res
            period, udsk = None, False
        else:
            title, blocks, org, period, udsk = res
        cprs = [x["cpr"] for x in C.values() if x.get("cpr") and any(x["cpr"] in str(b) for b in blocks)]
        cpr = cprs[0] if cprs else None
        docs.append(Doc(path, kind, fmt, title, blocks, layout, tuple(defects), tuple(traits), period, org,
                        cpr, udsk, eml, subtype or kind))

    # --- A: Sara, exact six months, two periods, hours up, new mentor, end letter
    A = C["A"]
    add("viborg/sara-holm/01_aftale_2025-09.docx", "agreement", "docx", agreement(A, 0, layout=0), "kv-table",
        traits=["first", "cpr"], cpr_case=A)
    add("viborg/sara-holm/02_bevilling_2025-09.pdf", "decision", "pdf", decision_grant(A, 0, show_cpr=True), "letter",
        traits=["grant"])
    add("viborg/sara-holm/03_minplan_2025-09.html", "minplan", "html", minplan(A, 0, defects=("hours",)),
        "minplan-kv", defects=("hours",), traits=["hours-vague"], cpr_case=A)
    add("viborg/sara-holm/04_forlaengelse_afgoerelse.pdf", "decision", "pdf", decision_grant(A, 1, apv=1),
        "letter-history", traits=["extension", "period:exact-six", "restates-earlier"])
    add("viborg/sara-holm/05_forlaengelse_aftale.docx", "agreement", "docx",
        agreement(A, 1, layout=1, defects=("followup",)), "headings", defects=("followup",),
        traits=["extension", "period:exact-six", "restates-earlier", "cpr"], cpr_case=A)
    add("viborg/sara-holm/06_flere_timer.eml", "decision", "eml", decision_change(A, 1, "more", defects=("appeal",)),
        "email-letter", defects=("appeal",), traits=["change:hours-up", "appeal-absent"], eml=A)
    add("viborg/sara-holm/07_ny_mentor_aftale.odt", "agreement", "odt",
        agreement(A, 1, layout=2, mentor_idx=1, hours=7, title="Revideret mentoraftale – skift af mentor",
                  change_note="Fra 1. juni 2026 overtager Louise Dam forløbet efter Kim Lauritsen. Timetallet "
                              "er 7 timer pr. uge fra 1. maj 2026. Perioden er uændret.", defects=("appeal",)),
        "numbered", defects=("appeal",), traits=["change:mentor", "period:exact-six", "appeal-vague"])
    add("viborg/sara-holm/08_minplan_opdateret.txt", "minplan", "txt",
        minplan(A, 1, layout=1, mentor_idx=1, hours=7,
                changes=[("01.05.2026", "Timetal ændret fra 5 til 7"), ("01.06.2026", "Ny mentor: Louise Dam")]),
        "minplan-changelog", traits=["updated", "period-table"])
    add("viborg/sara-holm/09_ophoer.pdf", "decision", "pdf", decision_end(A, apv=2), "letter-summary",
        traits=["end", "summary-total:12"])
    add("viborg/sara-holm/10_statusrapport.docx", "unknown", "docx", status_report(A, 1), "report",
        subtype="status-report")

    # --- B: Jonas, extension crossing year end, one day over, then corrected
    B = C["B"]
    add("horsens/jonas-beck/aftale_jan2026.odt", "agreement", "odt",
        agreement(B, 0, layout=3, defects=("unclear",), s=1), "prose-letter", defects=("unclear",),
        traits=["first", "goal-activity"])
    add("horsens/jonas-beck/bevilling_jan2026.html", "decision", "html",
        decision_grant(B, 0, defects=("appeal",), s=2), "letter", defects=("appeal",),
        traits=["grant", "appeal-absent"])
    add("horsens/jonas-beck/minplan_jan2026.docx", "minplan", "docx", minplan(B, 0, defects=("duration",)),
        "minplan-kv", defects=("duration",), traits=["first", "period-empty"])
    over = (D(2026, 7, 15), D(2027, 1, 15))
    add("horsens/jonas-beck/forlaengelse_juli2026_v1.pdf", "decision", "pdf",
        decision_grant(B, 1, period=over, s=2), "letter-history",
        traits=["extension", "period:one-day-over", "year-end"])
    add("horsens/jonas-beck/forlaengelse_juli2026_rettet.pdf", "decision", "pdf",
        decision_grant(B, 1, s=0, apv=2), "letter-history",
        traits=["extension", "period:exact-six", "year-end", "corrected"])
    add("horsens/jonas-beck/aftale_forlaengelse_juli2026.docx", "agreement", "docx",
        agreement(B, 1, layout=0, period=over, s=3), "kv-table",
        traits=["extension", "period:one-day-over", "year-end"])
    add("horsens/jonas-beck/minplan_aug2026.html", "minplan", "html",
        minplan(B, 1, s=0, changes=[("15.07.2026", "Forlænget til 14.01.2027")]), "minplan-changelog",
        traits=["updated", "year-end", "period-table"])
    add("horsens/jonas-beck/faktura_aug2026.pdf", "unknown", "pdf", invoice(B, 1), "invoice", subtype="invoice")
    add("horsens/jonas-beck/referat_statusmoede.txt", "unknown", "txt", minutes(B, 1), "minutes",
        subtype="minutes")
    add("horsens/jonas-beck/faerre_timer.docx", "decision", "docx", decision_change(B, 1, "fewer", s=3),
        "letter", traits=["change:hours-down", "partial"])

    # --- C: Maja, udskrivningskoordinator 9 months, then ordinary extension, new mentor
    Cc = C["C"]
    add("aalborg/maja-lund/udskrivningskoordinator_aftale.docx", "agreement", "docx",
        agreement(Cc, 0, layout=1, apv=0), "headings", traits=["discharge", "period:nine-months", "cpr"],
        cpr_case=Cc)
    add("aalborg/maja-lund/udskrivningskoordinator_bevilling.pdf", "decision", "pdf",
        decision_grant(Cc, 0, s=0, show_cpr=True), "letter", traits=["discharge", "period:nine-months"])
    add("aalborg/maja-lund/minplan_feb2026.odt", "minplan", "odt", minplan(Cc, 0, defects=("mentor",)),
        "minplan-kv", defects=("mentor",), traits=["discharge", "mentor-no-contact", "cpr"], cpr_case=Cc)
    add("aalborg/maja-lund/forlaengelse_nov2026.html", "decision", "html", decision_grant(Cc, 1, s=1),
        "letter-history", traits=["extension", "after-discharge", "year-end"])
    add("aalborg/maja-lund/aftale_forlaengelse_nov2026.odt", "agreement", "odt",
        agreement(Cc, 1, layout=2, defects=("hours", "appeal"), s=2), "numbered",
        defects=("hours", "appeal"), traits=["extension", "year-end", "hours-vague", "appeal-vague"])
    add("aalborg/maja-lund/ny_mentor_dec2026.eml", "agreement", "eml",
        agreement(Cc, 1, layout=3, mentor_idx=1, title="Tillæg til mentoraftale: ny mentor fra 1. december 2026",
                  change_note="Rasmus Krogh stopper i Mentorteamet. Stine Bach er din mentor fra 1. december "
                              "2026. Alt andet i aftalen er uændret.", s=0),
        "email-prose", traits=["change:mentor", "year-end"], eml=Cc)
    add("aalborg/maja-lund/minplan_dec2026.txt", "minplan", "txt",
        minplan(Cc, 1, layout=1, mentor_idx=1, defects=("unclear",),
                changes=[("01.11.2026", "Ny periode efter § 167, stk. 1"), ("01.12.2026", "Ny mentor")]),
        "minplan-changelog", defects=("unclear",), traits=["updated", "goal-vague"])
    add("aalborg/maja-lund/sagsoverblik.html", "unknown", "html", overview(Cc), "overview-table",
        subtype="overview")

    # --- D: Ahmed, two periods, pause, refusal, end
    Dd = C["D"]
    add("odense/ahmed-yusuf/mentoraftale_okt2025.pdf", "agreement", "pdf",
        agreement(Dd, 0, layout=0, defects=("tasks",), s=3), "kv-table", defects=("tasks",),
        traits=["first", "tasks-placeholder", "cpr"], cpr_case=Dd)
    add("odense/ahmed-yusuf/minplan_okt2025.docx", "minplan", "docx", minplan(Dd, 0, layout=1, s=3, defects=("hours",)),
        "minplan-kv", defects=("hours",), traits=["first", "hours-vague", "cpr"], cpr_case=Dd)
    add("odense/ahmed-yusuf/forlaengelse_apr2026.docx", "decision", "docx",
        decision_grant(Dd, 1, s=4, apv=0, show_cpr=True), "letter-history", traits=["extension", "restates-earlier"])
    add("odense/ahmed-yusuf/aftale_apr2026.html", "agreement", "html", agreement(Dd, 1, layout=0, s=4, defects=("unclear",)),
        "kv-table", defects=("unclear",), traits=["extension", "restates-earlier", "goal-vague", "cpr"], cpr_case=Dd)
    add("odense/ahmed-yusuf/pause_juli2026.pdf", "decision", "pdf", decision_change(Dd, 1, "pause", s=0, apv=1),
        "letter", traits=["change:pause", "end-unchanged"])
    add("odense/ahmed-yusuf/minplan_pause.html", "minplan", "html",
        minplan(Dd, 1, s=0, changes=[("01.07.2026", "Pause til 31.07.2026"),
                                      ("01.08.2026", "Støtten genoptaget")],
                other_activity="Fleksjob i kantinen hos OUH fra 1. maj 2026 til 30. april 2028 (ikke mentorstøtte)."),
        "minplan-changelog", traits=["updated", "other-activity-long"])
    add("odense/ahmed-yusuf/afslag_forlaengelse.eml", "decision", "eml", decision_refusal(Dd, s=0, apv=2),
        "email-letter", traits=["refusal", "asked-period-listed"], eml=Dd)
    add("odense/ahmed-yusuf/ophoer.odt", "decision", "odt", decision_end(Dd, defects=("appeal",), s=2),
        "letter-summary", defects=("appeal",), traits=["end", "summary-total:12", "appeal-vague"])
    add("odense/ahmed-yusuf/afslutningsrapport.odt", "unknown", "odt", closing_report(Dd), "report",
        subtype="closing-report")
    add("odense/ahmed-yusuf/journalnotat.txt", "unknown", "txt", journal(Dd), "journal", subtype="journal")

    # --- E: Line, month-end six months across year end
    E = C["E"]
    add("esbjerg/line-kjaer/aftale_aug2026.docx", "agreement", "docx", agreement(E, 0, layout=1, s=0),
        "headings", traits=["first", "period:month-end-six", "year-end"])
    add("esbjerg/line-kjaer/bevilling_aug2026.eml", "decision", "eml", decision_grant(E, 0, s=2, apv=2),
        "email-letter", traits=["grant", "period:month-end-six", "year-end"], eml=E)
    add("esbjerg/line-kjaer/minplan_sep2026.pdf", "minplan", "pdf", minplan(E, 0, s=1, defects=("mentor",)),
        "minplan-kv", defects=("mentor",), traits=["period:month-end-six", "year-end", "mentor-no-contact"])
    add("esbjerg/line-kjaer/aftale_aug2026_udkast.txt", "agreement", "txt",
        agreement(E, 0, layout=2, defects=("goal",), period=(D(2026, 8, 31), D(2027, 3, 1)), s=3),
        "numbered", defects=("goal",), traits=["draft", "goal-placeholder", "period:one-day-over", "year-end"])
    add("esbjerg/line-kjaer/statusrapport_nov2026.pdf", "unknown", "pdf", status_report(E, 0), "report",
        subtype="status-report")

    # --- F: Kasper, udskrivningskoordinator too long (10 months)
    F = C["F"]
    add("randers/kasper-moeller/udskrivningskoordinator_aftale.pdf", "agreement", "pdf",
        agreement(F, 0, layout=0, s=0), "kv-table", traits=["discharge", "period:ten-months", "cpr"],
        cpr_case=F)
    add("randers/kasper-moeller/bevilling.docx", "decision", "docx", decision_grant(F, 0, s=3, apv=1, show_cpr=True),
        "letter", traits=["discharge", "period:ten-months"])
    add("randers/kasper-moeller/minplan.odt", "minplan", "odt",
        minplan(F, 0, period=(D(2026, 3, 1), D(2026, 11, 30))), "minplan-kv",
        traits=["discharge", "period:nine-months"])
    add("randers/kasper-moeller/bevilling_rettet.html", "decision", "html",
        decision_grant(F, 0, period=(D(2026, 3, 1), D(2026, 11, 30)), s=0, defects=("appeal",)), "letter",
        defects=("appeal",), traits=["discharge", "period:nine-months", "corrected", "appeal-absent"])
    # rettet: 1/3 - 30/11 is 9 months (limit 9 for discharge) -> clean; the 1/3 - 31/12 version is 10 months
    add("randers/kasper-moeller/faktura_apr2026.pdf", "unknown", "pdf", invoice(F, 0), "invoice",
        subtype="invoice")
    add("randers/kasper-moeller/referat.docx", "unknown", "docx", minutes(F, 0), "minutes", subtype="minutes")

    # --- G: Fatima, extension written as start + length, fewer hours
    G = C["G"]
    add("koebenhavn/fatima-ali/mentoraftale_jun2026.html", "agreement", "html",
        agreement(G, 0, layout=0, defects=("mentor",), s=2), "kv-table", defects=("mentor",),
        traits=["first", "mentor-no-contact"])
    add("koebenhavn/fatima-ali/bevilling_jun2026.docx", "decision", "docx", decision_grant(G, 0, s=0),
        "letter", traits=["grant"])
    add("koebenhavn/fatima-ali/minplan_jun2026.pdf", "minplan", "pdf", minplan(G, 0, defects=("tasks",)),
        "minplan-kv", defects=("tasks",), traits=["tasks-empty"])
    add("koebenhavn/fatima-ali/faerre_timer_sep2026.eml", "decision", "eml",
        decision_change(G, 0, "fewer", defects=("appeal",), s=2), "email-letter", defects=("appeal",),
        traits=["change:hours-down", "appeal-vague"], eml=G)
    add("koebenhavn/fatima-ali/forlaengelse_dec2026.pdf", "decision", "pdf",
        decision_grant(G, 1, s=0, apv=0), "letter-history", traits=["extension", "year-end"])
    add("koebenhavn/fatima-ali/aftale_forlaengelse_dec2026.docx", "agreement", "docx",
        agreement(G, 1, layout=3, defects=("duration",), s=0), "prose-letter", defects=("duration",),
        traits=["extension", "current-period-missing", "earlier-periods-listed"])
    add("koebenhavn/fatima-ali/minplan_dec2026.odt", "minplan", "odt", minplan(G, 1, layout=1, s=0, defects=("goal",)),
        "minplan-changelog", defects=("goal",), traits=["updated", "year-end", "period-table", "goal-empty"])
    add("koebenhavn/fatima-ali/ansoegning_forlaengelse.eml", "unknown", "eml", application(G), "email",
        subtype="application", eml=G)

    # --- H: Emil, FGU, two mentors, over-6 agreement across year end
    H = C["H"]
    add("silkeborg/emil-soerensen/aftale_feb2026.txt", "agreement", "txt",
        agreement(H, 0, layout=0, defects=("appeal",), s=3), "kv-table", defects=("appeal",),
        traits=["first", "appeal-vague", "cpr"], cpr_case=H)
    add("silkeborg/emil-soerensen/bevilling_feb2026.odt", "decision", "odt", decision_grant(H, 0, s=1, apv=0, show_cpr=True),
        "letter", traits=["grant"])
    add("silkeborg/emil-soerensen/minplan_feb2026.html", "minplan", "html", minplan(H, 0, defects=("goal",)),
        "minplan-kv", defects=("goal",), traits=["goal-empty", "cpr"], cpr_case=H)
    add("silkeborg/emil-soerensen/forlaengelse_aug2026.txt", "decision", "txt",
        decision_grant(H, 1, defects=("appeal",), s=3), "letter-history", defects=("appeal",),
        traits=["extension", "year-end", "appeal-vague"])
    add("silkeborg/emil-soerensen/aftale_aug2026.pdf", "agreement", "pdf",
        agreement(H, 1, layout=1, mentor_idx=1, period=(D(2026, 8, 1), D(2027, 2, 28)), s=0), "headings",
        traits=["extension", "year-end", "period:seven-months"])
    add("silkeborg/emil-soerensen/minplan_aug2026.docx", "minplan", "docx",
        minplan(H, 1, mentor_idx=1, s=0, changes=[("01.08.2026", "Ny periode og ny mentor: Mette Hauge")],
                other_activity="FGU Midtjylland, produktionsgrunduddannelse, 10. august 2026 – 30. juni 2027."),
        "minplan-changelog", traits=["updated", "other-activity-long", "year-end"])
    add("silkeborg/emil-soerensen/ophoer_jan2027.html", "decision", "html", decision_end(H, s=0, apv=1),
        "letter-summary", traits=["end", "summary-total:12", "year-end"])
    add("silkeborg/emil-soerensen/journalnotat.txt", "unknown", "txt", journal(H), "journal", subtype="journal")
    add("silkeborg/emil-soerensen/sagsoverblik.docx", "unknown", "docx", overview(H), "overview-table",
        subtype="overview")

    # extra cross-case docs
    add("faelles/vejledning_forlaengelse.html", "unknown", "html", (GUIDE[0], GUIDE[1], "Jobcentret – intern"),
        "guidance", subtype="guidance")
    add("odense/ahmed-yusuf/ophoer_foer_tid.pdf", "decision", "pdf",
        decision_end(Dd, s=0, apv=0, total=False, early=True), "letter-summary",
        traits=["end", "early-stop"])
    add("viborg/sara-holm/11_aftale_forlaengelse_kladde.eml", "agreement", "eml",
        agreement(A, 1, layout=0, period=(D(2026, 3, 1), D(2026, 9, 1)), defects=("followup",), s=1),
        "email-kv", defects=("followup",), traits=["extension", "period:one-day-over", "draft"], eml=A)
    add("aalborg/maja-lund/udskriv_aftale_10mdr.txt", "agreement", "txt",
        agreement(Cc, 0, layout=0, period=(D(2026, 2, 1), D(2026, 11, 30)), s=2), "kv-table",
        traits=["discharge", "period:ten-months"])
    add("esbjerg/line-kjaer/minplan_26uger.docx", "minplan", "docx",
        minplan(E, 0, layout=1, period=(D(2026, 8, 31), D(2027, 2, 28)), s=4,
                dur_text="fra 31/8-2026 og 26 uger frem"), "minplan-kv",
        traits=["period:26-weeks", "start-plus-length"])
    add("odense/ahmed-yusuf/bevillingsoversigt.pdf", "unknown", "pdf", overview(Dd), "overview-table",
        subtype="overview")
    add("koebenhavn/fatima-ali/aftale_forlaengelse_dec2026_underskrevet.odt", "agreement", "odt",
        agreement(G, 1, layout=0, s=0, apv=1, dur_text="fra 1. december 2026 og 6 måneder frem"),
        "kv-table", traits=["extension", "start-plus-length", "year-end"])
    add("koebenhavn/fatima-ali/minplan_dec2026_kladde.txt", "minplan", "txt",
        minplan(G, 1, period=(D(2026, 12, 1), D(2027, 7, 31)), dur_text="pr. 1. december 2026 i 8 måneder"),
        "minplan-kv", traits=["start-plus-length", "period:eight-months", "year-end"])
    add("silkeborg/emil-soerensen/aftale_feb2026_brev.docx", "agreement", "docx",
        agreement(H, 0, layout=3, s=0, apv=2, defects=("tasks",)), "prose-letter", defects=("tasks",),
        traits=["first", "tasks-absent", "cpr"], cpr_case=H)
    add("randers/kasper-moeller/ansoegning_forlaengelse.eml", "unknown", "eml", application(F), "email",
        subtype="application", eml=F)
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ie")
    ap.add_argument("--seed", type=int, default=1919)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = build(rng)
    entries = []
    for d in docs:
        p = out / d.path
        p.parent.mkdir(parents=True, exist_ok=True)
        if d.fmt == "txt":
            p.write_text((d.org + "\n\n" if d.org else "") + render.to_text(d.title, d.blocks), encoding="utf-8")
        elif d.fmt == "html":
            p.write_text(render.to_html(d.title, d.blocks, d.org), encoding="utf-8")
        elif d.fmt == "docx":
            render.to_docx(p, d.title, d.blocks, d.org)
        elif d.fmt == "pdf":
            render.to_pdf(p, d.title, d.blocks, d.org)
        elif d.fmt == "odt":
            render.to_odt(p, d.title, d.blocks, d.org)
        elif d.fmt == "eml":
            c = d.eml
            frm = f"Jobcenter {c['by']} <mentor@{c['by'].lower().replace('ø', 'oe').replace('å', 'aa')}.dk>"
            if d.subtype == "application":
                frm = f"{c['mentors'][0][0]} <{c['mentors'][0][3]}>"
            render.to_eml(p, d.title, d.blocks, frm, f"{c['name']} <borger@example.invalid>",
                          dt.datetime(2026, 10, 5, 9, 30, tzinfo=dt.timezone.utc),
                          html_alt=len(d.path) % 2 == 0, org=d.org)
        e = {"path": d.path, "format": d.fmt, "kind": d.kind, "subtype": d.subtype, "layout": d.layout,
             "rules": labels(d), "extras": list(d.extras), "error": None, "accept_errors": [],
             "must_not_contain": [d.cpr, d.cpr.replace("-", "")] if d.cpr else [],
             "traits": [t for t in d.traits if t != "cpr"] + (["cpr"] if d.cpr else [])}
        if d.period and d.kind != "unknown":
            e["period"] = {"start": d.period[0].isoformat(), "end": d.period[1].isoformat()}
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
