"""Agreement families: English translation (aen), bilingual (abi), international firm form (afirm),
easy-read (aeasy), youth conversation (ayouth), Word boxes/controls (abox)."""
from __future__ import annotations

from gl_common import fmt_da, fmt_en, DA_MONTHS, EN_MONTHS, PLACES_DA, EDU_DA
from gl_content import pick


def _cpr_line_en(c):
    return f"CPR no.: {c['cpr']}" if c["cpr"] else None


# ------------------------------------------------------------------ AEN: municipality's English translation

def aen(c, F, v):
    k = c["kommune"]
    B = []
    title = pick(["Agreement on mentor support (English translation)",
                  "Mentor Support Agreement – translation of “Aftale om mentorstøtte”",
                  "Written agreement on mentor support – Active Employment Act § 167"], v)
    B.append(("small", f"{k} · Jobs and Benefits · {c['town']} · www.{c['kdom']}"))
    B.append(("title", title))
    B.append(("p", "This is a translation for your information. The Danish version of the agreement is the legally valid one."
              if v % 2 == 0 else "The municipality has translated your agreement into English. If the two versions differ, the Danish text applies."))
    info = [("Name", c["full"])]
    if c["cpr"]:
        info.append(("CPR no.", c["cpr"]))
    info += [("Case no.", c["sagsnr"]), ("Caseworker", f"{c['cw']}, phone {c['cwphone']}, {c['cwemail']}"),
             ("Date", fmt_en(c["letter"]))]
    goal, tasks, hours, fol, app = F.goal("en"), F.tasks("en"), F.hours("en"), F.follow("en"), F.appeal("en")
    ment = F.mentor_en()
    per = F.period_en("uk" if v % 3 else "dots")
    if v % 2 == 0:
        B.append(("kv", info))
        rows = []
        if goal is not None:
            rows.append(("1. Goal of the mentor support", goal))
        if ment is not None:
            rows.append(("2. Your mentor – name and contact details", ment))
        if tasks is not None:
            rows.append(("3. What your mentor will help you with", "\n".join("– " + t for t in tasks)))
        if per is not None:
            rows.append(("4. Duration of the agreement", per))
        if fol is not None:
            rows.append(("Follow-up and progress", fol))
        if hours is not None:
            rows.append(("5. Number of hours", hours))
        B.append(("h", "The agreement", 2))
        B.append(("kv", rows))
    else:
        B.append(("p", "\n".join(f"{a}: {b}" for a, b in info)))
        B.append(("p", f"Dear {c['fn']},\nYou have been granted mentor support under section 167 of the Danish Active Employment Act. "
                       "Below you can read what we have agreed."))
        if goal is not None:
            B += [("h", "Your goal", 2), ("p", goal)]
        if ment is not None:
            B += [("h", "Your mentor", 2), ("p", ment)]
        if tasks is not None:
            B += [("h", "Your mentor's tasks", 2), ("list", tasks)]
        if per is not None or hours is not None:
            B.append(("h", "Period and hours", 2))
            if per is not None:
                B.append(("p", f"Period: {per}"))
            if hours is not None:
                B.append(("p", f"Hours: {hours}"))
        if fol is not None:
            B += [("h", "Follow-up", 2), ("p", fol)]
    if app is not None:
        B += [("h", pick(["How to complain", "If you disagree – your right to complain", "Appeal guidance (klagevejledning)"], v), 2), ("p", app)]
    B.append(("sig", f"Signatures\n\n________________________          ________________________          ________________________\n"
                     f"{c['full']}                    {c['mentor'] if F.mentor() not in (None, 'tba') else 'Mentor'}                    {c['cw']}, {k}"))
    return dict(blocks=B, title=title, lang="en", layout="en-translation-" + ("table" if v % 2 == 0 else "letter"))


# ------------------------------------------------------------------ ABI: bilingual Danish/English

def abi(c, F, v):
    k = c["kommune"]
    B = []
    title = pick(["Aftale om mentorstøtte / Agreement on mentor support",
                  "Mentoraftale – Mentor agreement",
                  "Skriftlig aftale om mentorstøtte (LAB § 167) · Written agreement on mentor support"], v)
    B.append(("small", f"{k} – Beskæftigelse / Employment"))
    B.append(("title", title))
    B.append(("p", f"Borger / Citizen: {c['full']}" + (f"\nCPR-nr. / CPR no.: {c['cpr']}" if c['cpr'] else "") +
              f"\nSagsnr. / Case no.: {c['sagsnr']}\nDato / Date: {fmt_da(c['letter'], 'dots')}"))
    goal_da, goal_en = F.goal("da"), F.goal("en")
    t_da, t_en = F.tasks("da"), F.tasks("en")
    h_da, h_en = F.hours("da"), F.hours("en")
    f_da, f_en = F.follow("da"), F.follow("en")
    a_da, a_en = F.appeal("da"), F.appeal("en")
    m_da = F.mentor_da()
    per = F.period_da("dots", " – ")
    per_en = None if per is None else (per if per != "indtil videre" else "indtil videre / until further notice")
    if per == "indtil videre":
        per = per_en
    if v % 3 == 0:
        rows = [["", "Dansk", "English"]]
        if goal_da is not None:
            rows.append(["Mål / Goal", goal_da, goal_en])
        if m_da is not None:
            rows.append(["Mentor", m_da, F.mentor_en()])
        if t_da is not None:
            rows.append(["Opgaver / Tasks", "\n".join("• " + t for t in t_da), "\n".join("• " + t for t in t_en)])
        if per is not None:
            rows.append(["Periode / Period", per, per])
        if h_da is not None:
            rows.append(["Timetal / Hours", h_da, h_en])
        if f_da is not None:
            rows.append(["Opfølgning / Follow-up", f_da, f_en])
        B.append(("table", rows, True))
    else:
        rows = []
        if goal_da is not None:
            rows.append(("Målet med mentorstøtten / The goal", f"{goal_da}\n{goal_en}"))
        if m_da is not None:
            rows.append(("Mentorens navn og kontaktdata / Your mentor", m_da))
        if t_da is not None:
            rows.append(("Mentorens opgaver / What your mentor will help with",
                         "\n".join(f"• {a} / {b}" for a, b in zip(t_da, t_en))))
        if per is not None:
            rows.append(("Varighed / Duration", per))
        if h_da is not None:
            rows.append(("Timer / Hours", h_da if h_da == h_en else f"{h_da} / {h_en}"))
        if f_da is not None:
            rows.append(("Opfølgning og progression / Follow-up and progress", f"{f_da}\n{f_en}"))
        B.append(("kv", rows))
    if a_da is not None:
        B += [("h", "Klagevejledning / How to complain", 2), ("p", a_da), ("p", a_en)]
    B.append(("p", "Underskrifter / Signatures"))
    B.append(("table", [["Borger / Citizen", "Mentor", "Kommunen / Municipality"], ["", "", ""]], True))
    return dict(blocks=B, title=title, lang="da", layout="bilingual-" + ("3col" if v % 3 == 0 else "kv"))


# ------------------------------------------------------------------ AFIRM: international mentor firm's own form

def afirm(c, F, v):
    B = []
    title = pick(["Mentoring Agreement", "Mentee Agreement & Action Plan", "Participant Agreement – Mentor Programme"], v)
    lh = [c["firm"], f"CVR {30000000 + (c['place'] * 7919) % 9999999}", f"Tel. {c['fphone']} · info@{c['fdom']}", f"www.{c['fdom']}"]
    B.append(("title", title))
    B.append(("p", f"Referred by: {c['kommune']} (mentor support, Active Employment Act § 167)\nReferral ref.: {c['sagsnr']}"))
    B.append(("h", "1. Participant", 2))
    B.append(("kv", [("Name", c["full"])] + ([("CPR", c["cpr"])] if c["cpr"] else []) +
              [("Caseworker", f"{c['cw']} ({c['kommune']})")]))
    m = F.mentor()
    if m is not None:
        B.append(("h", "2. Your mentor", 2))
        if m == "tba":
            B.append(("p", "Your mentor will be assigned by our team coordinator after the intake meeting."))
        else:
            B.append(("kv", [("Mentor", m["name"]), ("Mobile", m.get("phone", "")), ("E-mail", m.get("email", ""))]
                      if "phone" in m else [("Mentor", m["name"])]))
    goal = F.goal("en")
    if goal is not None:
        B += [("h", "3. Objective", 2), ("p", goal)]
    tasks = F.tasks("en")
    if tasks is not None:
        B += [("h", "4. Mentoring activities", 2), ("list", tasks)]
    B.append(("h", "5. Schedule", 2))
    rows = []
    p = F.period()
    if p == "open":
        rows += [("Start date", fmt_en(c["start"], "iso")), ("End date", "open-ended")]
    elif p is not None:
        rows += [("Start date", fmt_en(p[0], "iso" if v % 2 else "uk")), ("End date", fmt_en(p[1], "iso" if v % 2 else "uk"))]
    h = F.hours("en")
    if h is not None:
        rows.append(("Hours", h))
    if rows:
        B.append(("kv", rows))
    fol = F.follow("en")
    if fol is not None:
        B += [("h", "6. Reviews", 2), ("p", fol)]
    app = F.appeal("en")
    if app is not None:
        B += [("h", "7. Complaints about the municipality's decision", 2),
              ("p", "The decision to grant mentor support is made by the municipality, not by " + c["firm"] + ". " + app)]
    B.append(("h", "Signatures", 2))
    B.append(("table", [["Participant", "Mentor", "Date"], ["", "", ""]], True))
    B.append(("small", f"{c['firm']} processes your personal data in accordance with the GDPR. See www.{c['fdom']}/privacy."))
    return dict(blocks=B, title=title, lang="en", letterhead=lh, layout="firm-form")


# ------------------------------------------------------------------ AEASY: let dansk with icons and questions

ICONS = {"goal": "★", "mentor": "☎", "tasks": "✔", "period": "▦", "hours": "◷", "follow": "↻", "appeal": "⚖"}
ICONS_HTML = {"goal": "🎯", "mentor": "👤", "tasks": "✅", "period": "📅", "hours": "⏰", "follow": "🔄", "appeal": "⚖️"}


def aeasy(c, F, v, icons=ICONS):
    B = []
    title = pick(["Din aftale om mentor", "Aftale om mentor – let at læse", "Sådan hjælper din mentor dig"], v)
    B.append(("title", title))
    B.append(("p", f"Til {c['fn']}" + (f" (CPR {c['cpr']})" if c["cpr"] else "") + f"\nFra {c['kommune']}\n{fmt_da(c['letter'])}"))
    B.append(("p", "Du får en mentor. Her kan du læse, hvad vi har aftalt. Læs det i ro og mag. Spørg, hvis der er noget, du ikke forstår."))
    goal = F.goal("easy")
    Q = [("goal", pick(["Hvad er dit mål?", "Hvad skal du nå?", "Dit mål"], v))]
    if goal is not None:
        B += [("icon_h", icons["goal"], Q[0][1]), ("p", goal)]
    m = F.mentor()
    if m is not None:
        B.append(("icon_h", icons["mentor"], pick(["Hvem er din mentor?", "Din mentor", "Hvem hjælper dig?"], v)))
        if m == "tba":
            B.append(("p", "Du får at vide, hvem din mentor er, når I mødes første gang."))
        elif "phone" in m:
            B.append(("p", f"Din mentor hedder {m['name']}.\n{c['mfn']} arbejder hos {c['firm']}.\nRing eller skriv til {c['mfn']} på {m['phone']}.\nMail: {m['email']}"))
        else:
            B.append(("p", f"Din mentor hedder {m['name']}.\n{c['mfn']} arbejder hos {c['firm']}."))
    tasks = F.tasks("easy")
    if tasks is not None:
        B += [("icon_h", icons["tasks"], pick(["Hvad hjælper mentor dig med?", "Det gør mentor", "Hvad skal mentor hjælpe med?"], v)),
              ("list", tasks)]
    p = F.period()
    if p is not None:
        B.append(("icon_h", icons["period"], pick(["Hvor længe?", "Hvornår?", "Hvor længe har du en mentor?"], v)))
        if p == "open":
            B.append(("p", "Du har en mentor, så længe du har brug for det."))
        elif v % 2 == 0:
            B.append(("p", f"Du har en mentor fra {fmt_da(p[0])} til {fmt_da(p[1])}."))
        else:
            B.append(("p", f"Du starter {fmt_da(p[0])}.\nDen sidste dag er {fmt_da(p[1])}."))
    h = F.hours("easy")
    if h is not None:
        B += [("icon_h", icons["hours"], pick(["Hvor mange timer?", "Hvor meget ser I hinanden?", "Hvor tit ses I?"], v)),
              ("p", f"Du og din mentor ses {h[0].lower() + h[1:]}" if h[0].isdigit() else h)]
    fol = F.follow("easy")
    if fol is not None:
        B += [("icon_h", icons["follow"], pick(["Hvornår ser vi på, hvordan det går?", "Hvordan går det?", "Møder om din plan"], v)),
              ("p", fol)]
    app = F.appeal("easy")
    if app is not None:
        B += [("icon_h", icons["appeal"], pick(["Er du uenig?", "Vil du klage?", "Hvis du ikke er enig"], v)), ("p", app)]
    B.append(("p", f"Har du spørgsmål? Ring til din sagsbehandler {c['cw']} på {c['cwphone']}."))
    return dict(blocks=B, title=title, lang="da", layout="easy-read-icons")


# ------------------------------------------------------------------ AYOUTH: "Det aftalte vi"

YOUTH_WISH = ["Jeg vil gerne være automekaniker.", "Jeg vil gerne arbejde med dyr, måske som dyrepasser.",
              "Jeg vil gerne have et job og tjene mine egne penge.", "Jeg vil gerne tage en uddannelse, hvor man arbejder med hænderne.",
              "Jeg vil gerne i gang med skolen igen."]
YOUTH_GOAL = ["Du starter på grundforløbet på EUC Syd {d1} og kommer hver dag de første fire uger.",
              "Du er i praktik i Zoo-butikken i {town} to dage om ugen fra {d1} og søger ind på dyrepasseruddannelsen.",
              "Du har et fritidsjob på mindst 8 timer om ugen i {place} senest {d1}.",
              "Du går på FGU {town} på spor EGU og har højst to dages fravær om måneden fra {d1}.",
              "Du har bestået dansk på VUC og starter på hf-enkeltfag {d1}."]
YOUTH_UNCLEAR = ["Du skal have det bedre og finde ud af, hvad du gerne vil.",
                 "Du skal få mere styr på tingene og blive mere glad.",
                 "Vi arbejder på, at du kommer videre."]


def ayouth(c, F, v):
    B = []
    town = c["town"]
    title = pick(["Det aftalte vi", "Det aftalte vi – din mentoraftale", "Det her har vi aftalt"], v)
    B.append(("title", title))
    B.append(("p", f"Vi mødtes {fmt_da(c['letter'], 'den')} hos Ungeindsatsen i {town}: dig ({c['fn']}), "
              f"{c['mfn']}, der skal være din mentor, og {c['cwfn']} fra kommunen. Her har vi skrevet ned, hvad vi blev enige om."
              + (f"\nCPR: {c['cpr']}" if c["cpr"] else "")))
    if F.has("missing-goal"):
        if F.mode("missing-goal") == "ph":
            B += [("h", "Hvad vil du?", 2), ("p", "Det snakker vi mere om næste gang.")]
    else:
        g = (pick(YOUTH_UNCLEAR, c["gi"]) if F.has("unclear-goal") else
             pick(YOUTH_GOAL, c["gi"]).format(d1=fmt_da(c["d1"]), town=town, place=pick(PLACES_DA, c["place"])))
        B += [("h", "Hvad vil du?", 2), ("p", f"Du sagde: »{'Det ved jeg ikke helt. Bare noget andet end nu.' if F.has('unclear-goal') else pick(YOUTH_WISH, c['gi'])}«"), ("p", f"Det aftalte vi: Målet er, at {g[0].lower() + g[1:]}")]
    m = F.mentor()
    if m is not None:
        B.append(("h", "Hvem er din mentor?", 2))
        if m == "tba":
            B.append(("p", "Det finder vi ud af. Du får en sms, når vi har fundet den rigtige."))
        elif "phone" in m:
            B.append(("p", f"{m['name']}. Du kan ringe eller skrive på {m['phone']} – også en sms, hvis du ikke har lyst til at ringe. Mail: {m['email']}"))
        else:
            B.append(("p", f"{m['name']}. {c['mfn']} giver dig sit nummer første gang, I ses."))
    tasks = F.tasks("youth")
    if tasks is not None:
        B.append(("h", f"Hvad skal {c['mfn'] if F.mentor() not in (None, 'tba') else 'mentor'} hjælpe dig med?", 2))
        if tasks == ["-"]:
            B.append(("p", "-"))
        else:
            B.append(("p", "Du sagde, at det svære er at komme op om morgenen og at finde ud af brevene fra kommunen. Det aftalte vi:"))
            B.append(("list", tasks))
    p = F.period()
    h = F.hours("youth")
    if p is not None or h is not None:
        B.append(("h", "Hvor tit og hvor længe?", 2))
        parts = []
        if h is not None:
            if F.mode("missing-hours") == "vague":
                parts.append("Hvor tit I ses, finder I ud af hen ad vejen.")
            elif h == "…":
                parts.append("Timer: …")
            else:
                parts.append(f"I ses {h[0].lower() + h[1:].rstrip('.')}.")
        if p == "open":
            parts.append("Aftalen gælder, indtil vi siger andet.")
        elif p is not None:
            if v % 2:
                parts.append(f"Aftalen gælder fra {fmt_da(p[0])} til {fmt_da(p[1])}.")
            else:
                parts.append(f"Aftalen gælder fra {fmt_da(p[0], 'slash')} til {fmt_da(p[1], 'slash')}.")
        B.append(("p", " ".join(parts)))
    fol = F.follow("youth")
    if fol is not None:
        B += [("h", "Hvordan ved vi, om det virker?", 2), ("p", fol)]
    app = F.appeal("youth")
    if app is not None:
        B += [("h", "Hvis du er uenig", 2), ("p", app)]
    B.append(("p", f"Vi har alle tre sagt ja til aftalen.\n{c['fn']} · {c['mentor']} · {c['cw']}, {c['kommune']}"))
    return dict(blocks=B, title=title, lang="da", layout="youth-conversation")


# ------------------------------------------------------------------ ABOX: Word text boxes, shapes, content controls

def abox(c, F, v):
    """v selects the construction: 0 sidebar text box (mentor), 1 content-control form,
    2 shape with period and hours, 3 VML legacy box with the appeal, 4 every field in its own box,
    5 checkbox/dropdown controls."""
    k = c["kommune"]
    B = [("small", f"{k} · Jobcenter og Ydelser · {c['town']}")]
    goal, tasks, hours, fol, app = F.goal("da"), F.tasks("da"), F.hours("da"), F.follow("da"), F.appeal("da")
    ment = F.mentor_da()
    per = F.period_da("words")
    kind = v if v >= 100 else v % 6
    title = "Aftale om mentorstøtte" if kind >= 100 else pick(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
                  "Skriftlig aftale – mentor", "Aftale om mentor", "Mentoraftale (§ 167)"], kind)
    B.append(("title", title))
    B.append(("p", f"Borger: {c['full']}" + (f"\nCPR-nr.: {c['cpr']}" if c["cpr"] else "") + f"\nSagsnr.: {c['sagsnr']}"))
    if kind == 100:
        # a drawing group: mentor card and period/hours card side by side at the top
        left = [("bold_p", "Din mentor")] + ([("p", ment)] if ment is not None else [("p", "")])
        right = [("bold_p", "Periode og timetal")] + ([("p", f"Periode: {per}")] if per is not None else []) + \
                ([("p", f"Timer: {hours}")] if hours is not None else [])
        B.append(("group", [left, right]))
        if goal is not None:
            B += [("h", "Målet med mentorstøtten", 2), ("p", goal)]
        if tasks is not None:
            B += [("h", "Det skal mentor hjælpe med", 2), ("list", tasks)]
        if fol is not None:
            B += [("h", "Opfølgning", 2), ("p", fol)]
        if app is not None:
            B += [("h", "Klagevejledning", 2), ("p", app)]
        return dict(blocks=B, title=title, lang="da", layout="group-shape-cards")
    if kind == 101:
        # the whole form is a table inside one text box (a copied "skema" pasted as a floating object)
        rows = []
        for lab, val in [("Mål", goal), ("Mentor", ment), ("Opgaver", "\n".join(tasks) if tasks else None),
                         ("Periode", per), ("Timer pr. uge", hours), ("Opfølgning", fol)]:
            if val is not None:
                rows.append((lab, val))
        B.append(("box", [("bold_p", "Aftaleskema"), ("kvtable", rows)], "textbox",
                  {"x_cm": 0.0, "y_cm": 0.2, "w_cm": 16.0, "h_cm": 11.0, "fill": "FFFFFF", "wrap": "topbottom"}))
        if app is not None:
            B += [("h", "Klagevejledning", 2), ("p", app)]
        return dict(blocks=B, title=title, lang="da", layout="table-in-textbox")
    if kind == 1:
        rows = [("Målet med mentorstøtten", goal if goal not in (None, "Udfyldes senere") else None),
                ("Mentor (navn og kontaktdata)", ment.replace("\n", ", ") if ment else None),
                ("Mentorens opgaver", "; ".join(tasks) if tasks and tasks != ["-"] else None),
                ("Periode", per if per else None),
                ("Timetal", hours if hours else None),
                ("Opfølgning", fol if fol else None)]
        B.append(("sdt_kv", rows))
        if app is not None:
            B += [("h", "Klagevejledning", 2), ("p", app)]
        return dict(blocks=B, title=title, lang="da", layout="content-controls-form")
    if kind == 5:
        B.append(("sdt_p", "Mål:", goal if goal not in (None, "Udfyldes senere") else None))
        B.append(("checks", "Mentortype:", [("Tilbudsmentor", True), ("Udvidet mentor", False), ("Uddannelsesmentor", False)]))
        B.append(("sdt_p", "Mentor:", ment.replace("\n", ", ") if ment else None))
        if tasks is not None:
            B += [("bold_p", "Mentorens opgaver"), ("list", tasks)]
        B.append(("sdt_p", "Startdato:", fmt_da(F.period()[0]) if isinstance(F.period(), tuple) else None, "date"))
        B.append(("sdt_p", "Slutdato:", fmt_da(F.period()[1]) if isinstance(F.period(), tuple) else None, "date"))
        hv = hours if hours else None
        B.append(("sdt_p", "Timer pr. uge:", hv, "dropdown", ["1 time pr. uge", "2 timer pr. uge", "3 timer pr. uge", hv or "4 timer pr. uge"]))
        if fol is not None and not F.has("missing-follow-up"):
            B.append(("checks", "Opfølgning:", [("hver måned", True), ("hver 3. måned", False)]))
            B.append(("p", fol))
        elif fol is not None:
            B.append(("checks", "Opfølgning:", [("hver måned", False), ("hver 3. måned", False)]))
            B.append(("p", fol))
        if app is not None:
            B += [("bold_p", "Sådan klager du"), ("p", app)]
        return dict(blocks=B, title=title, lang="da", layout="content-controls-checkbox")
    if kind == 0:
        if ment is not None:
            B.append(("box", [("bold_p", "Din mentor"), ("p", ment)], "textbox", {"x_cm": 11.0, "y_cm": 0.2, "w_cm": 5.5, "h_cm": 3.6}))
        if goal is not None:
            B += [("h", "Mål", 2), ("p", goal)]
        if tasks is not None:
            B += [("h", "Mentorens opgaver", 2), ("list", tasks)]
        if per is not None:
            B += [("h", "Periode", 2), ("p", per)]
        if hours is not None:
            B += [("h", "Timetal", 2), ("p", hours)]
        if fol is not None:
            B += [("h", "Opfølgning", 2), ("p", fol)]
        if app is not None:
            B += [("h", "Klagevejledning", 2), ("p", app)]
        return dict(blocks=B, title=title, lang="da", layout="textbox-sidebar")
    if kind == 2:
        if goal is not None:
            B += [("h", "Formål", 2), ("p", goal)]
        if ment is not None:
            B += [("h", "Mentor", 2), ("p", ment)]
        if tasks is not None:
            B += [("h", "Hvad skal mentor hjælpe med?", 2), ("list", tasks)]
        inner = [("bold_p", "Periode og timer")]
        if per is not None:
            inner.append(("p", f"Periode: {per}"))
        if hours is not None:
            inner.append(("p", f"Timetal: {hours}"))
        if len(inner) > 1:
            B.append(("box", inner, "shape", {"x_cm": 0.0, "y_cm": 0.3, "w_cm": 9.0, "h_cm": 2.8, "wrap": "topbottom"}))
            B += [("p", ""), ("p", ""), ("p", "")]
        if fol is not None:
            B += [("h", "Opfølgning", 2), ("p", fol)]
        if app is not None:
            B += [("h", "Klagevejledning", 2), ("p", app)]
        return dict(blocks=B, title=title, lang="da", layout="shape-period-hours")
    if kind == 3:
        rows = []
        if goal is not None:
            rows.append(("Mål", goal))
        if ment is not None:
            rows.append(("Mentor", ment))
        if tasks is not None:
            rows.append(("Opgaver", "\n".join(tasks)))
        if per is not None:
            rows.append(("Varighed", per))
        if hours is not None:
            rows.append(("Timer", hours))
        if fol is not None:
            rows.append(("Opfølgning", fol))
        B.append(("kv", rows))
        if app is not None:
            B.append(("box", [("bold_p", "Klagevejledning"), ("p", app)], "vml", {"x_cm": 0.0, "y_cm": 0.5, "w_cm": 16.0, "h_cm": 3.5, "wrap": "topbottom"}))
        return dict(blocks=B, title=title, lang="da", layout="vml-legacy-box")
    # kind 4: each field in its own box ("plakat")
    y = 0.2
    for lab, val in [("Dit mål", goal), ("Din mentor", ment), ("Mentor hjælper med", "\n".join(tasks) if tasks else None),
                     ("Periode", per), ("Timer", hours), ("Opfølgning", fol)]:
        if val is None:
            continue
        B.append(("box", [("bold_p", lab), ("p", val)], "textbox" if lab != "Periode" else "shape",
                  {"x_cm": 0.0, "y_cm": 0.1, "w_cm": 15.5, "h_cm": 2.4, "fill": "E8F1FA", "wrap": "topbottom"}))
    if app is not None:
        B += [("h", "Klagevejledning", 3), ("p", app)]
    return dict(blocks=B, title=title, lang="da", layout="textbox-poster")
