"""Turn cases into logical documents (blocks) for agreements, Min Plan entries, decisions, unknowns."""
import datetime as dt

from content import PH, ddate, MONTHS, add_months, APPEAL_OK

EN_LABELS = dict(goal="Goal of the mentor support", mentor="Your mentor", tasks="What your mentor will help with",
                 period="Period", follow="Follow-up and progress", hours="Hours", appeal="How to complain")


def fieldval(case, key, value, ph_override=None):
    st = case["states"].get(key)
    if st == "missing":
        return None
    if st == "ph":
        return PH(case["mun"]["ph"] if ph_override is None else ph_override)
    return value


def mentor_value(case, style, header_mode=False):
    st = case["states"].get("mentor")
    name, org, ph, ml = case["mentor"], case["m_org"], case["m_phone"], case["m_mail"]
    if st == "name_only":
        return "%s, %s" % (name, org) if style % 2 else name
    if st == "cw_only":
        return "Mentor er endnu ikke udpeget. Indtil da er din kontakt sagsbehandler %s, tlf. %s, %s" % (case["cw"], case["cw_phone"], case["cw_mail"])
    if header_mode:
        return "%s, %s (kontaktoplysninger står i sidehovedet)" % (name, org)
    if case["en"]:
        return "%s, %s – phone %s, e-mail %s" % (name, org, ph, ml)
    return [("%s, %s\nTlf. %s · E-mail: %s" % (name, org, ph, ml)),
            ("%s (%s), mobil %s" % (name, org, ph)),
            ("%s – %s – %s" % (name, ml, org)),
            ("Navn: %s\nFirma: %s\nTelefon: %s\nMail: %s" % (name, org, ph, ml))][style % 4]


def agreement_doc(case, rng, opts):
    """opts keys: issuer('mun'|'firm'), missing_style('omit'|'empty'), hours_checks, mentor_header,
    appeal_footer, legal_limit, history, cpr_style, tasks_prose, mentor_split."""
    mun, firm = case["mun"], case["firm"]
    en = case["en"]
    L = dict(EN_LABELS) if en else dict(mun["labels"])
    if opts.get("issuer") == "firm" and not en:
        L = dict(goal="Mål for forløbet", mentor="Mentor", tasks="Mentorens opgaver", period="Forløbsperiode",
                 follow="Opfølgning og progression", hours="Timer", appeal="Klagevejledning")
    traits = []
    blocks = []
    header = footer = None
    if opts.get("issuer") == "firm" or en:
        blocks.append(("letterhead", [firm["name"], firm["addr"], "Tlf. %s · %s · CVR %s" % (firm["phone"], firm["mail"], firm["cvr"])]))
        traits.append("firm-letterhead")
    else:
        blocks.append(("letterhead", [mun["unit"], mun["addr"], "Tlf. %s · %s" % (mun["phone"], mun["mail"])]))
    blocks.append(("title", "Mentor Support Agreement" if en else mun["title"]))
    meta = [("Borger" if not en else "Citizen", case["citizen"])]
    if case.get("cpr"):
        meta.append(("CPR-nr." if not en else "CPR no.", case["cpr"]))
    meta += [("Sagsnr." if not en else "Case no.", case["journal"]), ("Dato" if not en else "Date", ddate(case["date"]) if not en else case["date"].isoformat())]
    meta.append(("Sagsbehandler" if not en else "Caseworker", "%s, tlf. %s" % (case["cw"], case["cw_phone"])))
    blocks.append(("meta", meta))
    if en:
        blocks.append(("p", "This agreement is made between you, %s and %s under the Danish Active Employment Act (LAB § 167)." % (firm["name"], mun["name"])))
    else:
        intro = rng.choice([
            "Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. I denne aftale står, hvad mentorstøtten skal føre til, og hvordan vi arbejder sammen.",
            "Aftalen er indgået mellem borger, mentor og %s." % mun["unit"],
            "Denne aftale beskriver mentorforløbet, jf. LAB § 167 (tidligere § 31 b).",
            "Aftale om mentorstøtte indgået på opstartsmøde. Aftalen lægges også i Min Plan."])
        blocks.append(("p", intro))
    if opts.get("legal_limit"):
        blocks.append(("p", "Mentorstøtte kan bevilges for højst 6 måneder ad gangen, jf. § 167, stk. 1. Der kan efter en konkret vurdering bevilges en ny periode."))
        traits.append("legal-limit-text")
    if opts.get("history"):
        blocks.append(("p", "Tidligere forløb: Du havde mentor fra 1. februar 2025 til 31. januar 2026 (to perioder)."))
        traits.append("history-period")
    ms = opts.get("missing_style", "omit")

    def add_field(key, label, value):
        if value is None:
            if ms == "empty":
                blocks.append(("field", key, label, PH("")))
            return
        blocks.append(("field", key, label, value))

    values = {}
    values["goal"] = fieldval(case, "goal", case["goal"])
    mv = mentor_value(case, rng.randint(0, 7), header_mode=opts.get("mentor_header"))
    values["mentor"] = fieldval(case, "mentor", mv) if case["states"].get("mentor") in (None, "missing", "ph") else mv
    tasks = case["tasks"]
    if opts.get("tasks_prose"):
        tasks = ("Mentor skal " if not en else "Your mentor will ") + ", ".join(tasks[:-1]) + (" og " if not en else " and ") + tasks[-1] + "."
    values["tasks"] = fieldval(case, "tasks", tasks)
    values["period"] = fieldval(case, "period", case["period"]["text"])
    values["hours"] = fieldval(case, "hours", case["hours"])
    values["follow"] = fieldval(case, "follow", case["follow"])
    order = list(mun["order"]) if not en else ["goal", "mentor", "tasks", "period", "hours", "follow"]
    for key in order:
        if key == "hours" and opts.get("hours_checks"):
            hst = case["states"].get("hours")
            lvl = -1 if hst in ("missing", "ph") else rng.randint(0, 2)
            blocks.append(("checks", "hours", L["hours"], [("Niveau 1: 0-1 time pr. uge", lvl == 0), ("Niveau 2: 1-2 timer pr. uge", lvl == 1),
                                                          ("Niveau 3: mere end 2 timer pr. uge", lvl == 2)]))
            traits.append("hours-checkboxes" if lvl >= 0 else "hours-checkboxes-none-ticked")
            continue
        if key == "mentor" and opts.get("mentor_split") and case["states"].get("mentor") is None:
            add_field("mentor", "Mentor", case["mentor"])
            add_field("mentor_org", "Mentorvirksomhed", case["m_org"])
            add_field("mentor_phone", "Telefon", case["m_phone"])
            add_field("mentor_mail", "E-mail", case["m_mail"])
            traits.append("mentor-subfields")
            continue
        add_field(key, L[key], values[key])
    if opts.get("mentor_header"):
        header = [firm["name"] if firm else mun["unit"], "Din mentor: %s · Mobil %s · %s" % (case["mentor"], case["m_phone"], case["m_mail"])]
        traits.append("mentor-contact-in-header")
    ast = case["states"].get("appeal")
    if ast == "ph":
        blocks.append(("field", "appeal", L["appeal"], PH(mun["ph"])))
    elif ast not in ("missing",):
        if opts.get("appeal_footer"):
            footer = [L["appeal"] + ": " + case["appeal"]]
            traits.append("appeal-in-footer")
        else:
            blocks.append(("h", L["appeal"]))
            blocks.append(("p", case["appeal"]))
    if ast == "empty":
        traits.append("appeal-without-body-or-deadline")
    blocks.append(("sign", ["", "Underskrift borger: ______________________    Dato: ________" if not en else "Citizen signature: ____________________",
                            "Underskrift mentor: ______________________" if not en else "Mentor signature: _____________________"]))
    if footer is None and opts.get("footer_plain"):
        footer = ["%s · %s · %s" % (mun["name"], mun["addr"], mun["mail"])]
    return dict(blocks=blocks, header=header, footer=footer, title=mun["title"] if not en else "Mentor Support Agreement"), traits


def minplan_doc(case, rng, opts):
    mun = case["mun"]
    blocks = [("letterhead", ["Min Plan – udskrift", "Udskrevet %s kl. %02d:%02d af %s" % (case["date"].strftime("%d-%m-%Y"), rng.randint(8, 15), rng.randint(0, 59), case["cw"].split()[0][:1] + case["cw"].split()[-1][:3].upper())]),
              ("title", "Min Plan: %s" % case["citizen"])]
    meta = [("Kommune", mun["name"])]
    if case.get("cpr"):
        meta.append(("CPR", case["cpr"]))
    meta += [("Indsats", rng.choice(["Mentorstøtte (LAB § 167)", "Mentor – tilbudsmentor", "Mentorstøtte"])), ("Status", rng.choice(["Godkendt", "Aktiv", "Igangværende"]))]
    blocks.append(("meta", meta))
    st = case["states"]
    lab = rng.choice([dict(goal="Mål", mentor="Mentor", tasks="Opgaver", period="Periode", hours="Timer/uge"),
                      dict(goal="Formål", mentor="Mentor/kontakt", tasks="Mentors opgaver", period="Start - slut", hours="Timetal"),
                      dict(goal="Mål for indsatsen", mentor="Kontaktperson", tasks="Indhold", period="Varighed", hours="Omfang")])
    ms = opts.get("missing_style", "omit")
    vals = dict(goal=fieldval(case, "goal", case["goal"]),
                mentor=mentor_value(case, rng.choice([1, 2])) if st.get("mentor") in ("name_only", "cw_only") else fieldval(case, "mentor", "%s (%s) %s / %s" % (case["mentor"], case["m_org"], case["m_phone"], case["m_mail"])),
                tasks=fieldval(case, "tasks", "; ".join(case["tasks"])),
                period=fieldval(case, "period", case["period"]["text"]),
                hours=fieldval(case, "hours", case["hours"]))
    for k in ["goal", "mentor", "tasks", "period", "hours"]:
        v = vals[k]
        if v is None:
            if ms == "empty":
                blocks.append(("field", k, lab[k], PH("")))
            continue
        blocks.append(("field", k, lab[k], v))
    if rng.random() < 0.5:
        blocks.append(("field", "next", "Næste samtale", ddate(case["period"]["start"] + dt.timedelta(days=35))))
    blocks.append(("p", "Oprettet af %s, %s" % (case["cw"], mun["unit"])))
    return dict(blocks=blocks, header=None, footer=None, title="Min Plan"), ["case-system-print"]


REASONS = [
    "Vi har lagt vægt på, at du har svært ved at fastholde fremmødet i dit tilbud, og at en mentor kan hjælpe dig med at komme stabilt afsted. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.",
    "Begrundelsen er, at du allerede får støtte fra en SPS-mentor på skolen, som dækker det samme behov. Vi vurderer derfor ikke, at der er behov for mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats ud over den støtte, skolen giver.",
    "Vi har vurderet, at du nu selv kan fastholde dit arbejde som køkkenmedhjælper. Din arbejdsgiver oplyser, at du har mødt stabilt de sidste 8 uger. Mentorstøtten stopper derfor, jf. LAB § 167.",
    "Vi har bevilget færre timer end du søgte, fordi din mentor kun skal støtte dig i overgangen til praktikken og ikke i fritiden. Der er lagt vægt på praktikstedets egen kontaktperson, jf. § 167, stk. 1.",
]


def decision_doc(case, rng, sub, opts):
    """sub: bevilling, delvis, afslag, forlaengelse, ophoer. opts: reasons(bool), bilag(bool), applied_period(bool)."""
    mun = case["mun"]
    traits = []
    sender = mun["unit"]
    blocks = [("letterhead", [sender, mun["addr"], "Tlf. %s" % mun["phone"], mun["mail"]])]
    meta = [("Til", case["citizen"])]
    if case.get("cpr"):
        meta.append(("CPR-nr.", case["cpr"]))
    meta += [("Dato", ddate(case["date"])), ("Sagsnr.", case["journal"]), ("Sagsbehandler", "%s, direkte tlf. %s" % (case["cw"], case["cw_phone"]))]
    blocks.append(("meta", meta))
    p = case["period"]
    title = dict(bevilling="Afgørelse: Du får mentorstøtte", delvis="Afgørelse om mentorstøtte – delvis bevilling",
                 afslag="Afslag på mentorstøtte", forlaengelse="Forlængelse af mentorstøtte", ophoer="Mentorstøtten ophører")[sub]
    blocks.append(("title", title))
    blocks.append(("p", "Du modtager dette brev, fordi vi har truffet afgørelse i din sag om mentorstøtte."))
    if sub in ("bevilling", "delvis", "forlaengelse"):
        if sub == "forlaengelse":
            blocks.append(("p", "Du har haft mentorstøtte fra 1. september 2025 til 28. februar 2026. Vi har besluttet at forlænge støtten med en ny periode."))
            traits.append("history-period")
        blocks.append(("h", "Afgørelse"))
        blocks.append(("p", "Du får bevilget mentorstøtte i perioden %s. Mentor bliver %s fra %s. Omfanget er %s." % (p["text"], case["mentor"], case["m_org"], case["hours"])))
        if sub == "delvis":
            blocks.append(("p", "Du har søgt om 6 timer om ugen. Du får bevilget færre timer end du søgte."))
    elif sub == "afslag":
        if opts.get("applied_period"):
            blocks.append(("p", "Du har søgt om mentorstøtte i perioden 1. marts 2026 til 31. december 2026."))
            traits.append("applied-period-not-granted")
        else:
            blocks.append(("p", "Du har den %s søgt om mentorstøtte." % ddate(case["date"] - dt.timedelta(days=14))))
        blocks.append(("h", "Afgørelse"))
        blocks.append(("p", "Vi kan ikke bevilge mentorstøtte."))
    else:
        blocks.append(("h", "Afgørelse"))
        blocks.append(("p", "Din mentorstøtte hos %s ophører den %s." % (case["m_org"], ddate(case["date"] + dt.timedelta(days=21)))))
    if opts.get("reasons"):
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", REASONS[{"bevilling": 0, "forlaengelse": 0, "afslag": 1, "ophoer": 2, "delvis": 3}[sub]]))
    ast = case["states"].get("appeal")
    if ast != "missing":
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", case["appeal"]))
        if ast == "wrong":
            traits.append("appeal-direct-to-ankestyrelsen")
        if ast == "empty":
            traits.append("appeal-without-body-or-deadline")
    blocks.append(("sign", ["Med venlig hilsen", case["cw"], sender]))
    if opts.get("bilag"):
        blocks.append(("pagebreak",))
        blocks.append(("h", "Bilag 1: Aftale om mentorstøtte"))
        for k, lab, v in [("goal", "Mål", case["goal"]), ("mentor", "Mentor", "%s, %s, tlf. %s" % (case["mentor"], case["m_org"], case["m_phone"])),
                          ("tasks", "Opgaver", case["tasks"]), ("period", "Periode", p["text"]), ("hours", "Timer", case["hours"]),
                          ("follow", "Opfølgning", case["follow"])]:
            blocks.append(("field", "bilag_" + k, lab, v))
        traits.append("agreement-as-bilag")
    return dict(blocks=blocks, header=None, footer=["%s · %s · CVR %s" % (mun["name"], mun["addr"], "29 18 97 %02d" % rng.randint(10, 99))], title=title), traits
