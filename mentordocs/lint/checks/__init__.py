"""The rule kinds, one module each, named for the ``kind:`` a rule pack gives (``missing-field``
is :mod:`.missing_field`). Each module has ``KIND``, a docstring saying what it finds, and
``check(analysis, name, rule) -> list[Finding]``; the keys a rule of that kind may set besides the common ones are its
``Options`` model (``OPTIONS``), checked on the merged pack.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable

from mentordocs.lint.checks import (
    appeal_route,
    cpr_present,
    duration_limit,
    evaluation_before_end,
    follow_up_interval,
    missing_field,
    missing_reasons,
    unclear_goal,
)
from mentordocs.lint.checks._common import Options
from mentordocs.lint.pack_schema import Rule
from mentordocs.lint.model import Finding

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

Check = Callable[["Analysis", str, dict[str, Any]], list[Finding]]

_MODULES: tuple[ModuleType, ...] = (missing_field, duration_limit, unclear_goal, missing_reasons, appeal_route,
                                    cpr_present, evaluation_before_end, follow_up_interval)

#: kind name -> its check
KINDS: dict[str, Check] = {module.KIND: module.check for module in _MODULES}
#: kind name -> the model of the keys a rule of that kind may set besides the common ones
OPTIONS: dict[str, type[Options]] = {module.KIND: module.Options for module in _MODULES}
#: the keys every rule may set, whatever its kind: the pack schema's rule keys (which accept every
#: kind's keys, since a file may override a rule without restating its kind) less the kinds' own
COMMON_KEYS = frozenset(Rule.model_fields) - {key for model in OPTIONS.values() for key in model.model_fields}
