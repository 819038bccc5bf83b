#!/usr/bin/env python3
"""Corpus HL: mentor paperwork written by private mentor providers (LAB § 167).

Six providers, each with its own forms and words for the mentor, plus municipal decision
letters that point to the provider's plan, Min Plan entries naming the provider, and
documents that are none of the kinds (offers, price lists, progress reports, invoices,
leaflets, checklists). Labels are decided from the rule docs and domain.md only.

    /work/main/.venv/bin/python make_corpus_hl.py --out /work/corpora/hl [--seed 18]
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def d_long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def d_num(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_slash(d):
    return f"{d.day}/{d.month}-{d.year}"


def d_abbr(d):
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def add_months(d, n):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start):
    return add_months(start, 6) - dt.timedelta(days=1)


# --------------------------------------------------------------------------- people & pools
CITIZENS = [("Jonas", "Bech"), ("Sara", "Iversen"), ("Ahmad", "Rahimi"), ("Louise", "Dahl"),
            ("Mikkel", "Thorsen"), ("Fatima", "Yilmaz"), ("Kasper", "Vinther"), ("Nanna", "Kjær"),
            ("Emil", "Skov"), ("Camilla", "Brandt"), ("Rasmus", "Holt"), ("Amalie", "Krogh"),
            ("Tobias", "Lykke"), ("Signe", "Bundgaard"), ("Omar", "Haddad"), ("Julie", "Mathiesen"),
            ("Patrick", "Sørensen"), ("Maja", "Villadsen"), ("Ali", "Demir"), ("Cecilie", "Wulff"),
            ("Frederik", "Ravn"), ("Ida", "Rasmussen"), ("Mads", "Winther"), ("Sofie", "Lauridsen"),
            ("Daniel", "Bak"), ("Katrine", "Eskildsen"), ("Ibrahim", "Osman"), ("Line", "Hedegaard")]

KOMMUNER = [("Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15"),
            ("Vejle", "Skolegade 1, 7100 Vejle", "76 81 00 00"),
            ("Herning", "Torvet 5, 7400 Herning", "96 28 28 28"),
            ("Næstved", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
            ("Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
            ("Odense", "Flakhaven 2, 5000 Odense C", "66 13 13 72"),
            ("Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00")]

CASEWORKERS = ["Hanne Mortensen", "Peter Gregersen", "Lene Kristoffersen", "Bo Asmussen",
               "Trine Hjorth", "Anders Nygaard", "Mette Ovesen"]

CLEAR_GOALS = [
    "{f} starter på grundforløb 1 til SOSU-hjælper på SOSU Østjylland i januar 2027 og møder mindst 4 dage om ugen.",
    "{f} er i virksomhedspraktik på lageret hos Harald Nyborg 15 timer om ugen senest 1. november 2026, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og består prøven i december 2026.",
    "{f} har et fleksjob som pedelmedhjælper på 12 timer om ugen ved periodens udløb.",
    "{f} møder stabilt i praktikken i Netto (mindst 90 % fremmøde) og får tilbudt et ordinært job på 25 timer om ugen.",
    "{f} er optaget på EUD-forløbet til smed på Tradium og har gennemført de første 10 ugers skoleperiode.",
    "{f} er i gang med en STU-afklaring og har valgt linje senest 1. december 2026.",
    "{f} arbejder 20 timer om ugen som køkkenmedhjælper i kantinen på Grundfos inden udgangen af februar 2027.",
    "{f} kommer i ordinær uddannelse: optagelse på HF-enkeltfag (dansk og matematik) til august 2027 med fremmøde over 85 %.",
    "{f} fastholder sit job hos Danish Crown og har højst 2 fraværsdage pr. måned i perioden.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at komme videre i livet.",
    "At {f} får det bedre og bliver mere selvstændig.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og styrke selvværdet.",
    "Hjælp til at skabe ro og overblik.",
]
TASKS = [
    "følge {f} til praktikstedet de første to uger",
    "holde en ugentlig samtale om fremmøde og transport",
    "hjælpe med at strukturere ugen med en fast kalender",
    "støtte i kontakten med skolens studievejleder",
    "træne busturen til og fra uddannelsesstedet",
    "være med til opstartsmøder med arbejdsgiveren",
    "hjælpe med at læse og svare på post fra e-Boks og kommunen",
    "øve jobsamtaler og skrive ansøgninger",
    "tage en samtale om søvn og morgenrutiner, så mødetiden holdes",
    "ringe til {f}, hvis der er fravær, og finde en løsning samme dag",
]

PROVIDERS = {
    "p1": dict(name="Kompetencehuset Danmark A/S", short="Kompetencehuset", role="konsulent",
               addr="Søren Frichs Vej 38, 8230 Åbyhøj", cvr="31 42 77 90", web="kompetencehuset.dk",
               mentors=[("Mette Lund", "23 41 87 06"), ("Kristian Falk", "29 60 14 52"), ("Rikke Holm", "31 72 09 83")],
               domain="kompetencehuset.dk"),
    "p2": dict(name="Grobund – socialøkonomisk virksomhed ApS", short="Grobund", role="kontaktperson",
               addr="Havnevej 14, 4300 Holbæk", cvr="38 11 24 65", web="grobund-vaerksted.dk",
               mentors=[("Jesper Toft", "42 18 33 07"), ("Anne-Mette Rye", "61 40 22 95")],
               domain="grobund-vaerksted.dk"),
    "p3": dict(name="Mentorhuset v/ Birgitte Holm", short="Mentorhuset", role="mentor og coach",
               addr="Vestergade 7, 1. sal, 7100 Vejle", cvr="40 27 51 18", web="mentorhuset-vejle.dk",
               mentors=[("Birgitte Holm", "40 12 34 56")], domain="mentorhuset-vejle.dk"),
    "p4": dict(name="Ungekraft – foreningen for unge på vej", short="Ungekraft", role="ung-mentor",
               addr="Kongensgade 60, 5000 Odense C", cvr="35 90 66 12", web="ungekraft.dk",
               mentors=[("Simon Aagaard", "53 77 10 24"), ("Yasmin Khalil", "52 19 80 41"), ("Laura Friis", "28 45 61 30")],
               domain="ungekraft.dk"),
    "p5": dict(name="Psykologfirmaet Balance & Arbejde ApS", short="Balance & Arbejde", role="forløbsansvarlig",
               addr="Bredgade 22, 7400 Herning", cvr="36 55 02 87", web="balance-arbejde.dk",
               mentors=[("cand.psych. Maria Ebbesen", "22 93 41 15"), ("Thomas Kirk, psykolog", "26 14 70 38")],
               domain="balance-arbejde.dk"),
    "p6": dict(name="Jobkonsulenterne Nord I/S", short="Jobkonsulenterne", role="jobkonsulent",
               addr="Niels Brocks Gade 3, 8900 Randers C", cvr="39 04 88 21", web="jobkonsulenterne.dk",
               mentors=[("Henrik Dam", "30 11 62 48"), ("Pernille Aagesen", "25 37 90 14")],
               domain="jobkonsulenterne.dk"),
}


def mail_of(p, name):
    first = name.split(",")[0].replace("cand.psych. ", "").split()[0].lower()
    first = first.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return f"{first}@{p['domain']}"


# --------------------------------------------------------------------------- appeal texts
def appeal_full(k, rng):
    n = k[0]
    v = rng.randrange(4)
    if v == 0:
        return (f"Hvis du ikke er enig i {n} Kommunes afgørelse om mentorstøtte, kan du klage til {n} Kommune "
                f"inden 4 uger efter, at du har modtaget afgørelsen. Kommunen genvurderer afgørelsen. Fastholder "
                f"kommunen afgørelsen, sendes klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedsloven kap. 10).")
    if v == 1:
        return (f"Forløbet er bevilget af {n} Kommune. Er du uenig i bevillingen, skal du klage til kommunen – "
                f"skriftligt eller mundtligt – senest fire uger efter, at du fik besked om afgørelsen. Kommunen ser "
                f"på sagen igen, og hvis den ikke giver dig medhold, sender den klagen til Ankestyrelsen.")
    if v == 2:
        return (f"Klage over afgørelsen om mentorstøtte sendes til Jobcenter {n}, {k[1]}, tlf. {k[2]}, inden 4 uger. "
                f"Jobcentret vurderer sagen igen og sender den til Ankestyrelsens Beskæftigelsesudvalg, hvis "
                f"afgørelsen fastholdes.")
    return (f"Du kan klage over kommunens afgørelse inden fire uger fra modtagelsen. Klagen sendes til {n} Kommune, "
            f"som genvurderer sagen inden fire uger og derefter sender en fastholdt afgørelse videre til Ankestyrelsen.")


def appeal_bad(k, rng):
    n = k[0]
    return rng.choice([
        "Er du utilfreds med forløbet, kan du altid kontakte din {role} eller vores kvalitetsansvarlige.",
        f"Du kan klage over afgørelsen.",
        f"Hvis du er uenig, kan du kontakte {n} Kommune.",
        "Klager over samarbejdet behandles efter vores interne klageprocedure, som du kan få udleveret.",
    ])


# --------------------------------------------------------------------------- blocks
# ("lh", [lines]) letterhead; ("title", t); ("h", t); ("p", t); ("ul", [..]); ("ol", [..]);
# ("table", [[..], ..]); ("kv", [(label, value), ..]); ("small", t)


class Doc:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def cpr_for(rng):
    d = dt.date(1985, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 20))
    s = rng.randrange(1000, 9999)
    base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
    style = rng.randrange(3)
    return (f"{base}-{s}" if style == 0 else f"{base}{s}" if style == 1 else f"{base} {s}")


# ---------------------------------------------------------------- agreement builders per provider
def period_text(c, rng, style=None):
    s, e = c["start"], c["end"]
    style = style if style is not None else rng.randrange(5)
    if c.get("length_only"):
        return c["length_only"]
    return [f"{d_long(s)} – {d_long(e)}", f"{d_num(s)}-{d_num(e)}", f"f.o.m. {d_slash(s)} t.o.m. {d_slash(e)}",
            f"fra {d_abbr(s)} til {d_abbr(e)}", f"{s.isoformat()} – {e.isoformat()}"][style]


def hrs(n, unit="timer"):
    return f"{n} time" if n == 1 else f"{n} {unit}"


def goal_text(c):
    return c["goal"]


def tasks_list(c):
    return [t[0].upper() + t[1:] for t in c["tasks"]]


def agr_p1(c, rng):
    p = c["prov"]
    rows = [["Deltager", c["cit"]]]
    if c.get("cpr"):
        rows.append(["CPR-nr.", c["cpr"]])
    rows.append(["Henvisende kommune", f"{c['k'][0]} Kommune, sagsbehandler {c['cw']}"])
    if "missing-mentor" in c["defects"]:
        rows.append(["Konsulent", rng.choice(["Tildeles ved opstart", c["mentor"][0]])])
    else:
        rows.append(["Konsulent", f"{c['mentor'][0]}, mobil {c['mentor'][1]}, {mail_of(p, c['mentor'][0])}"])
    if "missing-duration" not in c["defects"]:
        rows.append(["Forløbsperiode", period_text(c, rng)])
    else:
        rows.append(["Forløbsperiode", f"Opstart {d_long(c['start'])} – slutdato aftales senere"])
    if "missing-hours" not in c["defects"]:
        rows.append(["Timer", f"{hrs(c['hours'])} pr. uge (direkte kontakt)"])
    else:
        rows.append(["Timer", "Efter behov"])
    if "missing-goal" not in c["defects"]:
        rows.append(["Formål med forløbet", goal_text(c)])
    rows.append(["Indsatsområder", "; ".join(tasks_list(c))] if "missing-tasks" not in c["defects"] else ["Indsatsområder", ""])
    if "missing-follow-up" not in c["defects"]:
        rows.append(["Opfølgning", f"Statusmøde med {c['k'][0]} Kommune hver {rng.choice(['4. uge', 'måned'])}; "
                                   f"skriftlig progressionsrapport 14 dage før forløbets afslutning."])
    blocks = [("lh", [p["name"], p["addr"], f"CVR {p['cvr']} · {p['web']}"]),
              ("title", "Forløbsplan – mentorforløb efter LAB § 167"),
              ("p", f"Udarbejdet {d_long(c['date'])} ved opstartssamtale i {p['short']}s afdeling."),
              ("table", rows)]
    if "missing-appeal-guidance" not in c["defects"]:
        blocks += [("h", "Klagevejledning"), ("p", appeal_full(c["k"], rng))]
    else:
        blocks += [("h", "Klage"), ("p", appeal_bad(c["k"], rng).format(role="konsulent"))]
    blocks += [("p", "Underskrifter:"), ("table", [["Deltager", "Konsulent"], ["_______________", "_______________"]])]
    return "Forløbsplan – mentorforløb", blocks


def agr_p2(c, rng):
    p = c["prov"]
    f = c["first"]
    blocks = [("lh", [p["name"], p["addr"], p["web"]]),
              ("title", "Samarbejdsaftale"),
              ("p", f"mellem {c['cit']} og {p['short']} om mentorstøtte bevilget af {c['k'][0]} Kommune"
                    + (f" (CPR {c['cpr']})" if c.get("cpr") else "") + ".")]
    if "missing-goal" not in c["defects"]:
        blocks += [("h", "Hvad vil du gerne nå?"), ("p", goal_text(c))]
    if "missing-mentor" not in c["defects"]:
        blocks += [("h", "Din kontaktperson"),
                   ("p", f"{c['mentor'][0]} er din kontaktperson her på værkstedet. Du kan ringe eller skrive på "
                         f"{c['mentor'][1]} – også en sms, hvis du bliver forsinket.")]
    else:
        blocks += [("h", "Din kontaktperson"), ("p", "Du får en fast kontaktperson, når du er startet på holdet.")]
    if "missing-tasks" not in c["defects"]:
        blocks += [("h", "Det hjælper vi med"), ("ul", tasks_list(c))]
    nohrs = "missing-hours" in c["defects"]
    dur = "missing-duration" in c["defects"]
    blocks += [("h", "Hvor længe og hvor meget")]
    sents = []
    if not dur:
        sents.append(f"Aftalen gælder i perioden {period_text(c, rng)}.")
    else:
        sents.append(f"Du starter {d_long(c['start'])}, og vi kører forløbet, så længe det giver mening for dig.")
    sents.append("Vi mødes et par gange om ugen, når det passer ind i værkstedets dag." if nohrs
                 else f"Du har {hrs(c['hours'])} med din kontaktperson om ugen, fordelt på faste dage.")
    blocks.append(("p", " ".join(sents)))
    if "missing-follow-up" not in c["defects"]:
        blocks += [("h", "Sådan følger vi op"),
                   ("p", f"Hver anden uge tager vi en kort snak om, hvordan det går med målet, og én gang om måneden "
                         f"holder vi statusmøde sammen med din sagsbehandler {c['cw']}.")]
    else:
        blocks += [("h", "Sådan følger vi op"), ("p", "Vi følger op løbende og efter behov.")]
    if "missing-appeal-guidance" not in c["defects"]:
        blocks += [("h", "Hvis du er uenig"), ("p", appeal_full(c["k"], rng))]
    blocks += [("p", f"{p['addr'].split(',')[-1].strip().split(' ', 1)[1]}, {d_long(c['date'])}"),
               ("p", f"{c['cit']}                {c['mentor'][0] if 'missing-mentor' not in c['defects'] else 'for Grobund'}")]
    return "Samarbejdsaftale", blocks


def agr_p3(c, rng):
    p = c["prov"]
    f = c["first"]
    m = c["mentor"]
    blocks = [("lh", [p["name"], p["addr"], f"CVR {p['cvr']}"]),
              ("p", f"{c['cit']}" + (f"\nCPR: {c['cpr']}" if c.get("cpr") else "")),
              ("p", f"Vejle, {d_long(c['date'])}"),
              ("title", "Velkommen til dit mentorforløb"),
              ("p", f"Kære {f}"),
              ("p", f"Tak for en god første samtale. Her får du det, vi blev enige om, skrevet ned, så vi begge kan "
                    f"holde fast i det. Forløbet er bevilget af {c['k'][0]} Kommune.")]
    if "missing-goal" not in c["defects"]:
        g = goal_text(c)
        blocks += [("h", "Det arbejder vi hen imod"), ("p", g)]
    if "missing-tasks" not in c["defects"]:
        blocks += [("p", "Vi aftalte, at jeg skal:"), ("ul", [t for t in c["tasks"]])]
    if "missing-duration" not in c["defects"]:
        blocks.append(("p", f"Forløbet løber {period_text(c, rng)}."))
    else:
        blocks.append(("p", f"Vi starter {d_long(c['start'])} og ser undervejs, hvornår du er klar til at stå på egne ben."))
    if "missing-hours" not in c["defects"]:
        blocks.append(("p", rng.choice([f"Vi ses {hrs(c['hours'])} om ugen, som regel tirsdag og torsdag.",
                                        f"Jeg har afsat {hrs(c['hours'])} ugentligt til dig."])))
    else:
        blocks.append(("p", "Vi ses, når der er brug for det – det finder vi ud af hen ad vejen."))
    if "missing-follow-up" not in c["defects"]:
        blocks.append(("p", f"Hver måned holder vi et statusmøde med din sagsbehandler {c['cw']}, hvor vi ser på, "
                            f"om delmålene er nået, og 14 dage før forløbet slutter evaluerer vi sammen."))
    if "missing-appeal-guidance" not in c["defects"]:
        blocks += [("h", "Klagevejledning"), ("p", appeal_full(c["k"], rng))]
    if "missing-mentor" not in c["defects"]:
        blocks += [("p", f"Det er mig, Birgitte, der er din mentor. Du kan altid få fat i mig på {m[1]} eller "
                         f"{mail_of(p, m[0])}."), ("p", "Venlig hilsen"), ("p", "Birgitte Holm\nMentor og coach")]
    else:
        blocks += [("p", "Venlig hilsen"), ("p", "Birgitte Holm\nMentor og coach")]
    return "Velkommen til dit mentorforløb", blocks


def agr_p4(c, rng):
    p = c["prov"]
    f = c["first"]
    blocks = [("lh", [p["name"], p["web"]]), ("title", f"Handleplan for {c['cit']}")]
    kv = [("Navn", c["cit"])]
    if c.get("cpr"):
        kv.append(("Cpr", c["cpr"]))
    kv += [("Kommune", f"{c['k'][0]} – sagsbehandler {c['cw']}"), ("Dato", d_num(c["date"]))]
    blocks.append(("kv", kv))
    if "missing-goal" not in c["defects"]:
        blocks += [("h", "1. Mit mål"), ("p", goal_text(c))]
    else:
        blocks += [("h", "1. Mit mål"), ("p", "Udfyldes senere")]
    if "missing-mentor" not in c["defects"]:
        blocks += [("h", "2. Min mentor"), ("p", f"{c['mentor'][0]}, tlf. {c['mentor'][1]}, {mail_of(p, c['mentor'][0])}")]
    else:
        blocks += [("h", "2. Min mentor"), ("p", f"{c['mentor'][0]} (Ungekraft)")]
    if "missing-tasks" not in c["defects"]:
        blocks += [("h", "3. Det hjælper min mentor med"), ("ol", tasks_list(c))]
    if "missing-duration" not in c["defects"] or "missing-hours" not in c["defects"]:
        kv2 = []
        if "missing-duration" not in c["defects"]:
            kv2.append(("Periode", period_text(c, rng)))
        if "missing-hours" not in c["defects"]:
            kv2.append(("Timer", f"{hrs(c['hours'])} om ugen"))
        blocks += [("h", "4. Tid og periode"), ("kv", kv2)]
    if "missing-follow-up" not in c["defects"]:
        blocks += [("h", "5. Opfølgning"),
                   ("p", f"Vi evaluerer handleplanen hver 4. uge; delmål: {f} møder op mindst 4 ud af 5 dage. "
                         f"Slutevaluering 14 dage før perioden udløber.")]
    if "missing-appeal-guidance" not in c["defects"]:
        blocks += [("h", "6. Klagevejledning"), ("p", appeal_full(c["k"], rng))]
    blocks += [("p", "Underskrift ung: ____________    Underskrift mentor: ____________")]
    return f"Handleplan for {c['cit']}", blocks


def agr_p5(c, rng):
    p = c["prov"]
    k = c["k"]
    blocks = [("lh", [p["name"], f"{p['addr']} · CVR {p['cvr']}"]),
              ("title", "Trepartsaftale om mentorstøtte"),
              ("p", "Aftalen er indgået mellem:"),
              ("table", [["Part", "Navn", "Kontakt"],
                         ["Borger", c["cit"] + (f", cpr.nr. {c['cpr']}" if c.get("cpr") else ""), ""],
                         ["Forløbsansvarlig", c["mentor"][0] if "missing-mentor" in c["defects"] else c["mentor"][0],
                          "" if "missing-mentor" in c["defects"] else f"{c['mentor'][1]} / {mail_of(p, c['mentor'][0])}"],
                         [f"{k[0]} Kommune", c["cw"], k[2]]])]
    n = 1
    if "missing-goal" not in c["defects"]:
        blocks += [("h", f"§ {n} Formål"), ("p", goal_text(c))]
        n += 1
    if "missing-tasks" not in c["defects"]:
        blocks += [("h", f"§ {n} Den forløbsansvarliges opgaver"), ("ul", tasks_list(c))]
        n += 1
    sents = []
    if "missing-duration" not in c["defects"]:
        sents.append(f"Aftalen gælder {period_text(c, rng)}.")
    else:
        sents.append(f"Aftalen træder i kraft {d_long(c['start'])} og løber indtil videre.")
    if "missing-hours" not in c["defects"]:
        sents.append(f"Der er bevilget {hrs(c['hours'])} pr. uge; forberedelse tæller ikke med.")
    blocks += [("h", f"§ {n} Varighed og omfang"), ("p", " ".join(sents))]
    n += 1
    if "missing-follow-up" not in c["defects"]:
        blocks += [("h", f"§ {n} Opfølgning"),
                   ("p", "Parterne holder trepartsmøde hver 6. uge. Den forløbsansvarlige sender en kort status efter "
                         "hvert møde, og aftalen evalueres senest 14 dage før udløb.")]
        n += 1
    if "missing-appeal-guidance" not in c["defects"]:
        blocks += [("h", f"§ {n} Klagevejledning"), ("p", appeal_full(k, rng))]
    blocks += [("p", f"Herning, {d_long(c['date'])}"),
               ("table", [["Borger", "Forløbsansvarlig", f"For {k[0]} Kommune"], ["", "", c["cw"]]])]
    return "Trepartsaftale om mentorstøtte", blocks


def agr_p6(c, rng):
    p = c["prov"]
    blocks = [("lh", [p["name"], p["addr"], f"www.{p['web']}"]), ("title", "Aftale om mentorforløb"),
              ("kv", [("Kandidat", c["cit"])] + ([("CPR", c["cpr"])] if c.get("cpr") else [])
               + [("Bestilt af", f"Jobcenter {c['k'][0]} / {c['cw']}")])]
    if "missing-mentor" not in c["defects"]:
        blocks.append(("kv", [("Jobkonsulent", c["mentor"][0]), ("Telefon", c["mentor"][1]),
                              ("Mail", mail_of(p, c["mentor"][0]))]))
    else:
        blocks.append(("kv", [("Jobkonsulent", "Udpeges af teamleder"), ("Telefon", "")]))
    if "missing-goal" not in c["defects"]:
        blocks.append(("kv", [("Jobmål", goal_text(c))]))
    if "missing-tasks" not in c["defects"]:
        blocks += [("h", "Jobkonsulentens opgaver"), ("ul", ["☒ " + t for t in tasks_list(c)])]
    kv = []
    if "missing-duration" not in c["defects"]:
        kv.append(("Start og slut", period_text(c, rng)))
    if "missing-hours" not in c["defects"]:
        lvl = "☐ 0-1 t/uge   ☒ 1-2 t/uge   ☐ over 2 t/uge" if c["hours"] <= 2 else "☐ 0-1 t/uge   ☐ 1-2 t/uge   ☒ over 2 t/uge"
        kv.append(("Timeniveau", f"{lvl} ({c['hours']} t/uge)"))
    if "missing-follow-up" not in c["defects"]:
        kv.append(("Opfølgning", "Midtvejsevaluering efter 3 måneder og slutstatus 14 dage før ophør, sammen med jobcentret"))
    if kv:
        blocks.append(("kv", kv))
    if "missing-appeal-guidance" not in c["defects"]:
        blocks += [("h", "Klagevejledning"), ("p", appeal_full(c["k"], rng))]
    blocks += [("p", f"Randers, {d_num(c['date'])}"), ("p", "Kandidat: ______________   Jobkonsulent: ______________")]
    return "Aftale om mentorforløb", blocks


AGR = {"p1": agr_p1, "p2": agr_p2, "p3": agr_p3, "p4": agr_p4, "p5": agr_p5, "p6": agr_p6}


# ---------------------------------------------------------------- decisions
ROLE_DEF = {"Kompetencehuset": "Din konsulent", "Grobund": "Din kontaktperson", "Mentorhuset": "Din mentor",
            "Ungekraft": "Din ung-mentor", "Balance & Arbejde": "Den forløbsansvarlige", "Jobkonsulenterne": "Din jobkonsulent"}


def decision(c, rng, sub):
    k = c["k"]
    p = c["prov"]
    blocks = [("lh", [f"{k[0]} Kommune", "Beskæftigelse og Ydelse", k[1]]),
              ("p", c["cit"] + (f"\nCPR-nr. {c['cpr']}" if c.get("cpr") else "")),
              ("p", f"Dato: {d_long(c['date'])}\nSagsnr.: 15.20.06-G01-{rng.randrange(100, 999)}-26")]
    per = period_text(c, rng, style=rng.choice([0, 0, 1, 2, 3]))
    extras = []
    greet = rng.choice([f"Kære {c['first']}", f"Hej {c['first']}", None])
    if sub == "grant":
        blocks += [("title", "Afgørelse om mentorstøtte")] + ([("p", greet)] if greet else []) + [
                   ("p", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {per}. "
                         f"Støtten er på {c['hours']} timer om ugen og leveres af {p['name']}."),
                   ("p", f"{ROLE_DEF[p['short']]} hos {p['short']} udarbejder sammen med dig en {c['planword']}, som beskriver "
                         f"mål, opgaver og opfølgning. Den finder du på Min Side, når den er klar.")]
    elif sub == "partial":
        blocks += [("title", "Afgørelse – delvis bevilling af mentorstøtte"),
                   ("p", f"Du har søgt om mentorstøtte i 5 timer om ugen. Vi har bevilget {c['hours']} timer om ugen i "
                         f"perioden {per} hos {p['short']}.")]
        if not c.get("no_reasons"):
            blocks += [("h", "Begrundelse"),
                       ("p", f"Vi har lagt vægt på, at du allerede har støtte fra skolens studievejleder, og at behovet for "
                             f"støtte ud over det er {c['hours']} timer om ugen, jf. LAB § 167, stk. 1.")]
        else:
            extras.append("missing-reasons")
        blocks.append(("p", f"Den nærmere plan for forløbet aftaler du med {p['short']} ({c['planword']})."))
    elif sub == "refusal":
        blocks += [("title", "Afslag på mentorstøtte"),
                   ("p", f"Vi har behandlet din ansøgning om mentorstøtte hos {p['short']}, og du får afslag.")]
        if not c.get("no_reasons"):
            blocks += [("h", "Begrundelse"),
                       ("p", "Der kan kun gives mentorstøtte, når der er et mål om beskæftigelse eller uddannelse. "
                             "Vi har lagt vægt på, at du er i et behandlingsforløb, og at der ikke nu er et job- eller "
                             "uddannelsesmål, jf. LAB § 167.")]
        else:
            extras.append("missing-reasons")
    elif sub == "extension":
        prev_s = add_months(c["start"], -6)
        blocks += [("title", "Forlængelse af mentorstøtte"),
                   ("p", f"Din mentorstøtte hos {p['short']} (tidligere periode {d_num(prev_s)}-{d_num(c['start'] - dt.timedelta(days=1))}) "
                         f"forlænges efter en konkret vurdering i perioden {per} med {c['hours']} timer om ugen."),
                   ("h", "Begrundelse"),
                   ("p", f"{p['short']}s statusrapport viser, at du er godt i gang, men stadig har brug for støtte i "
                         f"overgangen til {rng.choice(['uddannelse', 'ordinært job', 'fleksjob'])}, jf. LAB § 167, stk. 1, 2. pkt.")]
    elif sub == "end":
        blocks += [("title", "Ophør af mentorstøtte"),
                   ("p", f"Din mentorstøtte hos {p['short']} ophører pr. {d_long(c['start'])}, fordi du er startet "
                         f"i ordinært job. Vi har lagt vægt på {p['short']}s afsluttende rapport.")]
    elif sub == "udskrivning":
        blocks += [("title", "Afgørelse om udskrivningskoordinator"),
                   ("p", f"Du er indlagt på Psykiatrisk Afdeling og forventes udskrevet {d_long(add_months(c['start'], 3))}. "
                         f"Du har ret til en udskrivningskoordinator efter LAB § 167, stk. 2. Vi bevilger støtten fra "
                         f"{d_long(c['start'])} til {d_long(c['end'])} – 3 måneder før udskrivelsen og 6 måneder efter. "
                         f"Støtten gives af {p['name']} med {c['hours']} timer om ugen.")]
    if greet and sub != "grant":
        blocks.insert(4, ("p", greet))
    if c.get("appeal") == "full":
        blocks += [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", appeal_full(k, rng))]
    elif c.get("appeal") == "direct":
        blocks += [("h", "Klagevejledning"),
                   ("p", "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget denne afgørelse.")]
        extras.append("appeal-wrong-route")
    elif c.get("appeal") == "bad":
        blocks += [("p", rng.choice(["Du kan klage over afgørelsen.", f"Er du uenig, kan du kontakte {k[0]} Kommune.",
                                     "Klagevejledning vedlægges ikke, da du har fået det, du søgte om."]))]
    blocks += [("p", "Med venlig hilsen"), ("p", f"{c['cw']}\nJobkonsulent, {k[0]} Kommune\nTlf. {k[2]}")]
    return blocks[3][1] if blocks[3][0] == "title" else "Afgørelse", blocks, extras


# ---------------------------------------------------------------- Min Plan
def minplan(c, rng, style):
    p = c["prov"]
    d = c["defects"]
    m = c["mentor"]
    ment = f"{m[0]} ({p['short']}), tlf. {m[1]}" if "missing-mentor" not in d else f"{p['name']}, tlf. 70 27 {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
    per = period_text(c, rng) if "missing-duration" not in d else f"Start {d_num(c['start'])}"
    hrs_ = f"{hrs(c['hours'])} pr. uge" if "missing-hours" not in d else "Aftales med leverandøren"
    goal = goal_text(c) if "missing-goal" not in d else ""
    tasks = "; ".join(tasks_list(c)) if "missing-tasks" not in d else ""
    if style == 0:
        rows = [["Aktivitet", "Mentorstøtte (LAB § 167)"], ["Leverandør", p["name"]], ["Mentor", ment],
                ["Periode", per], ["Timetal", hrs_]]
        if goal:
            rows.append(["Formål", goal])
        if tasks:
            rows.append(["Mentorens opgaver", tasks])
        blocks = [("lh", [f"Min Plan – {c['cit']}" + (f" ({c['cpr']})" if c.get("cpr") else "")]),
                  ("title", "Min Plan: Mentorstøtte"),
                  ("p", f"Udskrevet {d_num(c['date'])} fra {c['k'][0]} Kommunes sagssystem"), ("table", rows)]
    elif style == 1:
        txt = (f"Mentorstøtte hos {p['short']}. " + (f"Formålet er: {goal} " if goal else "")
               + f"Din mentor er {ment}. " + (f"Mentoren hjælper dig med: {tasks}. " if tasks else "")
               + f"Periode: {per}. Timer: {hrs_}.")
        blocks = [("title", "Min Plan – indsats"), ("p", f"Borger: {c['cit']}" + (f", cpr {c['cpr']}" if c.get("cpr") else "")),
                  ("h", "Mentor"), ("p", txt),
                  ("h", "Uddannelse"), ("p", f"Du er tilmeldt FVU-dansk på VUC fra {d_num(c['start'])} til {d_num(add_months(c['start'], 10))}.")]
    else:
        blocks = [("title", "Min Plan"), ("h", f"Mentorstøtte – {p['short']}"),
                  ("kv", [("Status", "Aktiv"), ("Mål", goal or "-"), ("Kontaktperson", ment), ("Opgaver", tasks or "-"),
                          ("Varighed", per), ("Omfang", hrs_)]),
                  ("h", "Jobsøgning"), ("kv", [("Status", "Aktiv"), ("Krav", "2 ansøgninger om ugen på Jobnet")])]
    return "Min Plan", blocks


# ---------------------------------------------------------------- unknown documents
def unknown_doc(i, rng, sub, c):
    p = c["prov"]
    k = c["k"]
    if sub == "offer":
        return "Tilbud på mentorforløb", [
            ("lh", [p["name"], p["addr"], f"CVR {p['cvr']}"]),
            ("title", f"Tilbud på mentorforløb til Jobcenter {k[0]}"),
            ("p", f"{p['short']} tilbyder mentorforløb efter LAB § 167 til borgere i alle målgrupper. Et forløb "
                  f"indeholder opstartssamtale, en forløbsplan med mål, opgaver, varighed og timetal, og opfølgning "
                  f"hver måned. Forløb bevilges højst 6 måneder ad gangen."),
            ("table", [["Ydelse", "Pris ekskl. moms"], ["Mentortime, direkte kontakt", "545 kr."],
                       ["Opstartspakke (2 samtaler + forløbsplan)", "2.400 kr."], ["Statusrapport", "850 kr."],
                       ["Kørsel pr. km", "3,79 kr."]]),
            ("p", "Tilbuddet gælder til 31. december 2027. Kontakt salgschef Ole Brink, tlf. 70 20 44 10.")]
    if sub == "status":
        f = c["first"]
        return "Statusrapport", [
            ("lh", [p["name"]]), ("title", "Statusrapport – mentorforløb"),
            ("kv", [("Deltager", c["cit"]), ("Rapport nr.", "2"), ("Til", f"{c['cw']}, {k[0]} Kommune"),
                    (p["role"].capitalize(), c["mentor"][0])]),
            ("h", "Fremmøde"), ("p", f"{f} er mødt til 14 af 16 aftaler siden sidste rapport."),
            ("h", "Progression"), ("p", f"{f} tager nu selv bussen til praktikstedet og har haft to samtaler med "
                                        f"arbejdsgiveren om flere timer."),
            ("h", "Anbefaling"), ("p", "Vi anbefaler, at forløbet fortsætter som planlagt til periodens udløb.")]
    if sub == "invoice":
        return "Faktura", [
            ("lh", [p["name"], p["addr"], f"CVR {p['cvr']}"]), ("title", f"Faktura nr. 2026-{rng.randrange(1000, 9999)}"),
            ("p", f"{k[0]} Kommune, Jobcenter · EAN 57980000{rng.randrange(10000, 99999)}"),
            ("table", [["Tekst", "Antal", "Pris", "Beløb"],
                       [f"Mentortimer, {c['cit']}, {MONTHS[c['date'].month - 1]} 2026", "12", "545,00", "6.540,00"],
                       ["Kørsel", "84 km", "3,79", "318,36"], ["I alt ekskl. moms", "", "", "6.858,36"],
                       ["Moms 25 %", "", "", "1.714,59"], ["I alt", "", "", "8.572,95"]]),
            ("p", "Betalingsbetingelser: netto 30 dage. Reg.nr. 5470 kontonr. 0001234567.")]
    if sub == "leaflet":
        return f"Velkommen hos {p['short']}", [
            ("title", f"Velkommen hos {p['short']}"),
            ("p", f"Du er blevet henvist til et forløb hos os af din kommune. Her kan du læse, hvad du kan forvente."),
            ("h", "Hvad er en mentor?"),
            ("p", f"Din {p['role']} er en fast person, der hjælper dig med at komme i gang med job eller uddannelse. "
                  f"I laver sammen en plan med mål, opgaver, hvor længe forløbet varer og hvor mange timer I ses."),
            ("h", "Praktisk"), ("ul", ["Meld afbud senest kl. 8 samme dag", "Vi har kaffe og frugt hver dag",
                                       f"Du finder os på {p['addr']}"]),
            ("p", "Har du spørgsmål til kommunens afgørelse, skal du kontakte din sagsbehandler.")]
    if sub == "checklist":
        return "Intern tjekliste", [
            ("lh", [p["name"], "INTERNT – må ikke udleveres"]), ("title", "Tjekliste til opstartssamtale"),
            ("ul", ["☐ Mål med forløbet skrevet SMART", f"☐ {p['role'].capitalize()}s navn, mobil og mail", "☐ Opgaver aftalt",
                    "☐ Periode (højst 6 mdr.) og timer pr. uge", "☐ Opfølgningsdatoer i kalenderen",
                    "☐ Kommunens klagevejledning vedlagt", "☐ Forløbsplan sendt til sagsbehandler inden 5 dage"]),
            ("p", "Tjeklisten gemmes ikke i deltagerens mappe.")]
    if sub == "order":
        return "Bestilling af mentorforløb", [
            ("lh", [f"{k[0]} Kommune", "Jobcenter"]), ("title", "Bestilling af mentorforløb"),
            ("kv", [("Leverandør", p["name"]), ("Borger", c["cit"]), ("Sagsbehandler", c["cw"]),
                    ("Ønsket opstart", d_long(c["start"])), ("Bevilget", f"{c['hours']} timer pr. uge")]),
            ("p", f"Leverandøren bedes udarbejde en forløbsplan og sende den til jobcentret senest 10 dage efter opstart.")]
    if sub == "framework":
        return "Samarbejdsaftale om levering af mentorydelser", [
            ("title", f"Samarbejdsaftale om levering af mentorydelser mellem {k[0]} Kommune og {p['name']}"),
            ("h", "1. Aftalens genstand"), ("p", "Leverandøren leverer mentorstøtte efter LAB § 167 til borgere, som kommunen henviser."),
            ("h", "2. Krav til forløbsplanen"), ("p", "For hver borger udarbejdes en plan med mål, mentorens navn og kontaktdata, opgaver, varighed, timetal og opfølgning."),
            ("h", "3. Varighed"), ("p", "Rammeaftalen gælder fra 1. januar 2026 til 31. december 2027 med mulighed for forlængelse i 12 måneder."),
            ("h", "4. Pris"), ("p", "Timepris 520 kr. ekskl. moms, reguleres årligt.")]
    if sub == "final":
        f = c["first"]
        return "Afsluttende evaluering", [
            ("lh", [p["name"]]), ("title", "Afsluttende evaluering af mentorforløb"),
            ("p", f"Deltager: {c['cit']}. Forløbet sluttede {d_long(c['start'])}."),
            ("h", "Resultat"), ("p", f"{f} er startet i ordinært job 25 timer om ugen. Målet er nået."),
            ("h", "Læring"), ("p", "Faste mødetider og hjælp til transport var det, der gjorde forskellen.")]
    if sub == "meeting_mail":
        return "Mødeaftale", [("p", f"Hej {c['first']}"),
                              ("p", f"Bare en påmindelse om vores møde på torsdag kl. 10 hos {p['short']}. Husk dit sygesikringskort."),
                              ("p", f"Hilsen {c['mentor'][0]}")]
    raise ValueError(sub)


# =========================================================================== renderers
def fix_kv(blocks):
    out = []
    for b in blocks:
        out.append(b)
    return out


def to_text(title, blocks, md=False):
    lines = []
    for b in blocks:
        t = b[0]
        if t == "lh":
            lines += list(b[1]) + [""]
        elif t == "title":
            lines += [("# " if md else "") + b[1], "" if md else "=" * len(b[1]), ""] if not md else ["# " + b[1], ""]
        elif t == "h":
            lines += [("## " + b[1]) if md else b[1].upper() if len(b[1]) < 40 else b[1] + ":", ""]
        elif t in ("p", "small"):
            lines += [b[1], ""]
        elif t == "ul":
            lines += [f"- {x}" for x in b[1]] + [""]
        elif t == "ol":
            lines += [f"{i + 1}) {x}" for i, x in enumerate(b[1])] + [""]
        elif t == "table":
            lines += [" | ".join(r) for r in b[1]] + [""]
        elif t == "kv":
            lines += [f"{a}: {v}" for a, v in b[1]] + [""]
    return "\n".join(x for x in lines if x is not None).replace("\n\n\n", "\n\n")


def to_html(title, blocks, rng):
    css = rng.choice(["font-family: Arial; max-width: 760px", "font-family: Georgia; margin: 2em",
                      "font-family: Verdana; font-size: 13px"])
    out = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
           f"<style>body{{{css}}} td{{border:1px solid #999;padding:4px}}</style></head><body>"]
    e = html.escape
    for b in blocks:
        t = b[0]
        if t == "lh":
            out.append("<header><p>" + "<br>".join(e(x) for x in b[1]) + "</p></header>")
        elif t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t in ("p", "small"):
            out.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{t}>")
        elif t == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif t == "kv":
            out.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(v)}</dd>" for a, v in b[1]) + "</dl>"
                       if rng.random() < 0.5 else
                       "<table>" + "".join(f"<tr><th>{e(a)}</th><td>{e(v)}</td></tr>" for a, v in b[1]) + "</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_docx(title, blocks, path, rng, kv_as_table=True):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Verdana"])
    st.font.size = Pt(rng.choice([10, 11, 11.5]))
    for b in blocks:
        t = b[0]
        if t == "lh":
            hdr = d.sections[0].header
            hdr.paragraphs[0].text = " · ".join(b[1])
        elif t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            if rng.random() < 0.5:
                d.add_heading(b[1], level=2)
            else:
                para = d.add_paragraph()
                para.add_run(b[1]).bold = True
        elif t in ("p", "small"):
            d.add_paragraph(b[1])
        elif t == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "table":
            tb = d.add_table(rows=0, cols=max(len(r) for r in b[1]))
            tb.style = "Table Grid"
            for r in b[1]:
                cells = tb.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
        elif t == "kv":
            if kv_as_table:
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for a, v in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text, cells[1].text = a, v
            else:
                for a, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(a + ": ").bold = True
                    para.add_run(v)
    d.core_properties.title = title
    d.core_properties.author = "corpus-hl"
    d.core_properties.created = dt.datetime(2026, 11, 1)
    d.save(path)


def rtf_esc(s):
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
            out.append(f"\\'{o:02x}")
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def to_rtf(title, blocks):
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\fs22 "]
    for b in blocks:
        t = b[0]
        if t == "lh":
            o.append("{\\fs18 " + rtf_esc("\n".join(b[1])) + "}\\par\\par ")
        elif t == "title":
            o.append("{\\b\\fs32 " + rtf_esc(b[1]) + "}\\par\\par ")
        elif t == "h":
            o.append("{\\b\\fs24 " + rtf_esc(b[1]) + "}\\par ")
        elif t in ("p", "small"):
            o.append(rtf_esc(b[1]) + "\\par\\par ")
        elif t in ("ul", "ol"):
            for i, x in enumerate(b[1]):
                o.append(("\\bullet  " if t == "ul" else f"{i + 1}. ") + rtf_esc(x) + "\\par ")
            o.append("\\par ")
        elif t in ("table", "kv"):
            rows = b[1] if t == "table" else [list(x) for x in b[1]]
            for r in rows:
                n = len(r)
                o.append("\\trowd\\trgaph70" + "".join(f"\\clbrdrt\\brdrs\\clbrdrb\\brdrs\\clbrdrl\\brdrs\\clbrdrr\\brdrs\\cellx{int(9000 * (i + 1) / n)}" for i in range(n)))
                o.append("".join("\\pard\\intbl " + rtf_esc(c) + "\\cell " for c in r) + "\\row ")
            o.append("\\pard\\par ")
    o.append("}")
    return "".join(o)


def to_reportlab(title, blocks, path, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6)
    sm = ParagraphStyle("sm", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    e = lambda s: html.escape(s).replace("\n", "<br/>")
    story = []
    for b in blocks:
        t = b[0]
        if t == "lh":
            story += [Paragraph("<br/>".join(e(x) for x in b[1]), sm), Spacer(1, 10)]
        elif t == "title":
            story.append(Paragraph(e(b[1]), h1))
        elif t == "h":
            story.append(Paragraph(e(b[1]), h2))
        elif t in ("p", "small"):
            story += [Paragraph(e(b[1]), base), Spacer(1, 5)]
        elif t in ("ul", "ol"):
            story.append(ListFlowable([ListItem(Paragraph(e(x), base)) for x in b[1]],
                                      bulletType="bullet" if t == "ul" else "1", bulletFontName="DV", bulletFontSize=9))
        elif t in ("table", "kv"):
            rows = b[1] if t == "table" else [list(x) for x in b[1]]
            n = max(len(r) for r in rows)
            w = [130] + [(440 - 130) / (n - 1)] * (n - 1) if n > 1 else [440]
            tb = Table([[Paragraph(e(c), base) for c in r] for r in rows], colWidths=w)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author="", leftMargin=60, rightMargin=60,
                      invariant=1).build(story)


def to_eml(title, blocks, path, c, sender, to, attach=None):
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = title
    msg["Date"] = email.utils.format_datetime(dt.datetime(c["date"].year, c["date"].month, c["date"].day, 9, 14,
                                                          tzinfo=dt.timezone(dt.timedelta(hours=1))))
    import zlib
    msg["Message-ID"] = f"<{zlib.crc32((title + str(path.name)).encode()) % 10**8}.{c['date'].isoformat()}@corpus-hl.invalid>"
    body = [b for b in blocks if b[0] != "title"]
    msg.set_content(to_text(title, body))
    if attach:
        data = Path(attach).read_bytes()
        msg.add_attachment(data, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=Path(attach).name)
    path.write_bytes(bytes(msg))


# =========================================================================== plan
def build(out: Path, seed: int):
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
        else:
            shutil.rmtree(p)
    tmp = Path(tempfile.mkdtemp(prefix="hl_"))
    entries = []
    lo_jobs = []       # (docx path, target format, final path)
    scans = []         # (reportlab pdf, final path, mode)

    def make_case(prov_key, defects, cpr=False, period=None, hours=None):
        first, last = rng.choice(CITIZENS)
        p = PROVIDERS[prov_key]
        k = rng.choice(KOMMUNER)
        if prov_key == "p3":
            k = KOMMUNER[1]
        if prov_key == "p5":
            k = KOMMUNER[2]
        if prov_key == "p6":
            k = KOMMUNER[0]
        if prov_key == "p2":
            k = KOMMUNER[4]
        if prov_key == "p4":
            k = KOMMUNER[5]
        start = dt.date(2026, rng.choice([8, 9, 10, 11, 12]), rng.choice([1, 1, 3, 7, 15]))
        end = six_end(start)
        kind_p = period or rng.choice(["full", "full", "short", "exact"])
        trait = []
        if kind_p == "short":
            end = add_months(start, rng.choice([3, 4])) - dt.timedelta(days=1)
            trait.append("period:short")
        elif kind_p == "exact":
            start = start.replace(day=15)
            end = six_end(start)
            trait.append("period:exact-six")
        elif kind_p == "over":
            end = add_months(start, rng.choice([7, 9, 12])) - dt.timedelta(days=1) + dt.timedelta(days=rng.choice([0, 10]))
            trait.append("period:over-six")
        elif kind_p == "over_small":
            end = six_end(start) + dt.timedelta(days=rng.choice([1, 14]))
            trait.append("period:over-six-by-days")
        g = rng.choice(UNCLEAR_GOALS if "unclear-goal" in defects else CLEAR_GOALS).format(f=first)
        tasks = [t.format(f=first) for t in rng.sample(TASKS, rng.randrange(2, 5))]
        c = dict(first=first, cit=f"{first} {last}", prov=p, k=k, cw=rng.choice(CASEWORKERS), start=start, end=end,
                 date=start - dt.timedelta(days=rng.randrange(2, 12)), hours=hours or rng.choice([1, 2, 2, 3, 4, 5]),
                 goal=g, tasks=tasks, mentor=rng.choice(p["mentors"]), defects=set(defects),
                 planword={"p1": "forløbsplan", "p2": "samarbejdsaftale", "p3": "aftale", "p4": "handleplan",
                           "p5": "trepartsaftale", "p6": "aftale om mentorforløb"}[prov_key],
                 traits=trait)
        if cpr:
            c["cpr"] = cpr_for(rng)
        return c

    def emit(name, fmt, title, blocks, kind, subtype, layout, rules, c, extras=(), traits=(), period=True):
        path = out / name
        tr = list(traits) + list(c.get("traits", [])) if c else list(traits)
        if fmt == "docx":
            to_docx(title, blocks, path, rng, kv_as_table=rng.random() < 0.6)
            tr.append("python-docx")
        elif fmt == "txt":
            path.write_text(to_text(title, blocks, md=False), encoding="utf-8")
        elif fmt == "md":
            path.write_text(to_text(title, blocks, md=True), encoding="utf-8")
        elif fmt == "html":
            path.write_text(to_html(title, blocks, rng), encoding="utf-8")
        elif fmt == "rtf":
            path.write_text(to_rtf(title, blocks), encoding="ascii")
        elif fmt == "pdf-rl":
            to_reportlab(title, blocks, path, rng)
            tr.append("reportlab")
        elif fmt in ("pdf-lo", "odt"):
            src = tmp / (path.stem + ".docx")
            to_docx(title, blocks, src, rng, kv_as_table=rng.random() < 0.6)
            lo_jobs.append((src, "pdf" if fmt == "pdf-lo" else "odt", path))
            tr.append("libreoffice")
        elif fmt in ("scan-img", "scan-ocr"):
            src = tmp / (path.stem + "_src.pdf")
            to_reportlab(title, blocks, src, rng)
            scans.append((src, path, fmt))
            tr.append("scan:image-only" if fmt == "scan-img" else "scan:tesseract-layer")
        elif fmt.startswith("eml"):
            sender = f"{c['mentor'][0].split(',')[0]} <{mail_of(c['prov'], c['mentor'][0])}>" if c else "x@y.dk"
            att = None
            if fmt == "eml-att":
                att = tmp / (path.stem + ".docx")
                to_docx(title, blocks, att, rng)
                mail_blocks = [("p", f"Hej {c['first']}"),
                               ("p", f"Som lovet får du vores {c['planword']} som vedhæftet fil. Læs den igennem, og sig til, hvis noget skal rettes."),
                               ("p", f"Venlig hilsen\n{c['mentor'][0]}\n{c['prov']['name']}")]
                to_eml(title, mail_blocks, path, c, sender, f"{c['first'].lower()}@privat.dk", attach=att)
                tr.append("eml-attachment")
            else:
                to_eml(title, blocks, path, c, sender, f"{c['first'].lower()}@privat.dk")
        real_fmt = {"pdf-rl": "pdf", "pdf-lo": "pdf", "scan-img": "pdf", "scan-ocr": "pdf", "eml-att": "eml"}.get(fmt, fmt)
        must = []
        if c and c.get("cpr"):
            must = [c["cpr"]]
            tr.append("cpr")
        e = dict(path=name, format=real_fmt, kind=kind, subtype=subtype, layout=layout, rules=sorted(set(rules)),
                 extras=sorted(set(extras)), error=None, accept_errors=[], must_not_contain=must, traits=sorted(set(tr)))
        if c and period and kind != "unknown" and subtype not in ("refusal",) and "missing-duration" not in rules:
            e["period"] = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        entries.append(e)

    # ------------------------------------------------------------------ agreements (42)
    fmts_by_p = {"p1": ["docx", "pdf-lo", "pdf-rl", "docx", "odt", "scan-ocr", "pdf-lo"],
                 "p2": ["odt", "docx", "pdf-lo", "html", "rtf", "docx", "txt"],
                 "p3": ["eml", "docx", "pdf-rl", "eml-att", "txt", "rtf", "eml"],
                 "p4": ["html", "docx", "pdf-rl", "odt", "md", "html", "scan-img"],
                 "p5": ["pdf-lo", "docx", "rtf", "pdf-rl", "odt", "scan-ocr", "docx"],
                 "p6": ["pdf-rl", "docx", "txt", "html", "rtf", "pdf-lo", "scan-img"]}
    # defect plans: list of (defects, period kind); appeal handled as defect
    alt_plans = {
        "p1": [([], "full"), (["missing-mentor"], "exact"), (["missing-appeal-guidance"], "full"),
               (["duration-over-6-months"], "over_small"), ([], "short"), (["missing-hours", "missing-appeal-guidance"], "full"),
               ([], "full")],
        "p2": [([], "full"), (["missing-follow-up"], "full"), (["missing-appeal-guidance"], "short"),
               (["unclear-goal", "missing-appeal-guidance"], "full"), ([], "exact"), (["missing-hours"], "full"),
               (["missing-duration"], "full")],
        "p3": [([], "full"), (["missing-appeal-guidance"], "exact"), (["missing-follow-up", "missing-appeal-guidance"], "full"),
               ([], "short"), (["missing-mentor"], "full"), (["duration-over-6-months"], "over"), (["missing-hours"], "full")],
        "p4": [([], "full"), (["unclear-goal"], "full"), (["missing-goal"], "short"), ([], "exact"),
               (["missing-tasks", "missing-appeal-guidance"], "full"), (["missing-mentor"], "full"), ([], "full")],
        "p5": [([], "full"), (["missing-tasks"], "exact"), (["duration-over-6-months"], "over"), ([], "short"),
               (["missing-duration"], "full"), (["missing-mentor", "missing-appeal-guidance"], "full"), (["missing-hours"], "full")],
        "p6": [([], "exact"), (["missing-goal"], "full"), ([], "full"), (["missing-follow-up"], "short"),
               (["duration-over-6-months", "missing-appeal-guidance"], "over"), (["missing-tasks"], "full"), ([], "full")],
    }
    layouts = {"p1": "p1-forloebsplan-table", "p2": "p2-samarbejdsaftale-questions", "p3": "p3-startup-letter",
               "p4": "p4-handleplan-numbered", "p5": "p5-trepartsaftale-contract", "p6": "p6-form-checkboxes"}
    subtypes = {"p1": "forloebsplan", "p2": "samarbejdsaftale", "p3": "startup-letter", "p4": "handleplan",
                "p5": "trepartsaftale", "p6": "aftale"}
    idx = 0
    for pk in ["p1", "p2", "p3", "p4", "p5", "p6"]:
        for j, (defs, pkind) in enumerate(alt_plans[pk]):
            idx += 1
            c = make_case(pk, [d for d in defs if d != "duration-over-6-months"], cpr=rng.random() < 0.3, period=pkind)
            if c["end"] > six_end(c["start"]):
                assert "duration-over-6-months" in defs
            if pk == "p3" and j == 6:
                c["length_only"] = "i 26 uger fra " + d_long(c["start"])
                c["end"] = c["start"] + dt.timedelta(days=181)
                c["traits"].append("period:26-weeks")
            if pk == "p6" and j == 2:
                c["length_only"] = f"6 måneder fra {d_num(c['start'])}"
                c["traits"].append("period:start-plus-length")
            title, blocks = AGR[pk](c, rng)
            fmt = fmts_by_p[pk][j]
            ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "scan-img": "pdf", "scan-ocr": "pdf", "eml-att": "eml"}.get(fmt, fmt)
            name = f"{PROVIDERS[pk]['short'].lower().replace(' & ', '-').replace(' ', '-')}/{idx:03d}-{subtypes[pk]}-{c['first'].lower()}.{ext}"
            name = name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            emit(name, fmt, title, blocks, "agreement", subtypes[pk], layouts[pk], defs, c,
                 traits=[f"provider:{pk}"] + [f"defect:{d}" for d in defs])

    # ------------------------------------------------------------------ decisions (16)
    dec_plans = [("grant", "full", "full", "docx"), ("grant", "full", "exact", "pdf-lo"), ("grant", "bad", "full", "pdf-rl"),
                 ("grant", "full", "over", "html"), ("grant", "none", "short", "txt"), ("partial", "full", "full", "docx"),
                 ("partial", "full", "full", "pdf-lo"), ("partial", "direct", "full", "odt"), ("refusal", "full", None, "pdf-rl"),
                 ("refusal", "bad", None, "rtf"), ("extension", "full", "full", "docx"), ("extension", "full", "over", "pdf-lo"),
                 ("end", "full", None, "eml"), ("udskrivning", "full", "ud", "pdf-rl"), ("grant", "full", "full", "scan-img"),
                 ("extension", "none", "exact", "html"), ("partial", "full", "short", "rtf")]
    for j, (sub, app, pkind, fmt) in enumerate(dec_plans):
        pk = ["p1", "p2", "p3", "p4", "p5", "p6"][j % 6]
        c = make_case(pk, [], cpr=rng.random() < 0.3, period=pkind if pkind not in (None, "ud") else "full")
        if pkind == "ud":
            c["end"] = add_months(c["start"], 9) - dt.timedelta(days=1)
            c["traits"].append("udskrivningskoordinator-9-months")
        c["appeal"] = app
        if sub in ("partial", "refusal") and j in (7, 9):
            c["no_reasons"] = True
        title, blocks, extras = decision(c, rng, sub)
        rules = []
        if app in ("bad", "none"):
            rules.append("missing-appeal-guidance")
        if pkind == "over":
            rules.append("duration-over-6-months")
        if sub == "end" and app == "full":
            pass
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "scan-img": "pdf"}.get(fmt, fmt)
        name = f"kommune/{100 + j:03d}-afgoerelse-{sub}-{c['first'].lower()}.{ext}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        if fmt == "eml":
            sender = f"{c['cw']} <jobcenter@{c['k'][0].lower().replace('æ', 'ae')}.dk>"
            p = out / name
            to_eml(title, blocks, p, c, sender, f"{c['first'].lower()}@privat.dk")
            e = dict(path=name, format="eml", kind="decision", subtype=sub, layout="kommune-brev-mail", rules=sorted(rules),
                     extras=sorted(extras), error=None, accept_errors=[], must_not_contain=[c["cpr"]] if c.get("cpr") else [],
                     traits=sorted(set(c["traits"] + [f"appeal:{app}"] + (["cpr"] if c.get("cpr") else []))))
            entries.append(e)
            continue
        emit(name, fmt, title, blocks, "decision", sub, f"kommune-brev-{sub}", rules, c, extras=extras,
             traits=[f"appeal:{app}", f"points-to:{pk}"], period=sub not in ("end", "refusal"))

    # ------------------------------------------------------------------ Min Plan (14)
    mp_plans = [([], "full", 0, "html"), ([], "exact", 1, "txt"), (["missing-hours"], "full", 2, "html"),
                (["missing-mentor"], "full", 0, "pdf-rl"), (["duration-over-6-months"], "over", 1, "docx"),
                (["unclear-goal"], "full", 2, "txt"), ([], "short", 0, "pdf-lo"), (["missing-tasks"], "full", 1, "html"),
                (["missing-goal"], "full", 0, "docx"), ([], "full", 2, "pdf-rl"), (["missing-duration"], "full", 1, "txt"),
                (["missing-mentor", "missing-hours"], "full", 2, "odt"), ([], "exact", 1, "html"), (["unclear-goal"], "short", 0, "scan-ocr")]
    for j, (defs, pkind, style, fmt) in enumerate(mp_plans):
        pk = ["p1", "p2", "p3", "p4", "p5", "p6"][(j + 2) % 6]
        c = make_case(pk, [d for d in defs if d != "duration-over-6-months"], cpr=rng.random() < 0.25, period=pkind)
        title, blocks = minplan(c, rng, style)
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "scan-ocr": "pdf"}.get(fmt, fmt)
        name = f"minplan/{200 + j:03d}-minplan-{c['first'].lower()}.{ext}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        emit(name, fmt, title, blocks, "minplan", "minplan", f"minplan-style{style}", defs, c,
             traits=[f"names-provider:{pk}"] + [f"defect:{d}" for d in defs])

    # ------------------------------------------------------------------ unknown (17)
    un_plans = [("offer", "pdf-rl"), ("offer", "docx"), ("status", "docx"), ("status", "pdf-lo"), ("status", "eml"),
                ("invoice", "pdf-rl"), ("invoice", "html"), ("leaflet", "html"), ("leaflet", "pdf-lo"),
                ("checklist", "docx"), ("checklist", "txt"), ("order", "rtf"), ("framework", "pdf-lo"),
                ("final", "odt"), ("meeting_mail", "eml"), ("status", "scan-img"), ("offer", "rtf")]
    for j, (sub, fmt) in enumerate(un_plans):
        pk = ["p1", "p2", "p3", "p4", "p5", "p6"][j % 6]
        c = make_case(pk, [], cpr=False)
        title, blocks = unknown_doc(j, rng, sub, c)
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "scan-img": "pdf"}.get(fmt, fmt)
        name = f"andet/{300 + j:03d}-{sub}-{PROVIDERS[pk]['short'].lower().replace(' & ', '-').replace(' ', '-')}.{ext}"
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        c2 = dict(c)
        c2["traits"] = []
        emit(name, fmt, title, blocks, "unknown", sub, f"other-{sub}", [], c2, traits=[f"provider:{pk}"], period=False)

    # ------------------------------------------------------------------ LibreOffice conversions
    prof = "-env:UserInstallation=file:///tmp/lo_hl_profile"
    for target in ("pdf", "odt"):
        srcs = [s for s, t, _ in lo_jobs if t == target]
        if srcs:
            od = tmp / f"lo_{target}"
            od.mkdir(exist_ok=True)
            subprocess.run(["soffice", prof, "--headless", "--convert-to", target, "--outdir", str(od)] + [str(s) for s in srcs],
                           check=True, capture_output=True, timeout=600)
    for s, t, final in lo_jobs:
        shutil.move(str(tmp / f"lo_{t}" / (s.stem + "." + t)), final)
    # ------------------------------------------------------------------ scans
    from PIL import Image, ImageFilter
    for src, final, mode in scans:
        pre = tmp / (final.stem + "_pg")
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(pre)], check=True)
        pages = sorted(tmp.glob(final.stem + "_pg*.png"))
        imgs = []
        for k, pg in enumerate(pages):
            im = Image.open(pg).convert("L").rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            im.save(pg)
            imgs.append(im.convert("RGB"))
        if mode == "scan-img":
            imgs[0].save(final, "PDF", resolution=200, save_all=True, append_images=imgs[1:])
        else:
            parts = []
            for k, pg in enumerate(pages):
                ob = tmp / f"{final.stem}_ocr{k}"
                subprocess.run(["tesseract", str(pg), str(ob), "-l", "dan", "--dpi", "200", "pdf"], check=True,
                               capture_output=True)
                parts.append(str(ob) + ".pdf")
            from pypdf import PdfWriter
            w = PdfWriter()
            for pp in parts:
                w.append(pp)
            with open(final, "wb") as fh:
                w.write(fh)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hl")
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    ents = build(Path(a.out), a.seed)
    from collections import Counter
    print(len(ents), Counter(e["kind"] for e in ents), Counter(e["format"] for e in ents))


if __name__ == "__main__":
    main()
