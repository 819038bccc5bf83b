"""Hand-written one-off documents for corpus gb, each with its own label.

Each function returns (blocks, fmt, kind, subtype, layout, rules, traits, period).
"""

from __future__ import annotations

import datetime as dt

from fields import gen


def udskrivning(c):
    s, disch, e = dt.date(2026, 3, 2), dt.date(2026, 6, 1), dt.date(2026, 12, 1)
    b = [("meta", f"{c.kom} Kommune, Beskæftigelse"), ("meta", f"Dato: {c.d(dt.date(2026, 2, 26), 0)}"),
         ("title", "Din udskrivningskoordinator – det aftalte"),
         ("p", f"Kære {c.first}"),
         ("p", f"Tak for mødet på afdelingen. Du har sagt ja tak til en udskrivningskoordinator efter § 167, "
               f"stk. 2, i lov om en aktiv beskæftigelsesindsats. Her er det, vi aftalte."),
         ("bh", "Hvorfor?"),
         ("p", f"Målet er, at du efter udskrivningen er startet i virksomhedspraktik 10 timer om ugen i "
               f"{c.shop} i {c.town} senest 1. september 2026."),
         ("bh", "Hvem hjælper dig?"),
         ("p", f"Din koordinator er {c.mentor}, {c.prov}. {c.mfirst} har telefon {c.mphone} og mail {c.mmail}."),
         ("bh", "Hvad gør koordinatoren?"),
         ("p", f"Det er {gen(c.mfirst)} opgave at besøge dig på afdelingen før udskrivningen, hjælpe dig med at "
               f"finde praktikpladsen og følge dig derud de første uger."),
         ("bh", "Hvor længe?"),
         ("p", f"Forløbet begynder {c.d(s, 0)}, mens du er indlagt, og du forventes udskrevet omkring "
               f"{c.d(disch, 0)}. Forløbet slutter {c.d(e, 0)}, dvs. seks måneder efter udskrivningen."),
         ("p", f"{c.mfirst} har 3 timer om ugen til dig. Vi holder statusmøde med dig hver måned, og den "
               f"første er lige efter udskrivningen."),
         ("bh", "Hvis du er uenig"),
         ("p", f"Hvis du ikke er enig i afgørelsen, skal du klage til {c.kom} Kommune inden fire uger. Vi "
               f"genvurderer afgørelsen, og fastholder vi den, sender vi klagen til Ankestyrelsen."),
         ("sig", "Venlig hilsen"), ("sig", c.cw), ("sig", f"Tlf. {c.cwphone}")]
    return b, "docx", "agreement", "agreement", "caseworker-letter", [], \
        ["special", "udskrivningskoordinator", "period:9-months-legit"], (s, e)


def pligtmentor(c):
    s = dt.date(2026, 4, 1)
    e = dt.date(2026, 9, 30)
    b = [("meta", f"{c.kom} Kommune · Jobcenter"), ("meta", f"{c.town}, {c.d(dt.date(2026, 3, 27), 0)}"),
         ("title", "Aftale om mentor (ret og pligt)"),
         ("p", f"Kære {c.first}"),
         ("p", "Du har ret og pligt til en mentor, fordi du i en periode ikke kan deltage i et tilbud. Vi "
               "har i dag talt om, hvad mentoren skal, og her er aftalen."),
         ("p", f"Målet er, at du om et halvt år kan starte i en virksomhedspraktik på mindst 8 timer om ugen, "
               f"og at du inden da møder til alle samtaler i jobcentret."),
         ("p", f"Din mentor er {c.mentor} fra {c.prov}, tlf. {c.mphone}."),
         ("p", f"{c.mfirst} skal blandt andet ringe til dig dagen før dine aftaler, tage med dig til lægen og "
               f"hjælpe dig med at komme i gang med behandlingen i misbrugscentret."),
         ("p", f"Mentorstøtten gælder fra {c.d(s, 2)} til {c.d(e, 2)}. Du og {c.mfirst} har kontakt mindst "
               f"hver anden uge, og der er afsat 2 timer hver anden uge."),
         ("p", "Vi følger op på en samtale i jobcentret hver 3. måned og 14 dage før perioden slutter."),
         ("bh", "Klagevejledning"),
         ("p", f"Du kan klage til {c.kom} Kommune inden 4 uger efter, at du har fået brevet. Kommunen "
               f"genvurderer afgørelsen. Fastholder vi den, sender vi klagen videre til Ankestyrelsen."),
         ("sig", c.cw)]
    return b, "pdf", "agreement", "agreement", "caseworker-letter", [], \
        ["special", "pligtmentor", "hours:per-fortnight"], (s, e)


def forlaengelse_mentor(c):
    prev_s, prev_e = dt.date(2025, 10, 1), dt.date(2026, 3, 31)
    s, e = dt.date(2026, 4, 1), dt.date(2026, 9, 30)
    b = [("meta", c.prov), ("title", "Vores næste periode"),
         ("p", f"Hej {c.first}"),
         ("p", f"Kommunen har forlænget dit forløb, så vi fortsætter sammen. Vores første periode løb fra "
               f"{c.d(prev_s, 0)} til {c.d(prev_e, 0)}. Den nye periode løber fra {c.d(s, 0)} til {c.d(e, 0)}."),
         ("p", f"Vores mål er nu, at du har fået et løntilskudsjob på lageret hos Bygma med mindst 20 "
               f"timer om ugen, inden perioden slutter."),
         ("p", "Jeg skal fortsat hjælpe dig med at planlægge ugen og tale med din leder på lageret, og nu "
               "også hjælpe dig med at tage bussen selv."),
         ("p", "Vi ses hver tirsdag kl. 8-10. Vi holder status med din sagsbehandler hver 6. uge."),
         ("p", f"Hvis du er uenig i forlængelsen, kan du klage til {c.kom} Kommune inden 4 uger. Kommunen "
               f"vurderer sagen igen og sender klagen til Ankestyrelsen, hvis de fastholder afgørelsen."),
         ("p", f"Du kan altid få fat i mig på {c.mphone}."),
         ("sig", "Hilsen"), ("sig", c.mentor), ("sig", "Mentor")]
    return b, "odt", "agreement", "agreement", "mentor-letter", [], \
        ["special", "extension", "trap:earlier-period"], (s, e)


def telefon_opfoelgning(c):
    s = dt.date(2026, 5, 4)
    e = dt.date(2026, 10, 30)
    b = [("title", "Dit mentorforløb"),
         ("p", f"Hej {c.first}"),
         ("p", f"Godt at se dig i dag. Målet er, som vi talte om, at du består AMU-kurset i truckkørsel og "
               f"har fået et job på et lager senest 1. oktober 2026."),
         ("p", f"{c.mentor} fra {c.prov} bliver din mentor. {c.mfirst} hjælper dig med at finde kurset, "
               f"øver teorien med dig og tager med til jobsamtaler. Du kan få fat i {c.mfirst} på "
               f"{c.mmail} eller {c.mphone}."),
         ("p", f"I ses 3 timer om ugen fra {c.d(s, 0)} til {c.d(e, 0)}."),
         ("p", "Jeg ringer til dig den første mandag i hver måned for at høre, hvordan det går, og vi holder "
               "et afsluttende møde i oktober."),
         ("p", f"Er du uenig i afgørelsen om mentorstøtte, kan du klage til {c.kom} Kommune inden fire uger. "
               f"Vi ser sagen igen, og fastholder vi afgørelsen, går klagen til Ankestyrelsen."),
         ("sig", "Hilsen"), ("sig", c.cw)]
    return b, "eml", "agreement", "agreement", "email-prose", [], ["special", "follow-up:phone-monthly"], (s, e)


def egne_opgaver(c):
    s = dt.date(2026, 2, 16)
    e = dt.date(2026, 8, 15)
    b = [("meta", f"{c.kom} Kommune"), ("title", "Aftale om mentorstøtte"),
         ("p", f"Kære {c.first}"),
         ("p", f"Her er aftalen fra vores møde. Målet er, at du er i løntilskud i {c.shop} 25 timer om ugen "
               f"senest 1. juli 2026."),
         ("p", f"Din mentor er {c.mentor}, tlf. {c.mphone}. I har 2 timer om ugen sammen fra {c.d(s, 0)} til "
               f"{c.d(e, 0)}."),
         ("bh", "Hvad skal du selv gøre?"),
         ("li", "møde til tiden i praktikken"),
         ("li", "give besked til praktikstedet og mentor, hvis du er syg"),
         ("li", "holde din kalender opdateret"),
         ("bh", "Opfølgning"),
         ("p", "Vi holder statusmøde hver måned, og vi evaluerer forløbet 14 dage før det slutter."),
         ("bh", "Hvis du vil klage"),
         ("p", f"Du kan klage til {c.kom} Kommune inden 4 uger. Kommunen genvurderer afgørelsen, og "
               f"fastholder den afgørelsen, sendes klagen videre til Ankestyrelsen."),
         ("sig", c.cw)]
    return b, "docx", "agreement", "agreement", "caseworker-letter", ["missing-tasks"], \
        ["special", "trap:citizen-own-tasks", "defect:tasks_missing"], (s, e)


def minutter(c):
    s = dt.date(2026, 3, 9)
    e = dt.date(2026, 9, 8)
    b = [("title", "Min Plan"), ("meta", c.name),
         ("h", "Mentorstøtte"),
         ("p", f"Målet er, at du gennemfører 10. klasse på {c.town} Ungdomsskole og søger ind på en "
               f"erhvervsuddannelse til august 2026."),
         ("p", f"Din mentor er {c.mentor}, {c.mmail}."),
         ("p", f"{c.mfirst} hjælper dig med lektierne og med at komme op om morgenen og taler med din "
               f"kontaktlærer en gang om måneden."),
         ("p", f"Du har 90 minutter om ugen med {c.mfirst} fra {c.d(s, 3)} til {c.d(e, 3)}.")]
    return b, "html", "minplan", "minplan", "minplan-prose", [], ["special", "hours:minutes"], (s, e)


def uger(c):
    s, e = dt.date(2026, 3, 2), dt.date(2026, 8, 30)
    b = [("meta", f"Jobcenter {c.kom}"), ("title", "Opsummering af mødet om mentor"),
         ("p", f"Hej {c.first}. Her er kort det, vi aftalte i dag."),
         ("p", f"Vi aftalte, at målet er, at du består køreprøven til C-kørekort og er ansat som chauffør "
               f"senest 1. september 2026."),
         ("p", f"Din mentor er {c.mentor} ({c.prov}), telefon {c.mphone}."),
         ("p", f"{c.mfirst} skal blandt andet øve teoriprøven med dig og tage med dig til samtaler hos "
               f"vognmændene."),
         ("p", "Forløbet løber fra uge 10 til uge 35. I ses hver onsdag kl. 12-14."),
         ("p", "Vi mødes alle tre hver 4. uge og ser på, hvor langt du er nået."),
         ("p", f"Er du ikke enig i afgørelsen, så klag til {c.kom} Kommune inden 4 uger. Vi genvurderer, og "
               f"fastholder vi afgørelsen, går klagen videre til Ankestyrelsen."),
         ("sig", c.cw)]
    return b, "txt", "agreement", "agreement", "caseworker-letter", [], ["special", "period:iso-weeks-26"], (s, e)


def ni_maaneder(c):
    s = dt.date(2026, 3, 1)
    e = dt.date(2026, 11, 30)
    b = [("meta", c.prov), ("title", "Aftale mellem dig og din mentor"),
         ("p", f"Kære {c.first}"),
         ("p", f"Det er mig, {c.mentor}, der er din mentor. Du kan altid få fat i mig på {c.mphone}."),
         ("p", f"Vi skal arbejde hen imod, at du er startet på SOSU-hjælperuddannelsen på {c.school} og "
               f"møder fire dage om ugen."),
         ("p", "Jeg skal hjælpe dig med at søge optagelse, øve samtalen med skolen og følge dig den første "
               "uge."),
         ("p", "Vi ses 4 timer om ugen fra 1. marts 2026 og 9 måneder frem."),
         ("p", "Vi holder status med din sagsbehandler hver måned."),
         ("p", f"Er du uenig i kommunens afgørelse, kan du klage til {c.kom} Kommune inden 4 uger, og "
               f"kommunen sender klagen videre til Ankestyrelsen, hvis de fastholder afgørelsen."),
         ("sig", c.mentor)]
    return b, "md", "agreement", "agreement", "mentor-letter", ["duration-over-6-months"], \
        ["special", "period:start-plus-length", "defect:dur_over"], (s, e)


def sen_kontakt(c):
    s = dt.date(2026, 6, 1)
    e = dt.date(2026, 11, 30)
    b = [("meta", f"{c.kom} Kommune"), ("meta", f"Dato: {c.d(dt.date(2026, 5, 27), 0)}"),
         ("title", "Sådan bliver dit mentorforløb"),
         ("p", f"Kære {c.first}"),
         ("p", f"Vi mødtes i går med {c.mentor} fra {c.prov}, som bliver din mentor."),
         ("p", f"Målet er, at du har et fleksjob på mindst 10 timer om ugen som medhjælper i et køkken "
               f"senest 1. november 2026."),
         ("p", f"Det er {gen(c.mfirst)} opgave at hjælpe dig med at finde arbejdspladsen sammen med "
               f"jobkonsulenten og at være med de første dage i jobbet."),
         ("p", f"Forløbet er fra {c.d(s, 0)} til {c.d(e, 0)} med 2 timer om ugen. Vi følger op med et møde "
               f"hver 2. måned."),
         ("p", f"Du kan klage over afgørelsen til {c.kom} Kommune inden fire uger. Vi genvurderer, og "
               f"fastholder vi den, sender vi klagen til Ankestyrelsen."),
         ("p", f"PS: {c.mfirst} kan kontaktes på {c.mphone} eller {c.mmail}."),
         ("sig", "Venlig hilsen"), ("sig", c.cw)]
    return b, "rtf", "agreement", "agreement", "caseworker-letter", [], ["special", "mentor:contact-at-end"], (s, e)


SPECIALS = [udskrivning, pligtmentor, forlaengelse_mentor, telefon_opfoelgning, egne_opgaver, minutter, uger,
            ni_maaneder, sen_kontakt]
