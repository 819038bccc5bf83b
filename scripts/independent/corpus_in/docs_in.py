"""The documents of corpus IN (caseworker shorthand and terse forms).

Each entry: path, format, kind, rules (expected findings among the nine), layout, traits,
and text (txt/md/eml) or blocks (docx/pdf/odt/rtf/html). CPR numbers come from the caller.
"""
from __future__ import annotations

from datetime import datetime, timezone

# full appeal guidance, terse and less terse variants (body + deadline)
KV1 = ("Klagevejl.: Er du uenig, kan du klage til kommunen inden 4 uger fra du har modt. afg. "
       "Kommunen genvurderer. Fastholdes afg., sendes klagen til Ankestyrelsen (LAB § 204, RSL kap. 10).")
KV2 = ("Klage: mundtl. el. skriftl. til Jobcenter Ringsted inden fire uger. Vi genvurderer; "
       "fastholder vi afg., sender vi klagen videre til Ankestyrelsen.")
KV3 = ("Hvis du vil klage: kontakt kommunen inden 4 uger efter du har fået brevet. Kommunen ser på "
       "sagen igen inden 4 uger. Får du ikke medhold, sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget.")
KV4 = ("Klagevejledning\nDu kan klage over afg. Klagen sendes til Holbæk Kommune, Jobcenter, senest 4 uger "
       "efter modtagelsen. Kommunen genvurderer inden 4 uger; fastholdes afg., videresendes klagen "
       "og sagens akter til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens § 66-67.")


def _cpr(c: str) -> str:
    return f"{c[:6]}-{c[6:]}"


def _dt(y, m, d, h=9):
    return datetime(y, m, d, h, 12, tzinfo=timezone.utc)


def build_docs(cprs: list[str]) -> list[dict]:
    C = iter(cprs)
    docs: list[dict] = []

    def add(path, fmt, kind, rules, layout, traits=(), cpr=None, period=None, subtype=None, **kw):
        d = {"path": path, "format": fmt, "kind": kind, "rules": list(rules), "layout": layout,
             "traits": list(traits), "subtype": subtype or kind}
        if cpr:
            d["cpr"] = [cpr, cpr.replace("-", "")]
            d["traits"].append("cpr")
        if period:
            d["period"] = period
        d.update(kw)
        docs.append(d)

    # ============================================================ AGREEMENTS
    c = _cpr(next(C))
    add("aftaler/journal_2026-03-12_aftale_mentor.txt", "txt", "agreement", [], "journal-oneliner",
        ["shorthand", "journal"], cpr=c, period=("2026-04-01", "2026-09-30"), text=f"""\
Journalnotat  | Sag: 27.12.04-G01-112-26 | CPR {c}
12.03.26  KBJ  Aftale om mentorstøtte (§ 167) indgået på møde m. borger + mentor.
Mål: borger i virksomhedspraktik på lager, Bilka Ishøj, 15 t/uge senest 1/6-26 m.h.p. løntilskud. Mentor: Jens Holm, Jobværkstedet, tlf. 22 34 56 78. Opg.: følger borger til praktik de første 2 uger, ugl. samtale om fremmøde + transport. Periode 1/4-26 – 30/9-26. 3 t/uge. Opf.: statusmøde m. sagsbeh. hver md., evaluering 14 dage før ophør. {KV1}
Aftalen udleveret i kopi.
""")

    add("aftaler/journal_2026-02-03_mentoraftale.txt", "txt", "agreement", ["missing-appeal-guidance"],
        "journal-oneliner", ["shorthand", "journal", "appeal:mentioned-only"],
        period=("2026-02-09", "2026-08-08"), text="""\
03-02-2026 14:05 | Notat | Sagsbeh.: Louise Krag
Mentoraftale indgået. Mål: start på grundforløb 1, Tømrer, EUC Syd aug. 2026; fremmøde min. 4/5 dage i praktikken inden da. Mentor Ahmad Rahimi (Broen), 31 45 19 02. Opg.: morgenopkald ma-to, hjælp m. SU-ansøgning og optagelse. 9/2-26 – 8/8-26, 4 t/uge. Opf. hver 3. uge (møde m. mentor+borger). Klagevejl. givet mundtligt.
""")

    add("aftaler/blanket_mentoraftale_nr_punkter.docx", "docx", "agreement", [], "numbered-form",
        ["shorthand", "numbered-fields"], period=("2026-05-01", "2026-10-31"), blocks=[
            ("h", "Aftale om mentorstøtte jf. LAB § 167"),
            ("p", "Borger: Mikkel Dahl Sørensen     Sagsbeh.: T. Aagaard, tlf. 46 31 72 10\nDato: 22.04.26"),
            ("p", "1. Mål m. mentorstøtten: Mikkel fastholder sit fleksjob i Netto (rengøring + varepåfyldning) 12 t/uge; højst 1 udeblivelse pr. md."),
            ("p", "2. Mentor (navn/kontakt): Hanne Lykke, Netto Roskilde Vest, 25 11 90 47, hly@netto.invalid"),
            ("p", "3. Opgaver: introd. til arb.opg., daglig tjek-ind ved mødetid, kontakt t. sagsbeh. ved fravær"),
            ("p", "4. Varighed og opf.: 1.5.26–31.10.26. Opf. ml. mentor, borger og sagsbeh. hver 4. uge; delmål: 0 udeblivelser i juni"),
            ("p", "5. Timetal: 2 t/uge"),
            ("p", "6. Klagevejl.: " + KV2),
            ("p", "Underskrifter: ____________ borger   ____________ mentor   ____________ jobcenter"),
        ])

    add("aftaler/blanket_mentoraftale_felt5_tomt.docx", "docx", "agreement", ["missing-hours"],
        "numbered-form", ["shorthand", "numbered-fields", "empty-field"],
        period=("2026-06-01", "2026-11-30"), blocks=[
            ("h", "Mentoraftale"),
            ("p", "Jobcenter Ringsted · Team Unge · j.nr. 15.02.10-P20-88-26"),
            ("tbl", [["1.", "Mål", "Sara (22) starter på HF-enkeltfag, VUC Vestsjælland, jan. 2027; indtil da FVU-matematik 2 gange/uge m. fremmøde ≥ 80 %"],
                     ["2.", "Mentor", "Pia Nørgaard, UU-mentor, tlf. 40 21 88 63"],
                     ["3.", "Opgaver", "ugl. samtale; hjælp til skema, lektier, kontakt t. VUC-vejleder"],
                     ["4a.", "Periode", "1/6-2026 til 30/11-2026"],
                     ["4b.", "Opfølgning", "midtvejsevaluering 1/9, slutevaluering 14 dg. før ophør"],
                     ["5.", "Timetal", "–"],
                     ["6.", "Klagevejl.", KV2]]),
        ])

    add("aftaler/tjekboks_aftale_opfoelgning_tom.pdf", "pdf", "agreement", ["missing-follow-up"],
        "checkbox-form", ["checkbox", "empty-boxes", "shorthand"], period=("2026-03-16", "2026-09-15"), blocks=[
            ("h", "AFTALE – MENTORSTØTTE (skema M2)"),
            ("p", "Type:  [X] Tilbudsmentor   [ ] Ret- og pligtmentor   [ ] Udvidet mentor   [ ] Uddannelsesmentor"),
            ("tbl", [["Borger", "Jonas Winther"],
                     ["Mål", "Jonas er i løntilskud som pedelmedhjælper, Ølby Skole, 25 t/uge fra 1/4-26 og møder stabilt (max. 2 fraværsdage/md.)"],
                     ["Mentor", "Kim Bach, pedel, Ølby Skole, mobil 28 66 41 30"],
                     ["Mentors opg.", "oplæring i arb.opg., støtte ved pauser/kolleger, melder fravær t. jobcenter"],
                     ["Periode", "16.03.2026 – 15.09.2026"],
                     ["Timer", "[ ] 0-1 t/uge   [X] 1-2 t/uge   [ ] > 2 t/uge    Aftalt: 2 t/uge"],
                     ["Opfølgning", "[ ] hver md.   [ ] hver 3. md.   [ ] andet: ________"]]),
            ("p", KV1),
            ("p", "Dato/underskrift ____________________"),
        ])

    add("aftaler/mail_mentor_opsummering.eml", "eml", "agreement", ["missing-appeal-guidance"],
        "mentor-mail", ["shorthand", "mentor-first-person"], period=("2026-04-13", "2026-10-12"),
        frm="Birgitte Aagaard <ba@mentorhuset.invalid>", to="Line Friis <lifr@kalundborg.invalid>",
        subject="Mentoraftale Ali K. – opsummering af mødet i dag", date=_dt(2026, 4, 10), text="""\
Hej Line + Ali

Kort opsummering af mentoraftalen fra mødet i dag:

Mål: Ali består AMU-kursus truckcertifikat B (maj) og er i praktik på lager (Dagrofa) 20 t/uge fra 1/6.
Opg.: jeg hjælper m. transport første 2 uger (følges m. bus), ugl. samtale, tjek af mødetider, kontakt t. praktikvært.
Periode: 13/4-26 – 12/10-26
Timer: 3 t/uge
Opf.: statusmøde hver 4. uge hos jer, næste 11/5 kl. 10.

Sig til hvis noget skal rettes.

Mvh
Birgitte Aagaard, mentor
Mentorhuset ApS
tlf. 53 70 12 84
""")

    add("aftaler/felter_1-6_aftale.txt", "txt", "agreement", ["duration-over-6-months"],
        "coded-fields", ["shorthand", "felt-codes", "period:over"], period=("2026-03-01", "2026-11-30"), text="""\
MENTORAFTALE  (udskrift fra fagsystem)
Felt 1 Mål ........: Borger i ordinært job (servicemedarb., kantine) min. 20 t/uge inden 30/11-26
Felt 2 Mentor ......: Ole Kragh, Kantinen Tåstrup, 61 42 07 33
Felt 3 Opgaver .....: oplæring, tjek-ind kl. 7.30, hjælp til at melde sig syg korrekt
Felt 4 Periode .....: 01.03.2026-30.11.2026
Felt 4b Opf. .......: hver 6. uge, sagsbeh. + mentor
Felt 5 Timer .......: 1,5 t/uge
Felt 6 Klagevejl. ..: Klage til kommunen inden 4 uger; kommunen genvurderer og sender sagen til Ankestyrelsen, hvis afg. fastholdes.
""")

    add("aftaler/aftale_kort_struktur.md", "md", "agreement", ["unclear-goal"], "markdown-terse",
        ["shorthand", "goal:activity"], period=("2026-08-01", "2027-01-31"), text="""\
# Aftale om mentorstøtte

**Borger:** Camilla R. · **Sagsbeh.:** N. Holt

- **Mål:** støtte til struktur i hverdagen og motivere
- **Mentor:** Rikke Dam, Socialt Hus, tlf. 27 58 33 90
- **Opgaver:** morgenopkald, hjælp m. post/e-Boks, følges til læge
- **Periode:** 1/8-26 – 31/1-27
- **Timer:** 2 t/uge
- **Opf.:** møde hver md. (mentor, borger, sagsbeh.)

Klagevejl.: klag til kommunen inden 4 uger. Kommunen genvurderer; fastholdes afg., går klagen til Ankestyrelsen.
""")

    c = _cpr(next(C))
    add("aftaler/fagsystem_udskrift_aftale.html", "html", "agreement", [], "case-system-table",
        ["shorthand", "html-table"], cpr=c, period=("2026-09-01", "2027-02-28"), title="Udskrift – Mentoraftale",
        blocks=[
            ("p", "FASIT · Udskrift · 19.08.2026 · bruger: KMN"),
            ("h", "Mentoraftale (LAB § 167)"),
            ("tbl", [["Felt", "Indhold"],
                     ["Borger", f"Thomas Ravn ({c})"],
                     ["Formål", "Thomas gennemfører 1. semester på Erhvervsakademiet (multimediedesigner) og afleverer alle obl. opgaver t. tiden"],
                     ["Mentor", "Sofie Brandt, studiementor, sb@mentorlinjen.invalid, 29 40 71 55"],
                     ["Indsatsområder", "planlægning af ugen, hjælp m. SU/SPS-ansøgn., kontakt t. studievejl."],
                     ["Periode", "01.09.26-28.02.27"],
                     ["Timetal", "2,5 t/uge"],
                     ["Opfølgning", "status hver 6. uge; delmål: 1. opgave afleveret 15/10"],
                     ["Klagevejledning", KV3]]),
        ])

    add("aftaler/aftale_mentor_uden_tlf.docx", "docx", "agreement", ["missing-mentor"], "two-col-table",
        ["shorthand", "mentor:name-only"], period=("2026-02-02", "2026-07-31"), blocks=[
            ("h", "Aftale – mentor"),
            ("tbl", [["Borger", "Nadia Haddad, Æblehaven 4, 4000 Roskilde"],
                     ["Mål", "praktik i børnehave (Solsikken) 4 dg./uge fra marts, derefter ans. på PAU jan. 27"],
                     ["Mentor", "Susanne (Jobhuset)"],
                     ["Opg.", "samtale 1 g./uge, hjælp til at komme afsted om morgenen, kontakt til praktiksted"],
                     ["Periode", "2.2.–31.7.2026"],
                     ["Timer", "2 t. ugl."],
                     ["Opf.", "statusmøde hver md. + 14 dg. før ophør"]]),
            ("p", KV3),
        ])

    c = _cpr(next(C))
    add("aftaler/noter_aftale_6mdr.txt", "txt", "agreement", [], "fragment-notes",
        ["shorthand", "duration:length-only"], cpr=c, text=f"""\
MENTORAFTALE – stikord (renskrevet 4/5)
Borger: Peter Vang, cpr {c}
Mål: fast job som chauffør (C-kort) – først: bestå teori til C-kort inden 1/9, derefter jobsøgn. 10 ansøgn./md.
Mentor: Bo Lund, Kørelærerhuset, bo@khuset.invalid / 20 90 14 66
Opg.: hjælp m. læseplan teori, ugl. opfølgn. på jobsøgning, træning til jobsamtale
Varighed: 6 mdr. fra 11/5-26
Timer: 2 t/uge (ca. 1 møde + tlf.)
Opf.: statusmøde hver 5. uge; progression = antal ansøgn. + teoriprøve bestået
Klage: kommunen, inden 4 uger fra modtagelse; genvurdering, derefter Ankestyrelsen.
""", period=("2026-05-11", "2026-11-10"))

    add("aftaler/aftale_uge_10-40.odt", "odt", "agreement", ["duration-over-6-months"], "odt-plain",
        ["shorthand", "weeks", "period:over"], blocks=[
            ("h", "Aftale om mentor"),
            ("p", "Borger: Lasse Hviid · Jobcenter Næstved · 02.03.2026"),
            ("p", "Mål: Lasse i virksomhedspraktik, autoværksted (Næstved Auto), 4 dg./uge, derefter lære som automekaniker"),
            ("p", "Mentor: Morten Falk, Næstved Auto, 23 18 45 09"),
            ("p", "Opg.: introd. på værkstedet, ugl. samtale om mødestabilitet, hjælp m. ansøgn. til grundforløb"),
            ("p", "Periode: uge 10-40 (2026)"),
            ("p", "Timer: 3 t/uge i praktikperioden"),
            ("p", "Opf.: hver 4. uge m. sagsbeh."),
            ("p", KV1),
        ])

    add("aftaler/aftale_opgaver_aftales.rtf", "rtf", "agreement", ["missing-tasks"], "rtf-terse",
        ["shorthand", "tasks:deferred"], period=("2026-04-20", "2026-10-19"), blocks=[
            ("h", "MENTORAFTALE"),
            ("p", "Borger: Emil Juhl    Sagsnr. 15.00.00-G01-4471-26"),
            ("p", "Mål: Emil starter på FGU (PGU, byggeri) 10/8-26 og møder min. 4 dg./uge"),
            ("p", "Mentor: Dorthe Kjær, FGU Midt, tlf. 51 27 06 38"),
            ("p", "Opgaver: aftales nærmere ml. borger og mentor"),
            ("p", "Periode: 20.4.26 - 19.10.26 · Timer: 2 t/uge"),
            ("p", "Opfølgning: evaluering hver 4. uge + 14 dg. før ophør"),
            ("p", KV3),
        ])

    add("aftaler/aftale_maal_streg.txt", "txt", "agreement", ["missing-goal"], "label-lines",
        ["shorthand", "goal:dash"], period=("2026-06-15", "2026-12-14"), text="""\
AFTALE OM MENTORSTØTTE
Dato 10.06.26 · Jobcenter Køge

Borger ......... Hassan Y.
Mål ............ -
Mentor ......... Lene Bro, Køge Mentorservice, 60 12 44 97
Mentors opg. ... følges til jobsamtaler, hjælp m. CV, ugl. check af jobnet
Periode ........ 15/6-26 til 14/12-26
Timetal ........ 2 t/uge
Opfølgning ..... statusmøde hver 4. uge

Klagevejledning: klage til kommunen inden 4 uger. Kommunen genvurderer; fastholdes afg. sendes klagen til Ankestyrelsen.
""")

    add("aftaler/mail_sagsbeh_det_vi_aftalte.eml", "eml", "agreement", ["missing-follow-up"],
        "caseworker-mail", ["shorthand", "follow-up:vague"], period=("2026-05-04", "2026-11-03"),
        frm="Mette Juul <meju@vordingborg.invalid>", to="Frederik Holm <frederik.h@mail.invalid>",
        subject="Din mentorstøtte", date=_dt(2026, 4, 29), text=f"""\
Hej Frederik

Her får du det, vi blev enige om i dag, skrevet ned:

Mål: Du er i job som lagermedarbejder min. 25 t/uge inden 1/11-26 (evt. løntilskud først).
Mentor: Kasper Nygaard, Jobstart, 42 77 19 05.
Mentors opgaver: jobsøgn. 1 g./uge, hjælp til ansøgninger og til at ringe til virksomheder, følges t. samtaler.
Periode: 4/5-26 – 3/11-26.
Timer: ca. 2 t/uge.
Opfølgning: efter behov.

{KV3}

Mvh Mette Juul
Sagsbehandler, Jobcenter Vordingborg
""")

    c = _cpr(next(C))
    add("aftaler/aftale_tabel_cpr.pdf", "pdf", "agreement", [], "two-col-table",
        ["shorthand", "table"], cpr=c, period=("2026-01-12", "2026-07-11"), blocks=[
            ("h", "Aftale om mentorstøtte – LAB § 167, stk. 1"),
            ("tbl", [["Navn/CPR", f"Maja Lind / {c}"],
                     ["Mål", "Maja gennemfører 2. semester på SOSU-hjælperudd. (SOSU H) m. fravær under 10 %"],
                     ["Mentor", "Jette Krog, mentor, tlf. 21 56 80 32, jk@sosumentor.invalid"],
                     ["Opgaver", "ugl. samtale, hjælp m. struktur omkring skoleopg., kontakt t. kontaktlærer v. fravær"],
                     ["Periode", "12.01.2026 – 11.07.2026"],
                     ["Timer/uge", "2"],
                     ["Opf./progression", "evaluering hver 2. md.; delmål: fravær < 10 % i feb.-marts"]]),
            ("p", KV4),
        ])

    c = _cpr(next(C))
    add("aftaler/pligtmentor_notat.txt", "txt", "agreement", [], "journal-oneliner",
        ["shorthand", "pligtmentor"], cpr=c, period=("2026-02-16", "2026-08-15"), text=f"""\
Notat 11/2-26 (aftale) – ret- og pligtmentor, aktivitetsparat kontanthj. (2.3)
Borger {c}. Mål: deltager i virksomhedsrettet tilbud (praktik 10 t/uge, genbrugsbutik) inden 1/6-26. Mentor: Anja Lodberg, Center f. Beskæftigelse, 30 65 21 08. Opg.: kontakt min. hver anden uge (møde/tlf.), hjælp m. lægebesøg + fremmøde. 16/2-26 – 15/8-26. 1 t/uge. Opf.: evaluering hver md. + 14 dg. før ophør; delmål: 1. besøg i butikken inden 1/4.
{KV2}
""")

    add("aftaler/udskrivningskoordinator_aftale.docx", "docx", "agreement", [], "two-col-table",
        ["shorthand", "udskrivning", "period:9-months-stk2"], period=("2026-02-01", "2026-10-31"), blocks=[
            ("h", "Aftale – udskrivningskoordinator (LAB § 167, stk. 2)"),
            ("tbl", [["Borger", "Rasmus Egholm, indlagt Psyk. afd. Slagelse, forv. udskr. 1/5-26"],
                     ["Mål", "Rasmus starter på FVU-dansk på VUC 2 dg./uge fra sep. 26 og er tilmeldt STU-afklaring el. praktik inden 31/10"],
                     ["Koordinator", "Helle Vind, udskrivningskoordinator, 24 88 10 71"],
                     ["Opg.", "koordinering m. afd. og kommune før udskr., bolig/økonomi på plads, følges t. VUC"],
                     ["Periode", "1.2.26 – 31.10.26 (3 mdr. før + 6 mdr. efter udskr.)"],
                     ["Timer", "3 t/uge, efter udskr. 2 t/uge"],
                     ["Opf.", "møde hver md.; evaluering 14 dg. før ophør"]]),
            ("p", KV1),
        ])

    add("aftaler/aftale_timer_efter_behov.md", "md", "agreement", ["missing-hours"], "markdown-terse",
        ["shorthand", "hours:vague"], period=("2026-09-07", "2027-03-06"), text="""\
## Mentoraftale – Sebastian K.

Mål: Sebastian får fast deltidsjob (15-20 t/uge) i detailhandel inden 1/3-27.
Mentor: Ida Møller · Jobkompagniet · 26 34 90 18 · im@jobkomp.invalid
Opg.: jobsøgn., træning t. samtaler, følges på første arbejdsdag
Periode: 07.09.2026–06.03.2027
Timer: efter behov
Opf.: statusmøde hver 4. uge

Klagevejl.: klage til Jobcentret inden 4 uger. Vi genvurderer; fastholder vi afg., sendes klagen til Ankestyrelsen.
""")

    c = _cpr(next(C))
    add("aftaler/forlaengelse_aftale.txt", "txt", "agreement", [], "label-lines",
        ["shorthand", "extension", "earlier-period"], cpr=c, period=("2026-09-01", "2027-02-28"), text=f"""\
FORLÆNGELSE AF MENTORAFTALE – ny periode
Borger: Karina Holt ({c})
Forrige periode: 1/3-26 – 31/8-26 (evalueret 17/8: mål delvist nået).
Mål (uændret/justeret): Karina i løntilskud som kontorassistent, Køge Kommune, 25 t/uge, m.h.p. ordinær ans. 1/3-27
Mentor: Lone Hjort, Køge Kommune (Borgerservice), 56 67 21 30
Opg.: oplæring i journalisering, ugl. samtale om tempo/pauser
Ny periode: 1/9-26 – 28/2-27
Timer: 1 t/uge
Opf.: hver 6. uge; delmål 25 t/uge fra 1/11
{KV1}
""")

    add("aftaler/aftale_indtil_videre.html", "html", "agreement",
        ["missing-duration", "missing-appeal-guidance"], "html-labels",
        ["shorthand", "duration:open", "appeal:vague"], title="Mentoraftale", blocks=[
            ("h", "Mentoraftale"),
            ("p", "Borger: Anders Buus · Jobcenter Slagelse"),
            ("p", "Mål: Anders i praktik hos Slagelse Genbrug 3 dg./uge fra 1/6-26 m.h.p. løntilskud"),
            ("p", "Mentor: Tina Frost, Slagelse Genbrug, 41 30 59 22"),
            ("p", "Opg.: introduktion, samtale 1 g./uge, hjælp m. transport"),
            ("p", "Periode: fra 1/6-26 – indtil videre"),
            ("p", "Timer: 2 t/uge"),
            ("p", "Opf.: møde hver 4. uge"),
            ("p", "Du kan klage over aftalen."),
        ])

    add("aftaler/aftale_trivsel.txt", "txt", "agreement", ["unclear-goal", "missing-follow-up"],
        "label-lines", ["shorthand", "goal:vague", "follow-up:absent"], period=("2026-03-02", "2026-08-31"), text="""\
Aftale om mentorstøtte – kort
Borger: Louise P.   Jobcenter Faxe   dato 24.02.26
Mål: øget trivsel og selvværd, komme videre
Mentor: Eva Jessen, tlf. 28 17 63 40
Opg.: samtaler, gåture, hjælp til at åbne post
Periode: 2/3-26 – 31/8-26
Timer: 1,5 t/uge
Klagevejl.: Uenig? Klag til kommunen inden fire uger. Kommunen genvurderer og sender sagen til Ankestyrelsen, hvis afg. fastholdes.
""")

    add("aftaler/referat_aftale_mentor_kort.docx", "docx", "agreement", [], "meeting-note-agreement",
        ["shorthand", "fragments"], period=("2026-10-05", "2027-04-04"), blocks=[
            ("h", "Møde 29/9 – aftale om mentor (skrevet ned)"),
            ("p", "Til stede: Yusuf A., sagsbeh. Kirsten Bay, mentor Niels Stær."),
            ("p", "Aftalt:\n– mål: Yusuf består 9.-kl.-prøve dansk+mat. på VUC juni 27, optag på EUD (elektriker) aug. 27\n– mentor: Niels Stær, VUC-mentor, ns@vucmentor.invalid, 22 05 71 68\n– mentor hjælper m.: lektieplan, fremmøde (sms ved fravær), kontakt t. lærere\n– 5/10-26 til 4/4-27, 2 t/uge\n– opf.: statusmøde hver 6. uge, delmål: fremmøde 90 % i okt."),
            ("p", KV4),
        ])

    # ============================================================ DECISIONS
    add("afgoerelser/bevilling_kort.txt", "txt", "decision", [], "terse-letter",
        ["shorthand", "grant"], period=("2026-04-01", "2026-09-30"), text=f"""\
Jobcenter Ringsted                                   Ringsted, 20.03.2026
Til: Morten Iversen                                  J.nr. 15.02.10-G01-301-26

AFG.: Bevilling af mentorstøtte
Du er bevilget mentorstøtte jf. LAB § 167, 3 t/uge, 1/4-26 – 30/9-26. Udbyder: Jobværkstedet.
Begr.: Du har brug for støtte til at fastholde praktik (lager). Vi har lagt vægt på dit fravær i feb.-marts og din egen vurdering.
{KV2}
Mvh Jonas Bech, sagsbeh.
""")

    c = _cpr(next(C))
    add("afgoerelser/delvis_bevilling.docx", "docx", "decision", [], "letter",
        ["shorthand", "partial-grant", "asked-length"], cpr=c, period=("2026-05-01", "2026-10-31"), blocks=[
            ("p", "Holbæk Kommune · Jobcenter\nDato 15.04.26    Sag 15.00.00-P20-502-26"),
            ("p", f"Til: Emma Friis, cpr {c}"),
            ("h", "Afgørelse – delvis bevilling af mentorstøtte"),
            ("p", "Ansøgt: mentor 5 t/uge i 12 mdr.\nBevilget: 3 t/uge, 1/5-26 – 31/10-26 (LAB § 167, stk. 1). Ny vurdering ved udløb."),
            ("p", "Begrundelse: Mentorstøtte gives højst for 6 mdr. ad gangen. 3 t/uge vurderes tilstrækkeligt, da du allerede har SPS-støtte på skolen. Vi har lagt vægt på udtalelse fra UU-vejleder."),
            ("p", KV4),
        ])

    add("afgoerelser/afslag_kort_klage.pdf", "pdf", "decision", ["missing-appeal-guidance"], "terse-letter",
        ["shorthand", "refusal", "appeal:vague"], blocks=[
            ("p", "Jobcenter Kalundborg · 7.5.26"),
            ("h", "Afslag på mentorstøtte"),
            ("p", "Til Jens Kristoffersen\nDu har søgt om mentor (ans. modt. 22/4). Afslag.\nBegr.: Du deltager allerede i forløb m. ugl. kontaktperson (LAB § 167 forudsætter, at støtten er nødvendig for at gennemføre tilbud/job). Vi har lagt vægt på samtalen 30/4."),
            ("p", "Du kan klage over afgørelsen."),
            ("p", "Mvh sagsbeh. RKL"),
        ])

    add("afgoerelser/mail_afg_forlaengelse.eml", "eml", "decision", [], "mail-letter",
        ["shorthand", "extension"], period=("2026-10-01", "2027-03-31"),
        frm="Jobcenter Guldborgsund <noreply@guldborgsund.invalid>", to="Simon Larsen <simon.l@mail.invalid>",
        subject="Afgørelse: forlængelse af mentorstøtte", date=_dt(2026, 9, 18), text=f"""\
Kære Simon

Afg.: Din mentorstøtte forlænges 1/10-26 – 31/3-27, uændret 2 t/uge, mentor fortsat Ulla Brink (Broen).
Begr.: Mål (ordinær ans. v. Lolland Vinduer) ikke nået endnu, men god progression (25 t/uge i løntilskud). Ny konkret vurdering jf. LAB § 167, stk. 1, 2. pkt.

{KV3}

Venlig hilsen
Trine Krogh, sagsbehandler
Jobcenter Guldborgsund
""")

    c = _cpr(next(C))
    add("afgoerelser/bevilling_feb_dec.txt", "txt", "decision", ["duration-over-6-months"], "terse-letter",
        ["shorthand", "grant", "period:over"], cpr=c, period=("2026-02-01", "2026-12-31"), text=f"""\
Faxe Kommune, Jobcenter – 26.01.2026
Vedr.: mentor – bevilling

Til Oliver Schmidt, cpr.nr. {c}.
Bevilget: mentorstøtte (§ 167) 2 t/uge i perioden 1.2.2026-31.12.2026. Mentor: Sanne Gram, Faxe Mentorkorps.
Begr.: Nødvendig for at du kan gennemføre EUD (smed), jf. skolens udtalelse.
{KV1}
""")

    add("afgoerelser/ophoer_mentorstoette.html", "html", "decision", [], "html-letter",
        ["shorthand", "end"], title="Ophør af mentorstøtte", blocks=[
            ("p", "Jobcenter Slagelse · 10.06.2026 · j.nr. 15.02.10-G01-77-26"),
            ("h", "Ophør af mentorstøtte pr. 30/6-26"),
            ("p", "Til Amalie Bruun\nDin mentorstøtte (bev. 1/1-26 – 30/6-26) stopper 30/6-26 som planlagt og forlænges ikke."),
            ("p", "Begr.: Målet er nået – du er ansat i ordinært job (Salling, 30 t/uge) fra 1/6. Vi vurderer ikke, at du fortsat har brug for mentor (LAB § 167)."),
            ("p", KV3),
        ])

    add("afgoerelser/bevilling_klage_uden_frist.rtf", "rtf", "decision", ["missing-appeal-guidance"],
        "rtf-letter", ["shorthand", "grant", "appeal:no-deadline"], period=("2026-03-09", "2026-09-08"), blocks=[
            ("p", "Næstved Kommune – Jobcenter\n02.03.26"),
            ("h", "Bevilling af mentorstøtte"),
            ("p", "Til Sofie Bang\nDu får mentor 9/3-26 – 8/9-26, 1 t/uge, jf. LAB § 167. Mentor: Per Holm (Næstved Mentorteam)."),
            ("p", "Klage: Klagen sendes til kommunen, som genvurderer afgørelsen. Fastholdes den, sendes klagen til Ankestyrelsen."),
        ])

    c = _cpr(next(C))
    add("afgoerelser/bevilling_12mdr_ingen_klage.docx", "docx", "decision",
        ["duration-over-6-months", "missing-appeal-guidance"], "letter",
        ["shorthand", "grant", "period:over", "appeal:absent"], cpr=c, period=("2026-08-01", "2027-07-31"), blocks=[
            ("p", f"Jobcenter Køge   5.7.26\nCPR: {c}"),
            ("h", "Bevilling – mentor"),
            ("p", "Du er bev. mentorstøtte i 12 mdr. fra 1/8-26, 2 t/uge, til støtte under grundforløb (frisør, EUC Sjælland).\nBegr.: jf. din ans. og skolens vurdering."),
            ("p", "Mvh Jobcenter Køge"),
        ])

    add("afgoerelser/delvis_bevilling.odt", "odt", "decision", [], "odt-letter",
        ["shorthand", "partial-grant"], period=("2026-06-01", "2026-11-30"), blocks=[
            ("p", "Lolland Kommune · Jobcenter · 21.05.26"),
            ("h", "Afgørelse om mentorstøtte – delvis bevilling"),
            ("p", "Til Kristian Ebbesen"),
            ("p", "Du har søgt om 4 t/uge. Du får 2 t/uge, 1/6-26 – 30/11-26 (LAB § 167)."),
            ("p", "Begr.: Praktikstedet har selv en kontaktperson, som dækker en del af behovet. Vi har lagt vægt på praktikvært (Nakskov Tømrer) og din egen vurdering."),
            ("p", KV2.replace("Ringsted", "Lolland")),
        ])

    c = _cpr(next(C))
    add("afgoerelser/afslag_mentor.txt", "txt", "decision", [], "terse-letter",
        ["shorthand", "refusal"], cpr=c, text=f"""\
Jobcenter Sorø, 03.11.2026
AFSLAG – ansøgn. om mentorstøtte
Til: Lærke Vinther, {c}

Vi giver afslag på mentor.
Begr.: Du har allerede bostøtte (SEL § 85) 4 t/uge, som dækker hjælp til struktur/post. Der er ikke et aktuelt job- el. uddannelsesmål, som mentor skal støtte (LAB § 167).
Klagevejl.: Uenig? Klag til kommunen inden fire uger fra modtagelsen (mundtl./skriftl.). Kommunen genvurderer inden 4 uger; fastholdes afg., sendes klagen til Ankestyrelsen.
""")

    add("afgoerelser/bevilling_9mdr.md", "md", "decision", ["duration-over-6-months"], "markdown-letter",
        ["shorthand", "grant", "period:length-over"], text="""\
**Stevns Kommune – Jobcenter**  ·  12.01.2026

### Afgørelse: mentorstøtte bevilget

Til Noah Pedersen

- Bev.: mentor 2 t/uge i 9 mdr. fra 1/2-26
- Mentor: Stevns Mentorteam
- Begr.: støtte til at gennemføre løntilskud (Stevns Fiskeindustri)

Klagevejl.: klag til kommunen inden 4 uger. Vi genvurderer; fastholdes afg., sendes klagen til Ankestyrelsen.
""")

    add("afgoerelser/mail_aendring_timetal.eml", "eml", "decision", [], "mail-letter",
        ["shorthand", "change"], period=("2026-07-01", "2026-10-31"),
        frm="Jobcenter Odsherred <jobcenter@odsherred.invalid>", to="Ronja Mikkelsen <ronja.m@mail.invalid>",
        subject="Ændring af din mentorstøtte – timetal", date=_dt(2026, 6, 24), text=f"""\
Hej Ronja

Afg.: Timetal for din mentor nedsættes fra 3 til 1 t/uge fra 1/7-26. Perioden er uændret (slut 31/10-26).
Begr.: Du er nu i job 30 t/uge og har mindre brug for støtte (vurd. fra mentor 18/6 + samtale m. dig).

{KV1}

Mvh Camilla Due, Jobcenter Odsherred
""")

    add("afgoerelser/bevilling_klage_befordring.pdf", "pdf", "decision", ["missing-appeal-guidance"],
        "letter", ["shorthand", "grant", "appeal:other-subject"], period=("2026-03-01", "2026-08-31"), blocks=[
            ("p", "Greve Kommune · Jobcenter · 19.02.26"),
            ("h", "Bevilling af mentorstøtte og befordring"),
            ("p", "Til Mads Krog\nMentor: 1/3-26 – 31/8-26, 2 t/uge (LAB § 167). Befordring: godtgørelse efter regning."),
            ("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
            ("p", "Klage over afg. om befordringsgodtgørelse sendes til kommunen inden 4 uger. Kommunen genvurderer; fastholdes afg., sendes den til Ankestyrelsen."),
        ])

    add("afgoerelser/afg_ultrakort_vedlagt.txt", "txt", "decision", ["missing-appeal-guidance"],
        "terse-letter", ["shorthand", "appeal:attachment-missing"], period=("2026-05-01", "2026-10-31"), text="""\
Vejle Kommune, Jobcenter · 28.04.26
Til: Ida Kristensen
AFGØRELSE: Du bev. mentor 2 t/uge 1.5.-31.10.26 jf. LAB § 167. Mentor: Vejle Mentorteam.
Begr.: nødv. for fastholdelse i praktik (Vejle Bryghus).
Klagevejl. vedlagt.
""")

    c = _cpr(next(C))
    add("afgoerelser/bevilling_udskrivningskoordinator.docx", "docx", "decision", [], "letter",
        ["shorthand", "udskrivning", "period:9-months-stk2"], cpr=c, period=("2026-03-01", "2026-11-30"), blocks=[
            ("p", f"Region/Kommune: Roskilde Kommune, Jobcenter · 20.02.26\nTil: Kasper Holm, {c}"),
            ("h", "Afg.: udskrivningskoordinator bevilget"),
            ("p", "Bev.: udskrivningskoordinator jf. LAB § 167, stk. 2, fra 1/3-26 (3 mdr. før forv. udskr. 1/6) til 30/11-26 (6 mdr. efter), 2 t/uge.\nBegr.: Du er indlagt (psyk.) og har ret til koordinator; du har sagt ja 18/2."),
            ("p", KV4.replace("Holbæk", "Roskilde")),
        ])

    add("afgoerelser/afslag_forlaengelse.html", "html", "decision", [], "html-letter",
        ["shorthand", "refusal", "extension"], title="Afslag på forlængelse", blocks=[
            ("p", "Vordingborg Kommune · 14.08.2026"),
            ("h", "Afslag – forlængelse af mentorstøtte"),
            ("p", "Til Victor Aagaard\nDu har søgt om forlængelse efter 31/8-26. Afslag."),
            ("p", "Begr.: Du har gennemført praktikken og er ansat i fleksjob m. fast kontaktperson på arb.pladsen. Vi vurderer ikke behov for ny periode (LAB § 167, stk. 1, 2. pkt.)."),
            ("p", "Klagevejl.: Klage sendes til kommunen senest 4 uger efter modtagelse. Vi genvurderer; fastholder vi afg., sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget."),
        ])

    # ============================================================ MIN PLAN
    add("minplan/minplan_indsats_kort.txt", "txt", "minplan", [], "plan-oneliner",
        ["shorthand", "minplan-card"], period=("2026-04-06", "2026-10-05"), text="""\
Min Plan – Indsatser
Mentorstøtte (LAB § 167) | 06.04.2026-05.10.2026 | 2 t/uge
Mål: praktik i Lidl (butik) 20 t/uge fra maj, derefter løntilskud
Mentor: Karin Beck, Jobhuset, 23 90 12 56
Opg.: følges t. praktik 1. uge, ugl. samtale, hjælp m. mødetider
""")

    add("minplan/minplan_kort.html", "html", "minplan", [], "plan-card-html",
        ["shorthand", "html-table"], period=("2026-08-10", "2027-02-09"), title="Min Plan", blocks=[
            ("p", "Forside  Mine sager  Min Plan  Log ud"),
            ("h", "Min Plan – Mentorstøtte"),
            ("tbl", [["Mål", "Du gennemfører grundforløb 1 (data/kommunikation), TEC, m. fremmøde ≥ 90 %"],
                     ["Mentor", "Ahmed Saleh, 30 21 47 88, as@tecmentor.invalid"],
                     ["Opgaver", "lektiecafé 1 g./uge, hjælp m. SU, kontakt t. kontaktlærer"],
                     ["Start / slut", "10.08.26 / 09.02.27"],
                     ["Timer", "2 t/uge"]]),
        ])

    c = _cpr(next(C))
    add("minplan/minplan_mentor_uden_kontakt.txt", "txt", "minplan", ["missing-mentor"], "plan-labels",
        ["shorthand", "mentor:name-only"], cpr=c, period=("2026-03-02", "2026-08-31"), text=f"""\
MIN PLAN (udskrift) – {c}
Indsats: Mentor
Mål: job i kantine/køkken 15-20 t/uge inden 31/8-26
Mentor: Birthe
Opgaver: jobsøgn. 1 g./uge, tjek af jobnet, hjælp t. ansøgninger
Periode: 2/3-26 – 31/8-26
Timetal: 1 t/uge
""")

    add("minplan/minplan_uden_timer.md", "md", "minplan", ["missing-hours"], "markdown-plan",
        ["shorthand", "hours:absent"], period=("2026-05-18", "2026-11-17"), text="""\
### Min Plan · Mentorstøtte

- Mål: afsluttet FVU-matematik trin 2 + optaget på AMU-svejsekursus inden nov. 26
- Mentor: Brian Holm · VUC Storstrøm · 27 40 18 53
- Opgaver: træning t. test, hjælp m. tilmelding, følges 1. kursusdag
- Periode: 18/5-26 – 17/11-26
""")

    add("minplan/minplan_helaar.pdf", "pdf", "minplan", ["duration-over-6-months"], "plan-table-pdf",
        ["shorthand", "period:over"], period=("2026-01-01", "2026-12-31"), blocks=[
            ("h", "Min Plan – udskrift 05.01.2026"),
            ("tbl", [["Indsats", "Periode", "Timer", "Kontakt"],
                     ["Mentorstøtte (§ 167)", "01.01.26-31.12.26", "2 t/uge", "Mie Laursen, 42 19 77 06"]]),
            ("p", "Mål: Du er i fleksjob som pakkemedhjælper (Coop Lager) 12 t/uge\nMentors opgaver: oplæring, samtale ugl., kontakt t. arb.giver ved fravær"),
        ])

    c = _cpr(next(C))
    add("minplan/minplan_motivere.txt", "txt", "minplan", ["unclear-goal"], "plan-labels",
        ["shorthand", "goal:activity"], cpr=c, period=("2026-06-01", "2026-11-30"), text=f"""\
Min Plan · borger {c}
Mentorstøtte
Mål: motivere til at komme videre
Mentor: Lars Winther, Mentorteamet, 60 55 31 27
Mentors opg.: samtaler, følges t. aftaler
Periode: 1/6-26 – 30/11-26
Timer: 2 t/uge
""")

    add("minplan/minplan_flere_indsatser.docx", "docx", "minplan", [], "plan-multi-activity",
        ["shorthand", "other-activity-period"], period=("2026-08-03", "2027-01-31"), blocks=[
            ("h", "Min Plan – aktuelle indsatser"),
            ("tbl", [["Indsats", "Periode", "Timer", "Kontakt"],
                     ["FGU (PGU, køkken)", "10.08.26-30.06.27", "30 t/uge", "FGU Vestsjælland, 58 11 20 30"],
                     ["Mentorstøtte", "03.08.26-31.01.27", "2 t/uge", "Jakob Thrane, 22 48 69 01"]]),
            ("p", "Mentorstøtte – mål: Du gennemfører PGU køkken-niveau 1 og møder min. 4 dg./uge."),
            ("p", "Mentorstøtte – opg.: vækning/sms om morgenen, ugl. samtale, kontakt t. FGU-lærer."),
        ])

    add("minplan/minplan_uden_opgaver.txt", "txt", "minplan", ["missing-tasks"], "plan-labels",
        ["shorthand", "tasks:absent"], period=("2026-02-16", "2026-08-15"), text="""\
Min Plan / Mentor
Mål: Nikolaj i løntilskud som lagermedarbejder (Lemvigh-Müller) 30 t/uge inden 1/6-26
Mentor: Tobias Kure, 21 77 40 93
Periode: 16.2.26 – 15.8.26
Timetal: 2 t/uge
""")

    add("minplan/minplan_slut_tom.html", "html", "minplan", ["missing-duration"], "plan-card-html",
        ["shorthand", "duration:open"], title="Min Plan", blocks=[
            ("h", "Min Plan – Mentorstøtte"),
            ("tbl", [["Mål", "Du er i praktik (rengøring, ISS) 15 t/uge fra juni og søger 5 job/md."],
                     ["Mentor", "Hanne Kold, ISS, 31 62 07 45"],
                     ["Opgaver", "oplæring, samtale ugl., hjælp m. jobsøgn."],
                     ["Start", "01.05.26"],
                     ["Slut", "-"],
                     ["Timer", "2 t/uge"]]),
        ])

    c = _cpr(next(C))
    add("minplan/minplan_cpr_kort.txt", "txt", "minplan", [], "plan-oneliner",
        ["shorthand"], cpr=c, period=("2026-09-14", "2027-03-13"), text=f"""\
Min Plan {c} – Mentor (§ 167): mål: optag på SOSU-hjælperudd. feb. 27 + praktik plejecenter 3 dg./uge indtil da · mentor Gitte Hald, 25 60 14 89 · opg.: hjælp m. ansøgn. t. SOSU, følges t. optagelsessamtale, ugl. samtale · 14.9.26–13.3.27 · 1,5 t/uge
""")

    add("minplan/minplan_maal_tom.odt", "odt", "minplan", ["missing-goal"], "odt-plan",
        ["shorthand", "goal:placeholder"], period=("2026-04-01", "2026-09-30"), blocks=[
            ("h", "Min Plan – Mentorstøtte"),
            ("p", "Mål: udfyldes senere"),
            ("p", "Mentor: Signe Bech, Jobværkstedet, 50 33 82 14"),
            ("p", "Opgaver: følges t. jobsamtaler, hjælp m. CV"),
            ("p", "Periode: 1/4-26 – 30/9-26"),
            ("p", "Timer: 2 t/uge"),
        ])

    add("minplan/minplan_forkortelser.txt", "txt", "minplan", [], "plan-labels",
        ["shorthand", "abbrev-dense"], period=("2026-11-02", "2027-05-01"), text="""\
MIN PLAN – MENTOR
Mål: ordinær ans. som buschauffør (Movia-entreprenør) min. 30 t/uge; delmål: D-kort bestået jan. 27
Mentor: Erik Skov (Jobstart), ktk.: 41 08 55 26
Opg.: bist. m. teori (D), ugl. samtale, evt. følges t. prøve
Periode: 2/11-26 t.o.m. 1/5-27
Timer: 2 t/uge
""")

    add("minplan/minplan_to_mangler.docx", "docx", "minplan", ["missing-hours", "missing-mentor"], "plan-table",
        ["shorthand", "two-defects"], period=("2026-07-06", "2027-01-05"), blocks=[
            ("h", "Min Plan – Mentorstøtte"),
            ("tbl", [["Mål", "Du starter på 10. kl. (VUC) aug. 26 og består FP10 dansk juni 27"],
                     ["Mentor", "tildeles"],
                     ["Opgaver", "hjælp m. skema og lektier, kontakt t. skolen"],
                     ["Periode", "06.07.2026 – 05.01.2027"],
                     ["Timer", ""]]),
        ])

    add("minplan/minplan_md_ren.md", "md", "minplan", [], "markdown-plan",
        ["shorthand"], period=("2026-03-23", "2026-09-22"), text="""\
## Min Plan – Mentorstøtte (LAB § 167)

| | |
|---|---|
| Mål | Du er i praktik på Aldi (butik) 4 dg./uge fra april og i løntilskud fra aug. |
| Mentor | Dennis Friis · 29 14 66 02 · df@butiksmentor.invalid |
| Opgaver | følges 1. dag, ugl. samtale, hjælp m. transport (rejsekort) |
| Periode | 23.03.26–22.09.26 |
| Timer | 2 t/uge |
""")

    # ============================================================ LOOK-ALIKES (unknown)
    add("andet/todo_liste.txt", "txt", "unknown", [], "todo",
        ["lookalike", "shorthand"], text="""\
TO DO uge 19
[ ] ring mentor (Jens H.) ang. fremmøde
[ ] opdatere Min Plan – mål + timer
[x] klagevejl. på afg. til O.S.
[ ] bestil tolk t. møde 12/5
[ ] status t. teamleder fre.
""")

    add("andet/tlf_notat_mentor.txt", "txt", "unknown", [], "phone-note",
        ["lookalike", "shorthand"], text="""\
Tlf.notat 07.05.26 kl. 10.40 – KBJ
Tlf. m. mentor Jens Holm: borger mødt 4/5 dg. i praktik, ok. Lidt problemer m. bus. Ingen ændr. Ringer igen efter 2 uger.
""")

    add("andet/moedeaftale_statusmoede.eml", "eml", "unknown", [], "booking-mail",
        ["lookalike", "booking"], frm="Kalender Jobcenter <noreply@ringsted.invalid>", to="Morten Iversen <morten.i@mail.invalid>",
        subject="Mødeaftale: statusmøde mentor 14/5 kl. 10", date=_dt(2026, 5, 2), text="""\
Mødeaftale
Hvad: statusmøde (mentorstøtte)
Hvornår: tors. 14/5-26 kl. 10.00-10.45
Hvor: Jobcentret, lok. 2.14
Deltagere: dig, mentor, sagsbeh. Jonas Bech
Afbud: tlf. 57 62 80 00 senest dagen før.
""")

    c = _cpr(next(C))
    add("andet/statuslinje_uge18.txt", "txt", "unknown", [], "status-line",
        ["lookalike", "status"], cpr=c, text=f"""\
STATUS uge 18 | {c} | mentor: mødt 4/5 dage, 1 udebl. (syg, meldt). Timer brugt: 3. Næste: status 14/5.
""")

    add("andet/faktura_mentortimer.html", "html", "unknown", [], "invoice",
        ["lookalike", "invoice"], title="Faktura", blocks=[
            ("h", "FAKTURA nr. 2026-0419"),
            ("p", "Jobværkstedet ApS · CVR 12345678\nTil: Ringsted Kommune, Jobcenter · EAN 5798000000000"),
            ("tbl", [["Borger (initialer)", "Periode", "Timer", "Sats", "Beløb"],
                     ["M.I.", "april 26", "12", "450,00", "5.400,00"],
                     ["A.K.", "april 26", "8", "450,00", "3.600,00"],
                     ["", "", "", "I alt ekskl. moms", "9.000,00"]]),
            ("p", "Betaling: 30 dg. netto. Ref.: rekv. 7761."),
        ])

    add("andet/blanket_tom_skabelon.docx", "docx", "unknown", [], "numbered-form",
        ["lookalike", "blank-template"], blocks=[
            ("h", "Aftale om mentorstøtte (skabelon)"),
            ("p", "Borger: ________________   Dato: ________"),
            ("p", "1. Mål m. mentorstøtten:"),
            ("p", "2. Mentor (navn/kontakt):"),
            ("p", "3. Opgaver:"),
            ("p", "4. Varighed og opf.:"),
            ("p", "5. Timetal:"),
            ("p", "6. Klagevejl.:"),
        ])

    add("andet/teammoede_referat.md", "md", "unknown", [], "minutes",
        ["lookalike", "minutes"], text="""\
# Referat – teammøde Unge, 06.05.26

Til stede: KBJ, LK, NH, TA. Afbud: MJ.

1. **Mentorbudget**: forbrug april ok, loft (§ 203 a) følges mdl.
2. **Ny skabelon**: aftaleblanket v. 3 i brug fra 1/6 – husk felt 4b (opf.).
3. **Klagevejl.**: tekst opdateres ("kommunen" i stedet for "jobcentret").
4. Evt.: sommerferieplan afleveres t. LK inden 20/5.
""")

    add("andet/mentorlog_uge17.txt", "txt", "unknown", [], "mentor-log",
        ["lookalike", "log"], text="""\
Mentorlog – A.K. (uge 17)
20/4  ma  kørt m. bus t. Dagrofa, 1 t
22/4  on  samtale, tjek af vagtplan, 1 t
24/4  fr  tlf. 15 min – syg, meldt t. arb.giver
I alt 2,25 t
""")

    add("andet/kvittering_ansoegning.eml", "eml", "unknown", [], "receipt-mail",
        ["lookalike", "receipt"], frm="Jobcenter Holbæk <noreply@holbaek.invalid>", to="Emma Friis <emma.f@mail.invalid>",
        subject="Kvittering – ansøgning om mentorstøtte modtaget", date=_dt(2026, 4, 2), text="""\
Vi har modt. din ansøgn. om mentorstøtte 02.04.26.
Sagsbeh.: T. Aagaard. Forv. svar inden 3 uger.
Du får afgørelsen i e-Boks.
Dette er en automatisk besked – du kan ikke svare på den.
""")

    add("andet/huskeliste_mentoraftale.pdf", "pdf", "unknown", [], "guidance",
        ["lookalike", "guidance", "field-list"], blocks=[
            ("h", "Huskeliste: skriftlig mentoraftale (internt)"),
            ("p", "Aftalen skal indeholde:\n1. mål m. mentorstøtten (job/udd.)\n2. mentorens navn + kontaktdata\n3. opgaver\n4. varighed (max. 6 mdr.) + opf./progression\n5. timetal (t/uge)\n6. klagevejl. (kommunen, 4 uger, Ankestyrelsen)"),
            ("p", "Husk: ændringer i timer/formål skal i Min Plan. Evaluering senest 14 dg. før ophør."),
        ])

    c = _cpr(next(C))
    add("andet/overdragelsesnotat.txt", "txt", "unknown", [], "handover-note",
        ["lookalike", "handover"], cpr=c, text=f"""\
Overdragelsesnotat – {c} – fra KBJ til LK pr. 1/6-26
Ydelse: kontanthj., aktivitetsparat. Mentor bev. t.o.m. 30/9-26 (3 t/uge, Jobværkstedet).
Verserende: ans. om befordring (ubehandlet). Næste statusmøde 14/5 (afholdt), næste 11/6.
OBS: borger foretrækker sms.
""")

    add("andet/partshoering_afslag.txt", "txt", "unknown", [], "hearing",
        ["lookalike", "partshoering"], text="""\
Partshøring – påtænkt afslag på mentorstøtte
Til Lærke Vinther, 20.10.2026

Vi påtænker at give afslag på din ansøgn. om mentor, da du har bostøtte (SEL § 85), som dækker behovet.
Du kan komme m. bemærkninger inden 03.11.26 (tlf. 57 87 60 00 el. skriv via borger.dk).
Vi træffer først afg., når fristen er udløbet.
""")
    # ============================================================ extra (wave 2)
    c = _cpr(next(C))
    add("aftaler/scan_papirblanket_aftale.pdf", "pdf", "agreement", [], "scanned-form",
        ["shorthand", "scan", "ocr", "checkbox"], cpr=c, period=("2026-03-02", "2026-08-31"), scan=True, blocks=[
            ("h", "MENTORAFTALE (papir, udfyldt i hånden)"),
            ("p", f"Borger: Kenneth Moos   CPR: {c}   Dato: 25/2-26"),
            ("p", "[X] Tilbudsmentor   [ ] Pligtmentor   [ ] Udvidet"),
            ("p", "1. Mål: Kenneth i praktik hos Brdr. Friis VVS 30 t/uge fra 1/4, derefter lærlingeaftale (VVS) aug. 26"),
            ("p", "2. Mentor: Jesper Friis, Brdr. Friis VVS, tlf. 40 56 18 23"),
            ("p", "3. Opgaver: oplæring, ugl. samtale om mødetid, hjælp t. EUD-optagelse"),
            ("p", "4. Periode: 2/3-26 – 31/8-26.   Opf.: hver 4. uge + 14 dg. før ophør"),
            ("p", "5. Timer: 2 t/uge"),
            ("p", "6. Klage: til kommunen inden 4 uger; genvurdering; derefter Ankestyrelsen"),
        ])

    add("aftaler/mail_aftale_timer_pr_md.eml", "eml", "agreement", [], "caseworker-mail",
        ["shorthand", "hours:per-month"], period=("2026-06-08", "2026-12-07"),
        frm="Rikke Ahl <riah@lejre.invalid>", to="Mathias Berg <mathias.b@mail.invalid>",
        subject="Skriftlig aftale om mentorstøtte", date=_dt(2026, 6, 3), text=f"""\
Hej Mathias

Som lovet – aftalen om mentor skrevet ned:

1) mål: bestå køreprøve (B) inden sep. + job som budchauffør min. 20 t/uge inden 7/12-26
2) mentor: Allan Toft, Lejre Jobcafé, at@jobcafe.invalid, 24 91 36 07
3) opg.: hjælp m. teoriplan, jobsøgn. 2 g./md., følges t. jobsamtaler
4) 8/6-26 – 7/12-26; opf. statusmøde hver 6. uge (mål: 4 ansøgn./md.)
5) 8 t./md.

{KV3}

Mvh Rikke Ahl, jobkonsulent, Lejre Kommune
""")

    add("aftaler/aftale_nn_loebende.odt", "odt", "agreement", ["missing-mentor", "missing-follow-up"], "odt-plain",
        ["shorthand", "mentor:placeholder", "follow-up:vague"], period=("2026-10-01", "2027-01-31"), blocks=[
            ("h", "Aftale om mentorstøtte"),
            ("p", "Borger: Julie Krarup · Jobcenter Greve · 24.09.26"),
            ("p", "Mål: Julie gennemfører AMU-forløb (lager/truck) nov. 26 og er i løntilskud på lager fra jan. 27"),
            ("p", "Mentor: NN"),
            ("p", "Opg.: hjælp m. tilmelding, følges 1. kursusdag, ugl. samtale"),
            ("p", "Varighed: 1/10-26 – 31/1-27 (4 mdr.)"),
            ("p", "Timer: 2 t/uge"),
            ("p", "Opf.: løbende"),
            ("p", KV1),
        ])

    add("afgoerelser/bevilling_halvt_aar.docx", "docx", "decision", [], "letter",
        ["shorthand", "grant", "duration:half-year"], blocks=[
            ("p", "Frederikssund Kommune · Jobcenter · 02.02.26"),
            ("h", "Bevilling af mentorstøtte"),
            ("p", "Til Olivia Strand\nBev.: mentorstøtte (LAB § 167) ½ år fra 16/2-26, 2 t/uge. Mentor: Frederikssund Mentorhus."),
            ("p", "Begr.: Du skal starte i praktik (dyrepasser, Zoo) og har brug for hjælp t. transport og mødestabilitet."),
            ("p", KV3),
        ], period=("2026-02-16", "2026-08-15"))

    add("minplan/minplan_timer_pr_md.txt", "txt", "minplan", [], "plan-labels",
        ["shorthand", "hours:per-month"], period=("2026-04-13", "2026-10-12"), text="""\
Min Plan – Mentorstøtte (bev. jf. afg. 30/3-26)
Mål: ans. i fleksjob, kontor (bogholderi) 10 t/uge inden okt. 26
Mentor: Marianne Hvid, Jobhuset, mh@jobhuset.invalid
Opg.: jobsøgn., samtaletræning, følges t. virksomheder
Periode: 13/4-26 – 12/10-26
Timer: 6 t./md.
""")

    add("andet/bestilling_mentorforloeb.txt", "txt", "unknown", [], "order",
        ["lookalike", "order"], text="""\
BESTILLING AF MENTORFORLØB – rekv. 7790
Til: Jobværkstedet ApS · Fra: Jobcenter Ringsted, Team Unge (KBJ)
Borger: initialer T.N. · Start ca. 1/6-26 · Omfang: 3 t/uge · Varighed: 6 mdr.
Indhold: tilbudsmentor ifm. praktik (lager). Tilbud/CV på mentor sendes til KBJ inden 20/5.
Fakturering: mdl. efter forbrug, jf. rammeaftale.
""")

    add("andet/sms_paamindelse.txt", "txt", "unknown", [], "sms",
        ["lookalike", "sms"], text="""\
SMS fra Jobcenter Køge 13.05.26 08:01:
Husk møde m. din mentor i morgen kl. 9.30, Jobcentret lok. 1.04. Afbud: 56 67 00 00. Svar ikke på denne sms.
""")
    return docs
