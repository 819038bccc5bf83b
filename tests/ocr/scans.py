"""Scanned documents for the OCR tests, made in code: text drawn onto a page image, the image
turned, blurred and speckled like a scanner's, then saved as PNG, TIFF or an image-only PDF.
Also PDFs with a hidden text layer over the image, as scanners and ``ocrmypdf`` write them.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_INCHES = (8.27, 11.69)
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(_FONT, size)
    except OSError:
        return ImageFont.truetype("DejaVuSans.ttf", size)


def page_image(lines: list[str], dpi: int = 200, *, angle: float = 0.0, noise: float = 0.0,
               seed: int = 1, point_size: float = 11, ink: int = 0) -> Image.Image:
    """An A4 page at ``dpi`` with ``lines`` in ``point_size`` type, turned by ``angle`` degrees
    (counter-clockwise) and speckled with ``noise`` (fraction of pixels flipped)."""
    width, height = int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    face = font(round(point_size / 72 * dpi))
    step = round(point_size / 72 * dpi * 1.3)
    x, y = round(dpi), round(dpi)
    for line in lines:
        if line:
            draw.text((x, y), line, font=face, fill=ink)
        y += step
    if angle:
        image = image.rotate(angle, expand=True, fillcolor=255, resample=Image.BICUBIC)
    if noise:
        # Optics blur the page a little; dust and sensor noise then speckle it.
        image = image.filter(ImageFilter.GaussianBlur(0.5))
        rng = random.Random(seed)
        pixels = image.load()
        for _ in range(int(image.width * image.height * noise)):
            px, py = rng.randrange(image.width), rng.randrange(image.height)
            pixels[px, py] = 0 if pixels[px, py] > 128 else 255
    return image


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels, blank lines kept."""
    lines: list[str] = []
    for paragraph in text.splitlines():
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and face.getlength(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def document_pages(text: str, dpi: int = 200, *, angle: float = 0.0, noise: float = 0.0,
                   point_size: float = 11) -> list[Image.Image]:
    """``text`` (a generated document's text) typeset on A4 pages with 1-inch margins, as a
    printer would, then scanned: one image per page, turned by ``angle`` degrees."""
    face = font(round(point_size / 72 * dpi))
    step = round(point_size / 72 * dpi * 1.3)
    width, height = int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi)
    lines = wrap(text, face, width - 2 * dpi)
    per_page = (height - 2 * dpi) // step
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    return [page_image(chunk, dpi, angle=angle, noise=noise, point_size=point_size, seed=n)
            for n, chunk in enumerate(chunks, start=1)]


def image_pdf(images: list[Image.Image], dpi: int = 200) -> bytes:
    """An image-only PDF: one page per image, no text layer (a plain scan)."""
    buffer = io.BytesIO()
    first, *rest = [image.convert("L") for image in images]
    first.save(buffer, format="PDF", resolution=dpi, save_all=True, append_images=rest)
    return buffer.getvalue()


def tiff(images: list[Image.Image], dpi: int = 200) -> bytes:
    """A (multi-page) TIFF, compressed as scanners do (Group 4 for black and white)."""
    buffer = io.BytesIO()
    first, *rest = [image.convert("1") for image in images]
    first.save(buffer, format="TIFF", compression="group4", dpi=(dpi, dpi), save_all=True,
               append_images=[image.convert("1") for image in rest])
    return buffer.getvalue()


def hidden_layer_pdf(lines: list[str], *, in_form: bool, visible: list[str] = (),
                     image: Image.Image | None = None) -> bytes:
    """A scan-like page (an image) with ``lines`` as invisible text (render mode 3) over it.

    ``in_form`` puts the hidden text in a form XObject, as ``ocrmypdf``'s hOCR renderer does;
    otherwise it is in the page's own content stream, as Tesseract's PDF renderer writes it.
    ``visible`` lines are drawn as ordinary text beside it.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    scan = image if image is not None else page_image(["(scannet side)"], dpi=100)
    pdf.drawImage(ImageReader(scan), 0, 0, *A4)

    def hidden_text() -> None:
        text = pdf.beginText(72, 770)
        text.setTextRenderMode(3)
        text.setFont("Helvetica", 11)
        for line in lines:
            text.textLine(line)
        pdf.drawText(text)

    if in_form:
        pdf.beginForm("ocr")
        hidden_text()
        pdf.endForm()
        pdf.doForm("ocr")
    else:
        hidden_text()
    if visible:
        text = pdf.beginText(72, 120)
        text.setFont("Helvetica", 11)
        for line in visible:
            text.textLine(line)
        pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def mixed_pdf(typed: list[str], scanned: Image.Image) -> bytes:
    """Two pages: ``typed`` lines as a real text layer, then a scanned page (an image only)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    text = pdf.beginText(72, 770)
    text.setFont("Helvetica", 11)
    for line in typed:
        text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.drawImage(ImageReader(scanned), 0, 0, *A4)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def tesseract_missing() -> str:
    """Why the OCR tests cannot run here ("" when they can): CI installs Tesseract."""
    from mentordocs.lint.readers import ocr

    reason = ocr.unavailable_reason()
    return f"Tesseract is not installed: {reason}" if reason else ""


def ocr_layer_pdf(lines: list[tuple[float, float, str]], *, skew_degrees: float = 0.0) -> bytes:
    """A page whose only text is an invisible OCR layer: ``(x, y, text)`` lines, each word a
    text object of its own in render mode 3, turned by ``skew_degrees`` about the page's
    origin as a scanner that fed the sheet askew would give them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    import math

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    angle = math.radians(skew_degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    size = 10
    for x, y, line in lines:
        offset = 0.0
        for word in line.split(" "):
            if word:
                wx, wy = x + offset, y
                text = pdf.beginText()
                text.setTextRenderMode(3)
                text.setFont("Helvetica", size)
                text.setTextTransform(cos, sin, -sin, cos, wx * cos - wy * sin, wx * sin + wy * cos)
                text.textOut(word)
                pdf.drawText(text)
            offset += stringWidth(word + " ", "Helvetica", size)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
