"""Document builders for corpus C: agreements, decisions, Min Plan entries, unknown documents.

Each builder returns a dict: {"doc": model or None, "render": callable(fmt)->bytes or None,
 "traits": [...], "period": (start,end)|None, "probes": [...], "cpr": [...], ...}
"""
import datetime as dt

from content import *  # noqa
from pools import *  # noqa
import writers as W

AG_TITLES = ["Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte", "Mentoraftale",
             "Aftale om mentorstøtte (LAB § 167)", "Mentorstøtte – aftale", "Aftale om mentorforløb",
             "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167"]


def meta_blocks(ctx, rng, en=False, cpr_shown=True):
    c = ctx.citizen
    lines = []
    if en:
        lines.append(f"Citizen: {c.name}")
        if ctx.cpr and cpr_shown:
            lines.append(f"CPR no.: {ctx.cpr}")
        lines.append(f"Date: {fmt_date(ctx.docdate, 'en')}")
        return [("p", l) for l in lines]
    style = rng.randint(0, 2)
    if style == 0:
        lines.append(f"Borger: {c.name}" + (f", cpr.nr. {ctx.cpr}" if ctx.cpr and cpr_shown else ""))
        lines.append(f"Dato: {fmt_date(ctx.docdate, rng.choice(['long', 'dot0', 'dash0']))}")
    elif style == 1:
        lines.append(f"Navn: {c.name}")
        if ctx.cpr and cpr_shown:
            lines.append(f"CPR-nummer: {ctx.cpr}")
        lines.append(f"Sagsnummer: {ctx.sagsnr}")
    else:
        lines.append(f"Aftalen er indgået {fmt_date(ctx.docdate, 'den')} mellem {c.name}" +
                     (f" (cpr. {ctx.cpr})" if ctx.cpr and cpr_shown else "") + f", {ctx.firm} og {ctx.kom} Kommune.")
    return [("p", l) for l in lines]


def cw_block(ctx, rng, en=False):
    cw = ctx.cw
    if en:
        return [("p", f"Caseworker: {cw.name}, {ctx.kom} Municipality, phone {cw.phone}, {cw.email}")]
    v = rng.randint(0, 2)
    if v == 0:
        return [("p", f"Sagsbehandler: {cw.name}, tlf. {cw.phone}, {cw.email}")]
    if v == 1:
        return [("p", "Med venlig hilsen"), ("p", cw.name), ("p", f"Jobkonsulent, {ctx.kom} Kommune"), ("p", f"Direkte tlf. {cw.phone}")]
    return [("p", f"Kontaktperson i kommunen: {cw.name} – {cw.email} – {cw.phone}")]


def sig_blocks(en=False):
    if en:
        return [("p", "Signature citizen: ______________    Signature mentor: ______________")]
    return [("p", "Underskrift borger: ____________________"), ("p", "Underskrift mentor: ____________________")]


def canon_order(rng):
    order = list(FIELDS)
    r = rng.random()
    if r < 0.25:
        order = ["goal", "mentor", "tasks", "hours", "duration", "followup", "appeal"]
    elif r < 0.4:
        order = ["mentor", "goal", "tasks", "duration", "hours", "followup", "appeal"]
    elif r < 0.5:
        order = ["duration", "hours", "goal", "tasks", "mentor", "followup", "appeal"]
    return order


# ====================================================================================== AGREEMENTS

def agreement(ctx, rng, defects, layout, fmt, lang="da"):
    en = lang == "en"
    traits = []
    style = "english" if en else rng.choice(["plain", "plain", "inflected", "question", "invented", "bilingual", "inflected"])
    traits.append(f"labels:{style}")
    mm = None
    if "missing-mentor" in defects and layout in ("textbox", "footer-contact"):
        mm = "omit"
    fs = build_fields(ctx, rng, defects, lang, mentor_missing_mode=mm,
                      missing_style="placeholder" if layout == "sdt-form" else None)
    traits += fs.notes
    order = canon_order(rng)
    title = ("Agreement on mentor support" if en else rng.choice(AG_TITLES))
    head = [("h", 1, title)] + meta_blocks(ctx, rng, en)
    if not en and rng.random() < 0.5:
        head.append(("p", rng.choice([f"Du har sammen med {ctx.kom} Kommune aftalt at få en mentor.",
                                      "Aftalen er lavet på baggrund af samtalen i kommunen.",
                                      f"Denne aftale gælder mellem dig, din mentor fra {ctx.firm} og kommunen."])))
    tail = cw_block(ctx, rng, en) + sig_blocks(en)
    doc = {"title": title, "blocks": [], "header": [], "footer": [], "comments": {}}
    probes = []
    keys = list(FIELDS)

    # --- special-layout preparation
    special_mentor = None  # blocks that go to textbox/footer
    special_appeal = None
    if layout == "textbox":
        keys.remove("mentor")
        v = fs.v.get("mentor")
        if v:
            special_mentor = [("p", [("b", label_for(rng, "mentor", style))])] + [("p", p) for p in v["paras"]]
        else:
            special_mentor = [("p", [("b", "Din sagsbehandler")]), ("p", ctx.cw.name), ("p", f"Tlf. {ctx.cw.phone}")]
        doc["blocks"].append(("textbox", special_mentor))
        traits.append("textbox-with-vml-fallback")
    if layout == "footer-contact":
        which = rng.choice(["mentor", "appeal"]) if (fs.v.get("mentor") and fs.v.get("appeal")) else (
            "mentor" if fs.v.get("mentor") else ("appeal" if fs.v.get("appeal") else "mentor"))
        keys.remove(which)
        v = fs.v.get(which)
        if which == "mentor":
            if v:
                doc["footer"] = [("p", "Mentor: " + " · ".join(v["paras"]))]
            else:
                doc["footer"] = [("p", f"{ctx.kom} Kommune · {ctx.addr} · Tlf. {ctx.jc_phone}")]
        else:
            doc["footer"] = [("p", [("b", "Klagevejledning: ")] + [("t", v["paras"][0])])] if v else []
        traits.append(f"{which}-only-in-footer")

    pairs = field_pairs(ctx, rng, fs, keys, style, order)

    if layout == "sdt-form":
        rows = []
        for k, lab, val in [(k, label_for(rng, k, style, ctx, fs), fs.v.get(k)) for k in order]:
            if val is None:
                cell = [("p", [("ph", lab)])]
            elif val.get("placeholder"):
                cell = [("p", [("ph", lab)])]
            else:
                cell = []
                if val.get("lead"):
                    cell.append(("p", val["lead"]))
                for p in val.get("paras", []):
                    cell.append(("p", [("sdt", p, lab)]))
                for it in val.get("items", []):
                    cell.append(("p", [("sdt", "• " + it, lab)]))
            rows.append([[("p", [("b", lab)])], cell])
        rows.append([[("p", [("b", "Bemærkninger")])], [("p", [("ph", "Bemærkninger")])]])
        body = [("table", rows, False)]
        traits.append("unfilled-controls-showingPlcHdr")
    elif layout in ("tracked-changes", "comments", "checkbox"):
        body = []
        for k, lab, val in pairs:
            body.append(("h", 2, lab))
            body += value_blocks(val, k)
        hv = fs.v.get("hours")
        hl = label_for(rng, "hours", style)
        hidx = next((i for i, b in enumerate(body) if b[0] == "h" and b[2] in [p[1] for p in pairs if p[0] == "hours"]), None)
        # remove standard hours rendering and replace by special
        if hidx is not None:
            hl = body[hidx][2]
            j = hidx + 1
            while j < len(body) and body[j][0] != "h":
                j += 1
            del body[hidx:j]
            insert_at = hidx
        else:
            insert_at = len(body) - (2 if fs.v.get("appeal") else 0)
            insert_at = max(0, insert_at)
        special = [("h", 2, hl)]
        if layout == "tracked-changes":
            if hv and not hv.get("placeholder") and not hv.get("vague"):
                old = rng.choice(["4 timer pr. uge", "5 timer ugentligt", "1 time om ugen"])
                special.append(("p", [("del", old), ("ins", hv["figure"])] + [("t", ".")]))
                traits.append("hours-replaced-by-insertion")
            else:
                special.append(("p", [("del", rng.choice(["3 timer pr. uge", "2 timer ugentligt", "6 timer om måneden"]))]))
                traits.append("hours-only-in-deletion")
            dv = fs.v.get("duration")
            if dv and rng.random() < 0.5:
                # add a tracked note on duration without changing meaning
                special_note = ("p", [("ins", "Perioden er aftalt på mødet.")])
                special.append(special_note)
        elif layout == "comments":
            doc["comments"] = {}
            if hv and not hv.get("placeholder"):
                special += value_blocks(hv, "hours")
                doc["comments"][0] = rng.choice(["Godkendt af teamleder", "Tjek om mentor har kapacitet"])
                special[0] = ("p", [("cmt", hl, 0)])
            else:
                doc["comments"][0] = rng.choice(["husk timetal", "Husk at skrive timetal – 2 timer pr. uge?", "timetal mangler, spørg mentor"])
                special = [("p", [("cmt", hl + ":", 0)])]
                traits.append("hours-only-in-comment")
            if not fs.v.get("appeal"):
                doc["comments"][1] = "Klagevejledning skal med: klage inden 4 uger til kommunen"
                special.append(("p", [("cmt", "Underskrives af begge parter.", 1)]))
                traits.append("appeal-only-in-comment")
        else:  # checkbox
            opts = ["1 time pr. uge", "2 timer pr. uge", "3 timer pr. uge", "4 timer pr. uge"]
            chosen = rng.randrange(4) if (hv and not hv.get("placeholder") and not hv.get("vague")) else None
            for i, o in enumerate(opts):
                special.append(("p", [("chk", i == chosen, o), ("t", " " + o)]))
            special.append(("p", [("chk", False, "Andet"), ("t", " Andet: ________")]))
            traits.append("hours-checkbox-" + ("chosen" if chosen is not None else "none-ticked"))
            mt = rng.randrange(3)
            typ = [("chk", mt == i, t) for i, t in enumerate(["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor"])]
            special_first = ("p", [("b", "Mentortype: ")] + sum([[s, ("t", " " + s[2] + "   ")] for s in typ], []))
        body[insert_at:insert_at] = special
        if layout == "checkbox":
            body.insert(0, special_first)
    elif layout in ("table", "sidebar-pdf", "two-column-pdf") and rng.random() < 0.8 or layout == "table":
        intro = None
        if rng.random() < 0.25 and not en:
            intro = ("Emne", "Aftale om mentorstøtte – mål, opgaver, periode, timetal og opfølgning beskrives i skemaet")
            traits.append("first-value-cell-has-field-words")
        if rng.random() < 0.2 and len(pairs) >= 4 and fmt in ("docx", "odt", "html", "pdf"):
            short = [p for p in pairs if p[0] in ("duration", "hours", "mentor")]
            rest = [p for p in pairs if p[0] not in ("duration", "hours", "mentor")]
            body = layout_header_table(short) + layout_headings(rest, 2)
            traits.append("header-row-table")
        else:
            body = layout_table(pairs, intro)
    elif layout in ("numbered-list",):
        body = layout_numbered(pairs)
    elif layout == "prose-letter":
        body = prose_agreement(ctx, rng, fs, en)
        traits.append("fields-as-prose")
    else:  # headings & friends
        lvl = rng.choice([2, 2, 3])
        if rng.random() < 0.35 and layout not in ("html-dl", "html-divs"):
            body = layout_labels(pairs)
            traits.append("inline-labels")
        else:
            body = layout_headings(pairs, lvl)
    doc["blocks"] += head + body + tail
    if layout == "running-header-pdf":
        # force a page break inside a field: between a label/heading and its value
        idx = None
        for i, b in enumerate(doc["blocks"]):
            if b[0] == "h" and i > 4 and i + 1 < len(doc["blocks"]) and doc["blocks"][i + 1][0] != "h":
                idx = i + 1
        if idx is None:
            for i, b in enumerate(doc["blocks"]):
                if b[0] == "ul":
                    idx = i
        if idx is not None:
            doc["blocks"].insert(idx, ("pb",))
            traits.append("field-split-across-pages")
    # probes: strings expected in the text layer
    m = fs.v.get("mentor")
    if m and not m.get("nameonly") and not m.get("placeholder"):
        probes.append(ctx.mentor.phone if any(ctx.mentor.phone in p for p in m["paras"]) else ctx.mentor.email)
    return doc, fs, traits, probes


def prose_agreement(ctx, rng, fs, en=False):
    c, m = ctx.citizen, ctx.mentor
    out = [("p", f"Dear {c.first}," if en else f"Kære {c.first}")]
    if not en:
        out.append(("p", "Her er den skriftlige aftale om din mentorstøtte, som vi talte om på mødet."))
    v = fs.v
    sents = []
    if v.get("goal"):
        g = value_text(v["goal"])
        sents.append(("The goal is: " if en else rng.choice(["Vi har aftalt følgende mål for forløbet: ", "Målet med støtten er: ", "Det, vi arbejder hen imod, er dette: "])) + g)
    if v.get("mentor"):
        mv = v["mentor"]
        if mv.get("placeholder"):
            sents.append(("Your mentor: " if en else "Din mentor: ") + mv["paras"][0])
        elif mv.get("nameonly"):
            sents.append(f"Din mentor bliver {mv['paras'][0]}.")
        else:
            sents.append((f"Your mentor is {m.name} from {ctx.firm}. You can reach {m.first} at {m.phone} or {m.email}." if en else
                          f"Din mentor er {m.name} fra {ctx.firm}. Du kan ringe til {m.first} på {m.phone} eller skrive til {m.email}."))
    if v.get("duration"):
        d = v["duration"]["paras"][0]
        sents.append((f"The mentor support runs {d}." if en else rng.choice([f"Forløbet løber {d}.", f"Støtten gælder i perioden {d}.", f"Mentorstøtten varer {d}."]))
                     if not v["duration"].get("placeholder") else ("Periode: " + d))
    if v.get("hours"):
        h = v["hours"]["paras"][0]
        sents.append(("Hours: " if en else rng.choice(["Du får ", "Omfanget er "])) + (h[0].lower() + h[1:] if not v["hours"].get("placeholder") else h))
    for s in sents:
        out.append(("p", s))
    if v.get("tasks"):
        tv = v["tasks"]
        if tv.get("placeholder"):
            out.append(("p", ("Tasks: " if en else "Opgaver: ") + tv["paras"][0]))
        else:
            out.append(("p", tv.get("lead") or (f"{m.first} will help you with:" if en else f"{m.first} skal hjælpe dig med:")))
            out.append(("ul", tv["items"]))
    if v.get("followup"):
        out.append(("p", value_text(v["followup"])))
    if v.get("appeal"):
        out.append(("p", [("b", "How to appeal: " if en else rng.choice(["Hvis du vil klage: ", "Klagevejledning: ", "Sådan klager du: "]))] + [("t", value_text(v["appeal"]))]))
    return out


# ====================================================================================== MIN PLAN

def minplan(ctx, rng, defects, layout):
    traits = []
    fs = build_fields(ctx, rng, defects - {"missing-follow-up", "missing-appeal-guidance"}, "da")
    c = ctx.citizen
    printed = ctx.docdate + dt.timedelta(days=rng.randint(1, 30))
    head = [("p", f"Min Plan – udskrevet {fmt_date(printed, 'dot0')} kl. {rng.randint(8,15):02d}:{rng.randint(0,59):02d}"),
            ("h", 1, rng.choice(["Min Plan", "Min plan – indsatser", "Min Plan for " + c.name])),
            ("p", f"{c.name}" + (f" · {ctx.cpr}" if ctx.cpr else "")),
            ("h", 2, rng.choice(["Mit mål", "Dit mål med indsatsen", "Beskæftigelsesmål"]))]
    goal = fs.v.get("goal")
    head.append(("p", value_text(goal) if goal else rng.choice(["Ikke angivet", ""])))
    if not goal:
        traits.append("goal-section-empty")
    acts = [("h", 2, "Aktiviteter"),
            ("p", [("b", "Aktivitet: "), ("t", rng.choice(["Mentorstøtte", "Mentor (§ 167)", "Mentorstøtte – tilbudsmentor"]))]),
            ("p", [("b", "Status: "), ("t", rng.choice(["Aktiv", "Planlagt", "Igangværende"]))])]
    rows = []
    d = fs.v.get("duration")
    split = rng.random() < 0.5 and d and not d.get("placeholder") and fs.period
    if split:
        s, e = fs.period
        st = rng.choice(["dot0", "dash0", "long"])
        rows.append(("Startdato", fmt_date(s, st)))
        rows.append(("Slutdato", fmt_date(e, st)))
        traits.append("start-end-separate-fields")
    elif d:
        rows.append((rng.choice(["Periode", "Varighed", "Forventet varighed"]), value_text(d)))
    else:
        rows.append(("Startdato", ""))
        rows.append(("Slutdato", ""))
    m = fs.v.get("mentor")
    if m:
        rows.append((rng.choice(["Mentor", "Din mentor", "Kontaktperson (mentor)"]), value_text(m)))
    h = fs.v.get("hours")
    if h:
        rows.append((rng.choice(["Timer pr. uge", "Timetal", "Omfang"]), value_text(h)))
    t = fs.v.get("tasks")
    if t:
        rows.append((rng.choice(["Mentors opgaver", "Det skal mentor hjælpe med", "Indhold"]), value_text(t)))
    if rng.random() < 0.4:
        rows.append(("Leverandør", ctx.firm))
    if rng.random() < 0.3:
        rows.append(("Sagsbehandler", f"{ctx.cw.name}, tlf. {ctx.cw.phone}"))
    if rng.random() < 0.3 and fs.v.get("followup"):
        rows.append(("Opfølgning", value_text(fs.v["followup"])))
    rng.shuffle(rows) if rng.random() < 0.2 else None
    tbl = [("table", [[[("p", [("b", a)])], [("p", b)] if b else []] for a, b in rows], False)]
    other = [("h", 2, "Andre aktiviteter"), ("p", rng.choice(["Virksomhedspraktik – " + ctx.company, "Samtale i kommunen hver 4. uge", "Ingen"]))]
    doc = {"title": "Min Plan", "blocks": head + acts + tbl + other, "header": [], "footer": [], "comments": {}}
    probes = [ctx.mentor.phone] if (m and not m.get("nameonly") and not m.get("placeholder") and ctx.mentor.phone in value_text(m)) else []
    return doc, fs, traits, probes


# ====================================================================================== DECISIONS

DEC_TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"],
    "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse: Afslag på ansøgning om mentor"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
    "termination": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
}


def decision(ctx, rng, subtype, flags, layout):
    """flags: set of 'missing-appeal-guidance', 'duration-over-6-months', 'missing-reasons', 'appeal-wrong-route'"""
    traits = []
    c = ctx.citizen
    letterhead = [f"{ctx.kom} Kommune", rng.choice(["Arbejdsmarked", "Jobcenter " + ctx.kom, "Center for Beskæftigelse", "Arbejdsmarkedsafdelingen"]), ctx.addr]
    blocks = []
    blocks.append(("p", f"{c.name}"))
    blocks.append(("p", f"Dato: {fmt_date(ctx.docdate, rng.choice(['long', 'dot0']))}   Sagsnr.: {ctx.sagsnr}"))
    if ctx.cpr:
        blocks.append(("p", f"Cpr.nr.: {ctx.cpr}"))
    title = rng.choice(DEC_TITLES[subtype])
    blocks.append(("h", 1, title))
    blocks.append(("p", f"Kære {c.first}"))
    period = None
    over = "duration-over-6-months" in flags
    hours = rng.choice(HOURS_OK)
    if subtype in ("grant", "partial", "extension"):
        start = ctx.start
        if subtype == "extension":
            prev_start = add_months(start, -6)
            hist = f"Du har tidligere haft mentorstøtte fra {fmt_date(prev_start, 'long')} til {fmt_date(start - dt.timedelta(days=1), 'long')}."
            blocks.append(("p", hist))
            traits.append("history-period-mentioned")
        text, s, e = make_period(rng, start, over)
        period = (s, e)
        verb = {"grant": "Du får bevilget mentorstøtte", "partial": "Du får delvist bevilget mentorstøtte",
                "extension": "Vi forlænger din mentorstøtte"}[subtype]
        blocks.append(("p", f"{verb} efter lov om en aktiv beskæftigelsesindsats § 167. Støtten gælder {text}, og omfanget er {hours}."))
        blocks.append(("p", f"Din mentor er {ctx.mentor.name} fra {ctx.firm}."))
        if rng.random() < 0.4:
            blocks.append(("p", "Mentorstøtten kan højst bevilges for 6 måneder ad gangen."))
            traits.append("legal-limit-text")
    elif subtype == "refusal":
        blocks.append(("p", f"Du har {fmt_date(ctx.docdate - dt.timedelta(days=14), 'den')} søgt om mentorstøtte. Vi har besluttet at give dig afslag."))
    else:
        end = ctx.start + dt.timedelta(days=rng.randint(20, 120))
        blocks.append(("p", f"Din mentorstøtte hos {ctx.firm} ophører pr. {fmt_date(end, 'long')}."))
    # reasons
    need_reasons = subtype in ("partial", "refusal", "termination") or (subtype in ("grant", "extension") and rng.random() < 0.4)
    if need_reasons and "missing-reasons" not in flags:
        pool = {"partial": REASONS_PARTIAL, "refusal": REASONS_REFUSAL, "termination": REASONS_END}.get(subtype,
               ["Vi har lagt vægt på, at du selv har ønsket støtten, og at din praktikvært bakker op om den."])
        blocks.append(("h", 2, rng.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Vores begrundelse"])))
        blocks.append(("p", rng.choice(pool)))
    # appeal
    appeal_blocks = []
    if "missing-appeal-guidance" not in flags:
        if "appeal-wrong-route" in flags:
            ap = rng.choice(APPEAL_WRONG)
        else:
            ap = ctx.fmt(rng.choice(APPEAL_OK))
        appeal_blocks = [("h", 2, rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang"])), ("p", ap)]
    sign = [("p", "Med venlig hilsen"), ("p", ctx.cw.name), ("p", f"{ctx.kom} Kommune – tlf. {ctx.cw.phone}")]
    footer = []
    if layout == "footer-contact" and appeal_blocks:
        footer = [("p", [("b", appeal_blocks[0][2] + ": ")] + [("t", appeal_blocks[1][1])])]
        appeal_blocks = []
        traits.append("appeal-only-in-footer")
    blocks += appeal_blocks + sign
    if layout == "bilag":
        agfs_def = set(rng.sample(["missing-hours", "missing-follow-up"], rng.randint(0, 1)))
        if "missing-appeal-guidance" in flags or "appeal-wrong-route" in flags or layout == "footer-contact":
            agfs_def.add("missing-appeal-guidance")
        agdoc, agfs, _, _ = agreement(ctx, rng, agfs_def, "table", "docx")
        blocks.append(("pb",))
        blocks.append(("h", 1, "Bilag 1: Aftale om mentorstøtte"))
        inner = [b for b in agdoc["blocks"] if b[0] != "h" or b[1] != 1]
        # keep bilag period consistent with the decision period
        if period and agfs.period:
            inner = _replace_text(inner, agfs.v["duration"]["paras"][0], f"{fmt_date(period[0], 'long')} – {fmt_date(period[1], 'long')}")
        elif agfs.period:
            inner = _replace_text(inner, agfs.v["duration"]["paras"][0], "se afgørelsen")
        blocks += inner
        traits.append("agreement-as-bilag")
    doc = {"title": title, "blocks": blocks, "header": [], "footer": footer, "comments": {}, "letterhead": letterhead}
    return doc, period, traits


def _replace_text(blocks, old, new):
    out = []
    for b in blocks:
        if b[0] == "p" and isinstance(b[1], str):
            out.append(("p", b[1].replace(old, new)))
        elif b[0] == "table":
            rows = [[_replace_text(c, old, new) for c in r] for r in b[1]]
            out.append(("table", rows, b[2]))
        else:
            out.append(b)
    return out
