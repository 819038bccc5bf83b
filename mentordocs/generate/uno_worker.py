"""One warm converter: LibreOffice plus a small XML-RPC server on a private Unix socket.

This file runs as a script under LibreOffice's own Python (Debian: ``/usr/bin/python3`` with
``python3-uno``), never inside mentordocs: it imports only the standard library, ``uno`` and
``unoserver.converter`` (the conversion code of unoserver 3.7, found through ``PYTHONPATH``).
:mod:`mentordocs.generate.converter` starts it, one per core, and talks to it.

Why not ``python -m unoserver.server``? Its XML-RPC server listens on a TCP port and converts
any *path* it is sent, so every local user could make it read or write files as us; it also
sleeps a fixed 7 s before it answers, and its conversion timeout does not fire (the executor is
shut down, i.e. waited for, before the timeout starts). Here:

* the XML-RPC server listens on a Unix socket inside the converter's private directory (mode
  0700, which also holds the LibreOffice profile and the temporary files), and only converts
  bytes it is sent, with the PDF export options it is started with;
* LibreOffice listens for UNO on 127.0.0.1 port 0, so the kernel picks a free port with no
  race; the port is read back from ``/proc/net/tcp`` and accepted only if the listening socket
  belongs to a process of this converter's own process group;
* the caller enforces the timeout: it kills this whole process group (LibreOffice included)
  and starts a new converter;
* when the parent process goes away, or LibreOffice dies, the converter kills LibreOffice,
  removes its directory and exits.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import xmlrpc.client
import xmlrpc.server


def _group_pids(pgid: int) -> list[int]:
    """The other processes of our process group: LibreOffice's oosplash and soffice.bin."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if os.getpgid(int(entry)) == pgid:
                    found.append(int(entry))
            except OSError:  # the process ended
                continue
    return found


def _group_socket_inodes(pgid: int) -> set[str]:
    inodes: set[str] = set()
    for pid in _group_pids(pgid):
        try:
            fd_dir = f"/proc/{pid}/fd"
            for fd in os.listdir(fd_dir):
                target = os.readlink(f"{fd_dir}/{fd}")
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:  # the process ended or is not ours to read
            continue
    return inodes


def _uno_port(pgid: int) -> int | None:
    """The 127.0.0.1 port a process of our group listens on, if any."""
    inodes = _group_socket_inodes(pgid)
    if not inodes:
        return None
    with open("/proc/net/tcp", encoding="ascii") as table:
        next(table)
        for line in table:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            address, _, port = local.partition(":")
            if state == "0A" and address == "0100007F" and inode in inodes:  # LISTEN, 127.0.0.1
                return int(port, 16)
    return None


class _Handler(xmlrpc.server.SimpleXMLRPCRequestHandler):
    disable_nagle_algorithm = False  # TCP_NODELAY does not exist on a Unix socket

    def address_string(self) -> str:  # a Unix socket has no client address
        return "local"


class _UnixXMLRPCServer(xmlrpc.server.SimpleXMLRPCServer):
    address_family = socket.AF_UNIX
    allow_reuse_address = False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--soffice", required=True)
    parser.add_argument("--home", required=True, help="private directory (mode 0700)")
    parser.add_argument("--filter", required=True, help="export filter name")
    parser.add_argument("--options", required=True, help="JSON object of PDF export options")
    parser.add_argument("--parent", type=int, required=True)
    parser.add_argument("--start-seconds", type=float, default=60.0)
    args = parser.parse_args()

    from unoserver.converter import UnoConverter  # needs LibreOffice's `uno`

    home = args.home
    pgid = os.getpgrp()
    office = subprocess.Popen(
        [args.soffice, "--headless", "--invisible", "--nocrashreport", "--nodefault", "--nologo",
         "--nofirststartwizard", "--norestore", "--nolockcheck",
         f"-env:UserInstallation=file://{home}/profile",
         "--accept=socket,host=127.0.0.1,port=0,tcpNoDelay=1;urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL)

    def stop(*_: object) -> None:
        """Kill LibreOffice, remove our directory (profile, temporary files: they may hold a
        document), and, if our parent is gone, the pool's directory once it is empty."""
        try:
            for pid in _group_pids(pgid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            shutil.rmtree(home, ignore_errors=True)
            if os.getppid() != args.parent:
                pool = os.path.dirname(home)
                if not [name for name in os.listdir(pool) if name != "lib"]:
                    shutil.rmtree(pool, ignore_errors=True)
        finally:
            os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)

    deadline = time.monotonic() + args.start_seconds
    converter = None
    while converter is None:
        if office.poll() is not None:
            print(f"LibreOffice exited with {office.returncode} while starting", file=sys.stderr)
            return 3
        if time.monotonic() > deadline:
            print("LibreOffice did not start in time", file=sys.stderr)
            stop()
        port = _uno_port(pgid)
        if port is not None:
            try:
                converter = UnoConverter(interface="127.0.0.1", port=str(port), temp_dir=home)
                break
            except Exception:  # noqa: BLE001 - UNO's exceptions: not ready yet, retry
                pass
        time.sleep(0.05)

    options = [f"{name}={str(value).lower() if isinstance(value, bool) else value}"
               for name, value in json.loads(args.options).items()]

    def convert(data: xmlrpc.client.Binary) -> xmlrpc.client.Binary:
        pdf = converter.convert(indata=data.data, convert_to="pdf", filtername=args.filter,
                                filter_options=options, update_index=False)
        return xmlrpc.client.Binary(pdf)

    def ping() -> int:
        return os.getpid()

    server = _UnixXMLRPCServer(os.path.join(home, "socket"), requestHandler=_Handler,  # type: ignore[arg-type]  # an AF_UNIX address is a path
                               logRequests=False, allow_none=False)
    server.register_function(convert)  # type: ignore[arg-type]  # typeshed knows no xmlrpc Binary arguments
    server.register_function(ping)

    def watch() -> None:  # LibreOffice died, or our parent did: stop everything
        while office.poll() is None and os.getppid() == args.parent:
            time.sleep(0.5)
        stop()

    threading.Thread(target=watch, daemon=True).start()
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
