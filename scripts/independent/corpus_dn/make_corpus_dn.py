"""Independent corpus DN: decision letters about mentor support (LAB § 167) and near misses.

Written for issue 8 from domain.md, the seeds and knowledge of Danish municipal letters only.
Angle: decisions as different case systems and caseworkers write them (grant, partial grant,
refusal, extension, end), reasons as legal citations, bullets or narrative; appeal guidance in a
box, in a footer, on a separate "Klagevejledning" page or only as a reference to an enclosed
leaflet; the agreement enclosed as "Bilag 1" or quoted; English letters; and near-miss letters
that are not mentor decisions (another benefit, partshøring, meeting invitation, complaint reply).

Usage:  python make_corpus_dn.py --out /work/corpora/dn
Deterministic: fixed seed; the same documents every run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from pathlib import Path

SEED = 20261130

# --------------------------------------------------------------------------- vocabulary

FIRST = ["Anna", "Mikkel", "Fatima", "Jonas", "Sofie", "Ahmed", "Louise", "Kasper", "Maja", "Emil",
         "Nadia", "Rasmus", "Ida", "Omar", "Camilla", "Thomas", "Line", "Yusuf", "Mette", "Frederik"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Hussein", "Yilmaz", "Mortensen", "Knudsen"]
MENTOR_ORGS = ["Jobhuset", "Mentorkorpset ApS", "Ungeenheden", "Center for Job og Uddannelse",
               "Mentorgruppen", "Den Sociale Virksomhed Trappen", "Erhvervsmentor Syd"]
KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Tønder", "Roskilde", "Assens", "Herning", "Gribskov",
            "Aabenraa", "Silkeborg", "Næstved", "Frederikshavn"]
STREETS = ["Rådhuspladsen 1", "Torvet 4", "Jernbanegade 12", "Skolegade 2", "Prinsens Allé 5",
           "Kirkevej 9", "Stationsvej 22"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
GOALS = [
    "at du starter på FVU-dansk på VUC i august og møder op mindst fire dage om ugen",
    "at du er i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni",
    "at du gennemfører grundforløb 1 på EUD (tømrer) på erhvervsskolen",
    "at du kommer i løntilskudsjob på lageret hos en lokal virksomhed",
    "at du fastholder dit fleksjob som pedelmedhjælper med 12 timer om ugen",
    "at du starter på FGU (PGU-spor) efter sommerferien og har under 10 % fravær",
    "at du gennemfører SOSU-hjælperuddannelsen og består første praktikperiode",
]
TASKS = [
    "følge dig til praktikstedet de første to uger",
    "hjælpe dig med at planlægge din uge og huske aftaler",
    "tage en samtale med dig hver uge om fremmøde og transport",
    "hjælpe dig med kontakten til studievejledningen",
    "støtte dig i at tage kontakt til arbejdspladsen ved sygdom",
    "hjælpe med at skabe overblik over post fra myndigheder",
    "være med til de første møder med din kontaktperson på arbejdspladsen",
]

APPEAL_BODIES = {
    "standard": ("Hvis du ikke er enig i afgørelsen, kan du klage til {k} Kommune. Klagen skal være "
                 "modtaget inden 4 uger fra den dag, du har fået dette brev. Du kan klage skriftligt "
                 "eller mundtligt. Kommunen genvurderer afgørelsen inden 4 uger efter, at vi har "
                 "modtaget klagen. Hvis vi fastholder afgørelsen, sender vi klagen videre til "
                 "Ankestyrelsen, som træffer afgørelse i sagen, jf. § 204 i lov om en aktiv "
                 "beskæftigelsesindsats og kapitel 10 i retssikkerhedsloven."),
    "faxe": ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire "
             "uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er "
             "modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til "
             "Ankestyrelsen, som tager stilling til afgørelsen."),
    "short": ("Du kan klage over afgørelsen til jobcentret inden 4 uger efter, at du har modtaget "
              "den. Fastholder jobcentret afgørelsen, sendes sagen til Ankestyrelsen."),
    "long": ("Du har mulighed for at klage over denne afgørelse. Fristen for at klage er fire uger "
             "fra den dag, du modtog afgørelsen. Klagen sendes til {k} Kommune, Jobcenter {k}, "
             "{street}, eller via Digital Post. Du kan også ringe til din sagsbehandler og klage "
             "mundtligt. Når vi modtager din klage, vurderer vi sagen igen. Giver vi dig ikke "
             "medhold, sender vi din klage og sagens akter til Ankestyrelsen, "
             "Beskæftigelsesudvalget, senest 4 uger efter at vi har modtaget klagen. Du bør oplyse "
             "dit navn, din adresse og sagsnummeret i klagen."),
}
APPEAL_WRONG = ("Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes direkte til "
                "Ankestyrelsen, 7998 Statsservice, inden 4 uger fra modtagelsen af dette brev. "
                "Du kan bruge klageskemaet på ast.dk.")
APPEAL_VAGUE = "Du kan klage over afgørelsen, hvis du ikke er enig."
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Hvis du vil klage over "
                "afgørelsen om befordringsgodtgørelse efter § 82 i lov om en aktiv "
                "beskæftigelsesindsats, skal du klage til kommunen inden 4 uger. Kommunen "
                "genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")
APPEAL_LEAFLET = ("Vedlagt finder du pjecen \"Sådan klager du\", som fortæller, hvordan du kan "
                  "klage over afgørelsen.")
APPEAL_EN = ("If you disagree with this decision, you can complain to {k} Municipality within "
             "4 weeks of receiving this letter. You can complain in writing or by phone. The "
             "municipality will reconsider the decision within 4 weeks. If we uphold the "
             "decision, we will forward your complaint to the National Social Appeals Board "
             "(Ankestyrelsen), section 204 of the Active Employment Act (LAB).")
APPEAL_EN_WRONG = ("You can appeal this decision directly to the National Social Appeals Board "
                   "(Ankestyrelsen) within 4 weeks. Send your appeal to Ankestyrelsen using the "
                   "form at ast.dk.")


def d_da(d: dt.date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}/{d.month}-{d.year}"


def d_en(d: dt.date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, 1) if d.day == 1 else d.replace(year=d.year + y, month=mo + 1)


def period(r: random.Random, months: int) -> tuple[dt.date, dt.date]:
    start = dt.date(2026, r.choice([2, 3, 4, 5, 6, 8, 9]), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    return start, end


def cpr(r: random.Random) -> str:
    return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(60, 99):02d}-{r.randint(1000, 9999)}"


# --------------------------------------------------------------------------- documents as blocks
# A document: {"title": str, "blocks": [...], "footer": str|None}; blocks are
# ("h", text) heading, ("p", text), ("ul", [items]), ("box", heading, text), ("kv", [(k, v)]),
# ("page",) page break.


class Person:
    def __init__(self, r: random.Random):
        self.first = r.choice(FIRST)
        self.name = f"{self.first} {r.choice(LAST)}"


def header_blocks(r, k, citizen, date, sysstyle, cprno):
    street = r.choice(STREETS)
    rows = []
    if sysstyle == "momentum":
        rows = [("Sagsnr.", f"{r.randint(100000, 999999)}"), ("Dato", d_da(date, 1)),
                ("Sagsbehandler", Person(r).name)]
    elif sysstyle == "sbsys":
        rows = [("Journalnr.", f"15.20.00-G01-{r.randint(10, 999)}-26"), ("Dato", d_da(date)),
                ("Afsender", f"Jobcenter {k}")]
    elif sysstyle == "acadre":
        rows = [("Sags-id", f"{r.randint(2026, 2026)}-{r.randint(1000, 99999)}"),
                ("Dokumentdato", d_da(date, 2))]
    else:
        rows = [("Dato", d_da(date))]
    if cprno:
        rows.insert(0, ("CPR-nr.", cprno))
    addr = f"{citizen.name}\n{r.choice(STREETS)}\n{r.randint(1000, 9990)} {k}"
    sender = f"{k} Kommune\nBeskæftigelse\n{street}\n{r.randint(4000, 9990)} {k}"
    return [("p", sender), ("p", addr), ("kv", rows)]


def reasons_blocks(r, style, kind, facts):
    """Reasons for a decision in one of three styles."""
    if style == "legal":
        return [("h", "Begrundelse"),
                ("p", f"Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv "
                      f"beskæftigelsesindsats (LAB), jf. bekendtgørelse om en aktiv "
                      f"beskæftigelsesindsats §§ 120-125. {facts} Vi har lagt vægt på, "
                      f"at mentorstøtte efter LAB § 167 kun kan gives, når støtten er nødvendig "
                      f"for, at du kan opnå eller fastholde beskæftigelse eller uddannelse.")]
    if style == "bullets":
        return [("h", "Derfor har vi truffet denne afgørelse"),
                ("p", "Vi har lagt vægt på:"),
                ("ul", [facts, "oplysningerne fra din samtale med os",
                        "at reglerne om mentorstøtte står i § 167 i lov om en aktiv "
                        "beskæftigelsesindsats"])]
    return [("p", f"Vi har truffet afgørelsen på baggrund af det, du fortalte ved samtalen, og de "
                  f"oplysninger vi har fra din mentor. {facts} Derfor vurderer vi, at afgørelsen "
                  f"er den rigtige for dig lige nu.")]


def appeal_text(r, variant, k):
    street = r.choice(STREETS)
    if variant in APPEAL_BODIES:
        return APPEAL_BODIES[variant].format(k=k, street=street)
    return {"wrong": APPEAL_WRONG, "vague": APPEAL_VAGUE, "other": APPEAL_OTHER,
            "leaflet": APPEAL_LEAFLET}[variant]


def agreement_blocks(r, mentor, phone, mail, goal, tasks, start, end, hours, drop, heading):
    """The mentor agreement, enclosed as Bilag or quoted; ``drop`` names one field left out."""
    b = [("page",), ("h", heading)] if heading.startswith("Bilag") else [("h", heading)]
    if "goal" not in drop:
        b += [("p", f"Målet med mentorstøtten: Målet er, {goal}.")]
    if "mentor" not in drop:
        b += [("p", f"Mentor: {mentor}, tlf. {phone}, {mail}")]
    if "tasks" not in drop:
        b += [("p", "Mentorens opgaver:"), ("ul", tasks)]
    if "duration" not in drop:
        b += [("p", f"Periode: {d_da(start)} – {d_da(end)}")]
    if "hours" not in drop:
        b += [("p", f"Timetal: {hours} timer pr. uge")]
    if "follow_up" not in drop:
        b += [("p", "Opfølgning: Vi holder statusmøde med dig, mentor og sagsbehandler hver "
                    "måned og evaluerer 14 dage før perioden slutter.")]
    return b


def mentor_decision(r, i, english=False):
    """A mentor-support decision; returns (doc, manifest-bits)."""
    k = r.choice(KOMMUNER)
    citizen, mentor_p = Person(r), Person(r)
    sub = r.choice(["grant", "grant", "partial", "refusal", "refusal", "extension", "end"])
    reasons = r.choice(["legal", "bullets", "narrative", "legal", "bullets", "narrative", "none"])
    if sub == "grant" and r.random() < 0.5:
        reasons = "none"       # a full grant needs no reasons (FVL § 22)
    appeal_where = r.choice(["section", "box", "footer", "page", "section", "box"])
    appeal_var = r.choice(["standard", "faxe", "short", "long", "standard", "faxe",
                           "wrong", "vague", "other", "leaflet", "none"])
    over6 = sub in ("grant", "extension") and r.random() < 0.22
    months = r.choice([7, 8, 9, 12]) if over6 else r.choice([3, 4, 6, 6])
    start, end = period(r, months)
    date = start - dt.timedelta(days=r.randint(5, 20))
    hours = r.choice([2, 3, 4, 5])
    phone = f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    mail = f"{mentor_p.first.lower()}@{r.choice(['jobhuset', 'mentorkorpset', 'ungeenheden'])}.dk"
    cprno = cpr(r) if r.random() < 0.27 else None
    sysstyle = r.choice(["momentum", "sbsys", "acadre", "plain"])
    goal = r.choice(GOALS)
    tasks = r.sample(TASKS, 3)
    enclosure = "none"
    if sub in ("grant", "extension", "partial") and not english and r.random() < 0.45:
        enclosure = r.choice(["bilag", "bilag", "quoted"])
    drop = []
    if enclosure != "none" and r.random() < 0.4:
        drop = [r.choice(["goal", "tasks", "follow_up"])]  # fields never stated in the letter body

    rules, extras, traits = set(), set(), [f"system:{sysstyle}", f"reasons:{reasons}",
                                           f"appeal:{appeal_where}:{appeal_var}"]
    if english:
        return english_decision(r, k, citizen, mentor_p, sub, start, end, date, hours, phone,
                                mail, cprno, over6, months)

    blocks = header_blocks(r, k, citizen, date, sysstyle, cprno)
    title = {"grant": "Afgørelse om mentorstøtte",
             "partial": "Afgørelse om mentorstøtte – delvis bevilling",
             "refusal": "Afslag på mentorstøtte",
             "extension": "Afgørelse om forlængelse af mentorstøtte",
             "end": "Afgørelse om ophør af mentorstøtte"}[sub]
    if r.random() < 0.3:
        title = "Afgørelse vedrørende din ansøgning om mentor"
    blocks.append(("h", title))
    blocks.append(("p", f"Kære {citizen.first}"))
    period_txt = r.choice([f"fra {d_da(start)} til {d_da(end)}",
                           f"i perioden {d_da(start, 1)}-{d_da(end, 1)}",
                           f"fra {d_da(start, 3)} til {d_da(end, 3)}"])
    facts = ""
    if sub == "grant":
        blocks.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte "
                            f"{period_txt} efter § 167 i lov om en aktiv beskæftigelsesindsats. "
                            f"Du får {hours} timers mentorstøtte om ugen."))
        blocks.append(("p", f"Din mentor er {mentor_p.name} fra {r.choice(MENTOR_ORGS)}. "
                            f"Du kan kontakte din mentor på tlf. {phone}."))
        facts = "Du har oplyst, at du har brug for hjælp til at komme i gang med praktik."
    elif sub == "partial":
        asked = r.choice([8, 10, 12])
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder med {hours + 3} timer "
                            f"om ugen. Vi har givet dig delvis medhold: Du får mentorstøtte "
                            f"{period_txt} med {hours} timer om ugen."))
        facts = (f"Mentorstøtte kan højst gives i 6 måneder ad gangen, og vi vurderer, at "
                 f"{hours} timer om ugen dækker dit behov.")
        traits.append("asked-longer")
    elif sub == "refusal":
        blocks.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag på din "
                            "ansøgning."))
        facts = r.choice(["Du er allerede i gang med uddannelse og får støtte fra skolens "
                          "elevcoach (SPS), som dækker dit behov.",
                          "Du har ikke et mål om beskæftigelse eller uddannelse, som "
                          "mentorstøtten kan understøtte.",
                          "Støtten kan gives gennem den kontaktperson, du allerede har i "
                          "dit tilbud."])
    elif sub == "extension":
        prev_end = start - dt.timedelta(days=1)
        blocks.append(("p", f"Din nuværende mentorstøtte slutter {d_da(prev_end)}. Vi har "
                            f"besluttet at forlænge støtten {period_txt}. "
                            f"Du fortsætter med {hours} timer om ugen hos {mentor_p.name}."))
        facts = ("Din mentor oplyser, at du er kommet godt i gang, men at du fortsat har brug "
                 "for støtte for at kunne blive i praktikken.")
        traits.append("extension")
    else:
        blocks.append(("p", f"Vi har besluttet, at din mentorstøtte ophører {d_da(start)}."))
        facts = r.choice(["Du er startet i ordinært job og har ikke længere brug for støtten.",
                          "Du er ikke mødt op til de aftalte møder med din mentor i seks uger."])
    if reasons != "none":
        blocks += reasons_blocks(r, reasons, sub, facts)
    elif sub != "grant":
        extras.add("missing-reasons")
    if enclosure == "bilag":
        blocks.append(("p", "Aftalen om mentorstøtte er vedlagt som bilag 1."))
    if enclosure == "quoted":
        blocks += agreement_blocks(r, mentor_p.name, phone, mail, goal, tasks, start, end, hours,
                                   drop, "Aftale om mentorstøtte")
    # appeal guidance
    footer = None
    text = appeal_text(r, appeal_var, k) if appeal_var != "none" else None
    closing = [("p", "Med venlig hilsen"), ("p", f"{Person(r).name}\nJobkonsulent\n"
                                                  f"Jobcenter {k}")]
    if text is None:
        blocks += closing
    elif appeal_where == "section":
        blocks += [("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])),
                   ("p", text)] + closing
    elif appeal_where == "box":
        blocks += closing[:1] + closing[1:] + [("box", "Klagevejledning", text)]
    elif appeal_where == "footer":
        blocks += closing
        footer = "Klagevejledning: " + text
    else:
        blocks += closing + [("page",), ("h", "Klagevejledning"), ("p", text)]
    if enclosure == "bilag":
        blocks += agreement_blocks(r, mentor_p.name, phone, mail, goal, tasks, start, end, hours,
                                   drop, "Bilag 1: Aftale om mentorstøtte")

    # labels (decided from domain.md § 2 and the rule docs)
    if appeal_var in ("vague", "other", "leaflet", "none"):
        rules.add("missing-appeal-guidance")
    if appeal_var == "wrong":
        extras.add("appeal-wrong-route")
    if over6:
        rules.add("duration-over-6-months")
        traits.append("defect:over6")
    for f in drop:
        rules.add({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                   "hours": "missing-hours", "follow_up": "missing-follow-up"}[f])
    if enclosure != "none":
        traits.append(f"agreement:{enclosure}")
    if cprno:
        traits.append("cpr")
    doc = {"title": title, "blocks": blocks, "footer": footer}
    man = {"kind": "decision", "subtype": sub, "rules": sorted(rules), "extras": sorted(extras),
           "traits": traits, "must_not_contain": [cprno] if cprno else [],
           "period": {"start": start.isoformat(), "end": end.isoformat()}
           if sub != "refusal" and sub != "end" else None,
           "layout": f"letter-{appeal_where}" + ("-bilag" if enclosure == "bilag" else "")}
    return doc, man


def english_decision(r, k, citizen, mentor_p, sub, start, end, date, hours, phone, mail, cprno,
                     over6, months):
    sub = {"end": "refusal"}.get(sub, sub)
    variant = r.choice(["ok", "ok", "ok", "wrong", "missing"])
    rules, extras, traits = set(), set(), ["english", f"appeal:{variant}"]
    blocks = [("p", f"{k} Municipality\nEmployment Services"),
              ("p", f"{citizen.name}"),
              ("kv", ([("CPR no.", cprno)] if cprno else []) +
               [("Date", d_en(date)), ("Case no.", f"{r.randint(100000, 999999)}")])]
    title = {"grant": "Decision on mentor support", "partial": "Decision on mentor support – "
             "partly granted", "refusal": "Decision: mentor support refused",
             "extension": "Decision on extension of mentor support"}[sub]
    blocks += [("h", title), ("p", f"Dear {citizen.first},")]
    if sub in ("grant", "extension", "partial"):
        blocks.append(("p", f"We have decided to grant you mentor support from {d_en(start)} to "
                            f"{d_en(end)} under section 167 of the Active Employment Act. You will "
                            f"have {hours} hours of mentor support per week. Your mentor is "
                            f"{mentor_p.name}, phone {phone}, e-mail {mail}."))
    if sub == "partial":
        blocks.append(("p", "You applied for 12 months. Mentor support can be granted for no "
                            "more than 6 months at a time, so we have granted 6 months. We have "
                            "also emphasised that your school offers a student coach."))
    if sub == "refusal":
        blocks.append(("p", "You applied for mentor support. We have refused your application."))
        if r.random() < 0.6:
            blocks += [("h", "Reasons"),
                       ("p", "We have emphasised that you already receive support from your "
                             "student coach, which covers your needs (section 167 of the Active "
                             "Employment Act).")]
        else:
            extras.add("missing-reasons")
    if variant == "ok":
        blocks += [("h", "How to appeal"), ("p", APPEAL_EN.format(k=k))]
    elif variant == "wrong":
        blocks += [("h", "Appeal"), ("p", APPEAL_EN_WRONG)]
        extras.add("appeal-wrong-route")
    else:
        blocks += [("p", "Please contact us if you have any questions.")]
        rules.add("missing-appeal-guidance")
    blocks += [("p", "Kind regards"), ("p", f"{Person(r).name}\nEmployment consultant")]
    if over6:
        rules.add("duration-over-6-months")
        traits.append("defect:over6")
    if cprno:
        traits.append("cpr")
    man = {"kind": "decision", "subtype": sub, "rules": sorted(rules), "extras": sorted(extras),
           "traits": traits, "must_not_contain": [cprno] if cprno else [],
           "period": {"start": start.isoformat(), "end": end.isoformat()}
           if sub != "refusal" else None, "layout": "letter-en"}
    return {"title": title, "blocks": blocks, "footer": None}, man


def near_miss(r, i, sub):
    """Letters that are not mentor decisions: kind unknown, no findings."""
    k = r.choice(KOMMUNER)
    citizen, mentor_p = Person(r), Person(r)
    date = dt.date(2026, r.randint(2, 10), r.randint(1, 28))
    cprno = cpr(r) if r.random() < 0.25 else None
    blocks = header_blocks(r, k, citizen, date, r.choice(["momentum", "sbsys", "plain"]), cprno)
    if sub == "other-benefit":
        benefit = r.choice(["befordringsgodtgørelse", "hjælp til tandbehandling",
                            "enkeltydelse til briller", "hjælp til flytning"])
        title = f"Afgørelse om {benefit}"
        blocks += [("h", title), ("p", f"Kære {citizen.first}"),
                   ("p", f"Du har søgt om {benefit}. Vi har bevilget {benefit} med "
                         f"{r.randint(400, 4000)} kr. Udbetalingen sker til din NemKonto."
                         + (" Godtgørelsen dækker din transport til møderne med din mentor "
                            f"{mentor_p.name} i Jobhuset." if "befordring" in benefit else "")),
                   ("h", "Begrundelse"),
                   ("p", "Afgørelsen er truffet efter § 82 i lov om en aktiv "
                         "beskæftigelsesindsats." if "befordring" in benefit else
                         "Afgørelsen er truffet efter § 82 a i lov om aktiv socialpolitik."),
                   ("h", "Klagevejledning"),
                   ("p", "Hvis du ikke er enig, kan du klage til kommunen inden 4 uger. "
                         "Kommunen genvurderer afgørelsen og sender klagen til Ankestyrelsen, "
                         "hvis afgørelsen fastholdes.")]
    elif sub == "partshoering":
        title = r.choice(["Partshøring", "Partshøring før afgørelse om mentorstøtte",
                          "Vi vil høre dig, inden vi træffer afgørelse"])
        blocks += [("h", title), ("p", f"Kære {citizen.first}"),
                   ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til "
                         f"de aftalte møder med din mentor {mentor_p.name}. Inden vi træffer "
                         "afgørelse, vil vi gerne høre, hvad du mener, jf. forvaltningslovens "
                         "§ 19."),
                   ("p", "Vi har lagt vægt på disse oplysninger:"),
                   ("ul", ["mentorens notat om udeblivelser i april og maj",
                           "din seneste samtale med jobcentret"]),
                   ("p", f"Du kan sende dine bemærkninger til os senest "
                         f"{d_da(date + dt.timedelta(days=14))}. Hører vi ikke fra dig, træffer "
                         "vi afgørelse på det grundlag, vi har."),
                   ("p", "Dette brev er ikke en afgørelse, og du kan derfor ikke klage over det.")]
    elif sub == "meeting":
        title = r.choice(["Indkaldelse til opfølgningsmøde", "Invitation til møde om din "
                          "mentorstøtte", "Indkaldelse til samtale"])
        when = date + dt.timedelta(days=10)
        blocks += [("h", title), ("p", f"Kære {citizen.first}"),
                   ("p", f"Du indkaldes til møde {d_da(when)} kl. {r.randint(9, 14)}.00 på "
                         f"Jobcenter {k}. Vi skal følge op på din mentorstøtte. Din mentor "
                         f"{mentor_p.name} deltager også."),
                   ("p", "Husk at medbringe din kalender. Hvis du er syg, skal du melde afbud "
                         "inden kl. 8.30 på mødedagen."),
                   ("p", "Med venlig hilsen"), ("p", f"{Person(r).name}\nJobkonsulent")]
    else:
        title = r.choice(["Svar på din klage", "Genvurdering af afgørelse om mentorstøtte",
                          "Vi har behandlet din klage"])
        blocks += [("h", title), ("p", f"Kære {citizen.first}"),
                   ("p", f"Vi har modtaget din klage af {d_da(date - dt.timedelta(days=12))} "
                         "over vores afgørelse om afslag på mentorstøtte. Vi har genvurderet "
                         "afgørelsen, men vi fastholder den."),
                   ("p", "Vi har derfor sendt din klage og sagens akter videre til "
                         "Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen, "
                         "når de har truffet afgørelse."),
                   ("p", "Med venlig hilsen"), ("p", f"{Person(r).name}\nTeamleder")]
    man = {"kind": "unknown", "subtype": sub, "rules": [], "extras": [],
           "traits": ["not-a-mentor-decision"] + (["cpr"] if cprno else []),
           "must_not_contain": [cprno] if cprno else [], "period": None, "layout": "letter"}
    return {"title": title, "blocks": blocks, "footer": None}, man


# --------------------------------------------------------------------------- renderers

def to_text(doc, md=False):
    out = []
    for b in doc["blocks"]:
        if b[0] == "h":
            out.append(("## " if md else "") + b[1] + ("" if md else "\n" + "-" * len(b[1])))
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "ul":
            out.append("\n".join(("- " if md else "  • ") + x for x in b[1]))
        elif b[0] == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
        elif b[0] == "box":
            inner = f"{b[1]}\n{b[2]}"
            out.append(("> " + inner.replace("\n", "\n> ")) if md else
                       "+" + "-" * 70 + "+\n" + inner + "\n+" + "-" * 70 + "+")
        elif b[0] == "page":
            out.append("\f" if not md else "---")
    if doc["footer"]:
        out.append(("---\n" if md else "\n" + "_" * 40 + "\n") + doc["footer"])
    return "\n\n".join(out) + "\n"


def to_html(doc, r):
    import html as h
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>"
             f"{h.escape(doc['title'])}</title><script>var sag={{mentor:'x'}};</script></head><body>"
             "<div class=\"brev\">"]
    for b in doc["blocks"]:
        if b[0] == "h":
            parts.append(f"<h2>{h.escape(b[1])}</h2>")
        elif b[0] == "p":
            parts.append("<p>" + h.escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "ul":
            parts.append("<ul>" + "".join(f"<li>{h.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "kv":
            parts.append("<dl>" + "".join(f"<dt>{h.escape(k)}</dt><dd>{h.escape(v)}</dd>"
                                          for k, v in b[1]) + "</dl>")
        elif b[0] == "box":
            parts.append(f"<div class=\"klageboks\" style=\"border:1px solid #333;padding:8px\">"
                         f"<strong>{h.escape(b[1])}</strong><p>{h.escape(b[2])}</p></div>")
    if doc["footer"]:
        parts.append(f"<footer><small>{h.escape(doc['footer'])}</small></footer>")
    parts.append("</div></body></html>")
    return "\n".join(parts)


def to_docx(doc, path):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = Document()
    for b in doc["blocks"]:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "kv":
            t = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                row = t.add_row().cells
                row[0].text, row[1].text = k, v
        elif b[0] == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            c.paragraphs[0].add_run(b[1]).bold = True
            c.add_paragraph(b[2])
        elif b[0] == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if doc["footer"]:
        p = d.sections[0].footer.paragraphs[0]
        p.text = doc["footer"]
        for run in p.runs:
            run.font.size = Pt(7)
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.save(path)


def to_pdf(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                    SimpleDocTemplate, Spacer, Table, TableStyle)
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    flow = []
    for b in doc["blocks"]:
        if b[0] == "h":
            flow.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            flow.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] == "ul":
            flow.append(ListFlowable([ListItem(Paragraph(escape(x), ss["BodyText"]))
                                      for x in b[1]], bulletType="bullet"))
        elif b[0] == "kv":
            flow.append(Table([[k, v] for k, v in b[1]], hAlign="LEFT"))
        elif b[0] == "box":
            t = Table([[Paragraph(f"<b>{escape(b[1])}</b><br/>{escape(b[2])}", ss["BodyText"])]],
                      colWidths=[440])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, "black")]))
            flow += [Spacer(1, 8), t]
        elif b[0] == "page":
            flow.append(PageBreak())
    footer = doc["footer"]

    def on_page(c, _d):
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 20, f"Side {c.getPageNumber()}")
        if footer:
            words, line, y = footer.split(), "", 48
            lines = []
            for w in words:
                if len(line) + len(w) > 130:
                    lines.append(line)
                    line = w
                else:
                    line = (line + " " + w).strip()
            lines.append(line)
            for ln in lines:
                c.drawString(40, y, ln)
                y -= 8
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1, bottomMargin=90).build(
        flow, onFirstPage=on_page, onLaterPages=on_page)


def to_eml(doc, r):
    body = to_text(doc)
    return ("From: jobcenter@kommune.dk\nTo: borger@example.dk\n"
            f"Subject: {doc['title']}\nDate: Mon, 2 Mar 2026 10:00:00 +0100\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body)


# --------------------------------------------------------------------------- main

def convert_with_libreoffice(pdfs: list[Path]) -> None:
    """Real LibreOffice PDFs: each DOCX beside its target is converted, then removed."""
    import subprocess
    by_dir: dict[Path, list[Path]] = {}
    for p in pdfs:
        by_dir.setdefault(p.parent, []).append(p.with_suffix(".docx"))
    for folder, docs in by_dir.items():
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dn_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(folder), *map(str, docs)],
                       check=True, capture_output=True, timeout=300)
        for d in docs:
            d.unlink()

def build(out: Path) -> int:
    r = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries, lo_jobs = [], []
    plan = ([("mentor", False)] * 62 + [("mentor", True)] * 9 +
            [("near", s) for s in ["other-benefit"] * 8 + ["partshoering"] * 6 +
             ["meeting"] * 6 + ["complaint-reply"] * 6])
    r.shuffle(plan)
    for i, (what, arg) in enumerate(plan):
        if what == "mentor":
            doc, man = mentor_decision(r, i, english=arg)
        else:
            doc, man = near_miss(r, i, arg)
        fmt = r.choice(["docx", "docx", "pdf", "pdf", "lopdf", "txt", "html", "md", "eml"])
        if "footer" in man["layout"]:
            fmt = r.choice(["docx", "pdf", "lopdf", "html", "txt"])
        via_lo = fmt == "lopdf"
        if via_lo:
            fmt = "pdf"
            man["traits"].append("via:libreoffice")
        folder = out / f"sag-{2000 + i // 10}"
        folder.mkdir(exist_ok=True)
        name = f"{i:03d}-{man['subtype']}.{fmt}"
        p = folder / name
        if via_lo:
            lo_jobs.append(p)
            to_docx(doc, p.with_suffix(".docx"))
        elif fmt == "docx":
            to_docx(doc, p)
        elif fmt == "pdf":
            to_pdf(doc, p)
        elif fmt == "html":
            p.write_text(to_html(doc, r), encoding="utf-8")
        elif fmt == "eml":
            p.write_text(to_eml(doc, r), encoding="utf-8")
        else:
            p.write_text(to_text(doc, md=(fmt == "md")), encoding="utf-8")
        entry = {"path": str(p.relative_to(out)), "format": fmt, "kind": man["kind"],
                 "subtype": man["subtype"], "layout": man["layout"], "rules": man["rules"],
                 "extras": man["extras"], "error": None, "accept_errors": [],
                 "must_not_contain": man["must_not_contain"], "traits": man["traits"]}
        if man.get("period"):
            entry["period"] = man["period"]
        entries.append(entry)
    convert_with_libreoffice(lo_jobs)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(entries)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    n = build(ap.parse_args().out)
    print(f"{n} documents")
