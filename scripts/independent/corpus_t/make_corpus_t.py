#!/usr/bin/env python
"""Independent evaluation corpus 't' for mentordocs: decisions, Min Plan entries, hard negatives.

Usage: make_corpus_t.py --out /work/corpora/t --seed 59
"""
import argparse
import datetime as dt
import html as htmlmod
import json
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
NUMW = {3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni", 12: "tolv"}
FIRST = ["Mette", "Jonas", "Sara", "Ahmad", "Louise", "Kasper", "Fatima", "Mikkel", "Ida", "Rasmus",
         "Nadia", "Emil", "Camilla", "Omar", "Signe", "Tobias", "Maja", "Frederik", "Hanne", "Bilal",
         "Trine", "Søren", "Amalie", "Yusuf", "Lærke", "Henrik", "Birgitte", "Jesper", "Aylin", "Niels"]
LAST = ["Kjærgaard", "Holmsted", "Brøndum", "Vestergaard", "Lykkegaard", "Thorsen", "Aagaard", "Mølholm",
        "Skovby", "Frandsen", "Dalsgaard", "Hjortshøj", "Bech", "Overgaard", "Nørskov", "Rasmussen",
        "Kristoffersen", "Lindholt", "Engelbrecht", "Juul"]
KOMMUNER = ["Vejle", "Odsherred", "Næstved", "Aabenraa", "Silkeborg", "Hjørring", "Frederikssund",
            "Slagelse", "Holstebro", "Kolding", "Faxe", "Ringsted", "Viborg", "Svendborg", "Herning"]
FIRMS = ["Mentorhuset ApS", "Jobhuset", "Center for Job og Uddannelse", "Kompetencecenter Syd",
         "Brobyggerne", "Mentor & Co", "Ungeindsatsen"]
JOBGOALS = [
    ("er i virksomhedspraktik som lagermedarbejder hos {firm} 15 timer om ugen senest {d}", True),
    ("starter på SOSU-hjælperuddannelsen {d} og møder mindst fire dage om ugen", True),
    ("er i løntilskudsjob som pedelmedhjælper på {place} 25 timer om ugen senest {d}", True),
    ("gennemfører grundforløb 1 på EUC med højst to fraværsdage om måneden frem til {d}", True),
    ("har et fleksjob som køkkenmedhjælper på {place} 12 timer om ugen senest {d}", True),
    ("møder stabilt i praktik i butik hos {firm} tre dage om ugen fra {d}", True),
]
VAGUE = ["Støtte til at komme videre og øget trivsel.",
         "Hjælp til struktur på hverdagen og bedre selvværd.",
         "Sikre at borgeren kommer tættere på arbejdsmarkedet.",
         "Motivere borgeren og øge trivslen.",
         "At borgeren får det bedre og kommer videre i livet."]
PLACES = ["Plejecenter Solhaven", "Bilka Holstebro", "Rema 1000 Søndergade", "Vestskolen",
          "Kantinen på Rådhuset", "Netto Nørrebro", "Genbrugspladsen Nord"]
TASKS = [
    "Følge borgeren til praktikstedet de første to uger og tale med lederen om opstart.",
    "Ugentlig samtale om fremmøde, transport og søvn.",
    "Hjælpe med at holde styr på aftaler med kommune, læge og skole.",
    "Støtte ved kontakt med studievejleder og SPS-ansøgning.",
    "Øve busruten til arbejdspladsen og planlægge morgenrutiner.",
    "Være bindeled mellem borgeren og arbejdspladsen ved konflikter.",
]


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def end_for(start, months):
    return add_months(start, months) - dt.timedelta(days=1)


def fd(d, style):
    if style == "words":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {ABBR[d.month-1]} {d.year}"
    raise ValueError(style)


class Ctx:
    def __init__(self, rng):
        self.r = rng

    def name(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def phone(self):
        r = self.r
        return f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def email(self, name, dom):
        t = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").split()
        return f"{t[0]}.{t[-1]}@{dom}"

    def start(self):
        r = self.r
        return dt.date(2026, r.randint(1, 10), r.choice([1, 1, 1, 15, 2, 10]))

    def cpr(self):
        r = self.r
        return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(60, 99):02d}-{r.randint(1000, 9999)}"


def period_text(ctx, start, months=None, end=None, form=None):
    """Render a period. Returns (text, end_date)."""
    r = ctx.r
    if end is None:
        end = end_for(start, months)
    style = r.choice(["words", "num", "slash", "iso", "abbr", "den"])
    if form is None and months and r.random() < 0.12:
        weeks = {3: 13, 4: 17, 5: 22, 6: 26, 7: 30, 8: 35, 9: 39, 10: 43, 12: 52}[months]
        end = start + dt.timedelta(days=7 * weeks - 1)
        return f"i {weeks} uger fra {fd(start, 'words')}", end
    if (form is None and months and start.day == 1 and r.random() < 0.15
            and end.year == start.year and end == add_months(end.replace(day=1), 1) - dt.timedelta(days=1)):
        return f"{MONTHS[start.month-1]}–{MONTHS[end.month-1]} {start.year}", end
    if form is None:
        form = r.choice(["fra", "dash", "fom", "fra", "dash", "len"]) if months else r.choice(["fra", "dash", "fom"])
    if form == "len" and months:
        n = months
        nt = NUMW.get(n, str(n)) if r.random() < 0.4 else str(n)
        unit = r.choice(["måneder", "mdr."])
        s = fd(start, "words" if style in ("den",) else style)
        return r.choice([f"fra {s} og {nt} {unit} frem", f"pr. {s} i {nt} {unit}"]), end
    a, b = fd(start, style), fd(end, style)
    if form == "fra":
        return f"fra {a} til {b}", end
    if form == "fom":
        return f"f.o.m. {a} t.o.m. {b}", end
    return f"{a} – {b}", end


# ---------------------------------------------------------------- appeal guidance
def appeal(ctx, kom, variant, plain=False):
    """Return list of blocks for appeal guidance. variant: full|direct|nodeadline|nobody|bare|none"""
    r = ctx.r
    head = r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"]) if not plain else r.choice(["Sådan klager du", "Er du uenig?", "Hvis du vil klage"])
    if variant == "none":
        return []
    if variant == "full":
        txt = r.choice([
            f"Hvis du ikke er enig i kommunens afgørelse, skal du klage til {kom} Kommune inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
            f"Du kan klage over afgørelsen til Jobcenter {kom}. Klagen skal være modtaget senest 4 uger efter, at du har fået denne afgørelse. Du kan klage mundtligt eller skriftligt. Jobcentret vurderer sagen igen, og fastholder vi afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen, Beskæftigelsesudvalget, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens §§ 66-67.",
            f"Ring eller skriv til os i {kom} Kommune inden 4 uger, hvis du er uenig. Vi ser på sagen igen. Er vi stadig uenige, sender vi din klage til Ankestyrelsen.",
            f"Afgørelsen kan påklages til Ankestyrelsen, jf. LAB § 204. Klagen sendes til {kom} Kommune, Arbejdsmarked, inden fire uger fra modtagelsen af denne afgørelse. Kommunen genvurderer afgørelsen, før klagen sendes videre.",
        ])
    elif variant == "direct":
        txt = r.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Brug Ankestyrelsens klageformular på ast.dk.",
            "Klage over afgørelsen indgives direkte til Ankestyrelsen senest fire uger efter modtagelsen.",
        ])
    elif variant == "nodeadline":
        txt = r.choice([
            f"Hvis du er uenig, kan du klage til Jobcenter {kom}. Jobcentret vurderer sagen igen, og hvis vi fastholder afgørelsen, sendes klagen til Ankestyrelsen.",
            f"Du kan klage over afgørelsen til {kom} Kommune. Kontakt din sagsbehandler, hvis du har spørgsmål.",
        ])
    elif variant == "nobody":
        txt = r.choice([
            "Du kan klage over afgørelsen inden 4 uger efter, at du har modtaget den.",
            "Fristen for at klage er fire uger fra du har modtaget dette brev.",
        ])
    else:  # bare
        txt = r.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage over denne afgørelse.",
                        "Du kan klage, hvis du er uenig."])
    return [("h", head), ("p", txt)]


# ---------------------------------------------------------------- decisions
def decision(ctx, subtype, appeal_variant, over6=False, plain=None, hard=None):
    r = ctx.r
    kom = r.choice(KOMMUNER)
    plain = r.random() < 0.45 if plain is None else plain
    citizen = ctx.name()
    mentor = ctx.name()
    firm = r.choice(FIRMS)
    start = ctx.start()
    letter_date = start - dt.timedelta(days=r.randint(5, 20))
    hours = r.choice([1, 2, 3, 4, 5])
    traits = ["plain-language" if plain else "formal"]
    period = None
    rules = []
    cpr = None
    blocks = []
    sender = r.choice([f"{kom} Kommune, Jobcenter {kom}", f"{kom} Kommune, Arbejdsmarked", f"Jobcenter {kom}"])
    blocks.append(("p", f"{sender} · {r.choice(['Torvet 1', 'Rådhuspladsen 2', 'Jernbanegade 14', 'Vestergade 7'])} · tlf. {ctx.phone()}"))
    blocks.append(("p", f"Dato: {fd(letter_date, r.choice(['words', 'num']))}"))
    blocks.append(("p", f"Sagsnr.: 15.02.{r.randint(10, 40)}-G01-{r.randint(100, 999)}-26"))
    if r.random() < 0.12:
        cpr = ctx.cpr()
        blocks.append(("p", f"Til: {citizen}, CPR-nr. {cpr}"))
        traits.append("cpr-present")
    else:
        blocks.append(("p", f"Til: {citizen}"))
    legal = r.choice(["§ 167, stk. 1, i lov om en aktiv beskæftigelsesindsats", "LAB § 167",
                      "lov om en aktiv beskæftigelsesindsats § 167, stk. 1", "§ 167 i LAB (tidligere § 31 b)"])
    reasons = True
    if subtype == "grant":
        title = "Du får en mentor" if plain else "Afgørelse om mentorstøtte"
        blocks.insert(0, ("title", title))
        months = r.choice([7, 8, 9, 12]) if over6 else r.choice([3, 4, 6, 6])
        form = None
        if hard == "udskrivning":
            months = 9
            txt, end = period_text(ctx, start, months, form="fra")
            blocks.append(("p", f"Du er indlagt på psykiatrisk afdeling og forventes udskrevet {fd(add_months(start, 3), 'words')}. Du har ret til en udskrivningskoordinator efter LAB § 167, stk. 2, i op til 3 måneder før udskrivelsen og mindst 6 måneder i alt."))
            blocks.append(("p", f"Vi har bevilget dig en udskrivningskoordinator {txt}, dvs. 3 måneder før og 6 måneder efter den forventede udskrivning."))
            traits.append("udskrivningskoordinator-9-months")
        else:
            txt, end = period_text(ctx, start, months, form=form)
            if plain:
                blocks.append(("p", f"Du har fået ja til en mentor. Du får mentorstøtte {txt}."))
            else:
                blocks.append(("p", f"{kom} Kommune har bevilget dig mentorstøtte efter {legal}. Bevillingen gælder {txt}."))
        blocks.append(("p", f"Din mentor er {mentor} fra {firm}. Mentoren har {hours} timer om ugen sammen med dig."))
        period = (start, end)
        if over6:
            rules.append("duration-over-6-months")
            traits.append(f"granted-{months}-months")
        if hard == "limitnote":
            blocks.append(("p", "Mentorstøtte kan gives i højst 6 måneder ad gangen, med mulighed for forlængelse efter en konkret vurdering."))
            traits.append("limit-statement")
    elif subtype == "partial":
        title = "Du får en mentor – men ikke alt det, du har søgt om" if plain else "Afgørelse om delvis bevilling af mentorstøtte"
        blocks.insert(0, ("title", title))
        asked = r.choice([9, 12, 10])
        txt, end = period_text(ctx, start, 6 if not over6 else 8, form=r.choice(["fra", "dash"]))
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder og {hours + 3} timer om ugen." if plain else
                       f"Vi har modtaget din ansøgning om mentorstøtte i {asked} måneder med {hours + 3} timer ugentligt."))
        blocks.append(("p", f"Vi bevilger delvist: Du får mentorstøtte {txt} med {hours} timer om ugen. Din mentor er {mentor}, {firm}."))
        period = (start, end)
        traits.append(f"asked-{asked}-months-not-flagged")
        if over6:
            rules.append("duration-over-6-months")
    elif subtype == "refusal":
        title = "Du får ikke en mentor" if plain else "Afgørelse – afslag på mentorstøtte"
        blocks.insert(0, ("title", title))
        asked = r.choice([6, 9, 12])
        astart = start
        aend = end_for(astart, asked)
        if r.random() < 0.5:
            blocks.append(("p", f"Du har søgt om mentorstøtte i perioden {fd(astart, 'words')} til {fd(aend, 'words')}. Vi har givet dig afslag."))
        else:
            blocks.append(("p", f"Vi har behandlet din ansøgning om mentorstøtte i {asked} måneder. Du får afslag på mentorstøtte efter {legal}."))
        if asked > 6:
            traits.append("asked-for-period-over-6-not-flagged")
        if hard == "noreasons":
            reasons = False
            traits.append("no-reasons")
    elif subtype == "extension":
        title = "Din mentorstøtte bliver forlænget" if plain else "Afgørelse om forlængelse af mentorstøtte"
        blocks.insert(0, ("title", title))
        prev_start = add_months(start, -6)
        blocks.append(("p", f"Du har haft mentorstøtte i den forrige periode fra {fd(prev_start, 'words')} til {fd(start - dt.timedelta(days=1), 'words')}."))
        months = r.choice([8, 9, 12]) if over6 else r.choice([3, 6, 6])
        txt, end = period_text(ctx, start, months)
        blocks.append(("p", f"Efter en konkret vurdering forlænger vi din mentorstøtte i en ny periode {txt}, jf. § 167, stk. 1, 2. pkt. Din mentor er fortsat {mentor} med {hours} timer om ugen."))
        period = (start, end)
        if over6:
            rules.append("duration-over-6-months")
            traits.append(f"extension-{months}-months")
        else:
            traits.append("extension-within-6")
    elif subtype == "end":
        title = "Din mentorstøtte stopper" if plain else "Afgørelse om ophør af mentorstøtte"
        blocks.insert(0, ("title", title))
        stop = dt.date(2026, r.randint(3, 11), r.choice([15, 28]))
        letter_date = stop - dt.timedelta(days=r.randint(14, 30))
        for bi, (bt, bv) in enumerate(blocks):
            if bv.startswith("Dato: "):
                blocks[bi] = ("p", f"Dato: {fd(letter_date, 'words')}")
        if hard == "earlier-long":
            e0 = dt.date(2025, 12, 31)
            blocks.append(("p", f"Du har tidligere haft mentorstøtte i perioden 1. januar 2025 til 31. december 2025 (to bevillinger á 6 måneder)."))
            traits.append("earlier-period-over-6-not-flagged")
        else:
            s0 = add_months(stop, -r.choice([4, 5]))
            blocks.append(("p", f"Du har haft mentorstøtte siden {fd(s0, 'words')}. Din bevilling gælder til {fd(end_for(s0, 6), 'words')}, men vi stopper den før tid."))
        blocks.append(("p", f"Vi har besluttet, at din mentorstøtte ophører {fd(stop, 'den')}." if not plain else
                       f"Din mentor stopper {fd(stop, 'den')}."))
    # reasons
    if reasons:
        bz = {
            "grant": "Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik, og at støtten ikke kan gives som en del af almindelig vejledning.",
            "partial": "Vi har lagt vægt på, at mentorstøtte gives i højst 6 måneder ad gangen, og at dit behov kan dækkes med færre timer, fordi du også har kontakt med praktikstedets tovholder.",
            "refusal": "Vi har lagt vægt på, at der ikke er et mål om beskæftigelse eller uddannelse, og at din uddannelsesinstitution selv tilbyder den støtte, du har brug for (SPS).",
            "extension": "Vi har lagt vægt på, at du er godt i gang, men stadig har brug for hjælp til at møde stabilt.",
            "end": "Vi har lagt vægt på, at du nu deltager i dit tilbud uden støtte, og at formålet med mentorstøtten er opfyldt.",
        }[subtype]
        blocks.append(("h", "Begrundelse" if not plain else "Hvorfor har vi besluttet det?"))
        blocks.append(("p", bz + (f" Afgørelsen er truffet efter {legal}." if r.random() < 0.6 else "")))
    blocks.extend(appeal(ctx, kom, appeal_variant, plain))
    if appeal_variant in ("nodeadline", "nobody", "bare", "none"):
        rules.append("missing-appeal-guidance")
        traits.append(f"appeal-{appeal_variant}")
    elif appeal_variant == "direct":
        traits.append("appeal-direct-to-ankestyrelsen")
    blocks.append(("p", f"Med venlig hilsen\n{ctx.name()}\nSagsbehandler, {sender}"))
    meta = dict(kind="decision", subtype=subtype, rules=sorted(set(rules)), traits=traits,
                title=title, kom=kom, cpr=cpr, letter_date=letter_date)
    if period:
        meta["period"] = period
    return blocks, meta


# ---------------------------------------------------------------- goals etc
def goal_text(ctx, start):
    g, _ = ctx.r.choice(JOBGOALS)
    return g.format(firm=ctx.r.choice(["Lidl", "Coop", "Bygma", "Jysk"]), place=ctx.r.choice(PLACES),
                    d=fd(add_months(start, ctx.r.choice([1, 2])), "words"))


def fields(ctx, defects, start, kind, citizen):
    """Build field values; defects is a set of rule ids. Returns dict(label->value or None), period, months."""
    r = ctx.r
    cit = citizen.split()[0]
    f = {}
    if "missing-goal" in defects:
        f["goal"] = r.choice([None, "Udfyldes senere", "-", "xx"])
    elif "unclear-goal" in defects:
        f["goal"] = r.choice(VAGUE)
    else:
        f["goal"] = f"{cit} {goal_text(ctx, start)}."
    mentor = ctx.name()
    firm = r.choice(FIRMS)
    dom = firm.lower().replace(" ", "").replace("&", "").replace("aps", "") + ".dk"
    if "missing-mentor" in defects:
        f["mentor"] = r.choice([None, f"{mentor}, {firm}", "Tildeles senere"])
    else:
        c = r.choice(["tel", "mail", "both"])
        parts = [f"{mentor}, {firm}"]
        if c in ("tel", "both"):
            parts.append(f"tlf. {ctx.phone()}")
        if c in ("mail", "both"):
            parts.append(ctx.email(mentor, dom))
        f["mentor"] = ", ".join(parts)
    if "missing-tasks" in defects:
        f["tasks"] = r.choice([None, "-", "Aftales løbende med mentor"])
        if f["tasks"] == "Aftales løbende med mentor":
            f["tasks"] = "Udfyldes senere"
    else:
        f["tasks"] = " ".join(r.sample(TASKS, 2))
    months = None
    if "missing-duration" in defects:
        f["duration"] = r.choice([None, "Udfyldes senere", "indtil videre"])
        period = None
    else:
        months = r.choice([7, 8, 9, 12]) if "duration-over-6-months" in defects else r.choice([3, 4, 5, 6, 6])
        if "duration-over-6-months" in defects and r.random() < 0.2:
            end = add_months(start, 6)  # one day over
            txt = f"{fd(start, 'words')} – {fd(end, 'words')}"
            period = (start, end)
        else:
            txt, end = period_text(ctx, start, months)
            period = (start, end)
        f["duration"] = txt[0].upper() + txt[1:]
    if "missing-hours" in defects:
        f["hours"] = r.choice([None, "efter behov", "et par timer om ugen", "løbende"])
    else:
        f["hours"] = r.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1-2 timer pr. uge"])
    if kind == "agreement":
        if "missing-follow-up" in defects:
            f["follow"] = r.choice([None, "–"])
        else:
            opts = [
                "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før ophør. Progression vurderes på fremmøde: fra to til fire dage om ugen.",
                "Vi følger op hver 3. måned og altid 14 dage inden støtteperioden ophører. Delmål: møder til tiden mindst 4 ud af 5 dage.",
                "Midtvejsevaluering efter 3 måneder med fokus på progression mod målet (antal fremmødedage pr. uge).",
            ]
            f["follow"] = opts[0] if defects & {"missing-goal", "unclear-goal"} else r.choice(opts)
    return f, period, months


LABELS = {
    "goal": ["Målet med mentorstøtten", "Formål", "Mål", "Formål med mentorstøtten"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Bevilget periode"],
    "hours": ["Timetal", "Antal timer", "Timer"],
    "follow": ["Opfølgning", "Opfølgning og progression"],
}


# ---------------------------------------------------------------- agreements
def agreement(ctx, defects, layout):
    r = ctx.r
    kom = r.choice(KOMMUNER)
    start = ctx.start()
    cit = ctx.name()
    f, period, months = fields(ctx, defects, start, "agreement", cit)
    rules = set(defects)
    blocks = [("title", r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte"])),
              ("p", f"Mellem {cit} og {kom} Kommune. Mentorstøtte efter LAB § 167.")]
    traits = []
    cpr = None
    if r.random() < 0.12:
        cpr = ctx.cpr()
        blocks.append(("p", f"CPR-nr.: {cpr}"))
        traits.append("cpr-present")
    order = ["goal", "mentor", "tasks", "duration", "follow", "hours"]
    if layout == "table":
        rows = [(r.choice(LABELS[k]), f[k]) for k in order if f[k] is not None]
        blocks.append(("kv", rows))
    elif layout == "numbered":
        nlab = {"goal": "Målet med mentorstøtten", "mentor": "Mentorens navn og kontaktdata",
                "tasks": "Hvilke opgaver mentoren skal bistå ved", "duration": "Varigheden af aftalen",
                "follow": "Opfølgning og progression" if defects & {"missing-goal", "unclear-goal"} else "Opfølgning – inklusiv mål for progression", "hours": "Timetallet for mentorstøtten"}
        i = 1
        for k in order:
            if f[k] is None:
                continue
            blocks.append(("p", f"{i}) {nlab[k]}: {f[k]}"))
            i += 1
    elif layout == "headings":
        for k in order:
            if f[k] is None:
                continue
            blocks.append(("h", r.choice(LABELS[k])))
            blocks.append(("p", f[k]))
    else:  # prose
        s = []
        if f["goal"] is not None:
            s.append(f"Målet med mentorstøtten er: {f['goal']}")
        if f["mentor"] is not None:
            s.append(f"Din mentor er {f['mentor']}.")
        if f["tasks"] is not None:
            s.append(f"Mentorens opgaver: {f['tasks']}")
        if f["duration"] is not None:
            s.append(f"Aftalens varighed: {f['duration']}.")
        if f["hours"] is not None:
            s.append(f"Timetal: {f['hours']}.")
        if f["follow"] is not None:
            s.append(f["follow"])
        for x in s:
            blocks.append(("p", x))
    av = "full"
    if "missing-appeal-guidance" in defects:
        av = r.choice(["none", "bare", "nodeadline", "nobody"])
        traits.append(f"appeal-{av}")
    blocks.extend(appeal(ctx, kom, av))
    blocks.append(("p", f"Underskrift borger: {cit}        Underskrift sagsbehandler: {ctx.name()}"))
    meta = dict(kind="agreement", subtype="agreement", rules=sorted(rules), traits=traits, title="Mentoraftale",
                kom=kom, cpr=cpr)
    if period:
        meta["period"] = period
    return blocks, meta


# ---------------------------------------------------------------- Min Plan
OTHER_ACTS = ["Virksomhedspraktik hos {p}", "Danskuddannelse modul 3, Sprogcenter {k}", "Samtale med din sagsbehandler",
              "Jobsøgningskursus, {k} Kommune"]


def minplan(ctx, defects, layout):
    r = ctx.r
    kom = r.choice(KOMMUNER)
    start = ctx.start()
    cit = ctx.name()
    f, period, months = fields(ctx, defects, start, "minplan", cit)
    traits = []
    blocks = [("title", r.choice(["Min Plan", "Min Plan – Jobnet", "Min plan: aktiviteter"])),
              ("p", f"{cit} · {kom} Kommune · Udskrevet {fd(dt.date(2026, 11, r.randint(1, 27)), 'num')}")]
    others = r.random() < 0.45 and "missing-duration" not in defects
    if others:
        traits.append("other-activities")
        a1 = add_months(start, -2)
        for t in r.sample(OTHER_ACTS, 2):
            blocks.append(("h", "Aktivitet: " + t.format(p=r.choice(PLACES), k=kom)))
            blocks.append(("p", f"Dato: {fd(a1, 'num')} – {fd(add_months(a1, 2) - dt.timedelta(days=1), 'num')}"))
    blocks.append(("h", r.choice(["Aktivitet: Mentorstøtte", "Mentor", "Mentorstøtte (LAB § 167)"])))
    lab = {"goal": r.choice(["Formål", "Mål med mentorstøtten", "Mål"]), "mentor": r.choice(["Mentor", "Din mentor"]),
           "tasks": r.choice(["Mentorens opgaver", "Opgaver"]), "duration": r.choice(["Periode", "Varighed"]),
           "hours": r.choice(["Timer pr. uge", "Timetal", "Antal timer"])}
    rows = [(lab[k], f[k]) for k in ["goal", "mentor", "tasks", "duration", "hours"] if f[k] is not None]
    if layout in ("txtcopy",) and r.random() < 0.5:
        for k, v in rows:
            blocks.append(("p", f"{k}: {v}"))
    else:
        blocks.append(("kv", rows))
    if r.random() < 0.5:
        blocks.append(("p", f"Din sagsbehandler: {ctx.name()}, tlf. {ctx.phone()}"))
    blocks.append(("p", "Planen er lavet sammen med dig. Kontakt kommunen, hvis noget skal ændres."))
    meta = dict(kind="minplan", subtype="minplan", rules=sorted(set(defects)), traits=traits, title="Min Plan",
                kom=kom, cpr=None)
    if period:
        meta["period"] = period
    return blocks, meta


# ---------------------------------------------------------------- unknown look-alikes
def unknown(ctx, sub):
    r = ctx.r
    kom = r.choice(KOMMUNER)
    cit = ctx.name()
    mentor = ctx.name()
    s = ctx.start()
    B = []
    if sub == "decision-praktik":
        B = [("title", "Afgørelse om virksomhedspraktik"), ("p", f"Til: {cit}"),
             ("p", f"Du skal i virksomhedspraktik hos {r.choice(PLACES)} fra {fd(s, 'words')} til {fd(end_for(s, 3), 'words')}, 20 timer om ugen, jf. LAB § 127."),
             ("p", f"Din mentor, {mentor}, fortsætter med at støtte dig som aftalt i din mentorbevilling."),
             ("h", "Begrundelse"), ("p", "Vi har lagt vægt på, at praktikken kan afklare dine muligheder for job i detailhandlen."),
             ("h", "Klagevejledning"), ("p", "Du kan klage over afgørelsen.")]
    elif sub == "decision-loentilskud":
        B = [("title", "Afgørelse om ansættelse med løntilskud"), ("p", f"Til: {cit}"),
             ("p", f"Du er bevilget løntilskud hos {r.choice(PLACES)} fra {fd(s, 'words')} til {fd(end_for(s, 12), 'words')}."),
             ("p", "Under ansættelsen har du en kollega som fast kontaktperson (mentor på arbejdspladsen) efter aftale med arbejdsgiveren."),
             ("h", "Klagevejledning"), ("p", f"Du kan klage til {kom} Kommune inden 4 uger.")]
    elif sub == "decision-befordring":
        B = [("title", "Afgørelse om befordringsgodtgørelse"), ("p", f"Til: {cit}"),
             ("p", "Du får dækket dine udgifter til bus, når du skal til møder med din mentor og til praktik. Godtgørelsen gælder i 9 måneder."),
             ("h", "Begrundelse"), ("p", "Du bor mere end 12 km fra aktivitetsstedet, jf. LAB § 173.")]
    elif sub == "partshoering":
        B = [("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"), ("p", f"Kære {cit}"),
             ("p", "Før vi træffer afgørelse, vil vi give dig mulighed for at komme med bemærkninger. Vi overvejer at stoppe din mentorstøtte, fordi du ikke har mødt op til aftalerne med din mentor."),
             ("p", "Du har frist til at svare inden 8 dage. Der er endnu ikke truffet en afgørelse.")]
    elif sub == "aktindsigt":
        B = [("title", "Svar på anmodning om aktindsigt"), ("p", f"Kære {cit}"),
             ("p", "Du har bedt om aktindsigt i din sag om mentorstøtte. Vedlagt er mentoraftalen, statusnotater fra mentoren og sagens journalnotater."),
             ("p", "Vi har undtaget interne arbejdsdokumenter, jf. offentlighedslovens § 23.")]
    elif sub == "statusnotat":
        B = [("title", "Statusnotat fra mentor"), ("p", f"Borger: {cit}. Mentor: {mentor}, tlf. {ctx.phone()}"),
             ("p", "Borgeren har mødt stabilt de seneste fire uger og taget bussen selv. Vi har arbejdet med morgenrutiner og kontakt til praktikstedet."),
             ("p", "Anbefaling: fortsat mentorstøtte med 2 timer om ugen i en ny periode.")]
    elif sub == "referat":
        B = [("title", "Referat af netværksmøde"), ("p", f"Deltagere: {cit}, mentor {mentor}, sagsbehandler {ctx.name()}, praktikvært."),
             ("ul", ["Praktikken går godt, fremmøde 4 af 5 dage.", "Mentor fortsætter som aftalt.", "Næste møde om 6 uger."])]
    elif sub == "faktura":
        B = [("title", f"Faktura nr. {r.randint(1000, 9999)} – {r.choice(FIRMS)}"), ("p", f"Til: {kom} Kommune, Jobcenter, EAN 5798000{r.randint(100000, 999999)}"),
             ("kv", [("Ydelse", f"Mentorforløb, borger {cit.split()[0]}"), ("Periode", f"{fd(s, 'num')} – {fd(end_for(s, 1), 'num')}"),
                     ("Timer", f"{r.randint(8, 20)} timer á 550 kr."), ("I alt", f"{r.randint(5, 11)}.000 kr. ekskl. moms")])]
    elif sub == "vejledning":
        B = [("title", "Sådan får du en mentor – pjece"),
             ("p", "En mentoraftale skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning, timetallet og klagevejledning."),
             ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Du kan klage til kommunen inden 4 uger over en afgørelse.")]
    elif sub == "stillingsopslag":
        B = [("title", "Stillingsopslag: Mentor til ungeindsatsen"),
             ("p", f"{kom} Kommune søger en mentor 30 timer om ugen til unge under 30. Opgaverne er at støtte unge i uddannelse og job."),
             ("p", f"Kontakt: {ctx.name()}, tlf. {ctx.phone()}. Ansøgningsfrist {fd(s, 'words')}.")]
    elif sub == "decision-kontanthjaelp":
        B = [("title", "Afgørelse om kontanthjælp"), ("p", f"Til: {cit}"),
             ("p", f"Du er berettiget til kontanthjælp fra {fd(s, 'words')}. Du bevarer din mentor, som hjælper dig med aftaler med kommunen."),
             ("h", "Klagevejledning"), ("p", f"Du kan klage til {kom} Kommune inden 4 uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen.")]
    elif sub == "kvittering":
        B = [("title", "Kvittering for din ansøgning om mentorstøtte"), ("p", f"Kære {cit}"),
             ("p", f"Vi har modtaget din ansøgning om mentorstøtte i {r.choice([6, 9, 12])} måneder med {r.randint(2, 6)} timer om ugen. Du får svar inden 4 uger."),
             ("p", "Har du spørgsmål, kan du kontakte Jobcenteret.")]
    elif sub == "indkaldelse":
        B = [("title", "Indkaldelse til opfølgningssamtale om din mentorstøtte"), ("p", f"Kære {cit}"),
             ("p", f"Du er indkaldt til samtale {fd(s, 'den')} kl. 10.00 på jobcentret sammen med din mentor {mentor}. Vi taler om, hvordan det går med dit mål om job, og om du fortsat har brug for mentor."),
             ("p", "Husk at melde afbud, hvis du er syg.")]
    if sub != "faktura":
        B.insert(1, ("p", f"{kom} Kommune · Dato: {fd(s - dt.timedelta(days=r.randint(3, 20)), r.choice(['words', 'num']))}"))
    return B, dict(kind="unknown", subtype=sub, rules=[], traits=["look-alike"], title=B[0][1], kom=kom, cpr=None)


# ---------------------------------------------------------------- renderers
def esc(s):
    return htmlmod.escape(s)


def to_text(blocks):
    out = []
    for t, v in blocks:
        if t == "title":
            out += [v, "=" * len(v), ""]
        elif t == "h":
            out += ["", v, "-" * len(v)]
        elif t == "p":
            out += [v, ""]
        elif t == "ul":
            out += ["- " + x for x in v] + [""]
        elif t == "kv":
            out += [f"{k}: {x}" for k, x in v] + [""]
    return "\n".join(out) + "\n"


def to_html(blocks, chrome=None):
    b = []
    for t, v in blocks:
        if t == "title":
            b.append(f"<h1>{esc(v)}</h1>")
        elif t == "h":
            b.append(f"<h2>{esc(v)}</h2>")
        elif t == "p":
            b.append("<p>" + "<br>".join(esc(x) for x in v.split("\n")) + "</p>")
        elif t == "ul":
            b.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>")
        elif t == "kv":
            b.append("<table class='felter'>" + "".join(f"<tr><th>{esc(k)}</th><td>{esc(x)}</td></tr>" for k, x in v) + "</table>")
    body = "\n".join(b)
    if chrome == "jobnet":
        body = ("<header><nav><a href='/'>Jobnet</a> | <a href='/minside'>Min side</a> | <a href='/cv'>CV</a> | "
                "<a href='/minplan'>Min Plan</a> | <a href='/log-ud'>Log ud</a></nav></header>\n<main>" + body +
                "</main>\n<footer>Jobnet drives af Styrelsen for Arbejdsmarked og Rekruttering · Tilgængelighedserklæring · Cookies</footer>")
    elif chrome == "digitalpost":
        body = ("<div class='dp-header'>Digital Post · Fra: kommunen · Emne: brev</div>\n<article>" + body + "</article>")
    return f"<!DOCTYPE html>\n<html lang='da'><head><meta charset='utf-8'><title>{esc(blocks[0][1])}</title></head>\n<body>\n{body}\n</body></html>\n"


def write_docx(blocks, path):
    from docx import Document
    d = Document()
    d.core_properties.created = dt.datetime(2026, 11, 1)
    d.core_properties.modified = dt.datetime(2026, 11, 1)
    for t, v in blocks:
        if t == "title":
            d.add_heading(v, 0)
        elif t == "h":
            d.add_heading(v, 1)
        elif t == "p":
            d.add_paragraph(v)
        elif t == "ul":
            for x in v:
                d.add_paragraph(x, style="List Bullet")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, x in v:
                c = tb.add_row().cells
                c[0].text, c[1].text = k, x
    d.save(path)


def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()

    def para(s):
        p = P()
        lines = s.split("\n")
        for i, ln in enumerate(lines):
            if i:
                from odf.text import LineBreak
                p.addElement(LineBreak())
            p.addText(ln)
        return p
    for t, v in blocks:
        if t in ("title", "h"):
            h = H(outlinelevel=1 if t == "title" else 2)
            h.addText(v)
            doc.text.addElement(h)
        elif t == "p":
            doc.text.addElement(para(v))
        elif t == "ul":
            lst = List()
            for x in v:
                li = ListItem()
                li.addElement(para(x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "kv":
            tb = Table(name="Felter")
            tb.addElement(TableColumn(numbercolumnsrepeated=2))
            for k, x in v:
                tr = TableRow()
                for cell in (k, x):
                    tc = TableCell()
                    tc.addElement(para(cell))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
    doc.save(path)


def write_pdf(blocks, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    for t, v in blocks:
        if t == "title":
            story.append(Paragraph(esc(v), ss["Title"]))
        elif t == "h":
            story.append(Paragraph(esc(v), ss["Heading2"]))
        elif t == "p":
            story.append(Paragraph(esc(v).replace("\n", "<br/>"), ss["BodyText"]))
        elif t == "ul":
            for x in v:
                story.append(Paragraph("• " + esc(x), ss["BodyText"]))
        elif t == "kv":
            data = [[Paragraph(esc(k), ss["BodyText"]), Paragraph(esc(x), ss["BodyText"])] for k, x in v]
            tb = Table(data, colWidths=[140, 330])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
        story.append(Spacer(1, 4))
    SimpleDocTemplate(path, pagesize=A4, title=blocks[0][1], author="Kommunen").build(story)


def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\n":
            o.append("\\line ")
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def write_rtf(blocks, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 "]
    for t, v in blocks:
        if t == "title":
            out.append(r"{\b\fs32 " + rtf_esc(v) + r"}\par\par ")
        elif t == "h":
            out.append(r"{\b\fs26 " + rtf_esc(v) + r"}\par ")
        elif t == "p":
            out.append(rtf_esc(v) + r"\par\par ")
        elif t == "ul":
            for x in v:
                out.append(r"\bullet  " + rtf_esc(x) + r"\par ")
        elif t == "kv":
            for k, x in v:
                out.append(r"\trowd\cellx2800\cellx9000 " + rtf_esc(k) + r"\cell " + rtf_esc(x) + r"\cell\row ")
            out.append(r"\pard\par ")
    out.append("}")
    with open(path, "w", encoding="ascii") as fh:
        fh.write("".join(out))


def write_eml(blocks, meta, path, rng):
    m = EmailMessage()
    m["From"] = f"{meta['kom']} Kommune via Digital Post <noreply@digitalpost.dk>"
    m["To"] = "borger@eboks.example"
    m["Subject"] = meta["title"]
    d = meta.get("letter_date") or dt.date(2026, 10, 1)
    m["Date"] = format_datetime(dt.datetime(d.year, d.month, d.day, 9, rng.randint(0, 59), tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@digitalpost.dk>"
    m.set_content(to_text(blocks))
    m.add_alternative(to_html(blocks, chrome="digitalpost"), subtype="html")
    m.set_boundary(f"=_dp_{rng.randint(10**8, 10**9)}")
    with open(path, "wb") as fh:
        fh.write(bytes(m))


def render(blocks, meta, fmt, path, rng, chrome=None):
    if fmt == "txt":
        open(path, "w", encoding="utf-8").write(to_text(blocks))
    elif fmt == "html":
        open(path, "w", encoding="utf-8").write(to_html(blocks, chrome))
    elif fmt == "docx":
        write_docx(blocks, path)
    elif fmt == "odt":
        write_odt(blocks, path)
    elif fmt == "pdf":
        write_pdf(blocks, path)
    elif fmt == "rtf":
        write_rtf(blocks, path)
    elif fmt == "eml":
        write_eml(blocks, meta, path, rng)


# ---------------------------------------------------------------- plan
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=59)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ctx = Ctx(rng)
    os.makedirs(a.out, exist_ok=True)
    recs = []
    n = [0]

    def emit(blocks, meta, fmt, layout, folder, chrome=None):
        n[0] += 1
        rel = f"{folder}/{n[0]:03d}_{meta['subtype']}_{layout}.{fmt}"
        os.makedirs(os.path.join(a.out, folder), exist_ok=True)
        render(blocks, meta, fmt, os.path.join(a.out, rel), rng, chrome)
        rec = {"path": rel, "format": fmt, "kind": meta["kind"], "subtype": meta["subtype"], "layout": layout,
               "rules": meta["rules"], "extras": [], "error": None, "accept_errors": [],
               "must_not_contain": [meta["cpr"]] if meta.get("cpr") else [], "traits": meta["traits"]}
        if meta.get("period"):
            s, e = meta["period"]
            rec["period"] = {"start": s.isoformat(), "end": e.isoformat()}
        recs.append(rec)

    # --- decisions: 64
    dfmts = ["docx", "pdf", "html", "eml", "txt", "odt", "rtf", "eml", "pdf", "docx"]
    plan = []
    for st in ["grant", "partial", "refusal", "extension", "end"]:
        for i in range(13 if st in ("grant", "extension") else 12 if st != "partial" else 14):
            plan.append((st, i))
    appeals_cycle = ["full", "full", "full", "nodeadline", "full", "nobody", "full", "bare", "direct", "full", "none", "full", "full", "full"]
    for k, (st, i) in enumerate(plan):
        av = appeals_cycle[(i * 3 + k) % len(appeals_cycle)]
        over6 = False
        hard = None
        if st in ("grant", "extension") and i % 4 == 1:
            over6 = True
        if st == "partial" and i == 5:
            over6 = True
        if st == "grant" and i in (6, 11):
            hard = "udskrivning"
        if st == "grant" and i in (2, 8):
            hard = "limitnote"
        if st == "refusal" and i in (3, 9):
            hard = "noreasons"
        if st == "end" and i in (2, 6, 10):
            hard = "earlier-long"
        # at most 2 defects: over6 + appeal defect is fine
        blocks, meta = decision(ctx, st, av, over6=over6, hard=hard)
        fmt = dfmts[k % len(dfmts)]
        chrome = "digitalpost" if fmt == "html" and k % 2 == 0 else None
        layout = ("digitalpost-" if fmt in ("eml",) or chrome else "") + ("plain" if "plain-language" in meta["traits"] else "formal")
        emit(blocks, meta, fmt, layout, "decisions", chrome)

    # --- Min Plan: 40
    mp_defects = [set(), set(), {"missing-hours"}, {"missing-tasks"}, {"missing-mentor"}, {"unclear-goal"},
                  {"duration-over-6-months"}, set(), {"missing-goal"}, {"missing-duration"},
                  {"missing-hours", "unclear-goal"}, set(), {"missing-mentor", "duration-over-6-months"}, set()]
    mp_layouts = [("html", "jobnet-page"), ("pdf", "print"), ("docx", "export"), ("txt", "txtcopy"), ("odt", "export"),
                  ("html", "jobnet-page"), ("pdf", "print"), ("rtf", "export")]
    for i in range(40):
        dfc = mp_defects[i % len(mp_defects)]
        fmt, lay = mp_layouts[i % len(mp_layouts)]
        blocks, meta = minplan(ctx, set(dfc), lay)
        emit(blocks, meta, fmt, lay, "minplan", "jobnet" if lay == "jobnet-page" else None)

    # --- agreements: 32
    ag_defects = [set(), {"missing-follow-up"}, {"missing-appeal-guidance"}, {"unclear-goal"}, set(),
                  {"missing-hours"}, {"duration-over-6-months"}, {"missing-mentor"}, set(),
                  {"missing-tasks", "missing-follow-up"}, {"missing-goal"}, {"missing-duration"},
                  {"missing-appeal-guidance", "unclear-goal"}, set(), {"missing-hours", "duration-over-6-months"}, set()]
    ag_fmts = ["docx", "pdf", "odt", "txt", "html", "rtf", "docx", "pdf"]
    ag_lay = ["table", "numbered", "headings", "prose"]
    for i in range(32):
        dfc = ag_defects[i % len(ag_defects)]
        lay = ag_lay[(i + i // 4) % 4]
        blocks, meta = agreement(ctx, set(dfc), lay)
        emit(blocks, meta, ag_fmts[i % len(ag_fmts)], lay, "agreements")

    # --- unknown: 24
    subs = ["decision-praktik", "decision-loentilskud", "decision-befordring", "partshoering", "aktindsigt",
            "statusnotat", "referat", "faktura", "vejledning", "stillingsopslag", "decision-kontanthjaelp", "kvittering", "indkaldelse"]
    ufmts = ["pdf", "docx", "eml", "html", "txt", "odt", "rtf"]
    for i in range(24):
        sub = subs[i % len(subs)]
        blocks, meta = unknown(ctx, sub)
        emit(blocks, meta, ufmts[i % len(ufmts)], "letter" if sub.startswith(("decision", "parts", "akt", "kvit", "indk")) else "note", "unknown")

    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(recs), "documents")


if __name__ == "__main__":
    main()
