"""The real mentor documents mixed into the AM folder: agreements, decision letters, Min Plan entries.

Labels follow `mentordocs rules NAME` and domain.md: agreements need all six fields plus follow-up,
Min Plan entries the five BAB § 52 items, decision letters appeal guidance (and the 6-month limit).
"""

from __future__ import annotations

from common import Ctx, dk_date, add_months
from render import Doc

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {kom} inden fire uger efter, at du har modtaget "
    "dette brev. Du kan klage mundtligt eller skriftligt til din sagsbehandler. Kommunen genvurderer "
    "afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen, "
    "som træffer afgørelse i sagen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {kom}, og vi skal have den senest 4 uger efter, "
    "at du har fået afgørelsen. Vi vurderer så sagen igen. Hvis vi fastholder afgørelsen, sender vi din "
    "klage videre til Ankestyrelsen.",
]

GOALS_JOB = [
    "{fn} er i virksomhedspraktik i {firm} fire dage om ugen senest {d}, med henblik på ansættelse med løntilskud.",
    "{fn} starter på grundforløb 2 på {school} den {d} og møder frem mindst 90 % af skoledagene i det første halvår.",
    "{fn} fastholder sit fleksjob i {firm} og har højst to fraværsdage om måneden fra {d}.",
    "{fn} gennemfører FVU-dansk trin 2 på VUC og er tilmeldt AMU-kurset i lager og logistik senest {d}.",
]
GOALS_VAGUE = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "Øget trivsel og selvværd, så {fn} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på tingene og motivere {fn}.",
]
TASKS = [
    ["Følges med {fn} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til læge og andre myndigheder"],
    ["Hjælpe {fn} med at planlægge ugen og holde aftaler", "Være bindeled til kontaktlæreren på skolen",
     "Støtte ved samtaler med SU-kontoret"],
    ["Opfølgende samtaler på arbejdspladsen med {fn} og nærmeste leder",
     "Hjælpe med at tilrettelægge pauser og arbejdsopgaver"],
]
FIRMS = ["Netto Brovej", "Bilka Lager", "Dansk Cater", "Plantorama", "JYSK Distributionscenter", "Kvickly Torvet"]
SCHOOLS = ["SOSU Nord", "Tech College", "EUC Syd", "Roskilde Tekniske Skole", "FGU Midt"]


def _fill(s: str, c: Ctx, d: str) -> str:
    return s.format(fn=c.citizen_first, firm=c.rng.choice(FIRMS), school=c.rng.choice(SCHOOLS), d=d,
                    kom=c.kom)


def agreement(c: Ctx, defect: str, layout: str) -> Doc:
    rng = c.rng
    start = c.start
    over = defect == "over6"
    end = add_months(start, rng.choice([8, 9, 12]) if over else rng.choice([3, 5, 6]))
    goal = _fill(rng.choice(GOALS_VAGUE if defect == "unclear" else GOALS_JOB), c, dk_date(add_months(start, 2)))
    tasks = [_fill(t, c, "") for t in rng.choice(TASKS)]
    mentor_val = (c.mentor if defect == "mentor" else
                  f"{c.mentor}, {c.provider}, tlf. {c.mentor_phone}, e-mail {c.mentor_mail}")
    period = f"{dk_date(start)} – {dk_date(end)}"
    hours = rng.choice(["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "8 timer om måneden"])
    follow = ("Vi holder statusmøde med mentor, dig og sagsbehandler hver måned. Progressionen måles på "
              "delmålet om fremmøde. Evaluering 14 dage før støtten ophører.")
    appeal = rng.choice(APPEAL_FULL).format(kom=c.kom)
    fields = [
        ("Målet med mentorstøtten", goal),
        ("Mentor (navn og kontaktdata)", mentor_val),
        ("Mentorens opgaver", "; ".join(tasks)),
        ("Periode", period),
        ("Opfølgning", follow),
        ("Timetal", hours),
    ]
    drop = {"hours": "Timetal", "tasks": "Mentorens opgaver", "follow": "Opfølgning"}.get(defect)
    fields = [f for f in fields if f[0] != drop]
    head = [("table", [["Borger", c.citizen], ["CPR-nr.", c.cpr_str] if c.cpr_str else ["Sagsnr.", c.caseno],
                       ["Sagsbehandler", f"{c.caseworker}, tlf. {c.cw_phone}"]])]
    blocks: list = []
    if layout == "table":
        blocks = head + [("table", [[a, b] for a, b in fields])]
        if defect != "appeal":
            blocks += [("h1", "Klagevejledning"), ("p", appeal)]
    elif layout == "headings":
        blocks = head
        for a, b in fields:
            blocks.append(("h1", a))
            if a == "Mentorens opgaver":
                blocks += [("li", t) for t in tasks]
            else:
                blocks.append(("p", b))
        if defect != "appeal":
            blocks += [("h1", "Sådan klager du"), ("p", appeal)]
    else:  # letter / prose
        blocks = [("p", f"Kære {c.citizen_first}"),
                  ("p", f"Du og din sagsbehandler har aftalt, at du får mentorstøtte efter LAB § 167. "
                        f"Her er jeres aftale.")]
        for a, b in fields:
            blocks.append(("h2", a))
            blocks.append(("p", b))
        if defect != "appeal":
            blocks += [("h2", "Klagevejledning"), ("p", appeal)]
        blocks.append(("p", f"Med venlig hilsen\n{c.caseworker}\n{c.kom}"))
    rules = {"over6": ["duration-over-6-months"], "unclear": ["unclear-goal"], "mentor": ["missing-mentor"],
             "hours": ["missing-hours"], "tasks": ["missing-tasks"], "follow": ["missing-follow-up"],
             "appeal": ["missing-appeal-guidance"]}.get(defect, [])
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb"])
    return Doc(title=title, blocks=blocks, kind="agreement", subtype="agreement", layout=layout, rules=rules,
               cpr=[c.cpr_str] if c.cpr_str else [], traits=[f"defect:{defect}"],
               period={"start": start.isoformat(), "end": end.isoformat()})


def decision(c: Ctx, defect: str, layout: str) -> Doc:
    rng = c.rng
    start = c.start
    end = add_months(start, 9 if defect == "over6" else 6)
    hours = rng.choice(["3 timer om ugen", "2 timer pr. uge", "4 timer ugentligt"])
    blocks: list = [("p", f"{c.citizen}\n{c.address}"), ("p", f"Dato: {dk_date(c.letter_date)}   Sagsnr.: {c.caseno}")]
    if c.cpr_str:
        blocks.append(("p", f"CPR-nr.: {c.cpr_str}"))
    rules: list = []
    extras: list = []
    if defect == "refusal":
        title = "Afgørelse: afslag på mentorstøtte"
        blocks += [("h1", "Afgørelse"),
                   ("p", f"Du har den {dk_date(add_months(c.letter_date, -1))} søgt om mentorstøtte. Vi giver dig afslag."),
                   ("h1", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på skolen, og at den støtte "
                         "dækker dit behov. Mentorstøtte efter LAB § 167 kan kun gives, når støtten går ud over "
                         "det, uddannelsesstedet normalt tilbyder.")]
    elif defect == "refusal-noreason":
        title = "Afslag på ansøgning om mentor"
        blocks += [("p", "Vi har behandlet din ansøgning om mentorstøtte og giver dig afslag på ansøgningen.")]
        extras = ["missing-reasons"]
    elif defect == "partial":
        title = "Afgørelse om mentorstøtte – delvis bevilling"
        blocks += [("h1", "Afgørelse"),
                   ("p", f"Du har søgt om mentorstøtte i 6 timer om ugen. Du får bevilget mentorstøtte i {hours} i perioden "
                         f"{dk_date(start)} til {dk_date(end)}. Din mentor bliver {c.mentor} fra {c.provider}."),
                   ("h1", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du i forvejen deltager i et forløb med kontaktperson i kommunens "
                         "socialafdeling, og at dit behov for støtte i praktikken vurderes at være dækket med færre "
                         "timer, jf. LAB § 167, stk. 1.")]
    elif defect == "regrant":
        # RSL § 66: the municipality changes its decision on reconsideration and writes to the citizen.
        # That is a new decision on mentor support (domain.md § 2), so it is a decision letter.
        title = "Ny afgørelse efter genvurdering – mentorstøtte"
        blocks += [("p", f"Du har klaget over vores afgørelse af {dk_date(add_months(c.letter_date, -1))} om mentorstøtte."),
                   ("h1", "Ny afgørelse"),
                   ("p", f"Vi har genvurderet sagen og ændrer afgørelsen. Du får nu bevilget mentorstøtte i 4 timer om ugen "
                         f"i perioden {dk_date(start)} – {dk_date(end)}. Du søgte om 5 timer om ugen."),
                   ("h1", "Begrundelse"),
                   ("p", "Vi har lagt vægt på de nye oplysninger fra din mentor om dit behov for støtte på arbejdspladsen, "
                         "jf. LAB § 167, stk. 1. Vi vurderer ikke, at der er behov for 5 timer, fordi din praktikvært "
                         "også har udpeget en kontaktperson.")]
    else:
        title = rng.choice(["Bevilling af mentorstøtte", "Afgørelse om mentorstøtte efter LAB § 167",
                            "Du har fået bevilget mentorstøtte"])
        blocks += [("h1", "Afgørelse"),
                   ("p", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                         f"{dk_date(start)} – {dk_date(end)} med {hours}."),
                   ("p", f"Din mentor er {c.mentor}, {c.provider}, tlf. {c.mentor_phone}.")]
        if defect == "clean":
            blocks.append(("p", "Du har fået fuldt medhold i din ansøgning."))
    if defect == "over6":
        rules = ["duration-over-6-months"]
    if defect in ("noappeal", "refusal-noreason"):
        rules.append("missing-appeal-guidance")
    elif defect == "weakappeal":
        blocks += [("h1", "Klagevejledning"), ("p", "Du kan klage over afgørelsen.")]
        rules.append("missing-appeal-guidance")
    elif defect == "wrongroute":
        blocks += [("h1", "Klagevejledning"),
                   ("p", "Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen, 7998 Statsservice, "
                         "inden 4 uger efter, at du har modtaget afgørelsen.")]
        extras.append("appeal-wrong-route")
    else:
        blocks += [("h1", rng.choice(["Klagevejledning", "Hvis du vil klage"])),
                   ("p", rng.choice(APPEAL_FULL).format(kom=c.kom))]
    blocks.append(("p", f"Venlig hilsen\n{c.caseworker}\nJobrådgiver, {c.kom}\nTlf. {c.cw_phone}"))
    return Doc(title=title, blocks=blocks, kind="decision", subtype="decision", layout=layout, rules=sorted(rules),
               extras=extras, cpr=[c.cpr_str] if c.cpr_str else [], traits=[f"defect:{defect}"],
               period=None if defect.startswith("refusal") else {"start": start.isoformat(), "end": end.isoformat()})


def minplan(c: Ctx, defect: str, layout: str) -> Doc:
    rng = c.rng
    start = c.start
    end = add_months(start, 10 if defect == "over6" else rng.choice([4, 6]))
    goal = _fill(rng.choice(GOALS_VAGUE if defect == "unclear" else GOALS_JOB), c, dk_date(add_months(start, 3)))
    tasks = [_fill(t, c, "") for t in rng.choice(TASKS)]
    rows = [["Indsats", "Mentorstøtte (LAB § 167)"],
            ["Formål", goal],
            ["Mentor", c.mentor if defect == "mentor" else f"{c.mentor}, {c.provider} – {c.mentor_phone}"],
            ["Opgaver", " · ".join(tasks)],
            ["Periode", f"{start.strftime('%d.%m.%Y')} - {end.strftime('%d.%m.%Y')}"],
            ["Timer pr. uge", rng.choice(["2", "3", "1,5"])]]
    if defect == "hours":
        rows = [r for r in rows if r[0] != "Timer pr. uge"]
    blocks = [("p", f"Borger: {c.citizen}" + (f" ({c.cpr_str})" if c.cpr_str else "")),
              ("p", f"Udskrevet fra Min Plan {start.strftime('%d.%m.%Y')}"),
              ("h1", "Aktuelle indsatser"), ("table", rows),
              ("p", "Min Plan opdateres, når der sker ændringer i din indsats.")]
    rules = {"over6": ["duration-over-6-months"], "unclear": ["unclear-goal"], "mentor": ["missing-mentor"],
             "hours": ["missing-hours"]}.get(defect, [])
    return Doc(title="Min Plan – mentorstøtte", blocks=blocks, kind="minplan", subtype="minplan", layout=layout,
               rules=rules, cpr=[c.cpr_str] if c.cpr_str else [], traits=[f"defect:{defect}"],
               period={"start": start.isoformat(), "end": end.isoformat()})
