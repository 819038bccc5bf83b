"""Corpus ED: printed, signed, scanned letters OCR'd with Tesseract (dan).

Written independently (see NOTES.md). Each document is composed as a letter (or a Min Plan print),
rendered to page images at 200 dpi with a letterhead, a logo and a contact sidebar, given scan damage
(skew, faint toner, a fold, a stamp, a handwritten margin note, signatures), and turned into a
searchable PDF whose only text is Tesseract's OCR layer. Labels follow the paper, not the OCR.

Usage: make_corpus_ed.py --out DIR [--seed N] [--jobs 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 200
W, H = 1654, 2339
F = "/usr/share/fonts/truetype/"
FONTS = {
    "serif": F + "dejavu/DejaVuSerif.ttf", "serif-b": F + "dejavu/DejaVuSerif-Bold.ttf",
    "sans": F + "dejavu/DejaVuSans.ttf", "sans-b": F + "dejavu/DejaVuSans-Bold.ttf",
    "carlito": F + "crosextra/Carlito-Regular.ttf", "carlito-b": F + "crosextra/Carlito-Bold.ttf",
    "hand": F + "fifthhorseman/dkg.ttf", "script": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
}
_fc: dict = {}


def font(name, size):
    key = (name, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FONTS[name], size)
    return _fc[key]


MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MUNIS = [("Hedensted", "8722", "Niels Espes Vej 8"), ("Faxe", "4690", "Frederiksgade 9"),
         ("Vordingborg", "4760", "Valdemarsgade 43"), ("Skive", "7800", "Torvegade 10"),
         ("Ringsted", "4100", "Sankt Bendts Allé 1"), ("Assens", "5610", "Willemoesvej 2"),
         ("Struer", "7600", "Østergade 11"), ("Ikast-Brande", "7430", "Centerparken 1"),
         ("Lolland", "4930", "Jernbanegade 7"), ("Kalundborg", "4400", "Holbækvej 141"),
         ("Syddjurs", "8400", "Lundbergsvej 2"), ("Tønder", "6270", "Kongevej 57")]
FIRST_F = ["Sara", "Mette", "Louise", "Hanne", "Camilla", "Fatima", "Line", "Birgitte", "Nadia", "Tina"]
FIRST_M = ["Jonas", "Kasper", "Mads", "Ali", "Rasmus", "Henrik", "Thomas", "Emil", "Peter", "Omar"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Hussein", "Yilmaz", "Kjær", "Lund"]
FIRMS = ["Mentorhuset ApS", "Vejen Videre", "Jobstarten I/S", "Kompas Mentor", "Trinet Mentorservice",
         "Broen Mentor og Coaching", "Mentorcentret Syd"]
STREETS = ["Stationsvej", "Møllevej", "Skolegade", "Birkevej", "Engtoften", "Kirkebakken", "Vestergade"]


def person(rng, sex=None):
    sex = sex or rng.choice("fm")
    first = rng.choice(FIRST_F if sex == "f" else FIRST_M)
    return first, rng.choice(LAST), sex


def phone(rng):
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng):
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
    return f"{d:%d%m%y}-{rng.randint(1000, 9999)}"


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue


def fmt_date(rng, d, style=None):
    style = style or rng.choice(["long", "long", "num", "slash", "dots"])
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def period(rng, over=False, exact_six=False):
    start = dt.date(2026, rng.randint(2, 10), rng.choice([1, 1, 1, 15]))
    if over:
        end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    elif exact_six:
        end = add_months(start, 6) - dt.timedelta(days=1)
    else:
        end = add_months(start, rng.choice([3, 4, 5, 6])) - dt.timedelta(days=1)
    return start, end


# --------------------------------------------------------------------------- field texts

def goal_text(rng, clear, first, city):
    if not clear:
        return rng.choice([
            "Støtte til at komme videre og øget trivsel i hverdagen.",
            "At du får mere struktur på hverdagen og et bedre selvværd.",
            "Sikre at du har det godt og bliver mere motiveret.",
            "Hjælp til at få styr på din situation, så du kommer tættere på arbejdsmarkedet.",
        ])
    return rng.choice([
        f"Du starter på FGU {city}, produktionsgrunduddannelsen (linje Byg og anlæg), i august 2026 "
        "og møder op mindst fire dage om ugen.",
        f"Du er i virksomhedspraktik 15 timer om ugen hos Netto i {city} senest 1. juni 2026, med "
        "henblik på et løntilskudsjob.",
        f"Du gennemfører grundforløb 2 på SOSU-skolen og består grundforløbsprøven i januar 2027.",
        "Du får et fleksjob som lagermedarbejder på 12 timer om ugen inden perioden slutter.",
        f"Du fastholder dit job som køkkenmedhjælper hos Café Havnen i {city} og møder til alle "
        "dine vagter.",
        "Du bliver optaget på VUC og gennemfører FVU-dansk trin 2 i løbet af foråret.",
        f"Du kommer i ordinært job som chauffør, og inden da har du taget kørekort kategori C.",
    ])


TASKS = [
    "følge dig ud på praktikstedet de første to uger",
    "hjælpe dig med at lave en ugeplan, så du kommer op om morgenen",
    "tale med dig hver uge om fremmøde, transport og hvordan det går",
    "hjælpe dig med kontakten til studievejlederen og SPS",
    "tage med dig til møder med kommunen, hvis du ønsker det",
    "hjælpe dig med at åbne og forstå din post i e-Boks",
    "øve samtalen med arbejdsgiveren med dig inden opstart",
    "være bindeled mellem dig, skolen og din sagsbehandler",
]


def tasks_items(rng):
    return rng.sample(TASKS, rng.randint(3, 5))


def hours_text(rng, kind):
    if kind == "vague":
        return rng.choice(["Timetal: efter behov.", "I aftaler selv et par timer om ugen.",
                           "Mentor er til rådighed løbende i perioden."])
    return rng.choice([
        "Du har 3 timer om ugen sammen med din mentor.",
        "Timetal: 2 timer pr. uge.",
        "Mentorstøtten er på 1½ time om ugen.",
        "I har halvanden time om ugen til jeres møder.",
        "Der er bevilget 4 timer ugentligt.",
        "Timeantal: 8 timer om måneden.",
        "I mødes hver tirsdag kl. 9-11.",
    ])


def follow_text(rng, no_delmaal=False):
    if no_delmaal:  # a letter without a goal must not state a delmål elsewhere (keeps the label decidable)
        return ("Vi holder statusmøde hver måned med dig, din mentor og mig. 14 dage før perioden slutter, "
                "taler vi sammen om, hvordan forløbet er gået.")
    return rng.choice([
        "Vi holder statusmøde hver måned med dig, din mentor og mig. 14 dage før perioden slutter, "
        "evaluerer vi sammen, hvor langt du er kommet med målet.",
        "Din mentor sender en kort status til mig hver 6. uge. Vi følger op på dit fremmøde, som er "
        "delmålet: tre dage om ugen fra maj og fire dage fra juli.",
        "Opfølgning: Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før "
        "bevillingen udløber. Vi måler på, om du kommer til de aftalte dage.",
    ])


APPEAL_FULL = [
    ["Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen skal så "
     "genvurdere afgørelsen inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
     "afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen.",
     "Du kan klage mundtligt eller skriftligt. Klagen sendes til Jobcenter {city}, {street}, "
     "{post} {city}. Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og "
     "retssikkerhedslovens kapitel 10."],
    ["Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4 uger efter, at du "
     "har fået dette brev. Kommunen vurderer så afgørelsen igen. Giver vi dig ikke medhold, sender "
     "vi klagen og sagens papirer til Ankestyrelsen, Beskæftigelsesudvalget.",
     "Ring eller skriv til din sagsbehandler, hvis du vil klage eller har spørgsmål."],
]


def appeal_par(rng, kind, city, street, post):
    if kind == "full":
        return [p.format(city=city, street=street, post=post) for p in rng.choice(APPEAL_FULL)]
    if kind == "incomplete":
        return [rng.choice(["Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du vil klage.",
                            "Er du uenig, er du velkommen til at kontakte os."])]
    if kind == "wrong-route":
        return ["Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen inden 4 uger. "
                "Du klager via Ankestyrelsens klageportal på ast.dk eller med brev."]
    return []


# --------------------------------------------------------------------------- documents


class Doc:
    def __init__(self, rng, idx):
        self.rng, self.idx = rng, idx
        self.muni = rng.choice(MUNIS)
        self.city, self.post, self.street = self.muni[0], self.muni[1], self.muni[2]
        self.cit = person(rng)
        self.cw = person(rng)
        self.mentor = person(rng)
        self.firm = rng.choice(FIRMS)
        self.date = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
        self.cpr = cpr(rng) if rng.random() < 0.33 else None
        self.caseno = f"15.20.06-G01-{rng.randint(10, 9999)}-26"
        self.blocks: list[tuple] = []
        self.recipient: list[str] | None = None
        self.cpr_used = False
        self.entry = {"rules": [], "extras": [], "must_not_contain": [], "traits": [], "error": None,
                      "accept_errors": []}
        if self.cpr:
            self.entry["must_not_contain"].append(self.cpr)
            self.entry["traits"].append("cpr")

    # building helpers
    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def b(self, t): self.blocks.append(("b", t))
    def title(self, t): self.blocks.append(("title", t))
    def gap(self): self.blocks.append(("gap", ""))
    def brk(self): self.blocks.append(("break", ""))

    @property
    def cit_name(self): return f"{self.cit[0]} {self.cit[1]}"
    @property
    def mentor_name(self): return f"{self.mentor[0]} {self.mentor[1]}"
    @property
    def cw_name(self): return f"{self.cw[0]} {self.cw[1]}"

    def mentor_mail(self):
        dom = self.firm.split()[0].lower().replace("ø", "oe") + ".dk"
        return f"{self.mentor[0].lower()}@{dom}"

    def address(self):
        lines = [self.cit_name, f"{self.rng.choice(STREETS)} {self.rng.randint(1, 80)}",
                 f"{self.post} {self.city}"]
        return lines

    def sidebar(self, sender="kommune"):
        if sender == "mentor":
            return [self.firm, f"{self.rng.choice(STREETS)} {self.rng.randint(2, 40)}",
                    f"{self.post} {self.city}", "", "Din mentor:", self.mentor_name,
                    f"Mobil {phone(self.rng)}", self.mentor_mail(), "",
                    f"Dato: {fmt_date(self.rng, self.date, 'num')}"]
        if sender == "firm":
            return [self.firm, f"{self.rng.choice(STREETS)} {self.rng.randint(2, 40)}",
                    f"{self.post} {self.city}", "", f"Tlf. {phone(self.rng)}",
                    f"kontakt@{self.firm.split()[0].lower()}.dk", f"CVR {self.rng.randint(10**7, 10**8 - 1)}",
                    "", f"Dato: {fmt_date(self.rng, self.date, 'num')}"]
        side = [f"Jobcenter {self.city}", self.street, f"{self.post} {self.city}", "",
                f"Tlf. 7{self.rng.randint(0, 9)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)} "
                f"{self.rng.randint(10, 99)}", f"jobcenter@{self.city.lower()}.dk",
                f"www.{self.city.lower()}.dk", "", f"Dato: {fmt_date(self.rng, self.date, 'long')}",
                f"Sagsnr.: {self.caseno}", "", "Sagsbehandler:", self.cw_name,
                f"Direkte tlf. {phone(self.rng)}"]
        if self.cpr:
            side += ["", f"CPR-nr.: {self.cpr}"]
            self.cpr_used = True
        return side

    def sign_off(self, who=None, role=None, both=False):
        self.gap()
        self.p("Med venlig hilsen")
        self.blocks.append(("sig", who or self.cw_name))
        self.p(who or self.cw_name)
        self.p(role or ("Jobkonsulent" if self.rng.random() < .5 else "Sagsbehandler"))
        if both:
            self.gap()
            self.blocks.append(("signlines", [("Borger", self.cit_name), ("Mentor", self.mentor_name),
                                              ("Kommunen", self.cw_name)]))


def make_agreement(d: Doc, defect: str):
    rng, e = d.rng, d.entry
    start, end = period(rng, over=defect == "over6", exact_six=defect == "exact-six")
    e["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    m1 = d.mentor[0]
    d.title(rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
                        "Din aftale om mentor"]))
    d.p(f"Kære {d.cit[0]}")
    d.p(rng.choice([
        "Du modtager dette brev, fordi vi har aftalt, at du får en mentor. Her står, hvad vi har "
        "aftalt på mødet. Læs det igennem, skriv under og send det tilbage til os.",
        f"Tak for et godt møde den {fmt_date(rng, d.date - dt.timedelta(days=7), 'long')}. "
        "I dette brev har jeg skrevet vores aftale om mentorstøtte ned.",
    ]))
    ordering = ["goal", "mentor", "tasks", "period", "hours", "follow", "appeal"]
    if rng.random() < .4:
        ordering = ["goal", "tasks", "mentor", "hours", "period", "follow", "appeal"]
    for f in ordering:
        if f == "goal":
            if defect == "no-goal":
                continue
            d.h(rng.choice(["Målet med mentorstøtten", "Dit mål", "Vi har aftalt følgende mål for forløbet:",
                            "Formål"]))
            d.p(goal_text(rng, defect != "unclear-goal", d.cit[0], d.city))
        elif f == "mentor":
            d.h(rng.choice(["Din mentor", "Mentors kontaktdata", "Mentor", "Hvem er din mentor?"]))
            if defect == "mentor-in-sidebar":
                d.p(f"Jeg hedder {d.mentor_name} og er din mentor hos {d.firm}. Mine kontaktoplysninger "
                    "står øverst på brevet ved siden af adressen.")
            elif defect == "no-mentor-contact":
                d.p(f"Din mentor bliver {d.mentor_name} fra {d.firm}. {m1} kontakter dig inden for en uge.")
            else:
                d.p(f"Din mentor er {d.mentor_name} fra {d.firm}. Du kan træffe {m1} på tlf. "
                    f"{phone(rng)} eller på mail {d.mentor_mail()}.")
        elif f == "tasks":
            if defect == "no-tasks":
                continue
            d.h(rng.choice([f"{m1} skal hjælpe dig med:", "Mentorens opgaver", "Hvad skal mentor hjælpe med?",
                            "Det skal mentor hjælpe dig med"]))
            for t in tasks_items(rng):
                d.b(t[0].upper() + t[1:])
        elif f == "period":
            if defect == "no-period":
                continue
            d.h(rng.choice(["Periode", "Varighed", "Hvor længe?"]))
            s, en = fmt_date(rng, start), fmt_date(rng, end)
            d.p(rng.choice([f"Mentorstøtten gælder fra {s} til {en}.",
                            f"Aftalen løber i perioden {s} – {en}. Derefter vurderer vi, om du har brug "
                            "for en ny periode.",
                            f"Periode: {s} - {en}"]))
        elif f == "hours":
            if defect == "no-hours":
                continue
            d.h(rng.choice(["Timer", "Timetal", "Hvor meget?"]))
            d.p(hours_text(rng, "vague" if defect == "vague-hours" else "ok"))
        elif f == "follow":
            if defect == "no-follow":
                continue
            d.h(rng.choice(["Opfølgning", "Sådan følger vi op", "Opfølgning og progression"]))
            d.p(follow_text(rng, defect == "no-goal"))
        elif f == "appeal":
            kind = {"no-appeal": "none", "incomplete-appeal": "incomplete",
                    "wrong-route": "wrong-route"}.get(defect, "full")
            pars = appeal_par(rng, kind, d.city, d.street, d.post)
            if pars:
                d.h(rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]))
                for x in pars:
                    d.p(x)
    if rng.random() < .5:
        d.h("Dine oplysninger")
        d.p("Vi behandler oplysninger om dig efter databeskyttelsesforordningen. Du kan læse mere om "
            f"dine rettigheder på www.{d.city.lower()}.dk/persondata, eller du kan spørge din sagsbehandler.")
    if defect == "mentor-in-sidebar":
        d.sign_off(d.mentor_name, "Mentor", both=True)
        e["traits"].append("mentor-contact-in-sidebar")
    else:
        d.sign_off(both=True)
    rules = {"no-goal": ["missing-goal"], "unclear-goal": ["unclear-goal"],
             "no-mentor-contact": ["missing-mentor"], "no-tasks": ["missing-tasks"],
             "no-period": ["missing-duration"], "no-hours": ["missing-hours"],
             "vague-hours": ["missing-hours"], "no-follow": ["missing-follow-up"],
             "no-appeal": ["missing-appeal-guidance"], "incomplete-appeal": ["missing-appeal-guidance"],
             "over6": ["duration-over-6-months"]}.get(defect, [])
    if defect == "no-period":
        e.pop("period")
    e["rules"] = rules
    if defect == "wrong-route":
        e["extras"] = ["appeal-wrong-route"]
    return "agreement", "agreement-letter"


def make_decision(d: Doc, defect: str, sub: str):
    rng, e = d.rng, d.entry
    over = defect == "over6"
    start, end = period(rng, over=over)
    s, en = fmt_date(rng, start), fmt_date(rng, end)
    hours = rng.choice([2, 3, 4, 5])
    if sub == "afslag":
        d.title(rng.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte"]))
        d.p(f"Kære {d.cit[0]}")
        d.p(f"Du har den {fmt_date(rng, d.date - dt.timedelta(days=20), 'long')} søgt om mentorstøtte "
            "i 9 måneder. Vi har nu behandlet din ansøgning.")
        d.h("Afgørelse")
        d.p("Du får ikke bevilget mentorstøtte.")
        if defect != "no-reasons":
            d.h("Begrundelse")
            d.p("Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. "
                "Vi har lagt vægt på, at du allerede får støtte af en SPS-mentor på din uddannelse, "
                "og at skolens studievejleder kan hjælpe dig med fremmøde. Mentorstøtte fra kommunen "
                "kan kun gives, når støtten går ud over det, skolen normalt tilbyder.")
        else:
            e["extras"].append("missing-reasons")
    else:
        d.title({"bevilling": rng.choice(["Bevilling af mentorstøtte", "Afgørelse om mentorstøtte",
                                          "Du får en mentor"]),
                 "delvis": "Afgørelse om mentorstøtte – delvis bevilling",
                 "forlaengelse": "Forlængelse af mentorstøtte",
                 "bilag": "Afgørelse om mentorstøtte"}[sub])
        d.p(f"Kære {d.cit_name}")
        if sub == "delvis":
            d.p(f"Du har søgt om mentorstøtte i 8 timer om ugen. Du får bevilget {hours} timer om ugen "
                f"i perioden {s} til {en}.")
            if defect != "no-reasons":
                d.h("Begrundelse")
                d.p("Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt "
                    "vægt på, at du er i praktik 20 timer om ugen, og at mentorens timer skal bruges i direkte "
                    "kontakt med dig. Vi vurderer, at "
                    f"{hours} timer om ugen dækker dit behov for støtte i opstarten.")
            else:
                e["extras"].append("missing-reasons")
        elif sub == "forlaengelse":
            d.p(f"Din mentorstøtte er forlænget. Du har fortsat mentor i perioden {s} – {en} med "
                f"{hours} timer om ugen.")
            d.h("Begrundelse")
            d.p("Vi har lagt vægt på din statusrapport, som viser, at du er kommet godt i gang i praktikken, "
                "men at du stadig har brug for støtte til at fastholde dit fremmøde. Afgørelsen er "
                "truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, 2. pkt.")
        else:
            d.p(f"Du har søgt om mentorstøtte, og du får bevilget {hours} timer om ugen i perioden {s} til "
                f"{en}. Din mentor er {d.mentor_name} fra {d.firm}.")
            d.p("Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167. Du har fået det, "
                "du har søgt om.")
        d.p("Når perioden slutter, vurderer vi sammen med dig, om du har brug for en ny periode.")
    kind = {"no-appeal": "none", "incomplete-appeal": "incomplete",
            "wrong-route": "wrong-route"}.get(defect, "full")
    pars = appeal_par(rng, kind, d.city, d.street, d.post)
    if pars:
        d.h(rng.choice(["Klagevejledning", "Hvis du vil klage"]))
        for x in pars:
            d.p(x)
    if kind == "none":
        e["rules"].append("missing-appeal-guidance")
    if kind == "incomplete":
        e["rules"].append("missing-appeal-guidance")
    if kind == "wrong-route":
        e["extras"].append("appeal-wrong-route")
    if over and sub != "afslag":
        e["rules"].append("duration-over-6-months")
    if sub != "afslag":
        e["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    d.sign_off()
    if sub == "bilag":
        d.brk()
        d.title("Bilag 1: Aftale om mentorstøtte")
        d.h("Mål")
        d.p(goal_text(rng, True, d.cit[0], d.city))
        d.h("Mentor")
        d.p(f"{d.mentor_name}, {d.firm}, tlf. {phone(rng)}, {d.mentor_mail()}")
        d.h("Opgaver")
        for t in tasks_items(rng):
            d.b(t[0].upper() + t[1:])
        d.h("Periode og timer")
        d.p(f"{s} – {en}, {hours} timer pr. uge.")
        d.h("Opfølgning")
        d.p(follow_text(rng))
        d.p("Klagevejledning: se afgørelsen side 1.")
        d.entry["traits"].append("bilag-agreement")
    return "decision", f"decision-{sub}"


def make_minplan(d: Doc, defect: str):
    rng, e = d.rng, d.entry
    start, end = period(rng, over=defect == "over6")
    s, en = fmt_date(rng, start, "num"), fmt_date(rng, end, "num")
    d.title("Min Plan")
    d.p(f"Udskrevet {fmt_date(rng, d.date, 'num')} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)}  ·  "
        f"{d.cit_name}")
    if d.cpr:
        d.p(f"CPR-nr.: {d.cpr}")
        d.cpr_used = True
    if defect not in ("no-goal", "unclear-goal"):  # keep the goal label decidable: one goal only
        d.h("Mit mål")
        d.p(rng.choice(["Jeg vil i gang med en uddannelse som tømrer via EUD.",
                        "Jeg vil have et job i detailhandlen på mindst 20 timer om ugen."]))
    d.h("Aktivitet: Mentorstøtte")
    d.p(f"Periode: {s} – {en}")
    if defect != "no-goal":
        d.p("Formål: " + goal_text(rng, defect != "unclear-goal", d.cit[0], d.city))
    if defect == "no-mentor-contact":
        d.p(f"Mentor: {d.mentor_name}, {d.firm}")
    else:
        d.p(f"Mentor: {d.mentor_name}, {d.firm}, tlf. {phone(rng)}")
    if defect != "no-tasks":
        d.p("Mentorens opgaver:")
        for t in tasks_items(rng)[:3]:
            d.b(t[0].upper() + t[1:])
    if defect != "no-hours":
        d.p(f"Timer: {rng.choice(['2', '3', '1,5', '4'])} timer pr. uge")
    d.h("Aktivitet: FGU-forløb")
    fs = dt.date(2026, 8, 10)
    d.p(f"Periode: {fmt_date(rng, fs, 'num')} – {fmt_date(rng, dt.date(2027, 6, 25), 'num')}")
    d.p(f"Sted: FGU {d.city}, {rng.choice(STREETS)} 4. Kontaktperson: Lærer {person(rng)[0]} "
        f"{rng.choice(LAST)}, tlf. {phone(rng)}")
    d.h("Min kontaktperson i kommunen")
    d.p(f"{d.cw_name}, Jobcenter {d.city}, tlf. {phone(rng)}")
    e["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    e["rules"] = {"no-goal": ["missing-goal"], "unclear-goal": ["unclear-goal"],
                  "no-mentor-contact": ["missing-mentor"], "no-tasks": ["missing-tasks"],
                  "no-hours": ["missing-hours"], "over6": ["duration-over-6-months"]}.get(defect, [])
    return "minplan", "minplan-print"


def make_unknown(d: Doc, sub: str):
    rng = d.rng
    m1 = d.mentor[0]
    if sub == "indkaldelse":
        d.title("Indkaldelse til samtale")
        d.p(f"Kære {d.cit[0]}")
        d.p(f"Du er indkaldt til en samtale om din mentorstøtte den {fmt_date(rng, d.date + dt.timedelta(days=10), 'long')} "
            f"kl. 10.00 i Jobcenter {d.city}, {d.street}. Din mentor {d.mentor_name} deltager også.")
        d.p("Til mødet taler vi om, hvordan det går, og hvad der skal ske, når perioden slutter. "
            "Husk at tage dit sygesikringskort med.")
        d.h("Hvis du ikke kan komme")
        d.p("Ring til mig senest dagen før. Hvis du udebliver uden grund, kan det få betydning for din ydelse.")
        d.sign_off()
    elif sub == "partshoering":
        d.title("Partshøring – vi overvejer at stoppe din mentorstøtte")
        d.p(f"Kære {d.cit[0]}")
        d.p("Før vi træffer en afgørelse, vil vi give dig mulighed for at komme med dine bemærkninger. "
            "Vi har fået oplyst af din mentor, at du ikke er mødt op til de sidste fire aftaler.")
        d.p(f"Du kan sende dine bemærkninger til mig senest den {fmt_date(rng, d.date + dt.timedelta(days=14), 'long')}. "
            "Hører vi ikke fra dig, træffer vi afgørelse på det foreliggende grundlag.")
        d.sign_off()
    elif sub == "status":
        d.recipient = [f"Jobcenter {d.city}", f"Att. {d.cw_name}", d.street, f"{d.post} {d.city}"]
        d.title("Statusrapport – mentorforløb")
        d.p(f"Til Jobcenter {d.city}, att. {d.cw_name}")
        if d.cpr:
            d.cpr_used = True
        d.p(f"Vedr.: {d.cit_name}{', CPR ' + d.cpr if d.cpr else ''}. Periode for rapporten: {fmt_date(rng, d.date - dt.timedelta(days=60), 'num')} – "
            f"{fmt_date(rng, d.date, 'num')}")
        d.h("Forløbet")
        d.p(f"{d.cit[0]} og jeg har mødtes 2 timer om ugen som aftalt. Vi har arbejdet med mødestabilitet og "
            "transport til praktikken. Fremmødet er steget fra to til fire dage om ugen.")
        d.h("Vurdering og anbefaling")
        d.p("Jeg anbefaler, at forløbet forlænges i tre måneder med samme timetal, så praktikken kan gå "
            "over i løntilskud.")
        d.sign_off(d.mentor_name, "Mentor, " + d.firm)
    elif sub == "faktura":
        d.recipient = [f"Jobcenter {d.city}", "Kreditorbogholderiet", d.street, f"{d.post} {d.city}"]
        d.title(f"Faktura nr. {rng.randint(2000, 9999)}")
        d.p(f"Jobcenter {d.city}, {d.street}, {d.post} {d.city}. EAN: 5798000{rng.randint(100000, 999999)}")
        d.p(f"Vedr. mentorforløb, sagsnr. {d.caseno}, mentor {d.mentor_name}")
        for mth in rng.sample(MONTHS[:10], 3):
            d.b(f"Mentortimer {mth} 2026: {rng.randint(6, 14)} timer á 450,00 kr.")
        d.p("Betalingsbetingelser: netto 30 dage. Beløbet indbetales på reg. 1234 konto 5678901.")
        d.sign_off(d.mentor_name, d.firm)
    elif sub == "genvurdering":
        d.title("Din klage er sendt til Ankestyrelsen")
        d.p(f"Kære {d.cit[0]}")
        d.p(f"Vi har modtaget din klage over vores afgørelse om mentorstøtte af "
            f"{fmt_date(rng, d.date - dt.timedelta(days=30), 'long')}. Vi har genvurderet sagen, men "
            "fastholder afgørelsen. Vi har derfor sendt din klage og sagens akter videre til "
            "Ankestyrelsen, som vil behandle den.")
        d.p("Ankestyrelsen skriver til dig, når de har modtaget sagen. Har du spørgsmål, er du velkommen "
            "til at ringe til mig.")
        d.sign_off()
    elif sub == "kvittering":
        d.title("Vi har modtaget din ansøgning om mentorstøtte")
        d.p(f"Kære {d.cit[0]}")
        d.p("Tak for din ansøgning. Vi forventer at kunne træffe afgørelse inden for fire uger. Hvis vi "
            "mangler oplysninger, kontakter vi dig.")
        d.sign_off()
    elif sub == "klub":
        d.title("Velkommen til klubbens mentorordning")
        d.p(f"Kære {d.cit[0]}")
        d.p(f"Vi er glade for, at du vil være med i {d.city} IF's mentorordning for unge spillere. Din "
            f"mentor er {d.mentor_name} (tlf. {phone(rng)}), som er træner på U19-holdet.")
        d.p("Ordningen løber hele sæsonen, og I mødes en time om ugen efter træning. Målet er, at du får "
            "et godt fællesskab og lærer at tage ansvar i klubben.")
        d.sign_off(f"Bestyrelsen, {d.city} IF", "Formand")
    elif sub == "ophoer-info":
        d.title("Orientering om ny mentor")
        d.p(f"Kære {d.cit[0]}")
        d.p(f"{m1} {d.mentor[1]} er stoppet hos {d.firm}. Fra næste uge bliver din mentor en kollega, som "
            "ringer til dig og aftaler et første møde. Din aftale om mentorstøtte fortsætter uændret.")
        d.sign_off()
    d.entry["traits"].append("not-a-mentor-document-kind")
    return "unknown", f"letter-{sub}"


# --------------------------------------------------------------------------- rendering


def wrap(text, fnt, width, drw):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if drw.textlength(t, font=fnt) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_logo(drw, rng, x, y, name, style):
    if style == 0:
        drw.ellipse((x, y, x + 110, y + 110), outline=(30, 60, 120), width=8)
        drw.polygon([(x + 55, y + 18), (x + 92, y + 88), (x + 18, y + 88)], fill=(30, 60, 120))
    elif style == 1:
        drw.rectangle((x, y, x + 100, y + 120), fill=(120, 20, 30))
        drw.rectangle((x + 20, y + 20, x + 80, y + 100), fill=(255, 255, 255))
        drw.line((x + 50, y + 20, x + 50, y + 100), fill=(120, 20, 30), width=10)
    else:
        for i in range(4):
            drw.rectangle((x + i * 28, y + 110 - 25 * (i + 1), x + i * 28 + 20, y + 110), fill=(20, 110, 70))
    drw.text((x + 135, y + 25), name, font=font("sans-b", 44), fill=(40, 40, 40))


def render(d: Doc, layout: str, sender: str):
    """Lay out the blocks on A4 pages; returns a list of RGB images."""
    rng = d.rng
    body_font_name = rng.choice(["serif", "sans", "carlito"])
    bsize = {"serif": 29, "sans": 28, "carlito": 33}[body_font_name]
    bf = font(body_font_name, bsize)
    hf = font(body_font_name + "-b" if body_font_name != "carlito" else "carlito-b", bsize + 2)
    tf = font("sans-b", 40)
    side_left = layout == "letter-sidebar-left"
    has_side = layout != "print"
    left = 150 if not side_left else 520
    right = (W - 470) if (has_side and not side_left) else W - 150
    width = right - left
    pages, lh = [], int(bsize * 1.45)
    logo_style = rng.randint(0, 2)
    head_name = d.firm if sender in ("firm", "mentor") else f"{d.city} Kommune"
    side = d.sidebar(sender) if has_side else []

    def new_page(first):
        img = Image.new("RGB", (W, H), "white")
        drw = ImageDraw.Draw(img)
        if layout == "print":
            drw.text((150, 110), "Jobnet · Min Plan", font=font("sans-b", 34), fill=(0, 0, 0))
            drw.line((150, 165, W - 150, 165), fill=(0, 0, 0), width=3)
            return img, drw, 230
        if first:
            draw_logo(drw, rng, 150 if not side_left else 120, 110, head_name, logo_style)
            sx = W - 430 if not side_left else 120
            sy = 420
            for ln in side:
                drw.text((sx, sy), ln, font=font("sans", 22), fill=(60, 60, 60))
                sy += 32
            y = 420
            for ln in (d.recipient or d.address()):
                drw.text((left, y), ln, font=bf, fill=(0, 0, 0))
                y += lh
            return img, drw, y + 140
        drw.text((left, 110), f"{head_name} · Sagsnr. {d.caseno}", font=font("sans", 22), fill=(90, 90, 90))
        return img, drw, 220

    img, drw, y = new_page(True)
    bottom = H - 220
    for kind, text in d.blocks:
        if kind == "break":
            pages.append(img)
            img, drw, y = new_page(False)
            continue
        if kind == "gap":
            y += lh // 2
            continue
        if kind == "sig":
            if y + 120 > bottom:
                pages.append(img)
                img, drw, y = new_page(False)
            ink = (20, 30, 110)
            drw.text((left + 10, y + 5), text.split()[0], font=font("script", 64), fill=ink)
            x0 = left + 10 + int(drw.textlength(text.split()[0], font=font("script", 64)))
            pts = [(x0 + i * 14, y + 50 + rng.randint(-18, 18)) for i in range(8)]
            drw.line(pts, fill=ink, width=4)
            y += 100
            continue
        if kind == "signlines":
            if y + 200 > bottom:
                pages.append(img)
                img, drw, y = new_page(False)
            y += 60
            colw = width // len(text)
            for i, (role, name) in enumerate(text):
                x = left + i * colw
                if rng.random() < 0.85:
                    drw.text((x + 10, y - 55), name.split()[0], font=font("script", 54), fill=(20, 30, 110))
                drw.line((x, y + 20, x + colw - 40, y + 20), fill=(0, 0, 0), width=2)
                drw.text((x, y + 30), f"{role}: {name}", font=font(body_font_name, bsize - 6), fill=(0, 0, 0))
            y += 110
            continue
        if kind == "title":
            fnt, indent, pre = tf, 0, 10
        elif kind == "h":
            fnt, indent, pre = hf, 0, 22
        elif kind == "b":
            fnt, indent, pre = bf, 45, 0
        else:
            fnt, indent, pre = bf, 0, 10
        lines = wrap(text, fnt, width - indent, drw)
        need = pre + len(lines) * lh + (3 * lh if kind in ("h", "title") else 0)  # keep with next
        if y + need > bottom:
            pages.append(img)
            img, drw, y = new_page(False)
        y += pre
        for i, ln in enumerate(lines):
            if kind == "b" and i == 0:
                drw.text((left + 10, y), "•", font=bf, fill=(0, 0, 0))
            drw.text((left + indent, y), ln, font=fnt, fill=(0, 0, 0))
            y += lh
        if kind == "title":
            y += 20
    pages.append(img)
    if len(pages) > 1 and layout != "print":
        for i, pg in enumerate(pages):
            dr = ImageDraw.Draw(pg)
            dr.text((W // 2 - 70, H - 150), f"Side {i + 1} af {len(pages)}", font=font("sans", 22), fill=(60, 60, 60))
    return pages


def degrade(pages, rng, scan):
    out = []
    for n, img in enumerate(pages):
        drw = ImageDraw.Draw(img)
        if "stamp" in scan and n == 0:
            st = Image.new("RGBA", (560, 200), (0, 0, 0, 0))
            sd = ImageDraw.Draw(st)
            sd.rectangle((4, 4, 552, 192), outline=(190, 30, 30, 200), width=6)
            sd.text((30, 25), "MODTAGET", font=font("sans-b", 56), fill=(190, 30, 30, 200))
            sd.text((30, 105), f"{rng.randint(1, 28)} {rng.choice(['MAR', 'APR', 'JUN', 'SEP'])} 2026",
                    font=font("sans-b", 48), fill=(190, 30, 30, 200))
            st = st.rotate(rng.uniform(-12, 12), expand=True)
            img.paste(st, (rng.randint(560, 760), rng.randint(170, 290)), st)
        if "handnote" in scan and n == 0:
            note = rng.choice(["ring til mentor", "OK - kopi til sag", "talt m. borger 12/5", "husk opfølgning!"])
            nt = Image.new("RGBA", (620, 90), (0, 0, 0, 0))
            ImageDraw.Draw(nt).text((5, 5), note, font=font("hand", 54), fill=(20, 40, 160, 255))
            nt = nt.rotate(90 + rng.uniform(-6, 6), expand=True)  # written up the left margin
            img.paste(nt, (rng.randint(15, 35), rng.randint(900, 1500)), nt)
        if "fold" in scan:
            fy = H // 3 + rng.randint(-20, 20)
            for k in range(10):
                g = 200 + k * 5
                drw.line((0, fy + k, W, fy + k + rng.randint(-3, 3)), fill=(g, g, g), width=1)
        img = img.convert("L")
        if "faint" in scan:
            img = img.point(lambda v: 255 - int((255 - v) * 0.42))
        for _ in range(rng.randint(50, 400)):
            x, yy = rng.randrange(W), rng.randrange(H)
            ImageDraw.Draw(img).point((x, yy), fill=rng.randint(60, 160))
        if "poor" in scan:
            img = img.resize((W * 4 // 9, H * 4 // 9)).filter(ImageFilter.GaussianBlur(0.9)).resize((W, H))
            img = img.point(lambda v: 255 - int((255 - v) * 0.7))
        if "skew" in scan:
            img = img.rotate(rng.choice([-1, 1]) * rng.uniform(0.6, 2.2), resample=Image.BICUBIC,
                             fillcolor=235)
        else:
            img = img.rotate(rng.uniform(-0.25, 0.25), resample=Image.BICUBIC, fillcolor=245)
        out.append(img)
    return out


def build(job):
    """Render one document and OCR it into a searchable PDF (runs in a worker)."""
    seed, idx, spec, out = job
    rng = random.Random(seed * 1000 + idx)
    d = Doc(rng, idx)
    family, arg, layout, sender, scan, fname = spec
    if family == "agreement":
        kind, subtype = make_agreement(d, arg)
    elif family == "decision":
        kind, subtype = make_decision(d, *arg)
    elif family == "minplan":
        kind, subtype = make_minplan(d, arg)
    else:
        kind, subtype = make_unknown(d, arg)
    pages = degrade(render(d, layout, sender), rng, scan)
    target = Path(out) / fname
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ed_") as tmp:
        files = []
        for i, pg in enumerate(pages):
            p = Path(tmp) / f"p{i}.png"
            pg.save(p, dpi=(DPI, DPI))
            files.append(str(p))
        lst = Path(tmp) / "list.txt"
        lst.write_text("\n".join(files) + "\n")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", str(lst), str(Path(tmp) / "out"), "-l", "dan", "--dpi", str(DPI), "pdf"],
                       check=True, capture_output=True, env=env)
        shutil.move(str(Path(tmp) / "out.pdf"), target)
    e = d.entry
    if d.cpr and not d.cpr_used:  # the number was never printed on this paper
        e["must_not_contain"].remove(d.cpr)
        e["traits"].remove("cpr")
    e.update({"path": fname, "kind": kind, "format": "pdf", "layout": layout, "subtype": subtype})
    e["rules"] = sorted(set(e["rules"]))
    e["extras"] = sorted(set(e["extras"]))
    e["traits"] += ["ocr:tesseract-dan", "text-layer:ocr-only", f"pages:{len(pages)}"] + \
        [f"scan:{s}" for s in scan] + ([f"defect:{arg}"] if isinstance(arg, str) and family in
                                        ("agreement", "minplan") and arg not in ("ok", "mentor-in-sidebar")
                                        else [])
    if family == "decision" and arg[0] != "ok":
        e["traits"].append(f"defect:{arg[0]}")
    return e


def plan(seed):
    rng = random.Random(seed)
    specs = []
    ag_defects = (["ok"] * 12 + ["exact-six"] * 2 + ["no-goal", "unclear-goal", "unclear-goal",
                  "no-mentor-contact", "no-mentor-contact", "no-tasks", "no-period", "no-hours",
                  "vague-hours", "vague-hours", "no-follow", "no-follow", "no-appeal", "incomplete-appeal",
                  "incomplete-appeal", "over6", "over6", "over6", "wrong-route", "wrong-route", "ok", "ok", "ok", "no-goal", "no-tasks",
                  "no-period", "mentor-in-sidebar", "mentor-in-sidebar", "mentor-in-sidebar", "exact-six"])
    for df in ag_defects:
        specs.append(("agreement", df))
    dec = [("ok", "bevilling")] * 5 + [("ok", "delvis")] * 2 + [("ok", "forlaengelse")] * 2 + \
          [("ok", "afslag")] * 2 + [("ok", "bilag")] * 3 + [("no-appeal", "bevilling"), ("no-appeal", "afslag"),
          ("incomplete-appeal", "bevilling"), ("incomplete-appeal", "delvis"), ("over6", "bevilling"),
          ("over6", "forlaengelse"), ("no-reasons", "afslag"), ("no-reasons", "delvis"),
          ("wrong-route", "bevilling"), ("ok", "bevilling"), ("ok", "bilag"), ("no-appeal", "forlaengelse")]
    for a in dec:
        specs.append(("decision", a))
    for df in ["ok"] * 6 + ["no-goal", "unclear-goal", "no-mentor-contact", "no-tasks", "no-hours", "over6"]:
        specs.append(("minplan", df))
    for sub in ["indkaldelse", "indkaldelse", "partshoering", "partshoering", "status", "status", "status",
                "faktura", "faktura", "genvurdering", "genvurdering", "kvittering", "klub", "ophoer-info",
                "ophoer-info", "klub", "kvittering", "status", "indkaldelse", "genvurdering"]:
        specs.append(("unknown", sub))
    out = []
    for i, (family, arg) in enumerate(specs):
        layout = "print" if family == "minplan" else rng.choice(["letter-sidebar-right"] * 3 + ["letter-sidebar-left"])
        sender = "mentor" if arg == "mentor-in-sidebar" else "firm" if (family == "unknown" and arg in ("status", "faktura")) or \
            (family == "agreement" and rng.random() < .2 and arg != "no-mentor-contact") else "kommune"
        if family == "unknown" and arg == "klub":
            sender = "firm"
        r = rng.random()
        scan = []
        if r < .50:
            pass
        elif r < .60:
            scan = ["skew"]
        elif r < .69:
            scan = ["faint"]
        elif r < .77:
            scan = ["fold"]
        elif r < .85:
            scan = ["stamp"]
        elif r < .94:
            scan = ["handnote"]
        else:
            scan = ["poor", "skew"]
        if rng.random() < .12:
            scan.append("fold" if "fold" not in scan else "stamp")
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan",
                  "unknown": "oevrige-breve"}[family]
        tag = arg if isinstance(arg, str) else "-".join(arg[::-1])
        fname = f"{folder}/scan-{i:03d}-{tag}.pdf"
        out.append((family, arg, layout, sender, scan, fname))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=4410)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents (for a quick look)")
    a = ap.parse_args(argv)
    specs = plan(a.seed)
    if a.limit:
        specs = specs[:a.limit]
    a.out.mkdir(parents=True, exist_ok=True)
    jobs = [(a.seed, i, s, str(a.out)) for i, s in enumerate(specs)]
    with ProcessPoolExecutor(a.jobs) as ex:
        entries = list(ex.map(build, jobs))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (a.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
