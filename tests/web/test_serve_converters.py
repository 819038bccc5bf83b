"""`mentordocs serve` and its warm PDF converters (issue 12)."""

from __future__ import annotations

import os
from typing import Any

import pytest

from mentordocs.generate import converter


@pytest.mark.slow
def test_serve_starts_one_converter_per_core_by_default(monkeypatch):
    from click.testing import CliRunner
    from flask import Flask

    from mentordocs.cli import cli

    monkeypatch.delenv("MENTORDOCS_CONVERTERS")
    started: list[Any] = []
    monkeypatch.setattr(Flask, "run", lambda self, **kwargs: started.append(
        self.extensions.get("mentordocs.converters")))
    previous = converter.installed()
    try:
        result = CliRunner().invoke(cli, ["serve"])
        (pool,) = started
        assert result.exit_code == 0 and pool is converter.installed()
        assert pool.size == (os.cpu_count() or 1) and pool.wait_until_running()
    finally:
        if converter.installed() is not previous:
            converter.installed().stop()
        converter.install(previous)


def test_serve_with_converters_0_starts_none(monkeypatch):
    from click.testing import CliRunner
    from flask import Flask

    from mentordocs.cli import cli

    monkeypatch.delenv("MENTORDOCS_CONVERTERS")
    started: list[Any] = []
    monkeypatch.setattr(Flask, "run", lambda self, **kwargs: started.append(
        self.extensions.get("mentordocs.converters")))
    result = CliRunner().invoke(cli, ["serve", "--converters", "0"])
    assert result.exit_code == 0 and started == [None]
