"""Corpus BF: partly filled-in templates as they turn up in archives.

Independent corpus for `mentordocs lint` (session 6). About 100 documents: agreements, decision
letters and Min Plan entries written from Word/ODT templates in which some fields were never filled
in (content-control prompts, legacy form fields, unmerged «MERGEFIELD» names, [Indsæt ...],
xx-xx-xxxx, NN, ____ and so on), mixed with fully filled documents and with real values that look
like placeholders ("Ib", "1 time", a "se bilag 1" whose Bilag 1 exists).

Labels are decided here, from the rule docs (`mentordocs rules NAME`) and /work/shared/domain.md:
what a reader of the document would conclude. Usage:

    python make_corpus_bf.py --out /work/corpora/bf
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SEED = 61_061

# --------------------------------------------------------------------------------------------
# Value model: a field value is a list of parts. A part is a plain string or a placeholder.


@dataclass(frozen=True)
class PH:
    """A placeholder part. shape: text | sdt | form | merge | odtph."""
    shape: str
    text: str = ""


@dataclass(frozen=True)
class FF:
    """A legacy Word text form field (FORMTEXT) that HAS been filled in."""
    text: str


@dataclass(frozen=True)
class SDT:
    """A Word content control that HAS been filled in (no showingPlcHdr)."""
    text: str


WORD_PROMPT = "Klik eller tryk her for at skrive tekst."
WORD_PROMPT_DATE = "Klik eller tryk for at angive en dato."


def flat(parts, fmt: str) -> str:
    """How the value reads as plain text (for txt/html/odt and manifests)."""
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, (SDT, FF)):
            out.append(p.text)
        elif p.shape == "sdt":
            out.append(p.text or WORD_PROMPT)
        elif p.shape == "form":
            out.append("_____")
        elif p.shape == "merge":
            out.append(f"«{p.text}»")
        else:
            out.append(p.text)
    return "".join(out)


@dataclass
class Field:
    key: str            # goal mentor tasks duration follow_up hours appeal
    label: str
    parts: list
    state: str = "ok"   # ok | ph | empty | half | dangling | vague | over | bilag
    extra_lines: list = field(default_factory=list)  # bullets under the value


@dataclass
class Doc:
    path: str
    kind: str
    fmt: str
    layout: str
    subtype: str
    title: str
    kommune: str
    header: list            # (label, value) pairs: borger, cpr, sagsnr, dato
    fields: list            # list[Field]
    intro: list = field(default_factory=list)
    outro: list = field(default_factory=list)
    bilag: list = field(default_factory=list)   # (heading, lines)
    traits: list = field(default_factory=list)
    must_not_contain: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    period: dict | None = None
    via: str = ""           # for pdf: docx or odt source

    def rules(self) -> list[str]:
        r = set()
        applies = {
            "agreement": {"goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal"},
            "minplan": {"goal", "mentor", "tasks", "duration", "hours"},
            "decision": {"appeal"},
        }[self.kind]
        names = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                 "duration": "missing-duration", "follow_up": "missing-follow-up",
                 "hours": "missing-hours", "appeal": "missing-appeal-guidance"}
        present = {f.key for f in self.fields}
        for key in applies:
            if key not in present:
                r.add(names[key])
        for f in self.fields:
            if f.key in applies and f.state in ("ph", "empty", "half", "dangling"):
                r.add(names[f.key])
            if f.key == "goal" and f.state == "vague" and "goal" in applies:
                r.add("unclear-goal")
            if f.key == "duration" and f.state == "over":
                r.add("duration-over-6-months")
        return sorted(r)


# --------------------------------------------------------------------------------------------
# Vocabulary drawn from domain.md, the seeds and ordinary municipal practice.

KOMMUNER = ["Viborg Kommune", "Gribskov Kommune", "Holbæk Kommune", "Faxe Kommune",
            "Tønder Kommune", "Assens Kommune", "Herning Kommune", "Rudersdal Kommune",
            "Roskilde Kommune", "Norddjurs Kommune", "Favrskov Kommune", "Lolland Kommune"]
FIRST = ["Anna", "Mikkel", "Sara", "Ahmed", "Louise", "Kasper", "Fatima", "Jonas", "Mette",
         "Emil", "Nadia", "Rasmus", "Camilla", "Yusuf", "Line", "Frederik", "Sofie", "Tobias"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Østergaard", "Holm"]
MENTORS = [("Lars Østergaard", "Jobhuset"), ("Pia Frandsen", "Mentorkorpset"),
           ("Ib Holm", "Jobcenter-mentor"), ("Bo Ax", "Mentorteamet"),
           ("Hanne Kjær", "Kompetencecenteret"), ("Søren Vestergaard", "Ungeenheden"),
           ("Malene Dahl", "Socialpsykiatrien"), ("Jens Birk", "Virksomhedsservice"),
           ("Tina Lund", "Mentorafdelingen"), ("Karim Haddad", "Integrationsteamet")]
GOALS_OK = [
    "{fn} starter på SOSU-hjælperuddannelsen 1. august 2026 og møder mindst fire dage om ugen.",
    "{fn} er i virksomhedspraktik på lageret hos Bilka 15 timer om ugen senest 1. juni 2026, med henblik på løntilskud.",
    "At {fn} gennemfører FVU-dansk trin 2 på VUC og derefter søger optagelse på HF.",
    "{fn} skal fastholde sit fleksjob som køkkenmedhjælper på Plejecenter Solgården, 12 timer om ugen.",
    "Starte på FGU, produktionsgrundlæggende spor, i uge 33 og have et fremmøde på mindst 80 %.",
    "{fn} er i ordinært job som chauffør 25 timer om ugen inden udgangen af perioden.",
    "At {fn} møder stabilt i praktikken hos Netto (3 dage om ugen) og kan tage bussen alene dertil.",
    "Gennemføre AMU-kurset Truckcertifikat B og derefter søge lagerjob.",
    "{fn} påbegynder EUD grundforløb 1 (GF1) på teknisk skole i januar 2026.",
    "Mål: job inden for rengøring, min. 20 timer ugentligt. Delmål: fremmøde i praktik hos ISS 4 dage/uge.",
]
GOALS_VAGUE = [
    "Støtte til at komme videre og øget trivsel.",
    "Sikre at {fn} får struktur på hverdagen.",
    "Øget selvværd og bedre trivsel.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
]
TASKS_OK = [
    ["Følge {fn} til praktikstedet de første to uger",
     "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til praktikvejleder ved fravær"],
    ["Hjælpe {fn} med at lave en ugeplan og holde den",
     "Tage med til møder med SU-kontoret og studievejlederen",
     "Øve transport til skolen"],
    ["Støtte i dialog med arbejdsgiveren om arbejdsopgaver og skånehensyn",
     "Ugentlige samtaler med {fn} om, hvordan det går på arbejdspladsen",
     "Hjælpe med at søge om befordringsgodtgørelse"],
    ["Vække-opkald de første fire uger", "Følgeskab til jobsamtaler",
     "Hjælp til at bruge e-Boks og besvare breve fra kommunen"],
]
FOLLOW_OK = [
    "Statusmøde med mentor, {fn} og sagsbehandler hver måned. Evaluering 14 dage før ophør.",
    "Vi følger op hver 4. uge på fremmøde i praktikken (delmål: 4 dage om ugen fra maj).",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingen udløber.",
    "Mentor sender kort status til sagsbehandler hver anden uge; opfølgningssamtale hver 3. måned.",
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "½ time om ugen", "1 time om ugen", "1½ time ugentligt",
            "8 timer om måneden", "4 timer pr. uge", "2-3 timer pr. uge", "5 timer ugentligt"]
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger efter, at du har "
    "modtaget den. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
    "afgørelsen, sendes klagen videre til Ankestyrelsen, jf. LAB § 204.",
    "Du kan klage mundtligt eller skriftligt til {k}, Borgerservice, inden 4 uger fra du har "
    "modtaget afgørelsen. Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen og "
    "sagens akter til Ankestyrelsen (retssikkerhedsloven kap. 10).",
    "Klagefristen er 4 uger. Klagen sendes til {k}, som genvurderer afgørelsen. Hvis afgørelsen "
    "fastholdes, videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng: random.Random) -> str:
    n = f"{rng.randrange(20, 99)}{rng.randrange(100000, 999999)}"
    return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"


# --------------------------------------------------------------------------------------------
# Placeholder pools per field. Each entry: (parts-builder, state, trait)

def ph_pool(key: str, rng: random.Random, fmt: str, ctx: dict):
    docx = fmt == "docx" or (fmt == "pdf" and ctx.get("via") == "docx")
    odt = fmt == "odt" or (fmt == "pdf" and ctx.get("via") == "odt")
    fn = ctx["fn"]
    pools = {
        "goal": [([PH("text", "[Indsæt mål]")], "ph", "ph:brackets"),
                 ([PH("text", "(Beskriv kort og konkret, hvad borgeren skal opnå – job eller "
                              "uddannelse. Slet denne tekst.)")], "ph", "ph:guidance-left"),
                 ([PH("text", "<Beskriv målet med mentorstøtten>")], "ph", "ph:angle"),
                 ([PH("text", "Skriv her")], "ph", "ph:skriv-her"),
                 ([PH("text", "(udfyldes)")], "ph", "ph:udfyldes"),
                 ([PH("text", "TBD")], "ph", "ph:tbd"),
                 ([PH("text", "…")], "ph", "ph:ellipsis"),
                 ([], "empty", "ph:empty-cell")],
        "mentor": [([PH("text", "<mentorens navn>"), ", tlf. ", PH("text", "<telefon>")], "ph", "ph:angle"),
                   ([f"{ctx['mentor_first']}, tlf. xx xx xx xx"], "half", "ph:half-filled"),
                   ([PH("text", "NN"), ", tlf. ", PH("text", "xx xx xx xx")], "ph", "ph:nn"),
                   ([PH("text", "[Navn]"), " – ", PH("text", "[telefon/mail]")], "ph", "ph:brackets"),
                   ([PH("text", "____________________")], "ph", "ph:underscores"),
                   ([], "empty", "ph:empty-cell"),
                   ([ctx["mentor"], ", ", PH("text", "[indsæt telefonnummer]")], "half", "ph:half-filled")],
        "tasks": [([PH("text", "[Beskriv mentorens opgaver]")], "ph", "ph:brackets"),
                  ([PH("text", "(Skriv mentorens konkrete opgaver, fx følgeskab, samtaler, hjælp til "
                               "struktur. Slet denne tekst.)")], "ph", "ph:guidance-left"),
                  (["Se nedenfor"], "dangling", "ph:se-nedenfor-dangling"),
                  (["Se vedlagte bilag 2."], "dangling", "ph:se-bilag-dangling"),
                  ([PH("text", "Skriv her")], "ph", "ph:skriv-her"),
                  ([PH("text", "(udfyldes af mentor ved første samtale)")], "ph", "ph:udfyldes"),
                  ([PH("text", "…")], "ph", "ph:ellipsis"),
                  ([], "empty", "ph:empty-cell")],
        "duration": [([PH("text", "xx-xx-xxxx"), " til ", PH("text", "xx-xx-xxxx")], "ph", "ph:xx-date"),
                     (["Fra ", PH("text", "[dato]"), " til ", PH("text", "[dato]")], "ph", "ph:brackets"),
                     ([PH("text", "__.__.____"), " – ", PH("text", "__.__.____")], "ph", "ph:underscores"),
                     ([PH("text", "TBD")], "ph", "ph:tbd"),
                     (["Fra " + fmt_date(ctx["start"], 1) + " til ", PH("text", "xx.xx.xxxx")], "half",
                      "ph:start-only"),
                     ([], "empty", "ph:empty-cell")],
        "follow_up": [([PH("text", "(udfyldes)")], "ph", "ph:udfyldes"),
                      ([PH("text", "[Angiv hvordan og hvornår der følges op]")], "ph", "ph:brackets"),
                      ([PH("text", "Skriv her")], "ph", "ph:skriv-her"),
                      ([PH("text", "XX")], "ph", "ph:xx"),
                      ([], "empty", "ph:empty-cell")],
        "hours": [([PH("text", "Angiv timetal")], "ph", "ph:angiv"),
                  ([PH("text", "NN"), " timer pr. uge"], "ph", "ph:nn"),
                  ([PH("text", "X"), " timer ugentligt"], "ph", "ph:x"),
                  ([PH("text", "__"), " timer pr. uge"], "ph", "ph:underscores"),
                  ([PH("text", "xx"), " t/uge"], "ph", "ph:xx"),
                  ([], "empty", "ph:empty-cell")],
        "appeal": [([PH("text", "[Indsæt standardtekst om klagevejledning]")], "ph", "ph:brackets"),
                   (["Se nedenfor."], "dangling", "ph:se-nedenfor-dangling"),
                   ([PH("text", "(klagevejledning indsættes)")], "ph", "ph:udfyldes"),
                   ([PH("text", "TBD")], "ph", "ph:tbd")],
    }
    pool = list(pools[key])
    merge_names = {"goal": "Maal", "mentor": "Mentor_navn", "tasks": "Mentor_opgaver",
                   "duration": "Periode", "follow_up": "Opfoelgning", "hours": "Timetal",
                   "appeal": "Klagevejledning"}
    if docx:
        custom = {"goal": "Beskriv målet med mentorstøtten (job eller uddannelse).",
                  "mentor": "Angiv mentorens navn og telefonnummer.",
                  "tasks": "Beskriv hvad mentor skal hjælpe borgeren med.",
                  "duration": "Angiv start- og slutdato.",
                  "follow_up": "Beskriv hvornår og hvordan der følges op.",
                  "hours": "Angiv timetal pr. uge.",
                  "appeal": "Indsæt klagevejledning."}[key]
        # content controls are the commonest shape in current Word templates: weight them up
        pool += [([PH("sdt")], "ph", "ph:content-control")] * 4 + [
                 ([PH("sdt", custom)], "ph", "ph:content-control-custom-prompt"),
                 ([PH("sdt", custom)], "ph", "ph:content-control-custom-prompt"),
                 ([PH("form")], "ph", "ph:legacy-formfield"),
                 ([PH("merge", merge_names[key])], "ph", "ph:mergefield")]
        if key == "mentor":
            pool += [([ctx["mentor_first"] + ", tlf. ", PH("sdt")], "half", "ph:half-filled-content-control")]
        if key == "duration":
            pool += [([PH("sdt", WORD_PROMPT_DATE), " – ", PH("sdt", WORD_PROMPT_DATE)], "ph",
                      "ph:content-control-date")]
    elif odt:
        pool += [([PH("odtph", f"<{ {'goal': 'Mål', 'mentor': 'Mentors navn og telefon', 'tasks': 'Opgaver', 'duration': 'Periode', 'follow_up': 'Opfølgning', 'hours': 'Timer pr. uge', 'appeal': 'Klagevejledning'}[key]}>")],
                  "ph", "ph:odt-placeholder")]
    else:
        pool += [([PH("text", f"«{merge_names[key]}»")], "ph", "ph:mergefield-text")]
    return rng.choice(pool)


# --------------------------------------------------------------------------------------------
# Building document specs


AGR_LABELS = {
    "table": {"goal": "Målet med mentorstøtten", "mentor": "Mentor (navn og kontaktdata)",
              "tasks": "Mentorens opgaver", "duration": "Periode",
              "follow_up": "Opfølgning og mål for progression", "hours": "Timetal pr. uge",
              "appeal": "Klagevejledning"},
    "headings": {"goal": "Mål for forløbet", "mentor": "Din mentor", "tasks": "Hvad skal mentor hjælpe med?",
                 "duration": "Varighed", "follow_up": "Opfølgning", "hours": "Antal timer",
                 "appeal": "Hvis du vil klage"},
    "numbered": {"goal": "1) Målet med mentorstøtten", "mentor": "2) Mentorens navn og kontaktdata",
                 "tasks": "3) Hvilke opgaver mentoren skal bistå ved",
                 "duration": "4) Varigheden af aftalen", "follow_up": "5) Opfølgning – inkl. mål for progression",
                 "hours": "6) Timetallet for mentorstøtten", "appeal": "7) Klagevejledning"},
}
MINPLAN_LABELS = {"goal": "Formål med mentorstøtten", "mentor": "Mentor",
                  "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timer pr. uge"}


def good_value(key: str, rng: random.Random, ctx: dict, kind: str):
    """A filled value. Returns (parts, state, trait, extra_lines)."""
    fn = ctx["fn"]
    if key == "goal":
        if ctx.get("vague"):
            return [rng.choice(GOALS_VAGUE).format(fn=fn)], "vague", "goal:vague", []
        g = rng.choice(GOALS_OK).format(fn=fn)
        if ctx.get("hint_goal"):
            return ["(Beskriv målet – job eller uddannelse) " + g], "ok", "real:hint-left-before-value", []
        return [g], "ok", "", []
    if key == "mentor":
        name, org = ctx["mentor"], ctx["org"]
        tel = ctx["tel"]
        if ctx.get("short_name"):
            return [f"{ctx['mentor_first']}, tlf. {tel}"], "ok", "real:short-name", []
        return [rng.choice([f"{name}, {org}, tlf. {tel}",
                            f"{name} ({org}) – {tel} – {ctx['mail']}",
                            f"{name}, mobil {tel}, mail: {ctx['mail']}"])], "ok", "", []
    if key == "tasks":
        t = [x.format(fn=fn) for x in rng.choice(TASKS_OK)]
        if ctx.get("tasks_bilag"):
            return ["Se bilag 1."], "bilag", "real:se-bilag", []
        if rng.random() < 0.5:
            return [t[0] + "; " + t[1][0].lower() + t[1][1:] + "."], "ok", "", []
        return ["Mentor skal bl.a.:"], "ok", "", t
    if key == "duration":
        s, e = ctx["start"], ctx["end"]
        st = rng.randrange(3)
        txt = rng.choice(["{a} – {b}", "{a} til {b}", "Fra {a} til og med {b}"]).format(
            a=fmt_date(s, st), b=fmt_date(e, st))
        return [txt], ("over" if ctx.get("over") else "ok"), ("period:over-6" if ctx.get("over") else ""), []
    if key == "follow_up":
        return [rng.choice(FOLLOW_OK).format(fn=fn)], "ok", "", []
    if key == "hours":
        if ctx.get("hours_one"):
            return ["1"], "ok", "real:hours-1", []
        return [rng.choice(HOURS_OK)], "ok", "", []
    if key == "appeal":
        return [rng.choice(APPEAL_OK).format(k=ctx["kommune"])], "ok", "", []
    raise KeyError(key)


def make_ctx(rng: random.Random, kommune: str) -> dict:
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    mname, org = rng.choice(MENTORS)
    start = dt.date(2025, 8, 1) + dt.timedelta(days=rng.randrange(0, 400))
    start = start.replace(day=rng.choice([1, 1, 1, 15, start.day]))
    months = rng.choice([3, 4, 6, 6, 6])
    end = add_months(start, months) - dt.timedelta(days=1)
    return {"fn": fn, "ln": ln, "mentor": mname, "mentor_first": mname.split()[0], "org": org,
            "tel": phone(rng), "mail": mname.split()[0].lower().replace("ø", "oe") + "@"
            + kommune.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + ".dk",
            "kommune": kommune, "start": start, "end": end}


def build_fields(kind: str, labels: dict, rng: random.Random, ctx: dict, fmt: str, n_ph: int,
                 doc_traits: list) -> list:
    keys = list(labels)
    protect = {k for k, flag in (("mentor", "short_name"), ("hours", "hours_one"),
                                 ("tasks", "tasks_bilag")) if ctx.get(flag)}
    free = [k for k in keys if k not in protect]
    ph_keys = set(rng.sample(free, min(n_ph, len(free)))) if n_ph else set()
    out = []
    for key in keys:
        if key in ph_keys:
            parts, state, trait = ph_pool(key, rng, fmt, ctx)
            extra = []
        else:
            parts, state, trait, extra = good_value(key, rng, ctx, kind)
        if key == "mentor" and ctx.get("split_mentor"):
            out += split_mentor(key in ph_keys, rng, ctx, fmt, doc_traits)
            continue
        if key not in ph_keys and ctx.get("word_fill") and len(parts) == 1 and isinstance(parts[0], str):
            parts = [SDT(parts[0]) if ctx["word_fill"] == "sdt" else FF(parts[0])]
        if trait:
            doc_traits.append(f"{key}:{trait}")
        out.append(Field(key, labels[key], parts, state, extra))
    return out


def split_mentor(as_ph: bool, rng: random.Random, ctx: dict, fmt: str, doc_traits: list) -> list:
    """The mentor as two rows, name and contact, as many templates have it."""
    word = fmt == "docx" or ctx.get("via") == "docx"
    name_l = rng.choice(["Mentorens navn", "Mentor", "Navn på mentor"])
    cont_l = rng.choice(["Telefon / e-mail", "Mentorens tlf.", "Kontaktoplysninger (mentor)"])
    name = ctx["mentor_first"] if ctx.get("short_name") else ctx["mentor"]
    contact = rng.choice([ctx["tel"], f"{ctx['tel']} / {ctx['mail']}", ctx["mail"]])
    doc_traits.append("mentor:split-rows")
    if not as_ph:
        return [Field("mentor", name_l, [name]), Field("mentor", cont_l, [contact])]
    ph_contact = rng.choice(([[PH("sdt")], [PH("form")]] if word else [])
                            + [[PH("text", "xx xx xx xx")], [], [PH("text", "[tlf.]")]])
    variant = rng.randrange(3)
    if variant == 0:      # name filled, contact left open
        doc_traits.append("mentor:ph:split-contact-open")
        return [Field("mentor", name_l, [name], "ok"), Field("mentor", cont_l, ph_contact, "half")]
    if variant == 1:      # both open
        doc_traits.append("mentor:ph:split-both-open")
        ph_name = [PH("sdt")] if word else [PH("text", "<navn>")]
        return [Field("mentor", name_l, ph_name, "ph"), Field("mentor", cont_l, ph_contact, "ph")]
    doc_traits.append("mentor:ph:split-name-open")  # contact there, no name
    return [Field("mentor", name_l, [PH("text", "NN")], "ph"), Field("mentor", cont_l, [contact], "ok")]


def header_rows(rng, ctx, doc: Doc, use_cpr: bool, fmt: str):
    rows = [("Borger", f"{ctx['fn']} {ctx['ln']}")]
    if use_cpr:
        c = cpr(rng)
        rows.append(("CPR-nr.", c))
        doc.must_not_contain += [c, c.replace("-", "")]
        doc.traits.append("cpr")
    elif rng.random() < 0.3:
        rows.append(("CPR-nr.", "xxxxxx-xxxx"))
        doc.traits.append("cpr-placeholder")
    rows.append(("Sagsnr.", f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-"
                 f"G01-{rng.randrange(100, 9999)}-{rng.randrange(20, 26)}"))
    rows.append(("Dato", fmt_date(ctx["start"] - dt.timedelta(days=rng.randrange(3, 20)), rng.randrange(3))))
    return rows


def plan(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    # (kind, fmt, via, layout, count)
    agreement_mix = ([("docx", "", "table")] * 14 + [("docx", "", "headings")] * 8
                     + [("docx", "", "numbered")] * 6 + [("odt", "", "table")] * 6
                     + [("odt", "", "headings")] * 4 + [("pdf", "docx", "table")] * 7
                     + [("pdf", "docx", "numbered")] * 3 + [("pdf", "odt", "headings")] * 4
                     + [("txt", "", "numbered")] * 4 + [("txt", "", "headings")] * 4
                     + [("html", "", "table")] * 7 + [("html", "", "dl")] * 3)
    # 70 agreements
    for i, (fmt, via, layout) in enumerate(agreement_mix):
        docs.append(make_agreement(rng, i, fmt, via, layout))
    dec_mix = ([("docx", "")] * 5 + [("pdf", "docx")] * 4 + [("pdf", "odt")] * 1 + [("odt", "")] * 2
               + [("txt", "")] * 2 + [("html", "")] * 1)
    for i, (fmt, via) in enumerate(dec_mix):
        docs.append(make_decision(rng, i, fmt, via))
    mp_mix = ([("html", "")] * 5 + [("txt", "")] * 4 + [("pdf", "docx")] * 3 + [("docx", "")] * 3)
    for i, (fmt, via) in enumerate(mp_mix):
        docs.append(make_minplan(rng, i, fmt, via))
    return docs


def n_placeholders(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.33:
        return 0
    if r < 0.68:
        return 1
    if r < 0.88:
        return 2
    return 3


def make_agreement(rng: random.Random, i: int, fmt: str, via: str, layout: str) -> Doc:
    kommune = rng.choice(KOMMUNER)
    ctx = make_ctx(rng, kommune)
    ctx["via"] = via
    labels = AGR_LABELS["table" if layout == "dl" else layout]
    n_ph = n_placeholders(rng)
    # look-alikes and real oddities, mostly in filled documents
    # deterministic spread over formats (the mix cycles through formats)
    ctx["short_name"] = i % 8 == 2
    ctx["hours_one"] = i % 11 == 6
    ctx["tasks_bilag"] = i % 9 == 4
    ctx["hint_goal"] = i % 17 == 8
    ctx["split_mentor"] = layout in ("table", "dl", "headings") and i % 3 == 1
    ctx["vague"] = i % 13 == 5
    ctx["over"] = i % 12 == 9
    if ctx["over"]:
        ctx["end"] = add_months(ctx["start"], rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    if fmt == "docx" or via == "docx":
        ctx["word_fill"] = rng.choice(["sdt", "sdt", "form", None])
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Samarbejdsaftale – mentorstøtte efter LAB § 167"])
    doc = Doc(path="", kind="agreement", fmt=fmt, layout=layout, subtype="agreement", title=title,
              kommune=kommune, header=[], fields=[], via=via)
    doc.fields = build_fields("agreement", labels, rng, ctx, fmt, n_ph, doc.traits)
    if ctx.get("word_fill"):
        doc.traits.append(f"word-fill:{ctx['word_fill']}")
    if ctx["hours_one"]:
        for f in doc.fields:
            if f.key == "hours" and f.state == "ok" and f.parts == ["1"]:
                f.label = {"numbered": "6) Timetallet for mentorstøtten (timer pr. uge)",
                           "headings": "Antal timer pr. uge"}.get(layout, "Timetal pr. uge")
    doc.header = header_rows(rng, ctx, doc, rng.random() < 0.25, fmt)
    doc.intro = [f"Aftalen er indgået mellem {ctx['fn']} {ctx['ln']}, mentor og {kommune} "
                 f"om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167."]
    if any(f.state == "bilag" for f in doc.fields):
        doc.bilag.append(("Bilag 1 – Mentorens opgaver",
                          [t.format(fn=ctx["fn"]) for t in rng.choice(TASKS_OK)]))
    doc.outro = ["Underskrifter:", "Borger: ______________________   Dato: __________",
                 "Mentor: ______________________   Dato: __________",
                 "Sagsbehandler: ______________________   Dato: __________"]
    durf = next(f for f in doc.fields if f.key == "duration")
    if durf.state in ("ok", "over"):
        doc.period = {"start": ctx["start"].isoformat(), "end": ctx["end"].isoformat()}
    doc.traits.append(f"placeholders:{n_ph}")
    if fmt == "txt" and i % 2 == 0:
        doc.traits.append("cp1252")
    slug = ctx["fn"].lower().replace("ø", "oe")
    ext = fmt
    doc.path = f"{kommune.split()[0].lower().replace('ø','oe').replace('æ','ae').replace('å','aa')}/aftaler/{i:03d}-mentoraftale-{slug}.{ext}"
    return doc


def make_decision(rng: random.Random, i: int, fmt: str, via: str) -> Doc:
    kommune = rng.choice(KOMMUNER)
    ctx = make_ctx(rng, kommune)
    ctx["via"] = via
    doc = Doc(path="", kind="decision", fmt=fmt, layout="letter", subtype="", title="", kommune=kommune,
              header=[], fields=[], via=via)
    sub = rng.choice(["bevilling", "bevilling", "bevilling", "delvis", "forlaengelse"])
    doc.subtype = f"decision-{sub}"
    over = rng.random() < 0.15 and sub != "delvis"
    if over:
        ctx["end"] = add_months(ctx["start"], rng.choice([8, 9, 12])) - dt.timedelta(days=1)
        doc.traits.append("period:over-6")
    doc.header = header_rows(rng, ctx, doc, rng.random() < 0.3, fmt)
    fn = ctx["fn"]
    st = rng.randrange(3)
    # period and hours in the letter may be placeholders (not a decision rule, but real)
    per_ph = rng.random() < 0.3 and not over
    if per_ph:
        period_txt = [PH("text", "[dato]"), " til ", PH("text", "[dato]")] if fmt not in ("docx",) and via != "docx" \
            else [PH("sdt", WORD_PROMPT_DATE), " til ", PH("sdt", WORD_PROMPT_DATE)]
        doc.traits.append("period:placeholder")
    else:
        period_txt = [f"{fmt_date(ctx['start'], st)} til {fmt_date(ctx['end'], st)}"]
        doc.period = {"start": ctx["start"].isoformat(), "end": ctx["end"].isoformat()}
    hours_txt = [PH("text", "NN")] if rng.random() < 0.2 else [rng.choice(["3", "2", "4", "1"])]
    if sub == "bevilling":
        doc.title = "Afgørelse om mentorstøtte"
        body = [f"Kære {fn} {ctx['ln']}",
                ["Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "]
                + period_txt + [". Mentoren har "] + hours_txt + [" timer om ugen sammen med dig."],
                "Begrundelse",
                f"Du har søgt om mentorstøtte, og vi har imødekommet din ansøgning. Vi har lagt vægt på, "
                f"at du har brug for støtte til at fastholde dit forløb."]
    elif sub == "forlaengelse":
        doc.title = "Afgørelse om forlængelse af mentorstøtte"
        body = [f"Kære {fn}",
                ["Vi har vurderet din sag, og din mentorstøtte forlænges i perioden "] + period_txt
                + [", jf. LAB § 167, stk. 1, 2. pkt."],
                "Begrundelse",
                "Vi har lagt vægt på, at du er godt i gang med praktikken, men fortsat har brug for støtte "
                "til fremmøde og kontakt med arbejdspladsen."]
    else:
        doc.title = "Afgørelse – delvis bevilling af mentorstøtte"
        reasons_ph = rng.random() < 0.5
        body = [f"Kære {fn} {ctx['ln']}",
                ["Du har søgt om mentorstøtte 6 timer om ugen. Du får bevilget "] + hours_txt
                + [" timer om ugen i perioden "] + period_txt + ["."],
                "Begrundelse"]
        if reasons_ph:
            body.append([PH("sdt") if (fmt == "docx" or via == "docx") else PH("text", "[Skriv begrundelse her]")])
            doc.extras.append("missing-reasons")
            doc.traits.append("reasons:placeholder")
        else:
            body.append("Vi har lagt vægt på, at du allerede deltager i et tilbud med egen kontaktperson, "
                        "og at din støtte derfor kan gives med færre timer, jf. LAB § 167 og BAB § 123.")
    doc.intro = body
    app_ph = rng.random() < 0.35
    if app_ph:
        parts, state, trait = ph_pool("appeal", rng, fmt, ctx)
        doc.traits.append(f"appeal:{trait}")
    else:
        parts, state = [rng.choice(APPEAL_OK).format(k=kommune)], "ok"
    doc.fields = [Field("appeal", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]),
                        parts, state)]
    if over:
        doc.fields.append(Field("duration", "", [], "over"))  # marker only (rendered in body)
    doc.outro = ["Med venlig hilsen", f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                 rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver"]), kommune]
    doc.path = f"{kommune.split()[0].lower().replace('ø','oe').replace('æ','ae').replace('å','aa')}/afgoerelser/{i:03d}-afgoerelse-{sub}.{fmt}"
    return doc


def make_minplan(rng: random.Random, i: int, fmt: str, via: str) -> Doc:
    kommune = rng.choice(KOMMUNER)
    ctx = make_ctx(rng, kommune)
    ctx["via"] = via
    ctx["short_name"] = i % 5 == 1
    ctx["hours_one"] = i % 6 == 2
    ctx["vague"] = i % 7 == 3
    ctx["over"] = i % 7 == 5
    if ctx["over"]:
        ctx["end"] = add_months(ctx["start"], 9) - dt.timedelta(days=1)
    if fmt == "docx" or via == "docx":
        ctx["word_fill"] = rng.choice(["sdt", None])
    doc = Doc(path="", kind="minplan", fmt=fmt, layout="table" if fmt != "txt" else "labels",
              subtype="minplan", title="Min Plan – Mentorstøtte", kommune=kommune, header=[], fields=[],
              via=via)
    n_ph = n_placeholders(rng)
    doc.fields = build_fields("minplan", MINPLAN_LABELS, rng, ctx, fmt, n_ph, doc.traits)
    if ctx.get("word_fill"):
        doc.traits.append(f"word-fill:{ctx['word_fill']}")
    doc.header = header_rows(rng, ctx, doc, rng.random() < 0.25, fmt)
    doc.intro = [f"Indsats: Mentorstøtte (LAB § 167) – registreret i Min Plan af {kommune}."]
    durf = next(f for f in doc.fields if f.key == "duration")
    if durf.state in ("ok", "over"):
        doc.period = {"start": ctx["start"].isoformat(), "end": ctx["end"].isoformat()}
    doc.traits.append(f"placeholders:{n_ph}")
    doc.path = f"minplan/{i:03d}-minplan-mentor-{ctx['fn'].lower().replace('ø', 'oe')}.{fmt}"
    return doc


# --------------------------------------------------------------------------------------------
# Rendering


# ---- DOCX

from docx import Document  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402


def _run(text: str, bold=False, color=None):
    r = OxmlElement("w:r")
    if bold or color:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if color:
            c = OxmlElement("w:color")
            c.set(qn("w:val"), color)
            rpr.append(c)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


_sdt_id = [1000]


def _sdt(text: str, placeholder: bool, date: bool = False):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    _sdt_id[0] += 1
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(i)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440" if not date else "DefaultPlaceholder_-1854013437")
    ph.append(dp)
    pr.append(ph)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if date:
        d = OxmlElement("w:date")
        f = OxmlElement("w:dateFormat")
        f.set(qn("w:val"), "dd-MM-yyyy")
        d.append(f)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "da-DK")
        d.append(lid)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = _run(text, color="808080" if placeholder else None)
    if placeholder:
        rpr = r.find(qn("w:rPr"))
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "Pladsholdertekst")
        rpr.insert(0, rs)
    content.append(r)
    sdt.append(content)
    return sdt


def _fld_char(kind: str, ff=False):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    if ff:
        ffd = OxmlElement("w:ffData")
        nm = OxmlElement("w:name")
        nm.set(qn("w:val"), f"Tekst{_sdt_id[0]}")
        ffd.append(nm)
        ffd.append(OxmlElement("w:enabled"))
        cal = OxmlElement("w:calcOnExit")
        cal.set(qn("w:val"), "0")
        ffd.append(cal)
        ffd.append(OxmlElement("w:textInput"))
        fc.append(ffd)
    r.append(fc)
    return r


def _instr(text: str):
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = text
    r.append(it)
    return r


def add_parts(p, parts, bold=False):
    """Append value parts to a python-docx paragraph."""
    el = p._p
    for part in parts:
        if isinstance(part, str):
            el.append(_run(part, bold=bold))
        elif isinstance(part, SDT):
            el.append(_sdt(part.text, False))
        elif isinstance(part, FF):
            _sdt_id[0] += 1
            el.append(_fld_char("begin", ff=True))
            el.append(_instr(" FORMTEXT "))
            el.append(_fld_char("separate"))
            el.append(_run(part.text))
            el.append(_fld_char("end"))
        elif part.shape == "sdt":
            el.append(_sdt(part.text or WORD_PROMPT, True, date=part.text == WORD_PROMPT_DATE))
        elif part.shape == "form":
            _sdt_id[0] += 1
            el.append(_fld_char("begin", ff=True))
            el.append(_instr(" FORMTEXT "))
            el.append(_fld_char("separate"))
            el.append(_run("\u2002" * 5))
            el.append(_fld_char("end"))
        elif part.shape == "merge":
            el.append(_fld_char("begin"))
            el.append(_instr(f' MERGEFIELD {part.text} \\* MERGEFORMAT '))
            el.append(_fld_char("separate"))
            el.append(_run(f"«{part.text}»"))
            el.append(_fld_char("end"))
        else:
            r = _run(part.text)
            rpr = OxmlElement("w:rPr")
            hl = OxmlElement("w:highlight")
            hl.set(qn("w:val"), "yellow")
            rpr.append(hl)
            r.insert(0, rpr)
            el.append(r)


def render_docx(doc: Doc, path: Path, rng: random.Random):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    # letterhead in the page header (as municipal templates do)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = f"{doc.kommune} · Job og Ydelse"
    if doc.kind == "decision":
        for lab, val in doc.header:
            d.add_paragraph(f"{lab}: {val}")
        d.add_heading(doc.title, level=1)
        for item in doc.intro:
            if item == "Begrundelse":
                d.add_heading("Begrundelse", level=2)
            elif isinstance(item, list):
                add_parts(d.add_paragraph(), item)
            else:
                d.add_paragraph(item)
        for f in doc.fields:
            if f.key == "appeal":
                d.add_heading(f.label, level=2)
                add_parts(d.add_paragraph(), f.parts)
        for line in doc.outro:
            d.add_paragraph(line)
        d.save(path)
        return
    d.add_heading(doc.title, level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in doc.header:
        row = t.add_row().cells
        row[0].text = lab
        row[1].text = val
    d.add_paragraph()
    for line in doc.intro:
        d.add_paragraph(line)
    if doc.layout == "table" or doc.kind == "minplan":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for f in doc.fields:
            row = t.add_row().cells
            row[0].paragraphs[0].add_run(f.label).bold = True
            add_parts(row[1].paragraphs[0], f.parts)
            for x in f.extra_lines:
                row[1].add_paragraph("• " + x)
    else:
        for f in doc.fields:
            if doc.layout == "headings":
                d.add_heading(f.label, level=2)
                p = d.add_paragraph()
                add_parts(p, f.parts)
            else:  # numbered: label and value on one line
                p = d.add_paragraph()
                p.add_run(f.label + ": ").bold = True
                add_parts(p, f.parts)
            for x in f.extra_lines:
                d.add_paragraph(x, style="List Bullet")
    d.add_paragraph()
    for line in doc.outro:
        d.add_paragraph(line)
    for head, lines in doc.bilag:
        d.add_page_break()
        d.add_heading(head, level=1)
        for x in lines:
            d.add_paragraph(x, style="List Bullet")
    d.save(path)


# ---- ODT

from odf.opendocument import OpenDocumentText  # noqa: E402
from odf.style import Style, TextProperties, TableColumnProperties  # noqa: E402
from odf import text as otext, table as otable  # noqa: E402


def _odt_add_parts(p, parts):
    for part in parts:
        if isinstance(part, str):
            p.addText(part)
        elif isinstance(part, (SDT, FF)):
            p.addText(part.text)
        elif part.shape == "odtph":
            ph = otext.Placeholder(placeholdertype="text", description=part.text.strip("<>"))
            ph.addText(part.text)
            p.addElement(ph)
        else:
            p.addText(flat([part], "odt"))


def render_odt(doc: Doc, path: Path, rng: random.Random):
    o = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    h1 = Style(name="Heading_20_1", family="paragraph", displayname="Heading 1")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    o.styles.addElement(h1)
    h2 = Style(name="Heading_20_2", family="paragraph", displayname="Heading 2")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    o.styles.addElement(h2)

    def para(parts_or_text):
        p = otext.P()
        if isinstance(parts_or_text, str):
            p.addText(parts_or_text)
        else:
            _odt_add_parts(p, parts_or_text)
        o.text.addElement(p)
        return p

    def heading(t, lvl):
        h = otext.H(outlinelevel=lvl, stylename=h1 if lvl == 1 else h2)
        h.addText(t)
        o.text.addElement(h)

    para(f"{doc.kommune}")
    if doc.kind == "decision":
        for lab, val in doc.header:
            para(f"{lab}: {val}")
        heading(doc.title, 1)
        for item in doc.intro:
            if item == "Begrundelse":
                heading("Begrundelse", 2)
            else:
                para(item)
        for f in doc.fields:
            if f.key == "appeal":
                heading(f.label, 2)
                para(f.parts)
        for line in doc.outro:
            para(line)
        o.save(str(path))
        return
    heading(doc.title, 1)
    for lab, val in doc.header:
        para(f"{lab}: {val}")
    for line in doc.intro:
        para(line)
    if doc.layout == "table":
        tb = otable.Table(name="Aftale")
        tb.addElement(otable.TableColumn(numbercolumnsrepeated=2))
        for f in doc.fields:
            tr = otable.TableRow()
            c1 = otable.TableCell(valuetype="string")
            p1 = otext.P()
            sp = otext.Span(stylename=bold)
            sp.addText(f.label)
            p1.addElement(sp)
            c1.addElement(p1)
            c2 = otable.TableCell(valuetype="string")
            p2 = otext.P()
            _odt_add_parts(p2, f.parts)
            c2.addElement(p2)
            for x in f.extra_lines:
                px = otext.P()
                px.addText("– " + x)
                c2.addElement(px)
            tr.addElement(c1)
            tr.addElement(c2)
            tb.addElement(tr)
        o.text.addElement(tb)
    else:
        for f in doc.fields:
            heading(f.label, 2)
            para(f.parts)
            if f.extra_lines:
                lst = otext.List()
                for x in f.extra_lines:
                    li = otext.ListItem()
                    pp = otext.P()
                    pp.addText(x)
                    li.addElement(pp)
                    lst.addElement(li)
                o.text.addElement(lst)
    for line in doc.outro:
        para(line)
    for head, lines in doc.bilag:
        heading(head, 1)
        for x in lines:
            para("– " + x)
    o.save(str(path))


# ---- TXT

def render_txt(doc: Doc, path: Path, rng: random.Random):
    L = [doc.kommune.upper(), ""]
    if doc.kind == "decision":
        for lab, val in doc.header:
            L.append(f"{lab}: {val}")
        L += ["", doc.title.upper(), ""]
        for item in doc.intro:
            L.append(flat(item, "txt") if isinstance(item, list) else item)
            L.append("")
        for f in doc.fields:
            if f.key == "appeal":
                L += [f.label, flat(f.parts, "txt"), ""]
        L += doc.outro
    else:
        L += [doc.title, "=" * len(doc.title), ""]
        for lab, val in doc.header:
            L.append(f"{lab}: {val}")
        L.append("")
        L += doc.intro + [""]
        for f in doc.fields:
            v = flat(f.parts, "txt")
            if doc.layout == "headings":
                L += [f.label, v] if v else [f.label]
            else:
                L.append(f"{f.label}: {v}".rstrip())
            for x in f.extra_lines:
                L.append(f"  - {x}")
            L.append("")
        L += doc.outro
        for head, lines in doc.bilag:
            L += ["", head, ""] + [f"- {x}" for x in lines]
    enc = "cp1252" if "cp1252" in doc.traits else "utf-8"
    nl = "\r\n" if enc == "cp1252" else "\n"
    path.write_bytes((nl.join(L) + nl).encode(enc))


# ---- HTML

def render_html(doc: Doc, path: Path, rng: random.Random):
    e = html.escape
    H = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
         f"<title>{e(doc.title)}</title>",
         "<style>td.lbl{font-weight:bold;width:30%} .ph{color:#888}</style>",
         "<script>window.caseSystem={module:'mentor',autosave:true};</script></head><body>",
         f'<div class="topbar"><span class="org">{e(doc.kommune)}</span></div>',
         '<div class="content">', f"<h1>{e(doc.title)}</h1>"]

    def val_html(parts):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(e(p))
            elif isinstance(p, (SDT, FF)):
                out.append(e(p.text))
            else:
                out.append(f'<span class="ph">{e(flat([p], "html"))}</span>')
        return "".join(out)

    if doc.kind == "decision":
        H.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in doc.header) + "</dl>")
        for item in doc.intro:
            if item == "Begrundelse":
                H.append("<h2>Begrundelse</h2>")
            else:
                H.append(f"<p>{val_html(item) if isinstance(item, list) else e(item)}</p>")
        for f in doc.fields:
            if f.key == "appeal":
                H.append(f"<h2>{e(f.label)}</h2><p>{val_html(f.parts)}</p>")
        H.append("<p>" + "<br>".join(e(x) for x in doc.outro) + "</p>")
    else:
        H.append('<table class="meta">' + "".join(
            f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in doc.header) + "</table>")
        H += [f"<p>{e(x)}</p>" for x in doc.intro]
        if doc.layout == "dl":
            H.append('<dl class="fields">')
            for f in doc.fields:
                extra = ("<ul>" + "".join(f"<li>{e(x)}</li>" for x in f.extra_lines) + "</ul>") if f.extra_lines else ""
                H.append(f"<dt>{e(f.label)}</dt><dd>{val_html(f.parts)}{extra}</dd>")
            H.append("</dl>")
        else:
            H.append('<table class="fields" border="1">')
            for f in doc.fields:
                extra = ("<ul>" + "".join(f"<li>{e(x)}</li>" for x in f.extra_lines) + "</ul>") if f.extra_lines else ""
                H.append(f'<tr><td class="lbl">{e(f.label)}</td><td>{val_html(f.parts)}{extra}</td></tr>')
            H.append("</table>")
        if doc.kind == "agreement":
            H.append("<p>" + "<br>".join(e(x) for x in doc.outro) + "</p>")
        for head, lines in doc.bilag:
            H.append(f"<h2>{e(head)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in lines) + "</ul>")
    H += ["</div>", f'<div class="footer">Udskrevet fra fagsystemet · {e(doc.kommune)}</div>',
          "</body></html>"]
    path.write_text("\n".join(H) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------


def manifest_entry(doc: Doc) -> dict:
    e = {"path": doc.path, "kind": doc.kind, "format": doc.fmt, "layout": doc.layout,
         "subtype": doc.subtype, "rules": doc.rules(), "extras": sorted(doc.extras), "error": None,
         "accept_errors": [], "must_not_contain": doc.must_not_contain,
         "traits": sorted(set(doc.traits + ([f"via:{doc.via}"] if doc.via else [])))}
    if doc.period:
        e["period"] = doc.period
    return e


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    rng = random.Random(SEED)
    docs = plan(rng)
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pdf_jobs: list[tuple[Path, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="bf_src_"))
    for n, doc in enumerate(docs):
        target = out / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        r = random.Random(SEED + n)
        if doc.fmt == "docx":
            render_docx(doc, target, r)
        elif doc.fmt == "odt":
            render_odt(doc, target, r)
        elif doc.fmt == "txt":
            render_txt(doc, target, r)
        elif doc.fmt == "html":
            render_html(doc, target, r)
        elif doc.fmt == "pdf":
            src = tmp / f"{n:03d}.{doc.via}"
            (render_docx if doc.via == "docx" else render_odt)(doc, src, r)
            pdf_jobs.append((src, target))
    if pdf_jobs:
        pdfdir = tmp / "pdf"
        pdfdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bf_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(pdfdir)] + [str(s) for s, _ in pdf_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, target in pdf_jobs:
            shutil.move(str(pdfdir / (src.stem + ".pdf")), target)
    shutil.rmtree(tmp)
    path = out / "EXPECTED.jsonl"
    lines = [json.dumps(manifest_entry(d), ensure_ascii=False, sort_keys=True)
             for d in sorted(docs, key=lambda d: d.path)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(docs)} documents written to {out}")


if __name__ == "__main__":
    main()
