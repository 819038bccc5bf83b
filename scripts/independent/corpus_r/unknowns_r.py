"""Look-alike documents that are none of agreement / decision / minplan."""
import datetime as dt
import phrases_r as P


def minutes(c):
    r = c.rng
    return dict(title="Referat af teammøde – Team Mentor", blocks=[
        ("kv", [("Dato", c.date(c.start, "long")), ("Deltagere", "%s, %s, Lone Brask (ref.)" % (c.cw, c.mentor)), ("Afbud", "Kim Rydahl")]),
        ("h", "1. Orientering"), ("p", "Kvalitetsstandarden for mentorstøtte revideres. Skabelonen for mentoraftaler skal fremover have et felt om mål for progression."),
        ("h", "2. Kapacitet"), ("p", "Mentorerne har i øjeblikket %d forløb i alt. Der er ventetid på udvidet mentor." % r.randint(30, 80)),
        ("h", "3. Eventuelt"), ("p", "Næste møde holdes om en måned. Husk at registrere mentortimer i systemet."),
    ], footer="Internt referat – ikke en afgørelse")


def other_decision(c):
    return dict(title="Afgørelse om befordringsgodtgørelse", blocks=[
        ("p", "Kære %s" % c.full),
        ("p", "Du får befordringsgodtgørelse til transport mellem din bopæl og %s efter § 82 i lov om en aktiv beskæftigelsesindsats. "
              "Din mentor har oplyst, at du deltager fire dage om ugen." % c.company),
        ("h", "Begrundelse"), ("p", "Afstanden mellem bopæl og aktivitetssted er over 12 km, og du opfylder betingelserne."),
        ("h", "Klagevejledning"), ("p", "Du kan klage til %s inden 4 uger efter, at du har modtaget afgørelsen. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen." % c.kommune),
        ("sig", ["Venlig hilsen", c.cw]),
    ], header="%s · Ydelser" % c.kommune)


def invitation(c):
    return dict(title="Indkaldelse til samtale", blocks=[
        ("p", "Hej %s" % c.fn),
        ("p", "Du er indkaldt til samtale %s kl. 10.00 på jobcentret. Vi skal tale om, hvordan det går, og om du kunne have gavn af en mentor." % c.date(c.start, "weekday")),
        ("ul", ["Tag gerne dit sygesikringskort med", "Du er velkommen til at have en bisidder med", "Kan du ikke komme, så ring til os"]),
        ("sig", ["Hilsen", c.cw]),
    ])


def invoice(c):
    r = c.rng
    n = r.randint(6, 20)
    return dict(title="Faktura nr. %d" % r.randint(10000, 99999), blocks=[
        ("kv", [("Kunde", "%s, %s" % (c.kommune, c.dept)), ("EAN", "57980%08d" % r.randint(0, 99999999)), ("Fakturadato", c.date(c.end, "dot0"))]),
        ("table", [["Ydelse", "Antal", "Pris", "I alt"],
                   ["Mentortimer, borger ref. %s" % c.sagsnr[-6:], "%d timer" % n, "495,00", "%.2f" % (n * 495)],
                   ["Kørsel", "1", "250,00", "250,00"]]),
        ("p", "Betalingsbetingelser: netto 30 dage. Ydelsen er leveret i henhold til rammeaftale om mentorydelser."),
    ], header=c.provider, footer="%s · CVR 3%07d" % (c.provider, r.randint(0, 9999999)))


def status_report(c):
    return dict(title="Statusrapport – mentorforløb", blocks=[
        ("kv", [("Borger", c.full), ("Mentor", c.mentor), ("Rapporteringsperiode", "%s – %s" % (c.date(c.start), c.date(P.add_months(c.start, 1) - dt.timedelta(days=1))))]),
        ("h", "Hvordan er det gået?"), ("p", "%s er mødt stabilt op hos %s og har selv meldt fravær to gange. Vi har brugt tiden på transport og samtaler med lederen." % (c.fn, c.place)),
        ("h", "Forbrugte timer"), ("p", "9 timer i rapporteringsperioden."),
        ("h", "Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter som aftalt."),
    ], header="%s – statusrapport til kommunen" % c.provider)


def guidance(c):
    return dict(title="Vejledning: Sådan udfylder du mentoraftalen", blocks=[
        ("p", "Denne vejledning er til sagsbehandlere. En skriftlig mentoraftale skal indeholde:"),
        ("ol", ["Målet med mentorstøtten – skriv et konkret job- eller uddannelsesmål.",
                "Mentorens navn og kontaktdata (telefon eller e-mail).",
                "Hvilke opgaver mentoren skal bistå ved.",
                "Aftalens varighed (højst 6 måneder) og opfølgning – inklusiv mål for progression.",
                "Timetallet, fx 2 timer pr. uge.",
                "Klagevejledning: klage til kommunen inden 4 uger; kommunen genvurderer og sender videre til Ankestyrelsen."]),
        ("p", "Husk at skrive aktiviteten ind i Min Plan. Brug skabelon MENT-03."),
    ], footer="%s · Intern vejledning" % c.kommune)


def export_stats(c):
    r = c.rng
    rows = ["MAANED;ANTAL_FORLOEB;TIMER_I_ALT;GNS_VARIGHED_MDR"]
    for m in range(1, 7):
        rows.append("2026-%02d;%d;%d;%.1f" % (m, r.randint(20, 60), r.randint(200, 800), r.uniform(3, 6)))
    return dict(title="Udtræk: mentorforløb pr. måned", blocks=[("pre", "SYSTEM: FASIT-JOB v5.0\nRAPPORT: MENTOR_STAT\n" + "\n".join(rows))])


def session_notes(c):
    return dict(title="Session notes – uge %d" % c.rng.randint(2, 50), blocks=[
        ("p", "Met %s at the café near %s. Vi talte om the first week at work." % (c.fn, c.place)),
        ("ul", ["transport ok, bus on time", "lidt nervøs for mødet med lederen", "next time: practice the conversation"]),
        ("p", "Notes for myself – not shared with kommunen."),
        ("sig", [c.mentor]),
    ])


def job_ad(c):
    return dict(title="Stillingsopslag: Mentor til %s" % c.dept, blocks=[
        ("p", "%s søger en erfaren mentor til vores mentorteam, 37 timer pr. uge, med start %s." % (c.kommune, c.date(c.start, "long"))),
        ("h", "Dine opgaver"), ("ul", ["støtte borgere i praktik og job", "samarbejde med virksomheder og sagsbehandlere", "skrive statusrapporter"]),
        ("h", "Vi forventer"), ("p", "Relevant uddannelse, fx socialrådgiver eller pædagog, og erfaring med målgruppen."),
        ("p", "Ansøgningsfrist: %s. Spørgsmål til teamleder %s, tlf. %s." % (c.date(c.start - dt.timedelta(days=30), "long"), c.cw, c.cwphone)),
    ])


def email_scheduling(c):
    return dict(title="SV: Hvem kan tage %s?" % c.fn, blocks=[
        ("p", "Hej %s" % c.cw.split()[0]),
        ("p", "Jeg kan desværre ikke tage en ny borger før om et par uger. Måske kan %s? Vi tager det på teammødet torsdag." % c.mentor.split()[0]),
        ("sig", ["Hilsen", "Lone"]),
        ("pre", "-----Oprindelig meddelelse-----\nFra: %s\nEmne: Hvem kan tage %s?\n\n> Har nogen plads til en ny mentorborger? Intet er aftalt endnu." % (c.cw, c.fn)),
    ])


def notification(c):
    return dict(title="Underretning om forventet udskrivelse", blocks=[
        ("p", "Region %s, Psykiatrien, underretter hermed %s om, at patienten forventes udskrevet %s." % (c.town, c.kommune, c.date(c.start, "long"))),
        ("p", "Patienten har ret til en udskrivningskoordinator, jf. LAB § 167, stk. 2. Kommunen bedes kontakte patienten."),
        ("kv", [("Afsnit", "P3"), ("Kontaktperson", "Overlæge Birthe Holm")]),
    ], header="Region %s – Psykiatrien" % c.town)


def newsletter(c):
    return dict(title="Nyhedsbrev fra Ungeindsatsen", blocks=[
        ("h", "Nyt fra mentorområdet"), ("p", "I år har over 120 unge haft en uddannelsesmentor. Mange er startet på en erhvervsuddannelse."),
        ("h", "Tip"), ("p", "Husk, at mentorstøtte højst kan bevilges for 6 måneder ad gangen. Skriv konkrete mål."),
        ("h", "Arrangementer"), ("p", "Åbent hus på %s i næste måned." % c.school),
    ], pdf_mode="twocol", header="Ungeindsatsen · %s" % c.kommune)


def admission(c):
    return dict(title="Optagelse på %s" % c.school, blocks=[
        ("p", "Kære %s" % c.fn),
        ("p", "Vi er glade for at kunne byde dig velkommen på grundforløbet med start %s." % c.date(c.start, "long")),
        ("p", "Du kan tale med skolens studievejleder, og har du en mentor fra kommunen, er han eller hun velkommen til introdagen."),
        ("sig", ["Med venlig hilsen", "Studieadministrationen, %s" % c.school]),
    ])


def consent(c):
    return dict(title="Samtykkeerklæring – udveksling af oplysninger", blocks=[
        ("p", "Jeg giver hermed samtykke til, at %s må udveksle oplysninger med min mentor og med %s om mit forløb." % (c.kommune, c.place)),
        ("check", [(True, "Helbredsoplysninger"), (False, "Økonomiske oplysninger"), (True, "Fremmøde")]),
        ("p", "Samtykket kan til enhver tid trækkes tilbage."),
        ("table", [["Navn", c.full], ["Underskrift", ""], ["Dato", ""]]),
    ], header=c.kommune, footer="Skabelon SAM-01")


def appeal_receipt(c):
    return dict(title="Kvittering for modtagelse af klage", blocks=[
        ("p", "Kære %s" % c.full),
        ("p", "Vi har modtaget din klage over afgørelsen om mentorstøtte. Vi genvurderer nu afgørelsen. Hvis vi fastholder den, sender vi klagen til Ankestyrelsen."),
        ("p", "Du hører fra os hurtigst muligt."),
        ("sig", ["Venlig hilsen", c.cw]),
    ], header="%s · %s" % (c.kommune, c.dept))


def joblog(c):
    return dict(title="Joblog – udskrift fra Jobnet", blocks=[
        ("table", [["Dato", "Virksomhed", "Stilling", "Status"],
                   [c.date(c.start, "dot0"), c.company, "Lagermedarbejder", "Sendt"],
                   [c.date(c.start + dt.timedelta(days=9), "dot0"), "Netto", "Butiksassistent", "Afslag"],
                   [c.date(c.start + dt.timedelta(days=20), "dot0"), "Kommunen", "Servicemedarbejder", "Samtale"]]),
        ("p", "Note: Ansøgningen til %s blev skrevet sammen med min mentor." % c.company),
    ], header="Jobnet · Joblog", pdf_mode="sidebar", sidebar=[("p", c.full)])


def budget_answer(c):
    return dict(title="Budgetspørgsmål nr. %d: Udgifter til mentorstøtte" % c.rng.randint(10, 60), blocks=[
        ("h", "Spørgsmål"), ("p", "Hvor mange borgere fik mentorstøtte sidste år, og hvad var udgiften?"),
        ("h", "Svar"), ("p", "%s bevilgede mentorstøtte til ca. %d borgere. Mentorstøtte gives efter LAB § 167 i højst 6 måneder ad gangen. Den samlede udgift var %d mio. kr." % (c.kommune, c.rng.randint(200, 600), c.rng.randint(4, 15))),
    ], header="%s · Økonomiudvalget" % c.kommune, serif=True)


def certificate(c):
    return dict(title="Kursusbevis", blocks=[
        ("p", "%s har gennemført kurset \"Mentorrollen i praksis\" (3 dage) hos %s." % (c.mentor, c.provider)),
        ("ul", ["Mål og delmål i mentorforløb", "Samtaleteknik", "Samarbejde med kommunen"]),
        ("sig", ["%s, %s" % (c.town, c.date(c.start, "long")), "Kursusleder"]),
    ])


BY_PERSONA = {
    "senior_formal": [minutes, other_decision, budget_answer],
    "young_du": [invitation, email_scheduling, invitation],
    "provider_form": [invoice, status_report, certificate, invoice],
    "numbered_q": [guidance, consent, guidance],
    "system_export": [export_stats, export_stats, status_report],
    "mixed_mentor": [session_notes, job_ad, session_notes, certificate],
    "email_thread": [email_scheduling, email_scheduling, minutes],
    "udskriv": [notification, notification, consent],
    "ungeindsats": [newsletter, admission, newsletter, admission],
    "word_template": [consent, job_ad, other_decision],
    "decision_bilag": [appeal_receipt, other_decision, appeal_receipt, other_decision],
    "jobnet_print": [joblog, joblog, job_ad],
}
