"""OCR of scanned pages with Tesseract (Danish model), through tesserocr.

Scanned agreements are image-only PDFs or TIFF/PNG/JPEG files. Each page image is turned upright
(Tesseract's orientation detection, OSD, for pages scanned at 90° or upside down), deskewed (the
skew angle from Tesseract's layout analysis), and read with the Danish model. The words come
back with their boxes; :func:`layout_lines` sets them on a character grid the way pypdf's layout
mode sets a PDF's text, so the PDF reader's layout stage (columns, tables, wrapped lines) reads
an OCR'd page exactly as it reads a text layer.

tesserocr calls the Tesseract C++ API inside this process: the lint worker's memory limit covers
it and killing the worker at the deadline stops it (a ``tesseract`` subprocess would outlive a
killed worker). The model is loaded once per process and reused for every page.
"""

from __future__ import annotations

import logging
import math
import os
import statistics
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Collection, Optional

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

# Tesseract's OpenMP threads would fight the lint workers (one per core) for the same cores.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


class OcrMode(StrEnum):
    """``--ocr``: which pages are read with OCR."""

    #: Pages without a text layer (and image files).
    AUTO = "auto"
    #: Also pages whose text layer is garbage (mostly non-letters or broken encoding).
    ALWAYS = "always"
    #: No OCR: scans are reported as ``no-text``, images as ``unsupported-format``.
    NEVER = "never"


#: Language model; ``osd`` (orientation and script detection) is needed besides it.
LANGUAGE = "dan"
#: Mean word confidence (0-100) below which a page gets a ``low-ocr-confidence`` warning.
#: Clean 200-300 dpi scans of typed text score 85-95; below 60 words are often wrong.
CONFIDENCE_FLOOR = 60.0
#: Resolution pages are read at: Tesseract is most accurate at about 300 dpi, and a finer scan
#: only costs time. Coarser images are not enlarged beyond :data:`MAX_UPSCALE`.
TARGET_DPI = 300
MAX_UPSCALE = 1.5
#: Resolution assumed for an image that does not state one.
DEFAULT_DPI = 200
#: Orientation detection confidence below which a page is left as it is.
_MIN_OSD_CONFIDENCE = 2.0
#: Skew (degrees) below which a page is not straightened.
_MIN_SKEW_DEGREES = 0.3

_TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                  "/usr/share/tessdata", "/usr/local/share/tessdata",
                  "/opt/homebrew/share/tessdata", "/usr/local/share/tesseract-ocr/tessdata")


def tessdata_dir() -> Optional[Path]:
    """The folder with ``dan.traineddata`` and ``osd.traineddata``: ``$TESSDATA_PREFIX`` or a
    distribution's standard place; None when the models are not installed."""
    candidates = [os.environ["TESSDATA_PREFIX"]] if os.environ.get("TESSDATA_PREFIX") else []
    candidates += _TESSDATA_DIRS
    for candidate in candidates:
        folder = Path(candidate)
        for option in (folder, folder / "tessdata"):
            if (option / f"{LANGUAGE}.traineddata").is_file() and (option / "osd.traineddata").is_file():
                return option
    return None


@lru_cache(maxsize=1)
def unavailable_reason() -> Optional[str]:
    """Why OCR cannot run here (English, for logs and usage errors), or None when it can."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return "the Python package tesserocr is not installed (pip install tesserocr)"
    if tessdata_dir() is None:
        return ("Tesseract's Danish and OSD models were not found (apt-get install "
                "tesseract-ocr-dan tesseract-ocr-osd, or set TESSDATA_PREFIX)")
    return None


def available() -> bool:
    """Whether Tesseract and its Danish model can be used."""
    return unavailable_reason() is None


def default_mode() -> OcrMode:
    """``auto`` when Tesseract is installed, else ``never``."""
    return OcrMode.AUTO if available() else OcrMode.NEVER


def engine_id() -> str:
    """What an OCR result depends on besides the page: the Tesseract build and the model files.
    Part of the result cache's key, so a new model never serves results of the old one."""
    if not available():
        return "none"
    import tesserocr

    folder = tessdata_dir()
    assert folder is not None
    models = [folder / f"{name}.traineddata" for name in (LANGUAGE, "osd")]
    sizes = ",".join(f"{p.name}:{p.stat().st_size}" for p in models)
    return f"{tesserocr.tesseract_version().splitlines()[0]};{sizes};floor={CONFIDENCE_FLOOR}"


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    right: int
    bottom: int
    confidence: float
    #: Height of its text line's baseline under the word's middle. Word boxes grow with specks
    #: of dirt beside the letters; the baseline Tesseract fits through a line does not.
    baseline: float = 0.0


@dataclass(frozen=True)
class OcrPage:
    """One page read by OCR: its text as layout lines, and the mean word confidence (0-100)."""

    lines: list[str]
    confidence: float
    #: Degrees the page was turned (counter-clockwise) to stand upright: 0, 90, 180 or 270.
    rotated: int = 0


class _Engines:
    """The Tesseract APIs of this process, created on first use (never in a parent that forks)."""

    def __init__(self) -> None:
        self.pid = -1
        self.text: Any = None
        self.osd: Any = None

    def get(self) -> tuple[Any, Any]:
        if self.pid != os.getpid() or self.text is None:
            from tesserocr import OEM, PSM, PyTessBaseAPI

            folder = str(tessdata_dir())
            self.text = PyTessBaseAPI(path=folder, lang=LANGUAGE, psm=PSM.AUTO, oem=OEM.LSTM_ONLY)
            self.osd = PyTessBaseAPI(path=folder, lang="osd", psm=PSM.OSD_ONLY)
            self.pid = os.getpid()
        return self.text, self.osd


_ENGINES = _Engines()


def read_image(image: "Image.Image", dpi: float) -> OcrPage:
    """OCR one page image taken at ``dpi``: turned upright, deskewed, read in Danish.
    A page Tesseract cannot read (tesserocr raises RuntimeError) is a page without text."""
    try:
        return _read_image(image, dpi)
    except RuntimeError as exc:
        log.info("OCR of a page failed: %s", type(exc).__name__)
        return OcrPage(lines=[], confidence=0.0)


def _read_image(image: "Image.Image", dpi: float) -> OcrPage:
    image, dpi = _normalise(image, dpi)
    text_api, osd_api = _ENGINES.get()
    rotated = _orientation(osd_api, image)
    if rotated:
        # PIL turns counter-clockwise; OSD reports how far the page is turned counter-clockwise.
        image = image.rotate(rotated, expand=True, fillcolor=255)
    text_api.SetImage(image)
    text_api.SetSourceResolution(int(dpi))
    skew = _skew_degrees(text_api)
    if abs(skew) >= _MIN_SKEW_DEGREES:
        # The image itself is straightened, not only the word boxes afterwards: on skewed,
        # speckled pages Tesseract then misread digits and "@" ("2." as ">.", "me@" as "meg").
        image = image.rotate(skew, expand=True, fillcolor=255, resample=_bicubic())
        text_api.SetImage(image)
        text_api.SetSourceResolution(int(dpi))
    text_api.Recognize()
    words = _words(text_api)
    text_api.Clear()
    specks = _specks(words)
    kept = [word for word in words if id(word) not in specks]
    confidence = statistics.fmean(w.confidence for w in kept) if kept else 0.0
    return OcrPage(lines=layout_lines(words, hidden=specks), confidence=round(confidence, 1),
                   rotated=rotated)


def _bicubic() -> Any:
    from PIL import Image

    return Image.Resampling.BICUBIC


def _normalise(image: "Image.Image", dpi: float) -> tuple["Image.Image", float]:
    """Greyscale at about :data:`TARGET_DPI`: a 1200 dpi scan costs what a 300 dpi one does."""
    from PIL import Image

    if image.mode not in ("L", "1"):
        if image.mode in ("RGBA", "LA", "P", "PA"):
            image = image.convert("RGBA")
            background = Image.new("RGBA", image.size, (255, 255, 255, 255))
            image = Image.alpha_composite(background, image)
        image = image.convert("L")
    elif image.mode == "1":
        image = image.convert("L")
    dpi = dpi if dpi and 30 <= dpi <= 10_000 else DEFAULT_DPI
    scale = min(TARGET_DPI / dpi, MAX_UPSCALE)
    if abs(scale - 1) > 0.05:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS if scale < 1 else Image.Resampling.BICUBIC)
        dpi *= scale
    return image, dpi


def _orientation(osd_api: Any, image: "Image.Image") -> int:
    """Degrees (counter-clockwise) to turn ``image`` so its text stands upright. Detected on
    the page at half resolution (150 dpi tells the orientation as surely, at a quarter of the
    cost)."""
    osd_api.SetImage(image.reduce(2) if min(image.size) >= 1200 else image)
    try:
        found = osd_api.DetectOrientationScript()
    except RuntimeError:
        found = None  # too little text to tell: leave the page as it is
    osd_api.Clear()
    if not found or found.get("orient_conf", 0) < _MIN_OSD_CONFIDENCE:
        return 0
    return int(found.get("orient_deg", 0)) % 360


def _skew_degrees(api: Any) -> float:
    """The page's skew in degrees (PIL's sense: positive turns counter-clockwise back), from the
    baselines of the text lines Tesseract's layout analysis finds: the median slope of the
    longer lines. Tesseract reads a skewed line well, but its word boxes would not line up in
    rows, which the layout stage needs."""
    from tesserocr import RIL

    iterator = api.AnalyseLayout()
    if iterator is None:
        return 0.0
    width = api.GetThresholdedImage().width if hasattr(api, "GetThresholdedImage") else 0
    slopes: list[float] = []
    while True:
        baseline = iterator.Baseline(RIL.TEXTLINE)
        if baseline:
            (x1, y1), (x2, y2) = baseline
            if x2 - x1 > max(100, width // 8):
                slopes.append(math.degrees(math.atan2(y2 - y1, x2 - x1)))
        if not iterator.Next(RIL.TEXTLINE):
            break
    if len(slopes) < 2:
        return 0.0
    degrees = statistics.median(slopes)
    return degrees if abs(degrees) <= 10 else 0.0


def _words(api: Any) -> list[Word]:
    from tesserocr import RIL, iterate_level

    words: list[Word] = []
    iterator = api.GetIterator()
    if iterator is None:
        return words
    line: Optional[tuple[tuple[int, int], tuple[int, int]]] = None
    for word in iterate_level(iterator, RIL.WORD):
        if word.Empty(RIL.WORD):
            break  # a page without text still yields one empty position
        if word.IsAtBeginningOf(RIL.TEXTLINE) or line is None:
            line = word.Baseline(RIL.TEXTLINE) or None
        try:
            text = (word.GetUTF8Text(RIL.WORD) or "").strip()
        except RuntimeError:  # tesserocr's "No text returned"
            continue
        box = word.BoundingBox(RIL.WORD)
        if not text or not box:
            continue
        left, top, right, bottom = box
        words.append(Word(text, left, top, right, bottom, float(word.Confidence(RIL.WORD)),
                          _height_at(line, (left + right) / 2, bottom)))
    return words


def _height_at(baseline: Optional[tuple[tuple[int, int], tuple[int, int]]], x: float,
               fallback: float) -> float:
    if not baseline:
        return fallback
    (x1, y1), (x2, y2) = baseline
    if x2 == x1:
        return float(y1)
    return y1 + (x - x1) * (y2 - y1) / (x2 - x1)


#: A short "word" read with less confidence than this is a speck of dirt ("EEE", "'", "|").
_SPECK_CONFIDENCE = 40


def _specks(words: list[Word]) -> set[int]:
    """The ids of the "words" that are marks of dirt, punch holes and scanner noise: short
    ones read with little confidence, and tiny marks that are no letter, digit or dash."""
    heights = [w.bottom - w.top for w in words if len(w.text) >= 3 and w.bottom > w.top]
    line_height = statistics.median(heights) if heights else 0

    def speck(word: Word) -> bool:
        if word.text in _DASHES:
            return False  # "1. marts 2026 – 31. august 2026": the dash makes the period
        if not any(ch.isalnum() for ch in word.text):
            return word.confidence < 50 or (word.bottom - word.top) < 0.3 * line_height
        return len(word.text) <= 3 and word.confidence < _SPECK_CONFIDENCE

    return {id(word) for word in words if speck(word)}


_DASHES = frozenset({"-", "–", "—", "-–"})


#: Two words further apart than this many character widths stand in different columns.
_COLUMN_GAP_CHARS = 1.8


def layout_lines(words: list[Word], hidden: Collection[int] = ()) -> list[str]:
    """The words set on a character grid, row by row, as pypdf's layout mode sets a text layer.

    Words whose baselines lie closer together than half the usual distance between lines form
    one row (a table's label and value, which Tesseract reads as separate blocks, share a row).
    Within a row, words close together are one run separated by single spaces, and a wider gap
    starts a new run at the column its x position gives (at least three spaces on), so that
    table columns and text columns start at the same character on every row. A distance to the
    next row well over the usual one becomes a blank line (a paragraph break).

    Words whose id is in ``hidden`` (specks) take their place but write no text: a short word
    read badly and left out must not leave a gap that looks like a column gap.
    """
    if not words:
        return []
    ordered = sorted(words, key=lambda w: (w.baseline, w.left))
    heights = [w.bottom - w.top for w in words if len(w.text) >= 3 and w.bottom > w.top]
    pitch = _line_pitch([w.baseline for w in ordered], statistics.median(heights) if heights else 0.0)
    rows: list[list[Word]] = []
    for word in ordered:
        if rows and word.baseline - rows[-1][0].baseline < 0.5 * pitch:
            rows[-1].append(word)
        else:
            rows.append([word])
    widths = [(w.right - w.left) / len(w.text) for w in words
              if len(w.text) >= 4 and w.confidence >= 70]
    char_width = max(1.0, statistics.median(widths) if widths else pitch / 3)
    origin = min(w.left for w in words)
    lines: list[str] = []
    previous: Optional[float] = None
    for row in rows:
        row.sort(key=lambda w: w.left)
        baseline = statistics.median(w.baseline for w in row)
        if previous is not None and baseline - previous > 1.6 * pitch:
            lines.append("")
        previous = baseline
        text = ""
        last_right: Optional[int] = None
        for word in row:
            if id(word) in hidden:
                if last_right is not None:
                    last_right = max(last_right, word.right)
                continue
            if last_right is None:
                text = " " * round((word.left - origin) / char_width) + word.text
            elif word.left - last_right < _COLUMN_GAP_CHARS * char_width:
                text += " " + word.text
            else:
                column = round((word.left - origin) / char_width)
                text += " " * max(3, column - len(text)) + word.text
            last_right = word.right
        if text:
            lines.append(text)
    return lines


def _line_pitch(baselines: list[float], word_height: float) -> float:
    """The usual distance between the baselines of consecutive lines of text (``word_height``:
    the usual height of a word's box)."""
    steps = [b - a for a, b in zip(baselines, baselines[1:])]
    if not steps:
        return 50.0
    # Words of one line differ by a pixel or two; lines are tens of pixels apart. A third of a
    # word's height tells them apart; a tenth of the widest step only stands in where no height
    # is known (a letter whose footer stands 20 lines below the text would make every step
    # between its lines look like one within a line, and the page one row).
    spread = max(steps)
    within = 0.3 * word_height if word_height > 0 else 0.1 * spread
    between_lines = [step for step in steps if step > max(4.0, within)]
    # A page of few lines has as many paragraph gaps as line steps ("Kvittering …", a blank, two
    # lines, a blank, the footer): the steps within two and a half word heights are the lines'.
    near = [step for step in between_lines if step <= 2.5 * word_height]
    if near:
        return statistics.median(near)
    return statistics.median(between_lines) if between_lines else max(spread, 1.0)
