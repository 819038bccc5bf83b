"""Names, dates and field wordings for the r-corpus."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NUMW = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
        10: "ti", 11: "elleve", 12: "tolv"}

FIRST = ["Sara", "Mads", "Yasmin", "Jonas", "Fatima", "Kasper", "Line", "Ahmad", "Mette", "Oliver",
         "Nadia", "Rasmus", "Camilla", "Emil", "Zeynep", "Frederik", "Ida", "Mikkel", "Louise", "Tobias",
         "Aylin", "Simon", "Katrine", "Bilal", "Signe", "Nikolaj", "Amalie", "Hassan", "Julie", "Anders"]
LAST = ["Kjærsgaard", "Holmvig", "Brandtoft", "Østerlund", "Madsbøl", "Rønnow", "Lykkehøj", "Fjeldsø",
        "Skovmose", "Bækgaard", "Thorsgård", "Vinkel", "Aagaard", "Krogholm", "Engstrøm", "Lindvad",
        "Bjerregård", "Stougaard", "Hyllested", "Nørrelund"]
KOMMUNER = ["Nordby Kommune", "Fjordkøbing Kommune", "Hedeby Kommune", "Sølund Kommune",
            "Vestmark Kommune", "Egerup Kommune"]
PROVIDERS = ["MentorKompagniet ApS", "Trinvis Mentor & Coaching", "Broen Mentorservice",
             "Fremad Støttepartner I/S", "Mentorhuset Øst"]
COMPANIES = ["Brugsen i Vesterby", "Lagerhotellet Nord A/S", "Plantecentret Kløvermarken",
             "Cykelværkstedet Ringen", "Kantinen på Rådhuset", "Autoværkstedet Centrum",
             "Plejecenter Solgården", "Tømrerfirmaet Bjælken"]
SCHOOLS = ["SOSU Syd", "Erhvervsskolen Nordvest", "VUC Fjordland", "Produktionsskolen Værkstedet",
           "Handelsgymnasiet Vestby", "Tekniske Skole Hedeby"]


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def end_of(start, months):
    return add_months(start, months) - dt.timedelta(days=1)


def fdate(d, style):
    if style == "long":
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "den":
        return "den %d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "weekday":
        return "%s den %d. %s %d" % (WEEKDAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    if style == "abbr":
        return "%d. %s %d" % (d.day, ABBR[d.month - 1], d.year)
    if style == "dot":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "dot0":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "dot2":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if style == "slash":
        return "%d/%d %d" % (d.day, d.month, d.year)
    if style == "slashdash":
        return "%d/%d-%d" % (d.day, d.month, d.year)
    if style == "slashdash2":
        return "%d/%d-%02d" % (d.day, d.month, d.year % 100)
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    raise ValueError(style)


DATE_STYLES = ["long", "den", "weekday", "abbr", "dot", "dot0", "dot2", "slash", "slashdash", "slashdash2", "iso", "dash"]


def months_words(n, rng, allow_half=True):
    opts = ["%d måneder" % n, "%d mdr." % n, "%s måneder" % NUMW[n], "%d mdr" % n, "%d mnd." % n]
    if n == 6 and allow_half:
        opts += ["et halvt år", "½ år"]
    if n == 12:
        opts += ["et år", "1 år", "12 måneder"]
    return rng.choice(opts)


def range_text(rng, start, end, months=None, weeks=None, dstyle=None, rstyle=None):
    """Return (text, range_style, date_style)."""
    dstyle = dstyle or rng.choice(DATE_STYLES)
    styles = ["dash", "til", "fra_til", "fom_tom", "fraogmed", "hyphen"]
    if months:
        styles += ["start_len", "pr_len"]
    if weeks:
        styles = ["weeks"]
    if start.day == 1 and end == end_of(dt.date(end.year, end.month, 1), 1) and start.year == end.year:
        styles.append("monthspan")
    rstyle = rstyle or rng.choice(styles)
    s, e = fdate(start, dstyle), fdate(end, dstyle)
    if rstyle == "dash":
        t = "%s – %s" % (s, e)
    elif rstyle == "hyphen":
        t = "%s-%s" % (s, e) if dstyle not in ("long", "den", "abbr", "weekday") else "%s - %s" % (s, e)
    elif rstyle == "til":
        t = "%s til %s" % (s, e)
    elif rstyle == "fra_til":
        t = "fra %s til %s" % (s, e)
    elif rstyle == "fom_tom":
        t = "f.o.m. %s t.o.m. %s" % (s, e)
    elif rstyle == "fraogmed":
        t = "fra og med %s til og med %s" % (s, e)
    elif rstyle == "start_len":
        t = "fra %s og %s frem" % (s, months_words(months, rng))
    elif rstyle == "pr_len":
        t = "pr. %s i %s" % (s, months_words(months, rng))
    elif rstyle == "monthspan":
        t = "%s–%s %d" % (MONTHS[start.month - 1], MONTHS[end.month - 1], end.year)
        dstyle = "monthname"
    elif rstyle == "weeks":
        t = "%d uger fra %s" % (weeks, s)
    return t, rstyle, dstyle


# ------------------------------------------------------------------ goals
CLEAR_GOALS = [
    "{fn} er i virksomhedspraktik som lagermedarbejder hos {company} fire dage om ugen, og praktikken er omsat til løntilskud inden periodens udløb.",
    "{fn} starter på SOSU-hjælperuddannelsen på {school} og har mindst 90 % fremmøde på det første semester.",
    "{fn} bevarer sit fleksjob som pedelmedhjælper hos {company} og møder stabilt alle tre aftalte arbejdsdage om ugen.",
    "{fn} er i ordinært job som butiksmedhjælper hos {company} på mindst halv tid ved periodens udløb.",
    "{fn} gennemfører grundforløb 1 på {school} og består den afsluttende prøve.",
    "{fn} kommer i løntilskud som køkkenmedhjælper i {company} og møder ind til tiden hver arbejdsdag.",
    "{fn} gennemfører praktikken hos {company} uden ugyldigt fravær og har ved afslutningen en konkret aftale om ansættelse.",
    "{fn} er tilbage i sit job hos {company} på fuld tid efter sygemeldingen og deltager i alle fire ugentlige vagter.",
]
EDU_GOALS = [
    "{fn} begynder på EUD-forløbet (grundforløb 1) på {school} efter sommerferien og møder op mindst fire ud af fem skoledage.",
    "{fn} gennemfører HF-enkeltfag i dansk og matematik på {school} og går op til eksamen i begge fag.",
    "{fn} fastholder sin uddannelse på {school} og består første semester uden at få frafaldssamtale.",
    "{fn} gennemfører 10. klasse på {school} og søger optagelse på en erhvervsuddannelse via optagelse.dk.",
    "{fn} er optaget på produktionsskolelinjen på {school} og møder stabilt fem dage om ugen.",
]
VAGUE_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Øget selvværd og mere struktur på hverdagen.",
    "Hjælp til at få styr på hverdagen og motivere {fn}.",
    "Sikre at {fn} trives bedre og får mere overskud.",
    "At {fn} får det bedre og kommer videre i livet.",
    "Motivere {fn} og skabe ro omkring hverdagen.",
]

TASKS = [
    "følge {fn} til de første møder på {place}",
    "holde en fast samtale hver uge om fremmøde og transport",
    "hjælpe med at skabe overblik over post i e-Boks og aftaler i kalenderen",
    "være bindeled til den daglige leder på {place}",
    "træne turen med bus og tog til {place} sammen med {fn}",
    "hjælpe {fn} med at søge SPS og kontakte studievejlederen",
    "deltage i trepartssamtaler med {place} og kommunen",
    "ringe {fn} op om morgenen de første to uger",
    "hjælpe med at forberede samtaler med lederen",
    "tage en snak med {fn} efter hver arbejdsuge om, hvad der gik godt og skidt",
]
TASKS_EN = [
    "accompany {fn} to the first meetings at {place}",
    "weekly check-in call om fremmøde og transport",
    "help with overview of e-Boks and the calendar",
    "be the contact person to the daily leder at {place}",
    "practice the bus route to {place} together with {fn}",
]

FOLLOW = [
    "Statusmøde med {fn}, mentor og sagsbehandler hver måned. Delmål: {sub}. Evaluering 14 dage før støtteperioden ophører.",
    "Vi følger op hver 4. uge på et fælles møde, og progressionen vurderes ud fra delmålet: {sub}.",
    "Midtvejsevaluering efter halvdelen af perioden og slutevaluering 14 dage før udløb. Progression måles på: {sub}.",
    "Mentor sender en kort skriftlig status til sagsbehandleren hver måned. Delmål for progression: {sub}.",
    "Opfølgningssamtale hver anden uge mellem {fn} og mentor; sagsbehandleren deltager hver anden gang. Mål for progression: {sub}.",
]
FOLLOW_NOGOALWORD = [
    "Statusmøde med {fn}, mentor og sagsbehandler hver måned. Progressionen vurderes ud fra fremmødet. Evaluering 14 dage før støtteperioden ophører.",
    "Mentor sender en kort skriftlig status til sagsbehandleren hver måned, og vi evaluerer progressionen sammen.",
]
SUBGOALS = ["fremmøde mindst fire dage om ugen efter den første måned",
            "{fn} tager selv bussen til {place} uden følge",
            "{fn} melder selv fravær til lederen",
            "{fn} har selv booket og holdt et møde med studievejlederen",
            "ingen udeblivelser fra aftalte samtaler"]

APPEAL_FULL = {
    "formal": ("Hvis De ikke er enig i afgørelsen, kan De klage. Klagen skal sendes til {kommune}, "
               "{dept}, inden 4 uger efter, at De har modtaget afgørelsen. Klagen kan være skriftlig eller mundtlig. "
               "Kommunen genvurderer afgørelsen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen "
               "videre til Ankestyrelsen, Beskæftigelsesudvalget, jf. § 204 i lov om en aktiv beskæftigelsesindsats "
               "og retssikkerhedslovens kapitel 10."),
    "du": ("Er du ikke enig? Så kan du klage til os i {kommune} inden fire uger efter, at du har fået brevet. "
           "Vi kigger på sagen igen, og hvis vi ikke ændrer den, sender vi din klage videre til Ankestyrelsen."),
    "short": ("Klage over afgørelsen sendes til {kommune} inden 4 uger fra modtagelsen. Kommunen genvurderer "
              "sagen og sender den til Ankestyrelsen, hvis afgørelsen fastholdes (LAB § 204)."),
    "provider": ("Aftalen bygger på kommunens afgørelse om mentorstøtte. Er du uenig i afgørelsen, skal du klage "
                 "til {kommune}, {dept}, senest 4 uger efter, at du har modtaget afgørelsen. "
                 "Kommunen genvurderer og sender en fastholdt afgørelse videre til Ankestyrelsen."),
}
APPEAL_NODEADLINE = {
    "formal": ("Hvis De ikke er enig i afgørelsen, kan De klage til {kommune}, {dept}. Kommunen genvurderer "
               "afgørelsen, og fastholdes den, sendes klagen videre til Ankestyrelsen, jf. § 204 i lov om en aktiv "
               "beskæftigelsesindsats."),
    "du": "Er du ikke enig? Så kan du klage til os i {kommune}. Vi kigger på sagen igen.",
    "short": "Klage over afgørelsen sendes til {kommune}, som genvurderer sagen.",
    "provider": "Er du uenig i kommunens afgørelse, kan du klage til {kommune}, {dept}.",
}
APPEAL_NOBODY = {
    "formal": ("Hvis De ikke er enig i afgørelsen, kan De klage inden 4 uger efter, at De har modtaget den. "
               "Klagen kan være skriftlig eller mundtlig."),
    "du": "Er du ikke enig, kan du klage inden fire uger efter, at du har fået brevet.",
    "short": "Der kan klages over afgørelsen inden 4 uger fra modtagelsen.",
    "provider": "Er du uenig i afgørelsen, kan du klage senest 4 uger efter, at du har modtaget den.",
}
APPEAL_VAGUE = {
    "formal": "De kan klage over afgørelsen.",
    "du": "Du kan godt klage, hvis du er uenig.",
    "short": "Der er klageadgang.",
    "provider": "Du kan klage over den.",
}

VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende, efter aftale med mentor",
               "det antal timer, der er brug for", "nogle timer hver uge"]


def hours_text(rng, h, per="uge", style=None):
    """h: int or float weekly hours (per='uge') or monthly (per='måned')."""
    if per == "måned":
        opts = ["%d timer om måneden" % h, "%d timer pr. måned" % h, "%d timer/md" % h, "%s timer månedligt" % NUMW.get(h, h)]
        return rng.choice(opts)
    if h == 1.5:
        return rng.choice(["halvanden time om ugen", "1,5 time pr. uge", "1½ time ugentligt"])
    if h == 1:
        return rng.choice(["1 time pr. uge", "én time om ugen", "1 t/uge", "en time ugentligt"])
    opts = ["%d timer pr. uge" % h, "%d t/uge" % h, "%s timer om ugen" % NUMW[h], "%d timer ugentligt" % h,
            "%d timer/uge" % h, "%d-%d timer pr. uge" % (h - 1, h)]
    return rng.choice(opts)
