"""Document families of corpus fm. Each returns (title, blocks, info) where info carries the
period actually written and traits. Defects are a set of keys (see make_corpus_fm.DEFECT_RULES)."""
from __future__ import annotations

import datetime as dt

from content import (EDU_TRACKS, Case, dlong, dnum, goal, tasks, tasks_jeg, period_text, hours_text, followup_text, appeal,
                     end_of, add_months, WEEKDAYS)


def _over_kind(defects):
    for k in ("over_months9", "over_year", "over_oneday", "over_months8", "over_yearlen", "over_months9len"):
        if k in defects:
            return k[5:]
    return None


def _period(c, style, defects):
    txt, s, e = period_text(c, style, _over_kind(defects))
    return txt, {"start": s.isoformat(), "end": e.isoformat()}


def _appeal_defect(defects):
    for k in ("missing", "incomplete", "other", "direct"):
        if f"appeal_{k}" in defects:
            return k
    return None


def _kommune_meta(c, rng, with_cpr=True, label_cpr="CPR-nr.", extra=()):
    m = [("", f"{c.kommune} Kommune"), ("Dato", dlong(c.letter))]
    if c.cpr and with_cpr:
        m.append((label_cpr, c.cpr))
    m.append(("Sagsnr.", c.case_no))
    m.extend(extra)
    return ("meta", m)


# ======================================================================= agreements

def a_qa(c: Case, d: set, rng, v: int):
    """Easy-read agreement, question headings, one idea per line."""
    title = ["Aftale om mentor – let læst", "Din aftale om mentor", "Aftale om mentorstøtte (let at læse)",
             "Mentoraftale – skrevet i et let sprog"][v % 4]
    if "mentor_noname" in d:  # no mentor chosen yet: nobody is named anywhere
        c.mentor_first, c.mentor_last = "mentoren", ""
    b = [("title", title), _kommune_meta(c, rng, label_cpr="Dit CPR-nummer")]
    b.append(("lines", ["Det her er din aftale om mentor.", f"Vi lavede aftalen sammen på mødet den {dlong(c.meeting)}.",
                        "Læs den i ro og mag.", "Spørg, hvis der er noget, du ikke forstår."]))
    info = {"traits": ["easy-read", "questions"]}
    # mentor
    b.append(("q", ["Hvem er din mentor?", "Hvem er din mentor?", "Din mentor – hvem er det?", "Hvem hjælper dig?"][v % 4]))
    if "mentor_nocontact" in d:
        b.append(("lines", [f"Din mentor hedder {c.mentor}.", f"{c.mhun.capitalize()} kommer fra {c.company}.",
                            f"{c.mhun.capitalize()} ringer til dig inden første møde."]))
    elif "mentor_noname" in d:
        b.append(("lines", ["Det ved vi ikke endnu.", f"Du får en mentor fra {c.company}.",
                            f"{c.company} ringer til dig.", f"Telefon til {c.company}: 70 22 41 90"]))
    else:
        b.append(("lines", [f"Din mentor hedder {c.mentor}.", f"{c.mhun.capitalize()} kommer fra {c.company}.",
                            f"Telefon: {c.mentor_phone}", f"Mail: {c.mentor_mail}"]))
    # goal
    if "goal_missing" not in d:
        b.append(("q", ["Hvad er dit mål?", "Hvad vil du gerne nå?", "Hvad er målet?", "Dit mål"][v % 4]))
        b.append(("lines", [goal(c, "du", "goal_unclear" in d)]))
    # tasks
    if "tasks_missing" not in d:
        b.append(("q", ["Hvad skal I lave sammen?", f"Hvad hjælper {c.mentor_first} dig med?", "Hvad skal mentoren hjælpe med?",
                        "Det skal I lave sammen"][v % 4]))
        b.append(("ul", [t[0].upper() + t[1:] + "." for t in tasks(c, rng)]))
    # period
    b.append(("q", ["Hvor længe?", "Hvor længe varer aftalen?", "Hvornår starter og slutter det?", "Hvor længe?"][v % 4]))
    if "duration_missing" in d:
        b.append(("lines", ["Så længe du har brug for det.", "Vi ser på det igen senere."]))
    else:
        txt, per = _period(c, v, d)
        info["period"] = per
        if v % 2 == 0 and not _over_kind(d):
            b.append(("lines", [f"Aftalen starter den {dlong(c.start)}.", f"Aftalen slutter den {dlong(c.end)}."]))
        else:
            b.append(("lines", [f"Aftalen gælder {txt}."]))
    # hours
    if "hours_missing" not in d:
        b.append(("q", ["Hvor mange timer?", "Hvor tit ses I?", "Hvor meget tid har mentoren?", "Hvor mange timer?"][v % 4]))
        b.append(("lines", [hours_text(c, v, "hours_vague" in d)]))
    # follow-up
    if "followup_missing" not in d:
        b.append(("q", ["Hvordan følger vi op?", "Hvornår taler vi om, hvordan det går?", "Opfølgning", "Hvordan går det?"][v % 4]))
        b.append(("lines", [followup_text(c, v, "du", "followup_vague" in d)]))
    ap = appeal(c, "easy", _appeal_defect(d), v)
    if ap:
        b.append(("q", ["Hvis du vil klage", "Vil du klage?", "Hvis du er uenig", "Klage"][v % 4]))
        b.append(("lines", ap))
    b.append(("lines", ["Har du spørgsmål?", f"Ring til din sagsbehandler {c.cw} på {c.cw_phone}."]))
    b.append(("sig", [f"{c.full}", "Mentor" if "mentor_noname" in d else f"{c.mentor}, mentor", f"{c.cw}, {c.kommune} Kommune"]))
    return title, b, info


def a_voice(c: Case, d: set, rng, v: int):
    """The citizen's own voice."""
    title = ["Min aftale med min mentor", "Min mentoraftale", "Aftale om mentor – med mine egne ord"][v % 3]
    b = [("title", title)]
    intro = [f"Jeg hedder {c.full}."]
    if c.cpr:
        intro.append(f"Mit CPR-nummer er {c.cpr}.")
    intro += [f"Jeg har lavet aftalen sammen med {c.mentor_first} og {c.cw_first} fra {c.kommune} Kommune.",
              f"Vi skrev den den {dlong(c.meeting)}."]
    b.append(("lines", intro))
    info = {"traits": ["citizen-voice"]}
    if "goal_missing" not in d:
        b.append(("h", ["Mit mål", "Det vil jeg gerne", "Mit mål med at have en mentor"][v % 3]))
        b.append(("lines", [goal(c, "jeg", "goal_unclear" in d)]))
    b.append(("h", ["Min mentor", "Hvem er min mentor", "Min mentor er"][v % 3]))
    if "mentor_nocontact" in d:
        b.append(("lines", [f"Min mentor hedder {c.mentor}.", f"{c.mhun.capitalize()} arbejder hos {c.company}."]))
    else:
        b.append(("lines", [f"Min mentor hedder {c.mentor}.", f"{c.mhun.capitalize()} arbejder hos {c.company}.",
                            f"Jeg kan ringe eller sms'e til {c.mhende} på {c.mentor_phone}.",
                            f"Eller skrive til {c.mentor_mail}."]))
    if "tasks_missing" not in d:
        b.append(("h", ["Det hjælper min mentor mig med", "Det skal vi lave sammen", "Min mentor hjælper mig med"][v % 3]))
        b.append(("ul", [t[0].upper() + t[1:] for t in tasks_jeg(tasks(c, rng))]))
    b.append(("h", ["Hvor længe", "Hvor længe gælder aftalen", "Hvornår"][v % 3]))
    if "duration_missing" in d:
        b.append(("lines", ["Aftalen gælder, indtil jeg ikke har brug for en mentor mere."]))
    else:
        txt, per = _period(c, v + 1, d)
        info["period"] = per
        b.append(("lines", [f"Aftalen gælder {txt}."]))
    if "hours_missing" not in d:
        b.append(("h", ["Hvor tit ser vi hinanden", "Timer", "Hvor meget tid"][v % 3]))
        if "hours_vague" in d:
            b.append(("lines", ["Vi ses, når jeg har brug for det.", "Jeg kan altid skrive til min mentor."]))
        else:
            b.append(("lines", [f"Min mentor har {c.hours} timer om ugen til mig." if c.hours > 1 else
                                "Min mentor har 1 time om ugen til mig.",
                                f"Vi ses som regel om {WEEKDAYS[v % 5]}en."]))
    if "followup_missing" not in d:
        b.append(("h", ["Sådan følger vi op", "Hvordan ser vi, om det virker", "Opfølgning"][v % 3]))
        b.append(("lines", [followup_text(c, v, "jeg", "followup_vague" in d)]))
    ap = appeal(c, "jeg", _appeal_defect(d), v)
    if ap:
        b.append(("h", ["Hvis jeg ikke er enig", "Hvis jeg vil klage", "Klage"][v % 3]))
        b.append(("lines", ap))
    b.append(("sig", ["Min underskrift", f"Mentor: {c.mentor}", f"Sagsbehandler: {c.cw}, {c.kommune} Kommune"]))
    return title, b, info


def a_meeting(c: Case, d: set, rng, v: int):
    """Written together at the start meeting; numbered points, citizen's words quoted."""
    title = ["Det aftalte vi på mødet", f"Aftale om mentorstøtte – skrevet sammen på mødet {dnum(c.meeting, 2)}",
             "Vores aftale (fra opstartsmødet)"][v % 3]
    b = [("title", title)]
    info = {"traits": ["co-written", "meeting"]}
    meta = [("Mødedato", dlong(c.meeting)), ("Sted", [f"Jobcentret i {c.by}", f"Hos {c.company}", "Hjemme hos " + c.first][v % 3]),
            ("Til stede", f"{c.full} (borger), {c.mentor} (mentor, {c.company}), {c.cw} ({c.kommune} Kommune)")]
    if c.cpr:
        meta.insert(1, ("Borgerens CPR", c.cpr))
    b.append(("meta", meta))
    b.append(("p", f"Vi har skrevet aftalen sammen på mødet. {c.first} har selv sagt, hvad målet skal være, og vi har "
                   f"skrevet det med {c.gen} egne ord."))
    n = 1
    if "goal_missing" not in d:
        b.append(("h", f"{n}. Målet"))
        if "goal_unclear" in d:
            b.append(("p", f"»{goal(c, 'jeg', True)}«"))
        else:
            b.append(("p", f"»{goal(c, 'jeg')}« ({c.first})"))
        n += 1
    b.append(("h", f"{n}. Mentor"))
    n += 1
    if "mentor_nocontact" in d:
        b.append(("p", f"{c.mentor}, {c.company}."))
    else:
        b.append(("p", f"{c.mentor}, {c.company}, tlf. {c.mentor_phone}, {c.mentor_mail}"))
    if "tasks_missing" not in d:
        b.append(("h", f"{n}. Det skal {c.mentor_first} hjælpe med"))
        b.append(("ul", [t[0].upper() + t[1:] for t in tasks(c, rng)]))
        n += 1
    if "duration_missing" in d:
        per_txt = "Periode: aftales senere, når praktikstedet er på plads."
    else:
        txt, per = _period(c, v + 2, d)
        info["period"] = per
        per_txt = f"Periode: {txt}."
    fu = "" if "followup_missing" in d else " " + followup_text(c, v + 1, "du", "followup_vague" in d).replace(" dig,", f" {c.first},").replace("dit mål", "målet").replace("dit fremmøde", "fremmødet")
    b.append(("h", f"{n}. Periode og opfølgning" if fu else f"{n}. Periode"))
    b.append(("p", per_txt + fu))
    n += 1
    if "hours_missing" not in d:
        b.append(("h", f"{n}. Timer"))
        b.append(("p", hours_text(c, v + 2, "hours_vague" in d).replace("I mødes", f"{c.first} og {c.mentor_first} mødes")))
        n += 1
    ap = appeal(c, "formal", _appeal_defect(d), v)
    if ap:
        b.append(("h", f"{n}. Klagevejledning"))
        b.extend(("p", x) for x in ap)
    b.append(("p", "Aftalen er læst højt på mødet, og alle er enige."))
    b.append(("sig", [f"{c.full}", f"{c.mentor}", f"{c.cw}"]))
    return title, b, info


def a_youth(c: Case, d: set, rng, v: int):
    title = ["Din aftale med din mentor 🙌", "Aftale: Dig + din mentor", "Mentoraftale – Ungeindsatsen"][v % 3]
    b = [("title", title)]
    info = {"traits": ["youth-register", "emoji"]}
    b.append(("p", f"Hej {c.first}! 👋"))
    b.append(("p", "Her er det, vi snakkede om på mødet. Skriv til os, hvis noget skal rettes."))
    if c.cpr:
        b.append(("meta", [("Navn", c.full), ("CPR", c.cpr)]))
    if "goal_missing" not in d:
        b.append(("q", ["Dit mål 🎯", "Det går du efter 🎯", "Målet 🎯"][v % 3]))
        b.append(("p", goal(c, "ung", "goal_unclear" in d)))
    b.append(("q", ["Din mentor 🙋", "Hvem er din mentor?", "Din mentor"][v % 3]))
    if "mentor_nocontact" in d:
        b.append(("lines", [f"{c.mentor_first} fra {c.company}.", f"{c.mentor_first} skriver til dig på Messenger."]))
    else:
        b.append(("lines", [f"{c.mentor} fra {c.company}", f"Sms/ring: {c.mentor_phone}", f"Mail: {c.mentor_mail}"]))
    if "tasks_missing" not in d:
        b.append(("q", [f"Det hjælper {c.mentor_first} dig med", "Det laver I sammen ✅", f"{c.mentor_first} kan hjælpe med"][v % 3]))
        b.append(("ul", [t[0].upper() + t[1:] for t in tasks(c, rng)]))
    b.append(("q", ["Hvor længe kører det? 📅", "Hvornår? 📅", "Start og slut 📅"][v % 3]))
    if "duration_missing" in d:
        b.append(("p", "Vi kører, så længe det giver mening for dig."))
    else:
        txt, per = _period(c, v + 3, d)
        info["period"] = per
        b.append(("p", txt[0].upper() + txt[1:] + "."))
    if "hours_missing" not in d:
        b.append(("q", ["Hvor meget ses I? ⏰", "Hvor tit? ⏰", "Tid sammen ⏰"][v % 3]))
        b.append(("p", hours_text(c, v + 3, "hours_vague" in d)))
    if "followup_missing" not in d:
        b.append(("q", ["Check-in 🔄", "Hvordan går det? 🔄", "Opfølgning 🔄"][v % 3]))
        b.append(("p", followup_text(c, v, "ung", "followup_vague" in d)))
    ap = appeal(c, "ung", _appeal_defect(d), v)
    if ap:
        b.append(("q", ["Uenig? ⚖️", "Hvis du vil klage", "Klage ⚖️"][v % 3]))
        b.append(("lines", ap))
    b.append(("p", f"Vi glæder os! 😊 – {c.cw}, Ungeindsatsen, {c.kommune} Kommune, tlf. {c.cw_phone}"))
    return title, b, info


EMO = {"goal": "🎯", "mentor": "👤", "tasks": "✅", "period": "📅", "hours": "⏰", "fu": "🔄", "appeal": "⚖️"}
EMO2 = {"goal": "⭐", "mentor": "📞", "tasks": "📝", "period": "🗓️", "hours": "🕒", "fu": "💬", "appeal": "📣"}


def a_emoji(c: Case, d: set, rng, v: int, pdf=False):
    title = ["Aftale om mentorstøtte", "Mentoraftale med symboler", "Din mentoraftale – kort og klart"][v % 3]
    E = EMO if v % 2 == 0 else EMO2
    b = [("title", title), _kommune_meta(c, rng)]
    info = {"traits": ["emoji-items"]}
    b.append(("p", f"Kære {c.first}. Her er din aftale. Hvert punkt har et billede, så det er let at finde."))
    items = []
    if "goal_missing" not in d:
        items.append(f"{E['goal']} Mål: {goal(c, 'du', 'goal_unclear' in d)}")
    elif v % 2:
        items.append(f"{E['goal']} Mål: Udfyldes senere")
    if "mentor_nocontact" in d:
        items.append(f"{E['mentor']} Mentor: {c.mentor}, {c.company}")
    else:
        items.append(f"{E['mentor']} Mentor: {c.mentor}, {c.company}, tlf. {c.mentor_phone}")
    if "tasks_missing" not in d:
        ts = tasks(c, rng, 3)
        items.append(f"{E['tasks']} Mentoren hjælper dig med: " + "; ".join(ts) + ".")
    if "duration_missing" in d:
        items.append(f"{E['period']} Periode: Indtil videre")
    else:
        txt, per = _period(c, v + 4, d)
        info["period"] = per
        items.append(f"{E['period']} Periode: {txt}")
    if "hours_missing" not in d:
        items.append(f"{E['hours']} Timer: {hours_text(c, v + 4, 'hours_vague' in d)}")
    if "followup_missing" not in d:
        items.append(f"{E['fu']} Opfølgning: {followup_text(c, v + 2, 'du', 'followup_vague' in d)}")
    ap = appeal(c, "easy", _appeal_defect(d), v + 1)
    if ap:
        items.append(f"{E['appeal']} Klage: " + " ".join(ap))
    b.append(("lines", items))
    b.append(("p", f"Spørgsmål? Ring til {c.cw}, {c.kommune} Kommune, på {c.cw_phone}."))
    b.append(("sig", ["Borger", "Mentor", "Sagsbehandler"]))
    return title, b, info


def a_large(c: Case, d: set, rng, v: int):
    title = ["AFTALE OM MENTORSTØTTE", "Aftale om mentor – stor skrift", "MENTORAFTALE"][v % 3]
    b = [("title", title), ("p", "Denne aftale er skrevet med stor skrift, så den er let at læse.")]
    info = {"traits": ["large-print", "kv-table"]}
    rows = [("Dit navn", c.full)]
    if c.cpr:
        rows.append(("CPR-nummer", c.cpr))
    if "goal_missing" not in d:
        rows.append(("Dit mål", goal(c, "du", "goal_unclear" in d)))
    else:
        rows.append(("Dit mål", "-"))
    if "mentor_nocontact" in d:
        rows.append(("Din mentor", f"{c.mentor}, {c.company}"))
    else:
        rows.append(("Din mentor", f"{c.mentor}, {c.company}. Tlf. {c.mentor_phone}"))
    if "tasks_missing" not in d:
        rows.append(("Mentoren hjælper med", ". ".join(t[0].upper() + t[1:] for t in tasks(c, rng, 3)) + "."))
    if "duration_missing" in d:
        rows.append(("Periode", "Aftales senere"))
    else:
        txt, per = _period(c, v, d)
        info["period"] = per
        rows.append(("Periode", txt))
    if "hours_missing" not in d:
        rows.append(("Timer", hours_text(c, v + 1, "hours_vague" in d)))
    if "followup_missing" not in d:
        rows.append(("Opfølgning", followup_text(c, v, "du", "followup_vague" in d)))
    rows.append(("Sagsbehandler", f"{c.cw}, tlf. {c.cw_phone}"))
    b.append(("kv", rows))
    ap = appeal(c, "easy" if v % 2 else "formal", _appeal_defect(d), v)
    if ap:
        b.append(("h", "Klagevejledning"))
        b.append(("lines", ap))
    b.append(("sig", ["Borger", "Mentor", f"{c.kommune} Kommune"]))
    return title, b, info


def a_company(c: Case, d: set, rng, v: int):
    title = [f"Samarbejdsaftale – {c.company}", f"Aftale om mentorforløb hos {c.company}"][v % 2]
    b = [("title", title)]
    info = {"traits": ["provider", "easy-read-table"]}
    b.append(("p", f"Denne aftale er lavet mellem dig, {c.company} og {c.kommune} Kommune. Kommunen har bevilget "
                   f"mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats."))
    meta = [("Deltager", c.full)]
    if c.cpr:
        meta.append(("CPR", c.cpr))
    meta.append(("Sagsbehandler i kommunen", f"{c.cw}, {c.cw_mail}"))
    b.append(("meta", meta))
    rows = []
    if "goal_missing" not in d:
        rows.append(["Mål", "Det vil du gerne nå", goal(c, "du", "goal_unclear" in d)])
    if "mentor_nocontact" in d:
        rows.append(["Mentor", "Din mentor", f"{c.mentor}"])
    else:
        rows.append(["Mentor", "Din mentor", f"{c.mentor}, {c.mentor_phone}, {c.mentor_mail}"])
    if "tasks_missing" not in d:
        rows.append(["Opgaver", "Det hjælper mentoren med", "; ".join(tasks(c, rng, 3))])
    if "duration_missing" in d:
        rows.append(["Periode", "Hvor længe", "Løbende"])
    else:
        txt, per = _period(c, v + 3, d)
        info["period"] = per
        rows.append(["Periode", "Hvor længe", txt])
    if "hours_missing" not in d:
        rows.append(["Timer", "Hvor meget tid", hours_text(c, v, "hours_vague" in d)])
    if "followup_missing" not in d:
        rows.append(["Opfølgning", "Hvornår ser vi på, hvordan det går", followup_text(c, v + 3, "du", "followup_vague" in d)])
    b.append(("table", ["Punkt", "Hvad betyder det", "Aftale"], rows))
    ap = appeal(c, "formal", _appeal_defect(d), v + 1)
    if ap:
        b.append(("h", "Hvis du er uenig i kommunens afgørelse"))
        b.extend(("p", x) for x in ap)
    b.append(("p", f"Med venlig hilsen {c.company}"))
    b.append(("sig", ["Deltager", "Mentor"]))
    return title, b, info


AGREEMENT_FAMILIES = {"qa": a_qa, "voice": a_voice, "meeting": a_meeting, "youth": a_youth, "emoji": a_emoji,
                      "large": a_large, "company": a_company}


# ======================================================================= decisions

def _dec_core(c: Case, sub: str, d: set, info):
    """Plain summary lines, the formal decision paragraph and reasons for each subtype."""
    k = f"{c.kommune} Kommune"
    h = c.hours
    ht = f"{h} time" if h == 1 else f"{h} timer"
    over = _over_kind(d)
    if sub in ("grant", "partial", "extension"):
        if sub == "extension":
            # new period starts after the previous one
            prev_end = c.start - dt.timedelta(days=1)
            prev_start = add_months(c.start, -6)
            c.extra["prev"] = (prev_start, prev_end)
            c.letter = prev_end - dt.timedelta(days=10)
        txt, per = _period(c, 0 if sub != "partial" else 1, d)
        info["period"] = per
    if sub == "grant" and "opt_udskriv" in d:
        # udskrivningskoordinator, LAB § 167, stk. 2: up to 3 months before discharge, at least 6 months in all
        discharge = add_months(c.start, 3)
        e9 = end_of(c.start, 9)
        txt = f"fra {dlong(c.start)} til {dlong(e9)}"
        info["period"] = {"start": c.start.isoformat(), "end": e9.isoformat()}
        info["traits"].append("udskrivningskoordinator")
        summary = ["Du får en udskrivningskoordinator.", f"Det er en mentor, der hjælper dig, før og efter du bliver udskrevet.",
                   f"Du får støtten {txt}.", f"{c.mentor} er din koordinator. {c.mhun.capitalize()} har {ht} om ugen til dig."]
        formal = (f"{k} har bevilget dig mentorstøtte som udskrivningskoordinator efter § 167, stk. 2, i lov om en aktiv "
                  f"beskæftigelsesindsats. Du er indlagt på Psykiatrisk Center {c.by}, og din udskrivning er planlagt til "
                  f"den {dlong(discharge)}. Støtten er bevilget {txt}, det vil sige 3 måneder før og 6 måneder efter "
                  f"udskrivningen, med {ht} om ugen.")
        reasons = (f"Du har ret til en udskrivningskoordinator, fordi du er indlagt med en psykisk lidelse. Regionen har "
                   f"givet os besked om udskrivningen, og du har sagt ja til støtten. Du får det, du har søgt om.")
        return summary, formal, reasons
    if sub == "grant":
        summary = [f"Du får en mentor.", f"Du får mentor {txt}.", f"Din mentor har {h} timer om ugen til dig." if h > 1 else "Din mentor har 1 time om ugen til dig.",
                   f"Din mentor er {c.mentor} fra {c.company}."]
        formal = (f"{k} har bevilget dig mentorstøtte efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats. "
                  f"Støtten er bevilget {txt} med {ht} om ugen. Mentorforløbet varetages af {c.company}.")
        reasons = (f"Du har søgt om mentorstøtte, og du får det, du har søgt om. Vi har lagt vægt på, at du har brug for "
                   f"støtte for at kunne {_aim_short(c)}.")
    elif sub == "partial":
        summary = [f"Du får en mentor, men færre timer, end du søgte om.", f"Du søgte om 6 timer om ugen.",
                   f"Du får {ht} om ugen.", f"Du får mentor {txt}."]
        formal = (f"{k} har bevilget dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats {txt}. "
                  f"Du har søgt om 6 timer om ugen. Du får delvist medhold, idet vi bevilger {ht} om ugen.")
        helper = ("skolens studievejleder og SPS" if c.track in EDU_TRACKS else
                  "en fast kollega, som arbejdspladsen har udpeget til at hjælpe dig")
        reasons = (f"Vi har lagt vægt på, at du allerede får støtte fra {helper}, og at du selv "
                   f"klarer transporten. Vi vurderer derfor, at {ht} om ugen er nok til, at du kan {_aim_short(c)}. "
                   f"Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.")
    elif sub == "extension":
        ps, pe = c.extra["prev"]
        summary = [f"Du får mentor i en ny periode.", f"Din nye periode er {txt}.", f"Du har stadig {c.mentor_first} som mentor.",
                   f"{c.mentor_first} har {ht} om ugen til dig."]
        formal = (f"{k} har besluttet at forlænge din mentorstøtte efter § 167, stk. 1, 2. pkt., i lov om en aktiv "
                  f"beskæftigelsesindsats. Den tidligere periode var {dlong(ps)} – {dlong(pe)}. Den nye periode er {txt} "
                  f"med {ht} om ugen.")
        reasons = (f"Vi har lagt vægt på statusmødet den {dlong(pe - dt.timedelta(days=14))}, hvor du og {c.mentor_first} fortalte, "
                   f"at du nu kommer {['3', '4'][h % 2]} dage om ugen, men endnu ikke klarer det uden støtte. "
                   f"Efter en konkret vurdering giver vi dig derfor en ny periode.")
    elif sub == "refusal":
        place = f"{c.by} Produktionsskole" if c.track in EDU_TRACKS else f"praktikstedet hos {c.store}"
        summary = ["Du får ikke en mentor.", "Det er fordi, du allerede får den hjælp, du har brug for.",
                   "Du kan klage, hvis du er uenig. Læs hvordan nederst."]
        formal = (f"{k} har givet dig afslag på din ansøgning om mentorstøtte efter § 167 i lov om en aktiv "
                  f"beskæftigelsesindsats, modtaget den {dlong(c.letter - dt.timedelta(days=20))}.")
        reasons = (f"Mentorstøtte kan gives, når det er nødvendigt for, at du kan fastholde et job, en uddannelse eller et "
                   f"tilbud. Vi har lagt vægt på, at du allerede har en kontaktperson på {place}, som hjælper "
                   f"dig 2 gange om ugen, og at de oplyser, at du møder stabilt. Vi vurderer derfor ikke, at det er "
                   f"nødvendigt med en mentor (jf. § 167, stk. 1).")
    else:  # end
        stop = c.start + dt.timedelta(days=70)
        info["stop"] = stop.isoformat()
        c.letter = stop - dt.timedelta(days=7)
        summary = ["Din mentorstøtte stopper.", f"Den sidste dag er {dlong(stop)}.",
                   "Det er fordi, du er startet i job og ikke har brug for en mentor mere."]
        formal = (f"{k} har besluttet, at din mentorstøtte ophører den {dlong(stop)}. Mentorstøtten var bevilget fra "
                  f"{dlong(c.start)} til {dlong(c.end)}.")
        reasons = (f"Vi har lagt vægt på, at du fra {dlong(stop - dt.timedelta(days=10))} er ansat 30 timer om ugen hos "
                   f"{c.warehouse}, og at du og {c.mentor_first} på mødet den {dlong(stop - dt.timedelta(days=20))} sagde, "
                   f"at du klarer jobbet selv. Betingelsen i § 167, stk. 1, er dermed ikke længere opfyldt.")
    if "reasons_missing" in d:
        summary = [x for x in summary if not x.startswith("Det er fordi")]
    return summary, formal, reasons


def _aim_short(c):
    from content import TRACKS
    return {"fgu": "komme i gang på FGU", "10kl": "gennemføre 10. klasse", "eud_tomrer": "gennemføre grundforløbet",
            "fritidsjob": "få et fritidsjob", "hf": "gennemføre HF-enkeltfag", "praktik_dyr": "gennemføre praktikken",
            "eux": "komme godt i gang på EUX", "praktik": "gennemføre virksomhedspraktikken", "lager": "få job på et lager",
            "sosu": "komme ind på SOSU-uddannelsen", "fleksjob": "fastholde dit fleksjob", "truck": "få et lagerjob",
            "rengoering": "få et job i rengøring", "loentilskud": "gennemføre løntilskudsjobbet"}[c.track]


DEC_TITLES = {"grant": ["Afgørelse om mentorstøtte", "Du får en mentor", "Bevilling af mentorstøtte"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Du får en mentor – men færre timer", "Afgørelse: mentorstøtte"],
              "extension": ["Forlængelse af mentorstøtte", "Du får mentor i en ny periode", "Afgørelse om forlængelse af mentorstøtte"],
              "refusal": ["Afslag på mentorstøtte", "Svar på din ansøgning om mentor", "Afgørelse om mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Din mentorstøtte stopper", "Afgørelse om ophør af mentorstøtte"]}


def d_box(c: Case, d: set, rng, v: int, sub: str):
    """Formal letter with a plain-language summary box before the formal text."""
    title = DEC_TITLES[sub][v % 3]
    info = {"traits": ["summary-box", sub]}
    summary, formal, reasons = _dec_core(c, sub, d, info)
    b = [_kommune_meta(c, rng, extra=[("Sagsbehandler", f"{c.cw}, tlf. {c.cw_phone}")]), ("title", title)]
    b.append(("box", ["Kort fortalt", "Det vigtigste i brevet", "Brevet på 30 sekunder"][v % 3], [("lines", summary)]))
    b.append(("p", f"Kære {c.full}"))
    b.append(("h", "Afgørelse"))
    b.append(("p", formal))
    if "reasons_missing" not in d:
        b.append(("h", "Begrundelse"))
        b.append(("p", reasons))
    if sub in ("grant", "partial", "extension"):
        b.append(("h", "Din mentor"))
        if sub == "extension":
            b.append(("p", f"Du fortsætter med {c.mentor}, {c.company}, tlf. {c.mentor_phone}. I laver en ny skriftlig aftale "
                           f"for den nye periode."))
        else:
            b.append(("p", f"Din mentor er {c.mentor}, {c.company}, tlf. {c.mentor_phone}. {c.mentor_first} kontakter dig inden "
                           f"for en uge, og I laver en skriftlig aftale om mål, opgaver og opfølgning."))
    ap = appeal(c, "formal", _appeal_defect(d), v)
    if ap:
        b.append(("h", ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"][v % 3]))
        b.extend(("p", x) for x in ap)
    b.append(("p", f"Med venlig hilsen\n{c.cw}\nSagsbehandler, {c.kommune} Kommune"))
    return title, b, info


def d_easy(c: Case, d: set, rng, v: int, sub: str):
    """Decision written entirely in easy-read."""
    title = DEC_TITLES[sub][(v + 1) % 3]
    info = {"traits": ["easy-read", sub]}
    summary, formal, reasons = _dec_core(c, sub, d, info)
    b = [_kommune_meta(c, rng, label_cpr="Dit CPR-nummer"), ("title", title), ("p", f"Hej {c.first}")]
    b.append(("q", "Hvad har vi besluttet?"))
    b.append(("lines", summary))
    if "reasons_missing" not in d:
        b.append(("q", ["Hvorfor?", "Derfor har vi besluttet det", "Hvorfor har vi sagt det?"][v % 3]))
        b.append(("lines", _easy_reasons(c, sub)))
    b.append(("q", "Hvad sker der nu?"))
    if sub in ("grant", "partial", "extension"):
        b.append(("lines", [f"{c.mentor_first} ringer til dig.", f"Telefon til {c.mentor_first}: {c.mentor_phone}.",
                            "I laver en aftale sammen om, hvad I skal lave."]))
    elif sub == "refusal":
        b.append(("lines", ["Du fortsætter som nu.", f"Ring til {c.cw_first}, hvis det bliver svært."]))
    else:
        b.append(("lines", [f"Du har dit sidste møde med {c.mentor_first}.", "Du kan altid ringe til os, hvis du får brug for hjælp igen."]))
    if "reasons_missing" not in d:
        b.append(("p", f"Brevet er en afgørelse efter § 167 i lov om en aktiv beskæftigelsesindsats."))
    ap = appeal(c, "easy", _appeal_defect(d), v)
    if ap:
        b.append(("q", ["Klagevejledning", "Vil du klage?", "Hvis du er uenig"][v % 3]))
        b.append(("lines", ap))
    b.append(("lines", ["Venlig hilsen", c.cw, f"{c.kommune} Kommune", f"Telefon {c.cw_phone}"]))
    return title, b, info


def _easy_reasons(c, sub):
    if sub == "grant":
        return ["Du har brug for hjælp til at komme godt i gang.", f"Med en mentor kan du {_aim_short(c)}.", "Derfor siger vi ja."]
    if sub == "partial":
        return ["Du får allerede hjælp fra skolen." if c.track in EDU_TRACKS else "Du får allerede hjælp på arbejdspladsen.", "Derfor tror vi, at færre timer er nok.",
                "Vi har lagt vægt på det, skolen har skrevet til os."]
    if sub == "extension":
        return ["Det går godt, men du har stadig brug for hjælp.", "Det sagde du og din mentor på statusmødet.",
                "Derfor får du en ny periode."]
    if sub == "refusal":
        sted = "skolen" if c.track in EDU_TRACKS else "praktikstedet"
        return [f"Du har allerede en kontaktperson på {sted}.", f"{sted.capitalize()} siger, at du kommer hver dag.",
                "Vi tror derfor ikke, at en mentor vil gøre en forskel.", "Reglerne står i § 167 i loven."]
    return ["Du har fået et job.", "Du og din mentor siger, at du klarer det selv nu.", "Derfor stopper mentorstøtten."]


def d_youth(c: Case, d: set, rng, v: int, sub: str):
    title = {"grant": "Ja til mentor ✅", "partial": "Ja til mentor – men færre timer", "extension": "Du fortsætter med din mentor 🙌",
             "refusal": "Svar på din ansøgning om mentor", "end": "Din mentor stopper"}[sub]
    info = {"traits": ["youth-register", sub]}
    summary, formal, reasons = _dec_core(c, sub, d, info)
    b = [_kommune_meta(c, rng, label_cpr="CPR"), ("title", title), ("p", f"Hej {c.first} 👋")]
    b.append(("lines", summary))
    b.append(("q", "Det formelle 📄"))
    b.append(("p", formal))
    if "reasons_missing" not in d:
        b.append(("q", "Hvorfor?"))
        b.append(("p", reasons))
    ap = appeal(c, "ung", _appeal_defect(d), v)
    if ap:
        b.append(("q", "Uenig? ⚖️"))
        b.extend(("p", x) for x in ap)
    b.append(("p", f"Hilsen {c.cw_first}, Ungeindsatsen, {c.kommune} Kommune – skriv eller ring på {c.cw_phone}"))
    return title, b, info


def d_large(c: Case, d: set, rng, v: int, sub: str):
    title = DEC_TITLES[sub][0].upper()
    info = {"traits": ["large-print", sub]}
    summary, formal, reasons = _dec_core(c, sub, d, info)
    b = [_kommune_meta(c, rng), ("title", title), ("p", "Dette brev er skrevet med stor skrift."),
         ("box", "Det vigtigste", [("ul", summary)]), ("h", "Vores afgørelse"), ("p", formal)]
    if "reasons_missing" not in d:
        b += [("h", "Derfor"), ("p", reasons)]
    ap = appeal(c, "formal", _appeal_defect(d), v + 1)
    if ap:
        b.append(("h", "Klagevejledning"))
        b.extend(("p", x) for x in ap)
    b.append(("p", f"Venlig hilsen {c.cw}, {c.kommune} Kommune"))
    return title, b, info


DECISION_FAMILIES = {"box": d_box, "easy": d_easy, "youth": d_youth, "large": d_large}


# ======================================================================= Min Plan

def m_easy(c: Case, d: set, rng, v: int):
    title = ["Min Plan – Mentor (let læst)", "Min Plan: mentorstøtte", "Min Plan – din mentor"][v % 3]
    info = {"traits": ["easy-read", "minplan"]}
    b = [("title", title), ("meta", [("Oprettet", dlong(c.letter)), ("Af", f"{c.cw}, {c.kommune} Kommune")]
                            + ([("CPR-nr.", c.cpr)] if c.cpr else []))]
    if "goal_missing" not in d:
        b += [("q", "Hvad er målet?"), ("lines", [goal(c, "du", "goal_unclear" in d)])]
    b.append(("q", "Hvem er din mentor?"))
    if "mentor_nocontact" in d:
        b.append(("lines", [f"{c.mentor} fra {c.company}."]))
    else:
        b.append(("lines", [f"{c.mentor} fra {c.company}.", f"Telefon {c.mentor_phone}."]))
    if "tasks_missing" not in d:
        b += [("q", "Hvad hjælper mentoren med?"), ("ul", [t[0].upper() + t[1:] + "." for t in tasks(c, rng, 3)])]
    if "duration_missing" not in d:
        txt, per = _period(c, v, d)
        info["period"] = per
        b += [("q", "Hvor længe?"), ("lines", [txt[0].upper() + txt[1:] + "."])]
    if "hours_missing" not in d:
        b += [("q", "Hvor mange timer?"), ("lines", [hours_text(c, v, "hours_vague" in d)])]
    return title, b, info


def m_voice(c: Case, d: set, rng, v: int):
    title = ["Min Plan", "Min Plan – min mentor", "Min Plan: Det arbejder jeg med"][v % 3]
    info = {"traits": ["citizen-voice", "minplan"]}
    b = [("title", title), ("meta", [("Indsats", "Mentorstøtte (§ 167)"), ("Opdateret", dlong(c.letter))]
                            + ([("CPR-nr.", c.cpr)] if c.cpr else []))]
    if "goal_missing" not in d:
        b += [("h", "Mit mål"), ("p", goal(c, "jeg", "goal_unclear" in d))]
    b.append(("h", "Min mentor"))
    if "mentor_nocontact" in d:
        b.append(("p", f"Min mentor er {c.mentor} fra {c.company}."))
    else:
        b.append(("p", f"Min mentor er {c.mentor} fra {c.company}. Jeg kan ringe på {c.mentor_phone} eller skrive til {c.mentor_mail}."))
    if "tasks_missing" not in d:
        b += [("h", "Min mentor hjælper mig med"), ("ul", [t[0].upper() + t[1:] for t in tasks_jeg(tasks(c, rng, 3))])]
    if "duration_missing" not in d:
        txt, per = _period(c, v + 1, d)
        info["period"] = per
        b += [("h", "Hvor længe"), ("p", f"Jeg har en mentor {txt}.")]
    if "hours_missing" not in d:
        b += [("h", "Timer"), ("p", "Vi ses, når jeg har brug for det." if "hours_vague" in d else
                                   f"Vi ses {c.hours} timer om ugen." if c.hours > 1 else "Vi ses 1 time om ugen.")]
    return title, b, info


def m_youth(c: Case, d: set, rng, v: int):
    title = ["Min Plan – Ungeindsatsen", "Din plan 🚀 (Min Plan)", "Min Plan – Uddannelse og mentor"][v % 3]
    info = {"traits": ["youth-register", "minplan"]}
    b = [("title", title), ("p", f"Her er din plan, {c.first}. Den ligger også i appen Min Plan.")]
    if c.cpr:
        b.append(("meta", [("CPR", c.cpr)]))
    if v % 2 == 0:
        # other activity with its own, longer period: not the mentor support's
        c.track = "fgu"
        fs = c.start
        b += [("q", "Uddannelse 🏫"), ("lines", [f"FGU {c.by}, produktionsgrunduddannelse (PGU)",
                                                 f"Fra {dlong(fs)} til {dlong(dt.date(fs.year + 2, 6, 30))}"])]
        info["traits"].append("other-activity-long-period")
    b.append(("q", "Mentor 🙋"))
    if "goal_missing" not in d:
        b.append(("p", "Mål: " + goal(c, "ung", "goal_unclear" in d)))
    if "mentor_nocontact" in d:
        b.append(("p", f"Din mentor: {c.mentor_first} ({c.company})"))
    else:
        b.append(("p", f"Din mentor: {c.mentor} ({c.company}) – sms/ring {c.mentor_phone}"))
    if "tasks_missing" not in d:
        ts = tasks(c, rng, 3)
        b.append(("p", f"{c.mentor_first} skal " + ", ".join(ts[:-1]) + " og " + ts[-1] + "."))
    if "duration_missing" not in d:
        txt, per = _period(c, v + 2, d)
        info["period"] = per
        b.append(("p", f"Mentorperiode: {txt}"))
    if "hours_missing" not in d:
        b.append(("p", "Tid sammen: " + hours_text(c, v + 2, "hours_vague" in d)))
    return title, b, info


def m_emoji(c: Case, d: set, rng, v: int):
    title = ["Min Plan: Mentorstøtte", "Min Plan – mentor", "Min Plan (mentorstøtte)"][v % 3]
    E = EMO if v % 2 else EMO2
    info = {"traits": ["emoji-items", "minplan"]}
    b = [("title", title), ("meta", [("Borger", c.full)] + ([("CPR-nr.", c.cpr)] if c.cpr else []) +
                            [("Kontaktperson i kommunen", f"{c.cw}, {c.cw_phone}")])]
    items = []
    if "goal_missing" not in d:
        items.append(f"{E['goal']} Mål: {goal(c, 'du', 'goal_unclear' in d)}")
    if "mentor_nocontact" in d:
        items.append(f"{E['mentor']} Mentor: {c.mentor}")
    else:
        items.append(f"{E['mentor']} Mentor: {c.mentor}, {c.company}, {c.mentor_mail}, tlf. {c.mentor_phone}")
    if "tasks_missing" not in d:
        items.append(f"{E['tasks']} Opgaver: " + "; ".join(tasks(c, rng, 3)))
    if "duration_missing" not in d:
        txt, per = _period(c, v + 3, d)
        info["period"] = per
        items.append(f"{E['period']} Periode: {txt}")
    if "hours_missing" not in d:
        items.append(f"{E['hours']} Timer: {hours_text(c, v + 1, 'hours_vague' in d)}")
    b.append(("lines", items))
    return title, b, info


MINPLAN_FAMILIES = {"easy": m_easy, "voice": m_voice, "youth": m_youth, "emoji": m_emoji}
