#!/usr/bin/env python
"""Corpus IS: paperwork from mentor providers and group mentoring (independent corpus).

Usage: /work/main/.venv/bin/python make_corpus_is.py --out /work/corpora/is [--seed 2026]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_is as R  # noqa: E402

DOCS: list[dict] = []


def doc(path, fmt, kind, subtype, layout, rules, body, traits=(), extras=(), cpr=False, period=None, eml=None, kvtable=True):
    DOCS.append(dict(path=path, fmt=fmt, kind=kind, subtype=subtype, layout=layout, rules=sorted(rules),
                     extras=sorted(extras), body=body, traits=list(traits), cpr=cpr, period=period, eml=eml,
                     kvtable=kvtable))


# ---------------------------------------------------------------- appeal texts
def ap_full(kommune, variant=0):
    if variant == 0:
        return (f"Hvis du ikke er enig i afgørelsen om mentorstøtte, kan du klage til {kommune} Kommune inden 4 uger "
                "efter, at du har modtaget afgørelsen. Du kan klage skriftligt eller mundtligt til din sagsbehandler. "
                "Kommunen vurderer afgørelsen igen inden 4 uger. Fastholder kommunen afgørelsen, sender vi klagen "
                "videre til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.")
    if variant == 1:
        return (f"Er du uenig, skal du klage til {kommune} Kommune, Beskæftigelse, senest fire uger efter at du har fået "
                "dette brev. Vi genvurderer sagen. Hvis vi holder fast i afgørelsen, sender vi din klage og sagens "
                "akter til Ankestyrelsens Beskæftigelsesudvalg. Du kan ikke klage direkte til Ankestyrelsen.")
    return (f"Klage over kommunens afgørelse om mentorstøtte sendes til Jobcenter {kommune} inden 4 uger fra modtagelsen. "
            "Jobcentret genvurderer afgørelsen, og fastholdes den, videresendes klagen til Ankestyrelsen (LAB § 204).")


AP_DIRECT = ("Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Klagen sendes til Ankestyrelsen, "
             "7998 Statsservice, eller via ast.dk.")

# ---------------------------------------------------------------- CPR
def make_cpr(rng):
    d = rng.randint(1, 28); m = rng.randint(1, 12); y = rng.randint(60, 99); s = rng.randint(1000, 9999)
    return f"{d:02d}{m:02d}{y:02d}-{s:04d}"


def build(rng):
    cprs = [make_cpr(rng) for _ in range(40)]
    ci = iter(cprs)

    # ============================================================ AGREEMENTS
    c = next(ci)
    doc("aftaler/kompas/forloebsplan-mentor-jonas-holm.docx", "docx", "agreement", "agreement", "provider-forloebsplan-table", [], [
        ("lines", ["Kompas Mentorhus ApS · Vestergade 14 · 6000 Kolding · CVR 38 41 22 10", "Sag: KOL-2026-0412"]),
        ("title", "Forløbsplan og aftale om mentorstøtte (LAB § 167)"),
        ("p", "Denne forløbsplan er den skriftlige aftale mellem borgeren, Kompas Mentorhus og Kolding Kommune om mentorforløbet."),
        ("kv", [("Borger", f"Jonas Holm, CPR {c}"),
                ("Bestilt af", "Kolding Kommune, Jobcenter Kolding, sagsbehandler Pia Kjær, tlf. 79 79 42 10"),
                ("Mentor", "Rasmus Lund, Kompas Mentorhus, tlf. 22 41 87 30, rl@kompas-mentor.dk"),
                ("Mål for forløbet", "Jonas er i virksomhedspraktik på lageret hos Dansk Retursystem 15 timer om ugen senest 1. juni 2026 med henblik på løntilskud."),
                ("Delmål", "Møder stabilt til praktikken fire dage om ugen i marts; cykler selv til praktikstedet fra april."),
                ("Mentorens opgaver", "Følge Jonas til praktikstedet de første to uger, ugentlig samtale om fremmøde og transport, kontakt til praktikvejleder."),
                ("Timetal", "3 timer pr. uge (direkte kontakt)"),
                ("Periode", "2. marts 2026 – 1. september 2026"),
                ("Opfølgning", "Statusmøde med Jonas, mentor og sagsbehandler hver måned; evaluering 14 dage før forløbet slutter.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding")),
        ("sig", ["Borger", "Mentor, Kompas Mentorhus", "Sagsbehandler, Kolding Kommune"]),
    ], traits=["provider-template", "three-party", "cpr"], cpr=c, period={"start": "2026-03-02", "end": "2026-09-01"})

    doc("aftaler/brobyg/indsatsaftale-amira-saleh.pdf", "pdf", "agreement", "agreement", "provider-indsatsaftale", ["missing-hours"], [
        ("lines", ["BROBYG Mentor & Job I/S", "Indsatsaftale nr. 2026-117"]),
        ("title", "Indsatsaftale – mentorstøtte"),
        ("kv", [("Deltager", "Amira Saleh, Nørregade 3, 7100 Vejle"),
                ("Kommune", "Vejle Kommune, Jobcenter Vejle, rådgiver Henrik Bro, tlf. 76 81 50 00"),
                ("Mentor", "Line Faber, tlf. 31 22 90 18, line@brobyg-mentor.dk"),
                ("Indsatsens mål", "Amira starter på grundforløb 1 til social- og sundhedshjælper på SOSU Syd i august 2026 og har fremmøde på mindst 90 procent i første måned."),
                ("Indsatsområder", "Hjælp til ansøgning og optagelsessamtale; øvelse i transport til skolen; samtaler om struktur på dagen og fremmøde."),
                ("Omfang", "Timer aftales løbende med mentor efter behov."),
                ("Varighed", "f.o.m. 16. marts 2026 t.o.m. 15. september 2026"),
                ("Opfølgning", "Trepartsmøde hver 6. uge; skriftlig status til jobcentret efter 3 måneder.")]),
        ("h", "Sådan klager du"), ("p", ap_full("Vejle", 1)),
        ("sig", ["Deltager", "Brobyg Mentor & Job", "Vejle Kommune"]),
    ], traits=["provider-template", "hours:vague"], period={"start": "2026-03-16", "end": "2026-09-15"})

    c = next(ci)
    doc("aftaler/naestved/samarbejdsaftale-trepart-mikkel-due.docx", "docx", "agreement", "agreement", "three-party-prose", [], [
        ("title", "Samarbejdsaftale om mentorstøtte – borger, mentorleverandør og Næstved Kommune"),
        ("p", f"Aftalen er indgået mellem Mikkel Due (CPR-nr. {c}), Vækstværket – socialøkonomisk virksomhed, og Næstved Kommune, Jobcenter Næstved."),
        ("h", "1. Formål"), ("p", "Målet er, at Mikkel er ansat i et fleksjob på 12 timer om ugen i Vækstværkets cykelværksted eller en anden virksomhed senest 1. september 2026."),
        ("h", "2. Mentor"), ("p", "Din mentor er Karin Vestergaard, værkstedsleder, tlf. 40 12 77 35, kv@vaekstvaerket.dk."),
        ("h", "3. Mentorens opgaver"), ("p", "Mentoren oplærer Mikkel i reparation af cykler, aftaler pauser ud fra hans skånehensyn og tager en ugentlig samtale om, hvordan arbejdstiden kan øges."),
        ("h", "4. Varighed og opfølgning"), ("p", "Aftalen gælder fra 1. april 2026 til 30. september 2026. Vi holder opfølgningsmøde hver anden måned, første gang 1. juni 2026, hvor vi ser på, om Mikkel har nået delmålet: 10 timer om ugen uden fravær."),
        ("h", "5. Timetal"), ("p", "Mentoren har 2 timer om ugen sammen med Mikkel."),
        ("h", "6. Klagevejledning"), ("p", ap_full("Næstved", 2)),
        ("sig", ["Mikkel Due", "Vækstværket", "Næstved Kommune"]),
    ], traits=["three-party", "socialoekonomisk", "cpr", "prose-sections"], cpr=c, period={"start": "2026-04-01", "end": "2026-09-30"}, kvtable=False)

    doc("aftaler/herning/samarbejdsaftale-3-parter-sofie-winther.odt", "odt", "agreement", "agreement", "three-party-table", ["missing-appeal-guidance"], [
        ("title", "Samarbejdsaftale – mentorforløb"),
        ("p", "Parter: Sofie Winther (borger), JobPilot ApS (leverandør) og Herning Kommune (bestiller). Aftalen udgør den skriftlige aftale om mentorstøtte."),
        ("kv", [("Mål", "Sofie gennemfører 10. klasse-forløbet på VUC Herning og søger ind på en erhvervsuddannelse inden 1. juli 2026."),
                ("Mentor", "Jakob Thygesen, JobPilot, 61 33 20 45"),
                ("Mentorens opgaver", "Morgenopkald mandag-torsdag de første fire uger; hjælp til at planlægge lektier; følges til UU-vejleder."),
                ("Timer", "4 timer ugentligt"),
                ("Periode", "1. februar 2026 – 31. juli 2026"),
                ("Opfølgning", "Månedlig status på mail fra mentor til sagsbehandler; fælles møde midt i april.")]),
        ("p", "Spørgsmål til aftalen rettes til sagsbehandler Maja Krogh, Herning Kommune."),
        ("sig", ["Borger", "Leverandør", "Kommune"]),
    ], traits=["three-party", "no-appeal-section"], period={"start": "2026-02-01", "end": "2026-07-31"})

    c = next(ci)
    doc("aftaler/silkeborg/opstartsnotat-peter-mogensen.txt", "txt", "agreement", "agreement", "opstartsnotat", ["missing-follow-up"], [
        ("title", "Opstartsnotat – mentorforløb (aftale)"),
        ("lines", ["Leverandør: Mentorenheden, Silkeborg Kommune", f"Borger: Peter Mogensen  CPR: {c}", "Mødedato: 9. marts 2026",
                   "Deltagere: Peter, mentor Anne-Mette Bach, sagsbehandler Tobias Lind"]),
        ("p", "Dette notat er den aftale om mentorstøtte, vi blev enige om på opstartsmødet."),
        ("kv", [("Mål", "Peter er i ordinært job på 20 timer om ugen som chauffør eller lagermedarbejder senest 1. september 2026."),
                ("Mentor", "Anne-Mette Bach, mobil 29 64 11 02, anbac@silkeborg.dk"),
                ("Opgaver", "Hjælp til jobsøgning (CV og to ansøgninger om ugen), træning af jobsamtale, støtte ved de første arbejdsdage."),
                ("Timetal", "2 timer pr. uge"),
                ("Periode", "9. marts 2026 – 8. september 2026"),
                ("Opfølgning", "Der følges op efter behov.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Silkeborg", 0)),
    ], traits=["opstartsnotat", "follow-up:vague", "cpr"], cpr=c, period={"start": "2026-03-09", "end": "2026-09-08"})

    doc("aftaler/jobpilot/gruppementor-aftale-pr-plads-hassan-ali.docx", "docx", "agreement", "agreement", "group-per-place", [], [
        ("lines", ["JobPilot ApS – Gruppementor", "Holdstart 13. april 2026 · Hold 4"]),
        ("title", "Aftale om mentorstøtte i gruppe"),
        ("p", "Hassan Ali deltager i JobPilots gruppeforløb med fire deltagere og én gruppementor. Aftalen er indgået med Slagelse Kommune."),
        ("kv", [("Mål med mentorstøtten", "Hassan er i løntilskudsjob som pedelmedhjælper på en skole i Slagelse senest 1. september 2026."),
                ("Gruppementor", "Mette Skov, tlf. 27 18 40 63, mette@jobpilot.dk"),
                ("Mentorens opgaver", "Fælles træning i jobsøgning to formiddage om ugen; individuel samtale hver uge om fremmøde og praktiske forhold; kontakt til skolens pedel."),
                ("Timetal", "2,5 timer pr. plads pr. uge (gruppen har i alt 10 timer om ugen)"),
                ("Periode", "13. april 2026 – 12. oktober 2026"),
                ("Opfølgning", "Statusmøde med sagsbehandler hver 8. uge; delmål: to ansøgninger om ugen fra maj.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Slagelse", 1)),
        ("sig", ["Hassan Ali", "JobPilot ApS", "Slagelse Kommune"]),
    ], traits=["group", "hours:per-place"], period={"start": "2026-04-13", "end": "2026-10-12"})

    c = next(ci)
    doc("aftaler/roskilde/gruppeforloeb-faelles-moeder-nadia-berg.html", "html", "agreement", "agreement", "group-shared-sessions", [], [
        ("title", "Mentoraftale – gruppeforløbet »Klar til uddannelse«"),
        ("p", f"Borger: Nadia Berg, CPR {c}. Leverandør: Roskilde Kommune, Ungeenheden (kommunal mentorenhed)."),
        ("kv", [("Målet med mentorstøtten", "Nadia starter på hf-enkeltfag på Roskilde Katedralskole i august 2026 og har bestået optagelsesprøven i dansk."),
                ("Mentor", "Ungementor Ali Demir, tlf. 46 31 72 15, alidem@roskilde.dk"),
                ("Hvad mentoren hjælper med", "Lektiecafé i gruppen, hjælp til at søge SU og til at melde sig til prøven, samtaler om søvn og mødetider."),
                ("Timetal", "Gruppen mødes tirsdag og torsdag kl. 9-12; derudover 1 individuel samtale om ugen."),
                ("Varighed", "1. marts 2026 – 31. august 2026"),
                ("Opfølgning", "Evaluering med sagsbehandler hver måned og 14 dage før forløbet slutter.")]),
        ("h", "Hvis du vil klage"), ("p", ap_full("Roskilde", 0)),
    ], traits=["group", "hours:shared-sessions", "municipal-provider", "cpr"], cpr=c, period={"start": "2026-03-01", "end": "2026-08-31"})

    doc("aftaler/jobpilot/gruppementor-uden-timetal-rikke-lund.pdf", "pdf", "agreement", "agreement", "group-no-hours", ["missing-hours"], [
        ("title", "Aftale om gruppementorforløb"),
        ("p", "JobPilot ApS leverer gruppementorstøtte til Rikke Lund efter bestilling fra Slagelse Kommune."),
        ("kv", [("Mål", "Rikke er i virksomhedspraktik i en dagligvarebutik 12 timer om ugen senest 15. juni 2026."),
                ("Mentor", "Mette Skov, 27 18 40 63"),
                ("Opgaver", "Gruppeøvelser i at møde til tiden, fælles virksomhedsbesøg, hjælp til at finde praktikplads."),
                ("Timer", "Gruppens timer fordeles mellem deltagerne efter behov."),
                ("Periode", "20. april 2026 – 19. oktober 2026"),
                ("Opfølgning", "Statusmøde hver 6. uge med sagsbehandler.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Slagelse", 2)),
    ], traits=["group", "hours:vague-group"], period={"start": "2026-04-20", "end": "2026-10-19"})

    doc("aftaler/aalborg/mentorteam-primaer-mentor-lasse-kjeldsen.docx", "docx", "agreement", "agreement", "mentor-team", [], [
        ("title", "Aftale om mentorstøtte – Mentorteam Nord"),
        ("p", "Du får støtte fra Mentorteam Nord i Aalborg Kommune. Teamet arbejder sammen om dit forløb, så din mentor kan skifte ved ferie eller sygdom. Din primære mentor er nævnt herunder."),
        ("kv", [("Mål", "Lasse er i job som lagerarbejder med mindst 25 timer om ugen senest 1. oktober 2026."),
                ("Primær mentor", "Sara Holm, tlf. 99 31 44 80, sara.holm@aalborg.dk (teamets vagttelefon: 99 31 44 00)"),
                ("Mentorens opgaver", "Jobsøgning sammen med Lasse, kontakt til virksomheder, hjælp til at ordne kørekort til truck."),
                ("Timetal", "2 timer om ugen"),
                ("Periode", "1. april 2026 – 30. september 2026"),
                ("Opfølgning", "Vi følger op hver måned på, hvor mange ansøgninger og samtaler du har haft.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Aalborg", 0)),
    ], traits=["mentor-team", "primary-mentor-named"], period={"start": "2026-04-01", "end": "2026-09-30"})

    doc("aftaler/aalborg/mentorteam-uden-navn-camilla-norup.txt", "txt", "agreement", "agreement", "mentor-team", ["missing-mentor"], [
        ("title", "Aftale om mentorstøtte – Mentorteam Øst"),
        ("p", "Kære Camilla. Her får du det, vi aftalte på mødet den 4. maj 2026, skrevet ned."),
        ("kv", [("Mål", "Du er startet på AMU-kurset i lager og logistik i Aalborg i september 2026 og møder alle kursusdage."),
                ("Mentor", "Mentorteam Øst – din mentor tildeles ved første møde. Teamets telefon: 99 31 45 00"),
                ("Opgaver", "Hjælp til tilmelding til AMU, transport, samtale om fremmøde hver uge."),
                ("Timetal", "1,5 timer om ugen"),
                ("Periode", "11. maj 2026 – 10. november 2026"),
                ("Opfølgning", "Opfølgningssamtale med din sagsbehandler hver 6. uge.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Aalborg", 1)),
    ], traits=["mentor-team", "mentor:team-phone-only"], period={"start": "2026-05-11", "end": "2026-11-10"})

    c = next(ci)
    doc("aftaler/kompas/forloebsplan-ni-maaneder-emil-sand.docx", "docx", "agreement", "agreement", "provider-forloebsplan-table", ["duration-over-6-months"], [
        ("lines", ["Kompas Mentorhus ApS", "Forløbsplan"]),
        ("title", "Forløbsplan – mentorstøtte"),
        ("p", "Forløbsplanen er den skriftlige aftale om mentorstøtte mellem Emil Sand, Kompas Mentorhus og Kolding Kommune."),
        ("kv", [("Borger", f"Emil Sand ({c})"),
                ("Mål", "Emil gennemfører grundforløb 2 på EUC Syd som smed og får en læreplads inden 1. november 2026."),
                ("Mentor", "Rasmus Lund, tlf. 22 41 87 30"),
                ("Mentorens opgaver", "Ugentlig samtale om skolen; hjælp til at søge læreplads; kontakt til skolens kontaktlærer."),
                ("Timetal", "2 timer pr. uge"),
                ("Periode", "1. februar 2026 – 31. oktober 2026"),
                ("Opfølgning", "Status hver 2. måned og evaluering 14 dage før udløb.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 2)),
    ], traits=["period:9-months", "cpr"], cpr=c, period={"start": "2026-02-01", "end": "2026-10-31"})

    doc("aftaler/brobyg/indsatsaftale-trivsel-lone-krog.md", "md", "agreement", "agreement", "provider-indsatsaftale", ["unclear-goal"], [
        ("title", "Indsatsaftale – mentor (Brobyg Mentor & Job)"),
        ("p", "Aftale mellem Lone Krog, Brobyg Mentor & Job og Vejle Kommune om mentorstøtte efter LAB § 167."),
        ("kv", [("Mål", "Støtte til øget trivsel og bedre struktur i hverdagen."),
                ("Mentor", "Line Faber, 31 22 90 18, line@brobyg-mentor.dk"),
                ("Indsatsområder", "Samtaler om døgnrytme, hjælp til at åbne post, følges til lægen."),
                ("Timetal", "3 timer pr. uge"),
                ("Periode", "1. april 2026 – 30. september 2026"),
                ("Opfølgning", "Statusmøde hver måned med sagsbehandler.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Vejle", 0)),
    ], traits=["goal:activity-only"], period={"start": "2026-04-01", "end": "2026-09-30"})

    doc("aftaler/vaekstvaerket/indsatsaftale-uden-opgaver-ole-kragh.html", "html", "agreement", "agreement", "provider-indsatsaftale", ["missing-tasks"], [
        ("title", "Indsatsaftale om mentorstøtte"),
        ("p", "Vækstværket – socialøkonomisk virksomhed · Næstved. Aftale mellem Ole Kragh, Vækstværket og Næstved Kommune."),
        ("kv", [("Mål", "Ole er i fleksjob 10 timer om ugen i Vækstværkets kantine senest 1. august 2026."),
                ("Mentor", "Karin Vestergaard, tlf. 40 12 77 35"),
                ("Mentorens opgaver", "-"),
                ("Timetal", "2 timer ugentligt"),
                ("Periode", "1. marts 2026 – 31. august 2026"),
                ("Opfølgning", "Opfølgning hver 6. uge; delmål: 8 timer om ugen i maj.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Næstved", 1)),
    ], traits=["tasks:placeholder"], period={"start": "2026-03-01", "end": "2026-08-31"}, )

    doc("aftaler/kompas/mail-aftale-mentorforloeb-signe-bak.eml", "eml", "agreement", "agreement", "provider-mail", [], [
        ("p", "Hej Signe"),
        ("p", "Som aftalt på opstartsmødet i går sender jeg her vores aftale om mentorstøtte skrevet ned. Kolding Kommune har fået en kopi."),
        ("kv", [("Mål", "Du er i virksomhedspraktik i børnehaven Solstrålen 15 timer om ugen senest 1. maj 2026 og søger derefter ind på pædagogisk assistentuddannelse."),
                ("Mentor", "Rasmus Lund, Kompas Mentorhus, 22 41 87 30"),
                ("Det hjælper jeg med", "Vi øver samtalen med børnehaven, jeg kører med første dag, og vi taler sammen hver fredag om ugen."),
                ("Timer", "2 timer om ugen"),
                ("Periode", "19. februar 2026 – 18. august 2026"),
                ("Opfølgning", "Vi holder status med din sagsbehandler Pia Kjær den første mandag i hver måned.")]),
        ("p", "Klagevejledning: " + ap_full("Kolding", 0)),
        ("lines", ["Venlig hilsen", "Rasmus Lund", "Mentor, Kompas Mentorhus ApS"]),
    ], traits=["eml", "provider-mail", "carries-agreement"], period={"start": "2026-02-19", "end": "2026-08-18"},
        eml=dict(sender="Rasmus Lund <rl@kompas-mentor.dk>", to="signe.bak@example.dk", subject="Vores aftale om mentorstøtte",
                 date=datetime(2026, 2, 19, 9, 12, tzinfo=timezone.utc)))

    c = next(ci)
    doc("aftaler/brobyg/forloebsplan-maal-udfyldes-senere-tina-rask.rtf", "rtf", "agreement", "agreement", "provider-forloebsplan-lines", ["missing-goal"], [
        ("title", "Forløbsplan – Brobyg Mentor & Job"),
        ("p", f"Forløbsplanen er aftalen om mentorstøtte for Tina Rask, CPR {c}, bestilt af Vejle Kommune."),
        ("kv", [("Mål", "Udfyldes ved første statusmøde"),
                ("Mentor", "Jens Aagaard, tlf. 31 22 90 25, jens@brobyg-mentor.dk"),
                ("Mentorens opgaver", "Hjælp til at komme op om morgenen, følges til jobcentret, hjælp til at søge praktik."),
                ("Timetal", "3 timer pr. uge"),
                ("Periode", "4. maj 2026 – 3. november 2026"),
                ("Opfølgning", "Statusmøde hver måned.")]),
        ("p", "Klagevejledning: " + ap_full("Vejle", 2)),
    ], traits=["goal:placeholder", "cpr"], cpr=c, period={"start": "2026-05-04", "end": "2026-11-03"})

    doc("aftaler/brobyg/indsatsaftale-klage-direkte-kim-lykke.md", "md", "agreement", "agreement", "provider-indsatsaftale", [], [
        ("title", "Indsatsaftale – mentorstøtte"),
        ("p", "Mellem Kim Lykke, Brobyg Mentor & Job og Vejle Kommune."),
        ("kv", [("Mål", "Kim er i løntilskud som gartnermedhjælper i Vejle Kommunes parkafdeling 25 timer om ugen senest 1. juni 2026."),
                ("Mentor", "Line Faber, tlf. 31 22 90 18"),
                ("Indsatsområder", "Hjælp til at møde til tiden, aftale om pauser med arbejdslederen, samtale hver uge."),
                ("Timetal", "2 timer pr. uge"),
                ("Periode", "1. marts 2026 – 31. august 2026"),
                ("Opfølgning", "Statusmøde hver 2. måned.")]),
        ("h", "Klagevejledning"), ("p", AP_DIRECT),
    ], traits=["appeal:direct-route"], extras=["appeal-wrong-route"], period={"start": "2026-03-01", "end": "2026-08-31"})

    doc("aftaler/kompas/forloebsplan-start-plus-9-mdr-louise-dam.pdf", "pdf", "agreement", "agreement", "provider-forloebsplan-table", ["duration-over-6-months"], [
        ("title", "Forløbsplan og mentoraftale"),
        ("p", "Kompas Mentorhus ApS · for Kolding Kommune. Denne plan er aftalen om Louise Dams mentorstøtte."),
        ("kv", [("Mål", "Louise er i ordinær beskæftigelse som rengøringsassistent 20 timer om ugen senest 1. december 2026."),
                ("Mentor", "Birgitte Nørgaard, tlf. 22 41 87 44"),
                ("Opgaver", "Hjælp til jobsøgning og til at tale med arbejdsgiver om skånehensyn; følges til første samtaler."),
                ("Timetal", "2 timer pr. uge"),
                ("Varighed", "Fra 2. marts 2026 og 9 måneder frem"),
                ("Opfølgning", "Statusmøde hver 6. uge.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 1)),
    ], traits=["period:start-plus-length"], period={"start": "2026-03-02", "end": "2026-12-01"})

    doc("aftaler/vejle/indsatsaftale-loebende-periode-morten-friis.docx", "docx", "agreement", "agreement", "provider-indsatsaftale", ["missing-duration"], [
        ("title", "Indsatsaftale – mentorstøtte (Brobyg Mentor & Job)"),
        ("kv", [("Deltager", "Morten Friis"),
                ("Mål", "Morten er i virksomhedspraktik som maler hos en malermester i Vejle 20 timer om ugen senest 1. juli 2026."),
                ("Mentor", "Jens Aagaard, 31 22 90 25"),
                ("Indsatsområder", "Kontakt til malermester, transport, ugentlig samtale om fremmøde."),
                ("Timetal", "2 timer om ugen"),
                ("Periode", "Opstart 13. april 2026 – forløbet kører indtil videre"),
                ("Opfølgning", "Statusmøde hver måned.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Vejle", 1)),
    ], traits=["period:open-end"], kvtable=True)

    doc("aftaler/kompas/forlaengelse-forloebsplan-jonas-holm.docx", "docx", "agreement", "agreement", "provider-forloebsplan-table", [], [
        ("title", "Forløbsplan – forlængelse af mentorstøtte"),
        ("p", "Aftale om ny periode mellem Jonas Holm, Kompas Mentorhus og Kolding Kommune efter en konkret vurdering. Forrige periode: 2. marts 2026 – 1. september 2026."),
        ("kv", [("Mål", "Jonas er ansat i løntilskud på lageret hos Dansk Retursystem 25 timer om ugen senest 1. december 2026."),
                ("Mentor", "Rasmus Lund, tlf. 22 41 87 30"),
                ("Mentorens opgaver", "Samtale hver 14. dag om arbejdstid og transport; kontakt til lagerchef om opgaver."),
                ("Timetal", "1,5 time pr. uge"),
                ("Ny periode", "2. september 2026 – 1. marts 2027"),
                ("Opfølgning", "Statusmøde hver 2. måned; evaluering 14 dage før udløb.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 0)),
    ], traits=["extension", "earlier-period-mentioned"], period={"start": "2026-09-02", "end": "2027-03-01"})

    doc("aftaler/herning/samarbejdsaftale-mangler-timer-og-opfoelgning-ida-hvid.odt", "odt", "agreement", "agreement", "three-party-table", ["missing-follow-up", "missing-hours"], [
        ("title", "Samarbejdsaftale om mentorforløb – tre parter"),
        ("p", "Aftalen er indgået mellem Ida Hvid, JobPilot ApS og Herning Kommune og er den skriftlige aftale om mentorstøtten."),
        ("kv", [("Mål", "Ida er i praktik i en frisørsalon i Herning 15 timer om ugen senest 1. juni 2026 med henblik på elevplads."),
                ("Mentor", "Jakob Thygesen, JobPilot, 61 33 20 45"),
                ("Mentorens opgaver", "Følges til salonen de første dage, samtaler om kunder og fremmøde."),
                ("Timetal", ""),
                ("Periode", "1. marts 2026 – 31. august 2026"),
                ("Opfølgning", "")]),
        ("h", "Klagevejledning"), ("p", ap_full("Herning", 0)),
        ("sig", ["Borger", "JobPilot", "Herning Kommune"]),
    ], traits=["three-party", "empty-fields"], period={"start": "2026-03-01", "end": "2026-08-31"})

    doc("aftaler/vaekstvaerket/indsatsaftale-uklar-uden-klage-yasmin-ali.txt", "txt", "agreement", "agreement", "provider-indsatsaftale", ["missing-appeal-guidance", "unclear-goal"], [
        ("title", "Indsatsaftale – mentor hos Vækstværket"),
        ("p", "Aftale mellem Yasmin Ali, Vækstværket og Næstved Kommune om mentorstøtte."),
        ("kv", [("Mål", "Komme tættere på arbejdsmarkedet og få mere selvværd."),
                ("Mentor", "Karin Vestergaard, 40 12 77 35"),
                ("Mentorens opgaver", "Arbejdstræning i genbrugsbutikken, samtaler om egne ressourcer."),
                ("Timetal", "3 timer pr. uge"),
                ("Periode", "6. april 2026 – 5. oktober 2026"),
                ("Opfølgning", "Opfølgning hver måned med sagsbehandler.")]),
        ("p", "Har du spørgsmål, kan du kontakte din mentor."),
    ], traits=["goal:abstract", "no-appeal"], period={"start": "2026-04-06", "end": "2026-10-05"})

    doc("aftaler/slagelse/holdmentor-timer-pr-hold-omar-jensen.docx", "docx", "agreement", "agreement", "group-per-group", [], [
        ("title", "Mentoraftale – værkstedshold (gruppementor)"),
        ("p", "Slagelse Kommunes Værkstedsskole er leverandør. Holdet har 8 pladser og én holdmentor."),
        ("kv", [("Borger", "Omar Jensen"),
                ("Mål", "Omar starter på grundforløb 1 til tømrer på ZBC Slagelse i august 2026."),
                ("Holdmentor", "Niels Bager, tlf. 58 57 36 10, nibag@slagelse.dk"),
                ("Mentorens opgaver", "Værkstedsundervisning i træ, øvelse i at følge en arbejdsplan, besøg på ZBC, hjælp til ansøgning."),
                ("Timetal", "12 timer om ugen for holdet, svarende til 1,5 time pr. plads"),
                ("Periode", "2. marts 2026 – 1. september 2026"),
                ("Opfølgning", "Midtvejsevaluering i maj og slutevaluering 14 dage før ophør.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Slagelse", 0)),
    ], traits=["group", "hours:per-group-and-place", "municipal-provider"], period={"start": "2026-03-02", "end": "2026-09-01"})

    doc("aftaler/jobpilot/gruppeaftale-uge-10-45-maria-lind.pdf", "pdf", "agreement", "agreement", "group-per-place", ["duration-over-6-months"], [
        ("title", "Aftale om mentorstøtte – gruppeforløb »Job på vej«"),
        ("p", "JobPilot ApS · Herning. Aftale for Maria Lind, bestilt af Herning Kommune."),
        ("kv", [("Mål", "Maria er i job på et plejecenter som servicemedarbejder 18 timer om ugen inden udgangen af 2026."),
                ("Mentor", "Jakob Thygesen, 61 33 20 45, jakob@jobpilot.dk"),
                ("Mentorens opgaver", "Gruppesessioner om jobsøgning; individuel opfølgning på ansøgninger; virksomhedsbesøg."),
                ("Timetal", "2 timer pr. plads pr. uge"),
                ("Periode", "uge 10-45 2026"),
                ("Opfølgning", "Status hver 6. uge med jobcentret.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Herning", 2)),
    ], traits=["group", "period:weeks"], period={"start": "2026-03-02", "end": "2026-11-08"})

    doc("aftaler/roskilde/mentoraftale-klage-uden-frist-ahmed-nur.docx", "docx", "agreement", "agreement", "municipal-provider-letter", ["missing-appeal-guidance"], [
        ("title", "Aftale om mentorstøtte"),
        ("p", "Kære Ahmed. Du får mentor fra Roskilde Kommunes Ungeenhed. Her er jeres aftale."),
        ("kv", [("Målet med mentorstøtten", "Ahmed er i gang med FGU på Roskilde-afdelingen, spor PGU, og møder mindst 4 dage om ugen fra 1. maj 2026."),
                ("Mentor", "Ali Demir, 46 31 72 15"),
                ("Opgaver", "Vækkeopkald, følges til FGU den første uge, samtale hver uge om fremmøde."),
                ("Timer", "3 timer om ugen"),
                ("Periode", "13. april 2026 – 12. oktober 2026"),
                ("Opfølgning", "Vi mødes med din sagsbehandler hver 6. uge.")]),
        ("p", "Er du ikke enig i aftalen, kan du klage til kommunen."),
    ], traits=["appeal:no-deadline"], period={"start": "2026-04-13", "end": "2026-10-12"}, kvtable=False)

    doc("aftaler/kolding/aftale-26-uger-under-rammeaftale-bo-thomsen.docx", "docx", "agreement", "agreement", "provider-forloebsplan-table", [], [
        ("title", "Mentoraftale – Kompas Mentorhus"),
        ("p", "Mentorstøtten leveres under rammeaftalen mellem Kolding Kommune og Kompas Mentorhus, som løber fra 1. januar 2025 til 31. december 2027."),
        ("kv", [("Borger", "Bo Thomsen"),
                ("Mål", "Bo er i virksomhedspraktik som buschauffør-elev hos Arriva 20 timer om ugen senest 1. juli 2026 med henblik på kørekort kategori D."),
                ("Mentor", "Birgitte Nørgaard, Kompas Mentorhus, 22 41 87 44"),
                ("Mentorens opgaver", "Hjælp til at planlægge køreteori; ugentlig samtale; kontakt til praktikstedet."),
                ("Timetal", "2 t/uge"),
                ("Varighed", "26 uger fra 6. april 2026"),
                ("Opfølgning", "Statusmøde hver måned; delmål: bestået teoriprøve i juni.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 1)),
    ], traits=["framework-period-mentioned", "period:26-weeks"], period={"start": "2026-04-06", "end": "2026-10-04"})

    c = next(ci)
    doc("aftaler/vejle/samarbejdsaftale-scannet-anders-moeller.pdf", "pdf-scan", "agreement", "agreement", "three-party-scan", [], [
        ("title", "Samarbejdsaftale om mentorstøtte"),
        ("p", f"Parter: Anders Møller (CPR {c}), Brobyg Mentor & Job og Vejle Kommune."),
        ("kv", [("Mål", "Anders er i job som køkkenmedhjælper 15 timer om ugen senest 1. august 2026."),
                ("Mentor", "Line Faber, tlf. 31 22 90 18"),
                ("Opgaver", "Hjælp til jobsøgning i kantiner, samtale hver uge, følges til jobsamtaler."),
                ("Timetal", "2 timer pr. uge"),
                ("Periode", "1. marts 2026 – 31. august 2026"),
                ("Opfølgning", "Statusmøde hver måned.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Vejle", 0)),
        ("sig", ["Borger", "Leverandør", "Kommune"]),
    ], traits=["scan", "ocr", "three-party", "cpr"], cpr=c, period={"start": "2026-03-01", "end": "2026-08-31"})

    doc("aftaler/aalborg/mentorteam-skifter-mentor-frederik-juhl.odt", "odt", "agreement", "agreement", "mentor-team", [], [
        ("title", "Aftale om mentorstøtte – Mentorteam Nord (ændret mentor)"),
        ("p", "Din tidligere mentor er gået på barsel. Fra 1. maj 2026 er din mentor Jonas Riis. Resten af aftalen er uændret."),
        ("kv", [("Mål", "Frederik starter på hf på Aalborg Katedralskole i august 2026."),
                ("Mentor (fra 1. maj 2026)", "Jonas Riis, tlf. 28 14 55 90, jori@aalborg.dk"),
                ("Opgaver", "Hjælp til ansøgning om optagelse, lektieplan, følges til studievejleder."),
                ("Timetal", "2 timer om ugen"),
                ("Periode", "1. marts 2026 – 31. august 2026"),
                ("Opfølgning", "Statusmøde hver 6. uge.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Aalborg", 2)),
    ], traits=["mentor-team", "mentor-changed"], period={"start": "2026-03-01", "end": "2026-08-31"})

    doc("aftaler/silkeborg/opstartsnotat-gruppe-laura-poulsen.md", "md", "agreement", "agreement", "opstartsnotat", [], [
        ("title", "Opstartsnotat og aftale – gruppementorforløb"),
        ("p", "Mentorenheden, Silkeborg Kommune. Notatet er aftalen om Laura Poulsens mentorstøtte og er gennemgået med Laura på opstartsmødet den 2. marts 2026."),
        ("kv", [("Mål", "Laura er i virksomhedspraktik i en tøjbutik i Silkeborg 12 timer om ugen senest 1. juni 2026."),
                ("Mentor", "Anne-Mette Bach, 29 64 11 02"),
                ("Opgaver", "Fælles jobklub i gruppen; individuel hjælp til at finde praktikplads; følges til første praktikdag."),
                ("Timetal", "1 time pr. plads pr. uge i gruppen + 1 individuel time om ugen"),
                ("Periode", "2. marts 2026 – 1. september 2026"),
                ("Opfølgning", "Statusmøde med sagsbehandler hver måned.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Silkeborg", 1)),
    ], traits=["opstartsnotat", "group", "hours:per-place"], period={"start": "2026-03-02", "end": "2026-09-01"})

    doc("aftaler/brobyg/indsatsaftale-mentor-uden-kontakt-sanne-ravn.html", "html", "agreement", "agreement", "provider-indsatsaftale", ["missing-mentor"], [
        ("title", "Indsatsaftale – mentorstøtte"),
        ("p", "Brobyg Mentor & Job. Aftale mellem Sanne Ravn, Brobyg og Vejle Kommune."),
        ("kv", [("Mål", "Sanne er i løntilskud som kontorassistent i Vejle Kommune 20 timer om ugen senest 1. juli 2026."),
                ("Mentor", "Jens Aagaard"),
                ("Indsatsområder", "Hjælp til at komme i gang med arbejdsdagen, samtale hver uge, kontakt til leder."),
                ("Timetal", "2 timer pr. uge"),
                ("Periode", "1. april 2026 – 30. september 2026"),
                ("Opfølgning", "Status hver måned.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Vejle", 2)),
    ], traits=["mentor:name-no-contact"], period={"start": "2026-04-01", "end": "2026-09-30"})

    # ============================================================ MIN PLAN
    doc("minplan/minplan-mentor-via-leverandoer-jonas-holm.txt", "txt", "minplan", "minplan", "minplan-print", [], [
        ("title", "Min Plan – Jonas Holm"),
        ("lines", ["Udskrevet fra Min Plan 3. marts 2026", "Indsats: Mentorstøtte (LAB § 167)"]),
        ("kv", [("Mål", "Virksomhedspraktik på lager hos Dansk Retursystem 15 timer om ugen senest 1. juni 2026, derefter løntilskud."),
                ("Mentor", "Rasmus Lund, Kompas Mentorhus, tlf. 22 41 87 30"),
                ("Mentorens opgaver", "Følges til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport."),
                ("Periode", "02.03.2026 - 01.09.2026"),
                ("Timetal", "3 timer pr. uge")]),
    ], traits=["minplan", "provider-mentor"], period={"start": "2026-03-02", "end": "2026-09-01"})

    c = next(ci)
    doc("minplan/minplan-gruppementor-hassan-ali.html", "html", "minplan", "minplan", "minplan-card", [], [
        ("title", "Min Plan"),
        ("p", f"Borger: Hassan Ali · CPR {c}"),
        ("h", "Mentorstøtte – gruppeforløb hos JobPilot"),
        ("kv", [("Mål", "Løntilskudsjob som pedelmedhjælper på en skole i Slagelse senest 1. september 2026."),
                ("Mentor", "Mette Skov, JobPilot, 27 18 40 63"),
                ("Opgaver", "Jobsøgningstræning i gruppe to formiddage om ugen; individuel samtale hver uge."),
                ("Timer", "2,5 timer pr. plads pr. uge"),
                ("Periode", "13.04.2026 – 12.10.2026")]),
    ], traits=["minplan", "group", "hours:per-place", "cpr"], cpr=c, period={"start": "2026-04-13", "end": "2026-10-12"})

    doc("minplan/minplan-mentor-tildeles-rikke-lund.txt", "txt", "minplan", "minplan", "minplan-print", ["missing-mentor"], [
        ("title", "Min Plan – mentorstøtte"),
        ("kv", [("Borger", "Rikke Lund"),
                ("Mål", "Virksomhedspraktik i en dagligvarebutik 12 timer om ugen senest 15. juni 2026."),
                ("Mentor", "JobPilot ApS – mentor tildeles af leverandøren"),
                ("Opgaver", "Øvelse i at møde til tiden, virksomhedsbesøg, hjælp til at finde praktikplads."),
                ("Timetal", "2 timer pr. uge"),
                ("Periode", "20. april 2026 – 19. oktober 2026")]),
    ], traits=["minplan", "mentor:provider-only"], period={"start": "2026-04-20", "end": "2026-10-19"})

    doc("minplan/minplan-otte-maaneder-emil-sand.pdf", "pdf", "minplan", "minplan", "minplan-print", ["duration-over-6-months"], [
        ("title", "Min Plan – Emil Sand"),
        ("h", "Mentorstøtte"),
        ("kv", [("Mål", "Gennemføre grundforløb 2 som smed på EUC Syd og få læreplads inden 1. november 2026."),
                ("Mentor", "Rasmus Lund, Kompas Mentorhus, 22 41 87 30"),
                ("Opgaver", "Ugentlig samtale om skolen; hjælp til at søge læreplads."),
                ("Timer", "2 timer pr. uge"),
                ("Periode", "1. februar 2026 – 30. september 2026")]),
    ], traits=["minplan", "period:8-months"], period={"start": "2026-02-01", "end": "2026-09-30"})

    doc("minplan/minplan-uklart-maal-lone-krog.docx", "docx", "minplan", "minplan", "minplan-card", ["unclear-goal"], [
        ("title", "Min Plan – Lone Krog"),
        ("h", "Mentorstøtte hos Brobyg Mentor & Job"),
        ("kv", [("Mål", "Hjælp til at få struktur på hverdagen og bedre trivsel."),
                ("Mentor", "Line Faber, 31 22 90 18"),
                ("Opgaver", "Samtaler om døgnrytme, hjælp med post, følges til lægen."),
                ("Timer", "3 timer pr. uge"),
                ("Periode", "1.4.2026 – 30.9.2026")]),
    ], traits=["minplan", "goal:activity-only"], period={"start": "2026-04-01", "end": "2026-09-30"})

    c = next(ci)
    doc("minplan/minplan-uden-timer-sofie-winther.odt", "odt", "minplan", "minplan", "minplan-card", ["missing-hours"], [
        ("title", "Min Plan"),
        ("p", f"Sofie Winther, CPR {c}"),
        ("h", "Mentorstøtte (JobPilot ApS)"),
        ("kv", [("Mål", "Gennemføre 10. klasse på VUC Herning og søge ind på en erhvervsuddannelse inden 1. juli 2026."),
                ("Mentor", "Jakob Thygesen, 61 33 20 45"),
                ("Opgaver", "Morgenopkald, lektieplan, følges til UU-vejleder."),
                ("Periode", "1. februar 2026 – 31. juli 2026")]),
    ], traits=["minplan", "hours:absent", "cpr"], cpr=c, period={"start": "2026-02-01", "end": "2026-07-31"})

    doc("minplan/minplan-klar-mikkel-due.pdf", "pdf", "minplan", "minplan", "minplan-print", [], [
        ("title", "Min Plan – Mikkel Due"),
        ("h", "Mentorstøtte – Vækstværket"),
        ("kv", [("Mål", "Fleksjob 12 timer om ugen i Vækstværkets cykelværksted eller en anden virksomhed senest 1. september 2026."),
                ("Mentor", "Karin Vestergaard, tlf. 40 12 77 35"),
                ("Opgaver", "Oplæring i cykelreparation, aftaler om pauser, ugentlig samtale om arbejdstiden."),
                ("Timer", "2 timer om ugen"),
                ("Periode", "1. april 2026 – 30. september 2026")]),
    ], traits=["minplan", "no-appeal-ok", "no-follow-up-ok"], period={"start": "2026-04-01", "end": "2026-09-30"})

    doc("minplan/minplan-uden-opgaver-ole-kragh.md", "md", "minplan", "minplan", "minplan-card", ["missing-tasks"], [
        ("title", "Min Plan – Ole Kragh"),
        ("h", "Mentorstøtte"),
        ("kv", [("Mål", "Fleksjob 10 timer om ugen i Vækstværkets kantine senest 1. august 2026."),
                ("Mentor", "Karin Vestergaard, 40 12 77 35"),
                ("Opgaver", "Udfyldes senere"),
                ("Timer", "2 timer ugentligt"),
                ("Periode", "1. marts 2026 – 31. august 2026")]),
    ], traits=["minplan", "tasks:placeholder"], period={"start": "2026-03-01", "end": "2026-08-31"})

    c = next(ci)
    doc("minplan/minplan-med-fgu-og-mentor-ahmed-nur.docx", "docx", "minplan", "minplan", "minplan-multi-activity", [], [
        ("title", "Min Plan – Ahmed Nur"),
        ("p", f"CPR: {c}"),
        ("h", "Uddannelse: FGU Roskilde, PGU"),
        ("kv", [("Start", "1. februar 2026"), ("Slut", "30. juni 2027"), ("Kontaktperson", "Lærer Hanne Borg, 46 31 00 11")]),
        ("h", "Mentorstøtte – Ungeenheden"),
        ("kv", [("Mål", "Møde på FGU mindst 4 dage om ugen fra 1. maj 2026 og bestå niveau 1 i dansk og matematik."),
                ("Mentor", "Ali Demir, 46 31 72 15"),
                ("Opgaver", "Vækkeopkald, følges til FGU den første uge, samtale hver uge om fremmøde."),
                ("Timer", "3 timer om ugen"),
                ("Periode", "13. april 2026 – 12. oktober 2026")]),
    ], traits=["minplan", "other-activity-long-period", "cpr"], cpr=c, period={"start": "2026-04-13", "end": "2026-10-12"})

    doc("minplan/minplan-ingen-periode-laura-poulsen.html", "html", "minplan", "minplan", "minplan-card", ["missing-duration"], [
        ("title", "Min Plan – Laura Poulsen"),
        ("h", "Mentorstøtte – gruppementor, Mentorenheden"),
        ("kv", [("Mål", "Virksomhedspraktik i en tøjbutik i Silkeborg 12 timer om ugen senest 1. juni 2026."),
                ("Mentor", "Anne-Mette Bach, 29 64 11 02"),
                ("Opgaver", "Jobklub i gruppen; individuel hjælp til at finde praktikplads."),
                ("Timer", "1 time pr. plads pr. uge + 1 individuel time"),
                ("Periode", "")]),
    ], traits=["minplan", "group", "period:empty"])

    doc("minplan/minplan-mentorteam-lasse-kjeldsen.md", "md", "minplan", "minplan", "minplan-card", [], [
        ("title", "Min Plan – Lasse Kjeldsen"),
        ("h", "Mentorstøtte – Mentorteam Nord"),
        ("kv", [("Mål", "Job som lagerarbejder mindst 25 timer om ugen senest 1. oktober 2026."),
                ("Mentor", "Sara Holm (primær), tlf. 99 31 44 80 – mentoren kan skifte inden for teamet"),
                ("Opgaver", "Jobsøgning sammen, kontakt til virksomheder, hjælp til truckcertifikat."),
                ("Timer", "2 timer om ugen"),
                ("Periode", "1. april 2026 – 30. september 2026")]),
    ], traits=["minplan", "mentor-team"], period={"start": "2026-04-01", "end": "2026-09-30"})

    # ============================================================ DECISIONS
    c = next(ci)
    doc("afgoerelser/bevilling-henviser-til-forloebsplan-jonas-holm.docx", "docx", "decision", "grant", "letter-grant", [], [
        ("lines", ["Kolding Kommune · Beskæftigelse · Jobcenter Kolding", "Dato: 26. februar 2026", f"CPR: {c}"]),
        ("title", "Afgørelse: Du får bevilget mentorstøtte"),
        ("p", "Kære Jonas Holm. Vi har bevilget dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden 2. marts 2026 – 1. september 2026 med 3 timer om ugen."),
        ("p", "Mentorstøtten leveres af Kompas Mentorhus ApS. Jeres forløbsplan er den skriftlige aftale og bliver lavet på opstartsmødet. Den finder du bagefter på Min Side."),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 0)),
        ("lines", ["Venlig hilsen", "Pia Kjær, sagsbehandler"]),
    ], traits=["decision", "refers-to-provider-agreement", "cpr"], cpr=c, period={"start": "2026-03-02", "end": "2026-09-01"})

    doc("afgoerelser/bevilling-uden-klagevejledning-amira-saleh.pdf", "pdf", "decision", "grant", "letter-grant", ["missing-appeal-guidance"], [
        ("lines", ["Vejle Kommune, Jobcenter Vejle", "10. marts 2026"]),
        ("title", "Bevilling af mentorstøtte"),
        ("p", "Kære Amira. Du er bevilget mentorstøtte fra 16. marts 2026 til 15. september 2026. Mentoren kommer fra Brobyg Mentor & Job, som kontakter dig. Brobyg laver en indsatsaftale med dig, som beskriver mål, opgaver og timer."),
        ("p", "Har du spørgsmål, er du velkommen til at ringe til mig."),
        ("lines", ["Med venlig hilsen", "Henrik Bro, rådgiver"]),
    ], traits=["decision", "no-appeal"], period={"start": "2026-03-16", "end": "2026-09-15"})

    doc("afgoerelser/delvis-bevilling-gruppe-i-stedet-for-individuel-rikke-lund.docx", "docx", "decision", "partial", "letter-partial", [], [
        ("lines", ["Slagelse Kommune · Jobcenter Slagelse", "14. april 2026"]),
        ("title", "Afgørelse om mentorstøtte – delvis bevilling"),
        ("p", "Du har søgt om individuel mentorstøtte 4 timer om ugen. Vi har bevilget dig mentorstøtte i et gruppeforløb hos JobPilot ApS med 2 timer pr. plads pr. uge i perioden 20. april 2026 – 19. oktober 2026."),
        ("h", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at du i dit praktikforløb har vist, at du trives med at arbejde sammen med andre, og at gruppeforløbet har fokus på at finde praktikplads i detailhandlen, som er dit mål. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats."),
        ("h", "Klagevejledning"), ("p", ap_full("Slagelse", 1)),
    ], traits=["decision", "partial", "group"], period={"start": "2026-04-20", "end": "2026-10-19"})

    c = next(ci)
    doc("afgoerelser/afslag-leverandoerens-forslag-peter-mogensen.odt", "odt", "decision", "refusal", "letter-refusal", [], [
        ("title", "Afslag på forlængelse af mentorstøtte"),
        ("p", f"Kære Peter Mogensen (CPR {c}). Mentorenheden har foreslået at forlænge din mentorstøtte med 6 måneder. Vi har givet afslag."),
        ("h", "Begrundelse"),
        ("p", "Du er siden 1. august 2026 ansat som chauffør 30 timer om ugen, og din arbejdsgiver oplyser, at ansættelsen fungerer. Målet med mentorstøtten er dermed nået. Vi har lagt vægt på statusrapporten fra Mentorenheden af 20. august 2026, jf. § 167, stk. 1."),
        ("h", "Klagevejledning"), ("p", ap_full("Silkeborg", 2)),
    ], traits=["decision", "refusal", "cpr"], cpr=c)

    doc("afgoerelser/afslag-uden-begrundelse-yasmin-ali.txt", "txt", "decision", "refusal", "letter-refusal", [], [
        ("title", "Afgørelse – afslag på mentorstøtte"),
        ("p", "Kære Yasmin Ali. Vi har behandlet Vækstværkets bestilling af mentorstøtte til dig. Du får afslag på mentorstøtte."),
        ("h", "Klagevejledning"), ("p", ap_full("Næstved", 0)),
        ("lines", ["Næstved Kommune, Jobcenter Næstved"]),
    ], traits=["decision", "refusal", "reasons:absent"], extras=["missing-reasons"])

    doc("afgoerelser/forlaengelse-ni-maaneder-emil-sand.html", "html", "decision", "extension", "letter-extension", ["duration-over-6-months"], [
        ("title", "Afgørelse om forlængelse af mentorstøtte"),
        ("p", "Kære Emil Sand. Du får forlænget din mentorstøtte hos Kompas Mentorhus med 2 timer om ugen i perioden 1. november 2026 – 31. juli 2027, så du kan få støtte i starten af din læretid."),
        ("p", "Vi har lagt vægt på, at du har fået læreplads, og at Kompas Mentorhus vurderer, at du har brug for hjælp til at fastholde den."),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 1)),
    ], traits=["decision", "extension", "period:9-months"], period={"start": "2026-11-01", "end": "2027-07-31"})

    doc("afgoerelser/ophoer-klage-ufuldstaendig-lone-krog.docx", "docx", "decision", "end", "letter-end", ["missing-appeal-guidance"], [
        ("title", "Ophør af mentorstøtte"),
        ("p", "Kære Lone Krog. Brobyg Mentor & Job har oplyst, at du ikke er mødt til de aftalte samtaler siden 1. juni 2026. Din mentorstøtte ophører derfor den 30. juni 2026."),
        ("h", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at mentorstøtten ikke kan bruges efter sit formål, når du ikke møder op, jf. § 167 i lov om en aktiv beskæftigelsesindsats."),
        ("p", "Du kan klage over afgørelsen."),
    ], traits=["decision", "end", "appeal:incomplete"])

    doc("afgoerelser/bevilling-mail-gruppementor-laura-poulsen.eml", "eml", "decision", "grant", "eml-grant", [], [
        ("p", "Kære Laura Poulsen"),
        ("p", "Du får bevilget mentorstøtte i gruppeforløbet hos Mentorenheden i perioden 2. marts 2026 – 1. september 2026 med 1 time pr. plads pr. uge og 1 individuel time om ugen, som du har søgt om."),
        ("p", "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Aftalen om forløbet skrives på opstartsmødet."),
        ("p", "Klagevejledning: " + ap_full("Silkeborg", 0)),
        ("lines", ["Venlig hilsen", "Tobias Lind, Silkeborg Kommune"]),
    ], traits=["decision", "eml", "group"], period={"start": "2026-03-02", "end": "2026-09-01"},
        eml=dict(sender="Silkeborg Kommune <beskaeftigelse@silkeborg.dk>", to="laura.poulsen@example.dk",
                 subject="Afgørelse: bevilling af mentorstøtte", date=datetime(2026, 2, 24, 13, 5, tzinfo=timezone.utc)))

    doc("afgoerelser/bevilling-klage-direkte-ankestyrelsen-kim-lykke.rtf", "rtf", "decision", "grant", "letter-grant", [], [
        ("title", "Bevilling af mentorstøtte"),
        ("p", "Kære Kim Lykke. Vi har bevilget dig mentorstøtte 2 timer om ugen fra 1. marts 2026 til 31. august 2026. Mentoren kommer fra Brobyg Mentor & Job."),
        ("h", "Klagevejledning"), ("p", AP_DIRECT),
        ("lines", ["Vejle Kommune"]),
    ], traits=["decision", "appeal:direct-route"], extras=["appeal-wrong-route"], period={"start": "2026-03-01", "end": "2026-08-31"})

    doc("afgoerelser/aendring-timetal-gruppe-hassan-ali.pdf", "pdf", "decision", "change", "letter-change", [], [
        ("title", "Ændring af din mentorstøtte – timetal"),
        ("p", "Kære Hassan Ali. JobPilot har bedt om, at du får flere timer, fordi du nu er i praktik. Vi har besluttet, at din mentorstøtte ændres fra 2,5 til 4 timer pr. uge fra 1. juni 2026. Perioden er uændret og slutter 12. oktober 2026."),
        ("p", "Vi har lagt vægt på JobPilots statusrapport, som viser, at du har brug for støtte på praktikstedet."),
        ("h", "Klagevejledning"), ("p", ap_full("Slagelse", 2)),
    ], traits=["decision", "change", "group"])

    doc("afgoerelser/bevilling-syv-maaneder-bo-thomsen.docx", "docx", "decision", "grant", "letter-grant", ["duration-over-6-months"], [
        ("lines", ["Jobcenter Kolding", "30. marts 2026"]),
        ("title", "Afgørelse om mentorstøtte"),
        ("p", "Kære Bo Thomsen. Du får mentorstøtte fra Kompas Mentorhus i perioden 6. april 2026 – 5. november 2026 med 2 timer om ugen. Leverandøren laver en mentoraftale med dig."),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 2)),
    ], traits=["decision", "period:7-months"], period={"start": "2026-04-06", "end": "2026-11-05"})

    c = next(ci)
    doc("afgoerelser/bevilling-scannet-sanne-ravn.pdf", "pdf-scan", "decision", "grant", "letter-grant-scan", [], [
        ("title", "Afgørelse: bevilling af mentorstøtte"),
        ("p", f"Kære Sanne Ravn, CPR {c}. Vi har bevilget dig mentorstøtte efter § 167 i perioden 1. april 2026 – 30. september 2026 med 2 timer pr. uge. Mentoren kommer fra Brobyg Mentor & Job."),
        ("h", "Klagevejledning"), ("p", ap_full("Vejle", 1)),
    ], traits=["decision", "scan", "ocr", "cpr"], cpr=c, period={"start": "2026-04-01", "end": "2026-09-30"})

    doc("afgoerelser/afslag-individuel-tilbud-om-gruppe-maria-lind.md", "md", "decision", "refusal", "letter-refusal", [], [
        ("title", "Afgørelse: afslag på individuel mentor"),
        ("p", "Kære Maria Lind. Du har søgt om en individuel mentor. Du får afslag. I stedet kan du deltage i JobPilots gruppeforløb, som vi allerede har bevilget."),
        ("h", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at gruppeforløbet dækker de opgaver, du har brug for hjælp til (jobsøgning og virksomhedsbesøg), jf. § 167, stk. 1."),
        ("h", "Klagevejledning"), ("p", ap_full("Herning", 0)),
    ], traits=["decision", "refusal", "group"])

    # ============================================================ NON-KIND (unknown)
    doc("andet/rammeaftale-levering-af-mentorydelser-kompas.docx", "docx", "unknown", "framework-contract", "framework-contract", [], [
        ("title", "Samarbejdsaftale om levering af mentorydelser mellem Kolding Kommune og Kompas Mentorhus ApS"),
        ("h", "1. Aftalens omfang"),
        ("p", "Leverandøren leverer mentorstøtte efter LAB § 167 til borgere, som Kolding Kommune henviser. Hvert forløb bestilles skriftligt og beskrives i en forløbsplan med mål, mentor, opgaver, timetal, periode og opfølgning."),
        ("h", "2. Løbetid"), ("p", "Aftalen løber fra 1. januar 2025 til 31. december 2027 med mulighed for forlængelse i 12 måneder."),
        ("h", "3. Pris"), ("p", "Timeprisen for individuel mentor er 495 kr. ekskl. moms; gruppementor afregnes med 210 kr. pr. plads pr. time."),
        ("h", "4. Krav til mentorer"), ("p", "Mentorer skal have relevant faglig baggrund. Ved skift af mentor orienteres kommunen inden 5 arbejdsdage."),
        ("h", "5. Opsigelse"), ("p", "Aftalen kan opsiges med 3 måneders varsel. Tvister afgøres efter dansk ret."),
        ("sig", ["Kolding Kommune", "Kompas Mentorhus ApS"]),
    ], traits=["look-alike", "framework-contract", "has-long-period"])

    doc("andet/prisliste-tilbud-gruppementor-jobpilot.pdf", "pdf", "unknown", "price-list", "provider-offer", [], [
        ("title", "Tilbud: Gruppementorforløb »Job på vej« – pris og indhold"),
        ("p", "JobPilot ApS tilbyder Herning Kommune gruppementorforløb for 4-8 deltagere med én fast mentor. Forløbet varer op til 26 uger og kan forlænges."),
        ("kv", [("Pris pr. plads", "1.950 kr. pr. uge"), ("Individuel mentor", "520 kr. pr. time"),
                ("Opstartsmøde", "Inkluderet"), ("Statusrapport", "Hver 8. uge, inkluderet"),
                ("Mål", "Deltagerne kommer i job eller uddannelse"), ("Kontakt", "Salgschef Dorthe Vang, 61 33 20 00")]),
        ("p", "Tilbuddet gælder til 30. juni 2026."),
    ], traits=["look-alike", "price-list", "offer"])

    doc("andet/bestillingsblanket-mentorforloeb-tom.docx", "docx", "unknown", "order-form", "blank-order-form", [], [
        ("title", "Bestillingsblanket – mentorforløb hos ekstern leverandør"),
        ("p", "Udfyldes af sagsbehandler og sendes sikkert til leverandøren."),
        ("kv", [("Borgerens navn", ""), ("CPR-nr.", ""), ("Sagsbehandler", ""), ("Leverandør", "☐ Kompas Mentorhus  ☐ Brobyg  ☐ JobPilot"),
                ("Individuel / gruppe", "☐ Individuel  ☐ Gruppe"), ("Mål med forløbet", ""), ("Ønsket timetal pr. uge", ""),
                ("Ønsket startdato", ""), ("Bemærkninger", "")]),
    ], traits=["look-alike", "blank-template", "order-form"])

    c = next(ci)
    doc("andet/ordrebekraeftelse-bestilling-jonas-holm.eml", "eml", "unknown", "order-confirmation", "provider-mail", [], [
        ("p", "Kære Pia Kjær"),
        ("p", f"Tak for jeres bestilling af mentorforløb til Jonas Holm ({c}), modtaget 23. februar 2026. Vi har tildelt Rasmus Lund som mentor og indkalder til opstartsmøde 2. marts 2026 kl. 10 hos os."),
        ("p", "Bestillingen: individuel mentor 3 timer pr. uge i 6 måneder. Forløbsplanen sender vi efter opstartsmødet."),
        ("lines", ["Venlig hilsen", "Kompas Mentorhus ApS, Visitation", "tlf. 22 41 87 00"]),
    ], traits=["look-alike", "order-confirmation", "cpr"], cpr=c,
        eml=dict(sender="Kompas Mentorhus <visitation@kompas-mentor.dk>", to="pia.kjaer@kolding.dk",
                 subject="Ordrebekræftelse – bestilling af mentorforløb", date=datetime(2026, 2, 24, 8, 30, tzinfo=timezone.utc)))

    doc("andet/faktura-og-timeseddel-maj-2026-brobyg.pdf", "pdf", "unknown", "invoice", "invoice", [], [
        ("title", "Faktura nr. 2026-0533"),
        ("lines", ["Brobyg Mentor & Job I/S · CVR 41 22 33 87", "Til: Vejle Kommune, Jobcenter Vejle, EAN 5798007654321", "Fakturadato: 31. maj 2026 · Betaling netto 30 dage"]),
        ("kv", [("Mentorforløb Amira S. (ref. 2026-117)", "14 timer à 495 kr. = 6.930,00 kr."),
                ("Mentorforløb Kim L. (ref. 2026-121)", "8 timer à 495 kr. = 3.960,00 kr."),
                ("I alt ekskl. moms", "10.890,00 kr."), ("Moms 25 %", "2.722,50 kr."), ("I alt", "13.612,50 kr.")]),
        ("h", "Timeseddel maj 2026"),
        ("kv", [("5. maj", "Amira – følges til SOSU Syd, 2 t"), ("7. maj", "Kim – samtale på arbejdspladsen, 1 t"),
                ("12. maj", "Amira – ansøgning, 1,5 t"), ("Mentor", "Line Faber")]),
    ], traits=["look-alike", "invoice", "time-sheet"])

    c = next(ci)
    doc("andet/statusrapport-leverandoer-jonas-holm.docx", "docx", "unknown", "progress-report", "provider-status", [], [
        ("title", "Statusrapport – mentorforløb (3 måneder)"),
        ("lines", ["Kompas Mentorhus ApS til Kolding Kommune", f"Borger: Jonas Holm, {c}", "Periode for rapporten: 2. marts – 1. juni 2026"]),
        ("h", "Progression"),
        ("p", "Jonas har mødt 46 ud af 48 praktikdage. Delmålet om fire dage om ugen er nået. Han cykler selv siden uge 15."),
        ("h", "Mentorens vurdering"),
        ("p", "Jonas er klar til at gå op i tid. Vi anbefaler, at jobcentret drøfter løntilskud med Dansk Retursystem."),
        ("lines", ["Rasmus Lund, mentor, 22 41 87 30"]),
    ], traits=["look-alike", "status-report", "cpr"], cpr=c)

    doc("andet/vagtplan-mentorteam-nord-uge-18.html", "html", "unknown", "team-roster", "team-roster", [], [
        ("title", "Mentorteam Nord – vagtplan uge 18"),
        ("kv", [("Mandag", "Sara Holm (vagttelefon), Jonas Riis"), ("Tirsdag", "Jonas Riis (vagttelefon), Mads Krog"),
                ("Onsdag", "Mads Krog (vagttelefon), Sara Holm – teammøde kl. 13-14"), ("Torsdag", "Sara Holm (vagttelefon)"),
                ("Fredag", "Jonas Riis (vagttelefon)"), ("Vagttelefon", "99 31 44 00")]),
        ("p", "Borgere ringer på vagttelefonen, hvis deres mentor er væk. Fravær meldes til teamleder Ulla Bech."),
    ], traits=["look-alike", "team-roster"], )

    doc("andet/leverandoerside-saadan-foregaar-gruppementor.html", "html", "unknown", "provider-info", "provider-web", [], [
        ("title", "Sådan foregår et gruppementorforløb hos JobPilot"),
        ("p", "Når kommunen har bestilt et forløb, holder vi et opstartsmøde, hvor vi sammen med dig skriver en aftale med dit mål, din mentor, mentorens opgaver, timetal og periode. Forløbet varer højst 6 måneder ad gangen."),
        ("p", "I gruppen er I 4-8 deltagere. I mødes to formiddage om ugen, og du har også en individuel samtale. Vi følger op hver 6. uge sammen med din sagsbehandler."),
        ("p", "Er du uenig i kommunens afgørelse om mentorstøtte, kan du klage til kommunen inden 4 uger."),
        ("p", "Kontakt: JobPilot ApS, 61 33 20 00, info@jobpilot.dk"),
    ], traits=["look-alike", "provider-web", "lists-fields"])

    doc("andet/afslutningsrapport-mentor-mikkel-due.txt", "txt", "unknown", "final-report", "provider-status", [], [
        ("title", "Afslutningsrapport – mentorforløb"),
        ("lines", ["Vækstværket – til Næstved Kommune", "Borger: Mikkel Due", "Forløb: 1. april – 30. september 2026"]),
        ("p", "Mikkel er fra 1. september 2026 ansat i fleksjob 12 timer om ugen i cykelværkstedet. Målet er nået. Mentorstøtten afsluttes som planlagt."),
        ("p", "Samlet forbrug: 48 timer. Mentor: Karin Vestergaard."),
    ], traits=["look-alike", "final-report"])

    doc("andet/moedeindkaldelse-opstartsmoede-signe-bak.eml", "eml", "unknown", "meeting", "provider-mail", [], [
        ("p", "Hej Signe"),
        ("p", "Du er indkaldt til opstartsmøde om dit mentorforløb torsdag den 19. februar 2026 kl. 13.00 hos Kompas Mentorhus, Vestergade 14, Kolding. Din sagsbehandler Pia Kjær deltager også."),
        ("p", "På mødet laver vi jeres aftale. Medbring gerne dit CV."),
        ("lines", ["Venlig hilsen", "Rasmus Lund, mentor, 22 41 87 30"]),
    ], traits=["look-alike", "meeting-invite"],
        eml=dict(sender="Rasmus Lund <rl@kompas-mentor.dk>", to="signe.bak@example.dk", subject="Indkaldelse til opstartsmøde",
                 date=datetime(2026, 2, 12, 10, 0, tzinfo=timezone.utc)))

    doc("andet/procesbeskrivelse-leverandoer-brobyg.md", "md", "unknown", "provider-process", "provider-process", [], [
        ("title", "Brobyg Mentor & Job – procesbeskrivelse for mentorforløb"),
        ("h", "1. Bestilling"), ("p", "Kommunen sender en bestilling med borgerens mål, ønsket timetal og startdato. Vi bekræfter inden 2 hverdage."),
        ("h", "2. Opstart"), ("p", "Indsatsaftalen skrives på opstartsmødet. Den skal indeholde mål, mentorens navn og kontaktdata, indsatsområder, timetal, periode (højst 6 måneder) og opfølgning."),
        ("h", "3. Status og afslutning"), ("p", "Vi sender statusrapport hver 3. måned og afslutningsrapport senest 14 dage efter forløbets afslutning."),
    ], traits=["look-alike", "provider-process", "lists-fields"])

    doc("andet/henvisning-mentorstoette-til-leverandoer-omar-jensen.odt", "odt", "unknown", "referral", "referral", [], [
        ("title", "Henvisning – mentorstøtte"),
        ("kv", [("Til", "Slagelse Kommunes Værkstedsskole, holdmentor"), ("Fra", "Jobcenter Slagelse, sagsbehandler Eva Dam, 58 57 30 00"),
                ("Borger", "Omar Jensen"), ("Ønsket", "Plads på værkstedsholdet fra 2. marts 2026"),
                ("Baggrund", "Omar ønsker at blive tømrer og har brug for at øve fremmøde og arbejdsrytme.")]),
    ], traits=["look-alike", "referral"])

    doc("andet/timeseddel-gruppe-april-jobpilot.txt", "txt", "unknown", "time-sheet", "time-sheet", [], [
        ("title", "Timeseddel – gruppementor, hold 4, april 2026"),
        ("lines", ["Leverandør: JobPilot ApS · Mentor: Mette Skov", "Bestiller: Slagelse Kommune"]),
        ("kv", [("14.04", "Gruppe 9-11 (4 deltagere) – 2 t"), ("16.04", "Gruppe 9-11 (4 deltagere) – 2 t"),
                ("17.04", "Individuelle samtaler H.A., R.L. – 1 t"), ("I alt april", "19 timer (4,75 t pr. plads)")]),
        ("p", "Attesteres af mentor og sendes med månedens faktura."),
    ], traits=["look-alike", "time-sheet", "group"])

    # ============================================================ second batch
    doc("aftaler/kompas/forloebsbeskrivelse-uden-periode-karsten-bo.docx", "docx", "agreement", "agreement", "provider-forloebsplan-lines", ["missing-duration"], [
        ("title", "Forløbsbeskrivelse – individuelt mentorforløb"),
        ("p", "Kompas Mentorhus ApS for Kolding Kommune. Beskrivelsen er den skriftlige aftale om Karsten Bos mentorstøtte og er underskrevet af alle tre parter."),
        ("kv", [("Mål", "Karsten er i virksomhedspraktik som pedelmedhjælper på Kolding Sygehus 15 timer om ugen senest 1. juli 2026."),
                ("Mentor", "Birgitte Nørgaard, tlf. 22 41 87 44, bn@kompas-mentor.dk"),
                ("Mentorens opgaver", "Følges til praktikstedet; samtale hver uge om smerter og arbejdstid; kontakt til praktikvejleder."),
                ("Timetal", "2 timer pr. uge"),
                ("Opfølgning", "Statusmøde med sagsbehandler hver 6. uge; delmål: 10 timer om ugen i maj.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Kolding", 0)),
        ("sig", ["Borger", "Kompas Mentorhus", "Kolding Kommune"]),
    ], traits=["period:absent", "three-party"], kvtable=False)

    doc("aftaler/jobpilot/gruppeaftale-par-timer-ni-maaneder-dennis-vad.pdf", "pdf", "agreement", "agreement", "group-no-hours", ["duration-over-6-months", "missing-hours"], [
        ("title", "Aftale om gruppementorstøtte"),
        ("p", "JobPilot ApS · efter bestilling fra Herning Kommune. Aftale for Dennis Vad."),
        ("kv", [("Mål", "Dennis er i løntilskud som lagermedarbejder hos en grossist i Herning 20 timer om ugen senest 1. august 2026."),
                ("Mentor", "Jakob Thygesen, 61 33 20 45"),
                ("Opgaver", "Gruppetræning i jobsøgning; hjælp til CV; følges til jobsamtaler."),
                ("Timer", "Et par timer om ugen i gruppen"),
                ("Periode", "5. januar 2026 – 30. september 2026"),
                ("Opfølgning", "Status hver 8. uge.")]),
        ("h", "Klagevejledning"), ("p", ap_full("Herning", 1)),
    ], traits=["group", "hours:vague", "period:9-months"], period={"start": "2026-01-05", "end": "2026-09-30"})

    c = next(ci)
    doc("aftaler/naestved/samarbejdsaftale-opgaver-mangler-otte-mdr-hanne-kure.rtf", "rtf", "agreement", "agreement", "three-party-lines", ["duration-over-6-months", "missing-tasks"], [
        ("title", "Samarbejdsaftale (borger – Vækstværket – Næstved Kommune)"),
        ("p", f"Borger: Hanne Kure, CPR {c}. Aftalen er den skriftlige aftale om mentorstøtte."),
        ("kv", [("Mål", "Hanne er i fleksjob 15 timer om ugen i Vækstværkets café senest 1. oktober 2026."),
                ("Mentor", "Karin Vestergaard, tlf. 40 12 77 35"),
                ("Timetal", "3 timer om ugen"),
                ("Periode", "01.02.2026 - 30.09.2026"),
                ("Opfølgning", "Statusmøde hver måned.")]),
        ("p", "Klagevejledning: " + ap_full("Næstved", 1)),
        ("sig", ["Borger", "Vækstværket", "Næstved Kommune"]),
    ], traits=["three-party", "tasks:absent", "period:8-months", "cpr"], cpr=c, period={"start": "2026-02-01", "end": "2026-09-30"})

    doc("minplan/minplan-mentorteam-kun-telefon-camilla-norup.pdf", "pdf", "minplan", "minplan", "minplan-card", ["missing-mentor"], [
        ("title", "Min Plan – Camilla Norup"),
        ("h", "Mentorstøtte – Mentorteam Øst"),
        ("kv", [("Mål", "Starte på AMU-kurset i lager og logistik i Aalborg i september 2026 og møde alle kursusdage."),
                ("Mentor", "Mentorteam Øst, tlf. 99 31 45 00"),
                ("Opgaver", "Hjælp til tilmelding, transport, samtale om fremmøde hver uge."),
                ("Timer", "1,5 timer om ugen"),
                ("Periode", "11. maj 2026 – 10. november 2026")]),
    ], traits=["minplan", "mentor-team", "mentor:team-phone-only"], period={"start": "2026-05-11", "end": "2026-11-10"})

    c = next(ci)
    doc("minplan/minplan-maal-mangler-tina-rask.txt", "txt", "minplan", "minplan", "minplan-print", ["missing-goal"], [
        ("title", "Min Plan – udskrift"),
        ("lines", [f"Tina Rask ({c})", "Indsats: Mentorstøtte – Brobyg Mentor & Job"]),
        ("kv", [("Mål", "-"),
                ("Mentor", "Jens Aagaard, 31 22 90 25"),
                ("Opgaver", "Hjælp til at komme op om morgenen, følges til jobcentret, hjælp til at søge praktik."),
                ("Timetal", "3 timer pr. uge"),
                ("Periode", "04.05.2026 - 03.11.2026")]),
    ], traits=["minplan", "goal:placeholder", "cpr"], cpr=c, period={"start": "2026-05-04", "end": "2026-11-03"})

    doc("afgoerelser/bevilling-12-mdr-gruppe-klage-uden-frist-dennis-vad.docx", "docx", "decision", "grant", "letter-grant", ["duration-over-6-months", "missing-appeal-guidance"], [
        ("lines", ["Herning Kommune, Jobcenter Herning", "22. december 2025"]),
        ("title", "Bevilling af gruppementorforløb"),
        ("p", "Kære Dennis Vad. Du får bevilget mentorstøtte i JobPilots gruppeforløb i 12 måneder fra 5. januar 2026. JobPilot laver en aftale med dig om mål og opgaver."),
        ("p", "Du kan klage til Jobcenter Herning, hvis du er uenig."),
    ], traits=["decision", "group", "period:12-months", "appeal:no-deadline"], period={"start": "2026-01-05", "end": "2027-01-04"})

    doc("afgoerelser/delvis-bevilling-klage-andet-emne-ida-hvid.odt", "odt", "decision", "partial", "letter-partial", ["missing-appeal-guidance"], [
        ("title", "Afgørelse om mentorstøtte og befordring"),
        ("p", "Kære Ida Hvid. JobPilot har foreslået 4 timer mentorstøtte om ugen. Vi har bevilget 2 timer om ugen i perioden 1. marts 2026 – 31. august 2026. Du får også befordringsgodtgørelse til praktikstedet."),
        ("h", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at du allerede har en kontaktperson i salonen, som hjælper dig i dagligdagen, jf. § 167, stk. 1."),
        ("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
        ("p", "Er du uenig i afgørelsen om befordringsgodtgørelse, kan du klage til Herning Kommune inden 4 uger. Kommunen genvurderer afgørelsen og sender en fastholdt afgørelse til Ankestyrelsen."),
    ], traits=["decision", "partial", "appeal:other-subject"], period={"start": "2026-03-01", "end": "2026-08-31"})

    doc("andet/kvartalsrapport-leverandoer-q1-2026-brobyg.docx", "docx", "unknown", "provider-quarterly", "provider-status", [], [
        ("title", "Kvartalsrapport Q1 2026 – mentorforløb for Vejle Kommune"),
        ("p", "Brobyg Mentor & Job I/S rapporterer efter rammeaftalens § 7."),
        ("kv", [("Aktive forløb 31. marts", "23 (heraf 6 i gruppe)"), ("Nye forløb i kvartalet", "9"),
                ("Afsluttede forløb", "5 – 3 i job, 1 i uddannelse, 1 afbrudt"), ("Leverede timer", "612"),
                ("Gennemsnitligt timetal pr. forløb", "2,4 timer pr. uge"), ("Mentorskift", "2 (barsel og opsigelse)")]),
        ("p", "Kontakt: Daglig leder Ole Brink, 31 22 90 00."),
    ], traits=["look-alike", "provider-quarterly"])

    doc("andet/referat-samarbejdsmoede-kommune-leverandoer.txt", "txt", "unknown", "minutes", "minutes", [], [
        ("title", "Referat – samarbejdsmøde Silkeborg Kommune og Mentorenheden, 14. april 2026"),
        ("lines", ["Deltagere: Tobias Lind, Anne-Mette Bach, teamleder Gitte Ry"]),
        ("p", "1. Gruppeforløb: Holdet har 7 ud af 8 pladser besat. Næste hold starter 1. juni 2026."),
        ("p", "2. Skabelon: Opstartsnotatet skal fremover have et felt til opfølgning og klagevejledning."),
        ("p", "3. Mentorskift: Borgere orienteres skriftligt, når deres mentor skifter."),
        ("p", "Næste møde: 9. juni 2026."),
    ], traits=["look-alike", "minutes"])

    return DOCS


def render(d, out: Path):
    p = out / d["path"]
    p.parent.mkdir(parents=True, exist_ok=True)
    fmt, body = d["fmt"], d["body"]
    if fmt == "docx":
        R.write_docx(p, body, kv_as_table=d["kvtable"])
    elif fmt == "pdf":
        R.write_pdf(p, body)
    elif fmt == "pdf-scan":
        R.write_scan_pdf(p, body)
    elif fmt == "odt":
        R.write_odt(p, body)
    elif fmt == "html":
        R.write_html(p, body, css_variant=1 if "minplan" in d["path"] else 0)
    elif fmt == "txt":
        R.write_txt(p, body)
    elif fmt == "md":
        R.write_md(p, body)
    elif fmt == "rtf":
        R.write_rtf(p, body)
    elif fmt == "eml":
        e = d["eml"]
        R.write_eml(p, body, e["sender"], e["to"], e["subject"], e["date"])
    else:
        raise ValueError(fmt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/is")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    docs = build(rng)
    entries = []
    for d in docs:
        render(d, out)
        fmt = "pdf" if d["fmt"] == "pdf-scan" else d["fmt"]
        entries.append({"path": d["path"], "format": fmt, "kind": d["kind"], "subtype": d["subtype"], "layout": d["layout"],
                        "rules": d["rules"], "extras": d["extras"], "error": None, "accept_errors": [],
                        "must_not_contain": [d["cpr"], d["cpr"].replace("-", "")] if d["cpr"] else [],
                        "traits": d["traits"], "period": d["period"]})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
