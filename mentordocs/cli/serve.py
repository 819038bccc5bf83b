"""``mentordocs serve``: the caseworkers' web form on this machine.

A thin layer over :func:`mentordocs.web.create_app` and werkzeug's development server, which is
fine for one person on localhost. For many users run the app under a real WSGI server behind a
TLS reverse proxy (see ``docs/web.md``).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import sys

import click

from mentordocs.domain.terminal import printable

_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def _is_local(host: str) -> bool:
    if host in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Keep the default unless others must reach the form; "
                   "then use a WSGI server behind TLS instead (docs/web.md).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--debug/--no-debug", default=False, show_default=True,
              help="Reload on code changes and show tracebacks in the browser. Never on a "
                   "network address.")
@click.option("--converters", type=click.IntRange(0), default=None, metavar="N",
              help="Warm LibreOffice converters for PDFs (at most one per core; 0: start "
                   "LibreOffice for each PDF). Default: $MENTORDOCS_CONVERTERS, else one per "
                   "core; 0 with --debug.")
def serve(host: str, port: int, debug: bool, converters: int | None) -> None:
    """Start the web form for filling in a case and downloading the documents.

    Open the printed address in a browser. The server keeps nothing: every request carries the
    whole form and documents are made in memory. Stop it with Ctrl+C.
    """
    from mentordocs.web import create_app
    from mentordocs.web.security import PrivateRequestHandler

    if not _is_local(host):
        click.secho(
            f"Advarsel: the form listens on {host}, so other machines can reach it, without "
            "TLS and with werkzeug's development server. The form handles personal data "
            "(names, CPR numbers). Run it behind a TLS reverse proxy with a WSGI server "
            "instead; see docs/web.md.", fg="yellow", err=True)
        if debug:
            raise click.UsageError("--debug shows tracebacks and a code console in the browser; "
                                   "it is refused on a non-local address. Use --no-debug.")
    # One handler on the root logger, so the app's CPR filter covers every record that is printed.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from mentordocs.profile import ProfileError

    try:
        config = {}
        if converters is not None:
            config["MENTORDOCS_CONVERTERS"] = converters
        elif not os.environ.get("MENTORDOCS_CONVERTERS"):  # else create_app reads it
            config["MENTORDOCS_CONVERTERS"] = 0 if debug else os.cpu_count() or 1
        app = create_app(config)
    except ProfileError as exc:  # names the profile file, the key and its line
        click.echo(f"error: {printable(str(exc))}", err=True)
        sys.exit(2)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"mentordocs web form: http://{shown}:{port}/  (Ctrl+C stops it)")
    try:
        app.run(host=host, port=port, debug=debug, use_reloader=debug, threaded=True,
                request_handler=PrivateRequestHandler)
    except OSError as exc:
        raise click.ClickException(f"Cannot listen on {host}:{port}: {exc.strerror or exc}. "
                                   "Choose another port with --port.") from None
