"""'Tjek et dokument' under load: a grown server and many checks at once (issue 13, item 2)."""

from __future__ import annotations

import io
import mmap
import threading

from mentordocs.lint.rules import load_pack
from mentordocs.web import create_app
from mentordocs.web.isolation import CheckSlots, lint_upload

from .conftest import CsrfClient

AGREEMENT = ("Aftale om mentorstøtte\n\nMål: Anna gennemfører grundforløbet på SOSU-skolen.\n"
             "Mentor: Anne Hansen, tlf. 12 34 56 78\n").encode()


def test_a_check_works_when_the_server_has_grown_past_the_memory_cap() -> None:
    # The server's own address space is bigger than what a check may use: the cap must count
    # from the child's size at the fork, not from zero.
    pack = load_pack("default")
    grown = mmap.mmap(-1, 512 * 1024 * 1024)
    try:
        # Big enough that reading it needs fresh memory from the system.
        document = AGREEMENT + b"Opgaver: Hjaelpe med transport.\n" * 10_000
        result = lint_upload(document, "aftale.txt", pack, memory=256 * 1024 * 1024)
    finally:
        grown.close()
    assert result.error is None


def test_a_check_beyond_the_running_and_waiting_slots_is_told_to_try_again() -> None:
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret",
                      "MENTORDOCS_CHECKS_AT_ONCE": 1, "MENTORDOCS_CHECKS_WAITING": 0})
    client = CsrfClient(app.test_client())
    slots = app.extensions["mentordocs.check_slots"]
    assert slots.acquire()  # another check is running
    try:
        response = client.post("/check-document",
                               data={"document": (io.BytesIO(AGREEMENT), "aftale.txt")},
                               content_type="multipart/form-data")
    finally:
        slots.release()
    assert response.status_code == 503 and response.headers["Retry-After"]
    assert "Prøv igen om et øjeblik" in response.get_data(as_text=True)


def test_a_waiting_check_gets_the_slot_when_one_is_released() -> None:
    slots = CheckSlots(running=1, waiting=1, wait_seconds=60)
    assert slots.acquire()
    got: list[bool] = []
    waiter = threading.Thread(target=lambda: got.append(slots.acquire()))
    waiter.start()
    slots.release()
    waiter.join(60)
    assert got == [True]


def test_a_check_that_waits_too_long_gives_up() -> None:
    slots = CheckSlots(running=1, waiting=1, wait_seconds=0)
    assert slots.acquire()
    assert not slots.acquire()
