#!/usr/bin/env python3
"""Measure how long the web form takes to deliver a document: median and p95 over N downloads.

The app runs under werkzeug's threaded HTTP server on a free localhost port (the same server
``mentordocs serve`` uses), and each download is a real HTTP POST of the whole form with its
CSRF token, exactly what a browser sends. Timing covers the whole request: parsing the form,
validating the case, rendering the document (and, for PDF, the LibreOffice conversion), and
sending the bytes back. One warm-up request per format is excluded (it compiles templates and
starts LibreOffice's profile).

PDF is measured twice in the same run: with a cold LibreOffice per request (the fallback) and
on warm converters (``MENTORDOCS_CONVERTERS``, one per core, as ``mentordocs serve`` runs), and
then ``--concurrent`` PDF requests are sent to the warm server at once; every one must succeed.

    python scripts/bench_web.py            # 20 DOCX, 20 cold and 20 warm PDFs, 20 at once
    python scripts/bench_web.py -n 50 --formats docx
"""

from __future__ import annotations

import argparse
import http.cookiejar
import logging
import math
import os
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


def p95(times: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(times)
    return ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)]


class Server:
    """One app on a free localhost port, with a session (cookie and CSRF token) like a browser."""

    def __init__(self, config: dict) -> None:
        self.app = create_app({"SECRET_KEY": "bench", **config})
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True,
                                  request_handler=PrivateRequestHandler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        jar = urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        self.opener = urllib.request.build_opener(jar)
        page = self.opener.open(self.base + "/").read().decode()
        self.body = form_body(re.search(r'name="csrf_token" value="([^"]+)"', page).group(1))

    def download(self, document: str, fmt: str) -> tuple[float, bytes]:
        url = f"{self.base}/download/{document}/{fmt}"
        start = time.perf_counter()
        with self.opener.open(urllib.request.Request(url, data=self.body, method="POST")) as response:
            data = response.read()
            assert response.status == 200, response.status
        return time.perf_counter() - start, data

    def shutdown(self) -> None:
        self.server.shutdown()


def measure(server: Server, document: str, fmt: str, n: int, label: str) -> float:
    times = []
    for i in range(n + 1):
        elapsed, data = server.download(document, fmt)
        if i:
            times.append(elapsed)
    median = statistics.median(times)
    print(f"{label:9} median {median * 1000:8.1f} ms   p95 {p95(times) * 1000:8.1f} ms   "
          f"min {min(times) * 1000:8.1f} ms   max {max(times) * 1000:8.1f} ms   "
          f"size {len(data):,} bytes")
    return median


def concurrent(server: Server, document: str, count: int) -> None:
    """``count`` PDF requests released at the same moment; report failures and latencies."""
    barrier = threading.Barrier(count)
    times: list[float] = []
    failures: list[str] = []

    def one() -> None:
        barrier.wait()
        try:
            elapsed, data = server.download(document, "pdf")
            if not data.startswith(b"%PDF-"):
                raise ValueError("not a PDF")
            times.append(elapsed)
        except Exception as exc:  # noqa: BLE001 - counted and reported
            failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=one) for _ in range(count)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    print(f"{count} PDF requests at once on the warm server: {len(times)} served, "
          f"{len(failures)} failed; wall {wall:.1f} s; latency median "
          f"{statistics.median(times) * 1000 if times else 0:.0f} ms, p95 "
          f"{p95(times) * 1000 if times else 0:.0f} ms")
    for failure in sorted(set(failures)):
        print(f"  failure: {failure}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--requests", type=int, default=20)
    parser.add_argument("--formats", nargs="+", default=["docx", "pdf"], choices=["docx", "pdf"])
    parser.add_argument("--document", default="agreement", choices=["agreement", "decision"])
    parser.add_argument("--converters", type=int, default=os.cpu_count() or 1,
                        help="warm converters for the warm PDF run (default: one per core)")
    parser.add_argument("--concurrent", type=int, default=20,
                        help="PDF requests sent at once to the warm server (0: skip)")
    args = parser.parse_args()

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # keep the output to the figures
    cold = Server({"MENTORDOCS_CONVERTERS": 0})
    print(f"HTTP server: werkzeug threaded; document: {args.document}; {args.requests} requests "
          f"per row after 1 warm-up; {os.cpu_count()} cores")
    medians = {}
    try:
        for fmt in args.formats:
            label = "PDF cold" if fmt == "pdf" else fmt.upper()
            medians[fmt] = measure(cold, args.document, fmt, args.requests, label)
    finally:
        cold.shutdown()
    if "pdf" not in args.formats:
        return 0
    warm = Server({"MENTORDOCS_CONVERTERS": args.converters})
    pool = warm.app.extensions["mentordocs.converters"]
    try:
        if not pool.wait_until_running():
            print("the warm converters did not start; see the log above")
            return 1
        warm_median = measure(warm, args.document, "pdf", args.requests,
                              f"PDF warm×{pool.size}")
        print(f"warm/cold median: {warm_median / medians['pdf']:.2f} (goal <= 0.33)")
        if args.concurrent:
            concurrent(warm, args.document, args.concurrent)
        print(f"warm conversions {pool.conversions}, converter restarts {pool.restarts}")
    finally:
        warm.shutdown()
        pool.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
