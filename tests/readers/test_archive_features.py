"""Reader features of documents as municipalities really archive them (issue 8): Word content
controls and check boxes, RTF footers, e-mails, Markdown in .txt, boxes drawn in text, ODT shapes."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from .builders import docx_with_body_xml, odt_bytes
from mentordocs.lint.analyze import analyze, load_pack
from mentordocs.lint.readers import read_bytes, read_document

PLACEHOLDER = ('<w:p><w:r><w:t xml:space="preserve">Opgaver: </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/>'
               '</w:sdtPr><w:sdtContent><w:r><w:t>Klik eller tryk her for at skrive tekst.</w:t></w:r>'
               '</w:sdtContent></w:sdt></w:p>')
FILLED = ('<w:p><w:r><w:t xml:space="preserve">Mål: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r>'
          '<w:t>Ali starter på EUD.</w:t></w:r></w:sdtContent></w:sdt></w:p>')


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


def test_a_content_control_showing_its_placeholder_is_empty(tmp_path: Path):
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", PLACEHOLDER))
    assert texts(doc) == ["Opgaver:"]


def test_a_filled_content_control_is_read(tmp_path: Path):
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", FILLED))
    assert texts(doc) == ["Mål: Ali starter på EUD."]


def test_a_legacy_form_check_box_is_read_as_a_mark(tmp_path: Path):
    box = ('<w:p><w:r><w:t xml:space="preserve">Timetal: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin">'
           '<w:ffData><w:checkBox><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r>'
           '<w:r><w:t xml:space="preserve">2 timer pr. uge</w:t></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", box))
    assert texts(doc) == ["Timetal: ☒ 2 timer pr. uge"]


def test_rtf_footer_text_is_read_after_the_body():
    rtf = (rb"{\rtf1\ansi\ansicpg1252{\footer Klagevejledning: klag til kommunen inden 4 uger.\par}"
           rb"Aftale om mentorst\'f8tte\par M\'e5l: praktik\par}")
    doc = read_bytes(rtf, "a.rtf")
    assert texts(doc)[-1] == "Klagevejledning: klag til kommunen inden 4 uger."
    assert texts(doc)[0] == "Aftale om mentorstøtte"


def _mail(body: str, subject: str = "Din mentoraftale") -> bytes:
    message = EmailMessage()
    message["From"] = "sagsbehandler@kommune.dk"
    message["To"] = "borger@example.dk"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


def test_an_email_subject_is_the_title_and_headers_are_not_text():
    doc = read_bytes(_mail("Kære Ali\n\nHer er aftalen."), "a.eml")
    assert texts(doc) == ["Din mentoraftale", "Kære Ali", "Her er aftalen."]


def test_quoted_earlier_mail_is_not_the_senders_text():
    body = "Timer: 2 timer om ugen.\n"
    doc = read_bytes(_mail(body + "\nDen 1. marts 2026 skrev Ali:\n> et par timer\n"), "a.eml")
    assert texts(doc) == ["Din mentoraftale", "Timer: 2 timer om ugen."]


def test_the_signature_after_its_separator_is_the_senders_text():
    # the mentor who writes signs with the phone the agreement needs
    body = "Timer: 2 timer om ugen.\n\n-- \nKaren Holm\nMentor, Stifinder ApS\nMobil 11 22 33 44\n"
    doc = read_bytes(_mail(body), "a.eml")
    assert "Mobil 11 22 33 44" in doc.text and "-- " not in doc.text


def test_a_coach_who_signs_an_agreement_mail_after_the_separator_is_the_mentor():
    body = ("Hej Emil\n\nHer får du det, vi aftalte, skrevet ned.\n\nMål: Emil består grundforløb 1 på Tradium.\n\n"
            "Det skal jeg hjælpe dig med:\n- Hjælpe med at komme op om morgenen\n- Følge med til studievejlederen\n\n"
            "Periode: 3.8.2026 - 2.2.2027\n\nTid: 2 timer pr. uge\n\nOpfølgning: statusmøde hver måned.\n\n"
            "-- \nKim Olsen\nCoach, Ungespor ApS\nTlf. 47 44 36 20\n")
    doc = read_bytes(_mail(body, subject="Aftale om mentorforløb"), "a.eml")
    kind, findings = analyze(doc, load_pack())
    assert (kind, [f.rule for f in findings]) == ("agreement", ["missing-appeal-guidance"])


def test_an_attached_document_follows_the_mail_under_its_name():
    message = EmailMessage()
    message["Subject"] = "Aftale"
    message.set_content("Se vedhæftede aftale.")
    message.add_attachment("Mål: Ali starter på EUD.".encode(), maintype="text", subtype="plain",
                           filename="aftale.txt")
    doc = read_bytes(bytes(message), "a.eml")
    assert texts(doc)[-2:] == ["Bilag: aftale.txt", "Mål: Ali starter på EUD."]


def test_markdown_headings_in_a_txt_file_are_headings():
    doc = read_bytes("## Mål\n\nAli starter på EUD.\n\n## Mentor\n\nSara, tlf. 22 33 44 55\n".encode(), "a.txt")
    assert [b.kind.value for b in doc.blocks][:2] == ["heading", "paragraph"]
    assert texts(doc)[0] == "Mål"


def test_a_box_drawn_in_text_is_read_without_its_edges():
    text = "+-------------+\n| Mentor\n| Sara Holm\n+-------------+\n\nPeriode: marts\n"
    assert not any("|" in t or "---" in t for t in texts(read_bytes(text.encode(), "a.txt")))


def test_paragraphs_in_an_odt_shape_are_not_glued_together():
    body = ('<text:p><draw:custom-shape xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">'
            '<text:p>Kontaktoplysninger på mentor</text:p><text:p>Helle Juhl</text:p></draw:custom-shape></text:p>')
    doc = read_bytes(odt_bytes(body), "a.odt")
    assert "Kontaktoplysninger på mentor" in texts(doc) and "Helle Juhl" in texts(doc)


def test_an_odt_frame_anchored_to_the_page_is_read_after_the_body():
    # LibreOffice writes a page-anchored frame (a sidebar) among the body's paragraphs
    body = ('<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" text:anchor-type="page">'
            '<draw:text-box><text:p>Formål</text:p><text:p>Karoline er i praktik hos Danish Crown.</text:p>'
            '</draw:text-box></draw:frame><text:p>Mentoraftale</text:p>')
    assert texts(read_bytes(odt_bytes(body), "a.odt")) == ["Mentoraftale", "Formål",
                                                           "Karoline er i praktik hos Danish Crown."]


def test_a_print_with_labels_and_values_in_columns_is_read_as_rows():
    text = "Mål         Ali starter på EUD.\nKontakt     \nPeriode     1.3.2026 - 31.8.2026\nTimer       2 t/uge\n"
    doc = read_bytes(text.encode(), "a.txt")
    assert [b.cells for b in doc.blocks][:2] == [("Mål", "Ali starter på EUD."), ("Kontakt", "")]


def test_a_short_reply_over_a_quoted_agreement_is_read_as_that_agreement():
    from mentordocs.lint.readers import read_bytes

    quoted = "\n".join("> " + line for line in [
        "Aftale om mentorforløb (LAB § 167)", "1) Mentor: Peter Friis, tlf. 22 14 23 66",
        "2) Mentorens opgaver: Vejlede Emil i jobsøgning og øve jobsamtaler.",
        "3) Periode: 1/5 2026 – 31/8 2026", "4) Opfølgning: Statusmøde hver 3. måned.",
        "5) Timetal: 3 timer pr. uge", "6) Klagevejledning: Du kan klage til kommunen inden 4 uger."])
    mail = ("From: emil@example.dk\nTo: anders@example.dk\nSubject: Sv: Aftale om mentorstøtte\n"
            "Content-Type: text/plain; charset=utf-8\n\nHej Anders\n\nTak, jeg er enig.\n\nHilsen Emil\n\n"
            "Den 5. juli 2026 kl. 13.47 skrev Anders Bech <anders@example.dk>:\n" + quoted + "\n").encode()
    texts = [b.text for b in read_bytes(mail, "svar.eml").blocks]
    assert any(t.startswith("3) Periode") or "Periode | 1/5 2026" in t or t.startswith("Periode") for t in texts)


def test_a_reply_that_quotes_a_conversation_drops_the_quote():
    from mentordocs.lint.readers import read_bytes

    mail = ("From: emil@example.dk\nSubject: Sv: Møde\nContent-Type: text/plain; charset=utf-8\n\n"
            "Hej, det passer fint.\n\nDen 5. juli 2026 skrev Anders:\n> Kan vi mødes tirsdag kl. 10?\n").encode()
    texts = " ".join(b.text for b in read_bytes(mail, "svar.eml").blocks)
    assert "tirsdag" not in texts


def test_a_legacy_drop_down_form_field_reads_as_its_chosen_entry(tmp_path: Path):
    field = ('<w:p><w:r><w:t xml:space="preserve">Timer: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
             '<w:ddList><w:result w:val="2"/><w:listEntry w:val="Vælg"/><w:listEntry w:val="1 time pr. uge"/>'
             '<w:listEntry w:val="2 timer pr. uge"/></w:ddList></w:ffData></w:fldChar></w:r>'
             '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", field))
    assert texts(doc) == ["Timer: 2 timer pr. uge"]


def _pdf_form(path: Path, *, checked: bool) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    c.drawString(50, 780, "Mentoraftale")
    labels = ["Borger", "Mål", "Mentor", "Opgaver", "Periode", "Opfølgning"]
    values = ["Christian Møller", "Christian begynder på AMU-kurset i truckkørsel 1. oktober 2026.",
              "Maja Jensen, tlf. 22 33 44 55", "Følge Christian til møder i kommunen",
              "1. maj 2026 til 31. oktober 2026", "Status hver måned og evaluering før ophør"]
    for n, (label, value) in enumerate(zip(labels, values)):
        y = 740 - 30 * n
        c.drawString(50, y + 5, label)
        c.acroForm.textfield(name=f"f{n}", value=value, x=190, y=y, width=360, height=18, borderWidth=0)
    c.drawString(50, 545, "Timer")
    c.acroForm.checkbox(name="t2", x=190, y=540, size=12, checked=checked, buttonStyle="cross")
    c.drawString(210, 543, "2 timer pr. uge")
    c.save()
    return path


def test_the_values_of_a_fillable_pdf_forms_fields_are_read_where_the_fields_stand(tmp_path: Path):
    doc = read_document(_pdf_form(tmp_path / "form.pdf", checked=True))
    assert "Mål Christian begynder på AMU-kurset i truckkørsel 1. oktober 2026." in " | ".join(texts(doc)).replace(" | ", " ")


def test_a_fillable_pdf_forms_ticked_check_box_reads_as_chosen(tmp_path: Path):
    doc = read_document(_pdf_form(tmp_path / "form.pdf", checked=True))
    assert any("☒" in text and "2 timer pr. uge" in text for text in texts(doc))


def test_a_fillable_pdf_forms_empty_check_box_reads_as_not_chosen(tmp_path: Path):
    doc = read_document(_pdf_form(tmp_path / "form.pdf", checked=False))
    assert any("☐" in text and "2 timer pr. uge" in text for text in texts(doc))


def test_a_word_drop_down_kept_by_libreoffice_in_odt_reads_as_its_chosen_entry():
    field = ('<text:p>Timer: <field:fieldmark xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
             'text:name="Dropdown11" field:type="vnd.oasis.opendocument.field.FORMDROPDOWN">'
             '<field:param field:name="Dropdown_ListEntry" field:value="Vælg"/>'
             '<field:param field:name="Dropdown_ListEntry" field:value="1 time pr. uge"/>'
             '<field:param field:name="Dropdown_ListEntry" field:value="2 timer pr. uge"/>'
             '<field:param field:name="Dropdown_Selected" field:value="2"/></field:fieldmark></text:p>')
    assert texts(read_bytes(odt_bytes(field), "a.odt")) == ["Timer: 2 timer pr. uge"]


def _two_part_mail(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["Subject"] = "Din mentoraftale"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return bytes(message)


def test_a_mails_html_part_is_read_when_its_text_part_holds_clearly_less():
    html = ("<p>Mål: Ali starter på EUD i august.</p><p>Mentor: Sara Holm, tlf. 22 33 44 55</p>"
            "<p>Klagevejledning: Du kan klage til kommunen inden 4 uger.</p>")
    doc = read_bytes(_two_part_mail("Denne meddelelse er sendt i HTML-format.", html), "a.eml")
    assert "Mentor: Sara Holm, tlf. 22 33 44 55" in texts(doc)


def test_a_mails_text_part_is_read_when_it_holds_what_its_html_part_does():
    plain = "Mål: Ali starter på EUD i august.\n\nMentor: Sara Holm, tlf. 22 33 44 55"
    html = "<p>Mål: Ali starter på EUD i august.</p><p>Mentor: Sara Holm, tlf. 22 33 44 55</p>"
    doc = read_bytes(_two_part_mail(plain, html), "a.eml")
    assert texts(doc) == ["Din mentoraftale", "Mål: Ali starter på EUD i august.", "Mentor: Sara Holm, tlf. 22 33 44 55"]


def _icon_heading(text: str) -> str:
    return (f'<w:p><w:r><w:t xml:space="preserve">⚑ </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>')


def test_a_bold_line_after_an_icon_is_a_heading(tmp_path: Path):
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", _icon_heading("Formål og mål")
                                           + '<w:p><w:r><w:t>Emil består FVU-dansk trin 2.</w:t></w:r></w:p>'))
    assert [b.kind.name for b in doc.blocks] == ["HEADING", "PARAGRAPH"]


def test_a_table_cell_of_sections_beside_a_panel_is_read_as_the_page_it_lays_out(tmp_path: Path):
    main = "".join(_icon_heading(h) + f"<w:p><w:r><w:t>{v}</w:t></w:r></w:p>" for h, v in
                   [("Formål og mål", "Emil består FVU-dansk trin 2."), ("Aftalens varighed", "1/2 2026 til 31/7 2026"),
                    ("Antal timer", "6 timer pr. uge")])
    panel = "<w:p><w:r><w:t>Evaluering hver måned.</w:t></w:r></w:p>"
    table = f"<w:tbl><w:tr><w:tc>{main}</w:tc><w:tc>{panel}</w:tc></w:tr></w:tbl>"
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", table))
    assert not any(b.kind.name == "TABLE_ROW" for b in doc.blocks)


def test_a_mail_forwarded_as_an_attached_message_is_read_after_the_cover_note():
    inner = EmailMessage()
    inner["Subject"] = "Aftale om mentorstøtte"
    inner.set_content("Mentor: Sara Holm, tlf. 22 33 44 55\nTimer: 2 timer om ugen\n")
    message = EmailMessage()
    message["Subject"] = "VS: Aftale om mentorstøtte"
    message.set_content("Hej Oliver\n\nSe den vedhæftede mail.\n")
    message.add_attachment(inner)
    texts = [b.text for b in read_bytes(bytes(message), "vs.eml").blocks]
    assert "Mentor: Sara Holm, tlf. 22 33 44 55" in texts
