"""Reading YAML (and JSON) that someone else wrote, without letting it cost more than its size.

``yaml.safe_load`` refuses Python tags, but it still expands aliases: eight levels of ``*a``
in 346 bytes become a billion strings once the value is walked (the "billion laughs" of YAML),
and a document nested 200,000 deep overflows the composer's recursion. Every YAML file the
project reads (case files, baselines, rule packs, the shipped legal data) goes through
:func:`load`, which refuses aliases and anchors and any nesting deeper than :data:`MAX_DEPTH`.
No file mentordocs writes or ships uses an alias, so nothing legitimate is lost.

The refusal is a :class:`yaml.MarkedYAMLError`, so callers that already turn YAML syntax errors
into a message with a line number handle it without a new branch; :attr:`UnsafeYaml.reason`
says which limit it was, for callers that want a message of their own.
"""

from __future__ import annotations

import json
from typing import Any, Optional

import yaml
from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, MappingStartEvent, ScalarEvent

#: Deepest nesting of mappings and lists accepted. A case file is five levels deep.
MAX_DEPTH = 50

#: Longest excerpt of a value an error message may quote (see :func:`quote`).
MAX_QUOTED_CHARS = 60


class UnsafeYaml(yaml.MarkedYAMLError):
    """A YAML document refused for its shape: an alias/anchor, or nesting too deep."""

    def __init__(self, reason: str, problem: str, mark: Any) -> None:
        super().__init__(problem=problem, problem_mark=mark)
        #: ``"alias"``, ``"depth"`` or ``"duplicate"`` (a key given twice in one mapping).
        self.reason = reason


class _BoundedLoader(yaml.SafeLoader):
    """A safe loader that composes no alias and no node deeper than :data:`MAX_DEPTH`."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
            raise UnsafeYaml("alias", "anchors and aliases (&name, *name) are not allowed",
                             event.start_mark)
        if isinstance(event, CollectionStartEvent):
            if self._depth >= MAX_DEPTH:
                raise UnsafeYaml("depth", f"nested deeper than {MAX_DEPTH} levels",
                                 event.start_mark)
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key in seen:
                raise UnsafeYaml("duplicate", f"the key {quote(key)} is given twice in one mapping",
                                 key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load(text: str) -> Any:
    """Parse one YAML document safely: no tags beyond the safe set, no aliases, bounded depth.

    With libyaml the events are checked first and the document is then built in C (the default
    rule pack loads in 30 ms instead of 240); without it the pure-Python loader checks while it
    composes."""
    if _FAST is None:
        return yaml.load(text, Loader=_BoundedLoader)  # a SafeLoader subclass: safe
    depth = 0
    # per open collection: its keys so far (None for a list) and whether a key comes next
    open_collections: list[tuple[Optional[set[Any]], list[bool]]] = []
    try:
        for event in yaml.parse(text, Loader=_FAST):
            if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
                raise UnsafeYaml("alias", "anchors and aliases (&name, *name) are not allowed", event.start_mark)
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise UnsafeYaml("depth", f"nested deeper than {MAX_DEPTH} levels", event.start_mark)
                _value_or_key(open_collections, None, event)
                open_collections.append((set() if isinstance(event, MappingStartEvent) else None, [True]))
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
                if open_collections:
                    open_collections.pop()
            elif isinstance(event, ScalarEvent):
                _value_or_key(open_collections, event.value, event)
    except yaml.MarkedYAMLError as exc:
        if not isinstance(exc, UnsafeYaml) and "nesting depth" in str(exc.problem or ""):
            # libyaml's scanner reads ahead and stops a flow ("[[[[…") deeper than 1,000 first
            raise UnsafeYaml("depth", f"nested deeper than {MAX_DEPTH} levels", exc.problem_mark) from None
        raise
    return yaml.load(text, Loader=_FAST)  # CSafeLoader: safe


def _value_or_key(open_collections: list[tuple[Optional[set[Any]], list[bool]]], key: Any, event: Any) -> None:
    """Note a node in the innermost open mapping: a key (refused when the mapping has it
    already) or the value after one. A later duplicate key would silently replace the first
    one's value, so a pack with two "calendar:" entries loses the first without a word."""
    if not open_collections:
        return
    keys, expecting = open_collections[-1]
    if keys is None:
        return
    if expecting[0]:
        if key is not None and key in keys:
            raise UnsafeYaml("duplicate", f"the key {quote(key)} is given twice in one mapping", event.start_mark)
        if key is not None:
            keys.add(key)
    expecting[0] = not expecting[0]


#: libyaml's safe loader, when PyYAML was built with it.
_FAST = getattr(yaml, "CSafeLoader", None)


def load_json(text: str) -> Any:
    """Parse JSON with the same depth bound as :func:`load`.

    ``json.loads`` itself recurses once per level; the bound is checked on the brackets first so
    a deeply nested file is refused with a line number instead of a ``RecursionError``.
    """
    _check_json_depth(text)
    return json.loads(text)


def _check_json_depth(text: str) -> None:
    depth = 0
    in_string = escaped = False
    line = 0
    line_start = 0
    for position, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                mark = yaml.Mark("json", position, line, position - line_start, None, None)
                raise UnsafeYaml("depth", f"nested deeper than {MAX_DEPTH} levels", mark)
        elif char in "]}":
            depth -= 1
        elif char == "\n":
            line += 1
            line_start = position + 1


def quote(value: Any, limit: int = MAX_QUOTED_CHARS) -> str:
    """``repr`` of a value for an error message, cut to ``limit`` characters.

    Error messages quote what the user wrote so they can find it; a value from a hostile file
    may be megabytes long, and the message must stay a line.
    """
    text = repr(str(value)[: limit + 1])
    if len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def excerpt(value: Any, limit: int = MAX_QUOTED_CHARS) -> str:
    """A value as typed, for a message that shows it in quotation marks, cut to ``limit``."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
