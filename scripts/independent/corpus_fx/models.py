"""Document models for corpus FX: where each field stands (body, sidebar, footer, header,
signature, forwarded part) and whether it is there at all."""

from __future__ import annotations

import datetime as dt

from content import (Ctx, add_months, appeal_text, cw_blocks, fmt_date, follow_text, goal_text,
                     hours_text, kommune_footer, mentor_blocks, period, tasks_items, tasks_sentence)


def new_model(title: str) -> dict:
    return {"title": title, "meta": [], "body": [], "side": [], "footer": [], "header": [],
            "sig": [], "fwd": [], "fwd_head": [], "side_title": ""}


def put(m: dict, where: str, blocks: list) -> None:
    if where == "footer" or where == "header":
        # footer/header hold lines: flatten blocks to short lines
        for b in blocks:
            if b[0] == "kv":
                m[where].append(f"{b[1]}: {b[2]}")
            else:
                m[where].append(b[1])
    elif where == "sig":
        for b in blocks:
            m["sig"].append(b[2] if b[0] == "kv" else b[1])
    else:
        m[where].extend(blocks)


def agreement(c: Ctx, st: dict, pl: dict, opts: dict) -> tuple[dict, dict]:
    """st: field -> state; pl: field -> where. Returns (model, info)."""
    r = c.rng
    n = c.citizen
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte",
                      "Aftale om mentorforløb (LAB § 167)", "Samarbejdsaftale om mentorstøtte",
                      "Mentorstøtte – aftale"])
    m = new_model(title)
    m["meta"] = [("Borger", n.name)]
    if opts.get("cpr"):
        m["meta"].append(("CPR-nr.", c.cpr))
    m["meta"] += [("Sagsnr.", c.sagsnr), ("Dato", fmt_date(c.letter_date, 0))]
    if opts.get("provider_letter"):
        m["header"].append(f"{c.prov} · Mentorafdelingen · www.{c.pdom}")
    else:
        m["header"].append(f"Jobcenter {c.kommune} · Team Ungeindsats")
    m["body"].append(("p", r.choice([
        f"Denne aftale er lavet på opstartsmødet mellem {n.first}, mentor og sagsbehandler og beskriver, hvad mentorstøtten skal bruges til.",
        f"{c.kommune} Kommune har bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Her er aftalen om, hvordan støtten skal foregå.",
        f"Vi har i dag aftalt følgende om din mentorstøtte, {n.first}.",
        "Aftalen udfyldes af sagsbehandler og mentor sammen med borgeren og opbevares i sagen.",
    ])))
    info = {"period": None, "traits": []}
    order = ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]
    if r.random() < 0.4:
        order = ["mentor", "goal", "duration", "hours", "tasks", "follow", "appeal"]
    for f in order:
        s, w = st[f], pl.get(f, "body")
        blocks: list = []
        if f == "goal":
            if s == "missing" and r.random() < 0.5:
                blocks = []
            else:
                lab = r.choice(["Mål med mentorstøtten", "Formål", "Mål", "Hvad skal støtten føre til?", "Målet med forløbet"])
                use_kv = r.random() >= 0.6 and w != "side" and not lab.endswith("?")
                blocks = [("kv", lab, goal_text(c, s))] if use_kv else [("h", lab), ("p", goal_text(c, s))]
        elif f == "mentor":
            blocks = mentor_blocks(c, s, w)
        elif f == "tasks":
            if s == "missing":
                if r.random() < 0.5:
                    blocks = [("kv", r.choice(["Mentorens opgaver", "Opgaver"]), r.choice(["Udfyldes senere", "-", "Aftales"]))]
                if opts.get("own_tasks"):
                    blocks = blocks + [("h", "Dine egne opgaver"), ("li", "Du møder til tiden og giver besked ved sygdom"),
                                       ("li", "Du holder din kalender opdateret"), ("li", "Du tjekker e-Boks hver uge")]
            else:
                lab = r.choice(["Mentorens opgaver", "Det hjælper mentoren med", "Indsatsområder", "Opgaver"])
                if r.random() < 0.6:
                    blocks = [("h", lab)] + [("li", t) for t in tasks_items(c)]
                else:
                    blocks = [("h", lab), ("p", tasks_sentence(c))]
        elif f == "duration":
            if s == "missing" and r.random() < 0.5:
                blocks = []
            else:
                t, per, tr = period(c, s)
                info["period"] = per
                info["traits"] += tr
                blocks = [("kv", r.choice(["Periode", "Varighed", "Aftalen gælder", "Støtteperiode"]), t)]
        elif f == "hours":
            if s == "missing" and r.random() < 0.4:
                blocks = []
            else:
                blocks = [("kv", r.choice(["Timetal", "Antal timer", "Mentortimer", "Omfang"]), hours_text(c, s if s == "ok" else "vague"))]
        elif f == "follow":
            if s == "missing":
                blocks = []
            else:
                blocks = [("h", r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"])), ("p", follow_text(c, s))]
        elif f == "appeal":
            if s == "missing":
                blocks = []
            else:
                lab = r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])
                blocks = [("h", lab), ("p", appeal_text(c, s))]
        if blocks:
            put(m, w, blocks)
    if opts.get("cw_side"):
        m["side"] = cw_blocks(c) + m["side"]
    m["body"].append(("p", r.choice([
        "Underskrift borger: ____________________    Underskrift mentor: ____________________",
        "Aftalen er gennemgået og accepteret af alle parter på mødet.",
        f"Dato og underskrift: {fmt_date(c.letter_date, 1)}  ______________  ______________",
    ])))
    if not opts.get("no_kfooter"):
        m["footer"] = kommune_footer(c) + m["footer"]
    return m, info


def minplan(c: Ctx, st: dict, pl: dict, opts: dict) -> tuple[dict, dict]:
    r = c.rng
    n = c.citizen
    title = r.choice(["Min Plan – mentorstøtte", "Udskrift af Min Plan", "Min Plan: Aktivitet mentor",
                      "Min Plan – din indsats"])
    m = new_model(title)
    m["meta"] = [("Navn", n.name)]
    if opts.get("cpr"):
        m["meta"].append(("CPR", c.cpr))
    m["meta"].append(("Udskrevet", fmt_date(c.letter_date, 1)))
    m["header"].append(f"Jobcenter {c.kommune} · Min Plan")
    m["body"].append(("h", "Aktivitet: Mentorstøtte (§ 167)"))
    info = {"period": None, "traits": []}
    for f in ["goal", "duration", "hours", "mentor", "tasks"]:
        s, w = st[f], pl.get(f, "body")
        blocks: list = []
        if f == "goal":
            if not (s == "missing" and r.random() < 0.5):
                blocks = [("h", r.choice(["Mål", "Formål med aktiviteten", "Det vil jeg gerne"])), ("p", goal_text(c, s))]
        elif f == "duration":
            if not (s == "missing" and r.random() < 0.5):
                t, per, tr = period(c, s)
                info["period"] = per
                info["traits"] += tr
                blocks = [("kv", r.choice(["Periode", "Start og slut", "Varighed"]), t)]
        elif f == "hours":
            if not (s == "missing" and r.random() < 0.4):
                blocks = [("kv", r.choice(["Timer", "Timetal", "Omfang"]), hours_text(c, "ok" if s == "ok" else "vague"))]
        elif f == "mentor":
            blocks = mentor_blocks(c, s, w)
        elif f == "tasks":
            if s == "missing":
                blocks = [("kv", "Mentors opgaver", r.choice(["Udfyldes senere", "-"]))] if r.random() < 0.5 else []
            else:
                blocks = [("h", r.choice(["Det hjælper din mentor med", "Mentors opgaver", "Indhold"]))] + [("li", t) for t in tasks_items(c)]
        if blocks:
            put(m, w, blocks)
    if opts.get("cw_side"):
        m["side"] = cw_blocks(c) + m["side"]
    m["body"].append(("p", "Du kan altid se din plan på Min Side."))
    m["footer"] = [f"Udskrevet fra Min Plan {fmt_date(c.letter_date, 1)} · Jobcenter {c.kommune} · tlf. {c.kphone}"]
    return m, info


DEC_TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
              "Afgørelse – mentorstøtte efter LAB § 167"],
    "partial": ["Afgørelse: delvis bevilling af mentorstøtte", "Delvis bevilling af mentorstøtte"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse om afslag på mentorstøtte"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"],
    "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
}


def decision(c: Ctx, sub: str, appeal: str, pst: str, pl: str, opts: dict) -> tuple[dict, dict]:
    """appeal: ok|incomplete|missing; pst: period state ok|over; pl: where the appeal stands."""
    r = c.rng
    n = c.citizen
    m = new_model(r.choice(DEC_TITLES[sub]))
    m["meta"] = [("Til", n.name)]
    if opts.get("cpr"):
        m["meta"].append(("CPR-nr.", c.cpr))
    m["meta"] += [("Sagsnr.", c.sagsnr), ("Dato", fmt_date(c.letter_date, 0))]
    m["header"].append(f"{c.kommune} Kommune · Jobcenter {c.kommune}")
    info = {"period": None, "traits": []}
    m["body"].append(("p", f"Kære {n.first}"))
    hours = hours_text(c, "ok")
    if sub in ("grant", "extension", "partial"):
        if sub == "extension":
            # extension period starts where the old one ends
            pass
        t, per, tr = period(c, pst)
        info["period"] = per
        info["traits"] += tr
        if sub == "grant":
            m["body"].append(("p", r.choice([
                f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {t}.",
                f"Jobcenter {c.kommune} bevilger dig mentorstøtte {t}. Støtten er på {hours}.",
            ])))
            m["body"].append(("p", f"Din mentor bliver {c.mentor.name} fra {c.prov}. I laver sammen en skriftlig aftale om mål og opgaver ved opstartsmødet."))
            if r.random() < 0.6:
                m["body"] += [("h", "Begrundelse"), ("p", f"Vi har lagt vægt på, at du skal i gang med {r.choice(['en virksomhedspraktik', 'en uddannelse', 'et løntilskudsjob'])}, og at du har brug for støtte til at fastholde det. Afgørelsen er truffet efter LAB § 167, stk. 1.")]
        elif sub == "partial":
            m["body"].append(("p", f"Du har søgt om mentorstøtte i 6 timer om ugen. Vi bevilger dig delvis mentorstøtte: {hours} i perioden {t}."))
            m["body"] += [("h", "Begrundelse"), ("p", "Vi har lagt vægt på, at du allerede får støtte fra skolens SPS-vejleder, og at dit behov derfor kan dækkes med færre timer. Afgørelsen er truffet efter LAB § 167, stk. 1.")]
        else:
            m["body"].append(("p", f"Din mentorstøtte bliver forlænget. Den nye periode er {t}, og timetallet er fortsat {hours}."))
            m["body"] += [("h", "Begrundelse"), ("p", f"Ved statusmødet vurderede vi, at {n.first} er tæt på at kunne klare praktikken uden støtte, men har brug for en ny periode. En ny periode kræver en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt.")]
    elif sub == "refusal":
        m["body"].append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag."))
        m["body"] += [("h", "Begrundelse"), ("p", r.choice([
            "Vi har lagt vægt på, at du allerede har en kontaktperson efter servicelovens § 85, som hjælper med de samme ting. Mentorstøtte efter LAB § 167 kan ikke gives til opgaver, som andre ordninger dækker.",
            "Vi har lagt vægt på, at din arbejdsplads selv tilbyder en fast kontaktperson i oplæringen, og at du ikke har brug for støtte ud over den. Afgørelsen er truffet efter LAB § 167."]))]
    else:
        endd = c.start
        m["body"].append(("p", f"Din mentorstøtte ophører den {fmt_date(endd, 0)}."))
        m["body"] += [("h", "Begrundelse"), ("p", f"Du er startet på {c.school} og har selv fået en fast studievejleder. Vi vurderer, at du ikke længere har brug for mentorstøtte, jf. LAB § 167.")]
    body_tail = [("p", f"Har du spørgsmål, er du velkommen til at kontakte mig på tlf. {c.kphone} eller {c.cw_mail}."),
                 ("p", "Med venlig hilsen"), ("p", c.cw.name), ("p", f"Sagsbehandler, Jobcenter {c.kommune}")]
    if appeal != "missing":
        blocks = [("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", appeal_text(c, appeal))]
        if pl == "body":
            m["body"] += body_tail[:1] + blocks + body_tail[1:]
        else:
            m["body"] += body_tail
            put(m, pl, blocks)
    else:
        m["body"] += body_tail
    if opts.get("cw_side"):
        m["side"] = cw_blocks(c) + m["side"]
    if opts.get("q_side"):
        m["side"] += [("h", "Har du spørgsmål?"), ("p", f"Ring til Jobcentret på {c.kphone}, mandag–torsdag kl. 9–14, eller skriv via borger.dk.")]
    m["footer"] = kommune_footer(c) + m["footer"]
    return m, info


# ---------------------------------------------------------------- none of the kinds

def unknown(c: Ctx, sub: str, opts: dict) -> dict:
    r = c.rng
    n, mt = c.citizen, c.mentor
    if sub == "status":
        m = new_model("Statusrapport – mentorforløb")
        m["meta"] = [("Borger", n.name), ("Sagsnr.", c.sagsnr), ("Periode for status", f"{fmt_date(c.start, 1)} – {fmt_date(add_months(c.start, 2), 1)}")]
        m["body"] += [("h", "Fremmøde"), ("p", f"{n.first} har mødt til 14 af 16 aftalte dage i praktikken hos {c.firm}."),
                      ("h", "Samtaler"), ("p", f"Vi har holdt ugentlige samtaler. {n.first} har selv taget kontakt til lederen om arbejdstider."),
                      ("h", "Mentors vurdering"), ("p", "Forløbet går efter planen. Næste status sendes om otte uger.")]
        m["side"] = [("h", "Afsender"), ("p", mt.name), ("p", c.prov), ("p", f"Tlf. {mt.phone}")]
        m["footer"] = [f"{c.prov} · www.{c.pdom} · Statusrapporten sendes til sagsbehandler via sikker mail"]
    elif sub == "invoice":
        m = new_model(f"Faktura nr. {r.randint(1000, 9999)}")
        m["meta"] = [("Til", f"Jobcenter {c.kommune}"), ("EAN", f"579{r.randint(1000000000, 9999999999)}"), ("Fakturadato", fmt_date(c.letter_date, 1))]
        m["body"] += [("h", "Specifikation"), ("kv", "Mentorstøtte, rekv. " + c.sagsnr, f"{r.randint(10, 40)} timer à 525,00 kr."),
                      ("kv", "Kørsel", f"{r.randint(40, 200)} km à 3,81 kr."), ("p", "Betalingsbetingelser: netto 30 dage.")]
        m["side"] = [("h", "Leverandør"), ("p", c.prov), ("p", f"CVR {r.randint(20000000, 39999999)}"), ("p", f"Kontakt: {mt.name}, {mt.phone}")]
        m["footer"] = [f"{c.prov} · Bank: Reg. {r.randint(1000, 9999)} Konto {r.randint(1000000, 9999999)} · www.{c.pdom}"]
    elif sub == "minutes":
        m = new_model("Referat af netværksmøde")
        m["meta"] = [("Dato", fmt_date(c.letter_date, 0)), ("Deltagere", f"{n.name}, {mt.name} (mentor), {c.cw.name} (sagsbehandler)")]
        m["body"] += [("h", "1. Siden sidst"), ("p", f"{n.first} fortalte om de første uger i praktikken. Det går bedre med at komme op om morgenen."),
                      ("h", "2. Udfordringer"), ("p", "Transporten er stadig svær; bussen går kun hver time."),
                      ("h", "3. Næste møde"), ("p", f"Næste netværksmøde holdes {fmt_date(add_months(c.start, 1), 0)} kl. 10 i jobcentret.")]
        m["side"] = [("h", "Kontakt"), ("p", f"{c.cw.name}, tlf. {c.kphone}")]
        m["footer"] = kommune_footer(c)[:1]
    elif sub == "guide":
        m = new_model("Sådan laver du en god mentoraftale – vejledning til sagsbehandlere")
        m["body"] += [("p", f"Denne vejledning beskriver, hvad en skriftlig aftale om mentorstøtte i {c.kommune} Kommune skal indeholde."),
                      ("h", "Aftalen skal indeholde"), ("li", "Målet med mentorstøtten"), ("li", "Mentorens navn og kontaktdata"),
                      ("li", "Hvilke opgaver mentoren skal bistå ved"), ("li", "Varigheden af aftalen og opfølgning"),
                      ("li", "Timetallet for mentorstøtten"), ("li", "Klagevejledning"),
                      ("h", "Gode råd"), ("p", "Skriv målet, så det kan følges op. Undgå mål som 'øget trivsel'. Aftal en periode på højst 6 måneder.")]
        m["side"] = [("h", "Spørgsmål?"), ("p", "Kontakt Team Jura"), ("p", f"jura@{c.kdom}")]
        m["footer"] = [f"Intern vejledning · {c.kommune} Kommune · version 2026"]
    elif sub == "newsletter":
        m = new_model(f"Nyhedsbrev fra {c.prov} – efterår 2026")
        m["body"] += [("h", "Nye mentorer i teamet"), ("p", f"Vi byder velkommen til {mt.name}, som kommer fra en stilling som lærer på {c.school}."),
                      ("h", "Temadag om fastholdelse"), ("p", "Den 12. november holder vi temadag for samarbejdspartnere om fastholdelse i job."),
                      ("h", "Mentorstøtte i tal"), ("p", "I år har vi haft 212 forløb; 61 % endte i job eller uddannelse.")]
        m["side"] = [("h", "Kontakt"), ("p", f"info@{c.pdom}"), ("p", f"Tlf. {mt.phone}")]
        m["footer"] = [f"{c.prov} · Afmeld nyhedsbrevet på www.{c.pdom}"]
    elif sub == "order":
        m = new_model("Bestilling af mentorforløb")
        m["meta"] = [("Til", c.prov), ("Fra", f"Jobcenter {c.kommune}"), ("Sagsnr.", c.sagsnr)]
        m["body"] += [("p", f"Jobcentret bestiller hermed et mentorforløb til {n.name} med opstart {fmt_date(c.start, 0)}."),
                      ("p", "Leverandøren bedes bekræfte opstart og navn på mentor inden en uge."),
                      ("p", "Forløbet afregnes efter rammeaftalen.")]
        m["side"] = cw_blocks(c)
        m["footer"] = kommune_footer(c)
    elif sub == "hearing":
        m = new_model("Partshøring – inden vi træffer afgørelse om mentorstøtte")
        m["meta"] = [("Til", n.name), ("Sagsnr.", c.sagsnr)]
        m["body"] += [("p", f"Kære {n.first}"), ("p", "Vi overvejer at give dig afslag på mentorstøtte, fordi du allerede får støtte fra en kontaktperson efter serviceloven."),
                      ("p", f"Før vi træffer afgørelse, har du mulighed for at komme med bemærkninger. Send dem senest {fmt_date(c.start, 0)}."),
                      ("p", "Med venlig hilsen"), ("p", c.cw.name)]
        m["side"] = cw_blocks(c)
        m["footer"] = kommune_footer(c)
    elif sub == "receipt":
        m = new_model("Kvittering for modtagelse af din ansøgning")
        m["meta"] = [("Til", n.name), ("Dato", fmt_date(c.letter_date, 0))]
        m["body"] += [("p", f"Kære {n.first}"), ("p", "Vi har modtaget din ansøgning om mentorstøtte. Vi forventer at kunne træffe afgørelse inden for 4 uger."),
                      ("p", "Du hører fra os, så snart vi har behandlet ansøgningen."), ("p", f"Venlig hilsen Jobcenter {c.kommune}")]
        m["footer"] = kommune_footer(c)
    elif sub == "evaluation":
        m = new_model("Afsluttende evaluering af mentorforløb")
        m["meta"] = [("Borger", n.name), ("Mentor", mt.name)]
        m["body"] += [("h", "Forløbet"), ("p", f"{n.first} har haft mentor i seks måneder og er nu i ordinært job hos {c.firm} 25 timer om ugen."),
                      ("h", "Hvad virkede"), ("p", "Faste møder mandag morgen og hjælp til transport i starten."),
                      ("h", "Anbefaling"), ("p", "Forløbet afsluttes. Ingen yderligere støtte anbefales.")]
        m["side"] = [("h", "Mentor"), ("p", mt.name), ("p", f"Tlf. {mt.phone}")]
        m["footer"] = [f"{c.prov} · www.{c.pdom}"]
    else:  # club
        m = new_model("Mentoraftale – Klubmentor i IF Stjernen")
        m["body"] += [("p", "Klubmentor-ordningen er for unge spillere mellem 14 og 18 år i IF Stjernen. Ordningen er frivillig og drives af klubben."),
                      ("h", "Vi aftaler"), ("li", "Vi ses efter træning hver anden torsdag"), ("li", "Vi snakker om skole, fodbold og fremtid"),
                      ("p", "Aftalen kan stoppes af begge parter når som helst.")]
        m["side"] = [("h", "Din klubmentor"), ("p", mt.name), ("p", f"Tlf. {mt.phone}")]
        m["footer"] = ["IF Stjernen · Klubhuset, Stadionvej 4 · Ungdomsafdelingen"]
    if opts.get("cpr"):
        m["meta"].append(("CPR-nr.", c.cpr))
    return m
