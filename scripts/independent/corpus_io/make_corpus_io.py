#!/usr/bin/env python3
"""Corpus IO: mentor-support paperwork written in plain language for the citizen.

Easy-read ("letlæst") agreements, decisions and Min Plan entries: question headings, second
person, short lines, bullets, symbols as markers, pictures described in text, "Kort fortalt"
summaries, bilingual pages (Danish beside English, Arabic, Ukrainian or Somali), and the formal
and the plain version in one document. Plus look-alikes that are none of the kinds.

Usage: /work/main/.venv/bin/python make_corpus_io.py --out /work/corpora/io [--seed 20]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_io import render  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = [("Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 50 00"),
            ("Svendborg Kommune", "Beskæftigelse Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
            ("Hjørring Kommune", "Job og Borgerservice", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
            ("Ishøj Kommune", "Center for Beskæftigelse", "Ishøj Store Torv 20, 2635 Ishøj", "43 57 75 75"),
            ("Kolding Kommune", "Job og Uddannelse", "Nytorv 11, 6000 Kolding", "79 79 79 79"),
            ("Slagelse Kommune", "Jobcenter Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
            ("Herning Kommune", "Beskæftigelse og Borgerservice", "Torvet 5, 7400 Herning", "96 28 28 28"),
            ("Aabenraa Kommune", "Jobcenter Aabenraa", "Skelbækvej 2, 6200 Aabenraa", "73 76 76 76")]

CITIZENS = ["Sara Ahmadi", "Mikkel Juul", "Oksana Kovalenko", "Hodan Warsame", "Jonas Brink",
            "Amira Haddad", "Kasper Lund", "Nadia Rasmussen", "Yusuf Abdi", "Emilie Krogh",
            "Dmytro Shevchuk", "Fatima El-Sayed", "Rasmus Bech", "Ayaan Farah", "Line Holt",
            "Omar Nasser", "Sofie Dam", "Bilal Karimi", "Maja Thygesen", "Tobias Vinther",
            "Iryna Bondar", "Khadija Osman", "Nikolaj Storm", "Leila Hamdan", "Patrick Friis",
            "Asma Yousef", "Victor Haugaard", "Nanna Bisgaard", "Mohamed Ali", "Camilla Munk"]

MENTORS = [("Lone Friis", "22 41 87 03", "lone.friis@mentorhuset.dk", "Mentorhuset"),
           ("Bo Kjærgaard", "51 90 22 14", "bk@jobbroen.dk", "Jobbroen"),
           ("Hanne Vestergaard", "30 12 55 61", "hanne@kompasmentor.dk", "Kompas Mentor"),
           ("Ali Demir", "28 77 40 19", "ali.demir@kommunen-mentor.dk", "kommunens mentorteam"),
           ("Mette Brix", "43 13 61 67", "mb@broen-mentor.dk", "Broen"),
           ("Søren Aagaard", "60 55 12 90", "sa@vejen-frem.dk", "Vejen Frem ApS"),
           ("Rikke Holm", "26 33 18 44", "rikke.holm@ungementor.dk", "Unge-mentor"),
           ("Tariq Mahmoud", "42 61 09 87", "tm@brobyggerne.dk", "Brobyggerne"),
           ("Pia Sommer", "53 20 71 66", "pia@mentornet.dk", "MentorNet"),
           ("Jens Kirk", "24 85 30 12", "jens.kirk@jobstarten.dk", "Jobstarten"),
           ("Natalia Ivanenko", "71 44 28 30", "ni@mentorhuset.dk", "Mentorhuset"),
           ("Anders Bak", "29 16 63 05", "ab@kompasmentor.dk", "Kompas Mentor")]

CASEWORKERS = [("Karin Dahl", "87 87 51 23"), ("Peter Nørgaard", "62 23 31 40"),
               ("Zeynep Acar", "72 33 34 10"), ("Louise Bang", "43 57 76 02"),
               ("Martin Eskildsen", "79 79 71 55"), ("Gitte Lauridsen", "58 57 37 20")]

# Clear goals: (Danish second person, short translation key)
GOALS_OK = [
    "Du starter på SOSU-hjælperuddannelsen den 10. august 2026.\nDu kommer i skole mindst 4 dage om ugen.",
    "Du er i praktik i Netto på Søndergade 15 timer om ugen senest den 1. juni 2026.",
    "Du får et job med løntilskud på lageret hos Dagrofa inden den 1. september 2026.",
    "Du gennemfører FVU-dansk trin 2 på VUC og møder op til alle timer.",
    "Du møder på din praktikplads i børnehaven Solsikken 4 dage om ugen fra maj 2026.",
    "Du starter på grundforløb 1 på Tradium (tømrer) i januar 2027.",
    "Du arbejder 12 timer om ugen i kantinen på rådhuset i et fleksjob senest 1. oktober 2026.",
    "Du består AMU-kurset i truck og lager og søger 5 job om måneden bagefter.",
    "Du bliver på din uddannelse som frisør og har højst 2 fraværsdage om måneden.",
    "Du er i praktik i Føtex 20 timer om ugen og får tilbudt løntilskud inden 1. november 2026.",
]
GOALS_UNCLEAR = [
    "Du skal have det bedre og mere overskud i hverdagen.",
    "Støtte til at komme videre og få mere selvværd.",
    "Hjælp til at få struktur på hverdagen og øget trivsel.",
    "Du skal blive mere motiveret og komme tættere på arbejdsmarkedet.",
]

TASKS = [
    ["stå op om morgenen – mentoren ringer og vækker dig de første 3 uger",
     "finde vej til praktikstedet – mentoren følger dig de første dage",
     "tale om, hvordan det går – I taler sammen hver uge"],
    ["lave en ugeplan",
     "forberede samtaler på skolen – mentoren tager med",
     "læse og forstå breve fra kommunen"],
    ["øve busturen til arbejdet",
     "melde fravær på den rigtige måde",
     "tale med din chef, hvis der er problemer"],
    ["skrive ansøgninger",
     "øve jobsamtaler",
     "komme godt i gang den første dag på arbejdspladsen – mentoren går med"],
    ["søge SU",
     "få styr på lektier og planlægning",
     "tale med studievejlederen – mentoren tager med"],
]
HOURS_OK = ["Du og din mentor ses 3 timer om ugen.", "Mentoren har 2 timer om ugen til dig.",
            "4 timer om ugen.", "I alt 2 timer hver uge.",
            "Mentoren bruger 5 timer om ugen sammen med dig i starten.",
            "Det er 1½ time om ugen."]
HOURS_VAGUE = ["Et par timer om ugen, når du har brug for det.", "Efter behov."]

FOLLOW_OK = [
    "Vi holder møde hver 4. uge.\nPå mødet er du, din mentor og din sagsbehandler.\nVi taler om, hvordan det går med dit mål.",
    "Hver måned taler vi om, hvordan det går.\n14 dage før aftalen slutter, holder vi et slutmøde.",
    "Vi mødes til statusmøde den 15. i hver måned.\nVi ser på dit delmål: at du møder op mindst 4 dage om ugen.",
    "Efter 6 uger holder vi et midtvejsmøde.\nEvaluering 14 dage før støtten stopper.",
]
FOLLOW_VAGUE = ["Vi følger op efter behov.", "Der følges løbende op."]

APPEAL_OK = [
    "Er du uenig? Så kan du klage.\nDu skal klage til {k} inden 4 uger.\nDu kan ringe, skrive eller komme forbi.\n{k} ser på sagen igen.\nEr vi stadig uenige, sender vi klagen til Ankestyrelsen.",
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen (LAB § 204, retssikkerhedsloven kapitel 10).",
    "Du kan klage inden 4 uger, fra du har fået dette brev.\nSend klagen til {k}, telefon {tlf}.\nVi kigger på sagen igen.\nHvis vi ikke ændrer den, går klagen videre til Ankestyrelsen.",
    "Du har 4 uger til at klage.\nKlagen skal sendes til {k} – ikke til Ankestyrelsen.\nKommunen vurderer sagen igen og sender den videre til Ankestyrelsen, hvis vi fastholder afgørelsen.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Du kan altid klage, hvis du er utilfreds.",
               "Ring til os, hvis du er uenig."]

# Translations of the field labels (bilingual pages); only the Danish has to satisfy the law.
TR = {
    "en": {"goal": "Your goal", "mentor": "Who is your mentor?", "tasks": "What will your mentor help with?",
           "dur": "How long?", "fu": "When do we talk about how it is going?", "hours": "How many hours?",
           "appeal": "What can you do if you disagree?",
           "appeal_txt": "You can complain to the municipality within 4 weeks. The municipality looks at the case again. If it keeps its decision, the complaint goes to Ankestyrelsen.",
           "sum": "In short", "lang": "English"},
    "ar": {"goal": "هدفك", "mentor": "من هو مرشدك؟", "tasks": "بماذا سيساعدك المرشد؟",
           "dur": "إلى متى؟", "fu": "متى نتحدث عن سير الأمور؟", "hours": "كم ساعة؟",
           "appeal": "ماذا يمكنك أن تفعل إذا لم تكن موافقاً؟",
           "appeal_txt": "يمكنك تقديم شكوى إلى البلدية خلال 4 أسابيع. تعيد البلدية النظر في القرار. إذا بقي القرار، ترسل الشكوى إلى Ankestyrelsen.",
           "sum": "باختصار", "lang": "العربية"},
    "uk": {"goal": "Твоя мета", "mentor": "Хто твій наставник?", "tasks": "З чим допоможе наставник?",
           "dur": "Як довго?", "fu": "Коли ми говоримо про те, як справи?", "hours": "Скільки годин?",
           "appeal": "Що робити, якщо ти не згоден?",
           "appeal_txt": "Ти можеш подати скаргу до комуни протягом 4 тижнів. Комуна переглядає рішення. Якщо рішення не змінюється, скарга йде до Ankestyrelsen.",
           "sum": "Коротко", "lang": "Українська"},
    "so": {"goal": "Yoolkaaga", "mentor": "Waa kuma lataliyahaagu (mentor)?", "tasks": "Maxuu lataliyuhu kaa caawinayaa?",
           "dur": "Muddo intee le'eg?", "fu": "Goorma ayaan ka hadlaynaa sida ay u socoto?", "hours": "Immisa saacadood?",
           "appeal": "Maxaad samayn kartaa haddii aadan ku raacsanayn?",
           "appeal_txt": "Waxaad cabasho u diri kartaa degmada 4 toddobaad gudahood. Degmadu way dib u eegaysaa. Haddii go'aanku sii jiro, cabashada waxaa loo dirayaa Ankestyrelsen.",
           "sum": "Si kooban", "lang": "Af-Soomaali"},
}


def dk(d: date, style=0):
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"


def add_months(d: date, m: int) -> date:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return date(y, mo, day)


def period(rng, months, over=False, start=None):
    if start is None:
        start = date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15]))
    end = add_months(start, months) - timedelta(days=1)
    return start, end


def cpr(rng):
    d = date(1975, 1, 1) + timedelta(days=rng.randrange(0, 365 * 30))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


# --------------------------------------------------------------------------- field sections

class Doc:
    def __init__(self, path, fmt, kind, subtype, layout, rules, traits, blocks, title,
                 cprs=(), per=None, extras=(), eml=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def field_texts(rng, defects, k, tlf, start_end, translation_only=None):
    """Return dict field -> Danish text (None when left out), according to the defects."""
    (mn, mtlf, mmail, morg) = rng.choice(MENTORS)
    f = {}
    # goal
    if "missing-goal" in defects:
        f["goal"] = rng.choice([None, "Udfyldes senere"])
    elif "unclear-goal" in defects:
        f["goal"] = rng.choice(GOALS_UNCLEAR)
    else:
        f["goal"] = rng.choice(GOALS_OK)
    # mentor
    first = mn.split()[0]
    if "missing-mentor" in defects:
        f["mentor"] = rng.choice([None, f"Din mentor hedder {mn}.", f"{mn} fra {morg}"])
    else:
        f["mentor"] = rng.choice([
            f"Din mentor hedder {mn}.\n{first} arbejder hos {morg}.\nTelefon: {mtlf}\nMail: {mmail}",
            f"{mn}, {morg}\n☎ {mtlf}\n✉ {mmail}",
            f"Din mentor er {mn}.\nDu kan ringe eller skrive til {first} på {mtlf}."])
    f["mentor_first"] = first
    f["mentor_name"] = mn
    # tasks
    if "missing-tasks" in defects:
        f["tasks"] = rng.choice([None, "-"])
    else:
        f["tasks"] = rng.choice(TASKS)
    # duration
    s, e = start_end
    if "missing-duration" in defects:
        f["dur"] = rng.choice([None, "Udfyldes senere", f"Fra {dk(s)} og indtil videre."])
    else:
        st = rng.choice([0, 0, 1, 3])
        f["dur"] = rng.choice([f"Fra {dk(s, st)} til {dk(e, st)}.",
                               f"Aftalen gælder fra {dk(s, st)} til og med {dk(e, st)}.",
                               f"{dk(s, st)} – {dk(e, st)}"])
    # follow-up
    if "missing-follow-up" in defects:
        f["fu"] = rng.choice([None, rng.choice(FOLLOW_VAGUE)])
    else:
        f["fu"] = rng.choice(FOLLOW_OK)
    # hours
    if "missing-hours" in defects:
        f["hours"] = rng.choice([None, rng.choice(HOURS_VAGUE)])
    else:
        f["hours"] = rng.choice(HOURS_OK)
    # appeal
    if "missing-appeal-guidance" in defects:
        f["appeal"] = None if translation_only else rng.choice([None, rng.choice(APPEAL_WEAK)])
    else:
        f["appeal"] = rng.choice(APPEAL_OK).format(k=k, tlf=tlf)
    return f


def tasks_text(tasks, first):
    return f"{first} hjælper dig med at:\n" + "\n".join("• " + t for t in tasks)


READ_DA = "Læs den danske tekst sammen med din mentor."
READ_TR = {"en": "Read the Danish text with your mentor.",
           "ar": "اقرأ النص الدنماركي مع مرشدك.",
           "uk": "Прочитай датський текст разом із наставником.",
           "so": "Qoraalka deenishka ah la akhri lataliyahaaga."}

EMOJI = {"goal": "🎯", "mentor": "🙋", "tasks": "🧩", "dur": "📅", "hours": "⏱️", "fu": "🔄",
         "appeal": "⚖️"}
SYMB = {"goal": "★", "mentor": "☎", "tasks": "✔", "dur": "▶", "hours": "◷", "fu": "↻",
        "appeal": "§"}

Q = {"goal": ["Hvad er dit mål?", "Hvad vil du gerne nå?", "Hvad er målet?"],
     "mentor": ["Hvem er din mentor?", "Hvem hjælper dig?", "Din mentor"],
     "tasks": ["Hvad skal mentoren hjælpe dig med?", "Hvad hjælper mentoren med?",
               "Det hjælper din mentor dig med"],
     "dur": ["Hvor længe?", "Hvor længe varer aftalen?", "Hvornår starter og slutter det?"],
     "hours": ["Hvor mange timer?", "Hvor meget tid har mentoren?", "Hvor tit ses I?"],
     "fu": ["Hvornår taler vi om, hvordan det går?", "Hvordan følger vi op?",
            "Hvornår ser vi på, om det virker?"],
     "appeal": ["Hvad kan du gøre, hvis du er uenig?", "Er du uenig?", "Sådan klager du"]}

FORMAL = {"goal": "1. Målet med mentorstøtten", "mentor": "2. Mentorens navn og kontaktdata",
          "tasks": "3. Mentorens opgaver", "dur": "4. Aftalens varighed",
          "fu": "5. Opfølgning og mål for progression", "hours": "6. Timetal",
          "appeal": "7. Klagevejledning"}

ORDER = ["goal", "mentor", "tasks", "dur", "fu", "hours", "appeal"]


def val(f, key):
    v = f.get(key)
    if v is None:
        return None
    if key == "tasks":
        return v if isinstance(v, str) else tasks_text(v, f["mentor_first"])
    return v


def letterhead(rng, kom, cw, when, citizen, with_cpr, cprs):
    k, unit, addr, tlf = kom
    lines = [f"{k}\n{unit}\n{addr}", f"Dato: {dk(when)}\nSagsbehandler: {cw[0]}, tlf. {cw[1]}"]
    to = f"Til: {citizen}"
    if with_cpr:
        c = cpr(rng)
        cprs.append(c)
        to += f"\nCPR-nr.: {c}"
    lines.append(to)
    return [("p", x) for x in lines]


def summary_box(f, s, e, kind="agreement"):
    lines = ["Kort fortalt:"]
    if kind == "agreement":
        lines.append("Du har fået en mentor.")
    if f.get("mentor"):
        lines.append(f"Din mentor hedder {f['mentor_name']}.")
    if f.get("dur") and not str(f["dur"]).startswith("Udfyld") and "indtil videre" not in f["dur"]:
        lines.append(f"Aftalen gælder fra {dk(s)} til {dk(e)}.")
    lines.append("Læs mere nedenfor.")
    return ("box", lines)


def body_sections(rng, f, style, heading="h"):
    out = []
    for key in ORDER:
        v = val(f, key)
        if v is None:
            continue
        if style == "question":
            lab = rng.choice(Q[key])
        elif style == "emoji":
            lab = f"{EMOJI[key]} {rng.choice(Q[key])}"
        elif style == "symbol":
            lab = f"{SYMB[key]} {rng.choice(Q[key])}"
        else:
            lab = FORMAL[key]
        out.append((heading, lab))
        if key == "tasks" and not isinstance(f["tasks"], str):
            out.append(("p", f"{f['mentor_first']} hjælper dig med at:"))
            out.append(("ul", f["tasks"]))
        else:
            out.append(("p", v))
    return out


PICS = {"goal": "en ung kvinde i arbejdstøj smiler foran en butik",
        "mentor": "en mentor og en borger sidder ved et bord og taler sammen",
        "tasks": "en tjekliste med tre flueben",
        "dur": "en kalender med to datoer sat i ring",
        "hours": "et ur",
        "fu": "tre personer ved et mødebord",
        "appeal": "en person skriver et brev"}


def build_agreement(rng, n, layout, fmt, defects, kom, cw, citizen, with_cpr, translation=None):
    cprs = []
    over = "duration-over-6-months" in defects
    months = rng.choice([7, 8, 9, 12]) if over else rng.choice([3, 4, 6, 6, 6])
    s, e = period(rng, months)
    if over and months == 7 and rng.random() < 0.5:
        e = add_months(s, 6)  # one day over: 1 March - 1 September
    topt = translation if "missing-appeal-guidance" in defects and translation in ("ar", "uk", "so") else None
    f = field_texts(rng, defects, kom[0], kom[3], (s, e), translation_only=topt)
    when = s - timedelta(days=rng.choice([5, 8, 12]))
    title = rng.choice(["Aftale om mentorstøtte – letlæst", "Din aftale om mentor",
                        "Aftale om mentorstøtte (LAB § 167) – let at læse",
                        "Mentoraftale – let udgave", "Aftale om mentor"])
    first_name = citizen.split()[0]
    blocks = [("title", title)]
    traits = [f"layout:{layout}"]
    if layout in ("easy-question", "easy-bold", "emoji", "symbol", "picture"):
        blocks += letterhead(rng, kom, cw, when, citizen, with_cpr, cprs)
        blocks.append(("p", f"Kære {first_name}\nHer er det, vi har aftalt om din mentor.\nLæs det i ro og mag."))
        if rng.random() < 0.6:
            blocks.append(summary_box(f, s, e))
            traits.append("kort-fortalt")
        style = {"easy-question": "question", "easy-bold": "question", "emoji": "emoji",
                 "symbol": "symbol", "picture": "question"}[layout]
        hd = "hb" if layout == "easy-bold" else "h"
        secs = body_sections(rng, f, style, hd)
        if layout == "picture":
            out = []
            keys = [k for k in ORDER if val(f, k) is not None]
            ki = 0
            for b in secs:
                if b[0] == hd:
                    out.append(("pic", PICS[keys[ki]]))
                    ki += 1
                out.append(b)
            secs = out
            traits.append("pictures-described")
        blocks += secs
    elif layout == "formal+plain":
        blocks += letterhead(rng, kom, cw, when, citizen, with_cpr, cprs)
        blocks.append(("p", f"Aftalen er indgået mellem {citizen}, {kom[0]} og mentor, jf. lov om en aktiv beskæftigelsesindsats § 167."))
        blocks += body_sections(rng, f, "formal", "h")
        blocks.append(("h", "Letlæst udgave – det vigtigste"))
        plain = []
        if f.get("goal") and not f["goal"].startswith("Udfyld"):
            plain.append("Dit mål: " + f["goal"].split("\n")[0])
        if f.get("hours"):
            plain.append("Tid med mentor: " + f["hours"])
        plain.append("Har du spørgsmål? Ring til din sagsbehandler.")
        blocks.append(("ul", plain))
        traits.append("formal-and-plain")
    elif layout == "bilingual":
        tr = TR[translation]
        rows = []
        for key in ORDER:
            v = val(f, key)
            if v is None:
                if key == "appeal" and topt:
                    rows.append(["Hvad kan du gøre, hvis du er uenig?\n(Se teksten på " + tr["lang"] + ")",
                                 tr["appeal"] + "\n" + tr["appeal_txt"]])
                continue
            q = rng.choice(Q[key])
            if key == "mentor":
                t2 = tr["mentor"] + "\n" + f["mentor_name"]
            elif key == "dur":
                t2 = tr["dur"] + "\n" + f"{dk(s, 1)} – {dk(e, 1)}"
            elif key == "appeal":
                t2 = tr["appeal"] + "\n" + tr["appeal_txt"]
            else:
                t2 = tr[key] + "\n" + READ_TR[translation]
            rows.append([q + "\n" + v, t2])
        blocks += letterhead(rng, kom, cw, when, citizen, with_cpr, cprs)
        blocks.append(("p", f"Dansk til venstre – {tr['lang']} til højre.\nDet er den danske tekst, der gælder."))
        blocks.append(("bi", rows))
        traits += [f"bilingual:{translation}"]
        if topt:
            traits.append("appeal-only-in-translation")
    blocks.append(("h", rng.choice(["Underskrifter", "Vi er enige om aftalen"])))
    blocks.append(("table", [["Dig", "Mentor", "Kommunen"], ["____________", "____________", "____________"]]))
    rules = sorted(d for d in defects)
    traits += ["defect:" + d for d in rules] or ["clean"]
    if cprs:
        traits.append("cpr")
    ext = {"docx": "docx", "pdf": "pdf", "html": "html", "txt": "txt", "md": "md", "odt": "odt",
           "rtf": "rtf", "eml": "eml"}[fmt]
    path = f"aftaler/{n:02d}-aftale-{first_name.lower()}.{ext}"
    eml = None
    if fmt == "eml":
        eml = {"subject": f"Aftale om mentorstøtte – {first_name}", "sender": f"{cw[0]} <{cw[0].split()[0].lower()}@{kom[0].split()[0].lower()}.dk>",
               "to": f"{citizen} <borger{n}@mail.dk>", "when": datetime(when.year, when.month, when.day, 10, 12)}
    per = None if "missing-duration" in defects else {"start": s.isoformat(), "end": e.isoformat()}
    return Doc(path, fmt, "agreement", "agreement", layout, rules, traits, blocks, title,
               cprs, per, eml=eml)


REASONS = {
    "grant": "Vi har lagt vægt på, at du gerne vil i praktik, men har svært ved at komme af sted om morgenen.\nEn mentor kan hjælpe dig med det.\nReglerne står i lov om en aktiv beskæftigelsesindsats § 167.",
    "partial": "Du søgte om mentorstøtte i 12 måneder og 6 timer om ugen.\nVi kan højst give 6 måneder ad gangen (LAB § 167, stk. 1).\nVi vurderer, at 3 timer om ugen er nok, fordi du allerede har støtte fra din skole.",
    "refusal": "Vi har lagt vægt på, at du allerede får støtte fra en SPS-støttelærer på skolen.\nMentorstøtte skal være noget ekstra, som skolen ikke selv giver.\nDerfor kan vi ikke give dig en mentor nu (LAB § 167).",
    "extension": "Du er godt på vej. Du møder nu 3 dage om ugen i praktikken.\nVi vurderer, at du har brug for støtte lidt endnu, før du kan klare det selv.\nVi har lagt vægt på din mentors status (LAB § 167, stk. 1, 2. pkt.).",
    "end": "Du er begyndt på din uddannelse og møder stabilt.\nDu har ikke brug for en mentor længere.\nVi har lagt vægt på dit seneste statusmøde.",
}

DTITLES = {
    "grant": ["Du får en mentor", "Afgørelse: Du får mentorstøtte", "Svar på din ansøgning om mentor"],
    "partial": ["Afgørelse om mentorstøtte – du får en del af det, du søgte", "Svar på din ansøgning om mentor"],
    "refusal": ["Afgørelse: Du får ikke en mentor", "Afslag på mentorstøtte"],
    "extension": ["Du får mentor i en periode mere", "Afgørelse om forlængelse af mentorstøtte"],
    "end": ["Din mentorstøtte stopper", "Afgørelse om ophør af mentorstøtte"],
}


def build_decision(rng, n, layout, fmt, subtype, defects, kom, cw, citizen, with_cpr,
                   translation=None, no_reasons=False):
    cprs = []
    over = "duration-over-6-months" in defects
    k, unit, addr, tlf = kom
    first = citizen.split()[0]
    mn, mtlf, mmail, morg = rng.choice(MENTORS)
    per = None
    if subtype in ("grant", "partial"):
        months = rng.choice([8, 9, 12]) if over else rng.choice([3, 4, 6, 6])
        s, e = period(rng, months)
        per = (s, e)
    elif subtype == "extension":
        prev_s = date(2026, rng.choice([1, 2, 3]), 1)
        s = add_months(prev_s, 6)
        months = rng.choice([9, 12]) if over else rng.choice([3, 6])
        e = add_months(s, months) - timedelta(days=1)
        per = (s, e)
    elif subtype == "end":
        s = date(2026, rng.choice([2, 3, 4]), 1)
        stop = add_months(s, rng.choice([3, 4, 5])) - timedelta(days=1)
    when = (per[0] if per else date(2026, rng.choice([3, 5, 9]), 10)) - timedelta(days=rng.choice([6, 10, 14]))
    title = rng.choice(DTITLES[subtype])
    hours = rng.choice(["3 timer om ugen", "2 timer om ugen", "4 timer om ugen", "5 timer om ugen"])
    if subtype == "partial":
        hours = "3 timer om ugen"
    decided = {
        "grant": f"Du får mentorstøtte.\nDin mentor er {mn} fra {morg}.\nI ses {hours}." ,
        "partial": f"Du får mentorstøtte, men ikke alt det, du søgte om.\nDu får {hours}.",
        "refusal": "Du får ikke mentorstøtte.\nVi har sagt nej til din ansøgning.",
        "extension": f"Du får mentorstøtte i en ny periode.\nDu har stadig {mn} som mentor.\nI ses {hours}.",
        "end": f"Din mentorstøtte stopper den {dk(stop) if subtype == 'end' else ''}.",
    }[subtype]
    appeal_ok = "missing-appeal-guidance" not in defects
    topt = translation if (not appeal_ok and translation in ("ar", "uk", "so")) else None
    if appeal_ok:
        appeal = rng.choice(APPEAL_OK).format(k=k, tlf=tlf)
    else:
        appeal = None if topt else rng.choice([None, rng.choice(APPEAL_WEAK)])
    traits = [f"layout:{layout}", f"subtype:{subtype}"]
    blocks = [("title", title)]
    blocks += letterhead(rng, kom, cw, when, citizen, with_cpr, cprs)
    per_line = None
    if per:
        st = rng.choice([0, 0, 1, 2])
        per_line = rng.choice([f"Fra {dk(per[0], st)} til {dk(per[1], st)}.",
                               f"Perioden er {dk(per[0], st)} – {dk(per[1], st)}.",
                               f"Du har mentor fra {dk(per[0], st)} til og med {dk(per[1], st)}."])
    if layout in ("easy", "easy-emoji"):
        blocks.append(("p", f"Kære {first}"))
        kort = ["Kort fortalt:", decided.split("\n")[0]]
        if per:
            kort.append(f"Det gælder fra {dk(per[0])} til {dk(per[1])}.")
        blocks.append(("box", kort))
        pre = (lambda key: EMOJI[key] + " ") if layout == "easy-emoji" else (lambda key: "")
        blocks += [("h", pre("goal") + "Hvad har vi besluttet?"), ("p", decided)]
        if not no_reasons:
            blocks += [("h", "Hvorfor?"), ("p", REASONS[subtype])]
        if per:
            blocks += [("h", pre("dur") + "Hvor længe?"), ("p", per_line)]
            if subtype == "extension":
                blocks.append(("p", f"Din tidligere periode var fra {dk(prev_s)} til {dk(s - timedelta(days=1))}."))
        if subtype in ("grant", "extension", "partial"):
            blocks += [("h", "Hvad sker der nu?"),
                       ("p", "Du og din mentor laver en skriftlig aftale sammen.\nAftalen kommer på Min Plan.")]
        if appeal:
            blocks += [("h", pre("appeal") + rng.choice(Q["appeal"])), ("p", appeal)]
        blocks.append(("p", f"Har du spørgsmål? Ring til {cw[0]} på {cw[1]}.\nVenlig hilsen\n{cw[0]}\n{k}"))
    elif layout == "formal+plain":
        formal = {
            "grant": f"{k} har truffet afgørelse om, at du bevilges mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. Mentorstøtten udføres af {mn}, {morg}, med et timetal på {hours}.",
            "partial": f"{k} har truffet afgørelse om delvis bevilling af mentorstøtte efter LAB § 167, stk. 1. Der bevilges {hours} i stedet for de ansøgte 6 timer om ugen.",
            "refusal": f"{k} har truffet afgørelse om afslag på mentorstøtte efter LAB § 167.",
            "extension": f"{k} har truffet afgørelse om forlængelse af mentorstøtte efter LAB § 167, stk. 1, 2. pkt. Mentor: {mn}, {morg}. Timetal: {hours}.",
            "end": f"{k} har truffet afgørelse om ophør af din mentorstøtte pr. {dk(stop) if subtype == 'end' else ''}.",
        }[subtype]
        blocks += [("h", "Afgørelse"), ("p", formal)]
        if per:
            blocks += [("h", "Bevillingsperiode"), ("p", per_line)]
        if not no_reasons:
            blocks += [("h", "Begrundelse"), ("p", REASONS[subtype])]
        if appeal:
            blocks += [("h", "Klagevejledning"), ("p", appeal)]
        blocks += [("h", "Letlæst udgave af brevet"),
                   ("ul", [decided.replace("\n", " ")] + ([f"Fra {dk(per[0])} til {dk(per[1])}."] if per else [])
                    + ["Ring til os, hvis du har spørgsmål."])]
        blocks.append(("p", f"Med venlig hilsen\n{cw[0]}, {unit}"))
        traits.append("formal-and-plain")
    elif layout == "bilingual":
        tr = TR[translation]
        rows = [[f"Kære {first}", {"en": "Dear", "ar": "عزيزي/عزيزتي", "uk": "Шановний(а)", "so": "Gacaliye"}[translation] + f" {first}"],
                ["Hvad har vi besluttet?\n" + decided, tr["sum"] + "\n" + READ_TR[translation]]]
        if not no_reasons:
            rows.append(["Hvorfor?\n" + REASONS[subtype], READ_TR[translation]])
        if per:
            rows.append(["Hvor længe?\n" + per_line, tr["dur"] + f"\n{dk(per[0], 1)} – {dk(per[1], 1)}"])
        if appeal:
            rows.append([rng.choice(Q["appeal"]) + "\n" + appeal, tr["appeal"] + "\n" + tr["appeal_txt"]])
        elif topt:
            rows.append(["Klagevejledning: se teksten til højre.", tr["appeal"] + "\n" + tr["appeal_txt"]])
            traits.append("appeal-only-in-translation")
        blocks.append(("p", f"Dansk til venstre – {tr['lang']} til højre. Den danske tekst gælder."))
        blocks.append(("bi", rows))
        blocks.append(("p", f"Venlig hilsen\n{cw[0]}\n{k}"))
        traits.append(f"bilingual:{translation}")
    rules = sorted(defects)
    traits += ["defect:" + d for d in rules] or ["clean"]
    extras = []
    if no_reasons and subtype in ("partial", "refusal", "end"):
        extras.append("missing-reasons")
        traits.append("no-reasons")
    if cprs:
        traits.append("cpr")
    path = f"afgoerelser/{n:02d}-{subtype}-{first.lower()}.{fmt}"
    eml = None
    if fmt == "eml":
        eml = {"subject": title, "sender": f"{k} <post@{k.split()[0].lower()}.dk>",
               "to": f"{citizen} <borger{n}@mail.dk>", "when": datetime(when.year, when.month, when.day, 9, 0)}
    return Doc(path, fmt, "decision", subtype, layout, rules, traits, blocks, title, cprs,
               {"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None,
               extras=extras, eml=eml)


def build_minplan(rng, n, layout, fmt, defects, kom, citizen, with_cpr, translation=None):
    cprs = []
    over = "duration-over-6-months" in defects
    months = rng.choice([8, 9, 12]) if over else rng.choice([3, 4, 6, 6])
    s, e = period(rng, months)
    f = field_texts(rng, defects, kom[0], kom[3], (s, e))
    first = citizen.split()[0]
    title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: din mentor (letlæst)",
                        "Udskrift fra Min Plan – Mentorstøtte", "Min Plan – let at læse"])
    blocks = [("title", title)]
    traits = [f"layout:{layout}"]
    head = f"Navn: {citizen}"
    if with_cpr:
        c = cpr(rng)
        cprs.append(c)
        head += f"\nCPR-nummer: {c}"
    head += f"\nKommune: {kom[0]}\nOpdateret: {dk(s - timedelta(days=3), 1)}"
    blocks.append(("p", head))
    blocks.append(("p", "Aktivitet: Mentorstøtte (LAB § 167)\nStatus: Aktiv"))
    keys = ["goal", "mentor", "tasks", "dur", "hours"]
    if layout in ("plan-question", "plan-emoji", "plan-symbol"):
        style = {"plan-question": "question", "plan-emoji": "emoji", "plan-symbol": "symbol"}[layout]
        g = {k: f[k] for k in f}
        g["fu"] = None
        g["appeal"] = None
        blocks += body_sections(rng, g, style, "h")
        blocks.append(("p", "Har du spørgsmål til din plan? Skriv til din sagsbehandler på Min Side."))
    elif layout == "plan-table":
        rows = [["Spørgsmål", "Svar"]]
        for key in keys:
            v = val(f, key)
            if v is None:
                continue
            rows.append([rng.choice(Q[key]), v])
        blocks.append(("table", rows))
    elif layout == "plan-bilingual":
        tr = TR[translation]
        rows = []
        for key in keys:
            v = val(f, key)
            if v is None:
                continue
            if key == "mentor":
                t2 = tr["mentor"] + "\n" + f["mentor_name"]
            elif key == "dur":
                t2 = tr["dur"] + f"\n{dk(s, 1)} – {dk(e, 1)}"
            else:
                t2 = tr[key] + "\n" + READ_TR[translation]
            rows.append([rng.choice(Q[key]) + "\n" + v, t2])
        blocks.append(("p", f"Dansk | {tr['lang']}"))
        blocks.append(("bi", rows))
        traits.append(f"bilingual:{translation}")
    rules = sorted(defects)
    traits += ["defect:" + d for d in rules] or ["clean"]
    if cprs:
        traits.append("cpr")
    path = f"minplan/{n:02d}-minplan-{first.lower()}.{fmt}"
    return Doc(path, fmt, "minplan", "minplan", layout, rules, traits, blocks, title, cprs,
               None if "missing-duration" in defects else {"start": s.isoformat(), "end": e.isoformat()})


def build_unknowns(rng):
    docs = []

    def add(path, fmt, subtype, layout, blocks, title, traits, eml=None, cprs=()):
        docs.append(Doc(path, fmt, "unknown", subtype, layout, [], traits, blocks, title,
                        list(cprs), None, eml=eml))

    # 1 easy-read leaflet about mentors (lists every field, belongs to nobody)
    add("andet/01-pjece-hvad-er-en-mentor.html", "html", "leaflet", "easy-leaflet", [
        ("title", "Hvad er en mentor? – letlæst pjece"),
        ("pic", "en mentor og en ung mand går sammen hen til en bus"),
        ("p", "En mentor er en voksen, som hjælper dig.\nMentoren hjælper dig med at komme i job eller uddannelse."),
        ("h", "Hvad står der i din aftale?"),
        ("ul", ["Dit mål – fx et job eller en uddannelse", "Din mentors navn og telefonnummer",
                "Hvad mentoren skal hjælpe dig med", "Hvor længe aftalen varer – højst 6 måneder ad gangen",
                "Hvor mange timer om ugen I ses", "Hvornår I følger op", "Hvordan du klager"]),
        ("h", "Hvor længe kan man få en mentor?"),
        ("p", "Op til 6 måneder ad gangen.\nKommunen kan give en ny periode på op til 6 måneder."),
        ("h", "Er du uenig?"),
        ("p", "Du kan klage til kommunen inden 4 uger efter, du har fået afgørelsen."),
        ("p", "Spørg din sagsbehandler, hvis du vil vide mere."),
    ], "Hvad er en mentor?", ["leaflet", "lists-fields"])

    # 2 invitation to a meeting
    kom = KOMMUNER[2]
    add("andet/02-invitation-til-moede.docx", "docx", "invitation", "easy-letter", [
        ("title", "Invitation til møde om mentor"),
        ("p", f"{kom[0]}\n{kom[1]}\nDato: 4. maj 2026"),
        ("p", "Kære Hodan"),
        ("box", ["Kort fortalt:", "Vi vil gerne holde et møde med dig.", "Vi skal tale om, om en mentor kan hjælpe dig."]),
        ("h", "Hvornår?"), ("p", "Tirsdag den 12. maj 2026 kl. 10.00-11.00."),
        ("h", "Hvor?"), ("p", f"{kom[2]}, mødelokale 3.\nSpørg i receptionen."),
        ("h", "Hvem kommer?"), ("p", "Dig, din sagsbehandler Zeynep Acar og måske en mentor fra Mentorhuset."),
        ("h", "Hvad skal du gøre?"), ("ul", ["Kom til tiden.", "Tag gerne en du kender med.",
                                            "Kan du ikke komme? Ring på 72 33 34 10."]),
        ("p", "Venlig hilsen\nZeynep Acar"),
    ], "Invitation til møde om mentor", ["invitation", "question-headings"])

    # 3 guide to Min Plan
    add("andet/03-guide-saadan-bruger-du-min-plan.pdf", "pdf", "guide", "easy-guide", [
        ("title", "Sådan bruger du Min Plan – en letlæst guide"),
        ("p", "Min Plan er din plan på nettet.\nDu finder den på Jobnet eller i appen."),
        ("h", "1. Log ind"), ("p", "Brug MitID."),
        ("h", "2. Find din plan"), ("p", "Tryk på »Min Plan« i menuen."),
        ("h", "3. Se din mentor"),
        ("p", "Har du en mentor, står det under »Aktiviteter«.\nDer står dit mål, din mentors navn og telefon, hvad mentoren hjælper med, perioden og timetallet."),
        ("pic", "skærmbillede af Min Plan med en aktivitet markeret med en pil"),
        ("h", "4. Er noget forkert?"), ("p", "Skriv til din sagsbehandler.\nSå retter vi det."),
    ], "Sådan bruger du Min Plan", ["guide", "min-plan-guide"])

    # 4 easy-read "how to complain" guidance (md)
    add("andet/04-saadan-klager-du-letlaest.md", "md", "guide", "easy-guide", [
        ("title", "Sådan klager du – letlæst"),
        ("p", "Er du uenig i en afgørelse om mentor? Så kan du klage."),
        ("h", "Hvem skal du klage til?"), ("p", "Til kommunen. Ikke direkte til Ankestyrelsen."),
        ("h", "Hvornår?"), ("p", "Inden 4 uger efter, du har fået afgørelsen."),
        ("h", "Hvad sker der så?"),
        ("ul", ["Kommunen ser på sagen igen.", "Giver kommunen dig ret, får du et nyt brev.",
                "Ellers sender kommunen klagen videre til Ankestyrelsen."]),
    ], "Sådan klager du", ["guide", "appeal-guide"])

    # 5 mentor's status report in easy read
    add("andet/05-statusnotat-letlaest.docx", "docx", "status", "easy-status", [
        ("title", "Statusnotat fra mentor – letlæst"),
        ("p", "Borger: Mikkel Juul\nMentor: Bo Kjærgaard, Jobbroen\nDato: 15. juni 2026"),
        ("h", "Hvordan er det gået?"),
        ("p", "Mikkel er kommet i praktik 4 dage om ugen.\nHan har været syg 2 dage i maj."),
        ("h", "Hvad er svært?"), ("p", "At komme op om mandagen."),
        ("h", "Hvad gør vi nu?"), ("p", "Vi fortsætter som aftalt og taler om det på næste statusmøde."),
    ], "Statusnotat", ["status-report"])

    # 6 receipt for application (eml)
    add("andet/06-kvittering-ansoegning.eml", "eml", "receipt", "email", [
        ("p", "Kære Oksana"),
        ("p", "Tak for din ansøgning om mentorstøtte.\nVi har fået den den 2. marts 2026."),
        ("h", "Hvad sker der nu?"),
        ("p", "Vi læser din ansøgning.\nDu får svar inden 4 uger.\nDu skal ikke gøre noget nu."),
        ("p", "Venlig hilsen\nKolding Kommune, Job og Uddannelse"),
    ], "Kvittering", ["receipt"], eml={"subject": "Kvittering: Vi har fået din ansøgning om mentor",
                                        "sender": "Kolding Kommune <noreply@kolding.dk>",
                                        "to": "Oksana Kovalenko <oksana.k@mail.dk>",
                                        "when": datetime(2026, 3, 2, 14, 5)})

    # 7 bilingual leaflet Danish / Ukrainian
    add("andet/07-mentor-information-dansk-ukrainsk.html", "html", "leaflet", "bilingual-leaflet", [
        ("title", "Mentorstøtte – information / Наставництво – інформація"),
        ("bi", [["Hvad er en mentor?\nEn mentor hjælper dig med at starte i job eller uddannelse.",
                 "Хто такий наставник?\nНаставник допомагає тобі почати роботу або навчання."],
                ["Hvor længe?\nHøjst 6 måneder ad gangen.", "Як довго?\nНе більше 6 місяців за один раз."],
                ["Hvem bestemmer?\nKommunen bestemmer, om du kan få en mentor.",
                 "Хто вирішує?\nКомуна вирішує, чи можеш ти отримати наставника."],
                ["Spørgsmål?\nRing til Borgerservice.", "Питання?\nТелефонуй до Borgerservice."]]),
    ], "Mentorstøtte – information", ["leaflet", "bilingual:uk"])

    # 8 newsletter
    add("andet/08-nyt-fra-mentorteamet.txt", "txt", "newsletter", "newsletter", [
        ("title", "Nyt fra Mentorteamet – juni 2026"),
        ("p", "Kort fortalt: Vi har fået to nye mentorer, og vi holder sommerfest."),
        ("h", "Nye mentorer"), ("p", "Velkommen til Pia og Jens. De starter 1. juni."),
        ("h", "Sommerfest"), ("p", "Torsdag den 25. juni kl. 14-17 i haven bag Jobhuset. Alle borgere og mentorer er velkomne."),
        ("h", "Husk"), ("p", "Aflys altid, hvis du ikke kan komme til din aftale med din mentor."),
    ], "Nyt fra Mentorteamet", ["newsletter"])

    # 9 partshøring (hearing before a decision)
    c = cpr(rng)
    add("andet/09-partshoering-ophoer.odt", "odt", "hearing", "easy-letter", [
        ("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
        ("p", f"Ishøj Kommune\nCenter for Beskæftigelse\nDato: 20. august 2026\nTil: Yusuf Abdi\nCPR-nr.: {c}"),
        ("box", ["Kort fortalt:", "Vi har ikke truffet en afgørelse endnu.", "Vi vil gerne høre, hvad du mener, før vi beslutter noget."]),
        ("h", "Hvad overvejer vi?"), ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er kommet til de sidste 5 møder."),
        ("h", "Hvad kan du gøre?"), ("p", "Du kan ringe eller skrive til os inden den 3. september 2026.\nFortæl os, hvorfor du ikke er kommet."),
        ("p", "Venlig hilsen\nLouise Bang, tlf. 43 57 76 02"),
    ], "Partshøring", ["hearing", "cpr"], cprs=[c])

    # 10 reminder e-mail from mentor about a meeting
    add("andet/10-mail-husk-moedet.eml", "eml", "email", "email", [
        ("p", "Hej Amira 😊"),
        ("p", "Husk vores møde på torsdag kl. 9.30 ved biblioteket.\nVi tager bussen sammen ud til praktikstedet."),
        ("p", "Skriv, hvis du ikke kan komme.\n\nHilsen Hanne\n30 12 55 61"),
    ], "Husk mødet", ["email", "meeting-reminder"], eml={"subject": "Husk torsdag 🚌",
                                                      "sender": "Hanne Vestergaard <hanne@kompasmentor.dk>",
                                                      "to": "Amira Haddad <amira.h@mail.dk>",
                                                      "when": datetime(2026, 4, 20, 16, 40)})

    # 11 satisfaction questionnaire
    add("andet/11-spoergeskema-din-mening.odt", "odt", "questionnaire", "form", [
        ("title", "Hvad synes du om din mentor? – spørgeskema"),
        ("p", "Sæt kryds. Der er ingen rigtige eller forkerte svar."),
        ("table", [["Spørgsmål", "Ja", "Lidt", "Nej"],
                   ["Hjælper din mentor dig?", "☐", "☐", "☐"],
                   ["Ses I tit nok?", "☐", "☐", "☐"],
                   ["Er du tættere på job eller uddannelse?", "☐", "☐", "☐"]]),
        ("h", "Vil du sige mere?"), ("p", "______________________________"),
        ("p", "Aflever skemaet til din sagsbehandler. Tak!"),
    ], "Spørgeskema", ["questionnaire"])

    # 12 Min Plan guide Danish / Arabic
    add("andet/12-min-plan-guide-dansk-arabisk.pdf", "pdf", "guide", "bilingual-guide", [
        ("title", "Min Plan – kort guide / دليل قصير"),
        ("bi", [["Min Plan er din plan hos kommunen.", "Min Plan هي خطتك لدى البلدية."],
                ["Der står, hvad du skal, og hvem der hjælper dig.", "مكتوب فيها ما يجب أن تفعله ومن يساعدك."],
                ["Log ind med MitID på Jobnet.", "سجّل الدخول باستخدام MitID على Jobnet."],
                ["Spørg din sagsbehandler, hvis du ikke forstår noget.", "اسأل موظف الحالة إذا لم تفهم شيئاً."]]),
    ], "Min Plan – kort guide", ["guide", "bilingual:ar"])

    # 13 blank easy-read template for the agreement
    add("andet/13-skabelon-letlaest-aftale.docx", "docx", "template", "blank-template", [
        ("title", "Skabelon: Aftale om mentorstøtte – letlæst"),
        ("p", "Navn: [indsæt]\nDato: [indsæt]"),
        ("h", "Hvad er dit mål?"), ("p", "[Skriv målet her]"),
        ("h", "Hvem er din mentor?"), ("p", "[Navn, telefon, mail]"),
        ("h", "Hvad skal mentoren hjælpe dig med?"), ("p", "[Opgaver]"),
        ("h", "Hvor længe?"), ("p", "[Fra – til]"),
        ("h", "Hvor mange timer?"), ("p", "[Timer pr. uge]"),
        ("h", "Hvornår taler vi om, hvordan det går?"), ("p", "[Opfølgning]"),
    ], "Skabelon", ["blank-template"])
    return docs


def build_handcrafted(rng):
    """Single documents written by hand: a mentor's own mail, a plan with several activities,
    a scan, a LibreOffice PDF, a discharge coordinator, minutes."""
    docs = []
    # mentor's own e-mail with the agreement, no appeal guidance
    docs.append(Doc("aftaler/28-aftale-fra-mentor-jonas.eml", "eml", "agreement", "agreement",
                    "mentor-mail", [MA], ["layout:mentor-mail", "first-person", "emoji",
                                          "defect:missing-appeal-guidance"], [
        ("p", "Hej Jonas 🙂"),
        ("p", "Tak for i dag! Her er vores aftale om mentorstøtte, skrevet kort, som du bad om.\nJeg sender også en kopi til din sagsbehandler Karin Dahl i Viborg Kommune."),
        ("h", "🎯 Dit mål"),
        ("p", "Du starter på EUD-grundforløbet til smed på Mercantec den 10. august 2026."),
        ("h", "🤝 Det hjælper jeg dig med"),
        ("ul", ["at komme op og af sted – jeg sms'er dig kl. 7 hver mandag og onsdag",
                "at finde ud af transporten til Mercantec",
                "at tale med studievejlederen, før du starter"]),
        ("h", "📅 Periode"),
        ("p", "Fra 1. maj 2026 til 31. oktober 2026."),
        ("h", "⏱️ Hvornår ses vi?"),
        ("p", "Hver tirsdag kl. 9-11 på biblioteket."),
        ("h", "🔄 Status"),
        ("p", "Vi holder statusmøde med Karin hver 4. uge. Første gang er den 2. juni 2026."),
        ("p", "Skriv endelig, hvis noget ikke passer.\n\nMange hilsner\nMette Brix, mentor\nBroen\n43 13 61 67 · mb@broen-mentor.dk"),
    ], "Vores aftale", per={"start": "2026-05-01", "end": "2026-10-31"},
        eml={"subject": "Vores aftale om mentorstøtte 🙂", "sender": "Mette Brix <mb@broen-mentor.dk>",
             "to": "Jonas Brink <jonas.brink@mail.dk>", "when": datetime(2026, 4, 28, 15, 20)}))
    # Min Plan with several activities: the FGU course runs 11 months, the mentor support 6
    docs.append(Doc("minplan/17-minplan-flere-aktiviteter-ahmed.html", "html", "minplan", "minplan",
                    "plan-cards", [], ["layout:plan-cards", "other-activity-long-period", "clean"], [
        ("title", "Min Plan – dine aktiviteter (letlæst)"),
        ("p", "Navn: Ahmed Yusuf\nKommune: Slagelse Kommune\nSidst ændret: 28.07.2026"),
        ("box", ["Kort fortalt:", "Du går på FGU.", "Du har også en mentor, som hjælper dig med at komme af sted hver dag."]),
        ("h", "Aktivitet 1: FGU – produktionsgrunduddannelse (metal)"),
        ("table", [["Sted", "FGU Vestsjælland, Slagelse"], ["Periode", "10.08.2026 – 30.06.2027"],
                   ["Status", "Aktiv"], ["Kontaktperson", "Lærer Jan Holm, tlf. 58 50 12 12"]]),
        ("h", "Aktivitet 2: Mentorstøtte (LAB § 167)"),
        ("table", [["Hvad er målet?", "Du gennemfører FGU metal og møder mindst 4 dage om ugen. Efter FGU starter du på en erhvervsuddannelse som smed."],
                   ["Hvem er din mentor?", "Bo Kjærgaard, Jobbroen, tlf. 51 90 22 14"],
                   ["Hvad hjælper Bo med?", "• vække dig og følge dig til bussen de første 2 uger\n• tale med din lærer om fravær\n• hjælpe dig med at planlægge ugen"],
                   ["Hvor længe?", "10.08.2026 – 09.02.2027"],
                   ["Hvor mange timer?", "3 timer om ugen"], ["Status", "Aktiv"]]),
    ], "Min Plan", per={"start": "2026-08-10", "end": "2027-02-09"}))
    # discharge coordinator: 9 months in all is lawful (LAB § 167, stk. 2)
    docs.append(Doc("aftaler/29-aftale-udskrivningskoordinator-line.docx", "docx", "agreement",
                    "agreement", "easy-question", [],
                    ["layout:easy-question", "udskrivningskoordinator", "period:nine-months-stk2", "clean"], [
        ("title", "Aftale om udskrivningskoordinator – letlæst"),
        ("p", "Herning Kommune\nBeskæftigelse og Borgerservice\nDato: 26. januar 2026"),
        ("p", "Til: Line Holt, indlagt på Regionspsykiatrien Gødstrup"),
        ("box", ["Kort fortalt:", "Du får en udskrivningskoordinator (LAB § 167, stk. 2).",
                 "Hun hjælper dig, mens du er indlagt, og efter du kommer hjem."]),
        ("h", "Hvad er dit mål?"),
        ("p", "Du starter i virksomhedspraktik i Herning Bibliotekerne 10 timer om ugen senest 1. juli 2026."),
        ("h", "Hvem er din koordinator?"),
        ("p", "Din udskrivningskoordinator er Rikke Holm.\nTelefon: 26 33 18 44\nMail: rikke.holm@ungementor.dk"),
        ("h", "Hvad hjælper Rikke dig med?"),
        ("ul", ["planlægge dagen, før du bliver udskrevet", "finde en praktikplads sammen med dig",
                "tage med til de første dage i praktikken"]),
        ("h", "Hvor længe?"),
        ("p", "Fra 1. februar 2026 til 31. oktober 2026.\nDu forventes udskrevet 1. maj 2026. Støtten varer op til 3 måneder før og 6 måneder efter udskrivningen."),
        ("h", "Hvor mange timer?"), ("p", "2 timer om ugen, mens du er indlagt. 4 timer om ugen efter udskrivningen."),
        ("h", "Hvordan følger vi op?"), ("p", "Vi holder møde hver måned og et slutmøde 14 dage før støtten stopper."),
        ("h", "Hvad kan du gøre, hvis du er uenig?"),
        ("p", "Du kan klage til Herning Kommune inden 4 uger. Kommunen ser på sagen igen. Hvis kommunen ikke ændrer den, sender vi klagen til Ankestyrelsen."),
    ], "Aftale om udskrivningskoordinator", per={"start": "2026-02-01", "end": "2026-10-31"}))
    # minutes of a network meeting (none of the kinds)
    docs.append(Doc("andet/14-referat-netvaerksmoede.docx", "docx", "unknown", "minutes",
                    "easy-minutes", [], ["minutes"], [
        ("title", "Referat fra netværksmøde – letlæst"),
        ("p", "Dato: 3. marts 2026\nTil stede: Sofie Dam, mor Lene Dam, sagsbehandler Louise Bang, UU-vejleder Kim Lauritsen"),
        ("h", "Hvad talte vi om?"),
        ("ul", ["Sofie vil gerne være frisør.", "Det er svært at komme op om morgenen.",
                "Vi talte om, at en mentor måske kan hjælpe."]),
        ("h", "Hvad sker der nu?"),
        ("ul", ["Louise undersøger, om Sofie kan få mentorstøtte.", "Sofie får et brev, når vi ved mere.",
                "Næste møde: 14. april 2026 kl. 13."]),
    ], "Referat"))
    # decision made in Word, printed to PDF by LibreOffice: 26 weeks is six months
    d = Doc("afgoerelser/17-grant-26-uger-omar.pdf", "pdf", "decision", "grant", "easy",
            [], ["layout:easy", "subtype:grant", "libreoffice-pdf", "period:26-weeks", "clean"], [
        ("title", "Du får en mentor i 26 uger"),
        ("p", "Kolding Kommune\nJob og Uddannelse\nNytorv 11, 6000 Kolding\nDato: 22. april 2026"),
        ("p", "Til: Omar Nasser"),
        ("box", ["Kort fortalt:", "Du får mentorstøtte i 26 uger fra mandag den 4. maj 2026.",
                 "Din mentor hjælper dig i gang i din praktik hos Bilka."]),
        ("hb", "Hvad har vi besluttet?"),
        ("p", "Du får mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats.\nStøtten varer 26 uger fra 4. maj 2026.\nDu får 3 timer om ugen."),
        ("hb", "Hvorfor?"),
        ("p", "Du starter i praktik på lageret i Bilka. Du har ikke været på en arbejdsplads i 3 år.\nVi har lagt vægt på, at du selv siger, at de første uger bliver svære."),
        ("hb", "Hvad kan du gøre, hvis du er uenig?"),
        ("p", "Du kan klage til Kolding Kommune inden 4 uger, efter du har fået brevet. Ring på 79 79 79 79 eller skriv i Digital Post.\nVi ser på sagen igen inden 4 uger. Giver vi dig ikke ret, sender vi klagen til Ankestyrelsen."),
        ("p", "Venlig hilsen\nMartin Eskildsen"),
    ], "Afgørelse om mentorstøtte", per={"start": "2026-05-04", "end": "2026-11-01"})
    d.post = "soffice"
    docs.append(d)
    # a signed easy-read agreement that came back on paper and was scanned (vague follow-up)
    d = Doc("aftaler/30-aftale-scannet-nadia.pdf", "pdf", "agreement", "agreement", "scan",
            [MF], ["layout:scan", "scan", "ocr", "defect:missing-follow-up"], [
        ("title", "Aftale om mentorstøtte – letlæst"),
        ("p", "Svendborg Kommune\nBeskæftigelse Svendborg\nDato: 20. februar 2026"),
        ("p", "Til: Nadia Rasmussen"),
        ("h", "Hvad er dit mål?"),
        ("p", "Du er i løntilskud som rengøringsassistent på Svendborg Sygehus 25 timer om ugen senest 1. juni 2026."),
        ("h", "Hvem er din mentor?"),
        ("p", "Pia Sommer, MentorNet\nTelefon: 53 20 71 66"),
        ("h", "Hvad hjælper Pia dig med?"),
        ("ul", ["at lave en madplan og en døgnrytme", "at tale med din leder, hvis der er problemer",
                "at følge dig på arbejde den første uge"]),
        ("h", "Hvor længe?"), ("p", "Fra 1. marts 2026 til 31. august 2026."),
        ("h", "Hvor mange timer?"), ("p", "3 timer om ugen."),
        ("h", "Hvordan følger vi op?"), ("p", "Vi følger op efter behov."),
        ("h", "Hvad kan du gøre, hvis du er uenig?"),
        ("p", "Du kan klage til Svendborg Kommune inden 4 uger. Kommunen genvurderer sagen. Fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen."),
        ("p", "Underskrift borger: Nadia R.        Underskrift mentor: Pia Sommer"),
    ], "Aftale om mentorstøtte", per={"start": "2026-03-01", "end": "2026-08-31"})
    d.post = "scan"
    docs.append(d)
    return docs


MH, MF, MG, MU, MM, MT, MD, MA, OV = ("missing-hours", "missing-follow-up", "missing-goal",
                                      "unclear-goal", "missing-mentor", "missing-tasks",
                                      "missing-duration", "missing-appeal-guidance",
                                      "duration-over-6-months")

AGREEMENTS = [  # layout, format, defects, translation
    ("easy-question", "docx", [], None), ("easy-bold", "docx", [MH], None),
    ("emoji", "html", [], None), ("symbol", "pdf", [MU], None), ("picture", "odt", [], None),
    ("formal+plain", "docx", [OV], None), ("bilingual", "html", [], "en"),
    ("bilingual", "pdf", [MA], "ar"), ("bilingual", "docx", [MF], "uk"),
    ("bilingual", "odt", [], "so"), ("easy-question", "txt", [MM], None),
    ("easy-question", "md", [MT], None), ("emoji", "eml", [], None),
    ("easy-bold", "rtf", [MA], None), ("formal+plain", "pdf", [], None),
    ("picture", "html", [MG], None), ("symbol", "docx", [MD], None),
    ("easy-question", "pdf", [MH, MU], None), ("emoji", "md", [OV, MF], None),
    ("easy-bold", "odt", [MM, MH], None), ("formal+plain", "rtf", [MF], None),
    ("bilingual", "pdf", [MA], "uk"), ("easy-question", "html", [], None),
    ("picture", "docx", [MU], None), ("easy-question", "eml", [MA], None),
    ("symbol", "txt", [], None), ("bilingual", "docx", [], "en"),
]

DECISIONS = [  # layout, format, subtype, defects, translation, no_reasons
    ("easy", "docx", "grant", [], None, False), ("easy", "pdf", "partial", [], None, False),
    ("easy-emoji", "html", "refusal", [], None, False),
    ("formal+plain", "docx", "extension", [], None, False),
    ("bilingual", "pdf", "grant", [], "ar", False), ("bilingual", "html", "end", [MA], "so", False),
    ("easy", "txt", "grant", [OV], None, False), ("formal+plain", "pdf", "grant", [MA], None, False),
    ("easy", "odt", "refusal", [MA], None, False), ("bilingual", "docx", "extension", [MA], "uk", False),
    ("easy-emoji", "md", "extension", [OV], None, False), ("easy", "rtf", "end", [], None, True),
    ("formal+plain", "html", "grant", [OV, MA], None, False), ("easy", "eml", "grant", [], None, False),
    ("bilingual", "pdf", "refusal", [], "en", False), ("easy", "docx", "end", [MA], None, False),
]

MINPLANS = [  # layout, format, defects, translation
    ("plan-question", "docx", [], None), ("plan-emoji", "html", [], None),
    ("plan-table", "pdf", [], None), ("plan-bilingual", "docx", [], "uk"),
    ("plan-symbol", "odt", [], None), ("plan-question", "txt", [MH], None),
    ("plan-table", "docx", [MM], None), ("plan-emoji", "md", [MU], None),
    ("plan-question", "pdf", [OV], None), ("plan-bilingual", "html", [MT], "ar"),
    ("plan-symbol", "rtf", [MG], None), ("plan-table", "html", [MD], None),
    ("plan-question", "odt", [MU, MH], None), ("plan-bilingual", "pdf", [MM], "so"),
    ("plan-emoji", "docx", [], None), ("plan-table", "txt", [OV], None),
]


def soffice_pdf(blocks, p):
    import subprocess
    import tempfile
    from render_io import to_docx
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (p.stem + ".docx")
        to_docx(blocks, src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_io_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], check=True,
                       capture_output=True, timeout=180)
        shutil.copy(Path(td) / (p.stem + ".pdf"), p)


def scan_pdf(blocks, p, title):
    import subprocess
    import tempfile
    from PIL import Image
    from render_io import to_pdf
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        to_pdf(blocks, src, title)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(Path(td) / "pg")],
                       check=True)
        pages = []
        for f in sorted(Path(td).glob("pg*.png")):
            im = Image.open(f).convert("L").rotate(0.6, fillcolor=255, expand=False)
            pages.append(im.convert("RGB"))
        pages[0].save(p, "PDF", resolution=200, save_all=True, append_images=pages[1:])


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/io")
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args(argv)
    out = Path(a.out)
    rng = random.Random(a.seed)
    for sub in ("aftaler", "afgoerelser", "minplan", "andet"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    ci = 0

    def nxt():
        nonlocal ci
        ci += 1
        return CITIZENS[(ci * 7) % len(CITIZENS)]

    for i, (layout, fmt, defects, tr) in enumerate(AGREEMENTS, 1):
        docs.append(build_agreement(rng, i, layout, fmt, defects, rng.choice(KOMMUNER),
                                    rng.choice(CASEWORKERS), nxt(), rng.random() < 0.27, tr))
    for i, (layout, fmt, sub, defects, tr, nr) in enumerate(DECISIONS, 1):
        docs.append(build_decision(rng, i, layout, fmt, sub, defects, rng.choice(KOMMUNER),
                                   rng.choice(CASEWORKERS), nxt(), rng.random() < 0.27, tr, nr))
    for i, (layout, fmt, defects, tr) in enumerate(MINPLANS, 1):
        docs.append(build_minplan(rng, i, layout, fmt, defects, rng.choice(KOMMUNER), nxt(),
                                  rng.random() < 0.27, tr))
    docs += build_unknowns(rng)
    docs += build_handcrafted(rng)
    entries = []
    for d in docs:
        p = out / d.path
        p.parent.mkdir(parents=True, exist_ok=True)
        post = getattr(d, "post", None)
        if post == "soffice":
            soffice_pdf(d.blocks, p)
        elif post == "scan":
            scan_pdf(d.blocks, p, d.title)
        else:
            render(d.blocks, p, d.fmt, d.title, eml=d.eml)
        mnc = []
        for c in d.cprs:
            mnc += [c, c.replace("-", "")]
        entries.append({"path": d.path, "format": d.fmt, "kind": d.kind, "subtype": d.subtype,
                        "layout": d.layout, "rules": sorted(d.rules), "extras": sorted(d.extras),
                        "error": None, "accept_errors": [], "must_not_contain": mnc,
                        "traits": d.traits, "period": d.per})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
