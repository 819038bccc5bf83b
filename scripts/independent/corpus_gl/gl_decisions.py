"""Decision letters (English translation, bilingual, easy-read) and Min Plan entries."""
from __future__ import annotations

from gl_common import fmt_da, fmt_en, add_months, PLACES_EN
from gl_content import pick
import datetime as dt


def _ends(c):
    """End date in a letter that ends the support: the last day of the month after the letter."""
    return add_months(dt.date(c["letter"].year, c["letter"].month, 1), 2) - dt.timedelta(days=1)


# ------------------------------------------------------------------ DEN: English decision letters

def den(c, F, v, sub):
    k = c["kommune"]
    lh = [k, "Jobs and Benefits", f"{c['town']}", f"Phone {c['kphone']}", f"www.{c['kdom']}"]
    titles = {"grant": ["Decision on mentor support", "You have been granted mentor support"],
              "partial": ["Decision on your application for mentor support – partly granted", "Decision: mentor support (partial grant)"],
              "refusal": ["Decision: refusal of mentor support", "Your application for mentor support has been refused"],
              "extension": ["Decision: extension of your mentor support", "Decision on a new period of mentor support"],
              "end": ["Decision: your mentor support ends", "Decision on ending mentor support"]}
    title = pick(titles[sub], v)
    B = [("p", f"{c['full']}\n" + (f"CPR no. {c['cpr']}\n" if c["cpr"] else "") + f"Case no. {c['sagsnr']}\n{fmt_en(c['letter'])}"),
         ("title", title),
         ("small", f"Translation of the Danish decision letter of {fmt_en(c['letter'])}. The Danish letter is the legally binding version.")]
    h = F.hours("en") if not F.has("missing-hours") else "3 hours per week"
    ps = F.period_en("uk") or ""
    m = c["mentor"] + f" ({c['firm']})"
    if sub == "grant":
        B += [("p", f"Dear {c['fn']},\nWe have decided to grant you mentor support under section 167 of the Active Employment Act (lov om en aktiv beskæftigelsesindsats)."),
              ("kv", [("Period", ps), ("Hours", h), ("Mentor", m)]),
              ("p", f"Your mentor will call you before the start. At the first meeting you, the mentor and your caseworker will write the agreement with your goal and the mentor's tasks."),
              ("p", "You get everything you applied for, so the decision is not explained further.")]
    elif sub == "partial":
        asked = pick(["6 hours a week for 12 months", "5 hours a week for 9 months", "mentor support for a full year"], v)
        B += [("p", f"Dear {c['fn']},\nOn {fmt_en(c['letter'] - dt.timedelta(days=20))} you applied for {asked}. "
                    f"We have decided to grant you mentor support, but not all of what you applied for."),
              ("kv", [("Granted period", ps), ("Hours", h), ("Mentor", m)])]
        if not F.has("missing-reasons"):
            B += [("h", "Reasons", 2),
                  ("p", "Under section 167(1) of the Active Employment Act, mentor support is granted for a period of up to 6 months at a time. "
                        "We have emphasised that you are starting a work placement and that your need for support is expected to fall after the first weeks. "
                        "We will assess your need again before the period ends.")]
    elif sub == "refusal":
        B += [("p", f"Dear {c['fn']},\nYou applied for mentor support on {fmt_en(c['letter'] - dt.timedelta(days=25))}. We have decided to refuse your application.")]
        if not F.has("missing-reasons"):
            B += [("h", "Reasons", 2),
                  ("p", "Mentor support can only be given when it helps you towards a job or an education (Active Employment Act § 167). "
                        "We have emphasised that you already get the support you need from the student counsellor and the SPS support at your school, "
                        "and that a mentor would not add anything to that.")]
    elif sub == "extension":
        prev_start = add_months(c["start"], -6)
        B += [("p", f"Dear {c['fn']},\nYou have had mentor support since {fmt_en(prev_start)}. We have assessed your situation and decided to extend it for a new period."),
              ("kv", [("New period", ps), ("Hours", h), ("Mentor", m)]),
              ("p", "The extension is granted under section 167(1), second sentence, of the Active Employment Act after a concrete assessment. "
                    "We have emphasised that you have started your placement but still need help with the morning routine.")]
    else:  # end
        B += [("p", f"Dear {c['fn']},\nWe have decided that your mentor support ends on {fmt_en(_ends(c))}.")]
        if not F.has("missing-reasons"):
            B += [("h", "Reasons", 2),
                  ("p", f"You have started an ordinary job of 25 hours a week at {pick(PLACES_EN, c['place'])}, and you told us at the status meeting that you manage without a mentor. "
                        "The purpose of the support has therefore been reached (Active Employment Act § 167).")]
    app = F.appeal("en")
    if app is not None:
        B += [("h", pick(["How to complain", "Your right to complain", "Appeal guidance"], v), 2), ("p", app)]
    B.append(("p", f"Kind regards\n{c['cw']}\nCaseworker, {k}\nPhone {c['cwphone']} · {c['cwemail']}"))
    return dict(blocks=B, title=title, lang="en", letterhead=lh, layout="en-decision")


# ------------------------------------------------------------------ DBI: bilingual decision

def dbi(c, F, v, sub):
    k = c["kommune"]
    da_t = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
            "refusal": "Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte", "end": "Afgørelse om ophør af mentorstøtte"}
    en_t = {"grant": "Decision on mentor support", "partial": "Decision on mentor support – partly granted",
            "refusal": "Refusal of mentor support", "extension": "Decision on extension of mentor support", "end": "Decision on ending mentor support"}
    title = f"{da_t[sub]} / {en_t[sub]}"
    pda, pen = F.period_da("words"), F.period_en("uk")
    hda, hen = (F.hours("da"), F.hours("en"))
    mnt = f"{c['mentor']}, {c['firm']}"
    DA, EN = [], []
    if sub == "grant":
        DA.append(f"Kære {c['fn']}. Vi har bevilget dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {pda}, {hda}. Din mentor er {mnt}.")
        EN.append(f"Dear {c['fn']}. We have granted you mentor support under section 167 of the Active Employment Act for the period {pen}, {hen}. Your mentor is {mnt}.")
    elif sub == "partial":
        DA.append(f"Kære {c['fn']}. Du har søgt om mentorstøtte 6 timer om ugen. Vi bevilger {hda} i perioden {pda}. Din mentor er {mnt}.")
        EN.append(f"Dear {c['fn']}. You applied for mentor support 6 hours a week. We grant {hen} for the period {pen}. Your mentor is {mnt}.")
        if not F.has("missing-reasons"):
            DA.append("Begrundelse: Vi har lagt vægt på, at du starter i praktik, og at dit behov for støtte forventes at falde efter de første uger, jf. LAB § 167, stk. 1.")
            EN.append("Reasons: We have emphasised that you are starting a placement and that your need for support is expected to fall after the first weeks (Active Employment Act § 167(1)).")
    elif sub == "refusal":
        DA.append(f"Kære {c['fn']}. Du har søgt om mentorstøtte. Vi har givet dig afslag.")
        EN.append(f"Dear {c['fn']}. You applied for mentor support. Your application has been refused.")
        if not F.has("missing-reasons"):
            DA.append("Begrundelse: Mentorstøtte skal føre frem mod job eller uddannelse, jf. LAB § 167. Vi har lagt vægt på, at du allerede får SPS-støtte og studievejledning på skolen, som dækker dit behov.")
            EN.append("Reasons: Mentor support must lead towards a job or an education (Active Employment Act § 167). We have emphasised that you already get SPS support and student counselling at your school, which covers your need.")
    elif sub == "extension":
        DA.append(f"Kære {c['fn']}. Vi har forlænget din mentorstøtte i en ny periode: {pda}, {hda}. Mentor: {mnt}. Forlængelsen sker efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt.")
        EN.append(f"Dear {c['fn']}. We have extended your mentor support for a new period: {pen}, {hen}. Mentor: {mnt}. The extension follows a concrete assessment (Active Employment Act § 167(1)).")
    else:
        DA.append(f"Kære {c['fn']}. Din mentorstøtte ophører {fmt_da(_ends(c))}.")
        EN.append(f"Dear {c['fn']}. Your mentor support ends on {fmt_en(_ends(c))}.")
        if not F.has("missing-reasons"):
            DA.append("Begrundelse: Du er startet i ordinært job 25 timer om ugen, og formålet med støtten er dermed nået, jf. LAB § 167.")
            EN.append("Reasons: You have started an ordinary job of 25 hours a week, so the purpose of the support has been reached (Active Employment Act § 167).")
    ada, aen = F.appeal("da"), F.appeal("en")
    B = [("small", f"{k} · {c['town']} · tlf. {c['kphone']}"),
         ("p", f"{c['full']}" + (f"\nCPR-nr.: {c['cpr']}" if c["cpr"] else "") + f"\nSagsnr.: {c['sagsnr']}\n{fmt_da(c['letter'])}"),
         ("title", title)]
    if v % 2 == 0:
        B.append(("h", "Dansk", 2))
        B += [("p", x) for x in DA]
        if ada is not None:
            B += [("h", "Klagevejledning", 3), ("p", ada)]
        B.append(("h", "English", 2))
        B += [("p", x) for x in EN]
        if aen is not None:
            B += [("h", "How to complain", 3), ("p", aen)]
    else:
        B.append(("table", [["Dansk", "English"]] + [[a, b] for a, b in zip(DA, EN)] +
                  ([["Klagevejledning\n" + ada, "How to complain\n" + aen]] if ada is not None else []), True))
    B.append(("p", f"Med venlig hilsen / Kind regards\n{c['cw']}, {k}\n{c['cwemail']}"))
    return dict(blocks=B, title=title, lang="da", layout="bilingual-decision-" + ("blocks" if v % 2 == 0 else "columns"))


# ------------------------------------------------------------------ DEASY: let dansk decision

def deasy(c, F, v, sub, icons=None):
    k = c["kommune"]
    t = {"grant": "Du får en mentor", "partial": "Du får en mentor – men færre timer, end du bad om",
         "refusal": "Du får ikke en mentor", "extension": "Du kan beholde din mentor", "end": "Din mentor stopper"}[sub]
    B = [("small", f"{k} · {fmt_da(c['letter'])}" + (f" · CPR {c['cpr']}" if c["cpr"] else "")),
         ("title", t), ("small", "Afgørelse om mentorstøtte")]
    p = F.period()
    h = F.hours("easy") if not F.has("missing-hours") else "3 timer om ugen."
    B.append(("h", "Hvad har vi besluttet?", 2))
    if sub == "grant":
        B.append(("p", f"Hej {c['fn']}.\nDu får en mentor. Din mentor hedder {c['mentor']}.\n{c['mfn']} arbejder hos {c['firm']}."))
    elif sub == "partial":
        B.append(("p", f"Hej {c['fn']}.\nDu bad om en mentor 6 timer om ugen.\nDu får en mentor, men ikke så mange timer.\nDin mentor hedder {c['mentor']}."))
    elif sub == "refusal":
        B.append(("p", f"Hej {c['fn']}.\nDu bad om en mentor.\nDu får ikke en mentor."))
    elif sub == "extension":
        B.append(("p", f"Hej {c['fn']}.\nDu har haft en mentor i 6 måneder.\nDu kan beholde din mentor i en periode mere."))
    else:
        B.append(("p", f"Hej {c['fn']}.\nDin mentor stopper {fmt_da(_ends(c))}."))
    if sub in ("grant", "partial", "extension"):
        if isinstance(p, tuple):
            B += [("h", "Hvor længe?", 2), ("p", f"Fra {fmt_da(p[0])}.\nTil {fmt_da(p[1])}.")]
        B += [("h", "Hvor mange timer?", 2), ("p", h if not h[0].isdigit() else f"Du og din mentor ses {h}")]
    if sub != "grant" and not F.has("missing-reasons"):
        why = {"partial": "Du starter i praktik. Vi tror, du får brug for mindre hjælp efter de første uger. Reglerne står i § 167 i loven om beskæftigelse.",
               "refusal": "Du får allerede hjælp på skolen. Du har en studievejleder og SPS-støtte. Vi mener, at det er nok. Reglerne står i § 167 i loven om beskæftigelse.",
               "extension": "Du er i gang med din praktik. Men du har stadig brug for hjælp om morgenen. Vi har set på din sag igen. Det må vi efter § 167.",
               "end": "Du har fået et job. Du sagde til mødet, at du klarer dig selv nu. Så er målet nået."}[sub]
        B += [("h", "Hvorfor?", 2), ("p", why)]
    app = F.appeal("easy")
    if app is not None:
        B += [("h", pick(["Er du uenig?", "Vil du klage?"], v), 2), ("p", app)]
    B.append(("p", f"Har du spørgsmål? Ring til {c['cw']} på {c['cwphone']}.\nVenlig hilsen\n{c['cw']}, {k}"))
    return dict(blocks=B, title=t, lang="da", layout="easy-read-decision")


# ------------------------------------------------------------------ Min Plan entries

def men(c, F, v):
    """English print of a Min Plan entry ("My Plan")."""
    title = pick(["My Plan – Mentor support", "Min Plan (English version) – activity: mentor support", "My Plan: your activities"], v)
    B = [("small", f"{c['kommune']} · printed {fmt_en(c['letter'])}"), ("title", title),
         ("p", f"Citizen: {c['full']}" + (f"   CPR: {c['cpr']}" if c["cpr"] else ""))]
    if v % 3 == 2:
        lang_start = c["start"] - dt.timedelta(days=45)
        B += [("h", "Danish education", 3),
              ("kv", [("Place", f"Sprogcenter {c['town']}"), ("Period", f"{fmt_en(lang_start, 'dots')} – {fmt_en(add_months(lang_start, 12) - dt.timedelta(days=1), 'dots')}"),
                      ("Hours", "12 lessons a week"), ("Status", "Active")])]
    rows = [("Activity", "Mentor support (Active Employment Act § 167)")]
    g = F.goal("en")
    if g is not None:
        rows.append(("Purpose", g))
    mn = F.mentor_en()
    if mn is not None:
        rows.append(("Mentor", mn))
    t = F.tasks("en")
    if t is not None:
        rows.append(("The mentor helps with", "\n".join(t)))
    p = F.period_en("dots" if v % 2 else "uk")
    if p is not None:
        rows.append(("Period", p))
    h = F.hours("en")
    if h is not None:
        rows.append(("Hours", h))
    rows.append(("Status", "Active"))
    B += [("h", "Mentor support", 3), ("kv", rows)]
    B.append(("small", "Your plan is also on Jobnet.dk under “Min Plan”. Contact your caseworker if something is wrong."))
    return dict(blocks=B, title=title, lang="en", layout="minplan-en-card" + ("-multi" if v % 3 == 2 else ""))


def measy(c, F, v, icons):
    title = pick(["Min Plan – det skal du nu", "Min Plan: Din mentor", "Min Plan – let at læse"], v)
    B = [("title", title), ("p", f"{c['full']}" + (f" · CPR {c['cpr']}" if c["cpr"] else "") + f"\nOpdateret {fmt_da(c['letter'])}")]
    g = F.goal("easy")
    if g is not None:
        B += [("icon_h", icons["goal"], "Dit mål"), ("p", g)]
    m = F.mentor()
    if m is not None:
        B.append(("icon_h", icons["mentor"], "Din mentor"))
        if m == "tba":
            B.append(("p", "Du får en mentor. Vi skriver navnet her, når det er på plads."))
        elif "phone" in m:
            B.append(("p", f"{m['name']}\nTelefon: {m['phone']}\nMail: {m['email']}"))
        else:
            B.append(("p", f"{m['name']}, {c['firm']}"))
    t = F.tasks("easy")
    if t is not None:
        B += [("icon_h", icons["tasks"], "Det hjælper mentor med"), ("list", t)]
    p = F.period()
    if p is not None:
        B.append(("icon_h", icons["period"], "Hvornår"))
        B.append(("p", "Indtil videre." if p == "open" else f"{fmt_da(p[0])} – {fmt_da(p[1])}"))
    h = F.hours("easy")
    if h is not None:
        B += [("icon_h", icons["hours"], "Timer"), ("p", h)]
    if v % 2 == 0:
        B += [("icon_h", icons["follow"], "Næste møde"), ("p", f"{fmt_da(c['mid'])} hos din sagsbehandler {c['cw']}.")]
    return dict(blocks=B, title=title, lang="da", layout="minplan-easy-icons")


def mbi(c, F, v):
    title = pick(["Min Plan – indsats: Mentorstøtte / My Plan – activity: Mentor support",
                  "Min Plan / My Plan", "Uddrag af Min Plan – mentorstøtte (with English translation)"], v)
    B = [("small", f"{c['kommune']}"), ("title", title),
         ("p", f"Navn / Name: {c['full']}" + (f"\nCPR: {c['cpr']}" if c["cpr"] else "") + f"\nDato / Date: {fmt_da(c['letter'], 'dots')}")]
    rows = []
    g, ge = F.goal("da"), F.goal("en")
    if g is not None:
        rows.append(("Formål / Purpose", g if g == ge else f"{g}\n({ge})"))
    mn = F.mentor_da(with_org=True)
    if mn is not None:
        rows.append(("Mentor", mn))
    t, te = F.tasks("da"), F.tasks("en")
    if t is not None:
        rows.append(("Opgaver / Tasks", "\n".join(f"– {a} ({b})" if a != "-" else "-" for a, b in zip(t, te))))
    p = F.period_da("dots")
    if p is not None:
        rows.append(("Periode / Period", p if p != "indtil videre" else "indtil videre / until further notice"))
    h, he = F.hours("da"), F.hours("en")
    if h is not None:
        rows.append(("Timer / Hours", h if h == he else f"{h} / {he}"))
    B.append(("kv", rows))
    B.append(("small", "Planen kan ændres, når du og din sagsbehandler aftaler det. / The plan can be changed when you and your caseworker agree."))
    return dict(blocks=B, title=title, lang="da", layout="minplan-bilingual-kv")
