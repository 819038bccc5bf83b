"""Corpus dt: layout invariance.

Sixteen cases (agreements, decision letters, Min Plan entries and two documents that are none of
these), each rendered the seven ways an archive holds the same text:

  docx-table     DOCX, title + a two-column label/value table
  docx-headings  DOCX, one Word heading per label, value as body paragraphs / bullets
  pdf-lo         PDF printed by LibreOffice from one of the two DOCX files above
  pdf-chromium   PDF printed by Chromium from a case-system HTML export
  txt            plain-text export, hard-wrapped at 72 columns
  eml            e-mail from the caseworker carrying the text in its body
  rtf            RTF with bold labels and a page footer

The labels of every rendering of a case are identical because the content is identical: any
difference in the linter's verdict between renderings of one case is a reader or layout error.

Written from shared/domain.md, the rule docs (`mentordocs rules NAME`) and Danish municipal
practice only. Deterministic: fixed seed, fixed dates.

Usage: make_corpus_dt.py --out DIR
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261130
FIXED_TIME = datetime(2026, 3, 2, 9, 15, tzinfo=timezone.utc)

# A section value is either a string (one paragraph), or a list of strings (a bulleted list).
# A case: id, kind, subtype, title, sender, intro (paragraphs before the fields), sections
# [(label, value)], outro (paragraphs after), rules, extras, period, traits, cpr.

FULL_APPEAL_A = ("Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden fire uger fra "
                 "du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Kommunen "
                 "genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes "
                 "din klage videre til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats "
                 "§ 204 og retssikkerhedslovens kapitel 10.")
FULL_APPEAL_B = ("Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget hos "
                 "Jobcenter Vejle senest 4 uger efter, at du har fået afgørelsen. Vi ser på sagen "
                 "igen, og hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsen, "
                 "Beskæftigelsesudvalget.")
FULL_APPEAL_C = ("Er du uenig, kan du klage til Silkeborg Kommune, Jobcentret. Fristen er 4 uger fra "
                 "den dag, du modtog afgørelsen. Kommunen vurderer sagen igen og sender den til "
                 "Ankestyrelsen, hvis afgørelsen fastholdes.")


def cpr_for(rng: random.Random) -> str:
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    year = rng.randint(60, 99)
    serial = rng.randint(1000, 9999)
    return f"{day:02d}{month:02d}{year:02d}-{serial:04d}"


def build_cases(rng: random.Random) -> list[dict]:
    cases: list[dict] = []

    def add(**kw):
        kw.setdefault("intro", [])
        kw.setdefault("outro", [])
        kw.setdefault("extras", [])
        kw.setdefault("period", None)
        kw.setdefault("traits", [])
        kw.setdefault("cpr", None)
        cases.append(kw)

    # ---------------- agreements ----------------
    c1 = cpr_for(rng)
    add(id="a01", kind="agreement", subtype="agreement",
        title="Aftale om mentorstøtte",
        sender=("Gladsaxe Kommune", "Jobcenter Gladsaxe", "Mette Kragh", "39 57 61 20",
                "mekr@gladsaxe.dk"),
        citizen="Jonas Birk Nielsen",
        intro=["Aftale mellem Jonas Birk Nielsen og Gladsaxe Kommune om mentorstøtte efter lov om "
               "en aktiv beskæftigelsesindsats § 167."],
        sections=[
            ("Borger", f"Jonas Birk Nielsen, CPR-nr. {c1}"),
            ("Mål for mentorstøtten",
             "Jonas starter i virksomhedspraktik som lagermedarbejder hos Bygma Gladsaxe og møder "
             "mindst 4 dage om ugen fra 1. maj 2026."),
            ("Mentor", "Lars Østergaard, Jobhuset ApS, tlf. 23 45 67 89, lars@jobhuset.dk"),
            ("Mentorens opgaver", [
                "følge Jonas til praktikstedet de første to uger",
                "ugentlig samtale om fremmøde og transport",
                "hjælpe med at lave en fast morgenrutine"]),
            ("Periode", "1. marts 2026 – 31. august 2026"),
            ("Timetal", "3 timer pr. uge"),
            ("Opfølgning", "Statusmøde med mentor og sagsbehandler hver måned. Delmål: fremmøde "
                           "fire dage om ugen fra maj. Evaluering 14 dage før perioden slutter."),
            ("Klagevejledning", FULL_APPEAL_A),
        ],
        outro=["Dato og underskrift: 2. marts 2026"],
        rules=[], period=("2026-03-01", "2026-08-31"), traits=["defect:none", "period:exact-six"],
        cpr=c1)

    add(id="a02", kind="agreement", subtype="agreement",
        title="Mentoraftale",
        sender=("Vejle Kommune", "Jobcenter Vejle", "Dorthe Lund", "76 81 50 00",
                "dorlu@vejle.dk"),
        citizen="Sofie Andersen",
        intro=["Denne aftale beskriver den mentorstøtte, du får fra Jobcenter Vejle."],
        sections=[
            ("Formål", "Sofie gennemfører grundforløb 1 på SOSU-skolen i Fredericia fra 13. april "
                       "2026 med højst 10 % fravær."),
            ("Din mentor", "Hanne Vestergaard, mentor i Jobcenter Vejle, telefon 24 81 33 12"),
            ("Hvad skal mentor hjælpe med?", [
                "planlægge skoleugen sammen med Sofie hver mandag",
                "hjælpe med kontakt til skolens studievejleder",
                "tage med til første møde med SPS-vejlederen"]),
            ("Varighed", "13. april 2026 til 12. oktober 2026"),
            ("Opfølgning", "Vi holder opfølgningsmøde hver 4. uge, hvor vi ser på fremmøde og "
                           "fravær i forhold til målet."),
            ("Klagevejledning", FULL_APPEAL_B),
        ],
        rules=["missing-hours"], period=("2026-04-13", "2026-10-12"),
        traits=["defect:hours-absent"])

    add(id="a03", kind="agreement", subtype="agreement",
        title="Aftale om mentorstøtte efter LAB § 167",
        sender=("Aalborg Kommune", "Jobcenter Aalborg", "Peter Holm", "99 31 31 31",
                "peho-job@aalborg.dk"),
        citizen="Rasmus Kjær",
        sections=[
            ("Målet med mentorstøtten",
             "Rasmus får et fleksjob som pedelmedhjælper på Vestbjerg Skole med 12 timer om ugen."),
            ("Mentorens navn og kontaktdata",
             "Birgitte Thomsen, Mentorhuset Nord, 51 22 90 14, bt@mentorhusetnord.dk"),
            ("Mentorens opgaver",
             "Mentoren støtter Rasmus i opstarten på arbejdspladsen, taler med lederen om "
             "skånehensyn og hjælper med at planlægge pauser."),
            ("Aftalens varighed", "1. februar 2026 – 31. august 2026"),
            ("Timetal", "2 timer om ugen"),
            ("Opfølgning og progression",
             "Midtvejsevaluering i maj. Statusmøde hver måned med fokus på antal timer på arbejde."),
            ("Klagevejledning", FULL_APPEAL_A.replace("kommunen", "Aalborg Kommune", 1)),
        ],
        rules=["duration-over-6-months"], period=("2026-02-01", "2026-08-31"),
        traits=["defect:over-six-months"])

    add(id="a04", kind="agreement", subtype="agreement",
        title="Aftale om mentor",
        sender=("Holbæk Kommune", "Job og Ydelse", "Anne Marie Dahl", "72 36 36 36",
                "amdah@holb.dk"),
        citizen="Emil Sørensen",
        sections=[
            ("Mål", "Emil skal opnå øget trivsel og mere struktur på hverdagen."),
            ("Mentor", "Kasper Bech, Holbæk Mentorkorps, tlf. 61 45 78 02"),
            ("Opgaver", [
                "hjælpe Emil med at åbne og læse sin digitale post",
                "gå med til lægen og til møder i kommunen",
                "lave en ugeplan sammen med Emil"]),
            ("Periode", "1. juni 2026 – 30. november 2026"),
            ("Timer", "2 timer om ugen"),
            ("Opfølgning", "Statusmøde hver anden måned med mentor og sagsbehandler."),
            ("Klagevejledning", FULL_APPEAL_A),
        ],
        rules=["unclear-goal"], period=("2026-06-01", "2026-11-30"),
        traits=["defect:unclear-goal"])

    add(id="a05", kind="agreement", subtype="agreement",
        title="Aftale om mentorstøtte",
        sender=("Roskilde Kommune", "Jobcenter Roskilde", "Tina Mogensen", "46 31 30 00",
                "tinam@roskilde.dk"),
        citizen="Aisha Mahmoud",
        sections=[
            ("Mål for mentorstøtten",
             "Aisha starter på HF enkeltfag på Roskilde Katedralskole i august 2026 og består "
             "dansk C til sommereksamen 2027."),
            ("Mentor", "Udfyldes senere"),
            ("Mentorens opgaver", [
                "hjælpe med ansøgning og optagelse på HF",
                "øve transport til skolen",
                "samtale om lektier og fremmøde en gang om ugen"]),
            ("Periode", "1. maj 2026 – 31. oktober 2026"),
            ("Timetal", "1½ time om ugen"),
            ("Opfølgning", "Opfølgning hver måned. Progression måles på fremmøde og afleverede "
                           "opgaver."),
            ("Klagevejledning", FULL_APPEAL_C),
        ],
        rules=["missing-mentor"], period=("2026-05-01", "2026-10-31"),
        traits=["defect:mentor-placeholder", "hours:fraction"])

    add(id="a06", kind="agreement", subtype="agreement",
        title="Aftale om mentorforløb",
        sender=("Tønder Kommune", "Jobcenter Tønder", "Kim Nissen", "74 92 92 92",
                "kni@toender.dk"),
        citizen="Mads Jepsen",
        sections=[
            ("Målet med forløbet",
             "Mads kommer i løntilskud som tømrerlærling hos Jepsen Byg og starter på EUD "
             "tømreruddannelsen i januar 2027."),
            ("Mentor", "Jens Hansen, Sønderjysk Mentor, mobil 40 12 55 86, jh@sjmentor.dk"),
            ("Mentorens opgaver",
             "Jens hjælper Mads med at møde til tiden, med kontakten til mester og med at søge "
             "uddannelsesaftale."),
            ("Varighed", "1. september 2026 – 28. februar 2027"),
            ("Timetal", "2 timer om ugen"),
            ("Klage", "Du kan klage over afgørelsen."),
        ],
        rules=["missing-appeal-guidance", "missing-follow-up"],
        period=("2026-09-01", "2027-02-28"),
        traits=["defect:appeal-incomplete", "defect:follow-up-absent"])

    c7 = cpr_for(rng)
    add(id="a07", kind="agreement", subtype="agreement",
        title="Mentoraftale – Ishøj Kommune",
        sender=("Ishøj Kommune", "Jobcenter Ishøj", "Louise Friis", "43 57 75 00",
                "lfr@ishoj.dk"),
        citizen="Ahmed Yousef",
        sections=[
            ("Borgerens navn og CPR-nr.", f"Ahmed Yousef, {c7}"),
            ("Mål", "Ahmed gennemfører FVU-dansk trin 2 på VUC Vestegnen i efteråret 2026 og "
                    "søger derefter AMU-kursus som truckfører."),
            ("Mentor", "Nadia Karimi, Ishøj Mentorteam, tlf. 29 64 11 07, nk@ishoj.dk"),
            ("Mentorens opgaver", [
                "lektiehjælp og struktur omkring skolegangen",
                "hjælpe Ahmed med at tilmelde sig AMU-kurset"]),
            ("Periode", "1. august 2026 – 31. januar 2027"),
            ("Timetal", "Efter behov"),
            ("Opfølgning", "Evaluering hver 6. uge og 14 dage før periodens udløb."),
            ("Klagevejledning", FULL_APPEAL_A),
        ],
        rules=["missing-hours"], period=("2026-08-01", "2027-01-31"),
        traits=["defect:hours-vague"], cpr=c7)

    add(id="a08", kind="agreement", subtype="agreement",
        title="Aftale om mentorstøtte",
        sender=("Herning Kommune", "Jobcenter Herning", "Susanne Kirk", "96 28 28 28",
                "jobsk@herning.dk"),
        citizen="Line Mikkelsen",
        sections=[
            ("Mål for mentorstøtten",
             "Line fastholder sit job som kassemedarbejder i Netto Gullestrup på 20 timer om ugen "
             "efter sin sygemelding."),
            ("Mentor", "Pia Laursen"),
            ("Mentorens opgaver",
             "Pia hjælper Line med at planlægge vagter, tage snakken med butikschefen og holde "
             "fast i aftalte pauser."),
            ("Varighed", "26 uger fra 2. marts 2026"),
            ("Timetal", "1 time pr. uge"),
            ("Opfølgning", "Opfølgning hver 4. uge og en afsluttende samtale før forløbet slutter."),
            ("Klagevejledning", FULL_APPEAL_C.replace("Silkeborg", "Herning")),
        ],
        rules=["missing-mentor"], period=None,
        traits=["defect:mentor-no-contact", "period:weeks"])

    add(id="a09", kind="agreement", subtype="agreement",
        title="Aftale om mentorstøtte",
        sender=("Faxe Kommune", "Jobcenter Faxe", "Rikke Bang", "56 20 30 00",
                "ribang@faxekommune.dk"),
        citizen="Camilla Jensen",
        sections=[
            ("Mål for mentorstøtten",
             "Camilla begynder på FGU Faxe, produktionsgrundforløb køkken, og møder mindst 80 % "
             "af dagene i første semester."),
            ("Mentor", "Ole Madsen, FGU-mentor, tlf. 53 77 90 12, om@mentorfaxe.dk"),
            ("Mentorens opgaver", "-"),
            ("Periode", "10. august 2026 – 9. februar 2027"),
            ("Timetal", "To timer om ugen"),
            ("Opfølgning", "Status hver måned; midtvejsevaluering i november."),
            ("Klagevejledning", FULL_APPEAL_A),
        ],
        rules=["missing-tasks"], period=("2026-08-10", "2027-02-09"),
        traits=["defect:tasks-placeholder", "hours:word"])

    add(id="a10", kind="agreement", subtype="agreement",
        title="Aftale om mentorstøtte",
        sender=("Køge Kommune", "Jobcenter Køge", "Jakob Winther", "56 67 67 67",
                "jakob.winther@koege.dk"),
        citizen="Natasja Holm",
        intro=["Aftalen er lavet på mødet i jobcentret den 20. april 2026."],
        sections=[
            ("Mentor", "Helle Krag, Køge Mentorservice, tlf. 31 72 40 55, hk@koegementor.dk"),
            ("Mentorens opgaver", [
                "hjælpe Natasja med at komme op om morgenen og møde til tiden",
                "tage med til samtaler på arbejdspladsen",
                "hjælpe med at ordne papirer til a-kassen"]),
            ("Periode", "1. maj 2026 – 31. oktober 2026"),
            ("Timetal", "2-3 timer om ugen"),
            ("Opfølgning", "Vi følger op hver måned på et møde, hvor mentor også deltager."),
            ("Klagevejledning", FULL_APPEAL_A),
        ],
        rules=["missing-goal"], period=("2026-05-01", "2026-10-31"),
        traits=["defect:goal-absent", "hours:range"])

    # ---------------- decisions ----------------
    add(id="d01", kind="decision", subtype="decision",
        title="Afgørelse om mentorstøtte",
        sender=("Silkeborg Kommune", "Jobcentret", "Henrik Lauridsen", "89 70 10 00",
                "hela@silkeborg.dk"),
        citizen="Michael Poulsen",
        intro=["Kære Michael Poulsen", "Du har søgt om mentorstøtte. Du får bevilget "
               "mentorstøtte, som du har søgt om."],
        sections=[
            ("Afgørelse", "Du får bevilget mentorstøtte i 3 timer om ugen i perioden "
                          "1. april 2026 – 30. september 2026."),
            ("Begrundelse", "Vi har lagt vægt på, at du har brug for støtte til at fastholde din "
                            "praktik i Føtex, og at mentorstøtten kan hjælpe dig til at komme i "
                            "ordinært job. Afgørelsen er truffet efter lov om en aktiv "
                            "beskæftigelsesindsats § 167, stk. 1."),
            ("Klagevejledning", FULL_APPEAL_C),
        ],
        outro=["Venlig hilsen", "Henrik Lauridsen, jobkonsulent"],
        rules=[], period=("2026-04-01", "2026-09-30"), traits=["defect:none"])

    c_d2 = cpr_for(rng)
    add(id="d02", kind="decision", subtype="decision",
        title="Afgørelse om mentorstøtte",
        sender=("Rudersdal Kommune", "Job og Borgerservice", "Camilla Holst", "46 11 00 00",
                "cho@rudersdal.dk"),
        citizen="Freja Lind",
        intro=[f"Vedr.: Freja Lind, cpr.nr. {c_d2}", "Kære Freja Lind"],
        sections=[
            ("Afgørelse", "Du har søgt om mentorstøtte i 9 måneder. Du får bevilget mentorstøtte i "
                          "6 måneder, fra 1. maj 2026 til 31. oktober 2026, med 2 timer om ugen."),
            ("Begrundelse", "Efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1 kan "
                            "mentorstøtte gives i højst 6 måneder ad gangen. Vi har vurderet, at "
                            "du har brug for støtte til at starte på din uddannelse som "
                            "pædagogisk assistent."),
            ("Klagevejledning", "Du kan klage til kommunen."),
        ],
        outro=["Med venlig hilsen", "Camilla Holst"],
        rules=["missing-appeal-guidance"], period=("2026-05-01", "2026-10-31"),
        traits=["defect:appeal-no-deadline", "partial-grant"], cpr=c_d2)

    add(id="d03", kind="decision", subtype="decision",
        title="Afgørelse – bevilling af mentorstøtte",
        sender=("Assens Kommune", "Jobcenter Assens", "Bo Frandsen", "64 74 74 74",
                "bofr@assens.dk"),
        citizen="Nikolaj Skov",
        intro=["Kære Nikolaj Skov"],
        sections=[
            ("Afgørelse", "Du bevilges mentorstøtte i perioden 1. januar 2026 – 31. december 2026, "
                          "4 timer om ugen."),
            ("Begrundelse", "Du er i gang med et forløb i virksomhedspraktik som gartner, og vi "
                            "vurderer, at du har brug for en mentor for at kunne gennemføre det. "
                            "Afgørelsen er truffet efter LAB § 167."),
            ("Klagevejledning", FULL_APPEAL_B.replace("Jobcenter Vejle", "Jobcenter Assens")),
        ],
        outro=["Venlig hilsen", "Bo Frandsen"],
        rules=["duration-over-6-months"], period=("2026-01-01", "2026-12-31"),
        traits=["defect:over-six-months"])

    # ---------------- Min Plan entries ----------------
    add(id="m01", kind="minplan", subtype="minplan",
        title="Min Plan – Mentorstøtte",
        sender=("Esbjerg Kommune", "Jobcenter Esbjerg", "Lene Brix", "76 16 16 16",
                "lebr@esbjergkommune.dk"),
        citizen="Julie Brandt",
        intro=["Udskrift fra Min Plan (jobnet.dk)"],
        sections=[
            ("Formål med mentorstøtten",
             "Julie kommer i job som rengøringsassistent på 25 timer om ugen inden 1. oktober 2026."),
            ("Mentor", "Søren Thygesen, Jobcenter Esbjerg, 27 11 48 90"),
            ("Mentoren hjælper med",
             "jobsøgning, samtaler med arbejdsgivere og at få hverdagen til at hænge sammen med "
             "arbejdstider."),
            ("Periode", "6. april 2026 – 5. oktober 2026"),
            ("Timer pr. uge", "2"),
        ],
        rules=[], period=("2026-04-06", "2026-10-05"), traits=["defect:none"])

    c_m2 = cpr_for(rng)
    add(id="m02", kind="minplan", subtype="minplan",
        title="Min Plan – Mentorstøtte",
        sender=("Odense Kommune", "Jobcenter Odense", "Torben Krogh", "66 13 13 72",
                "tokr@odense.dk"),
        citizen="Oliver Dam",
        intro=[f"Udskrift fra Min Plan – Oliver Dam ({c_m2})"],
        sections=[
            ("Mål", "Oliver starter på EUX Business på Tietgen i august 2026."),
            ("Mentor", "Anja Falk, Odense Mentorcenter, tlf. 22 90 16 40"),
            ("Periode", "1. juni 2026 – 30. november 2026"),
            ("Timetal", "3 timer om ugen"),
        ],
        rules=["missing-tasks"], period=("2026-06-01", "2026-11-30"),
        traits=["defect:tasks-absent"], cpr=c_m2)

    add(id="m03", kind="minplan", subtype="minplan",
        title="Min Plan – Mentorstøtte",
        sender=("Aarhus Kommune", "Jobcenter Aarhus", "Maria Vinther", "89 40 20 00",
                "mavi@aarhus.dk"),
        citizen="Sara Lykke",
        intro=["Udskrift fra Min Plan"],
        sections=[
            ("Formål", "Sara kommer i praktik som butiksassistent i Salling og arbejder 15 timer om "
                       "ugen ved periodens slutning."),
            ("Mentor", "Karin Bjerre, Aarhus Mentor, karin.bjerre@aarhusmentor.dk"),
            ("Opgaver", [
                "træne buskørsel til praktikstedet",
                "forberede samtaler med praktikvejlederen"]),
            ("Varighed", "Udfyldes senere"),
            ("Timetal", "2 timer om ugen"),
        ],
        rules=["missing-duration"], period=None,
        traits=["defect:duration-placeholder"])

    c_m4 = cpr_for(rng)
    add(id="m04", kind="minplan", subtype="minplan",
        title="Min Plan – Mentorstøtte",
        sender=("Gribskov Kommune", "Jobcenter Gribskov", "Ulla Friis", "72 49 60 00",
                "ufri@gribskov.dk"),
        citizen="Kevin Larsen",
        intro=[f"Udskrift fra Min Plan · Kevin Larsen · CPR {c_m4}"],
        sections=[
            ("Formål med mentorstøtten",
             "Kevin får ordinært job som chauffør med kørekort kategori C inden udgangen af 2026."),
            ("Mentor", "Morten Berg, Gribskov Mentorteam, tlf. 42 18 66 30, mober@gribskov.dk"),
            ("Mentoren hjælper med", [
                "at holde styr på køretimer og teoriprøve",
                "at søge job hos vognmænd i området"]),
            ("Periode", "1. marts 2026 – 31. december 2026"),
            ("Timer pr. uge", "2"),
        ],
        rules=["duration-over-6-months"], period=("2026-03-01", "2026-12-31"),
        traits=["defect:over-six-months"], cpr=c_m4)

    # ---------------- none of the kinds ----------------
    add(id="u03", kind="unknown", subtype="vejledning",
        title="Det skal stå i din mentoraftale",
        sender=("Rudersdal Kommune", "Job og Borgerservice", "Borgerservice", "46 11 00 00",
                "job@rudersdal.dk"),
        citizen="",
        intro=["Når du får mentorstøtte, laver du og kommunen en skriftlig aftale. Her kan du "
               "læse, hvad aftalen skal indeholde."],
        sections=[
            ("Mål", "Aftalen beskriver målet med mentorstøtten, fx at du kommer i job eller "
                    "uddannelse."),
            ("Mentor", "Du får navn og kontaktdata på din mentor."),
            ("Opgaver", "Aftalen siger, hvilke opgaver mentoren skal hjælpe dig med."),
            ("Varighed og opfølgning", "Mentorstøtte gives i højst 6 måneder ad gangen. Vi følger "
                                       "op på, hvordan det går."),
            ("Timer", "Aftalen siger, hvor mange timer om ugen du får støtte."),
            ("Hvis du vil klage", "Du kan klage til kommunen inden 4 uger, når du har fået "
                                  "afgørelsen."),
        ],
        rules=[], traits=["not-a-mentor-document-kind", "guidance-lists-fields"])

    add(id="u01", kind="unknown", subtype="statusrapport",
        title="Statusrapport fra mentor",
        sender=("Jobhuset ApS", "Mentorafdelingen", "Lars Østergaard", "23 45 67 89",
                "lars@jobhuset.dk"),
        citizen="Jonas Birk Nielsen",
        intro=["Til: Jobcenter Gladsaxe, att. Mette Kragh"],
        sections=[
            ("Borger", "Jonas Birk Nielsen"),
            ("Rapportperiode", "1. marts 2026 – 31. marts 2026"),
            ("Brugte timer", "12 timer i marts"),
            ("Forløbet indtil nu",
             "Jonas er mødt til alle aftaler. Han har været på besøg i praktikken to gange og er "
             "klar til at starte i maj."),
            ("Næste skridt", "Vi fortsætter med fokus på morgenrutinen og transport."),
        ],
        outro=["Venlig hilsen", "Lars Østergaard, mentor"],
        rules=[], traits=["not-a-mentor-document-kind"])

    add(id="u02", kind="unknown", subtype="faktura",
        title="Faktura nr. 2026-0417",
        sender=("Mentorhuset Nord ApS", "Bogholderiet", "Birgitte Thomsen", "51 22 90 14",
                "faktura@mentorhusetnord.dk"),
        citizen="",
        intro=["Mentorhuset Nord ApS · CVR 38 41 22 90 · Hobrovej 12, 9000 Aalborg",
               "Til: Aalborg Kommune, Jobcenter Aalborg, EAN 5798005770019"],
        sections=[
            ("Fakturadato", "30. april 2026"),
            ("Ydelse", "Mentorstøtte, borger ref. 41-2026, april 2026"),
            ("Antal timer", "8 timer à 495,00 kr."),
            ("Beløb i alt", "3.960,00 kr. ekskl. moms"),
            ("Betalingsbetingelser", "Netto 30 dage. Reg.nr. 9070 kontonr. 1234567"),
        ],
        rules=[], traits=["not-a-mentor-document-kind"])
    return cases


# ---------------------------------------------------------------- renderers

RENDERINGS = ("docx-table", "docx-headings", "pdf-lo", "pdf-chromium", "txt", "eml", "rtf")
LAYOUT = {"docx-table": "table", "docx-headings": "headings", "pdf-chromium": "html-export",
          "txt": "labels", "eml": "email", "rtf": "labels"}


def value_lines(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def letterhead(case) -> list[str]:
    org, unit, *_ = case["sender"]
    return [org, unit]


def write_docx(case, path: Path, table: bool) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = FIXED_TIME.replace(tzinfo=None)
    d.core_properties.modified = FIXED_TIME.replace(tzinfo=None)
    d.core_properties.author = case["sender"][2]
    for line in letterhead(case):
        p = d.add_paragraph(line)
        p.runs[0].font.size = Pt(9)
    d.add_heading(case["title"], level=1)
    for para in case["intro"]:
        d.add_paragraph(para)
    if table:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in case["sections"]:
            row = t.add_row().cells
            row[0].text = ""
            run = row[0].paragraphs[0].add_run(label)
            run.bold = True
            lines = value_lines(value)
            if isinstance(value, list):
                row[1].text = ""
                first = True
                for item in lines:
                    p = row[1].paragraphs[0] if first else row[1].add_paragraph()
                    p.add_run("• " + item)
                    first = False
            else:
                row[1].text = value
    else:
        for label, value in case["sections"]:
            d.add_heading(label, level=2)
            if isinstance(value, list):
                for item in value:
                    d.add_paragraph(item, style="List Bullet")
            else:
                d.add_paragraph(value)
    for para in case["outro"]:
        d.add_paragraph(para)
    d.save(str(path))


def html_export(case) -> str:
    org, unit, *_ = case["sender"]
    rows = []
    for label, value in case["sections"]:
        if isinstance(value, list):
            inner = "<ul>" + "".join(f"<li>{html.escape(v)}</li>" for v in value) + "</ul>"
        else:
            inner = f"<p>{html.escape(value)}</p>"
        rows.append(f'<div class="felt"><div class="felt-label"><dt>{html.escape(label)}</dt></div>'
                    f'<div class="felt-vaerdi"><dd>{inner}</dd></div></div>')
    intro = "".join(f"<p>{html.escape(p)}</p>" for p in case["intro"])
    outro = "".join(f"<p>{html.escape(p)}</p>" for p in case["outro"])
    return f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>{html.escape(case['title'])}</title>
<style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 0; }}
.hoved {{ border-bottom: 2px solid #1b4f72; padding: 4px 0 6px; color: #1b4f72; font-size: 9pt; }}
h1 {{ font-size: 16pt; margin: 14px 0 10px; }}
dl {{ margin: 0; }}
.felt {{ display: flex; border-top: 1px solid #bbb; padding: 6px 0; }}
.felt-label {{ width: 34%; font-weight: bold; padding-right: 10px; }}
.felt-vaerdi {{ width: 66%; }}
dt {{ margin: 0; }} dd {{ margin: 0; }} dd p {{ margin: 0 0 4px; }} ul {{ margin: 0; padding-left: 18px; }}
</style>
<script>window.sagsid = "SAG-{case['id']}"; function vis() {{ return "Indlæser journal"; }}</script>
</head><body>
<div class="hoved">{html.escape(org)} · {html.escape(unit)}</div>
<h1>{html.escape(case['title'])}</h1>
{intro}
<dl>{''.join(rows)}</dl>
{outro}
</body></html>
"""


def plain_text(case) -> str:
    out: list[str] = []
    for line in letterhead(case):
        out.append(line)
    out.append("")
    out.append(case["title"])
    out.append("=" * len(case["title"]))
    out.append("")
    for para in case["intro"]:
        out.extend(textwrap.wrap(para, 72) or [""])
        out.append("")
    for label, value in case["sections"]:
        out.append(f"{label}:")
        if isinstance(value, list):
            for item in value:
                out.extend(textwrap.wrap(item, 72, initial_indent="- ", subsequent_indent="  "))
        else:
            out.extend(textwrap.wrap(value, 72))
        out.append("")
    for para in case["outro"]:
        out.extend(textwrap.wrap(para, 72))
    return "\n".join(out).rstrip() + "\n"


def write_eml(case, path: Path) -> None:
    org, unit, person, phone, mail = case["sender"]
    msg = EmailMessage()
    msg["From"] = f"{person} <{mail}>"
    msg["To"] = "kreditor@example.dk" if case["subtype"] == "faktura" else "borger@example.dk"
    msg["Subject"] = case["title"]
    msg["Date"] = format_datetime(FIXED_TIME)
    msg["Message-ID"] = f"<{case['id']}.dt@{mail.split('@')[1]}>"
    greeting = f"Hej {case['citizen'].split()[0]}" if case["citizen"] else "Hej"
    body = (f"{greeting}\n\nHer er dokumentet, som vi talte om. Teksten står herunder.\n\n"
            "----------------------------------------\n\n"
            + plain_text(case)
            + "\n----------------------------------------\n\n"
            f"Venlig hilsen\n{person}\n{unit}, {org}\nTlf. {phone}\n{mail}\n")
    msg.set_content(body)
    path.write_bytes(bytes(msg))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            if code > 32767:
                code -= 65536
            out.append(f"\\u{code}?")
    return "".join(out)


def write_rtf(case, path: Path) -> None:
    org, unit, *_ = case["sender"]
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}}",
             r"\paperw11906\paperh16838\margl1134\margr1134",
             r"{\footer\pard\qc\fs16 " + rtf_escape(f"{org} · {unit}") + r" - side {\field{\*\fldinst PAGE}}\par}",
             r"\f0\fs22"]
    for line in letterhead(case):
        parts.append(r"\pard\fs18 " + rtf_escape(line) + r"\par")
    parts.append(r"\pard\sb240\sa120\b\fs32 " + rtf_escape(case["title"]) + r"\b0\fs22\par")
    for para in case["intro"]:
        parts.append(r"\pard\sa120 " + rtf_escape(para) + r"\par")
    for label, value in case["sections"]:
        parts.append(r"\pard\sb120\b " + rtf_escape(label) + r"\b0\par")
        if isinstance(value, list):
            for item in value:
                parts.append(r"\pard\li360\fi-240 \bullet\tab " + rtf_escape(item) + r"\par")
        else:
            parts.append(r"\pard " + rtf_escape(value) + r"\par")
    for para in case["outro"]:
        parts.append(r"\pard\sb120 " + rtf_escape(para) + r"\par")
    parts.append("}")
    path.write_text("\n".join(parts) + "\n", encoding="ascii")


def convert_lo(docx_files: list[Path], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_dt_profile", "--headless",
               "--convert-to", "pdf", "--outdir", tmp] + [str(p) for p in docx_files]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600)
        for p in docx_files:
            produced = Path(tmp) / (p.stem + ".pdf")
            if not produced.is_file():
                raise SystemExit(f"LibreOffice did not convert {p}")
            shutil.move(str(produced), str(outdir / p.parent.name / (p.stem.rsplit("-docx", 1)[0]
                                                                         + "-pdf-lo.pdf")))


def print_chromium(jobs: list[tuple[str, Path]]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        for markup, target in jobs:
            page.set_content(markup)
            page.pdf(path=str(target), format="A4",
                     margin={"top": "18mm", "bottom": "18mm", "left": "18mm", "right": "18mm"})
        browser.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    rng = random.Random(SEED)
    cases = build_cases(rng)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    entries = []
    lo_sources: list[Path] = []
    chromium_jobs: list[tuple[str, Path]] = []
    for i, case in enumerate(cases):
        folder = out / f"sag-{case['id']}"
        folder.mkdir()
        stem = f"{case['id']}"
        # LibreOffice prints the table DOCX for even cases and the headings DOCX for odd ones.
        lo_from = "docx-table" if i % 2 == 0 else "docx-headings"
        for rendering in RENDERINGS:
            ext = {"docx-table": "docx", "docx-headings": "docx", "pdf-lo": "pdf",
                   "pdf-chromium": "pdf", "txt": "txt", "eml": "eml", "rtf": "rtf"}[rendering]
            name = f"{stem}-{rendering}.{ext}"
            target = folder / name
            if rendering == "docx-table":
                write_docx(case, target, table=True)
            elif rendering == "docx-headings":
                write_docx(case, target, table=False)
            elif rendering == "pdf-lo":
                lo_sources.append(folder / f"{stem}-{lo_from}.docx")
            elif rendering == "pdf-chromium":
                chromium_jobs.append((html_export(case), target))
            elif rendering == "txt":
                target.write_text(plain_text(case), encoding="utf-8")
            elif rendering == "eml":
                write_eml(case, target)
            elif rendering == "rtf":
                write_rtf(case, target)
            layout = LAYOUT.get(rendering) or LAYOUT[lo_from]
            traits = [f"case:{case['id']}", f"render:{rendering}"] + list(case["traits"])
            if rendering == "pdf-lo":
                traits.append(f"printed-from:{lo_from}")
            if case["cpr"]:
                traits.append("cpr")
            entry = {"path": f"sag-{case['id']}/{name}", "kind": case["kind"], "format": ext,
                     "layout": layout, "subtype": case["subtype"], "rules": sorted(case["rules"]),
                     "extras": list(case["extras"]), "error": None, "accept_errors": [],
                     "must_not_contain": [case["cpr"], case["cpr"].replace("-", "")]
                     if case["cpr"] else [],
                     "traits": traits}
            if case["period"]:
                entry["period"] = {"start": case["period"][0], "end": case["period"][1]}
            entries.append(entry)

    convert_lo(lo_sources, out)
    print_chromium(chromium_jobs)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = [e["path"] for e in entries if not (out / e["path"]).is_file()]
    if missing:
        print("missing files: " + ", ".join(missing), file=sys.stderr)
        return 1
    print(f"{len(entries)} documents in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
