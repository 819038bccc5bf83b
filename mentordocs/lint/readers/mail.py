"""Read an e-mail (.eml, RFC 5322/MIME) into blocks.

What a quality team archives as an e-mail is a mentor firm's agreement sent to the caseworker,
a decision letter sent as mail, or a scheduling note. The reader keeps what the sender wrote:

* the subject becomes the title (a heading block);
* the text body (``text/plain``, else ``text/html`` read by the HTML reader);
* attached documents (DOCX, PDF, ODT, RTF, HTML, TXT) are read by their own readers and follow
  the body under a heading with the attachment's name ("Bilag: aftale.docx"), one level deep;
* quoted earlier mail is *not* the sender's text: lines starting with ">" and everything after
  a reply header ("Den 3. marts 2026 skrev …:", "-----Oprindelig meddelelse-----",
  "-----Original Message-----") are dropped. A signature after the "-- " separator is kept: it is
  the sender's own text, often the mentor's name and phone (the field finder tells a signing
  caseworker from a signing mentor by the role the signature gives). Except
  when a short reply ("Tak, jeg er enig") quotes a document (several "Label: value" lines): then
  the archived mail is that document, and it is read after the reply.
  A forwarded message ("Videresendt meddelelse") is kept: it is the document being passed on; so
  is a mail forwarded as an attached message (``message/rfc822``), read as a mail of its own.

Headers other than the subject (addresses, dates) are not document text.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage, MIMEPart
from typing import Any, Optional

from mentordocs.lint.model import Block, BlockKind, ExtractedDocument, Location
from mentordocs.lint.limits import Limits

#: A reply header in Danish or English mail clients; what follows is the earlier mail.
_REPLY_HEADER = re.compile(
    r"^\s*(?:-{2,}\s*(?:oprindelig meddelelse|original message)\s*-{2,}|"
    r"(?:den|d\.|on)\s.{4,80}\s(?:skrev|wrote)\s*.{0,80}:\s*$|"
    r"(?:fra|from):\s.+\n(?:sendt|sent):\s)", re.IGNORECASE | re.MULTILINE)
_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)
_ATTACHED = (".docx", ".docm", ".pdf", ".odt", ".rtf", ".html", ".htm", ".txt", ".md")


def _shown_html(message: EmailMessage, plain: Any, path: str, limits: Limits) -> Optional[list[Block]]:
    """The blocks of a mail's HTML part when it also has a text part that holds clearly less
    (Outlook's "Denne meddelelse er sendt i HTML-format", a text part without the appeal guidance
    the HTML part has): mail clients show the HTML part. None when the text part is as full."""
    if plain is None or plain.get_content_type() != "text/plain":
        return None
    html = message.get_body(preferencelist=("html",))
    if html is None:
        return None
    from mentordocs.lint.readers.html import read_html

    try:
        shown = read_html(_content(html).encode("utf-8"), path, limits).blocks
    except Exception:  # noqa: BLE001 - an unreadable HTML part leaves the text part
        return None
    html_letters = sum(ch.isalpha() for block in shown for ch in block.text)
    plain_letters = sum(ch.isalpha() for ch in _content(plain))
    return list(shown) if plain_letters < _PLAIN_SHARE * html_letters else None


#: A text part with fewer letters than this share of its HTML part's lacks some of what is shown.
_PLAIN_SHARE = 0.85


def read_email(data: bytes, path: str, limits: Limits, *, depth: int = 0) -> ExtractedDocument:
    """Blocks of an e-mail: subject, the sender's own text, then attached documents."""
    from mentordocs.lint.readers import detect_format, _reader_for
    from mentordocs.lint.readers.text import read_text

    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    blocks: list[Block] = []
    subject = " ".join(str(message.get("subject", "") or "").split())
    subject = re.sub(r"^(?:(?:re|sv|vs|fw|fwd|videresend)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    if subject:
        blocks.append(Block(subject, BlockKind.HEADING, Location(paragraph=1), level=1))
    body = message.get_body(preferencelist=("plain", "html"))
    shown = _shown_html(message, body, path, limits)
    if shown is not None:
        blocks.extend(shown)  # the HTML part a mail client shows, when the text part lacks some of it
    elif body is not None:
        content = _content(body)
        if body.get_content_type() == "text/html":
            from mentordocs.lint.readers.html import read_html

            inner = read_html(content.encode("utf-8"), path, limits)
            blocks.extend(inner.blocks)
        else:
            text = own_text(content)
            quoted = quoted_document(content) if len(text.strip()) < _SHORT_REPLY else ""
            if quoted:
                # "Tak, jeg har læst det og er enig" over the agreement it answers: the archived
                # mail is that agreement, as a forwarded one is
                text = text + "\n\n" + quoted
            inner = read_text(text.encode("utf-8"), path, limits)
            blocks.extend(inner.blocks)
    if depth == 0:
        for part in message.iter_attachments():
            name = part.get_filename() or ""
            if part.get_content_type() == "message/rfc822":
                # a mail forwarded as an attached message: the document passed on, read as a mail
                forwarded = _forwarded(part, path, limits)
                if forwarded is not None:
                    blocks.append(Block(f"Bilag: {forwarded[0]}", BlockKind.HEADING, level=1))
                    blocks.extend(forwarded[1])
                continue
            if not name.lower().endswith(_ATTACHED):
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes) or not payload or len(payload) > limits.max_file_size:
                continue
            try:
                reader = _reader_for(detect_format(payload, name))
                attached = reader(payload, path, limits)
            except Exception:  # noqa: BLE001 - an unreadable attachment leaves the mail readable
                continue
            blocks.append(Block(f"Bilag: {name}", BlockKind.HEADING, level=1))
            blocks.extend(attached.blocks)
    numbered = [Block(b.text, b.kind, Location(b.location.page, n), b.level, b.cells, b.style)
                for n, b in enumerate(blocks, 1)]
    return ExtractedDocument(path=path, format="eml", blocks=numbered)


def _forwarded(part: MIMEPart, path: str, limits: Limits) -> Optional[tuple[str, list[Block]]]:
    """The subject and blocks of a mail attached as a message, or None if it cannot be read."""
    try:
        inner = part.get_content()
        raw = inner.as_bytes() if isinstance(inner, EmailMessage) else None
    except Exception:  # noqa: BLE001 - a broken attached message leaves the mail readable
        return None
    if not raw or len(raw) > limits.max_file_size:
        return None
    subject = " ".join(str(inner.get("subject", "") or "").split()) or "videresendt mail"
    return subject, read_email(raw, path, limits, depth=1).blocks


def _content(part: MIMEPart) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, AssertionError):
        raw = part.get_payload(decode=True)
        return raw.decode("latin-1") if isinstance(raw, bytes) else str(raw or "")


#: A reply shorter than this, over a quoted document, is a cover note to that document.
_SHORT_REPLY = 400
#: A line of a document: "Mentor: …", "3) Periode: …".
_DOCUMENT_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?[A-ZÆØÅ][^:\n]{1,40}:\s+\S", re.MULTILINE)


def quoted_document(text: str) -> str:
    """The earlier mail a reply quotes, unquoted, when it is a document (several "Label: value"
    lines and some length) rather than a conversation; else ""."""
    text = text.replace("\r\n", "\n")
    reply = _REPLY_HEADER.search(text)
    rest = text[reply.end():] if reply is not None else text
    lines = [line.lstrip()[1:] if line.lstrip().startswith(">") else line for line in rest.split("\n")]
    if reply is None:
        lines = [line for line, raw in zip(lines, rest.split("\n")) if raw.lstrip().startswith(">")]
    quoted = "\n".join(line[1:] if line.startswith(" ") else line for line in lines).strip()
    if len(quoted) < 300 or len(_DOCUMENT_LINE.findall(quoted)) < 3:
        return ""
    return quoted


def own_text(text: str) -> str:
    """The sender's own text: no quoted lines, nothing after a reply header; the signature's
    "-- " separator kept as "--" (it closes the letter as "Venlig hilsen" does), its lines kept."""
    text = text.replace("\r\n", "\n")
    reply = _REPLY_HEADER.search(text)
    if reply is not None:
        text = text[:reply.start()]
    text = _SIGNATURE.sub("--", text)
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
