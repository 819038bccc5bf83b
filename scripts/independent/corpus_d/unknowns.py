"""Documents that are NOT agreements, Min Plan entries or decisions, but talk about mentors."""
import datetime as dt

from content import ddate, HOURS_OK, GOALS_CLEAR, TASKS, FOLLOW, person, phone, APPEAL_OK


def u_leaflet(rng, mun, firm, case):
    return "pjece", [
        ("letterhead", [mun["name"]]), ("title", "Mentorstøtte – hvad kan du forvente?"),
        ("p", "En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse."),
        ("h", "Hvad står der i din aftale?"),
        ("p", "Når du får en mentor, laver vi en skriftlig aftale. Aftalen indeholder altid: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, hvor længe aftalen varer, hvordan vi følger op, timetallet og en klagevejledning."),
        ("h", "Hvor længe?"), ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Typisk 2-3 timer om ugen."),
        ("h", "Klage"), ("p", APPEAL_OK[0]),
        ("p", "Spørgsmål? Ring til %s på %s." % (mun["unit"], mun["phone"]))]


def u_faq(rng, mun, firm, case):
    return "FAQ-side", [
        ("title", "Ofte stillede spørgsmål om mentor"),
        ("h", "Hvad er målet med en mentor?"), ("p", "Målet er, at du kommer tættere på job eller uddannelse, fx at du kan starte på VUC eller i praktik."),
        ("h", "Hvem bliver min mentor?"), ("p", "Din mentor kan være ansat i kommunen eller i et privat mentorfirma. Du får navn og telefonnummer på din mentor i din aftale."),
        ("h", "Hvor mange timer får jeg?"), ("p", "Det afhænger af dit behov – fra 1 time til flere timer om ugen."),
        ("h", "Hvor længe varer det?"), ("p", "Perioden er op til 6 måneder, fx fra 1. marts til 31. august. Den kan forlænges."),
        ("h", "Kan jeg klage?"), ("p", "Ja. Du skal klage til kommunen inden 4 uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen.")]


def u_status(rng, mun, firm, case):
    c = case
    return "mentors statusrapport", [
        ("letterhead", [firm["name"], firm["addr"], "Tlf. %s" % firm["phone"]]),
        ("title", "Statusrapport – mentorforløb"),
        ("meta", [("Borger", c["citizen"]), ("Rapportdato", ddate(c["date"] + dt.timedelta(days=60))), ("Til", "%s, %s" % (c["cw"], c["mun"]["unit"]))]),
        ("field", "goal", "Mål (fra aftalen)", c["goal"]),
        ("field", "mentor", "Mentor", "%s, tlf. %s" % (c["mentor"], c["m_phone"])),
        ("field", "tasks", "Opgaver i perioden", c["tasks"]),
        ("field", "period", "Periode", c["period"]["text"]),
        ("field", "hours", "Forbrugte timer", "%d timer" % rng.randint(10, 30)),
        ("field", "follow", "Progression", "Borger har mødt %d ud af %d gange. Næste opfølgning aftales med sagsbehandler." % (rng.randint(6, 10), 12)),
        ("p", "Mentors vurdering: Forløbet går som planlagt. Vi anbefaler ikke forlængelse på nuværende tidspunkt.")]


def u_invoice(rng, mun, firm, case):
    c = case
    hrs = rng.randint(12, 40)
    return "faktura", [
        ("letterhead", [firm["name"], firm["addr"], "CVR %s" % firm["cvr"], "Tlf. %s · %s" % (firm["phone"], firm["mail"])]),
        ("title", "FAKTURA nr. %d" % rng.randint(20260001, 20260999)),
        ("meta", [("Kunde", mun["unit"]), ("EAN", "579800%07d" % rng.randint(0, 9999999)), ("Fakturadato", ddate(c["date"] + dt.timedelta(days=90))),
                  ("Reference", "%s / sag %s" % (c["cw"], c["journal"]))]),
        ("field", "x1", "Ydelse", "Mentorstøtte efter aftale, borger %s" % c["citizen"].split()[0]),
        ("field", "x2", "Periode", c["period"]["text"]),
        ("field", "x3", "Mentor", c["mentor"]),
        ("field", "x4", "Antal timer", "%d timer à 495,00 kr." % hrs),
        ("field", "x5", "I alt ekskl. moms", "%s kr." % format(hrs * 495, ",").replace(",", ".")),
        ("p", "Betalingsbetingelser: netto 30 dage. Ved spørgsmål kontakt bogholderiet."),
    ]


def u_minutes(rng, mun, firm, case):
    c = case
    return "referat af opfølgningsmøde", [
        ("title", "Referat – opfølgningsmøde"),
        ("meta", [("Dato", ddate(c["date"] + dt.timedelta(days=45))), ("Deltagere", "%s (borger), %s (mentor), %s (sagsbehandler)" % (c["citizen"], c["mentor"], c["cw"]))]),
        ("h", "1. Status på målet"), ("p", "Målet fra aftalen: %s Borger fortæller, at det går bedre." % c["goal"]),
        ("h", "2. Mentors opgaver"), ("p", "Mentor fortsætter med samme opgaver. %s timer om ugen fortsætter." % rng.choice(["To", "Tre"])),
        ("h", "3. Periode"), ("p", "Aftalen løber som aftalt (%s)." % c["period"]["text"]),
        ("h", "4. Næste møde"), ("p", "Næste opfølgning om 4 uger. Referent: %s." % c["cw"])]


def u_club(rng, mun, firm, case):
    coach = person(rng)
    return "idrætsforenings mentoraftale", [
        ("letterhead", ["%s Boldklub – Ungdomsafdelingen" % mun["name"].split()[0]]),
        ("title", "Mentoraftale – ung spiller og voksen mentor"),
        ("field", "g", "Mål", "At spilleren kommer til træning to gange om ugen og får en god start i U17-holdet."),
        ("field", "m", "Mentor", "%s, tlf. %s" % (coach, phone(rng))),
        ("field", "t", "Mentors opgaver", ["hente til de første kampe", "tale med forældre", "hjælpe med kontingent-tilskud"]),
        ("field", "p", "Periode", "1. marts – 31. oktober 2026 (hele udendørssæsonen)"),
        ("field", "h", "Timer", "ca. 2 timer om ugen"),
        ("field", "f", "Opfølgning", "Samtale med ungdomsformanden efter sommerferien."),
        ("p", "Aftalen er frivillig og kan opsiges af begge parter. Foreningen er ikke en offentlig myndighed, og aftalen kan ikke påklages."),
    ]


def u_school(rng, mun, firm, case):
    return "skolens elevmentoraftale", [
        ("title", "Elevmentorordning – aftale mellem elev og ældre elev"),
        ("letterhead", ["%s Gymnasium" % mun["name"].split()[0]]),
        ("p", "Ordningen er gymnasiets egen og har intet med jobcenteret at gøre."),
        ("field", "g", "Mål", "Bedre studievaner og færre fraværstimer i 1.g."),
        ("field", "m", "Elevmentor", "%s, 3.x, %s" % (person(rng), "mentor@gym-elev.dk")),
        ("field", "t", "Opgaver", "Lektiehjælp i matematik og hjælp til Lectio."),
        ("field", "p", "Periode", "skoleåret 2026/27"), ("field", "h", "Timer", "1 modul om ugen"),
    ]


def u_jobad(rng, mun, firm, case):
    return "stillingsopslag", [
        ("title", "%s søger mentor til 30 timer om ugen" % firm["name"]),
        ("p", "Vil du hjælpe unge og voksne tættere på job og uddannelse? Vi søger en erfaren mentor til vores team."),
        ("h", "Dine opgaver"), ("p", "Du skal støtte borgere i praktik, følge op på mål og progression, og skrive statusrapporter til kommunen."),
        ("h", "Vi tilbyder"), ("p", "Fast ansættelse fra 1. april 2026, løn efter kvalifikationer, 6 måneders prøvetid ikke relevant – 3 måneders prøvetid."),
        ("p", "Ansøgningsfrist: 15. marts 2026. Kontakt %s på %s." % (person(rng), firm["phone"]))]


def u_internal(rng, mun, firm, case):
    return "intern mail om kapacitet", [
        ("p", "Hej alle"),
        ("p", "%s har meldt ud, at de har kapacitet til 6 nye mentorforløb fra uge 12. Forløbene kan være på 2-4 timer om ugen. Husk at aftalerne skal indeholde mål, mentor, opgaver, varighed, opfølgning, timetal og klagevejledning." % firm["name"]),
        ("p", "Send gerne navne på borgere til mig senest fredag."),
        ("sign", ["Mvh", case["cw"], "Teamleder, %s" % mun["unit"]])]


def u_budget(rng, mun, firm, case):
    return "budgetsvar", [
        ("title", "Budgetspørgsmål %d til budget 2027 – Udgifter til mentorstøtte" % rng.randint(10, 60)),
        ("h", "Spørgsmål"), ("p", "Hvor mange borgere fik mentorstøtte i 2025, og hvad var den gennemsnitlige varighed?"),
        ("h", "Svar"), ("p", "I 2025 fik %d borgere mentorstøtte. Den gennemsnitlige varighed var 5,2 måneder, og det gennemsnitlige timetal var 2,4 timer om ugen. Mentorstøtte gives efter LAB § 167 i højst 6 måneder ad gangen." % rng.randint(120, 480)),
        ("p", "Fra 1. januar 2026 er der et udgiftsloft for mentorstøtte, jf. LAB § 203 a."),
        ("meta", [("Dato", ddate(case["date"])), ("Sagsnr.", case["journal"])])]


def u_agenda(rng, mun, firm, case):
    return "dagsordenpunkt", [
        ("title", "Beskæftigelsesudvalget – punkt %d: Udbud af mentorstøtte 2027-2028" % rng.randint(3, 12)),
        ("h", "Resumé"), ("p", "Forvaltningen foreslår, at mentorstøtte udbydes som rammeaftale med op til tre leverandører."),
        ("h", "Sagsfremstilling"), ("p", "Alle mentoraftaler skal fortsat indeholde mål, mentors navn og kontaktdata, opgaver, varighed, opfølgning og timetal. Kontrakten løber 24 måneder med mulighed for forlængelse i 12 måneder."),
        ("h", "Indstilling"), ("p", "Direktøren indstiller, at udvalget godkender udbudsmaterialet."),
        ("h", "Beslutning"), ("p", "Godkendt.")]


def u_journal_call(rng, mun, firm, case):
    return "journalnotat om telefonsamtale", [
        ("title", "Journalnotat"),
        ("meta", [("Dato", ddate(case["date"])), ("Emne", "Telefonsamtale med mentor"), ("Journalført af", case["cw"])]),
        ("p", "Mentor %s ringede. Borger har ikke mødt op de sidste to gange. Mentor foreslår, at vi holder et opfølgningsmøde og evt. justerer timetallet. Vi aftalte, at jeg indkalder til møde i næste uge." % case["mentor"]),
        ("p", "Borger er ikke orienteret endnu.")]


def u_standard(rng, mun, firm, case):
    return "kvalitetsstandard", [
        ("title", "Kvalitetsstandard for mentorstøtte – %s" % mun["name"]),
        ("h", "Lovgrundlag"), ("p", "Lov om en aktiv beskæftigelsesindsats §§ 167-171."),
        ("h", "Serviceniveauer"), ("p", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge. Evaluering altid 14 dage før støtteperioden udløber."),
        ("h", "Aftalens indhold"), ("p", "Den skriftlige aftale skal indeholde 1) målet med mentorstøtten, 2) mentorens navn og kontaktdata, 3) hvilke opgaver mentoren skal bistå ved, 4) varigheden og opfølgning, 5) timetallet og 6) klagevejledning."),
        ("h", "Varighed"), ("p", "Højst 6 måneder; ny periode på op til 6 måneder efter konkret vurdering.")]


def u_brochure(rng, mun, firm, case):
    return "mentorfirmaets præsentation", [
        ("letterhead", [firm["name"], firm["addr"], firm["phone"], firm["mail"]]),
        ("title", "Om %s" % firm["name"]),
        ("p", "Vi har leveret mentorforløb til kommuner siden 2014. Vores mentorer er uddannede socialrådgivere, pædagoger og coaches."),
        ("h", "Sådan arbejder vi"), ("p", "Alle forløb starter med et opstartsmøde, hvor vi sammen med borger og sagsbehandler aftaler mål, opgaver og timetal. Vi sender status hver måned."),
        ("h", "Priser"), ("p", "Timepris 495 kr. ekskl. moms. Forløb typisk 3-6 måneder.")]


def u_onboarding(rng, mun, firm, case):
    return "virksomhedens buddy-aftale", [
        ("title", "Buddy- og mentoraftale for nye medarbejdere"),
        ("letterhead", ["Nordfrost A/S · HR"]),
        ("field", "g", "Formål", "At nye lagermedarbejdere hurtigt lærer rutiner og sikkerhedsregler."),
        ("field", "m", "Buddy", "%s, tlf. %s" % (person(rng), phone(rng))),
        ("field", "t", "Opgaver", "Oplæring i pluk, truck og vagtplan."),
        ("field", "p", "Periode", "De første 3 måneder af ansættelsen"), ("field", "h", "Tid", "1 time om ugen"),
        ("p", "Aftalen er en intern personalepolitik og ikke en offentlig ydelse.")]


UNKNOWN_BUILDERS = [u_leaflet, u_faq, u_status, u_invoice, u_minutes, u_club, u_school, u_jobad, u_internal,
                    u_budget, u_agenda, u_journal_call, u_standard, u_brochure, u_onboarding]
