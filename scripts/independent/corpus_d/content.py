"""Content model for corpus D: municipalities, mentor firms, field values and ground truth.

Ground truth is computed from the *states* chosen here, never from rendered text.
"""
import datetime as dt
import calendar

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


class PH(str):
    """A placeholder value (Word placeholder, 'udfyldes', '-', empty cell...)."""


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def is_over(start, end):
    return end > add_months(start, 6) - dt.timedelta(days=1)


# ---------------------------------------------------------------- municipalities
MUNIS = [
    dict(key="aabenraa", name="Aabenraa Kommune", unit="Jobcenter Aabenraa", addr="Skelbækvej 2, 6200 Aabenraa",
         phone="73 76 76 76", mail="jobcenter@aabenraa.dk", domain="aabenraa.dk", sender_new=False,
         title="Aftale om mentorstøtte", labels=dict(goal="Mål med mentorstøtten", mentor="Mentor", tasks="Mentors opgaver",
         period="Periode", follow="Opfølgning", hours="Timetal", appeal="Klagevejledning"),
         order=["goal", "mentor", "tasks", "period", "hours", "follow"], ph="Klik eller tryk her for at skrive tekst."),
    dict(key="faxe", name="Faxe Kommune", unit="Faxe Kommune, Arbejdsmarked", addr="Frederiksgade 9, 4690 Haslev",
         phone="56 20 30 00", mail="arbejdsmarked@faxekommune.dk", domain="faxekommune.dk", sender_new=True,
         title="Skriftlig aftale om mentor", labels=dict(goal="Formål", mentor="Din mentor", tasks="Hvad skal mentor hjælpe dig med?",
         period="Hvor længe?", follow="Hvordan følger vi op?", hours="Hvor mange timer?", appeal="Hvis du vil klage"),
         order=["goal", "tasks", "mentor", "hours", "period", "follow"], ph="udfyldes"),
    dict(key="holbaek", name="Holbæk Kommune", unit="Holbæk Kommune, Job og Uddannelse", addr="Kanalstræde 2, 4300 Holbæk",
         phone="72 36 36 36", mail="job@holb.dk", domain="holb.dk", sender_new=True,
         title="Mentoraftale", labels=dict(goal="Målsætning", mentor="Mentor (navn og kontakt)", tasks="Indsatsområder",
         period="Varighed", follow="Evaluering og progression", hours="Antal timer pr. uge", appeal="Klageadgang"),
         order=["goal", "mentor", "period", "hours", "tasks", "follow"], ph="-"),
    dict(key="toender", name="Tønder Kommune", unit="Jobcenter Tønder", addr="Wegners Plads 2, 6270 Tønder",
         phone="74 92 92 92", mail="jobcenter@toender.dk", domain="toender.dk", sender_new=False,
         title="AFTALE OM MENTORSTØTTE (LAB § 167)", labels=dict(goal="1. Målet med mentorstøtten", mentor="2. Mentorens navn og kontaktdata",
         tasks="3. Mentorens opgaver", period="4. Varighed", follow="5. Opfølgning inkl. mål for progression", hours="6. Timetal",
         appeal="7. Klagevejledning"), order=["goal", "mentor", "tasks", "period", "follow", "hours"], ph="[indsæt]"),
    dict(key="roskilde", name="Roskilde Kommune", unit="Jobcenter Roskilde", addr="Køgevej 80, 4000 Roskilde",
         phone="46 31 30 00", mail="jobcenter@roskilde.dk", domain="roskilde.dk", sender_new=False,
         title="Aftale om mentor", labels=dict(goal="Hovedformål", mentor="Kontaktperson/mentor", tasks="Støtten består i",
         period="Bevilget periode", follow="Statusmøder", hours="Timeantal", appeal="Sådan klager du"),
         order=["goal", "tasks", "period", "hours", "mentor", "follow"], ph=""),
    dict(key="rudersdal", name="Rudersdal Kommune", unit="Rudersdal Kommune, Beskæftigelse", addr="Øverødvej 2, 2840 Holte",
         phone="46 11 00 00", mail="beskaeftigelse@rudersdal.dk", domain="rudersdal.dk", sender_new=True,
         title="Mentoraftale – skriftlig aftale", labels=dict(goal="Mål", mentor="Mentor", tasks="Opgaver",
         period="Gyldig fra/til", follow="Opfølgning/evaluering", hours="Timer", appeal="Klagevejledning"),
         order=["mentor", "goal", "tasks", "hours", "period", "follow"], ph="Udfyldes af sagsbehandler"),
    dict(key="herning", name="Herning Kommune", unit="Jobcenter Herning", addr="Fredhøjvej 1, 7400 Herning",
         phone="96 28 28 28", mail="jobcenter@herning.dk", domain="herning.dk", sender_new=False,
         title="Aftale om mentorstøtte efter lov om en aktiv beskæftigelsesindsats", labels=dict(goal="Målet med mentorstøtten",
         mentor="Mentorens navn og kontaktdata", tasks="Hvilke opgaver mentoren skal bistå ved", period="Varigheden af aftalen",
         follow="Opfølgning – inklusiv mål for progression", hours="Timetallet for mentorstøtten", appeal="Klagevejledning"),
         order=["goal", "mentor", "tasks", "period", "follow", "hours"], ph="Klik her for at angive tekst."),
    dict(key="viborg", name="Viborg Kommune", unit="Viborg Kommune, Job & Borger", addr="Prinsens Allé 5, 8800 Viborg",
         phone="87 87 87 87", mail="jobogborger@viborg.dk", domain="viborg.dk", sender_new=True,
         title="Mentorforløb – aftale", labels=dict(goal="Det vil vi opnå", mentor="Mentor", tasks="Det hjælper mentor med",
         period="Forløbets længde", follow="Sådan følger vi op", hours="Tid", appeal="Klage"),
         order=["goal", "tasks", "mentor", "period", "hours", "follow"], ph="…"),
    dict(key="svendborg", name="Svendborg Kommune", unit="Jobcenter Svendborg", addr="Ramsherred 5, 5700 Svendborg",
         phone="62 23 30 00", mail="jobcenter@svendborg.dk", domain="svendborg.dk", sender_new=False,
         title="Aftale om mentorstøtte", labels=dict(goal="Formål med mentorstøtten", mentor="Mentor", tasks="Mentors opgaver",
         period="Periode", follow="Evaluering", hours="Timer pr. uge", appeal="Klagevejledning"),
         order=["goal", "mentor", "tasks", "hours", "period", "follow"], ph="Udfyldes"),
    dict(key="hjoerring", name="Hjørring Kommune", unit="Hjørring Kommune, Center for Arbejdsmarked", addr="Springvandspladsen 5, 9800 Hjørring",
         phone="72 33 33 33", mail="arbejdsmarked@hjoerring.dk", domain="hjoerring.dk", sender_new=True,
         title="Mentoraftale", labels=dict(goal="Mål og indsatsområde", mentor="Navn og kontaktdata på mentor", tasks="Mentorens opgaver",
         period="Støttens varighed", follow="Opfølgning", hours="Støttens timetal", appeal="Klagevejledning"),
         order=["goal", "tasks", "mentor", "period", "hours", "follow"], ph="-"),
    dict(key="naestved", name="Næstved Kommune", unit="Jobcenter Næstved", addr="Rådmandshaven 20, 4700 Næstved",
         phone="55 88 55 88", mail="jobcenter@naestved.dk", domain="naestved.dk", sender_new=False,
         title="Aftale om mentor (LAB § 167)", labels=dict(goal="Mål", mentor="Mentor", tasks="Indsats",
         period="Aftalens varighed", follow="Opfølgning og progression", hours="Ugentligt timetal", appeal="Klagevejledning"),
         order=["goal", "mentor", "period", "tasks", "hours", "follow"], ph="[Skriv her]"),
    dict(key="silkeborg", name="Silkeborg Kommune", unit="Silkeborg Kommune, Jobcenter", addr="Søvej 1, 8600 Silkeborg",
         phone="89 70 10 00", mail="jobcenter@silkeborg.dk", domain="silkeborg.dk", sender_new=True,
         title="Aftale om mentorstøtte", labels=dict(goal="Formål og mål", mentor="Mentor", tasks="Opgaver for mentor",
         period="Periode for støtten", follow="Opfølgning", hours="Timeantal", appeal="Klagevejledning"),
         order=["goal", "tasks", "hours", "period", "mentor", "follow"], ph="Klik eller tryk her for at skrive tekst."),
]

FIRMS = [
    dict(key="mhn", name="Mentorhuset Nord ApS", addr="Havnegade 14, 9000 Aalborg", phone="70 22 18 18",
         mail="kontakt@mentorhuset-nord.dk", domain="mentorhuset-nord.dk", cvr="38 11 42 07", lang="da"),
    dict(key="tft", name="Trin for Trin Mentor I/S", addr="Algade 31, 4000 Roskilde", phone="26 14 90 90",
         mail="post@trinfortrin.dk", domain="trinfortrin.dk", cvr="41 27 88 19", lang="da"),
    dict(key="btj", name="Bro til Job ApS", addr="Vestergade 7, 7400 Herning", phone="97 12 40 40",
         mail="info@brotiljob.dk", domain="brotiljob.dk", cvr="36 90 12 55", lang="da"),
    dict(key="nbm", name="NordicBridge Mentoring ApS", addr="Bredgade 40, 1260 København K", phone="+45 33 91 20 20",
         mail="hello@nordicbridge.dk", domain="nordicbridge.dk", cvr="42 55 10 03", lang="en"),
]

FIRST = ["Karin", "Mads", "Lene", "Søren", "Pia", "Jens", "Maja", "Ahmad", "Sofie", "Thomas", "Birgitte", "Rasmus",
         "Hanne", "Kasper", "Louise", "Niels", "Fatima", "Jonas", "Camilla", "Ole", "Mette", "Emil", "Dorthe", "Ali"]
LAST = ["Holm", "Jensen", "Nielsen", "Hansen", "Østergaard", "Madsen", "Kristensen", "Larsen", "Sørensen", "Bæk",
        "Rasmussen", "Thomsen", "Christiansen", "Poulsen", "Lund", "Friis", "Yilmaz", "Mortensen", "Dahl", "Kjær"]
CITIZEN_FIRST = ["Nikolaj", "Amalie", "Yusuf", "Freja", "Patrick", "Signe", "Mikkel", "Sara", "Omar", "Julie",
                 "Kenneth", "Line", "Bilal", "Trine", "Martin", "Nanna", "Dennis", "Ida"]


def person(rng, pool=FIRST):
    return "%s %s" % (rng.choice(pool), rng.choice(LAST))


def phone(rng):
    return "%02d %02d %02d %02d" % (rng.choice([20, 22, 23, 25, 26, 28, 29, 30, 31, 40, 41, 42, 50, 51, 60, 61]),
                                    rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))


def initials_mail(name, domain):
    parts = name.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").split()
    return "%s%s@%s" % (parts[0][:3], parts[-1][:3], domain)


def cpr(rng):
    d = dt.date(1968, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 37))
    ser = rng.randint(1000, 9999)
    style = rng.choice(["dash", "plain", "space"])
    base = "%02d%02d%02d" % (d.day, d.month, d.year % 100)
    raw = {"dash": "%s-%04d", "plain": "%s%04d", "space": "%s %04d"}[style] % (base, ser)
    return raw, "%s%04d" % (base, ser)


# ---------------------------------------------------------------- field values
GOALS_CLEAR = [
    "At du starter på FVU-dansk på VUC Syd i august 2026 og møder op mindst 4 ud af 5 dage.",
    "At du gennemfører virksomhedspraktik som lagermedarbejder hos Dagrofa i Kolding og derefter overgår til løntilskud.",
    "Fastholdelse i fleksjob som pedelmedhjælper på Østre Skole.",
    "At borger påbegynder grundforløb 1 (tømrer) på EUD i august 2026.",
    "At du gennemfører AMU-kurset Gaffeltruck certifikat B og søger mindst 5 stillinger som lagermedarbejder hver måned.",
    "At borger kan fastholde sin ordinære ansættelse som buschauffør hos Arriva og undgår nye sygemeldinger.",
    "Borger skal gennemføre 1. semester på HF (enkeltfag) og aflevere alle skriftlige opgaver til tiden.",
    "At du starter på FGU (produktionsgrunduddannelse, køkkenlinjen) og deltager stabilt i undervisningen.",
    "At borger kommer i virksomhedspraktik i en børnehave med henblik på optag på PAU-uddannelsen.",
    "At du gennemfører praktikforløbet i Bilka Holstebro (kundeservice) og har under 3 dages fravær i perioden.",
    "Fastholdelse på SOSU-hjælperuddannelsen, så borger består 1. praktikperiode.",
    "At borger får ordinært job i rengøringsbranchen, fx hos ISS eller en lokal kommune.",
    "At du gennemfører STU-praktikken på Genbrugspladsen og møder til tiden.",
    "At borger starter på EUX Business på Niels Brock i januar 2027.",
    "At du møder stabilt i din løntilskudsstilling som køkkenmedhjælper på plejecenter Solgården.",
    "At borger bliver afklaret til fleksjob som medhjælper i en gartnerivirksomhed og gennemfører en arbejdsprøvning.",
]
GOALS_VAGUE = [
    "Øget trivsel og livskvalitet.",
    "At borger kommer videre.",
    "Borger skal arbejde med sig selv og få det bedre.",
    "Støtte til struktur i hverdagen.",
    "Bedre overblik og mere ro i hverdagen.",
    "At borger oplever større selvværd og mestring.",
    "At styrke borgers sociale kompetencer og selvtillid.",
    "At du får det godt og finder din egen vej.",
    "Stabilisering af borgers generelle situation.",
]
GOALS_CLEAR_EN = [
    "That you start the Danish language course (Danskuddannelse 3, module 4) and then apply for the EUD welding programme in August 2026.",
    "That you keep your job as a warehouse assistant at Maersk Logistics and complete the probation period.",
    "That you complete the job placement (virksomhedspraktik) at a hotel reception and move into a wage-subsidy job.",
]
GOALS_VAGUE_EN = ["Improved wellbeing and self-confidence.", "That you feel better and move forward in life."]

TASKS = [
    ["følge borger til de første møder på uddannelsesstedet", "hjælpe med at planlægge ugen og holde fast i mødetider",
     "være bindeled til studievejleder"],
    ["støtte borger i at møde stabilt på praktikstedet", "tale med praktikstedets kontaktperson om tilpasning af opgaver",
     "hjælpe med transport den første uge"],
    ["hjælp til at åbne og besvare digital post", "træning i at bruge rejseplanen og tage bussen selv",
     "støtte ved samtaler på arbejdspladsen"],
    ["motivere og guide borger i jobsøgning", "hjælpe med CV og ansøgninger", "forberede borger til jobsamtaler"],
    ["støtte i kontakt med arbejdsgiver og kolleger", "hjælpe med at håndtere uforudsete ændringer i vagtplanen"],
    ["hjælpe borger med lektieplan og afleveringer", "deltage i møde med SPS-ansvarlig på skolen",
     "træne at sige til, når noget er svært"],
]
TASKS_EN = [["help you plan your week and keep appointments", "accompany you to the first days at the workplace",
             "liaise with your contact person at the company"],
            ["support you with applications and interviews", "help you use Digital Post and MitID"]]

FOLLOW = [
    "Opfølgning hver 4. uge med sagsbehandler, mentor og borger. Progression vurderes i forhold til målet.",
    "Statusmøde efter 6 uger og evaluering 14 dage før periodens udløb. Mentor sender kort statusnotat inden hvert møde.",
    "Mentor giver skriftlig status hver måned. Midtvejsevaluering i fællesskab; progression måles på fremmøde.",
    "Vi evaluerer sammen hver 3. måned og altid 14 dage før støtten ophører. Delmål: fremmøde 80 % i de første 4 uger.",
    "Opfølgningssamtale i jobcentret efter 8 uger. Progression: antal fremmødedage registreres af mentor.",
    "Evaluering fire uger før bevillingsudløb med deltagelse af borger, mentor og rådgiver.",
]
FOLLOW_EN = ["Follow-up meeting every four weeks with your caseworker; progress is measured against the goal.",
             "Status review after 8 weeks and a final evaluation two weeks before the period ends."]

HOURS_OK = ["1½ time om ugen", "halvanden time ugentligt", "to timer ugentligt", "24 mentortimer i perioden",
            "2-3 timer pr. uge", "3 t./uge", "90 minutter om ugen", "4 timer pr. uge", "8 timer om måneden",
            "Op til 5 timer ugentligt", "2 timer/uge", "3 timer pr. uge", "1 time ugentligt", "6 timer pr. uge de første 4 uger, derefter 3 timer pr. uge"]
HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende efter aftale mellem mentor og borger", "nogle timer hver uge"]
HOURS_EN = ["2 hours per week", "3 hours a week", "1.5 hours weekly"]

APPEAL_OK = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {unit} inden 4 uger fra du har modtaget dette brev. Du kan klage mundtligt eller skriftligt. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen (Beskæftigelsesudvalget), jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
    "Klagefristen er 4 uger fra modtagelsen af denne aftale. Send din klage til {unit}, {addr}, eller skriv via {mail}. Vi vurderer sagen igen. Giver vi dig ikke medhold, sender vi klagen til Ankestyrelsen inden for 4 uger.",
    "Er du uenig, kan du klage til jobcentret inden 4 uger. Jobcentret genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes. Du behøver ikke begrunde din klage.",
]
APPEAL_EMPTY = ["Du kan klage over den.", "Du har mulighed for at klage, hvis du er utilfreds."]
APPEAL_WRONG = [
    "Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen inden 4 uger. Klagen sendes til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, eller via ast.dk.",
    "Klage skal indsendes direkte til Ankestyrelsen senest 4 uger efter, at du har modtaget afgørelsen.",
]
APPEAL_EN = ["If you disagree with the decision, you can complain to the municipality within four weeks. The municipality will reconsider the decision; if it is upheld, your complaint is forwarded to Ankestyrelsen (the National Social Appeals Board)."]


# ---------------------------------------------------------------- periods
def week_monday(year, week):
    return dt.date.fromisocalendar(year, week, 1)


def fmt_period(rng, start, end, style=None, months=None):
    """Return text for a period. Some styles only valid for whole months."""
    whole = start.day == 1 and end == add_months(start, (end.year - start.year) * 12 + end.month - start.month + 1) - dt.timedelta(days=1)
    styles = ["slash", "dots2", "words", "fratil", "iso", "dots4", "dash4"]
    if whole:
        styles += ["monthrange"]
    if months:
        styles += ["frem", "pr"]
    st = style or rng.choice(styles)
    if st == "slash":
        return "%d/%d-%d – %d/%d-%d" % (start.day, start.month, start.year, end.day, end.month, end.year)
    if st == "dots2":
        return "%02d.%02d.%02d-%02d.%02d.%02d" % (start.day, start.month, start.year % 100, end.day, end.month, end.year % 100)
    if st == "dots4":
        return "%d.%d.%d – %d.%d.%d" % (start.day, start.month, start.year, end.day, end.month, end.year)
    if st == "dash4":
        return "%02d-%02d-%d til %02d-%02d-%d" % (start.day, start.month, start.year, end.day, end.month, end.year)
    if st == "words":
        return "%d. %s %d – %d. %s %d" % (start.day, MONTHS[start.month - 1], start.year, end.day, MONTHS[end.month - 1], end.year)
    if st == "fratil":
        return "fra %d. %s %d til og med %d. %s %d" % (start.day, MONTHS[start.month - 1], start.year, end.day, MONTHS[end.month - 1], end.year)
    if st == "iso":
        return "%s – %s" % (start.isoformat(), end.isoformat())
    if st == "monthrange":
        if start.year == end.year:
            return "%s–%s %d" % (MONTHS[start.month - 1], MONTHS[end.month - 1], end.year)
        return "%s %d – %s %d" % (MONTHS[start.month - 1], start.year, MONTHS[end.month - 1], end.year)
    if st == "frem":
        return "fra %d. %s %d og %s måneder frem" % (start.day, MONTHS[start.month - 1], start.year, NUMW.get(months, str(months)))
    if st == "pr":
        return "pr. %d. %s %d i %d måneder" % (start.day, MONTHS[start.month - 1], start.year, months)
    if st == "en":
        return "%d %s %d – %d %s %d" % (start.day, MONTHS_EN[start.month - 1], start.year, end.day, MONTHS_EN[end.month - 1], end.year)
    raise ValueError(st)


NUMW = {3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni", 12: "tolv"}


def make_period(rng, over, en=False, allow_weeks=True):
    """Return dict(start, end, text, over). Deterministic given rng."""
    year = 2026
    kind = rng.random()
    if allow_weeks and kind < 0.12 and not en:
        w0 = rng.choice([10, 12, 14, 15, 18])
        span = rng.choice([30, 33, 35]) if over else rng.choice([12, 16, 20, 24])
        s = week_monday(year, w0)
        e = week_monday(year, w0 + span - 1) + dt.timedelta(days=6)
        assert is_over(s, e) == over
        return dict(start=s, end=e, text="uge %d-%d %d" % (w0, w0 + span - 1, year) if rng.random() < .5 else "uge %d-%d" % (w0, w0 + span - 1), over=over)
    if not over and kind < 0.2 and not en:
        s = dt.date(year, rng.choice([3, 5, 8]), 1)
        e = s + dt.timedelta(days=181)
        assert not is_over(s, e)
        return dict(start=s, end=e, text="26 uger fra %d. %s %d" % (s.day, MONTHS[s.month - 1], s.year), over=False)
    month = rng.randint(1, 9)
    day = rng.choice([1, 1, 1, 15, 9])
    s = dt.date(year, month, day)
    if over:
        mode = rng.choice(["m7", "m8", "m9", "m12", "plus1"])
        if mode == "plus1":
            s = dt.date(year, month, 1)
            e = add_months(s, 6)
            n = None
        else:
            n = int(mode[1:])
            e = add_months(s, n) - dt.timedelta(days=1)
    else:
        n = rng.choice([3, 4, 6, 6, 6, 5])
        e = add_months(s, n) - dt.timedelta(days=1)
    assert is_over(s, e) == over, (s, e, over)
    if en:
        return dict(start=s, end=e, text=fmt_period(rng, s, e, "en"), over=over)
    return dict(start=s, end=e, text=fmt_period(rng, s, e, months=n), over=over)


def ddate(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


# ---------------------------------------------------------------- cases
RULES_BY_KIND = {
    "agreement": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                  "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"],
    "minplan": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"],
    "decision": ["missing-appeal-guidance", "duration-over-6-months"],
    "unknown": [],
}


def new_case(rng, kind, mun, firm, defects=(), en=False):
    """Create a case dict. defects: set of strings like 'goal:missing', 'goal:vague', 'goal:ph',
    'mentor:name_only', 'mentor:cw_only', 'mentor:missing', 'mentor:ph', 'tasks:missing', 'tasks:ph',
    'period:missing', 'period:ph', 'period:over', 'follow:missing', 'follow:ph', 'hours:missing',
    'hours:vague', 'hours:ph', 'appeal:missing', 'appeal:empty', 'appeal:ph'."""
    d = dict(kind=kind, mun=mun, firm=firm, en=en)
    st = {}
    for x in defects:
        k, v = x.split(":")
        st[k] = v
    d["states"] = st
    d["citizen"] = person(rng, CITIZEN_FIRST)
    d["cw"] = person(rng)
    d["cw_phone"] = mun["phone"][:6] + "%02d %02d" % (rng.randint(10, 99), rng.randint(10, 99))
    d["cw_mail"] = initials_mail(d["cw"], mun["domain"])
    d["mentor"] = person(rng)
    while d["mentor"] == d["cw"]:
        d["mentor"] = person(rng)
    d["m_phone"] = phone(rng)
    d["m_mail"] = initials_mail(d["mentor"], firm["domain"] if firm else mun["domain"])
    d["m_org"] = firm["name"] if firm else mun["unit"]
    if en:
        g = rng.choice(GOALS_VAGUE_EN if st.get("goal") == "vague" else GOALS_CLEAR_EN)
    else:
        g = rng.choice(GOALS_VAGUE if st.get("goal") == "vague" else GOALS_CLEAR)
    d["goal"] = g
    d["tasks"] = list(rng.choice(TASKS_EN if en else TASKS))
    d["period"] = make_period(rng, st.get("period") == "over", en=en)
    d["follow"] = rng.choice(FOLLOW_EN if en else FOLLOW)
    d["hours"] = rng.choice(HOURS_EN if en else (HOURS_VAGUE if st.get("hours") == "vague" else HOURS_OK))
    if en:
        d["appeal"] = APPEAL_EN[0]
    elif st.get("appeal") == "empty":
        d["appeal"] = rng.choice(APPEAL_EMPTY)
    elif st.get("appeal") == "wrong":
        d["appeal"] = rng.choice(APPEAL_WRONG)
    else:
        d["appeal"] = rng.choice(APPEAL_OK).format(unit=mun["unit"], addr=mun["addr"], mail=mun["mail"])
    d["date"] = d["period"]["start"] - dt.timedelta(days=rng.randint(3, 20))
    d["journal"] = "%02d.%02d.%02d-%s-%05d-26" % (rng.choice([15, 27]), rng.randint(1, 40), rng.randint(0, 12), rng.choice(["G01", "P20", "A00"]), rng.randint(1, 99999))
    d["cpr"] = None
    return d


def present(case, field):
    return case["states"].get(field) not in ("missing", "ph")


def expected_rules(case):
    st = case["states"]
    kind = case["kind"]
    r = set()
    if kind in ("agreement", "minplan"):
        if st.get("goal") in ("missing", "ph"):
            r.add("missing-goal")
        elif st.get("goal") == "vague":
            r.add("unclear-goal")
        if st.get("mentor") in ("missing", "ph", "name_only", "cw_only"):
            r.add("missing-mentor")
        if st.get("tasks") in ("missing", "ph"):
            r.add("missing-tasks")
        if st.get("period") in ("missing", "ph"):
            r.add("missing-duration")
        elif st.get("period") == "over":
            r.add("duration-over-6-months")
        if st.get("hours") in ("missing", "ph", "vague"):
            r.add("missing-hours")
    if kind == "agreement":
        if st.get("follow") in ("missing", "ph"):
            r.add("missing-follow-up")
        if st.get("appeal") in ("missing", "ph", "empty"):
            r.add("missing-appeal-guidance")
    if kind == "decision":
        if st.get("appeal") in ("missing", "empty"):
            r.add("missing-appeal-guidance")
        if st.get("period") == "over":
            r.add("duration-over-6-months")
    return sorted(r & set(RULES_BY_KIND[kind]))
