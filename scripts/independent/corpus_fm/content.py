"""Content for corpus fm: the case data and the pieces of text in several registers
(easy-read "du", the citizen's own "jeg", formal third person, youth)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def dlong(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dnum(d: dt.date, style: int = 0) -> str:
    return [f"{d.day}/{d.month}-{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}",
            f"{d.day}/{d.month} {d.year}", d.isoformat()][style]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def end_of(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


KOMMUNER = [("Roskilde", "Roskilde"), ("Holbæk", "Holbæk"), ("Vejle", "Vejle"), ("Næstved", "Næstved"),
            ("Silkeborg", "Silkeborg"), ("Esbjerg", "Esbjerg"), ("Herning", "Herning"), ("Slagelse", "Slagelse"),
            ("Horsens", "Horsens"), ("Kolding", "Kolding"), ("Viborg", "Viborg"), ("Frederikshavn", "Frederikshavn"),
            ("Svendborg", "Svendborg"), ("Gribskov", "Helsinge"), ("Faxe", "Haslev"), ("Assens", "Assens"),
            ("Tønder", "Tønder"), ("Køge", "Køge"), ("Hjørring", "Hjørring"), ("Randers", "Randers"),
            ("Odsherred", "Nykøbing Sj."), ("Guldborgsund", "Nykøbing F."), ("Ringsted", "Ringsted"),
            ("Skive", "Skive")]

FIRST_F = ["Sara", "Emma", "Fatima", "Line", "Maja", "Amalie", "Nadia", "Camilla", "Louise", "Zainab", "Ida",
           "Julie", "Mette", "Aylin", "Signe", "Trine", "Rikke", "Hiba", "Freja", "Natasha"]
FIRST_M = ["Mikkel", "Ahmed", "Jonas", "Kasper", "Oliver", "Mads", "Emil", "Ali", "Rasmus", "Tobias", "Omar",
           "Frederik", "Lucas", "Nikolaj", "Patrick", "Yusuf", "Sebastian", "Bilal", "Kenneth", "Dennis"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller",
        "Mortensen", "Yilmaz", "Hussein", "Khan", "Nguyen", "Østergaard", "Dahl", "Holm", "Bak", "Lund",
        "Kaya", "Abdi", "Frederiksen", "Vestergaard"]
MENTOR_F = ["Hanne", "Lene", "Birgitte", "Susanne", "Pia", "Charlotte", "Anne", "Malene", "Dorthe", "Tina"]
MENTOR_M = ["Lars", "Henrik", "Jesper", "Morten", "Søren", "Thomas", "Kim", "Allan", "Bo", "Jens"]
COMPANIES = ["Mentorhuset ApS", "Trin for Trin Mentor", "Jobbroen", "Kompasset Mentorservice", "Broen – mentor og vejledning",
             "Ungeguiden", "Vejviseren ApS", "Stærk Start", "MentorPartner", "Fremad Mentor & Coaching",
             "Lyspunktet", "Hverdagsmentorerne", "Springbrættet ApS", "Næste Skridt"]
CW_F = ["Lone", "Marianne", "Helle", "Karina", "Jane", "Bettina", "Gitte"]
CW_M = ["Peter", "Michael", "Jan", "Claus", "René", "Steffen"]

STORES = ["Netto", "Rema 1000", "Lidl", "Føtex", "Jem & Fix", "Bilka", "Meny", "Harald Nyborg"]
WAREHOUSES = ["DSV", "Coop Lager", "Dagrofa", "PostNord", "Bring"]
SCHOOLS_10 = ["Ungdomsskolens 10. klasse", "10. klasse-centret", "Efterskolen ved Fjorden"]


@dataclass
class Case:
    first: str
    last: str
    female: bool
    kommune: str
    by: str
    mentor_first: str
    mentor_last: str
    mentor_female: bool
    mentor_phone: str
    mentor_mail: str
    company: str
    cw_first: str
    cw_last: str
    cw_phone: str
    cw_mail: str
    start: dt.date
    end: dt.date
    letter: dt.date
    meeting: dt.date
    hours: int
    track: str
    cpr: str | None
    case_no: str
    store: str
    warehouse: str
    age: int
    extra: dict = field(default_factory=dict)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def gen(self):  # citizen's first name, genitive
        return self.first + ("'" if self.first[-1] in "sxz" else "s")

    @property
    def mentor(self):
        return f"{self.mentor_first} {self.mentor_last}"

    @property
    def cw(self):
        return f"{self.cw_first} {self.cw_last}"

    @property
    def hun(self):  # citizen pronoun
        return "hun" if self.female else "han"

    @property
    def mhun(self):  # mentor pronoun
        return "hun" if self.mentor_female else "han"

    @property
    def mhende(self):
        return "hende" if self.mentor_female else "ham"


def phone(rng):
    first = rng.choice("2345678")
    digits = first + "".join(rng.choice("0123456789") for _ in range(7))
    return " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def cpr(rng):
    while True:
        d = dt.date(rng.randint(1968, 2007), rng.randint(1, 12), rng.randint(1, 28))
        serial = rng.randint(1000, 9999)
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{serial}"


def slug(s):
    import unicodedata
    s = s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch if ch.isalnum() else "." for ch in s).strip(".")


def make_case(rng, with_cpr=False, young=None, start=None):
    female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.choice(LAST)
    kommune, by = rng.choice(KOMMUNER)
    mf = rng.random() < 0.55
    mfirst = rng.choice(MENTOR_F if mf else MENTOR_M)
    mlast = rng.choice(LAST)
    company = rng.choice(COMPANIES)
    domain = slug(company.split(" ")[0].replace("–", "")) + ".dk"
    cwf = rng.random() < 0.7
    cwfirst = rng.choice(CW_F if cwf else CW_M)
    cwlast = rng.choice(LAST)
    if start is None:
        m = rng.randint(1, 9)
        day = rng.choice([1, 1, 1, 15, 1, 8])
        start = dt.date(2026, m, day)
    end = end_of(start, 6)
    letter = start - dt.timedelta(days=rng.randint(5, 20))
    meeting = letter - dt.timedelta(days=rng.randint(0, 3))
    if young is None:
        young = rng.random() < 0.45
    age = rng.randint(16, 24) if young else rng.randint(25, 58)
    track = rng.choice(YOUNG_TRACKS if young else ADULT_TRACKS)
    return Case(first=first, last=last, female=female, kommune=kommune, by=by, mentor_first=mfirst, mentor_last=mlast,
                mentor_female=mf, mentor_phone=phone(rng), mentor_mail=f"{slug(mfirst)}@{domain}", company=company,
                cw_first=cwfirst, cw_last=cwlast, cw_phone=phone(rng),
                cw_mail=f"{slug(cwfirst)[:4]}{slug(cwlast)[:2]}@{slug(kommune)}.dk", start=start, end=end,
                letter=letter, meeting=meeting, hours=rng.choice([1, 2, 2, 3, 3, 4, 5]), track=track,
                cpr=cpr(rng) if with_cpr else None,
                case_no=f"{rng.randint(10, 99)}.{rng.randint(10, 30)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-{start.year % 100}",
                store=rng.choice(STORES), warehouse=rng.choice(WAREHOUSES), age=age)


# ---------------------------------------------------------------- goals
# Each track: the aim as an infinitive phrase (fits "Jeg vil gerne …", "Du skal …"), with a job or an
# education and something observable.
TRACKS = {
    "fgu": "starte på FGU {by} og komme mindst 4 dage om ugen, senest {slut}",
    "10kl": "gå i 10. klasse på {skole10} og komme mindst 9 ud af 10 skoledage frem til {slut}",
    "eud_tomrer": "starte på grundforløb 1 på tømreruddannelsen på {eud} og komme hver dag de første 8 uger",
    "fritidsjob": "have et fritidsjob i {store} på 8-10 timer om ugen, senest {slut}",
    "hf": "bestå 2 fag på HF-enkeltfag på VUC {by} ved eksamen i juni",
    "praktik_dyr": "være i praktik i en dyrehandel i {by} 3 dage om ugen og søge ind på dyrepasseruddannelsen",
    "eux": "blive optaget på EUX Business og komme til alle timer i de første 3 måneder",
    "praktik": "være i virksomhedspraktik i {store} i {by} 12 timer om ugen, senest {slut}",
    "lager": "have et job på lageret hos {warehouse} mindst 20 timer om ugen, senest {slut}",
    "sosu": "være optaget på SOSU-hjælperuddannelsen, inden aftalen slutter den {slut}",
    "fleksjob": "arbejde i fleksjob i kantinen på {by} Rådhus 12 timer om ugen, senest {slut}",
    "truck": "tage truckcertifikat på et AMU-kursus og søge 3 lagerjob om måneden bagefter",
    "rengoering": "have et job som rengøringsassistent mindst 15 timer om ugen, senest {slut}",
    "loentilskud": "være i løntilskud som pedelmedhjælper på {by} Skole 20 timer om ugen og møde til tiden hver dag",
}
EDU_TRACKS = {"fgu", "10kl", "eud_tomrer", "hf", "eux", "sosu"}
YOUNG_TRACKS = ["fgu", "10kl", "eud_tomrer", "fritidsjob", "hf", "praktik_dyr", "eux"]
ADULT_TRACKS = ["praktik", "lager", "sosu", "fleksjob", "truck", "rengoering", "loentilskud", "hf"]

UNCLEAR = {
    "jeg": ["Jeg vil gerne have det bedre og få mere overskud i hverdagen.",
            "Jeg vil have mere struktur på min hverdag.",
            "Jeg vil gerne få mere selvtillid og komme videre i mit liv.",
            "Jeg vil gerne have styr på mine ting."],
    "du": ["Du skal have støtte til at komme videre.",
           "Målet er, at du får mere trivsel og selvværd.",
           "Mere struktur på hverdagen og mere overskud.",
           "Hjælp til at få styr på tingene, så du kan komme videre."],
    "tredje": ["Støtte til {first}, så {hun} kan komme videre.",
               "At {first} oplever øget trivsel og selvværd.",
               "{first} skal motiveres og have mere struktur på hverdagen."],
    "ung": ["At få det bedre og få styr på tingene 💪",
            "Mere overskud og bedre trivsel.",
            "Komme videre og få mere selvtillid."],
}


def aim(c: Case) -> str:
    return TRACKS[c.track].format(by=c.by, slut=dlong(c.end), store=c.store, warehouse=c.warehouse,
                                  skole10=SCHOOLS_10[len(c.first) % 3], eud=f"Erhvervsskolen {c.by}")


def goal(c: Case, voice: str, unclear=False, rng=None) -> str:
    if unclear:
        pool = UNCLEAR["ung" if voice == "ung" else voice]
        return pool[(len(c.first) + len(c.last)) % len(pool)].format(first=c.first, hun=c.hun)
    a = aim(c)
    if voice == "jeg":
        return f"Jeg vil gerne {a}."
    if voice == "du":
        return f"Du skal {a}."
    if voice == "ung":
        return a[0].upper() + a[1:] + "."
    return f"{c.first} skal {a}."


# ---------------------------------------------------------------- tasks
TASKS_YOUNG = ["ringe og vække dig om morgenen på skoledage de første 3 uger",
               "følge dig til skolen de første dage",
               "øve busturen sammen med dig",
               "hjælpe med at lave en ugeplan med faste tider",
               "tage med til møder med studievejlederen",
               "hjælpe med at læse breve fra skolen og kommunen",
               "tale med dig om, hvordan det går i skolen",
               "hjælpe dig med at skrive en ansøgning"]
TASKS_ADULT = ["følge dig til praktikstedet de første 2 uger",
               "tale med dig hver uge om, hvordan det går på arbejdet",
               "hjælpe med at læse og svare på breve fra kommunen",
               "tage med til møder med arbejdspladsen",
               "hjælpe med at finde en god busforbindelse",
               "øve jobsamtaler med dig",
               "skrive ansøgninger sammen med dig",
               "lave en plan for dagen, så du kan møde til tiden"]


def tasks(c: Case, rng, n=None):
    pool = TASKS_YOUNG if c.track in EDU_TRACKS else TASKS_ADULT
    n = n or rng.randint(3, 4)
    return rng.sample(pool, n)


def tasks_jeg(ts):
    return [t.replace("vække dig", "vække mig").replace("følge dig", "følge mig").replace("sammen med dig", "sammen med mig")
            .replace("med dig", "med mig").replace("du kan", "jeg kan") for t in ts]


# ---------------------------------------------------------------- period
def period_text(c: Case, style: int, over: str | None = None):
    """Return (text, start, end). over: None | 'months9' | 'year' | 'oneday' | 'months8len'."""
    s, e = c.start, c.end
    if over == "months9":
        e = end_of(s, 9)
    elif over == "year":
        e = end_of(s, 12)
    elif over == "oneday":
        e = add_months(s, 6)
    elif over == "months8":
        e = end_of(s, 8)
    c.extra["pend"] = e
    if over == "yearlen":
        txt = [f"i et år fra {dlong(s)}", f"12 måneder fra {dlong(s)}"][style % 2]
        return txt, s, end_of(s, 12)
    if over == "months9len":
        return f"i 9 måneder fra den {dlong(s)}", s, end_of(s, 9)
    forms = [f"fra {dlong(s)} til {dlong(e)}",
             f"{dlong(s)} – {dlong(e)}",
             f"fra den {dlong(s)} til og med den {dlong(e)}",
             f"{dnum(s, 0)} til {dnum(e, 0)}",
             f"{dnum(s, 1)} - {dnum(e, 1)}",
             f"6 måneder fra {dlong(s)}" if over is None else f"fra {dlong(s)} til {dlong(e)}"]
    return forms[style % len(forms)], s, e


def hours_text(c: Case, style: int, vague=False):
    if vague:
        return ["Så meget, som du har brug for.", "Efter behov.", "Et par timer om ugen.",
                "Det finder vi ud af sammen hen ad vejen.", "Vi ses, når der er brug for det."][style % 5]
    h = c.hours
    words = {1: "1 time", 2: "2 timer", 3: "3 timer", 4: "4 timer", 5: "5 timer"}
    wd = WEEKDAYS[(len(c.first)) % 5]
    return [f"{words[h]} om ugen.",
            f"{words[h]} hver uge.",
            f"{h} timer pr. uge." if h > 1 else "1 time pr. uge.",
            f"I mødes hver {wd} kl. 10-12." if h == 2 else f"{words[h]} om ugen, som regel om {wd}en.",
            f"{h * 4} timer om måneden."][style % 5]


def followup_text(c: Case, style: int, voice="du", vague=False):
    if vague:
        return ["Vi følger op løbende.", "Der følges op efter behov.", "Vi snakker om det, når der er brug for det.",
                "Opfølgning sker løbende."][style % 4]
    if "pend" not in c.extra:   # no period written: no dated follow-up either
        style = 0
    end = c.extra.get("pend", c.end)
    mid = c.start + (end - c.start) / 2
    before = end - dt.timedelta(days=14)
    cw = c.cw_first
    if voice == "jeg":
        return [f"Hver måned holder jeg, min mentor og {cw} fra kommunen et kort møde. Vi ser på, om jeg når mit mål.",
                f"Vi holder statusmøde den {dlong(mid)}. 14 dage før aftalen slutter, taler vi om, hvad der skal ske bagefter.",
                f"Hver 4. uge taler jeg med {cw} om, hvordan det går. Vi tæller, hvor mange dage jeg er mødt."][style % 3]
    if voice == "ung":
        return [f"Check-in med {cw} fra kommunen hver 6. uge + et slutmøde 2 uger før det slutter.",
                f"Vi mødes alle 3 den {dlong(mid)} og ser, hvordan det går. Og igen 2 uger før slut.",
                f"Hver måned tjekker vi sammen med {cw}, om du når dit mål."][style % 3]
    return [f"Vi holder et møde hver måned: dig, {c.mentor_first} og {cw} fra kommunen. Vi ser på, om du er tættere på dit mål.",
            f"Statusmøde den {dlong(mid)}. Evaluering 14 dage før aftalen slutter, den {dlong(before)}.",
            f"Hver 4. uge taler vi om, hvordan det går. Vi tjekker dit fremmøde.",
            f"Møde med {cw} hver 6. uge og et slutmøde i uge {before.isocalendar()[1]}."][style % 4]


# ---------------------------------------------------------------- appeal
def appeal(c: Case, register: str, defect: str | None = None, style=0):
    """List of lines. defect: None | 'missing' | 'incomplete' | 'other' | 'direct'."""
    k = f"{c.kommune} Kommune"
    if defect == "missing":
        return []
    if defect == "incomplete":
        return [["Du kan klage, hvis du ikke er enig."],
                [f"Hvis du er utilfreds, kan du klage til {k}."],
                ["Er du uenig, så ring til din sagsbehandler."]][style % 3]
    if defect == "other":
        return [f"Klagevejledning vedrørende befordringsgodtgørelse:",
                f"Du kan klage over afgørelsen om befordringsgodtgørelse til {k} inden 4 uger. "
                f"Kommunen genvurderer afgørelsen, og fastholder kommunen den, sendes klagen til Ankestyrelsen."]
    if defect == "direct":
        if register in ("easy", "jeg", "ung"):
            return ["Du kan klage til Ankestyrelsen.", "Du skal klage inden 4 uger.",
                    "Du kan klage på ast.dk."]
        return [f"Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger, efter du har modtaget dette brev. "
                f"Klagen sendes direkte til Ankestyrelsen, 7998 Statsservice, eller via ast.dk."]
    if register == "easy":
        return [["Er du ikke enig?", "Så kan du klage.", f"Du skal klage til {k}.", "Du skal klage inden 4 uger.",
                 "Du kan skrive, ringe eller komme forbi.", "Kommunen ser på sagen igen.",
                 "Er kommunen stadig ikke enig med dig?", "Så sender kommunen din klage til Ankestyrelsen."],
                ["Du kan klage, hvis du er uenig.", f"Klag til {k} inden 4 uger.",
                 f"Ring til {c.cw_first} på {c.cw_phone}, eller skriv i Digital Post.",
                 "Kommunen kigger på sagen igen.",
                 "Hvis kommunen ikke ændrer noget, går klagen videre til Ankestyrelsen."]][style % 2]
    if register == "jeg":
        return [f"Jeg kan klage til {k} inden 4 uger.", "Kommunen ser på sagen igen.",
                "Hvis kommunen ikke ændrer den, sender kommunen min klage videre til Ankestyrelsen."]
    if register == "ung":
        return [f"Du kan klage til {k} inden fire uger – skriv eller ring til {c.cw_first}. "
                "Kommunen kigger på det igen, og hvis vi holder fast, sender vi din klage til Ankestyrelsen."]
    return [[f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger, efter du har modtaget den. "
             f"Du kan klage skriftligt eller mundtligt. Kommunen skal så genvurdere sin afgørelse inden fire uger, "
             f"fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til "
             f"Ankestyrelsen, som tager stilling til afgørelsen (lov om en aktiv beskæftigelsesindsats § 204 og "
             f"retssikkerhedslovens kapitel 10)."],
            [f"Du kan klage over afgørelsen. Klagen skal sendes til {k}, Jobområdet, senest 4 uger efter at du har fået "
             f"afgørelsen. Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens papirer videre til "
             f"Ankestyrelsen. Du behøver ikke begrunde din klage."]][style % 2]
