"""``mentordocs rules``: list the lint rules of a pack, or explain one."""

from __future__ import annotations

import difflib

import click

from mentordocs.lint.rules import PackError, RulePack, load_pack, localized
from mentordocs.paths import LINT_RULES_DIR


def _describe_pack(pack: RulePack, lang: str) -> str:
    parents = ", ".join(p.stem for p in pack.parents)
    extends = (f", extends {parents}" if lang == "en" else f", bygger på {parents}") if parents else ""
    try:  # shipped packs are shown as lint_rules/NAME.yaml wherever the package is installed
        where = f"lint_rules/{pack.path.resolve().relative_to(LINT_RULES_DIR.resolve())}"
    except ValueError:
        where = str(pack.path)
    return f"{pack.name} ({where}{extends})"


def list_rules(pack: RulePack, lang: str = "da") -> str:
    """The rule table shown by ``mentordocs rules``."""
    header = ("Rule pack" if lang == "en" else "Regelsæt") + f": {_describe_pack(pack, lang)}"
    off = " (off by default)" if lang == "en" else " (slået fra som standard)"
    infos = pack.rule_infos(lang)
    width = max(len(i.name) for i in infos)
    pack_width = max(len(pack.origins.get(i.name, pack.name)) for i in infos)
    cols = ("NAME", "SEVERITY", "PACK", "SUMMARY") if lang == "en" else ("NAVN", "NIVEAU", "SÆT", "RESUMÉ")
    lines = [header, "", f"{cols[0]:<{width}}  {cols[1]:<8}  {cols[2]:<{pack_width}}  {cols[3]}"]
    for info in infos:
        enabled = pack.rules[info.name].get("enabled", True)
        origin = pack.origins.get(info.name, pack.name)
        lines.append(f"{info.name:<{width}}  {info.severity:<8}  {origin:<{pack_width}}  "
                     f"{info.summary}{'' if enabled else off}")
    hint = ("Run 'mentordocs rules NAME' for a rule's documentation." if lang == "en"
            else "Kør 'mentordocs rules NAVN' for en regels dokumentation.")
    lines += ["", hint]
    return "\n".join(lines)


def explain_rule(pack: RulePack, name: str, lang: str = "da") -> str:
    """The full documentation of one rule, as shown by ``mentordocs rules NAME``."""
    rule = pack.rules[name]
    info = next(i for i in pack.rule_infos(lang) if i.name == name)
    en = lang == "en"
    facts = [f"{'severity' if en else 'niveau'}: {info.severity}"]
    if info.field:
        facts.append(f"{'field' if en else 'felt'}: {info.field}")
    facts.append(f"{'pack' if en else 'regelsæt'}: {pack.origins.get(name, pack.name)}")
    if not rule.get("enabled", True):
        facts.append("off by default" if en else "slået fra som standard")
    lines = [f"{name}  ({', '.join(facts)})", "", *([info.title, ""] if info.title else []),
             info.summary, ""]
    if info.source:
        lines += [f"{'Source' if en else 'Kilde'}: {info.source}", ""]
    fix = localized(rule.get("fix"), lang)
    if info.doc:
        lines += [info.doc, ""]
    if fix:
        lines += [f"{'Fix hint' if en else 'Sådan retter du'}: {fix}", ""]
    return "\n".join(lines).rstrip() + "\n"


@click.command("rules")
@click.argument("name", required=False)
@click.option("--rules", "pack_name", default="default", show_default=True, metavar="PACK",
              help="Rule pack: a name in lint_rules/ (default, gribskov) or a path to a YAML file.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True,
              help="Language of summaries and messages.")
def rules(name: str | None, pack_name: str, lang: str) -> None:
    """List the lint rules, or explain rule NAME (what it checks, why, example, fix)."""
    try:
        pack = load_pack(pack_name)
    except PackError as exc:
        raise click.UsageError(str(exc)) from None
    if name is None:
        click.echo(list_rules(pack, lang))
        return
    if name not in pack.rules:
        close = difflib.get_close_matches(name, pack.rule_names(), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise click.UsageError(f"no rule named {name!r} in pack {pack.name!r}.{hint} "
                               f"Run 'mentordocs rules' to list them.")
    click.echo(explain_rule(pack, name, lang), nl=False)
