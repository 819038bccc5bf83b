"""Near misses (kind unknown): same layouts, not an agreement, decision or Min Plan entry."""
from __future__ import annotations

import datetime as dt

from content import fmt_date, person, phone, mail_of, PROVIDERS, add_months
from specs import base


def newsletter(rng, i):
    d = base(rng, i, "unknown", "newsletter", f"Nyhedsbrev fra Beskæftigelse nr. {rng.randint(2, 9)}/2026")
    d.intro = [
        "Nyt om mentorindsatsen",
        "I år har vi haft flere borgere i mentorforløb end nogensinde. En god mentoraftale beskriver målet med mentorstøtten, "
        "mentorens navn og kontaktdata, mentorens opgaver, varigheden, timetallet og hvordan der følges op. Husk også klagevejledningen.",
        "Fra 1. februar 2026 står der »kommunen« i stedet for »jobcentret« i loven. Vores skabeloner er opdateret, så brevene nu er sendt fra kommunen.",
        "Kort nyt",
        "Mentorkorpset får to nye kolleger i september. Temadag om fastholdelse for virksomhedskonsulenter holdes den 14. oktober i kantinen. "
        "Husk at tilmelde dig i kursuskalenderen senest fredag.",
        "Reform af beskæftigelsesindsatsen",
        "Den nye lov ventes at træde i kraft 1. januar 2027. Paragrafnumrene ændres, men mentorordningen fortsætter. Vi sender en oversigt ud, når loven er vedtaget.",
        f"Redaktion: {person(rng)}, kommunikation. Næste nummer udkommer i december.",
    ]
    d.sign = False
    return d


def leaflet(rng, i):
    d = base(rng, i, "unknown", "leaflet", rng.choice(["Mentorstøtte – hvad er det?", "Få en mentor – information til borgere", "Pjece: Mentor i praktik og uddannelse"]))
    d.intro = ["En mentor er en person, der kan hjælpe dig, når du skal i gang med job, praktik eller uddannelse. Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats § 167."]
    d.sections = [
        ("x", "Hvad står der i aftalen?", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med", "Hvor længe støtten varer – højst 6 måneder ad gangen", "Hvor mange timer om ugen", "Hvordan vi følger op"]),
        ("x", "Hvor længe?", "Mentorstøtte gives i højst 6 måneder. Herefter kan du efter en konkret vurdering få en ny periode på op til 6 måneder."),
        ("x", "Hvis du er uenig", "Du kan klage over en afgørelse om mentorstøtte. Klagen sendes til kommunen inden fire uger. Kommunen genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
        ("x", "Kontakt", f"Ring til Borgerservice på {d.kommune[3]} eller skriv via borger.dk."),
    ]
    d.sign = False
    return d


def invoice(rng, i):
    d = base(rng, i, "unknown", "invoice", f"Faktura nr. {rng.randint(2026001, 2026999)}", provider=True)
    m = person(rng)
    start = dt.date(2026, rng.randint(1, 9), 1)
    hrs = rng.randint(8, 20)
    d.intro = [f"Til: {d.kommune[0]}, Beskæftigelse, {d.kommune[1]}, {d.kommune[2]}. EAN {rng.randint(10**12, 10**13 - 1)}",
               f"Vedr.: Mentorforløb for {d.citizen}" + (f", CPR {d.cpr}" if d.cpr else "") + f". Bestillingsnr. {d.sagsnr}"]
    d.sections = [
        ("x", "Ydelse", f"Mentortimer {fmt_date(start, 1)} – {fmt_date(add_months(start, 1) - dt.timedelta(days=1), 1)}, mentor {m}"),
        ("x", "Antal", f"{hrs} timer à 485,00 kr."),
        ("x", "Beløb ekskl. moms", f"{hrs * 485:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", ".")),
        ("x", "Moms 25 %", f"{hrs * 485 * .25:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", ".")),
        ("x", "Betalingsbetingelser", "Netto 30 dage. Bank: reg. 1234 konto 0012345678."),
    ]
    d.closing = [f"Spørgsmål til fakturaen: bogholderi@{d.provider[2]}"]
    d.sign = False
    return d


def minutes(rng, i):
    d = base(rng, i, "unknown", "minutes", rng.choice(["Referat af møde i mentornetværket", "Referat – teammøde, Mentorteamet", "Referat fra styregruppemøde om mentorindsatsen"]))
    ppl = [person(rng) for _ in range(4)]
    d.intro = [f"Dato: {fmt_date(d.date, 0)}, kl. 13-15. Deltagere: {', '.join(ppl)}. Afbud: {person(rng)}. Referent: {ppl[0]}."]
    d.sections = [
        ("x", "1. Godkendelse af dagsorden", "Godkendt."),
        ("x", "2. Status på forløb", "Der er 41 aktive forløb. Fire forløb afsluttes i næste måned. Der er ventetid på uddannelsesmentorer."),
        ("x", "3. Nye skabeloner til mentoraftaler", "Skabelonen skal have felter til mål, mentorens kontaktdata, opgaver, periode, timetal, opfølgning og klagevejledning. "
         f"{ppl[1]} sender udkast til høring. Frist: {fmt_date(d.date + dt.timedelta(days=21), 0)}."),
        ("x", "4. Timepriser hos leverandører", "Drøftet. Ny aftale med leverandørerne forhandles i efteråret."),
        ("x", "5. Eventuelt", "Julefrokost 4. december. Næste møde aftales via Outlook."),
    ]
    d.sign = False
    return d


def status_report(rng, i):
    d = base(rng, i, "unknown", "status-report", rng.choice(["Statusrapport – mentorforløb", "Status fra mentor", "Midtvejsstatus på mentorforløb"]), provider=True)
    fn = d.citizen.split()[0]
    m = person(rng)
    d.intro = [f"Borger: {d.citizen}" + (f" (CPR {d.cpr})" if d.cpr else "") + f". Mentor: {m}, {d.provider[0]}. Statusperiode: {rng.choice(['marts-maj', 'juni-august', 'august-oktober'])} 2026."]
    d.sections = [
        ("x", "Fremmøde", f"{fn} har mødt til 23 ud af 26 aftalte møder. Fraværet skyldtes sygdom."),
        ("x", "Udvikling siden sidst", f"{fn} tager nu selv bussen til praktikstedet og har haft en god samtale med lederen om flere timer."),
        ("x", "Udfordringer", "Søvn og morgenrutiner er stadig svære. Økonomien fylder meget."),
        ("x", "Anbefaling", "Mentor anbefaler, at forløbet fortsætter med samme timetal. Det aftales på næste møde med sagsbehandler."),
    ]
    d.closing = [f"Udarbejdet af {m}, {fmt_date(d.date, 0)}."]
    d.sign = False
    return d


def calendar(rng, i):
    d = base(rng, i, "unknown", "calendar", rng.choice(["Mine aftaler", "Kalender – kommende møder"]))
    dd = d.date
    d.intro = ["Her kan du se dine kommende møder med kommunen. Husk at melde afbud, hvis du ikke kan komme."]
    d.sections = [
        ("x", fmt_date(dd + dt.timedelta(days=5), 7), f"Kl. 10.00 – Samtale med sagsbehandler {d.caseworker[0]}, Jobcentret, mødelokale 3"),
        ("x", fmt_date(dd + dt.timedelta(days=12), 7), f"Kl. 9.30 – Møde med mentor på {rng.choice(['Netto', 'Plantagen', 'VUC'])}"),
        ("x", fmt_date(dd + dt.timedelta(days=30), 7), "Kl. 13.00 – Opfølgningssamtale (telefon)"),
    ]
    d.sign = False
    return d


def doclist(rng, i):
    d = base(rng, i, "unknown", "document-list", "Dokumentoversigt")
    d.intro = ["Dokumenter på sagen, nyeste først."]
    d.sections = [
        ("x", fmt_date(d.date, 1), "Afgørelse om mentorstøtte (sendt til e-Boks)"),
        ("x", fmt_date(d.date - dt.timedelta(days=2), 1), "Aftale om mentorstøtte – underskrevet (scannet)"),
        ("x", fmt_date(d.date - dt.timedelta(days=9), 1), "Journalnotat: samtale om mentor"),
        ("x", fmt_date(d.date - dt.timedelta(days=30), 1), "Lægeattest"),
        ("x", fmt_date(d.date - dt.timedelta(days=41), 1), "Kvittering for ansøgning"),
    ]
    d.sign = False
    return d


def private_agreement(rng, i):
    d = base(rng, i, "unknown", "private-agreement", rng.choice(["Mentoraftale – Ungementor i FC Nordvest", "Mentoraftale for frivillige lektiementorer"]))
    d.provider = rng.choice([("FC Nordvest – Ungementor", "Klubhuset, Stadionvej 4", "fcnordvest.dk"),
                             ("Lektiecaféen Trekanten", "Biblioteksgade 2", "lektiecafeen-trekanten.dk")])
    d.intro = ["Aftalen er mellem foreningens frivillige mentor og den unge. Den er ikke en del af en kommunal indsats, og der er ingen bevilling."]
    m = person(rng)
    d.sections = [
        ("x", "Det vil vi gerne", "Den unge får hjælp til lektier og en voksen at tale med efter træning."),
        ("x", "Frivillig mentor", f"{m}, tlf. {phone(rng)}"),
        ("x", "Sådan gør vi", "Vi mødes efter træning torsdag. Aftalen kan stoppes af begge parter."),
    ]
    d.closing = ["Underskrift, ung og forælder: ________________"]
    d.sign = False
    return d


def order(rng, i):
    d = base(rng, i, "unknown", "order", "Bestilling af mentorforløb", provider=True)
    d.intro = [f"Til {d.provider[0]}. {d.kommune[0]} bestiller hermed et mentorforløb efter rammeaftalen for {d.citizen}."]
    d.sections = [
        ("x", "Ønsket opstart", fmt_date(d.date + dt.timedelta(days=14), 0)),
        ("x", "Forventet omfang", "Efter rammeaftalens niveau 2"),
        ("x", "Kontaktperson i kommunen", f"{d.caseworker[0]}, tlf. {d.caseworker[1]}"),
        ("x", "Bemærkninger", "Leverandøren bedes bekræfte bestillingen og oplyse navnet på mentor inden fem hverdage."),
    ]
    d.sign = False
    return d
