"""Content for corpus CI: people, places and the text of each field, in the ways real
Danish municipalities, mentor providers and case systems write them.

Written from ../shared/domain.md, the seeds and general knowledge of Danish public
administration only (see NOTES.md for the independence statement).
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Anna", "Mikkel", "Sofie", "Ahmed", "Louise", "Jonas", "Fatima", "Kasper", "Mette",
         "Emil", "Nadia", "Rasmus", "Camilla", "Yusuf", "Ida", "Frederik", "Sara", "Mathias",
         "Line", "Oliver", "Amalie", "Tobias", "Zainab", "Christian", "Julie", "Ali"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Østergaard", "Kaya", "Yilmaz", "Frederiksen", "Mortensen"]
MENTOR_FIRST = ["Lise", "Henrik", "Birgitte", "Torben", "Hanne", "Morten", "Pia", "Søren",
                "Charlotte", "Bo", "Helle", "Jesper", "Trine", "Kim", "Dorthe", "Niels"]
KOMMUNER = ["Viborg", "Holbæk", "Herning", "Faxe", "Roskilde", "Assens", "Tønder", "Randers",
            "Næstved", "Silkeborg", "Vejle", "Svendborg", "Hjørring", "Slagelse"]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Kompetencecenter Midt", "BeskæftigelsesPartner",
             "Mentor & Match", "Ungeenheden", "Center for Job og Uddannelse", "Vejen Videre ApS",
             "Mentorkorpset", "Fokus Mentor"]
FIRMS = ["Netto", "Bilka", "Dagrofa", "Kvickly", "Genbrugsstationen", "Plejecenter Solgården",
         "Bauhaus", "Danish Crown", "Lagerhotellet", "Børnehuset Mariehønen", "Jysk",
         "Kantinen på rådhuset", "Autoværkstedet Bilcentret"]
EDU = ["SOSU-hjælperuddannelsen på SOSU {c}", "FVU-dansk på VUC {c}", "HF på VUC {c}",
       "grundforløbet på EUD (Tømrer) på {c} Tekniske Skole", "FGU {c}, produktionsgrunden",
       "AMU-kurset i truckkørsel", "EUX Business på Handelsskolen i {c}",
       "pædagogisk assistentuddannelse (PAU)"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en":
        return d.strftime("%d %B %Y").lstrip("0")
    raise ValueError(style)


def phone(r: random.Random) -> str:
    first = r.choice(["2", "3", "4", "5", "6", "7", "8", "9"])
    digits = first + "".join(str(r.randint(0, 9)) for _ in range(7))
    return " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def cpr(r: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=r.randint(0, 365 * 45))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(0, 9999):04d}"


def slug(s: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
    out = "".join(c if c.isalnum() else "." for c in s.translate(tr).lower())
    while ".." in out:
        out = out.replace("..", ".")
    return out.strip(".")


class Case:
    """One citizen's case: people, dates and the field texts (before defects are applied)."""

    def __init__(self, r: random.Random, idx: int):
        self.r = r
        self.idx = idx
        self.fn = r.choice(FIRST)
        self.ln = r.choice(LAST)
        self.citizen = f"{self.fn} {self.ln}"
        self.kommune = r.choice(KOMMUNER)
        self.provider = r.choice(PROVIDERS)
        self.mfn = r.choice(MENTOR_FIRST)
        self.mln = r.choice(LAST)
        self.mentor = f"{self.mfn} {self.mln}"
        self.mphone = phone(r)
        dom = slug(self.provider.replace(" ApS", "")).replace(".", "") + ".dk"
        self.mmail = f"{slug(self.mfn)}{r.choice(['', '.' + slug(self.mln)[:3]])}@{dom}"
        self.cw = f"{r.choice(MENTOR_FIRST)} {r.choice(LAST)}"
        self.cwphone = phone(r)
        self.cwmail = f"{slug(self.cw).split('.')[0]}@{slug(self.kommune)}.dk"
        self.sagsnr = f"{r.choice(['15.20.00', '15.25.08', '27.24.00'])}-G01-{r.randint(100, 9999)}-26"
        self.cpr = cpr(r)
        self.firm = r.choice(FIRMS)
        self.edu = r.choice(EDU).format(c=self.kommune)
        start = dt.date(2026, r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9]), r.choice([1, 1, 1, 15, 10, 3]))
        self.start = start
        self.letter_date = start - dt.timedelta(days=r.randint(3, 20))

    # ---------------------------------------------------------------- period
    def set_period(self, mode: str):
        r = self.r
        if mode == "exact6":
            self.end = add_months(self.start, 6) - dt.timedelta(days=1)
        elif mode == "short":
            self.end = add_months(self.start, r.choice([3, 4, 5])) - dt.timedelta(days=1)
        elif mode == "over":
            self.end = add_months(self.start, r.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
        elif mode == "over1":  # one day too long: 1 March - 1 September
            self.end = add_months(self.start, 6)
        self.period_mode = mode

    def period_text(self, style=None) -> str:
        r = self.r
        style = style or r.choice(["words", "words", "dots", "slashdash", "abbr", "iso", "fra_til", "fom"])
        s, e = self.start, self.end
        if style == "fra_til":
            return f"fra {fmt_date(s, 'den')} til {fmt_date(e, 'den')}"
        if style == "fom":
            return f"f.o.m. {fmt_date(s, 'dots')} t.o.m. {fmt_date(e, 'dots')}"
        sep = r.choice([" – ", " - ", "-", " til "]) if style in ("dots", "iso", "slashdash") else r.choice([" – ", " til "])
        return f"{fmt_date(s, style)}{sep}{fmt_date(e, style)}"

    # ---------------------------------------------------------------- goal
    def goal_clear(self) -> str:
        r = self.r
        d = fmt_date(add_months(self.start, r.choice([2, 3, 4])), "words")
        opts = [
            f"{self.fn} er i virksomhedspraktik hos {self.firm} 15 timer om ugen senest {d}, med henblik på løntilskud.",
            f"At {self.fn} starter på {self.edu} til august og møder mindst fire dage om ugen.",
            f"{self.fn} gennemfører {self.edu} og har ikke mere end to dages fravær pr. måned.",
            f"Målet er, at {self.fn} kommer i ordinært job som lagermedarbejder 20 timer om ugen inden {d}.",
            f"{self.fn} fastholder sit fleksjob i kantinen hos {self.firm} (12 timer om ugen) og møder stabilt.",
            f"At {self.fn} bliver optaget på {self.edu} og gennemfører første semester.",
            f"Hovedformål: {self.fn} øger sin praktik hos {self.firm} fra 10 til 20 timer om ugen inden {d}.",
        ]
        return r.choice(opts)

    def goal_unclear(self) -> str:
        return self.r.choice([
            "Øget trivsel og mere struktur på hverdagen.",
            f"Støtte til at {self.fn} kommer videre.",
            f"At {self.fn} arbejder med sig selv og får mere selvværd.",
            "At komme tættere på arbejdsmarkedet.",
            f"Sikre at {self.fn} får det bedre og bliver mere motiveret.",
        ])

    # ---------------------------------------------------------------- tasks
    def tasks(self) -> list[str]:
        r = self.r
        pool = [
            f"følge {self.fn} til de første møder på praktikstedet",
            "hjælpe med at planlægge transport og mødetider",
            "ugentlig samtale om fremmøde og hvordan det går",
            "hjælpe med kontakt til SU-kontoret og skolens studievejleder",
            "støtte i kontakten til læge og kommune",
            "hjælpe med at få styr på post i e-Boks og aftaler i kalenderen",
            "tage med til samtaler på jobcentret",
            "øve jobsamtaler og skrive ansøgninger sammen",
            "være bindeled til kontaktpersonen på arbejdspladsen",
        ]
        return r.sample(pool, r.randint(2, 4))

    # ---------------------------------------------------------------- hours
    def hours_text(self) -> str:
        return self.r.choice([
            "3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "halvanden time om ugen",
            "to timer om ugen", "24 mentortimer i perioden", "2-3 timer pr. uge",
            "8 timer om måneden", "4 t/uge", "½ time om ugen plus telefonkontakt",
        ])

    def hours_vague(self) -> str:
        return self.r.choice(["efter behov", "et par timer om ugen", "løbende efter aftale",
                              "det antal timer der er brug for"])

    # ---------------------------------------------------------------- follow-up
    def follow_text(self) -> str:
        r = self.r
        mid = fmt_date(add_months(self.start, 3), "words")
        return r.choice([
            f"Vi holder statusmøde hver 4. uge med dig, mentor og din sagsbehandler. Midtvejsevaluering {mid}.",
            "Opfølgning hver måned. Evaluering sammen med dig 14 dage før støtten ophører.",
            f"Mentor sender en kort status til sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra {mid}.",
            "Der følges op på progressionen ved et møde hver 6. uge. Sidste evaluering fire uger før bevillingen udløber.",
            f"Første opfølgning {mid}, derefter hver anden måned.",
        ])

    # ---------------------------------------------------------------- appeal
    def appeal_full(self) -> str:
        k = self.kommune
        return self.r.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har modtaget den. "
            "Kommunen skal så genvurdere afgørelsen inden fire uger. Hvis kommunen fastholder afgørelsen, "
            "sender vi klagen videre til Ankestyrelsen, som tager stilling til sagen.",
            f"Du kan klage over afgørelsen. Klagen skal være modtaget i {k} Kommune senest 4 uger efter, at du har fået afgørelsen. "
            "Du kan klage skriftligt eller mundtligt. Vi vurderer afgørelsen igen, og fastholder vi den, "
            "sendes din klage til Ankestyrelsen (Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
            f"Er du uenig, kan du klage til Jobcenter {k} inden 4 uger. Jobcentret genvurderer afgørelsen, "
            "og hvis vi ikke giver dig medhold, sendes klagen til Ankestyrelsen.",
        ])

    def appeal_incomplete(self) -> str:
        return self.r.choice([
            "Du kan klage over afgørelsen.",
            "Hvis du er uenig i aftalen, kan du tage det op med din sagsbehandler.",
            "Du har mulighed for at klage. Kontakt os, hvis du har spørgsmål.",
        ])

    def appeal_wrong(self) -> str:
        return self.r.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget denne afgørelse.",
            "Klage sendes direkte til Ankestyrelsen, 7998 Statsservice, senest fire uger efter modtagelsen.",
        ])
