"""Security headers and privacy-preserving logging for the web form.

The form handles personal data (names, addresses, CPR numbers). The server keeps nothing: no
database, no files, and a session cookie that carries only the CSRF token. Logs must not carry
personal data either, so request lines are logged without query strings and every log record is
passed through :func:`~mentordocs.domain.cpr.mask_cpr` as a last line of defence.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, request
from werkzeug.serving import WSGIRequestHandler

from mentordocs.domain.cpr import mask_cpr

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


def add_security_headers(response: Response) -> Response:
    """Set the security headers on every response; forbid caching of anything but static files."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.endpoint != "static":
        # Pages and downloads may contain personal data: never keep them in any cache.
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    return response


class CprMaskingFilter(logging.Filter):
    """Masks CPR-like numbers in every record, whatever the logger was given."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is still better logged than dropped
            return True
        masked = mask_cpr(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


_FILTER = CprMaskingFilter()


def install_log_filters(app: Flask) -> None:
    """Attach the CPR filter to the loggers the app and the development server write to.

    A logger's own filters see only records logged on that logger, so the filter also goes on
    every handler that exists now (root's included): records propagated from child loggers
    such as ``mentordocs.lint`` pass through those.
    """
    loggers = [app.logger, logging.getLogger("werkzeug"), logging.getLogger("mentordocs"),
               logging.getLogger()]
    for logger in loggers:
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
        for handler in logger.handlers:
            if _FILTER not in handler.filters:
                handler.addFilter(_FILTER)


class PrivateRequestHandler(WSGIRequestHandler):
    """Development-server request handler that logs method, path and status, never the query
    string or the body."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = self.path.split("?", 1)[0]
        code = getattr(code, "value", code)
        self.log("info", '"%s %s" %s', self.command, mask_cpr(path), code)
