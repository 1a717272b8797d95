"""The JSON Schema generated from the model: complete, strict, and the committed copy is fresh."""

import dataclasses
import json
import re
from textwrap import dedent

import pytest
import yaml

from onboarding import paths
from onboarding.commands import schema as schema_command
from onboarding.content import models as m
from onboarding.content.convert import field_plans
from onboarding.content.schema import pack_schema

REGENERATE = "python -m onboarding schema --output content/schema.json"


def test_committed_schema_is_up_to_date():
    committed = paths.content_dir() / "schema.json"
    assert committed.is_file(), f"content/schema.json is missing; create it with `{REGENERATE}`"
    assert json.loads(committed.read_text(encoding="utf-8")) == pack_schema(), (
        f"content/schema.json is stale (the model changed); regenerate it with `{REGENERATE}`"
    )
    assert committed.read_text(encoding="utf-8") == schema_command.schema_text(), (
        f"content/schema.json is not formatted as generated; regenerate it with `{REGENERATE}`"
    )


def test_schema_command_prints_the_same_json_every_time(capsys):
    assert schema_command.main([]) == 0
    first = capsys.readouterr().out
    assert schema_command.main([]) == 0
    assert capsys.readouterr().out == first
    assert json.loads(first) == pack_schema()
    assert "e.g. 'förskollärare'" in first  # ensure_ascii=False keeps it readable


def test_top_level_accepts_a_manifest_or_a_chapter():
    schema = pack_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["anyOf"] == [{"$ref": "#/$defs/Manifest"}, {"$ref": "#/$defs/Chapter"}]


MODEL_CLASSES = [
    m.Manifest,
    m.Theme,
    m.Chapter,
    m.Person,
    m.ChecklistItem,
    m.Term,
    m.Option,
    m.OrderItem,
    m.MatchPair,
    *m.STEP_TYPES.values(),
    *m.QUESTION_TYPES.values(),
]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_every_model_field_is_described_and_nothing_else_is_allowed(cls):
    definition = pack_schema()["$defs"][cls.__name__]
    assert definition["type"] == "object"
    assert definition["additionalProperties"] is False
    plans = field_plans(cls)
    written = {name for name in plans if not (cls is m.Chapter and name == "id")}
    expected = written | ({"type"} if getattr(cls, "TYPE", "") else set())
    assert set(definition["properties"]) == expected
    for name in written:
        assert definition["properties"][name]["description"] == plans[name].doc
    required = {name for name in written if plans[name].required}
    if getattr(cls, "TYPE", ""):
        required.add("type")
        assert definition["properties"]["type"]["const"] == cls.TYPE
    assert set(definition.get("required", [])) == required


def test_steps_and_questions_are_one_of_their_types():
    defs = pack_schema()["$defs"]
    for union, registry in (("Step", m.STEP_TYPES), ("Question", m.QUESTION_TYPES)):
        refs = [r["$ref"].rsplit("/", 1)[1] for r in defs[union]["oneOf"]]
        assert [defs[name]["properties"]["type"]["const"] for name in refs] == list(registry)
    assert defs["StoryStep"]["properties"]["kind"]["enum"] == ["colleague", "manager"]


def test_chapter_files_may_not_carry_an_id():
    assert "id" not in pack_schema()["$defs"]["Chapter"]["properties"]
    assert dataclasses.fields(m.Chapter)  # the model still has it: set from the file name


# --- The schema checks real files (a small validator for the keywords it uses) -------------------


def schema_errors(instance, schema: dict, root: dict, path: str = "") -> list[str]:
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return schema_errors(instance, target, root, path)
    errors: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        matches = {
            "object": isinstance(instance, dict),
            "array": isinstance(instance, list),
            "string": isinstance(instance, str),
            "integer": isinstance(instance, int) and not isinstance(instance, bool),
            "number": isinstance(instance, int | float) and not isinstance(instance, bool),
            "boolean": isinstance(instance, bool),
            "null": instance is None,
        }
        if not any(matches[k] for k in kinds):
            return [f"{path}: not {kinds}"]
    if "const" in schema and instance != schema["const"]:
        errors.append(f"{path}: not {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{path}: not in {schema['enum']}")
    if (
        "pattern" in schema
        and isinstance(instance, str)
        and not re.search(schema["pattern"], instance)
    ):
        errors.append(f"{path}: does not match {schema['pattern']}")
    if "minimum" in schema and instance < schema["minimum"]:
        errors.append(f"{path}: below minimum")
    if "maximum" in schema and instance > schema["maximum"]:
        errors.append(f"{path}: above maximum")
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in instance:
                errors.append(f"{path}.{key}: required")
        for key, value in instance.items():
            if key in properties:
                errors += schema_errors(value, properties[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}.{key}: not allowed")
    if isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0):
            errors.append(f"{path}: too few items")
        if schema.get("uniqueItems") and len(set(map(repr, instance))) != len(instance):
            errors.append(f"{path}: items repeat")
        if "contains" in schema and not any(
            not schema_errors(item, schema["contains"], root) for item in instance
        ):
            errors.append(f"{path}: contains nothing matching")
        if "items" in schema:
            for i, item in enumerate(instance):
                errors += schema_errors(item, schema["items"], root, f"{path}[{i}]")
    if "anyOf" in schema:
        results = [schema_errors(instance, s, root, path) for s in schema["anyOf"]]
        if all(results):
            errors.append(f"{path}: matches none of anyOf ({min(results, key=len)})")
    if "oneOf" in schema:
        results = [schema_errors(instance, s, root, path) for s in schema["oneOf"]]
        if sum(not r for r in results) != 1:
            errors.append(f"{path}: matches {sum(not r for r in results)} of oneOf")
    return errors


def check(text: str) -> list[str]:
    schema = pack_schema()
    return schema_errors(yaml.safe_load(dedent(text)), schema, schema)


MANIFEST = """\
format: 1
id: demo
organisation: {sv: Kommunen, en: The municipality}
title: Välkommen
languages: [sv, en]
theme: {primary: "#00558c"}
pass_mark: 80
chapters: [intro]
"""

CHAPTER = """\
title: Intro
steps:
  - {id: a, type: reading, title: 2024, body: Text.}
  - id: s
    type: story
    title: T
    kind: manager
    person: {name: Anna, role: rektor}
    body: B
  - id: q
    type: quiz
    title: Q
    questions:
      - id: q1
        type: single
        prompt: P
        explanation: E
        step: a
        options: [{text: Ja, correct: true}, {text: Nej}]
      - {id: q2, type: true_false, prompt: P, explanation: E, step: a, answer: false}
"""


def test_valid_files_pass_the_schema():
    assert check(MANIFEST) == []
    assert check(CHAPTER) == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (MANIFEST, "pass_mark: 80", "pass_mark: 180"),
        (MANIFEST, "languages: [sv, en]", "languages: [en]"),
        (MANIFEST, '"#00558c"', '"blå"'),
        (MANIFEST, "format: 1", "format: 2"),
        (CHAPTER, "type: story", "type: berättelse"),
        (CHAPTER, "kind: manager", "kind: boss"),
        (CHAPTER, "title: Q", "titel: Q"),
        (CHAPTER, "{id: a, type: reading", "{id: 'a b', type: reading"),
        (CHAPTER, "[{text: Ja, correct: true}, {text: Nej}]", "[{text: Ja, correct: true}]"),
        (CHAPTER, "answer: false", "answer: kanske"),
        (CHAPTER, "person: {name: Anna, role: rektor}", "person: {name: Anna}"),
        (CHAPTER, "title: Intro", "id: intro\ntitle: Intro"),
    ],
)
def test_mistakes_fail_the_schema(text, old, new):
    assert old in text
    assert check(text.replace(old, new, 1)) != []
