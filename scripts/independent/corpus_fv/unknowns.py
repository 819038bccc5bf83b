"""Documents that are none of the three kinds: journal notes, e-mails about meetings, blank
templates, an invoice, a status report, guidance, a club's private "mentoraftale", a hearing,
a receipt, Ankestyrelsen's ruling, a referral to a provider and an English leaflet."""
from __future__ import annotations

import datetime as dt

from . import render as R
from .builders import muni_footer, muni_header
from .content import fmt_dot, fmt_long
from .render import PH


def unknowns(rng, out, tmp, n, write_docx_or_pdf, scan_rl, entry, rl_pdf, eml, case):
    def nxt():
        nonlocal n
        n += 1
        return n

    def put_txt(rel, text, enc="utf-8"):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding=enc)

    # --- journal notes
    c = case()
    rel = f"journal/{nxt():03d}_journalnotat_{c.ln.lower()}.txt"
    put_txt(rel, f"""Journalnotat
Dato: {fmt_dot(c.start + dt.timedelta(days=40))}
Sag: {c.sagsnr}   Borger: {c.name}{'   CPR: ' + c.cpr if c.cpr else ''}
Notat af: {c.cw}

Emne: Telefonsamtale med mentor

Har talt med mentor {c.mentor_name} ({c.org}). {c.fn} er mødt op i praktikken hos {c.company} de sidste tre uger, dog to sygedage i uge {rng.randint(10, 40)}.
Mentor oplever, at {c.fn} selv tager bussen nu. Der er brugt ca. 10 timer siden sidste samtale.
Aftalt at mentor sender skriftlig status inden næste opfølgningssamtale.

Næste handling: opfølgningssamtale indkaldes.
""", "cp1252")
    entry(rel, "txt", "unknown", "journal_note", "journal_note", [], [], c.cpr, ["journal", "cp1252"])

    c = case()
    rel = f"journal/{nxt():03d}_notat_afgoerelse_sendt.txt"
    put_txt(rel, f"""JOURNALNOTAT

{fmt_dot(c.letter_date)} – {c.cw}

Afgørelse om mentorstøtte ({c.start:%d.%m.%Y} - {add6(c.start):%d.%m.%Y}) er sendt til borgers e-Boks i dag. Kopi af aftalen sendt til leverandør {c.org} via sikker mail.
Sagen er sat i bero til opfølgning. Frist i KMD Momentum oprettet.
""")
    entry(rel, "txt", "unknown", "journal_note", "journal_note", [], [], None, ["journal", "document-sent-note"])

    c = case()
    rel = f"journal/{nxt():03d}_journal_fravaer_{c.fn.lower()}.txt"
    put_txt(rel, f"""Journal – {c.name}{' (' + c.cpr + ')' if c.cpr else ''}
{fmt_long(c.start + dt.timedelta(days=70))}

Henvendelse fra {c.school}: {c.fn} har 22 % fravær i indeværende modul. Kontaktlærer ønsker møde.
Mentor ({c.mfn}) orienteret pr. telefon. Der holdes netværksmøde på skolen i næste uge; mentor deltager.
Ingen ændring i bevilling p.t.
""")
    entry(rel, "txt", "unknown", "journal_note", "journal_note", [], [], c.cpr, ["journal"])

    c = case()
    rel = f"journal/{nxt():03d}_overdragelsesnotat.txt"
    put_txt(rel, f"""Overdragelsesnotat (sagsbehandlerskift)

Fra: {c.cw}    Til: {rng.choice(['Pia', 'Ole', 'Nanna'])} {rng.choice(['Skov', 'Bruun', 'Juul'])}
Dato: {fmt_dot(c.letter_date)}

Borger: {c.name}, aktivitetsparat kontanthjælpsmodtager.
Aktuelle indsatser: mentorstøtte hos {c.org} (bevilget til {fmt_dot(add6(c.start))}), praktik hos {c.company}.
Opmærksomhedspunkter: ny vurdering af mentorbehov inden udløb; borger ønsker at søge ind på {c.school}.
Åbne frister: opfølgningssamtale uge {rng.randint(5, 45)}.
""")
    entry(rel, "txt", "unknown", "handover_note", "journal_note", [], [], None, ["journal"])

    # --- e-mails that are not agreements
    c = case()
    rel = f"mail/{nxt():03d}_moedeaftale_status.eml"
    eml(out / rel, f"{c.cw} <{c.cwmail}>", f"{c.mentor_name} <{c.mmail}>", f"Statusmøde vedr. {c.fn} {c.ln[0]}.",
        f"""Hej {c.mfn}

Kan du deltage i statusmøde om {c.fn} torsdag den {fmt_long(c.start + dt.timedelta(days=55))} kl. 10.00 i {c.k['name']}, mødelokale 2?
{c.fn} har sagt ja til at komme.

Mvh
{c.cw}
{c.k['unit']}
Tlf. {c.cwphone}
""", c.start + dt.timedelta(days=45))
    entry(rel, "eml", "unknown", "email_meeting", "email", [], [], None, ["email", "meeting"])

    c = case()
    rel = f"mail/{nxt():03d}_sv_timeregistrering.eml"
    eml(out / rel, f"{c.mentor_name} <{c.mmail}>", f"{c.cw} <{c.cwmail}>", "SV: Timeregistrering marts",
        f"""Hej {c.cw.split()[0]}

Jeg har rettet timesedlen, så der står 11 timer i marts (ikke 13). Jeg sender den nye faktura i morgen.

Venlig hilsen
{c.mfn}

Den {fmt_dot(c.start + dt.timedelta(days=60))} skrev {c.cw}:
> Hej {c.mfn}. Timesedlen for marts siger 13 timer, men bevillingen er 3 timer pr. uge. Kan du tjekke den?
""", c.start + dt.timedelta(days=61))
    entry(rel, "eml", "unknown", "email_invoice", "email", [], [], None, ["email", "reply-quote"])

    c = case()
    rel = f"mail/{nxt():03d}_kvittering_ansoegning.eml"
    eml(out / rel, f"{c.k['name']} <noreply@{c.k['mail'].split('@')[1]}>", f"{c.name} <{c.fn.lower()}@outlook.dk>",
        "Kvittering: Vi har modtaget din ansøgning",
        f"""Kære {c.name}

Vi har modtaget din ansøgning om mentorstøtte den {fmt_long(c.letter_date)}.
Din sag behandles af {c.cw}. Du får svar inden for 4 uger. Hvis vi mangler oplysninger, kontakter vi dig.

Venlig hilsen
{c.k['name']}
{c.k['unit']}
""", c.letter_date)
    entry(rel, "eml", "unknown", "receipt", "email", [], [], None, ["email", "receipt"])

    # --- blank templates (content controls showing placeholders)
    for mode in ("docx", "odt"):
        c = case()
        rows = [["Målet med mentorstøtten", PH()], ["Mentor (navn og kontaktdata)", PH()], ["Mentorens opgaver", PH()],
                ["Periode", PH(date=True)], ["Timetal", PH()], ["Opfølgning og progression", PH()]]
        doc = dict(blocks=[("title", "Aftale om mentorstøtte"), ("p", "efter lov om en aktiv beskæftigelsesindsats § 167"),
                           ("kv", [["Borger", PH()], ["Sagsbehandler", PH()]]), ("h", "Aftalens indhold"), ("kv", rows),
                           ("h", "Klagevejledning"),
                           ("p", "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger. Kommunen genvurderer afgørelsen, og fastholdes den, sendes klagen til Ankestyrelsen.")],
                   header=[f"{c.k['name']} · {c.k['unit']}", "Sagsnr.:"], footer=muni_footer(c), content_controls=True,
                   meta_title="Skabelon – aftale om mentorstøtte")
        rel = f"skabeloner/{nxt():03d}_skabelon_aftale_mentorstoette.{mode}"
        write_docx_or_pdf(doc, rel, mode)
        entry(rel, mode, "unknown", "blank_template", "cc_table", [], [], None, ["blank-template", "content-controls", "placeholder"])

    # --- invoice
    c = case()
    doc = dict(blocks=[("title", f"Faktura nr. 2026-{rng.randint(100, 999)}"),
                       ("p", f"{c.org}\nCVR {rng.randint(30000000, 45000000)}\n\nTil: {c.k['name']}, {c.k['unit']}\nEAN 5798000{rng.randint(100000, 999999)}"),
                       ("grid", [["Ydelse", "Periode", "Timer", "Beløb"],
                                 [f"Mentorstøtte, {c.fn} {c.ln[0]}. (sagsnr. {c.sagsnr})", f"{fmt_dot(c.start)} - {fmt_dot(c.start + dt.timedelta(days=30))}", "12", "6.360,00"],
                                 ["Kørsel", "", "", "412,00"], ["I alt ekskl. moms", "", "", "6.772,00"]]),
                       ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0012345678.")],
               meta_title="Faktura")
    rel = f"oekonomi/{nxt():03d}_faktura_mentor.pdf"
    (out / "oekonomi").mkdir(exist_ok=True)
    rl_pdf(doc, out / rel)
    entry(rel, "pdf", "unknown", "invoice", "invoice", [], [], None, ["invoice"])

    # --- status report from provider
    c = case()
    doc = dict(blocks=[("title", "Statusrapport – mentorforløb"),
                       ("kv", [["Borger", c.name], ["Mentor", c.mentor_name], ["Rapportperiode", f"{fmt_dot(c.start)} - {fmt_dot(c.start + dt.timedelta(days=90))}"]]),
                       ("hb", "Forløbet indtil nu"),
                       ("p", f"{c.fn} har mødt stabilt op til de aftalte samtaler. Der har været 26 mentortimer i perioden. {c.fn} er startet i praktik hos {c.company} og har haft fire fraværsdage."),
                       ("hb", "Mentors vurdering"),
                       ("p", "Progressionen er god. Mentor anbefaler, at støtten fortsætter med færre timer, og at der tages stilling til forlængelse ved næste opfølgning."),
                       ("sign", f"{c.mentor_name}, {c.org}, {fmt_dot(c.start + dt.timedelta(days=92))}")],
               header=[c.org], footer=[f"{c.org} · www.{c.site}"], meta_title="Statusrapport")
    rel = f"sager/status/{nxt():03d}_statusrapport_{c.ln.lower()}.docx"
    write_docx_or_pdf(doc, rel, "docx")
    entry(rel, "docx", "unknown", "status_report", "provider_report", [], [], None, ["status-report"])

    # --- guidance page
    c = case()
    doc = dict(blocks=[("title", f"Mentorstøtte i {c.k['name']}"),
                       ("p", "Mentorstøtte kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job, praktik eller uddannelse."),
                       ("h", "Hvad står der i aftalen?"),
                       ("bullets", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                                    "hvor længe støtten varer (højst 6 måneder ad gangen)", "hvor mange timer om ugen", "hvordan I følger op"]),
                       ("h", "Klageadgang"),
                       ("p", "Afgørelsen om mentorstøtte kan du klage over til kommunen inden 4 uger. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")],
               header=[f"{c.k['name']} – borger.{c.k['mail'].split('@')[1]}"], footer=[f"Sidst opdateret {fmt_dot(c.letter_date)}"],
               meta_title="Mentorstøtte")
    rel = f"web/{nxt():03d}_mentorstoette_vejledning.html"
    (out / "web").mkdir(exist_ok=True)
    R.to_html(doc, out / rel)
    entry(rel, "html", "unknown", "guidance", "guidance_page", [], [], None, ["guidance", "lists-fields"])

    # --- private club mentoraftale
    c = case()
    doc = dict(blocks=[("title", "Mentoraftale – Ungementorordningen i IF Vestbyen"),
                       ("p", f"Aftale mellem {c.fn} (15 år) og frivillig mentor {c.mentor_name}. Ordningen er klubbens egen og har intet med kommunen at gøre."),
                       ("kv", [["Mål", "Komme til træning to gange om ugen og bestå 9. klasses afgangsprøve"],
                               ["Mentor", f"{c.mentor_name}, tlf. {c.mphone}"],
                               ["Hvad vi laver", ["Lektiecafé i klubhuset", "Træning og kampe", "Snak om skole og fremtid"]],
                               ["Periode", "Sæsonen 2026/27"], ["Tid", "1 time om ugen efter træning"]]),
                       ("p", "Forældre skal skrive under. Klubben tegner forsikring for frivillige.")],
               header=["IF Vestbyen · Ungdomsafdelingen"], footer=["ifvestbyen.dk · Kontakt: ungdom@ifvestbyen.dk"],
               meta_title="Mentoraftale IF Vestbyen")
    rel = f"diverse/{nxt():03d}_mentoraftale_ifvestbyen.docx"
    write_docx_or_pdf(doc, rel, "docx")
    entry(rel, "docx", "unknown", "private_mentor_programme", "club_form", [], [], None, ["private-mentoraftale"])

    # --- hearing (partshøring) in RTF
    c = case()
    doc = dict(blocks=[("p", f"{c.k['city']}, {fmt_long(c.letter_date)}"), ("title", "Partshøring – påtænkt ophør af mentorstøtte"),
                       ("p", f"Kære {c.name}"),
                       ("p", f"Vi overvejer at stoppe din mentorstøtte fra {fmt_long(c.start)}, fordi du ikke er mødt op til de sidste fem aftaler med din mentor. Inden vi træffer afgørelse, har du ret til at komme med dine bemærkninger."),
                       ("p", f"Du kan sende dine bemærkninger til {c.cw} på {c.cwmail} eller ringe på {c.cwphone} senest {fmt_long(c.letter_date + dt.timedelta(days=14))}."),
                       ("sign", f"Med venlig hilsen\n{c.cw}\n{c.k['name']}")],
               header=muni_header(c), footer=muni_footer(c), meta_title="Partshøring")
    rel = f"eksport_rtf/{nxt():03d}_partshoering_{c.ln.lower()}.rtf"
    (out / "eksport_rtf").mkdir(exist_ok=True)
    R.to_rtf(doc, out / rel)
    entry(rel, "rtf", "unknown", "hearing", "municipal_letter", [], [], None, ["partshoering"])

    # --- Ankestyrelsen ruling, scanned
    c = case()
    doc = dict(blocks=[("p", f"Ankestyrelsen\nTeglholmsgade 3, 2450 København SV\n{fmt_long(c.letter_date + dt.timedelta(days=120))}"),
                       ("title", "Ankestyrelsens afgørelse"),
                       ("p", f"Klage fra {c.name}" + (f", CPR-nr. {c.cpr}" if c.cpr else "") + f" over {c.k['name']}s afgørelse om mentorstøtte."),
                       ("h", "Resultat"),
                       ("p", f"Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at kommunens afgørelse om at give dig mentorstøtte med 3 timer om ugen er rigtig."),
                       ("h", "Begrundelse"),
                       ("p", "Vi har lagt vægt på, at kommunen har foretaget en konkret vurdering af dit behov, jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 1."),
                       ("p", "Du kan ikke klage over Ankestyrelsens afgørelse til en anden administrativ myndighed.")],
               meta_title="Ankestyrelsens afgørelse")
    rel = f"scannet/{nxt():03d}_ankestyrelsen_afgoerelse.pdf"
    src = tmp / f"ast_{n}.pdf"
    rl_pdf(doc, src)
    scan_rl.append((src, rel))
    entry(rel, "pdf", "unknown", "appeal_ruling", "ankestyrelsen_letter", [], [], c.cpr, ["scan", "ankestyrelsen"])

    # --- referral to provider
    c = case()
    doc = dict(blocks=[("title", "Henvisning – mentorstøtte"),
                       ("kv", [["Leverandør", c.org], ["Borger", c.name], ["Henvist af", f"{c.cw}, tlf. {c.cwphone}"],
                               ["Ønsket opstart", fmt_long(c.start)]]),
                       ("p", f"{c.k['name']} henviser hermed ovennævnte borger til et mentorforløb. Leverandøren bedes kontakte borgeren inden 5 hverdage og aftale et opstartsmøde. Aftale om mentorstøtte udarbejdes ved opstartsmødet."),
                       ("sign", f"Venlig hilsen\n{c.cw}")],
               header=muni_header(c), footer=muni_footer(c), meta_title="Henvisning")
    rel = f"sager/henvisninger/{nxt():03d}_henvisning_{c.ln.lower()}.docx"
    write_docx_or_pdf(doc, rel, "docx")
    entry(rel, "docx", "unknown", "referral", "municipal_form", [], [], None, ["referral"])

    # --- English leaflet for employers (markdown)
    c = case()
    rel = f"web/{nxt():03d}_mentor_info_employers.md"
    put_txt(rel, f"""# Mentor support – information for employers

{c.k['name']} can fund a mentor when you take on a trainee or a new employee who needs extra support.

## What a mentor does
- helps the employee settle in at the workplace
- talks with you about adjustments
- keeps in touch with the job centre

## How long
Mentor support is granted for up to 6 months at a time and can be extended after a new assessment.

Contact the business service on {c.k['phone']} or {c.k['mail']}.
""")
    entry(rel, "md", "unknown", "leaflet", "markdown_leaflet", [], [], None, ["english", "guidance"])
    return n


def add6(d):
    from .content import add_months
    return add_months(d, 6) - dt.timedelta(days=1)
