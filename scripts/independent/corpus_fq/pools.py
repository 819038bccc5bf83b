"""Text pools for corpus fq (names, places, field wordings). Written from domain.md and the rule docs."""
from __future__ import annotations

from datetime import date, timedelta

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Viborg Kommune", "Job og Ydelse", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87", "jobogydelse@viborg.dk"),
    ("Holstebro Kommune", "Arbejdsmarked", "Kirkestræde 11, 7500 Holstebro", "96 11 75 00", "arbejdsmarked@holstebro.dk"),
    ("Faxe Kommune", "Job og Borgerservice", "Frederiksgade 9, 4690 Haslev", "56 20 30 00", "job@faxekommune.dk"),
    ("Assens Kommune", "Beskæftigelse", "Willemoesgade 15, 5610 Assens", "64 74 74 74", "beskaeftigelse@assens.dk"),
    ("Tønder Kommune", "Job & Uddannelse", "Wegners Plads 2, 6270 Tønder", "74 92 92 92", "jobogudd@toender.dk"),
    ("Rudersdal Kommune", "Borger og Arbejdsmarked", "Øverødvej 2, 2840 Holte", "46 11 00 00", "arbejdsmarked@rudersdal.dk"),
    ("Herning Kommune", "Beskæftigelse", "Fredhøjvej 2, 7400 Herning", "96 28 28 28", "beskaeftigelse@herning.dk"),
    ("Næstved Kommune", "Job og Ungeindsats", "Rådmandshaven 20, 4700 Næstved", "55 88 10 00", "jobogunge@naestved.dk"),
    ("Silkeborg Kommune", "Jobcentret", "Tietgensgade 6, 8600 Silkeborg", "89 70 17 00", "job@silkeborg.dk"),
    ("Hjørring Kommune", "Arbejdsmarked og Integration", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33", "arbejdsmarked@hjoerring.dk"),
    ("Kalundborg Kommune", "Jobcenter og Ydelser", "Holbækvej 141, 4400 Kalundborg", "59 53 44 00", "jobcenter@kalundborg.dk"),
    ("Svendborg Kommune", "Beskæftigelse og Ungeindsats", "Ramsherred 5, 5700 Svendborg", "62 23 30 00", "beskaeftigelse@svendborg.dk"),
]

FIRST = ["Anna", "Mads", "Sofie", "Ahmed", "Jonas", "Camilla", "Emil", "Fatima", "Louise", "Kasper",
         "Nanna", "Rasmus", "Sara", "Yasmin", "Mikkel", "Ida", "Oliver", "Laura", "Tobias", "Maja",
         "Jesper", "Karina", "Bilal", "Stine", "Henrik", "Amalie"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Dahl", "Lund", "Khan", "Yilmaz"]
MENTOR_FIRST = ["Lars", "Helle", "Tina", "Morten", "Birgitte", "Kim", "Pia", "René", "Dorthe", "Søren",
                "Jette", "Thomas", "Lone", "Bo", "Hanne", "Allan"]
PROVIDERS = ["Mentorhuset ApS", "Jobværkstedet", "Kompetencecenter Vest", "Ung i Job", "Mentorpartner",
             "Bro til Job ApS", "Det Sociale Kontor", "Virksomhedsservice", "Trappen Mentor & Job",
             "Mentorkorpset"]
FIRMS = ["Bilka Holstebro", "Netto Haslev", "Danish Crown", "Fakta", "Plantorama", "Elgiganten",
         "Jysk", "Dagrofa", "Grundfos", "Lindholm Tømrer", "Kvickly", "Lidl", "Plejecenter Solgården",
         "Byggecentret Nord", "Vestas Lem"]
SCHOOLS = ["EUC Syd", "SOSU Nord", "VUC Storstrøm", "FGU Midtjylland", "Tradium", "Mercantec",
           "Herningsholm Erhvervsskole", "ZBC", "UCL Erhvervsakademi", "Aarhus Tech"]


def fmt_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    if style == 4:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 5:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def period_text(start: date, end: date, rng) -> str:
    s = rng.randrange(6)
    forms = [
        lambda: f"{fmt_date(start, 0)} – {fmt_date(end, 0)}",
        lambda: f"{fmt_date(start, 1)}-{fmt_date(end, 1)}",
        lambda: f"fra {fmt_date(start, 0)} til {fmt_date(end, 0)}",
        lambda: f"{fmt_date(start, 4)} til {fmt_date(end, 4)}",
        lambda: f"f.o.m. {fmt_date(start, 2)} t.o.m. {fmt_date(end, 2)}",
        lambda: f"{fmt_date(start, 3)} - {fmt_date(end, 3)}",
    ]
    return forms[s]()


def clear_goals(fn, rng, start=None):
    firm = rng.choice(FIRMS)
    school = rng.choice(SCHOOLS)
    start = start or date(2026, 3, 1)
    d3 = add_months(start, 3).replace(day=1)
    d4 = add_months(start, 4).replace(day=1)
    nxt = add_months(start, 2)
    m_next = f"{MONTHS[nxt.month - 1]} {nxt.year}"
    return rng.choice([
        f"{fn} starter på grundforløb 1 på {school} i {m_next} og møder mindst fire dage om ugen.",
        f"{fn} er i virksomhedspraktik på lageret hos {firm} 15 timer om ugen senest {fmt_date(d3, 0)}, med henblik på løntilskud.",
        f"At {fn} gennemfører FVU-dansk trin 2 på {school} og søger ind på SOSU-hjælperuddannelsen til {MONTHS[add_months(start, 6).month - 1]} {add_months(start, 6).year}.",
        f"{fn} fastholder sit fleksjob som pedelmedhjælper hos {firm} med 12 timer om ugen og har under 2 fraværsdage om måneden.",
        f"{fn} har et ordinært job på mindst 15 timer om ugen inden for lager eller rengøring, inden perioden slutter.",
        f"{fn} gennemfører første semester på {school} med et fremmøde på mindst 80 %.",
        f"{fn} øger sin arbejdstid i praktikken hos {firm} fra 10 til 20 timer om ugen inden {fmt_date(d4, 0)}.",
        f"Hovedformål: {fn} kommer i løntilskud som køkkenmedhjælper hos {firm} senest {fmt_date(d4, 0)}. Delmål: møder til tiden tre dage om ugen fra {MONTHS[nxt.month - 1]}.",
    ])


def unclear_goals(fn, rng):
    return rng.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"At {fn} får mere struktur på hverdagen og et bedre selvværd.",
        "Hjælp til at komme tættere på arbejdsmarkedet.",
        f"Motivere {fn} og sikre at {fn} trives.",
        "Generel støtte og stabilisering.",
    ])


def tasks(fn, rng, n=None):
    pool = [
        "følge med til de første møder på arbejdspladsen",
        "hjælpe med at lave en ugeplan og holde den",
        f"ringe til {fn} morgenen før mødedage de første tre uger",
        "tage med til samtaler med studievejlederen eller arbejdsgiveren",
        "hjælpe med at læse og besvare breve i Digital Post",
        "tage en ugentlig samtale om fremmøde og transport",
        "være bindeled til arbejdsgiveren ved konflikter",
        "træne bustransporten til arbejdspladsen",
        "hjælpe med at finde ud af, om der skal søges SPS eller hjælpemidler",
        "forberede samtaler med kommunen sammen med borgeren",
    ]
    rng.shuffle(pool)
    return pool[: n or rng.randint(3, 5)]


def hours_text(rng):
    return rng.choice(["3 timer pr. uge", "op til 4 timer ugentligt", "2 t/uge", "8 timer om måneden",
                       "5 timer om ugen", "2-3 timer pr. uge", "1½ time om ugen", "4 timer ugentligt"])


def hours_vague(rng):
    return rng.choice(["efter behov", "et par timer om ugen", "løbende, efter aftale med mentor"])


def follow_text(rng, end: date):
    ev = end - timedelta(days=14)
    return rng.choice([
        "Statusmøde hver 4. uge med mentor, borger og sagsbehandler. Evaluering 14 dage før støtten slutter.",
        "Vi følger op ved en samtale hver måned, hvor vi ser på fremmødet (delmål: fire dage om ugen fra maj).",
        f"Mentor sender en kort skriftlig status hver 6. uge. Slutevaluering den {fmt_date(ev, 0)}.",
        "Opfølgningssamtale i kommunen hver 3. måned og altid 14 dage før ophør; progression måles på antal mødedage.",
        "Midtvejsevaluering efter 3 måneder og statusmøde hver anden måned med mentor og sagsbehandler.",
    ])


def follow_vague(rng):
    return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov."])


def appeal_full(kom, unit, addr, tlf, rng):
    k = kom
    return rng.choice([
        [f"Hvis du ikke er enig i afgørelsen, kan du klage til {k} inden 4 uger fra du har modtaget dette brev. "
         f"Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder vi "
         f"afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget.",
         "Klageadgangen følger af § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10."],
        [f"Du kan klage over afgørelsen inden fire uger efter, at du har fået den. Send klagen til {k}, {unit}, "
         f"{addr}, eller ring til os på {tlf}. Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi "
         f"din klage og sagens papirer til Ankestyrelsen."],
        [f"Klagefrist: 4 uger fra modtagelsen af dette brev. Klagen sendes til {k}, som genvurderer sagen. "
         f"Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen (LAB § 204, RSL §§ 66-67)."],
        [f"Er du uenig, skal du klage til {k} inden fire uger. Kommunen skal så genvurdere sin afgørelse inden "
         f"fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt "
         f"videre til Ankestyrelsen, som tager stilling til afgørelsen. Du behøver ikke begrunde din klage."],
    ])


def appeal_incomplete(kom, rng):
    return rng.choice([
        ["Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål."],
        [f"Du har mulighed for at klage til {kom}, hvis du er uenig."],
        ["Hvis du vil klage, kan du skrive til os."],
    ])


def appeal_other(kom, rng):
    return rng.choice([
        [f"Klagevejledning vedrørende befordringsgodtgørelse: Hvis du vil klage over afgørelsen om "
         f"befordringsgodtgørelse, skal du klage til {kom} inden 4 uger. Kommunen genvurderer og sender en "
         f"fastholdt afgørelse videre til Ankestyrelsen."],
        [f"Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85: Du kan klage til {kom} "
         f"inden fire uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen."],
    ])


def appeal_direct(rng):
    return rng.choice([
        ["Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes "
         "direkte til Ankestyrelsen, 7998 Statsservice, eller via ast.dk."],
        ["Er du ikke enig, kan du inden fire uger sende en klage direkte til Ankestyrelsen via borger.dk."],
    ])


def reasons(fn, rng, kind="grant"):
    if kind == "grant":
        return rng.choice([
            f"Vi har lagt vægt på, at {fn} har brug for støtte for at kunne gennemføre forløbet, og at "
            f"støtten ikke kan gives som en del af det almindelige tilbud. Afgørelsen er truffet efter § 167, "
            f"stk. 1, i lov om en aktiv beskæftigelsesindsats.",
            f"Bevillingen er givet efter LAB § 167. Vi vurderer, at mentorstøtte kan hjælpe dig med at fastholde "
            f"praktikken, fordi du tidligere har haft svært ved at møde stabilt.",
        ])
    if kind == "partial":
        return rng.choice([
            "Vi har lagt vægt på, at din praktik er på 15 timer om ugen, og at behovet for støtte derfor er "
            "mindre end ansøgt. Støtten kan efter § 167, stk. 1, højst gives for 6 måneder ad gangen.",
            "På baggrund af mentorens statusrapport vurderer vi, at færre timer er tilstrækkeligt. Vi har lagt "
            "vægt på, at du nu møder stabilt. Afgørelsen er truffet efter LAB § 167.",
        ])
    if kind == "refusal":
        return rng.choice([
            "Vi har lagt vægt på, at du allerede får støtte af en SPS-mentor på skolen, og at mentorstøtte efter "
            "§ 167 i lov om en aktiv beskæftigelsesindsats ikke gives til opgaver, som uddannelsesstedet "
            "selv skal løse.",
            "Der kan ikke gives mentorstøtte, når der ikke er et mål om beskæftigelse eller uddannelse "
            "(jf. LAB § 167). Vi har lagt vægt på, at du er tilkendt førtidspension og ikke ønsker job.",
        ])
    if kind == "end":
        return rng.choice([
            "Vi har lagt vægt på, at du nu er i ordinær beskæftigelse og ikke længere har behov for støtte, "
            "jf. LAB § 167. Mentorens statusrapport af 2. maj 2026 bekræfter dette.",
            "Du er flyttet fra kommunen pr. 1. maj 2026. Støtten ophører derfor, jf. § 167 i lov om en aktiv "
            "beskæftigelsesindsats.",
        ])
    return ""
