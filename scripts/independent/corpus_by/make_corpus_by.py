#!/usr/bin/env python3
"""Independent corpus BY: realistic archive documents (issue 8, independent set 2 + 3).

Word templates with content controls, footers, text boxes and tracked changes; OCR'd PDFs (rendered,
degraded and read by real Tesseract -l dan); e-mails and journal notes; decision letters with the
agreement in the body or as "Bilag 1"; RTF with footers; English documents; Min Plan prints and HTML;
documents that are none of the kinds. Labels follow `mentordocs rules NAME` and shared/domain.md.

Usage: make_corpus_by.py --out /work/corpora/by   (deterministic, seed 7117)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 7117
RNG = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
FIRST = ["Mette", "Jonas", "Aisha", "Mikkel", "Camilla", "Ahmad", "Louise", "Kasper", "Sofie", "Emil",
         "Fatima", "Rasmus", "Nanna", "Tobias", "Ida", "Yusuf", "Line", "Frederik", "Signe", "Omar"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Mortensen"]
MUNIS = ["Silkeborg", "Holbæk", "Vejle", "Næstved", "Herning", "Slagelse", "Horsens", "Randers",
         "Esbjerg", "Viborg", "Kolding", "Hjørring"]
PROVIDERS = ["Jobhuset ApS", "MentorKompagniet", "Café Kompas (socialøkonomisk virksomhed)",
             "Ungdommens Uddannelsesvejledning", "Mentorcentret", "Fremad Mentor & Coaching"]
FIRMS = ["Netto i Bjerringbro", "Bilka Lager", "Plantorama", "Danish Crown", "Føtex", "Circle K",
         "Kommunens Materielgård", "Sønderskov Plejecenter"]
EDUS = ["SOSU-hjælperuddannelsen på SOSU Østjylland", "grundforløb 1 på EUD (tømrer)",
        "FVU-dansk trin 2 på VUC", "HF-enkeltfag på VUC", "AMU-kurset Truckcertifikat B",
        "FGU-produktionsgrunduddannelse (køkkenværksted)", "EUX Business på handelsskolen"]
JOBS = ["lagermedarbejder", "pædagogmedhjælper", "rengøringsassistent", "butiksmedarbejder",
        "køkkenmedhjælper", "chauffør"]


def pname() -> tuple[str, str]:
    return RNG.choice(FIRST), RNG.choice(LAST)


def phone() -> str:
    d = "".join(str(RNG.randint(0, 9)) for _ in range(7))
    d = str(RNG.choice([2, 3, 4, 5, 6, 7, 8])) + d
    return " ".join(d[i:i + 2] for i in range(0, 8, 2))


def cpr() -> str:
    day = RNG.randint(1, 28)
    mon = RNG.randint(1, 12)
    yr = RNG.randint(60, 99) if RNG.random() < 0.6 else RNG.randint(0, 5)
    return f"{day:02d}{mon:02d}{yr:02d}-{RNG.randint(0, 9999):04d}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def fdate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}/{d.month}-{d.year}"


class Case:
    """One citizen's mentor case with the six fields as text, and the defects chosen for it."""

    def __init__(self, defects: set[str] | None = None, over: bool = False, months: int = 6):
        self.defects = set(defects or ())
        self.cfn, self.cln = pname()
        self.mfn, self.mln = pname()
        while self.mfn == self.cfn:
            self.mfn, self.mln = pname()
        self.cw_fn, self.cw_ln = pname()
        self.muni = RNG.choice(MUNIS)
        self.provider = RNG.choice(PROVIDERS)
        self.mphone = phone()
        self.cwphone = phone()
        self.memail = f"{self.mfn.lower()}.{self.mln[0].lower()}@{RNG.choice(['jobhuset.dk', 'mentorkompagniet.dk', 'mentorcentret.dk', 'fremadmentor.dk'])}"
        self.cwemail = f"{self.cw_fn[0].lower()}{self.cw_ln[:3].lower()}@{self.muni.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk"
        self.cpr = cpr() if RNG.random() < 0.27 else None
        self.journal = f"15.20.08-G01-{RNG.randint(100, 9999)}-26"
        start = dt.date(2026, RNG.randint(1, 9), RNG.choice([1, 1, 1, 15, 8]))
        self.start = start
        if over:
            self.end = add_months(start, RNG.choice([8, 9, 12])) - dt.timedelta(days=1)
        else:
            self.end = add_months(start, months) - dt.timedelta(days=1)
        self.dstyle = RNG.randint(0, 4)
        self.letter_date = start - dt.timedelta(days=RNG.randint(5, 20))
        kind = RNG.random()
        if kind < 0.4:
            self.goal = (f"{self.cfn} starter på {RNG.choice(EDUS)} {fdate(add_months(start, 3), 0)} "
                         f"og møder stabilt mindst fire dage om ugen.")
        elif kind < 0.75:
            self.goal = (f"{self.cfn} er i virksomhedspraktik som {RNG.choice(JOBS)} hos {RNG.choice(FIRMS)} "
                         f"{RNG.choice([12, 15, 20])} timer om ugen senest {fdate(add_months(start, 4), 0)}, "
                         f"med henblik på ansættelse med løntilskud.")
        else:
            self.goal = (f"At {self.cfn} fastholder sit fleksjob som {RNG.choice(JOBS)} hos {RNG.choice(FIRMS)} "
                         f"og øger fra 10 til 16 timer om ugen inden periodens udløb.")
        if "unclear-goal" in self.defects:
            self.goal = RNG.choice([
                "Støtte til at komme videre og øget trivsel.",
                f"At {self.cfn} får mere struktur på hverdagen og øget selvværd.",
                "Hjælp til at arbejde med sig selv og få det bedre.",
                "Motivere borgeren og sikre at borgeren kommer tættere på arbejdsmarkedet."])
        self.tasks = RNG.sample([
            "følge med til de første møder på praktikstedet",
            "hjælpe med at planlægge ugen, så fremmødet holdes",
            "øve transporten med bus til skolen de første to uger",
            "ugentlig samtale om fremmøde og trivsel i praktikken",
            "støtte ved kontakt til SU-kontoret og skolens studievejleder",
            "hjælpe med at åbne og besvare post i e-Boks",
            "være bindeled til kontaktperson på arbejdspladsen",
            "træne jobsamtaler og hjælpe med ansøgninger"], 4)
        hv = RNG.random()
        if hv < 0.35:
            self.hours = f"{RNG.choice([2, 3, 4])} timer pr. uge"
        elif hv < 0.5:
            self.hours = "1½ time om ugen"
        elif hv < 0.6:
            self.hours = "halvanden time ugentligt"
        elif hv < 0.75:
            self.hours = f"{RNG.choice([24, 36, 48])} mentortimer i perioden, typisk 2 timer om ugen"
        elif hv < 0.88:
            self.hours = "2-3 timer om ugen"
        else:
            self.hours = "to timer om ugen (direkte kontakt, forberedelse tæller ikke med)"
        if "missing-hours-vague" in self.defects:
            self.hours = RNG.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"])
        self.follow = RNG.choice([
            "Statusmøde hver måned med mentor, sagsbehandler og dig. Evaluering 14 dage før støtten ophører.",
            "Vi følger op hver 4. uge på fremmøde i praktikken. Delmål: fremmøde 3 dage om ugen efter 6 uger. Slutevaluering fire uger før bevillingsudløb.",
            "Midtvejsevaluering efter 3 måneder og statussamtale 14 dage inden periodens udløb, hvor progressionen mod målet gennemgås.",
            "Mentor sender en kort statusrapport hver måned; opfølgningssamtale i kommunen hver anden måned."])
        self.appeal_variant = "full"
        if "missing-appeal-guidance" in self.defects:
            self.appeal_variant = RNG.choice(["vague", "nodeadline"])
        elif "appeal-wrong-route" in self.defects:
            self.appeal_variant = "direct"

    # --- field texts -------------------------------------------------------------------------
    def period(self) -> str:
        a, b = fdate(self.start, self.dstyle), fdate(self.end, self.dstyle)
        return RNG.choice([f"{a} – {b}", f"fra {a} til {b}", f"{a} - {b}", f"f.o.m. {a} t.o.m. {b}"])

    def mentor(self) -> str:
        return f"{self.mfn} {self.mln}, {self.provider}, tlf. {self.mphone}, {self.memail}"

    def appeal(self) -> str:
        m = f"{self.muni} Kommune"
        if self.appeal_variant == "vague":
            return "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål."
        if self.appeal_variant == "nodeadline":
            return (f"Hvis du er uenig, kan du klage til {m}. Du kan klage skriftligt eller mundtligt. "
                    "Kommunen ser så på sagen igen.")
        if self.appeal_variant == "direct":
            return ("Hvis du ikke er enig i afgørelsen, kan du klage direkte til Ankestyrelsen, 7998 Hjørring. "
                    "Klagen skal være modtaget senest 4 uger efter, at du har fået denne afgørelse.")
        return RNG.choice([
            (f"Hvis du ikke er enig i afgørelsen, skal du klage til {m} inden fire uger. Kommunen skal så "
             "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin "
             "afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen."),
            (f"Du kan klage over afgørelsen til {m}, Jobcentret, inden 4 uger efter, at du har modtaget brevet. "
             "Du kan klage mundtligt eller skriftligt. Vi genvurderer afgørelsen, og fastholder vi den, sender vi "
             "klagen videre til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204, retssikkerhedslovens kap. 10)."),
        ])


def manifest(path, fmt, kind, subtype, layout, rules, traits, case=None, extras=(), period=True,
             extra_mnc=()):
    mnc = list(extra_mnc)
    if case is not None and case.cpr:
        mnc += [case.cpr, case.cpr.replace("-", "")]
        traits = list(traits) + ["cpr"]
    e = {"path": path, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
         "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None,
         "accept_errors": [], "must_not_contain": mnc, "traits": list(traits)}
    if case is not None and period and kind != "unknown":
        e["period"] = {"start": case.start.isoformat(), "end": case.end.isoformat()}
    return e


# ============================================================================ AGREEMENT CONTENT
def agreement_rules(case: Case, kind="agreement", drop=()) -> list[str]:
    r = set()
    for f in drop:
        r.add(f)
    if "unclear-goal" in case.defects and "missing-goal" not in r:
        r.add("unclear-goal")
    if "missing-hours-vague" in case.defects:
        r.add("missing-hours")
    if "missing-appeal-guidance" in case.defects and kind in ("agreement", "decision"):
        r.add("missing-appeal-guidance")
    if case.end > add_months(case.start, 6) - dt.timedelta(days=1):
        r.add("duration-over-6-months")
    if kind == "minplan":
        r -= {"missing-follow-up", "missing-appeal-guidance"}
    return sorted(r)


def agreement_sections(case: Case, drop=(), english=False):
    """[(label, value-or-list)] for an agreement, with fields in `drop` removed or left as placeholder."""
    secs = []
    if english:
        secs = [("Goal of the mentor support", case.goal_en),
                ("Mentor (name and contact details)", f"{case.mfn} {case.mln}, {case.provider}, phone {case.mphone}, {case.memail}"),
                ("The mentor's tasks", case.tasks_en),
                ("Period", case.period_en),
                ("Hours", case.hours_en),
                ("Follow-up", "Monthly status meeting with the mentor and your caseworker; final evaluation two weeks before the support ends."),
                ("How to appeal", case.appeal_en)]
    else:
        secs = [(RNG.choice(["Målet med mentorstøtten", "Mål", "Formål med mentorforløbet", "Borgerens mål"]), case.goal),
                (RNG.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata", "Din mentor"]), case.mentor()),
                (RNG.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder"]), case.tasks),
                (RNG.choice(["Periode", "Varighed", "Bevilget periode"]), case.period()),
                (RNG.choice(["Timetal", "Antal timer", "Omfang"]), case.hours),
                (RNG.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), case.follow),
                (RNG.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), case.appeal())]
    keys = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "missing-follow-up", "missing-appeal-guidance"]
    out = []
    for k, (lab, val) in zip(keys, secs):
        if k in drop:
            mode = RNG.choice(["omit", "placeholder", "omit"])
            if k == "missing-mentor":
                # name without contact data: still missing per the rule doc
                mode = RNG.choice(["omit", "nameonly", "placeholder"])
                if mode == "nameonly":
                    out.append((lab, f"{case.mfn} {case.mln}"))
                    continue
            if mode == "placeholder":
                out.append((lab, RNG.choice(["Udfyldes senere", "-", "xx", "…"]) if not english else "TBD"))
            continue
        out.append((lab, val))
    return out


def english_fields(case: Case):
    case.goal_en = (f"{case.cfn} starts the {RNG.choice(['SOSU helper programme', 'FVU Danish course at VUC', 'EUD basic course (carpentry)'])} "
                    f"on {case.start.day + 0} {MONTHS_EN[add_months(case.start, 3).month - 1]} {add_months(case.start, 3).year} and attends at least four days a week.")
    case.tasks_en = ["go with you to the first meetings at the school",
                     "help you plan your week and keep your appointments",
                     "weekly talk about attendance and transport"]
    case.period_en = (f"{case.start.day} {MONTHS_EN[case.start.month - 1]} {case.start.year} – "
                      f"{case.end.day} {MONTHS_EN[case.end.month - 1]} {case.end.year}")
    case.hours_en = RNG.choice(["3 hours per week", "2 hours a week", "1.5 hours per week"])
    case.appeal_en = (f"If you disagree with the decision, you must complain to {case.muni} Municipality within four weeks "
                      "(klage til kommunen inden 4 uger). The municipality reconsiders the decision; if it upholds it, "
                      "your complaint is forwarded to Ankestyrelsen (the National Social Appeals Board).")


# ============================================================================ DOCX helpers
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def x(s: str):
    from docx.oxml import parse_xml
    return parse_xml(s)


def sdt_par(label: str, value: str | None, alias: str):
    """A paragraph 'Label: [content control]'. value None -> Word's placeholder (showingPlcHdr)."""
    if value is None:
        inner = ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:showingPlcHdr/>'
                 '<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/>'
                 '<w:color w:val="808080"/></w:rPr><w:t>Klik eller tryk her for at skrive tekst.</w:t>'
                 '</w:r></w:sdtContent></w:sdt>') % (alias, alias)
    else:
        inner = ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:text w:multiLine="1"/>'
                 '</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                 '</w:sdtContent></w:sdt>') % (alias, alias, _esc(value))
    return x(f'<w:p {NSDECL}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(label)}: </w:t></w:r>{inner}</w:p>')


def textbox_par(lines: list[str]):
    """A floating text box, DrawingML with the VML fallback repeating the same text (as Word writes it)."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>' for t in lines)
    return x(f'''<w:p {NSDECL}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>3600000</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2300000" cy="1100000"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{RNG.randint(10, 999)}" name="Tekstfelt 1"/>
<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2300000" cy="1100000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="Tekstfelt 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:181pt;height:87pt" xmlns:o="urn:schemas-microsoft-com:office:office">
<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>''')


def tracked_par(label: str, old: str, new: str):
    """'Label: <del>old</del><ins>new</ins>' as Word's track changes writes it."""
    return x(f'<w:p {NSDECL}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(label)}: </w:t></w:r>'
             f'<w:del w:id="{RNG.randint(1, 900)}" w:author="{RNG.choice(FIRST)} {RNG.choice(LAST)}" w:date="2026-02-03T10:12:00Z">'
             f'<w:r><w:delText xml:space="preserve">{_esc(old)}</w:delText></w:r></w:del>'
             f'<w:ins w:id="{RNG.randint(901, 1800)}" w:author="{RNG.choice(FIRST)} {RNG.choice(LAST)}" w:date="2026-02-03T10:13:00Z">'
             f'<w:r><w:t xml:space="preserve">{_esc(new)}</w:t></w:r></w:ins></w:p>')


def checkbox_par(options: list[tuple[str, bool]]):
    runs = "".join(f'<w:r><w:t xml:space="preserve">{"☒" if on else "☐"} {_esc(t)}    </w:t></w:r>' for t, on in options)
    return x(f'<w:p {NSDECL}>{runs}</w:p>')


def body_append(doc, el):
    body = doc.element.body
    body.insert(len(body) - 1, el)  # before sectPr


def docx_agreement(path: Path, case: Case, drop=(), variant="plain"):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hdr = sec.header.paragraphs[0]
    hdr.text = f"{case.muni} Kommune · Job og Ydelse · Sagsnr. {case.journal}"
    traits = [f"docx:{variant}"]
    secs = agreement_sections(case, drop)
    doc.add_paragraph().add_run("Aftale om mentorstøtte").bold = True
    doc.paragraphs[-1].runs[0].font.size = Pt(16)
    doc.add_paragraph(RNG.choice(["efter lov om en aktiv beskæftigelsesindsats § 167",
                                  "jf. LAB § 167 (tidl. § 31 b)", "Mentorstøtte – skabelon v. 3.2"]))
    who = f"Borger: {case.cfn} {case.cln}"
    if case.cpr:
        who += f"    CPR-nr.: {case.cpr}"
    doc.add_paragraph(who)
    doc.add_paragraph(f"Sagsbehandler: {case.cw_fn} {case.cw_ln}, tlf. {case.cwphone}, {case.cwemail}")
    footer_fields = []
    if variant == "textbox" and "missing-mentor" not in drop:
        # the mentor's contact block lives only in a floating text box
        secs = [s for s in secs if s[0] not in ("Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata", "Din mentor")]
    if variant == "footer-mentor":
        secs = [s for s in secs if s[0] not in ("Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata", "Din mentor")] if "missing-mentor" not in drop else secs
        if "missing-mentor" not in drop:
            footer_fields.append(f"Din mentor: {case.mfn} {case.mln} · {case.provider} · Tlf. {case.mphone} · {case.memail}")
    if variant == "footer-appeal":
        secs2 = []
        for lab, val in secs:
            if lab in ("Klagevejledning", "Sådan klager du", "Hvis du vil klage"):
                footer_fields.append(f"{lab}: {val}")
            else:
                secs2.append((lab, val))
        secs = secs2
    for lab, val in secs:
        if variant == "sdt":
            if isinstance(val, list):
                val = "; ".join(val)
            placeholder = val in ("Udfyldes senere", "-", "xx", "…")
            body_append(doc, sdt_par(lab, None if placeholder else val, lab[:20]))
            continue
        if variant == "tracked" and lab in ("Timetal", "Antal timer", "Omfang") and isinstance(val, str):
            body_append(doc, tracked_par(lab, "5 timer pr. uge", val))
            continue
        if variant == "tracked" and lab in ("Periode", "Varighed", "Bevilget periode") and "over" in case.defects:
            # the deletion holds a legal period; the insertion the over-long one actually agreed
            ok_end = add_months(case.start, 6) - dt.timedelta(days=1)
            body_append(doc, tracked_par(lab, f"{fdate(case.start, 0)} – {fdate(ok_end, 0)}", val))
            continue
        if variant == "table":
            continue
        h = doc.add_paragraph()
        h.add_run(lab).bold = True
        if isinstance(val, list):
            for t in val:
                doc.add_paragraph(t[0].upper() + t[1:], style="List Bullet")
        else:
            doc.add_paragraph(val)
    if variant == "table":
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in secs:
            r = t.add_row().cells
            r[0].text = lab
            r[1].text = "\n".join("• " + v for v in val) if isinstance(val, list) else val
    if variant == "textbox" and "missing-mentor" not in drop:
        body_append(doc, textbox_par(["Kontakt til mentor", f"{case.mfn} {case.mln}", f"Tlf. {case.mphone}", case.memail]))
    if variant == "checkbox":
        body_append(doc, x(f'<w:p {NSDECL}><w:r><w:t>Mentortype:</w:t></w:r></w:p>'))
        body_append(doc, checkbox_par([("Tilbudsmentor", True), ("Udvidet mentor", False), ("Uddannelsesmentor", False)]))
    doc.add_paragraph("")
    doc.add_paragraph(f"Dato: {fdate(case.letter_date, 0)}")
    doc.add_paragraph("Underskrift borger: ____________________    Underskrift mentor: ____________________")
    fp = sec.footer.paragraphs[0]
    fp.text = "\n".join(footer_fields) if footer_fields else f"{case.muni} Kommune · Torvet 1 · www.{case.muni.lower()}.dk"
    if footer_fields:
        sec.footer.add_paragraph(f"{case.muni} Kommune · Side 1 af 1")
    doc.save(path)
    return traits


# ============================================================================ PDF helpers
def reportlab_pdf(path: Path, title: str, blocks: list, footer: str | None = None, sidebar: list[str] | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, ListFlowable, ListItem
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DV", cand))
            pdfmetrics.registerFont(TTFont("DVB", cand.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
            font = "DV"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=10.5, leading=14)
    head = ParagraphStyle("h", parent=body, fontName=font + ("B" if font == "DV" else ""), fontSize=12, spaceBefore=8)
    tit = ParagraphStyle("t", parent=head, fontSize=16, spaceAfter=10)

    def on_page(c, d):
        c.saveState()
        c.setFont(font, 8)
        if footer:
            y = 40
            for line in footer.split("\n"):
                c.drawString(72, y, line)
                y -= 10
        c.drawRightString(A4[0] - 72, 20, f"Side {d.page}")
        if sidebar:
            c.setFont(font, 8)
            y = A4[1] - 90
            for line in sidebar:
                c.drawString(20, y, line)
                y -= 11
        c.restoreState()

    story = [Paragraph(_esc(title), tit)]
    for b in blocks:
        if isinstance(b, tuple):
            lab, val = b
            story.append(Paragraph(_esc(lab), head))
            if isinstance(val, list):
                story.append(ListFlowable([ListItem(Paragraph(_esc(v), body)) for v in val], bulletType="bullet"))
            else:
                story.append(Paragraph(_esc(val), body))
        else:
            story.append(Paragraph(_esc(b), body))
        story.append(Spacer(1, 4))
    lm = 150 if sidebar else 72
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=72, topMargin=72, bottomMargin=72).build(
        story, onFirstPage=on_page, onLaterPages=on_page)


def ocr_pdf(src_pdf: Path, out_pdf: Path, seed: int):
    """Render a PDF to images, degrade them like a scan, and let Tesseract (-l dan) write a PDF with a text layer."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    outs = []
    with tempfile.TemporaryDirectory() as td:
        for i in range(len(pdf)):
            img = pdf[i].render(scale=200 / 72).to_pil().convert("L")
            img = img.rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
            img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))
            px = img.load()
            w, h = img.size
            for _ in range(w * h // 400):
                xx, yy = rng.randrange(w), rng.randrange(h)
                px[xx, yy] = rng.choice([0, 90, 255])
            img = img.point(lambda v: 0 if v < rng.choice([150, 160, 170]) else 255).convert("L")
            p = Path(td) / f"p{i}.png"
            img.save(p, dpi=(200, 200))
            base = Path(td) / f"o{i}"
            subprocess.run(["tesseract", str(p), str(base), "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            outs.append(base.with_suffix(".pdf"))
        if len(outs) == 1:
            shutil.copy(outs[0], out_pdf)
        else:
            merged = pdfium.PdfDocument.new()
            for o in outs:
                merged.import_pages(pdfium.PdfDocument(str(o)))
            merged.save(str(out_pdf))


# ============================================================================ other formats
def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        elif ch == "\n":
            out.append("\\par\n")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path: Path, title: str, secs, footer: str):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\paperw11906\paperh16838",
             r"{\footer\pard\qc\fs16 " + rtf_escape(footer) + r"\par}",
             r"\pard\fs32\b " + rtf_escape(title) + r"\b0\fs22\par\par"]
    for lab, val in secs:
        parts.append(r"\pard\b " + rtf_escape(lab) + r"\b0\par")
        if isinstance(val, list):
            for v in val:
                parts.append(r"\pard\fi-284\li284 \u8226? " + rtf_escape(v) + r"\par")
        else:
            parts.append(r"\pard " + rtf_escape(val) + r"\par")
        parts.append(r"\par")
    parts.append("}")
    path.write_text("\n".join(parts), encoding="ascii")


def write_eml(path: Path, frm, to, subject, body: str, date: dt.datetime):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{RNG.randint(10**9, 10**10)}@mail.kommune.dk>"
    m.set_content(body)
    path.write_bytes(bytes(m))


def secs_text(secs, style="colon") -> str:
    out = []
    for lab, val in secs:
        if isinstance(val, list):
            out.append(f"{lab}:")
            out += [f"- {v}" for v in val]
        else:
            out.append(f"{lab}: {val}" if style == "colon" else f"{lab}\n{val}")
        out.append("")
    return "\n".join(out)


def html_page(title: str, secs, dl=False, extra_head="") -> str:
    body = []
    if dl:
        body.append("<dl>")
        for lab, val in secs:
            v = "<ul>" + "".join(f"<li>{_esc(t)}</li>" for t in val) + "</ul>" if isinstance(val, list) else _esc(val)
            body.append(f"<dt>{_esc(lab)}</dt><dd>{v}</dd>")
        body.append("</dl>")
    else:
        for lab, val in secs:
            v = "<ul>" + "".join(f"<li>{_esc(t)}</li>" for t in val) + "</ul>" if isinstance(val, list) else f"<div class='val'>{_esc(val)}</div>"
            body.append(f"<div class='row'><div class='lbl'><span>{_esc(lab)}</span></div><div class='cell'>{v}</div></div>")
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{_esc(title)}</title>{extra_head}"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}; var label='Mentor: ukendt';</script>"
            f"</head><body><div id='app'><div class='wrap'><h1>{_esc(title)}</h1>{''.join(body)}</div></div></body></html>")


# ============================================================================ DOCUMENT BUILDERS
AGR_FIELDS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
              "missing-follow-up", "missing-appeal-guidance"]
MP_FIELDS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours"]


def pick_defect(fields, p=0.36):
    """Return (case defects, dropped fields) for one document; ~p of documents get a defect."""
    if RNG.random() >= p:
        return set(), []
    c = RNG.random()
    if c < 0.45:
        return set(), [RNG.choice(fields)]
    if c < 0.6:
        return {"unclear-goal"}, []
    if c < 0.72:
        return {"missing-hours-vague"}, []
    if c < 0.85:
        return {"over"}, []
    if "missing-appeal-guidance" in fields:
        return {RNG.choice(["missing-appeal-guidance", "appeal-wrong-route"])}, []
    return {"unclear-goal"}, []


def new_case(defects):
    return Case(defects, over="over" in defects)


def prose_journal(case: Case, drop) -> str:
    s = [f"Journalnotat – {fdate(case.letter_date, 1)} – {case.cw_fn} {case.cw_ln}",
         f"Vedr.: {case.cfn} {case.cln}" + (f", cpr {case.cpr}" if case.cpr else ""), "",
         f"Samtale på jobcentret med {case.cfn} og mentor. Der er i dag indgået aftale om mentorstøtte efter LAB § 167."]
    if "missing-goal" not in drop:
        s.append(f"Vi har aftalt følgende mål for forløbet: {case.goal}")
    if "missing-mentor" not in drop:
        s.append(f"Mentor er {case.mfn} {case.mln} fra {case.provider}, som kan kontaktes på {case.mphone} eller {case.memail}.")
    if "missing-tasks" not in drop:
        s.append(f"{case.mfn} skal hjælpe {case.cfn} med at " + ", ".join(t for t in case.tasks[:3]) + ".")
    if "missing-duration" not in drop:
        s.append(f"Støtten er bevilget i perioden {case.period()}.")
    if "missing-hours" not in drop:
        s.append(f"Omfanget er {case.hours}.")
    if "missing-follow-up" not in drop:
        s.append(case.follow)
    if "missing-appeal-guidance" not in drop:
        s.append("Borger er vejledt om klageadgang: " + case.appeal())
    s += ["", "Aftalen er sendt til borgers e-Boks."]
    return "\n".join(s)


def build(out: Path):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    tmp = Path(tempfile.mkdtemp(prefix="corpus_by_"))

    def dest(rel):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    n = 0

    # ---------------- agreements: Word (18)
    variants = ["plain", "table", "sdt", "sdt", "footer-mentor", "footer-mentor", "footer-appeal", "footer-appeal",
                "tracked", "tracked", "textbox", "textbox", "checkbox", "table", "plain", "sdt", "tracked", "table"]
    for v in variants:
        n += 1
        defects, drop = pick_defect(AGR_FIELDS)
        if v == "tracked" and n % 2 == 0 and not defects and not drop:
            defects = {"over"}
        case = new_case(defects)
        if v == "footer-appeal" and "missing-appeal-guidance" in drop:
            drop = []
        rel = f"{case.muni.lower()}/aftaler/{n:03d}-aftale-{case.cfn.lower()}.docx"
        traits = docx_agreement(dest(rel), case, drop, v)
        entries.append(manifest(rel, "docx", "agreement", "agreement", v, agreement_rules(case, drop=drop),
                                traits, case, extras=["appeal-wrong-route"] if case.appeal_variant == "direct" else []))

    # ---------------- agreements: OCR'd scans (6) and reportlab PDFs with sidebar/footer (4)
    for i in range(10):
        n += 1
        defects, drop = pick_defect(AGR_FIELDS)
        case = new_case(defects)
        secs = agreement_sections(case, drop)
        ocr = i < 6
        rel = f"{case.muni.lower()}/scannet/{n:03d}-mentoraftale.pdf" if ocr else f"{case.muni.lower()}/aftaler/{n:03d}-aftale.pdf"
        head = [f"{case.muni} Kommune, Jobcentret", f"Dato: {fdate(case.letter_date, 0)}",
                f"Borger: {case.cfn} {case.cln}" + (f", cpr.nr. {case.cpr}" if case.cpr else "")]
        sidebar = None if ocr or i % 2 else [f"{case.muni} Kommune", "Job og Ydelse", "Torvet 1", f"Sagsbeh.: {case.cw_fn} {case.cw_ln}", f"Tlf. {case.cwphone}", f"J.nr. {case.journal}"]
        src = tmp / f"a{n}.pdf"
        reportlab_pdf(src if ocr else dest(rel), "Aftale om mentorstøtte", head + secs,
                      footer=f"{case.muni} Kommune · Torvet 1 · CVR 29189{RNG.randint(100, 999)}", sidebar=sidebar)
        if ocr:
            ocr_pdf(src, dest(rel), SEED + n)
        entries.append(manifest(rel, "pdf", "agreement", "agreement", "ocr-scan" if ocr else ("sidebar" if sidebar else "footer"),
                                agreement_rules(case, drop=drop), ["ocr:tesseract-dan"] if ocr else ["reportlab"], case,
                                extras=["appeal-wrong-route"] if case.appeal_variant == "direct" else []))

    # ---------------- agreements: e-mails (5)
    for i in range(5):
        n += 1
        defects, drop = pick_defect(AGR_FIELDS)
        case = new_case(defects)
        secs = agreement_sections(case, drop)
        quoted = "\n".join("> " + l for l in [
            f"Den {fdate(case.letter_date - dt.timedelta(days=3), 0)} skrev {case.cw_fn} {case.cw_ln}:",
            f"Hej {case.mfn}", "Kan du sende aftalen for forløbet med " + case.cfn + ", så jeg kan journalisere den?",
            "Venlig hilsen", f"{case.cw_fn} {case.cw_ln}, tlf. {case.cwphone}"])
        body = (f"Hej {case.cw_fn}\n\nHer er mentoraftalen for {case.cfn} {case.cln}, som vi gennemgik i går.\n\n"
                f"AFTALE OM MENTORSTØTTE\n\n{secs_text(secs)}\nVenlig hilsen\n{case.mfn} {case.mln}\n{case.provider}\n"
                + (f"Mobil {case.mphone}\n" if "missing-mentor" not in drop else "") + "\n" + quoted + "\n")
        if "missing-mentor" in drop:
            body = body.replace(case.memail, "")
        rel = f"{case.muni.lower()}/post/{n:03d}-Mentoraftale.eml"
        frm = f"{case.mfn} {case.mln} <{case.memail}>"
        if "missing-mentor" in drop:
            frm = f"{case.cw_fn} {case.cw_ln} <{case.cwemail}>"
            body = (f"Hej\n\nVideresender aftalen for {case.cfn} {case.cln} til journalisering.\n\nAFTALE OM MENTORSTØTTE\n\n"
                    f"{secs_text(secs)}\nVenlig hilsen\n{case.cw_fn} {case.cw_ln}\nSagsbehandler, Jobcentret\nTlf. {case.cwphone}\n")
        write_eml(dest(rel), frm, f"{case.cw_fn} {case.cw_ln} <{case.cwemail}>", f"SV: Mentoraftale {case.cfn}", body,
                  dt.datetime.combine(case.letter_date, dt.time(9, 14), tzinfo=dt.timezone.utc))
        entries.append(manifest(rel, "eml", "agreement", "agreement", "email", agreement_rules(case, drop=drop),
                                ["email:quoted", "signature"], case,
                                extras=["appeal-wrong-route"] if case.appeal_variant == "direct" else []))

    # ---------------- agreements: journal notes with the fields as prose (4)
    for i in range(4):
        n += 1
        defects, drop = pick_defect(AGR_FIELDS)
        case = new_case(defects)
        rel = f"{case.muni.lower()}/journal/{n:03d}-journalnotat.txt"
        dest(rel).write_text(prose_journal(case, drop), encoding="utf-8")
        entries.append(manifest(rel, "txt", "agreement", "journalnotat", "prose", agreement_rules(case, drop=drop),
                                ["prose"], case, extras=["appeal-wrong-route"] if case.appeal_variant == "direct" else []))

    # ---------------- agreements: RTF with footer (4)
    for i in range(4):
        n += 1
        defects, drop = pick_defect(AGR_FIELDS)
        case = new_case(defects)
        secs = agreement_sections(case, drop)
        appeal_in_footer = i % 2 == 0 and "missing-appeal-guidance" not in drop
        footer = f"{case.muni} Kommune · Jobcentret · Side 1"
        if appeal_in_footer:
            a = [s for s in secs if s[0] in ("Klagevejledning", "Sådan klager du", "Hvis du vil klage")]
            secs = [s for s in secs if s not in a]
            footer = (a[0][0] + ": " + a[0][1]) if a else footer
        rel = f"{case.muni.lower()}/aftaler/{n:03d}-mentoraftale.rtf"
        write_rtf(dest(rel), "Mentoraftale", [("Borger", f"{case.cfn} {case.cln}")] + secs, footer)
        entries.append(manifest(rel, "rtf", "agreement", "agreement", "rtf-footer" if appeal_in_footer else "rtf",
                                agreement_rules(case, drop=drop), ["rtf"], case,
                                extras=["appeal-wrong-route"] if case.appeal_variant == "direct" else []))

    # ---------------- agreements: English (3) and HTML exports (2)
    for i in range(3):
        n += 1
        drop = ["missing-hours"] if i == 2 else []
        case = new_case(set())
        english_fields(case)
        secs = agreement_sections(case, drop, english=True)
        rel = f"{case.muni.lower()}/aftaler/{n:03d}-mentor-agreement-en." + ("docx" if i < 2 else "pdf")
        if i < 2:
            from docx import Document
            d = Document()
            d.add_heading("Mentor support agreement", 1)
            d.add_paragraph(f"Citizen: {case.cfn} {case.cln}. Caseworker: {case.cw_fn} {case.cw_ln}, phone {case.cwphone}")
            for lab, val in secs:
                d.add_heading(lab, 2)
                if isinstance(val, list):
                    for v in val:
                        d.add_paragraph(v, style="List Bullet")
                else:
                    d.add_paragraph(val)
            d.save(dest(rel))
        else:
            reportlab_pdf(dest(rel), "Mentor support agreement", secs)
        entries.append(manifest(rel, rel.rsplit(".", 1)[1], "agreement", "agreement", "english",
                                agreement_rules(case, drop=drop), ["lang:en"], case))
    for i in range(2):
        n += 1
        defects, drop = pick_defect(AGR_FIELDS, 0.5)
        case = new_case(defects)
        secs = agreement_sections(case, drop)
        rel = f"{case.muni.lower()}/eksport/{n:03d}-aftale.html"
        dest(rel).write_text(html_page("Aftale om mentorstøtte", [("Borger", f"{case.cfn} {case.cln}")] + secs, dl=i == 1), encoding="utf-8")
        entries.append(manifest(rel, "html", "agreement", "agreement", "html-dl" if i else "html-divs",
                                agreement_rules(case, drop=drop), ["html", "script"], case,
                                extras=["appeal-wrong-route"] if case.appeal_variant == "direct" else []))

    # ---------------- decisions (20)
    for i in range(20):
        n += 1
        kindsel = ["grant-body", "grant-bilag", "refusal", "partial", "grant-short"][i % 5]
        defects, drop = (set(), [])
        if kindsel in ("grant-body", "grant-bilag"):
            defects, drop = pick_defect(AGR_FIELDS, 0.35)
        elif RNG.random() < 0.3:
            defects = {RNG.choice(["missing-appeal-guidance", "over"])} if kindsel != "refusal" else {"missing-appeal-guidance"}
        case = new_case(defects)
        m = f"{case.muni} Kommune"
        greet = [f"{m}", "Jobcentret", f"{case.cfn} {case.cln}", f"Dato: {fdate(case.letter_date, 0)}",
                 f"Sagsnr.: {case.journal}"] + ([f"CPR-nr.: {case.cpr}"] if case.cpr else [])
        extras = []
        secs = []
        if kindsel in ("grant-body", "grant-bilag", "grant-short"):
            title = "Afgørelse om mentorstøtte – bevilling"
            intro = ("Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte efter lov om en aktiv "
                     "beskæftigelsesindsats § 167"
                     + ("" if "missing-duration" in drop else f" i perioden {case.period()}")
                     + ("" if "missing-hours" in drop else f", {case.hours}") + ". "
                     + ("" if "missing-mentor" in drop else f"Din mentor bliver {case.mfn} {case.mln} fra {case.provider}."))
            if "missing-hours-vague" in defects and kindsel == "grant-short":
                defects.discard("missing-hours-vague")
            body = [intro]
            if kindsel == "grant-short":
                body.append("Du har fået fuldt medhold i din ansøgning.")
            if kindsel in ("grant-body", "grant-bilag"):
                secs = agreement_sections(case, drop)
                secs = [s for s in secs if s[0] not in ("Klagevejledning", "Sådan klager du", "Hvis du vil klage")]
            rules_d = []
            if kindsel in ("grant-body", "grant-bilag"):
                rules_d = agreement_rules(case, kind="agreement", drop=drop)
            else:
                rules_d = agreement_rules(case, kind="decision", drop=())
                rules_d = [r for r in rules_d if r in ("missing-appeal-guidance", "duration-over-6-months")]
        elif kindsel == "refusal":
            title = "Afgørelse: afslag på mentorstøtte"
            reasons = RNG.random() < 0.7
            body = [f"Du har den {fdate(case.letter_date - dt.timedelta(days=14), 0)} søgt om mentorstøtte. Vi har givet dig afslag."]
            if reasons:
                body.append("Begrundelse: Vi har lagt vægt på, at du allerede har en kontaktperson på FGU, som kan give "
                            "den støtte, du har brug for, og at støtten derfor ikke går ud over, hvad skolen normalt tilbyder, jf. LAB § 167, stk. 1.")
            else:
                extras.append("missing-reasons")
            rules_d = ["missing-appeal-guidance"] if "missing-appeal-guidance" in defects else []
        else:
            title = "Afgørelse om mentorstøtte"
            body = [f"Du har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. Du får delvis medhold: vi bevilger "
                    f"mentorstøtte i perioden {case.period()} med {case.hours}.",
                    "Begrundelse: Efter LAB § 167, stk. 1 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt på "
                    "din plan om at starte på uddannelse, og vurderer, at støtten kan ske med færre timer."]
            rules_d = [r for r in agreement_rules(case, kind="decision") if r in ("missing-appeal-guidance", "duration-over-6-months")]
            if "missing-hours-vague" in defects:
                rules_d = [r for r in rules_d if r != "missing-hours"]
        if "missing-appeal-guidance" in drop:
            case.appeal_variant = "vague"
        body.append("Klagevejledning")
        body.append(case.appeal())
        body.append(f"Med venlig hilsen\n{case.cw_fn} {case.cw_ln}, sagsbehandler, tlf. {case.cwphone}")
        if "appeal-wrong-route" in defects or case.appeal_variant == "direct":
            extras.append("appeal-wrong-route")
        fmt = ["docx", "pdf", "ocr", "txt"][i % 4]
        rel = f"{case.muni.lower()}/afgoerelser/{n:03d}-afgoerelse." + ("pdf" if fmt == "ocr" else fmt)
        bilag_title = "Bilag 1: Aftale om mentorstøtte" if kindsel == "grant-bilag" else "Aftale om mentorstøtte"
        if fmt == "docx":
            from docx import Document
            d = Document()
            for g in greet:
                d.add_paragraph(g)
            d.add_heading(title, 1)
            for b in body:
                if b == "Klagevejledning":
                    d.add_heading(b, 2)
                else:
                    d.add_paragraph(b)
            if secs:
                if kindsel == "grant-bilag":
                    d.add_page_break()
                d.add_heading(bilag_title, 2)
                for lab, val in secs:
                    d.add_paragraph().add_run(lab).bold = True
                    if isinstance(val, list):
                        for v in val:
                            d.add_paragraph(v, style="List Bullet")
                    else:
                        d.add_paragraph(val)
            d.save(dest(rel))
        elif fmt in ("pdf", "ocr"):
            blocks = greet + body + ([bilag_title] + secs if secs else [])
            target = tmp / f"d{n}.pdf" if fmt == "ocr" else dest(rel)
            reportlab_pdf(target, title, blocks, footer=f"{m} · Jobcentret · www.{case.muni.lower()}.dk")
            if fmt == "ocr":
                ocr_pdf(target, dest(rel), SEED + n)
        else:
            txt = "\n".join(greet) + "\n\n" + title.upper() + "\n\n" + "\n\n".join(body)
            if secs:
                txt += "\n\n" + bilag_title + "\n\n" + secs_text(secs)
            dest(rel).write_text(txt, encoding="utf-8")
        entries.append(manifest(rel, "pdf" if fmt == "ocr" else fmt, "decision", kindsel, fmt,
                                rules_d, ["decision", kindsel] + (["ocr:tesseract-dan"] if fmt == "ocr" else []),
                                case, extras=extras, period=kindsel != "refusal"))

    # ---------------- Min Plan entries (15)
    for i in range(15):
        n += 1
        defects, drop = pick_defect(MP_FIELDS)
        defects.discard("missing-appeal-guidance")
        case = new_case(defects)
        rows = [("Indsats", "Mentorstøtte (LAB § 167)"),
                ("Formål", case.goal), ("Mentor", case.mentor()), ("Mentors opgaver", case.tasks),
                ("Periode", case.period()), ("Timer", case.hours)]
        keep = []
        for lab, val in rows:
            k = {"Formål": "missing-goal", "Mentor": "missing-mentor", "Mentors opgaver": "missing-tasks",
                 "Periode": "missing-duration", "Timer": "missing-hours"}.get(lab)
            if k in drop:
                if RNG.random() < 0.5:
                    keep.append((lab, "-"))
                continue
            keep.append((lab, val))
        others = [("Aktivitet", "Virksomhedspraktik"), ("Kontaktperson", f"{case.cw_fn} {case.cw_ln}, tlf. {case.cwphone}")]
        fmt = ["html", "pdf", "txt"][i % 3]
        rel = f"{case.muni.lower()}/minplan/{n:03d}-min-plan." + fmt
        title = f"Min Plan – {case.cfn} {case.cln}"
        if fmt == "html":
            dest(rel).write_text(html_page(title, ([] if "missing-goal" in drop else [("Mit jobmål", RNG.choice(JOBS))])
                                           + [("Aktivitet: Mentorstøtte", "")] + keep + [("Anden aktivitet", "Virksomhedspraktik")]
                                           + [("Kontaktperson i kommunen", f"{case.cw_fn} {case.cw_ln}, tlf. {case.cwphone}")], dl=i % 2 == 0), encoding="utf-8")
        elif fmt == "pdf":
            reportlab_pdf(dest(rel), title, [f"Udskrevet {fdate(case.letter_date, 1)} fra Jobnet"] + keep,
                          footer="Min Plan · udskrift · jobnet.dk")
        else:
            dest(rel).write_text(title + "\n" + "=" * len(title) + "\n\nMENTORSTØTTE\n\n" + secs_text(keep)
                                 + "\nSenest opdateret af " + f"{case.cw_fn} {case.cw_ln}\n", encoding="utf-8")
        entries.append(manifest(rel, fmt, "minplan", "minplan", f"minplan-{fmt}",
                                agreement_rules(case, kind="minplan", drop=drop), ["minplan"], case))

    # ---------------- none of the kinds (20)
    others = []
    for i in range(20):
        n += 1
        case = new_case(set())
        t = i % 10
        m = f"{case.muni} Kommune"
        if t == 0:
            sub, title = "referat", "Referat af teammøde, Ungeenheden"
            txt = (f"Dato: {fdate(case.letter_date, 0)}\nDeltagere: {case.cw_fn} {case.cw_ln}, {case.mfn} {case.mln} m.fl.\n\n"
                   "1. Mentorstøtte – status på kontrakt med leverandører\nVi drøftede, at aftalerne skal indeholde mål, mentorens navn og "
                   "kontaktdata, opgaver, varighed, opfølgning og timetal. Klagevejledningen skal med (4 uger, til kommunen).\n"
                   "2. Budget\nUdgiftsloftet for ØVO og mentor (§ 203 a) betyder færre timer pr. forløb.\n3. Eventuelt\nIntet.")
        elif t == 1:
            sub, title = "statusrapport", f"Statusrapport fra mentor – {case.cfn} {case.cln}"
            txt = (f"Mentor: {case.mfn} {case.mln}, tlf. {case.mphone}\nPeriode for rapporten: {fdate(case.start, 0)} – {fdate(add_months(case.start, 1), 0)}\n\n"
                   f"Vi har mødtes 2 timer om ugen som aftalt. {case.cfn} har mødt i praktikken 3 af 4 dage. Målet om praktik som lagermedarbejder "
                   "er stadig realistisk. Næste statusmøde er aftalt.")
        elif t == 2:
            sub, title = "faktura", f"Faktura nr. {RNG.randint(2000, 9000)}"
            txt = (f"{case.provider}\nCVR 3{RNG.randint(1000000, 9999999)}\nTil: {m}, Jobcentret\n\nMentorforløb {case.cfn[0]}.{case.cln[0]}., "
                   f"periode {fdate(case.start, 1)}-{fdate(add_months(case.start, 1), 1)}\n12 mentortimer á 545,00 kr.   6.540,00 kr.\nMoms 25 %   1.635,00 kr.\nI alt   8.175,00 kr.\n\n"
                   "Betalingsbetingelser: netto 30 dage.")
        elif t == 3:
            sub, title = "vejledning", "Mentorstøtte – sådan gør du"
            txt = ("Mentorstøtte kan bevilges efter LAB § 167 i højst 6 måneder ad gangen. En aftale skal indeholde målet med "
                   "mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden og timetallet. "
                   "Du kan klage til kommunen inden 4 uger; kommunen genvurderer og sender klagen videre til Ankestyrelsen.")
        elif t == 4:
            sub, title = "privat-mentoraftale", f"Mentoraftale – {RNG.choice(['Vejle Boldklub', 'FC Horsens Ungdom', 'Lilleskolen i Næstved'])}"
            txt = (f"Mentor: {case.mfn} {case.mln}, tlf. {case.mphone}\nMentee: {case.cfn}, U17\nMål: at {case.cfn} får styr på lektierne og træningen.\n"
                   "Vi mødes hver tirsdag kl. 16-17 i klubhuset i sæsonen 2026/27. Forældrene er orienteret. Aftalen er frivillig og "
                   "kan opsiges af begge parter.")
        elif t == 5:
            sub, title = "folder", "Har du brug for en mentor?"
            txt = ("En mentor kan hjælpe dig med at komme i gang med job eller uddannelse. Tal med din sagsbehandler om mentorstøtte. "
                   "Støtten gives typisk i op til 6 måneder, et par timer om ugen. Læs mere på kommunens hjemmeside.")
        elif t == 6:
            sub, title = "mail-moede", "Mødeindkaldelse"
            txt = (f"Hej {case.cfn}\n\nDu er indkaldt til samtale om din mentorstøtte {fdate(case.start, 0)} kl. 10.00 på Jobcentret. "
                   f"Din mentor {case.mfn} deltager også.\n\nVenlig hilsen\n{case.cw_fn} {case.cw_ln}\ntlf. {case.cwphone}")
        elif t == 7:
            sub, title = "kvalitetsstandard", f"Kvalitetsstandard for mentorstøtte, {m}"
            txt = ("Formål: at borgeren kommer i job eller uddannelse.\nMålgruppe: alle målgrupper i LAB § 6.\nOmfang: Niveau 1: 0-1 time pr. uge; "
                   "Niveau 2: 1-2 timer pr. uge; Niveau 3: mere end 2 timer pr. uge.\nVarighed: højst 6 måneder.\nOpfølgning: altid 14 dage før "
                   "støtteperioden ophører.\nKlageadgang: til kommunen inden 4 uger.")
        elif t == 8:
            sub, title = "bestilling", "Bestilling af mentorforløb"
            txt = (f"Til: {case.provider}\nBorger: {case.cfn} {case.cln}\nVi bestiller et mentorforløb med opstart {fdate(case.start, 0)}. "
                   "Forventet omfang 3 timer pr. uge. Kontakt sagsbehandler for opstartsmøde.")
        else:
            sub, title = "partshoering", "Partshøring – mentorstøtte"
            txt = (f"Kære {case.cfn}\n\nVi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op de sidste fire uger. "
                   f"Du har mulighed for at komme med bemærkninger senest {fdate(case.start + dt.timedelta(days=14), 0)}, før vi træffer afgørelse.")
        fmt = ["docx", "pdf", "html", "txt", "eml"][i % 5]
        rel = f"{case.muni.lower()}/diverse/{n:03d}-{sub}." + fmt
        if fmt == "docx":
            from docx import Document
            d = Document()
            d.add_heading(title, 1)
            for para in txt.split("\n"):
                d.add_paragraph(para)
            d.save(dest(rel))
        elif fmt == "pdf":
            reportlab_pdf(dest(rel), title, txt.split("\n"))
        elif fmt == "html":
            dest(rel).write_text(f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{_esc(title)}</title></head><body><main><h1>{_esc(title)}</h1>"
                                 + "".join(f"<p>{_esc(p)}</p>" for p in txt.split("\n")) + "</main></body></html>", encoding="utf-8")
        elif fmt == "txt":
            dest(rel).write_text(title + "\n\n" + txt + "\n", encoding="utf-8")
        else:
            write_eml(dest(rel), f"{case.cw_fn} {case.cw_ln} <{case.cwemail}>", f"{case.mfn} {case.mln} <{case.memail}>", title, txt,
                      dt.datetime.combine(case.letter_date, dt.time(13, 2), tzinfo=dt.timezone.utc))
        entries.append(manifest(rel, fmt, "unknown", sub, fmt, [], ["not-a-mentor-document-kind"], case))

    from collections import Counter
    print(json.dumps({"documents": len(entries), "kinds": Counter(e["kind"] for e in entries),
                      "formats": Counter(e["format"] for e in entries),
                      "with_findings": sum(1 for e in entries if e["rules"]),
                      "rules": Counter(r for e in entries for r in e["rules"]),
                      "cpr": sum(1 for e in entries if e["must_not_contain"])}, ensure_ascii=False))
    path = out / "EXPECTED.jsonl"
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])) + "\n",
                    encoding="utf-8")
    shutil.rmtree(tmp)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    build(ap.parse_args().out)


if __name__ == "__main__":
    main()
