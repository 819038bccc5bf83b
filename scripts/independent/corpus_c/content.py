"""Content (persons, field values, labels) and field->block layouts for corpus C."""
import datetime as dt
import unicodedata

from pools import *  # noqa

FIELDS = ["goal", "mentor", "tasks", "duration", "followup", "hours", "appeal"]
RULE_OF = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
           "duration": "missing-duration", "followup": "missing-follow-up", "hours": "missing-hours",
           "appeal": "missing-appeal-guidance"}

LABELS = {
    "plain": {"goal": ["Mål", "Formål", "Mål for mentorstøtten", "Målsætning"],
              "mentor": ["Mentor", "Mentor (navn og kontakt)", "Kontaktperson/mentor"],
              "tasks": ["Opgaver", "Indsatsområder", "Mentoropgaver"],
              "duration": ["Periode", "Varighed", "Bevilget periode", "Aftaleperiode"],
              "followup": ["Opfølgning", "Opfølgning og evaluering", "Evaluering"],
              "hours": ["Timer", "Timetal", "Antal timer", "Timeantal"],
              "appeal": ["Klagevejledning", "Klageadgang"]},
    "inflected": {"goal": ["Borgerens mål", "Målet med mentorstøtten", "Forløbets hovedformål", "Målene for forløbet"],
                  "mentor": ["Mentors kontaktdata", "Mentorens navn og kontaktoplysninger", "Din mentors kontaktoplysninger", "Mentorens kontaktdata"],
                  "tasks": ["Mentorens opgaver", "Mentorstøttens indhold", "Mentors opgaver i forløbet"],
                  "duration": ["Aftalens varighed", "Støttens varighed", "Forløbets periode"],
                  "followup": ["Opfølgningen på forløbet", "Evalueringen af progressionen", "Statusmødernes indhold"],
                  "hours": ["Mentortimernes omfang", "Støttens timetal", "Ugentligt timetal"],
                  "appeal": ["Vejledning om klage", "Klagemuligheder"]},
    "question": {"goal": ["Hvad er målet?", "Hvad vil vi opnå?", "Hvad skal mentorstøtten føre til?"],
                 "mentor": ["Hvem er din mentor?", "Hvem er mentor, og hvordan får du fat i mentor?"],
                 "tasks": ["Hvad skal mentor hjælpe med?", "Hvad skal I arbejde med?"],
                 "duration": ["Hvor længe?", "Hvor længe varer forløbet?"],
                 "followup": ["Hvordan følger vi op?", "Hvordan ved vi, om det går godt?"],
                 "hours": ["Hvor meget tid?", "Hvor mange timer om ugen?"],
                 "appeal": ["Hvad kan du gøre, hvis du er uenig?", "Vil du klage?"]},
    "invented": {"goal": ["Det arbejder vi hen imod", "Retning", "Målet i én sætning"],
                 "mentor": ["Sådan fanger du din mentor", "Din faste person", "Mentoroplysninger"],
                 "tasks": ["Det gør mentor", "Mentorens rolle", "Støtten består i"],
                 "duration": ["Tidsplan", "Forløbets længde", "Start og slut"],
                 "followup": ["Sådan holder vi kontakten", "Status undervejs", "Sådan måler vi fremskridt"],
                 "hours": ["Tid til mentor", "Omfang", "Mentortid"],
                 "appeal": ["Er du uenig?", "Dine rettigheder", "Sådan klager du"]},
    "english": {"goal": ["Goal", "Aim of the mentor support", "Objective"],
                "mentor": ["Mentor (name and contact)", "Your mentor", "Mentor contact details"],
                "tasks": ["Mentor's tasks", "What the mentor will help with", "Tasks"],
                "duration": ["Period", "Duration", "Dates"],
                "followup": ["Follow-up", "Follow-up and evaluation", "Progress reviews"],
                "hours": ["Hours", "Number of hours", "Time"],
                "appeal": ["How to appeal", "Right to complain", "Appeals"]},
    "bilingual": {"goal": ["Mål / Goal", "Formål / Purpose"],
                  "mentor": ["Mentor / Mentor", "Mentors kontaktdata / Mentor contact"],
                  "tasks": ["Opgaver / Tasks", "Mentorens opgaver / Mentor's tasks"],
                  "duration": ["Periode / Period", "Varighed / Duration"],
                  "followup": ["Opfølgning / Follow-up"],
                  "hours": ["Timer / Hours", "Timetal / Hours per week"],
                  "appeal": ["Klagevejledning / How to appeal"]},
}


def slug(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def phone(rng, style=None):
    d = [rng.choice("2345678")] + [rng.choice("0123456789") for _ in range(7)]
    n = "".join(d)
    style = style or rng.choice(["pairs", "pairs", "quads", "plus", "plain"])
    if style == "pairs":
        return " ".join(n[i:i + 2] for i in range(0, 8, 2))
    if style == "quads":
        return n[:4] + " " + n[4:]
    if style == "plus":
        return "+45 " + " ".join(n[i:i + 2] for i in range(0, 8, 2))
    return n


def cpr(rng, dashed=True):
    y = rng.randint(1960, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    tail = f"{rng.randint(0, 9999):04d}"
    base = f"{d:02d}{m:02d}{y % 100:02d}"
    return f"{base}-{tail}" if dashed else base + tail


class Person:
    def __init__(self, rng, domain=None, female=None):
        female = rng.random() < 0.5 if female is None else female
        self.first = rng.choice(FIRST_F if female else FIRST_M)
        self.last = rng.choice(LAST)
        if rng.random() < 0.2:
            self.last = rng.choice(LAST) + "-" + self.last if rng.random() < 0.5 else self.last
        self.name = f"{self.first} {self.last}"
        self.phone = phone(rng)
        dom = domain or rng.choice(["gmail.com", "hotmail.com", "outlook.dk"])
        local = rng.choice([f"{self.first}.{self.last}", f"{self.first[:3]}{self.last[:2]}", f"{self.first}{self.last[0]}"])
        self.email = slug(local).replace("-", ".") + "@" + dom


class Ctx:
    def __init__(self, rng, start_year=2026):
        self.rng = rng
        self.kom, self.by, self.addr = rng.choice(KOMMUNER)
        self.komslug = slug(self.kom)
        self.citizen = Person(rng)
        self.cw = Person(rng, domain=self.komslug + ".dk")
        self.firm, fdom = rng.choice(FIRMS)
        self.mentor = Person(rng, domain=fdom or (self.komslug + ".dk"))
        self.school = rng.choice(SCHOOLS)
        self.company = rng.choice(COMPANIES)
        self.cpr = cpr(rng, dashed=rng.random() < 0.7) if rng.random() < 0.35 else None
        m = rng.randint(1, 10)
        day = rng.choice([1, 1, 1, 15, 2, 9, 16, 3])
        self.start = dt.date(start_year, m, day)
        self.docdate = self.start - dt.timedelta(days=rng.randint(3, 20))
        self.sagsnr = f"{rng.randint(10,99)}.{rng.randint(10,99)}.{rng.randint(10,99)}-{rng.choice('GKPA')}{rng.randint(10,99)}-{rng.randint(1,9999)}-{26}"
        self.jc_phone = phone(rng, "pairs")

    def fmt(self, s):
        return s.format(fn=self.citizen.first, school=self.school, company=self.company, kommune=self.kom,
                        addr=self.addr, by=self.by, mfn=self.mentor.first)


# ---------------------------------------------------------------------------------------- period text

def make_period(rng, start, over, lang="da"):
    """Return (text, start, end). over=True -> > 6 months."""
    if lang == "en":
        if over:
            months = rng.choice([8, 9, 12])
            end = add_months(start, months) - dt.timedelta(days=1)
        else:
            months = rng.choice([3, 4, 6])
            end = add_months(start, months) - dt.timedelta(days=1)
        return f"{fmt_date(start, 'en')} to {fmt_date(end, 'en')}", start, end
    kind = rng.choice(["range", "range", "range", "len", "weeks"] if not over else ["range", "range", "len", "edge"])
    if kind == "weeks":
        w = rng.choice([26, 13, 20, 16])
        end = start + dt.timedelta(days=7 * w - 1)
        if w == 26:  # "26 uger" is read as six months (brief): record the 6-month end
            end = six_month_end(start)
        st = rng.choice(["long", "dot0", "slashdash"])
        return rng.choice([f"{w} uger fra {fmt_date(start, st)}", f"{w} uger med start {fmt_date(start, st)}"]), start, end
    if kind == "len":
        if over:
            months = rng.choice([7, 8, 9, 12])
        else:
            months = rng.choice([3, 4, 5, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        word = {3: "3 måneder", 4: "fire måneder", 5: "5 mdr.", 6: rng.choice(["6 måneder", "seks måneder", "et halvt år"]),
                7: "7 måneder", 8: "8 måneder", 9: "9 mdr.", 12: rng.choice(["12 måneder", "et år"])}[months]
        st = rng.choice(["long", "den", "dot0", "slash"])
        return rng.choice([f"{word} fra {fmt_date(start, st)}", f"pr. {fmt_date(start, st)} i {word}",
                           f"fra {fmt_date(start, st)} og {word} frem"]), start, end
    if kind == "edge":
        end = add_months(start, 6)  # one day too long
    elif over:
        end = add_months(start, rng.choice([7, 8, 9, 10, 12])) - dt.timedelta(days=1)
    else:
        end = add_months(start, rng.choice([2, 3, 4, 5, 6, 6, 6])) - dt.timedelta(days=1)
    st = rng.choice(["long", "long", "dot0", "dot", "slashdash", "abbr", "iso", "dash0", "slash"])
    a, b = fmt_date(start, st), fmt_date(end, st)
    tmpl = rng.choice(["{a} – {b}", "{a} - {b}", "fra {a} til {b}", "f.o.m. {a} t.o.m. {b}", "{a} til og med {b}",
                       "fra og med {a} til og med {b}", "{a}–{b}"])
    return tmpl.format(a=a, b=b), start, end


# ------------------------------------------------------------------------------------- field values

class FieldSet:
    """Values for the seven agreement fields. A value is a dict or None (= omitted).
    dict keys: paras [str], items [str], lead str, placeholder bool, extra..."""

    def __init__(self):
        self.v = {}
        self.period = None
        self.notes = []


def build_fields(ctx, rng, defects, lang="da", missing_style=None, mentor_missing_mode=None):
    """defects: set of rule names. Returns FieldSet."""
    fs = FieldSet()
    en = lang == "en"
    # goal
    if "missing-goal" in defects:
        fs.v["goal"] = _missing(rng, missing_style)
    else:
        pool = (GOALS_UNCLEAR_EN if en else GOALS_UNCLEAR) if "unclear-goal" in defects else (GOALS_CLEAR_EN if en else GOALS_CLEAR)
        fs.v["goal"] = {"paras": [ctx.fmt(rng.choice(pool))]}
    # mentor
    m = ctx.mentor
    if "missing-mentor" in defects:
        mode = mentor_missing_mode or rng.choice(["omit", "placeholder", "name-only", "name-only"])
        if mode == "name-only":
            fs.v["mentor"] = {"paras": [rng.choice([f"{m.name}, {ctx.firm}", f"{m.name}", f"{m.name} ({ctx.firm})"])],
                              "nameonly": True}
            fs.notes.append("mentor-name-without-contact")
        elif mode == "placeholder":
            fs.v["mentor"] = _missing(rng, "placeholder")
        else:
            fs.v["mentor"] = None
    else:
        style = rng.randint(0, 4)
        if en:
            lines = [f"{m.name}, {ctx.firm}", f"Phone: {m.phone}", f"E-mail: {m.email}"]
        elif style == 0:
            lines = [f"{m.name}, {ctx.firm}", f"Tlf. {m.phone}", f"Mail: {m.email}"]
        elif style == 1:
            lines = [f"{m.name} – telefon {m.phone}"]
        elif style == 2:
            lines = [f"Navn: {m.name}", f"Firma: {ctx.firm}", f"Mobil: {m.phone}"]
        elif style == 3:
            lines = [f"{m.name} ({ctx.firm}), e-mail {m.email}"]
        else:
            lines = [f"{m.name}", f"{m.phone} / {m.email}"]
        fs.v["mentor"] = {"paras": lines, "lines": True}
    # tasks
    if "missing-tasks" in defects:
        fs.v["tasks"] = _missing(rng, missing_style)
    else:
        pool = TASKS_EN if en else TASKS
        k = rng.randint(2, 4)
        items = [ctx.fmt(t) for t in rng.sample(pool, k)]
        lead = None
        if not en and rng.random() < 0.35:
            lead = f"{m.first} skal hjælpe dig med:"
        elif en and rng.random() < 0.3:
            lead = f"{m.first} will help you with:"
        fs.v["tasks"] = {"items": items, "lead": lead}
    # duration
    if "missing-duration" in defects:
        fs.v["duration"] = _missing(rng, missing_style)
    else:
        text, s, e = make_period(rng, ctx.start, "duration-over-6-months" in defects, lang)
        fs.v["duration"] = {"paras": [text]}
        fs.period = (s, e)
    # follow-up
    if "missing-follow-up" in defects:
        fs.v["followup"] = _missing(rng, missing_style)
    else:
        fs.v["followup"] = {"paras": [ctx.fmt(rng.choice(FOLLOWUPS_EN if en else FOLLOWUPS))]}
    # hours
    if "missing-hours" in defects:
        mode = rng.choice(["omit", "placeholder", "vague", "vague"]) if missing_style is None else missing_style
        if mode == "vague" and not en:
            fs.v["hours"] = {"paras": [rng.choice(HOURS_VAGUE).capitalize() + "."], "vague": True}
            fs.notes.append("vague-hours")
        else:
            fs.v["hours"] = _missing(rng, mode if mode != "vague" else "omit")
    else:
        h = rng.choice(HOURS_OK_EN if en else HOURS_OK)
        after = "" if en else rng.choice(HOURS_FOLLOW)
        txt = h[0].upper() + h[1:] + "." + ((" " + after) if after else "")
        fs.v["hours"] = {"paras": [txt], "figure": h}
        if "efter aftale" in after:
            fs.notes.append("efter-aftale-after-figure")
    # appeal
    if "missing-appeal-guidance" in defects:
        fs.v["appeal"] = None if rng.random() < 0.8 else _missing(rng, "placeholder")
    else:
        pool = APPEAL_OK_EN if en else APPEAL_OK
        fs.v["appeal"] = {"paras": [ctx.fmt(rng.choice(pool))]}
    return fs


def _missing(rng, style):
    if style == "omit":
        return None
    if style == "placeholder" or (style is None and rng.random() < 0.45):
        return {"paras": [rng.choice(PLACEHOLDERS)], "placeholder": True}
    return None


def label_for(rng, key, style, ctx=None, fs=None):
    if key == "tasks" and fs is not None and fs.v.get("tasks") and fs.v["tasks"].get("lead") and rng.random() < 0.5:
        lead = fs.v["tasks"]["lead"]
        fs.v["tasks"] = dict(fs.v["tasks"], lead=None)
        return lead
    return rng.choice(LABELS[style][key])


def value_blocks(val, key, as_segs=None):
    """Blocks for a field value (p/ul)."""
    if val is None:
        return []
    out = []
    if val.get("lead"):
        out.append(("p", val["lead"]))
    for p in val.get("paras", []):
        out.append(("p", p))
    if val.get("items"):
        out.append(("ul", list(val["items"])))
    return out


def value_text(val, sep="; "):
    if val is None:
        return ""
    parts = []
    if val.get("lead"):
        parts.append(val["lead"])
    parts += val.get("paras", [])
    if val.get("items"):
        parts.append(sep.join(val["items"]))
    return " ".join(parts) if not val.get("lines") else ", ".join(parts)


# ----------------------------------------------------------------------------------------- layouts

def field_pairs(ctx, rng, fs, keys, style, order=None):
    """List of (key, label, value) for present-or-placeholder fields, in order."""
    order = order or list(keys)
    pairs = []
    for k in order:
        if k not in keys:
            continue
        val = fs.v.get(k)
        lab = label_for(rng, k, style, ctx, fs)
        if val is None:
            continue
        pairs.append((k, lab, val))
    return pairs


def layout_table(pairs, intro_row=None):
    rows = []
    if intro_row:
        rows.append([[("p", [("b", intro_row[0])])], [("p", intro_row[1])]])
    for k, lab, val in pairs:
        rows.append([[("p", [("b", lab)])], value_blocks(val, k) if not val.get("placeholder") or val["paras"][0] else []])
    return [("table", rows, False)]


def layout_header_table(pairs):
    hdr = [[("p", [("b", lab)])] for k, lab, v in pairs]
    row = [value_blocks(v, k) for k, lab, v in pairs]
    return [("table", [hdr, row], True)]


def layout_headings(pairs, level=2):
    out = []
    for k, lab, val in pairs:
        out.append(("h", level, lab))
        vb = value_blocks(val, k)
        out += vb if vb else [("p", "")]
    return out


def layout_labels(pairs, bold=True):
    """'Label: value' paragraphs; list values under the label."""
    out = []
    for k, lab, val in pairs:
        sep = " " if lab.endswith((":", "?")) else ": "
        if val.get("items") or (val.get("lines") and len(val["paras"]) > 1):
            out.append(("p", [("b", lab.rstrip(":") + ":")] if bold else lab.rstrip(":") + ":"))
            out += value_blocks(val, k)
        else:
            lab2 = lab if lab.endswith((":", "?")) else lab
            out.append(("p", ([("b", lab2 + sep.rstrip() )] if bold else [("t", lab2 + sep.rstrip())]) + [("t", " " + value_text(val))]))
    return out


def layout_numbered(pairs):
    items = []
    for k, lab, val in pairs:
        sep = " " if lab.endswith((":", "?")) else ": "
        items.append(lab + sep + value_text(val))
    return [("ol", items)]
