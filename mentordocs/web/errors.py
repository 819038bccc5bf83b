"""Error pages in Danish: what went wrong and what to do next, never a stack trace."""

from __future__ import annotations

import traceback

from flask import Flask, render_template
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from mentordocs.generate.converter import ConverterBusy

_PAGES: dict[int, tuple[str, str]] = {
    400: ("Forespørgslen kunne ikke behandles",
          "Siden fik en forespørgsel, den ikke kunne forstå. Gå tilbage og prøv igen."),
    404: ("Siden findes ikke",
          "Tjek adressen, eller gå til forsiden og start derfra."),
    405: ("Handlingen er ikke tilladt her",
          "Siden kan ikke bruges på den måde. Gå til forsiden og brug knapperne i formularen."),
    413: ("Filen er for stor",
          "Den fil eller formular, du sendte, er større end grænsen på {limit}. "
          "Vælg en mindre fil. Intet er gemt på serveren."),
    500: ("Der skete en fejl på serveren",
          "Prøv igen om lidt. Dine oplysninger er ikke gemt på serveren; en kladde ligger stadig "
          "i din browser, hvis JavaScript er slået til."),
}


def _limit_text(app: Flask) -> str:
    limit = app.config.get("MAX_CONTENT_LENGTH") or 0
    return f"{limit / (1024 * 1024):.0f} MB".replace(".", ",")


def register(app: Flask) -> None:
    """Install Danish error pages for the HTTP errors a user can run into."""

    def page(status: int, title: str, text: str) -> tuple[str, int]:
        return render_template("error.html", status=status, title=title, text=text), status

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> ResponseReturnValue:
        return page(400, "Formularen er udløbet eller mangler sikkerhedsnøglen",
                    "Af sikkerhedshensyn skal formularen sendes fra denne side. Gå til forsiden "
                    "og send igen; er JavaScript slået til, ligger dine oplysninger stadig i "
                    "kladden.")

    @app.errorhandler(ConverterBusy)
    def converters_busy(exc: ConverterBusy):  # type: ignore[no-untyped-def]
        app.logger.warning("PDF refused: all converters busy and the queue full")
        rendered, status = page(503, "Serveren laver mange PDF-filer lige nu",
                                "Prøv igen om et øjeblik. Dine oplysninger er ikke gemt på "
                                "serveren; gå tilbage, så står formularen der stadig, og hent "
                                "PDF'en igen.")
        return rendered, status, {"Retry-After": str(exc.retry_after)}

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        status = exc.code or 500
        title, text = _PAGES.get(status, (exc.name, "Gå til forsiden og prøv igen."))
        response = page(status, title, text.format(limit=_limit_text(app)))
        if status == 405 and exc.get_response().headers.get("Allow"):
            rendered, code = response
            return rendered, code, {"Allow": exc.get_response().headers["Allow"]}
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> ResponseReturnValue:
        # Log the type and the stack only: an exception's message may quote form values.
        app.logger.error("Unexpected %s in request:\n%s", type(exc).__name__,
                         "".join(traceback.format_tb(exc.__traceback__)))
        title, text = _PAGES[500]
        return page(500, title, text)
