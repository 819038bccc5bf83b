"""Document builders per kind."""
import datetime as dt
from content import (Doc, Section, make_ctx, build_fields, full, cpr, history_period, period_make, phone,
                     APPEAL_OK, APPEAL_EMPTY, APPEAL_WRONG, person)
from vocab import fmt_date, add_months

RULE_OF = {
    ("goal", "absent"): "missing-goal", ("goal", "placeholder"): "missing-goal", ("goal", "vague"): "unclear-goal",
    ("mentor", "absent"): "missing-mentor", ("mentor", "placeholder"): "missing-mentor",
    ("mentor", "nocontact"): "missing-mentor", ("mentor", "cwonly"): "missing-mentor",
    ("tasks", "absent"): "missing-tasks", ("tasks", "placeholder"): "missing-tasks",
    ("duration", "absent"): "missing-duration", ("duration", "placeholder"): "missing-duration",
    ("duration", "over"): "duration-over-6-months",
    ("follow", "absent"): "missing-follow-up", ("follow", "placeholder"): "missing-follow-up",
    ("follow", "unticked"): "missing-follow-up",
    ("hours", "absent"): "missing-hours", ("hours", "placeholder"): "missing-hours", ("hours", "vague"): "missing-hours",
    ("appeal", "absent"): "missing-appeal-guidance", ("appeal", "placeholder"): "missing-appeal-guidance",
    ("appeal", "empty"): "missing-appeal-guidance",
}

AGR_TITLES = ["Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte", "Mentoraftale",
              "Aftale om mentor efter LAB § 167", "Samarbejdsaftale – mentorstøtte",
              "Mentorstøtte – aftale mellem borger, mentor og kommune", "AFTALE OM MENTOR", "Aftale: Mentorforløb"]
SUBTYPES = ["generel", "generel", "tilbudsmentor", "uddannelsesmentor", "udvidet", "pligtmentor"]
LEGAL = ["Aftalen indgås efter lov om en aktiv beskæftigelsesindsats § 167.",
         "Mentorstøtte efter LAB kapitel 26 (§§ 167-171).", "Jf. § 31 b i lov om en aktiv beskæftigelsesindsats.",
         "Hjemmel: LAB § 167, stk. 1, og BAB § 52.", ""]


def rules_from(status, applicable):
    r = set()
    for k, v in status.items():
        x = RULE_OF.get((k, v))
        if x and x in applicable:
            r.add(x)
    return r


AGR_APPL = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
            "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"}
MP_APPL = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
           "duration-over-6-months", "unclear-goal"}

PROBLEMS = {
    "goal": ["absent", "placeholder", "vague", "vague"],
    "mentor": ["absent", "placeholder", "nocontact", "cwonly"],
    "tasks": ["absent", "placeholder"],
    "duration": ["absent", "placeholder", "over", "over"],
    "follow": ["absent", "placeholder"],
    "hours": ["absent", "placeholder", "vague", "vague"],
    "appeal": ["absent", "placeholder", "empty"],
}


def pick_status(rng, fields, compliant, layout, allow_footer=False, nprob=None):
    status = {f: "ok" for f in fields}
    if not compliant:
        n = nprob or rng.choice([1, 1, 1, 2, 2, 3])
        for f in rng.sample(fields, n):
            opts = list(PROBLEMS[f])
            if f == "follow" and layout == "checkbox_form":
                opts.append("unticked")
            status[f] = rng.choice(opts)
            if layout == "content_controls" and rng.random() < 0.7:
                status[f] = "placeholder"
    if allow_footer:
        if status.get("mentor") == "ok" and rng.random() < 0.6:
            status["mentor"] = "ok_footer"
        elif status.get("appeal") == "ok":
            status["appeal"] = "ok_footer"
    return status


def letterhead(ctx):
    m = ctx["muni"]
    return [m["name"], m["unit"], m["addr"], f"Tlf. {m['tel']} · {m['dom']}"]


def signature(ctx, rng):
    cw = ctx["cw"]
    return rng.choice([
        ["Venlig hilsen", full(cw), "Jobkonsulent", f"Direkte tlf. {ctx['cwphone']}", ctx["cwemail"]],
        ["Med venlig hilsen", "", full(cw), f"Sagsbehandler, {ctx['muni']['unit']}", f"{ctx['cwphone']} / {ctx['cwemail']}"],
        ["Mvh.", f"{full(cw)}, rådgiver", f"T: {ctx['cwphone']}"],
    ])


def signature_lines(ctx, rng):
    return rng.choice([
        ["Underskrifter", "Borger: ______________________   Dato: ________",
         "Mentor: ______________________   Dato: ________", "Kommunen: ____________________   Dato: ________"],
        ["Dato og underskrift (borger) ............................................",
         "Dato og underskrift (mentor) ............................................"],
        ["Aftalen er gennemgået og godkendt mundtligt af borger på mødet."],
    ])


def build_agreement(rng, muni, fmt, layout, compliant, ctx=None):
    ctx = ctx or make_ctx(rng, muni)
    lang = "en" if layout == "english_agreement" else "da"
    prose = layout in ("prose_letter", "journal_note", "email_thread")
    fields = ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"]
    allow_footer = layout in ("header_footer_fields", "rtf_footer") or (layout == "paged_pdf" and rng.random() < 0.5)
    status = pick_status(rng, fields, compliant, layout, allow_footer)
    if layout == "header_footer_fields" and status.get("mentor") != "ok_footer" and status.get("appeal") != "ok_footer":
        # make sure the footer is used for something when possible
        if status["mentor"] == "ok":
            status["mentor"] = "ok_footer"
    if prose and status.get("goal") == "placeholder":
        status["goal"] = "absent"
    secs, traits, period, footer_txt = build_fields(ctx, status, lang=lang, prose=prose)
    if layout == "qa_labels":
        qmap = dict(goal="Hvad er målet med mentorstøtten?", mentor="Hvem er mentor, og hvordan kontaktes mentor?",
                    tasks="Hvad skal mentor hjælpe med?", duration="Hvornår starter og slutter forløbet?",
                    follow="Hvordan og hvornår følger vi op?", hours="Hvor mange timer om ugen?",
                    appeal="Hvad gør jeg, hvis jeg er uenig?")
        for s in secs:
            s.label = qmap[s.field]
        traits.append("all labels are questions")
    if layout == "checkbox_form":
        for s in secs:
            if s.field == "follow" and not s.placeholder:
                opts = ["hver 14. dag", "hver måned", "hver 3. måned"]
                pick = rng.randrange(3)
                s.checks = [(i == pick, o) for i, o in enumerate(opts)]
                s.paras = ["Statusmøde med borger, mentor og sagsbehandler:"]
                traits.append(f"follow: ☒ ticked '{opts[pick]}'")
            if s.field == "hours" and status["hours"] == "ok" and rng.random() < 0.6:
                opts = ["1 time", "2 timer", "3 timer", "4 timer"]
                pick = rng.randrange(4)
                s.checks = [(i == pick, o + " pr. uge") for i, o in enumerate(opts)]
                s.paras = []
                traits.append(f"hours: checkbox ☒ '{opts[pick]} pr. uge'")
    if layout == "tracked_changes":
        cand = [s for s in secs if s.field in ("hours", "duration", "goal") and not s.placeholder]
        if cand:
            s = rng.choice(cand)
            old = {"hours": "Efter behov.", "goal": "Mere struktur i hverdagen.",
                   "duration": "1.1.2024 – 31.12.2024"}[s.field]
            s.tracked = (old, s.paras[0])
            traits.append(f"tracked change in {s.field}: deleted {old!r} (w:del), inserted current value (w:ins)")
    # extra realism
    doc = Doc(kind="agreement", subtype=rng.choice(SUBTYPES), layout=layout, fmt=fmt, lang=lang)
    doc.title = rng.choice(AGR_TITLES) if lang == "da" else rng.choice(["Agreement on mentor support", "Mentor Support Agreement"])
    doc.letterhead = letterhead(ctx)
    c = ctx["cit"]
    meta = [f"Borger: {full(c)}" if lang == "da" else f"Citizen: {full(c)}"]
    if rng.random() < 0.45:
        cp = cpr(rng)
        doc.cprs.append(cp)
        meta.append(rng.choice([f"CPR-nr.: {cp}", f"Cpr.nr. {cp}", f"CPR: {cp}"]))
        traits.append("contains CPR in header block")
    meta.append(muni["case"].format(n=rng.randint(1000, 99999)))
    meta.append(("Dato: " if lang == "da" else "Date: ") + fmt_date(ctx["letter"], "long"))
    doc.meta = meta
    if lang == "da":
        intro = []
        lg = rng.choice(LEGAL)
        if lg and status.get("duration") not in ("absent", "placeholder"):
            intro.append(lg)
        if doc.subtype == "pligtmentor":
            intro.append("Der er tale om en ret- og pligtmentor. Kontakt mindst hver anden uge.")
        elif doc.subtype == "uddannelsesmentor":
            intro.append(f"Mentorstøtten gives i forbindelse med uddannelse på {ctx['school']}.")
        if period and status["duration"] == "ok" and rng.random() < 0.25:
            intro.append(history_period(ctx))
            traits.append("history period (8-10 months, 'tidligere forløb') present; not the agreement period")
        if prose:
            intro.insert(0, f"Kære {c['fn']}")
            intro.insert(1, rng.choice(["Tak for en god snak på mødet. Her er den skriftlige aftale om mentorstøtte, som vi lavede sammen.",
                                        f"Som lovet får du her vores aftale om mentor. Læs den igennem, og ring, hvis noget ikke passer.",
                                        "Hermed bekræftes aftalen om mentorstøtte, som blev indgået på mødet i jobcentret."]))
        doc.intro = intro
    else:
        doc.intro = [f"This agreement is made under the Danish Act on Active Employment Efforts (LAB) § 167. It is a translation for {c['fn']}."]
    doc.sections = secs
    if layout == "heading_sections" and rng.random() < 0.5:
        rng.shuffle(doc.sections)
        traits.append("section order shuffled")
    doc.closing = (signature(ctx, rng) if prose else signature_lines(ctx, rng) + ([""] + signature(ctx, rng) if rng.random() < 0.5 else []))
    doc.header = f"{muni['name']} · {doc.title}"
    doc.footer = footer_txt or ""
    doc.footer_field = ("mentor" if status.get("mentor") == "ok_footer" else "appeal" if status.get("appeal") == "ok_footer" else None)
    doc.rules = rules_from(status, AGR_APPL)
    doc.period = period
    doc.traits = [f"municipality {muni['name']} house style"] + traits
    doc.ctx = ctx
    if layout in ("form_table", "tracked_changes") and rng.random() < 0.4:
        doc.comment = rng.choice(["Teamleder: ok", "Husk underskrift fra borger", "Tjek stavning"])
        doc.traits.append(f"docx comment {doc.comment!r} (no field content)")
    if layout == "email_thread":
        doc.email = email_parts(ctx, rng, doc)
    return doc


def email_parts(ctx, rng, doc):
    c = ctx["cit"]
    cw = ctx["cw"]
    quoted = rng.choice([
        [f"Hej {cw['fn']}", "Kan vi starte med et par timer om ugen og så se, hvordan det går?", f"Hilsen {c['fn']}"],
        [f"Hej {cw['fn']}", "Tak for i dag. Hvornår hører jeg noget om mentoren?", f"/{c['fn']}"],
    ])
    if "par timer" in quoted[1]:
        doc.traits.append("quoted earlier mail ('> ') has vague hours; not the agreement text")
    return dict(frm=f"{full(cw)} <{ctx['cwemail']}>", to=f"{full(c)} <{c['fn'].lower()}{rng.randint(10,99)}@gmail.com>",
                subject=rng.choice(["Aftale om mentorstøtte", "Din mentoraftale", "Re: mentor", "Mentorstøtte – aftalen fra mødet"]),
                date=ctx["letter"], quoted=quoted)


# ---------------------------------------------------------------- Min Plan
MP_SYSTEMS = ["Momentum", "Jobnet – Min Plan", "Fasit", "KMD Opus Beskæftigelse", "Min Plan (borger.dk)"]


def build_minplan(rng, muni, fmt, layout, compliant):
    ctx = make_ctx(rng, muni)
    fields = ["goal", "mentor", "tasks", "duration", "hours"]
    status = pick_status(rng, fields, compliant, layout, nprob=rng.choice([1, 1, 2]))
    secs, traits, period, _ = build_fields(ctx, status)
    sysname = rng.choice(MP_SYSTEMS)
    relabel = rng.random() < 0.6
    if relabel:
        lab = dict(goal=rng.choice(["Formål", "Mål med indsatsen", "Dit mål"]),
                   mentor=rng.choice(["Leverandør / mentor", "Din mentor", "Kontaktperson hos leverandør"]),
                   tasks=rng.choice(["Beskrivelse", "Mentoren hjælper dig med", "Indhold"]),
                   duration=rng.choice(["Start – slut", "Periode", "Varighed"]),
                   hours=rng.choice(["Omfang", "Timer pr. uge", "Ugentligt timetal"]))
        for s in secs:
            s.label = lab[s.field]
        traits.append("Min Plan labels: " + ", ".join(f"{k}='{v}'" for k, v in lab.items()))
    doc = Doc(kind="minplan", subtype=rng.choice(["indsats_mentor", "mentor_aendring", "mentor_ny"]), layout=layout, fmt=fmt)
    doc.title = rng.choice(["Min Plan – Mentorstøtte", "Udskrift af Min Plan", "Min Plan: Indsats – Mentor",
                            "Din plan: Mentorstøtte"])
    doc.letterhead = [f"{sysname}", muni["name"]]
    doc.meta = [f"Udskrevet {fmt_date(ctx['letter'], 'zero')}", f"Borger: {full(ctx['cit'])}",
                "Indsatstype: Mentorstøtte (LAB § 167)"]
    if rng.random() < 0.4:
        cp = cpr(rng)
        doc.cprs.append(cp)
        doc.meta.insert(2, f"CPR: {cp}")
        traits.append("contains CPR")
    doc.intro = [rng.choice(["Denne side viser de aktiviteter, du er i gang med.",
                             "Indsatsen er aftalt med din sagsbehandler og vises i din plan på Jobnet.",
                             ""])]
    doc.sections = secs
    doc.closing = [f"Sagsbehandler: {full(ctx['cw'])}, {ctx['cwphone']}"]
    doc.rules = rules_from(status, MP_APPL)
    doc.period = period
    doc.traits = [f"Min Plan export from {sysname}", f"municipality {muni['name']}"] + traits
    doc.header = sysname
    doc.ctx = ctx
    return doc


# ---------------------------------------------------------------- decisions
DEC_SUB = ["bevilling", "bevilling", "delvis_bevilling", "afslag", "forlaengelse", "ophoer"]


def build_decision(rng, muni, fmt, layout, subtype, appeal, over, reasons=True):
    ctx = make_ctx(rng, muni)
    c = ctx["cit"]
    F = lambda d: fmt_date(d, ctx["dstyle"] if ctx["dstyle"] != "words" else "long")
    doc = Doc(kind="decision", subtype=subtype, layout=layout, fmt=fmt)
    traits = [f"municipality {muni['name']}"]
    doc.letterhead = letterhead(ctx)
    doc.meta = [fmt_date(ctx["letter"], "long"), muni["case"].format(n=rng.randint(1000, 99999))]
    if rng.random() < 0.5:
        cp = cpr(rng); doc.cprs.append(cp); doc.meta.append(f"CPR-nr. {cp}"); traits.append("contains CPR")
    doc.intro = [f"Kære {full(c)}"]
    secs = []
    period = None
    hours = rng.choice(["2 timer om ugen", "3 timer ugentligt", "1½ time pr. uge", "4 timer pr. uge"])
    ref = rng.choice(["§ 167 i lov om en aktiv beskæftigelsesindsats", "LAB § 167, stk. 1", "§ 31 b i lov om aktiv beskæftigelsesindsats"])
    if subtype in ("bevilling", "delvis_bevilling", "forlaengelse"):
        s, e, ptxt, note = period_make(ctx, over)
        period = {"start": s.isoformat(), "end": e.isoformat()}
        traits.append(f"granted period: {note}")
    if subtype == "bevilling":
        doc.title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget mentor"])
        secs.append(Section("other", "Afgørelse", [f"Du får bevilget mentorstøtte {ptxt}. Der er bevilget {hours}.",
                                                   f"Mentor bliver {full(ctx['men'])}, {ctx['firm']}."]))
        if rng.random() < 0.5:
            secs.append(Section("reasons", "Begrundelse", [f"Du får fuldt ud medhold i din ansøgning. Bevillingen er givet efter {ref}."]))
            traits.append("full grant, short reasons included")
        else:
            traits.append("full grant, no reasons section (allowed, FVL § 22)")
    elif subtype == "delvis_bevilling":
        doc.title = rng.choice(["Afgørelse – delvis bevilling af mentorstøtte", "Svar på din ansøgning om mentor"])
        secs.append(Section("other", "Afgørelse", [f"Du søgte om mentorstøtte 8 timer om ugen. Vi bevilger {hours} {ptxt}."]))
        if reasons:
            secs.append(Section("reasons", "Begrundelse", [
                f"Vi har lagt vægt på, at du allerede har støtte fra studievejlederen, og at dit behov for hjælp primært ligger i opstartsfasen. "
                f"Afgørelsen er truffet efter {ref}, hvor kommunen foretager en konkret vurdering af behovet."]))
        else:
            doc.extras.append("missing-reasons"); traits.append("partial grant without reasons (missing-reasons)")
    elif subtype == "forlaengelse":
        doc.title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentor"])
        secs.append(Section("other", None, [f"Din mentorstøtte hos {ctx['firm']} forlænges {ptxt}, {hours}.",
                                            "Forlængelsen er en ny periode efter den første bevilling."]))
        secs.append(Section("reasons", "Begrundelse", [f"Ved statusmødet blev det vurderet, at du er tæt på at kunne starte i praktik, "
                                                       f"men stadig har brug for støtte. Der er tale om en ny periode, jf. {ref}, 2. pkt."]))
        traits.append("extension (forlængelse)")
    elif subtype == "afslag":
        doc.title = rng.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentor", "Afgørelse om mentorstøtte – afslag"])
        secs.append(Section("other", None, ["Du har søgt om mentorstøtte. Vi har desværre besluttet at give dig afslag."]))
        if reasons:
            secs.append(Section("reasons", "Derfor får du afslag", [
                f"Mentorstøtte kræver et mål om beskæftigelse eller uddannelse, jf. {ref}. Du har oplyst, at du er tilkendt førtidspension "
                "og ikke ønsker job eller uddannelse. Vi har derfor vurderet, at betingelserne ikke er opfyldt."]))
        else:
            doc.extras.append("missing-reasons"); traits.append("refusal without reasons (missing-reasons)")
    elif subtype == "ophoer":
        end = ctx["start"] + dt.timedelta(days=rng.randint(30, 90))
        doc.title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om stop for mentorstøtte"])
        secs.append(Section("other", None, [f"Din mentorstøtte stopper pr. {F(end)}."]))
        if reasons:
            secs.append(Section("reasons", "Begrundelse", [
                f"Du er startet i ordinært job hos {ctx['work']} og har ikke længere behov for mentor. Vi har lagt vægt på "
                f"oplysningerne fra din mentor. Afgørelsen er truffet efter {ref}."]))
        else:
            doc.extras.append("missing-reasons"); traits.append("termination without reasons (missing-reasons)")
    # appeal
    if appeal == "ok":
        style = rng.choice(list(APPEAL_OK))
        secs.append(Section("appeal", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]),
                            [APPEAL_OK[style].format(unit=muni["unit"], name=muni["name"], tel=muni["tel"])]))
        traits.append(f"appeal guidance ok ({style})")
    elif appeal == "wrong":
        secs.append(Section("appeal", "Klagevejledning", [rng.choice(APPEAL_WRONG)]))
        doc.extras.append("appeal-wrong-route"); traits.append("appeal guidance names Ankestyrelsen directly (wrong route); counts as present")
    elif appeal == "empty":
        secs.append(Section("appeal", rng.choice(["Klage", "Klagevejledning"]), [rng.choice(APPEAL_EMPTY)]))
        traits.append("appeal text without body or deadline (missing)")
    elif appeal == "placeholder":
        secs.append(Section("appeal", "Klagevejledning", ["Klik eller tryk her for at skrive tekst."], True))
        traits.append("appeal placeholder (missing)")
    else:
        traits.append("no appeal guidance at all (missing)")
    doc.sections = secs
    doc.closing = signature(ctx, rng)
    rules = set()
    if appeal in ("absent", "empty", "placeholder"):
        rules.add("missing-appeal-guidance")
    if over:
        rules.add("duration-over-6-months")
    doc.rules = rules
    doc.period = period
    doc.traits = traits
    doc.ctx = ctx
    doc.header = muni["name"]
    if layout == "decision_with_bilag":
        # attach agreement with the same period
        b = build_agreement(rng, muni, fmt, "form_table", True, ctx=ctx)
        if period:
            for s in b.sections:
                if s.field == "duration":
                    s.paras = [ptxt[0].upper() + ptxt[1:]]
        doc.bilag = b
        doc.traits.append("agreement attached as 'Bilag 1' (same period)")
    return doc


# ---------------------------------------------------------------- unknown
def build_unknown(rng, muni, fmt, layout, subtype):
    ctx = make_ctx(rng, muni)
    c, men, cw = ctx["cit"], ctx["men"], ctx["cw"]
    doc = Doc(kind="unknown", subtype=subtype, layout=layout, fmt=fmt)
    doc.letterhead = [muni["name"], muni["unit"]]
    S = lambda lab, *paras: Section("other", lab, list(paras))
    d = fmt_date(ctx["letter"], "long")
    if subtype == "guidance":
        doc.title = rng.choice(["Vejledning: Sådan skriver du en mentoraftale", "Intern guide – mentorstøtte efter LAB § 167"])
        doc.intro = ["Denne vejledning er til medarbejdere i kommunen og beskriver, hvad en skriftlig aftale om mentorstøtte skal indeholde."]
        doc.sections = [S("Aftalens indhold", ["målet med mentorstøtten", "mentorens navn og kontaktdata",
                                               "hvilke opgaver mentoren skal bistå ved", "varigheden af aftalen og opfølgning – inklusiv mål for progression",
                                               "timetallet for mentorstøtten", "klagevejledning"]),
                        S("Varighed", "Mentorstøtte kan gives i højst 6 måneder ad gangen, med mulighed for en ny periode efter en konkret vurdering."),
                        S("Timetal", "Timetallet fastsættes ud fra behovet, typisk 1-2 timer pr. uge på niveau 2."),
                        S("Klagevejledning", "Husk altid klagevejledning: klage inden 4 uger til kommunen, som genvurderer og sender videre til Ankestyrelsen.")]
        doc.traits = ["internal guidance listing all mandatory fields; not an agreement"]
    elif subtype == "leaflet":
        doc.title = rng.choice(["Få en mentor", "Mentor – hvad er det?", "Pjece: Mentorstøtte til dig, der er ledig"])
        doc.intro = ["En mentor er en person, der kan hjælpe dig med at komme i job eller uddannelse."]
        doc.sections = [S("Hvad kan en mentor hjælpe med?", ["at komme op om morgenen", "kontakt til arbejdsplads eller skole", "at forstå breve fra kommunen"]),
                        S("Hvor længe?", "Typisk op til seks måneder. Derefter vurderer vi sammen, om der er brug for mere."),
                        S("Hvordan får jeg en mentor?", f"Tal med din sagsbehandler, eller ring til {muni['unit']} på {muni['tel']}.")]
        doc.traits = ["citizen leaflet; generic, no individual agreement"]
    elif subtype == "minutes":
        doc.title = f"Referat – teammøde i mentorteamet {d}"
        doc.sections = [S("Deltagere", f"{full(cw)}, {full(men)}, {full(person(rng))} (referent)"),
                        S("1. Kapacitet", "Vi har pt. 34 aktive mentorforløb og to ledige pladser. Nye henvisninger fordeles mandag."),
                        S("2. Ny kvalitetsstandard", "Teamet gennemgik udkastet. Varighed og timetal skal fremgå af alle aftaler fremover."),
                        S("3. Eventuelt", "Julefrokost 12/12.")]
        doc.traits = ["meeting minutes mentioning mentor work; no agreement"]
    elif subtype == "status_report":
        doc.title = rng.choice(["Statusrapport fra mentor", "Mentorrapport – midtvejsstatus"])
        doc.meta = [f"Borger: {full(c)}", f"Mentor: {full(men)}, {ctx['firm']}, tlf. {ctx['mphone']}"]
        doc.sections = [S("Forløbet indtil nu", f"{c['fn']} er mødt op til 9 ud af 10 aftaler. Vi har brugt 14 timer i perioden."),
                        S("Vurdering", f"{c['fn']} har taget stilling til uddannelse og har søgt optag på {ctx['school']}."),
                        S("Anbefaling", "Mentor anbefaler, at forløbet fortsætter uændret.")]
        doc.traits = ["mentor's status report to the municipality; not an agreement"]
    elif subtype == "invoice":
        doc.title = f"Faktura nr. {rng.randint(2025001, 2025999)}"
        doc.letterhead = [ctx["firm"], "CVR 3" + str(rng.randint(1000000, 9999999))]
        doc.meta = [f"Til: {muni['name']}, {muni['unit']}", f"Fakturadato: {fmt_date(ctx['letter'], 'zero')}"]
        doc.sections = [S("Specifikation", [f"Mentorstøtte, borger {c['fn'][0]}.{c['ln'][0]}., 12 timer à 495 kr.",
                                            "Kørsel 84 km à 3,79 kr."]),
                        S("I alt", "6.258,36 kr. inkl. moms. Betalingsbetingelser: netto 30 dage.")]
        doc.traits = ["invoice from mentor firm; not an agreement"]
    elif subtype == "club_mentor":
        doc.title = rng.choice(["Mentoraftale – FC Egebjerg U17", "Aftale om lektiementor – Ungdomsskolen"])
        doc.letterhead = [rng.choice(["FC Egebjerg, ungdomsafdelingen", "Ungdomsskolens lektiecafé"])]
        doc.sections = [S("Mål", f"At {c['fn']} får en voksen at spejle sig i og bliver bedre til at komme til træning."),
                        S("Mentor", f"{full(men)}, frivillig træner, tlf. {ctx['mphone']}"),
                        S("Omfang", "1 time om ugen efter træning, resten af sæsonen."),
                        S("Bemærk", "Aftalen er frivillig og er ikke en del af kommunens beskæftigelsesindsats.")]
        doc.traits = ["private club/school mentor agreement, not under LAB; has goal/mentor/hours but unknown kind"]
    elif subtype == "job_ad":
        doc.title = rng.choice(["Stillingsopslag: Mentor til unge ledige", "Vi søger en mentor – 30 timer"])
        doc.sections = [S("Om jobbet", f"{muni['name']} søger en mentor til mentorteamet, 30 timer om ugen fra 1. marts."),
                        S("Dine opgaver", ["støtte borgere i overgangen til job og uddannelse", "samarbejde med virksomheder"]),
                        S("Ansøgning", f"Søg senest 14 dage efter opslaget. Spørgsmål: {full(cw)}, {ctx['cwphone']}.")]
        doc.traits = ["job advertisement for a mentor position"]
    elif subtype == "scheduling_mail":
        doc.title = "Nyt møde med mentor"
        doc.sections = [S(None, f"Hej {c['fn']}", f"Kan vi flytte vores møde til tirsdag kl. 10 på biblioteket? {men['fn']} kommer også.",
                          "Giv lige lyd, om det passer.")]
        doc.closing = [f"Hilsen {full(cw)}", f"Tlf. {ctx['cwphone']}"]
        doc.email = dict(frm=f"{full(cw)} <{ctx['cwemail']}>", to=f"{full(c)} <{c['fn'].lower()}@hotmail.com>",
                         subject="Mødetid flyttet", date=ctx["letter"],
                         quoted=[f"Hej {cw['fn']}", "Jeg kan ikke mandag.", c["fn"]])
        doc.traits = ["scheduling e-mail; no agreement"]
    elif subtype == "phone_note":
        doc.title = "Journalnotat"
        doc.sections = [S(None, f"{d}: Telefonsamtale med {full(c)}.",
                          f"Borger ringede og spurgte til, hvornår mentorforløbet starter. Oplyst, at {ctx['firm']} kontakter borger i næste uge. "
                          "Borger havde ikke yderligere spørgsmål.", f"/{cw['fn'][0]}{cw['ln'][0]}".upper())]
        doc.traits = ["journal note about a phone call; no agreement"]
    else:
        raise ValueError(subtype)
    if rng.random() < 0.2 and subtype in ("status_report", "phone_note", "minutes"):
        cp = cpr(rng); doc.cprs.append(cp); doc.meta = doc.meta + [f"CPR {cp}"]; doc.traits.append("contains CPR")
    doc.rules = set()
    doc.period = None
    doc.header = doc.letterhead[0]
    doc.ctx = ctx
    return doc
