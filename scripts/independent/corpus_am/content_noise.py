"""Noise in an archive folder: documents that are none of the three kinds but talk about mentors,
goals, periods, hours and appeal. All are kind `unknown` and expect no findings (rule docs: the rules
apply to agreements, Min Plan entries and decision letters only)."""

from __future__ import annotations

from datetime import timedelta

from common import Ctx, add_months, dk_date, mail_of, name, phone
from render import Doc

APPEAL = ("Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger. Kommunen genvurderer "
          "afgørelsen, og fastholder kommunen den, sendes klagen videre til Ankestyrelsen.")


def U(title: str, blocks: list, subtype: str, layout: str = "prose", c: Ctx | None = None, **kw) -> Doc:
    cprs = [c.cpr_str] if c is not None and c.cpr_str else []
    traits = ["not-a-mentor-document-kind"] + (["cpr"] if cprs else []) + kw.pop("traits", [])
    return Doc(title=title, blocks=blocks, kind="unknown", subtype=subtype, layout=layout, cpr=cprs,
               traits=traits, **kw)


def principmeddelelse(c: Ctx) -> Doc:
    nr = f"{c.rng.randrange(10, 99)}-{c.rng.choice([19, 21, 23, 24])}"
    return U(f"Principmeddelelse {nr}", [
        ("table", [["Resumé", "Mentorstøtte – periode – ny periode – konkret vurdering"],
                   ["Lovgrundlag", "Lov om en aktiv beskæftigelsesindsats § 167, stk. 1"],
                   ["Dato", dk_date(c.letter_date)]]),
        ("h1", "Resumé"),
        ("p", "Mentorstøtte kan gives i en periode på højst 6 måneder. Ved periodens udløb kan kommunen efter en "
              "konkret vurdering give mentorstøtte i en ny periode på op til 6 måneder. Kommunen kan ikke på "
              "forhånd bevilge mentorstøtte i 12 måneder, og kommunen kan ikke afslå en ny periode alene med "
              "henvisning til, at borgeren tidligere har haft mentor."),
        ("h1", "Sagens oplysninger"),
        ("p", "Borgeren var aktivitetsparat kontanthjælpsmodtager og havde haft en mentor i 3 timer om ugen i perioden "
              "1. februar 2024 til 31. juli 2024. Formålet var, at borgeren skulle fastholde en virksomhedspraktik "
              "i et supermarked. Mentoren skulle hjælpe med transport, mødestabilitet og kontakt til arbejdspladsen. "
              "Kommunen gav afslag på en ny periode med den begrundelse, at 6 måneder var det maksimale."),
        ("h1", "Ankestyrelsens vurdering"),
        ("p", "Ankestyrelsen finder, at kommunen skulle have foretaget en konkret vurdering af borgerens behov for "
              "fortsat mentorstøtte, herunder om målet om beskæftigelse fortsat kunne understøttes. Det fremgår af "
              "lovens forarbejder, at der kan gives mentorstøtte i en ny periode ved udløbet af en periode."),
        ("p", "Principmeddelelsen er truffet af Ankestyrelsens Beskæftigelsesudvalg."),
    ], "principmeddelelse", "headings", traits=["mentions:period", "mentions:hours", "mentions:goal"])


def principresume(c: Ctx) -> Doc:
    return U("Nye principmeddelelser om mentorstøtte – kort fortalt", [
        ("p", f"Af {name(c.rng)}, juridisk konsulent"),
        ("p", "Ankestyrelsen har offentliggjort to principmeddelelser, der har betydning for, hvordan kommunerne "
              "bevilger mentorstøtte. Her får du det vigtigste."),
        ("h2", "1. Ny periode kræver en konkret vurdering"),
        ("p", "En bevilling må højst løbe i 6 måneder ad gangen. Når perioden udløber, skal kommunen vurdere konkret, "
              "om der skal gives en ny periode. En standardformulering om at »mentor kun gives i 6 måneder« er ikke nok."),
        ("h2", "2. Målet skal være beskæftigelse eller uddannelse"),
        ("p", "Ankestyrelsen fastslår, at et mål om »bedre trivsel« ikke i sig selv kan begrunde mentorstøtte efter "
              "LAB § 167. Målet skal pege mod job eller uddannelse, fx at borgeren gennemfører et grundforløb."),
        ("h2", "Hvad betyder det for jer?"),
        ("li", "Gennemgå jeres skabeloner for mentoraftaler: er der felter til mål, mentorens navn og kontaktdata, "
               "opgaver, periode, opfølgning og timetal?"),
        ("li", "Husk klagevejledning: borgeren klager til kommunen inden 4 uger, og kommunen genvurderer sagen."),
        ("li", "Sørg for, at timetallet (fx 2 timer pr. uge) står i Min Plan."),
    ], "principmeddelelse-resume", "headings")


def udvalg_dagsorden(c: Ctx) -> Doc:
    k = c.kom
    return U(f"Beskæftigelsesudvalget – dagsorden {dk_date(c.letter_date)}", [
        ("p", f"Mødested: Mødelokale 2, Rådhuset, {k}. Kl. 16.00-18.30."),
        ("h1", "Punkt 6. Udgifter til mentorstøtte 2026 – status og loft efter LAB § 203 a"),
        ("h2", "Sagsfremstilling"),
        ("p", "Fra 1. januar 2026 gælder et loft over kommunernes udgifter til øvrig vejledning og opkvalificering "
              "og mentorstøtte. Forvaltningen har opgjort forbruget pr. 30. september: 4,1 mio. kr. svarende til "
              "ca. 21.300 mentortimer. Den gennemsnitlige bevilling er 2,6 timer pr. uge, og gennemsnitsperioden "
              "er 4,8 måneder."),
        ("table", [["Målgruppe", "Antal forløb", "Timer i alt", "Udgift (kr.)"],
                   ["Aktivitetsparate kontanthjælpsmodtagere", "142", "9.870", "1.925.000"],
                   ["Uddannelseshjælp", "96", "6.140", "1.180.000"],
                   ["Sygedagpenge og fleksjob", "51", "5.290", "995.000"]]),
        ("p", "Der er i perioden modtaget 7 klager over afgørelser om mentorstøtte. 5 blev fastholdt ved genvurdering "
              "og sendt til Ankestyrelsen inden 4 uger; 2 blev ændret."),
        ("h2", "Indstilling"),
        ("p", "Jobcenterchefen indstiller, at udvalget tager orienteringen til efterretning, og at nye bevillinger "
              "som udgangspunkt gives for 3 måneder med opfølgning efter 6 uger."),
        ("h2", "Beslutning"),
        ("p", "(udfyldes efter mødet)"),
    ], "udvalg-dagsorden", "headings")


def udvalg_referat(c: Ctx) -> Doc:
    return U("Referat – Arbejdsmarkeds- og Beskæftigelsesudvalget", [
        ("p", f"Mødedato: {dk_date(c.letter_date)}. Fraværende: {name(c.rng)} (V)."),
        ("h1", "5. Orientering om mentorindsatsen"),
        ("p", "Udvalget blev orienteret om, at 289 borgere pr. 1. september havde en aktiv mentorbevilling. "
              "Mentorerne er dels kommunalt ansatte, dels leveret af eksterne leverandører som "
              f"{c.provider} (timepris 545 kr.)."),
        ("p", "Formanden spurgte til, hvordan målene i aftalerne følges op. Forvaltningen oplyste, at der holdes "
              "statusmøde hver 3. måned og evalueres 14 dage før bevillingens udløb, og at en periode højst er "
              "6 måneder, med mulighed for ny periode efter konkret vurdering."),
        ("h2", "Beslutning"),
        ("p", "Taget til efterretning. Udvalget ønsker en ny status i marts med fokus på, hvor mange forløb der "
              "ender i job eller uddannelse."),
        ("h1", "6. Eventuelt"),
        ("p", "Intet."),
    ], "udvalg-referat", "headings")


def arbejdsgang(c: Ctx) -> Doc:
    return U("Arbejdsgang: sådan bevilger du mentor", [
        ("p", f"Gælder for: jobrådgivere i Job og Uddannelse, {c.kom}. Senest opdateret {dk_date(c.letter_date)}. "
              "Ansvarlig: teamleder."),
        ("h1", "1. Vurdér behovet"),
        ("p", "Tal med borgeren om, hvad der står i vejen for job eller uddannelse. Mentor er et supplement og må "
              "ikke erstatte den støtte, uddannelsesstedet eller arbejdspladsen normalt giver."),
        ("h1", "2. Udfyld aftalen – tjekliste"),
        ("p", "Aftalen i fagsystemet skal indeholde alle seks punkter. Sæt kryds, når punktet er udfyldt:"),
        ("li", "☐ Mål: job- eller uddannelsesmål, konkret og målbart (fx »starter på EUD grundforløb i august«)"),
        ("li", "☐ Mentor: navn, telefon og e-mail"),
        ("li", "☐ Opgaver: hvad mentoren konkret skal hjælpe med"),
        ("li", "☐ Periode: start- og slutdato, højst 6 måneder; opfølgning og delmål for progression"),
        ("li", "☐ Timetal: antal timer pr. uge"),
        ("li", "☐ Klagevejledning: standardtekst (klage til kommunen inden 4 uger; genvurdering; Ankestyrelsen)"),
        ("h1", "3. Send afgørelsen"),
        ("p", "Afgørelsen sendes til borgerens e-Boks sammen med aftalen. Husk at opdatere Min Plan."),
        ("h1", "4. Opfølgning"),
        ("p", "Book statusmøde senest efter 4 uger og evaluering 14 dage før ophør. Ved ønske om ny periode: lav "
              "en ny konkret vurdering."),
    ], "arbejdsgang", "list", traits=["mentions-all-fields"])


def kravspec(c: Ctx) -> Doc:
    return U("Bilag 2 – Kravspecifikation: Mentorydelser", [
        ("p", f"Udbud efter tilbudslovens afsnit II. Ordregiver: {c.kom}. Kontraktperiode 1. april 2026 – "
              "31. marts 2028 med option på forlængelse i 2 × 12 måneder."),
        ("h1", "1. Ydelsens formål"),
        ("p", "Leverandøren skal levere mentorstøtte efter LAB § 167 til borgere henvist af kommunen. Formålet er, "
              "at borgeren opnår eller fastholder job eller uddannelse."),
        ("h1", "2. Mindstekrav"),
        ("table", [["Nr.", "Krav", "Type"],
                   ["K1", "Mentor skal have relevant uddannelse (fx socialrådgiver, pædagog) og min. 2 års erfaring.", "Mindstekrav"],
                   ["K2", "Første møde med borgeren senest 5 arbejdsdage efter henvisning.", "Mindstekrav"],
                   ["K3", "Leverandøren skal levere det antal timer pr. uge, som fremgår af henvisningen (typisk 1-5 timer).", "Mindstekrav"],
                   ["K4", "Statusrapport hver 4. uge og slutrapport senest 10 dage efter forløbets ophør.", "Mindstekrav"],
                   ["K5", "Forberedelsestid og transport kan ikke faktureres (BAB § 123).", "Mindstekrav"]]),
        ("h1", "3. Henvisning"),
        ("p", "Kommunen fremsender en henvisning med mål, opgaver, periode (højst 6 måneder) og timetal. "
              "Kommunen træffer afgørelse om mentorstøtte og giver borgeren klagevejledning; leverandøren "
              "træffer ingen afgørelser."),
        ("h1", "4. Tildelingskriterier"),
        ("p", "Pris (40 %), kvalitet (60 %). Tilbudsgiver skal beskrive, hvordan progression mod målet dokumenteres."),
    ], "kravspecifikation", "table")


def provider_page(c: Ctx) -> Doc:
    d = c.provider_domain
    return U(f"Mentorstøtte – {c.provider}", [
        ("p", "Vi hjælper borgere videre i job og uddannelse med en fast mentor, der har tid."),
        ("h1", "Sådan foregår et forløb"),
        ("num", "Kommunen henviser borgeren og sender os mål, opgaver og antal timer."),
        ("num", "Vi matcher en mentor inden for 3 hverdage."),
        ("num", "Mentoren og borgeren mødes typisk 2-4 timer om ugen i op til 6 måneder."),
        ("num", "Vi sender statusrapport til sagsbehandleren hver måned."),
        ("h1", "Mød en af vores mentorer"),
        ("p", f"{c.mentor} har været mentor i 9 år og er uddannet pædagog. »Det bedste er, når en ung, der har "
              "siddet derhjemme i et år, møder op på første skoledag.«"),
        ("h1", "Kontakt"),
        ("p", f"Ring på {c.mentor_phone} eller skriv til kontakt@{d}. Vi svarer inden for én hverdag."),
    ], "leverandoer-webside", "web",
        site={"name": c.provider, "nav": ["Forside", "Mentorstøtte", "Priser", "Om os", "Kontakt"],
              "footer": f"{c.provider} · CVR 3{c.rng.randrange(10**6, 10**7)} · kontakt@{d} · tlf. {c.mentor_phone}"})


def prisliste(c: Ctx) -> Doc:
    return U(f"Prisliste 2026 – {c.provider}", [
        ("p", "Alle priser er ekskl. moms og gælder fra 1. januar 2026."),
        ("table", [["Ydelse", "Enhed", "Pris"],
                   ["Mentorstøtte, standard", "pr. time", "495 kr."],
                   ["Mentorstøtte, udvidet (psykiatri/misbrug)", "pr. time", "585 kr."],
                   ["Pakke: 3 timer pr. uge i 6 måneder", "pr. forløb", "37.900 kr."],
                   ["Pakke: 2 timer pr. uge i 3 måneder", "pr. forløb", "12.600 kr."],
                   ["Skriftlig statusrapport", "pr. stk.", "0 kr. (indeholdt)"],
                   ["Kørsel", "pr. km", "Statens takst"]]),
        ("p", "Betalingsbetingelser: netto 30 dage. Aflyses et møde senere end 24 timer før, faktureres 1 time."),
        ("p", f"Spørgsmål: {c.mentor}, tlf. {c.mentor_phone}, {c.mentor_mail}"),
    ], "prisliste", "table")


def evaluering(c: Ctx) -> Doc:
    return U("Mentorstøtte i kommunerne – sammenfatning af evaluering", [
        ("p", "Rapporten er udarbejdet for Styrelsen for Arbejdsmarked og Rekruttering. Sammenfatning, 12 sider."),
        ("h1", "Hovedresultater"),
        ("li", "I 2025 fik ca. 38.000 personer mentorstøtte. Den gennemsnitlige bevilling var 2,4 timer om ugen."),
        ("li", "Halvdelen af forløbene varede 3-6 måneder; 14 % blev forlænget med en ny periode."),
        ("li", "I 41 % af de gennemgåede aftaler var målet ikke formuleret som et job- eller uddannelsesmål."),
        ("li", "Mentorens opgaver var beskrevet i 72 % af aftalerne, timetallet i 88 %, klagevejledning i 64 %."),
        ("h1", "Metode"),
        ("p", "Registeranalyse af forløb 2021-2025 og gennemgang af 412 mentoraftaler fra 12 kommuner, "
              "suppleret med interview med 30 mentorer og 25 borgere."),
        ("h1", "Anbefalinger"),
        ("p", "Kommunerne bør bruge en fast skabelon med mål, mentorens navn og kontaktdata, opgaver, periode, "
              "opfølgning og timetal, og følge op på progression mindst hver måned."),
    ], "evalueringsrapport", "headings")


def faq(c: Ctx) -> Doc:
    return U("Ofte stillede spørgsmål om mentor", [
        ("h2", "Hvad er en mentor?"),
        ("p", "En mentor er en person, der hjælper dig, så du kan komme i job, praktik eller uddannelse, eller "
              "blive i dem. Det kan være en kollega, en ansat i kommunen eller en ekstern mentor."),
        ("h2", "Hvor mange timer får jeg?"),
        ("p", "Det afhænger af dit behov. Mange får 1-3 timer om ugen."),
        ("h2", "Hvor længe kan jeg have en mentor?"),
        ("p", "Højst 6 måneder ad gangen. Derefter kan du få en ny periode, hvis kommunen vurderer, at du har brug "
              "for det."),
        ("h2", "Hvad står der i min aftale?"),
        ("p", "Målet, din mentors navn og telefonnummer, hvad mentoren skal hjælpe med, hvor længe og hvor mange "
              "timer, hvornår I følger op, og hvordan du klager."),
        ("h2", "Kan jeg klage?"),
        ("p", APPEAL),
        ("p", f"Har du flere spørgsmål, så ring til Borgerservice på {c.cw_phone}."),
    ], "faq", "web", site={"name": c.kom, "nav": ["Borger", "Job og ydelser", "Mentor", "Selvbetjening"],
                           "footer": f"{c.kom} · Rådhuset · post@{c.kom_domain}"})


def nyhedsbrev(c: Ctx) -> Doc:
    return U(f"Nyhedsbrev fra Jobcentret – {['forår', 'efterår'][c.rng.randrange(2)]} 2026", [
        ("p", "Kære samarbejdspartner"),
        ("h1", "Ny skabelon til mentoraftaler"),
        ("p", "Fra 1. marts bruger vi en ny skabelon. Den har faste felter til mål, mentor, opgaver, periode, "
              "opfølgning, timetal og klagevejledning. Mentorleverandører vil modtage den nye henvisning pr. mail."),
        ("h1", "Mentorcafé hver anden torsdag"),
        ("p", "Mentorer fra virksomheder kan mødes med jobcentrets virksomhedskonsulenter kl. 14-16 i Kantinen."),
        ("h1", "Kort nyt"),
        ("li", "Mentorstøtte gives højst 6 måneder ad gangen – husk at booke evaluering i god tid."),
        ("li", "Vi har fået ny kontaktperson for mentorområdet: " + f"{c.caseworker}, tlf. {c.cw_phone}."),
        ("li", "Kurset »Mentor på arbejdspladsen« udbydes igen i september (2 dage)."),
        ("p", "Du modtager nyhedsbrevet, fordi du er tilmeldt. Afmeld her."),
    ], "nyhedsbrev", "mixed")


def cv(c: Ctx) -> Doc:
    return U(f"CV – {c.mentor}", [
        ("table", [["Telefon", c.mentor_phone], ["E-mail", c.mentor_mail], ["Født", "1979"]]),
        ("h1", "Profil"),
        ("p", "Erfaren mentor og socialpædagog med fokus på unge uden uddannelse. Jeg arbejder målrettet med "
              "konkrete mål og delmål og følger op hver uge."),
        ("h1", "Erhvervserfaring"),
        ("li", f"2019– : Mentor, {c.provider}. Mentorforløb på 2-5 timer om ugen for 10-14 borgere ad gangen."),
        ("li", "2014-2019: Kontaktperson, Ungdomsskolen. Støtte til unge i overgangen til EUD og FGU."),
        ("li", "2008-2014: Pædagog, opholdssted for unge."),
        ("h1", "Uddannelse"),
        ("li", "Professionsbachelor som pædagog, 2008"),
        ("li", "Mentoruddannelse (6 moduler), 2017"),
        ("h1", "Referencer"),
        ("p", "Gives gerne på forespørgsel."),
    ], "mentor-cv", "headings")


def kursusprogram(c: Ctx) -> Doc:
    return U("Mentoruddannelsen – kursusprogram", [
        ("p", "3 moduler à 2 dage. Sted: Kursuscentret. Pris: 6.900 kr. ekskl. moms. Tilmelding senest 4 uger før start."),
        ("h1", "Modul 1: Mentorrollen"),
        ("li", "Lovgrundlaget: LAB §§ 167-171, mentoraftalen og Min Plan"),
        ("li", "Mål og delmål – øvelse: skriv et SMART mål for en borger"),
        ("h1", "Modul 2: Samtalen"),
        ("li", "Motiverende samtale og den svære samtale"),
        ("li", "Opfølgning og progression: statusmøder og dokumentation"),
        ("h1", "Modul 3: Samarbejdet"),
        ("li", "Samarbejde med jobcentret og arbejdspladsen; timeregistrering"),
        ("li", "Når borgeren klager: klagevejledning, genvurdering og Ankestyrelsen"),
        ("p", f"Underviser: {c.mentor}, tlf. {c.mentor_phone}. Kursusperioden løber fra 2. februar til 28. oktober 2026."),
    ], "kursusprogram", "list")


def erhvervsmentor(c: Ctx) -> Doc:
    founder = name(c.rng)
    return U("Mentoraftale – Erhvervshus Mentorprogram", [
        ("p", "Aftalen indgås mellem virksomhedsejeren og den frivillige mentor som led i Erhvervshusets "
              "mentorordning. Mentoren arbejder ulønnet og har tavshedspligt."),
        ("table", [["Virksomhedsejer", f"{founder}, ejer af {c.rng.choice(['Nordlys Kaffe ApS', 'TekstilLab IVS', 'GreenBox ApS'])}"],
                   ["Frivillig mentor", f"{c.mentor}, tlf. {c.mentor_phone}, {c.mentor_mail}"],
                   ["Mål for forløbet", "Virksomheden har en budgetmodel og har ansat sin første medarbejder inden udgangen af 2026."],
                   ["Mentorens rolle", "Sparring om økonomi, salg og ledelse; introduktion til netværk"],
                   ["Periode", "1. februar 2026 – 31. januar 2027 (12 måneder)"],
                   ["Omfang", "Et møde á 2 timer hver måned"],
                   ["Opfølgning", "Midtvejsevaluering med Erhvervshusets konsulent efter 6 måneder"]]),
        ("h2", "Ophør"),
        ("p", "Begge parter kan afslutte samarbejdet uden varsel. Uenighed drøftes med programlederen; der er "
              "ingen klageadgang."),
        ("p", "Underskrift virksomhedsejer ______________   Underskrift mentor ______________"),
    ], "erhvervsmentoraftale", "table", traits=["mentions-all-fields", "period:12-months"])


def studiementor(c: Ctx) -> Doc:
    inst = c.rng.choice(["Aarhus Universitet, Institut for Kultur og Samfund", "Horsens Gymnasium & HF",
                         "Københavns Professionshøjskole"])
    return U("Studiementorordningen – aftale mellem mentor og studerende", [
        ("p", f"{inst}. Studiementorer er ældre studerende, der aflønnes med 10 timer pr. semester."),
        ("h2", "Formål"),
        ("p", "At du som ny studerende kommer godt i gang, gennemfører første studieår og består eksamen."),
        ("h2", "Din studiementor"),
        ("p", f"{c.mentor}, 5. semester – {c.mentor_mail}, mobil {c.mentor_phone}"),
        ("h2", "Hvad kan mentoren hjælpe med?"),
        ("li", "Studieplanlægning og læsegrupper"),
        ("li", "At finde rundt i systemerne og på campus"),
        ("h2", "Periode og omfang"),
        ("p", "Hele første studieår (september–juni), ca. 1 time hver 14. dag."),
        ("p", "Studiementorordningen er ikke SPS og ikke en kommunal mentor. Spørgsmål: studievejledningen."),
    ], "studiementor", "headings", traits=["mentions-all-fields"])


def fagforening(c: Ctx) -> Doc:
    return U("Mentorordning for ledige medlemmer", [
        ("p", f"{c.rng.choice(['3F', 'HK', 'FOA', 'Dansk Metal'])} tilbyder ledige medlemmer en mentor fra faget. "
              "Ordningen er frivillig og gratis, og den er ikke en del af kommunens beskæftigelsesindsats."),
        ("h2", "Sådan fungerer det"),
        ("li", "Du bliver matchet med en erfaren tillidsrepræsentant eller et medlem i job."),
        ("li", "I aftaler selv et mål, fx at du søger fem relevante stillinger om måneden."),
        ("li", "I mødes cirka 1 time om ugen i op til 3 måneder."),
        ("h2", "Kontakt"),
        ("p", f"Mentorkoordinator {c.caseworker}, tlf. {c.cw_phone}."),
        ("p", "Er du uenig i en afgørelse fra a-kassen, kan du klage inden 4 uger – det er en anden sag end "
              "mentorordningen."),
    ], "fagforening-mentor", "list")


def idraetsforening(c: Ctx) -> Doc:
    return U(f"Mentoraftale – {c.rng.choice(['Boldklubben Viking', 'IF Stjernen', 'Svømmeklubben Delfinen'])}", [
        ("p", "Aftale mellem ung spiller, forælder og klubmentor i foreningens ungementor-projekt (støttet af DGI)."),
        ("table", [["Spiller", c.citizen],
                   ["Klubmentor", f"{c.mentor}, tlf. {c.mentor_phone}"],
                   ["Mål", "Gennemføre sæsonen, komme til 2 træninger om ugen og bestå 9. klasse"],
                   ["Mentorens opgaver", "Hente til træning, tale om skole og lektier, hjælpe med fritidsjob"],
                   ["Periode", "August 2026 – juni 2027"],
                   ["Tid", "Ca. 2 timer om ugen"]]),
        ("p", "Forældre kan altid kontakte formanden, hvis noget ikke fungerer. Aftalen kan ikke påklages."),
    ], "idraetsforening-mentor", "table", traits=["mentions-all-fields"])


def onboarding(c: Ctx) -> Doc:
    new = name(c.rng)
    return U("Buddy-aftale – onboarding af ny medarbejder", [
        ("p", f"{c.rng.choice(['Danfoss', 'Coop Danmark', 'Region Midtjylland', 'Arla Foods'])} · HR · Intern"),
        ("table", [["Ny medarbejder", new], ["Buddy", f"{c.mentor} (lokalnr. {c.rng.randrange(1000, 9999)})"],
                   ["Startdato", dk_date(c.start)], ["Varighed", "De første 3 måneder"],
                   ["Tid", "30 minutter dagligt første uge, derefter 1 time om ugen"]]),
        ("h2", "Buddyens opgaver"),
        ("li", "Vise rundt og præsentere for kolleger"),
        ("li", "Svare på praktiske spørgsmål"),
        ("li", "Deltage i 1-måneds- og 3-månedersamtalen med lederen"),
        ("h2", "Mål"),
        ("p", "Den nye medarbejder er selvkørende i sine opgaver efter prøvetiden."),
    ], "onboarding-buddy", "table")


def klage(c: Ctx) -> Doc:
    return U("Klage over afgørelse om mentor", [
        ("p", f"Til {c.kom}, Jobcentret\nFra {c.citizen}, {c.address}" + (f"\nCPR: {c.cpr_str}" if c.cpr_str else "")),
        ("p", f"Jeg klager over jeres afgørelse af {dk_date(c.letter_date)} (sagsnr. {c.caseno}), hvor jeg fik "
              "mentor i 2 timer om ugen i 3 måneder. Jeg søgte om 5 timer om ugen i 6 måneder."),
        ("p", f"Min mentor {c.mentor} er god, men 2 timer er ikke nok til at jeg kan klare praktikken. Målet er jo, "
              "at jeg skal i løntilskud, og det kan jeg ikke nå på 3 måneder."),
        ("p", "Jeg vil gerne have, at I ser på sagen igen, og ellers sender den til Ankestyrelsen."),
        ("p", f"Venlig hilsen\n{c.citizen}\nTlf. {phone(c.rng)}"),
    ], "borgerklage", "letter", c=c)


def genvurdering(c: Ctx) -> Doc:
    """The municipality upholds its decision on reconsideration and forwards the complaint. Under RSL § 66
    (domain.md § 2) this is not a new decision: the complaint goes on to Ankestyrelsen, which decides it.
    The letter informs; it grants or refuses nothing and carries no new appeal guidance. Kind: unknown."""
    return U("Din klage er sendt videre til Ankestyrelsen", [
        ("p", f"{c.citizen}\n{c.address}" + (f"\nCPR-nr. {c.cpr_str}" if c.cpr_str else "")),
        ("p", f"Sagsnr. {c.caseno}"),
        ("p", f"Vi har modtaget din klage over vores afgørelse af {dk_date(c.letter_date)} om mentorstøtte, hvor du "
              "fik bevilget mentor i 2 timer om ugen i perioden " + f"{dk_date(c.start)} til {dk_date(add_months(c.start, 3))}."),
        ("h2", "Genvurdering"),
        ("p", "Vi har genvurderet afgørelsen, jf. retssikkerhedslovens § 66. Vi fastholder afgørelsen. Vi har lagt "
              "vægt på, at din mentor og din virksomhedskonsulent vurderer, at 2 timer om ugen dækker dit behov "
              "i praktikken, og at der følges op hver måned."),
        ("p", "Vi har derfor sendt din klage og sagens akter til Ankestyrelsen, som vil behandle klagen. Du hører "
              "fra Ankestyrelsen. Du kan følge sagen og sende yderligere bemærkninger direkte til Ankestyrelsen."),
        ("p", f"Venlig hilsen\n{c.caseworker}\n{c.kom}"),
    ], "genvurdering-fastholdt", "letter", c=c, traits=["decision-status:not-a-new-decision"])


def ankestyrelsen_afg(c: Ctx) -> Doc:
    """Ankestyrelsen's ruling on appeal. It is the appeal body's final administrative decision, not the
    municipality's decision letter on mentor support: the 4-week appeal guidance of FVL § 25 / RSL § 67
    (domain.md § 2) does not apply to it (no further administrative appeal). Kind: unknown."""
    return U("Ankestyrelsens afgørelse", [
        ("p", f"Klager: {c.citizen}" + (f", CPR-nr. {c.cpr_str}" if c.cpr_str else "") + f"\nKommune: {c.kom}"),
        ("p", f"J.nr. 26-{c.rng.randrange(10000, 99999)}. Dato: {dk_date(c.letter_date + timedelta(days=70))}"),
        ("h1", "Resultat"),
        ("p", "Ankestyrelsen ændrer kommunens afgørelse. Du har ret til mentorstøtte i 4 timer om ugen."),
        ("p", "Det betyder, at kommunen skal bevilge mentorstøtte i 4 timer ugentligt i resten af perioden, "
              f"som udløber den {dk_date(add_months(c.start, 6))}."),
        ("h1", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at formålet med mentorstøtten er, at du kan gennemføre din virksomhedspraktik og "
              "komme i løntilskud, og at din mentor i sin statusrapport har vurderet, at 2 timer om ugen ikke er "
              "tilstrækkeligt. Vi henviser til lov om en aktiv beskæftigelsesindsats § 167, stk. 1."),
        ("h1", "Du kan ikke klage over afgørelsen"),
        ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed. Du kan indbringe "
              "afgørelsen for domstolene eller klage til Folketingets Ombudsmand."),
        ("p", "Med venlig hilsen\nAnkestyrelsen, Beskæftigelse"),
    ], "ankestyrelsen-afgoerelse", "letter", c=c, traits=["decision-status:appeal-body-ruling"])


def aktindsigt(c: Ctx) -> Doc:
    d0 = c.letter_date
    return U("Svar på anmodning om aktindsigt", [
        ("p", f"Kære {c.citizen}" + (f" (CPR {c.cpr_str})" if c.cpr_str else "")),
        ("p", f"Du har den {dk_date(d0 + timedelta(days=40))} bedt om aktindsigt i din sag om mentorstøtte. Du får "
              "fuld aktindsigt i nedenstående dokumenter, som er vedlagt."),
        ("table", [["Nr.", "Dato", "Dokument"],
                   ["1", (d0 - timedelta(days=20)).strftime("%d.%m.%Y"), "Ansøgning om mentor"],
                   ["2", d0.strftime("%d.%m.%Y"), "Afgørelse om mentorstøtte"],
                   ["3", d0.strftime("%d.%m.%Y"), "Mentoraftale (mål, mentor, opgaver, periode, timetal)"],
                   ["4", (d0 + timedelta(days=30)).strftime("%d.%m.%Y"), f"Statusrapport fra {c.provider}"],
                   ["5", (d0 + timedelta(days=35)).strftime("%d.%m.%Y"), "Journalnotat – telefonsamtale med mentor"]]),
        ("p", "Interne arbejdsdokumenter er undtaget efter offentlighedslovens § 23."),
        ("h2", "Klagevejledning"),
        ("p", "Du kan klage over afgørelsen om aktindsigt til Ankestyrelsen. Klagen sendes til kommunen inden 4 uger."),
        ("p", f"Venlig hilsen\n{c.caseworker}"),
    ], "aktindsigt", "letter", c=c)


def journalnotat(c: Ctx) -> Doc:
    return U("Journalnotat", [
        ("table", [["Sag", c.caseno], ["Borger", c.citizen + (f" ({c.cpr_str})" if c.cpr_str else "")],
                   ["Notattype", "Telefonsamtale"], ["Dato", c.start.strftime("%d-%m-%Y")], ["Skrevet af", c.caseworker]]),
        ("p", f"Opringning fra mentor {c.mentor} ({c.provider}, tlf. {c.mentor_phone}). Mentor fortæller, at "
              f"{c.citizen_first} er mødt i praktikken 3 af 4 dage de sidste to uger. Mentor oplever, at 2 timer om "
              "ugen er for lidt, og foreslår 3 timer i den resterende periode."),
        ("p", "Aftalt: Jeg indkalder til statusmøde i næste uge. Ingen ændring af bevillingen før mødet. Borger "
              "orienteres af mentor."),
    ], "journalnotat", "table", c=c)


def statusrapport(c: Ctx) -> Doc:
    return U(f"Statusrapport – mentorforløb for {c.citizen}", [
        ("table", [["Mentor", f"{c.mentor}, {c.provider}, {c.mentor_phone}"], ["Periode for rapporten", "Uge 10-13"],
                   ["Bevilget", "3 timer pr. uge"], ["Forbrugt", "11,5 timer"]]),
        ("h2", "Status på målet"),
        ("p", f"{c.citizen_first} møder stabilt i praktikken og har selv taget kontakt til lederen om flere timer."),
        ("h2", "Næste skridt"),
        ("p", "Vi arbejder videre med transport og morgenrutiner. Forslag: ingen ændring af timetal."),
    ], "statusrapport", "table")


def faktura(c: Ctx) -> Doc:
    return U(f"Faktura nr. {c.rng.randrange(2026001, 2026999)}", [
        ("p", f"{c.provider}\nKunde: {c.kom}, Jobcentret\nEAN: 579800{c.rng.randrange(1000000, 9999999)}"),
        ("table", [["Beskrivelse", "Antal", "Pris", "Beløb"],
                   [f"Mentorstøtte, sagsnr. {c.caseno}, marts", "12 timer", "495,00", "5.940,00"],
                   ["Mentorstøtte, opfølgningsmøde", "1 time", "495,00", "495,00"],
                   ["Moms 25 %", "", "", "1.608,75"], ["I alt", "", "", "8.043,75"]]),
        ("p", "Betalingsbetingelser: netto 30 dage."),
    ], "faktura", "table")


NOISE = [  # (builder, formats)
    (principmeddelelse, ["html", "pdf-rl", "txt", "docx"]),
    (principresume, ["html", "eml", "pdf-lo", "txt"]),
    (udvalg_dagsorden, ["pdf-lo", "docx", "html", "pdf-rl"]),
    (udvalg_referat, ["pdf-lo", "odt", "txt", "docx"]),
    (arbejdsgang, ["docx", "pdf-lo", "odt", "txt", "html"]),
    (kravspec, ["docx", "pdf-lo", "odt", "pdf-rl"]),
    (provider_page, ["html", "html", "pdf-rl", "txt"]),
    (prisliste, ["pdf-rl", "docx", "html", "eml"]),
    (evaluering, ["pdf-rl", "pdf-lo", "txt", "docx"]),
    (faq, ["html", "html", "txt", "pdf-rl"]),
    (nyhedsbrev, ["eml", "html", "eml", "pdf-rl"]),
    (cv, ["docx", "pdf-lo", "odt", "pdf-rl"]),
    (kursusprogram, ["pdf-rl", "docx", "html", "txt"]),
    (erhvervsmentor, ["docx", "pdf-lo", "odt", "txt", "pdf-rl"]),
    (studiementor, ["html", "docx", "pdf-rl", "txt"]),
    (fagforening, ["html", "txt", "pdf-rl"]),
    (idraetsforening, ["docx", "txt", "pdf-lo", "odt"]),
    (onboarding, ["docx", "pdf-lo", "odt"]),
    (klage, ["eml", "txt", "docx", "pdf-rl"]),
    (genvurdering, ["docx", "pdf-lo", "pdf-rl", "odt"]),
    (ankestyrelsen_afg, ["pdf-rl", "pdf-lo", "docx", "txt"]),
    (aktindsigt, ["docx", "pdf-lo", "eml", "odt"]),
    (journalnotat, ["txt", "html", "docx", "eml"]),
    (statusrapport, ["docx", "eml"]),
    (faktura, ["pdf-rl", "pdf-lo"]),
]

_unused = (mail_of,)
