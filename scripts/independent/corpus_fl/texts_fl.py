"""Quoted law, quality-standard and guidance texts for corpus FL, plus name pools.

The statutory wording follows the texts in domain.md and seed 004 (LAB § 167, BAB § 52, FVL §§ 22,
24, 25, RSL §§ 66-67); the quality standard wording follows seed 002 (Gribskov). Where a text is
re-phrased by a municipality, it is written as the municipality would.
"""

LAB167_1 = ("§ 167. Med henblik på at fremme, at en person kan opnå eller fastholde aktiviteter, tilbud, "
            "ordinær uddannelse, ansættelse i fleksjob eller ordinær ansættelse, kan der gives mentorstøtte "
            "i en periode på højst 6 måneder. Personerne kan efter en konkret vurdering gives mentorstøtte i "
            "en ny periode på op til 6 måneder ved udløb af en periode.")
LAB167_2 = ("Stk. 2. Personer omfattet af § 6, der udskrives efter indlæggelse på grund af psykisk lidelse, "
            "har ret til mentorstøtte med samme formål som efter stk. 1 i op til 3 måneder forud for "
            "udskrivelsen og i en periode på mindst 6 måneder i alt.")
LAB167_3 = ("Stk. 3. Personer omfattet af § 6, nr. 4 og 5, har ret til mentorstøtte i op til 6 måneder fra "
            "optagelsen på en uddannelse. Mentorstøtten kan forlænges efter stk. 1, 2. pkt.")
BAB52_INTRO = "§ 52. Får en person mentorstøtte, skal »Min Plan« indeholde oplysninger om"
BAB52_ITEMS = ["målet med mentorstøtten,", "mentorens navn og kontaktdata,",
               "hvilke opgaver mentoren skal bistå ved,", "varigheden af aftalen og",
               "timetallet for mentorstøtten."]
BAB52_ONELINE = ("§ 52. Får en person mentorstøtte, skal »Min Plan« indeholde oplysninger om 1) målet med "
                 "mentorstøtten, 2) mentorens navn og kontaktdata, 3) hvilke opgaver mentoren skal bistå ved, "
                 "4) varigheden af aftalen og 5) timetallet for mentorstøtten.")
FVL22 = ("§ 22. En afgørelse skal, når den meddeles skriftligt, være ledsaget af en begrundelse, medmindre "
         "afgørelsen fuldt ud giver den pågældende part medhold.")
FVL24 = ("§ 24. En begrundelse for en afgørelse skal indeholde en henvisning til de retsregler, i henhold til "
         "hvilke afgørelsen er truffet. I det omfang, afgørelsen efter disse regler beror på et "
         "administrativt skøn, skal begrundelsen tillige angive de hovedhensyn, der har været bestemmende "
         "for skønsudøvelsen.")
FVL25 = ("§ 25. Afgørelser, der kan påklages til anden forvaltningsmyndighed, skal, når de meddeles "
         "skriftligt, være ledsaget af vejledning om klageadgang med angivelse af klageinstans og "
         "fremgangsmåde ved indgivelse af klage, herunder om tidsfrist. Dette gælder dog ikke, hvis "
         "afgørelsen fuldt ud giver den pågældende part medhold.")
STAR_APPEAL = ("»Aftalen kan højst indgås for 6 måneder med mulighed for forlængelse. Bevilling af "
               "mentorstøtte er en afgørelse, der efter de forvaltningsretlige regler skal indeholde en "
               "klagevejledning, og som kan påklages til Ankestyrelsens Beskæftigelsesudvalg, jf. LAB § 204. "
               "Afgørelsen om mentorstøtte med klagevejledning skal sendes til borgerens e-boks.«")
STAR_HOURS = ("»Der er ikke fastsat regler om, hvor mange timers mentorstøtte der kan bevilges til en person. "
              "Antallet af timer skal fastsættes med udgangspunkt i det konkrete formål og behov.«")
STAR_GOAL = ("»Der kan således ikke gives mentorstøtte, hvis der ikke er et mål om beskæftigelse eller "
             "uddannelse. Målene skal så vidt muligt være detaljerede, og ofte kan det være en fordel at "
             "prioritere målene, så der ikke er tvivl om, hvad hovedformålet med mentorstøtten er.«")

# The six points of the written agreement (seed 002), in a few municipal re-phrasings
SIX_POINTS = [
    ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal bistå ved",
     "varigheden af aftalen og opfølgning – inklusiv mål for progression", "timetallet for mentorstøtten",
     "klagevejledning"],
    ["Mål og delmål for forløbet", "Navn og kontaktoplysninger på mentor", "Mentorens opgaver",
     "Varighed og plan for opfølgning (herunder progressionsmål)", "Antal timer pr. uge", "Klagevejledning"],
    ["Hvad er målet?", "Hvem er mentor, og hvordan kontaktes mentor?", "Hvad skal mentor hjælpe med?",
     "Hvor længe varer støtten, og hvornår følger vi op?", "Hvor mange timer er bevilget?",
     "Er der vedlagt klagevejledning?"],
]

GRIB_FORMAAL = ["Sikre, at borgeren får hjælp til at bevare eller fremme tilknytningen til arbejdsmarkedet.",
                "Støtte borgeren i at kunne deltage aktivt i tilbud med et beskæftigelsesfremmende sigte.",
                "Sikre, at borgeren selv bliver i stand til at tage initiativer til at fremme egne muligheder for beskæftigelse."]
GRIB_VISITATION = ["Anvisning af muligheder for håndtering af familiemæssige, psykiske eller misbrugsproblemer",
                   "Hjælp til at håndtere og forstå krav fra offentlige myndigheder",
                   "Sikring af stabilitet i mødet med behandlingstilbud",
                   "Vejledning og fastholdelse i at deltage i de relevante tilbud",
                   "Fastholdelse af borgeren i job eller uddannelsesforløb gennem støtte og vejledning"]
GRIB_NIVEAU = [("Niveau 1", "0-1 time pr. uge – evalueres mindst hver 3. måned"),
               ("Niveau 2", "1-2 timer pr. uge – evalueres mindst hver måned"),
               ("Niveau 3", "mere end 2 timer pr. uge – evalueres mindst hver måned")]
GRIB_FOLLOW = ("»Mentorstøttens effekt og progressionen i forhold til de fastlagte mål skal som minimum "
               "vurderes løbende med de intervaller, der gælder for de 3 niveauer for mentorstøtte, og altid "
               "14 dage inden støtteperioden ophører. Vurderingen sker i samarbejde med den involverede borger.«")

CITIZENS = ["Mette Kristensen", "Ahmed Hassan", "Sofie Lund Madsen", "Jonas Birk", "Fatima Al-Sayed",
            "Kasper Holm", "Line Bech", "Mikkel Thygesen", "Nanna Friis", "Omar Yilmaz", "Camilla Dahl",
            "Rasmus Kjær", "Emma Vestergaard", "Tobias Winther", "Julie Skov", "Patrick Nørgaard",
            "Sara Juhl", "Mads Overgaard", "Amalie Krogh", "Yasmin Rahimi", "Bo Frandsen", "Tina Husted",
            "Lars Mikkelsen", "Ida Munk", "Simon Brandt", "Hanne Grøn", "Ali Demir", "Louise Kirk",
            "Nikolaj Bro", "Maja Eskildsen", "Henrik Dal", "Zainab Noor", "Christian Lykke", "Rikke Aagaard",
            "Jesper Vind", "Katrine Bundgaard", "Mohammed Saleh", "Pernille Hviid", "Daniel Krog", "Signe Bak",
            "Anja Poulsen", "Hussein Ali", "Birthe Lauridsen", "Frederik Møller", "Sanne Iversen", "Emil Thorsen",
            "Leila Karimi", "Kenneth Vad", "Trine Sloth", "Abdi Warsame", "Marie Louise Berg", "Niklas Holst",
            "Dorthe Kaas", "Viktor Lindholm", "Naja Petersen", "Rune Søgaard", "Helena Dam", "Jakob Ipsen",
            "Ditte Rasmussen", "Sebastian Falk", "Gülsen Arslan", "Torben Lund", "Cecilie Hald", "Morten Fisker",
            "Asta Nygaard", "Anton Riber", "Wafaa Haddad", "Kristoffer Lauesen", "Josefine Ørum", "Peter Ladefoged",
            "Lærke Winther", "Benjamin Sand", "Khadija Osman", "Steffen Mose", "Ulla Bisgaard", "Mathias Fog",
            "Agnes Toft", "Filip Kruse", "Heidi Lambert"]
MENTORS = [("Helle Vestergaard", "Jobhuset Nord"), ("Anders Bøgh", "Mentorhuset ApS"),
           ("Pia Laursen", "Kompetencecentret"), ("Kim Søndergaard", "Fremdrift Mentor & Coaching"),
           ("Susanne Holt", "Ungeenheden"), ("Jens Riis", "Virksomhedsservice"),
           ("Marianne Bak", "Mentorkorpset"), ("Niels Klitgaard", "Brobyggerne I/S"),
           ("Dorte Fogh", "Job og Helbred, mentorteamet"), ("Bjarne Toft", "Klar Vej Mentor"),
           ("Lene Hougaard", "FGU-mentorteamet"), ("Tariq Aziz", "Mentorgruppen Vest"),
           ("Gitte Ravn", "Trappen – mentor og bostøtte"), ("Per Ulrik Hansen", "Socialøkonomisk Værksted")]
CASEWORKERS = ["Birgitte Holm", "Morten Skaarup", "Anne Marie Lund", "Jacob Dreyer", "Charlotte Friis",
               "Thomas Winkel", "Vibeke Stampe", "Søren Ebbesen", "Malene Koch", "Kristian Høj"]
CITIES = ["Viborg", "Holbæk", "Kolding", "Silkeborg", "Næstved", "Hjørring", "Slagelse", "Randers",
          "Horsens", "Svendborg", "Faxe", "Tønder", "Roskilde", "Assens", "Herning", "Vejle", "Skive",
          "Odsherred", "Thisted", "Haderslev"]
COMPANIES = ["Bilka", "Dagrofa Logistik", "Danish Crown", "Netto", "Plantorama", "Jysk", "Lidl",
             "Bygma", "Kvickly", "Elgiganten", "Harboe Bryggeri", "Genbrugspladsen"]
SCHOOLS = ["SOSU Syd", "Tradium", "VUC Vest", "FGU Midt", "Mercantec", "EUC Sjælland",
           "Social- og Sundhedsskolen", "Aarhus Tech", "CELF", "Herningsholm Erhvervsskole"]
