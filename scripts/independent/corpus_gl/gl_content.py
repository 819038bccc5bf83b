"""Case data and field texts in four registers: formal Danish (da), English (en), easy-read Danish
(easy, "let dansk") and the young person's conversation (youth)."""
from __future__ import annotations

import datetime as dt
import random

from gl_common import (KOMMUNER, CITIZENS_INT, CITIZENS_DK, MENTORS, CASEWORKERS, FIRMS, PLACES_DA, PLACES_EN,
                       EDU_DA, EDU_EN, DA_MONTHS, EN_MONTHS, add_months, cpr_for, phone, fmt_da, fmt_en, slug)


def make_case(rng: random.Random, pool="int", over=False, cpr=False, year=2026, months=None, over_kind=None):
    fn, ln = rng.choice(CITIZENS_INT if pool == "int" else CITIZENS_DK)
    mfn, mln = rng.choice(MENTORS)
    cfn, cln = rng.choice(CASEWORKERS)
    firm, dom = rng.choice(FIRMS)
    kommune = rng.choice(KOMMUNER)
    town = kommune.replace(" Kommune", "")
    kdom = slug(town) + ".dk"
    start = dt.date(year, rng.randint(1, 10), rng.choice([1, 1, 1, 2, 4, 9, 15, 16, 20]))
    if start.month == 1 and start.day == 1:
        start = dt.date(year, 1, 2)
    if start.weekday() >= 5:
        start += dt.timedelta(days=7 - start.weekday())
    if over:
        k = over_kind or rng.choice(["9m", "12m", "6m+2w", "8m", "7m"])
        end = {"9m": add_months(start, 9) - dt.timedelta(days=1),
               "12m": add_months(start, 12) - dt.timedelta(days=1),
               "6m+2w": add_months(start, 6) + dt.timedelta(days=14),
               "8m": add_months(start, 8) - dt.timedelta(days=1),
               "7m": add_months(start, 7) - dt.timedelta(days=1)}[k]
        nmonths = {"9m": 9, "12m": 12, "6m+2w": None, "8m": 8, "7m": 7}[k]
    else:
        nmonths = months or rng.choice([6, 6, 6, 6, 5, 4, 3])
        end = add_months(start, nmonths) - dt.timedelta(days=1)
    letter = start - dt.timedelta(days=rng.randint(6, 20))
    c = dict(fn=fn, ln=ln, full=f"{fn} {ln}", mfn=mfn, mln=mln, mentor=f"{mfn} {mln}",
             mphone=phone(rng), memail=f"{slug(mfn)}.{slug(mln)[:1]}@{dom}", firm=firm, fdom=dom,
             fphone=phone(rng), cw=f"{cfn} {cln}", cwfn=cfn, cwphone=phone(rng),
             cwemail=f"{slug(cfn)[:3]}{slug(cln)[:2]}@{kdom}", kommune=kommune, town=town, kdom=kdom,
             kphone=phone(rng), start=start, end=end, nmonths=nmonths, letter=letter, over=over,
             d1=_d1(start + dt.timedelta(days=rng.randint(50, 100)), rng),
             mid=start + (end - start) * rng.randint(40, 55) // 100,
             eval=end - dt.timedelta(days=14),
             place=rng.randrange(100), edu=rng.randrange(100), gi=rng.randrange(100), ti=rng.randrange(100),
             hi=rng.randrange(100), fi=rng.randrange(100), ai=rng.randrange(100),
             sagsnr=f"{year % 100:02d}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(1000, 9999)}-{year % 100:02d}",
             cpr=cpr_for(rng) if cpr else None)
    c["ti"] = c["gi"]
    if pool == "dk" and c["edu"] % 8 == 6:
        c["edu"] += 1
    if pool == "dk":
        c["cpr"] = cpr_for(rng, 2002, 2008) if cpr else None
    return c


def _d1(d, rng):
    """A target date on the 1st or 15th, never in the Christmas week."""
    d = dt.date(d.year, d.month, 15) if d.day <= 15 else add_months(dt.date(d.year, d.month, 1), 1)
    if d.month == 12 and d.day == 15:
        d = dt.date(d.year + 1, 1, 4)
    return d


def pick(lst, i):
    return lst[i % len(lst)]


# ------------------------------------------------------------------ goals

def goal_da(c, unclear=False):
    fn, pl, ed = c["fn"], pick(PLACES_DA, c["place"]), pick(EDU_DA, c["edu"])
    d1 = fmt_da(c["d1"])
    if unclear:
        return pick(["Støtte til at få mere struktur i hverdagen og øget trivsel.",
                     f"Sikre at {fn} kommer videre og får et bedre netværk.",
                     f"Motivere {fn} og styrke selvværdet.",
                     "Hjælp til at komme tættere på arbejdsmarkedet og få det bedre."], c["gi"])
    return pick([f"{fn} er i virksomhedspraktik i {pl} 15 timer om ugen senest {d1}, med henblik på ansættelse med løntilskud.",
                 f"{fn} starter på {ed} {d1} og møder op mindst fire dage om ugen de første tre måneder.",
                 f"{fn} har et ordinært job på mindst 12 timer om ugen som rengøringsassistent senest {d1}.",
                 f"{fn} gennemfører praktikken i {pl} med fremmøde fire dage om ugen og søger ind på {ed} inden {d1}."], c["gi"])


def goal_en(c, unclear=False):
    fn, pl, ed = c["fn"], pick(PLACES_EN, c["place"]), pick(EDU_EN, c["edu"])
    d1 = fmt_en(c["d1"])
    if unclear:
        return pick(["Support to get more structure in everyday life and better well-being.",
                     f"Make sure that {fn} moves on and gets a better network.",
                     f"To motivate {fn} and build self-esteem.",
                     "Help to come closer to the labour market and feel better."], c["gi"])
    return pick([f"{fn} is in a work placement at {pl}, 15 hours a week, by {d1}, with a view to a wage-subsidy job.",
                 f"{fn} starts {ed} on {d1} and attends at least four days a week during the first three months.",
                 f"{fn} has an ordinary job of at least 12 paid hours a week as a cleaning assistant by {d1}.",
                 f"{fn} completes the placement at {pl} with attendance four days a week and applies for {ed} before {d1}."], c["gi"])


def goal_easy(c, unclear=False):
    pl, ed = pick(PLACES_DA, c["place"]), pick(EDU_DA, c["edu"])
    d1 = fmt_da(c["d1"])
    if unclear:
        return pick(["Du skal have det bedre. Du skal have mere ro i hverdagen.",
                     "Du skal blive gladere og tro mere på dig selv.",
                     "Mentor skal støtte dig, så du kommer videre."], c["gi"])
    return pick([f"Du skal i praktik i {pl}. Du skal arbejde 12 timer om ugen. Du starter senest {d1}.",
                 f"Du skal starte på {ed} {d1}. Du skal komme hver dag.",
                 f"Du skal have et job med løn. Mindst 15 timer om ugen. Det skal være senest {d1}."], c["gi"])


# ------------------------------------------------------------------ tasks

def tasks_da(c):
    fn = c["fn"]
    pools = [[f"følge {fn} til praktikstedet de første to uger", "ringe om morgenen på praktikdage de første fire uger",
              "hjælpe med at læse breve fra kommunen og e-Boks"],
             ["øve vejen til skolen med bus og tog", f"tage med {fn} til samtalen med studievejlederen",
              "lave en ugeplan sammen og tjekke den hver mandag"],
             ["hjælpe med CV og tre ansøgninger om måneden", "træne jobsamtaler", "tale om fravær og hvad der skal til for at komme af sted"],
             ["tage med til første møde hos arbejdsgiveren", "hjælpe med at forstå vagtplan og lønseddel",
              "tale med kontaktpersonen på arbejdspladsen, når der er brug for det"]]
    return pick(pools, c["ti"])


def tasks_en(c):
    fn = c["fn"]
    pools = [[f"go with {fn} to the workplace during the first two weeks", "call in the morning on placement days for the first four weeks",
              "help read letters from the municipality and e-Boks"],
             ["practise the route to school by bus and train", f"go with {fn} to the meeting with the student counsellor",
              "make a weekly plan together and check it every Monday"],
             ["help with the CV and three job applications a month", "practise job interviews", "talk about absence and what it takes to get going"],
             ["attend the first meeting with the employer", "help understand the rota and the payslip",
              "talk to the contact person at the workplace when needed"]]
    return pick(pools, c["ti"])


def tasks_easy(c):
    pools = [["Mentor går med dig på arbejde de første 2 uger.", "Mentor ringer til dig om morgenen.", "Mentor hjælper dig med breve."],
             ["Mentor øver vejen til skolen med dig.", "Mentor går med til møder på skolen.", "I laver en plan for ugen sammen."],
             ["Mentor hjælper dig med dit CV.", "I øver jobsamtaler.", "I taler om, hvad der gør det svært at komme af sted."]]
    return pick(pools, c["ti"])


# ------------------------------------------------------------------ hours

def hours_da(c, vague=False):
    if vague:
        return pick(["et par timer om ugen", "efter behov", "løbende efter aftale"], c["hi"])
    return pick(["3 timer pr. uge", "2 timer ugentligt", "4 t/uge", "8 timer om måneden", "1½ time om ugen",
                 "5 timer pr. uge de første fire uger, derefter 3 timer pr. uge"], c["hi"])


def hours_en(c, vague=False):
    if vague:
        return pick(["a few hours a week", "as needed", "flexible, as required"], c["hi"])
    return pick(["3 hours per week", "2 hours a week", "4 hours weekly", "8 hours per month", "1.5 hours per week",
                 "5 hours per week for the first four weeks, then 3 hours per week"], c["hi"])


def hours_easy(c, vague=False):
    if vague:
        return pick(["Så meget du har brug for.", "Det finder I ud af sammen."], c["hi"])
    return pick(["3 timer hver uge.", "2 timer om ugen.", "4 timer om ugen."], c["hi"])


# ------------------------------------------------------------------ follow-up

def follow_da(c, vague=False):
    if vague:
        return pick(["Der følges op efter behov.", "Opfølgning sker løbende."], c["fi"])
    return pick([f"Statusmøde med {c['fn']}, mentor og sagsbehandler hver måned. Evaluering 14 dage før perioden slutter ({fmt_da(c['eval'])}).",
                 f"Vi følger op hver 4. uge. Delmål: {c['fn']} møder op fire dage om ugen fra {DA_MONTHS[c['mid'].month-1]}.",
                 f"Opfølgningssamtale {fmt_da(c['mid'])} og slutevaluering {fmt_da(c['eval'])}. Mentor sender en kort status før hvert møde."], c["fi"])


def follow_en(c, vague=False):
    if vague:
        return pick(["Follow-up as needed.", "We will follow up on an ongoing basis."], c["fi"])
    return pick([f"Status meeting with {c['fn']}, the mentor and the caseworker every month. Evaluation 14 days before the period ends ({fmt_en(c['eval'])}).",
                 f"We follow up every four weeks. Progress target: {c['fn']} attends four days a week from {EN_MONTHS[c['mid'].month-1]}.",
                 f"Follow-up meeting on {fmt_en(c['mid'])} and final evaluation on {fmt_en(c['eval'])}. The mentor sends a short status before each meeting."], c["fi"])


def follow_easy(c, vague=False):
    if vague:
        return pick(["Vi snakker om det, når der er brug for det.", "Vi følger op, når det passer."], c["fi"])
    return pick([f"Vi holder et møde hver måned. Du, mentor og din sagsbehandler er med. Det første møde er {fmt_da(c['mid'])}.",
                 f"Hver 4. uge ser vi på, hvordan det går. Vi ser på, om du kommer i praktik 4 dage om ugen.",
                 f"Vi holder møde {fmt_da(c['mid'])}. Vi holder et sidste møde {fmt_da(c['eval'])}."], c["fi"])


# ------------------------------------------------------------------ appeal

def appeal_da(c, bad=None):
    k = c["kommune"]
    if bad == "vague":
        return pick(["Du kan klage over afgørelsen.", "Klagevejledning: se kommunens hjemmeside.",
                     "Hvis du er uenig, kan du kontakte din sagsbehandler."], c["ai"])
    if bad == "other":
        return (f"Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordring til {k} "
                "inden 4 uger. Kommunen genvurderer sagen og sender en fastholdt afgørelse videre til Ankestyrelsen.")
    if bad == "direct":
        return "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger efter, at du har modtaget den. Brug Ankestyrelsens klageformular på ast.dk."
    return pick([f"Hvis du ikke er enig i afgørelsen, kan du klage til {k} inden 4 uger fra du har modtaget den. Du kan klage skriftligt eller mundtligt. "
                 "Kommunen vurderer sagen igen inden 4 uger. Hvis kommunen fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen. "
                 "Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
                 f"Er du ikke enig, skal du klage til os inden fire uger. Kontakt {k}, tlf. {c['kphone']}. Vi genvurderer afgørelsen inden fire uger. "
                 "Fastholder vi afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen."], c["ai"])


def appeal_en(c, bad=None):
    k = c["kommune"]
    if bad == "vague":
        return pick(["You may appeal this decision.", "If you disagree, please contact your caseworker.",
                     "Information about appeals can be found on the municipality's website."], c["ai"])
    if bad == "direct":
        return "You can appeal directly to Ankestyrelsen (the National Social Appeals Board) within 4 weeks of receiving this decision."
    return pick([f"If you do not agree with the decision, you can complain to {k} within 4 weeks of receiving it. You can complain in writing or orally. "
                 "The municipality will reconsider the decision within 4 weeks. If it upholds the decision, your complaint is sent on to "
                 "Ankestyrelsen (the National Social Appeals Board). Legal basis: Active Employment Act § 204 and the Legal Protection Act, chapter 10.",
                 f"If you disagree, send your complaint to {k} within four weeks (phone {c['kphone']}). We will look at the decision again within four weeks. "
                 "If we keep the decision, we forward your complaint to Ankestyrelsen."], c["ai"])


def appeal_easy(c, bad=None):
    if bad == "vague":
        return pick(["Er du uenig? Så ring til os.", "Er du ikke glad for det, vi har besluttet? Så tal med din sagsbehandler."], c["ai"])
    if bad == "direct":
        return "Er du uenig? Så kan du klage til Ankestyrelsen. Du skal klage inden 4 uger."
    return pick([f"Er du ikke enig? Så kan du klage. Klag til {c['kommune']} inden 4 uger. Du kan ringe, skrive eller komme forbi. "
                 "Kommunen ser på sagen igen. Er vi stadig uenige, sender vi klagen til Ankestyrelsen.",
                 f"Du kan klage, hvis du er uenig. Du har 4 uger. Klagen sender du til kommunen på tlf. {c['kphone']} eller i Digital Post. "
                 "Vi ser på sagen igen. Hvis vi ikke ændrer den, sender vi din klage videre til Ankestyrelsen."], c["ai"])
