"""Rule packs: loading by name or path, extends, error messages, hashes."""

from __future__ import annotations

import dataclasses
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .analysis_builders import rules_of
from mentordocs.domain.goals import load_vocabulary
from mentordocs.domain.fields import FIELDS, Field
from mentordocs.lint.analyze import analyze, compile_pack
from mentordocs.lint.text import fold_pattern, pack_alternation
from mentordocs.lint.vocabulary import FieldVocabulary
from mentordocs.lint.rules import PackError, load_pack
from mentordocs.paths import LINT_RULES_DIR

NINE = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_default_pack_has_the_nine_rules_with_docs_in_both_languages(pack):
    assert set(NINE) <= set(pack.rule_names())
    for name in NINE:
        rule = pack.rules[name]
        assert rule["message"]["da"] and rule["message"]["en"] and rule["fix"]["da"]
        for heading in ("## What it checks", "## Why it matters", "## Example", "## Fix"):
            assert heading in rule["doc"], (name, heading)
        assert rule["source"]


def test_rule_infos_for_reporters(pack):
    info = {i.name: i for i in pack.rule_infos("en")}["missing-goal"]
    assert (info.severity, info.field, info.summary) == ("error", "goal",
                                                          "The goal of the mentor support is missing.")


def test_gribskov_extends_default(pack, gribskov):
    assert set(pack.rule_names()) < set(gribskov.rule_names())
    assert {"evaluation-before-end", "follow-up-interval"} <= set(gribskov.rule_names())
    assert gribskov.parents == (LINT_RULES_DIR.resolve() / "default.yaml",)
    assert gribskov.origins["missing-goal"] == "default"
    assert gribskov.origins["follow-up-interval"] == "gribskov"


def test_appending_to_a_parent_list_with_plus(gribskov, pack):
    labels = gribskov.data["fields"]["follow_up"]["labels"]
    assert "evaluering af progression" in labels
    assert set(pack.data["fields"]["follow_up"]["labels"]) < set(labels)


def test_load_by_path_and_child_overrides_severity_and_limit(tmp_path, agreement):
    path = write(tmp_path, "kommune.yaml", """
        extends: default
        name: kommune
        settings: {max_months: 9}
        rules:
          unclear-goal: {severity: error}
    """)
    custom = load_pack(str(path))
    assert custom.name == "kommune" and custom.rules["unclear-goal"]["severity"] == "error"
    _, findings = analyze(agreement("labels", {"duration": "1. marts 2026 – 30. november 2026"}), custom)
    assert findings == []


def test_a_municipality_adds_a_label(tmp_path, agreement, pack):
    path = write(tmp_path, "kommune.yaml", """
        extends: default
        fields:
          hours:
            labels+: ["ugentlig støtte"]
    """)
    doc = agreement("labels", {"hours": None}, extra=("Ugentlig støtte: 3",))
    assert "missing-hours" in rules_of(analyze(doc, pack)[1])
    assert analyze(doc, load_pack(str(path)))[1] == []


def test_hash_covers_the_parent(tmp_path):
    parent = write(tmp_path, "parent.yaml", (LINT_RULES_DIR / "default.yaml").read_text(encoding="utf-8"))
    child = write(tmp_path, "child.yaml", "extends: parent.yaml\n")
    before = load_pack(str(child)).sha256
    parent.write_text(parent.read_text(encoding="utf-8").replace("evidence_chars: 160", "evidence_chars: 161"),
                      encoding="utf-8")
    assert load_pack(str(child)).sha256 != before


def test_unknown_pack_name(tmp_path):
    with pytest.raises(PackError, match="unknown rule pack 'nope'.*default.*gribskov"):
        load_pack("nope")


def test_missing_pack_file():
    with pytest.raises(PackError, match="does not exist"):
        load_pack("/no/such/pack.yaml")


def test_bad_yaml_names_file_and_line(tmp_path):
    path = write(tmp_path, "bad.yaml", "extends: default\nrules: [unclosed\n")
    with pytest.raises(PackError, match=r"bad\.yaml: .* at line \d+"):
        load_pack(str(path))


def test_unknown_rule_kind(tmp_path):
    path = write(tmp_path, "kind.yaml", """
        extends: default
        rules:
          my-rule: {kind: spell-check, severity: warning, message: {da: x, en: x}}
    """)
    with pytest.raises(PackError, match=r"rules\.my-rule\.kind: unknown rule kind 'spell-check'"):
        load_pack(str(path))


def test_bad_severity(tmp_path):
    path = write(tmp_path, "sev.yaml", """
        extends: default
        rules:
          missing-goal: {severity: fatal}
    """)
    with pytest.raises(PackError, match=r"missing-goal\.severity: must be one of error, warning, info"):
        load_pack(str(path))


def test_a_key_the_rules_kind_does_not_take_names_the_kind_and_its_keys(tmp_path):
    path = write(tmp_path, "days.yaml", """
        extends: default
        rules:
          missing-goal: {days: 14}
    """)
    with pytest.raises(PackError, match=r"missing-goal\.days: a missing-field rule does not take 'days'; "
                                         r"it takes field, message_empty"):
        load_pack(str(path))


def test_a_kinds_own_key_is_checked_against_its_model(tmp_path):
    path = write(tmp_path, "levels.yaml", """
        extends: gribskov
        rules:
          follow-up-interval:
            levels: [{name: "Niveau 1", max_hours_per_week: 1, max_interval_days: 0}]
    """)
    with pytest.raises(PackError, match=r"follow-up-interval\.levels\.0\.max_interval_days: .*greater than or "
                                         r"equal to 1 \(a follow-up-interval rule takes levels, intervals\)"):
        load_pack(str(path))


def test_an_interval_that_is_no_regex_is_an_error_naming_its_key(tmp_path):
    path = write(tmp_path, "intervals.yaml", """
        extends: gribskov
        rules:
          follow-up-interval:
            intervals: [{pattern: "hver (uge", days: 7}]
    """)
    with pytest.raises(PackError, match=r"follow-up-interval\.intervals\.0\.pattern: .*not a regular expression"):
        load_pack(str(path))


def test_cycle_in_extends(tmp_path):
    write(tmp_path, "a.yaml", "extends: b.yaml\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\n")
    with pytest.raises(PackError, match="cycle"):
        load_pack(str(tmp_path / "a.yaml"))


def test_pack_without_rules(tmp_path):
    with pytest.raises(PackError, match="defines no rules"):
        load_pack(str(write(tmp_path, "empty.yaml", "name: empty\n")))


def test_goal_vocabulary_still_loads_from_the_default_pack():
    assert "*fleksjob*" in load_vocabulary().anchors


# -- Gribskov rules -------------------------------------------------------------------------------------

def test_gribskov_complete_agreement_is_clean(agreement, gribskov):
    assert analyze(agreement("headings"), gribskov)[1] == []


def test_gribskov_evaluation_before_end_missing(agreement, gribskov):
    doc = agreement("labels", {"follow_up": "Statusmøde hver måned."})
    assert rules_of(analyze(doc, gribskov)[1]) == {"evaluation-before-end"}


def test_gribskov_dated_final_evaluation_counts(agreement, gribskov):
    doc = agreement("labels", {"follow_up": "Statusmøde hver måned; slutevaluering 14. august 2026."})
    assert analyze(doc, gribskov)[1] == []


def test_gribskov_service_level_interval(agreement, gribskov):
    doc = agreement("labels", {"hours": "3 timer pr. uge",
                               "follow_up": "Statusmøde hver 3. måned; evaluering 14 dage før ophør."})
    (finding,) = analyze(doc, gribskov)[1]
    assert finding.rule == "follow-up-interval" and "hver måned" in finding.message


def test_a_packs_own_interval_wording_sets_the_interval(agreement, tmp_path):
    path = write(tmp_path, "weeks.yaml", """
        extends: gribskov
        rules:
          follow-up-interval:
            intervals: [{pattern: 'hver sjette uge', days: 42}]
    """)
    doc = agreement("labels", {"hours": "3 timer pr. uge",
                               "follow_up": "Statusmøde hver sjette uge; evaluering 14 dage før ophør."})
    (finding,) = analyze(doc, load_pack(str(path)))[1]
    assert finding.rule == "follow-up-interval"


def test_gribskov_level_one_may_follow_up_quarterly(agreement, gribskov):
    doc = agreement("labels", {"hours": "1 time pr. uge",
                               "follow_up": "Statusmøde hver 3. måned; evaluering 14 dage før ophør."})
    assert analyze(doc, gribskov)[1] == []


def test_docs_rule_reference_is_up_to_date():
    from mentordocs.lint.rules import BEGIN_MARK, END_MARK, rules_reference

    text = (Path(__file__).resolve().parents[2] / "docs" / "rules.md").read_text(encoding="utf-8")
    generated = text.split(BEGIN_MARK, 1)[1].split(END_MARK, 1)[0].strip()
    assert generated == rules_reference().strip(), (
        "docs/rules.md is stale; run: python -c \"from mentordocs.lint.rules import update_rules_doc; "
        "update_rules_doc('docs/rules.md')\"")


def test_a_misspelt_key_is_an_error_naming_file_key_and_line(tmp_path):
    path = write(tmp_path, "kommune.yaml", """
        extends: default
        fields:
          goal:
            lables+: ["vores mål"]
        """)
    with pytest.raises(PackError) as raised:
        load_pack(str(path))
    message = str(raised.value)
    assert str(path) in message and "fields.goal.lables" in message and "line 5" in message


def test_a_misspelt_setting_is_an_error(tmp_path):
    path = write(tmp_path, "kommune.yaml", """
        extends: default
        settings:
          max_month: 5
        """)
    with pytest.raises(PackError, match="settings.max_month"):
        load_pack(str(path))


def test_a_municipality_adds_a_label_term_in_one_line(tmp_path, make_doc):
    path = write(tmp_path, "kommune.yaml", """
        extends: default
        fields:
          goal:
            terms+: ["drømmescenarie"]
        """)
    # a value that names the aim without a sentence about the citizen, so only the label says it
    # (for one citizen: a template that fills nothing and names nobody is none of the kinds)
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Ali Hansen",
                   "Drømmescenariet: fast job som lagermedarbejder hos Coop.")
    kind, findings = analyze(doc, load_pack(str(path)))
    assert "missing-goal" not in rules_of(findings)
    kind, findings = analyze(doc, load_pack())
    assert "missing-goal" in rules_of(findings)


@pytest.mark.parametrize("field", list(FIELDS), ids=lambda f: f.value)
def test_the_headings_generation_writes_are_labels_of_their_field(field, pack):
    vocab = compile_pack(pack).fields
    for heading in (FIELDS[field].label_da, FIELDS[field].label_en):
        assert vocab.classify_label(heading) == (frozenset({field.value}), "field")


def test_a_new_heading_in_the_domain_is_read_without_a_pack_change(monkeypatch, pack):
    renamed = dataclasses.replace(FIELDS[Field.HOURS], label_da="Ugentligt støtteomfang")
    monkeypatch.setitem(FIELDS, Field.HOURS, renamed)
    vocab = FieldVocabulary(pack.data, compile_pack(pack).periods)
    assert vocab.classify_label("Ugentligt støtteomfang") == (frozenset({"hours"}), "field")


def test_a_municipality_adds_a_content_cue_in_one_line(tmp_path, pack):
    path = write(tmp_path, "kommune.yaml", """
        extends: default
        cues:
          evaluation_line+: [trivselsmåling]
        """)
    line = "trivselsmaling 12.05.2026"
    assert not compile_pack(pack).fields.evaluation_line_re.search(line)
    assert compile_pack(load_pack(str(path))).fields.evaluation_line_re.search(line)


def test_a_misspelt_cue_is_an_error(tmp_path):
    path = write(tmp_path, "kommune.yaml", """
        extends: default
        cues:
          apeal_context: [indsigelse]
        """)
    with pytest.raises(PackError, match="cues.apeal_context"):
        load_pack(str(path))


_PACK_LISTS = [("kinds", "authority"), ("kinds", "private"), ("durations", "support_context"),
               ("appeal", "bodies"), ("cues", "not_period_label"),
               # lists where only some alternatives open with a literal or a group of literals
               ("kinds", "other", "form", "title"), ("kinds", "other", "report", "title")]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="abcdehijklmnoprstuvy §0123456789.-", max_size=80))
def test_a_pack_list_as_one_literal_led_alternation_matches_what_its_regexes_match(pack, text):
    for path in _PACK_LISTS:
        patterns = pack.data
        for key in path:
            patterns = patterns[key]
        plain = re.compile("|".join(f"(?:{fold_pattern(str(p))})" for p in patterns))
        joined = re.compile(pack_alternation(patterns))
        probe = f"{text} kommune jobcentret ars mentorstotte klub tjekliste statusrapporten {text}"
        assert [m.span() for m in plain.finditer(probe)] == [m.span() for m in joined.finditer(probe)]


def test_a_pack_with_yaml_aliases_is_refused_naming_file_and_line(tmp_path):
    levels = ['a0: &a0 ["x"]'] + [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]"
                                  for n in range(1, 9)]
    path = write(tmp_path, "bomb.yaml", "extends: default\n" + "\n".join(levels) + "\n")
    with pytest.raises(PackError, match=r"bomb\.yaml: anchors and aliases .* at line 2"):
        load_pack(str(path))


def test_every_shipped_rule_has_a_danish_and_an_english_title():
    """Reports name rules by title; the title is defined once, with the rule, in the pack."""
    for pack_name in ("default", "gribskov"):
        pack = load_pack(pack_name)
        for name, rule in pack.rules.items():
            title = rule.get("title")
            assert isinstance(title, dict) and title.get("da") and title.get("en"), (pack_name, name)
        assert all(info.title for info in pack.rule_infos("en"))


def test_every_rule_kinds_own_keys_are_accepted_by_the_pack_files_schema():
    from mentordocs.lint.checks import COMMON_KEYS, OPTIONS
    from mentordocs.lint.pack_schema import Rule

    own = {key for model in OPTIONS.values() for key in model.model_fields}
    assert own <= set(Rule.model_fields) and not own & COMMON_KEYS


def test_a_pack_that_gives_a_key_twice_is_refused_naming_file_key_and_line(tmp_path):
    path = write(tmp_path, "dobbelt.yaml", "extends: default\nsettings:\n  max_months: 6\n  max_months: 7\n")
    with pytest.raises(PackError, match=r"dobbelt\.yaml: the key 'max_months' is given twice .* at line 4"):
        load_pack(str(path))
