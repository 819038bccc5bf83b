"""Builders for 'unknown' documents: not agreements, Min Plan entries or decisions."""
import datetime as dt

from content import Person, slug, phone, cpr
from pools import *  # noqa


def unknown(ctx, rng, subtype):
    c, m, cw = ctx.citizen, ctx.mentor, ctx.cw
    kom = ctx.kom
    B = []
    title = ""
    extra = {}
    if subtype == "guidance":
        title = rng.choice(["Mentorstøtte", "Få støtte fra en mentor", "Mentor – hvad kan du få hjælp til?"])
        B = [("h", 1, title),
             ("p", f"{kom} Kommune kan give dig en mentor, hvis du har brug for støtte for at komme i job eller uddannelse."),
             ("h", 2, "Hvad står der i aftalen?"),
             ("p", "Når du får en mentor, laver vi en skriftlig aftale. Aftalen skal indeholde:"),
             ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                     "varigheden af aftalen og opfølgning – herunder mål for progression", "timetallet for mentorstøtten", "klagevejledning"]),
             ("h", 2, "Hvor længe?"),
             ("p", "Du kan få mentorstøtte i højst 6 måneder ad gangen. Herefter kan støtten forlænges i en ny periode på op til 6 måneder."),
             ("h", 2, "Hvor mange timer?"),
             ("p", "Timetallet fastsættes efter dit behov – typisk mellem 1 og 3 timer om ugen."),
             ("h", 2, "Klage"),
             ("p", "Du kan klage over afgørelsen inden 4 uger. Klagen sendes til kommunen, som genvurderer sagen og sender den videre til Ankestyrelsen."),
             ("h", 2, "Kontakt"),
             ("p", f"Jobcenter {kom}, {ctx.addr}, tlf. {ctx.jc_phone}. Telefontid mandag-torsdag kl. 9-14.")]
    elif subtype == "leaflet":
        title = "Folder: Mentor – en hjælpende hånd"
        B = [("h", 1, "Mentor – en hjælpende hånd"), ("p", f"Information til borgere i {kom} Kommune"),
             ("h", 2, "Hvad er målet?"), ("p", "Målet er altid, at du kommer tættere på job eller uddannelse. Sammen med din sagsbehandler aftaler du dit eget mål."),
             ("h", 2, "Hvem er mentor?"), ("p", "En mentor kan være en medarbejder i kommunen, en kollega på arbejdspladsen eller en ekstern mentor fra et mentorfirma."),
             ("h", 2, "Hvad skal mentor hjælpe med?"), ("ul", ["Struktur i hverdagen", "Kontakt til arbejdsplads eller skole", "Transport og mødestabilitet"]),
             ("h", 2, "Hvor meget tid?"), ("p", "Det aftaler I i din aftale. Mange får 2 timer om ugen."),
             ("h", 2, "Hvor længe?"), ("p", "Op til seks måneder ad gangen."),
             ("p", f"Vil du vide mere? Ring til Jobcenter {kom} på {ctx.jc_phone}.")]
    elif subtype == "quality-standard":
        title = f"Kvalitetsstandard for mentorstøtte – {kom} Kommune"
        B = [("h", 1, title), ("p", f"Godkendt af Beskæftigelsesudvalget {fmt_date(ctx.docdate, 'den')}."),
             ("h", 2, "Lovgrundlag"), ("p", "Lov om en aktiv beskæftigelsesindsats kapitel 26, §§ 167-171."),
             ("h", 2, "Formål"), ("p", "Formålet med mentorstøtte er at fremme borgerens tilknytning til arbejdsmarkedet eller uddannelse."),
             ("h", 2, "Serviceniveau"),
             ("table", [[[("p", "Niveau")], [("p", "Timer")], [("p", "Opfølgning")]],
                        [[("p", "1")], [("p", "0-1 time pr. uge")], [("p", "hver 3. måned")]],
                        [[("p", "2")], [("p", "1-2 timer pr. uge")], [("p", "hver måned")]],
                        [[("p", "3")], [("p", "mere end 2 timer pr. uge")], [("p", "hver måned")]]], True),
             ("h", 2, "Aftalens indhold"),
             ("p", "Aftalen skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, timetal og klagevejledning. Perioden er højst 6 måneder."),
             ("h", 2, "Klageadgang"), ("p", "Afgørelser kan påklages til Ankestyrelsen via kommunen inden 4 uger.")]
    elif subtype == "minutes":
        title = "Referat – teammøde mentorindsats"
        names = [Person(rng) for _ in range(3)]
        B = [("h", 1, title), ("p", f"Dato: {fmt_date(ctx.docdate, 'dot0')}   Sted: mødelokale 2, {ctx.by}"),
             ("p", f"Deltagere: {cw.name}, {m.name} ({ctx.firm}), {names[0].name}. Referent: {names[1].first}."),
             ("h", 2, "1. Status på mentorforløb"),
             ("p", f"Der er p.t. 14 aktive forløb. Gennemsnitligt timetal er 2,5 timer pr. uge. Tre forløb udløber i {MONTHS[ctx.start.month-1]}, og der skal følges op på progression inden da."),
             ("h", 2, "2. Nye henvisninger"),
             ("p", f"To nye borgere henvises til {ctx.firm}. Mål og opgaver aftales på opstartsmøder. Klagevejledning vedlægges som altid afgørelsen."),
             ("h", 2, "3. Eventuelt"), ("p", f"{m.first} holder ferie uge 29-31; vikar kan kontaktes på {names[2].phone}."),
             ("p", "Næste møde: om 4 uger.")]
    elif subtype == "status-report":
        title = "Statusrapport – mentorforløb"
        pstart = ctx.start
        B = [("h", 1, title), ("p", f"Borger: {c.name}" + (f", cpr. {ctx.cpr}" if ctx.cpr else "")),
             ("p", f"Mentor: {m.name}, {ctx.firm}, tlf. {m.phone}"),
             ("p", f"Rapportperiode: {fmt_date(pstart, 'dot0')} - {fmt_date(add_months(pstart, 1) - dt.timedelta(days=1), 'dot0')}"),
             ("h", 2, "Forbrugte timer"), ("p", f"{rng.randint(6, 12)} timer i perioden (heraf {rng.randint(1,3)} telefonisk)."),
             ("h", 2, "Progression"),
             ("p", f"{c.first} har mødt i praktikken hos {ctx.company} {rng.randint(2,4)} ud af 4 dage de seneste to uger. Vi har arbejdet med morgenrutiner og transport."),
             ("h", 2, "Anbefaling"), ("p", "Mentor anbefaler at fortsætte med uændret timetal. Næste statusmøde aftales med sagsbehandler.")]
    elif subtype == "invoice":
        title = f"Faktura {rng.randint(2026001, 2026999)}"
        rate = rng.choice([425, 450, 495, 520])
        hrs = rng.randint(6, 20)
        B = [("h", 1, title), ("p", f"{ctx.firm} · CVR {rng.randint(10000000, 99999999)} · tlf. {m.phone}"),
             ("p", f"Til: {kom} Kommune, Arbejdsmarked, {ctx.addr}. EAN {rng.randint(10**12, 10**13-1)}"),
             ("p", f"Fakturadato: {fmt_date(ctx.docdate, 'dot0')}   Betalingsbetingelser: netto 30 dage"),
             ("table", [[[("p", "Beskrivelse")], [("p", "Antal timer")], [("p", "Pris")], [("p", "Beløb")]],
                        [[("p", f"Mentorstøtte, borger {c.first} {c.last[0]}. – periode {fmt_date(ctx.start, 'dot0')}-{fmt_date(add_months(ctx.start, 1), 'dot0')}, mentor {m.name}")],
                         [("p", str(hrs))], [("p", f"{rate},00 kr.")], [("p", f"{rate*hrs:,},00 kr.".replace(",", "."))]],
                        [[("p", "Kørsel")], [("p", "")], [("p", "")], [("p", "312,00 kr.")]]], True),
             ("p", f"I alt ekskl. moms: {rate*hrs+312:,},00 kr.".replace(",", ".")),
             ("p", "Mentorydelser er momsfritaget. Spørgsmål til fakturaen: bogholderiet, " + (m.email.split('@')[0] + '@' if False else "") + f"tlf. {phone(rng)}.")]
    elif subtype == "club-mentoraftale":
        club = rng.choice([f"{ctx.by} IF", f"B{rng.randint(1901, 1999)} {ctx.by}", f"{ctx.by} Boldklub", f"FC {ctx.by}"])
        title = f"Mentoraftale – {club} ungdomsafdeling"
        B = [("h", 1, title), ("p", f"Aftale mellem spiller {c.first} (U{rng.choice([15,16,17,19])}) og klubmentor {m.name}."),
             ("h", 2, "Mål"), ("p", "At blive klar til førsteholdstruppen og passe skolen ved siden af fodbolden."),
             ("h", 2, "Mentor"), ("p", f"{m.name}, tlf. {m.phone}"),
             ("h", 2, "Opgaver"), ("ul", ["Samtale efter træning hver anden uge", "Hjælp med at planlægge træning og lektier", "Kontakt til forældre ved behov"]),
             ("h", 2, "Periode"), ("p", f"Sæsonen {ctx.start.year}/{ctx.start.year + 1} (august – juni)"),
             ("h", 2, "Tid"), ("p", "Ca. 1 time hver anden uge."),
             ("p", "Aftalen er frivillig og kan opsiges af begge parter. Spørgsmål rettes til ungdomsformanden."),
             ("p", "Underskrift spiller: ________   Underskrift forælder: ________")]
    elif subtype == "school-mentoraftale":
        school = f"{ctx.by} Friskole"
        title = f"Mentoraftale – {school}"
        B = [("h", 1, title), ("p", f"Elev: {c.first} {c.last}, {rng.randint(7, 9)}. klasse. Mentorlærer: {m.name} ({m.email})."),
             ("p", "Mål: At eleven afleverer sine opgaver til tiden og deltager i klassens fællesskab."),
             ("p", "Mentorlærerens opgaver: ugentlig samtale, kontakt til hjemmet, overblik over afleveringer."),
             ("p", f"Periode: skoleåret {ctx.start.year}-{ctx.start.year + 1}. Tid: 30 minutter om ugen i lektiecaféen."),
             ("p", "Opfølgning på forældresamtalerne i november og marts."),
             ("p", "Aftalen er en del af skolens egen mentorordning og har intet med kommunen at gøre.")]
    elif subtype == "job-ad":
        title = rng.choice(["Vi søger mentor", "Stillingsopslag: Mentor til ungeindsatsen", "Erfaren mentor søges"])
        B = [("h", 1, title), ("p", f"{ctx.firm} søger en mentor til {rng.choice(['30', '32', '37'])} timer om ugen med start {fmt_date(ctx.start, 'long')}."),
             ("h", 2, "Dine opgaver"), ("ul", ["Mentorforløb for borgere på kontanthjælp og uddannelseshjælp",
                                                "Skriftlige aftaler med mål, opgaver og timetal i samarbejde med kommunen",
                                                "Opfølgning og statusrapporter"]),
             ("h", 2, "Vi tilbyder"), ("p", "Fastansættelse, 6 måneders prøvetid, kørselsgodtgørelse og supervision."),
             ("h", 2, "Kontakt"), ("p", f"Hør mere hos {m.name} på {m.phone}. Ansøgningsfrist {fmt_date(ctx.docdate + dt.timedelta(days=20), 'long')}.")]
    elif subtype == "journal-note":
        title = "Journalnotat"
        B = [("p", f"Journalnotat {fmt_date(ctx.docdate, 'dot0')} – {cw.name}"), ("p", f"Vedr.: {c.name}" + (f" ({ctx.cpr})" if ctx.cpr else "")),
             ("p", f"Telefonsamtale med borger. {c.first} fortæller, at det går bedre i praktikken hos {ctx.company}. "
                   f"Vi talte om muligheden for mentorstøtte, evt. 2 timer om ugen i 3 måneder, og om hvilke opgaver en mentor kunne hjælpe med. "
                   f"Borger vil tænke over det. Aftalt ny samtale om 14 dage. Jeg sender information om mentorordningen og klagevejledning generelt."),
             ("p", f"Notat oprettet af {cw.name}, tlf. {cw.phone}.")]
    else:
        raise ValueError(subtype)
    return {"title": title, "blocks": B, "header": [], "footer": [], "comments": {}}


def scheduling_email(ctx, rng):
    a, b = ctx.cw, ctx.mentor
    d = ctx.start + dt.timedelta(days=rng.randint(1, 20))
    body = (f"Hej {b.first}\n\nKan du flytte mødet med {ctx.citizen.first} fra torsdag til {WEEKDAYS[rng.randint(0,3)]} kl. {rng.randint(9,14)}.00? "
            f"Vi skal nå at tale om timetallet (hun har 2 timer om ugen nu) og om opfølgningen før perioden udløber {fmt_date(d, 'long')}.\n\n"
            f"Mødelokale 3 er booket. Husk at tage statusskemaet med.\n\nHilsen\n{a.name}\nJobkonsulent, {ctx.kom} Kommune\nTlf. {a.phone}\n")
    quoted = (f"\n> Hej {a.first}\n> Jeg er desværre på kursus torsdag. Kan vi finde en anden dag?\n> Mvh {b.first}\n")
    return body + quoted
