"""Text pools for corpus HM (long documents with buried content). Danish throughout."""

FIRST = ["Anna", "Mikkel", "Sara", "Ahmed", "Louise", "Jonas", "Fatima", "Kasper", "Maja", "Rasmus",
         "Nadia", "Emil", "Camilla", "Tobias", "Line", "Omar", "Julie", "Frederik", "Amalie", "Bilal",
         "Signe", "Mads", "Helle", "Peter", "Yasmin", "Christian", "Mette", "Ali", "Katrine", "Søren"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Vestergaard", "Dahl", "Holm", "Bak", "Lund"]
KOMMUNER = ["Gribskov", "Holbæk", "Vejle", "Viborg", "Odense", "Aalborg", "Herning", "Faxe", "Roskilde",
            "Silkeborg", "Esbjerg", "Næstved", "Horsens", "Kolding", "Svendborg", "Slagelse", "Randers"]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Job & Trivsel", "jobogtrivsel.dk"),
             ("Kompetencecenter Øst", "kc-oest.dk"), ("Broen til Job", "broentiljob.dk"),
             ("KLAR Mentor I/S", "klarmentor.dk"), ("Nordvest Mentorcenter", "nvmentor.dk"),
             ("Socialfagligt Team Midt", "sftmidt.dk"), ("Værkstedet Fyn", "vaerkstedetfyn.dk")]
COMPANIES = ["Netto i Søndergade", "Bilka Lager", "Kantinen på Rådhuset", "Plantorama", "DSV Road",
             "Dagli'Brugsen", "Jysk Distributionscenter", "Bauhaus", "Normal", "Kvickly", "Danish Crown"]
SCHOOLS = ["SOSU-skolen", "Tradium", "VUC Syd", "FGU Midt", "Mercantec", "Kold College", "EUC Nord",
           "Roskilde Tekniske Skole", "Syddansk Erhvervsskole"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CLEAR_GOALS = [
    "{fn} starter på grundforløb 1 på {school} i august 2026 og møder mindst 90 % af undervisningstiden i de første ti uger.",
    "{fn} er i virksomhedspraktik 15 timer om ugen som lagermedarbejder hos {company} senest 1. maj 2026, med henblik på et løntilskudsjob.",
    "{fn} gennemfører FVU-dansk trin 2 på {school} og har søgt optagelse på SOSU-hjælperuddannelsen inden 1. september 2026.",
    "{fn} fastholder sit fleksjob som køkkenmedhjælper i {company} med 12 timer om ugen og har højst to fraværsdage pr. måned.",
    "{fn} har et ordinært job på mindst 20 timer om ugen inden for lager eller butik ved periodens udløb.",
    "{fn} gennemfører første år af den pædagogiske assistentuddannelse uden at falde fra og går til eksamen i juni 2026.",
    "{fn} møder stabilt i praktik i {company} fire dage om ugen og har fået tilbudt en elevplads eller et løntilskudsjob senest ved periodens udløb.",
    "{fn} kommer i gang med 10-klasse-forløb på {school} og har en uddannelsesplan for en erhvervsuddannelse klar inden sommerferien 2026.",
]
VAGUE_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "{fn} skal komme videre i sit liv og få mere selvværd.",
    "Sikre at {fn} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Hjælp til at skabe ro, overblik og stabilitet i hverdagen.",
    "Motivere {fn} til at tage hånd om sin situation og finde sig selv.",
]
SUBGOALS = [
    ["{fn} møder til aftalt tid mindst fire ud af fem dage i de første fire uger.",
     "{fn} har selv kontakt til praktikstedet ved sygdom inden kl. 8.",
     "{fn} har lavet en ugeplan, som bruges hver søndag."],
    ["{fn} tager selv bussen til skolen fra uge 3.",
     "{fn} har holdt én samtale med studievejlederen inden første evaluering.",
     "Fraværet er under 10 % ved udgangen af marts."],
    ["{fn} har afklaret økonomien med borgerservice inden 1. april.",
     "{fn} deltager selv i alle møder på arbejdspladsen de første to måneder.",
     "{fn} kan selv fortælle sin leder om skånehensyn."],
]
TASKS = [
    ["Følge {fn} til praktikstedet de første to uger og tale med kontaktpersonen der",
     "Tale med {fn} om fremmøde, transport og hvordan det går på praktikstedet",
     "Hjælpe med at lave en ugeplan og en morgenrutine",
     "Være bisidder ved møder med skolen eller arbejdspladsen"],
    ["Hjælpe {fn} med at få overblik over skemaet og afleveringer",
     "Øve bustur og mødetider sammen med {fn}",
     "Støtte i kontakten til studievejleder og SPS",
     "Ringe op ved udeblivelse samme dag"],
    ["Gennemgå post og breve fra det offentlige sammen med {fn} hver uge",
     "Tage med til jobsamtaler og forberede dem",
     "Hjælpe med at finde en løsning på pasning, så {fn} kan møde kl. 8",
     "Aftale skånehensyn med lederen på arbejdspladsen"],
]
FOLLOWUPS = [
    "Der holdes statusmøde med {fn}, mentor og sagsbehandler hver 4. uge. Progressionen måles på delmålene. Senest 14 dage før periodens udløb holdes et evalueringsmøde, hvor vi vurderer, om støtten skal fortsætte.",
    "Mentor sender en kort skriftlig status til sagsbehandler hver måned. Efter tre måneder holdes midtvejsevaluering med alle parter, og 14 dage før udløb en afsluttende evaluering.",
    "Opfølgning sker ved trepartsmøde hver 6. uge (første gang i uge {week}). Her gennemgås fremmøde, delmål og timeforbrug.",
    "Vi følger op hver anden uge ved en kort telefonsamtale mellem mentor og sagsbehandler, og en gang om måneden ved et fælles møde med {fn}.",
]
VAGUE_FOLLOWUP = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Der følges op, når det giver mening for forløbet."]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "8 timer om måneden", "op til 4 timer om ugen",
         "1½ time om ugen", "5 timer pr. uge de første 4 uger, derefter 3 timer pr. uge", "2 t/uge"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {kommune} Kommune. Klagen skal være modtaget senest fire uger efter, at du har modtaget denne afgørelse. Du kan klage skriftligt eller mundtligt. Kommunen vurderer sagen igen inden fire uger. Hvis kommunen fastholder afgørelsen, sender vi din klage og sagens akter videre til Ankestyrelsen, Beskæftigelsesudvalget. Klageadgangen følger af § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i retssikkerhedsloven.",
    "Du kan klage over afgørelsen om mentorstøtte. Send klagen til {kommune} Kommune, {unit}, inden 4 uger fra du har fået afgørelsen. Vi genvurderer afgørelsen, og giver vi dig ikke ret, sender vi klagen videre til Ankestyrelsen. Du kan ikke klage direkte til Ankestyrelsen.",
    "Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen (LAB § 204, retssikkerhedslovens §§ 66-67).",
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen.",
    "Hvis du er utilfreds med aftalen, kan du kontakte din sagsbehandler.",
    "Du kan klage over afgørelsen til kommunen. Klagen kan være skriftlig eller mundtlig.",
]
APPEAL_OTHER = ("Klage over afgørelse om befordringsgodtgørelse: Er du uenig i afgørelsen om befordringsgodtgørelse, "
                "kan du klage til kommunen inden 4 uger. Kommunen genvurderer sagen og sender den videre til Ankestyrelsen.")

GDPR = ("Når du modtager mentorstøtte, behandler {kommune} Kommune oplysninger om dig, herunder helbredsoplysninger "
        "og dit CPR-nummer, efter databeskyttelsesforordningens artikel 6, stk. 1, litra e, og artikel 9, samt "
        "databeskyttelseslovens § 11. Oplysningerne deles kun med mentoren i det omfang, det er nødvendigt for "
        "forløbet. Du har ret til indsigt, til berigtigelse og i visse tilfælde til begrænsning af behandlingen. "
        "Spørgsmål kan rettes til kommunens databeskyttelsesrådgiver på dpo@{kom_l}.dk. Du kan også klage til "
        "Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby.")

BACKGROUND = [
    "{fn} er {age} år og bor alene i en lejlighed i {town}. {Pron} har afsluttet 9. klasse, men har ikke en uddannelse ud over grundskolen. {Pron} har tidligere arbejdet som ufaglært i detailhandlen, men har været uden job i omkring to år. {Pron} beskriver selv, at det er svært at komme i gang om morgenen, og at {pron} mister overblikket, når der kommer mange breve og aftaler på én gang.",
    "{fn} er {age} år, bor sammen med sin mor og to yngre søskende i {town} og modtager uddannelseshjælp som aktivitetsparat. {Pron} startede på en erhvervsuddannelse i 2022, men faldt fra efter et halvt år på grund af fravær. Siden har {pron} haft korte ansættelser via vikarbureau.",
    "{fn} er {age} år og har boet i Danmark siden 2015. {Pron} har gennemført danskuddannelse 3 og har arbejdet som rengøringsassistent i en årrække, indtil en arbejdsskade i ryggen gjorde det nødvendigt at stoppe. {Pron} er nu i et afklaringsforløb med henblik på et job med skånehensyn.",
    "{fn} er {age} år og har en baggrund som lagerarbejder. Efter en længere sygemelding med stress og angst har {pron} været på sygedagpenge og er nu overgået til jobafklaringsforløb. {Pron} har stærke praktiske kompetencer og er vant til at arbejde i teams.",
]
RESOURCES = [
    "Ressourcer: {fn} er mødestabil, når {pron} først er kommet i gang, er god til praktisk arbejde og har et godt netværk i sin familie. {Pron} er motiveret for at komme i arbejde og har selv foreslået praktikstedet.",
    "Ressourcer: {fn} er venlig, hjælpsom og god til at tale med andre. {Pron} har kørekort og er stærk i matematik. Barrierer: manglende struktur i hverdagen, gæld og periodevis dårlig søvn.",
    "Ressourcer: stor arbejdsvilje, erfaring fra rengøring og køkken, god til at følge instrukser. Barrierer: sproglige udfordringer i skriftlig dansk, smerter ved længerevarende stående arbejde og usikkerhed i nye sociale sammenhænge.",
]
BARRIERS = [
    "Barrierer: {fn} har svært ved at overskue nye situationer og trækker sig, når noget går galt. {Pron} har tidligere haft et højt fravær og har svært ved at bede om hjælp.",
    "Barrierer: Uregelmæssig døgnrytme, social angst i større grupper og en økonomi, der er presset af en inkassosag.",
    "Barrierer: Smerter og træthed efter behandling, og en usikkerhed om, hvad {pron} kan holde til i et job.",
]
HEALTH = [
    "{fn} har oplyst, at {pron} er diagnosticeret med ADHD i 2021 og er i medicinsk behandling via egen læge. Der er ingen aktuelle indlæggelser. Egen læge vurderer i statusattest fra januar 2026, at {pron} kan deltage i aktiviteter med fokus på uddannelse, når der tages hensyn til behovet for pauser.",
    "Der foreligger en speciallægeerklæring fra psykiatrien, hvor der beskrives moderat depression, nu i bedring. {fn} går til samtaler hos en psykolog hver anden uge, betalt af kommunen. Der er ingen misbrugsproblematik.",
    "{fn} har kroniske rygsmerter efter en arbejdsskade og går til træning hos fysioterapeut. Lægen anbefaler skiftende arbejdsstillinger og ingen løft over 10 kg.",
    "Helbred: Ingen kendte helbredsmæssige begrænsninger ud over periodevis søvnbesvær. {fn} har ikke ønsket at inddrage egen læge.",
]
FAMILY = [
    "{fn} har en datter på 4 år, som går i børnehave. Barnets anden forælder henter to dage om ugen. Bedsteforældrene bor i nærheden og kan hjælpe ved sygdom.",
    "{fn} bor alene. Kontakten til familien er sparsom, men {pron} har en storesøster, som {pron} ser jævnligt, og som har givet samtykke til at kunne kontaktes.",
    "{fn} er gift og har tre børn i skolealderen. Ægtefællen arbejder på skiftehold, og familien har derfor en travl hverdag med mange praktiske opgaver.",
]
PREVIOUS = [
    [("Virksomhedspraktik, {company}", "3.2.2025 – 28.4.2025", "Afbrudt pga. fravær"),
     ("Vejledning og opkvalificering, jobsøgningskursus", "september–november 2024", "Gennemført"),
     ("Mentorstøtte (tilbudsmentor)", "1.3.2024 – 31.8.2024", "Afsluttet")],
    [("FGU, produktionsgrundforløb", "august 2023 – juni 2024", "Afbrudt"),
     ("Kontaktforløb med ungeguide", "2022 – 2024", "Afsluttet"),
     ("Misbrugsbehandling, ambulant", "januar 2023 – oktober 2023", "Gennemført")],
    [("Danskuddannelse 3, modul 4-6", "2016 – 2019", "Gennemført"),
     ("Løntilskud, rengøring i Region", "1.5.2022 – 31.10.2022", "Gennemført"),
     ("Arbejdsprøvning, Værkstedet", "15.1.2025 – 15.4.2025", "Gennemført")],
]
RISK = [
    "Risikovurdering: Der er risiko for, at {fn} udebliver i perioder med dårlig søvn. Tegn på tilbagefald er, at {pron} ikke svarer på telefonen og aflyser aftaler. Ved to udeblivelser i træk kontaktes sagsbehandler. Der er ikke vurderet risiko for vold eller trusler ved hjemmebesøg.",
    "Risikovurdering: Lav risiko ved hjemmebesøg. Middel risiko for frafald i overgangen fra praktik til løntilskud. Forebyggelse: tidlig dialog med arbejdspladsen og en klar plan for de første uger.",
    "Risikovurdering: Høj risiko for frafald i eksamensperioder. {fn} har selv peget på, at pres og deadlines får {pron_obj} til at trække sig. Forebyggelse: plan for afleveringer i god tid og aftale med studievejleder.",
]
OWNWORDS = [
    "»Jeg vil gerne have, at nogen hjælper mig med at komme op om morgenen i starten. Jeg ved godt, at jeg kan, når jeg først er i gang.«",
    "»Det er rart at have én fast person, man kan ringe til. Sidste gang blev jeg kastet rundt mellem mange forskellige.«",
    "»Jeg er træt af at sidde derhjemme. Jeg vil bare gerne være ligesom alle andre.«",
    "»Jeg er bange for at gå ned igen, men jeg vil gerne prøve.«",
]
METHOD = [
    "Mentorforløbet tager udgangspunkt i en anerkendende og løsningsfokuseret tilgang. Vi arbejder med små, synlige skridt og bygger på det, der allerede virker for borgeren. Relationen er bærende, og der lægges vægt på, at borgeren selv er med til at sætte retningen.",
    "Metoden bygger på principperne i IPS (Individuelt Planlagt job med Støtte) og på motiverende samtale. Mentor er bindeleddet mellem borger, arbejdsplads og kommune og arbejder opsøgende og fleksibelt.",
    "Vi arbejder ud fra recovery-orienteret praksis og med en tydelig struktur i samtalerne: hvad er gået godt, hvad var svært, og hvad er næste skridt.",
]
SIGNOFF = ["Aftalen er gennemgået med borgeren, som har fået en kopi.",
           "Aftalen er udarbejdet i samarbejde mellem borger, mentor og sagsbehandler.",
           "Ændringer i aftalen noteres i Min Plan."]

JOURNAL = [
    "Første samtale med {fn}. Gennemgang af situationen og ønsker til fremtiden.",
    "{fn} udeblev fra samtalen. Der er sendt brev med ny tid.",
    "Rundbordssamtale med deltagelse af egen læge (telefonisk). Enighed om, at der skal arbejdes hen mod uddannelse eller job.",
    "Statusattest modtaget fra egen læge.",
    "Samtale om muligheden for mentorstøtte. {fn} er positiv.",
    "Kontakt til leverandøren om ledige mentorer. Leverandøren vender tilbage.",
    "{fn} har selv været på besøg på praktikstedet sammen med sin søster.",
    "Opstartsmøde aftalt. Udkast til aftale sendt til {fn} forud for mødet.",
]
EXPECT = [
    "Jeg møder op til de aftalte møder eller melder afbud i god tid.",
    "Jeg siger til, hvis noget i mit liv ændrer sig, som har betydning for forløbet.",
    "Jeg tager selv ansvar for at læse min Digital Post.",
    "Jeg er ærlig om, hvordan det går, også når det går dårligt.",
]
