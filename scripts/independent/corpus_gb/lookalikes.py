"""Documents that are none of the three kinds but read like them (kind unknown, no findings)."""

from __future__ import annotations

import datetime as dt

from phrases import add_months


def vejledning(c, cpr):
    K = f"{c.kom} Kommune"
    b = [("title", "Hvad er en mentor? – information til dig, der skal have mentorstøtte"),
         ("p", f"Denne side fra {K} forklarer kort, hvordan mentorstøtte foregår. Den handler ikke om din "
               f"egen sag – din egen aftale får du, når du har holdt opstartsmøde."),
         ("h", "Hvorfor mentor?"),
         ("p", "En mentor kan hjælpe dig med at komme i gang med eller blive i et job, en praktik eller en "
               "uddannelse. Målet skal altid handle om job eller uddannelse."),
         ("h", "Hvem hjælper dig?"),
         ("p", "Din mentor kan være ansat i kommunen, hos en anden aktør eller på din arbejdsplads. Du får "
               "altid mentorens navn og telefonnummer."),
         ("h", "Hvad står der i aftalen?"),
         ("p", "Aftalen beskriver målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver "
               "mentoren skal hjælpe med, hvor længe forløbet varer, hvor mange timer om ugen du får, og "
               "hvordan vi følger op."),
         ("h", "Hvor længe?"),
         ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Efter en konkret vurdering kan du få en ny "
               "periode på op til 6 måneder."),
         ("h", "Kan jeg klage?"),
         ("p", "Ja. Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
               "Kommunen genvurderer afgørelsen, og fastholder den afgørelsen, sendes klagen til "
               "Ankestyrelsen."),
         ("meta", f"Senest opdateret: {c.d(c.ldate, 0)} · {K}, Beskæftigelse")]
    return b, "html", "guidance", "guidance-questions"


def velkomst(c, cpr):
    b = [("meta", c.prov), ("meta", c.d(c.mdate - dt.timedelta(days=6), 0)),
         ("title", "Hej fra din nye mentor"),
         ("p", f"Hej {c.first}"),
         ("p", f"Jeg hedder {c.mentor}, og jeg skal være din mentor. Din sagsbehandler, {c.cw}, har fortalt "
               f"mig lidt om dig, og jeg glæder mig til at møde dig."),
         ("p", f"Vi ses til opstartsmødet på jobcentret {c.d(c.mdate, 1)} kl. 10. Der laver vi aftalen "
               f"sammen – hvad målet skal være, hvad jeg skal hjælpe med, og hvor ofte vi ses."),
         ("p", f"Hvis du har spørgsmål inden da, kan du ringe til mig på {c.mphone}."),
         ("sig", "Mange hilsner"), ("sig", c.mentor)]
    return b, "docx", "welcome", "mentor-letter"


def indkaldelse(c, cpr):
    b = [("title", "Indkaldelse til opstartsmøde om mentorstøtte"),
         ("p", f"Hej {c.first}"),
         ("p", f"Du er indkaldt til opstartsmøde {c.d(c.mdate, 1)} kl. 13.00 på Jobcenter {c.kom}, "
               f"{c.kstreet}. Din kommende mentor, {c.mentor} fra {c.prov}, deltager også."),
         ("p", "På mødet laver vi sammen aftalen om mentorstøtten: målet, mentorens opgaver, timetal, "
               "periode og hvordan vi følger op. Du må gerne tage en bisidder med."),
         ("p", "Giv besked, hvis du er forhindret."),
         ("sig", "Venlig hilsen"), ("sig", c.cw), ("sig", f"{c.kom} Kommune, tlf. {c.cwphone}")]
    return b, "eml", "meeting-invite", "email-prose"


def journal_telefon(c, cpr):
    b = [("title", "Journalnotat – telefonisk henvendelse"),
         ("meta", f"Dato: {c.d(c.start + dt.timedelta(days=30), 3)}"), ("meta", f"Borger: {c.name}")]
    if cpr:
        b.append(("meta", f"CPR: {c.cpr}"))
    b += [("p", f"Mentor {c.mentor} ringer. {c.first} har ikke været i praktik mandag og tirsdag og har ikke "
                f"meldt afbud. Mentor har været forbi bopælen, men {c.first} åbnede ikke."),
          ("p", f"Aftalt at mentor prøver igen i morgen formiddag og giver besked. Sagsbehandler sender brev "
                f"med tilbud om samtale. Afventer."),
          ("sig", f"/{c.cwfirst[0]}{c.cwlast[0]}".upper())]
    return b, "txt", "journal-call", "journal-note"


def statusrapport(c, cpr):
    s = c.start
    b = [("meta", c.prov), ("title", "Statusrapport – mentorforløb"),
         ("meta", f"Borger: {c.name}"), ("meta", f"Mentor: {c.mentor}"),
         ("meta", f"Rapporten dækker {c.d(s, 0)} til {c.d(s + dt.timedelta(days=55), 0)}")]
    if cpr:
        b.append(("meta", f"Cpr.nr.: {c.cpr}"))
    b += [("h", "Hvordan er det gået?"),
          ("p", f"{c.first} er mødt i praktikken 18 ud af 22 dage. Fraværet har især ligget om mandagen. Vi har "
                f"arbejdet med ugeplaner, og {c.first} bruger nu selv kalenderen på telefonen."),
          ("h", "Hvad er næste skridt?"),
          ("p", f"Praktikstedet er positivt og overvejer løntilskud. Vi anbefaler, at forløbet fortsætter som "
                f"aftalt, og at det drøftes på næste opfølgningsmøde."),
          ("sig", c.mentor)]
    return b, "docx", "status-report", "status-prose"


def faktura(c, cpr):
    b = [("meta", c.prov), ("meta", "CVR 3847 2216"), ("title", f"Faktura nr. 2026-{c.rng.randrange(100, 999)}"),
         ("meta", f"Til: {c.kom} Kommune, Beskæftigelse, EAN 5798 0000 12345"),
         ("meta", f"Fakturadato: {c.d(c.ldate, 3)}"),
         ("p", f"Mentorstøtte til {c.name}, sagsnr. {c.sagsnr}, for perioden {c.d(c.start, 3)} – "
               f"{c.d(c.start + dt.timedelta(days=29), 3)}."),
         ("li", "Mentortimer: 12 timer à 495,00 kr. = 5.940,00 kr."),
         ("li", "Kørsel: 84 km à 3,81 kr. = 320,04 kr."),
         ("p", "I alt ekskl. moms 6.260,04 kr. Betalingsbetingelser: netto 30 dage."),
         ("sig", f"Spørgsmål til fakturaen: bogholderi@{c.kdomain}")]
    return b, "pdf", "invoice", "invoice"


def teammoede(c, cpr):
    b = [("title", "Referat af teammøde i Mentorteamet"),
         ("meta", f"Dato: {c.d(c.mdate, 0)}"), ("meta", "Deltagere: Hanne, Brian, Dorthe, Peter, Anja (ref.)"),
         ("h", "1. Sager og kapacitet"),
         ("p", "Teamet har i alt 54 forløb. Brian og Dorthe kan tage to nye hver. Ventelisten er på fire."),
         ("h", "2. Nyt om reglerne"),
         ("p", "Vi gennemgik igen, at hver periode er højst 6 måneder, og at forlængelse kræver en ny konkret "
               "vurdering. Husk at skrive målet, så det handler om job eller uddannelse."),
         ("h", "3. Ferieplan"),
         ("p", "Ferieønsker sendes til Hanne senest fredag."),
         ("h", "4. Eventuelt"),
         ("p", "Næste teammøde er om to uger.")]
    return b, "odt", "team-minutes", "minutes-prose"


def afslutning(c, cpr):
    b = [("meta", c.prov), ("title", "Afsluttende evaluering af mentorforløb"),
         ("meta", f"Borger: {c.name}"), ("meta", f"Mentor: {c.mentor}"),
         ("p", f"Forløbet sluttede {c.d(add_months(c.start, 6) - dt.timedelta(days=1), 0)}. Målet var, at "
               f"{c.first} skulle i løntilskud hos {c.shop}. Det er nået: {c.first} startede i løntilskud "
               f"den 1. i måneden og møder stabilt."),
         ("p", f"Vi har i forløbet arbejdet med mødestabilitet, transport og samarbejdet med kolleger. "
               f"{c.first} giver selv udtryk for, at støtten har gjort en forskel."),
         ("p", "Vi anbefaler ikke yderligere mentorstøtte."),
         ("sig", c.mentor)]
    return b, "docx", "final-evaluation", "status-prose"


def privat(c, cpr):
    b = [("title", "Mentoraftale – Ung til Ung"),
         ("meta", f"{c.town} Boldklub · frivilligt mentorprogram"),
         ("p", f"Denne aftale er indgået mellem {c.first} og den frivillige mentor Jens Aagaard. Programmet "
               f"er klubbens eget og har ikke noget med kommunen eller jobcentret at gøre."),
         ("p", f"Vi mødes hver anden torsdag efter træning, i alt 8 gange. Målet er, at {c.first} finder en "
               f"læreplads som tømrer. Jens hjælper med ansøgninger og kontakt til sponsorer."),
         ("p", "Begge parter kan stoppe aftalen når som helst. Klubben følger op efter sæsonen."),
         ("sig", "Underskrift ung: ____________     Underskrift mentor: ____________")]
    return b, "pdf", "private-mentoraftale", "private-prose"


def partshoering(c, cpr):
    b = [("meta", f"{c.kom} Kommune"), ("meta", c.name), ("meta", c.street),
         ("meta", f"Dato: {c.d(c.ldate, 0)}")]
    if cpr:
        b.append(("meta", f"CPR-nr.: {c.cpr}"))
    b += [("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
          ("p", f"Kære {c.first}"),
          ("p", f"Vi har fået oplyst af din mentor, at du ikke er mødt til de sidste fem aftaler. Vi overvejer "
                f"derfor at stoppe din mentorstøtte."),
          ("p", f"Inden vi træffer en afgørelse, har du mulighed for at komme med dine bemærkninger. Du kan "
                f"ringe eller skrive til mig inden 14 dage. Hører vi ikke fra dig, træffer vi afgørelse ud fra "
                f"de oplysninger, vi har."),
          ("sig", "Venlig hilsen"), ("sig", c.cw), ("sig", f"Tlf. {c.cwphone}")]
    return b, "docx", "hearing", "letter-prose"


def bestilling(c, cpr):
    s = c.start
    e = add_months(s, 6) - dt.timedelta(days=1)
    b = [("title", f"Bestilling af mentorforløb – {c.first} {c.last[0]}."),
         ("p", f"Hej {c.prov}"),
         ("p", f"Hermed bestilling af et mentorforløb til en borger, som jeg gerne vil have startet "
               f"{c.d(s, 0)}. Forløbet er bevilget til {c.d(e, 0)} med 3 timer om ugen. Målet er, at "
               f"borgeren kommer i virksomhedspraktik i detailhandlen."),
         ("p", "Send mig venligst navn og telefonnummer på den mentor, I sætter på, så indkalder jeg til "
               "opstartsmøde, hvor vi laver aftalen med borgeren."),
         ("sig", "Mvh."), ("sig", c.cw), ("sig", f"{c.kom} Kommune")]
    return b, "eml", "order-to-provider", "email-prose"


def nyhedsbrev(c, cpr):
    b = [("title", f"Nyt fra {c.prov.split(',')[0]} – forår 2026"),
         ("h", "Velkommen til tre nye mentorer"),
         ("p", "Vi har ansat tre nye mentorer med erfaring fra psykiatrien og erhvervsskolerne."),
         ("h", "Hvordan laver vi en god aftale?"),
         ("p", "En god aftale har et mål om job eller uddannelse, en mentor med navn og telefon, konkrete "
               "opgaver, en periode på højst 6 måneder, et timetal og faste opfølgningsmøder."),
         ("h", "Kalender"),
         ("p", "Temadag om mentorstøtte og fleksjob den 14. maj 2026 kl. 9-15.")]
    return b, "html", "newsletter", "newsletter"


def kvittering(c, cpr):
    b = [("title", "Vi har modtaget din ansøgning om mentorstøtte"),
         ("p", f"Kære {c.first}"),
         ("p", f"Tak for din ansøgning, som vi modtog {c.d(c.mdate - dt.timedelta(days=20), 0)}. Vi forventer "
               f"at kunne give dig svar inden for 4 uger. Hvis vi mangler oplysninger, kontakter vi dig."),
         ("p", "Du skal ikke gøre noget nu."),
         ("sig", "Venlig hilsen"), ("sig", f"{c.kom} Kommune, Beskæftigelse")]
    return b, "eml", "receipt", "email-prose"


def logbog(c, cpr):
    s = c.start
    lines = [("title", f"Logbog – mentorforløb {c.first}")]
    for k, txt in enumerate(["Mødt hjemme kl. 8. Fulgtes til praktikken. God stemning.",
                             "Aflyst af borger (sygdom). Ringet tilbage om eftermiddagen.",
                             "Gennemgået post sammen. Brev fra tandlæge – tid bestilt.",
                             "Samtale med praktikvejleder: tilfreds med fremmøde.",
                             "Øvet busruten. Borger tog selv bussen hjem."]):
        d = s + dt.timedelta(days=3 * k + 2)
        lines.append(("p", f"{c.d(d, 3)}: {txt} ({[2, 1, 1.5, 1, 2][k]} t)"))
    lines.append(("sig", c.mentor))
    return lines, "txt", "logbook", "log"


def jobopslag(c, cpr):
    b = [("title", f"Vi søger mentor til ungeindsatsen i {c.kom} Kommune"),
         ("p", "Har du lyst til at gøre en forskel for unge, der skal i gang med uddannelse eller job? Vi søger "
               "en mentor på 37 timer om ugen fra 1. august 2026."),
         ("h", "Hvad skal du lave?"),
         ("p", "Du skal følge unge til praktik og skole, hjælpe med struktur og tale med virksomheder."),
         ("h", "Hvem er du?"),
         ("p", "Du har en pædagogisk eller socialfaglig uddannelse og kørekort."),
         ("p", f"Spørgsmål: {c.cw}, tlf. {c.cwphone}. Ansøgningsfrist 15. juni 2026.")]
    return b, "html", "job-ad", "advert"


def blog(c, cpr):
    b = [("title", "Min mentor reddede mit praktikforløb"),
         ("p", f"Af {c.first}, 24 år"),
         ("p", "Sidste forår havde jeg næsten opgivet. Jeg kom ikke op om morgenen, og praktikken i "
               "supermarkedet gik skævt. Så fik jeg en mentor."),
         ("h", "Hvorfor mentor?"),
         ("p", "Min sagsbehandler mente, jeg havde brug for én, der kunne hjælpe mig med at komme af sted. Vi "
               "aftalte et halvt år med tre timer om ugen."),
         ("h", "Hvad gjorde det?"),
         ("p", "Vi lavede ugeplaner og tog bussen sammen de første uger. I dag er jeg i løntilskud og møder "
               "hver dag.")]
    return b, "md", "personal-story", "blog"


def netvaerk(c, cpr):
    b = [("title", "Referat af netværksmøde"), ("meta", f"Dato: {c.d(c.mdate, 3)}"),
         ("meta", f"Vedrørende: {c.name}")]
    if cpr:
        b.append(("meta", f"Cpr: {c.cpr}"))
    b += [("meta", f"Deltagere: {c.first}, egen læge, kontaktperson fra distriktspsykiatrien, {c.cw}"),
          ("h", "Helbred"),
          ("p", f"{c.first} er i medicinsk behandling og går til samtaler hver 14. dag. Lægen vurderer, at "
                f"{c.first} kan tåle en gradvis opstart i praktik."),
          ("h", "Videre plan"),
          ("p", "Det blev drøftet, om mentorstøtte kunne være en hjælp. Sagsbehandler undersøger muligheden og "
                "vender tilbage. Der er ikke truffet beslutning."),
          ("p", "Næste netværksmøde om tre måneder.")]
    return b, "docx", "network-minutes", "minutes-prose"


def prisoverslag(c, cpr):
    b = [("meta", c.prov), ("title", "Tilbud på mentorforløb – prisoverslag"),
         ("meta", f"Til: {c.kom} Kommune, att. {c.cw}"),
         ("p", "Tak for jeres forespørgsel. Vi kan tilbyde mentorforløb med opstart inden for to uger."),
         ("li", "Standardforløb: 3 timer om ugen i 6 måneder, 39.000 kr."),
         ("li", "Intensivt forløb: 6 timer om ugen i 3 måneder, 38.500 kr."),
         ("p", "Mentorerne har socialfaglig baggrund. Tilbuddet gælder til 31. december 2026."),
         ("sig", "Venlig hilsen"), ("sig", f"{c.prov}, salgsafdelingen")]
    return b, "pdf", "provider-offer", "offer"


LOOKALIKES = [vejledning, velkomst, indkaldelse, journal_telefon, statusrapport, faktura, teammoede, afslutning,
              privat, partshoering, bestilling, nyhedsbrev, kvittering, logbog, jobopslag, blog, netvaerk,
              prisoverslag]
