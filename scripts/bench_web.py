#!/usr/bin/env python3
"""Measure how long the web form takes to deliver a document: median over N downloads.

The app runs under werkzeug's threaded HTTP server on a free localhost port (the same server
``mentordocs serve`` uses), and each download is a real HTTP POST of the whole form with its
CSRF token, exactly what a browser sends. Timing covers the whole request: parsing the form,
validating the case, rendering the document (and, for PDF, the LibreOffice conversion), and
sending the bytes back. One warm-up request per format is excluded (it compiles templates and
starts LibreOffice's profile).

    python scripts/bench_web.py            # 20 DOCX and 20 PDF downloads
    python scripts/bench_web.py -n 50 --formats docx
"""

from __future__ import annotations

import argparse
import logging
import http.cookiejar
import re
import statistics
import threading
import time
import urllib.parse
import urllib.request

from werkzeug.serving import make_server

from mentordocs.web import create_app
from mentordocs.web.form import FIELDS, values_from_data
from mentordocs.web.security import PrivateRequestHandler
from tests.web.conftest import CASE  # (the same valid case the tests use)


def form_body(token: str) -> bytes:
    values, _ = values_from_data(CASE)
    pairs: list[tuple[str, str]] = [("csrf_token", token)]
    for path in FIELDS:
        value = values[path]
        pairs += [(path, v) for v in value] if isinstance(value, list) else [(path, value)]
    return urllib.parse.urlencode(pairs).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--requests", type=int, default=20)
    parser.add_argument("--formats", nargs="+", default=["docx", "pdf"], choices=["docx", "pdf"])
    parser.add_argument("--document", default="agreement", choices=["agreement", "decision"])
    args = parser.parse_args()

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # keep the output to the figures
    app = create_app({"SECRET_KEY": "bench"})
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=PrivateRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(base + "/").read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    body = form_body(token)

    print(f"HTTP server: werkzeug threaded, {base}; document: {args.document}; "
          f"{args.requests} requests per format after 1 warm-up")
    try:
        for fmt in args.formats:
            url = f"{base}/download/{args.document}/{fmt}"
            times = []
            for i in range(args.requests + 1):
                start = time.perf_counter()
                with opener.open(urllib.request.Request(url, data=body, method="POST")) as response:
                    data = response.read()
                    assert response.status == 200, response.status
                elapsed = time.perf_counter() - start
                if i:
                    times.append(elapsed)
            times.sort()
            p90 = times[max(0, int(len(times) * 0.9) - 1)]
            print(f"{fmt.upper():4}  median {statistics.median(times) * 1000:8.1f} ms   "
                  f"min {times[0] * 1000:8.1f} ms   p90 {p90 * 1000:8.1f} ms   "
                  f"max {times[-1] * 1000:8.1f} ms   size {len(data):,} bytes")
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
