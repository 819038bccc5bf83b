"""Document families of corpus fr. Each builder returns a list of blocks (see render.py)."""
from __future__ import annotations

from content import (fd, fr, add_months, APPEALS, APPEAL_BAD, FOLLOWUPS, FOLLOWUP_VAGUE, WEEKDAYS)


# ============================================================ agreements (provider templates)
# c: context dict built in make_corpus_fr.py. Values that are None are omitted; strings are written.

def _tasks_text(c, sep="\n"):
    return sep.join("• " + t for t in c["tasks"]) if isinstance(c["tasks"], list) else c["tasks"]


def agr_vv(c):
    """Vækstværket: 'Forløbsplan' as a label/value grid, coach, SMART-mål, indsatsområder, milepæle."""
    p, k = c["prov"], c["kom"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"])]
    ref = [("Jobcenter", k[1]), ("Jobcentrets sagsnr.", c["sagsnr"]), ("Rekvisitionsnr.", c["rekv"]),
           ("Deltager", c["cit"])]
    if c["cpr"]:
        ref.append(("CPR-nr.", c["cpr"]))
    b += [("kv", ref), ("title", "Forløbsplan – mentorforløb efter LAB § 167"),
          ("p", f"Forløbsplanen er den skriftlige aftale om mentorstøtte mellem deltager, {p['name']} og {k[1]}. "
                f"Den bygger på jobcentrets bevilling af {fd(c['bev'], 'dot')} og er gennemgået på opstartsmødet {fd(c['date'])}.")]
    rows = []
    if c["mentor"] is not None:
        rows.append(("Coach (mentor)", c["mentor"]))
    rows.append(("Forløbsansvarlig", c["leader"]))
    if c["period"] is not None:
        rows.append(("Forløbsperiode", c["period"]))
    if c["hours"] is not None:
        rows.append(("Ugentligt timetal", c["hours"]))
    if c["goal"] is not None:
        rows.append(("SMART-mål", c["goal"]))
    if c["tasks"] is not None:
        rows.append(("Indsatsområder", _tasks_text(c)))
    if c.get("milestones") and c["followup"] is not None:
        rows.append(("Milepæle", "\n".join(c["milestones"])))
    if c["followup"] is not None:
        rows.append(("Opfølgning", c["followup"]))
    if c["appeal"] is not None:
        rows.append(("Klagevejledning", c["appeal"]))
    b.append(("kv", rows))
    b.append(("sig", [f"Deltager ({c['cit']})", "Coach", f"{k[1]}"]))
    return b


def agr_mh(c):
    """MentorHuset: 'Handleplan for mentorforløb', numbered sections, forløbsansvarlig, succeskriterier."""
    p, k = c["prov"], c["kom"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
         ("title", c.get("title") or "Handleplan for mentorforløb"),
         ("p", f"Aftale om mentorstøtte (LAB § 167) · {k[1]} · j.nr. {c['sagsnr']} · ordrenr. {c['rekv']}"),
         ("h", "1. Stamdata"),
         ("kv", [("Borger", c["cit"])] + ([("CPR", c["cpr"])] if c["cpr"] else []) +
          [("Sagsbehandler i jobcentret", f"{c['cw']}, tlf. {k[4]}"), ("Dato for handleplan", fd(c["date"], "dot"))])]
    if c.get("intro"):
        b.append(("p", c["intro"]))
    b.append(("h", "2. Formål og mål"))
    if c["goal"] is not None:
        b.append(("p", f"Mål: {c['goal']}"))
    else:
        b.append(("p", "Mål: Udfyldes ved første samtale."))
    b.append(("h", "3. Din mentor"))
    if c["mentor"] is not None:
        b.append(("p", f"Forløbsansvarlig mentor: {c['mentor']}"))
    else:
        b.append(("p", "Forløbsansvarlig mentor: Tildeles ved opstart."))
    if c["tasks"] is not None:
        b += [("h", "4. Indsatsområder"), ("ul", c["tasks"])]
    b.append(("h", "5. Omfang og varighed"))
    om = []
    if c["period"] is not None:
        om.append(f"Periode: {c['period']}")
    if c["hours"] is not None:
        om.append(f"Timetal: {c['hours']}")
    if not om:
        om.append("Aftales nærmere med jobcentret.")
    for x in om:
        b.append(("p", x))
    if c["followup"] is not None:
        b += [("h", "6. Succeskriterier og opfølgning"), ("p", c["followup"])]
        if c.get("success"):
            b.append(("ul", c["success"]))
    if c["appeal"] is not None:
        b += [("h", "7. Klagevejledning"), ("p", c["appeal"])]
    b += [("h", "Underskrifter"), ("sig", ["Borger", "Mentor, " + p["name"], "Sagsbehandler, " + k[1]])]
    return b


def agr_cb(c):
    """Café Broen: 'Opstartsaftale' as a letter to the citizen, ressourceperson, ugeskema."""
    p, k = c["prov"], c["kom"]
    fn = c["fn"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
         ("p", f"{c['cit']}" + (f" · CPR {c['cpr']}" if c["cpr"] else "") + f" · Jobcentrets ref.: {c['sagsnr']}"),
         ("p", f"Næstved, {fd(c['date'])}"),
         ("title", "Opstartsaftale – mentorforløb i Café Broen"),
         ("p", f"Kære {fn}"),
         ("p", f"Tak for et godt opstartsmøde. Her får du det, vi blev enige om, skrevet ned. Aftalen er din aftale om mentorstøtte "
               f"efter lov om en aktiv beskæftigelsesindsats § 167, som {k[1]} har bevilget, og en kopi sendes til din sagsbehandler {c['cw']}.")]
    if c["goal"] is not None:
        b += [("b", "Det arbejder vi hen imod"), ("p", c["goal"])]
    if c["mentor"] is not None:
        b += [("b", "Din ressourceperson"), ("p", c["mentor"])]
    else:
        b += [("b", "Din ressourceperson"), ("p", "Vi finder din faste ressourceperson, når vagtplanen for næste måned er lagt.")]
    if c.get("schedule"):
        b += [("b", "Dit ugeskema"), ("table", ["Dag", "Tid", "Hvad laver vi"], c["schedule"])]
    if c["tasks"] is not None and not c.get("schedule"):
        b += [("b", "Det hjælper vi dig med"), ("ul", c["tasks"])]
    if c["hours"] is not None and not c.get("schedule"):
        b.append(("p", f"Mentortid: {c['hours']}."))
    if c["period"] is not None:
        b.append(("p", f"Forløbet løber {c['period']}."))
    if c["followup"] is not None:
        b += [("b", "Opfølgning"), ("p", c["followup"])]
    if c["appeal"] is not None:
        b += [("b", "Hvis du vil klage"), ("p", c["appeal"])]
    b += [("p", "Venlig hilsen"), ("p", f"{c['leader']}, daglig leder, Café Broen")]
    return b


def agr_jb(c):
    """JobBro: three-party 'Samarbejdsaftale' written as a contract with §§."""
    p, k = c["prov"], c["kom"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
         ("title", "Samarbejdsaftale om mentorforløb"),
         ("p", f"Jobcentrets journalnr.: {c['sagsnr']}   Bestillings-ID: {c['rekv']}   Dato: {fd(c['date'], 'short')}"),
         ("h", "§ 1 Parter"),
         ("p", f"Aftalen er indgået mellem {c['cit']}" + (f" (CPR-nr. {c['cpr']})" if c["cpr"] else "") +
               f", {p['name']} og {k[1]} ({k[2]}) som aftale om mentorstøtte efter LAB § 167.")]
    if c["goal"] is not None:
        b += [("h", "§ 2 Formål"), ("p", c["goal"])]
    if c["mentor"] is not None:
        b += [("h", "§ 3 Kontaktperson hos JobBro (mentor)"), ("p", c["mentor"])]
    if c["tasks"] is not None:
        b += [("h", "§ 4 Indhold af forløbet"), ("p", "JobBros kontaktperson skal:"), ("ul", c["tasks"])]
    if c["hours"] is not None:
        b += [("h", "§ 5 Omfang"), ("p", c["hours"])]
    if c["period"] is not None:
        b += [("h", "§ 6 Varighed"), ("p", c["period"])]
    if c["followup"] is not None:
        b += [("h", "§ 7 Opfølgning og statusrapportering"), ("p", c["followup"])]
    if c["appeal"] is not None:
        b += [("h", "§ 8 Klageadgang"), ("p", c["appeal"])]
    b += [("h", "§ 9 Tavshedspligt"),
          ("p", "JobBros medarbejdere har tavshedspligt og må kun videregive oplysninger til jobcentret efter deltagerens samtykke."),
          ("sig", ["Deltager", "JobBro Coaching I/S", k[1]])]
    return b


def agr_nx(c):
    """Neksus: 'Mentoraftale – SMART-plan' with a hovedmål line and a SMART breakdown table."""
    p, k = c["prov"], c["kom"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
         ("title", "Mentoraftale – SMART-plan"),
         ("kv", [("Borger", c["cit"]), ("Henvisende jobcenter", k[1]), ("Sagsnr.", c["sagsnr"])] +
          ([("Cpr.nr.", c["cpr"])] if c["cpr"] else []) + [("Dato", fd(c["date"], "dot"))]),
         ("p", "Aftale om mentorstøtte efter LAB § 167, indgået på baggrund af jobcentrets bevilling.")]
    if c["goal"] is not None:
        b += [("h", "Hovedmål"), ("p", c["goal"])]
        if c.get("smart"):
            b.append(("table", ["SMART", "Hvad betyder det for dig"], c["smart"]))
    else:
        b += [("h", "Hovedmål"), ("p", "xx")]
    if c["mentor"] is not None:
        b += [("h", "Mentor"), ("p", c["mentor"])]
    if c["tasks"] is not None:
        b += [("h", "Mentors opgaver"), ("ol", c["tasks"])]
    tid = []
    if c["period"] is not None:
        tid.append(("Periode", c["period"]))
    if c["hours"] is not None:
        tid.append(("Timer", c["hours"]))
    if c["followup"] is not None:
        tid.append(("Opfølgning", c["followup"]))
    if tid:
        b += [("h", "Tid og opfølgning"), ("kv", tid)]
    if c["appeal"] is not None:
        b += [("h", "Klagevejledning"), ("p", c["appeal"])]
    b.append(("sig", ["Borger", "Mentor", "Jobcenter"]))
    return b


def agr_go(c):
    """Grøn Omstart: question-headed 'Handleplan' (md/txt/html friendly)."""
    p, k = c["prov"], c["kom"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
         ("title", f"Handleplan – {c['cit']}"),
         ("p", f"Mentorforløb bevilget af {k[1]} efter LAB § 167 (sag {c['sagsnr']}). Handleplanen er aftalen mellem dig, din mentor og jobcentret."
               + (f" CPR: {c['cpr']}." if c["cpr"] else ""))]
    if c["goal"] is not None:
        b += [("h", "Hvad er målet?"), ("p", c["goal"])]
    if c["mentor"] is not None:
        b += [("h", "Hvem er din mentor?"), ("p", c["mentor"])]
    if c["tasks"] is not None:
        b += [("h", "Hvad skal vi arbejde med?"), ("ul", c["tasks"])]
    if c["period"] is not None:
        b += [("h", "Hvor længe?"), ("p", c["period"])]
    if c["hours"] is not None:
        b += [("h", "Hvor mange timer?"), ("p", c["hours"])]
    if c["followup"] is not None:
        b += [("h", "Hvordan følger vi op?"), ("p", c["followup"])]
    if c["appeal"] is not None:
        b += [("h", "Hvis du vil klage"), ("p", c["appeal"])]
    b.append(("p", f"Aftalt {fd(c['date'])} i gartneriet."))
    return b


def agr_ll(c):
    """Lyst til Læring: uddannelsesmentor 'Forløbsplan', with the school's contact person as a trap."""
    p, k = c["prov"], c["kom"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
         ("title", "Forløbsplan – uddannelsesmentor"),
         ("p", f"Aftale om mentorstøtte efter LAB § 167 mellem {c['cit']}, {p['name']} og {k[1]}. "
               f"Jobcentrets ref.: {c['sagsnr']}." + (f" CPR-nr.: {c['cpr']}." if c["cpr"] else "")),
         ("kv", [("Uddannelsessted", c.get("school", "VUC Vestsjælland, Holbæk (HF-enkeltfag)")),
                 ("Kontaktperson på skolen", "Studievejleder Ulla Riis, tlf. 59 48 32 10")])]
    rows = []
    if c["goal"] is not None:
        rows.append(("Mål for forløbet", c["goal"]))
    if c["mentor"] is not None:
        rows.append(("Din uddannelsesmentor", c["mentor"]))
    if c["tasks"] is not None:
        rows.append(("Mentorens opgaver", _tasks_text(c)))
    if c["period"] is not None:
        rows.append(("Varighed", c["period"]))
    if c["hours"] is not None:
        rows.append(("Timer pr. uge", c["hours"]))
    if c["followup"] is not None:
        rows.append(("Opfølgning", c["followup"]))
    b.append(("kv", rows))
    if c["appeal"] is not None:
        b += [("h", "Klagevejledning"), ("p", c["appeal"])]
    b.append(("sig", ["Elev/borger", "Uddannelsesmentor", "Jobcenter"]))
    return b


def agr_fv(c):
    """Fællesværket: short plain 'Aftale om mentorforløb' (rtf/eml), Label: value lines in prose order."""
    p, k = c["prov"], c["kom"]
    b = [("logo", p["name"], p["tag"]), ("footer", p["footer"]),
         ("title", c.get("title") or "Aftale om mentorforløb"),
         ("p", f"Borger: {c['cit']}" + (f", cpr. {c['cpr']}" if c["cpr"] else "") + f". Jobcenter: {k[1]}, sag {c['sagsnr']}."),
         ("p", "Denne aftale er den skriftlige aftale om mentorstøtte efter LAB § 167.")]
    if c.get("intro"):
        b.append(("p", c["intro"]))
    lines = []
    if c["goal"] is not None:
        lines.append(("Mål", c["goal"]))
    if c["mentor"] is not None:
        lines.append(("Mentor", c["mentor"]))
    if c["tasks"] is not None:
        lines.append(("Opgaver", "; ".join(c["tasks"]) + "."))
    if c["period"] is not None:
        lines.append(("Periode", c["period"]))
    if c["hours"] is not None:
        lines.append(("Timetal", c["hours"]))
    if c["followup"] is not None:
        lines.append(("Opfølgning", c["followup"]))
    if c["appeal"] is not None:
        lines.append(("Klagevejledning", c["appeal"]))
    for lab, val in lines:
        b.append(("p", f"{lab}: {val}"))
    b.append(("p", f"Dato: {fd(c['date'], 'short')}"))
    b.append(("sig", ["Borger", "Mentor", "Jobcenter"]))
    return b


AGR_FAMILIES = {"vv": agr_vv, "mh": agr_mh, "cb": agr_cb, "jb": agr_jb, "nx": agr_nx, "go": agr_go,
                "ll": agr_ll, "fv": agr_fv}


# ============================================================ decisions (jobcentre letters)

def decision(c, variant, appeal, period_txt, hours_txt, reasons=True):
    k, p = c["kom"], c["prov"]
    after_feb = c["date"] >= c["feb2026"]
    sender = k[2] if after_feb else k[1]
    b = [("logo", sender, f"{k[3]} · Tlf. {k[4]} · jobcenter@{k[5]}"),
         ("footer", f"{sender} · {k[3]} · www.{k[5]}"),
         ("p", f"{c['cit']}\n{c['addr']}"),
         ("p", f"Dato: {fd(c['date'], 'dot')}\nSagsnr.: {c['sagsnr']}\nSagsbehandler: {c['cw']}, tlf. {k[4]}"
               + (f"\nCPR-nr.: {c['cpr']}" if c["cpr"] else ""))]
    fn = c["fn"]
    if variant == "grant":
        b += [("title", f"Afgørelse: Du får mentorstøtte hos {p['name']}"),
              ("p", f"Kære {fn}"),
              ("p", f"Du får mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Støtten gives af {p['name']}, "
                    f"som har sendt os et tilbud på forløbet. Du får støtten {period_txt}, {hours_txt}."),
              ("p", f"Din mentor fra {p['name']} kontakter dig inden for en uge. I laver sammen en forløbsplan, som er "
                    "aftalen om mentorstøtten, og den sendes til os, når I har skrevet under.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", f"Vi har lagt vægt på, at du har brug for hjælp til at komme i gang med praktik, og at støtten skal føre til job. Jf. LAB § 167, stk. 1.")]
    elif variant == "partial":
        b += [("title", "Afgørelse om mentorstøtte – delvis bevilling"),
              ("p", f"Kære {fn}"),
              ("p", f"{p['name']} har i sin handleplan foreslået 6 timer om ugen. Vi bevilger færre timer: {hours_txt}, "
                    f"{period_txt}. Dermed har du fået delvist medhold.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", "Vi har lagt vægt på, at du allerede har støtte fra praktikstedets kontaktperson to dage om ugen, og at behovet for "
                        "mentor derfor er mindre. Afgørelsen er truffet efter LAB § 167, stk. 1.")]
    elif variant == "refusal":
        b += [("title", "Afslag på forlængelse af mentorforløb"),
              ("p", f"Kære {fn}"),
              ("p", f"{p['name']} har i statusrapporten anbefalet, at dit mentorforløb forlænges med 6 måneder. Vi har givet dig afslag på forlængelsen. "
                    f"Dit nuværende forløb slutter som aftalt {period_txt}.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", "Vi har lagt vægt på, at du nu er i ordinær uddannelse og får støtte fra skolens SPS-ordning, og at der efter vores vurdering ikke er behov for mentor "
                        "ud over det, skolen tilbyder. Jf. LAB § 167, stk. 1, 2. pkt.")]
    elif variant == "extension":
        b += [("title", "Afgørelse om forlængelse af mentorstøtte"),
              ("p", f"Kære {fn}"),
              ("p", f"På baggrund af {p['name']}s statusrapport har vi efter en konkret vurdering besluttet at forlænge din mentorstøtte "
                    f"{period_txt}, {hours_txt}. Forløbsplanen fortsætter med de samme mål, og din mentor er den samme.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", "Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men endnu ikke møder stabilt alle dage. Jf. LAB § 167, stk. 1, 2. pkt.")]
    elif variant == "end":
        b += [("title", "Afgørelse om ophør af mentorstøtte"),
              ("p", f"Kære {fn}"),
              ("p", f"{p['name']} har meddelt os, at du ikke er mødt op til de aftalte samtaler. Vi har derfor besluttet, at din mentorstøtte ophører "
                    f"{period_txt}.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", "Vi har lagt vægt på, at du ikke er mødt til 5 samtaler i træk og ikke har svaret på vores breve. Støtten kan derfor ikke bidrage til, "
                        "at du kommer i job eller uddannelse, jf. LAB § 167.")]
    if appeal is not None:
        b += [("h", "Sådan klager du"), ("p", appeal)]
    b += [("p", "Med venlig hilsen"), ("p", f"{c['cw']}\n{k[1]}")]
    return b


# ============================================================ Min Plan entries

def minplan_cards(c, other=None):
    """Jobnet-like plan print: cards with rows. c fields None -> row omitted, string -> value."""
    k, p = c["kom"], c["prov"]
    b = [("logo", "Min Plan", f"{k[2]} · udskrevet {fd(c['date'], 'dot')}"),
         ("footer", f"Udskrift fra Min Plan · {c['cit']} · side 1")]
    b.append(("title", "Min Plan"))
    b.append(("p", f"Navn: {c['cit']}" + (f"   CPR: {c['cpr']}" if c["cpr"] else "")))
    if other:
        b += [("h", other[0]), ("kv", other[1])]
    b.append(("h", f"Mentorstøtte – {p['name']} (Aktiv)"))
    rows = []
    if c["goal"] is not None:
        rows.append(("Formål", c["goal"]))
    if c["mentor"] is not None:
        rows.append(("Mentor", c["mentor"]))
    if c["tasks"] is not None:
        rows.append(("Mentors opgaver", "\n".join(c["tasks"])))
    if c["period"] is not None:
        rows.append(("Periode", c["period"]))
    if c["hours"] is not None:
        rows.append(("Timer pr. uge", c["hours"]))
    rows.append(("Leverandør", p["name"]))
    b.append(("kv", rows))
    return b


def minplan_dense(c):
    """One paragraph written by the caseworker into the Min Plan text field."""
    k, p = c["kom"], c["prov"]
    parts = [f"Mentorstøtte efter LAB § 167 hos {p['name']}."]
    if c["goal"] is not None:
        parts.append(f"Mål: {c['goal']}")
    if c["mentor"] is not None:
        parts.append(f"Din mentor er {c['mentor'].replace(chr(10), ', ')}.")
    if c["tasks"] is not None:
        parts.append("Mentoren skal hjælpe dig med at " + ", ".join(t[0].lower() + t[1:] for t in c["tasks"]) + ".")
    if c["period"] is not None:
        parts.append(f"Støtten gives i perioden {c['period']}.")
    if c["hours"] is not None:
        parts.append(f"Timetal: {c['hours']}.")
    parts.append(f"Forløbsplanen fra {p['name']} er vedlagt sagen.")
    b = [("title", f"Min Plan – indsats: Mentorstøtte ({p['name']})"),
         ("p", f"{c['cit']}" + (f" ({c['cpr']})" if c["cpr"] else "") + f" · {k[1]} · oprettet {fd(c['date'], 'dot')} af {c['cw']}"),
         ("p", " ".join(parts))]
    return b


def minplan_table(c):
    """Case-system export: header row over one value row per item (Punkt | Indhold)."""
    k, p = c["kom"], c["prov"]
    rows = []
    if c["goal"] is not None:
        rows.append(["Målet med mentorstøtten", c["goal"]])
    if c["mentor"] is not None:
        rows.append(["Mentorens navn og kontaktdata", c["mentor"]])
    if c["tasks"] is not None:
        rows.append(["Hvilke opgaver mentor skal bistå ved", "; ".join(c["tasks"])])
    if c["period"] is not None:
        rows.append(["Varighed", c["period"]])
    if c["hours"] is not None:
        rows.append(["Timetal", c["hours"]])
    b = [("logo", k[1], "Min Plan – mentorindsats"),
         ("title", "Min Plan: Mentorstøtte"),
         ("p", f"Borger: {c['cit']}" + (f", CPR {c['cpr']}" if c["cpr"] else "") + f". Leverandør: {p['name']} (forløbsplan modtaget {fd(c['date'], 'dot')})."),
         ("table", ["Punkt", "Indhold"], rows)]
    return b
