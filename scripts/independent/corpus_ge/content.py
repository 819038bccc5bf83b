"""Content pools for corpus ge: people, aims (goals) and the other mandatory fields in many wordings.

Everything is fictional. The goal is the main variable of this corpus: each aim can be written as
a sentence, an acronym/school line, a SMART table, a main goal with sub-goals (delmål), an answer
under a question heading, and each has vague or activity-only counterparts (defects).
"""
from __future__ import annotations

import datetime as dt
import random

FIRST = ["Amina", "Jonas", "Sara", "Mikkel", "Louise", "Ahmed", "Camilla", "Rasmus", "Fatima", "Nikolaj",
         "Julie", "Kasper", "Mette", "Ali", "Sofie", "Emil", "Hanne", "Tobias", "Zainab", "Frederik",
         "Line", "Patrick", "Nadia", "Jesper", "Ida", "Omar", "Trine", "Mads", "Yasmin", "Brian"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Dahl", "Lund", "Bach", "Holm"]
MENTOR_FIRST = ["Lars", "Birgitte", "Henrik", "Susanne", "Kim", "Anne-Mette", "Jakob", "Pia", "Torben",
                "Lene", "Søren", "Marianne", "Claus", "Helle", "Morten", "Dorthe", "Bo", "Karina"]
KOMMUNER = ["Holstebro", "Esbjerg", "Vejle", "Frederikshavn", "Næstved", "Silkeborg", "Horsens", "Roskilde",
            "Hjørring", "Svendborg", "Kolding", "Viborg", "Randers", "Guldborgsund", "Slagelse", "Herning",
            "Skive", "Faaborg-Midtfyn"]
PROVIDERS = ["Mentorhuset ApS", "Job & Balance", "Kompetencecenter Vest", "Ungeenhedens mentorkorps",
             "Bro til Job", "Mentor Midt I/S", "Fokus Mentor", "Socialfagligt Team, Jobhuset",
             "Brobyggerne", "Trappen – mentor og coaching"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def phone(rng: random.Random) -> str:
    d = [rng.choice("2345678")] + [str(rng.randint(0, 9)) for _ in range(7)]
    s = "".join(d)
    style = rng.randint(0, 2)
    if style == 0:
        return f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}"
    if style == 1:
        return f"{s[0:4]} {s[4:8]}"
    return s


def slug(name: str) -> str:
    t = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "."), ("-", "")):
        t = t.replace(a, b)
    return t


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    # clamp day
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError


def period(rng: random.Random, months: int, year: int = 2026) -> tuple[dt.date, dt.date]:
    start_month = rng.randint(1, 3) if months > 6 else rng.randint(1, 4)
    day = rng.choice([1, 1, 1, 15, 1, 10])
    start = dt.date(year, start_month, day)
    end = add_months(start, months) - dt.timedelta(days=1)
    return start, end


def fdate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return d.isoformat()
    if style == 5:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"


def frange(start: dt.date, end: dt.date, rng: random.Random) -> str:
    st = rng.randint(0, 6)
    a, b = fdate(start, st), fdate(end, st)
    sep = rng.choice([" – ", " - ", "–", " til ", "-"])
    if st == 6:
        return f"fra {a} til {b}"
    form = rng.randint(0, 3)
    if form == 0:
        return f"{a}{sep}{b}"
    if form == 1:
        return f"f.o.m. {a} t.o.m. {b}"
    if form == 2:
        return f"fra {a} til og med {b}"
    return f"{a}{sep}{b}"


# ---------------------------------------------------------------- aims (clear goals)
# Each aim: short (acronym/school line), sentence (state reached), smart (5 rows), main + delmål,
# answer (first person, for question headings). {n} is the citizen's first name.
AIMS = [
    dict(key="eud-toemrer", area="uddannelse",
         short="EUD tømrer, grundforløb 2 på Mercantec fra 10. august 2026",
         sentence="{n} er startet på grundforløb 2 (tømrer) på Mercantec i Viborg den 10. august 2026 og møder mindst fire dage om ugen.",
         smart=["{n} starter på grundforløb 2, tømrer, på Mercantec.",
                "Fremmøde mindst 4 af 5 skoledage; skolen registrerer fravær.",
                "{n} har selv søgt og glæder sig til at arbejde med hænderne.",
                "{n} har gennemført GF1 på FGU i foråret og har optagelsesbrev.",
                "Skolestart 10. august 2026; status ved opfølgning i uge 40."],
         main="{n} gennemfører grundforløb 2 som tømrer på Mercantec og får en uddannelsesaftale.",
         subs=["Inden 1. juli 2026 har {n} været på besøg på skolen og fået skema.",
               "Fra skolestart møder {n} mindst 4 dage om ugen.",
               "Inden 1. december 2026 har {n} søgt 10 praktikpladser."],
         answer="Jeg vil være tømrer. Jeg starter på GF2 på Mercantec i august og vil møde hver dag."),
    dict(key="sosu", area="uddannelse",
         short="SOSU-hjælper, SOSU Nord, optag 3. august 2026",
         sentence="{n} er optaget på social- og sundhedshjælperuddannelsen på SOSU Nord med start 3. august 2026 og har højst 10 % fravær i første skoleperiode.",
         smart=["Optagelse og start på SOSU-hjælperuddannelsen, SOSU Nord (Aalborg).",
                "Ansøgning sendt inden 15. marts; højst 10 % fravær i første skoleperiode.",
                "{n} ønsker at arbejde i ældreplejen og har haft praktik på plejecenter.",
                "Optagelseskravene (dansk og EUD-vejledning) er opfyldt.",
                "Skolestart 3. august 2026."],
         main="{n} starter på SOSU-hjælperuddannelsen på SOSU Nord 3. august 2026.",
         subs=["Ansøgning til SOSU Nord er sendt senest 15. marts 2026.",
               "{n} har en fast døgnrytme og står op kl. 7 fem dage om ugen fra maj.",
               "{n} deltager i brobygningsdagen på skolen i juni."],
         answer="Jeg vil starte på SOSU-hjælper på SOSU Nord til august og klare første skoleperiode."),
    dict(key="hf-vuc", area="uddannelse",
         short="HF-enkeltfag (dansk C, matematik C) på VUC Storstrøm, eksamen juni 2026",
         sentence="{n} gennemfører HF-enkeltfagene dansk C og matematik C på VUC Storstrøm og går til eksamen i juni 2026.",
         smart=["Dansk C og matematik C som HF-enkeltfag på VUC Storstrøm.",
                "Afleverer alle skriftlige opgaver; går til eksamen i begge fag.",
                "Fagene giver adgang til pædagoguddannelsen, som {n} vil søge.",
                "{n} har 12 timers undervisning om ugen, resten er fri til lektier.",
                "Eksamen juni 2026."],
         main="{n} har bestået dansk C og matematik C på VUC Storstrøm i juni 2026, så {n} kan søge pædagoguddannelsen.",
         subs=["{n} møder til alle lektioner i dansk og matematik fra februar.",
               "Hver fredag er ugens afleveringer sendt.",
               "{n} tilmelder sig eksamen inden fristen 1. april."],
         answer="Jeg vil bestå dansk C og mat C på VUC til sommer, så jeg kan søge ind på pædagog."),
    dict(key="fgu-pgu", area="uddannelse",
         short="FGU Midt, PGU-sporet (Byg & Anlæg), fremmøde 90 %",
         sentence="{n} går på FGU Midt på produktionsgrunduddannelsen (Byg & Anlæg) og har et fremmøde på mindst 90 % ved udgangen af perioden.",
         smart=["{n} går på PGU, værkstedet Byg & Anlæg, FGU Midt (skolen i Silkeborg).",
                "Fremmøde mindst 90 % pr. måned, målt i skolens fraværsregistrering.",
                "{n} kan lide værkstedet og vil gerne være anlægsgartner.",
                "Fremmøde har været 70 % i efteråret; 90 % er realistisk med vækning.",
                "Måles månedligt; slutmål ved periodens udløb."],
         main="{n} gennemfører første forløb på FGU Midt (PGU, Byg & Anlæg) med mindst 90 % fremmøde.",
         subs=["{n} møder kl. 8.00 alle skoledage fra uge 10.",
               "Fravær meldes til kontaktlæreren inden kl. 8.",
               "{n} har været i en uges praktik hos en anlægsgartner inden sommerferien."],
         answer="At jeg kommer på FGU hver dag og bliver færdig med forløbet på Byg & Anlæg."),
    dict(key="amu-truck", area="uddannelse",
         short="AMU: Gaffeltruckcertifikat B (AMU Syd), derefter lagerjob",
         sentence="{n} har taget gaffeltruckcertifikat B på AMU Syd inden 1. juni 2026 og søger mindst fem lagerjob om ugen derefter.",
         smart=["Truckcertifikat B på AMU Syd og job på et lager.",
                "Kursusbevis; fem jobansøgninger om ugen fra juni.",
                "{n} har arbejdet på lager før og vil gerne tilbage.",
                "Kurset er bevilget og starter 20. april 2026.",
                "Certifikat inden 1. juni 2026; job inden udgangen af perioden."],
         main="{n} er i ordinært job på et lager inden periodens udløb.",
         subs=["{n} gennemfører AMU-kurset gaffeltruck B (start 20. april 2026).",
               "Fra 1. juni sender {n} fem ansøgninger om ugen.",
               "{n} har et opdateret CV på Jobnet inden 15. april."],
         answer="Få truckcertifikat og komme i arbejde på et lager igen, gerne fuld tid."),
    dict(key="fvu", area="uddannelse",
         short="FVU-læsning trin 2 og FVU-matematik, VUC Vestsjælland",
         sentence="{n} har gennemført FVU-læsning trin 2 på VUC Vestsjælland inden 30. april 2026 og er tilmeldt AMU-kurset i lager og logistik.",
         smart=["FVU-læsning trin 2 på VUC Vestsjælland.",
                "Trintest bestået; deltager i to lektioner om ugen.",
                "{n} vil kunne læse arbejdssedler og tage et AMU-kursus.",
                "Undervisningen ligger om formiddagen, hvor {n} er frisk.",
                "Inden 30. april 2026."],
         main="{n} har bestået FVU-læsning trin 2 inden 30. april 2026 og er tilmeldt et AMU-kursus.",
         subs=["{n} møder til begge FVU-lektioner hver uge.",
               "{n} læser selv sin post i e-Boks fra marts.",
               "Tilmelding til AMU-kursus i maj."],
         answer="Jeg vil blive bedre til at læse, tage FVU trin 2 på VUC og så et AMU-kursus."),
    dict(key="praktik-netto", area="job",
         short="Virksomhedspraktik i Netto, Holstebro Nord – 15 t/uge, sigte: løntilskud",
         sentence="{n} er i virksomhedspraktik 15 timer om ugen i Netto, Holstebro Nord, senest 1. maj 2026, med henblik på et løntilskudsjob.",
         smart=["Virksomhedspraktik i Netto, Holstebro Nord (varemodtagelse og opfyldning).",
                "15 timer om ugen fordelt på 3 dage; praktikværten kvitterer for fremmøde.",
                "{n} har selv fundet praktikstedet.",
                "Lægen vurderer, at 15 timer er muligt nu.",
                "Start senest 1. maj 2026; løntilskud drøftes i august."],
         main="{n} er i løntilskud i Netto, Holstebro Nord, 20 timer om ugen inden udgangen af perioden.",
         subs=["Senest 1. maj 2026 er {n} startet i virksomhedspraktik 15 timer om ugen.",
               "I juni møder {n} alle aftalte dage uden afbud.",
               "I juli er timetallet øget til 20 timer om ugen."],
         answer="Jeg vil gerne i praktik i Netto 15 timer om ugen og have løntilskud bagefter."),
    dict(key="fleksjob-lager", area="job",
         short="Fleksjob på lager, Bygma Næstved, 12 t/uge",
         sentence="{n} er ansat i fleksjob 12 timer om ugen på lageret hos Bygma i Næstved og har været stabilt til stede i tre måneder.",
         smart=["Fleksjob som lagermedarbejder hos Bygma, Næstved.",
                "12 timer om ugen; højst 2 sygedage om måneden.",
                "{n} trives med fysisk arbejde og faste opgaver.",
                "Arbejdspladsen har tilrettelagt opgaverne efter skånehensyn.",
                "Fastholdelse gennem hele perioden."],
         main="{n} fastholder sit fleksjob på lageret hos Bygma, Næstved, 12 timer om ugen.",
         subs=["{n} har højst to sygedage om måneden.",
               "{n} har en fast aftale med lagerformanden om pauser fra første uge.",
               "I juni vurderes, om timetallet kan øges til 15."],
         answer="Jeg vil beholde mit fleksjob hos Bygma og ikke melde mig syg så tit."),
    dict(key="chauffoer", area="job",
         short="Ordinært job som chauffør (C-kørekort)",
         sentence="{n} er i ordinært job som lastbilchauffør (C-kørekort) inden 1. oktober 2026.",
         smart=["Ordinært job som lastbilchauffør.",
                "C-kørekort taget; tre ansøgninger om ugen; job inden 1. oktober.",
                "{n} har kørt varebil i fem år og vil køre lastbil.",
                "Kørekortet er bevilget som opkvalificering.",
                "Kørekort i juni, job inden 1. oktober 2026."],
         main="{n} er i ordinært job som chauffør inden 1. oktober 2026.",
         subs=["{n} består C-kørekort i juni 2026.",
               "Fra juli søger {n} tre chaufførjob om ugen.",
               "{n} har haft mindst én jobsamtale inden 1. september."],
         answer="Mit mål er et fast job som chauffør. Jeg tager C-kørekort i juni."),
    dict(key="stu", area="uddannelse",
         short="STU på Ungdomsskolen Kolding – 2. år, praktik i kantine",
         sentence="{n} gennemfører 2. år af STU på Ungdomsskolen Kolding og er i kantinepraktik to dage om ugen fra marts 2026.",
         smart=["2. år af STU; praktikdel i kantinen på Kolding Rådhus.",
                "To praktikdage om ugen; STU-vejlederen registrerer fremmøde.",
                "{n} har selv valgt kantinen.",
                "{n} kan tage bussen alene på strækningen.",
                "Fra marts 2026."],
         main="{n} gennemfører 2. år af STU på Ungdomsskolen Kolding med praktik i kantinen.",
         subs=["{n} tager bussen selv til praktikken fra uge 12.",
               "{n} møder begge praktikdage hver uge.",
               "{n} kan selv melde afbud til praktikstedet."],
         answer="At jeg kan køre med bussen selv og være i praktik i kantinen to dage om ugen som en del af min STU."),
    dict(key="eux", area="uddannelse",
         short="EUX Business på Tradium, Randers, start januar 2027",
         sentence="{n} starter på EUX Business på Tradium i januar 2027 og har inden da bestået matematik D.",
         smart=["EUX Business, Tradium Randers.",
                "Matematik D bestået; ansøgning sendt på optagelse.dk.",
                "{n} vil arbejde med kontor og økonomi.",
                "{n} har 9. klasses afgangsprøve og tager matematik D på VUC.",
                "Start januar 2027."],
         main="{n} starter på EUX Business på Tradium i januar 2027.",
         subs=["Matematik D bestået i december 2026.",
               "Ansøgning på optagelse.dk sendt inden 1. november.",
               "{n} deltager i åbent hus på Tradium i oktober."],
         answer="Jeg vil gerne på EUX Business på Tradium efter nytår."),
    dict(key="univ", area="uddannelse",
         short="Genoptage BA Sociologi, Københavns Universitet (2 eksaminer sommer 2026)",
         sentence="{n} har genoptaget bacheloruddannelsen i sociologi på Københavns Universitet og består to eksaminer i sommereksamen 2026.",
         smart=["Genoptagelse af BA i sociologi, KU.",
                "To eksaminer bestået (15 ECTS) i juni 2026.",
                "{n} mangler kun 45 ECTS og vil færdiggøre.",
                "Studievejlederen har lagt en plan; SPS er bevilget.",
                "Sommereksamen 2026."],
         main="{n} består to eksaminer på sociologi (KU) i sommeren 2026.",
         subs=["{n} er tilmeldt to fag inden 1. februar.",
               "{n} læser på biblioteket fire dage om ugen fra marts.",
               "{n} holder møde med studievejlederen hver måned."],
         answer="Jeg vil tilbage på studiet og bestå to eksaminer til sommer."),
    dict(key="laborant", area="uddannelse",
         short="Laborant, Erhvervsakademi Aarhus (KVU), optag september 2026",
         sentence="{n} er optaget på laborantuddannelsen på Erhvervsakademi Aarhus med studiestart september 2026.",
         smart=["Laborantuddannelsen, Erhvervsakademi Aarhus.",
                "Ansøgning sendt inden 15. marts, optagelse i juli.",
                "{n} har kemi B og vil arbejde i laboratorium.",
                "{n} opfylder adgangskravene.",
                "Studiestart september 2026."],
         main="{n} begynder på laborantuddannelsen på Erhvervsakademi Aarhus i september 2026.",
         subs=["Ansøgning på optagelse.dk senest 15. marts 2026.",
               "{n} deltager i studiepraktik en dag i april.",
               "Boligansøgning til kollegium sendt i maj."],
         answer="Jeg vil gerne være laborant og starte på Erhvervsakademiet i september."),
    dict(key="pm-boernehave", area="job",
         short="Virksomhedspraktik, Børnehuset Solsikken – 20 t/uge, pædagogmedhjælper",
         sentence="{n} er i virksomhedspraktik som pædagogmedhjælper i Børnehuset Solsikken 20 timer om ugen senest 1. april 2026.",
         smart=["Praktik som pædagogmedhjælper i Børnehuset Solsikken.",
                "20 timer om ugen, 4 dage à 5 timer.",
                "{n} har arbejdet med børn før og ønsker det.",
                "Lederen har sagt ja til praktikken.",
                "Start senest 1. april 2026."],
         main="{n} er i praktik som pædagogmedhjælper i Børnehuset Solsikken 20 timer om ugen.",
         subs=["Start i praktikken senest 1. april 2026 med 12 timer om ugen.",
               "Fra 1. maj 20 timer om ugen.",
               "Afklaring af løntilskud i juni."],
         answer="Jeg vil i praktik i børnehaven Solsikken og arbejde 20 timer om ugen."),
]

# ---------------------------------------------------------------- unclear goals (defects)
VAGUE = [
    "Øget trivsel og mere struktur på hverdagen.",
    "At {n} kommer videre og får det bedre med sig selv.",
    "{n} skal komme tættere på arbejdsmarkedet.",
    "Styrke selvværd, mestring og livskvalitet.",
    "Afklaring af {n}s situation og ressourcer.",
    "Bedre trivsel og ro på økonomien.",
    "At {n} får mere overskud og et bedre netværk.",
]
ACTIVITY = [
    "Støtte til at komme op om morgenen og hjælp til at åbne e-Boks.",
    "Mentor skal motivere {n} og sikre at {n} kommer til samtaler i kommunen.",
    "Hjælp til struktur, økonomi og kontakt til egen læge.",
    "Støtte til at fastholde praktik.",
    "Sikre at {n} deltager i sine aftaler og får tilbud om samtaler.",
    "Motivere til uddannelse og hjælpe med det praktiske.",
    "Mentor støtter {n} i hverdagen og hjælper med at holde styr på aftaler.",
]
VAGUE_SMART = [
    ["Trivsel og struktur.", "Vurderes løbende af mentor.", "{n} er motiveret.", "Ja.", "Løbende."],
    ["Komme videre.", "Samtaler med mentor.", "Aftalt med {n}.", "Det vurderes realistisk.", "Hurtigst muligt."],
    ["Bedre hverdag og selvværd.", "Mentor vurderer.", "Enig.", "Ja, med støtte.", "Inden for perioden."],
]
VAGUE_MAIN = [
    ("Tættere på arbejdsmarkedet.", ["Bedre døgnrytme.", "Mere overskud i hverdagen.", "Styr på økonomien."]),
    ("Øget trivsel.", ["{n} får det bedre.", "Mindre ensomhed.", "Mere struktur."]),
    ("Afklaring.", ["Støtte til kontakt med læge.", "Hjælp til post og breve.", "Motivation."]),
]
VAGUE_ANSWER = [
    "Jeg vil gerne have det bedre og komme lidt mere ud.",
    "At få styr på mit liv og min økonomi.",
    "Komme videre. Det ved jeg ikke helt endnu.",
]
PLACEHOLDER = ["Udfyldes ved opstartsmødet", "-", "…", "xx", "Udfyldes senere", "[indsæt mål]", "", "Aftales"]

# ---------------------------------------------------------------- tasks
TASKS = [
    ["Følge {n} til praktikstedet/skolen de første to uger",
     "Ugentlig samtale om fremmøde, søvn og transport",
     "Hjælpe med at åbne og forstå post fra kommunen og skolen",
     "Være bindeled til kontaktlæreren eller praktikværten"],
    ["Vækkeopkald om morgenen de første fire uger",
     "Gennemgå ugeplanen med {n} hver mandag",
     "Tage med til møder med SU-kontoret og studievejlederen",
     "Øve busruten sammen med {n}"],
    ["Hjælpe med CV og ansøgninger på Jobnet",
     "Forberede jobsamtaler sammen med {n}",
     "Følge op på fremmøde på kurset",
     "Kontakt til arbejdsgiveren ved problemer"],
    ["Sparre om fravær og hvad der står i vejen",
     "Hjælpe med budget og betaling af regninger",
     "Følge med til lægen, hvis {n} ønsker det",
     "Støtte {n} i at melde fravær selv"],
]
TASK_PROSE = [
    "Mentoren skal hjælpe dig med at komme af sted om morgenen, tage med dig de første dage og tale med dig hver uge om, hvordan det går.",
    "{m} skal hjælpe {n} med at planlægge ugen, følge med til de første møder på skolen og hjælpe med post og breve.",
    "Mentoren tager med dig til praktikstedet den første uge, ringer til dig om morgenen og hjælper dig med at skrive til arbejdsgiveren, hvis du bliver syg.",
]
TASK_PLACEHOLDER = ["-", "Aftales mellem mentor og borger", "Udfyldes af mentor", "…"]

# ---------------------------------------------------------------- hours
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "1½ time ugentligt", "4 timer om ugen",
         "2-3 timer pr. uge", "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge", "6 timer ugentligt",
         "2 timer om ugen (direkte kontakt)", "10 timer pr. måned"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende", "Aftales", "-"]

# ---------------------------------------------------------------- follow-up
FOLLOW = [
    "Statusmøde med borger, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før ophør.",
    "Mentor sender kort status til sagsbehandler hver måned; fælles opfølgning {d}.",
    "Vi følger op på delmålene ved et møde hver anden uge og evaluerer hele forløbet 14 dage før periodens udløb.",
    "Opfølgningssamtale i kommunen {d} og igen to uger før periodens afslutning. Progression måles på fremmøde.",
    "Midtvejsevaluering {d}; slutevaluering fire uger før bevillingsudløb.",
    "Månedligt trepartsmøde (borger, mentor, jobkonsulent). Fremmøde i procent noteres hver gang.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov", "-"]

# ---------------------------------------------------------------- appeal guidance
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har modtaget dette brev. Kommunen vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen. Du kan klage skriftligt eller mundtligt.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {k} Kommune, Arbejdsmarked, senest 4 uger efter du har fået afgørelsen. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Klagefristen er 4 uger fra du har modtaget afgørelsen. Du klager til kommunen (mail, brev eller telefon). Vi ser på sagen igen, og giver vi dig ikke ret, sender vi klagen til Ankestyrelsen, som træffer afgørelse.",
    "Er du uenig, kan du klage til jobcentret i {k} Kommune. Klagen skal være modtaget inden fire uger. Jobcentret genvurderer sagen, og hvis afgørelsen fastholdes, videresendes klagen til Ankestyrelsen.",
]
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Er du utilfreds, er du velkommen til at kontakte din sagsbehandler.",
    "Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85 skal sendes til kommunen inden 4 uger.",
]
APPEAL_DIRECT = "Hvis du vil klage, skal du sende klagen til Ankestyrelsen inden 4 uger efter modtagelsen af afgørelsen."
