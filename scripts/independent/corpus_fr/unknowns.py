"""Documents that are none of the three kinds: providers' offers, quotes, internal plans, reports,
invoices, web pages, the jobcentre's order, framework contracts, blank templates, receipts."""
from __future__ import annotations

from content import fd, fr, add_months


def u_tilbud(c):
    p, k = c["prov"], c["kom"]
    s = c["start"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("title", "Tilbud på mentorforløb"),
            ("kv", [("Til", f"{k[1]}, att. {c['cw']}"), ("Vedr.", f"Borger ref. {c['sagsnr']} (jeres forespørgsel af {fd(c['date'], 'dot')})"),
                    ("Tilbudsnr.", f"T-{c['rekv'][-4:]}"), ("Gyldigt til", fd(add_months(c['date'], 1), "dot"))]),
            ("p", f"Tak for jeres forespørgsel. Vi tilbyder hermed et mentorforløb efter LAB § 167 med opstart {fd(s)} og en varighed på 6 måneder."),
            ("h", "Forslag til indhold"),
            ("ul", ["Fast coach med erfaring fra lager og logistik", "Ugentlige samtaler og træning af fremmøde i vores værksted",
                    "Jobsøgning og virksomhedskontakt i de sidste 2 måneder", "Månedlig skriftlig status til jobcentret"]),
            ("h", "Pris"),
            ("table", ["Ydelse", "Antal", "Pris pr. enhed", "I alt"],
             [["Mentortimer", "4 timer x 26 uger", "495 kr.", "51.480 kr."], ["Opstartsmøde og forløbsplan", "1", "1.200 kr.", "1.200 kr."],
              ["I alt ekskl. moms", "", "", "52.680 kr."]]),
            ("p", "Tilbuddet er ikke en aftale med borgeren. Når jobcentret har bevilget forløbet, udarbejder vi forløbsplanen sammen med borgeren ved opstartsmødet."),
            ("p", f"Med venlig hilsen\n{c['leader']}, {p['name']}")]


def u_prisoverslag(c):
    p, k = c["prov"], c["kom"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("title", "Prisoverslag – udvidet mentorforløb"),
            ("p", f"Til {k[1]} · ordre {c['rekv']} · udarbejdet {fd(c['date'], 'dot')}"),
            ("table", ["Ydelse", "Timer", "Timepris", "Beløb"],
             [["Mentorstøtte, niveau 2 (1-2 timer pr. uge)", "40", "525,00", "21.000,00"],
              ["Kørsel og ledsagelse", "12", "350,00", "4.200,00"],
              ["Statusrapport og slutrapport", "2", "1.100,00", "2.200,00"],
              ["Samlet overslag ekskl. moms", "", "", "27.400,00"]]),
            ("p", "Overslaget er vejledende. Der faktureres efter faktisk forbrug af timer, jf. rammeaftalens bilag 3."),
            ("p", f"Spørgsmål: {c['leader']}, økonomiansvarlig")]


def u_intern(c):
    p, k = c["prov"], c["kom"]
    fn = c["fn"]
    return [("logo", p["name"], "INTERNT – må ikke udleveres"), ("footer", p["footer"]),
            ("title", "Intern arbejdsplan for coach"),
            ("p", f"Deltager: {c['cit']}" + (f" ({c['cpr']})" if c["cpr"] else "") + f" · {k[1]} · sag {c['sagsnr']}"),
            ("p", "Arbejdsplanen er coachens interne notat til teammødet. Den er ikke en aftale med deltageren; den skriftlige aftale "
                  "om mentorstøtte er forløbsplanen, som deltager, coach og jobcenter har underskrevet."),
            ("h", "Observationer fra de første samtaler"),
            ("ul", [f"{fn} kommer til tiden, når der er aftalt en fast mødetid", "Bliver usikker ved nye opgaver – trænes i små skridt",
                    "Ønsker på sigt lager/logistik; har truckcertifikat"]),
            ("h", "Coachens huskeliste"),
            ("ul", ["Ring til praktikvært fredag", "Bestil tid til CV-værksted", "Forbered trekantsmøde – spørg til transport"]),
            ("h", "Teamets vurdering"),
            ("p", "Forløbet følger planen. Drøftes igen på teammødet om 4 uger.")]


def u_status(c):
    p, k = c["prov"], c["kom"]
    fn = c["fn"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("title", "Statusrapport – midtvejsstatus"),
            ("kv", [("Deltager", c["cit"])] + ([("CPR", c["cpr"])] if c["cpr"] else []) +
             [("Til", f"{k[1]}, {c['cw']}"), ("Ref.", c["sagsnr"]), ("Periode for status", fr(c['start'], add_months(c['start'], 3), 'dot'))]),
            ("h", "Fremmøde"),
            ("p", f"{fn} er mødt til 21 af 24 aftalte vagter. Fraværet skyldes sygdom og er meldt korrekt."),
            ("h", "Progression i forhold til forløbsplanens mål"),
            ("p", f"{fn} arbejder nu selvstændigt ved opvasken og har haft to vagter ved kassen. Delmålet om fremmøde 4 dage om ugen er nået."),
            ("h", "Anbefaling"),
            ("p", "Vi anbefaler, at forløbet fortsætter uændret frem til slutdatoen i forløbsplanen."),
            ("p", f"Udarbejdet af {c['leader']}, {fd(add_months(c['start'], 3), 'dot')}")]


def u_faktura(c):
    p, k = c["prov"], c["kom"]
    return [("logo", p["name"], p["footer"]),
            ("title", f"Faktura nr. 2026-{c['rekv'][-4:]}"),
            ("kv", [("Debitor", f"{k[2]}, {k[1]}"), ("EAN", "5798007" + c['rekv'][-6:]), ("Ordrenr.", c["rekv"]),
                    ("Fakturadato", fd(c["date"], "dot")), ("Betalingsbetingelser", "Netto 30 dage")]),
            ("table", ["Tekst", "Antal", "Enhedspris", "Beløb"],
             [[f"Mentorstøtte, borger ref. {c['sagsnr']}, {fd(c['start'], 'dot')}-{fd(add_months(c['start'], 1), 'dot')}", "16 timer", "495,00", "7.920,00"],
              ["Statusmøde i jobcentret", "1", "600,00", "600,00"], ["Moms 25 %", "", "", "2.130,00"], ["Total DKK", "", "", "10.650,00"]]),
            ("p", "Beløbet indbetales på reg. 1551 konto 0012345678. Ved spørgsmål: bogholderi@" + p["dom"])]


def u_webpage(c):
    p = c["prov"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("title", "Sådan foregår et mentorforløb hos os"),
            ("p", "Når jobcentret har bevilget dig en mentor hos os, starter vi med et opstartsmøde i gartneriet. Her laver vi din handleplan sammen."),
            ("h", "Handleplanen"),
            ("p", "Handleplanen beskriver målet med forløbet, hvem din mentor er, hvad I skal arbejde med, hvor længe forløbet varer, hvor mange timer "
                  "du har om ugen, og hvordan vi følger op. Mentorstøtte kan gives i op til 6 måneder ad gangen."),
            ("h", "Hvem kan komme i forløb?"),
            ("p", "Borgere fra Vejle, Fredericia og Kolding kommuner, der er visiteret af jobcentret. Vi tager ikke imod selvhenvendelser."),
            ("h", "Kontakt"),
            ("p", "Skriv til kontakt@" + p["dom"] + " eller ring på 75 82 11 40 mellem 9 og 14.")]


def u_bestilling(c):
    p, k = c["prov"], c["kom"]
    return [("logo", k[1], k[3]),
            ("title", "Bestilling af mentorforløb"),
            ("kv", [("Leverandør", p["name"]), ("Bestillings-ID", c["rekv"]), ("Borger", c["cit"]), ("Sagsnr.", c["sagsnr"]),
                    ("Ønsket opstart", fd(c["start"], "dot")), ("Bevilget omfang", "3 timer pr. uge i op til 6 måneder"),
                    ("Jobcentrets kontaktperson", f"{c['cw']}, tlf. {k[4]}")]),
            ("p", "Jobcentret bestiller hermed et mentorforløb efter rammeaftalen. Leverandøren indkalder til opstartsmøde inden for 10 arbejdsdage "
                  "og sender den underskrevne forløbsplan til jobcentret senest 5 dage efter mødet."),
            ("p", f"Venlig hilsen\n{c['cw']}")]


def u_rammeaftale(c):
    p, k = c["prov"], c["kom"]
    return [("logo", k[2], "Indkøb og Udbud"), ("footer", f"{k[2]} · {k[3]}"),
            ("title", "Samarbejdsaftale om levering af mentorydelser"),
            ("p", f"mellem {k[2]} ({k[1]}) og {p['name']}"),
            ("h", "1. Aftalens genstand"),
            ("p", "Leverandøren leverer mentorstøtte efter LAB § 167 til borgere, som jobcentret bestiller forløb til."),
            ("h", "2. Aftaleperiode"),
            ("p", "Aftalen gælder fra 1. januar 2026 til 31. december 2027 med mulighed for forlængelse i 2 x 12 måneder."),
            ("h", "3. Krav til forløbsplanen"),
            ("p", "For hver borger udarbejder leverandøren en forløbsplan med mål, mentor og kontaktdata, opgaver, varighed, timetal og opfølgning. "
                  "Forløbsplanen sendes til jobcentret senest 5 arbejdsdage efter opstart."),
            ("h", "4. Priser"),
            ("p", "Timeprisen er 495 kr. ekskl. moms og reguleres 1. januar efter nettoprisindekset."),
            ("h", "5. Opsigelse"),
            ("p", "Aftalen kan opsiges af begge parter med 3 måneders varsel til udgangen af en måned."),
            ("sig", [k[2], p["name"]])]


def u_afslutning(c):
    p, k = c["prov"], c["kom"]
    fn = c["fn"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("title", "Afslutningsrapport – uddannelsesmentor"),
            ("p", f"{c['cit']} · {k[1]} · ref. {c['sagsnr']}"),
            ("h", "Forløbet"),
            ("p", f"Forløbet sluttede {fd(add_months(c['start'], 6))}. {fn} har gennemført første semester og har haft et fravær på 6 %."),
            ("h", "Målopfyldelse"),
            ("p", "Målet i forløbsplanen er nået. Delmålet om selvstændig kontakt til studievejlederen er nået i uge 14."),
            ("h", "Anbefaling"),
            ("p", "Vi anbefaler ikke yderligere mentorstøtte. Skolens SPS-støtte fortsætter."),
            ("p", f"Med venlig hilsen\n{c['leader']}")]


def u_referat(c):
    p, k = c["prov"], c["kom"]
    return [("title", f"Referat – dialogmøde mellem {k[1]} og {p['name']}"),
            ("p", f"Dato: {fd(c['date'], 'dot')}. Deltagere: {c['cw']} (teamleder, jobcentret), {c['leader']} ({p['name']})."),
            ("h", "1. Forløbsplanerne"),
            ("p", "Jobcentret oplever, at flere forløbsplaner mangler timetal og slutdato. Leverandøren retter skabelonen, så felterne er obligatoriske."),
            ("h", "2. Statusrapporter"),
            ("p", "Statusrapporter sendes fremover via Digital Post og ikke som almindelig mail."),
            ("h", "3. Næste møde"),
            ("p", "Næste dialogmøde holdes om 3 måneder.")]


def u_blank(c):
    p = c["prov"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("kv", [("Jobcenter", ""), ("Jobcentrets sagsnr.", ""), ("Rekvisitionsnr.", ""), ("Deltager", "")]),
            ("title", "Forløbsplan – mentorforløb efter LAB § 167"),
            ("kv", [("Coach (mentor)", ""), ("Forløbsansvarlig", ""), ("Forløbsperiode", ""), ("Ugentligt timetal", ""),
                    ("SMART-mål", ""), ("Indsatsområder", ""), ("Milepæle", ""), ("Opfølgning", ""), ("Klagevejledning", "")]),
            ("sig", ["Deltager", "Coach", "Jobcenter"])]


def u_vagtplan(c):
    p = c["prov"]
    return [("logo", p["name"], p["tag"]), ("title", "Vagtplan for ressourcepersoner – uge 12"),
            ("table", ["Dag", "Køkken", "Café", "Ressourceperson"],
             [["Mandag", "Henrik, Ali", "Dorthe", "Tina Bech"], ["Tirsdag", "Ali, Maja", "Dorthe", "Søren Krogh"],
              ["Onsdag", "Henrik", "Maja, Karin", "Tina Bech"], ["Torsdag", "Ali", "Karin", "Søren Krogh"],
              ["Fredag", "Henrik, Maja", "Dorthe", "Tina Bech"]]),
            ("p", "Bytte af vagter aftales med daglig leder senest onsdagen før.")]


def u_krav(c):
    k = c["kom"]
    return [("title", f"{k[1]}: Krav til leverandørers forløbsplaner"),
            ("p", "Denne vejledning er til leverandører af mentorstøtte. En forløbsplan, der skal gælde som aftalen om mentorstøtte, skal indeholde:"),
            ("ol", ["Målet med mentorstøtten (job- eller uddannelsesmål, SMART)", "Mentorens navn og kontaktdata", "Mentorens opgaver (indsatsområder)",
                    "Varighed (højst 6 måneder) og opfølgning med mål for progression", "Timetal pr. uge", "Klagevejledning"]),
            ("p", "Brug gerne jeres egen skabelon, men alle seks punkter skal være udfyldt. Planer, der mangler et punkt, sendes retur."),
            ("p", "Spørgsmål til jobcentrets leverandørteam: leverandor@" + k[5])]


def u_timereg(c):
    p, k = c["prov"], c["kom"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("title", "Timeregistrering – mentortimer"),
            ("p", f"Borger: {c['cit']}" + (f", CPR {c['cpr']}" if c["cpr"] else "") + f". Ordrenr. {c['rekv']}. Måned: {c['start'].strftime('%m/%Y')}"),
            ("table", ["Dato", "Tid", "Aktivitet", "Timer"],
             [[fd(c['start'], 'dot'), "9.00-11.00", "Opstartsmøde", "2"], [fd(add_months(c['start'], 0).replace(day=min(c['start'].day + 7, 28)), 'dot'), "10.00-11.30", "Samtale", "1,5"],
              ["", "", "I alt", "3,5"]]),
            ("p", "Attesteret af mentor: ____________")]


def u_samtykke(c):
    p, k = c["prov"], c["kom"]
    return [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
            ("title", "Samtykkeerklæring"),
            ("p", f"Jeg, {c['cit']}" + (f", cpr.nr. {c['cpr']}" if c["cpr"] else "") + f", giver samtykke til, at {p['name']} må udveksle oplysninger om mit "
                  f"uddannelsesforløb med {k[1]} og min uddannelsesinstitution i den periode, jeg har en uddannelsesmentor."),
            ("p", "Samtykket kan til enhver tid trækkes tilbage."),
            ("sig", ["Dato og underskrift"])]


def u_kvittering(c):
    p, k = c["prov"], c["kom"]
    return [("title", "Kvittering for modtaget dokument"),
            ("p", f"{k[1]} har {fd(c['date'], 'dot')} modtaget forløbsplan fra {p['name']} vedr. {c['cit']} (sag {c['sagsnr']})."),
            ("p", "Dokumentet er journaliseret på sagen. Du skal ikke foretage dig noget."),
            ("p", f"Dokument-ID: DOK-{c['rekv'][-5:]} · Journalnøgle 15.20.12-G01"), ]
