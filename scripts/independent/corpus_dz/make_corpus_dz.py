"""Independent corpus dz: mentor documents whose fields sit in tables of every shape.

Written from /work/shared/domain.md, the seeds and the rule docs only (see NOTES.md).
Deterministic (fixed seed).  Usage:  python make_corpus_dz.py --out /work/corpora/dz
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SEED = 20261130
R = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Vocabulary (written for this corpus)
# --------------------------------------------------------------------------------------------
KOMMUNER = ["Viborg", "Holbæk", "Silkeborg", "Næstved", "Svendborg", "Hjørring", "Faxe", "Ikast-Brande",
            "Vejle", "Slagelse", "Frederikssund", "Varde", "Thisted", "Kolding", "Ringsted"]
PROVIDERS = ["Jobhuset ApS", "MentorKompagniet", "Bro til Job I/S", "Kompas Mentorservice", "Trin for Trin ApS",
             "Nordlys Mentor", "Ungeindsatsen", "Team Mentor", "Ressourcecentret"]
FIRST = ["Lars", "Mette", "Sara", "Jonas", "Birgitte", "Ahmed", "Louise", "Henrik", "Camilla", "Rasmus",
         "Fatima", "Kirsten", "Mads", "Signe", "Peter", "Nadia", "Torben", "Line"]
LAST = ["Østergaard", "Nielsen", "Mikkelsen", "Kristiansen", "Holm", "Bach", "Lund", "Dahl", "Krogh",
        "Thomsen", "Jakobsen", "Vestergaard", "Poulsen", "Svendsen", "Møller"]
CITIZEN = ["Anna", "Mikkel", "Yasmin", "Oliver", "Emma", "Ali", "Freja", "Noah", "Ida", "Karim", "Julie",
           "Tobias", "Sofie", "Hassan", "Maja", "Victor"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]

GOALS_CLEAR = [
    "{c} starter på SOSU-hjælperuddannelsen i Viborg 1. august 2026 og møder mindst fire dage om ugen.",
    "{c} er i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni 2026, med henblik på løntilskud.",
    "{c} gennemfører FVU-dansk trin 2 på VUC og søger optagelse på HF til sommer.",
    "{c} har et ordinært job med 20 timer om ugen inden for lager og logistik ved periodens udløb.",
    "At {c} fastholder sit fleksjob på 12 timer om ugen hos Bauhaus med højst én sygedag om måneden.",
    "{c} påbegynder EUD grundforløb 1 (tømrer) i januar 2027 og møder stabilt på FGU indtil da.",
    "{c} kommer i løntilskud som pedelmedhjælper 25 timer om ugen inden 1. oktober 2026.",
    "Fast tilknytning til arbejdsmarkedet: {c} er ansat 30 timer om ugen i rengøring senest december 2026.",
    "{c} gennemfører AMU-kurset truckcertifikat B og starter i praktik hos DSV bagefter.",
    "{c} fastholder sin STU og er i praktik to dage om ugen i kantinen på Rådhuset.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Øget selvværd og bedre struktur i hverdagen.",
    "Hjælp til at få styr på tingene.",
    "Sikre at {c} får det bedre.",
    "{c} skal arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Motivere {c}.",
]
TASKS = [
    "Følge {c} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
    "Hjælpe med struktur i hverdagen, post i e-Boks og kontakt til læge; følge {c} til samtaler på skolen.",
    "Støtte ved opstart på uddannelsen, lektiehjælp og kontakt til studievejleder.",
    "Træne busturen til arbejdspladsen, tale med arbejdsgiver om skånehensyn, opfølgning på sygefravær.",
    "Morgenopkald de dage {c} har praktik; hjælp til at søge SU og bolig nær skolen.",
    "Samtaler om mestring af angst i praktikken; følges ind de første dage; kontakt til jobkonsulent.",
]
FOLLOWUPS = [
    "Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før ophør.",
    "Vi følger op hver 3. uge. Delmål: fremmøde fire dage om ugen fra maj.",
    "Mentor sender skriftlig status hver måned; progression måles på fremmøde og timetal i praktikken.",
    "Opfølgningssamtale efter 6 uger og igen 14 dage inden forløbet slutter.",
    "Evaluering hver anden måned på baggrund af delmålene i Min Plan.",
]
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen genvurderer "
    "afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen til {k} Kommune, Jobcenter, inden 4 uger efter du har modtaget den. Vi "
    "genvurderer sagen, og fastholder vi afgørelsen, sender vi din klage til Ankestyrelsen (LAB § 204).",
    "Klagefrist: 4 uger. Klagen sendes til {k} Kommune, som genvurderer afgørelsen. Hvis vi fastholder "
    "afgørelsen, videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_WRONG = [
    "Du kan klage til Ankestyrelsen inden 4 uger efter modtagelsen af denne aftale.",
    "Klage skal sendes direkte til Ankestyrelsen, 7998 Statsservice, inden fire uger.",
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen.",
    "Er du uenig, kan du kontakte din sagsbehandler.",
]


def pick(xs):
    return R.choice(xs)


def phone():
    return " ".join(f"{R.randint(20, 99)}" for _ in range(4))


def cpr():
    d = dt.date(1970, 1, 1) + dt.timedelta(days=R.randint(0, 12000))
    return f"{d:%d%m%y}-{R.randint(1000, 9999)}"


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d:%d.%m.%Y}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return dt.date(y, mo, min(d.day, last))


# --------------------------------------------------------------------------------------------
# A case: the fields of one document and its expected findings
# --------------------------------------------------------------------------------------------
REQUIRED = {
    "agreement": ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"],
    "minplan": ["goal", "mentor", "tasks", "duration", "hours"],
}
RULE_OF = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
           "duration": "missing-duration", "follow": "missing-follow-up", "hours": "missing-hours",
           "appeal": "missing-appeal-guidance"}


def make_case(kind: str, defects: list[str]) -> dict:
    c = pick(CITIZEN)
    k = pick(KOMMUNER)
    mf, ml = pick(FIRST), pick(LAST)
    start = dt.date(2026, R.randint(1, 9), pick([1, 1, 1, 15, 4, 10]))
    months = R.randint(3, 6)
    if "over6" in defects:
        months = R.randint(7, 12)
    end = add_months(start, months) - dt.timedelta(days=1)
    if "over6-by-day" in defects:
        end = add_months(start, 6)
    ds = R.randint(0, 2)
    email = f"{mf.lower()}.{ml.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}@" \
        f"{pick(['jobhuset.dk', 'mentorkompagniet.dk', 'kompasmentor.dk', 'trinfortrin.dk'])}"
    case = {
        "c": c, "k": k, "mentor_name": f"{mf} {ml}", "mentor_first": mf, "phone": phone(), "email": email,
        "provider": pick(PROVIDERS), "start": start, "end": end, "ds": ds,
        "goal": (pick(GOALS_UNCLEAR) if "unclear" in defects else pick(GOALS_CLEAR)).format(c=c),
        "tasks": pick(TASKS).format(c=c),
        "follow": pick(FOLLOWUPS),
        "hours_n": pick(["3", "2", "4", "1½", "5", "2-3"]),
        "hours_unit": pick(["timer pr. uge", "timer ugentligt", "t/uge", "timer om ugen"]),
        "appeal": (pick(APPEAL_WRONG) if "wrong-route" in defects else
                   pick(APPEAL_INCOMPLETE) if "appeal-incomplete" in defects else pick(APPEAL_OK)).format(k=k),
        "cpr": cpr() if R.random() < 0.27 else None,
        "case_no": f"{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)}-G01-{R.randint(100, 9999)}-26",
        "sagsbeh": f"{pick(FIRST)} {pick(LAST)}", "sagsbeh_phone": phone(),
        "defects": defects, "kind": kind,
    }
    if "vague-hours" in defects:
        case["hours_n"], case["hours_unit"] = "", pick(["Efter behov", "Løbende efter aftale", "Et par timer om ugen"])
    rules = set()
    for d in defects:
        if d.startswith("missing:") or d.startswith("placeholder:"):
            rules.add(RULE_OF[d.split(":")[1]])
    if "unclear" in defects:
        rules.add("unclear-goal")
    if "over6" in defects or "over6-by-day" in defects:
        rules.add("duration-over-6-months")
    if "vague-hours" in defects:
        rules.add("missing-hours")
    if "appeal-incomplete" in defects:
        rules.add("missing-appeal-guidance")
    extras = set()
    if "wrong-route" in defects:
        extras.add("appeal-wrong-route")
    if kind == "minplan":
        rules -= {"missing-follow-up", "missing-appeal-guidance"}
        extras.discard("appeal-wrong-route")
    case["rules"], case["extras"] = sorted(rules), sorted(extras)
    return case


def period_text(cs) -> str:
    s, e, ds = cs["start"], cs["end"], cs["ds"]
    return pick([f"{fmt_date(s, ds)} – {fmt_date(e, ds)}", f"{fmt_date(s, ds)} til {fmt_date(e, ds)}",
                 f"Fra {fmt_date(s, ds)} til og med {fmt_date(e, ds)}"])


def hours_text(cs) -> str:
    if not cs["hours_n"]:
        return cs["hours_unit"]
    return f"{cs['hours_n']} {cs['hours_unit']}"


def absent(cs, f) -> bool:
    return f"missing:{f}" in cs["defects"]


def val(cs, f, text):
    """Value of a field, or its placeholder when the case asks for one."""
    if f"placeholder:{f}" in cs["defects"]:
        return cs.setdefault("_ph_" + f, pick(["-", "", "Udfyldes senere", "xx", "…"]))
    return text


# --------------------------------------------------------------------------------------------
# Intermediate representation: blocks
#   ("title", text) ("h", text) ("p", text) ("pb",) ("table", rows, opts)
#   cell = str | {"t": str, "rs": n, "cs": n, "b": bold, "nested": (rows, opts)}
# --------------------------------------------------------------------------------------------

def C(t="", rs=1, cs=1, b=False, nested=None):
    return {"t": t, "rs": rs, "cs": cs, "b": b, "nested": nested}


def norm(cell):
    return cell if isinstance(cell, dict) else C(cell)


def grid(rows):
    """Expand HTML-like spans into a matrix: entries are (cell, 'top'|'cont-v'|'cont-h')."""
    mat: dict[tuple[int, int], tuple] = {}
    ncols = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            cell = norm(cell)
            while (r, c) in mat:
                c += 1
            for dr in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    mat[(r + dr, c + dc)] = (cell, "top" if dr == dc == 0 else ("cont-v" if dc == 0 else "cont-h"))
            c += cell["cs"]
            ncols = max(ncols, c)
    nrows = max(r for r, _ in mat) + 1
    return nrows, ncols, mat


def header_block(cs, title):
    bl = [("title", title)]
    meta = [[C("Borger", b=True), cs["c"] + " " + pick(LAST)]]
    if cs["cpr"]:
        meta.append([C("CPR-nr.", b=True), cs["cpr"]])
    meta.append([C("Sagsnr.", b=True), cs["case_no"]])
    meta.append([C("Sagsbehandler", b=True), f"{cs['sagsbeh']}, {cs['k']} Kommune, tlf. {cs['sagsbeh_phone']}"])
    bl.append(("table", meta, {"borders": R.random() < 0.5}))
    return bl


def mentor_text(cs):
    return f"{cs['mentor_name']}, {cs['provider']}, tlf. {cs['phone']}, {cs['email']}"


def field_items(cs):
    """(field, label variants, value) in document order."""
    kind = cs["kind"]
    items = [
        ("goal", ["Mål", "Målet med mentorstøtten", "Formål", "Borgerens mål", "Mål for forløbet"], cs["goal"]),
        ("mentor", ["Mentor", "Mentors navn og kontaktdata", "Mentor (navn, tlf., mail)", "Kontaktperson/mentor"],
         mentor_text(cs)),
        ("tasks", ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?"], cs["tasks"]),
        ("duration", ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"], period_text(cs)),
        ("hours", ["Timetal", "Timer", "Antal timer", "Omfang"], hours_text(cs)),
    ]
    if kind == "agreement":
        items.insert(4, ("follow", ["Opfølgning", "Opfølgning og progression", "Evaluering"], cs["follow"]))
        items.append(("appeal", ["Klagevejledning", "Klagemulighed", "Hvis du vil klage"], cs["appeal"]))
    out = []
    for f, labels, v in items:
        if absent(cs, f):
            continue
        out.append((f, pick(labels), val(cs, f, v)))
    return out


def title_for(cs):
    if cs["kind"] == "agreement":
        return pick(["Aftale om mentorstøtte", "Mentoraftale (LAB § 167)", "Aftale om mentorforløb",
                     "Skriftlig aftale om mentorstøtte"])
    return pick(["Min Plan – Mentorstøtte", "Min Plan: indsats mentorstøtte", "Udskrift af Min Plan"])


# ---- shapes ---------------------------------------------------------------------------------

def shape_labelvalue(cs, opts):
    rows = [[C(lbl, b=True), v] for _, lbl, v in field_items(cs)]
    return [("table", rows, opts)]


def shape_labelvalue_emptyrows(cs, opts):
    rows = []
    for _, lbl, v in field_items(cs):
        rows.append([C(lbl, b=True), v])
        if R.random() < 0.4:
            rows.append(["", ""])
    rows.append([C("Bemærkninger", b=True), "-"])
    rows.append([C("Bilag", b=True), "Ingen"])
    return [("table", rows, opts)]


def shape_header_grid(cs, opts):
    items = field_items(cs)
    first = [i for i in items if i[0] in ("goal", "mentor", "tasks")]
    rest = [i for i in items if i[0] not in ("goal", "mentor", "tasks")]
    bl = []
    if first:
        bl.append(("table", [[C(l, b=True) for _, l, _ in first], [v for _, _, v in first]], opts))
    # period grid for duration + hours
    dur = [i for i in rest if i[0] == "duration"]
    hrs = [i for i in rest if i[0] == "hours"]
    if dur or hrs:
        hdr, vals = [], []
        if dur:
            ph = "placeholder:duration" in cs["defects"]
            hdr += [C("Fra", b=True), C("Til", b=True)]
            vals += [dur[0][2], dur[0][2]] if ph else [fmt_date(cs["start"], cs["ds"]), fmt_date(cs["end"], cs["ds"])]
        if hrs:
            hdr.append(C(pick(["Timer pr. uge", "Timer", "Timetal"]), b=True))
            v = hrs[0][2]
            if cs["hours_n"] and v == hours_text(cs):
                v = cs["hours_n"] if "uge" in hdr[-1]["t"] else v
            vals.append(v)
        bl.append(("table", [hdr, vals], opts))
    for f, l, v in rest:
        if f in ("duration", "hours"):
            continue
        bl.append(("h", l))
        bl.append(("p", v if v else "-"))
    return bl



def shape_transposed(cs, opts):
    items = field_items(cs)
    half = (len(items) + 1) // 2
    bl = []
    for chunk in (items[:half], items[half:]):
        if chunk:
            bl.append(("table", [[C(l, b=True) for _, l, _ in chunk], [v for _, _, v in chunk]], opts))
    return bl


def shape_merged(cs, opts):
    """Three columns; the mentor and period labels span several value rows."""
    rows = []
    for f, l, v in field_items(cs):
        if f == "mentor" and v == mentor_text(cs):
            rows.append([C(l, rs=3, b=True), "Navn", f"{cs['mentor_name']} ({cs['provider']})"])
            rows.append(["Telefon", cs["phone"]])
            rows.append(["E-mail", cs["email"]])
        elif f == "duration" and "placeholder:duration" not in cs["defects"]:
            rows.append([C(l, rs=2, b=True), "Startdato", fmt_date(cs["start"], cs["ds"])])
            rows.append(["Slutdato", fmt_date(cs["end"], cs["ds"])])
        else:
            rows.append([C(l, b=True), C(v, cs=2)])
    return [("table", rows, opts)]


def shape_nested(cs, opts):
    items = field_items(cs)
    rows = []
    for f, l, v in items:
        if f == "mentor" and v == mentor_text(cs):
            inner = [["Navn", cs["mentor_name"]], ["Firma", cs["provider"]], ["Tlf.", cs["phone"]],
                     ["Mail", cs["email"]]]
            rows.append([C(l, b=True), C("", nested=(inner, {"borders": True}))])
        elif f == "hours" and cs["hours_n"] and v == hours_text(cs):
            inner = [[C("Uge", b=True), C("Timer", b=True)], ["Uge 1-4", cs["hours_n"]],
                     ["Resten af perioden", cs["hours_n"]]]
            rows.append([C(l, b=True), C(f"{v}, fordelt sådan:", nested=(inner, {"borders": True}))])
        else:
            rows.append([C(l, b=True), v])
    outer = [[C(title_for(cs) + " – oplysninger", cs=2, b=True)]] + rows
    return [("table", outer, opts)]


def shape_split(cs, opts):
    """Long label/value table broken over a page, with a repeated header row."""
    items = field_items(cs)
    cut = R.randint(2, max(2, len(items) - 2))
    hdr = [C("Punkt", b=True), C("Indhold", b=True)]
    bl = [("table", [hdr] + [[C(l, b=True), v] for _, l, v in items[:cut]], dict(opts, header=True)),
          ("pb",),
          ("p", "(fortsat fra forrige side)"),
          ("table", [hdr] + [[C(l, b=True), v] for _, l, v in items[cut:]], dict(opts, header=True))]
    return bl


def shape_bilag(cs, opts):
    """Task cell says 'Se bilag 1'; the bilag is attached at the end."""
    rows, bilag = [], None
    for f, l, v in field_items(cs):
        if f == "tasks" and v == cs["tasks"]:
            rows.append([C(l, b=True), "Se bilag 1"])
            bilag = v
        else:
            rows.append([C(l, b=True), v])
    bl = [("table", rows, opts)]
    if bilag:
        bl += [("pb",), ("h", "Bilag 1: Mentorens opgaver"), ("p", bilag)]
    return bl


SHAPES = {"labelvalue": shape_labelvalue, "emptyrows": shape_labelvalue_emptyrows,
          "header-grid": shape_header_grid, "transposed": shape_transposed, "merged": shape_merged,
          "nested": shape_nested, "split": shape_split, "bilag": shape_bilag}


def build_doc(cs, shape, borders):
    bl = header_block(cs, title_for(cs))
    if cs["kind"] == "agreement":
        bl.append(("p", pick([f"Denne aftale er indgået mellem {cs['c']}, {cs['k']} Kommune og mentor.",
                              "Aftalen er lavet på baggrund af afgørelse om mentorstøtte efter LAB § 167.",
                              "Nedenfor står, hvad vi har aftalt om dit mentorforløb."])))
    else:
        bl.append(("p", pick(["Indsats: Mentorstøtte (LAB § 167)", "Aktivitet: Mentor",
                              "Denne del af din plan handler om mentorstøtte."])))
    body = SHAPES[shape](cs, {"borders": borders})
    cut = next((i for i, b in enumerate(body) if b[0] == "pb" and shape == "bilag"), len(body))
    bl += body[:cut]
    if cs["kind"] == "agreement":
        bl.append(("p", "Underskrifter:"))
        bl.append(("table", [["Borger", "Mentor", "Kommunen"], ["____________", "____________", "____________"]],
                   {"borders": False}))
    return bl + body[cut:]


# --------------------------------------------------------------------------------------------
# Decision letters and documents that are none of the kinds
# --------------------------------------------------------------------------------------------

def decision_doc(cs, variant, borders):
    k = cs["k"]
    bl = [("p", f"{k} Kommune · Jobcenter · {pick(['Torvet 1', 'Rådhuspladsen 4', 'Jernbanegade 12'])}"),
          ("p", f"Dato: {fmt_date(dt.date(2026, R.randint(1, 9), R.randint(1, 28)), 0)}"),
          ("title", pick(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Afgørelse: mentorstøtte efter LAB § 167"]))]
    meta = [[C("Navn", b=True), cs["c"] + " " + pick(LAST)], [C("Sagsnr.", b=True), cs["case_no"]]]
    if cs["cpr"]:
        meta.insert(1, [C("CPR-nr.", b=True), cs["cpr"]])
    bl.append(("table", meta, {"borders": borders}))
    if variant == "afslag":
        bl.append(("p", f"Du har søgt om mentorstøtte. Du får afslag på din ansøgning."))
    else:
        bl.append(("p", f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167."))
        grid_rows = [[C("Bevilget fra", b=True), C("Bevilget til", b=True), C("Timer pr. uge", b=True), C("Mentor", b=True)],
                     [fmt_date(cs["start"], cs["ds"]), fmt_date(cs["end"], cs["ds"]), cs["hours_n"] or "3",
                      f"{cs['mentor_name']}, {cs['provider']}"]]
        if variant == "transposed":
            grid_rows = [list(x) for x in zip(*grid_rows)]
        bl.append(("table", grid_rows, {"borders": borders}))
    if "no-reasons" not in cs["defects"]:
        bl.append(("h", "Begrundelse"))
        if variant == "afslag":
            bl.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på din uddannelse, "
                            "og at mentorstøtte efter LAB § 167 ikke kan gives til det samme behov."))
        else:
            bl.append(("p", "Vi har lagt vægt på, at du har brug for støtte for at kunne fastholde din praktik, jf. LAB § 167, stk. 1."))
    if "missing:appeal" not in cs["defects"]:
        bl.append(("h", "Klagevejledning"))
        bl.append(("p", cs["appeal"]))
    bl.append(("p", f"Med venlig hilsen\n{cs['sagsbeh']}\nJobcenter {k}, tlf. {cs['sagsbeh_phone']}"))
    return bl


def unknown_doc(sub, borders):
    mf, ml = pick(FIRST), pick(LAST)
    c = pick(CITIZEN)
    prov = pick(PROVIDERS)
    if sub == "timeseddel":
        rows = [[C(h, b=True) for h in ("Dato", "Fra", "Til", "Timer", "Aktivitet")]]
        d = dt.date(2026, R.randint(2, 9), 2)
        tot = 0.0
        for i in range(R.randint(6, 12)):
            h = pick([1, 1.5, 2, 2.5])
            tot += h
            rows.append([fmt_date(d + dt.timedelta(days=3 * i), 1), "09:00", f"{9 + int(h)}:{'30' if h % 1 else '00'}",
                         str(h).replace(".", ","), pick(["Samtale", "Følgeskab til praktik", "Møde på jobcentret", "Telefonopfølgning", "-"])])
        rows.append([C("I alt", cs=3, b=True), C(str(tot).replace(".", ","), b=True), ""])
        return [("title", "Timeseddel – mentortimer"), ("table", [[C("Mentor", b=True), f"{mf} {ml}, {prov}"],
                [C("Borger (initialer)", b=True), c[0] + "." + pick(LAST)[0] + "."], [C("Måned", b=True), MONTHS[d.month - 1] + " 2026"]],
                {"borders": borders}), ("table", rows, {"borders": borders, "header": True}),
                ("p", "Attesteret af mentor: ____________   Godkendt af jobcentret: ____________")]
    if sub == "faktura":
        n = R.randint(8, 30)
        rows = [[C(h, b=True) for h in ("Beskrivelse", "Antal", "Enhed", "Pris", "Beløb")],
                [f"Mentortimer, sag {R.randint(1000, 9999)}, {MONTHS[R.randint(0, 11)]} 2026", str(n), "timer", "475,00", f"{n * 475:.2f}".replace(".", ",")],
                ["Kørsel", str(R.randint(20, 200)), "km", "3,79", "-"],
                [C("Subtotal", cs=4, b=True), f"{n * 475:.2f}".replace(".", ",")],
                [C("Moms 25 %", cs=4), f"{n * 475 * .25:.2f}".replace(".", ",")]]
        return [("title", f"Faktura nr. {R.randint(2026001, 2026999)}"),
                ("p", f"{prov} · CVR {R.randint(10000000, 99999999)} · Bank: reg. 1234 konto 5678901"),
                ("table", [[C("Kunde", b=True), f"{pick(KOMMUNER)} Kommune, Jobcentret, EAN 5798000{R.randint(100000, 999999)}"],
                           [C("Fakturadato", b=True), fmt_date(dt.date(2026, R.randint(1, 10), R.randint(1, 28)), 1)],
                           [C("Betalingsbetingelser", b=True), "Netto 30 dage"]], {"borders": borders}),
                ("table", rows, {"borders": borders, "header": True}),
                ("p", f"Spørgsmål til fakturaen: {mf} {ml}, tlf. {phone()}")]
    if sub == "aktivitetsoversigt":
        days = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]
        rows = [[C("Tid", b=True)] + [C(d, b=True) for d in days]]
        for t in ("09-10", "10-12", "12-12.30", "12.30-14"):
            rows.append([t] + [pick(["Værksted", "Køkken", "Motion", "Jobsøgning", "Frokost", "Mentorsamtale", "-", "Oprydning"]) for _ in days])
        return [("title", f"Aktivitetsoversigt uge {R.randint(2, 50)} – {prov}"),
                ("p", "Oversigten gælder for alle deltagere på holdet. Ændringer meldes på tavlen."),
                ("table", rows, {"borders": borders, "header": True}),
                ("p", f"Kontakt: {mf} {ml}, tlf. {phone()}")]
    if sub == "statusrapport":
        rows = [[C("Emne", b=True), C("Status", b=True)],
                ["Fremmøde", f"{c} er mødt {R.randint(5, 12)} af {R.randint(12, 14)} gange."],
                ["Mål fra aftalen", "Praktik i butik – der arbejdes fortsat hen imod det."],
                ["Hvad har mentor lavet", "Samtaler, følgeskab til tandlæge, hjælp til jobcenterets portal."],
                ["Timer brugt i perioden", f"{R.randint(10, 30)} timer"],
                ["Anbefaling", "Forløbet fortsætter uændret."]]
        return [("title", "Statusrapport fra mentor"), ("p", f"Udarbejdet af {mf} {ml}, {prov}, til sagsbehandler."),
                ("table", rows, {"borders": borders, "header": True})]
    if sub == "referat":
        rows = [[C(h, b=True) for h in ("Punkt", "Drøftelse", "Ansvarlig", "Frist")],
                ["1. Godkendelse af dagsorden", "Godkendt", "-", "-"],
                ["2. Nye mentorforløb", f"{R.randint(3, 9)} nye forløb siden sidst; ventetid ca. 2 uger.", f"{mf}", fmt_date(dt.date(2026, 10, 1), 1)],
                ["3. Timeregistrering", "Alle skal bruge den nye timeseddel fra 1. november.", pick(FIRST), "Løbende"],
                ["4. Eventuelt", "Julefrokost 12. december.", "-", "-"]]
        return [("title", "Referat af teammøde – mentorteamet"), ("p", f"Til stede: {mf}, {pick(FIRST)}, {pick(FIRST)}. Afbud: {pick(FIRST)}."),
                ("table", rows, {"borders": borders, "header": True})]
    if sub == "privat-mentoraftale":
        rows = [[C("Mentor", b=True), f"{mf} {ml} (træner), tlf. {phone()}"],
                [C("Mål", b=True), f"{c} bliver en del af holdet og kommer til træning to gange om ugen."],
                [C("Opgaver", b=True), "Hente og bringe de første uger; snak efter træning."],
                [C("Periode", b=True), "Sæsonen 2026/27"], [C("Timer", b=True), "ca. 2 timer om ugen"]]
        return [("title", f"Mentoraftale – {pick(['Boldklubben Fremad', 'Svømmeklubben Delfinen', 'Friskolen ved Åen'])}"),
                ("p", "Klubbens frivillige mentorordning for nye medlemmer. Aftalen er ikke en kommunal ydelse."),
                ("table", rows, {"borders": borders})]
    raise ValueError(sub)


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

def render_html(blocks, borders_css=True) -> str:
    def table(rows, opts):
        border = ' border="1"' if opts.get("borders") else ""
        st = "border-collapse:collapse" if opts.get("borders") else "border:none"
        out = [f'<table{border} style="{st};width:100%" cellpadding="4">']
        for i, row in enumerate(rows):
            out.append("<tr>")
            for cell in row:
                cell = norm(cell)
                tag = "th" if (opts.get("header") and i == 0) else "td"
                attrs = (f' rowspan="{cell["rs"]}"' if cell["rs"] > 1 else "") + (f' colspan="{cell["cs"]}"' if cell["cs"] > 1 else "")
                txt = escape(cell["t"]).replace("\n", "<br>")
                if cell["b"]:
                    txt = f"<strong>{txt}</strong>"
                if cell["nested"]:
                    txt += table(*cell["nested"])
                out.append(f"<{tag}{attrs} valign=\"top\">{txt}</{tag}>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)
    body = []
    for b in blocks:
        if b[0] == "title":
            body.append(f"<h1>{escape(b[1])}</h1>")
        elif b[0] == "h":
            body.append(f"<h3>{escape(b[1])}</h3>")
        elif b[0] == "p":
            body.append("<p>" + escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "pb":
            body.append('<div style="page-break-after:always"></div>')
        elif b[0] == "table":
            body.append(table(b[1], b[2]) + "<p></p>")
    style = "body{font-family:Arial,sans-serif;font-size:11pt;margin:2cm} td,th{text-align:left}" + \
        (" table[border] td, table[border] th{border:1px solid #444}" if borders_css else "")
    return f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Dokument</title><style>{style}</style></head><body>{"".join(body)}</body></html>'


def _docx_borders_off(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def render_docx(blocks, path):
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()

    def fill(container_table, rows, opts):
        n, m, mat = grid(rows)
        for (r, c), (cell, state) in mat.items():
            if state != "top":
                continue
            tc = container_table.cell(r, c)
            if cell["rs"] > 1 or cell["cs"] > 1:
                tc = tc.merge(container_table.cell(r + cell["rs"] - 1, c + cell["cs"] - 1))
            p = tc.paragraphs[0]
            run = p.add_run(cell["t"])
            run.bold = cell["b"]
            if cell["nested"]:
                nr, nc, _ = grid(cell["nested"][0])
                inner = tc.add_table(rows=nr, cols=nc)
                inner.style = "Table Grid"
                fill(inner, *cell["nested"])
                tc.add_paragraph("")

    for b in blocks:
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            d.add_heading(b[1], level=3)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b[0] == "table":
            n, m, _ = grid(b[1])
            t = d.add_table(rows=n, cols=m)
            if b[2].get("borders"):
                t.style = "Table Grid"
            else:
                _docx_borders_off(t)
            fill(t, b[1], b[2])
            d.add_paragraph("")
    d.core_properties.author = "Jobcenter"
    d.save(path)


def render_docx_raw(blocks, path):
    """WordprocessingML written by hand: gridSpan, vMerge, nested w:tbl, tblHeader, no style part."""
    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        parts = escape(t).split("\n")
        return "<w:r>" + rpr + "<w:br/>".join(f'<w:t xml:space="preserve">{p}</w:t>' for p in parts) + "</w:r>"

    def para(t, bold=False, size=None):
        ppr = f'<w:pPr><w:spacing w:after="120"/></w:pPr>'
        if size:
            return f'<w:p>{ppr}<w:r><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        return f"<w:p>{ppr}{run(t, bold)}</w:p>"

    def tbl(rows, opts):
        n, m, mat = grid(rows)
        bval = "single" if opts.get("borders") else "none"
        borders = "".join(f'<w:{s} w:val="{bval}" w:sz="4" w:space="0" w:color="000000"/>'
                          for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        w = 9000 // m
        x = [f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>',
             "<w:tblGrid>" + f'<w:gridCol w:w="{w}"/>' * m + "</w:tblGrid>"]
        for r in range(n):
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if (opts.get("header") and r == 0) else ""
            x.append(f"<w:tr>{trpr}")
            c = 0
            while c < m:
                cell, state = mat.get((r, c), (C(""), "top"))
                span = cell["cs"]
                tcpr = f'<w:tcW w:w="{w * span}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
                if state == "cont-v":
                    x.append(f'<w:tc><w:tcPr>{tcpr}<w:vMerge/></w:tcPr><w:p/></w:tc>')
                else:
                    vm = '<w:vMerge w:val="restart"/>' if cell["rs"] > 1 else ""
                    inner = tbl(*cell["nested"]) if cell["nested"] else ""
                    x.append(f"<w:tc><w:tcPr>{tcpr}{vm}</w:tcPr>{para(cell['t'], cell['b'])}{inner}"
                             + ("<w:p/>" if inner else "") + "</w:tc>")
                c += span
            x.append("</w:tr>")
        x.append("</w:tbl>")
        return "".join(x)

    body = []
    for b in blocks:
        if b[0] == "title":
            body.append(para(b[1], size=32))
        elif b[0] == "h":
            body.append(para(b[1], bold=True))
        elif b[0] == "p":
            body.append(para(b[1]))
        elif b[0] == "pb":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif b[0] == "table":
            body.append(tbl(b[1], b[2]) + "<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           "</w:sectPr></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableCellProperties, TextProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import H, P, Span, LineBreak

    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    cb = Style(name="CB", family="table-cell")
    cb.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    cn = Style(name="CN", family="table-cell")
    cn.addElement(TableCellProperties(border="none", padding="0.1cm"))
    doc.automaticstyles.addElement(cb)
    doc.automaticstyles.addElement(cn)
    pb = Style(name="PB", family="paragraph")
    from odf.style import ParagraphProperties
    pb.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(pb)
    counter = [0]

    def ptext(t, b=False, style=None):
        p = P(stylename=style) if style else P()
        lines = t.split("\n")
        for i, ln in enumerate(lines):
            if i:
                p.addElement(LineBreak())
            if b:
                p.addElement(Span(stylename=bold, text=ln))
            else:
                p.addText(ln)
        return p

    def tbl(rows, opts):
        counter[0] += 1
        n, m, mat = grid(rows)
        t = Table(name=f"Tabel{counter[0]}")
        t.addElement(TableColumn(numbercolumnsrepeated=m))
        st = cb if opts.get("borders") else cn
        for r in range(n):
            tr = TableRow()
            for c in range(m):
                cell, state = mat.get((r, c), (C(""), "top"))
                if state != "top":
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {"stylename": st, "valuetype": "string"}
                if cell["rs"] > 1:
                    kw["numberrowsspanned"] = cell["rs"]
                if cell["cs"] > 1:
                    kw["numbercolumnsspanned"] = cell["cs"]
                tc = TableCell(**kw)
                tc.addElement(ptext(cell["t"], cell["b"]))
                if cell["nested"]:
                    tc.addElement(tbl(*cell["nested"]))
                tr.addElement(tc)
            t.addElement(tr)
        return t

    next_pb = False
    for b in blocks:
        if b[0] == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=3, text=b[1]))
        elif b[0] == "p":
            doc.text.addElement(ptext(b[1], style=pb if next_pb else None))
            next_pb = False
        elif b[0] == "pb":
            next_pb = True
        elif b[0] == "table":
            doc.text.addElement(tbl(b[1], b[2]))
            doc.text.addElement(P())
    doc.save(str(path))


def render_reportlab(blocks, path, borders_drawn: bool):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    for fam, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")):
        if fam not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(fam, f"/usr/share/fonts/truetype/dejavu/{f}"))
    ss = getSampleStyleSheet()
    body = ss["BodyText"].clone("b", fontName="DV", fontSize=9.5, leading=12)
    bodyb = body.clone("bb", fontName="DVB")
    h1 = ss["Heading1"].clone("h1", fontName="DVB")
    h3 = ss["Heading3"].clone("h3", fontName="DVB")

    def tbl(rows, opts, width):
        n, m, mat = grid(rows)
        data = [["" for _ in range(m)] for _ in range(n)]
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), "DV")]
        for (r, c), (cell, state) in mat.items():
            if state != "top":
                continue
            fl = [Paragraph(escape(cell["t"]).replace("\n", "<br/>"), bodyb if cell["b"] else body)]
            if cell["nested"]:
                fl.append(tbl(*cell["nested"], width * cell["cs"] / m - 12))
            data[r][c] = fl
            if cell["rs"] > 1 or cell["cs"] > 1:
                style.append(("SPAN", (c, r), (c + cell["cs"] - 1, r + cell["rs"] - 1)))
        if opts.get("borders") and borders_drawn:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        cw = [width * 0.3] + [width * 0.7 / (m - 1)] * (m - 1) if m > 1 and m <= 3 else [width / m] * m
        return Table(data, colWidths=cw, style=TableStyle(style), repeatRows=1 if opts.get("header") else 0)

    story = []
    W = A4[0] - 4 * cm
    for b in blocks:
        if b[0] == "title":
            story.append(Paragraph(escape(b[1]), h1))
        elif b[0] == "h":
            story.append(Paragraph(escape(b[1]), h3))
        elif b[0] == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), body))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif b[0] == "table":
            story.append(tbl(b[1], b[2], W))
            story.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                      title="Dokument", author="Jobcenter", invariant=1).build(story)


# --------------------------------------------------------------------------------------------
# Plan of the corpus
# --------------------------------------------------------------------------------------------
FORMAT_COUNTS = {"docx": 22, "docx-raw": 12, "odt": 14, "html": 14, "pdf-lo": 12, "pdf-chromium": 10,
                 "pdf-rl-grid": 9, "pdf-rl-noborder": 7}
FORMATS = [f for f, n in FORMAT_COUNTS.items() for _ in range(n)]
random.Random(SEED + 1).shuffle(FORMATS)

AGREEMENT_DEFECTS = [
    [], [], [], [], ["missing:hours"], ["placeholder:goal"], ["missing:mentor"], ["placeholder:tasks"],
    ["missing:follow"], ["over6"], ["over6-by-day"], ["unclear"], ["vague-hours"], ["appeal-incomplete"],
    ["missing:appeal"], ["wrong-route"], ["placeholder:duration"], ["missing:tasks", "missing:follow"],
    ["placeholder:hours"], ["unclear", "missing:appeal"], [], ["missing:duration"], [],
]
MINPLAN_DEFECTS = [[], [], [], ["missing:hours"], ["placeholder:mentor"], ["unclear"], ["over6"],
                   ["missing:tasks"], ["placeholder:goal"], ["vague-hours"], [], ["missing:duration"]]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    jobs = []  # (relpath, blocks, fmt, entry)
    shapes = list(SHAPES)
    n = 0
    # agreements: 46
    for i in range(46):
        defects = AGREEMENT_DEFECTS[i % len(AGREEMENT_DEFECTS)]
        cs = make_case("agreement", list(defects))
        shape = shapes[i % len(shapes)]
        fmt = FORMATS[len(jobs)]
        borders = R.random() < 0.6 if fmt != "pdf-rl-noborder" else True
        jobs.append((f"aftaler/{i:03d}-{shape}", build_doc(cs, shape, borders), fmt,
                     dict(kind="agreement", subtype="agreement", layout=shape, case=cs, borders=borders)))
    # Min Plan entries: 22
    for i in range(22):
        defects = MINPLAN_DEFECTS[i % len(MINPLAN_DEFECTS)]
        cs = make_case("minplan", list(defects))
        shape = shapes[(i * 3 + 1) % len(shapes)]
        fmt = FORMATS[len(jobs)]
        borders = R.random() < 0.5
        jobs.append((f"minplan/{i:03d}-{shape}", build_doc(cs, shape, borders), fmt,
                     dict(kind="minplan", subtype="minplan", layout=shape, case=cs, borders=borders)))
    # decisions: 14
    dec_specs = [([], "grid"), ([], "transposed"), (["missing:appeal"], "grid"), (["over6"], "grid"),
                 (["appeal-incomplete"], "transposed"), (["wrong-route"], "grid"), ([], "afslag"),
                 (["no-reasons"], "afslag"), ([], "grid"), (["over6"], "transposed"), ([], "afslag"),
                 (["no-reasons"], "afslag"), (["missing:appeal"], "transposed"), ([], "grid")]
    for i, (defects, variant) in enumerate(dec_specs):
        cs = make_case("decision", list(defects))
        rules = [r for r in cs["rules"] if r in ("missing-appeal-guidance", "duration-over-6-months")]
        extras = list(cs["extras"])
        if "no-reasons" in defects and variant == "afslag":
            extras.append("missing-reasons")
        if variant == "afslag":
            rules = [r for r in rules if r != "duration-over-6-months"]
        cs["rules"], cs["extras"] = sorted(rules), sorted(extras)
        fmt = FORMATS[len(jobs)]
        borders = R.random() < 0.5
        jobs.append((f"afgoerelser/{i:03d}-{variant}", decision_doc(cs, variant, borders), fmt,
                     dict(kind="decision", subtype="decision-" + variant, layout="table-" + variant, case=cs, borders=borders)))
    # none of the kinds: 18
    subs = ["timeseddel", "faktura", "aktivitetsoversigt", "statusrapport", "referat", "privat-mentoraftale"]
    for i in range(18):
        sub = subs[i % len(subs)]
        fmt = FORMATS[len(jobs)]
        borders = R.random() < 0.5
        jobs.append((f"andet/{i:03d}-{sub}", unknown_doc(sub, borders), fmt,
                     dict(kind="unknown", subtype=sub, layout="table", case=None, borders=borders)))

    entries = []
    lo_jobs, chrome_jobs = [], []
    tmp = Path(tempfile.mkdtemp(prefix="dz_"))
    for rel, blocks, fmt, meta in jobs:
        ext = {"docx": "docx", "docx-raw": "docx", "odt": "odt", "html": "html"}.get(fmt, "pdf")
        path = out / f"{rel}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(blocks, path)
        elif fmt == "docx-raw":
            render_docx_raw(blocks, path)
        elif fmt == "odt":
            render_odt(blocks, path)
        elif fmt == "html":
            path.write_text(render_html(blocks), encoding="utf-8")
        elif fmt == "pdf-lo":
            src = tmp / (rel.replace("/", "__") + (".odt" if R.random() < 0.5 else ".docx"))
            (render_odt if src.suffix == ".odt" else render_docx)(blocks, src)
            lo_jobs.append((src, path))
        elif fmt == "pdf-chromium":
            chrome_jobs.append((render_html(blocks), path))
        elif fmt == "pdf-rl-grid":
            render_reportlab(blocks, path, True)
        elif fmt == "pdf-rl-noborder":
            render_reportlab(blocks, path, False)
        cs = meta["case"]
        traits = [f"shape:{meta['layout']}", f"maker:{fmt}", "borders" if meta["borders"] and fmt != "pdf-rl-noborder" else "no-borders"]
        must = []
        if cs is not None:
            traits += [f"defect:{d}" for d in cs["defects"]]
            if cs["cpr"]:
                traits.append("cpr")
                must.append(cs["cpr"])
            rules, extras = cs["rules"], cs["extras"]
        else:
            traits.append("not-a-mentor-document-kind")
            rules, extras = [], []
        e = {"path": str(path.relative_to(out)), "format": ext, "kind": meta["kind"], "subtype": meta["subtype"],
             "layout": meta["layout"], "rules": rules, "extras": extras, "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": traits}
        if cs is not None and meta["kind"] != "unknown" and meta["layout"] != "table-afslag" \
                and "missing:duration" not in cs["defects"] and "placeholder:duration" not in cs["defects"]:
            e["period"] = {"start": cs["start"].isoformat(), "end": cs["end"].isoformat()}
        entries.append(e)

    if lo_jobs:
        outdir = tmp / "pdf"
        outdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dz_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s, _ in lo_jobs],
                       check=True, capture_output=True, timeout=900)
        for src, dst in lo_jobs:
            shutil.move(str(outdir / (src.stem + ".pdf")), dst)
    if chrome_jobs:
        asyncio.run(_chromium(chrome_jobs))
    shutil.rmtree(tmp, ignore_errors=True)

    from importlib import util
    spec = util.spec_from_file_location("manifest", "/work/main/tools/corpusgen/src/corpusgen/corpus/manifest.py")
    man = util.module_from_spec(spec)
    spec.loader.exec_module(man)
    man.write_manifest(out, entries)
    print(f"wrote {len(entries)} documents to {out}")


async def _chromium(jobs):
    from playwright.async_api import async_playwright
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path="/usr/bin/chromium")
        page = await b.new_page()
        for html, dst in jobs:
            await page.set_content(html)
            await page.pdf(path=str(dst), format="A4", margin={"top": "1.5cm", "bottom": "1.5cm"})
        await b.close()


if __name__ == "__main__":
    main()
