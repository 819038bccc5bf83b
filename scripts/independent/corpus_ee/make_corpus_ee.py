"""Independent corpus EE: appeal guidance as municipalities and providers really write it.

Written from /work/shared/domain.md, the seeds and knowledge of Danish municipal paperwork,
without reading the linter or other generators. Deterministic: fixed seed.

    python make_corpus_ee.py --out /work/corpora/ee
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import date
from email.message import EmailMessage
from pathlib import Path

SEED = 20261130

MUNIS = ["Viborg", "Holbæk", "Faxe", "Tønder", "Assens", "Rudersdal", "Herning", "Svendborg",
         "Frederikshavn", "Kalundborg", "Vejle", "Næstved", "Slagelse", "Hjørring", "Silkeborg"]
CITIZENS = ["Mads Kristensen", "Amina Yusuf", "Sofie Lund", "Jonas Bech", "Fatma Demir",
            "Kasper Møller", "Line Vestergaard", "Ali Haddad", "Camilla Juhl", "Nikolaj Friis",
            "Emma Dahl", "Oliver Skov", "Sara Holm", "Rasmus Thygesen", "Maja Iversen"]
MENTORS = [("Henrik Aagaard", "Jobværkstedet ApS"), ("Pia Kofoed", "Mentorhuset"),
           ("Tobias Riis", "Kompetencecenter Nord"), ("Lene Bruun", "Bruun Mentor & Coaching"),
           ("Yasmin El-Amin", "Ungeenheden"), ("Bo Steffensen", "Socialpsykiatrisk Team"),
           ("Karin Overgaard", "Virksomhedsservice"), ("Anders Holt", "FGU-mentorteamet")]
CASEWORKERS = ["Jette Nørgaard", "Morten Lauridsen", "Susanne Kjær", "Peter Damgaard", "Ditte Ravn"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

GOALS_CLEAR = [
    "{f} starter på grundforløb 1 på SOSU-skolen 1. august 2026 og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni 2026 med henblik på løntilskud.",
    "At {f} gennemfører FVU-dansk trin 2 på VUC og derefter søger optagelse på HF.",
    "{f} fastholder sit fleksjob på lageret hos Dagrofa med 12 timer om ugen uden fravær over to dage pr. måned.",
    "{f} påbegynder EUD-hovedforløb som tømrer og har en læreplads inden 1. oktober 2026.",
    "{f} kommer i ordinært job som chauffør, 25 timer om ugen, inden periodens udløb.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "{f} skal arbejde med sig selv og få mere struktur på hverdagen.",
    "Øget selvværd og livskvalitet.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til arbejdsgiver ved sygdom"],
    ["Hjælpe {f} med at strukturere skoleugen", "Deltage i opstartssamtale på skolen",
     "Øve bus-ruten til skolen"],
    ["Støtte {f} i kontakt med læge og psykiatri, så behandlingen ikke stopper fremmødet",
     "Gennemgå post og e-Boks sammen hver uge", "Følge med til jobsamtaler"],
]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "1½ time ugentligt", "8 timer om måneden",
         "4 timer pr. uge de første 4 uger, derefter 2 timer pr. uge", "2-3 timer pr. uge"]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Løbende efter aftale"]
FOLLOW = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før ophør; delmål: fremmøde fire dage om ugen fra maj.",
    "Mentor sender en kort status hver 4. uge. Midtvejsevaluering efter 3 måneder, hvor progression mod målet vurderes.",
    "Vi følger op på et møde hver anden måned og ser på, om {f} er kommet nærmere målet.",
]

# ---------------------------------------------------------------------------------------
# Appeal guidance variants.  effect: "ok" | "missing" | "wrong-route"
# ---------------------------------------------------------------------------------------
APPEAL = {
    "complete": ("ok", [
        "Klagevejledning",
        "Hvis du ikke er enig i afgørelsen, kan du klage til {m} Kommune. Klagen skal være modtaget "
        "inden 4 uger fra den dag, du har fået afgørelsen. Du kan klage skriftligt eller mundtligt "
        "til din sagsbehandler. Kommunen genvurderer afgørelsen inden 4 uger. Hvis kommunen fastholder "
        "afgørelsen, bliver klagen sendt videre til Ankestyrelsen, Beskæftigelsesudvalget. "
        "Klageadgangen følger af § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i retssikkerhedsloven."]),
    "complete_fire": ("ok", [
        "Sådan klager du",
        "Du kan klage over afgørelsen til Jobcenter {m} inden fire uger efter, at du har modtaget den. "
        "Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi din klage og sagens akter til "
        "Ankestyrelsen, som træffer afgørelse i sagen."]),
    "plain": ("ok", [
        "Er du ikke enig?",
        "Så kan du klage. Ring eller skriv til os inden 4 uger. Vi kigger på sagen igen. "
        "Hvis vi stadig mener, at afgørelsen er rigtig, sender vi din klage til Ankestyrelsen. "
        "Du finder os på {ml}@{md}.dk eller tlf. 96 10 10 10."]),
    "plain_q": ("ok", [
        "Hvad gør jeg, hvis jeg vil klage?",
        "Du skal klage til kommunen, senest fire uger efter du fik brevet. Kommunen ser på "
        "afgørelsen igen. Ændrer vi den ikke, går din klage videre til Ankestyrelsen."]),
    "direct_ast": ("wrong-route", [
        "Klagevejledning",
        "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger fra modtagelsen af dette brev. "
        "Klagen sendes til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, eller via ast.dk."]),
    "direct_ast_plain": ("wrong-route", [
        "Vil du klage?",
        "Hvis du er uenig, kan du klage direkte til Ankestyrelsen. Det skal ske inden 4 uger. "
        "Brug klageformularen på borger.dk."]),
    "no_deadline": ("missing", [
        "Klagevejledning",
        "Du kan klage over afgørelsen til {m} Kommune. Kommunen vil genvurdere sagen, og hvis "
        "afgørelsen fastholdes, sendes klagen videre til Ankestyrelsen."]),
    "bare": ("missing", [
        "Klagevejledning",
        "Du kan klage over afgørelsen."]),
    "other_benefit": ("missing", [
        "Klagevejledning vedrørende befordringsgodtgørelse",
        "Hvis du vil klage over afgørelsen om befordringsgodtgørelse, skal du klage til kommunen "
        "inden 4 uger. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen."]),
    "other_sel85": ("missing", [
        "Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85",
        "Du kan klage til Socialafdelingen inden 4 uger. Socialafdelingen genvurderer afgørelsen, "
        "og fastholdes den, sendes klagen til Ankestyrelsen."]),
    "leaflet_ref": ("missing", [
        "Klagevejledning",
        "Se vedlagte pjece \"Sådan klager du\"."]),
    "english": ("ok", [
        "How to appeal",
        "If you disagree with this decision, you can complain to {m} Municipality (kommunen) within "
        "4 weeks of receiving it. The municipality will reconsider the decision within 4 weeks. If it "
        "upholds the decision, your complaint is forwarded to Ankestyrelsen (the National Social "
        "Appeals Board)."]),
    "form": ("ok", [
        "Klageadgang",
        "Klage sendes til: {m} Kommune, Borgerservice|Klagefrist: 4 uger fra modtagelsen|"
        "Herefter: Kommunen genvurderer sagen; fastholdes afgørelsen, sendes klagen til Ankestyrelsen"]),
    "none": ("missing", None),
}


def ddmmyy_cpr(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    mo = rng.randint(1, 12)
    y = rng.randint(60, 99) if rng.random() < .6 else rng.randint(0, 6)
    return f"{d:02d}{mo:02d}{y:02d}-{rng.randint(1000, 9999)}"


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last))


def fmt_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day}/{d.month}-{d.year}"


def period(rng: random.Random, over: bool) -> tuple[date, date, str]:
    start = date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 15]))
    if over:
        end = add_months(start, rng.choice([8, 9, 12])) - __import__("datetime").timedelta(days=1)
    else:
        end = add_months(start, rng.choice([3, 4, 6])) - __import__("datetime").timedelta(days=1)
    st = rng.randint(0, 2)
    return start, end, f"{fmt_date(start, st)} – {fmt_date(end, st)}"


def first(name: str) -> str:
    return name.split()[0]


# ---------------------------------------------------------------------------------------
# Document model: a list of blocks. ("h", text) heading; ("p", text); ("ul", [items]);
# ("kv", [(label, value)]) label/value table; ("box", heading, text); ("pb",) page break.
# ---------------------------------------------------------------------------------------

def appeal_blocks(variant: str, m: str, placement: str) -> tuple[list, list[str] | None]:
    """Return (blocks for the body, footer lines or None)."""
    eff, spec = APPEAL[variant]
    if spec is None:
        return [], None
    head, text = spec
    text = text.format(m=m, ml="jobcenter", md=m.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
    if "|" in text:  # a form-style label/value block
        rows = [tuple(x.split(": ", 1)) for x in text.split("|")]
        if placement == "footer":
            return [], [head] + [f"{k}: {v}" for k, v in rows]
        return [("h", head), ("kv", rows)], None
    if placement == "footer":
        return [], [f"{head}: {text}"]
    if placement == "box":
        return [("box", head, text)], None
    if placement == "page":
        return [("pb",), ("h", head), ("p", text)], None
    if placement == "split":
        # split across a page break mid-guidance
        sents = text.split(". ")
        k = max(1, len(sents) // 2)
        return [("h", head), ("p", ". ".join(sents[:k]) + "."), ("pb",),
                ("p", ". ".join(sents[k:]))], None
    return [("h", head), ("p", text)], None


def relayout(pairs: list, layout: str) -> list:
    """Field blocks come as (heading, paragraph-or-list) pairs; lay them out as a writer would."""
    if layout == "headings":
        return pairs
    rows = []
    for h, v in zip(pairs[::2], pairs[1::2]):
        val = v[1] if v[0] == "p" else "; ".join(v[1])
        rows.append((h[1].rstrip(":?"), val))
    if layout == "table":
        return [("kv", rows)]
    return [("p", f"{n}) {k}: {v}") for n, (k, v) in enumerate(rows, 1)]


def agreement(rng: random.Random, i: int, opts: dict) -> tuple[list, list | None, dict]:
    m = rng.choice(MUNIS)
    cit = rng.choice(CITIZENS)
    f = first(cit)
    mentor, org = rng.choice(MENTORS)
    cw = rng.choice(CASEWORKERS)
    start, end, ptxt = period(rng, opts.get("over6", False))
    rules: list[str] = []
    extras: list[str] = []
    traits = [f"appeal:{opts['appeal']}", f"appeal-place:{opts.get('place', 'body')}"]
    cpr = ddmmyy_cpr(rng) if opts.get("cpr") else None
    blocks: list = []
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Samarbejdsaftale – mentorstøtte efter LAB § 167"])
    blocks.append(("h", title))
    head_kv = [("Borger", cit)]
    if cpr:
        head_kv.append(("CPR-nr.", cpr))
    head_kv += [("Sagsbehandler", f"{cw}, {m} Kommune, tlf. 99 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}"),
                ("Dato", fmt_date(date(2026, start.month, 1) if start.day == 15 else start, 0))]
    blocks.append(("kv", head_kv))
    fb_start = len(blocks)
    # goal
    if opts.get("goal") == "missing":
        rules.append("missing-goal")
        blocks += [("h", "Mål for mentorstøtten"), ("p", "Udfyldes senere")]
    elif opts.get("goal") == "unclear":
        rules.append("unclear-goal")
        blocks += [("h", "Mål for mentorstøtten"), ("p", rng.choice(GOALS_UNCLEAR).format(f=f))]
    else:
        blocks += [("h", rng.choice(["Mål for mentorstøtten", "Målet med forløbet", "Formål"])),
                   ("p", rng.choice(GOALS_CLEAR).format(f=f))]
    # mentor
    phone = f"{rng.randint(20,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}"
    if opts.get("mentor") == "nocontact":
        rules.append("missing-mentor")
        blocks += [("h", "Mentor"), ("p", f"{mentor}, {org}")]
    else:
        blocks += [("h", rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"])),
                   ("p", f"{mentor}, {org}, tlf. {phone}, {first(mentor).lower()}@{org.split()[0].lower()}.dk")]
    # tasks
    if opts.get("tasks") == "missing":
        rules.append("missing-tasks")
        blocks += [("h", "Mentorens opgaver"), ("p", "-")]
    else:
        blocks += [("h", rng.choice(["Mentorens opgaver", f"{first(mentor)} skal hjælpe dig med:",
                                     "Hvad skal mentor hjælpe med?"])),
                   ("ul", [t.format(f=f) for t in rng.choice(TASKS)])]
    # duration
    if opts.get("duration") == "missing":
        rules.append("missing-duration")
        blocks += [("h", "Periode"), ("p", "Indtil videre")]
    else:
        if opts.get("over6"):
            rules.append("duration-over-6-months")
        blocks += [("h", rng.choice(["Periode", "Varighed", "Bevilget i perioden"])), ("p", ptxt)]
    # hours
    if opts.get("hours") == "missing":
        rules.append("missing-hours")
    elif opts.get("hours") == "vague":
        rules.append("missing-hours")
        blocks += [("h", "Timetal"), ("p", rng.choice(HOURS_VAGUE))]
    else:
        blocks += [("h", rng.choice(["Timetal", "Antal timer", "Omfang"])), ("p", rng.choice(HOURS))]
    # follow-up
    if opts.get("follow") == "missing":
        rules.append("missing-follow-up")
    else:
        blocks += [("h", rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"])),
                   ("p", rng.choice(FOLLOW).format(f=f))]
    layout = opts.get("layout") or rng.choice(["headings", "headings", "table", "numbered"])
    blocks[fb_start:] = relayout(blocks[fb_start:], layout)
    traits.append(f"fields:{layout}")
    eff = APPEAL[opts["appeal"]][0]
    ab, footer = appeal_blocks(opts["appeal"], m, opts.get("place", "body"))
    if opts.get("appeal_first"):
        blocks[2:2] = ab
    else:
        blocks += ab
    if eff == "missing":
        rules.append("missing-appeal-guidance")
    elif eff == "wrong-route":
        extras.append("appeal-wrong-route")
    blocks += [("p", f"Underskrifter: {cit} / {mentor} / {cw}")]
    meta = dict(kind="agreement", subtype="agreement", rules=sorted(set(rules)), extras=extras,
                must_not_contain=[cpr] if cpr else [], traits=traits + (["cpr"] if cpr else []),
                period=None if opts.get("duration") == "missing" else {"start": start.isoformat(), "end": end.isoformat()})
    return blocks, footer, meta


def decision(rng: random.Random, i: int, opts: dict) -> tuple[list, list | None, dict]:
    m = rng.choice(MUNIS)
    cit = rng.choice(CITIZENS)
    f = first(cit)
    mentor, org = rng.choice(MENTORS)
    cw = rng.choice(CASEWORKERS)
    start, end, ptxt = period(rng, opts.get("over6", False))
    kind = opts.get("dkind", "grant")
    rules: list[str] = []
    extras: list[str] = []
    cpr = ddmmyy_cpr(rng) if opts.get("cpr") else None
    blocks: list = [("p", f"{m} Kommune · Job og Borgerservice · {fmt_date(date(2026, start.month, 1), 0)}"),
                    ("p", f"Til {cit}" + (f", CPR-nr. {cpr}" if cpr else "")),
                    ("p", f"Sagsnr. 15.20.08-G01-{rng.randint(100,9999)}-26")]
    if kind == "grant" and rng.random() < .5:
        blocks += [("h", rng.choice(["Du får en mentor", "Bevilling af mentorstøtte"])),
                   ("p", f"Hej {f}. Vi har besluttet, at du kan få hjælp fra en mentor fra {ptxt}. "
                         f"Din mentor hedder {mentor} og kommer fra {org}. I mødes {rng.choice(HOURS)}."),
                   ("h", "Hvorfor har vi besluttet det?"),
                   ("p", "Vi har lagt vægt på det, du fortalte på samtalen: at du gerne vil i gang med en "
                         "uddannelse, men har svært ved at komme af sted om morgenen. Reglerne står i § 167 i "
                         "lov om en aktiv beskæftigelsesindsats.")]
    elif kind == "grant":
        blocks += [("h", "Afgørelse om mentorstøtte"),
                   ("p", f"Kære {f}. Du har fået bevilget mentorstøtte efter § 167 i lov om en aktiv "
                         f"beskæftigelsesindsats i perioden {ptxt}. Din mentor er {mentor}, {org}. "
                         f"Støtten er {rng.choice(HOURS)}."),
                   ("h", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik, "
                         "og at støtten kan bringe dig nærmere uddannelse eller job, jf. LAB § 167, stk. 1.")]
    elif kind == "partial":
        blocks += [("h", "Afgørelse – delvis bevilling af mentorstøtte"),
                   ("p", f"Du har søgt om mentorstøtte i 12 måneder med 5 timer om ugen. Vi har bevilget "
                         f"mentorstøtte i perioden {ptxt} med færre timer, nemlig 2 timer om ugen.")]
        if opts.get("reasons", True):
            blocks += [("h", "Begrundelse"),
                       ("p", "Vi har lagt vægt på mentors vurdering af dit behov og på, at støtte kan gives "
                             "i højst 6 måneder ad gangen, jf. LAB § 167, stk. 1.")]
        else:
            extras.append("missing-reasons")
    elif kind == "refusal":
        blocks += [("h", "Afslag på mentorstøtte"),
                   ("p", f"Kære {f}. Vi har behandlet din ansøgning om mentorstøtte, og du får afslag.")]
        if opts.get("reasons", True):
            blocks += [("h", "Hvorfor får du afslag?"),
                       ("p", "Vi har lagt vægt på, at du allerede får støtte fra en bostøtte efter "
                             "serviceloven, og at der ikke er et konkret mål om job eller uddannelse, "
                             "jf. LAB § 167 og § 168.")]
        else:
            extras.append("missing-reasons")
        start = end = None
    elif kind == "stop":
        blocks += [("h", "Ophør af mentorstøtte"),
                   ("p", f"Din mentorstøtte hos {mentor} ophører pr. {fmt_date(date(2026, 9, 30), 0)}.")]
        if opts.get("reasons", True):
            blocks += [("p", "Begrundelsen er, at du er startet i ordinær uddannelse og ikke længere er "
                             "omfattet af målgruppen, jf. LAB § 167, stk. 1.")]
        else:
            extras.append("missing-reasons")
        start = end = None
    if opts.get("over6") and kind in ("grant", "partial"):
        rules.append("duration-over-6-months")
    eff = APPEAL[opts["appeal"]][0]
    ab, footer = appeal_blocks(opts["appeal"], m, opts.get("place", "body"))
    blocks += ab
    if eff == "missing":
        rules.append("missing-appeal-guidance")
    elif eff == "wrong-route":
        extras.append("appeal-wrong-route")
    blocks += [("p", f"Med venlig hilsen\n{cw}\nJobrådgiver, {m} Kommune")]
    meta = dict(kind="decision", subtype=f"decision-{kind}", rules=sorted(set(rules)), extras=sorted(extras),
                must_not_contain=[cpr] if cpr else [],
                traits=[f"appeal:{opts['appeal']}", f"appeal-place:{opts.get('place', 'body')}"] + (["cpr"] if cpr else []),
                period={"start": start.isoformat(), "end": end.isoformat()} if start and kind in ("grant", "partial") else None)
    return blocks, footer, meta


def minplan(rng: random.Random, i: int, opts: dict) -> tuple[list, list | None, dict]:
    cit = rng.choice(CITIZENS)
    f = first(cit)
    mentor, org = rng.choice(MENTORS)
    start, end, ptxt = period(rng, False)
    rules: list[str] = []
    blocks = [("h", "Min Plan – Indsats: Mentorstøtte"), ("p", f"Udskrevet fra Jobnet for {cit}")]
    blocks += [("kv", [("Formål med mentorstøtten", rng.choice(GOALS_CLEAR).format(f=f)),
                       ("Mentor", f"{mentor}, {org}, tlf. 2{rng.randint(1000000,9999999)}"),
                       ("Mentorens opgaver", "; ".join(t.format(f=f) for t in rng.choice(TASKS))),
                       ("Periode", ptxt),
                       ("Timetal", rng.choice(HOURS))])]
    # Min Plan sometimes carries an appeal text; it is not required either way
    if opts.get("appeal") and opts["appeal"] != "none":
        ab, _ = appeal_blocks(opts["appeal"], rng.choice(MUNIS), "body")
        blocks += ab
    meta = dict(kind="minplan", subtype="minplan", rules=rules, extras=[], must_not_contain=[],
                traits=[f"appeal:{opts.get('appeal', 'none')}"],
                period={"start": start.isoformat(), "end": end.isoformat()})
    return blocks, None, meta


def near_miss(rng: random.Random, i: int, sub: str) -> tuple[list, list | None, dict]:
    m = rng.choice(MUNIS)
    cit = rng.choice(CITIZENS)
    f = first(cit)
    cw = rng.choice(CASEWORKERS)
    cpr = ddmmyy_cpr(rng) if rng.random() < .25 else None
    d = fmt_date(date(2026, rng.randint(3, 10), rng.randint(1, 28)), 0)
    if sub == "genvurdering-fastholdt":
        blocks = [("p", f"{m} Kommune, {d}"), ("p", f"Til {cit}" + (f" (CPR {cpr})" if cpr else "")),
                  ("h", "Genvurdering af din klage over afgørelse om mentorstøtte"),
                  ("p", f"Vi har modtaget din klage over vores afgørelse om mentorstøtte. Vi har genvurderet "
                        f"sagen, men fastholder afgørelsen. Din klage og sagens akter er derfor sendt videre "
                        f"til Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen."),
                  ("p", f"Med venlig hilsen\n{cw}")]
    elif sub == "kvittering-klage":
        blocks = [("h", "Kvittering for modtagelse af klage"),
                  ("p", f"Kære {f}. Vi bekræfter, at vi {d} har modtaget din klage over afgørelsen om "
                        f"mentorstøtte. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder vi "
                        f"afgørelsen, sender vi klagen til Ankestyrelsen."),
                  ("p", f"Venlig hilsen\n{cw}, {m} Kommune")]
    elif sub == "ankestyrelsen-afgoerelse":
        blocks = [("h", "Ankestyrelsens afgørelse i din klagesag"),
                  ("p", "Ankestyrelsen · Teglholmsgade 3 · 2450 København SV"),
                  ("p", f"Ankestyrelsen har behandlet din klage over {m} Kommunes afgørelse om mentorstøtte. "
                        f"Resultat: Vi giver dig ikke medhold. Kommunens afgørelse af {d} er rigtig."),
                  ("h", "Begrundelse for afgørelsen"),
                  ("p", "Vi har lagt vægt på, at du ikke har et mål om beskæftigelse eller uddannelse, jf. "
                        "§ 167 i lov om en aktiv beskæftigelsesindsats."),
                  ("h", "Du kan ikke klage"),
                  ("p", "Du kan ikke klage over Ankestyrelsens afgørelse til anden administrativ myndighed. "
                        "Du kan indbringe afgørelsen for domstolene inden 6 måneder.")]
        if cpr:
            blocks.insert(1, ("p", f"Sagen vedrører: {cit}, CPR-nr. {cpr}"))
    elif sub == "pjece-klage":
        blocks = [("h", "Sådan klager du over en afgørelse fra kommunen"),
                  ("p", "Denne pjece fortæller, hvordan du klager over afgørelser om fx kontanthjælp, "
                        "mentorstøtte og virksomhedspraktik."),
                  ("h", "Hvor skal du klage?"),
                  ("p", "Du skal altid sende klagen til den kommune, der har truffet afgørelsen. Kommunen "
                        "skal genvurdere sagen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen "
                        "til Ankestyrelsen."),
                  ("h", "Frister"),
                  ("p", "Fristen for at klage er 4 uger fra den dag, du har fået afgørelsen."),
                  ("h", "Hvad skal klagen indeholde?"),
                  ("ul", ["Dit navn, adresse og telefonnummer", "Hvilken afgørelse du klager over",
                          "Hvorfor du er uenig"])]
    elif sub == "klage-fra-borger":
        blocks = [("p", f"{d}"), ("p", f"Til {m} Kommune, Jobcenteret"),
                  ("h", "Klage over afgørelse om mentorstøtte"),
                  ("p", f"Jeg klager hermed over jeres afgørelse om at stoppe min mentor. Jeg har stadig brug "
                        f"for hjælp til at komme op om morgenen og møde i praktikken. Jeg har fået at vide, at "
                        f"jeg skal klage inden 4 uger, så her er min klage."),
                  ("p", f"Venlig hilsen\n{cit}" + (f"\n{cpr}" if cpr else ""))]
    elif sub == "ankestyrelsen-hjemvisning":
        blocks = [("h", "Ankestyrelsen – afgørelse i klagesag"),
                  ("p", f"Vi ophæver {m} Kommunes afgørelse om afslag på mentorstøtte og sender sagen "
                        f"tilbage til kommunen, som skal behandle den igen. Kommunen skal træffe en ny "
                        f"afgørelse, som du kan klage over inden 4 uger."),
                  ("h", "Begrundelse"),
                  ("p", "Kommunens afgørelse indeholdt ikke en klagevejledning, der oplyste om fristen.")]
    elif sub == "intern-notat":
        blocks = [("h", "Notat: Skabelon for klagevejledning – mentorsager"),
                  ("p", "Til: Alle jobrådgivere. Fra 1. februar 2026 skriver vi \"kommunen\" i stedet for "
                        "\"jobcentret\". Husk: borgeren klager til kommunen inden 4 uger; vi genvurderer og "
                        "sender til Ankestyrelsen. Skriv ikke, at borgeren kan klage direkte til Ankestyrelsen."),
                  ("p", f"Spørgsmål til {cw}.")]
    else:
        raise ValueError(sub)
    if sub not in ("genvurdering-fastholdt", "ankestyrelsen-afgoerelse", "klage-fra-borger"):
        cpr = None  # general texts name no citizen
    meta = dict(kind="unknown", subtype=sub, rules=[], extras=[], must_not_contain=[cpr] if cpr else [],
                traits=["near-miss"] + (["cpr"] if cpr else []), period=None)
    return blocks, None, meta


# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------

def to_text(blocks: list, footer: list | None, md: bool = False) -> str:
    out: list[str] = []
    for b in blocks:
        if b[0] == "h":
            out.append(("## " if md else "") + b[1])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "ul":
            out.append("\n".join(f"- {x}" for x in b[1]))
        elif b[0] == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
        elif b[0] == "box":
            out.append(f"+{'-' * 60}+\n{b[1]}\n{b[2]}\n+{'-' * 60}+")
        elif b[0] == "pb":
            out.append("\f")
    if footer:
        out.append("\n".join(footer))
    return "\n\n".join(out) + "\n"


def write_txt(path: Path, blocks, footer, rng):
    path.write_text(to_text(blocks, footer, md=rng.random() < .3), encoding="utf-8")


def write_eml(path: Path, blocks, footer, rng):
    msg = EmailMessage()
    title = next((b[1] for b in blocks if b[0] == "h"), "Brev")
    body = to_text(blocks, footer)
    if title.startswith("Ankestyrelsen"):
        msg["From"], msg["To"] = "Ankestyrelsen <noreply@ast.dk>", "borger@example.dk"
    elif title.startswith("Klage over"):
        msg["From"], msg["To"] = "borger@example.dk", "Jobcenteret <jobcenter@kommune.dk>"
    else:
        msg["From"], msg["To"] = "Job og Borgerservice <jobcenter@kommune.dk>", "borger@example.dk"
    msg["Subject"] = title
    msg["Date"] = "Mon, 04 May 2026 09:12:00 +0200"
    msg.set_content(body)
    path.write_bytes(bytes(msg))


def write_html(path: Path, blocks, footer, rng):
    from html import escape
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Dokument</title>"
             "<style>.klage{border:1px solid #333;padding:8px}</style></head><body><div class='doc'>"]
    for b in blocks:
        if b[0] == "h":
            parts.append(f"<h2>{escape(b[1])}</h2>")
        elif b[0] == "p":
            parts.append("<p>" + escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "ul":
            parts.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "kv":
            parts.append("<table>" + "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif b[0] == "box":
            parts.append(f"<div class='klage'><strong>{escape(b[1])}</strong><p>{escape(b[2])}</p></div>")
        elif b[0] == "pb":
            parts.append("<hr style='page-break-after:always'>")
    parts.append("</div>")
    if footer:
        parts.append("<footer><small>" + "<br>".join(escape(x) for x in footer) + "</small></footer>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_docx(path: Path, blocks, footer, rng):
    from docx import Document
    from docx.enum.text import WD_BREAK
    doc = Document()
    for b in blocks:
        if b[0] == "h":
            doc.add_heading(b[1], level=1 if b is blocks[0] else 2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "ul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif b[0] == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                r = t.add_row().cells
                r[0].text, r[1].text = k, v
        elif b[0] == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            c.paragraphs[0].add_run(b[1]).bold = True
            c.add_paragraph(b[2])
        elif b[0] == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if footer:
        fp = doc.sections[0].footer.paragraphs[0]
        fp.text = "\n".join(footer)
    doc.save(str(path))


def write_pdf(path: Path, blocks, footer, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    import textwrap
    font = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DV", cand))
            font = "DV"
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    page = [1]
    y = [h - 70]

    def furniture():
        c.setFont(font, 7)
        c.drawString(50, h - 35, "Job og Borgerservice")
        c.drawRightString(w - 50, 30, f"Side {page[0]}")
        if footer:
            fy = 50
            for line in footer:
                for ln in textwrap.wrap(line, 120):
                    c.drawString(50, fy, ln)
                    fy -= 8

    def newpage():
        furniture()
        c.showPage()
        page[0] += 1
        y[0] = h - 70

    def line(txt, size=10, bold=False):
        if y[0] < 110:
            newpage()
        c.setFont(font, size)
        c.drawString(50, y[0], txt)
        y[0] -= size + 4

    for b in blocks:
        if b[0] == "h":
            y[0] -= 6
            line(b[1], 13)
        elif b[0] == "p":
            for para in b[1].split("\n"):
                for ln in textwrap.wrap(para, 92) or [""]:
                    line(ln)
            y[0] -= 4
        elif b[0] == "ul":
            for x in b[1]:
                for j, ln in enumerate(textwrap.wrap(x, 86)):
                    line(("• " if j == 0 else "   ") + ln)
        elif b[0] == "kv":
            for k, v in b[1]:
                for j, ln in enumerate(textwrap.wrap(v, 70)):
                    if y[0] < 110:
                        newpage()
                    c.setFont(font, 10)
                    if j == 0:
                        c.drawString(50, y[0], k)
                    c.drawString(200, y[0], ln)
                    y[0] -= 14
        elif b[0] == "box":
            top = y[0] + 12
            line(b[1], 11)
            for ln in textwrap.wrap(b[2], 88):
                line(ln)
            c.rect(45, y[0] + 6, w - 90, top - y[0] - 4)
            y[0] -= 6
        elif b[0] == "pb":
            newpage()
    furniture()
    c.save()


def _soffice(path: Path, blocks, footer, rng, target: str):
    """Write a DOCX and let LibreOffice convert it, as a case system's "save as" would."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        write_docx(src, blocks, footer, rng)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ee_profile", "--headless",
                        "--convert-to", target, "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(Path(tmp) / (path.stem + "." + path.suffix.lstrip(".")), path)


def write_odt(path: Path, blocks, footer, rng):
    _soffice(path, blocks, footer, rng, "odt")


def write_lopdf(path: Path, blocks, footer, rng):
    _soffice(path, blocks, footer, rng, "pdf")


WRITERS = {"odt": write_odt, "lopdf": write_lopdf, "txt": write_txt, "eml": write_eml, "html": write_html, "docx": write_docx, "pdf": write_pdf}


def plan(rng: random.Random) -> list[tuple[str, dict, str]]:
    """(kind, options, format) for each document."""
    items: list[tuple[str, dict, str]] = []
    fmts = ["docx", "pdf", "txt", "html", "eml"]
    # Agreements: every appeal variant, in several placements, with other fields varying.
    variants = [v for v in APPEAL]
    other = [{}, {}, {}, {"hours": "vague"}, {"over6": True}, {"goal": "unclear"}, {"follow": "missing"},
             {"mentor": "nocontact"}, {"hours": "missing"}, {"tasks": "missing"}, {"duration": "missing"},
             {"goal": "missing"}, {}]
    k = 0
    for v in variants:
        for rep in range(3):
            o = dict(rng.choice(other))
            o["appeal"] = v
            fmt = fmts[k % len(fmts)]
            k += 1
            items.append(("agreement", o, fmt))
    # placements for complete / plain guidance
    for place, fmt in [("footer", "docx"), ("footer", "docx"), ("footer", "pdf"), ("footer", "html"),
                       ("box", "docx"), ("box", "pdf"), ("box", "html"), ("page", "docx"),
                       ("page", "pdf"), ("split", "pdf"), ("split", "pdf"), ("split", "docx")]:
        o = dict(rng.choice(other))
        o["appeal"] = rng.choice(["complete", "complete_fire", "plain", "english", "direct_ast"])
        o["place"] = place
        items.append(("agreement", o, fmt))
    items.append(("agreement", {"appeal": "complete", "appeal_first": True}, "txt"))
    items.append(("agreement", {"appeal": "direct_ast", "place": "footer"}, "docx"))
    # LibreOffice conversions: footers and boxes survive into ODT and PDF as Word/Writer put them
    for place, v, fmt in [("footer", "complete", "odt"), ("box", "plain", "odt"), ("body", "other_benefit", "odt"),
                          ("footer", "complete_fire", "lopdf"), ("split", "complete", "lopdf"),
                          ("box", "direct_ast", "lopdf")]:
        o = dict(rng.choice(other))
        o.update(appeal=v, place=place)
        items.append(("agreement", o, fmt))
    for place, v, dkind in [("footer", "plain", "grant"), ("body", "leaflet_ref", "refusal")]:
        items.append(("decision", {"appeal": v, "place": place, "dkind": dkind}, "lopdf"))
    # Decisions
    dk = ["grant", "grant", "partial", "refusal", "stop"]
    dv = ["complete", "complete_fire", "plain", "plain_q", "direct_ast", "direct_ast_plain", "no_deadline",
          "bare", "other_benefit", "other_sel85", "leaflet_ref", "english", "none", "complete", "plain"]
    for j, v in enumerate(dv):
        for rep in range(2):
            o = {"appeal": v, "dkind": dk[(j + rep) % len(dk)]}
            if rng.random() < .25:
                o["reasons"] = False
            if o["dkind"] in ("grant", "partial") and rng.random() < .2:
                o["over6"] = True
            if rng.random() < .2:
                o["place"] = rng.choice(["footer", "box", "split"])
            items.append(("decision", o, fmts[(j + rep) % len(fmts)]))
    # Min Plan entries
    for j, v in enumerate(["none", "none", "none", "none"]):
        items.append(("minplan", {"appeal": v}, ["pdf", "html", "txt", "docx"][j]))
    # Near misses
    subs = ["genvurdering-fastholdt", "kvittering-klage", "ankestyrelsen-afgoerelse", "pjece-klage",
            "klage-fra-borger", "ankestyrelsen-hjemvisning", "intern-notat"]
    for j, s in enumerate(subs):
        for rep in range(2):
            items.append(("unknown", {"sub": s}, fmts[(j + rep * 2) % len(fmts)]))
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    for i, (kind, o, fmt) in enumerate(plan(rng)):
        if kind == "agreement":
            o.setdefault("cpr", rng.random() < .27)
            blocks, footer, meta = agreement(rng, i, o)
        elif kind == "decision":
            o.setdefault("cpr", rng.random() < .27)
            blocks, footer, meta = decision(rng, i, o)
        elif kind == "minplan":
            blocks, footer, meta = minplan(rng, i, o)
        else:
            blocks, footer, meta = near_miss(rng, i, o["sub"])
        if fmt == "eml" and footer:
            pass  # the mail body carries the footer lines at the end, like a signature
        sub = meta["subtype"]
        ext = "pdf" if fmt == "lopdf" else fmt
        rel = f"sag-{i // 10:02d}/{i:03d}-{sub}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[fmt](p, blocks, footer, rng)
        flay = next((t.split(":")[1] for t in meta["traits"] if t.startswith("fields:")), None)
        layout = "box" if any(b[0] == "box" for b in blocks) else (
            "footer" if footer else ("table" if kind == "minplan" else (flay or "headings")))
        e = {"path": rel, "format": ext, "kind": meta["kind"], "subtype": sub, "layout": layout,
             "rules": meta["rules"], "extras": meta["extras"], "error": None, "accept_errors": [],
             "must_not_contain": meta["must_not_contain"],
             "traits": meta["traits"] + (["libreoffice"] if fmt in ("odt", "lopdf") else [])}
        if meta.get("period"):
            e["period"] = meta["period"]
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
