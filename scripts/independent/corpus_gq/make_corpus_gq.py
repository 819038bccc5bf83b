#!/usr/bin/env python3
"""Corpus GQ: decision letters on mentor support (LAB § 167) from many municipalities.

Deterministic: fixed seed, ``--out DIR`` (default /work/corpora/gq), ``--seed N``.
Writes documents in docx, pdf (text and scanned+OCR), txt, html, odt and rtf plus EXPECTED.jsonl.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path

# ----------------------------------------------------------------------------- data pools

KOMMUNER = [
    ("Odense Kommune", "Beskæftigelses- og Socialforvaltningen", "Nørregade 36, 5000 Odense C", "66 13 13 72"),
    ("Aalborg Kommune", "Jobcenter Aalborg", "Boulevarden 13, 9000 Aalborg", "99 31 31 31"),
    ("Viborg Kommune", "Jobcenter Viborg", "Gl. Skivevej 2, 8800 Viborg", "87 87 87 87"),
    ("Herning Kommune", "Job og Borgerservice", "Fredensgade 2, 7400 Herning", "96 28 28 28"),
    ("Gribskov Kommune", "Center for Arbejdsmarked", "Rådhusvej 3, 3200 Helsinge", "72 49 60 00"),
    ("Faxe Kommune", "Jobcenter Faxe", "Frederiksgade 9, 4690 Haslev", "56 20 30 00"),
    ("Tønder Kommune", "Arbejdsmarkedsafdelingen", "Wegners Plads 2, 6270 Tønder", "74 92 92 92"),
    ("Holbæk Kommune", "Job og Uddannelse", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Assens Kommune", "Jobcenter Assens", "Rådhus Allé 5, 5610 Assens", "64 74 74 74"),
    ("Roskilde Kommune", "Jobcenter Roskilde", "Køgevej 80, 4000 Roskilde", "46 31 30 00"),
    ("Rudersdal Kommune", "Jobcenter Rudersdal", "Øverødvej 2, 2840 Holte", "46 11 00 00"),
    ("Esbjerg Kommune", "Job & Vækst", "Torvegade 74, 6700 Esbjerg", "76 16 16 16"),
    ("Randers Kommune", "Jobcenter Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15"),
    ("Kolding Kommune", "Beskæftigelse og Borgerservice", "Akseltorv 1, 6000 Kolding", "79 79 79 79"),
    ("Næstved Kommune", "Jobcenter Næstved", "Teatergade 8, 4700 Næstved", "55 88 55 88"),
    ("Svendborg Kommune", "Arbejdsmarked", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
    ("Frederikshavn Kommune", "Jobcenter Frederikshavn", "Rådhus Allé 100, 9900 Frederikshavn", "98 45 50 00"),
    ("Slagelse Kommune", "Arbejdsmarkedscenter", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
    ("Sønderborg Kommune", "Jobcenter Sønderborg", "Rådhustorvet 10, 6400 Sønderborg", "88 72 40 00"),
    ("Hjørring Kommune", "Arbejdsmarked og Erhverv", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
    ("Skive Kommune", "Jobcenter Skive", "Torvegade 10, 7800 Skive", "99 15 55 00"),
    ("Lolland Kommune", "Jobcenter Lolland", "Jernbanegade 7, 4930 Maribo", "54 67 67 67"),
    ("Ringkøbing-Skjern Kommune", "Arbejdsmarked", "Ved Fjorden 6, 6950 Ringkøbing", "99 74 24 24"),
    ("Guldborgsund Kommune", "Center for Arbejdsmarked", "Parkvej 37, 4800 Nykøbing F", "54 73 10 00"),
    ("Vejle Kommune", "Jobcenter Vejle", "Skolegade 1, 7100 Vejle", "76 81 81 81"),
    ("Silkeborg Kommune", "Jobcenter Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Thisted Kommune", "Beskæftigelse", "Asylgade 30, 7700 Thisted", "99 17 17 17"),
    ("Bornholms Regionskommune", "Jobcenter Bornholm", "Ullasvej 23, 3700 Rønne", "56 92 00 00"),
    ("Middelfart Kommune", "Jobcenter Middelfart", "Østergade 11, 5500 Middelfart", "88 88 55 00"),
    ("Ishøj Kommune", "Job- og Ydelsescenter", "Ishøj Store Torv 20, 2635 Ishøj", "43 57 75 75"),
]

BORGERE = ["Jonas Kristensen", "Amira Haddad", "Mette Lund Sørensen", "Kasper Holm", "Fatima Yilmaz",
           "Nikolaj Bech", "Sofie Ravn Madsen", "Ahmad Rahimi", "Line Vestergaard", "Oliver Dam",
           "Camilla Friis", "Mikkel Toft Andersen", "Hanne Poulsen", "Tobias Østergaard", "Yasmin Ali",
           "Rasmus Juhl", "Louise Brandt", "Emil Skov", "Natasja Krogh", "Peter Winther",
           "Aisha Mohammed", "Jesper Lindholm", "Maria Nielsen", "Simon Bak", "Ida Kjær",
           "Daniel Hvid", "Trine Mortensen", "Bilal Hussein", "Signe Bruun", "Morten Frost"]

MENTORER = [("Lars Østergaard", "23 45 67 89", "lo@jobhuset.dk", "Jobhuset ApS"),
            ("Anne Mikkelsen", "40 12 33 21", "anne@mentorkompagniet.dk", "Mentorkompagniet"),
            ("Karim Said", "28 90 11 47", "ks@broen-mentor.dk", "Broen Mentorservice"),
            ("Birgitte Holm", "51 66 70 02", "bh@kommune-mentorteam.dk", "Kommunens mentorteam"),
            ("Henrik Dahl", "22 31 45 90", "hd@vejviseren.dk", "Vejviseren I/S"),
            ("Pia Skovgaard", "30 55 81 64", "pia.skovgaard@lofteren.dk", "Løfteren"),
            ("Thomas Riis", "26 77 04 13", "tr@stepup-mentor.dk", "StepUp Mentor"),
            ("Dorthe Krag", "42 18 92 50", "dk@psykmentor.dk", "PsykMentor Danmark")]

SAGSBEH = ["Susanne Kjeldsen", "Michael Thomsen", "Rikke Damgaard", "Jens Overgaard", "Lene Fog",
           "Anders Brix", "Tina Høj", "Kristian Lauridsen", "Helle Winther", "Nanna Bjerre"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def six_end(start: date, months: int = 6) -> date:
    return add_months(start, months) - timedelta(days=1)


def fmt(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if style == 4:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 5:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def fmt_en(d: date) -> str:
    en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
    return f"{d.day} {en[d.month-1]} {d.year}"


def cpr(rng: random.Random) -> str:
    d = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 15000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


# ----------------------------------------------------------------------------- appeal texts

def appeal_block(var: str, k, rng: random.Random) -> list:
    """Appeal guidance variants. Returns blocks."""
    kom, afd, adr, tlf = k
    short = kom.replace(" Kommune", "").replace(" Regionskommune", "")
    if var == "full":
        return [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])),
                ("p", rng.choice([
                    f"Hvis du ikke er enig i afgørelsen, skal du klage til {kom} inden fire uger efter, at du har modtaget dette brev. "
                    f"Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
                    f"afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen.",
                    f"Du kan klage over afgørelsen. Klagen skal sendes til {afd}, {adr}, og vi skal have den senest 4 uger efter, "
                    f"at du har fået afgørelsen. Du kan klage mundtligt, skriftligt eller via Digital Post, og du behøver ikke begrunde klagen. "
                    f"Vi genvurderer afgørelsen. Giver vi dig ikke helt eller delvist ret, sender vi klagen og sagens akter videre til "
                    f"Ankestyrelsen, Beskæftigelsesudvalget, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
                    f"Er du uenig, kan du klage til os i {short} inden 4 uger fra den dag, du modtog afgørelsen. Ring på {tlf} eller skriv "
                    f"via Digital Post. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi din klage til Ankestyrelsen.",
                    f"Klagefrist: 4 uger fra du har modtaget afgørelsen. Klagen sendes til Jobcenter {short}, {adr}. Jobcentret "
                    f"genvurderer afgørelsen, og hvis den fastholdes, sendes klagen videre til Ankestyrelsen (LAB § 204).",
                ]))]
    if var == "no_deadline":
        return [("h", "Klagevejledning"),
                ("p", rng.choice([
                    f"Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til {kom}, som genvurderer sagen, inden den sendes videre.",
                    f"Hvis du er uenig i afgørelsen, kan du klage. Send din klage til {afd}, {adr}. Vi vurderer sagen igen og sender den "
                    f"til Ankestyrelsen, hvis vi fastholder afgørelsen.",
                ]))]
    if var == "empty":
        return [("p", rng.choice(["Du kan klage over afgørelsen.",
                                   "Har du spørgsmål eller er du utilfreds, er du velkommen til at kontakte din sagsbehandler."]))]
    if var == "direct":
        return [("h", "Klagevejledning"),
                ("p", rng.choice([
                    "Du kan klage over afgørelsen direkte til Ankestyrelsen inden 4 uger fra modtagelsen af dette brev. "
                    "Klagen sendes til Ankestyrelsen, 7998 Statsservice, eller via ast.dk.",
                    "Hvis du ikke er enig, kan du inden fire uger klage til Ankestyrelsen, Teglgårdstræde 11, 1452 København K. "
                    "Skriv dit navn, dit CPR-nummer og sagsnummeret i klagen.",
                ]))]
    if var == "other_subject":
        return [("h", "Klagevejledning"),
                ("p", f"Klage over afgørelse om befordringsgodtgørelse: Du kan klage til {kom} inden 4 uger. "
                      f"Kommunen genvurderer afgørelsen og sender klagen til Ankestyrelsen, hvis afgørelsen fastholdes.")]
    if var in ("ref_present", "ref_missing"):
        return [("p", rng.choice(["Du kan se, hvordan du klager, i vedlagte klagevejledning.",
                                  "Se vedlagte klagevejledning, hvis du ikke er enig i afgørelsen.",
                                  "Klagevejledning er vedlagt som bilag."]))]
    if var == "english":
        return [("h", "How to appeal"),
                ("p", f"If you do not agree with this decision, you can appeal to {kom} within four weeks of receiving this letter. "
                      f"You can appeal in writing, by Digital Post or by phone ({tlf}). The municipality will reconsider the decision "
                      f"within four weeks. If it upholds the decision, your appeal is forwarded to Ankestyrelsen (the National Social "
                      f"Appeals Board), which will make the final decision.")]
    if var == "none":
        return []
    raise ValueError(var)


def appeal_attachment(k, rng) -> list:
    kom, afd, adr, tlf = k
    return [("pagebreak",), ("title", "Bilag: Klagevejledning"),
            ("p", f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget hos {kom}, {afd}, {adr}, "
                  f"senest 4 uger efter, at du har fået afgørelsen."),
            ("p", "Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder kommunen "
                  "afgørelsen, sendes klagen sammen med sagens dokumenter til Ankestyrelsen, jf. § 204 i lov om en aktiv "
                  "beskæftigelsesindsats og retssikkerhedslovens §§ 66-67."),
            ("p", "Ankestyrelsen skal bruge dit navn, din adresse, dit CPR-nummer og sagsnummeret.")]


# ----------------------------------------------------------------------------- document builders

class Ctx:
    def __init__(self, rng, i):
        self.rng = rng
        self.k = KOMMUNER[i % len(KOMMUNER)]
        self.borger = BORGERE[(i * 7) % len(BORGERE)]
        self.fornavn = self.borger.split()[0]
        self.mentor = MENTORER[(i * 3) % len(MENTORER)]
        self.sb = SAGSBEH[(i * 3 + i // 10) % len(SAGSBEH)]
        self.ds = rng.choice([0, 0, 0, 1, 2, 3, 4, 5, 6])
        self.cpr = cpr(rng) if rng.random() < 0.27 else None
        self.sag = f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-A{rng.randrange(10, 99)}-{rng.randrange(1000, 99999)}-26"

    def d(self, x):
        return fmt(x, self.ds)


def letter_head(c: Ctx, brevdato: date, layout: str) -> list:
    kom, afd, adr, tlf = c.k
    bl = []
    if layout == "dp":
        bl += [("p", "Digital Post"), ("p", f"Fra: {kom}  ·  Til: {c.borger}"),
               ("p", f"Modtaget: {fmt(brevdato, 1)} kl. {c.rng.randrange(7, 16):02d}:{c.rng.randrange(0, 59):02d}"),
               ("p", "Emne: " + c.rng.choice(["Afgørelse", "Brev fra kommunen", "Vigtig post", "Din sag om mentorstøtte"])),
               ("p", "—" * 20)]
    bl += [("p", f"{kom}\n{afd}\n{adr}\nTlf. {tlf}")]
    to = f"{c.borger}"
    if c.cpr:
        to += f"\nCPR-nr.: {c.cpr}"
    bl += [("p", to), ("p", f"Dato: {c.d(brevdato)}\nSagsnr.: {c.sag}\nSagsbehandler: {c.sb}")]
    return bl


def signoff(c: Ctx) -> list:
    kom = c.k[0]
    return [("p", c.rng.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen og god weekend"])),
            ("p", f"{c.sb}\n{c.rng.choice(['Sagsbehandler', 'Jobkonsulent', 'Rådgiver', 'Myndighedssagsbehandler'])}\n{kom}")]


def decision(c: Ctx, sub: str, appeal: str, start: date, end: date, hours: int, layout: str,
             extra: dict) -> tuple[list, dict]:
    """Build a decision letter. Returns blocks and label info."""
    rng = c.rng
    kom = c.k[0]
    m_navn, m_tlf, m_mail, m_firma = c.mentor
    brevdato = start - timedelta(days=rng.randrange(5, 20))
    bl = letter_head(c, brevdato, layout)
    period_s = f"{c.d(start)} – {c.d(end)}" if rng.random() < 0.6 else f"fra {c.d(start)} til {c.d(end)}"
    law = rng.choice(["§ 167, stk. 1, i lov om en aktiv beskæftigelsesindsats", "LAB § 167, stk. 1",
                      "§ 167 i beskæftigelsesloven", "lov om en aktiv beskæftigelsesindsats § 167"])
    reasons = True
    if sub == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
                            "Afgørelse – bevilling af mentor"])
        bl += [("title", title), ("p", f"Kære {c.fornavn}"),
               ("p", rng.choice([
                   f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter {law} i perioden {period_s}.",
                   f"{kom} har den {c.d(brevdato)} besluttet at bevilge dig mentorstøtte. Bevillingen gælder {period_s}.",
                   f"Vi kan hermed oplyse, at du er bevilget mentorstøtte, jf. {law}. Støtten gives {period_s}."])),
               ("p", f"Du får {hours} timers mentorstøtte om ugen. Din mentor er {m_navn} fra {m_firma}, tlf. {m_tlf}."),
               ("p", rng.choice([
                   "Formålet er at støtte dig i at fastholde din virksomhedspraktik, så du kan komme videre mod et job.",
                   "Mentoren skal hjælpe dig med at komme i gang med din uddannelse og med at holde fast i den.",
                   "Mentorstøtten skal hjælpe dig med at møde stabilt i dit løntilskudsjob."]))]
        if rng.random() < 0.4:
            bl += [("p", "Mentoren laver sammen med dig en aftale om mål, opgaver og opfølgning, som lægges i Min Plan.")]
    elif sub == "partial_hours":
        asked = hours + rng.choice([2, 3, 4])
        bl += [("title", rng.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse om mentorstøtte"])),
               ("p", f"Kære {c.borger}"),
               ("p", f"Du har søgt om mentorstøtte {asked} timer om ugen. Vi har bevilget dig {hours} timer om ugen i perioden {period_s}. "
                     f"Du har altså fået færre timer, end du søgte om."),
               ("h", "Begrundelse"),
               ("p", f"Afgørelsen er truffet efter {law}. Vi har lagt vægt på, at du allerede har støtte fra en bostøtte efter "
                     f"serviceloven to gange om ugen, og at din praktikvært har udpeget en kollega, der hjælper dig i arbejdstiden. "
                     f"Vi vurderer derfor, at {hours} timer om ugen dækker dit behov for støtte til at fastholde praktikken.")]
    elif sub == "partial_period":
        asked_m = rng.choice([9, 12])
        bl += [("title", "Afgørelse om mentorstøtte"), ("p", f"Kære {c.fornavn}"),
               ("p", f"Du søgte den {c.d(brevdato - timedelta(days=20))} om mentorstøtte i {asked_m} måneder. "
                     f"Vi har bevilget mentorstøtte i 6 måneder, {period_s}, med {hours} timer om ugen."),
               ("h", "Hvorfor har du ikke fået hele perioden?"),
               ("p", f"Efter {law} kan mentorstøtte gives i højst 6 måneder ad gangen. Før perioden udløber, vurderer vi sammen med "
                     f"dig og mentoren, om du har brug for en ny periode. Vi har lagt vægt på, at du starter på grundforløbet "
                     f"på social- og sundhedsskolen, og at behovet kan være mindre, når du er kommet godt i gang.")]
    elif sub == "partial_provider":
        wished = rng.choice(["din tidligere kontaktperson fra bostedet", "en mentor fra Headspace", "din fætter, som har eget firma"])
        bl += [("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte – anden mentor end ønsket"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Du har søgt om mentorstøtte og ønsket, at {wished} skulle være din mentor. Vi har bevilget mentorstøtte "
                     f"{period_s} med {hours} timer om ugen, men mentoren bliver {m_navn} fra {m_firma} (tlf. {m_tlf})."),
               ("h", "Begrundelse"),
               ("p", f"Vi har truffet afgørelsen efter {law}. {kom} køber mentorstøtte hos de leverandører, vi har aftale med efter udbud. "
                     f"Vi har lagt vægt på, at {m_firma} har erfaring med borgere i virksomhedspraktik, og at du kan komme i gang med det samme.")]
    elif sub in ("refusal", "refusal_noreason"):
        bl += [("title", rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", rng.choice([f"Du har den {c.d(brevdato - timedelta(days=15))} søgt om mentorstøtte. Vi har givet dig afslag.",
                                 f"Vi har behandlet din ansøgning om mentorstøtte, og vi må desværre give dig afslag.",
                                 f"{kom} kan ikke bevillige dig mentorstøtte."]))]
        if sub == "refusal":
            bl += [("h", "Begrundelse"),
                   ("p", rng.choice([
                       f"Afgørelsen er truffet efter {law}. Mentorstøtte skal hjælpe dig med at opnå eller fastholde beskæftigelse "
                       f"eller uddannelse. Vi har lagt vægt på, at du ikke er i gang med et job, en uddannelse eller et tilbud, og at "
                       f"du i dag modtager støtte fra psykiatrien to gange om ugen. Vi vurderer, at du har den støtte, du har brug for.",
                       f"Vi har lagt vægt på, at din uddannelsesinstitution tilbyder specialpædagogisk støtte (SPS), som dækker det behov, "
                       f"du har beskrevet. Mentorstøtte efter {law} kan kun gives til støtte, der går ud over det, skolen normalt tilbyder."]))]
        else:
            reasons = False
            bl += [("p", "Hvis din situation ændrer sig, er du velkommen til at søge igen.")]
    elif sub == "extension_ok":
        prev_start = add_months(start, -6)
        bl += [("title", rng.choice(["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af mentorstøtte", "Ny periode med mentorstøtte"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Din mentorstøtte i den forrige periode {c.d(prev_start)} – {c.d(start - timedelta(days=1))} udløber snart. "
                     f"Vi har på statusmødet den {c.d(start - timedelta(days=16))} lavet en konkret vurdering af dit behov."),
               ("p", f"Vi har besluttet at give dig mentorstøtte i en ny periode {period_s}, jf. {law.replace('stk. 1', 'stk. 1, 2. pkt.')}. "
                     f"Du får fortsat {hours} timer om ugen med {m_navn}."),
               ("p", "Vi har lagt vægt på, at du er kommet godt i gang med praktikken, men at mentoren stadig er vigtig for, at du møder stabilt.")]
    elif sub == "extension_over":
        bl += [("title", rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentor"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Vi har vurderet, at du fortsat har brug for mentorstøtte. Din bevilling forlænges, så den nu gælder for perioden "
                     f"{c.d(start)} – {c.d(end)}."),
               ("p", f"Timetallet er uændret {hours} timer om ugen, og {m_navn} fortsætter som din mentor."),
               ("p", f"Afgørelsen er truffet efter {law}.")]
    elif sub == "long_grant":
        bl += [("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Du er bevilget mentorstøtte efter {law} i perioden {period_s} med {hours} timer pr. uge."),
               ("p", f"Mentoren er {m_navn}, {m_firma}. Mentoren skal følge dig i dit uddannelsesforløb på "
                     f"{rng.choice(['EUC Syd', 'Tradium', 'SOSU Nord', 'Roskilde Handelsskole'])}.")]
    elif sub == "end":
        bl += [("title", rng.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper", "Ophør af mentorstøtte"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Vi har besluttet, at din mentorstøtte ophører den {c.d(end)}. Du har haft mentor siden {c.d(start)}."),
               ("h", "Begrundelse"),
               ("p", rng.choice([
                   "Du er nu ansat i et ordinært job med 30 timer om ugen, og din arbejdsgiver har oplyst, at du klarer dig godt. "
                   f"Vi har lagt vægt på, at formålet med mentorstøtten efter {law} dermed er nået.",
                   "Du er ikke mødt op til aftalerne med din mentor siden marts, og vi har ikke kunnet få kontakt med dig. "
                   "Vi vurderer derfor, at mentorstøtten ikke længere kan hjælpe dig mod job eller uddannelse."]))]
    elif sub in ("udskriv_ok", "udskriv_over"):
        dis = extra["discharge"]
        bl += [("title", rng.choice(["Afgørelse om udskrivningskoordinator", "Bevilling af mentorstøtte – udskrivningskoordinator"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Region {rng.choice(['Syddanmark', 'Midtjylland', 'Nordjylland', 'Sjælland', 'Hovedstaden'])} har oplyst os om, at du er "
                     f"indlagt på psykiatrisk afdeling, og at du forventes udskrevet omkring {c.d(dis)}. Du har sagt ja til en udskrivningskoordinator."),
               ("p", f"Vi bevilger dig mentorstøtte som udskrivningskoordinator efter § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats "
                     f"i perioden {period_s}. Støtten begynder, mens du er indlagt, og fortsætter efter udskrivelsen."),
               ("p", f"Din koordinator er {m_navn}, {m_firma}, tlf. {m_tlf}. Du får {hours} timer om ugen.")]
    elif sub == "hours_change":
        old = hours + rng.choice([2, 3])
        chg = start + timedelta(days=rng.choice([61, 75, 92]))
        bl += [("title", rng.choice(["Afgørelse om ændring af timetal for mentorstøtte", "Ændring af din mentorstøtte"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Du har mentorstøtte i perioden {period_s} med {old} timer om ugen. Vi har besluttet at nedsætte timetallet "
                     f"til {hours} timer om ugen fra den {c.d(chg)}. Perioden er uændret."),
               ("h", "Begrundelse"),
               ("p", f"Vi har lagt vægt på mentorens statusnotat, hvor det fremgår, at du nu selv møder på arbejdspladsen og "
                     f"klarer transporten. Afgørelsen er truffet efter {law}.")]
    elif sub == "len_grant":
        mlen = extra["mlen"]
        words = {6: "6 måneder", 9: "9 mdr.", 12: "et år", 26: "26 uger", 40: "40 uger"}[mlen]
        bl += [("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling – mentor"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Vi har bevilget dig mentorstøtte efter {law} fra {c.d(start)} og {words} frem. "
                     f"Timetallet er {hours} timer om ugen."),
               ("p", f"{m_firma} kontakter dig inden opstart. Mentoren skal støtte dig i at fastholde dit fleksjob i "
                     f"{rng.choice(['Rema 1000', 'en tømrervirksomhed', 'kommunens vejafdeling'])}.")]
    elif sub == "reconsider_change":
        bl += [("title", rng.choice(["Ny afgørelse efter genvurdering", "Genvurdering – du får delvis medhold"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Du har klaget over vores afslag på mentorstøtte. Vi har genvurderet afgørelsen efter retssikkerhedslovens § 66 "
                     f"og giver dig delvis medhold. Du får nu mentorstøtte {period_s} med {hours} timer om ugen, men ikke de "
                     f"{hours + 3} timer, du søgte om."),
               ("h", "Begrundelse"),
               ("p", f"Du har sendt nye oplysninger fra din praktikvært, som viser, at du har brug for støtte til at komme i gang. "
                     f"Vi har lagt vægt på, at praktikværten selv tilbyder en fast kontaktperson på arbejdspladsen, jf. {law}.")]
    else:
        raise ValueError(sub)
    if layout == "skabelon":
        res = {"grant": "Bevilget", "long_grant": "Bevilget", "partial_hours": "Delvis bevilget (færre timer)",
               "partial_period": "Delvis bevilget (kortere periode)", "partial_provider": "Bevilget med anden leverandør",
               "refusal": "Afslag", "refusal_noreason": "Afslag", "extension_ok": "Forlængelse (ny periode)",
               "extension_over": "Forlængelse", "end": "Ophør", "udskriv_ok": "Bevilget – udskrivningskoordinator",
               "udskriv_over": "Bevilget – udskrivningskoordinator", "hours_change": "Ændret timetal",
               "reconsider_change": "Genvurdering – delvis medhold", "len_grant": "Bevilget"}[sub]
        rows = [("kv", "Ydelse", "Mentorstøtte"), ("kv", "Afgørelse", res),
                ("kv", "Lovgrundlag", "LAB § 167, stk. 2" if sub.startswith("udskriv") else "LAB § 167, stk. 1")]
        if sub not in ("refusal", "refusal_noreason"):
            if sub == "end":
                rows.append(("kv", "Ophører pr.", c.d(end)))
            else:
                rows.append(("kv", "Bevillingsperiode", f"{c.d(start)} - {c.d(end)}"))
                rows.append(("kv", "Timer pr. uge", str(hours)))
                rows.append(("kv", "Leverandør", m_firma))
        ti = next(j for j, b in enumerate(bl) if b[0] == "title")
        bl[ti + 1:ti + 1] = rows
    # appeal
    if appeal == "attachment":
        bl += [("p", "Klagevejledning finder du i bilaget sidst i brevet.")]
    else:
        bl += appeal_block(appeal, c.k, rng)
    bl += signoff(c)
    if appeal in ("attachment", "ref_present"):
        bl += appeal_attachment(c.k, rng)
    return bl, {"reasons": reasons}


def decision_en(c: Ctx, start, end, hours, appeal):
    kom, afd, adr, tlf = c.k
    m_navn, m_tlf, _, m_firma = c.mentor
    bl = [("p", f"{kom}\n{afd}\n{adr}"), ("p", f"{c.borger}" + (f"\nCPR no.: {c.cpr}" if c.cpr else "")),
          ("p", f"Date: {fmt_en(start - timedelta(days=9))}\nCase no.: {c.sag}"),
          ("title", "Decision on mentor support"), ("p", f"Dear {c.fornavn}"),
          ("p", f"You have applied for mentor support. We have granted you mentor support under section 167(1) of the Danish Act on "
                f"Active Employment Efforts (lov om en aktiv beskæftigelsesindsats) from {fmt_en(start)} to {fmt_en(end)}, "
                f"{hours} hours per week."),
          ("p", f"Your mentor is {m_navn} from {m_firma}, phone {m_tlf}. The mentor will help you get started in your language "
                f"school and in your work placement.")]
    if appeal == "english":
        bl += appeal_block("english", c.k, c.rng)
    elif appeal == "danish_full":
        bl += [("p", "The appeal guidance below is in Danish.")] + appeal_block("full", c.k, c.rng)
    elif appeal == "none":
        bl += [("p", "If you have any questions, please contact your caseworker.")]
    bl += [("p", f"Kind regards\n{c.sb}\n{kom}")]
    return bl


def agreement(c: Ctx, defects: set, start, end, hours, layout):
    rng = c.rng
    kom = c.k[0]
    m_navn, m_tlf, m_mail, m_firma = c.mentor
    goal = rng.choice([
        f"{c.fornavn} er i virksomhedspraktik 20 timer om ugen i {rng.choice(['Netto', 'Bilka', 'Dagrofa', 'Jysk'])} senest {c.d(start + timedelta(days=60))} med henblik på løntilskud.",
        f"{c.fornavn} gennemfører grundforløb 1 på {rng.choice(['EUC Syd', 'Tradium', 'Mercantec'])} og møder mindst fire dage om ugen.",
        f"{c.fornavn} har fast fremmøde på FGU (produktionsgrunduddannelse) fire dage om ugen og søger læreplads inden {c.d(end)}."])
    if "unclear-goal" in defects:
        goal = rng.choice(["Støtte til at komme videre og øget trivsel.", "Sikre at borgeren får struktur på hverdagen og bedre selvværd.",
                           "Motivere borgeren og arbejde på at komme tættere på arbejdsmarkedet."])
    tasks = rng.choice(["Følge med til praktikstedet de første to uger; ugentlig samtale om fremmøde, transport og kontakt til kollegaer.",
                        "Hjælpe med at planlægge skoledagen, lektier og samtaler med kontaktlæreren; vække-opkald om morgenen i de første uger.",
                        "Støtte til at holde aftaler, følge med til møder med skolen og hjælpe med at bruge kalender på telefonen."])
    follow = rng.choice(["Statusmøde med mentor, borger og sagsbehandler hver måned. Delmål: fremmøde 4 dage om ugen fra måned 2. "
                         "Evaluering 14 dage før periodens udløb.",
                         "Vi følger op hver 4. uge på et trepartsmøde og måler progression på fremmøde og antal timer i praktik."])
    if "missing-follow-up" in defects:
        follow = rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", None])
    hours_s = rng.choice([f"{hours} timer pr. uge", f"{hours} t/uge", f"{hours} timer om ugen"])
    if "missing-hours" in defects:
        hours_s = rng.choice(["Efter behov", "Et par timer om ugen", None])
    mentor_s = f"{m_navn}, {m_firma}, tlf. {m_tlf}, {m_mail}"
    if "missing-mentor" in defects:
        mentor_s = rng.choice([f"{m_firma} (mentor udpeges senere)", f"{m_navn}"])
    per = f"{c.d(start)} – {c.d(end)}"
    if layout == "prose":
        bl = [("p", f"{m_firma}\n{c.k[0]}s leverandør af mentorstøtte"),
              ("title", rng.choice(["Aftale om mentorstøtte", "Vores aftale om dit mentorforløb"])),
              ("p", f"Kære {c.fornavn}" + (f" (CPR {c.cpr})" if c.cpr else "")),
              ("p", "Tak for et godt opstartsmøde. Her får du det, vi blev enige om, skrevet ned.")]
        g = goal if "unclear-goal" not in defects else goal[0].lower() + goal[1:]
        bl.append(("p", f"Målet med mentorstøtten er: {g}"))
        if "missing-mentor" in defects:
            bl.append(("p", "Det er mig, der er din mentor."))
        else:
            bl.append(("p", f"Det er mig, {m_navn}, der er din mentor. Du kan altid få fat i mig på {m_tlf} eller {m_mail}."))
        bl.append(("p", f"Vi aftalte, at jeg skal: {tasks[0].lower() + tasks[1:]}"))
        bl.append(("p", f"Forløbet løber fra {c.d(start)} til {c.d(end)}."))
        if hours_s:
            bl.append(("p", f"Vi har {hours_s} sammen." if "missing-hours" not in defects else f"Vi ses {hours_s.lower()}."))
        if follow:
            bl.append(("p", follow))
        if "missing-appeal-guidance" not in defects:
            bl += appeal_block("full", c.k, rng)
        else:
            bl += appeal_block(rng.choice(["empty", "none"]), c.k, rng)
        bl += [("p", f"De bedste hilsner\n{m_navn}\n{m_firma}")]
        return bl
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb efter LAB § 167"])
    bl = [("p", f"{kom}\n{c.k[1]}"), ("title", title),
          ("kv", "Borger", c.borger + (f", CPR {c.cpr}" if c.cpr else "")), ("kv", "Sagsnr.", c.sag)]
    rows = [("Målet med mentorstøtten", goal), ("Mentor", mentor_s), ("Mentorens opgaver", tasks),
            ("Periode", per), ("Timetal", hours_s), ("Opfølgning", follow)]
    for n, (lab, val) in enumerate(rows, 1):
        if val is None:
            continue
        if layout == "numbered":
            bl.append(("p", f"{n}) {lab}: {val}"))
        else:
            bl.append(("kv", lab, val))
    if "missing-appeal-guidance" not in defects:
        bl += appeal_block("full", c.k, rng)
    else:
        bl += appeal_block(rng.choice(["empty", "no_deadline", "none"]), c.k, rng)
    bl += [("p", f"Dato: {c.d(start - timedelta(days=3))}"), ("p", "Underskrift borger: ______________    Underskrift mentor: ______________")]
    return bl


def minplan(c: Ctx, defects: set, start, end, hours, layout):
    rng = c.rng
    m_navn, m_tlf, m_mail, m_firma = c.mentor
    goal = rng.choice([f"Du skal i løntilskud som lagermedarbejder hos {rng.choice(['PostNord', 'Salling Group', 'Arla'])} senest {c.d(start + timedelta(days=90))}.",
                       f"Du starter på SOSU-hjælperuddannelsen og møder mindst 4 dage om ugen.",
                       f"Du er i praktik 15 timer om ugen i en børnehave, og målet er et fleksjob på 15 timer inden {c.d(end)}."])
    if "unclear-goal" in defects:
        goal = rng.choice(["Øget trivsel og struktur på hverdagen.", "Hjælp til at komme videre."])
    if layout == "cards":
        other_end = add_months(start, 11)
        bl = [("p", f"Jobnet – Min Plan\n{c.borger}"), ("title", "Min Plan")]
        if "missing-goal" not in defects:
            bl += [("h", "Mit mål"), ("p", "Jeg vil have en uddannelse som ernæringsassistent.")]
        bl += [
              ("h", "Erhvervsuddannelse – grundforløb (EUD), Aktiv"),
              ("kv", "Sted", rng.choice(["ZBC Slagelse", "Aarhus Tech", "EUC Nordvest"])), ("kv", "Start", c.d(start)),
              ("kv", "Slut", c.d(other_end)), ("kv", "Kontaktperson", "Studievejleder Mona Berg, tlf. 72 11 22 33"),
              ("h", "Mentorstøtte")]
        if "missing-goal" not in defects:
            bl.append(("kv", "Formål", goal))
        bl.append(("kv", "Mentor", f"{m_navn}, tlf. {m_tlf}" if "missing-mentor" not in defects else m_firma))
        if "missing-tasks" not in defects:
            bl.append(("kv", "Beskrivelse", "Mentoren hjælper dig med at planlægge skoleugen og følger dig til samtaler med skolen."))
        bl += [("kv", "Start", c.d(start)), ("kv", "Slut", c.d(end))]
        if "missing-hours" not in defects:
            bl.append(("kv", "Timer pr. uge", str(hours)))
        return bl
    bl = [("p", f"Min Plan – {c.borger}"), ("p", f"Udskrevet {c.d(start)} fra {c.k[0]}"),
          ("title", rng.choice(["Min Plan: Mentorstøtte", "Indsats: Mentorstøtte (§ 167)", "Min Plan – aktivitet: Mentor"]))]
    items = [("Formål", goal if "missing-goal" not in defects else None),
             ("Mentor", f"{m_navn}, tlf. {m_tlf}" if "missing-mentor" not in defects else f"{m_firma}"),
             ("Det hjælper mentoren dig med", rng.choice(["Følge dig til jobsamtaler og de første dage i praktikken; hjælpe med kalender og transport.",
                                                          "Ugentlige samtaler om fremmøde og hjælp til kontakt med skolen."]) if "missing-tasks" not in defects else None),
             ("Periode", f"{c.d(start)} - {c.d(end)}"),
             ("Timer", f"{hours} timer om ugen" if "missing-hours" not in defects else None)]
    for lab, val in items:
        if val is not None:
            bl.append(("kv", lab, val))
    bl.append(("p", "Har du spørgsmål til din plan, så skriv til din rådgiver i beskeder på Jobnet."))
    return bl


def unknown_doc(c: Ctx, sub: str, start: date):
    rng = c.rng
    kom, afd, adr, tlf = c.k
    m_navn, m_tlf, _, m_firma = c.mentor
    bl = letter_head(c, start, rng.choice(["brev", "dp"]))
    if sub == "hearing":
        bl += [("title", "Partshøring – vi overvejer at give afslag på mentorstøtte"), ("p", f"Kære {c.fornavn}"),
               ("p", "Før vi træffer afgørelse i din sag om mentorstøtte, vil vi give dig mulighed for at kommentere de oplysninger, "
                     "vi vil lægge vægt på, jf. forvaltningslovens § 19."),
               ("p", "Vi overvejer at give dig afslag, fordi din skole har oplyst, at du får specialpædagogisk støtte to timer om ugen."),
               ("p", f"Du kan sende dine bemærkninger til os senest den {c.d(start + timedelta(days=14))}. Hører vi ikke fra dig, træffer vi afgørelse på det foreliggende grundlag.")]
    elif sub == "reconsider":
        bl += [("title", rng.choice(["Genvurdering af din klage – afgørelsen fastholdes", "Vi har genvurderet din sag"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Vi har modtaget din klage over vores afgørelse om afslag på mentorstøtte. Vi har genvurderet sagen, jf. "
                     f"retssikkerhedslovens § 66, men vi fastholder afgørelsen."),
               ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil behandle klagen. "
                     "Du hører fra Ankestyrelsen, når de har modtaget sagen.")]
    elif sub == "ankestyrelsen":
        bl = [("p", "Ankestyrelsen\nTeglgårdstræde 11\n1452 København K"), ("p", f"{c.borger}" + (f"\nCPR-nr. {c.cpr}" if c.cpr else "")),
              ("p", f"Dato: {c.d(start)}\nJ.nr. {rng.randrange(10000, 99999)}-{rng.randrange(10, 99)}"),
              ("title", "Ankestyrelsens afgørelse"), ("p", f"Ankestyrelsen har behandlet din klage over {kom}s afgørelse om mentorstøtte."),
              ("h", "Resultat"), ("p", rng.choice(["Ankestyrelsen giver dig ikke medhold. Kommunens afgørelse er rigtig.",
                                                   "Ankestyrelsen ophæver kommunens afgørelse og hjemviser sagen til fornyet behandling."])),
              ("h", "Begrundelse"), ("p", "Ankestyrelsen lægger vægt på, at mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats "
                                          "forudsætter et konkret behov i forhold til job eller uddannelse."),
              ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")]
    elif sub == "receipt":
        bl += [("title", rng.choice(["Kvittering for din ansøgning om mentorstøtte", "Vi har modtaget din ansøgning"])),
               ("p", f"Kære {c.fornavn}"),
               ("p", f"Vi har den {c.d(start)} modtaget din ansøgning om mentorstøtte. Vi forventer at kunne træffe afgørelse inden for 4 uger."),
               ("p", "Hvis vi mangler oplysninger, kontakter vi dig.")]
    elif sub == "moreinfo":
        bl += [("title", "Vi mangler oplysninger i din sag om mentorstøtte"), ("p", f"Kære {c.fornavn}"),
               ("p", "Vi er ved at behandle din ansøgning om mentorstøtte. For at kunne træffe afgørelse har vi brug for:"),
               ("li", "en beskrivelse fra din skole af den støtte, du får i dag"),
               ("li", "en kopi af din praktikaftale"),
               ("li", "samtykke til, at vi må indhente oplysninger fra din egen læge"),
               ("p", f"Send oplysningerne senest {c.d(start + timedelta(days=14))} via Digital Post eller ring på {tlf}.")]
    elif sub == "status":
        bl = [("p", f"{m_firma}"), ("title", "Statusrapport – mentorforløb"),
              ("kv", "Borger", c.borger), ("kv", "Rapport nr.", "2"), ("kv", "Skrevet af", m_navn),
              ("p", f"{c.fornavn} har mødt op til 11 ud af 12 aftaler i perioden. Praktikken går godt, og praktikværten overvejer løntilskud."),
              ("p", "Vi anbefaler, at forløbet fortsætter med uændret timetal.")]
    elif sub == "faktura":
        bl = [("p", f"{m_firma}\nCVR {rng.randrange(10000000, 99999999)}"), ("title", "Faktura"),
              ("kv", "Til", f"{kom}, {afd}"), ("kv", "Fakturanr.", str(rng.randrange(1000, 9999))),
              ("kv", "Vedr.", f"Mentorstøtte {c.borger}, {MONTHS[start.month-1]} {start.year}"),
              ("kv", "Antal timer", "12 à 450,00 kr."), ("kv", "I alt", "5.400,00 kr. (momsfrit)"),
              ("p", "Betalingsbetingelser: 30 dage netto. EAN-nummer jf. aftale.")]
    elif sub == "bestilling":
        bl = [("p", f"{kom}\n{afd}"), ("title", "Bestilling af mentorforløb"),
              ("kv", "Leverandør", f"{m_firma}, att. {m_navn}"), ("kv", "Borger", c.borger + (f" ({c.cpr})" if c.cpr else "")),
              ("kv", "Ønsket opstart", c.d(start)), ("kv", "Bevilget", "4 timer pr. uge i 6 måneder"),
              ("kv", "Formål", "Fastholdelse i virksomhedspraktik med henblik på løntilskud"),
              ("p", "Leverandøren bedes bekræfte opstart og sende første statusrapport efter 4 uger. Mentoraftalen udarbejdes "
                    "ved opstartsmødet og sendes til sagsbehandler.")]
    elif sub == "folder":
        bl = [("title", f"Mentorstøtte i {kom}"), ("p", "Sådan foregår det, når du får en mentor"),
              ("p", "Når du er bevilget mentorstøtte, laver du en aftale med din mentor. Aftalen skal indeholde:"),
              ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktdata"),
              ("li", "hvilke opgaver mentoren skal hjælpe dig med"), ("li", "varigheden af aftalen og opfølgning"),
              ("li", "timetallet for mentorstøtten"), ("li", "klagevejledning"),
              ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, jf. § 167 i lov om en aktiv beskæftigelsesindsats. "
                    "Er du uenig i en afgørelse, kan du klage til kommunen inden 4 uger."),
              ("p", f"Spørgsmål? Ring til {afd} på {tlf}.")]
    elif sub == "kalender":
        bl = [("p", f"Jobnet – {c.borger}"), ("title", "Mine aftaler"),
              ("kv", c.d(start + timedelta(days=3)) + " kl. 10.00", f"Opstartsmøde med mentor {m_navn}, {m_firma}"),
              ("kv", c.d(start + timedelta(days=31)) + " kl. 13.30", f"Opfølgningssamtale med {c.sb}, {kom}"),
              ("kv", c.d(start + timedelta(days=60)) + " kl. 09.00", "Statusmøde i praktikken"),
              ("p", "Husk at melde afbud senest dagen før.")]
    bl += signoff(c) if sub not in ("ankestyrelsen", "status", "faktura", "bestilling", "folder", "kalender") else []
    return bl


# ----------------------------------------------------------------------------- renderers

def blocks_text(bl) -> str:
    out = []
    for b in bl:
        t = b[0]
        if t == "title":
            out += [b[1].upper() if len(b[1]) < 40 else b[1], ""]
        elif t == "h":
            out += [b[1], ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "li":
            out += ["- " + b[1]]
        elif t == "kv":
            out += [f"{b[1]}: {b[2]}", ""]
        elif t == "pagebreak":
            out += ["", "\f"]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def render_txt(bl, path: Path):
    path.write_text(blocks_text(bl), encoding="utf-8")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(bl, path: Path, title: str):
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{esc(title)}</title></head><body>"]
    in_table = False
    for b in bl:
        t = b[0]
        if t != "kv" and in_table:
            parts.append("</table>")
            in_table = False
        if t == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            parts.append("<p>" + "<br>".join(esc(x) for x in b[1].split("\n")) + "</p>")
        elif t == "li":
            parts.append(f"<ul><li>{esc(b[1])}</li></ul>")
        elif t == "kv":
            if not in_table:
                parts.append('<table border="1">')
                in_table = True
            parts.append(f"<tr><th>{esc(b[1])}</th><td>{esc(b[2])}</td></tr>")
        elif t == "pagebreak":
            parts.append('<hr style="page-break-after:always">')
    if in_table:
        parts.append("</table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_docx(bl, path: Path, table_kv: bool):
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    table = None
    for b in bl:
        t = b[0]
        if t != "kv":
            table = None
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif t == "kv":
            if table_kv:
                if table is None:
                    table = d.add_table(rows=0, cols=2)
                    table.style = "Table Grid"
                row = table.add_row()
                row.cells[0].text = b[1]
                row.cells[1].text = b[2]
            else:
                p = d.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
        elif t == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))


def render_pdf(bl, path: Path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, PageBreak
    ss = getSampleStyleSheet()
    story = []
    kv = []

    def flush():
        nonlocal kv
        if kv:
            story.append(Table([[Paragraph(esc(a), ss["Normal"]), Paragraph(esc(v), ss["Normal"])] for a, v in kv],
                               colWidths=[140, 330], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 8))
            kv = []
    for b in bl:
        t = b[0]
        if t != "kv":
            flush()
        if t == "title":
            story.append(Paragraph(esc(b[1]), ss["Heading1"]))
        elif t == "h":
            story.append(Paragraph(esc(b[1]), ss["Heading3"]))
        elif t == "p":
            story.append(Paragraph("<br/>".join(esc(x) for x in b[1].split("\n")), ss["Normal"]))
            story.append(Spacer(1, 6))
        elif t == "li":
            story.append(Paragraph("• " + esc(b[1]), ss["Normal"]))
        elif t == "kv":
            kv.append((b[1], b[2]))
        elif t == "pagebreak":
            story.append(PageBreak())
    flush()
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50).build(story)


def render_scan(bl, path: Path, tmp: Path):
    from pypdf import PdfReader, PdfWriter
    src = tmp / (path.stem + "_src.pdf")
    render_pdf(bl, src)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(tmp / path.stem)], check=True)
    pages = sorted(tmp.glob(path.stem + "-*.png"))
    w = PdfWriter()
    for pg in pages:
        base = pg.with_suffix("")
        subprocess.run(["tesseract", str(pg), str(base), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for p in PdfReader(str(base) + ".pdf").pages:
            w.add_page(p)
    with open(path, "wb") as f:
        w.write(f)


def render_odt(bl, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, LineBreak, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    table = None
    n = 0
    for b in bl:
        t = b[0]
        if t != "kv":
            table = None
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t == "p":
            p = P()
            for i, ln in enumerate(b[1].split("\n")):
                if i:
                    p.addElement(LineBreak())
                p.addText(ln)
            doc.text.addElement(p)
        elif t == "li":
            lst = List()
            li = ListItem()
            li.addElement(P(text=b[1]))
            lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "kv":
            if table is None:
                n += 1
                table = Table(name=f"T{n}")
                table.addElement(TableColumn(numbercolumnsrepeated=2))
                doc.text.addElement(table)
            tr = TableRow()
            for v in (b[1], b[2]):
                tc = TableCell()
                tc.addElement(P(text=v))
                tr.addElement(tc)
            table.addElement(tr)
        elif t == "pagebreak":
            doc.text.addElement(P(text=""))
    doc.save(str(path))


def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_rtf(bl, path: Path):
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22"]
    for b in bl:
        t = b[0]
        if t == "title":
            out.append("{\\b\\fs32 " + rtf_esc(b[1]) + "}\\par\\par")
        elif t == "h":
            out.append("{\\b " + rtf_esc(b[1]) + "}\\par")
        elif t == "p":
            out.append(rtf_esc(b[1]) + "\\par\\par")
        elif t == "li":
            out.append("\\bullet  " + rtf_esc(b[1]) + "\\par")
        elif t == "kv":
            out.append("\\trowd\\cellx2600\\cellx9000 " + rtf_esc(b[1]) + "\\cell " + rtf_esc(b[2]) + "\\cell\\row")
        elif t == "pagebreak":
            out.append("\\page")
    out.append("}")
    path.write_text("\n".join(out), encoding="ascii")


# ----------------------------------------------------------------------------- plan

DEC_PLAN = [
    # (sub, appeal, months_len, over?, fmt)
    ("grant", "full", 6, "docx"), ("grant", "full", 6, "pdf"), ("grant", "none", 6, "txt"), ("grant", "empty", 4, "html"),
    ("grant", "direct", 6, "docx"), ("grant", "ref_present", 6, "pdf"), ("grant", "ref_missing", 6, "odt"),
    ("grant", "attachment", 5, "docx"), ("grant", "no_deadline", 6, "rtf"), ("grant", "full", 3, "scan"),
    ("grant", "other_subject", 6, "txt"), ("grant", "full", 6, "html"),
    ("long_grant", "full", 12, "docx"), ("long_grant", "full", 9, "pdf"), ("long_grant", "direct", 8, "scan"),
    ("partial_hours", "full", 6, "odt"), ("partial_hours", "ref_missing", 6, "pdf"), ("partial_hours", "attachment", 6, "docx"),
    ("partial_period", "full", 6, "txt"), ("partial_period", "no_deadline", 6, "docx"), ("partial_period", "full", 6, "scan"),
    ("partial_provider", "full", 6, "html"), ("partial_provider", "direct", 4, "rtf"),
    ("refusal", "full", 0, "pdf"), ("refusal", "full", 0, "docx"), ("refusal_noreason", "full", 0, "txt"),
    ("refusal_noreason", "empty", 0, "html"), ("refusal", "ref_present", 0, "odt"), ("refusal", "ref_missing", 0, "scan"),
    ("refusal", "direct", 0, "docx"),
    ("extension_ok", "full", 6, "docx"), ("extension_ok", "full", 6, "pdf"), ("extension_ok", "no_deadline", 6, "html"),
    ("extension_over", "full", 10, "txt"), ("extension_over", "full", 12, "docx"), ("extension_over", "none", 9, "odt"),
    ("end", "full", 4, "pdf"), ("end", "attachment", 3, "docx"), ("end", "empty", 5, "rtf"),
    ("udskriv_ok", "full", 9, "docx"), ("udskriv_ok", "full", 8, "pdf"), ("udskriv_over", "full", 12, "txt"),
    ("hours_change", "full", 6, "html"), ("hours_change", "ref_missing", 6, "docx"),
    ("en", "english", 6, "docx"), ("en", "none", 6, "pdf"), ("en", "danish_full", 6, "html"),
    ("reconsider_change", "full", 6, "docx"), ("reconsider_change", "direct", 6, "pdf"),
    ("grant", "full", 6, "rtf"), ("long_grant", "ref_present", 7, "odt"), ("extension_ok", "direct", 6, "txt"),
    ("partial_hours", "empty", 6, "html"),
    ("len_grant", "full", 9, "docx"), ("len_grant", "full", 26, "pdf"), ("len_grant", "no_deadline", 6, "txt"),
    ("len_grant", "full", 40, "odt"), ("len_grant", "direct", 12, "html"),
    ("udskriv_over", "ref_missing", 11, "pdf"), ("end", "other_subject", 4, "txt"),
]

AGR_PLAN = [(set(), "docx", "kv"), (set(), "pdf", "numbered"), (set(), "odt", "kv"), ({"missing-hours"}, "docx", "prose"),
            ({"missing-follow-up"}, "pdf", "kv"), ({"unclear-goal"}, "html", "numbered"), ({"missing-mentor"}, "txt", "prose"),
            ({"missing-appeal-guidance"}, "docx", "kv"), ({"duration-over-6-months"}, "scan", "kv"),
            ({"missing-hours", "missing-follow-up"}, "rtf", "kv"), (set(), "html", "prose"),
            ({"missing-appeal-guidance", "unclear-goal"}, "odt", "numbered"), (set(), "txt", "prose"),
            ({"duration-over-6-months"}, "docx", "prose")]

MP_PLAN = [(set(), "html", "list"), (set(), "pdf", "cards"), (set(), "txt", "list"), ({"missing-hours"}, "html", "cards"),
           ({"missing-tasks"}, "pdf", "list"), ({"unclear-goal"}, "txt", "list"), ({"missing-mentor"}, "html", "list"),
           ({"duration-over-6-months"}, "pdf", "list"), ({"missing-goal"}, "docx", "cards"), (set(), "scan", "list"),
           (set(), "docx", "cards"), ({"duration-over-6-months"}, "html", "cards")]

UNK_PLAN = [("hearing", "docx"), ("hearing", "txt"), ("reconsider", "pdf"), ("reconsider", "html"), ("ankestyrelsen", "pdf"),
            ("ankestyrelsen", "scan"), ("receipt", "txt"), ("receipt", "html"), ("moreinfo", "docx"), ("moreinfo", "odt"),
            ("status", "docx"), ("faktura", "pdf"), ("bestilling", "docx"), ("folder", "pdf"), ("kalender", "html")]


def write(bl, fmtn, path: Path, tmp: Path, rng, title):
    if fmtn == "txt":
        render_txt(bl, path)
    elif fmtn == "html":
        render_html(bl, path, title)
    elif fmtn == "docx":
        render_docx(bl, path, table_kv=rng.random() < 0.7)
    elif fmtn == "pdf":
        render_pdf(bl, path)
    elif fmtn == "scan":
        render_scan(bl, path, tmp)
    elif fmtn == "odt":
        render_odt(bl, path)
    elif fmtn == "rtf":
        render_rtf(bl, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gq")
    ap.add_argument("--seed", type=int, default=16016)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="gq_"))
    rng = random.Random(a.seed)
    entries = []
    i = 0
    starts = [date(2026, m, 1) for m in (2, 3, 4, 5, 6, 8, 9)] + [date(2026, 3, 15), date(2026, 4, 10), date(2026, 1, 12)]

    def emit(bl, kind, subtype, fmtn, rules, extras, layout, traits, c, period, folder, name):
        ext = "pdf" if fmtn == "scan" else fmtn
        rel = f"{folder}/{name}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        write(bl, fmtn, p, tmp, rng, name)
        tr = list(traits) + (["cpr"] if c.cpr else []) + (["scan-ocr"] if fmtn == "scan" else [])
        e = {"path": rel, "format": ext, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if c.cpr else [], "traits": tr}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)

    for sub, appeal, mlen, fmtn in DEC_PLAN:
        i += 1
        c = Ctx(rng, i)
        start = starts[i % len(starts)]
        rules, extras, traits = set(), set(), [f"sub:{sub}", f"appeal:{appeal}"]
        layout = rng.choice(["brev", "brev", "dp", "skabelon"]) if fmtn in ("txt", "html", "pdf") else rng.choice(["brev", "skabelon"])
        extra = {}
        if sub.startswith("udskriv"):
            extra["discharge"] = add_months(start, 3)
        if sub == "len_grant":
            extra["mlen"] = mlen
            mlen = {26: 6, 40: 9}.get(mlen, mlen)
        end = six_end(start, mlen) if mlen else None
        if sub == "en":
            bl = decision_en(c, start, end, rng.choice([2, 3, 4]), appeal)
            if appeal == "none":
                rules.add("missing-appeal-guidance")
            layout = "english-letter"
        else:
            if end is None:
                end_use = six_end(start, 6)
            else:
                end_use = end
            bl, info = decision(c, sub, appeal, start, end_use, rng.choice([2, 3, 4, 5]), layout, extra)
            if appeal in ("none", "empty", "no_deadline", "other_subject", "ref_missing"):
                rules.add("missing-appeal-guidance")
            if appeal == "direct":
                extras.add("appeal-wrong-route")
            if not info["reasons"]:
                extras.add("missing-reasons")
            if appeal == "ref_missing" and sub in ("partial_hours",):
                pass
        lim = 9 if sub.startswith("udskriv") else 6
        if mlen and mlen > lim and sub in ("long_grant", "extension_over", "udskriv_over", "len_grant"):
            rules.add("duration-over-6-months")
        folder = c.k[0].split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        name = f"afgoerelse-{sub.replace('_', '-')}-{i:03d}"
        period = (start, end) if end and sub not in ("refusal", "refusal_noreason") else None
        emit(bl, "decision", sub, fmtn, rules, extras, f"decision-{layout}", traits, c, period, folder, name)

    for defects, fmtn, alay in AGR_PLAN:
        i += 1
        c = Ctx(rng, i)
        start = starts[i % len(starts)]
        mlen = 6 if "duration-over-6-months" not in defects else rng.choice([9, 12])
        end = six_end(start, mlen)
        bl = agreement(c, defects, start, end, rng.choice([2, 3, 4]), alay)
        folder = c.k[0].split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        emit(bl, "agreement", "agreement", fmtn, set(defects), set(), f"agreement-{alay}", [f"defect:{d}" for d in sorted(defects)],
             c, (start, end), folder, f"aftale-mentor-{i:03d}")

    for defects, fmtn, mlay in MP_PLAN:
        i += 1
        c = Ctx(rng, i)
        start = starts[i % len(starts)]
        mlen = 6 if "duration-over-6-months" not in defects else 10
        end = six_end(start, mlen)
        bl = minplan(c, defects, start, end, rng.choice([2, 3, 4]), mlay)
        folder = c.k[0].split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        emit(bl, "minplan", "minplan", fmtn, set(defects), set(), f"minplan-{mlay}", [f"defect:{d}" for d in sorted(defects)],
             c, (start, end), folder, f"minplan-mentor-{i:03d}")

    for sub, fmtn in UNK_PLAN:
        i += 1
        c = Ctx(rng, i)
        start = starts[i % len(starts)]
        bl = unknown_doc(c, sub, start)
        folder = c.k[0].split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        emit(bl, "unknown", sub, fmtn, set(), set(), f"unknown-{sub}", [f"sub:{sub}"], c, None, folder, f"{sub}-{i:03d}")

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
