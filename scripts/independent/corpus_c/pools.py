"""Vocabulary pools for corpus C (independent evaluation corpus).

Everything here is invented for the corpus; names, phone numbers and CPR numbers are fictitious.
"""
import datetime as dt

KOMMUNER = [
    ("Viborg", "Viborg", "Prinsens Allé 5, 8800 Viborg"),
    ("Skive", "Skive", "Torvegade 10, 7800 Skive"),
    ("Horsens", "Horsens", "Rådhustorvet 4, 8700 Horsens"),
    ("Frederikshavn", "Frederikshavn", "Rådhus Allé 100, 9900 Frederikshavn"),
    ("Næstved", "Næstved", "Rådmandshaven 20, 4700 Næstved"),
    ("Slagelse", "Slagelse", "Rådhuspladsen 11, 4200 Slagelse"),
    ("Kolding", "Kolding", "Akseltorv 2, 6000 Kolding"),
    ("Holstebro", "Holstebro", "Kirkestræde 11, 7500 Holstebro"),
    ("Svendborg", "Svendborg", "Ramsherred 5, 5700 Svendborg"),
    ("Hjørring", "Hjørring", "Springvandspladsen 5, 9800 Hjørring"),
    ("Thisted", "Thisted", "Asylgade 30, 7700 Thisted"),
    ("Randers", "Randers", "Laksetorvet 1, 8900 Randers C"),
    ("Esbjerg", "Esbjerg", "Torvegade 74, 6700 Esbjerg"),
    ("Haderslev", "Haderslev", "Gåskærgade 26, 6100 Haderslev"),
    ("Sønderborg", "Sønderborg", "Rådhustorvet 10, 6400 Sønderborg"),
    ("Køge", "Køge", "Torvet 1, 4600 Køge"),
    ("Hillerød", "Hillerød", "Trollesmindealle 27, 3400 Hillerød"),
    ("Helsingør", "Helsingør", "Stengade 59, 3000 Helsingør"),
    ("Odsherred", "Nykøbing Sj.", "Nyvej 22, 4573 Højby"),
    ("Lolland", "Nakskov", "Jernbanegade 7, 4930 Maribo"),
    ("Guldborgsund", "Nykøbing F.", "Parkvej 37, 4800 Nykøbing F."),
    ("Faaborg-Midtfyn", "Ringe", "Tinghøj Allé 2, 5750 Ringe"),
    ("Silkeborg", "Silkeborg", "Søvej 1, 8600 Silkeborg"),
    ("Vordingborg", "Vordingborg", "Valdemarsgade 43, 4760 Vordingborg"),
    ("Varde", "Varde", "Bytoften 2, 6800 Varde"),
    ("Ikast-Brande", "Ikast", "Centerparken 1, 7330 Brande"),
    ("Mariagerfjord", "Hobro", "Nørregade 2, 9500 Hobro"),
    ("Kalundborg", "Kalundborg", "Holbækvej 141, 4400 Kalundborg"),
    ("Tønder", "Tønder", "Kongevej 57, 6270 Tønder"),
    ("Aabenraa", "Aabenraa", "Skelbækvej 2, 6200 Aabenraa"),
]

FIRST_F = ["Sara", "Mette", "Louise", "Camilla", "Anne", "Maria", "Signe", "Julie", "Nadia", "Fatima",
           "Hanne", "Birgitte", "Laila", "Amalie", "Ida", "Trine", "Pernille", "Zainab", "Rikke", "Lone",
           "Karina", "Dorte", "Malene", "Aysel", "Stine"]
FIRST_M = ["Jens", "Mikkel", "Anders", "Kasper", "Ahmad", "Rasmus", "Thomas", "Morten", "Lars", "Omar",
           "Jesper", "Henrik", "Søren", "Bilal", "Frederik", "Mads", "Niels", "Kim", "Tobias", "Emil",
           "Allan", "Brian", "Jakob", "Hassan", "Peter"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Holm", "Østergaard", "Bak", "Lund", "Kjær", "Dahl", "Yilmaz", "Ali",
        "Damgaard", "Frandsen", "Winther", "Vestergaard", "Krogh", "Bruun", "Mikkelsen", "Søgaard"]

FIRMS = [
    ("Mentorhuset ApS", "mentorhuset.dk"), ("Brobyg Mentor", "brobyg-mentor.dk"),
    ("Kompas Mentorservice", "kompasmentor.dk"), ("Nordisk Mentorcenter", "nordiskmentor.dk"),
    ("Trappen – mentor og vejledning", "trappen.nu"), ("Fodfæste Mentor ApS", "fodfaeste.dk"),
    ("Mentorkorpset", None), ("Ungeindsatsens mentorteam", None), ("Stepstone Mentor I/S", "stepstone-mentor.dk"),
    ("Jobbroen", "jobbroen.dk"), ("Mentorfabrikken", "mentorfabrikken.dk"), ("Rødder & Vinger ApS", "rv-mentor.dk"),
]

COMPANIES = ["Bilka", "Netto", "Lidl", "Rema 1000", "Coop 365", "Danish Crown", "Arla Foods", "Jysk",
             "Vestas", "Grundfos", "Silvan", "Bauhaus", "Elgiganten", "DSV", "PostNord", "ISS Facility Services",
             "Dagrofa", "Harboe Bryggeri", "Lego", "Stark", "Føtex", "Salling Group", "Bygma", "Circle K"]

SCHOOLS = ["VUC Nord", "VUC Syd", "VUC Storstrøm", "HF & VUC Fyn", "Tradium", "Mercantec", "EUC Syd",
           "Zealand Business College", "SOSU Nord", "SOSU Østjylland", "FGU Midtjylland", "FGU Vestsjælland",
           "AMU Vest", "AMU Nordjylland", "Learnmark", "Viden Djurs", "Campus Vejle", "Kold College",
           "Roskilde Tekniske Skole", "Syddansk Erhvervsskole", "CELF", "EUC Nordvest"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

PLACEHOLDERS = ["Klik eller tryk her for at skrive tekst.", "udfyldes", "-", "xx", "[indsæt]", "", "Udfyldes senere",
                "…", "[skriv her]"]


def add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def six_month_end(start):
    """Last allowed day (inclusive) of a 6-month period."""
    return add_months(start, 6) - dt.timedelta(days=1)


def fmt_date(d, style):
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month-1]} {d.year}"
    if style == "dot0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "dash0":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month-1]} {d.year}"
    raise ValueError(style)


GOALS_CLEAR = [
    "At {fn} starter på FVU-dansk på {school} i august 2026 og møder op til mindst 80 % af undervisningen.",
    "At {fn} fastholder sin praktik som lagermedhjælper hos {company} 3 dage om ugen.",
    "Ordinært job som rengøringsassistent på mindst 15 timer om ugen inden periodens udløb.",
    "{fn} gennemfører grundforløb 1 på EUD (tømrer) på {school} uden fravær ud over 10 %.",
    "Opstart på SOSU-hjælperuddannelsen på {school} i januar 2027.",
    "Fastholdelse af løntilskudsjob som pedelmedhjælper i {kommune} Kommune, 25 timer om ugen.",
    "At {fn} kommer i virksomhedspraktik i detailhandlen og møder stabilt 4 dage om ugen.",
    "Bestå AMU-kurset i truckcertifikat (B) og søge mindst 3 job som lagerarbejder om ugen.",
    "At {fn} gennemfører FGU-basis på {school} med fremmøde mindst 4 dage om ugen.",
    "Starte på HF-enkeltfag i matematik C på {school} fra august 2026.",
    "Fastholde fleksjob som køkkenmedhjælper i kantinen hos {company}, 12 timer om ugen.",
    "{fn} skal i ordinær ansættelse som chauffør (kategori C) senest 1. oktober 2026.",
    "At {fn} gennemfører første år på EUX Business på {school} og består eksamen i juni.",
    "Øge arbejdstiden i praktikken hos {company} fra 10 til 20 timer om ugen.",
    "Afklaring af job som butiksmedhjælper gennem 8 ugers praktik hos {company} og derefter ansøgning om løntilskud.",
    "At {fn} starter på STU-forløbet på {school} og deltager i alle skemalagte dage.",
]

GOALS_CLEAR_EN = [
    "{fn} gets a job as a cleaning assistant (at least 15 hours a week).",
    "{fn} keeps the internship at {company} warehouse three days a week.",
    "{fn} starts the Danish language course (FVU) at {school} in August 2026.",
    "{fn} completes the first module of the bus driver training at {school}.",
]

GOALS_UNCLEAR = [
    "At borgeren får det bedre.",
    "Øget trivsel og selvværd.",
    "At {fn} kommer videre i livet.",
    "Støtte til struktur i hverdagen.",
    "{fn} skal arbejde med sig selv.",
    "At {fn} får mere ro på og bliver mere afklaret.",
    "Generel stabilisering og bedre overblik.",
    "At {fn} får mere energi og overskud i hverdagen.",
    "Arbejde med sig selv og sin motivation.",
    "Mere livskvalitet og bedre trivsel.",
]
GOALS_UNCLEAR_EN = ["That {fn} feels better and gains more self-confidence.",
                    "General well-being and getting on with life."]

TASKS = [
    "Hjælpe med at skabe en fast morgenrutine, så {fn} kommer afsted til tiden",
    "Følge {fn} til de første møder på arbejdspladsen",
    "Være bindeled mellem {fn} og kontaktpersonen på praktikstedet",
    "Hjælpe med at åbne og forstå post i e-Boks",
    "Støtte i kontakten med læge og psykiatri",
    "Øve transport med offentlig transport til og fra skolen",
    "Hjælpe med at lave en ugeplan og følge den",
    "Tage med til samtaler med studievejleder",
    "Støtte {fn} i at skrive ansøgninger og CV",
    "Hjælpe med lektier og planlægning af afleveringer",
    "Følge op på fravær sammen med {fn} og skolen",
    "Telefonisk kontakt om morgenen på skoledage",
    "Hjælpe med overblik over økonomi og regninger",
    "Forberede {fn} på jobsamtaler",
    "Tale med arbejdsgiveren om skånehensyn",
]
TASKS_EN = [
    "Help {fn} plan the week and get up in time",
    "Go with {fn} to the first meetings at the workplace",
    "Be the link between {fn} and the contact person at the internship",
    "Help with letters in e-Boks and contact with the doctor",
    "Practise the bus route to the school",
]

FOLLOWUPS = [
    "Der afholdes opfølgningsmøde hver 4. uge mellem borger, mentor og sagsbehandler, hvor progressionen mod målet vurderes. Mentor sender en kort skriftlig status inden hvert møde.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før periodens udløb. Delmål: fremmøde 3 dage om ugen efter 6 uger, 4 dage efter 12 uger.",
    "Mentor giver status til jobkonsulenten hver måned. Vi evaluerer progressionen på statusmøder, og forløbet evalueres samlet senest 14 dage før ophør.",
    "Opfølgning sker på samtaler i kommunen hver 6. uge. Her ser vi på, om delmålene er nået (fremmøde, kontakt til arbejdsgiver) og justerer indsatsen.",
    "Status og evaluering: Mentor udfylder progressionsskema hver 14. dag. Fælles evalueringsmøde fire uger før bevillingsudløb.",
    "Vi holder statusmøde hver måned. Progression måles på, hvor mange dage {fn} møder op, og om {fn} selv kontakter skolen ved fravær.",
]
FOLLOWUPS_EN = [
    "We meet every four weeks (citizen, mentor and caseworker) to follow up on progress towards the goal. Final evaluation two weeks before the period ends.",
    "Follow-up: the mentor sends a monthly status on progress; a mid-term evaluation is held after three months.",
]

HOURS_OK = [
    "2 timer pr. uge", "1½ time om ugen", "½ time ugentligt", "halvanden time pr. uge", "to timer om ugen",
    "24 mentortimer i perioden", "2-3 timer ugentligt", "3 t/uge", "4 timer om måneden", "op til 3 timer pr. uge",
    "1 time ugentligt", "5 timer pr. uge i de første 4 uger, derefter 2 timer pr. uge", "tre timer om ugen",
    "8 timer om måneden", "2 t. pr. uge",
]
HOURS_OK_EN = ["2 hours per week", "1.5 hours a week", "3 hours weekly", "24 mentor hours in total"]
HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende efter aftale mellem mentor og borger",
               "det nødvendige antal timer", "som aftalt med mentor"]
HOURS_FOLLOW = ["Timerne placeres efter aftale.", "Tidspunkterne aftales løbende.", "Fordelingen over ugen sker efter aftale.", ""]

APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {kommune} Kommune inden 4 uger efter, at du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Kommunen vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til Jobcenter {kommune} inden fire uger fra den dag, du har fået afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, bliver din klage sendt videre til Ankestyrelsen, Beskæftigelsesudvalget (jf. LAB § 204 og retssikkerhedslovens kapitel 10).",
    "Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Klagefristen er 4 uger fra modtagelsen af denne aftale. Klagen sendes til {kommune} Kommune, Arbejdsmarked, {addr}, eller via borger.dk. Giver vi dig ikke medhold, videresender vi klagen til Ankestyrelsen.",
]
APPEAL_OK_EN = [
    "If you disagree, you can complain to {kommune} Municipality within 4 weeks of receiving this letter. The municipality will reconsider the decision; if it is upheld, your complaint is forwarded to Ankestyrelsen (the National Social Appeals Board).",
]
APPEAL_WRONG = [
    "Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter modtagelsen af dette brev. Klagen skal ikke sendes til kommunen.",
    "Klage skal sendes direkte til Ankestyrelsen (ast.dk) senest fire uger efter, at du har modtaget afgørelsen.",
]

REASONS_REFUSAL = [
    "Vi har lagt vægt på, at du allerede får støtte fra din kontaktperson efter serviceloven, og at denne støtte dækker det behov, du har beskrevet. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, hvorefter mentorstøtte skal være nødvendig for, at du kan deltage i en beskæftigelsesrettet indsats.",
    "Begrundelse: Du er i ordinær uddannelse, og skolen tilbyder SPS og elevcoach, som efter vores vurdering dækker dit behov. Vi har derfor vurderet, at betingelserne i LAB § 167, stk. 1, ikke er opfyldt.",
    "Vi har ved afgørelsen lagt vægt på oplysningerne fra dit praktiksted om, at du møder stabilt og selv klarer kontakten til arbejdsgiveren. Der er derfor ikke behov for mentorstøtte, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
]
REASONS_PARTIAL = [
    "Du har søgt om 5 timer om ugen. Vi bevilger 2 timer om ugen, fordi dit praktiksted selv stiller en kontaktperson til rådighed, og fordi mentorstøtten efter LAB § 167 kun skal dække det, der ikke kan løses på anden måde.",
    "Vi har bevilget en kortere periode end ansøgt, fordi vi vil vurdere, om støtten virker, før vi tager stilling til en eventuel forlængelse. Vi har lagt vægt på oplysningerne fra din sagsbehandler om dit fremmøde.",
]
REASONS_END = [
    "Støtten ophører, fordi du er startet i ordinært job og selv har oplyst, at du ikke længere har brug for mentor.",
    "Mentorstøtten stopper, da du er flyttet til en anden kommune.",
    "Vi stopper mentorstøtten, fordi målet med forløbet er nået: du har gennemført praktikken og er ansat i løntilskud.",
]
