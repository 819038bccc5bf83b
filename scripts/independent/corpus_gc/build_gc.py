"""Build format-neutral documents (agreement, decision, Min Plan, unknown) for corpus GC.

A built document is a dict:
    head:  items at the top (title, letterhead, meta lines)
    main:  the body items (reading order of the letter)
    side:  items the layout moves away from the body (box, frame, side cell, sidebar, signature card)
    sig:   signature lines
    post:  items under the signature (appeal text in e-mails, enclosures)
plus label data (kind, subtype, rules, traits, cpr, period).
"""
from __future__ import annotations

import datetime as dt
import random

from content_gc import (AFDELINGER, KOMMUNER, PROVIDERS, SCHOOLS, WORKPLACES, ALL_AGREE, MINPLAN,
                        add_months, appeal_full, appeal_incomplete, choose_defects, cpr, domain_of,
                        f_long, f_num, f_slash, follow_up_clear, follow_up_vague, goal_clear, goal_unclear,
                        hours_clear, hours_vague, mail_of, make_period, period_text, person, phone,
                        placeholder, tasks)

LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Mål for forløbet", "Dit mål", "Formål med mentorstøtten"],
    "mentor": ["Mentor", "Din mentor", "Mentorens navn og kontaktdata", "Kontakt til mentor", "Mentor / kontaktperson"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Det hjælper mentor med", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Gyldig fra/til", "Forløbsperiode"],
    "follow_up": ["Opfølgning", "Opfølgning og evaluering", "Evaluering", "Statusmøder"],
    "hours": ["Timetal", "Timer pr. uge", "Antal timer", "Mentortimer", "Omfang"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}


class Ctx:
    """People and places of one document."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.kommune, self.street, self.city, self.kdomain = rng.choice(KOMMUNER)
        self.afd = rng.choice(AFDELINGER)
        self.first, self.citizen = person(rng)
        _, self.caseworker = person(rng)
        self.cw_phone = phone(rng)
        self.cw_mail = mail_of(self.caseworker, self.kdomain)
        self.provider = rng.choice(PROVIDERS)
        self.mfirst, self.mentor = person(rng)
        self.m_phone = phone(rng)
        self.m_mail = mail_of(self.mentor, domain_of(self.provider))
        self.k_phone = phone(rng)
        self.sagsnr = rng.choice([f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-"
                                  f"{rng.choice(['G01', 'P20', 'A00'])}-{rng.randint(1, 99)}-{rng.randint(20, 26)}",
                                  f"J.nr. {rng.randint(2025, 2026)}-{rng.randint(1000, 99999)}",
                                  f"{rng.randint(100000, 999999)}"])
        self.date = dt.date(2026, rng.randint(1, 11), rng.randint(1, 27))
        self.cpr = None

    def letterhead(self):
        return [self.kommune, self.afd, self.street, self.city]


def field_items(ctx: Ctx, key: str, mode: str, value, side: bool) -> list:
    """Items for one field. mode: ok | absent | placeholder | name_only | vague | incomplete."""
    rng = ctx.rng
    if mode == "absent":
        return []
    label = rng.choice(LABELS[key])
    if mode == "placeholder":
        return [("lv", label, placeholder(rng))]
    if key == "mentor":
        if mode == "name_only":
            lines = [ctx.mentor, ctx.provider]
        else:
            lines = [ctx.mentor, ctx.provider]
            style = rng.randint(0, 2)
            if style == 0:
                lines += [f"Tlf. {ctx.m_phone}", ctx.m_mail]
            elif style == 1:
                lines += [f"Mobil: {ctx.m_phone}"]
            else:
                lines += [f"E-mail: {ctx.m_mail}", f"Telefon {ctx.m_phone}"]
        if side or rng.random() < 0.5:
            return [("h", label), ("lines", lines)]
        return [("lv", label, ", ".join(lines))]
    if key == "tasks":
        if side or rng.random() < 0.7:
            return [("h", label), ("ul", value)]
        return [("lv", label, "; ".join(value) + ".")]
    if side and rng.random() < 0.5:
        return [("h", label), ("p", value)]
    if rng.random() < 0.6:
        return [("lv", label, value)]
    return [("h", label), ("p", value)]


def _modes(rng, defects, keys):
    modes = {}
    for k in keys:
        rule = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours",
                "appeal": "missing-appeal-guidance"}[k]
        if rule in defects:
            opts = ["absent", "placeholder"]
            if k == "mentor":
                opts += ["name_only", "name_only"]
            if k in ("follow_up", "hours"):
                opts += ["vague", "vague"]
            if k == "appeal":
                opts += ["incomplete", "incomplete"]
            modes[k] = rng.choice(opts)
        else:
            modes[k] = "ok"
    return modes


def _meta(ctx: Ctx, with_cpr: bool, rng) -> list:
    lines = [f"Dato: {rng.choice([f_long, f_num])(ctx.date)}", f"Sagsnr.: {ctx.sagsnr}"]
    if with_cpr:
        ctx.cpr = cpr(rng)
        lines.insert(0, f"{rng.choice(['CPR-nr.', 'Cpr.nr.', 'CPR'])}: {ctx.cpr}")
    lines += [f"Sagsbehandler: {ctx.caseworker}", f"Direkte tlf. {ctx.cw_phone}", ctx.cw_mail]
    return lines


def _cpr_labels(ctx):
    if not ctx.cpr:
        return []
    return [ctx.cpr, ctx.cpr.replace("-", "")]


# ------------------------------------------------------------------ agreement

def build_agreement(rng: random.Random, side_keys: set, appeal_pos: str, with_cpr: bool,
                    weights: dict | None = None, from_mentor: bool = False) -> dict:
    ctx = Ctx(rng)
    defects = choose_defects(rng, ALL_AGREE, weights or {})
    keys = ["goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal"]
    modes = _modes(rng, defects, keys)
    over = "duration-over-6-months" in defects
    start, end, n = make_period(rng, over)
    ctx.date = start - dt.timedelta(days=rng.randint(2, 20))
    goal = goal_unclear(rng, ctx.first) if "unclear-goal" in defects else goal_clear(rng, ctx.first)
    while ("missing-hours" in defects and "timer" in goal) or (
            modes["duration"] != "ok" and any(w in goal for w in ("2026", "uge", "senest"))):
        goal = goal_clear(rng, ctx.first)
    vals = {
        "goal": goal,
        "mentor": None,
        "tasks": tasks(rng, ctx.first),
        "duration": period_text(rng, start, end, n),
        "follow_up": follow_up_vague(rng) if modes["follow_up"] == "vague" else follow_up_clear(rng, end),
        "hours": hours_vague(rng) if modes["hours"] == "vague" else hours_clear(rng),
        "appeal": appeal_incomplete(rng) if modes["appeal"] == "incomplete" else appeal_full(rng, ctx.kommune, ctx.k_phone),
    }
    while modes["duration"] != "ok" and "uger" in vals["hours"]:
        vals["hours"] = hours_clear(rng)
    if modes["duration"] != "ok" or "missing-follow-up" in defects:
        # the clear follow-up may carry an evaluation date; keep it date-free when the period is missing
        if modes["follow_up"] == "ok":
            vals["follow_up"] = rng.choice(["Statusmøde med mentor og sagsbehandler hver 4. uge; slutevaluering to uger før støtten slutter.",
                                            "Opfølgningssamtale hver 6. uge med sagsbehandler; delmål: fremmøde 4 dage om ugen."])
    items = {}
    for k in keys:
        m = modes[k] if modes[k] not in ("vague", "incomplete") else "ok"
        if k == "goal" and m == "ok" and "unclear-goal" in defects:
            m = "ok"
        items[k] = field_items(ctx, k, m, vals[k], k in side_keys)
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Skriftlig aftale om mentorstøtte (LAB § 167)", "Aftale – mentorstøtte",
                        "Mentorstøtte: aftale mellem borger, mentor og kommunen"])
    head = [("title", title), ("lines", ctx.letterhead())]
    meta = _meta(ctx, with_cpr, rng)
    intro = rng.choice([
        f"Denne aftale er lavet mellem {ctx.citizen}" + (f", mentor {ctx.mentor}" if modes['mentor'] != 'absent' else "")
        + f" og {ctx.kommune} ved opstartsmødet {f_long(ctx.date)}.",
        f"Kære {ctx.first}. Her er den aftale om mentorstøtte, vi lavede sammen på mødet {f_slash(ctx.date)}.",
        f"Borger: {ctx.citizen}. Aftalen beskriver, hvad mentorstøtten skal føre til, og hvordan vi arbejder sammen.",
        f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Her er aftalen, {ctx.first}.",
    ])
    main, side = [("p", intro)], []
    order = ["goal", "tasks", "mentor", "duration", "hours", "follow_up"]
    if rng.random() < 0.4:
        order = ["goal", "mentor", "duration", "hours", "tasks", "follow_up"]
    for k in order:
        (side if k in side_keys else main).extend(items[k])
    if "meta" in side_keys:
        side = [("lines", meta)] + side
    else:
        head.append(("lines", meta))
    closing = rng.choice([
        "Aftalen kan ændres, hvis behovet ændrer sig. Ændringer skrives ind i Min Plan.",
        "Har du spørgsmål til aftalen, er du velkommen til at ringe til din sagsbehandler.",
        "Vi glæder os til samarbejdet.",
        "Aftalen er gennemgået og underskrevet af alle parter.",
    ])
    closing_item = ("p", closing)
    main.append(closing_item)
    sig = [rng.choice(["Med venlig hilsen", "Venlig hilsen", "Mvh."]), ctx.caseworker,
           rng.choice(["Jobkonsulent", "Sagsbehandler", "Virksomhedskonsulent", "Rådgiver"]), ctx.kommune]
    post = []
    if items["appeal"]:
        if appeal_pos == "side":
            side.extend(items["appeal"])
        elif appeal_pos == "post":
            post.extend(items["appeal"])
        else:
            main.extend(items["appeal"])
    period = {"start": start.isoformat(), "end": end.isoformat()} if modes["duration"] == "ok" else None
    traits = [f"{k}:{modes[k]}" for k in keys if modes[k] != "ok"]
    traits += [f"side:{k}" for k in sorted(side_keys)] + [f"appeal:{appeal_pos}"]
    if over:
        traits.append(f"period:{n}m")
    return dict(kind="agreement", subtype="agreement", head=head, main=main, side=side, sig=sig, post=post,
                rules=defects, traits=traits, must_not=_cpr_labels(ctx), period=period, ctx=ctx,
                modes=modes, vals=vals, items=items, title=title, closing_item=closing_item)


# ------------------------------------------------------------------ decision

def build_decision(rng: random.Random, side_keys: set, appeal_pos: str, with_cpr: bool, subtype: str | None = None) -> dict:
    ctx = Ctx(rng)
    subtype = subtype or rng.choice(["grant", "grant", "partial", "refusal", "extension", "end"])
    r = rng.random()
    defects = []
    if r > 0.4:
        pool = ["missing-appeal-guidance"]
        if subtype in ("grant", "partial"):
            pool += ["duration-over-6-months", "missing-appeal-guidance"]
        defects = [rng.choice(pool)]
        if r > 0.9 and subtype in ("grant", "partial"):
            defects = ["duration-over-6-months", "missing-appeal-guidance"]
    defects = sorted(set(defects))
    over = "duration-over-6-months" in defects
    start, end, n = make_period(rng, over)
    ctx.date = start - dt.timedelta(days=rng.randint(5, 25))
    hours = hours_clear(rng)
    ptxt = period_text(rng, start, end, n, style=rng.choice([0, 1, 3, 4, 5]))
    mentor_line = f"Din mentor bliver {ctx.mentor} fra {ctx.provider}, som kontakter dig inden for en uge."
    k = ctx.kommune
    reasons_h = rng.choice(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"])
    if subtype == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        body = [("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {ptxt}."),
                ("p", f"Mentorstøtten er på {hours}. {mentor_line}"),
                ("h", reasons_h),
                ("p", f"Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, "
                      f"at du har brug for støtte for at kunne gennemføre din praktik i {rng.choice(WORKPLACES)}.")]
    elif subtype == "partial":
        title = rng.choice(["Delvis bevilling af mentorstøtte", "Afgørelse – mentorstøtte (delvis imødekommet)"])
        body = [("p", f"Du har søgt om mentorstøtte med 8 timer om ugen. Vi bevilger {hours} i perioden {ptxt}. "
                      f"Du får altså færre timer, end du har søgt om."),
                ("h", reasons_h),
                ("p", "Vi har lagt vægt på, at du allerede har støtte fra skolens SPS-ordning, og at mentoren kun skal "
                      "dække den del, skolen ikke giver, jf. LAB § 167 og BAB kap. 17.")]
    elif subtype == "refusal":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"])
        body = [("p", f"Du har den {f_long(ctx.date - dt.timedelta(days=20))} søgt om mentorstøtte. Vi har givet dig afslag."),
                ("h", reasons_h),
                ("p", "Vi har lagt vægt på, at der ikke er et mål om beskæftigelse eller uddannelse i din plan lige nu, "
                      "og at du får støtte efter serviceloven fra bostøtten. Mentorstøtte kan kun gives for at "
                      "fremme beskæftigelse eller uddannelse, jf. LAB § 167.")]
        over = False
    elif subtype == "extension":
        ostart = add_months(start, -6)
        title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"])
        body = [("p", f"Din nuværende periode med mentorstøtte ({f_num(ostart)} – {f_num(start - dt.timedelta(days=1))}) udløber snart. "
                      f"Vi har vurderet din sag igen og forlænger mentorstøtten {ptxt}."),
                ("p", f"Du fortsætter med {ctx.mentor} som mentor med {hours}."),
                ("h", reasons_h),
                ("p", "Vi har lagt vægt på evalueringen fra din mentor, som viser, at du er tæt på at kunne møde stabilt, "
                      "jf. LAB § 167, stk. 1, 2. pkt.")]
        if over:
            defects = [d for d in defects if d != "duration-over-6-months"]
            over = False
            start, end, n = make_period(rng, False)
    else:
        title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])
        body = [("p", f"Din mentorstøtte ophører pr. {f_long(ctx.date + dt.timedelta(days=14))}."),
                ("h", reasons_h),
                ("p", f"Vi har lagt vægt på, at du nu er ansat i ordinært job i {rng.choice(WORKPLACES)} og ikke længere har "
                      "brug for støtten, jf. LAB § 167.")]
    a_mode = "ok"
    if "missing-appeal-guidance" in defects:
        a_mode = rng.choice(["absent", "incomplete", "incomplete"])
    appeal = []
    if a_mode == "ok":
        appeal = [("h", rng.choice(LABELS["appeal"])), ("p", appeal_full(rng, k, ctx.k_phone))]
    elif a_mode == "incomplete":
        appeal = [("h", rng.choice(LABELS["appeal"])), ("p", appeal_incomplete(rng))]
    head = [("title", title), ("lines", ctx.letterhead())]
    meta = _meta(ctx, with_cpr, rng)
    main = [("p", f"Kære {ctx.citizen}")] + body
    side = []
    if "meta" in side_keys:
        side.append(("lines", meta))
    else:
        head.append(("lines", meta))
    if "duration" in side_keys and subtype in ("grant", "partial", "extension"):
        side += [("h", "Bevilget periode"), ("p", period_text(rng, start, end, n, style=0)), ("h", "Timetal"), ("p", hours)]
    sig = ["Med venlig hilsen", ctx.caseworker, rng.choice(["Sagsbehandler", "Rådgiver", "Jobkonsulent"]), ctx.kommune]
    post = []
    if appeal:
        {"side": side, "post": post}.get(appeal_pos, main).extend(appeal)
    traits = [f"decision:{subtype}", f"appeal:{a_mode}", f"appeal_pos:{appeal_pos}"] + [f"side:{s}" for s in sorted(side_keys)]
    period = {"start": start.isoformat(), "end": end.isoformat()} if subtype in ("grant", "partial", "extension") else None
    return dict(kind="decision", subtype=subtype, head=head, main=main, side=side, sig=sig, post=post,
                rules=sorted(defects), traits=traits, must_not=_cpr_labels(ctx), period=period, ctx=ctx, title=title,
                extras=[])


# ------------------------------------------------------------------ Min Plan

def build_minplan(rng: random.Random, side_keys: set, with_cpr: bool) -> dict:
    ctx = Ctx(rng)
    defects = choose_defects(rng, MINPLAN, {"missing-mentor": 2, "missing-duration": 1.5, "missing-hours": 2})
    keys = ["goal", "mentor", "tasks", "duration", "hours"]
    modes = _modes(rng, defects, keys)
    over = "duration-over-6-months" in defects
    start, end, n = make_period(rng, over)
    ctx.date = start + dt.timedelta(days=rng.randint(3, 40))
    goal = goal_unclear(rng, ctx.first) if "unclear-goal" in defects else goal_clear(rng, ctx.first)
    while ("missing-hours" in defects and "timer" in goal) or (
            modes["duration"] != "ok" and any(w in goal for w in ("2026", "uge", "senest"))):
        goal = goal_clear(rng, ctx.first)
    vals = {"goal": goal, "mentor": None, "tasks": tasks(rng, ctx.first),
            "duration": period_text(rng, start, end, n, style=rng.choice([0, 2, 4])),
            "hours": hours_vague(rng) if modes["hours"] == "vague" else hours_clear(rng)}
    items = {k: field_items(ctx, k, "ok" if modes[k] == "vague" else modes[k], vals[k], k in side_keys) for k in keys}
    title = rng.choice(["Min Plan", "Min Plan – Mentorstøtte", "Udskrift af Min Plan", "Min Plan: Indsats – Mentor"])
    head = [("title", title), ("lines", [f"Borger: {ctx.citizen}", f"Udskrevet {f_num(ctx.date)}", ctx.kommune])]
    if with_cpr:
        ctx.cpr = cpr(rng)
        head[1][1].insert(1, f"CPR-nummer: {ctx.cpr}")
    main = [("h", "Indsats: Mentorstøtte (§ 167)"), ("lv", "Status", rng.choice(["Aktiv", "Igangværende", "Bevilget"]))]
    side = [("h", rng.choice(["Din kontaktperson i kommunen", "Din sagsbehandler"])),
            ("lines", [ctx.caseworker, f"Tlf. {ctx.cw_phone}", ctx.cw_mail])]
    for k in ["goal", "mentor", "tasks", "duration", "hours"]:
        (side if k in side_keys else main).extend(items[k])
    if rng.random() < 0.5 and modes["duration"] == "ok":
        sc = rng.choice(SCHOOLS)
        main += [("h", "Anden aktivitet: Uddannelse"), ("lv", "Sted", sc),
                 ("lv", "Periode", f"{f_num(dt.date(2026, 8, 10))} – {f_num(dt.date(2028, 6, 30))}")]
    main.append(("p", "Planen er lavet sammen med dig. Ændringer i timetal eller formål skrives ind her."
                 if "missing-hours" not in defects else "Planen er lavet sammen med dig. Ændringer skrives ind her."))
    traits = [f"{k}:{modes[k]}" for k in keys if modes[k] != "ok"] + [f"side:{k}" for k in sorted(side_keys)]
    if over:
        traits.append(f"period:{n}m")
    period = {"start": start.isoformat(), "end": end.isoformat()} if modes["duration"] == "ok" else None
    return dict(kind="minplan", subtype="minplan", head=head, main=main, side=side, sig=[], post=[],
                rules=defects, traits=traits, must_not=_cpr_labels(ctx), period=period, ctx=ctx, title=title)


# ------------------------------------------------------------------ unknown

UNKNOWN_TYPES = ["status", "invoice", "minutes", "guidance", "private", "meeting", "newsletter", "hearing", "template"]


def build_unknown(rng: random.Random, side_keys: set, with_cpr: bool, utype: str | None = None) -> dict:
    ctx = Ctx(rng)
    utype = utype or rng.choice(UNKNOWN_TYPES)
    side = []
    if utype == "status":
        title = rng.choice(["Statusrapport – mentorforløb", "Midtvejsstatus fra mentor"])
        main = [("p", f"Status for {ctx.citizen} til {ctx.caseworker}, {ctx.kommune}."),
                ("h", "Forløbet indtil nu"),
                ("p", f"{ctx.first} har mødt op til 9 ud af 12 aftaler. Vi har øvet busruten og været på besøg i {rng.choice(WORKPLACES)}."),
                ("h", "Forbrugte timer"), ("p", "26 timer af 36 bevilgede"),
                ("h", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter med fokus på fremmøde.")]
        side = [("h", "Mentor"), ("lines", [ctx.mentor, ctx.provider, f"Tlf. {ctx.m_phone}"])]
    elif utype == "invoice":
        title = "Faktura"
        main = [("lines", [f"Fakturanr. {rng.randint(10000, 99999)}", f"Fakturadato {f_num(ctx.date)}", f"Att.: {ctx.afd}, {ctx.kommune}"]),
                ("lv", "Ydelse", f"Mentortimer, {ctx.first} ({ctx.sagsnr})"),
                ("lv", "Antal", "14 timer à 450,00 kr."), ("lv", "I alt ekskl. moms", "6.300,00 kr."),
                ("lv", "Betalingsbetingelser", "Netto 30 dage. EAN 5798000012345.")]
        side = [("lines", [ctx.provider, "CVR 3" + str(rng.randint(1000000, 9999999)), f"Tlf. {ctx.m_phone}", f"faktura@{domain_of(ctx.provider)}"])]
    elif utype == "minutes":
        title = rng.choice(["Referat af netværksmøde", "Referat – opstartsmøde i Ungeteamet"])
        main = [("lv", "Deltagere", f"{ctx.citizen}, {ctx.caseworker} (kommunen), {ctx.mentor} (mentor), mor"),
                ("h", "1. Velkomst"), ("p", "Kort præsentation af alle."),
                ("h", "2. Hvordan går det i skolen"), ("p", f"{ctx.first} fortæller, at det går bedre med at komme op om morgenen."),
                ("h", "3. Næste møde"), ("p", f"Næste netværksmøde holdes {f_long(ctx.date + dt.timedelta(days=42))} kl. 13.")]
        side = [("h", "Referent"), ("lines", [ctx.caseworker, f"Tlf. {ctx.cw_phone}"])]
    elif utype == "guidance":
        title = rng.choice(["Vejledning: Sådan får du en mentor", "Mentorstøtte – information til borgere"])
        main = [("p", "Mentorstøtte kan hjælpe dig med at komme i job eller uddannelse. Her kan du læse, hvad en aftale indeholder."),
                ("h", "Hvad står der i aftalen?"),
                ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
                        "Hvor længe aftalen gælder (højst 6 måneder ad gangen)", "Hvor mange timer om ugen", "Hvordan vi følger op", "Klagevejledning"]),
                ("h", "Kan jeg klage?"),
                ("p", "Ja. Du klager til kommunen inden 4 uger. Kommunen genvurderer og sender klagen til Ankestyrelsen, hvis afgørelsen fastholdes.")]
        side = [("h", "Kontakt"), ("lines", [ctx.afd, ctx.kommune, f"Tlf. {ctx.k_phone}", f"www.{ctx.kdomain}/mentor"])]
    elif utype == "private":
        club = rng.choice(["Boldklubben Frem", "Ungdomsskolens Mentornetværk", "Røde Kors Lektiecafé", "Efterskolen ved Fjorden"])
        title = f"Mentoraftale – {club}"
        main = [("p", f"Aftale mellem frivillig mentor {ctx.mentor} og {ctx.first} i {club}s frivillige mentorprogram. "
                      "Programmet er ikke en kommunal ordning."),
                ("lv", "Vi mødes", "hver torsdag efter træning"),
                ("lv", "Det vil vi gerne", "Have det sjovt, lave lektier og snakke om fremtiden"),
                ("lv", "Varighed", "skoleåret 2026/27")]
        side = [("h", "Frivillig mentor"), ("lines", [ctx.mentor, f"Tlf. {ctx.m_phone}"])]
    elif utype == "meeting":
        title = rng.choice(["Mødeindkaldelse – opstartsmøde", "Indkaldelse til samtale"])
        main = [("p", f"Kære {ctx.first}"),
                ("p", f"Du indkaldes til opstartsmøde om mentorstøtte {f_long(ctx.date + dt.timedelta(days=7))} kl. 10.00 "
                      f"på {ctx.afd}, {ctx.street}. Din kommende mentor deltager også."),
                ("p", "Tag gerne en bisidder med. Giv besked, hvis du er forhindret.")]
        side = [("lines", [ctx.caseworker, f"Tlf. {ctx.cw_phone}"])]
    elif utype == "newsletter":
        title = rng.choice(["Nyhedsbrev fra Mentorenheden", "Nyt fra Jobcentret – efterår 2026"])
        main = [("h", "Ny mentorkoordinator"), ("p", f"{ctx.mentor} er startet som koordinator for vores mentorkorps."),
                ("h", "Reformen"), ("p", "Fra 1. februar 2026 hedder det 'kommunen' i stedet for 'jobcentret' i loven. "
                                           "Mentorstøtte gives stadig i op til 6 måneder ad gangen."),
                ("h", "Temadag"), ("p", f"Temadag for mentorer {f_long(ctx.date + dt.timedelta(days=30))}.")]
        side = [("h", "I dette nummer"), ("ul", ["Ny koordinator", "Reformen", "Temadag"])]
    elif utype == "hearing":
        title = "Partshøring – påtænkt ophør af mentorstøtte"
        main = [("p", f"Kære {ctx.citizen}"),
                ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt til de sidste fire aftaler med din mentor. "
                      "Inden vi træffer en afgørelse, vil vi gerne høre dine bemærkninger."),
                ("p", f"Du kan komme med bemærkninger senest {f_long(ctx.date + dt.timedelta(days=14))}. Der er endnu ikke truffet nogen afgørelse.")]
        side = [("lines", [ctx.caseworker, f"Tlf. {ctx.cw_phone}", ctx.cw_mail])]
    else:
        title = "Aftale om mentorstøtte – skabelon"
        main = [("lv", "Borger", ""), ("lv", "Målet med mentorstøtten", ""), ("lv", "Mentorens navn og kontaktdata", ""),
                ("lv", "Mentorens opgaver", ""), ("lv", "Periode", "__.__.____ – __.__.____"), ("lv", "Timetal pr. uge", ""),
                ("lv", "Opfølgning", ""), ("p", "Klagevejledning indsættes fra standardtekst.")]
        side = [("lines", [f"Skabelon v. 3.2 – {ctx.afd}", "Må ikke sendes uudfyldt"])]
    head = [("title", title), ("lines", ctx.letterhead() if utype not in ("invoice", "private") else [ctx.provider])]
    if with_cpr and utype in ("status", "minutes", "hearing", "meeting", "invoice"):
        ctx.cpr = cpr(rng)
        head.append(("lines", [f"CPR: {ctx.cpr}"]))
    if "meta" in side_keys and side:
        pass
    sig = [] if utype in ("guidance", "newsletter", "template", "invoice") else ["Venlig hilsen", ctx.caseworker if utype in ("hearing", "meeting", "minutes") else ctx.mentor]
    return dict(kind="unknown", subtype=utype, head=head, main=main, side=side, sig=sig, post=[],
                rules=[], traits=[f"unknown:{utype}"], must_not=_cpr_labels(ctx), period=None, ctx=ctx, title=title)
