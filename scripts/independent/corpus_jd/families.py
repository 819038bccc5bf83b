"""Document families of corpus JD. Each family writes one document from a context and a dict of
deliberate defects {field: mode}. Modes: ok, omit, ph (label over a placeholder), vague,
nocontact / noname (mentor), open / over (duration), incomplete / direct (appeal)."""

from __future__ import annotations

from datetime import timedelta

from common import (MONTHS, add_months, genitive, appeal_direct, appeal_full, appeal_incomplete, fdate,
                    follow_ok, follow_vague, goal_clear, goal_vague, hours_ok, hours_vague, period,
                    tasks)

PH = ["Udfyldes senere", "-", "xx", "…", "(aftales)", "Klik eller tryk her for at skrive tekst."]


def second_person(items, cf):
    out = []
    for t in items:
        t = (t.replace(f"hvis {cf} ønsker", "hvis du ønsker").replace(f"hvad {cf} vil sige", "hvad du vil sige")
             .replace(genitive(cf) + " ", "din ").replace(cf, "dig").replace("fremmødet falder", "dit fremmøde falder"))
        out.append(t)
    return out


def M(d, f):
    return d.get(f, "ok")


def res(title, blocks, kind, layout, c, traits=(), subtype=None, period_=True, extras=()):
    return {"title": title, "blocks": blocks, "kind": kind, "subtype": subtype or kind,
            "layout": layout, "traits": list(traits), "extras": list(extras),
            "period": ({"start": c.start.isoformat(), "end": c.end.isoformat()} if period_ else None)}


def letterhead(rng, c, dept=None):
    dept = dept or rng.choice(["Arbejdsmarked", "Job og Borgerservice", "Center for Beskæftigelse",
                               "Job & Uddannelse", "Arbejdsmarkedsafdelingen"])
    lines = [c.kom, dept, f"{rng.choice(['Rådhustorvet', 'Jernbanegade', 'Torvet', 'Østergade'])} {rng.randint(1, 40)}",
             c.city]
    return ("p", "\n".join(lines))


def cpr_line(rng, c):
    return rng.choice(["CPR-nr.: ", "Cpr.: ", "CPR: ", "Personnummer: "]) + c.cpr


# ------------------------------------------------------------------ generic labelled field value

def field_value(rng, c, d, f, voice="third", tasks_as="li"):
    """Return a list of blocks holding field f's value, or None when omitted."""
    mode = M(d, f)
    if mode == "omit":
        return None
    if mode == "ph":
        return [("p", rng.choice(PH))]
    if f == "goal":
        return [("p", goal_vague(rng, c, voice) if mode == "vague" else goal_clear(rng, c, voice))]
    if f == "mentor":
        if voice == "first":
            if mode == "nocontact":
                return [("p", f"{c.mentor} fra {c.org}.")]
            if mode == "noname":
                return [("p", f"Jeg kan ringe til mentorteamet på {c.mphone}.")]
            return [("p", f"{c.mentor} fra {c.org}. Jeg kan ringe eller sms'e på {c.mphone}, eller skrive til {c.mmail}.")]
        if mode == "nocontact":
            return [("p", f"{c.mentor}, {c.org}")]
        if mode == "noname":
            return [("p", f"{c.org}, tlf. {c.mphone}")]
        return [("p", rng.choice([f"{c.mentor}, {c.org}, tlf. {c.mphone}, {c.mmail}",
                                  f"{c.mentor} ({c.org})\nTlf. {c.mphone}\nMail: {c.mmail}",
                                  f"{c.mentor} – mobil {c.mphone}"]))]
    if f == "tasks":
        items = tasks(rng, c, voice=voice)
        if tasks_as == "li":
            return [("li", i[0].upper() + i[1:]) for i in items]
        return [("p", "; ".join(i[0].upper() + i[1:] if k == 0 else i for k, i in enumerate(items)) + ".")]
    if f == "duration":
        if mode == "open":
            return [("p", rng.choice([f"Fra {fdate(c.start)} og indtil videre",
                                      f"{fdate(c.start, 'num')} – åben slutdato",
                                      f"Start {fdate(c.start)}. Slut: aftales senere"]))]
        return [("p", period(rng, c))]
    if f == "hours":
        return [("p", hours_vague(rng) if mode == "vague" else hours_ok(rng, c, voice))]
    if f == "follow":
        return [("p", follow_vague(rng) if mode == "vague" else follow_ok(rng, c, voice))]
    if f == "appeal":
        if mode == "incomplete":
            return [("p", appeal_incomplete(rng, c))]
        if mode == "direct":
            return [("p", appeal_direct(rng, c))]
        if voice == "first":
            return [("p", f"Hvis jeg er uenig i aftalen, kan jeg klage til {c.kom} inden 4 uger. Kommunen kigger på sagen igen, og hvis de holder fast, sender de min klage videre til Ankestyrelsen.")]
        return [("p", appeal_full(rng, c))]
    raise ValueError(f)


def labelled(rng, c, d, order, labels, style="bh", voice="third", tasks_as="li"):
    """Blocks for fields under the given labels. style: bh (bold line then value), kv (one line)."""
    out = []
    for f in order:
        val = field_value(rng, c, d, f, voice, tasks_as)
        if val is None:
            continue
        lab = rng.choice(labels[f]).format(mf=c.mf, cf=c.cf)
        if style == "kv" and len(val) == 1 and val[0][0] == "p" and "\n" not in val[0][1]:
            out.append(("kv", lab, val[0][1]))
        else:
            out.append(("bh" if style != "h" else "h", lab))
            out.extend(val)
    return out


def signatures(rng, c):
    return ("sig", rng.choice([
        f"Dato og underskrift\n\n______________________  ______________________  ______________________\n{c.cit}  {c.mentor}  {c.cw}, {c.kom}",
        f"Underskrevet af borger: ____________\nUnderskrevet af mentor: ____________\nSagsbehandler: {c.cw}, {c.kom}, tlf. {c.cwphone}",
        f"{c.city}, den {fdate(c.docdate)}\n\nBorger ______________   Mentor ______________   Kommunen ______________",
    ]))


# ================================================================== AGREEMENTS

def a1_questions(rng, c, d):
    labels = {
        "goal": ["Hvad vil du gerne opnå?", "Hvad arbejder I hen imod?",
                 "Hvor vil du gerne være, når forløbet er slut?", "Hvad er det store mål?"],
        "mentor": ["Hvem er din mentor?", "Hvem kan du ringe til?", "Hvem er din faste person?",
                   "Hvem hjælper dig?"],
        "tasks": ["Hvad skal mentoren hjælpe dig med?", "Hvad kan du få hjælp til?",
                  "Hvad gør {mf} for dig?", "Hvad skal I lave sammen?"],
        "duration": ["Hvor længe løber aftalen?", "Hvornår starter og slutter det?",
                     "Fra hvornår og til hvornår?", "Hvor længe har du en mentor?"],
        "hours": ["Hvor meget tid har I sammen?", "Hvor mange timer om ugen?",
                  "Hvor meget tid har mentoren til dig?"],
        "follow": ["Hvornår kigger vi på, om det virker?", "Hvordan ved vi, om det går fremad?",
                   "Hvornår gør vi status?"],
        "appeal": ["Hvad gør du, hvis du er uenig?", "Er du ikke enig?", "Vil du klage?"],
    }
    title = rng.choice(["Aftale om mentorstøtte", "Din mentoraftale", f"Aftale om mentor – {c.cit}"])
    intro = f"Aftalen er lavet {fdate(c.docdate)} mellem {c.cit} og {c.kom}."
    blocks = [("title", title), ("p", intro)]
    if c.cpr:
        blocks.append(("p", cpr_line(rng, c)))
    order = ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]
    if rng.random() < 0.5:
        order = ["goal", "tasks", "mentor", "duration", "hours", "follow", "appeal"]
    blocks += labelled(rng, c, d, order, labels, style=rng.choice(["bh", "h"]))
    blocks.append(signatures(rng, c))
    return res(title, blocks, "agreement", "question-labels", c, ["labels:questions"])


def a2_synonyms_table(rng, c, d):
    labels = {
        "goal": ["Pejlemærke", "Sigtepunkt", "Forløbets retning", "Ønsket slutsituation", "Det vi sigter efter"],
        "mentor": ["Støtteperson", "Følgesvend", "Fast kontakt i forløbet", "Ressourceperson", "Makker (mentor)"],
        "tasks": ["Indsatsens indhold", "Konkrete håndgreb", "Støttepersonens arbejde", "Hjælpen omfatter"],
        "duration": ["Løbetid", "Forløbsperiode", "Gyldighed", "Ikrafttræden og udløb"],
        "hours": ["Tidsforbrug pr. uge", "Ugentligt omfang", "Normering", "Kontaktomfang"],
        "follow": ["Pitstop", "Tjek-ind", "Statuspunkter", "Sådan måler vi fremdrift", "Justeringsmøder"],
        "appeal": ["Dine rettigheder", "Uenighed", "Klageadgang", "Hvis du er utilfreds"],
    }
    title = rng.choice(["Samarbejdsaftale – mentorforløb", "Forløbsaftale (mentor)", "Mentorforløb: fælles aftale"])
    rows = [["Borger", c.cit + (f"\n{c.cpr}" if c.cpr else "")], ["Sagsnr.", c.sagsnr]]
    for f in ["goal", "mentor", "tasks", "duration", "hours", "follow"]:
        val = field_value(rng, c, d, f, tasks_as="p")
        if val is None:
            continue
        rows.append([rng.choice(labels[f]), val[0][1]])
    blocks = [("title", title), ("p", f"{c.kom} · {fdate(c.docdate, 'num0')}"), ("table", rows)]
    ap = field_value(rng, c, d, "appeal")
    if ap:
        blocks.append(("h", rng.choice(labels["appeal"])))
        blocks += ap
    blocks.append(signatures(rng, c))
    return res(title, blocks, "agreement", "synonym-table", c, ["labels:municipal-synonyms", "table"])


def a3_mentor_letter(rng, c, d):
    """A mentor writes the agreement to the citizen in a letter or mail: no labels at all."""
    greet = rng.choice([f"Hej {c.cf}", f"Kære {c.cf}"])
    intro = rng.choice([
        f"Tak for et godt møde i dag. Som lovet skriver jeg her ned, hvad vi blev enige om, så du har det på skrift – {c.cw} fra kommunen får en kopi.",
        f"Her får du det, vi aftalte til opstartsmødet, skrevet ned. Læs det igennem, og sig til, hvis noget skal rettes.",
    ])
    paras = [intro]
    mm = M(d, "mentor")
    if mm == "nocontact":
        paras.append(f"Jeg hedder {c.mentor} og er din mentor fra {c.org}.")
    else:
        paras.append(rng.choice([
            f"Jeg hedder {c.mentor} og er din mentor fra {c.org}. Du kan altid fange mig på {c.mphone} eller skrive til {c.mmail}.",
            f"Det er mig, {c.mentor} fra {c.org}, der er din mentor. Du kan ringe eller skrive på {c.mphone}, også sms.",
        ]))
    g = M(d, "goal")
    if g == "vague":
        paras.append("Vi snakkede om, at det vigtigste lige nu er, at du får det bedre og får lidt mere struktur på dagene.")
    elif g != "omit":
        paras.append({
            "edu": f"Det store mål er, at du er startet på {c.trade}uddannelsen på {c.school}, inden vi slutter, og at du møder op mindst fire dage om ugen.",
            "fvu": f"Du vil tage FVU-dansk på VUC, så du kan komme ind på {c.trade}uddannelsen. Målet er, at du går op til prøven i {MONTHS[c.end.month - 1]}.",
            "praktik": f"Du vil gerne i praktik hos {c.firm} som {c.func}, og planen er, at du er i gang med 15 timer om ugen senest {fdate(add_months(c.start, 2))}. Bagefter håber vi på et løntilskudsjob.",
            "job": f"Du vil gerne have et job som {c.func}, og vi arbejder hen imod, at du er ansat hos {c.firm} eller et lignende sted på mindst 20 timer om ugen, når forløbet slutter.",
            "keep": f"Du vil gerne beholde dit job som {c.func} hos {c.firm}. Vi arbejder derfor hen imod, at du har højst to fraværsdage om måneden, når forløbet er slut.",
        }[c.track])
    if M(d, "tasks") != "omit":
        t = second_person(tasks(rng, c), c.cf)
        paras.append(rng.choice(["Min rolle er at ", "Jeg skal hjælpe dig ved at ", "Det, jeg skal, er at "])
                     + ", ".join(t[:-1]) + " og " + t[-1] + ".")
    du = M(d, "duration")
    if du == "open":
        paras.append(f"Vi starter {fdate(c.start)}, og så kører vi, indtil du er godt i gang – der er ikke sat en slutdato endnu.")
    elif du != "omit":
        paras.append(rng.choice([f"Forløbet kører {period(rng, c, form='fra')}.",
                                 f"Kommunen har bevilget forløbet {period(rng, c, style='words', form='fra')}."]))
    h = M(d, "hours")
    if h == "vague":
        paras.append("Vi ses, når du har brug for det – bare ring.")
    elif h != "omit":
        paras.append(rng.choice([f"Jeg har {c.hours_s} timer om ugen til dig, og vi plejer at ses tirsdag formiddag.",
                                 f"Vi ses hver torsdag kl. 9-11 og tager en ekstra tid, hvis der er brug for det."]))
    fo = M(d, "follow")
    if fo == "vague":
        paras.append("Vi snakker løbende om, hvordan det går.")
    elif fo != "omit":
        paras.append(f"Hver {c.fu_weeks}. uge holder vi et kort møde med {c.cw.split()[0]} fra kommunen, hvor vi kigger på, hvor mange dage du er mødt op. 14 dage før vi slutter, gør vi status sammen.")
    ap = M(d, "appeal")
    if ap == "ok":
        paras.append(f"Kommunen har bedt mig skrive det her: Hvis du er uenig i aftalen, kan du klage til {c.kom} inden 4 uger. Kommunen ser på sagen igen, og holder de fast, sender de klagen videre til Ankestyrelsen.")
    elif ap == "incomplete":
        paras.append(appeal_incomplete(rng, c))
    closing = f"{rng.choice(['Mange hilsner', 'Venlig hilsen', 'Hilsen'])}\n{c.mf}\n{c.org}"
    blocks = [("title", rng.choice(["Det vi aftalte", "Vores aftale", "Aftalen – skrevet ned"])),
              ("p", greet)] + [("p", p) for p in paras] + [("sig", closing)]
    return res(blocks[0][1], blocks, "agreement", "mentor-letter-prose", c, ["prose-only", "voice:mentor"])


def a4_citizen_voice(rng, c, d):
    labels = {
        "goal": ["Det vil jeg gerne", "Min drøm og mit mål", "Det arbejder jeg hen imod", "Hvor vil jeg hen?"],
        "mentor": ["Min mentor", "Min faste støtte", "Den jeg kan ringe til", "Hvem er min mentor?"],
        "tasks": ["Det hjælper {mf} mig med", "Det gør min mentor", "Det skal vi lave sammen"],
        "duration": ["Så længe varer det", "Start og slut", "Min periode"],
        "hours": ["Så meget tid får jeg", "Tid sammen", "Hvor meget ses vi?"],
        "follow": ["Sådan ser vi, om det går fremad", "Hvordan går det? (vores tjek)", "Vores tjek-ind"],
        "appeal": ["Hvis jeg er uenig", "Hvis jeg ikke er tilfreds med aftalen", "Mine rettigheder"],
    }
    named = M(d, "mentor") not in ("noname", "omit", "ph")
    if not named:
        labels["tasks"] = ["Det gør min mentor", "Det skal vi lave sammen"]
    title = rng.choice(["Min mentoraftale", f"Aftale om min mentor – skrevet sammen med {c.mf}" if named else "Min mentoraftale",
                        "Min aftale med min mentor"])
    intro = f"Jeg hedder {c.cit}. Den her aftale har jeg lavet sammen med min mentor og min sagsbehandler {c.cw} fra {c.kom} den {fdate(c.docdate)}."
    blocks = [("title", title), ("p", intro)]
    if c.cpr:
        blocks.append(("p", cpr_line(rng, c)))
    blocks += labelled(rng, c, d, ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"],
                       labels, style=rng.choice(["bh", "h"]), voice="first")
    blocks.append(("p", f"Underskrifter: {c.cf} ________   {c.mf if named else 'Mentor'} ________   {c.cw.split()[0]} ________"))
    return res(title, blocks, "agreement", "citizen-voice", c, ["labels:citizen-words", "voice:citizen"])


def a5_mixed_register(rng, c, d):
    labels = {
        "goal": ["Formål (hvorfor har du en mentor?)", "Formålet med indsatsen – kort sagt", "Hovedformål / det vi går efter"],
        "mentor": ["Kontaktperson/mentor – hvem & hvordan", "Mentor (navn, tlf., mail)", "Tilknyttet støtteperson"],
        "tasks": ["Indsatsområder (helt konkret)", "Mentors opgaver – det praktiske", "Støtten består i"],
        "duration": ["Tidsperiode jf. LAB § 167", "Bevillingsperiode / hvornår", "Varighed (start-slut)"],
        "hours": ["Timeforbrug – sådan cirka", "Ressource (timer)", "Timeantal pr. uge"],
        "follow": ["Progressionsopfølgning (tjek-ind)", "Opfølgning & delmål", "Evaluering – hvornår ses vi alle tre?"],
        "appeal": ["Klageadgang – vigtigt at vide", "Klagevejledning (læs den!)", "Hvis du er uenig / klagevejledning"],
    }
    title = rng.choice(["AFTALE VEDR. MENTORSTØTTE JF. LAB § 167", "Aftale om mentor (borgerens eksemplar)",
                        "Skriftlig aftale – mentorstøtte efter § 167"])
    blocks = [("title", title), letterhead(rng, c),
              ("kv", "Borger", c.cit + (f", {c.cpr}" if c.cpr else "")), ("kv", "Dato", fdate(c.docdate, "num0"))]
    blocks += labelled(rng, c, d, ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"],
                       labels, style="bh")
    blocks.append(signatures(rng, c))
    return res(title, blocks, "agreement", "mixed-register", c, ["labels:mixed-register"])


def a6_sentence_labels(rng, c, d):
    labels = {
        "goal": ["Det her arbejder vi sammen hen imod:", "Når forløbet er slut, er det lykkedes, hvis:", "Det vil vi gerne nå:"],
        "mentor": ["Den person, du kan ringe til, er:", "Du får hjælp af:", "Din mentor hedder:"],
        "tasks": ["Det er mentorens job at:", "Det her kan du få hjælp til:", "Mentoren tager sig af:"],
        "duration": ["Aftalen gælder i denne periode:", "Vi arbejder sammen i tidsrummet:", "Forløbet ligger fra og til:"],
        "hours": ["Så mange timer har I sammen hver uge:", "Hver uge har mentoren afsat:"],
        "follow": ["Sådan holder vi øje med, om det går fremad:", "Her mødes vi og gør status:"],
        "appeal": ["Sådan klager du, hvis du er uenig:", "Hvis du ikke vil acceptere aftalen:"],
    }
    title = rng.choice(["Aftale om din mentor", "Mentoraftale", "Aftale: mentorstøtte"])
    blocks = [("title", title),
              ("p", f"Til {c.cit}" + (f" ({c.cpr})" if c.cpr else "") + f" – {c.kom}, {fdate(c.docdate, 'words')}")]
    blocks += labelled(rng, c, d, ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"],
                       labels, style="kv", tasks_as="p")
    blocks.append(signatures(rng, c))
    return res(title, blocks, "agreement", "sentence-labels", c, ["labels:whole-sentences"])


def a7_meeting(rng, c, d):
    title = f"Aftale om mentorstøtte – det, vi aftalte på opstartsmødet {fdate(c.docdate)}"
    blocks = [("title", title), letterhead(rng, c),
              ("p", f"Til stede: {c.cit}, {c.mentor} ({c.org}) og {c.cw} ({c.kom})."
                    + (f"\nCPR: {c.cpr}" if c.cpr else "")),
              ("p", "Her får du det, vi blev enige om, skrevet ned.")]
    prose = []
    g = M(d, "goal")
    if g == "vague":
        prose.append(f"Vi talte om, at du først og fremmest skal have det bedre og have mere overskud i hverdagen.")
    elif g != "omit":
        if c.track in ("edu", "fvu"):
            prose.append(f"Vi talte om, at du gerne vil være {c.trade}. Vi aftalte derfor, at målet er, at du er optaget på {c.school} og er startet på grundforløbet inden {fdate(c.end)}.")
        else:
            prose.append(f"Du fortalte, at du gerne vil arbejde som {c.func}. Vi blev enige om, at du skal i praktik hos {c.firm}, og at du ved forløbets slutning møder 20 timer om ugen dér.")
    if M(d, "tasks") != "omit":
        t = tasks(rng, c)
        prose.append(f"Det blev aftalt, at {c.mf} skal " + ", ".join(t[:-1]) + " og " + t[-1] + ".")
    if M(d, "mentor") == "ok":
        prose.append(f"{genitive(c.mf)} nummer er {c.mphone}, og mailen er {c.mmail}.")
    blocks.append(("p", " ".join(prose)))
    du = M(d, "duration")
    if du == "open":
        blocks.append(("kv", "Fra/til", f"{fdate(c.start, 'num')} – ?"))
    elif du == "ph":
        blocks.append(("kv", "Fra/til", rng.choice(PH)))
    elif du != "omit":
        blocks.append(("kv", "Fra/til", period(rng, c, form="dash")))
    h = M(d, "hours")
    if h == "vague":
        blocks.append(("kv", "Timer", hours_vague(rng)))
    elif h == "ph":
        blocks.append(("kv", "Timer", rng.choice(PH)))
    elif h != "omit":
        blocks.append(("kv", "Timer", hours_ok(rng, c)))
    fo = M(d, "follow")
    if fo == "vague":
        blocks.append(("kv", "Hvad så nu?", follow_vague(rng)))
    elif fo != "omit":
        blocks.append(("kv", "Hvad så nu?", follow_ok(rng, c)))
    ap = M(d, "appeal")
    if ap != "omit":
        blocks.append(("bh", "Klagevejledning"))
        blocks.append(("p", appeal_full(rng, c) if ap == "ok" else appeal_incomplete(rng, c)))
    blocks.append(("sig", f"Venlig hilsen\n{c.cw}\nJobkonsulent, {c.kom}\nTlf. {c.cwphone}"))
    return res(title, blocks, "agreement", "meeting-written", c, ["half-prose", "voice:caseworker"])


def a8_caseworker_prose(rng, c, d):
    """A caseworker's formal letter that is the agreement, every field in running prose."""
    title = rng.choice(["Aftale om mentorstøtte", "Din aftale om mentor", "Vedr. din mentorordning – aftalen"])
    paras = [f"Kære {c.cf}",
             f"Du har fået bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. I dette brev har vi skrevet den aftale ned, som du, din mentor og jeg lavede på mødet den {fdate(c.docdate - timedelta(days=2))}."]
    g = M(d, "goal")
    gs = {"edu": f"du er startet på grundforløbet som {c.trade} på {c.school} og møder stabilt mindst fire dage om ugen",
          "fvu": f"du har gennemført FVU-dansk trin 2 på VUC og er klar til at søge ind på {c.trade}uddannelsen",
          "praktik": f"du er i virksomhedspraktik som {c.func} hos {c.firm} 15 timer om ugen, med henblik på et løntilskudsjob",
          "job": f"du er ansat som {c.func} hos {c.firm} eller en lignende arbejdsplads i mindst 20 timer om ugen",
          "keep": f"du fortsat er ansat som {c.func} hos {c.firm} og har højst to fraværsdage om måneden"}[c.track]
    if g == "vague":
        gs = "du har fået mere overskud og ro i hverdagen"
    if g != "omit":
        paras.append(rng.choice([f"Vi er enige om, at du ved forløbets afslutning skal være nået dertil, at {gs}.",
                                 f"Det, vi sammen arbejder hen imod, er, at {gs}."]))
    m = M(d, "mentor")
    if m == "nocontact":
        paras.append(f"Din mentor er {c.mentor}, som er ansat i {c.org}.")
    elif m != "omit":
        paras.append(f"Din mentor er {c.mentor}, som er ansat i {c.org}. {c.han.capitalize()} kan træffes på {c.mphone} på hverdage mellem kl. 8 og 16.")
    if M(d, "tasks") != "omit":
        t = second_person(tasks(rng, c, 3), c.cf)
        paras.append(f"{c.mf} vil i de første uger {t[0]} og {t[1]}. Derudover vil {c.han} {t[2]}.")
    du = M(d, "duration")
    if du == "open":
        paras.append(f"Mentorstøtten begynder den {fdate(c.start)} og løber, indtil andet aftales.")
    elif du != "omit":
        paras.append(f"Mentorstøtten løber i perioden {period(rng, c, style='words', form=rng.choice(['fra', 'fom']))}.")
    h = M(d, "hours")
    if h == "vague":
        paras.append("Omfanget af støtten tilpasses løbende efter behov.")
    elif h != "omit":
        paras.append(f"Der er afsat {c.hours_s} timer om ugen til jeres samarbejde.")
    fo = M(d, "follow")
    if fo == "vague":
        paras.append("Vi følger op, når der er behov for det.")
    elif fo != "omit":
        paras.append(f"Jeg indkalder jer begge til et opfølgningsmøde hver {c.fu_weeks}. uge, hvor vi ser på, om delmålene er nået, og senest 14 dage før forløbet slutter holder vi et afsluttende møde.")
    blocks = [letterhead(rng, c), ("p", f"Dato: {fdate(c.docdate)}" + (f"\n{cpr_line(rng, c)}" if c.cpr else "")),
              ("title", title)] + [("p", x) for x in paras]
    ap = M(d, "appeal")
    if ap != "omit":
        blocks.append(("bh", rng.choice(["Hvis du er uenig", "Klagevejledning"])))
        blocks.append(("p", appeal_full(rng, c) if ap == "ok" else appeal_incomplete(rng, c)))
    blocks.append(("sig", f"Med venlig hilsen\n\n{c.cw}\nJobkonsulent\n{c.kom}\nTlf. {c.cwphone}"))
    return res(title, blocks, "agreement", "caseworker-letter-prose", c, ["prose-only", "voice:caseworker", "register:formal"])


def goal_second(c, vague=False):
    if vague:
        return "du har fået mere overskud og ro i hverdagen"
    return {"edu": f"du er startet på grundforløbet som {c.trade} på {c.school} og møder stabilt mindst fire dage om ugen",
            "fvu": f"du har gennemført FVU-dansk trin 2 på VUC og er klar til at søge ind på {c.trade}uddannelsen",
            "praktik": f"du er i virksomhedspraktik som {c.func} hos {c.firm} 15 timer om ugen, med henblik på et løntilskudsjob",
            "job": f"du er ansat som {c.func} hos {c.firm} eller en lignende arbejdsplads i mindst 20 timer om ugen",
            "keep": f"du fortsat er ansat som {c.func} hos {c.firm} og har højst to fraværsdage om måneden"}[c.track]


def a9_mentor_form(rng, c, d):
    """The mentor fills in the agreement form in the first person: labels in the mentor's words."""
    L = {
        "goal": ["Det jeg skal hjælpe {cf} hen imod", "Mit fokus som mentor", "Hvor vi skal hen"],
        "mentor": ["Mig – og sådan fanger du mig", "Det er mig, der er din mentor", "Din mentor (mig)"],
        "tasks": ["Mine opgaver som mentor", "Det tager jeg mig af", "Det kommer jeg til at gøre"],
        "duration": ["Så længe er jeg på", "Min bevilling løber", "Hvornår jeg er med"],
        "hours": ["Min tid til dig", "Mine timer med dig", "Så meget tid har jeg"],
        "follow": ["Sådan holder jeg øje med, om vi rykker os", "Status til kommunen", "Sådan følger vi op"],
        "appeal": ["Er du utilfreds med afgørelsen?", "Hvis du vil klage (tekst fra kommunen)"],
    }
    title = rng.choice([f"Mentoraftale – {c.cit}", "Aftale om mentorforløb (udfyldt af mentor)"])
    blocks = [("title", title), ("p", f"Udfyldt af {c.mentor}, {c.org}, efter opstartsmødet {fdate(c.docdate, 'num')}. Godkendt af {c.cw}, {c.kom}."
                                       + (f"\nBorgers CPR: {c.cpr}" if c.cpr else ""))]
    vals = {}
    g = M(d, "goal")
    vals["goal"] = None if g == "omit" else (rng.choice(PH) if g == "ph" else "At " + goal_second(c, g == "vague") + ".")
    m = M(d, "mentor")
    vals["mentor"] = None if m == "omit" else {"nocontact": f"{c.mentor}, {c.org}", "ph": rng.choice(PH),
                                               "noname": f"{c.org} – ring på {c.mphone}"}.get(
        m, f"{c.mentor}, {c.org}. Ring eller sms: {c.mphone}. Mail: {c.mmail}.")
    tk = M(d, "tasks")
    vals["tasks"] = None if tk == "omit" else (rng.choice(PH) if tk == "ph" else second_person(tasks(rng, c), c.cf))
    du = M(d, "duration")
    vals["duration"] = None if du == "omit" else {"ph": rng.choice(PH), "open": f"fra {fdate(c.start)} – slutdato ikke fastsat"}.get(du, period(rng, c))
    h = M(d, "hours")
    vals["hours"] = None if h == "omit" else {"ph": rng.choice(PH), "vague": hours_vague(rng)}.get(
        h, f"{c.hours_s} timer om ugen – typisk mandag og torsdag.")
    fo = M(d, "follow")
    vals["follow"] = None if fo == "omit" else {"ph": rng.choice(PH), "vague": "Jeg holder kommunen orienteret løbende."}.get(
        fo, f"Jeg skriver en kort status til {c.cw.split()[0]} hver {c.fu_weeks}. uge om dit fremmøde, og vi holder møde alle tre 14 dage før slut.")
    ap = M(d, "appeal")
    vals["appeal"] = None if ap == "omit" else {"incomplete": appeal_incomplete(rng, c), "direct": appeal_direct(rng, c)}.get(ap, appeal_full(rng, c))
    for f in ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]:
        v = vals[f]
        if v is None:
            continue
        blocks.append(("bh", rng.choice(L[f]).format(cf=c.cf)))
        if isinstance(v, list):
            blocks += [("li", x[0].upper() + x[1:]) for x in v]
        else:
            blocks.append(("p", v))
    blocks.append(("sig", f"Mentor: {c.mentor} ________   Borger: {c.cit} ________"))
    return res(title, blocks, "agreement", "mentor-form", c, ["labels:mentor-words", "voice:mentor"])


def a10_terse_notes(rng, c, d):
    """A mentor's terse note of the agreement, home-made lower-case labels with arrows."""
    title = f"Mentoraftale – {c.cit}"
    arrow = rng.choice([" → ", ": ", " - "])
    lines = [f"aftalt på opstartsmøde {fdate(c.docdate, 'slash')} – kopi til {c.cf} og {c.cw} ({c.kom})"]
    g = M(d, "goal")
    if g != "omit":
        short = {"edu": f"i gang på {c.school} ({c.trade}), 4 dage/uge fremmøde",
                 "fvu": f"FVU-dansk trin 2 bestået, så {c.cf} kan søge ind på {c.trade}uddannelsen",
                 "praktik": f"praktik {c.firm} 15 t/uge → løntilskud",
                 "job": f"job som {c.func}, min. 20 t/uge",
                 "keep": f"blive i jobbet hos {c.firm}, max 2 fraværsdage/md"}[c.track]
        lines.append(("mål" + arrow + ("have det bedre, mere ro" if g == "vague" else short)))
    if M(d, "mentor") != "omit":
        lines.append("mentor" + arrow + (f"{c.mentor} ({c.org}) {c.mphone}" if M(d, "mentor") == "ok" else f"{c.mentor} ({c.org})"))
    if M(d, "tasks") != "omit":
        t = second_person(tasks(rng, c), c.cf)
        lines.append("hvad jeg gør" + arrow + " / ".join(t))
    du = M(d, "duration")
    if du != "omit":
        lines.append("hvornår" + arrow + (f"fra {fdate(c.start, 'slash')}, slut ikke aftalt" if du == "open" else f"{fdate(c.start, 'slash')} til {fdate(c.end, 'slash')}"))
    h = M(d, "hours")
    if h != "omit":
        lines.append("timer" + arrow + ("efter behov" if h == "vague" else f"{c.hours_s} t/uge"))
    fo = M(d, "follow")
    if fo != "omit":
        lines.append("tjek" + arrow + ("løbende" if fo == "vague" else f"status til {c.cw.split()[0]} hver {c.fu_weeks}. uge + møde alle 3 14 dage før slut"))
    ap = M(d, "appeal")
    if ap == "ok":
        lines.append("klage" + arrow + f"uenig? klag til {c.kom} inden 4 uger; kommunen genvurderer og sender ellers videre til Ankestyrelsen")
    elif ap == "incomplete":
        lines.append("klage" + arrow + "kan klage, spørg sagsbehandler")
    blocks = [("title", title)] + [("p", x) for x in lines] + [("sig", f"/{c.mf}")]
    return res(title, blocks, "agreement", "terse-notes", c, ["labels:home-made", "voice:mentor", "register:terse"])


# ================================================================== DECISIONS

APPEAL_HEADS = ["Er du ikke enig?", "Hvis du vil have afgørelsen set på igen", "Din ret til at klage",
                "Sådan gør du, hvis du er uenig", "Klagevejledning", "Hvis du vil klage"]


def _appeal_blocks(rng, c, d):
    ap = M(d, "appeal")
    if ap == "omit":
        return []
    text = {"ok": appeal_full, "incomplete": lambda r, cc: appeal_incomplete(r, cc, "decision"),
            "direct": appeal_direct}[ap](rng, c)
    return [("bh", rng.choice(APPEAL_HEADS)), ("p", text)]


def _closing(rng, c):
    role = rng.choice(["Jobkonsulent", "Sagsbehandler", "Virksomhedskonsulent", "Rådgiver"])
    return ("sig", f"Med venlig hilsen\n\n{c.cw}\n{role}\n{c.kom}\nTlf. {c.cwphone} · {c.cwmail}")


def _dhead(rng, c):
    if rng.random() < 0.3:
        return [("p", f"Sendt til din digitale postkasse\n{c.kom} · {fdate(c.docdate, 'num0')}" + (f"\n{cpr_line(rng, c)}" if c.cpr else "")),
                ("p", f"Sagsnummer {c.sagsnr}")]
    b = [letterhead(rng, c), ("p", f"{c.cit}\n{rng.choice(['Skolevej', 'Bøgevej', 'Parkvej', 'Møllegade'])} {rng.randint(1, 90)}\n{c.city}"),
         ("p", f"Dato: {fdate(c.docdate)}\nSagsnr.: {c.sagsnr}" + (f"\n{cpr_line(rng, c)}" if c.cpr else ""))]
    return b


def d1_grant(rng, c, d):
    title = rng.choice(["Afgørelse om mentorstøtte", "Du får en mentor", "Bevilling af mentorstøtte",
                        "Ja til mentorstøtte"])
    per = period(rng, c, style=rng.choice(["words", "dwords"]), form="fra")
    blocks = _dhead(rng, c) + [("title", title), ("p", f"Kære {c.cf}"),
        ("p", rng.choice(["Du har søgt om hjælp fra en mentor, og det har vi sagt ja til.",
                          f"Vi har den {fdate(c.docdate - timedelta(days=3))} talt om, at du kan få gavn af en mentor. Det har vi nu besluttet."])),
        ("p", rng.choice([f"Du får mentorstøtte {per} efter § 167 i lov om en aktiv beskæftigelsesindsats.",
                          f"Vi bevilger mentorstøtte til dig i perioden {per}, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
                          f"Kommunen har bevilget dig en mentor {per}. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."])),
        ("p", rng.choice([f"Din mentor bliver {c.mentor} fra {c.org} (tlf. {c.mphone}). I får {c.hours_s} timer om ugen sammen, og {c.mf} skal især ",
                          f"{c.mentor} fra {c.org} bliver din mentor og kan kontaktes på {c.mmail}. {c.han.capitalize()} har {c.hours_s} timer om ugen til dig og skal især "])
              + {"edu": "hjælpe dig godt i gang på skolen.", "fvu": "hjælpe dig godt i gang på VUC.", "praktik": "støtte dig i praktikken de første uger.",
                 "job": "hjælpe dig med at finde og komme i gang i et job.", "keep": "hjælpe dig med at holde fast i dit job."}[c.track]),
        ("p", "Den skriftlige aftale med mål og opgaver laver I sammen ved det første møde. Den bliver også lagt i Min Plan.")]
    blocks += _appeal_blocks(rng, c, d)
    blocks.append(_closing(rng, c))
    return res(title, blocks, "decision", "grant-letter", c, ["decision:grant"], subtype="grant")


def d2_partial(rng, c, d):
    asked = c.hours + rng.choice([2, 3, 4])
    title = rng.choice(["Afgørelse – delvis bevilling af mentorstøtte", "Svar på din ansøgning om mentor",
                        "Du får mentorstøtte – men færre timer end du søgte"])
    per = period(rng, c, style="words", form=rng.choice(["fra", "dash"]))
    blocks = _dhead(rng, c) + [("title", title), ("p", f"Kære {c.cit}"),
        ("p", f"Du har søgt om mentorstøtte i {asked:g} timer om ugen i 12 måneder. Du får mentorstøtte i {c.hours_s} timer om ugen i perioden {per}."),
        ("p", f"Din mentor er {c.mentor}, {c.org}, tlf. {c.mphone}.")]
    extras = []
    if M(d, "reasons") == "omit":
        extras.append("missing-reasons")
    else:
        blocks.append(("bh", rng.choice(["Hvorfor får du ikke alt det, du har søgt om?", "Det har vi lagt vægt på", "Begrundelse"])))
        blocks.append(("p", f"Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan mentorstøtte gives i højst 6 måneder ad gangen. Vi kan give en ny periode, hvis vi vurderer det ved udløbet. Vi har lagt vægt på, at {('skolen har en studievejleder, og at du kan få SPS-støtte dér' if c.track in ('edu', 'fvu') else f'du allerede er i gang hos {c.firm}, og at din arbejdsgiver har en kontaktperson, der hjælper dig i dagligdagen')}. Derfor vurderer vi, at {c.hours_s} timer om ugen er nok."))
    blocks += _appeal_blocks(rng, c, d)
    if M(d, "appeal") == "direct":
        extras.append("appeal-wrong-route")
    blocks.append(_closing(rng, c))
    return res(title, blocks, "decision", "partial-grant-letter", c, ["decision:partial"], subtype="partial", extras=extras)


def d3_refusal(rng, c, d):
    title = rng.choice(["Afslag på mentorstøtte", "Du får ikke en mentor", "Afgørelse: afslag på ansøgning om mentor"])
    blocks = _dhead(rng, c) + [("title", title), ("p", f"Kære {c.cf}"),
        ("p", f"Du har den {fdate(c.docdate - timedelta(days=20))} søgt om en mentor. Vi har desværre givet dig afslag.")]
    extras = []
    if M(d, "reasons") == "omit":
        extras.append("missing-reasons")
        blocks.append(("p", "Du er velkommen til at kontakte mig, hvis du har spørgsmål."))
    else:
        blocks.append(("bh", rng.choice(["Hvorfor siger vi nej?", "Begrundelse", "Det har vi lagt vægt på"])))
        blocks.append(("p", rng.choice([
            f"Mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats skal hjælpe dig i gang med eller fastholde dig i job eller uddannelse. Vi har lagt vægt på, at {('din skolegang på ' + c.school) if c.track in ('edu', 'fvu') else ('din praktik hos ' + c.firm)} går godt, og at du har mødt op alle dage de sidste to måneder. Vi vurderer derfor ikke, at du har brug for en mentor nu.",
            f"Vi har lagt vægt på, at du allerede får støtte af en kontaktperson fra socialområdet flere gange om ugen, og at den støtte dækker det, du har søgt om. Mentorstøtte efter LAB § 167 gives kun, når andre tilbud ikke dækker behovet.",
        ])))
    blocks += _appeal_blocks(rng, c, d)
    blocks.append(_closing(rng, c))
    return res(title, blocks, "decision", "refusal-letter", c, ["decision:refusal"], subtype="refusal",
               period_=False, extras=extras)


def d4_extension(rng, c, d):
    prev_end = c.start - timedelta(days=1)
    prev_start = add_months(c.start, -6)
    title = rng.choice(["Forlængelse af mentorstøtte", "Du kan fortsætte med din mentor", "Afgørelse om ny periode med mentor"])
    per = period(rng, c, style=rng.choice(["words", "num"]), form="fra")
    blocks = _dhead(rng, c) + [("title", title), ("p", f"Kære {c.cf}"),
        ("p", f"Din nuværende periode med mentorstøtte ({fdate(prev_start, 'num')} – {fdate(prev_end, 'num')}) er ved at slutte. Vi har sammen med dig og din mentor, {c.mentor}, set på, hvordan det er gået."),
        ("p", f"Vi har besluttet at give dig en ny periode med mentorstøtte {per}. Du har fortsat {c.hours_s} timer om ugen."),
        ("bh", rng.choice(["Hvorfor en ny periode?", "Begrundelse", "Vores vurdering"])),
        ("p", f"Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan du efter en konkret vurdering få en ny periode. Vi har lagt vægt på, at du er kommet godt i gang, men at {c.mf} stadig er vigtig for, at du holder fast – det siger både du, {c.mf} og {'skolen' if c.track in ('edu', 'fvu') else 'arbejdspladsen'}.")]
    blocks += _appeal_blocks(rng, c, d)
    blocks.append(_closing(rng, c))
    return res(title, blocks, "decision", "extension-letter", c, ["decision:extension", "earlier-period"], subtype="extension")


def d5_end(rng, c, d):
    stop = c.start + timedelta(days=rng.randint(40, 80))
    c["docdate"] = stop - timedelta(days=rng.randint(8, 14))
    title = rng.choice(["Ophør af mentorstøtte", "Din mentorstøtte stopper", "Afgørelse om stop for mentor"])
    blocks = _dhead(rng, c) + [("title", title), ("p", f"Kære {c.cf}"),
        ("p", f"Du fik bevilget mentorstøtte {period(rng, c, style='words', form='fra')}. Vi har besluttet, at mentorstøtten stopper den {fdate(stop)}."),
        ("bh", rng.choice(["Hvorfor stopper den?", "Begrundelse"])),
        ("p", (f"Du er startet på {c.trade}uddannelsen på {c.school} og har fået en fast kontaktlærer dér" if c.track in ("edu", "fvu") else f"Du er startet i ordinært job som {c.func} hos {c.firm} på 32 timer om ugen")
              + f", og du har selv fortalt, at det går godt. Mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats skal hjælpe dig i gang, og vi vurderer, at formålet nu er nået.")]
    blocks += _appeal_blocks(rng, c, d)
    blocks.append(_closing(rng, c))
    return res(title, blocks, "decision", "end-letter", c, ["decision:end"], subtype="end")


def d6_discharge(rng, c, d):
    """Udskrivningskoordinator (LAB § 167, stk. 2): 3 months before discharge + 6 months after."""
    discharge = c.start
    c["start"] = add_months(discharge, -3)
    c["end"] = add_months(discharge, 6) - timedelta(days=1)
    c["docdate"] = c.start - timedelta(days=5)
    title = rng.choice(["Afgørelse om udskrivningskoordinator", "Bevilling af mentor ved udskrivning"])
    blocks = _dhead(rng, c) + [("title", title), ("p", f"Kære {c.cf}"),
        ("p", f"Psykiatrisk Center har fortalt os, at du er indlagt, og at du forventes udskrevet omkring {fdate(discharge)}. Du har sagt ja til at få en udskrivningskoordinator."),
        ("p", f"Du får en udskrivningskoordinator efter § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats fra {fdate(c.start)} til {fdate(c.end)}. Det er 3 måneder før udskrivelsen og 6 måneder efter."),
        ("p", f"Din koordinator er {c.mentor} fra {c.org}, tlf. {c.mphone}. I har {c.hours_s} timer om ugen. {c.mf} skal hjælpe dig med at komme tilbage til dit job som {c.func} hos {c.firm} efter udskrivelsen.")]
    blocks += _appeal_blocks(rng, c, d)
    blocks.append(_closing(rng, c))
    return res(title, blocks, "decision", "discharge-letter", c, ["decision:grant", "udskrivningskoordinator", "period:9m-legit"],
               subtype="grant")


# ================================================================== MIN PLAN

def m1_card(rng, c, d):
    labels = {
        "goal": ["Det arbejder du hen imod", "Formålet med din mentor", "Hvorfor har du en mentor?", "Dit mål med mentorforløbet"],
        "mentor": ["Hvem hjælper dig", "Din mentor", "Kontakt til mentor", "Mentorens navn og nummer"],
        "tasks": ["Det gør mentoren", "Det kan mentoren hjælpe med", "Mentorens rolle", "Hjælpen går ud på"],
        "duration": ["Hvornår", "Periode", "Start – slut", "Varer fra/til"],
        "hours": ["Omfang", "Timer", "Tid med mentor", "Hvor meget"],
    }
    title = "Min Plan"
    blocks = [("title", title), ("p", f"{c.cit}" + (f" · {c.cpr}" if c.cpr else "") + f" · udskrevet {fdate(c.docdate, 'num0')}"),
              ("h", rng.choice(["Indsats: Mentorstøtte", "Aktivitet: Mentor (LAB § 167)", "Mentorstøtte – igangværende"]))]
    style = rng.choice(["table", "bh", "kv"])
    if style == "table":
        rows = [["Status", "Igangværende"]]
        for f in ["goal", "mentor", "tasks", "duration", "hours"]:
            v = field_value(rng, c, d, f, tasks_as="p")
            if v is not None:
                rows.append([rng.choice(labels[f]), v[0][1]])
        blocks.append(("table", rows))
    else:
        blocks += labelled(rng, c, d, ["goal", "mentor", "tasks", "duration", "hours"], labels,
                           style=style, tasks_as="p" if style == "kv" else "li")
    blocks.append(("p", f"Oprettet af {c.cw}, {c.kom}"))
    return res(title, blocks, "minplan", "minplan-card", c, ["minplan", "labels:citizen-facing"])


def m2_dense(rng, c, d):
    title = rng.choice(["Min Plan – indsats: mentorstøtte (§ 167)", "Min Plan: Mentor", "Min Plan – mentorforløb"])
    s = []
    m = M(d, "mentor")
    du = M(d, "duration")
    pr = period(rng, c, form="fra") if du not in ("omit", "ph", "open") else None
    if m == "ok":
        s.append(f"Du har fået en mentor, {c.mentor} fra {c.org} (tlf. {c.mphone})" + (f", {pr}." if pr else "."))
    elif m == "nocontact":
        s.append(f"Du har fået en mentor, {c.mentor} fra {c.org}" + (f", {pr}." if pr else "."))
    elif pr:
        s.append(f"Du har mentorstøtte {pr}.")
    if du == "open":
        s.append(f"Forløbet startede {fdate(c.start)} og fortsætter indtil videre.")
    g = M(d, "goal")
    if g == "vague":
        gv = goal_vague(rng, c)
        s.append(f"Formålet er {gv[0].lower()}{gv[1:]}")
    elif g != "omit":
        s.append("Formålet er, at " + goal_clear(rng, c).replace(c.cf, "du"))
    if M(d, "tasks") != "omit":
        t = second_person(tasks(rng, c), c.cf)
        s.append(f"{c.mf if m != 'omit' else 'Mentoren'} skal " + ", ".join(t[:-1]) + " og " + t[-1] + ".")
    h = M(d, "hours")
    if h == "vague":
        s.append("I ses efter behov.")
    elif h != "omit":
        s.append(f"I har {c.hours_s} timer om ugen sammen.")
    blocks = [("title", title), ("p", f"{c.cit}" + (f", cpr. {c.cpr}" if c.cpr else "")), ("p", " ".join(s)),
              ("p", f"Sidst opdateret {fdate(c.docdate, 'num')} af {c.cw}.")]
    return res(title, blocks, "minplan", "minplan-dense-prose", c, ["minplan", "prose-only"])


def m3_plan_table(rng, c, d, other_long=False):
    title = rng.choice(["Min Plan – udskrift", "Min Plan (udskrift fra Jobnet)", "Min Plan – oversigt over aktiviteter"])
    blocks = [("title", title), ("p", f"Borger: {c.cit}" + (f"   CPR: {c.cpr}" if c.cpr else "") + f"\nUdskrevet: {fdate(c.docdate, 'num0')}")]
    g = M(d, "goal")
    if g != "omit":
        blocks.append(("bh", rng.choice(["Mit mål", "Dit overordnede mål", "Hvor skal du hen?"])))
        blocks.append(("p", goal_vague(rng, c) if g == "vague" else goal_clear(rng, c)))
    rows = [["Aktivitet", "Periode", "Timer", "Kontaktperson", "Beskrivelse"]]
    if other_long:
        fs = add_months(c.start, -2)
        rows.append(["FGU – produktionsgrunduddannelse", f"{fdate(fs, 'num0')} – {fdate(add_months(fs, 12) - timedelta(days=1), 'num0')}",
                     "30 t/uge", f"Kontaktlærer Ole {rng.choice(['Berg', 'Kjær', 'Dam'])}, FGU", "Værksted: byg og bolig"])
    elif c.track in ("edu", "fvu"):
        es = c.start + timedelta(days=21)
        rows.append([("FVU-dansk, VUC" if c.track == "fvu" else f"Grundforløb, {c.trade}, {c.school}"),
                     f"{fdate(es, 'num0')} – {fdate(es + timedelta(weeks=20) - timedelta(days=1), 'num0')}",
                     "", "Studievejleder", "Ordinær uddannelse"])
    elif c.track == "keep":
        ps = c.start - timedelta(days=10)
        rows.append([f"Delvis raskmelding, {c.firm}", f"{fdate(ps, 'num0')} – {fdate(ps + timedelta(weeks=12) - timedelta(days=1), 'num0')}",
                     "20 t/uge", f"Nærmeste leder, {c.firm}", "Gradvis tilbagevenden til fuld tid"])
    else:
        ps = c.start + timedelta(days=14)
        rows.append([f"Virksomhedspraktik, {c.firm}", f"{fdate(ps, 'num0')} – {fdate(ps + timedelta(weeks=13) - timedelta(days=1), 'num0')}",
                     "15 t/uge", f"{rng.choice(['Praktikvejleder', 'Kontaktperson', 'Mester'])} Anne {rng.choice(['Friis', 'Lauritsen', 'Bang'])}, tlf. {rng.choice(['20', '40', '60'])} 11 22 33", "Praktik som " + c.func])
    du = M(d, "duration")
    pcell = {"omit": "", "ph": "-", "open": f"{fdate(c.start, 'num0')} –"}.get(du) if du in ("omit", "ph", "open") else f"{fdate(c.start, 'num0')} – {fdate(c.end, 'num0')}"
    h = M(d, "hours")
    hcell = {"omit": "", "ph": "-", "vague": "efter behov"}.get(h, f"{c.hours_s} t/uge")
    m = M(d, "mentor")
    mcell = {"omit": "-", "ph": "-", "nocontact": f"{c.mentor}, {c.org}", "noname": f"{c.org}, {c.mphone}"}.get(m, f"{c.mentor}, {c.org}\n{c.mphone}")
    tk = M(d, "tasks")
    tcell = "" if tk == "omit" else ("Mentor skal " + "; ".join(tasks(rng, c, 2)))
    rows.append(["Mentorstøtte (§ 167)", pcell, hcell, mcell, tcell])
    blocks.append(("table", rows))
    return res(title, blocks, "minplan", "minplan-activity-table", c,
               ["minplan", "table", "other-activity"] + (["other-activity-long-period"] if other_long else []))


def m4_citizen_words(rng, c, d):
    labels = {
        "goal": ["Mit mål med mine egne ord", "Det vil jeg gerne nå"],
        "mentor": ["Hvem er min mentor", "Min mentor"],
        "tasks": ["Det hjælper mentoren mig med", "Det gør vi sammen"],
        "duration": ["Hvor længe", "Fra – til"],
        "hours": ["Hvor mange timer", "Tid om ugen"],
    }
    title = "Min Plan"
    blocks = [("title", title), ("p", f"{c.cit}" + (f" ({c.cpr})" if c.cpr else "") + f" · senest ændret {fdate(c.docdate, 'num')}"),
              ("h", "Mentor – skrevet sammen med dig")]
    blocks += labelled(rng, c, d, ["goal", "mentor", "tasks", "duration", "hours"], labels, style="bh", voice="first")
    blocks.append(("p", f"Din sagsbehandler: {c.cw}, tlf. {c.cwphone}"))
    return res(title, blocks, "minplan", "minplan-citizen-words", c, ["minplan", "labels:citizen-words", "voice:citizen"])


def u_receipt(rng, c, d):
    title = "Kvittering – vi har modtaget din ansøgning om mentorstøtte"
    blocks = [letterhead(rng, c), ("title", title), ("p", f"Kære {c.cf}"),
              ("p", f"Vi har den {fdate(c.docdate, 'words')} modtaget din ansøgning om mentorstøtte. Din sagsbehandler er {c.cw}. Vi vender tilbage, så snart vi har behandlet ansøgningen, og senest inden 4 uger."),
              ("p", f"Har du spørgsmål, kan du ringe på {c.cwphone}."),
              ("sig", f"Venlig hilsen\n{c.kom}")]
    return res(title, blocks, "unknown", "receipt", c, ["unknown:receipt"], period_=False)


def u_hearing(rng, c, d):
    title = "Partshøring – vi overvejer at stoppe din mentorstøtte"
    blocks = [letterhead(rng, c), ("p", f"Dato: {fdate(c.docdate)}"), ("title", title), ("p", f"Kære {c.cf}"),
              ("p", f"Din mentor, {c.mentor}, har fortalt os, at du ikke er mødt op til jeres aftaler de sidste fem uger. Vi overvejer derfor at stoppe din mentorstøtte."),
              ("p", f"Før vi træffer en afgørelse, vil vi gerne høre, hvad du siger til det. Du kan ringe til mig på {c.cwphone} eller skrive til {c.cwmail} inden 14 dage. Hører vi ikke fra dig, træffer vi afgørelsen ud fra de oplysninger, vi har."),
              ("sig", f"Venlig hilsen\n{c.cw}\n{c.kom}")]
    return res(title, blocks, "unknown", "hearing", c, ["unknown:hearing"], period_=False)


# ================================================================== NOT ONE OF THE THREE KINDS

def u_status(rng, c, d):
    title = rng.choice(["Statusnotat fra mentor", "Status på mentorforløb"])
    blocks = [("title", title), ("p", f"Borger: {c.cit}" + (f" ({c.cpr})" if c.cpr else "") + f"\nMentor: {c.mentor}, {c.org}\nDato: {fdate(c.docdate + timedelta(days=60), 'num0')}"),
              ("bh", "Hvordan er det gået?"),
              ("p", f"{c.cf} er mødt op 31 ud af 36 planlagte dage hos {c.firm}. Der har været fravær i uge 43 pga. sygdom. {c.cf} tager nu selv bussen og har fået ros af kontaktpersonen for at være stabil."),
              ("bh", "Det næste stykke tid"),
              ("p", f"Vi arbejder videre med at øge til 20 timer om ugen. Jeg anbefaler, at forløbet fortsætter som aftalt."),
              ("sig", f"{c.mentor}\n{c.org}")]
    return res(title, blocks, "unknown", "status-report", c, ["unknown:status"], period_=False)


def u_invoice(rng, c, d):
    title = f"Faktura nr. {rng.randint(2026100, 2026999)}"
    n = rng.randint(8, 20)
    rate = rng.choice([495, 525, 560, 610])
    blocks = [("title", title), ("p", f"{c.org}\nCVR {rng.randint(10000000, 99999999)}\n\nTil: {c.kom}, Arbejdsmarked\nAtt.: {c.cw}"),
              ("p", f"Fakturadato: {fdate(c.docdate + timedelta(days=45), 'num0')}\nBetalingsbetingelser: netto 30 dage"),
              ("table", [["Beskrivelse", "Antal timer", "Pris pr. time", "Beløb"],
                         [f"Mentorstøtte, borger ref. {c.sagsnr}, {MONTHS[c.start.month - 1]} {c.start.year}", str(n), f"{rate},00", f"{n * rate:,}".replace(",", ".") + ",00"],
                         ["Kørsel", "1", "320,00", "320,00"],
                         ["I alt ekskl. moms", "", "", f"{n * rate + 320:,}".replace(",", ".") + ",00"]]),
              ("p", f"Beløbet bedes indbetalt på reg.nr. {rng.randint(1000, 9999)} konto {rng.randint(1000000, 9999999)}. Fakturaen er sendt som EAN-faktura.")]
    return res(title, blocks, "unknown", "invoice", c, ["unknown:invoice"], period_=False)


def u_minutes(rng, c, d):
    title = rng.choice(["Referat – teammøde mentorteamet", "Referat fra fagmøde om mentorindsatsen"])
    blocks = [("title", title), ("p", f"Dato: {fdate(c.docdate, 'num0')}\nDeltagere: {c.cw}, {c.mentor}, Lone B., Kim S.\nReferent: {c.cw.split()[0]}"),
              ("bh", "1. Nyt fra ledelsen"),
              ("p", "Der kommer nyt loft over udgifterne til mentor fra 1. januar. Vi skal være skarpere på timetal i bevillingerne."),
              ("bh", "2. Skabelon til mentoraftaler"),
              ("p", "Vi gennemgik den nye skabelon. Husk at alle aftaler skal have mål, mentorens kontaktdata, opgaver, periode, timetal, opfølgning og klagevejledning. Kim retter teksten til klagevejledningen, så det står tydeligt, at man klager til kommunen inden 4 uger."),
              ("bh", "3. Eventuelt"),
              ("p", "Julefrokost 11. december. Næste møde om to uger.")]
    return res(title, blocks, "unknown", "minutes", c, ["unknown:minutes", "lists-fields"], period_=False)


def u_guidance(rng, c, d):
    title = rng.choice(["Sådan får du en mentor", "Mentorstøtte – information til borgere"])
    blocks = [("title", title), ("p", f"{c.kom} kan give dig en mentor, hvis du har brug for støtte for at komme i job eller uddannelse."),
              ("h", "Hvad står der i aftalen?"),
              ("p", "Når du får en mentor, laver du en skriftlig aftale sammen med mentoren og din sagsbehandler. Aftalen indeholder:"),
              ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktoplysninger"),
              ("li", "hvilke opgaver mentoren skal hjælpe dig med"), ("li", "hvor længe aftalen varer (højst 6 måneder ad gangen)"),
              ("li", "hvor mange timer om ugen I ses"), ("li", "hvordan vi følger op"),
              ("h", "Hvis du er uenig"),
              ("p", "Du kan klage til kommunen inden 4 uger efter, at du har fået afgørelsen. Kommunen genvurderer, og ellers går klagen videre til Ankestyrelsen."),
              ("p", f"Spørgsmål? Ring til Jobservice på {c.cwphone}.")]
    return res(title, blocks, "unknown", "guidance-leaflet", c, ["unknown:guidance", "lists-fields"], period_=False)


def u_club(rng, c, d):
    title = "Mentoraftale – Foreningsmentor"
    club = rng.choice(["Boldklubben Ørnen", "Idrætsforeningen Frem", "Ungdomshuset Kvarteret"])
    blocks = [("title", title), ("p", f"{club} · frivilligt mentorprogram"),
              ("kv", "Mentee", f"{c.cf} (16 år)"), ("kv", "Frivillig mentor", f"{c.mentor}, tlf. {c.mphone}"),
              ("kv", "Hvad vil vi?", "Have det sjovt, træne sammen og snakke om skole og fritid."),
              ("kv", "Hvor tit", "Hver anden onsdag efter træning"),
              ("p", "Programmet er gratis og frivilligt og har intet med kommunen at gøre. Forældre skal give samtykke."),
              ("sig", "Underskrift mentee ________  Forælder ________  Mentor ________")]
    return res(title, blocks, "unknown", "private-club-agreement", c, ["unknown:private"], period_=False)


def u_meeting_mail(rng, c, d):
    title = rng.choice(["Møde på torsdag?", "Ny tid til opstartsmøde"])
    blocks = [("title", title), ("p", f"Hej {c.cf}"),
              ("p", f"Jeg har fået din besked. Kan du komme torsdag kl. 10 i stedet? Vi mødes på {c.org}, 1. sal. {c.cw.split()[0]} fra kommunen kommer også, så vi kan tale om, hvordan forløbet skal se ud."),
              ("p", "Husk dit sygesikringskort, hvis vi skal forbi lægen bagefter."),
              ("sig", f"Hilsen {c.mf}\n{c.mphone}")]
    return res(title, blocks, "unknown", "mail-about-meeting", c, ["unknown:mail"], period_=False)


def u_jobad(rng, c, d):
    title = "Vi søger mentorer til unge"
    blocks = [("title", title),
              ("p", f"{c.org} søger 2 engagerede mentorer på 25-30 timer om ugen til vores ungeteam i {c.city}."),
              ("h", "Dine opgaver"), ("li", "følge unge til uddannelse og praktik"), ("li", "samarbejde med kommunens sagsbehandlere"),
              ("li", "skrive statusnotater"),
              ("h", "Vi forventer"), ("li", "pædagogisk eller socialfaglig baggrund"), ("li", "kørekort"),
              ("p", f"Ansøgningsfrist {fdate(c.docdate + timedelta(days=20))}. Spørgsmål til {c.mentor} på {c.mphone}.")]
    return res(title, blocks, "unknown", "job-advert", c, ["unknown:advert"], period_=False)


def u_quote(rng, c, d):
    title = "Tilbud på mentorforløb"
    blocks = [("title", title), ("p", f"Til {c.kom}, att. {c.cw}\nFra {c.org}"),
              ("p", f"Tak for jeres forespørgsel. Vi kan tilbyde mentorforløb til jeres målgruppe af aktivitetsparate unge fra januar. Et standardforløb er 3 timer om ugen i 6 måneder med statusnotat hver 6. uge."),
              ("table", [["Ydelse", "Pris"], ["Mentortime (direkte kontakt)", "545 kr."], ["Statusnotat", "inkl."], ["Kørsel", "efter regning"]]),
              ("p", f"Tilbuddet gælder i 30 dage. Kontakt {c.mentor} ({c.mphone}) for spørgsmål."),
              ("sig", f"Venlig hilsen\n{c.mentor}, daglig leder")]
    return res(title, blocks, "unknown", "provider-quote", c, ["unknown:quote"], period_=False)


def u_journal(rng, c, d):
    title = "Journalnotat – samtale"
    blocks = [("title", title), ("p", f"Sag: {c.sagsnr}" + (f"\nCPR: {c.cpr}" if c.cpr else "") + f"\nNotat skrevet af {c.cw}, {fdate(c.docdate, 'num0')}"),
              ("p", f"Telefonsamtale med {c.cf}. {c.cf} fortæller, at praktikken hos {c.firm} er svær, især om morgenen. Vi talte om, at en mentor kunne være en mulighed. {c.cf} vil tænke over det."),
              ("p", "Aftalt: ny samtale i næste uge. Jeg undersøger, om der er ledige mentorer hos vores leverandører.")]
    return res(title, blocks, "unknown", "case-note", c, ["unknown:note"], period_=False)


def u_newsletter(rng, c, d):
    title = rng.choice(["Nyhedsbrev fra Job og Uddannelse", "Nyt fra Arbejdsmarked – november"])
    blocks = [("title", title), ("h", "Flere unge i uddannelse med mentor"),
              ("p", f"I år har 84 unge i {c.kom} haft en mentor, og 61 af dem er i gang med en uddannelse eller et job i dag. \"Det har betydet meget at have én at ringe til,\" siger en af de unge."),
              ("h", "Ny reform"),
              ("p", "Fra 2027 kommer der en ny lov om en aktiv beskæftigelsesindsats. Vi informerer, når reglerne for mentorstøtte er på plads."),
              ("h", "Kalender"), ("li", "9. december: Temadag om fastholdelse"), ("li", "14. januar: Netværksmøde for virksomheder")]
    return res(title, blocks, "unknown", "newsletter", c, ["unknown:newsletter"], period_=False)


def u_final_eval(rng, c, d):
    title = "Slutevaluering af mentorforløb"
    blocks = [("title", title), ("p", f"Borger: {c.cit}\nMentor: {c.mentor}, {c.org}\nForløbet sluttede {fdate(c.docdate, 'num0')}"),
              ("bh", "Blev målet nået?"),
              ("p", f"Delvist. {c.cf} er startet på {c.school}, men har haft en del fravær i de sidste uger."),
              ("bh", "Hvad har virket?"),
              ("p", "Faste aftaler om morgenen og at følges de første dage. Sms-påmindelser."),
              ("bh", "Anbefaling"),
              ("p", "Kontakt til studievejleder og SPS-støtte på skolen i stedet for en ny mentorperiode.")]
    return res(title, blocks, "unknown", "final-evaluation", c, ["unknown:evaluation"], period_=False)


def u_blank_template(rng, c, d):
    title = "Aftale om mentorstøtte – skabelon"
    blocks = [("title", title), ("p", "Skabelon til brug i mentorteamet. Slet hjælpeteksten før brug."),
              ("kv", "Borgerens navn", "[indsæt]"), ("kv", "Det arbejder vi hen imod", "[indsæt mål]"),
              ("kv", "Din mentor", "[navn, telefon, mail]"), ("kv", "Det hjælper mentoren med", "[indsæt]"),
              ("kv", "Periode", "[fra – til, højst 6 måneder]"), ("kv", "Timer pr. uge", "[antal]"),
              ("kv", "Opfølgning", "[hvornår og hvordan]"),
              ("bh", "Klagevejledning"),
              ("p", "Hvis du ikke er enig, kan du klage til kommunen inden 4 uger. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")]
    return res(title, blocks, "unknown", "blank-template", c, ["unknown:template"], period_=False)


def u_internal(rng, c, d):
    title = "Intern godkendelse – forlængelse af mentor"
    blocks = [("title", title), ("p", f"Hej teamleder"),
              ("p", f"Jeg indstiller til forlængelse af mentorstøtten for borger i sag {c.sagsnr}, 3 timer om ugen i en ny periode. Mentor ({c.org}) anbefaler det, se vedhæftede status. Kan du godkende inden fredag?"),
              ("sig", f"Mvh {c.cw}")]
    return res(title, blocks, "unknown", "internal-approval", c, ["unknown:internal"], period_=False)


def u_company_scheme(rng, c, d):
    c["firm"] = rng.choice(["Bilka", "Danish Crown", "XL-Byg", "Jysk"])
    title = f"Mentorordning for elever hos {c.firm}"
    blocks = [("title", title),
              ("p", f"Alle nye elever hos {c.firm} får en erfaren kollega som mentor i det første år. Mentoren hjælper med at lære arbejdspladsen at kende og er én at spørge."),
              ("h", "Sådan fungerer det"), ("li", "I mødes 30 minutter hver uge i arbejdstiden"),
              ("li", "Mentoren deltager i elevsamtalen efter 3 måneder"), ("li", "Ordningen er frivillig"),
              ("p", "Spørgsmål til HR.")]
    return res(title, blocks, "unknown", "company-scheme", c, ["unknown:company"], period_=False)
