"""Documents that are none of the three kinds: what such citizens also receive."""
from __future__ import annotations

import datetime as dt

from gl_common import fmt_da, fmt_en, add_months, PLACES_EN
from gl_content import pick


def welcome_en(c, v):
    t = f"Welcome to {c['firm']}!"
    B = [("title", t),
         ("p", f"Dear {c['fn']},\nMy name is {c['mentor']}, and I will be your mentor. {c['kommune']} has asked us to support you, and I am looking forward to meeting you."),
         ("h", "Our first meeting", 2),
         ("p", f"{fmt_en(c['start'], 'us')} at 10:00 at our office, {c['town']} city centre (2nd floor, ring the bell marked {c['firm'].split()[0]})."),
         ("h", "What to bring", 2), ("list", ["Your residence card or passport", "Your phone with MitID", "Any letters from the municipality you have questions about"]),
         ("p", f"At the first meeting we will talk about what you want to achieve, and your caseworker will later send you the written agreement."),
         ("p", f"Best wishes,\n{c['mentor']}\n{c['firm']}\nMobile {c['mphone']} · {c['memail']}")]
    return dict(blocks=B, title=t, lang="en", layout="welcome-letter", subtype="welcome-letter")


def welcome_easy_eml(c, v):
    subj = pick(["Hej fra din nye mentor", "Vi ses på tirsdag :)"], v)
    body = (f"Hej {c['fn']}\n\nJeg hedder {c['mfn']}. Jeg skal være din mentor.\n"
            f"Vi skal mødes første gang {fmt_da(c['start'], 'den')} kl. 13.\n"
            f"Vi mødes på biblioteket i {c['town']}. Jeg står ved indgangen.\n\n"
            "Du behøver ikke have noget med.\nSkriv til mig, hvis du ikke kan komme.\n\n"
            f"Mange hilsner\n{c['mfn']}\n\n-- \n{c['mentor']}\n{c['firm']}\n{c['mphone']}\n")
    return dict(eml=dict(sender=f"{c['mentor']} <{c['memail']}>", to=f"{c['fn'].lower()}@mail.example.dk", subject=subj, body=body),
                title=subj, lang="da", layout="mail-welcome", subtype="welcome-mail")


def invitation_bi(c, v):
    t = "Indkaldelse til opstartsmøde / Invitation to a start-up meeting"
    d = c["start"] - dt.timedelta(days=3)
    B = [("small", f"{c['kommune']} · {c['town']}"), ("p", f"{c['full']}\n{fmt_da(c['letter'])}"), ("title", t),
         ("kv", [("Tid / Time", f"{fmt_da(d, 'den')} kl. 10.00 / {fmt_en(d)} at 10:00"),
                 ("Sted / Place", f"Jobcentret, mødelokale 2, {c['town']}"),
                 ("Deltagere / Participants", f"Dig, din mentor og {c['cw']} / You, your mentor and {c['cw']}"),
                 ("Tolk / Interpreter", "Vi har bestilt en tolk. / We have booked an interpreter.")]),
         ("p", "På mødet laver vi aftalen om din mentorstøtte sammen. / At the meeting we will make the agreement on your mentor support together."),
         ("p", f"Kan du ikke komme, så ring til {c['cw']} på {c['cwphone']}. / If you cannot come, please call {c['cw']} on {c['cwphone']}.")]
    return dict(blocks=B, title=t, lang="da", layout="meeting-invitation", subtype="meeting-invitation")


def invitation_easy(c, v):
    t = "Du skal til møde"
    d = c["mid"]
    B = [("title", t), ("p", f"Hej {c['fn']}."),
         ("icon_h", "📅", "Hvornår?"), ("p", f"{fmt_da(d, 'den')}.\nKlokken 14.00."),
         ("icon_h", "📍", "Hvor?"), ("p", f"Rådhuset i {c['town']}. Indgang B."),
         ("icon_h", "👥", "Hvem kommer?"), ("p", f"Dig. Din mentor {c['mfn']}. Din sagsbehandler {c['cwfn']}."),
         ("icon_h", "💬", "Hvad skal vi tale om?"), ("p", "Vi taler om, hvordan det går med din mentor."),
         ("p", f"Kan du ikke komme? Ring til {c['cwfn']} på {c['cwphone']}.")]
    return dict(blocks=B, title=t, lang="da", layout="easy-invitation", subtype="meeting-invitation")


def leaflet_en(c, v):
    t = pick(["Mentor support – what is it?", "Getting a mentor: information for citizens"], v)
    B = [("title", t), ("small", f"{c['kommune']} – information in English"),
         ("h", "What is a mentor?", 2), ("p", "A mentor is a person who helps you for a period, so that you can start or keep a job or an education. The mentor can go with you to your workplace, help you plan your week or talk about what is difficult."),
         ("h", "How long?", 2), ("p", "You can get a mentor for up to 6 months at a time. After an assessment, the municipality can give you a new period of up to 6 months."),
         ("h", "What does the agreement say?", 2),
         ("list", ["the goal of the mentor support", "your mentor's name and contact details", "what the mentor will help you with",
                   "how long the agreement lasts and how we follow up", "how many hours a week", "how to complain"]),
         ("h", "Can I complain?", 2), ("p", "Yes. You complain to the municipality within 4 weeks. The municipality looks at the decision again and sends the complaint on to Ankestyrelsen if it keeps the decision."),
         ("p", f"Questions? Call {c['kommune']} on {c['kphone']}.")]
    return dict(blocks=B, title=t, lang="en", layout="leaflet", subtype="guidance")


def leaflet_easy(c, v):
    t = "Hvad er en mentor?"
    B = [("title", t), ("small", f"Let dansk · {c['kommune']}"),
         ("p", "En mentor er en voksen, som hjælper dig.\nMentor hjælper dig, så du kan komme i job eller uddannelse."),
         ("h", "Hvad kan en mentor?", 2), ("list", ["gå med dig på arbejde", "hjælpe dig med breve", "øve vejen til skolen", "tale med dig om det, der er svært"]),
         ("h", "Hvor længe?", 2), ("p", "Du kan have en mentor i op til 6 måneder.\nBagefter kan du måske få en periode mere."),
         ("h", "Hvad står der i din aftale?", 2), ("p", "Dit mål. Navnet på din mentor. Hvad mentor hjælper med. Hvor længe. Hvor mange timer. Hvordan du kan klage."),
         ("p", f"Spørg din sagsbehandler. Eller ring til kommunen på {c['kphone']}.")]
    return dict(blocks=B, title=t, lang="da", layout="easy-leaflet", subtype="guidance")


def invoice_en(c, v):
    t = f"INVOICE {c['start'].year}-{400 + c['place']:04d}"
    lh = [c["firm"], f"Tel. {c['fphone']}", f"accounts@{c['fdom']}"]
    m = c["start"]
    B = [("title", t),
         ("p", f"To: {c['kommune']}, Jobs and Benefits, EAN 5798000{c['ai'] * 13 % 999999:06d}\nOrder ref.: {c['sagsnr']}\nInvoice date: {fmt_en(add_months(m, 1))}\nDue date: {fmt_en(add_months(m, 1) + dt.timedelta(days=30))}"),
         ("table", [["Description", "Hours", "Rate (DKK)", "Amount (DKK)"],
                    [f"Mentor hours {m.strftime('%B %Y')} – participant {c['fn'][0]}.{c['ln'][0]}.", "12", "525.00", "6,300.00"],
                    ["Transport, accompanying participant to placement", "", "", "184.00"],
                    ["Subtotal", "", "", "6,484.00"], ["VAT 25 %", "", "", "1,621.00"], ["Total", "", "", "8,105.00"]], True),
         ("p", f"Payment to reg. 5301 account 9{c['hi']:02d}44177. Please state the invoice number."),
         ("small", f"{c['firm']} – thank you for your business.")]
    return dict(blocks=B, title=t, lang="en", letterhead=lh, layout="invoice", subtype="invoice")


def progress_en(c, v):
    t = "Progress report – mentor support"
    B = [("small", c["firm"]), ("title", t),
         ("kv", [("Participant", c["full"]), ("Municipality", c["kommune"]), ("Mentor", c["mentor"]),
                 ("Reporting period", f"{fmt_en(c['start'])} – {fmt_en(c['mid'])}"), ("Report no.", "1")]),
         ("h", "How it has gone", 2),
         ("p", f"{c['fn']} has met with the mentor 11 times. Attendance at the placement has risen from two to three days a week. "
               "Mornings are still the main difficulty; the wake-up calls have helped."),
         ("h", "Next steps", 2), ("list", ["continue wake-up calls until the end of the month", "meeting with the employer about more hours"]),
         ("h", "Recommendation", 2), ("p", "We recommend that the support continues as planned. No change in hours is needed."),
         ("p", f"{c['mentor']}, {fmt_en(c['mid'])}")]
    return dict(blocks=B, title=t, lang="en", layout="status-report", subtype="status-report")


def interpreter_txt(c, v):
    t = "Bekræftelse af tolkebestilling"
    d = c["mid"]
    B = [("title", t), ("p", f"Ordrenr.: T-{20000 + c['ai'] * 37}\nBestilt af: {c['kommune']}, {c['cw']}"),
         ("kv", [("Sprog", pick(["arabisk", "ukrainsk", "tigrinya", "somali", "dari"], c["gi"])), ("Dato", fmt_da(d)), ("Tid", "kl. 10.00-11.30"),
                 ("Sted", f"Jobcentret, {c['town']}, mødelokale 3"), ("Type", "Fremmødetolkning"), ("Borger", c["full"] + (f", CPR {c['cpr']}" if c["cpr"] else "")),
                 ("Anledning", "Statusmøde om mentorstøtte")]),
         ("p", "Aflysning senest 24 timer før, ellers faktureres fuld pris.\nTolkeservice Danmark ApS")]
    return dict(blocks=B, title=t, lang="da", layout="interpreter-booking", subtype="booking")


def blank_bi_template(c, v):
    t = "Aftale om mentorstøtte / Agreement on mentor support"
    B = [("small", f"{c['kommune']} – skabelon / template, version 3.1"), ("title", t),
         ("kv", [("Borger / Citizen", ""), ("CPR-nr. / CPR no.", ""), ("Målet med mentorstøtten / Goal", ""),
                 ("Mentor (navn, tlf., mail) / Mentor (name, phone, e-mail)", ""), ("Mentorens opgaver / Tasks", ""),
                 ("Periode / Period", "__.__.____ – __.__.____"), ("Timer pr. uge / Hours per week", ""),
                 ("Opfølgning / Follow-up", "")]),
         ("h", "Klagevejledning / How to complain", 2),
         ("p", "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger. Kommunen genvurderer afgørelsen, og fastholdes den, sendes klagen til Ankestyrelsen."),
         ("p", "If you disagree with the decision, you can complain to the municipality within 4 weeks. The municipality reconsiders the decision and forwards the complaint to Ankestyrelsen if it is upheld.")]
    return dict(blocks=B, title=t, lang="da", layout="blank-template", subtype="blank-template")


def private_volunteer(c, v):
    t = "Mentoraftale – frivillig mentor / Volunteer mentor agreement"
    B = [("title", t), ("small", "Netværket Ny i Danmark – frivillige mentorer (forening)"),
         ("p", f"Mentee: {c['full']}\nFrivillig mentor: {c['mentor']}, tlf. {c['mphone']}"),
         ("h", "Det vil vi gerne / What we want", 2),
         ("p", f"{c['fn']} vil gerne blive bedre til dansk og lære byen at kende. / {c['fn']} wants to improve their Danish and get to know the town."),
         ("h", "Sådan gør vi / How we do it", 2),
         ("list", ["Vi mødes hver anden uge til kaffe og dansk / We meet every other week for coffee and Danish",
                   "Vi tager til et arrangement i foreningen en gang om måneden / We go to an event once a month"]),
         ("p", "Aftalen er frivillig, og begge kan stoppe den når som helst. Foreningen har ingen forbindelse til kommunen. / "
               "The agreement is voluntary and either of us can end it at any time. The association is not part of the municipality."),
         ("p", "Underskrift mentee / mentor: ____________  ____________")]
    return dict(blocks=B, title=t, lang="da", layout="private-volunteer", subtype="private-mentoraftale")


def digital_post_notice(c, v):
    subj = f"You have received a letter from {c['kommune']}"
    body = (f"Dear {c['fn']} {c['ln']}\n\nYou have received new mail in Digital Post from {c['kommune']}.\n"
            "Title: Afgørelse om mentorstøtte\n\nLog in at borger.dk or in the Digital Post app with MitID to read the letter.\n\n"
            "This is an automatic message. You cannot reply to it.\n\nDigital Post\n")
    return dict(eml=dict(sender="Digital Post <noreply@digitalpost.dk>", to=f"{c['fn'].lower()}.{c['ln'].lower()}@mail.example.dk", subject=subj, body=body),
                title=subj, lang="en", layout="digital-post-notice", subtype="notice")


def course_programme(c, v):
    t = "Intercultural mentoring – course programme for mentors"
    B = [("title", t), ("small", f"{c['firm']} Academy · spring 2026"),
         ("table", [["Day", "Topic", "Trainer"],
                    ["Day 1", "The Danish system: kommunen, Min Plan, the mentor agreement and its six points", "Hanne Bjerre"],
                    ["Day 2", "Working with interpreters; plain language and easy-read Danish", "Hassan Omar"],
                    ["Day 3", "Goals that can be followed up: SMART goals in practice", "Ewa Kowalska"],
                    ["Day 4", "Trauma-informed mentoring; when to involve the caseworker", "Daniel Okoye"]], True),
         ("p", "Venue: our training room in Aarhus C. Lunch included. Price DKK 6,900 per participant."),
         ("p", f"Sign up at academy@{c['fdom']}.")]
    return dict(blocks=B, title=t, lang="en", layout="course-programme", subtype="course")


def consent_bi(c, v):
    t = "Samtykkeerklæring / Declaration of consent"
    B = [("small", c["kommune"]), ("title", t),
         ("p", (f"CPR-nr. / CPR no.: {c['cpr']}" if c["cpr"] else "CPR-nr. / CPR no.: ____________")),
         ("p", f"Jeg, {c['full']}, giver samtykke til, at {c['kommune']} og min mentor hos {c['firm']} må udveksle oplysninger om mit forløb, "
               "når det er nødvendigt for min mentorstøtte."),
         ("p", f"I, {c['full']}, consent to {c['kommune']} and my mentor at {c['firm']} exchanging information about my course when it is necessary for my mentor support."),
         ("p", "Samtykket gælder, så længe jeg har mentorstøtte. Jeg kan til enhver tid trække det tilbage. / "
               "The consent applies for as long as I have mentor support. I can withdraw it at any time."),
         ("p", "Dato / Date: ____________   Underskrift / Signature: ______________________")]
    return dict(blocks=B, title=t, lang="da", layout="consent-form", subtype="consent")


def hearing_easy(c, v):
    t = "Vi overvejer at stoppe din mentor"
    B = [("small", f"{c['kommune']} · Partshøring · {fmt_da(c['letter'])}"), ("title", t),
         ("p", f"Hej {c['fn']}.\nVi har ikke besluttet noget endnu.\nMen vi overvejer at stoppe din mentor {fmt_da(c['end'])}."),
         ("h", "Hvorfor?", 2), ("p", "Du er ikke kommet til de sidste fire møder med din mentor.\nDin mentor har ikke kunnet få fat i dig."),
         ("h", "Hvad skal du gøre?", 2), ("p", f"Du må gerne fortælle os, hvad du mener.\nRing eller skriv til {c['cw']} på {c['cwphone']}.\nGør det senest {fmt_da(c['letter'] + dt.timedelta(days=14))}."),
         ("p", "Bagefter beslutter vi, hvad der skal ske. Du får et brev om det.")]
    return dict(blocks=B, title=t, lang="da", layout="easy-hearing", subtype="hearing")


def minutes_en(c, v):
    t = "Minutes – network meeting"
    B = [("title", t),
         ("p", f"Date: {fmt_en(c['mid'])}\nPresent: {c['full']}, {c['mentor']} (mentor, {c['firm']}), {c['cw']} (caseworker), interpreter\nMinutes taken by: {c['cw']}"),
         ("h", "1. How are things going?", 2), ("p", f"{c['fn']} says the placement is going well, but the bus connection on Fridays is a problem."),
         ("h", "2. Health", 2), ("p", "Doctor's appointment next week; nothing to note for the plan."),
         ("h", "3. Agreed actions", 2), ("list", ["The caseworker checks the transport allowance.", f"{c['mfn']} looks at the bus times with {c['fn']}."]),
         ("p", "Next network meeting in about two months.")]
    return dict(blocks=B, title=t, lang="en", layout="minutes", subtype="minutes")


def newsletter(c, v):
    t = f"{c['firm']} – Newsletter, spring 2026"
    B = [("title", t),
         ("h", "Record number of placements", 2), ("p", "This spring 41 of our participants started a work placement or a job – more than ever before."),
         ("h", "Meet our new mentors", 2), ("p", "We welcome three new mentors who speak Arabic, Ukrainian and Somali."),
         ("h", "Free café every Thursday", 2), ("p", "All participants are welcome at our job café, Thursdays 14-16. Bring your CV!"),
         ("small", f"Unsubscribe: news@{c['fdom']}")]
    return dict(blocks=B, title=t, lang="en", layout="newsletter", subtype="newsletter")


def calendar_txt(c, v):
    t = "Mine aftaler"
    d0 = c["start"]
    B = [("title", t), ("small", f"Udskrevet fra Min Side, {c['kommune']}"),
         ("table", [["Dato", "Tid", "Hvad", "Hvor"],
                    [fmt_da(d0 + dt.timedelta(days=1), "dots"), "10:00", "Møde med mentor", "Biblioteket"],
                    [fmt_da(d0 + dt.timedelta(days=8), "dots"), "10:00", "Møde med mentor", "Biblioteket"],
                    [fmt_da(c["mid"], "dots"), "14:00", "Statusmøde med sagsbehandler", "Rådhuset"],
                    [fmt_da(c["mid"] + dt.timedelta(days=7), "dots"), "09:30", "Lægetid", "Lægehuset"]], True)]
    return dict(blocks=B, title=t, lang="da", layout="calendar", subtype="calendar")


OTHER = [welcome_en, welcome_easy_eml, invitation_bi, invitation_easy, leaflet_en, leaflet_easy, invoice_en, progress_en,
         interpreter_txt, blank_bi_template, private_volunteer, digital_post_notice, course_programme, consent_bi,
         hearing_easy, minutes_en, newsletter, calendar_txt]
