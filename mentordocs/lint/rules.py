"""Rule packs: YAML files in ``lint_rules/`` that instantiate the few rule *kinds* in code.

A pack names its rules, their kind, severity, messages (Danish and English), fix hints and
documentation, and holds the vocabulary the field finder and the rules use (labels, prose
patterns, placeholders, number words, limits). ``extends: default`` builds on another pack:
mappings merge key by key, a list replaces the parent's list, and ``key+:`` appends to it.

>>> pack = load_pack("gribskov")
>>> "evaluation-before-end" in pack.rule_names()
True
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from mentordocs import safe_yaml
from pydantic import ValidationError

from mentordocs.domain.fields import DOCUMENT_KINDS
from mentordocs.lint.pack_schema import check_pack_file
from mentordocs.paths import LINT_RULES_DIR

SEVERITIES = ("error", "warning", "info")
DOC_KINDS = DOCUMENT_KINDS


@dataclass
class RuleInfo:
    """What a reporter may say about a rule (for SARIF rule metadata and HTML legends)."""

    name: str
    severity: str
    summary: str
    field: str | None = None
    source: str = ""
    doc: str = ""
    #: The short name people read in reports ("Klagevejledning mangler"); the id stays for machines.
    title: str = ""

    @property
    def label(self) -> str:
        """The title, or the rule id for a rule that has none (a user pack, ``read-error``)."""
        return self.title or self.name


class PackError(Exception):
    """A rule pack that cannot be used. The message names the file and key and says what to do."""


@dataclass
class RulePack:
    """A loaded rule pack: its merged data and ``sha256``, a hash over the file, all its parents
    and the analysis code (so caches keyed by it notice any change that alters findings)."""

    name: str
    path: Path
    sha256: str
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    parents: tuple[Path, ...] = ()
    #: rule name -> name of the pack file that (last) defined it
    origins: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def rules(self) -> dict[str, dict[str, Any]]:
        return self.data.get("rules", {})

    def rule_names(self) -> list[str]:
        """All rule names in the pack, in pack order (disabled ones included)."""
        return list(self.rules)

    def enabled_rule_names(self) -> list[str]:
        return [name for name, rule in self.rules.items() if rule.get("enabled", True)]

    def rule_infos(self, lang: str = "da") -> list[RuleInfo]:
        """Rule metadata for reporters (SARIF, HTML legends) and ``mentordocs rules``."""
        return [RuleInfo(name=name, severity=rule["severity"],
                         summary=localized(rule.get("summary"), lang),
                         field=rule.get("field"), source=rule.get("source", ""),
                         doc=str(rule.get("doc", "")).rstrip(),
                         title=localized(rule.get("title"), lang))
                for name, rule in self.rules.items()]

    def text(self, rule: str, key: str, lang: str = "da") -> str:
        """A localised text of a rule (``message``, ``fix``, ``message_empty`` …)."""
        return localized(self.rules[rule].get(key), lang)


def localized(value: Any, lang: str) -> str:
    """Pick ``lang`` from a ``{da: …, en: …}`` mapping (Danish as the fallback)."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("da") or next(iter(value.values()), ""))
    return "" if value is None else str(value)


def available_packs() -> list[str]:
    """Names of the packs shipped in ``lint_rules/``."""
    return sorted(p.stem for p in LINT_RULES_DIR.glob("*.yaml"))


def _resolve(name_or_path: str, relative_to: Optional[Path] = None) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml"):
        if not candidate.is_absolute() and relative_to is not None:
            sibling = relative_to.parent / candidate
            if sibling.is_file():
                return sibling
        if candidate.is_file():
            return candidate
        raise PackError(f"rule pack file {name_or_path!r} does not exist; give a YAML file or one of "
                        f"the shipped packs: {', '.join(available_packs())}")
    if relative_to is not None:
        sibling = relative_to.parent / f"{name_or_path}.yaml"
        if sibling.is_file():
            return sibling
    shipped = LINT_RULES_DIR / f"{name_or_path}.yaml"
    if shipped.is_file():
        return shipped
    raise PackError(f"unknown rule pack {name_or_path!r}; choose one of {', '.join(available_packs())} "
                    f"or give the path to a .yaml file")


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read the rule pack ({exc})") from None
    try:
        data = safe_yaml.load(raw)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise PackError(f"{path}: {problem}{where}; fix the YAML syntax") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PackError(f"{path}: a rule pack must be a YAML mapping (keys such as rules:, fields:)")
    problem = check_pack_file(data, path, raw)
    if problem is not None:
        raise PackError(problem)
    return data


def merge(parent: Any, child: Any) -> Any:
    """Merge a child pack onto its parent: mappings recursively, lists replaced, ``key+`` appends."""
    if not isinstance(parent, dict) or not isinstance(child, dict):
        return child
    result = dict(parent)
    for key, value in child.items():
        if isinstance(key, str) and key.endswith("+"):
            base = key[:-1]
            existing = result.get(base, [])
            if not isinstance(existing, list) or not isinstance(value, list):
                raise PackError(f"'{key}' appends to a list, but '{base}' or the new value is not a list")
            result[base] = existing + value
        elif key in result:
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def _load_chain(path: Path, seen: tuple[Path, ...]) -> tuple[dict[str, Any], tuple[Path, ...]]:
    resolved = path.resolve()
    if resolved in seen:
        chain = " -> ".join(str(p.name) for p in (*seen, resolved))
        raise PackError(f"{path}: 'extends' forms a cycle ({chain}); remove one of the extends lines")
    data = _read_yaml(path)
    parent_name = data.pop("extends", None)
    if parent_name is None:
        return data, (resolved,)
    if not isinstance(parent_name, str):
        raise PackError(f"{path}: 'extends' must name one pack (a name or a .yaml path)")
    try:
        parent_path = _resolve(parent_name, relative_to=path)
    except PackError as exc:
        raise PackError(f"{path}: extends: {exc}") from None
    parent_data, files = _load_chain(parent_path, (*seen, resolved))
    try:
        merged = merge(parent_data, data)
    except PackError as exc:
        raise PackError(f"{path}: {exc}") from None
    return merged, (*files, resolved)


def _validate(data: dict[str, Any], path: Path) -> None:
    rules = data.get("rules")
    if not isinstance(rules, dict) or not rules:
        raise PackError(f"{path}: the pack defines no rules; add a 'rules:' mapping or 'extends: default'")
    # The rule kinds (mentordocs/lint/checks/, one module each) build their findings with this
    # module's helpers, so they are imported when a pack is checked, not when this module loads.
    from mentordocs.lint.checks import COMMON_KEYS, OPTIONS
    from mentordocs.lint.checks import KINDS as kinds

    for name, rule in rules.items():
        where = f"{path}: rules.{name}"
        if not isinstance(rule, dict):
            raise PackError(f"{where}: must be a mapping with kind, severity, message …")
        kind = rule.get("kind")
        if kind not in kinds:
            raise PackError(f"{where}.kind: unknown rule kind {kind!r}; use one of "
                            f"{', '.join(kinds)}")
        if rule.get("severity") not in SEVERITIES:
            raise PackError(f"{where}.severity: must be one of {', '.join(SEVERITIES)}, "
                            f"not {rule.get('severity')!r}")
        own = {key: value for key, value in rule.items() if key not in COMMON_KEYS}
        try:
            OPTIONS[kind].model_validate(own)
        except ValidationError as exc:
            error = exc.errors()[0]
            key = ".".join(str(part) for part in error["loc"])
            takes = ", ".join(OPTIONS[kind].model_fields) or "no keys of its own"
            if error["type"] == "extra_forbidden":
                raise PackError(f"{where}.{key}: a {kind} rule does not take {key!r}; it takes "
                                f"{takes} (besides {', '.join(sorted(COMMON_KEYS))})") from None
            raise PackError(f"{where}.{key}: {error['msg']} (a {kind} rule takes {takes})") from None
        if kind == "missing-field" and rule.get("field") not in data.get("fields", {}):
            raise PackError(f"{where}.field: {rule.get('field')!r} is not defined under 'fields:'")
        if not rule.get("message"):
            raise PackError(f"{where}.message: every rule needs a message (da and en)")
        for doc_kind in rule.get("applies_to", []) or []:
            if doc_kind not in DOC_KINDS:
                raise PackError(f"{where}.applies_to: {doc_kind!r} is not one of {', '.join(DOC_KINDS)}")


@functools.lru_cache(maxsize=1)
def _analysis_fingerprint() -> str:
    """A hash of the code that turns a pack into findings. It is part of ``RulePack.sha256``
    so a result cache keyed by the pack also notices a changed linter, not only a changed pack."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    # Readers too: a reader fix changes findings just as an analysis fix does.
    sources = sorted(here.rglob("*.py")) + sorted((here.parent / "domain").glob("*.py"))
    for source in sources:
        digest.update(source.name.encode())
        try:
            digest.update(source.read_bytes())
        except OSError:
            pass
    return digest.hexdigest()


def load_pack(name_or_path: str = "default") -> RulePack:
    """Load a rule pack by name (a file in ``lint_rules/``) or by path to a YAML file.

    Raises :class:`PackError` with the file, the key and what to do when the pack is unusable.
    """
    path = _resolve(str(name_or_path))
    data, files = _load_chain(path, ())
    _validate(data, path)
    digest = hashlib.sha256(_analysis_fingerprint().encode())
    for file in files:
        digest.update(file.read_bytes())
        digest.update(b"\0")
    origins: dict[str, str] = {}
    for file in files:
        own = _read_yaml(file)
        for rule_name in own.get("rules") or {}:
            origins[rule_name] = str(own.get("name") or file.stem)
    name = str(data.get("name") or path.stem)
    return RulePack(name=name, path=path, sha256=digest.hexdigest(), data=data, parents=files[:-1],
                    origins=origins)


def rules_markdown(pack: RulePack, lang: str = "en", *, only: Optional[list[str]] = None) -> str:
    """The reference documentation of a pack's rules as Markdown (``docs/rules.md`` embeds it)."""
    out: list[str] = []
    for info in pack.rule_infos(lang):
        if only is not None and info.name not in only:
            continue
        rule = pack.rules[info.name]
        facts = [f"severity `{info.severity}`"]
        if info.field:
            facts.append(f"field `{info.field}`")
        facts.append(f"kind `{rule['kind']}`")
        facts.append(f"pack `{pack.origins.get(info.name, pack.name)}`")
        if not rule.get("enabled", True):
            facts.append("off by default")
        doc = "\n".join(("##" + line) if line.startswith("## ") else line for line in info.doc.splitlines())
        title = f"{localized(rule.get('title'), 'da')} / {localized(rule.get('title'), 'en')}" \
            if rule.get("title") else ""
        out += [f"### `{info.name}`", "", *([f"**{title}**", ""] if title else []),
                f"{info.summary}", "", "; ".join(facts) + ".", "",
                f"Source: {info.source}", "", doc, "",
                f"Message (da): \"{localized(rule.get('message'), 'da')}\"", "",
                f"Fix hint (da): {localized(rule.get('fix'), 'da')}", ""]
    return "\n".join(out).rstrip() + "\n"


BEGIN_MARK = "<!-- BEGIN GENERATED RULE REFERENCE (mentordocs.lint.rules.update_rules_doc) -->"
END_MARK = "<!-- END GENERATED RULE REFERENCE -->"


def rules_reference() -> str:
    """The generated part of ``docs/rules.md``: every rule of the shipped packs."""
    default, gribskov = load_pack("default"), load_pack("gribskov")
    extra = [n for n in gribskov.rule_names() if n not in default.rules]
    return ("## Rule reference: pack `default`\n\n" + rules_markdown(default)
            + "\n## Rule reference: pack `gribskov` (extends `default`)\n\n"
            + rules_markdown(gribskov, only=extra))


def update_rules_doc(path: Path | str) -> bool:
    """Rewrite the generated block of ``docs/rules.md``; return whether it changed."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN_MARK)
    _, _, tail = rest.partition(END_MARK)
    new = f"{head}{BEGIN_MARK}\n\n{rules_reference()}\n{END_MARK}{tail}"
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text
