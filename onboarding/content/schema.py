"""JSON Schema (draft 2020-12) of pack.yaml and chapter files, generated from the model.

Editors (e.g. VS Code with the YAML extension) attach `content/schema.json` to every file of a
pack: the top level accepts either a manifest or a chapter. Descriptions are the fields'
`metadata["doc"]`, so authors see the same words as in the loader's messages.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import MISSING

from onboarding.content import models as m
from onboarding.content.checks import COLOUR, MIN_CONTRAST, SUPPORTED_FORMAT
from onboarding.content.convert import (
    DISCRIMINATOR,
    ID_PATTERN,
    field_plans,
    kind_word,
    type_registry,
    union_members,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# Fields a chapter file must not contain (the loader sets them).
_NOT_WRITTEN: dict[type, set[str]] = {m.Chapter: {"id"}}

# Rules the loader checks that JSON Schema can express too.
_EXTRA: dict[tuple[type, str], dict] = {
    (m.Manifest, "format"): {"const": SUPPORTED_FORMAT},
    (m.Manifest, "pass_mark"): {"minimum": 0, "maximum": 100},
    (m.Manifest, "languages"): {"contains": {"const": "sv"}, "uniqueItems": True},
    (m.Manifest, "chapters"): {
        "minItems": 1,
        "uniqueItems": True,
        "items": {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"},
    },
    (m.Theme, "primary"): {"type": "string", "pattern": f"^{COLOUR.pattern}$"},
    (m.Theme, "accent"): {"type": "string", "pattern": f"^{COLOUR.pattern}$"},
    (m.Chapter, "steps"): {"minItems": 1},
    (m.QuizStep, "questions"): {"minItems": 1},
    (m.ChecklistStep, "items"): {"minItems": 1},
    (m.GlossaryStep, "terms"): {"minItems": 1},
    (m.SingleChoiceQuestion, "options"): {"minItems": 2},
    (m.MultipleChoiceQuestion, "options"): {"minItems": 2},
    (m.OrderingQuestion, "items"): {"minItems": 2},
    (m.MatchingQuestion, "pairs"): {"minItems": 2},
}

# A scalar the loader accepts as text: it keeps the number or word as written.
_SCALAR_TEXT = {"type": ["string", "number", "boolean"]}


def pack_schema() -> dict:
    builder = _Builder()
    manifest = builder.ref(m.Manifest)
    chapter = builder.ref(m.Chapter)
    return {
        "$schema": DRAFT,
        "title": "Onboarding content pack file (pack.yaml or a chapter file)",
        "description": (
            "pack.yaml describes the pack and lists its chapters; every other .yaml file in"
            " the pack folder is one chapter. Colours must also contrast with white text"
            f" ({MIN_CONTRAST}:1), which `onboarding validate` checks."
        ),
        "anyOf": [manifest, chapter],
        "$defs": builder.defs,
    }


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict] = {}

    def ref(self, cls: type) -> dict:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: definitions may refer to each other
            self.defs[name] = self._object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def text_ref(self) -> dict:
        if "Text" not in self.defs:
            self.defs["Text"] = {
                "description": "A plain string (Swedish), or {sv: ..., en: ...}.",
                "anyOf": [
                    _SCALAR_TEXT,
                    {
                        "type": "object",
                        "properties": {
                            "sv": {**_SCALAR_TEXT, "description": "Swedish."},
                            "en": {**_SCALAR_TEXT, "description": "English."},
                        },
                        "required": ["sv"],
                        "additionalProperties": False,
                    },
                ],
            }
        return {"$ref": "#/$defs/Text"}

    def union_ref(self, registry: dict[str, type]) -> dict:
        name = kind_word(registry).capitalize()
        if name not in self.defs:
            self.defs[name] = {}
            self.defs[name] = {
                "description": f"A {name.lower()}; its '{DISCRIMINATOR}' key says which kind: "
                + ", ".join(registry)
                + ".",
                "oneOf": [self.ref(cls) for cls in registry.values()],
            }
        return {"$ref": f"#/$defs/{name}"}

    def _object(self, cls: type) -> dict:
        skip = _NOT_WRITTEN.get(cls, set())
        properties: dict[str, dict] = {}
        required: list[str] = []
        kind = getattr(cls, "TYPE", "")
        if kind:
            properties[DISCRIMINATOR] = {"const": kind, "description": f"Always '{kind}' here."}
            required.append(DISCRIMINATOR)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        for name, plan in field_plans(cls).items():
            if name in skip:
                continue
            schema = dict(self.type_schema(plan.tp, name))
            schema.update(_EXTRA.get((cls, name), {}))
            if plan.doc:
                schema["description"] = plan.doc
            default = _json_default(fields[name])
            if default is not MISSING:
                schema["default"] = default
            properties[name] = schema
            if plan.required:
                required.append(name)
        result = {"type": "object"}
        if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
            result["description"] = " ".join(cls.__doc__.split())
        result.update(properties=properties, additionalProperties=False)
        if required:
            result["required"] = required
        return result

    def type_schema(self, tp, name: str = "") -> dict:
        if tp is m.Text:
            return self.text_ref()
        if tp is str:
            if name == "id":
                return {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"}
            return dict(_SCALAR_TEXT)
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        union = union_members(tp)
        if union is not None:
            members, optional = union
            if len(members) == 1:
                inner = self.type_schema(members[0], name)
            else:
                registry = type_registry(members)
                if registry is None:
                    raise TypeError(f"unsupported union in the model: {tp!r}")
                inner = self.union_ref(registry)
            return {"anyOf": [inner, {"type": "null"}]} if optional else inner
        origin = typing.get_origin(tp)
        if origin is typing.Literal:
            return {"enum": list(typing.get_args(tp))}
        if origin is tuple:
            return {"type": "array", "items": self.type_schema(typing.get_args(tp)[0], name)}
        if dataclasses.is_dataclass(tp):
            return self.ref(tp)
        raise TypeError(f"unsupported type in the model: {tp!r}")


def _json_default(field: dataclasses.Field):
    value = field.default
    if value is MISSING or value is None or value == "" or dataclasses.is_dataclass(value):
        return MISSING
    if isinstance(value, tuple):
        return list(value)
    return value
