"""Document families for corpus gb: prose agreements, Min Plan prose, decisions (block lists)."""

from __future__ import annotations

import datetime as dt

from fields import (appeal_sents, duration_sents, followup_sents, goal_sents, hours_sents, mentor_sents,
                    tasks_sents)


def modes_from(defects):
    m = {"goal": "ok", "mentor": "ok", "tasks": "ok", "dur": "ok", "fu": "ok", "hours": "ok", "appeal": "ok"}
    for d in defects:
        f, _, v = d.partition("_")
        m[f] = v
    return m


def letterhead(c, cpr, variant, who="kommune"):
    b = []
    if variant % 2 == 0:
        b += [("meta", f"{c.kom} Kommune"), ("meta", "Beskæftigelse og Ydelse"),
              ("meta", f"{c.kstreet}, {c.kzip} {c.town}")]
    else:
        b += [("meta", f"{c.kom} Kommune · Jobcenter {c.kom}"), ("meta", f"{c.kstreet} · {c.kzip} {c.town}")]
    b += [("meta", f"{c.name}"), ("meta", c.street), ("meta", f"{c.kzip} {c.town}")]
    b += [("meta", f"Dato: {c.d(c.ldate, 0)}"), ("meta", f"Sagsnr.: {c.sagsnr}")]
    if cpr:
        b.append(("meta", f"CPR-nr.: {c.cpr}"))
    return b


def cw_sig(c, variant):
    b = [("sig", "Venlig hilsen"), ("sig", c.cw)]
    if variant % 2 == 0:
        b += [("sig", f"Sagsbehandler, {c.kom} Kommune"), ("sig", f"Tlf. {c.cwphone} · {c.cwmail}")]
    else:
        b += [("sig", f"Jobkonsulent, Jobcenter {c.kom}"), ("sig", f"Direkte: {c.cwphone}"), ("sig", c.cwmail)]
    return b


# ============================================================================ caseworker letter
def brev_opstart(c, defects, v, cpr):
    m = modes_from(defects)
    per = c.period("ok" if m["dur"] == "ok" else ("missing" if m["dur"] == "missing" else m["dur"]))
    over_len = m["dur"] == "over" and v % 3 == 2
    MF = c.mfirst
    g = goal_sents(c, "du", m["goal"], v)
    me = mentor_sents(c, "du", m["mentor"], v)
    ta = tasks_sents(c, "du", m["tasks"], v, bullets=(v % 4 == 3))
    du = duration_sents(c, "du", per, v, over_len_form=over_len)
    ho = hours_sents(c, "du", m["hours"], v)
    fu = followup_sents(c, "du", m["fu"], v, per)
    ap = appeal_sents(c, "du", m["appeal"], v)
    b = letterhead(c, cpr, v)
    mdate = c.d(c.mdate, 0)
    titles = [f"Dit mentorforløb – det aftalte vi på mødet {mdate}",
              "Opsummering af opstartsmødet om din mentor",
              "Aftale om mentorstøtte – her er det, vi blev enige om",
              f"Vores møde {mdate} om mentorstøtte"]
    b.append(("title", titles[v % 4]))
    b.append(("p", f"Kære {c.first}"))
    intros = [f"Tak for et godt møde {mdate}, hvor du, {MF} og jeg talte om dit mentorforløb. Her får du det, "
              f"vi blev enige om, skrevet ned.",
              f"Du har fået bevilget mentorstøtte, og vi holdt opstartsmøde {mdate}. I dette brev kan du læse, "
              f"hvad vi aftalte. Brevet er den skriftlige aftale om din mentorstøtte.",
              f"Som lovet sender jeg dig her aftalen om din mentorstøtte, som vi lavede sammen på mødet {mdate}."]
    b.append(("p", intros[v % 3]))
    head = "h" if v % 2 == 0 else "bh"
    if v % 4 in (0, 2):  # question headings
        qs = [("Hvorfor mentor?", g), ("Hvem hjælper dig?", me), (f"Hvad skal {MF} hjælpe med?", None),
              ("Hvor længe og hvor meget?", du + ho), ("Hvordan følger vi op?", fu), ("Hvis du er uenig", ap)]
        if m["mentor"] == "missing":
            qs[2] = ("Hvad skal mentoren hjælpe med?", None)
        for q, sents in qs:
            if sents is None:
                if ta:
                    b.append((head, q))
                    b += ta
                continue
            if not sents:
                continue
            b.append((head, q))
            b += [("p", s) for s in sents]
    else:  # prose paragraphs, no headings
        if g:
            b.append(("p", " ".join(g)))
        b.append(("p", " ".join(me)))
        b += ta
        t = " ".join(du + ho)
        if t:
            b.append(("p", t))
        if fu:
            b.append(("p", " ".join(fu)))
        b.append(("p", "Du er altid velkommen til at ringe til mig, hvis der er noget, du er i tvivl om."))
        if ap:
            b.append((head, "Klagevejledning"))
            b += [("p", s) for s in ap]
    b += cw_sig(c, v)
    return b, per


# ============================================================================ mentor's own letter
def mentorbrev(c, defects, v, cpr):
    m = modes_from(defects)
    per = c.period("ok" if m["dur"] == "ok" else m["dur"])
    over_len = m["dur"] == "over" and v % 2 == 1
    g = goal_sents(c, "jeg", m["goal"], v)
    me = mentor_sents(c, "jeg", m["mentor"], v)
    ta = tasks_sents(c, "jeg", m["tasks"], v, bullets=(v % 3 == 1))
    du = duration_sents(c, "jeg", per, v, over_len_form=over_len)
    ho = hours_sents(c, "jeg", m["hours"], v)
    fu = followup_sents(c, "jeg", m["fu"], v, per)
    ap = appeal_sents(c, "jeg", m["appeal"], v)
    b = []
    b += [("meta", c.prov), ("meta", f"{c.town}, {c.d(c.ldate, 0)}")]
    if cpr:
        b.append(("meta", f"Vedr.: {c.name}, cpr {c.cpr}"))
    titles = ["Velkommen til dit mentorforløb", f"Til {c.first} – det vi aftalte",
              "Vores aftale om mentorforløbet", "Kort om vores forløb"]
    b.append(("title", titles[v % 4]))
    b.append(("p", f"Hej {c.first}"))
    b.append(("p", f"Tak for sidst til mødet hos {c.cw} i kommunen. Jeg har skrevet det ned, vi aftalte, så "
                   f"du har det på papir."))
    if v % 2 == 0:
        qs = [("Hvem er jeg?", me), ("Hvad arbejder vi hen imod?", g), ("Hvad gør jeg?", None),
              ("Hvornår og hvor længe?", du + ho), ("Hvordan følger vi op?", fu), ("Hvis du er uenig", ap)]
        for q, sents in qs:
            if sents is None:
                if ta:
                    b.append(("bh" if v % 4 == 0 else "h", q))
                    b += ta
                continue
            if not sents:
                continue
            b.append(("bh" if v % 4 == 0 else "h", q))
            b += [("p", s) for s in sents]
    else:
        b.append(("p", " ".join(me)))
        if g:
            b.append(("p", " ".join(g)))
        b += ta
        t = " ".join(du + ho)
        if t:
            b.append(("p", t))
        if fu:
            b.append(("p", " ".join(fu)))
        if ap:
            b.append(("p", " ".join(ap)))
    b.append(("p", "Jeg glæder mig til at arbejde sammen med dig."))
    b += [("sig", "Mange hilsner"), ("sig", c.mentor), ("sig", f"Mentor, {c.prov}")]
    if m["mentor"] == "ok" and v % 3 == 0:
        b.append(("sig", f"Mobil {c.mphone}"))
    return b, per


# ============================================================================ journal note
def journalnotat(c, defects, v, cpr):
    m = modes_from(defects)
    per = c.period("ok" if m["dur"] == "ok" else m["dur"])
    over_len = m["dur"] == "over" and v % 2 == 0
    g = goal_sents(c, "3", m["goal"], v)
    me = mentor_sents(c, "3", m["mentor"], v)
    ta = tasks_sents(c, "3", m["tasks"], v, bullets=(v % 3 == 2))
    du = duration_sents(c, "3", per, v, over_len_form=over_len)
    ho = hours_sents(c, "3", m["hours"], v)
    fu = followup_sents(c, "3", m["fu"], v, per)
    ap = appeal_sents(c, "3", m["appeal"], v)
    b = [("title", "Journalnotat")]
    b += [("meta", f"Dato: {c.d(c.mdate, 3)}"), ("meta", f"Borger: {c.name}")]
    if cpr:
        b.append(("meta", f"CPR: {c.cpr}"))
    b += [("meta", f"Sagsbehandler: {c.cw}"),
          ("meta", "Emne: Opstartsmøde – aftale om mentorstøtte (LAB § 167)")]
    mentor_part = c.mentor if m["mentor"] != "missing" else "repræsentant fra " + c.prov
    intros = [f"Opstartsmøde afholdt på jobcentret med {c.first}, {mentor_part} og undertegnede. "
              f"{c.first} var mødt velforberedt. Der blev indgået aftale om mentorstøtte med følgende indhold.",
              f"Møde i dag med {c.first} og {mentor_part} om opstart af det bevilgede mentorforløb. "
              f"{c.first} gav udtryk for at være motiveret. Vi aftalte følgende:",
              f"Borger mødte op sammen med sin bisidder. Til stede var også {mentor_part}. Vi gennemgik "
              f"bevillingen og indgik aftalen om mentorstøtten, som er beskrevet nedenfor."]
    b.append(("p", intros[v % 3]))
    order = [g, me, None, du + ho, fu]
    for part in order:
        if part is None:
            b += ta
        elif part:
            b.append(("p", " ".join(part)))
    if ap:
        b.append(("p", " ".join(ap)))
    b.append(("p", f"Aftalen er gennemgået med {c.first}, som har fået en kopi i e-Boks."))
    b.append(("sig", f"/{c.cwfirst[0]}{c.cwlast[0]}".upper()))
    return b, per


# ============================================================================ minutes
def referat(c, defects, v, cpr):
    m = modes_from(defects)
    per = c.period("ok" if m["dur"] == "ok" else m["dur"])
    g = goal_sents(c, "3", m["goal"], v + 1)
    me = mentor_sents(c, "3", m["mentor"], v + 1)
    ta = tasks_sents(c, "3", m["tasks"], v + 1, bullets=(v % 2 == 1))
    du = duration_sents(c, "3", per, v + 1, over_len_form=(m["dur"] == "over" and v % 2 == 0))
    ho = hours_sents(c, "3", m["hours"], v + 1)
    fu = followup_sents(c, "3", m["fu"], v + 1, per)
    ap = appeal_sents(c, "du" if v % 2 else "3", m["appeal"], v)
    titles = ["Referat af opstartsmøde – mentorforløb", "Referat: opstart af mentorstøtte",
              f"Referat fra opstartsmøde {c.d(c.mdate, 3)}"]
    b = [("title", titles[v % 3])]
    b += [("meta", f"Dato: {c.d(c.mdate, 0)}, kl. 10.00-11.00"), ("meta", f"Sted: Jobcenter {c.kom}")]
    mentor_part = f"{c.mentor} (mentor, {c.prov})" if m["mentor"] != "missing" else f"Repræsentant for {c.prov}"
    b.append(("meta", f"Til stede: {c.name} (borger), {mentor_part}, {c.cw} (sagsbehandler)"))
    if cpr:
        b.append(("meta", f"Borgers cpr-nr.: {c.cpr}"))
    backs = [f"{c.first} har haft en længere periode uden fast tilknytning til arbejdsmarkedet og har "
             f"selv ønsket hjælp til at komme i gang. Kommunen har bevilget mentorstøtte efter § 167 i "
             f"lov om en aktiv beskæftigelsesindsats.",
             f"{c.first} har været sygemeldt med stress og har svært ved at holde fast i aftaler. "
             f"Mentorstøtten er bevilget ved afgørelse af {c.d(c.mdate - dt.timedelta(days=9), 0)}.",
             f"Sagsbehandler orienterede om baggrunden for bevillingen. {c.first} fortalte selv om de "
             f"forløb, der tidligere er stoppet, og om hvad der skal til denne gang."]
    b.append(("h", ["Baggrund", "1. Baggrund", "Kort om baggrunden"][v % 3]))
    b.append(("p", backs[v % 3]))
    b.append(("h", ["Hvad blev aftalt", "2. Aftale", "Det aftalte vi"][v % 3]))
    b.append(("p", ["Referatet er samtidig den skriftlige aftale om mentorstøtten.",
                    "Referatet gælder som den skriftlige aftale om mentorstøtten og sendes til alle deltagere.",
                    "Her er det, vi blev enige om, skrevet ned. Referatet er aftalen om mentorstøtten."][v % 3]))
    for part in [g, me]:
        if part:
            b.append(("p", " ".join(part)))
    b += ta
    for part in [du + ho, fu]:
        if part:
            b.append(("p", " ".join(part)))
    if ap:
        b.append(("h", "Klagevejledning"))
        b.append(("p", " ".join(ap)))
    b.append(("h", "Næste møde"))
    b.append(("p", f"{c.first} og mentor aftaler selv første møde. Referent: {c.cw}."))
    return b, per


# ============================================================================ e-mail
def email_aftale(c, defects, v, cpr):
    m = modes_from(defects)
    per = c.period("ok" if m["dur"] == "ok" else m["dur"])
    g = goal_sents(c, "du", m["goal"], v + 2)
    me = mentor_sents(c, "du", m["mentor"], v + 1)
    ta = tasks_sents(c, "du", m["tasks"], v + 1, bullets=(v % 3 == 0))
    du = duration_sents(c, "du", per, v + 2, over_len_form=(m["dur"] == "over" and v % 2 == 1))
    ho = hours_sents(c, "du", m["hours"], v + 2)
    fu = followup_sents(c, "du", m["fu"], v + 1, per)
    ap = appeal_sents(c, "du", m["appeal"], v + 1)
    subjects = ["Det vi aftalte i dag – din mentor", "Opfølgning på mødet – din aftale om mentorstøtte",
                "Aftale om mentor – opsummering", "Referat og aftale fra vores møde"]
    b = [("title", subjects[v % 4])]
    b.append(("p", f"Hej {c.first}"))
    b.append(("p", f"Tak for i dag. Her får du det, vi blev enige om, skrevet ned. {c.mfirst} får en kopi af "
                   f"mailen." if m["mentor"] != "missing" else
                   "Tak for i dag. Her får du det, vi blev enige om, skrevet ned."))
    if cpr:
        b.append(("p", f"(Vedr. {c.name}, cpr.nr. {c.cpr}, sag {c.sagsnr})"))
    for part in [g, me]:
        if part:
            b.append(("p", " ".join(part)))
    b += ta
    for part in [du + ho, fu, ap]:
        if part:
            b.append(("p", " ".join(part)))
    b.append(("p", "Skriv endelig, hvis jeg har misforstået noget."))
    b += [("sig", "Mvh."), ("sig", c.cw), ("sig", f"Jobkonsulent, {c.kom} Kommune, tlf. {c.cwphone}")]
    return b, per


# ============================================================================ Min Plan
def minplan(c, defects, v, cpr, other_activity=False):
    m = modes_from(defects)
    per = c.period("ok" if m["dur"] == "ok" else m["dur"])
    g = goal_sents(c, "du", m["goal"], v)
    me = mentor_sents(c, "du", m["mentor"], v + 2)
    ta = tasks_sents(c, "du", m["tasks"], v + 2, bullets=(v % 2 == 1))
    du = duration_sents(c, "du", per, v + 1, over_len_form=(m["dur"] == "over" and v % 3 == 0))
    ho = hours_sents(c, "du", m["hours"], v + 1)
    b = [("title", "Min Plan" if v % 2 == 0 else "Min plan – Mentorstøtte")]
    b += [("meta", f"{c.name}"), ("meta", f"Senest opdateret {c.d(c.ldate, 3)} af {c.cw}, {c.kom} Kommune")]
    if cpr:
        b.append(("meta", f"CPR-nummer: {c.cpr}"))
    if other_activity:
        s2 = dt.date(2026, 8, 10)
        b.append(("h", "Uddannelse: FGU " + c.town))
        b.append(("p", f"Du går på FGU {c.town} på produktionsgrunduddannelse (PGU) fra {c.d(s2, 3)} til "
                       f"{c.d(dt.date(2028, 6, 30), 3)}. Kontaktlærer: Jette Borup."))
    b.append(("h", "Mentorstøtte" if v % 2 == 0 else "Aktivitet: Mentorstøtte (LAB § 167)"))
    if v % 3 != 2:
        for q, part in [("Hvorfor mentor?", g), ("Hvem hjælper dig?", me), ("Hvad skal I arbejde med?", None),
                        ("Hvornår?", du), ("Hvor meget tid?", ho)]:
            if part is None:
                if ta:
                    b.append(("bh", q))
                    b += ta
                continue
            if part:
                b.append(("bh", q))
                b += [("p", s) for s in part]
    else:
        b.append(("p", " ".join(du + g)))
        b.append(("p", " ".join(me + ho)))
        b += ta
    b.append(("p", "Har du spørgsmål til din plan, så skriv til din sagsbehandler på Min Side."))
    return b, per


# ============================================================================ decisions
def decision(c, sub, defects, v, cpr, extras_note=None):
    """sub: grant | partial | refusal | extension | end. defects: appeal_missing/vague/wrong, dur_over,
    reasons_missing, asked_long (trap: the length the citizen asked for)."""
    m = modes_from([d for d in defects if d.split("_")[0] in ("appeal", "dur")])
    no_reasons = "reasons_missing" in defects
    K = f"{c.kom} Kommune"
    MF = c.mfirst
    b = letterhead(c, cpr, v + 1)
    per = None
    if sub == "grant":
        per = c.period("ok" if m["dur"] == "ok" else m["dur"])
        s, e, n = per
        titles = ["Du får mentorstøtte", "Afgørelse om mentorstøtte", "Bevilling af mentor"]
        b.append(("title", titles[v % 3]))
        b.append(("p", f"Kære {c.first}"))
        b.append(("h", "Hvad har vi besluttet?"))
        if m["dur"] == "over" and v % 2 == 1 and n:
            b.append(("p", f"Du får mentorstøtte i {n} måneder fra {c.d(s)}. Du får {c.hours} timer om ugen."))
        else:
            b.append(("p", f"Du får mentorstøtte fra {c.d(s)} til {c.d(e)}. Du får {c.hours} timer om ugen."))
        b.append(("h", "Hvorfor?"))
        b.append(("p", f"Du har fortalt, at du har svært ved at komme af sted om morgenen og ved at holde styr "
                       f"på aftaler. Vi vurderer, at en mentor kan hjælpe dig med at gennemføre din praktik. "
                       f"Vi har lagt vægt på, at du selv ønsker støtten. Afgørelsen er truffet efter § 167, "
                       f"stk. 1, i lov om en aktiv beskæftigelsesindsats."))
        b.append(("h", "Hvem bliver din mentor?"))
        b.append(("p", f"Din mentor bliver {c.mentor} fra {c.prov}. {MF} ringer til dig inden for en uge."))
    elif sub == "partial":
        per = c.period("ok" if m["dur"] == "ok" else m["dur"])
        s, e, n = per
        b.append(("title", "Afgørelse – delvis bevilling af mentorstøtte"))
        b.append(("p", f"Kære {c.first}"))
        b.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med 8 timer om ugen. Du får delvist ja: "
                       f"Du får mentorstøtte fra {c.d(s)} til {c.d(e)}, med {c.hours} timer om ugen."))
        if not no_reasons:
            b.append(("h", "Begrundelse"))
            b.append(("p", f"Mentorstøtte kan efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats "
                           f"gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at din praktik er på 15 "
                           f"timer om ugen, og at du i praktikken har en fast kontaktperson. Derfor vurderer vi, "
                           f"at færre timer er nok."))
        else:
            b.append(("p", "Vi har bevilget færre timer end du søgte om."))
    elif sub == "refusal":
        titles = ["Afslag på mentorstøtte", "Svar på din ansøgning om mentor"]
        b.append(("title", titles[v % 2]))
        b.append(("p", f"Kære {c.first}"))
        b.append(("h", "Hvad har vi besluttet?"))
        ask = "i 12 måneder" if v % 2 == 0 else "fra 1. marts 2026 til 28. februar 2027"
        b.append(("p", f"Du har søgt om mentorstøtte {ask}. Vi har givet dig afslag."))
        if not no_reasons:
            b.append(("h", "Hvorfor har vi givet afslag?"))
            b.append(("p", f"Det fremgår af § 167 i lov om en aktiv beskæftigelsesindsats, at mentorstøtte "
                           f"gives, når det er nødvendigt for, at du kan fastholde et job eller en uddannelse. "
                           f"Vi har lagt vægt på, at din uddannelsesinstitution allerede giver dig støtte "
                           f"gennem SPS to timer om ugen og en fast studievejleder. Vi vurderer derfor ikke, at "
                           f"mentorstøtte er nødvendig."))
    elif sub == "extension":
        prev_s = c.start - dt.timedelta(days=1)
        from phrases import add_months
        prev_start = add_months(c.start, -6)
        per = c.period("ok" if m["dur"] == "ok" else m["dur"])
        s, e, n = per
        b.append(("title", ["Forlængelse af din mentorstøtte", "Afgørelse om forlængelse af mentor"][v % 2]))
        b.append(("p", f"Kære {c.first}"))
        b.append(("p", f"Du har haft mentor siden {c.d(prev_start, 0)}, og din nuværende periode slutter "
                       f"{c.d(prev_s, 0)}."))
        b.append(("h", "Hvad har vi besluttet?"))
        if m["dur"] == "over" and n:
            b.append(("p", f"Vi forlænger din mentorstøtte med {n} måneder fra {c.d(s)}, så {MF} fortsat kan "
                           f"hjælpe dig. Du har fortsat {c.hours} timer om ugen."))
        else:
            b.append(("p", f"Vi forlænger din mentorstøtte i perioden {c.d(s)} til {c.d(e)}. {c.mentor} "
                           f"fortsætter som din mentor med {c.hours} timer om ugen."))
        b.append(("h", "Hvorfor?"))
        b.append(("p", "Vi har foretaget en konkret vurdering, jf. § 167, stk. 1, 2. pkt., i lov om en aktiv "
                       "beskæftigelsesindsats. Vi har lagt vægt på, at du er kommet godt i gang i praktikken, "
                       "men at du stadig har brug for hjælp til at møde stabilt."))
    elif sub == "end":
        stop = c.start + dt.timedelta(days=20)
        b.append(("title", ["Ophør af mentorstøtte", "Din mentorstøtte stopper"][v % 2]))
        b.append(("p", f"Kære {c.first}"))
        b.append(("h", "Hvad har vi besluttet?"))
        b.append(("p", f"Din mentorstøtte stopper {c.d(stop, 0)}."))
        if not no_reasons:
            b.append(("h", "Hvorfor stopper den?"))
            b.append(("p", f"Du er blevet fastansat hos {c.company} og har nu en fast kollega, der tager sig af "
                           f"oplæringen. Vi har lagt vægt på, at du selv har sagt, at du ikke længere har brug "
                           f"for en mentor. Vi henviser til § 167 i lov om en aktiv beskæftigelsesindsats."))
    ap = appeal_sents(c, "du", m["appeal"], v)
    if ap:
        b.append(("h", ["Hvis du er uenig", "Hvad kan du gøre, hvis du er uenig?", "Klagevejledning"][v % 3]))
        b += [("p", s) for s in ap]
    b += cw_sig(c, v)
    return b, per
