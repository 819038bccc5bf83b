"""Documents of corpus fm that are none of the three kinds (kind `unknown`)."""
from __future__ import annotations

import datetime as dt

from content import Case, dlong, WEEKDAYS


def _workday(d):
    while d.weekday() > 4:
        d += dt.timedelta(days=1)
    return d


def wd(d):
    return WEEKDAYS[d.weekday()]


def u_leaflet(c: Case, v: int):
    title = ["Hvad er en mentor? – let læst", "Mentorstøtte – kort og let"][v % 2]
    b = [("title", title), ("p", f"{c.kommune} Kommune · Job og Uddannelse"),
         ("q", "Hvad er en mentor?"),
         ("lines", ["En mentor er en person, der hjælper dig.", "Mentoren hjælper dig i job, praktik eller uddannelse.",
                    "Mentoren er ikke din sagsbehandler."]),
         ("q", "Hvem kan få en mentor?"),
         ("lines", ["Du kan få en mentor, hvis du har brug for ekstra støtte.", "Kommunen vurderer, om du kan få en mentor."]),
         ("q", "Hvor længe?"),
         ("lines", ["Man kan få en mentor i højst 6 måneder ad gangen.", "Derefter kan kommunen give en ny periode."]),
         ("q", "Hvad står der i aftalen?"),
         ("ul", ["Dit mål", "Hvem din mentor er, og hvordan du får fat i mentoren", "Hvad mentoren skal hjælpe med",
                 "Hvor længe aftalen varer, og hvordan I følger op", "Hvor mange timer mentoren har", "Hvordan du kan klage"]),
         ("q", "Vil du vide mere?"),
         ("lines", [f"Tal med din sagsbehandler.", f"Eller ring til {c.kommune} Kommune på 70 11 22 33."])]
    return title, b


def u_welcome(c: Case, v: int):
    title = ["Velkommen til " + c.company, f"Velkommen, {c.first}!"][v % 2]
    b = [("title", title), ("p", f"Kære {c.first}"),
         ("lines", [f"Jeg hedder {c.mentor_first}.", f"Jeg arbejder hos {c.company}.",
                    "Kommunen har spurgt os, om vi kan være mentor for dig.", "Jeg glæder mig til at møde dig."]),
         ("q", "Vores første møde"),
         ("lines", [f"Vi ses {wd(_workday(c.start + dt.timedelta(days=2)))} den {dlong(_workday(c.start + dt.timedelta(days=2)))} kl. 10.", f"Vi mødes på {c.company}, Vestergade {10 + v}, {c.by}.",
                    "Vi drikker en kop kaffe og snakker om, hvad du har lyst til.", "Til mødet laver vi sammen med din sagsbehandler en aftale."]),
         ("q", "Om os"),
         ("p", f"{c.company} har arbejdet med mentorforløb i mange år. Vi er 12 mentorer med forskellig baggrund."),
         ("lines", ["De bedste hilsner", c.mentor, c.company])]
    return title, b


def u_invite(c: Case, v: int):
    title = ["Invitation til møde om mentor", "Du er inviteret til et møde", "Mødeindkaldelse – opstart med mentor"][v % 3]
    b = [("meta", [("", f"{c.kommune} Kommune"), ("Dato", dlong(c.letter))]), ("title", title), ("p", f"Hej {c.first}"),
         ("box", "Kort fortalt", [("lines", [f"Hvornår: {wd(_workday(c.meeting + dt.timedelta(days=7)))} den {dlong(_workday(c.meeting + dt.timedelta(days=7)))} kl. 13.00",
                                            f"Hvor: Jobcentret, Torvet {3 + v}, {c.by}", "Hvem: dig, din sagsbehandler og en mentor"])]),
         ("q", "Hvorfor skal du til møde?"),
         ("lines", ["Vi skal tale om, om en mentor kan hjælpe dig.", "Du får lov at møde mentoren.",
                    "Hvis I vil samarbejde, skriver vi en aftale sammen på mødet."]),
         ("q", "Hvad skal du tage med?"), ("ul", ["Dit sundhedskort", "Gerne en, du stoler på, hvis du har lyst"]),
         ("q", "Kan du ikke komme?"), ("lines", [f"Ring til {c.cw_first} på {c.cw_phone}."]),
         ("lines", ["Venlig hilsen", c.cw])]
    return title, b


def u_complain_guide(c: Case, v: int):
    title = "Sådan klager du – let læst"
    b = [("title", title), ("p", f"{c.kommune} Kommune"),
         ("lines", ["Har du fået et brev fra kommunen, som du ikke er enig i?", "Så kan du klage."]),
         ("q", "Hvor skal du klage?"), ("lines", ["Du skal klage til kommunen.", "Du skal ikke klage direkte til Ankestyrelsen."]),
         ("q", "Hvornår?"), ("lines", ["Inden 4 uger efter du fik brevet."]),
         ("q", "Hvad sker der så?"),
         ("lines", ["Kommunen ser på sagen igen.", "Er kommunen stadig uenig, sender vi klagen til Ankestyrelsen.",
                    "Ankestyrelsen bestemmer til sidst."]),
         ("q", "Vil du have hjælp?"), ("lines", ["Du kan få hjælp af Borgerrådgiveren.", "Telefon 70 33 44 55."])]
    return title, b


def u_status(c: Case, v: int):
    title = "Status fra mentor"
    b = [("title", title), ("meta", [("Borger", c.full), ("Mentor", f"{c.mentor}, {c.company}"),
                                     ("Statusdato", dlong(c.start + dt.timedelta(days=60)))] + ([("CPR", c.cpr)] if c.cpr else [])),
         ("h", "Hvordan går det?"),
         ("p", f"{c.first} er kommet godt i gang. {c.first} har mødt 7 ud af 8 uger. Vi har øvet busturen, og {c.first} tager nu "
               f"bussen alene."),
         ("h", "Hvad er svært?"), ("p", "Morgenerne er stadig svære, især mandag."),
         ("h", "Næste skridt"), ("p", "Vi fortsætter som aftalt. Vi taler om det på statusmødet."),
         ("p", f"Venlig hilsen {c.mentor}")]
    return title, b


def u_feedback(c: Case, v: int):
    title = "Hvad synes du om din mentor?"
    b = [("title", title), ("p", f"{c.company} vil gerne blive bedre. Svar på spørgsmålene. Det tager 5 minutter."),
         ("table", ["Spørgsmål", "😊 Godt", "😐 Okay", "🙁 Dårligt"],
          [["Lytter din mentor til dig?", "☐", "☐", "☐"], ["Hjælper mentoren dig med det, I aftalte?", "☐", "☐", "☐"],
           ["Kommer mentoren til tiden?", "☐", "☐", "☐"], ["Er du tættere på dit mål?", "☐", "☐", "☐"]]),
         ("q", "Er der andet, du vil sige?"), ("p", "________________________________________"),
         ("p", "Tak for hjælpen! Aflever skemaet til din mentor eller send det til info@" + c.mentor_mail.split("@")[1])]
    return title, b


def u_youth_leaflet(c: Case, v: int):
    title = "Mentor? 🤔 Hvad er det?"
    b = [("title", title), ("p", f"Til dig under 30 – fra Ungeindsatsen i {c.kommune} Kommune"),
         ("q", "Kort sagt"), ("p", "En mentor er en voksen, der er på din side. Én, du kan ringe til, når skolen eller jobbet driller."),
         ("q", "Hvad kan en mentor?"),
         ("ul", ["👉 Vække dig om morgenen", "👉 Tage med til samtaler", "👉 Hjælpe med e-Boks og breve", "👉 Snakke, når det brænder på"]),
         ("q", "Hvordan får jeg en?"),
         ("p", "Spørg din vejleder. Så holder vi et møde og laver en aftale om dit mål, hvad mentoren hjælper med, hvor længe og hvor mange timer."),
         ("p", "Find os på Instagram: @ungeindsats_" + c.kommune.lower().replace("ø", "o").replace("æ", "ae"))]
    return title, b


def u_blank(c: Case, v: int):
    title = "Aftale om mentor – let læst (skabelon)"
    b = [("title", title), ("p", f"{c.kommune} Kommune – skabelon til brug på mødet. Udfyldes sammen med borgeren."),
         ("q", "Hvem er din mentor?"), ("p", "Navn: ______________   Telefon: ______________"),
         ("q", "Hvad er dit mål?"), ("p", "______________________________________"),
         ("q", "Hvad skal I lave sammen?"), ("p", "______________________________________"),
         ("q", "Hvor længe?"), ("p", "Fra: __________  Til: __________ (højst 6 måneder)"),
         ("q", "Hvor mange timer?"), ("p", "_____ timer om ugen"),
         ("q", "Hvornår følger vi op?"), ("p", "______________________________________"),
         ("q", "Er du ikke enig?"), ("p", "[Indsæt kommunens standardklagevejledning]")]
    return title, b


def u_hearing(c: Case, v: int):
    title = "Vi overvejer at stoppe din mentorstøtte – hvad siger du?"
    b = [("meta", [("", f"{c.kommune} Kommune"), ("Dato", dlong(c.letter))] + ([("CPR-nr.", c.cpr)] if c.cpr else [])),
         ("title", title), ("p", f"Kære {c.first}"),
         ("box", "Kort fortalt", [("lines", ["Vi har ikke truffet en afgørelse endnu.", "Vi vil gerne høre, hvad du mener, før vi beslutter noget.",
                                            f"Svar os senest den {dlong(c.letter + dt.timedelta(days=14))}."])]),
         ("h", "Partshøring"),
         ("p", f"Vi overvejer at stoppe din mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats, fordi du ikke er mødt "
               f"op til de sidste 5 aftaler med {c.mentor_first}. Før vi træffer afgørelse, har du ret til at komme med dine "
               f"bemærkninger (forvaltningslovens § 19)."),
         ("p", f"Ring til {c.cw} på {c.cw_phone}, eller skriv til {c.cw_mail}."),
         ("lines", ["Venlig hilsen", c.cw])]
    return title, b


def u_receipt(c: Case, v: int):
    title = "Vi har fået din ansøgning om mentor"
    b = [("title", title), ("p", f"Hej {c.first}"),
         ("lines", [f"Tak for din ansøgning om mentorstøtte. Vi fik den den {dlong(c.letter - dt.timedelta(days=12))}.",
                    "Vi læser den nu.", "Du får svar inden for 3 uger.", f"Har du spørgsmål? Ring til {c.cw_first} på {c.cw_phone}."]),
         ("lines", ["Venlig hilsen", f"{c.kommune} Kommune, Job og Uddannelse"])]
    return title, b


def u_calendar(c: Case, v: int):
    title = "Mine aftaler"
    d0 = _workday(c.start)
    rows = [[f"{wd(d0 + dt.timedelta(days=7 * i))} {dlong(d0 + dt.timedelta(days=7 * i))}", "kl. 10.00", f"Møde med {c.mentor_first}", "Biblioteket"]
            for i in range(4)]
    d1 = _workday(d0 + dt.timedelta(days=9))
    rows.insert(2, [f"{wd(d1)} {dlong(d1)}", "kl. 13.30", f"Samtale med {c.cw_first}", "Jobcentret"])
    b = [("title", title), ("p", f"{c.full} – udskrevet fra Min Plan"),
         ("table", ["Dag", "Tid", "Hvad", "Hvor"], rows),
         ("p", "Kan du ikke komme, skal du melde afbud senest dagen før.")]
    return title, b


def u_invoice(c: Case, v: int):
    title = f"Faktura nr. {2026100 + v * 37}"
    b = [("title", title), ("meta", [("Fra", f"{c.company}, CVR 3{v}482917"), ("Til", f"{c.kommune} Kommune, Jobområdet"),
                                     ("Fakturadato", dlong(c.start + dt.timedelta(days=35))), ("EAN", "5798000" + str(412345 + v))]),
         ("table", ["Ydelse", "Antal", "Pris", "Beløb"],
          [[f"Mentorstøtte, borger ref. {c.case_no}, {dlong(c.start)}–{dlong(c.start + dt.timedelta(days=30))}", f"{c.hours * 4} timer",
            "545,00 kr.", f"{c.hours * 4 * 545:,}".replace(",", ".") + ",00 kr."]]),
         ("p", "Betalingsbetingelser: netto 30 dage. Faktura sendt som e-faktura (OIOUBL).")]
    return title, b


def u_final_eval(c: Case, v: int):
    title = "Slutevaluering af mentorforløb"
    b = [("title", title), ("meta", [("Deltager", c.full), ("Mentor", c.mentor), ("Forløb", f"{dlong(c.start)} – {dlong(c.end)}")]),
         ("h", "Blev målet nået?"), ("p", f"Ja, delvist. {c.first} er startet på uddannelsen og møder de fleste dage."),
         ("h", "Hvad virkede?"), ("ul", ["Faste møder samme dag hver uge", "Sms om morgenen", "At vi øvede vejen"]),
         ("h", "Anbefaling"), ("p", "Mentorstøtten kan stoppe. Skolens studievejleder tager over."),
         ("p", f"{c.mentor}, {c.company}")]
    return title, b


def u_notes(c: Case, v: int):
    title = f"Noter fra vores snak {dlong(c.start + dt.timedelta(days=21))}"
    b = [("title", title),
         ("ul", [f"{c.first} har været syg i 2 dage", "Vi talte om at skrive til skolen om fraværet", "Næste gang: øve at ringe til lægen"]),
         ("p", f"/{c.mentor_first}")]
    return title, b


def u_privacy(c: Case, v: int):
    title = "Sådan passer vi på dine oplysninger – let læst"
    b = [("title", title), ("p", f"{c.company} og {c.kommune} Kommune"),
         ("lines", ["Når du har en mentor, skriver vi nogle ting ned om dig.", "Fx dit navn, din telefon og hvordan det går.",
                    "Vi deler kun oplysningerne med din sagsbehandler.", "Vi gemmer dem i 5 år.", "Du må altid se, hvad vi har skrevet."]),
         ("q", "Spørgsmål?"), ("p", f"Skriv til vores databeskyttelsesrådgiver: dpo@{c.mentor_mail.split('@')[1]}")]
    return title, b


UNKNOWN_FAMILIES = {"leaflet": u_leaflet, "welcome": u_welcome, "invite": u_invite, "complainguide": u_complain_guide,
                    "status": u_status, "feedback": u_feedback, "youthleaflet": u_youth_leaflet, "blank": u_blank,
                    "hearing": u_hearing, "receipt": u_receipt, "calendar": u_calendar, "invoice": u_invoice,
                    "finaleval": u_final_eval, "notes": u_notes, "privacy": u_privacy}
