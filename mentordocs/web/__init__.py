"""The caseworkers' web form: fill in a case, see problems at once, download the documents.

Run it locally with ``mentordocs serve``; for many users run the app factory under a WSGI server
behind a TLS reverse proxy, e.g. ``gunicorn -w 2 'mentordocs.web:create_app()'`` (see
``docs/web.md``). The server keeps nothing: every request carries the whole form, documents are
generated in memory and the session cookie holds only the CSRF token.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
from typing import IO, Any, Optional

from flask import Flask, Request
from flask_wtf.csrf import CSRFProtect

from mentordocs import __version__
from mentordocs.generate.converter import DEFAULT_WAITING as CONVERTERS_WAITING
from mentordocs.web.security import add_security_headers, install_log_filters

__all__ = ["create_app", "DEFAULT_CONFIG"]

MB = 1024 * 1024

#: Settings a deployment may override through ``create_app(config)`` or environment variables
#: (``MENTORDOCS_SECRET_KEY``, ``MENTORDOCS_SECURE_COOKIES=1``, ``MENTORDOCS_MAX_UPLOAD_MB``,
#: ``MENTORDOCS_CHECKS_AT_ONCE``, ``MENTORDOCS_CONVERTERS``).
DEFAULT_CONFIG: dict[str, Any] = {
    # Largest request body; an uploaded agreement is the biggest thing anyone sends.
    "MAX_CONTENT_LENGTH": 10 * MB,
    # A caseworker may spend a long time on one form; the token lives as long as the session.
    "WTF_CSRF_TIME_LIMIT": 12 * 3600,
    # Flask-WTF's HTTPS referrer check would refuse every POST: we send Referrer-Policy
    # no-referrer. The token plus a SameSite=Strict cookie protect against cross-site posts.
    "WTF_CSRF_SSL_STRICT": False,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Strict",
    "SESSION_COOKIE_NAME": "mentordocs_csrf",
    # The lint pack that checks uploaded agreements, and that every generated document passes.
    "MENTORDOCS_LINT_PACK": "default",
    # A folder with the municipality's own templates (like `generate --templates`); None: shipped.
    "MENTORDOCS_TEMPLATES": None,
    # The municipality profile (mentordocs.yaml): None looks in $MENTORDOCS_PROFILE, then
    # ./mentordocs.yaml; False uses none. Its templates, rule pack, sender and period reading
    # apply to the form as to `mentordocs generate` (explicit settings above win).
    "MENTORDOCS_PROFILE": None,
    # "Tjek et dokument": checks running at once (default: one per CPU core), checks that may
    # wait for a free slot, and how long one waits before it is told to try again.
    "MENTORDOCS_CHECKS_AT_ONCE": os.cpu_count() or 1,
    "MENTORDOCS_CHECKS_WAITING": 8,
    "MENTORDOCS_CHECK_WAIT_SECONDS": 30.0,
    # Warm LibreOffice converters for "Hent PDF" (at most one per core; 0: a cold LibreOffice
    # per PDF). `mentordocs serve` uses one per core; under a WSGI server set
    # MENTORDOCS_CONVERTERS to the cores divided by the worker processes. PDF requests beyond
    # the converters wait in a queue of MENTORDOCS_CONVERTERS_WAITING, then get "try again".
    "MENTORDOCS_CONVERTERS": 0,
    "MENTORDOCS_CONVERTERS_WAITING": CONVERTERS_WAITING,
    # "dkfds": Det Fælles Designsystem's look (IBM Plex Sans, served locally); "" the house look.
    "MENTORDOCS_LOOK": "",
}

class InMemoryRequest(Request):
    """Keeps uploaded files in memory. Werkzeug would spool uploads over 500 kB to a temporary
    file; an uploaded agreement holds personal data and must never touch the disk.
    ``MAX_CONTENT_LENGTH`` bounds the memory one request can take."""

    def _get_file_stream(self, total_content_length: Optional[int], content_type: Optional[str],
                         filename: Optional[str] = None,
                         content_length: Optional[int] = None) -> IO[bytes]:
        return io.BytesIO()


csrf = CSRFProtect()
log = logging.getLogger("mentordocs.web")


def _env_config() -> dict[str, Any]:
    config: dict[str, Any] = {}
    if os.environ.get("MENTORDOCS_SECRET_KEY"):
        config["SECRET_KEY"] = os.environ["MENTORDOCS_SECRET_KEY"]
    if os.environ.get("MENTORDOCS_SECURE_COOKIES", "").lower() in ("1", "true", "yes"):
        config["SESSION_COOKIE_SECURE"] = True
    if os.environ.get("MENTORDOCS_MAX_UPLOAD_MB"):
        config["MAX_CONTENT_LENGTH"] = int(float(os.environ["MENTORDOCS_MAX_UPLOAD_MB"]) * MB)
    if os.environ.get("MENTORDOCS_TEMPLATES"):
        config["MENTORDOCS_TEMPLATES"] = os.environ["MENTORDOCS_TEMPLATES"]
    if os.environ.get("MENTORDOCS_PROFILE"):
        config["MENTORDOCS_PROFILE"] = os.environ["MENTORDOCS_PROFILE"]
    if os.environ.get("MENTORDOCS_CONVERTERS"):
        config["MENTORDOCS_CONVERTERS"] = int(os.environ["MENTORDOCS_CONVERTERS"])
    if os.environ.get("MENTORDOCS_LOOK"):
        config["MENTORDOCS_LOOK"] = os.environ["MENTORDOCS_LOOK"].strip().lower()
    if os.environ.get("MENTORDOCS_CHECKS_AT_ONCE"):
        config["MENTORDOCS_CHECKS_AT_ONCE"] = int(os.environ["MENTORDOCS_CHECKS_AT_ONCE"])
    return config


def _apply_profile(app: Flask) -> None:
    """Load the municipality profile once; a broken profile stops the server with its message
    (the file, the key, its line), as `mentordocs generate` does."""
    from mentordocs.profile import find_profile, load_profile

    setting = app.config.get("MENTORDOCS_PROFILE")
    path = None if setting is False else find_profile(setting or None)
    profile = load_profile(path) if path is not None else None
    app.extensions["mentordocs.profile"] = profile
    if profile is None:
        return
    if profile.templates is not None and not app.config.get("MENTORDOCS_TEMPLATES"):
        app.config["MENTORDOCS_TEMPLATES"] = str(profile.templates)
    if profile.rules and app.config.get("MENTORDOCS_LINT_PACK") in (None, "default"):
        app.config["MENTORDOCS_LINT_PACK"] = profile.rules


def create_app(config: Optional[dict[str, Any]] = None) -> Flask:
    """Build the web app. ``config`` overrides :data:`DEFAULT_CONFIG` and the environment.

    Without a ``SECRET_KEY`` a random one is made for this process: fine for ``mentordocs serve``,
    wrong for several worker processes (each would refuse the others' CSRF tokens), so a
    deployment sets ``MENTORDOCS_SECRET_KEY``.
    """
    app = Flask(__name__)
    app.request_class = InMemoryRequest
    app.config.update(DEFAULT_CONFIG)
    app.config.update(_env_config())
    app.config.update(config or {})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secrets.token_hex(32)
        log.info("MENTORDOCS_SECRET_KEY is not set; using a random key for this process. "
                 "Set it when running more than one worker process.")
    app.jinja_env.autoescape = True  # also for templates whose name does not end in .html
    app.jinja_env.globals["mentordocs_version"] = __version__
    from mentordocs.web.isolation import CheckSlots

    app.extensions["mentordocs.check_slots"] = CheckSlots(
        app.config["MENTORDOCS_CHECKS_AT_ONCE"], app.config["MENTORDOCS_CHECKS_WAITING"],
        app.config["MENTORDOCS_CHECK_WAIT_SECONDS"])
    _apply_profile(app)
    if app.config["MENTORDOCS_CONVERTERS"]:
        from mentordocs.generate.converter import start_pool

        app.extensions["mentordocs.converters"] = start_pool(
            app.config["MENTORDOCS_CONVERTERS"], waiting=app.config["MENTORDOCS_CONVERTERS_WAITING"])
    csrf.init_app(app)
    install_log_filters(app)
    app.after_request(add_security_headers)

    from mentordocs.web import errors, views

    app.register_blueprint(views.bp)
    errors.register(app)
    return app
