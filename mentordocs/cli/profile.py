"""``mentordocs profile check``: is a municipality profile usable?"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from mentordocs.cli.generate import _say


@click.group()
def profile() -> None:
    """The municipality profile (mentordocs.yaml)."""


@profile.command("check")
@click.argument("path", required=False, metavar="[FILE]",
                type=click.Path(path_type=Path, dir_okay=False))
def check(path: Path | None) -> None:
    """Validate a profile and show what it sets (exit 2 if it cannot be used).

    Without FILE: $MENTORDOCS_PROFILE, else ./mentordocs.yaml. Unknown keys are errors naming
    the file, the key and its line; the templates folder must exist and the rule pack load.
    """
    from mentordocs.profile import ProfileError, check_rules, find_profile, load_profile

    found = find_profile(path)
    if found is None:
        _say("error: no profile: give FILE, set MENTORDOCS_PROFILE or create ./mentordocs.yaml",
             err=True)
        sys.exit(2)
    try:
        loaded = load_profile(found)
        check_rules(loaded)
    except ProfileError as exc:
        _say(f"error: {exc}", err=True)
        sys.exit(2)
    policy = loaded.policy()
    _say(f"{found}: OK")
    _say(f"  sender: {loaded.sender.name or '(from each case)'}")
    for line in loaded.letterhead:
        _say(f"  letterhead: {line}")
    _say(f"  templates: {loaded.templates or '(shipped)'}")
    _say(f"  rules: {loaded.rules or 'default'}")
    _say(f"  period: max {policy.max_months} months; discharge up to "
         f"{policy.discharge_months_before} months before; evaluation "
         f"{policy.evaluation_before_end_days} days before the end")
    _say(f"  unverified legal references: "
         f"{'printed' if loaded.legal.print_unverified_refs else 'left out'}")
