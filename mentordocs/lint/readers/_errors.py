"""Read errors with a Danish and an English message.

Readers raise :class:`DocumentError`, a :class:`ReadError` that remembers its message key so the
engine can render it in the report language. Messages never quote document content or the text
of a library exception: that text can contain whatever the file contained.
"""

from __future__ import annotations

from mentordocs.lint.model import ErrorCode, ReadError

_MESSAGES: dict[str, dict[str, str]] = {
    "empty": {
        "da": "Filen er tom: den indeholder ingen tekst.",
        "en": "The file is empty: it contains no text.",
    },
    "file-too-large": {
        "da": "Filen fylder {size} MB; grænsen er {limit} MB (--max-file-size).",
        "en": "The file is {size} MB; the limit is {limit} MB (--max-file-size).",
    },
    "unreadable": {
        "da": "Filen kan ikke åbnes ({reason}).",
        "en": "The file cannot be opened ({reason}).",
    },
    "not-a-file": {
        "da": "Det er ikke en almindelig fil (fx en pipe eller en enhed) og læses ikke; angiv selve dokumentet.",
        "en": "This is not a regular file (e.g. a pipe or a device) and is not read; give the document itself.",
    },
    "bad-zip": {
        "da": "Filen er beskadiget: {fmt}-filen er ikke en gyldig zip-pakke. Gem den igen fra Word/LibreOffice.",
        "en": "The file is damaged: the {fmt} file is not a valid zip package. Save it again from Word/LibreOffice.",
    },
    "missing-part": {
        "da": "Filen er beskadiget: {fmt}-pakken mangler {part}.",
        "en": "The file is damaged: the {fmt} package lacks {part}.",
    },
    "zip-too-many": {
        "da": "Filen indeholder {count} dele; grænsen er {limit}. Den behandles ikke.",
        "en": "The file holds {count} parts; the limit is {limit}. It is not processed.",
    },
    "zip-part-too-large": {
        "da": "En del af filen fylder {size} MB udpakket; grænsen er {limit} MB (mulig zip-bombe).",
        "en": "One part of the file is {size} MB uncompressed; the limit is {limit} MB (possible zip bomb).",
    },
    "zip-total-too-large": {
        "da": "Filen fylder {size} MB udpakket; grænsen er {limit} MB (mulig zip-bombe).",
        "en": "The file is {size} MB uncompressed; the limit is {limit} MB (possible zip bomb).",
    },
    "zip-ratio": {
        "da": "En del af filen er pakket {ratio}:1; grænsen er {limit}:1 (mulig zip-bombe).",
        "en": "One part of the file is compressed {ratio}:1; the limit is {limit}:1 (possible zip bomb).",
    },
    "zip-encrypted": {
        "da": "Filen er beskyttet med adgangskode. Fjern adgangskoden og kør igen.",
        "en": "The file is password-protected. Remove the password and run again.",
    },
    "bad-xml": {
        "da": "Filen er beskadiget: {part} er ikke gyldig XML.",
        "en": "The file is damaged: {part} is not valid XML.",
    },
    "doctype": {
        "da": "Filen afvises: {part} indeholder en DOCTYPE-erklæring (entiteter), som et rigtigt dokument aldrig har.",
        "en": "The file is rejected: {part} contains a DOCTYPE declaration (entities), which a real document never has.",
    },
    "ooxml-encrypted": {
        "da": "Word-filen er krypteret med adgangskode. Fjern adgangskoden i Word (Filer > Info > Beskyt dokument) og kør igen.",
        "en": "The Word file is encrypted with a password. Remove the password in Word (File > Info > Protect Document) and run again.",
    },
    "legacy-doc": {
        "da": "Gammelt Word-format (.doc) understøttes ikke. Konverter til .docx, fx `soffice --headless --convert-to docx FIL.doc`.",
        "en": "Legacy Word format (.doc) is not supported. Convert it to .docx, e.g. `soffice --headless --convert-to docx FILE.doc`.",
    },
    "other-office": {
        "da": "Filen ({ext}) er et regneark, en præsentation eller et andet Office-format, ikke et aftaledokument (understøttet: .docx, .pdf, .odt, .rtf, .html, .eml, .txt, .md).",
        "en": "The file ({ext}) is a spreadsheet, a presentation or another Office format, not an agreement document (supported: .docx, .pdf, .odt, .rtf, .html, .eml, .txt, .md).",
    },
    "image": {
        "da": "Filen er et billede ({what}) uden tekst. Lint med tekstgenkendelse, `--ocr auto` (kræver Tesseract med dansk sprogmodel; PNG, JPEG og TIFF), eller kør OCR, fx `ocrmypdf`, og lint PDF'en.",
        "en": "The file is an image ({what}) without text. Lint with OCR, `--ocr auto` (needs Tesseract with its Danish model; PNG, JPEG and TIFF), or run OCR, e.g. `ocrmypdf`, and lint the resulting PDF.",
    },
    "image-broken": {
        "da": "Billedfilen ({what}) er beskadiget og kan ikke læses. Scan siden igen.",
        "en": "The image file ({what}) is damaged and cannot be read. Scan the page again.",
    },
    "image-too-large": {
        "da": "Et billede i filen er {pixels} megapixel; grænsen er {limit} megapixel (mulig dekomprimeringsbombe). Scan siden i 300 dpi.",
        "en": "An image in the file is {pixels} megapixels; the limit is {limit} megapixels (possible decompression bomb). Scan the page at 300 dpi.",
    },
    "ocr-too-many-pages": {
        "da": "Scanningen har {pages} sider uden tekst; tekstgenkendelse (OCR) læser højst {limit} sider pr. fil. Del filen op i de enkelte dokumenter.",
        "en": "The scan has {pages} pages without text; OCR reads at most {limit} pages per file. Split the file into its documents.",
    },
    "ocr-no-text": {
        "da": "Der blev ikke fundet tekst, heller ikke med tekstgenkendelse (OCR) af {pages} side(r): fx en tom side, et foto eller en meget utydelig scanning.",
        "en": "No text was found, not even with OCR of {pages} page(s): e.g. a blank page, a photo or a very faint scan.",
    },
    "low-ocr-confidence": {
        "da": "Side {page} er læst med tekstgenkendelse (OCR) med lav sikkerhed ({confidence} %); felter kan være læst forkert eller overset. Kontrollér siden, eller scan den igen i 300 dpi.",
        "en": "Page {page} was read with OCR at low confidence ({confidence} %); fields may be misread or missed. Check the page, or scan it again at 300 dpi.",
    },
    "ocr-note": {
        "da": "læst med OCR, sikkerhed {confidence} %",
        "en": "read with OCR, confidence {confidence} %",
    },
    "unknown-format": {
        "da": "Ukendt filformat ({ext}). Understøttet: .docx, .pdf, .odt, .rtf, .html, .eml, .txt, .md.",
        "en": "Unknown file format ({ext}). Supported: .docx, .pdf, .odt, .rtf, .html, .eml, .txt, .md.",
    },
    "not-what-it-says": {
        "da": "Filen hedder {ext}, men indholdet er ikke {fmt}. Den er beskadiget eller forkert navngivet.",
        "en": "The file is named {ext} but its content is not {fmt}. It is damaged or misnamed.",
    },
    "pdf-broken": {
        "da": "PDF-filen er beskadiget og kan ikke læses. Gem eller udskriv den igen som PDF.",
        "en": "The PDF file is damaged and cannot be read. Save or print it to PDF again.",
    },
    "pdf-encrypted": {
        "da": "PDF-filen er krypteret med adgangskode. Fjern adgangskoden og kør igen.",
        "en": "The PDF file is encrypted with a password. Remove the password and run again.",
    },
    "pdf-too-many-pages": {
        "da": "PDF-filen har {pages} sider; grænsen er {limit}. Det er næppe en aftale.",
        "en": "The PDF has {pages} pages; the limit is {limit}. It is hardly an agreement.",
    },
    "no-text": {
        "da": "Dokumentet har ingen tekst, der kan læses ({pages} side(r), fx en scanning). Lint med tekstgenkendelse, `--ocr auto` (kræver Tesseract med dansk sprogmodel), eller kør OCR, fx `ocrmypdf IND.pdf UD.pdf`, og lint igen.",
        "en": "The document has no readable text ({pages} page(s), e.g. a scan). Lint with OCR, `--ocr auto` (needs Tesseract with its Danish model), or run OCR, e.g. `ocrmypdf IN.pdf OUT.pdf`, and lint again.",
    },
    "empty-text": {
        "da": "Dokumentet indeholder ingen tekst.",
        "en": "The document contains no text.",
    },
    "timeout": {
        "da": "Læsningen tog mere end {seconds} sekunder og blev stoppet (--timeout).",
        "en": "Reading took more than {seconds} seconds and was stopped (--timeout).",
    },
    "memory": {
        "da": "Læsningen krævede mere hukommelse end grænsen på {limit} MB og blev stoppet.",
        "en": "Reading needed more memory than the limit of {limit} MB and was stopped.",
    },
    "crash": {
        "da": "Filen kunne ikke læses på grund af en uventet fejl i læseren ({kind}). Den er sandsynligvis beskadiget.",
        "en": "The file could not be read because of an unexpected error in the reader ({kind}). It is probably damaged.",
    },
}


class DocumentError(ReadError):
    """A :class:`ReadError` whose message can be rendered in Danish or English."""

    def __init__(self, code: ErrorCode, key: str, **params: object):
        self.key = key
        self.params = params
        super().__init__(code, message(key, "da", **params))

    def localized(self, lang: str) -> ReadError:
        """The same error as a plain :class:`ReadError` with its message in ``lang``."""
        return ReadError(self.code, message(self.key, lang, **self.params))


def message(key: str, lang: str = "da", **params: object) -> str:
    texts = _MESSAGES[key]
    return texts.get(lang, texts["da"]).format(**params)


def localize(error: ReadError, lang: str) -> ReadError:
    """``error`` as a plain, picklable :class:`ReadError` in ``lang``."""
    if isinstance(error, DocumentError):
        return error.localized(lang)
    return ReadError(error.code, error.message)
