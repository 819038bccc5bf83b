"""What to do about a file that could not be read: by error code **and** file format.

The same code means different things in different formats. ``no-text`` for a PDF is a scan
without a text layer, which OCR can read; ``no-text`` for a DOCX or a TXT file is an empty or
wrongly saved document, and OCR would do nothing for it. The reports (HTML "Hvad gør man", the
spreadsheets' "Sådan retter du", the text report's "Ret:") all ask :func:`advice`.
"""

from __future__ import annotations

from pathlib import PurePosixPath

#: File suffix -> format family (the keys of :data:`ADVICE`'s inner mappings).
FAMILIES: dict[str, str] = {
    ".pdf": "pdf",
    ".tif": "image", ".tiff": "image", ".png": "image", ".jpg": "image", ".jpeg": "image",
    ".docx": "word", ".doc": "word", ".odt": "word", ".rtf": "word",
    ".txt": "text", ".md": "text", ".html": "text", ".htm": "text", ".eml": "text",
}

#: lang -> error code -> format family (``*`` for any other) -> advice.
ADVICE: dict[str, dict[str, dict[str, str]]] = {
    "da": {
        "no-text": {
            "pdf": "PDF'en har intet tekstlag (en scanning): kør linteren med --ocr auto, eller kør "
                   "tekstgenkendelse (OCR) på filen og lint den igen.",
            "image": "Tekstgenkendelsen fandt ingen tekst: scan siden igen (300 dpi, lige og skarp), "
                     "eller gennemgå dokumentet manuelt.",
            "*": "Filen indeholder ingen tekst: åbn den og tjek, om den er tom eller gemt forkert, "
                 "og gem dokumentet igen med indholdet.",
        },
        "corrupt-file": {
            "pdf": "PDF'en er beskadiget: åbn den og gem eller udskriv den igen som PDF.",
            "*": "Åbn filen i Word eller LibreOffice og gem en ny kopi.",
        },
        "encrypted": {
            "pdf": "Fjern PDF'ens adgangskode (gem en kopi uden beskyttelse), eller gennemgå "
                   "dokumentet manuelt.",
            "*": "Fjern adgangskoden (i Word: Filer > Oplysninger > Beskyt dokument), eller gennemgå "
                 "dokumentet manuelt.",
        },
        "unsupported-format": {
            "image": "Kør linteren med --ocr auto (kræver Tesseract), eller gem dokumentet som "
                     ".docx eller PDF med tekst.",
            "*": "Gem dokumentet som .docx eller PDF og kør linteren igen.",
        },
        "too-large": {
            "*": "Filen er større end grænsen; kontrollér, om den virkelig er en aftale.",
        },
        "timeout": {
            "*": "Læsningen tog for lang tid; gennemgå dokumentet manuelt.",
        },
    },
    "en": {
        "no-text": {
            "pdf": "The PDF has no text layer (a scan): lint with --ocr auto, or run OCR on the "
                   "file and lint it again.",
            "image": "OCR found no text: scan the page again (300 dpi, straight and sharp), or "
                     "review the document by hand.",
            "*": "The file contains no text: open it and check whether it is empty or saved "
                 "wrongly, and save the document again with its content.",
        },
        "corrupt-file": {
            "pdf": "The PDF is damaged: open it and save or print it to PDF again.",
            "*": "Open the file in Word or LibreOffice and save a new copy.",
        },
        "encrypted": {
            "pdf": "Remove the PDF's password (save an unprotected copy), or review the document "
                   "by hand.",
            "*": "Remove the password (in Word: File > Info > Protect Document), or review the "
                 "document by hand.",
        },
        "unsupported-format": {
            "image": "Lint with --ocr auto (needs Tesseract), or save the document as .docx or a "
                     "PDF with text.",
            "*": "Save the document as .docx or PDF and lint it again.",
        },
        "too-large": {
            "*": "The file exceeds the size limit; check that it really is an agreement.",
        },
        "timeout": {
            "*": "Reading took too long; review the document by hand.",
        },
    },
}


def family(path: str) -> str:
    """The format family of a file by its suffix (``*`` when unknown)."""
    return FAMILIES.get(PurePosixPath(path.replace("\\", "/")).suffix.lower(), "*")


def advice(code: str, path: str, lang: str = "da") -> str:
    """What to do about a read error ``code`` on the file at ``path`` ("" for an unknown code)."""
    by_family = ADVICE.get(lang, ADVICE["da"]).get(code, {})
    return by_family.get(family(path)) or by_family.get("*", "")
