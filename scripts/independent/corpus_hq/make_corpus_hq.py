#!/usr/bin/env python3
"""Corpus HQ: the letters around a decision on mentor support (LAB § 167).

Deterministic: python make_corpus_hq.py --out /work/corpora/hq [--seed 1807]
"""
from __future__ import annotations

import argparse, json, random, shutil, subprocess, tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import date, datetime, timezone
from pathlib import Path

MUNIS = [("Vejle", "Kirketorvet 22, 7100 Vejle", "76 81 00 00"), ("Herning", "Torvet 5, 7400 Herning", "96 28 28 28"),
         ("Næstved", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"), ("Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
         ("Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15"), ("Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
         ("Faxe", "Frederiksgade 9, 4690 Haslev", "56 20 30 00"), ("Assens", "Rådhus Allé 5, 5610 Assens", "64 74 74 74"),
         ("Tønder", "Kongevej 57, 6270 Tønder", "74 92 92 92"), ("Kolding", "Akseltorv 1, 6000 Kolding", "79 79 79 79"),
         ("Esbjerg", "Torvegade 74, 6700 Esbjerg", "76 16 16 16"), ("Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
         ("Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"), ("Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00")]
CITIZENS = ["Mikkel Rasmussen", "Sara Lund Pedersen", "Ahmad Yousef", "Louise Kjær", "Jonas Bech", "Fatima El-Amin",
            "Camilla Thomsen", "Rasmus Holm", "Nadia Christiansen", "Emil Frost", "Aysel Demir", "Kasper Nørgaard",
            "Line Mortensen", "Oliver Skov", "Julie Brandt", "Tobias Vestergaard", "Maja Iversen", "Patrick Lund"]
STREETS = ["Østergade 14, 2. th.", "Bøgevej 3", "Skovbrynet 41", "Vestergade 8, st.", "Kærvej 112", "Lærkevej 6"]
CASEW = ["Hanne Søgaard", "Peter Lindberg", "Mette Kragh", "Birgitte Olesen", "Anders Bak", "Trine Holst"]
MENTORS = [("Lars Østergaard", "23 45 67 89", "lo@jobvaerkstedet.dk", "Jobværkstedet"),
           ("Pia Winther", "40 12 33 21", "piwi@mentorhuset.dk", "Mentorhuset ApS"),
           ("Kim Hauge", "61 70 22 18", "kha@fremad-mentor.dk", "Fremad Mentor"),
           ("Ditte Ravn", "29 88 14 02", "dr@kommunal-mentorteam.dk", "kommunens mentorteam"),
           ("Søren Aagaard", "52 19 47 60", "sa@broen-job.dk", "Broen Job & Uddannelse")]
GOALS = ["at du er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest 1. juni 2026",
         "at du starter på grundforløb 1 (GF1) på EUC Syd i august 2026 og møder mindst 4 dage om ugen",
         "at du fastholder dit job som køkkenmedhjælper hos Kantinen A/S med 25 timer om ugen",
         "at du gennemfører FVU-dansk trin 2 på VUC og søger optagelse på SOSU-uddannelsen",
         "at du kommer i løntilskud i en daginstitution 15 timer om ugen inden 1. oktober 2026",
         "at du møder stabilt på din praktikplads i Netto 3 dage om ugen med under 2 fraværsdage pr. måned"]
VAGUE_GOALS = ["Støtte til at komme videre og øget trivsel.", "Sikre at borgeren får struktur på hverdagen.",
               "Øget selvværd og motivation."]
TASKS = ["hjælpe dig med at planlægge ugen og møde til tiden", "følge dig til de første møder på arbejdspladsen",
         "tage kontakt til praktikstedet, hvis der opstår problemer", "hjælpe med kontakt til SU-kontoret og studievejlederen",
         "støtte dig i at holde styr på post i Digital Post og aftaler med kommunen"]
M = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]

def dk(d: date, style: int = 0) -> str:
    return [f"{d.day}. {M[d.month-1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}/{d.month} {d.year}",
            f"d. {d.day}. {M[d.month-1]} {d.year}"][style % 4]

def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)

def end_of(start: date, months: int) -> date:
    from datetime import timedelta
    return add_months(start, months) - timedelta(days=1)

# --------------------------------------------------------------------------- appeal guidance variants
def appeal(kind: str, K: str, adr: str, tlf: str, r: random.Random) -> list:
    if kind == "full":
        v = r.randrange(4)
        if v == 0:
            return [("h", "Klagevejledning"), ("p", f"Hvis du ikke er enig i afgørelsen, kan du klage til {K} Kommune. Klagen skal være modtaget inden 4 uger efter, at du har fået dette brev. Du kan klage skriftligt eller mundtligt."),
                    ("p", f"Kommunen genvurderer afgørelsen inden 4 uger. Fastholder vi afgørelsen, sender vi din klage og sagens akter videre til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i retssikkerhedsloven.")]
        if v == 1:
            return [("h", "Sådan klager du"), ("p", f"Du har fire uger fra du modtog brevet til at klage. Send klagen til os: Jobcenter {K}, {adr}, eller skriv til os via Digital Post. Du kan også ringe på {tlf}."),
                    ("p", "Vi ser på sagen igen. Hvis vi ikke giver dig ret, sender vi klagen videre til Ankestyrelsen, som træffer afgørelse i sagen. Du behøver ikke begrunde din klage.")]
        if v == 2:
            return [("h", "Hvis du vil klage"), ("p", f"Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.")]
        return [("h", "Klageadgang"), ("p", f"Afgørelsen kan påklages til {K} Kommune, Beskæftigelse, {adr}, senest 4 uger efter modtagelsen (LAB § 204, jf. retssikkerhedslovens §§ 66-67). Kommunen genvurderer sagen, og fastholdes afgørelsen, oversendes klagen til Ankestyrelsens Beskæftigelsesudvalg.")]
    if kind == "vague":
        return [("h", "Klagevejledning"), ("p", r.choice(["Du kan klage over afgørelsen.", "Hvis du er utilfreds med afgørelsen, er du velkommen til at klage.", "Du har mulighed for at klage, hvis du er uenig."]))]
    if kind == "no_deadline":
        return [("h", "Klagevejledning"), ("p", f"Du kan klage over afgørelsen til Jobcenter {K}. Hvis vi fastholder afgørelsen, bliver sagen sendt til Ankestyrelsen.")]
    if kind == "no_body":
        return [("h", "Klagefrist"), ("p", "Fristen for at klage er 4 uger fra modtagelsen af dette brev. Klagen kan være mundtlig eller skriftlig.")]
    if kind == "wrong_route":
        return [("h", "Klagevejledning"), ("p", "Du kan klage til Ankestyrelsen inden 4 uger. Klagen sendes direkte til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, eller via ast.dk.")]
    if kind == "other_subject":
        return [("h", "Klagevejledning vedrørende befordringsgodtgørelse"), ("p", f"Klage over afgørelse om befordringsgodtgørelse sendes til {K} Kommune inden 4 uger. Kommunen genvurderer afgørelsen og sender en fastholdt afgørelse til Ankestyrelsen.")]
    return []

class Ctx:
    def __init__(self, r: random.Random, i: int):
        self.r = r
        self.K, self.adr, self.tlf = MUNIS[i % len(MUNIS)]
        self.name = r.choice(CITIZENS); self.street = r.choice(STREETS)
        self.cw = r.choice(CASEW); self.mentor = r.choice(MENTORS)
        self.sag = f"{r.randint(15, 27):02d}.{r.randint(1, 40):02d}.{r.randint(0, 20):02d}-G01-{r.randint(100, 9999)}-26"
        self.cpr = None
        self.date = date(2026, r.randint(1, 10), r.randint(1, 28))
        self.sender = "kommunen" if self.date >= date(2026, 2, 1) else "jobcentret"

    def header(self, cpr: bool) -> list:
        r = self.r
        b = [("p", f"{self.K} Kommune" + r.choice(["", " · Beskæftigelse", "\nJobcenter " + self.K, "\nArbejdsmarked og Borgerservice"])),
             ("p", f"{self.name}\n{self.street}")]
        meta = f"Dato: {dk(self.date, r.randrange(4))}\nSagsnr.: {self.sag}"
        if cpr:
            d = date(r.randint(1965, 2004), r.randint(1, 12), r.randint(1, 28))
            self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"
            meta += f"\nCPR-nr.: {self.cpr}"
        b.append(("p", meta))
        return b

    def sign(self) -> list:
        return [("p", self.r.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen og god dag"])),
                ("p", f"{self.cw}\nRådgiver, Jobcenter {self.K}\nTlf. {self.tlf}")]

# --------------------------------------------------------------------------- families
def decision(c: Ctx, sub: str, ap: str, over: bool = False, reasons: bool = True, cpr: bool = False):
    r = c.r; K = c.K
    start = date(2026, r.randint(2, 9), 1)
    months = 6 if not over else r.choice([8, 9, 12])
    end = end_of(start, months)
    period = None
    blocks = c.header(cpr)
    if sub == "grant":
        title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", f"Du får mentorstøtte – afgørelse", "Afgørelse: mentorstøtte efter LAB § 167"])
        hours = r.choice([2, 3, 4, 5])
        blocks += [("h1", title), ("p", f"Kære {c.name.split()[0]}"),
                   ("p", f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte i perioden {dk(start, r.randrange(4))} til {dk(end, r.randrange(4))} med {hours} timer om ugen."),
                   ("p", f"Din mentor bliver {c.mentor[0]} fra {c.mentor[3]}. Den skriftlige aftale om mentorstøtten med mål, opgaver og opfølgning laver I sammen ved opstartsmødet, og du finder den i Min Plan på Jobnet.")]
        if reasons:
            blocks += [("h", "Begrundelse"), ("p", f"Vi har lagt vægt på, at du efter vores vurdering har brug for støtte for at kunne gennemføre din praktik. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.")]
        period = (start, end)
    elif sub == "partial":
        asked = r.choice([9, 12])
        blocks += [("h1", r.choice(["Afgørelse om delvis bevilling af mentorstøtte", "Afgørelse – mentorstøtte (delvis imødekommet)"])), ("p", f"Kære {c.name}"),
                   ("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer om ugen. Du får bevilget mentorstøtte fra {dk(start, 0)} til {dk(end, 0)} med 3 timer om ugen. Vi har altså ikke givet dig alt, hvad du søgte om."),
                   ("p", f"Din mentor er {c.mentor[0]}, {c.mentor[3]}.")]
        if reasons:
            blocks += [("h", "Begrundelse"), ("p", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan mentorstøtte bevilges for højst 6 måneder ad gangen. Vi vurderer, at 3 timer om ugen er nok til at støtte dig i opstarten på dit løntilskudsjob, fordi din arbejdsgiver også har udpeget en kollega, der hjælper dig i hverdagen.")]
        period = (start, end)
    elif sub == "refusal":
        blocks += [("h1", r.choice(["Afslag på mentorstøtte", "Afgørelse om afslag – ansøgning om mentor", "Vi kan ikke bevilge dig mentorstøtte"])), ("p", f"Kære {c.name.split()[0]}"),
                   ("p", f"Du søgte den {dk(c.date, 0)} om mentorstøtte. Vi har besluttet at give dig afslag.")]
        if reasons:
            blocks += [("h", "Begrundelse"), ("p", "Mentorstøtte kan efter § 167 i lov om en aktiv beskæftigelsesindsats gives, når det er nødvendigt for, at du kan opnå eller fastholde beskæftigelse eller uddannelse. Vi har lagt vægt på, at du allerede får støtte fra en SPS-støttelærer på skolen, som dækker det behov, du beskriver i ansøgningen.")]
    elif sub == "extension":
        blocks += [("h1", r.choice(["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte", "Bevilling – ny periode med mentor"])), ("p", f"Kære {c.name.split()[0]}"),
                   ("p", f"Din nuværende periode med mentorstøtte slutter snart. Vi har vurderet din sag igen og forlænger mentorstøtten i en ny periode fra {dk(start, 1)} til {dk(end, 1)}, 2 timer om ugen. Din mentor er fortsat {c.mentor[0]}, tlf. {c.mentor[1]}.")]
        if reasons:
            blocks += [("h", "Begrundelse"), ("p", "Ved statusmødet blev det klart, at du er tæt på at få flere timer på arbejdspladsen, men stadig har brug for støtte til at fastholde fremmødet. Forlængelsen sker efter § 167, stk. 1, 2. pkt., i lov om en aktiv beskæftigelsesindsats.")]
        period = (start, end)
    elif sub == "end":
        blocks += [("h1", r.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper", "Afgørelse – mentorstøtten ophører"])), ("p", f"Kære {c.name.split()[0]}"),
                   ("p", f"Vi har besluttet, at din mentorstøtte ophører pr. {dk(end_of(start, 2), 0)}.")]
        if reasons:
            blocks += [("h", "Begrundelse"), ("p", "Du er nu startet på uddannelsen og møder stabilt. Formålet med mentorstøtten er dermed opfyldt, jf. § 167 i lov om en aktiv beskæftigelsesindsats. Du har fået mulighed for at udtale dig i vores brev om partshøring, og vi har ikke modtaget bemærkninger.")]
    elif sub == "udskrivning":
        end = end_of(start, 9)
        blocks += [("h1", "Afgørelse om udskrivningskoordinator"), ("p", f"Kære {c.name.split()[0]}"),
                   ("p", f"Du er indlagt på psykiatrisk afdeling og har sagt ja til en udskrivningskoordinator. Du har ret til mentorstøtte efter § 167, stk. 2. Vi bevilger en udskrivningskoordinator fra {dk(start, 0)} til {dk(end, 0)}, dvs. 3 måneder før den forventede udskrivning og 6 måneder efter. Timetallet er 4 timer om ugen."),
                   ("p", f"Din koordinator er {c.mentor[0]}, tlf. {c.mentor[1]}.")]
        period = (start, end)
    elif sub == "reconsider_changed":
        blocks += [("h1", r.choice(["Genvurdering – vi ændrer vores afgørelse om mentorstøtte", "Ny afgørelse efter din klage"])), ("p", f"Kære {c.name.split()[0]}"),
                   ("p", f"Vi har modtaget din klage over vores afslag på mentorstøtte. Vi har genvurderet sagen og giver dig nu ret. Du får bevilget mentorstøtte fra {dk(start, 2)} til {dk(end, 2)}, 3 timer om ugen. Vores tidligere afgørelse er hermed ændret."),
                   ("h", "Begrundelse"), ("p", "Du har sendt en udtalelse fra din praktiske læge, som viser, at du har brug for støtte til at komme i gang med praktikken. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.")]
        period = (start, end)
    blocks += appeal(ap, K, c.adr, c.tlf, r)
    blocks += c.sign()
    rules = []
    if ap in ("none", "vague", "no_deadline", "no_body", "other_subject"):
        rules.append("missing-appeal-guidance")
    if over and sub not in ("refusal", "end"):
        rules.append("duration-over-6-months")
    extras = []
    if ap == "wrong_route":
        extras.append("appeal-wrong-route")
    if not reasons and sub in ("refusal", "partial", "end"):
        extras.append("missing-reasons")
    return dict(kind="decision", subtype=sub, blocks=blocks, rules=sorted(rules), extras=extras,
                period=period, traits=[f"appeal:{ap}"] + (["period:over"] if over else []) + ([] if reasons else ["no-reasons"]))


def agreement(c: Ctx, defects: list[str], minplan: bool = False, cpr: bool = False):
    r = c.r
    start = date(2026, r.randint(2, 8), 1)
    end = end_of(start, 9 if "duration-over-6-months" in defects else 6)
    m = c.mentor
    goal = r.choice(VAGUE_GOALS) if "unclear-goal" in defects else r.choice(GOALS).capitalize() + "."
    tasks = r.sample(TASKS, 3)
    rows = []
    rows.append(("Målet med mentorstøtten", goal))
    rows.append(("Mentor", f"{m[0]}, {m[3]}" if "missing-mentor" in defects else f"{m[0]}, {m[3]}, tlf. {m[1]}, {m[2]}"))
    if "missing-tasks" not in defects:
        rows.append(("Mentorens opgaver", "; ".join(t[0].upper() + t[1:] for t in tasks)))
    rows.append(("Periode", f"{dk(start, 1)} – {dk(end, 1)}"))
    if "missing-hours" not in defects:
        rows.append(("Timetal", f"{r.choice([2, 3, 4])} timer pr. uge"))
    else:
        rows.append(("Timetal", "Efter behov"))
    if not minplan:
        if "missing-follow-up" not in defects:
            rows.append(("Opfølgning", "Statusmøde med mentor og rådgiver hver måned; evaluering 14 dage før periodens udløb. Delmål: fremmøde 4 dage om ugen fra 2. måned."))
        else:
            rows.append(("Opfølgning", "Der følges op efter behov."))
    blocks = c.header(cpr)
    if minplan:
        blocks[0] = ("p", "Min Plan – Jobnet\nUdskrevet af Jobcenter " + c.K)
        blocks += [("h1", r.choice(["Min Plan: Mentorstøtte", "Min Plan – indsats: mentor (LAB § 167)"])), ("p", f"Borger: {c.name}"), ("table", rows)]
    else:
        blocks += [("h1", r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte efter LAB § 167"])),
                   ("p", f"Aftalen er indgået mellem {c.name}, mentor {m[0]} og Jobcenter {c.K} og hører til afgørelsen om mentorstøtte af {dk(c.date, 0)}."), ("table", rows)]
        if "missing-appeal-guidance" not in defects:
            blocks += appeal("full", c.K, c.adr, c.tlf, r)
        blocks += [("p", "Underskrifter: ______________ borger   ______________ mentor   ______________ jobcenter")]
    return dict(kind="minplan" if minplan else "agreement", subtype="minplan" if minplan else "agreement", blocks=blocks,
                rules=sorted(defects), extras=[], period=(start, end), traits=["table"] + [f"defect:{d}" for d in defects])


def other(c: Ctx, sub: str, cpr: bool = False):
    r = c.r; K = c.K; fn = c.name.split()[0]; m = c.mentor
    b = c.header(cpr)
    if sub == "partshoring":
        b += [("h1", r.choice(["Partshøring – vi overvejer at stoppe din mentorstøtte", "Varsel om ophør af mentorstøtte", "Høring før afgørelse om mentorstøtte"])), ("p", f"Kære {fn}"),
              ("p", f"Vi overvejer at stoppe din mentorstøtte pr. {dk(add_months(c.date, 2), 0)}, fordi du ikke er mødt op til de sidste fire aftaler med din mentor {m[0]}. Vi har endnu ikke truffet en afgørelse."),
              ("p", f"Før vi træffer afgørelse, har du ret til at komme med dine bemærkninger (forvaltningslovens § 19). Send dem til os inden {dk(add_months(c.date, 1), 0)}, eller ring på {c.tlf}. Hører vi ikke fra dig, træffer vi afgørelse ud fra de oplysninger, vi har.")]
    elif sub == "info_request":
        b += [("h1", r.choice(["Vi mangler oplysninger til din ansøgning om mentorstøtte", "Anmodning om dokumentation", "Brug for flere oplysninger"])), ("p", f"Kære {fn}"),
              ("p", "Vi har modtaget din ansøgning om mentorstøtte. For at vi kan behandle den, har vi brug for:"),
              ("li", "en kopi af din uddannelsesaftale eller praktikaftale"), ("li", "en udtalelse fra din læge eller psykolog, hvis du har en"), ("li", "samtykke til, at vi må indhente oplysninger fra skolen"),
              ("p", f"Send dokumenterne senest 14 dage fra i dag via Digital Post eller borger.dk. Har du spørgsmål, så ring til {c.cw} på {c.tlf}.")]
    elif sub == "reminder":
        b += [("h1", r.choice(["Påmindelse: Vi mangler stadig dine oplysninger", "Rykker – ansøgning om mentor", "Husk at sende dokumentation"])), ("p", f"Kære {fn}"),
              ("p", f"Vi skrev til dig den {dk(c.date, 0)} og bad om dokumentation til din ansøgning om mentorstøtte. Vi har ikke modtaget noget endnu. Hvis vi ikke har dokumenterne inden 8 dage, behandler vi ansøgningen ud fra de oplysninger, vi har.")]
    elif sub == "receipt":
        b += [("h1", r.choice(["Kvittering for din ansøgning om mentorstøtte", "Bekræftelse af modtagelse", "Vi har modtaget din ansøgning"])), ("p", f"Kære {fn}"),
              ("p", f"Tak for din ansøgning om mentorstøtte, som vi modtog {dk(c.date, 0)}. Vi forventer at kunne give dig svar inden for 4 uger. Du hører fra os, hvis vi mangler oplysninger."),
              ("p", "Dette brev er ikke en afgørelse.")]
    elif sub == "reconsider_upheld":
        b += [("h1", r.choice(["Genvurdering af din klage – vi fastholder afgørelsen", "Din klage er sendt til Ankestyrelsen", "Vi har genvurderet din sag"])), ("p", f"Kære {fn}"),
              ("p", f"Du har klaget over vores afgørelse af {dk(c.date, 0)} om afslag på mentorstøtte. Vi har genvurderet afgørelsen efter retssikkerhedslovens § 66, men vi fastholder den, fordi de nye oplysninger ikke ændrer vores vurdering."),
              ("p", "Vi har derfor sendt din klage og sagens akter til Ankestyrelsen, som vil behandle klagen. Ankestyrelsen skriver til dig, når de har modtaget sagen. Du kan følge sagen på ast.dk.")]
    elif sub == "forward_ast":
        b[1] = ("p", "Ankestyrelsen\nTeglholmsgade 3\n2450 København SV")
        b += [("h1", "Oversendelse af klagesag – mentorstøtte"),
              ("p", f"Hermed oversendes klage fra {c.name} over {K} Kommunes afgørelse af {dk(c.date, 1)} om afslag på mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats."),
              ("p", "Kommunen har genvurderet afgørelsen og fastholder den. Klagen er modtaget rettidigt inden for 4 uger."), ("p", "Bilag:"),
              ("li", "Klage af borgeren"), ("li", "Kommunens afgørelse"), ("li", "Journalnotater og ansøgning"), ("li", "Kommunens genvurdering")]
    elif sub == "ast_decision":
        b[0] = ("p", "Ankestyrelsen\nBeskæftigelsesudvalget")
        res = r.choice(["stadfæster", "ændrer", "hjemviser"])
        b += [("h1", r.choice(["Ankestyrelsens afgørelse", "Afgørelse i din klagesag om mentorstøtte"])), ("p", f"Kære {c.name}"),
              ("p", f"Ankestyrelsen {res} {K} Kommunes afgørelse om mentorstøtte. " + {"stadfæster": "Det betyder, at du ikke får medhold i klagen.", "ændrer": "Det betyder, at du får medhold, og kommunen skal bevilge dig mentorstøtte.", "hjemviser": "Det betyder, at kommunen skal behandle din sag igen."}[res]),
              ("h", "Begrundelse"), ("p", "Vi har lagt vægt på oplysningerne om dit behov for støtte i praktikken og på § 167 i lov om en aktiv beskæftigelsesindsats."),
              ("h", "Hvis du er uenig"), ("p", "Du kan ikke klage over Ankestyrelsens afgørelse til en anden administrativ myndighed. Du kan indbringe afgørelsen for domstolene inden 6 måneder, jf. retssikkerhedslovens § 72.")]
    elif sub == "invitation":
        b += [("h1", r.choice(["Indkaldelse til samtale om mentorstøtte", "Invitation til opstartsmøde med din mentor", "Mødeindkaldelse"])), ("p", f"Kære {fn}"),
              ("p", f"Du inviteres til et møde {r.choice(['tirsdag', 'onsdag', 'torsdag'])} den {dk(add_months(c.date, 1), 0)} kl. 10.00 i Jobcenter {K}, {c.adr}. På mødet taler vi om, hvorvidt mentorstøtte kan hjælpe dig videre mod job eller uddannelse."),
              ("p", "Du er velkommen til at tage en bisidder med. Er du forhindret, så ring og giv besked.")]
    elif sub == "other_benefit":
        b += [("h1", r.choice(["Afgørelse om befordringsgodtgørelse", "Afgørelse om hjælp til enkeltudgifter", "Afgørelse om kontanthjælp"])), ("p", f"Kære {fn}"),
              ("p", f"Du får dækket dine udgifter til transport til møder med din mentor {m[0]} med 350 kr. om måneden. Bevillingen følger den periode, du har mentorstøtte."),
              ("h", "Begrundelse"), ("p", "Afgørelsen er truffet efter § 82 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på afstanden til mødestedet."),
              ("h", "Klagevejledning"), ("p", f"Klage over denne afgørelse om befordringsgodtgørelse sendes til {K} Kommune inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.")]
    elif sub == "status":
        b += [("h1", "Statusrapport fra mentor"), ("p", f"Borger: {c.name}\nMentor: {m[0]}, {m[3]}"),
              ("p", f"{fn} har mødt op til 9 ud af 11 aftaler i perioden. Fremmødet i praktikken er steget fra 2 til 3 dage om ugen. Vi anbefaler at fortsætte forløbet med uændret timetal.")]
    elif sub == "invoice":
        b[1] = ("p", f"Jobcenter {K}\nAtt.: {c.cw}")
        b += [("h1", f"Faktura nr. {r.randint(2000, 9999)}"), ("p", f"{m[3]} · CVR {r.randint(10000000, 99999999)}"),
              ("table", [("Ydelse", "Antal", "Beløb"), (f"Mentortimer, {c.name}, {M[c.date.month-1]} 2026", "12 t", "5.400,00 kr."), ("Kørsel", "84 km", "315,00 kr."), ("I alt inkl. moms", "", "7.143,75 kr.")]),
              ("p", "Betalingsbetingelser: netto 30 dage. EAN-nr. oplyses af kommunen.")]
    elif sub == "minutes":
        b += [("h1", "Referat af opfølgningsmøde"), ("p", f"Deltagere: {c.name}, {c.cw} (rådgiver), {m[0]} (mentor)"),
              ("p", f"{fn} fortalte, at praktikken går bedre. Mentoren har fulgt med til to møder med arbejdsgiveren. Næste møde aftales om 6 uger. Rådgiveren undersøger muligheden for løntilskud.")]
    elif sub == "dp_notice":
        b = [("h1", f"Du har fået post fra {K} Kommune"), ("p", f"Kære {c.name}"),
             ("p", "Du har modtaget et nyt brev i Digital Post om din sag om mentorstøtte. Log ind på borger.dk eller i Digital Post-appen for at læse brevet."),
             ("p", "Du kan ikke svare på denne e-mail.")]
        c.cpr = None
    else:
        raise ValueError(sub)
    if sub not in ("forward_ast", "ast_decision", "invoice", "status", "minutes", "dp_notice"):
        b += c.sign()
    return dict(kind="unknown", subtype=sub, blocks=b, rules=[], extras=[], period=None, traits=["not-a-decision"])


def extra(c: Ctx, sub: str, cpr: bool = False):
    r = c.r; K = c.K; fn = c.name.split()[0]; m = c.mentor
    start = date(2026, r.randint(2, 7), 1)
    if sub in ("guide", "guide2"):
        b = [("h1", "Vejledning: Sådan klager du over en afgørelse om mentorstøtte" if sub == "guide" else f"Mentorstøtte i {K} Kommune – det skal du vide"),
             ("p", f"Denne vejledning er til borgere i {K} Kommune, der har fået en afgørelse om mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats."),
             ("p", "En skriftlig aftale om mentorstøtte skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, varigheden og opfølgningen samt timetallet. Mentorstøtte gives for højst 6 måneder ad gangen."),
             ("p", "Er du uenig i en afgørelse, skal du klage til kommunen inden 4 uger. Kommunen genvurderer afgørelsen, og fastholder den afgørelsen, sendes klagen til Ankestyrelsen."),
             ("p", f"Har du spørgsmål, kan du ringe til Jobcenter {K} på {c.tlf}.")]
        return dict(kind="unknown", subtype=sub, blocks=b, rules=[], extras=[], period=None, traits=["guidance", "lists-fields"])
    if sub == "note":
        b = c.header(cpr) + [("h1", "Journalnotat – telefonsamtale"), ("p", f"{dk(c.date, 1)} kl. 13.20. Borgeren ringede og spurgte til sin ansøgning om mentorstøtte. Oplyst at vi afventer lægeudtalelse. Borgeren sender den i næste uge. Ingen afgørelse truffet."), ("p", f"/{c.cw}")]
        return dict(kind="unknown", subtype=sub, blocks=b, rules=[], extras=[], period=None, traits=["journal-note"])
    if sub in ("prose_ok", "prose_nofu"):
        end = end_of(start, 6)
        b = c.header(cpr) + [("h1", "Aftale om mentorstøtte – det vi blev enige om"), ("p", f"Kære {fn}"),
             ("p", f"Her får du det, vi blev enige om ved mødet, skrevet ned. Målet er, {r.choice(GOALS)}."),
             ("p", f"Din mentor er {m[0]} fra {m[3]}. Du kan altid få fat i {m[0].split()[0]} på {m[1]} eller {m[2]}."),
             ("p", f"{m[0].split()[0]} skal {TASKS[0]}, {TASKS[2]} og {TASKS[4]}."),
             ("p", f"Mentorstøtten løber fra {dk(start, 0)} til {dk(end, 0)}, og I mødes ca. 3 timer om ugen.")]
        if sub == "prose_ok":
            b.append(("p", "Vi holder statusmøde hver 4. uge, hvor vi ser på, om du møder de aftalte dage. Sidste evaluering er 14 dage før støtten slutter."))
        b += appeal("full", K, c.adr, c.tlf, r) + c.sign()
        return dict(kind="agreement", subtype="agreement", blocks=b, rules=[] if sub == "prose_ok" else ["missing-follow-up"], extras=[],
                    period=(start, end), traits=["prose-letter"])
    if sub in ("weeks_ok", "weeks_over"):
        w2 = 35 if sub == "weeks_ok" else 44
        rows = [("Indsats", "Mentorstøtte (§ 167)"), ("Formål", r.choice(GOALS).capitalize() + "."), ("Mentor", f"{m[0]}, tlf. {m[1]}"),
                ("Opgaver", "; ".join(t[0].upper() + t[1:] for t in TASKS[:3])), ("Periode", f"uge 10-{w2} 2026"), ("Timer", "2 t/uge")]
        b = [("p", "Min Plan – Jobnet"), ("h1", "Min Plan: Mentorstøtte"), ("p", f"Borger: {c.name}"), ("table", rows)]
        per = (date(2026, 3, 2), date(2026, 8, 30) if sub == "weeks_ok" else date(2026, 11, 1))
        return dict(kind="minplan", subtype="minplan", blocks=b, rules=[] if sub == "weeks_ok" else ["duration-over-6-months"], extras=[],
                    period=per, traits=["period:weeks"])
    raise ValueError(sub)

# --------------------------------------------------------------------------- renderers
def plain(blocks) -> str:
    out = []
    for t, v in blocks:
        if t == "h1": out.append(v.upper() if len(v) < 40 else v)
        elif t == "h": out.append(v + ":" if not v.endswith(":") else v)
        elif t == "li": out.append("- " + v)
        elif t == "table": out.append("\n".join(f"{row[0]}: {' '.join(row[1:])}" for row in v))
        else: out.append(v)
    return "\n\n".join(out) + "\n"

def html(blocks, title) -> str:
    import html as H
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{H.escape(title)}</title></head><body>"]
    inlist = False
    for t, v in blocks:
        if t != "li" and inlist: parts.append("</ul>"); inlist = False
        if t == "h1": parts.append(f"<h1>{H.escape(v)}</h1>")
        elif t == "h": parts.append(f"<h2>{H.escape(v)}</h2>")
        elif t == "li":
            if not inlist: parts.append("<ul>"); inlist = True
            parts.append(f"<li>{H.escape(v)}</li>")
        elif t == "table":
            parts.append("<table border='1'>" + "".join("<tr>" + "".join(f"<td>{H.escape(x)}</td>" for x in row) + "</tr>" for row in v) + "</table>")
        else: parts.append("<p>" + H.escape(v).replace("\n", "<br>") + "</p>")
    if inlist: parts.append("</ul>")
    return "\n".join(parts) + "</body></html>\n"

def docx_write(blocks, path: Path):
    import docx
    d = docx.Document()
    for t, v in blocks:
        if t == "h1": d.add_heading(v, 1)
        elif t == "h": d.add_heading(v, 2)
        elif t == "li": d.add_paragraph(v, style="List Bullet")
        elif t == "table":
            tb = d.add_table(rows=0, cols=len(v[0])); tb.style = "Table Grid"
            for row in v:
                cells = tb.add_row().cells
                for i, x in enumerate(row): cells[i].text = x
        else:
            p = d.add_paragraph()
            for i, line in enumerate(v.split("\n")):
                if i: p.add_run().add_break()
                p.add_run(line)
    d.save(path)

def rtf(blocks) -> str:
    def esc(s):
        o = []
        for ch in s:
            if ch in "\\{}": o.append("\\" + ch)
            elif ch == "\n": o.append("\\line ")
            elif ord(ch) > 127: o.append(f"\\u{ord(ch)}?")
            else: o.append(ch)
        return "".join(o)
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    for t, v in blocks:
        if t == "h1": out.append(r"{\b\fs32 " + esc(v) + r"}\par")
        elif t == "h": out.append(r"{\b " + esc(v) + r"}\par")
        elif t == "li": out.append(r"\bullet  " + esc(v) + r"\par")
        elif t == "table":
            for row in v:
                out.append(r"\trowd" + "".join(f"\\cellx{3000*(i+1)}" for i in range(len(row))) + " " + "".join(esc(x) + r"\cell " for x in row) + r"\row")
        else: out.append(esc(v) + r"\par")
    return "\n".join(out) + "}\n"

def eml(blocks, c: Ctx, title: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{c.K} Kommune <noreply@digitalpost.{c.K.lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}.dk>"
    msg["To"] = f"{c.name} <borger@example.dk>"
    msg["Subject"] = title
    msg["Date"] = format_datetime(datetime(c.date.year, c.date.month, c.date.day, 9, 30, tzinfo=timezone.utc))
    msg.set_content(plain(blocks))
    return bytes(msg)

# --------------------------------------------------------------------------- plan
def plan(r: random.Random):
    P = []  # (builder, args, fmt)
    dec = [("grant", "full"), ("grant", "full"), ("grant", "vague"), ("grant", "none"), ("grant", "wrong_route"), ("grant", "no_deadline"),
           ("grant", "full", True), ("grant", "full", True), ("grant", "no_body"),
           ("partial", "full"), ("partial", "full"), ("partial", "none", False, False), ("partial", "no_deadline"),
           ("refusal", "full"), ("refusal", "full"), ("refusal", "vague"), ("refusal", "none", False, False), ("refusal", "wrong_route"), ("refusal", "other_subject"),
           ("extension", "full"), ("extension", "full"), ("extension", "full", True), ("extension", "no_body"), ("extension", "none"),
           ("end", "full"), ("end", "full"), ("end", "vague"), ("end", "none", False, False),
           ("udskrivning", "full"), ("udskrivning", "no_deadline"),
           ("reconsider_changed", "full"), ("reconsider_changed", "none"), ("reconsider_changed", "wrong_route"), ("grant", "full", True)]
    for a in dec:
        P.append(("decision", a))
    oth = ["partshoring", "partshoring", "partshoring", "info_request", "info_request", "reminder", "reminder", "receipt", "receipt",
           "reconsider_upheld", "reconsider_upheld", "forward_ast", "ast_decision", "ast_decision", "invitation", "invitation",
           "other_benefit", "other_benefit", "status", "invoice", "minutes", "dp_notice"]
    for s in oth:
        P.append(("other", s))
    ag = [[], [], [], [], [], ["missing-hours"], ["missing-follow-up"], ["missing-mentor"], ["unclear-goal"], ["missing-appeal-guidance"],
          ["duration-over-6-months"], ["missing-tasks", "missing-follow-up"], ["missing-hours", "unclear-goal"]]
    for d in ag:
        P.append(("agreement", d))
    mp = [[], [], [], [], ["missing-hours"], ["missing-mentor"], ["unclear-goal"], ["missing-tasks"], ["duration-over-6-months"], ["missing-hours", "missing-mentor"]]
    for d in mp:
        P.append(("minplan", d))
    for x in ["guide", "guide2", "note", "prose_ok", "prose_nofu", "weeks_ok", "weeks_over"]:
        P.append(("extra", x))
    for a in [("grant", "full"), ("end", "wrong_route"), ("extension", "vague")]:
        P.append(("decision", a))
    return P

FORMATS = ["docx", "pdf", "eml", "html", "txt", "odt", "rtf", "pdf", "docx", "eml", "scan"]

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--out", required=True); ap.add_argument("--seed", type=int, default=1807)
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = Path(a.out)
    if out.exists(): shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="hq_"))
    entries, to_pdf, to_odt, to_scan = [], [], [], []
    for i, (fam, arg) in enumerate(plan(r)):
        c = Ctx(r, i)
        cpr = r.random() < 0.27
        if fam == "decision":
            sub, apk = arg[0], arg[1]
            over = len(arg) > 2 and arg[2]
            reasons = not (len(arg) > 3 and arg[3] is False)
            d = decision(c, sub, apk, over, reasons, cpr)
        elif fam == "other":
            d = other(c, arg, cpr)
        elif fam == "extra":
            d = extra(c, arg, cpr)
        else:
            d = agreement(c, list(arg), minplan=(fam == "minplan"), cpr=cpr)
        fmt = FORMATS[(i * 7 + r.randrange(3)) % len(FORMATS)]
        if d["kind"] == "minplan" and fmt == "eml": fmt = "html"
        title = next(v for t, v in d["blocks"] if t == "h1")
        folder = {"decision": "afgoerelser", "other": "breve", "agreement": "aftaler", "minplan": "minplan"}.get(fam) or {"unknown": "breve", "agreement": "aftaler", "minplan": "minplan"}[d["kind"]]
        stem = f"{i:03d}_{d['subtype']}_{c.K.lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}"
        (out / folder).mkdir(exist_ok=True)
        ext = "pdf" if fmt == "scan" else fmt
        rel = f"{folder}/{stem}.{ext}"
        target = out / rel
        blocks = d["blocks"]
        if fmt == "txt": target.write_text(plain(blocks), encoding="utf-8")
        elif fmt == "html": target.write_text(html(blocks, title), encoding="utf-8")
        elif fmt == "rtf": target.write_text(rtf(blocks), encoding="ascii")
        elif fmt == "eml": target.write_bytes(eml(blocks, c, title))
        elif fmt == "docx": docx_write(blocks, target)
        else:
            src = tmp / f"{stem}.docx"; docx_write(blocks, src)
            {"pdf": to_pdf, "odt": to_odt, "scan": to_scan}[fmt].append((src, target))
        traits = list(d["traits"]) + ([f"format:{fmt}"])
        mnc = []
        if c.cpr:
            mnc = [c.cpr, c.cpr.replace("-", "")]; traits.append("cpr")
        e = dict(path=rel, format=ext, kind=d["kind"], subtype=d["subtype"], layout=f"{d['kind']}-{d['subtype']}-{'table' if any(t=='table' for t,_ in blocks) else 'letter'}",
                 rules=d["rules"], extras=d["extras"], error=None, accept_errors=[], must_not_contain=mnc, traits=traits)
        if d["period"]:
            e["period"] = {"start": d["period"][0].isoformat(), "end": d["period"][1].isoformat()}
        entries.append(e)
    prof = "-env:UserInstallation=file:///tmp/lo_hq_profile"
    for group, conv in ((to_pdf + to_scan, "pdf"), (to_odt, "odt")):
        if not group: continue
        od = tmp / conv; od.mkdir(exist_ok=True)
        subprocess.run(["soffice", prof, "--headless", "--convert-to", conv, "--outdir", str(od)] + [str(s) for s, _ in group],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for s, t in group:
            res = od / f"{s.stem}.{conv}"
            if (s, t) in to_scan:
                img = tmp / s.stem
                subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(res), str(img)], check=True)
                pages = sorted(tmp.glob(s.stem + "-*.png"))
                lst = tmp / f"{s.stem}.lst"; lst.write_text("\n".join(str(p) for p in pages) + "\n")
                subprocess.run(["tesseract", str(lst), str(tmp / (s.stem + "_ocr")), "-l", "dan", "pdf"], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.copy(tmp / (s.stem + "_ocr.pdf"), t)
            else:
                shutil.copy(res, t)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
        for e in sorted(entries, key=lambda e: e["path"]):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(tmp)
    print(f"{len(entries)} documents -> {out}")

if __name__ == "__main__":
    main()
