#!/usr/bin/env python3
"""Corpus L: 60 hard-negative Danish documents (kind "unknown") close in vocabulary
to mentor agreements, decision letters and Min Plan entries. Deterministic for --seed."""
import argparse, json, os, random, html as htmlmod

KOMMUNER = ["Lindholm", "Egeskov", "Sønderå", "Bakkebølle", "Nørreholt", "Vestermark", "Fjordby", "Hedeslund", "Kærby", "Østerlev"]
FORNAVNE = ["Mette", "Jonas", "Sofie", "Ahmad", "Line", "Kasper", "Birgitte", "Yasmin", "Rasmus", "Hanne", "Emil", "Fatima", "Torben", "Nanna"]
EFTERNAVNE = ["Kjærgaard", "Holmvig", "Bredahl", "Søndergren", "Larsholt", "Vindum", "Okafor", "Ravnsbæk", "Thyregod", "Aagesen"]
FIRMAER = ["MentorKraft ApS", "Brobyg Mentor I/S", "Trinvis Støtte A/S", "NæsteSkridt Mentorhus ApS", "Ledsager & Co ApS"]
MDR = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]

def navn(r): return f"{r.choice(FORNAVNE)} {r.choice(EFTERNAVNE)}"
def dato(r, y=None): return f"{r.randint(1,28)}. {r.choice(MDR)} {y or r.choice([2025, 2026])}"
def ndato(r): return f"{r.randint(1,28):02d}.{r.randint(1,12):02d}.{r.choice([2025,2026])}"

def statusrapport(r):
    k, b, m = r.choice(KOMMUNER), navn(r), navn(r)
    t = r.choice(["Statusrapport fra mentor", "Statusnotat – mentorforløb", "Månedlig status til kommunen"])
    p = [f"{k} Kommune, Jobcenter – att. sagsbehandler", f"Borger: {b}", f"Mentor: {m}, {r.choice(FIRMAER)}",
         f"Rapporten dækker {r.choice(MDR)} {r.choice([2025,2026])}. Der er i perioden brugt {r.randint(6,30)} timer på mentorstøtte.",
         r.choice(["Borgeren har mødt stabilt op til de aftalte møder og er begyndt at tage telefonen selv.",
                   "Fremmødet har været svingende; to møder blev aflyst pga. sygdom.",
                   "Vi har arbejdet med at komme op om morgenen og med transport til praktikstedet."]),
         "Status på målene: " + r.choice(["delvist opfyldt", "i god udvikling", "ikke opfyldt endnu"]) + ". Mentor anbefaler, at forløbet drøftes på næste opfølgningssamtale.",
         "Denne rapport er ikke en aftale og ikke en afgørelse. Eventuel forlængelse besluttes af kommunen."]
    return t, p, ["mentor's periodic status report to the municipality; not an agreement", "mentions hours, goals, forlængelse"]

def referat(r):
    k, b, s, m = r.choice(KOMMUNER), navn(r), navn(r), navn(r)
    t = r.choice(["Referat af opfølgningssamtale", "Referat – netværksmøde", "Mødereferat, opfølgning på mentorforløb"])
    p = [f"Dato: {dato(r)}. Sted: {k} Kommune, Jobcenter.", f"Deltagere: {b} (borger), {s} (sagsbehandler), {m} (mentor)" + r.choice(["", ", bisidder"]),
         "Dagsorden: 1) Siden sidst 2) Mentorstøtten 3) Mål og næste skridt 4) Eventuelt",
         "Ad 1: Borgeren fortæller, at " + r.choice(["praktikken går bedre end forventet.", "det har været en hård måned.", "samarbejdet med mentor fungerer godt."]),
         f"Ad 2: Mentor har haft ca. {r.randint(2,5)} timer om ugen. Parterne drøftede, om der er behov for fortsat støtte; sagsbehandler vender tilbage.",
         "Ad 3: Næste skridt aftales i Min Plan efter mødet. Der er ikke truffet afgørelse på mødet.",
         f"Referent: {s}"]
    return t, p, ["meeting minutes of a follow-up/network meeting", "mentions mentorstøtte, hours, Min Plan, afgørelse"]

def faktura(r):
    f, k = r.choice(FIRMAER), r.choice(KOMMUNER)
    timer = [r.randint(4, 25) for _ in range(r.randint(2, 4))]
    sats = r.choice([495, 525, 560, 610])
    p = [f"{f}, CVR {r.randint(10000000, 99999999)}", f"Faktura nr. {r.randint(1000, 9999)} – Fakturadato {ndato(r)}",
         f"Til: {k} Kommune, Jobcenter, EAN {r.randint(10**12, 10**13-1)}",
         f"Vedr.: Mentortimer for {r.choice(MDR)} {r.choice([2025,2026])}, jf. rammeaftale"]
    for i, h in enumerate(timer, 1):
        p.append(f"Forløb {r.randint(100,999)}: {h} timer à {sats} kr. = {h*sats:,} kr.".replace(",", "."))
    tot = sum(timer) * sats
    p += [f"I alt ekskl. moms: {tot:,} kr.".replace(",", "."), f"Moms 25 %: {tot//4:,} kr.".replace(",", "."),
          f"Betalingsbetingelser: netto {r.choice([14, 30])} dage."]
    return "Faktura", p, ["supplier invoice for mentor hours", "mentions mentortimer, periode, rammeaftale"]

def stillingsopslag(r):
    k = r.choice(KOMMUNER)
    rolle = r.choice(["mentor", "mentorkoordinator", "ungementor", "beskæftigelsesmentor"])
    p = [f"{k} Kommune søger en engageret {rolle} til Jobcenter {k}",
         f"Stillingen er på {r.choice([30, 32, 37])} timer om ugen med tiltrædelse {dato(r, 2026)}.",
         "Du skal bl.a.: støtte borgere i mentorforløb efter lov om aktiv beskæftigelsesindsats, følge op på mål sammen med borgeren og skrive statusnotater.",
         "Vi forventer, at du har erfaring med målgruppen og kan samarbejde med sagsbehandlere og virksomheder.",
         f"Ansøgningsfrist: {dato(r, 2026)}. Samtaler forventes afholdt i uge {r.randint(2, 50)}.",
         f"Yderligere oplysninger: {navn(r)}, teamleder, tlf. {r.randint(20,99)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}."]
    return f"Stillingsopslag: {rolle.capitalize()}", p, ["job advertisement for a mentor role", "mentions mentorforløb, timer, mål, opfølgning"]

def leverandoraftale(r):
    k, f = r.choice(KOMMUNER), r.choice(FIRMAER)
    t = r.choice(["Rammeaftale om levering af mentorydelser", "Leverandøraftale – mentorstøtte", "Kontrakt om køb af mentortimer"])
    p = [f"Mellem {k} Kommune (ordregiver) og {f} (leverandør) er indgået følgende aftale.",
         f"§ 1 Aftalens genstand: Leverandøren leverer mentorstøtte til borgere, som kommunen henviser. Hvert enkelt forløb aftales særskilt i en individuel aftale mellem kommune, borger og mentor.",
         f"§ 2 Løbetid: Aftalen gælder fra {dato(r, 2025)} og løber i {r.choice([2, 3, 4])} år med mulighed for forlængelse i 1 år.",
         f"§ 3 Pris: {r.choice([495, 540, 585])} kr. pr. mentortime ekskl. moms. Fakturering sker månedligt bagud.",
         "§ 4 Kvalitet: Leverandøren afleverer statusrapport hver måned og deltager i opfølgningsmøder efter behov.",
         "§ 5 Ophør og misligholdelse: Aftalen kan opsiges med 3 måneders varsel.",
         "§ 6 Tvister afgøres efter dansk ret ved ordregivers hjemting."]
    return t, p, ["framework contract between municipality and mentor supplier; no citizen", "mentions periode, timer, forlængelse, ophør"]

def vejledning(r):
    k = r.choice(KOMMUNER)
    t = r.choice(["Intern vejledning: Sådan skriver du en mentoraftale", "Arbejdsgang for aftaler om mentorstøtte", "Procedure – skriftlig aftale om mentor"])
    p = [f"Jobcenter {k} – intern vejledning for sagsbehandlere, version {r.randint(1,4)}.{r.randint(0,9)}",
         "Når der bevilges mentorstøtte efter LAB § 167, skal der indgås en skriftlig aftale. Aftalen skal som minimum indeholde:",
         "• formålet med mentorstøtten", "• hvilke aktiviteter støtten omfatter", "• omfanget i timer",
         "• perioden (højst 6 måneder ad gangen)", "• hvem der er mentor", "• hvordan der følges op",
         "Husk at registrere aftalen i fagsystemet og at borgeren kan se aftalen i Min Plan.",
         "Ved afslag skal borgeren have en skriftlig begrundet afgørelse med klagevejledning.",
         "Denne vejledning vedrører ikke en konkret borger."]
    return t, p, ["internal caseworker guideline; lists mandatory points generically, no citizen", "mentions all six mandatory topics, Min Plan, klagevejledning"]

def pjece(r):
    k = r.choice(KOMMUNER)
    t = r.choice(["Hvad er en mentor?", "Få støtte af en mentor", "Mentor – til dig der er ledig"])
    p = [f"{k} Kommune – information til borgere",
         "En mentor er en person, der hjælper dig i hverdagen, så du kan komme i gang med job eller uddannelse.",
         "Mentoren kan f.eks. tage med dig til møder, hjælpe dig med at strukturere ugen eller støtte dig på en arbejdsplads.",
         "Hvor mange timer og hvor længe? Det aftaler du med din sagsbehandler. Typisk er det nogle timer om ugen i en periode på op til et halvt år.",
         "Hvis du ikke er enig i en afgørelse, kan du klage. Din sagsbehandler fortæller dig hvordan.",
         "Læs mere på kommunens hjemmeside eller spørg på dit næste møde."]
    return t, p, ["citizen leaflet; generic, no individual agreement", "mentions timer, periode, afgørelse, klage"]

def email(r):
    s, m, b = navn(r), navn(r), r.choice(FORNAVNE)
    t = "E-mail"
    p = [f"Fra: {s} <{s.split()[0].lower()}@jobcenter.example.dk>", f"Til: {m} <mentor@{r.choice(['mentorkraft','brobyg','trinvis'])}.example.dk>",
         f"Emne: {r.choice(['Møde om', 'Opfølgning –', 'Tid til samtale vedr.'])} {b}",
         f"Hej {m.split()[0]}",
         r.choice([f"Kan du deltage i et opfølgningsmøde med {b} den {dato(r)} kl. {r.randint(8,14)}.00?",
                   f"Tak for din statusrapport. Jeg vil gerne tale om, hvorvidt {b} har brug for flere timer."]),
         "Mentorperioden udløber snart, så vi skal se på, om der skal søges om forlængelse. Jeg laver ikke noget nyt før vi har talt sammen.",
         f"Venlig hilsen\n{s}\nSagsbehandler"]
    return t, p, ["e-mail between caseworker and mentor arranging a meeting", "mentions mentorperiode, timer, forlængelse"]

def ansogning(r):
    b, k = navn(r), r.choice(KOMMUNER)
    t = r.choice(["Ansøgning om mentorstøtte", "Anmodning om mentor", "Jeg søger om en mentor"])
    p = [f"Til {k} Kommune, Jobcenter", f"Fra: {b}, {r.choice(['Skovvej','Møllegade','Bakkevej'])} {r.randint(1,80)}, {r.randint(1000,9990)} {k}",
         "Jeg vil gerne søge om at få en mentor.",
         r.choice(["Jeg har svært ved at komme ud ad døren og har brug for hjælp til at starte i praktik.",
                   "Jeg er startet på uddannelse, men har brug for støtte til at holde fast.",
                   "Jeg har angst og har brug for nogen, der kan tage med mig til møder."]),
         f"Jeg tænker, at {r.randint(2,6)} timer om ugen i en periode ville hjælpe mig. Mit mål er at {r.choice(['komme i job','gennemføre min uddannelse','kunne klare møder selv'])}.",
         f"Med venlig hilsen\n{b}\n{dato(r)}"]
    return t, p, ["citizen's application for mentor support; no decision yet", "mentions timer, periode, mål"]

def principmeddelelse(r):
    nr = f"{r.randint(1,99)}-{r.choice([19,20,21,22,23,24])}"
    t = f"Resumé af principmeddelelse {nr}"
    p = ["Ankestyrelsen – resumé (intern sammenfatning til brug i jobcentret)",
         "Emne: Mentorstøtte efter lov om aktiv beskæftigelsesindsats.",
         r.choice(["Ankestyrelsen fastslog, at kommunen skal foretage en konkret vurdering af behovet for mentorstøtte og ikke kan afslå med henvisning til en fast praksis.",
                   "Ankestyrelsen fandt, at en afgørelse om ophør af mentorstøtte skulle være begrundet og indeholde klagevejledning.",
                   "Sagen handlede om, hvorvidt mentorstøtte kunne bevilges til en person under uddannelse."]),
         "Betydning for praksis: Sagsbehandlere skal sikre, at afgørelser om bevilling, afslag, forlængelse og ophør er begrundede.",
         "Resuméet er ikke en afgørelse i en konkret sag og kan ikke påklages."]
    return t, p, ["summary of an appeals-board principle decision; not a decision letter", "mentions afgørelse, afslag, ophør, klagevejledning"]

def kvalitetsaudit(r):
    k = r.choice(KOMMUNER); n = r.randint(30, 120)
    t = r.choice(["Kvalitetsaudit af mentoraftaler", "Rapport: Gennemgang af sager om mentorstøtte", "Stikprøvekontrol – mentorområdet"])
    p = [f"{k} Kommune, Intern kvalitetsenhed, {dato(r)}",
         f"Der er gennemgået {n} aftaler om mentorstøtte indgået i {r.choice([2024, 2025])}.",
         f"I {r.randint(60,95)} % af aftalerne var formål og aktiviteter beskrevet. I {r.randint(10,40)} % manglede omfang i timer.",
         f"{r.randint(2,15)} aftaler havde en periode på mere end 6 måneder. I {r.randint(5,30)} % var opfølgning ikke beskrevet.",
         "Anbefalinger: skabelonen opdateres, og der afholdes temamøde for sagsbehandlere.",
         "Rapporten indeholder ingen personoplysninger."]
    return t, p, ["aggregate quality-audit report across many agreements; no citizen", "mentions formål, timer, periode, opfølgning"]

def timeseddel(r):
    m, b = navn(r), r.choice(FORNAVNE) + " " + r.choice(EFTERNAVNE)[0] + "."
    y, mi = r.choice([2025, 2026]), r.randint(1, 12)
    t = "Timeseddel – mentor"
    p = [f"Mentor: {m}", f"Borger (initialer/forløb): {b}", f"Måned: {MDR[mi-1]} {y}"]
    tot = 0
    for d in sorted(r.sample(range(1, 29), r.randint(4, 8))):
        h = r.choice([1, 1.5, 2, 2.5, 3]); tot += h
        p.append(f"{d:02d}.{mi:02d}.{y}  {str(h).replace('.', ',')} t  " + r.choice(["møde hjemme", "følg til praktik", "samtale", "telefon", "ledsagelse til jobcenter"]))
    p += [f"Timer i alt: {str(tot).replace('.', ',')}", "Underskrift mentor: ______________"]
    return t, p, ["mentor's time sheet with dates and hours", "mentions timer, datoer, mentor"]

def kursus(r):
    t = r.choice(["Mentoruddannelse – kursusbeskrivelse", "Kursus: Bliv mentor", "Efteruddannelse for mentorer"])
    p = [f"Udbyder: {r.choice(FIRMAER)} i samarbejde med {r.choice(KOMMUNER)} Kommune",
         f"Varighed: {r.randint(3,8)} kursusdage fordelt over {r.randint(2,6)} måneder, i alt {r.randint(20,50)} timer.",
         "Mål: Deltagerne lærer at støtte borgere i mentorforløb, sætte mål og følge op.",
         "Indhold: lovgrundlaget (LAB § 167), den skriftlige aftale, samtaleteknik, dokumentation og statusnotater.",
         f"Pris: {r.randint(4,15)}.{r.choice(['000','500'])} kr. pr. deltager. Tilmelding senest {dato(r, 2026)}."]
    return t, p, ["course description for mentor training", "mentions LAB § 167, timer, mål, periode"]

def indkaldelse(r):
    k, b, s = r.choice(KOMMUNER), navn(r), navn(r)
    t = r.choice(["Indkaldelse til samtale", "Du er indkaldt til opfølgningssamtale", "Invitation til møde om din mentorstøtte"])
    p = [f"{k} Kommune, Jobcenter", f"Kære {b}",
         f"Du er indkaldt til en samtale den {dato(r)} kl. {r.randint(8,14)}.{r.choice(['00','30'])} på Jobcenter {k}.",
         "Vi skal tale om, hvordan det går med din mentorstøtte, og om dine mål. Din mentor er også inviteret.",
         "Du er velkommen til at tage en bisidder med. Hvis du er forhindret, skal du kontakte os.",
         f"Venlig hilsen\n{s}"]
    return t, p, ["meeting invitation letter to citizen; no decision", "mentions mentorstøtte, mål, mentor"]

def projekt(r):
    k = r.choice(KOMMUNER)
    nm = r.choice(["Mentor i Front", "Trædesten", "Ung med Mentor", "Broen til Job"])
    t = f"Projekt \"{nm}\""
    p = [f"{k} Kommune – nyhed / projektbeskrivelse",
         f"Projektperiode: {dato(r, 2025)} – {dato(r, 2027)}. Projektet er støttet af en pulje på {r.randint(1,9)},{r.randint(1,9)} mio. kr.",
         f"Målgruppe: ca. {r.randint(40,200)} borgere, der er langt fra arbejdsmarkedet.",
         "Formål: at flere borgere kommer i job eller uddannelse gennem tæt mentorstøtte og systematisk opfølgning.",
         f"Succeskriterier: {r.randint(20,50)} % i job eller uddannelse efter 12 måneder.",
         "Projektet evalueres løbende og afsluttes med en rapport."]
    return t, p, ["municipal project description/news page about a mentor project", "mentions projektperiode, formål, mål, opfølgning"]

TYPES = [("statusrapport", statusrapport), ("referat", referat), ("faktura", faktura), ("stillingsopslag", stillingsopslag),
         ("leverandoraftale", leverandoraftale), ("vejledning", vejledning), ("pjece", pjece), ("email", email),
         ("ansogning", ansogning), ("principmeddelelse", principmeddelelse), ("kvalitetsaudit", kvalitetsaudit),
         ("timeseddel", timeseddel), ("kursusbeskrivelse", kursus), ("indkaldelse", indkaldelse), ("projektbeskrivelse", projekt)]
FORMATS = ["txt", "docx", "pdf", "html"]

def write(path, fmt, title, paras):
    if fmt == "txt":
        with open(path, "w", encoding="utf-8") as f: f.write(title + "\n\n" + "\n\n".join(paras) + "\n")
    elif fmt == "html":
        body = "".join(f"<p>{htmlmod.escape(x).replace(chr(10), '<br>')}</p>\n" for x in paras)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{htmlmod.escape(title)}</title></head>\n<body><h1>{htmlmod.escape(title)}</h1>\n{body}</body></html>\n")
    elif fmt == "docx":
        import docx
        d = docx.Document(); d.core_properties.created = __import__("datetime").datetime(2026, 1, 1)
        d.add_heading(title, 1)
        for x in paras: d.add_paragraph(x)
        d.core_properties.modified = d.core_properties.created
        d.core_properties.last_modified_by = "corpus_l"; d.core_properties.author = "corpus_l"
        import io, zipfile
        buf = io.BytesIO(); d.save(buf); buf.seek(0)
        with zipfile.ZipFile(buf) as zi, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zo:
            for it in zi.infolist():
                zo.writestr(zipfile.ZipInfo(it.filename, (2026, 1, 1, 0, 0, 0)), zi.read(it.filename), zipfile.ZIP_DEFLATED)
    elif fmt == "pdf":
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate, Paragraph
        from reportlab.lib.styles import getSampleStyleSheet
        st = getSampleStyleSheet()
        doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title=title)
        doc.build([Paragraph(htmlmod.escape(title), st["Title"])] + [Paragraph(htmlmod.escape(x).replace("\n", "<br/>"), st["Normal"]) for x in paras])

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--out", required=True); ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    r = random.Random(a.seed)
    recs, n = [], 0
    for ti, (sub, fn) in enumerate(TYPES):
        for j in range(4):
            n += 1
            fmt = FORMATS[(ti + j) % 4]
            title, paras, traits = fn(r)
            rel = f"{sub}/l_{n:03d}_{sub}.{fmt}"
            os.makedirs(os.path.join(a.out, sub), exist_ok=True)
            write(os.path.join(a.out, rel), fmt, title, paras)
            recs.append({"path": rel, "format": fmt, "kind": "unknown", "subtype": sub, "layout": {"txt": "plain_text", "docx": "word_paragraphs", "pdf": "reportlab_pdf", "html": "simple_html"}[fmt],
                         "rules": [], "extras": [], "error": None, "accept_errors": [], "hostile": False, "must_not_contain": [],
                         "traits": traits + [f"{fmt} file"], "period": None})
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for x in recs: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {a.out}")

if __name__ == "__main__":
    main()
