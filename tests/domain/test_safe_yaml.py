"""Every YAML the project reads refuses alias bombs and deep nesting (issue 13, items 1 and 11)."""

from __future__ import annotations

import pytest

from mentordocs import safe_yaml
from mentordocs.case import load_case_result


def alias_bomb(levels: int = 8) -> str:
    """The red team's 'billion laughs' in YAML: each level lists the previous one nine times."""
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, levels + 1):
        refs = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_the_alias_bomb_is_a_few_hundred_bytes() -> None:
    assert len(alias_bomb()) < 400


def test_an_alias_is_refused_with_its_line() -> None:
    with pytest.raises(safe_yaml.UnsafeYaml) as info:
        safe_yaml.load(alias_bomb())
    assert info.value.reason == "alias" and info.value.problem_mark.line == 0


def test_nesting_200000_deep_is_refused_without_recursion_error() -> None:
    with pytest.raises(safe_yaml.UnsafeYaml) as info:
        safe_yaml.load("a: " + "[" * 200_000)
    assert info.value.reason == "depth"


def test_json_nesting_200000_deep_is_refused_without_recursion_error() -> None:
    with pytest.raises(safe_yaml.UnsafeYaml) as info:
        safe_yaml.load_json('{"a": ' + "[" * 200_000 + "]" * 200_000 + "}")
    assert info.value.reason == "depth"


def test_ordinary_nesting_still_loads() -> None:
    assert safe_yaml.load("a: {b: [1, {c: 2}]}") == {"a": {"b": [1, {"c": 2}]}}


def test_quote_cuts_a_long_value_to_one_short_line() -> None:
    quoted = safe_yaml.quote("x" * 10_000_000)
    assert len(quoted) <= safe_yaml.MAX_QUOTED_CHARS and quoted.endswith("…")


def test_a_case_file_with_an_alias_bomb_gets_one_danish_error(tmp_path) -> None:
    path = tmp_path / "sag.yaml"
    path.write_text(alias_bomb(), encoding="utf-8")
    result = load_case_result(path)
    assert [issue.message for issue in result.errors] == [
        "Filen bruger YAML-ankre eller -aliaser (&navn, *navn) (linje 1, kolonne 5); det er "
        "ikke tilladt i en sagsfil. Skriv værdien ud hvert sted, den bruges."]


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_case_file_nested_200000_deep_gets_one_danish_error(tmp_path, suffix: str) -> None:
    path = tmp_path / f"sag{suffix}"
    path.write_text('{"a": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    result = load_case_result(path)
    assert len(result.errors) == 1 and "indlejret i mere end 50 niveauer" in result.errors[0].message


def test_the_fast_loader_reads_the_default_pack_as_the_safe_loader_does():
    import yaml

    from mentordocs.paths import LINT_RULES_DIR

    text = (LINT_RULES_DIR / "default.yaml").read_text(encoding="utf-8")
    assert safe_yaml.load(text) == yaml.safe_load(text)


@pytest.mark.parametrize("text, line", [("a: 1\nb: 2\na: 3\n", 2), ("a:\n  c: 2\n  d: 1\n  c: 3\n", 3)])
def test_a_key_given_twice_in_one_mapping_is_refused_with_its_line(text, line) -> None:
    # (a later duplicate would silently replace the first value)
    with pytest.raises(safe_yaml.UnsafeYaml) as info:
        safe_yaml.load(text)
    assert info.value.reason == "duplicate" and info.value.problem_mark.line == line


def test_the_same_key_in_two_mappings_is_no_duplicate() -> None:
    assert safe_yaml.load("- a: 1\n- a: 2\n") == [{"a": 1}, {"a": 2}]
    assert safe_yaml.load("p: {a: 1}\nq: {a: 2}\n") == {"p": {"a": 1}, "q": {"a": 2}}


def test_the_pure_python_loader_refuses_a_duplicate_key_too() -> None:
    import yaml

    with pytest.raises(safe_yaml.UnsafeYaml):
        yaml.load("a: 1\na: 2\n", Loader=safe_yaml._BoundedLoader)


def test_a_case_file_that_gives_a_field_twice_gets_one_danish_error_with_its_line(tmp_path) -> None:
    path = tmp_path / "sag.yaml"
    path.write_text("citizen:\n  name: Jonas Berg\n  name: Jonas B.\n", encoding="utf-8")
    result = load_case_result(path)
    assert [issue.message for issue in result.errors] == [
        "Et felt står to gange i samme afsnit af filen (linje 3, kolonne 3); det sidste ville ellers "
        "erstatte det første uden varsel. Slet det ene."]
