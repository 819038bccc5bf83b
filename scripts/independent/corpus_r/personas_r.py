"""Twelve writer personas. Each returns a document dict for render_r."""
import phrases_r as P

PH = ["Udfyldes senere", "-", "xx", "…", "Ikke udfyldt", "Afventer", "–"]


def ph(c):
    return c.rng.choice(PH)


def mentor_contact(c, form="comma"):
    """Mentor with contact in one string, or name only for the nocontact defect, None if missing."""
    if not c.has_mentor_name():
        return None
    if "mentor_nocontact" in c.d:
        return c.rng.choice(["%s, %s" % (c.mentor, c.mentor_org), c.mentor, "%s (%s)" % (c.mentor, c.mentor_org)])
    r = c.rng.random()
    if form == "comma":
        if r < 0.4:
            return "%s, %s, tlf. %s, %s" % (c.mentor, c.mentor_org, c.mphone, c.memail)
        if r < 0.7:
            return "%s, %s – telefon %s" % (c.mentor, c.mentor_org, c.mphone)
        return "%s (%s), e-mail: %s" % (c.mentor, c.mentor_org, c.memail)
    return "%s, %s" % (c.mentor, c.mphone)


def cw_line(c):
    if c.no_contact_noise:
        return "Sagsbehandler: %s" % c.cw
    return "Sagsbehandler: %s, tlf. %s, %s" % (c.cw, c.cwphone, c.cwemail)


def letterhead(c):
    if c.no_contact_noise:
        return "%s · %s · Rådhustorvet 1 · %s" % (c.kommune, c.dept, c.town)
    return "%s · %s · Rådhustorvet 1 · %s · tlf. 70 %02d %02d %02d" % (c.kommune, c.dept, c.town, 11, 22, 33)


def add_cpr(c, label="CPR-nr."):
    if c.cpr:
        return "%s: %s" % (label, c.cpr)
    return None


def appeal_blocks(c, reg, heading):
    a = c.appeal(reg)
    if a is None:
        return []
    return [("h", heading), ("p", a)]


# ======================================================================== 1 senior_formal
def senior_formal_agreement(c):
    rng = c.rng
    prose = rng.random() < 0.35
    b = []
    intro = ("Under henvisning til vores samtale på jobcentret bekræftes det hermed, at der mellem %s og %s, %s, "
             "er indgået aftale om mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats (LAB) og § 52 i "
             "bekendtgørelse om en aktiv beskæftigelsesindsats (BAB). Aftalen er udarbejdet i overensstemmelse med "
             "kommunens kvalitetsstandard for mentorstøtte, og den indgår som en del af Deres plan.") % (
        c.full, c.kommune, c.dept)
    b.append(("p", "Kære %s" % c.full))
    b.append(("p", intro))
    g = c.goal_at(rng.choice(["Formålet med mentorstøtten er", "Hovedformålet med støtten er", "Målet med mentorstøtten er",
                              "Mentorstøtten har til formål"]))
    m = mentor_contact(c)
    t = c.tasks()
    per = c.period()
    f = c.follow()
    h = c.hours()
    fu_tail = "" if "followup_missing" in c.d else " Målet er fastsat i samarbejde med Dem og skal kunne følges op løbende."
    if prose:
        c.traits.append("layout:prose-no-headings")
        if g:
            b.append(("p", g + fu_tail))
        if m:
            b.append(("p", rng.choice(["Deres mentor er %s.", "Som mentor er udpeget %s.", "Mentoropgaven varetages af %s."]) % m))
        if t:
            b.append(("p", rng.choice(["Mentoren skal i perioden bistå Dem med at ", "Mentorens indsats består i at "]) + "; ".join(t) + "."))
        if per:
            b.append(("p", rng.choice(["Støtten ydes i perioden %s.", "Aftalen gælder %s.", "Mentorstøtten løber %s."]) % per))
        if f:
            b.append(("p", f))
        if h:
            b.append(("p", rng.choice(["Mentoren har %s til rådighed.", "Der er bevilget %s.", "Omfanget er %s."]) % h))
    else:
        heads = {
            "goal": rng.choice(["Formål med mentorstøtten", "Målsætning", "Mål og hovedformål", "Hvad skal mentorstøtten føre til?"]),
            "mentor": rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Deres mentor"]),
            "tasks": rng.choice(["Mentorens opgaver", "Indsatsområder", "Hvad mentoren skal bistå med"]),
            "dur": rng.choice(["Varighed", "Bevillingsperiode", "Periode"]),
            "fu": rng.choice(["Opfølgning og progression", "Evaluering og delmål", "Statusmøder"]),
            "hours": rng.choice(["Timetal", "Omfang", "Antal timer"]),
        }
        n = 0
        if g or rng.random() < 0.5:
            n += 1
            b.append(("h", "%d. %s" % (n, heads["goal"])))
            b.append(("p", (g + fu_tail) if g else ph(c)))
        if m or rng.random() < 0.5:
            n += 1
            b.append(("h", "%d. %s" % (n, heads["mentor"])))
            b.append(("p", ("Som mentor er udpeget %s. Mentoren er Deres faste kontaktperson i hele perioden." % m) if m
                      else "Mentor udpeges snarest og meddeles Dem særskilt."))
        if t or rng.random() < 0.4:
            n += 1
            b.append(("h", "%d. %s" % (n, heads["tasks"])))
            b.append(("p", ("Mentoren skal bistå Dem med følgende opgaver: " + "; ".join(t) + ". Mentoren udfører ikke "
                            "sædvanlige opgaver for arbejdsgiveren i de timer, der er bevilget, jf. BAB § 120.") if t else ph(c)))
        if per:
            n += 1
            b.append(("h", "%d. %s" % (n, heads["dur"])))
            b.append(("p", "Mentorstøtten er bevilget for perioden %s. Der kan efter en konkret vurdering bevilges en ny "
                           "periode ved udløb, jf. LAB § 167, stk. 1." % per if not per.startswith(("fra ", "pr. ", "f.o.m.", "fra og"))
                      else "Mentorstøtten er bevilget %s. Der kan efter en konkret vurdering bevilges en ny "
                           "periode ved udløb, jf. LAB § 167, stk. 1." % per))
        elif rng.random() < 0.5:
            n += 1
            b.append(("h", "%d. %s" % (n, heads["dur"])))
            b.append(("p", rng.choice(["Varigheden fastsættes efter næste samtale.", "Indtil videre."])))
        if f:
            n += 1
            b.append(("h", "%d. %s" % (n, heads["fu"])))
            b.append(("p", f))
        if h or rng.random() < 0.5:
            n += 1
            b.append(("h", "%d. %s" % (n, heads["hours"])))
            b.append(("p", ("Timetallet for mentorstøtten er fastsat til %s. Der skal være direkte kontakt mellem mentor og "
                            "Dem i de bevilgede timer, jf. BAB § 123." % h) if h else ph(c)))
    b += appeal_blocks(c, "formal", rng.choice(["Klagevejledning", "Vejledning om klageadgang"]))
    b.append(("sig", ["Med venlig hilsen", "", c.cw, "Jobkonsulent, %s" % c.dept] +
              ([] if c.no_contact_noise else ["Direkte tlf. %s" % c.cwphone])))
    if c.cpr:
        b.insert(0, ("p", "Vedr.: %s, %s" % (c.full, add_cpr(c))))
    return dict(title=rng.choice(["Skriftlig aftale om mentorstøtte", "Aftale om mentorstøtte efter LAB § 167",
                                  "Mentoraftale – bekræftelse af indgået aftale"]),
                blocks=b, header=letterhead(c), footer="Sagsnr. %s" % c.sagsnr, serif=True, author=c.cw)


# ------------------------------------------------------------------------ decisions (shared)
ASKED = ["6 timer om ugen", "5 timer pr. uge", "8 timer ugentligt"]


def decision_core(c, reg):
    """Return (title, blocks) for a decision letter of subtype c.subtype."""
    rng = c.rng
    du = reg != "formal"
    you = "du" if du else "De"
    your = "din" if du else "Deres"
    st = c.subtype
    b = []
    per = c.period() if st in ("grant", "partial", "extension") else None
    if per and per[0].isdigit() and "uger fra" in per:
        per = "i " + per
    elif per and not per.startswith(("fra ", "pr. ", "f.o.m.")):
        per = "i perioden " + per
    hours = c._hours
    mentor = "%s, %s, tlf. %s" % (c.mentor, c.mentor_org, c.mphone)
    if st == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        b.append(("p", "%s får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats %s." % (you.capitalize(), per)))
        b.append(("p", "Støtten er på %s. %s mentor bliver %s." % (hours, your.capitalize(), mentor)))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Vi har lagt vægt på, at %s har brug for støtte til at komme godt i gang hos %s, og at støtten "
                       "har et klart mål om beskæftigelse. Afgørelsen bygger på LAB § 167, stk. 1." % (you, c.place)))
    elif st == "partial":
        title = rng.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"])
        asked = rng.choice(ASKED)
        b.append(("p", "%s har søgt om mentorstøtte med %s. %s får delvist bevilget mentorstøtte med %s %s." % (
            you.capitalize(), asked, you.capitalize(), hours, per)))
        if "over6" not in c.d and rng.random() < 0.35:
            b.append(("p", "%s ansøgning om mentorstøtte i 9 måneder kan ikke imødekommes, da en periode efter loven højst kan vare 6 måneder. Der kan søges om en ny periode ved udløb." % your.capitalize()))
            c.traits.append("asked-9-months-mentioned")
        b.append(("h", "Begrundelse"))
        b.append(("p", "Vi vurderer, at %s behov kan dækkes med færre timer, fordi %s i forvejen har en kontaktperson på %s. "
                       "Vi har lagt vægt på oplysningerne fra samtalen og på LAB § 167, stk. 1." % ("dit" if du else "Deres", you, c.place)))
    elif st == "refusal":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"])
        b.append(("p", "%s får afslag på %s ansøgning om mentorstøtte." % (you.capitalize(), your)))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Efter LAB § 167 kan mentorstøtte gives, når det er nødvendigt for, at personen kan opnå eller "
                       "fastholde beskæftigelse eller uddannelse. Vi vurderer, at den støtte, %s får fra studievejledningen "
                       "på %s, er tilstrækkelig, og at mentorstøtte derfor ikke er nødvendig." % (you, c.school)))
    elif st == "extension":
        title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"])
        prev_s = P.add_months(c.start, -6)
        prev = "%s – %s" % (c.date(prev_s), c.date(c.start - __import__("datetime").timedelta(days=1)))
        if "over6" in c.d and rng.random() < 0.5:
            per_txt = "med %s fra %s" % (P.months_words(c.months, rng), c.date(c.start))
            c.range_style = "len_from"
        else:
            per_txt = per
        b.append(("p", "%s mentorstøtte forlænges %s. %s tidligere periode var %s." % (your.capitalize(), per_txt, your.capitalize(), prev)))
        b.append(("p", "Timetallet er uændret %s, og %s fortsætter som mentor." % (hours, c.mentor)))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Vi har foretaget en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt. Vi har lagt vægt på, at "
                       "%s er godt i gang hos %s, men stadig har brug for støtte for at fastholde fremmødet." % (you, c.place)))
        c.traits.append("prior-period-mentioned")
    else:  # end
        title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])
        stop = c.date(P.add_months(c.start, 3) - __import__("datetime").timedelta(days=1))
        b.append(("p", "%s mentorstøtte ophører %s." % (your.capitalize(), stop)))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Vi har lagt vægt på, at %s nu er i ordinær beskæftigelse hos %s og ikke længere har brug for "
                       "mentorstøtte, jf. LAB § 167." % (you, c.company)))
        c.has_period = False
    return title, b


def senior_formal_decision(c):
    title, b = decision_core(c, "formal")
    b = [("p", "Kære %s" % c.full)] + ([("p", add_cpr(c))] if c.cpr else []) + b
    b += appeal_blocks(c, "formal", "Klagevejledning")
    b.append(("sig", ["Med venlig hilsen", c.cw, c.dept]))
    return dict(title=title, blocks=b, header=letterhead(c), footer="Sagsnr. %s" % c.sagsnr, serif=True)


# ======================================================================== 2 young_du
def young_du_agreement(c):
    rng = c.rng
    items = []
    g = c.goal()
    if g:
        items.append(rng.choice(["Dit mål: ", "Det arbejder vi hen imod: ", "Målet: "]) + g)
    elif rng.random() < 0.4:
        items.append("Dit mål: " + ph(c))
    if c.has_mentor_name():
        if c.mentor_ok():
            items.append(rng.choice(["Din mentor: %s – ring eller sms på %s" % (c.mentor, c.mphone),
                                     "Din mentor er %s. Skriv til %s på %s" % (c.mentor, c.mentor_first, c.memail)]))
        else:
            items.append("Din mentor: %s" % c.mentor)
    t = c.tasks()
    per = c.period()
    if per:
        items.append(rng.choice(["Hvornår: ", "Periode: ", "Så længe varer det: "]) + per)
    h = c.hours()
    if h:
        items.append(rng.choice(["Hvor meget: ", "Timer: ", "Tid sammen med mentor: "]) + h)
    elif rng.random() < 0.4:
        items.append("Timer: " + ph(c))
    b = [("p", "Hej %s!" % c.fn),
         ("p", rng.choice(["Tak for en god snak. Her er din aftale om mentor – kort og godt:",
                           "Her kommer aftalen om din mentor, så du har det hele samlet ét sted:"])),
         ("ul", items)]
    if t:
        b.append(("p", rng.choice(["Det kan din mentor hjælpe dig med:", "Din mentor hjælper dig med at:"])))
        b.append(("ul", t))
    f = c.follow()
    if f:
        b.append(("p", "Sådan følger vi op: " + f))
    a = c.appeal("du")
    if a:
        b.append(("p", "Vil du klage? " + a))
    b.append(("p", rng.choice(["Ring endelig, hvis du har spørgsmål!", "Vi ses!", "God vind med det hele :)"])))
    b.append(("sig", ["Hilsen %s" % c.cw.split()[0], "%s, %s" % (c.cw, c.dept)] +
              ([] if c.no_contact_noise else ["%s · %s" % (c.cwphone, c.cwemail)])))
    return dict(title=rng.choice(["Din aftale om mentor", "Aftale om mentorstøtte", "Din mentoraftale"]), blocks=b,
                mail=dict(frm=c.cwemail if not c.no_contact_noise else "noreply@%s.dk" % c.town.lower()))


def young_du_decision(c):
    title, b = decision_core(c, "du")
    b = [("p", "Hej %s" % c.fn)] + b
    a = c.appeal("du")
    if a:
        b += [("h", "Sådan klager du"), ("p", a)]
    b.append(("sig", ["Venlig hilsen", c.cw]))
    return dict(title=title, blocks=b)


# ======================================================================== 3 provider_form
def provider_agreement(c):
    rng = c.rng
    kv = [("Borger", c.full), ("Henvisende kommune", "%s, %s" % (c.kommune, c.dept)), ("Sagsbehandler", c.cw)]
    if c.cpr:
        kv.insert(1, ("CPR", c.cpr))
    if c.has_mentor_name():
        kv.append(("Tilknyttet mentor", c.mentor))
        if c.mentor_ok():
            kv.append(("Mentor tlf. / mail", "%s / %s" % (c.mphone, c.memail)))
    else:
        kv.append(("Tilknyttet mentor", rng.choice(["Tildeles ved opstart", "-"])))
    b = [("h", "Stamdata"), ("kv", kv)]
    mt = rng.choice(["Tilbudsmentor", "Udvidet mentor", "Ret- og pligtmentor"])
    b += [("h", "Mentortype"), ("check", [(x == mt, x) for x in ["Tilbudsmentor", "Udvidet mentor", "Ret- og pligtmentor"]])]
    h = c.hours()
    b.append(("h", "Ydelsespakke"))
    if "hours_missing" in c.d or "hours_vague" in c.d:
        b.append(("check", [(False, "Basis"), (True, "Plus"), (False, "Intensiv")]))
        if h:
            b.append(("p", "Timeforbrug: %s" % h))
    else:
        hv = c.h
        pk = [(False, "Pakke A – 1 time pr. uge"), (False, "Pakke B – 2 timer pr. uge"), (False, "Pakke C – 4 timer pr. uge")]
        pk.append((True, "Individuel: %s" % h))
        b.append(("check", pk))
    b.append(("h", "Forløbsbeskrivelse"))
    fl = []
    g = c.goal()
    fl.append(("Forløbets mål", g if g else ph(c)))
    t = c.tasks()
    fl.append(("Indsatsområder", "\n".join("• " + x for x in t) if t else ph(c)))
    per = c.period()
    fl.append(("Forløbsperiode", per if per else rng.choice(["Løbende", "Aftales"])))
    f = c.follow()
    if f:
        fl.append(("Statusrapportering og progression", f))
    b.append(("kv", fl))
    if f:
        b.append(("check", [(True, "Skriftlig status til kommunen"), (False, "Kun mundtlig status")]))
    a = c.appeal("provider")
    if a:
        b += [("h", "Klagevejledning"), ("p", a)]
    b.append(("table", [["Borger", "Mentor", "Koordinator"], ["", "", ""], ["Dato:", "Dato:", "Dato:"]]))
    return dict(title=rng.choice(["Mentoraftale og forløbsbeskrivelse", "Forløbsbeskrivelse – mentorforløb", "Aftaleark: Mentorydelse"]),
                blocks=b, header="%s · Mentoraftale · Koordinator: %s" % (c.provider, rng.choice(["Bente Hald", "Per Vestergård", "Ulla Nyby"])),
                footer="%s – fortroligt" % c.provider,
                sidebar=[("h", c.provider), ("p", "Mentorydelser til kommuner" + ("" if c.no_contact_noise else "\nCVR 3%07d" % rng.randint(0, 9999999)))])


# ======================================================================== 4 numbered_q
def numbered_agreement(c):
    rng = c.rng
    qs = []
    g = c.goal()
    qs.append((rng.choice(["Hvad er målet med mentorstøtten?", "Hvad skal mentorstøtten føre til (mål)?", "Hvilket job- eller uddannelsesmål arbejdes der hen imod?"]) if "goal_unclear" not in c.d else rng.choice(["Hvad er målet med mentorstøtten?", "Hvad er formålet?"]), g, True))
    m = mentor_contact(c)
    qs.append((rng.choice(["Hvem er mentor, og hvordan kontaktes mentor?", "Mentorens navn og kontaktoplysninger?"]), m, True))
    t = c.tasks()
    qs.append((rng.choice(["Hvilke opgaver skal mentor hjælpe med?", "Hvad skal mentor bistå med?"]), "; ".join(t) if t else None, True))
    per = c.period()
    qs.append((rng.choice(["Hvor længe gælder aftalen (periode)?", "I hvilken periode gives støtten?", "Hvornår starter og slutter forløbet?"]), per, True))
    f = c.follow()
    qs.append(("Hvordan og hvornår følges der op, og hvilke mål for progression er der?" if g else
               "Hvordan og hvornår følges der op?", f, True))
    h = c.hours()
    qs.append((rng.choice(["Hvor mange timer er der bevilget?", "Timetal?"] + (["Hvor mange timer har mentor pr. uge?"] if c.per == "uge" else [])), h, True))
    a = c.appeal(rng.choice(["short", "formal"]))
    qs.append(("Klagevejledning", a, True))
    b = [("kv", [("Borger", c.full), ("Sagsnr.", c.sagsnr), ("Dato", c.date(c.start - __import__("datetime").timedelta(days=rng.randint(3, 12)), "dot0"))])]
    n = 0
    style = rng.choice(["dot", "paren", "table"])
    rows = [["Nr.", "Spørgsmål", "Svar"]]
    for q, ans, _ in qs:
        if ans is None:
            if q == "Klagevejledning" or rng.random() < 0.4:
                continue
            ans = ph(c)
        n += 1
        if style == "table":
            rows.append([str(n), q, ans])
        else:
            b.append(("h", ("%d. %s" if style == "dot" else "%d) %s") % (n, q)))
            b.append(("p", ans))
    if style == "table":
        b.append(("table", rows))
    b.append(("sig", ["Underskrift borger: ____________", "Underskrift sagsbehandler: ____________"]))
    return dict(title="%s – Mentoraftale (skema M%d)" % (c.kommune, rng.randint(2, 5)), blocks=b,
                footer="%s · Skabelon for mentoraftale" % c.kommune)


# ======================================================================== 5 system_export
def export_agreement(c, minplan=False):
    rng = c.rng
    ds = rng.choice(["iso", "dot0"])
    lines = ["SYSTEM: FASIT-JOB %s" % rng.choice(["v4.2", "v4.3", "v5.0"]),
             "DOKTYPE: %s" % ("MINPLAN_AKTIVITET" if minplan else "MENTORAFTALE"),
             "SAGSID: %s" % c.sagsnr, "BORGER_NAVN: %s" % c.full]
    if c.cpr:
        lines.append("BORGER_CPR: %s" % c.cpr)
    if minplan:
        lines.append("AKTIVITET: Mentorstøtte (LAB § 167)")
    g = c.goal()
    if g is not None:
        lines.append("%s: %s" % (rng.choice(["MAAL", "FORMAAL"]), g))
    elif rng.random() < 0.6:
        lines.append("MAAL: ")
    if c.has_mentor_name():
        lines.append("MENTOR_NAVN: %s" % c.mentor)
        lines.append("MENTOR_ORG: %s" % c.mentor_org)
        if c.mentor_ok():
            if rng.random() < 0.5:
                lines.append("MENTOR_TLF: %s" % c.mphone.replace(" ", ""))
            lines.append("MENTOR_EMAIL: %s" % c.memail)
        else:
            lines.append("MENTOR_TLF: ")
    else:
        lines.append("MENTOR_NAVN: ")
    t = c.tasks()
    if t:
        lines.append("MENTOR_OPGAVER: %s" % " | ".join(t))
    if c.has_period:
        if rng.random() < 0.75 and not c.weeks:
            lines.append("PERIODE_FRA: %s" % P.fdate(c.start, ds))
            lines.append("PERIODE_TIL: %s" % P.fdate(c.end, ds))
            c.range_style, c.dstyle_used = "fra_til_keys", ds
        else:
            lines.append("PERIODE: %s" % c.period(dstyle=ds))
    else:
        lines.append("PERIODE_FRA: ")
        lines.append("PERIODE_TIL: ")
    h = c.hours()
    if h is None:
        lines.append("TIMER: ")
    elif "hours_vague" in c.d:
        lines.append("TIMER: %s" % h)
    else:
        if c.per == "uge" and c.h != 1.5 and rng.random() < 0.5:
            lines.append("TIMER_PR_UGE: %s" % c.h)
        else:
            lines.append("TIMETAL: %s" % h)
    if not minplan:
        f = c.follow()
        if f:
            lines.append("OPFOELGNING: %s" % f)
        a = c.appeal("short")
        if a:
            lines.append("KLAGEVEJLEDNING: %s" % a)
    lines.append("EKSPORTERET: %s 08:%02d" % (P.fdate(c.start, "iso"), rng.randint(0, 59)))
    return dict(title="Eksport – %s" % ("Min Plan aktivitet" if minplan else "mentoraftale"),
                blocks=[("pre", "\n".join(lines))])


def export_decision(c):
    title, b = decision_core(c, "short")
    text = " ".join(x[1] for x in b if x[0] == "p")
    lines = ["SYSTEM: FASIT-JOB v5.0", "DOKTYPE: AFGOERELSE", "AFG_TYPE: %s" % c.subtype.upper(),
             "SAGSID: %s" % c.sagsnr, "MODTAGER: %s" % c.full] + (["MODTAGER_CPR: %s" % c.cpr] if c.cpr else []) + [
             "OVERSKRIFT: %s" % title, "BREVTEKST: %s" % text]
    a = c.appeal("short")
    if a:
        lines.append("KLAGEVEJLEDNING: %s" % a)
    return dict(title="Eksport – afgørelse", blocks=[("pre", "\n".join(lines))])


# ======================================================================== 6 mixed_mentor
def mixed_agreement(c):
    rng = c.rng
    b = [("p", rng.choice(["Hi %s," % c.fn, "Hej %s / Hi %s," % (c.fn, c.fn)])),
         ("p", rng.choice(["As promised, here is our mentor agreement (mentoraftale). Jeg har skrevet det på både dansk og engelsk, hope that is ok.",
                           "Here's the plan we talked about – our mentoraftale. Sig til if something is wrong."]))]
    g = c.goal()
    if g:
        b.append(("p", "Goal / mål: " + g))
    elif rng.random() < 0.5:
        b.append(("p", "Goal / mål: TBD – vi finder det sammen"))
    t = c.tasks(en=True)
    if t:
        b.append(("p", "What I will help you with (mine opgaver som mentor):"))
        b.append(("ul", t))
    per = c.period()
    if per:
        b.append(("p", "Period / periode: " + per))
    h = c.hours()
    if h:
        b.append(("p", "Hours / timer: " + h))
    elif rng.random() < 0.4:
        b.append(("p", "Hours / timer: TBD"))
    f = c.follow()
    if f:
        b.append(("p", "Follow-up / opfølgning: " + f))
    if c.has_mentor_name():
        if c.mentor_ok():
            b.append(("p", "You can always reach me on %s or %s." % (c.mphone, c.memail)))
        b.append(("sig", ["Best / vh", c.mentor, "Mentor, %s" % c.mentor_org]))
    else:
        b.append(("sig", ["Best / vh", "Mentorteamet"]))
    a = c.appeal(rng.choice(["du", "short"]))
    if a:
        b += [("p", "PS – klagevejledning from the kommune (required):"), ("p", a)]
    return dict(title=rng.choice(["Mentor agreement – mentoraftale", "Our plan / vores aftale", "Mentoraftale (DA/EN)"]),
                blocks=b)


# ======================================================================== 7 email_thread
def thread_agreement(c):
    rng = c.rng
    lead = rng.choice(["Lone Brask", "Kim Rydahl", "Henrik Møst", "Susanne Trier"])
    fields = []
    g = c.goal()
    if g:
        fields.append(rng.choice(["Mål: ", "Formål: ", "Hovedformål: "]) + g)
    m = mentor_contact(c)
    if m:
        fields.append(rng.choice(["Mentor: ", "Mentor/kontaktperson: ", "Mentor og kontaktinfo: "]) + m)
    t = c.tasks()
    if t:
        fields.append(rng.choice(["Mentors opgaver: ", "Opgaver: ", "Støtten består i: "]) + ", ".join(t))
    per = c.period()
    if per:
        fields.append(rng.choice(["Periode: ", "Varighed: ", "Bevilget: "]) + per)
    h = c.hours()
    if h:
        fields.append(rng.choice(["Timer: ", "Timetal: ", "Omfang: "]) + h)
    f = c.follow()
    if f:
        fields.append(rng.choice(["Opfølgning: ", "Evaluering: ", "Status og delmål: "]) + f)
    b = [("p", "Hej alle"),
         ("p", rng.choice(["Som aftalt på mødet i går kommer her den endelige mentoraftale for %s. Jeg har samlet det hele herunder, så vi har det på skrift:" % c.fn,
                           "Tak for input. Her er den samlede aftale om mentorstøtte til %s, som den er godkendt i teamet:" % c.fn])),
         ("ul", fields)]
    a = c.appeal(rng.choice(["short", "du"]))
    if a:
        b += [("p", "Klagevejledning til %s:" % c.fn), ("p", a)]
    b.append(("sig", ["Venlig hilsen", lead, "Teamleder, Team Mentor og Fastholdelse", c.kommune] +
              ([] if c.no_contact_noise else ["Mobil 2%d %02d %02d %02d" % (rng.randint(0, 9), 44, rng.randint(10, 99), 17)])))
    q1 = ["-----Oprindelig meddelelse-----", "Fra: %s" % (c.mentor if c.has_mentor_name() else "Mentorteamet"),
          "Sendt: %s 14:%02d" % (P.fdate(c.start - __import__("datetime").timedelta(days=rng.randint(2, 9)), "weekday"), rng.randint(0, 59)),
          "Til: %s" % lead, "Emne: SV: Mentor til %s" % c.fn, "",
          "> Hej %s" % lead.split()[0], "> Det passer fint for mig. Jeg kan starte, så snart papirerne er på plads.",
          "> Jeg har allerede hilst kort på %s." % c.fn, ">", "> Hilsen"]
    q2 = [">> -----Oprindelig meddelelse-----", ">> Fra: %s" % lead, ">> Emne: Mentor til %s" % c.fn, ">>",
          ">> Kan du tage %s? Vi tager detaljerne på mødet." % c.fn]
    b.append(("pre", "\n".join(q1 + q2)))
    return dict(title="SV: Mentoraftale %s" % c.fn, blocks=b, lead=lead)


# ======================================================================== 8 udskrivning
def udskriv_agreement(c):
    rng = c.rng
    side = [("h", "Kontakt"), ("p", "%s\n%s" % (c.kommune, c.dept))]
    if not c.no_contact_noise:
        side.append(("p", "Sagsbehandler %s\ntlf. %s" % (c.cw, c.cwphone)))
    side.append(("p", "Psykiatrisk afsnit %s, Regionshospitalet" % rng.choice(["P3", "S2", "E1"])))
    law = ("" if not c.has_period else " Efter loven kan støtten begynde op til 3 måneder før udskrivelsen "
           "og gives i en periode på mindst 6 måneder i alt.")
    b = [("p", "Aftalen gælder udskrivningskoordinator til %s, jf. § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats. "
               "%s er indlagt og forventes udskrevet %s.%s" % (c.full, c.fn, c.date(c.discharge, "long"), law))]
    g = c.goal()
    b.append(("h", "Mål for forløbet"))
    b.append(("p", g if g else ph(c)))
    b.append(("h", "Udskrivningskoordinator"))
    m = mentor_contact(c)
    b.append(("p", m if m else "Udpeges inden udskrivelsen."))
    t = c.tasks()
    b.append(("h", "Koordinatorens opgaver"))
    base = ["koordinere med afdelingen og distriktspsykiatrien før udskrivelsen", "hjælpe med bolig og økonomi i overgangen"]
    b.append(("ul", base + t) if t else ("p", ph(c)))
    per = c.period()
    if per:
        b.append(("h", "Periode"))
        b.append(("p", per + " (heraf %d måneder før udskrivelsen)" % ((c.discharge.year - c.start.year) * 12 + c.discharge.month - c.start.month)
                  if c.start < c.discharge else per + " (fra udskrivelsen)"))
    h = c.hours()
    if h:
        b += [("h", "Timer"), ("p", h)]
    f = c.follow()
    if f:
        b += [("h", "Opfølgning"), ("p", f)]
    b += appeal_blocks(c, rng.choice(["formal", "short"]), "Klagevejledning")
    c.traits.append("udskrivningskoordinator-9m-limit")
    return dict(title="Aftale om udskrivningskoordinator", blocks=b, sidebar=side, pdf_mode="sidebar",
                header="%s – Psykiatri og beskæftigelse" % c.kommune, footer="Udskrivningskoordinator · %s" % c.sagsnr)


# ======================================================================== 9 ungeindsats
def unge_agreement(c):
    rng = c.rng
    b = [("p", "Hej %s – her er aftalen om din uddannelsesmentor fra Ungeindsatsen. Læs den igennem, og sig til, hvis noget skal rettes." % c.fn)]
    g = c.goal()
    b += [("h", "Dit mål" if "goal_unclear" in c.d else "Dit uddannelsesmål"), ("p", g if g else ph(c))]
    m = mentor_contact(c)
    b += [("h", "Din uddannelsesmentor")]
    b.append(("p", m if m else "Vi finder en mentor til dig hurtigst muligt."))
    t = c.tasks()
    if t:
        b += [("h", "Din mentor kan hjælpe dig med"), ("ul", t)]
    per = c.period()
    if per:
        b += [("h", "Hvor længe?"), ("p", per)]
    h = c.hours()
    if h:
        b += [("h", "Hvor meget tid?"), ("p", h)]
    f = c.follow()
    if f:
        b += [("h", "Opfølgning"), ("p", f)]
    a = c.appeal("du")
    if a:
        b += [("h", "Hvis du vil klage"), ("p", a)]
    b.append(("sig", ["Ungeindsatsen, %s" % c.kommune, c.cw]))
    return dict(title=rng.choice(["Aftale om uddannelsesmentor", "Ungeindsatsen – mentoraftale"]), blocks=b,
                pdf_mode="twocol", header="Ungeindsatsen · %s" % c.kommune)


def unge_minplan(c):
    rng = c.rng
    kv = [("Plan", "Min Plan – Uddannelsesplan"), ("Aktivitet", "Uddannelsesmentor (mentorstøtte)")]
    g = c.goal()
    kv.append(("Formål", g if g else ph(c)))
    if c.has_mentor_name():
        kv.append(("Mentor", c.mentor if not c.mentor_ok() else "%s, %s" % (c.mentor, rng.choice([c.mphone, c.memail]))))
    t = c.tasks()
    if t:
        kv.append(("Mentor hjælper med", "; ".join(t)))
    per = c.period()
    kv.append(("Periode", per if per else ph(c)))
    h = c.hours()
    if h:
        kv.append(("Omfang", h))
    return dict(title="Min Plan – Ungeindsatsen", blocks=[("p", "Plan for %s" % c.full), ("kv", kv)],
                header="Ungeindsatsen · %s" % c.kommune)


# ======================================================================== 10 word_template
def word_agreement(c):
    rng = c.rng
    rows = [["Felt", "Indhold"]]
    g = c.goal()
    rows.append([rng.choice(["1. Målet med mentorstøtten", "1. Formål", "1. Mål (hovedformål og evt. delmål)"]), g if g else ph(c)])
    m = mentor_contact(c)
    if m or rng.random() < 0.6:
        rows.append([rng.choice(["2. Mentorens navn og kontaktdata", "2. Mentor (navn, tlf./mail)", "2. Mentor"]), m if m else ph(c)])
    t = c.tasks()
    rows.append([rng.choice(["3. Opgaver mentoren skal bistå ved", "3. Mentorens opgaver", "3. Indsatsområder"]), "\n".join("- " + x for x in t) if t else ph(c)])
    per = c.period()
    rows.append([rng.choice(["4a. Aftalens varighed", "4a. Periode", "4a. Gyldig fra/til"]), per if per else ph(c)])
    f = c.follow()
    if f or rng.random() < 0.5:
        rows.append(["4b. Opfølgning inkl. mål for progression" if (f and g) else "4b. Opfølgning", f if f else ph(c)])
    h = c.hours()
    rows.append([rng.choice(["5. Timetal", "5. Antal timer", "5. Timer pr. uge/måned"]), h if h else ph(c)])
    b = [("kv", [("Borger", c.full)] + ([("CPR-nr.", c.cpr)] if c.cpr else []) + [("Sagsnr.", c.sagsnr), ("Sagsbehandler", c.cw)]),
         ("table", rows)]
    a = c.appeal(rng.choice(["formal", "short"]))
    if a:
        b += [("h", "6. Klagevejledning"), ("p", a)]
    b.append(("table", [["Borger", "Mentor", "Sagsbehandler"], ["Underskrift:", "Underskrift:", "Underskrift:"], ["Dato:", "Dato:", "Dato:"]]))
    return dict(title="Mentoraftale", blocks=b, header="%s | %s | Sagsnr. %s" % (c.kommune, c.dept, c.sagsnr),
                footer="Skabelon MENT-03 v2.%d – Kvalitetsstandard for mentorstøtte" % rng.randint(0, 4))


def word_decision(c):
    title, b = decision_core(c, rng_reg(c))
    head = [("kv", [("Modtager", c.full)] + ([("CPR-nr.", c.cpr)] if c.cpr else []) + [("Sagsnr.", c.sagsnr)])]
    b = head + b
    b += appeal_blocks(c, "short" if c.rng.random() < 0.5 else "formal", c.rng.choice(["Klagevejledning", "Klageadgang"]))
    b.append(("table", [["Med venlig hilsen", ""], [c.cw, c.dept]]))
    return dict(title=title, blocks=b, header="%s | %s" % (c.kommune, c.dept), footer="Skabelon AFG-MENT v1.%d" % c.rng.randint(0, 9))


def rng_reg(c):
    return c.rng.choice(["short", "du"])


# ======================================================================== 11 decision_bilag
def bilag_decision(c):
    rng = c.rng
    title, b = decision_core(c, rng.choice(["du", "short"]))
    b = [("p", "Til %s" % c.full)] + b
    a = c.appeal(rng.choice(["du", "short", "formal"]))
    if a:
        b += [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", a)]
    b.append(("sig", ["Venlig hilsen", c.cw, c.dept]))
    if c.subtype in ("grant", "partial", "extension"):
        b.append(("p", "Bilag 1: Mentoraftale"))
        b.append(("h", "Bilag 1 – Mentoraftale"))
        kv = [("Mål", c._goal), ("Mentor", "%s, %s, tlf. %s" % (c.mentor, c.mentor_org, c.mphone)),
              ("Opgaver", "; ".join(c._tasks)), ("Timer", c._hours)]
        if c.has_period and c.range_style != "len_from":
            kv.insert(3, ("Periode", "som angivet i afgørelsen"))
        kv.append(("Opfølgning", c._follow))
        b.append(("kv", kv))
        c.traits.append("bilag1-agreement")
    return dict(title=title, blocks=b, header="%s · %s" % (c.kommune, c.dept), footer="Brev sendt til Digital Post")


# ======================================================================== 12 jobnet_print
def jobnet_minplan(c):
    rng = c.rng
    kv = [("Aktivitet", rng.choice(["Mentorstøtte", "Mentor (LAB § 167)", "Støtte: mentor"])), ("Status", rng.choice(["Godkendt", "Aktiv", "Planlagt"]))]
    if c.has_period:
        if rng.random() < 0.6 and not c.weeks:
            ds = rng.choice(["dot0", "dot", "iso", "dash"])
            kv += [("Start", P.fdate(c.start, ds)), ("Slut", P.fdate(c.end, ds))]
            c.range_style, c.dstyle_used = "start_slut_fields", ds
        else:
            kv.append(("Periode", c.period()))
    else:
        kv += [("Start", "")] if rng.random() < 0.5 else []
    g = c.goal()
    kv.append((rng.choice(["Formål", "Mål med aktiviteten", "Målet med mentorstøtten"]), g if g else ph(c)))
    if c.has_mentor_name():
        if c.mentor_ok():
            kv.append(("Mentor", c.mentor))
            kv.append(("Kontakt", rng.choice([c.mphone, c.memail, "%s / %s" % (c.mphone, c.memail)])))
        else:
            kv.append(("Mentor", c.mentor))
    t = c.tasks()
    if t:
        kv.append(("Mentors opgaver", "\n".join(t)))
    h = c.hours()
    if h:
        kv.append(("Timer", h))
    elif rng.random() < 0.5:
        kv.append(("Timer", ""))
    side = [("h", "Min side"), ("p", "%s\nJobnet.dk – Min Plan" % c.full), ("p", "Din kontaktperson i kommunen: %s" % c.cw)]
    b = [("p", "Dine aktiviteter"), ("kv", kv),
         ("p", "Planen er lavet i samarbejde med %s. Ændringer i timer eller formål skrives ind her." % c.kommune)]
    return dict(title="Min Plan – Udskrift fra Jobnet", blocks=b, sidebar=side,
                header="Jobnet · Min Plan · Udskrevet %s kl. %02d:%02d" % (P.fdate(c.start, "dot0"), rng.randint(8, 15), rng.randint(0, 59)),
                footer="www.jobnet.dk", pdf_mode=rng.choice(["sidebar", "twocol"]))
