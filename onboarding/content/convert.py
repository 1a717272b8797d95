"""Composed YAML nodes -> model dataclasses, driven by the type hints in models.py.

Generic on purpose: a new field in the model is loaded, checked and documented without touching
this module. Every problem is collected (with the node's line and column and the key path, e.g.
`steps[2].person.role`) instead of stopping at the first one.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from onboarding.content.errors import Problem
from onboarding.content.models import LANGUAGES, Text
from onboarding.content.yamlnodes import describe, mark_position

ID_PATTERN = re.compile(r"[A-Za-z0-9_-]+")
DISCRIMINATOR = "type"

NULL = "tag:yaml.org,2002:null"
BOOL = "tag:yaml.org,2002:bool"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
# Scalars an author can write without a tag resolve to these; anything else (`!foo`,
# `!!python/...`, `!!binary`) has no place in a content pack.
PLAIN_SCALAR_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)

_TRUE = {"yes", "true", "on", "y"}


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: typing.Any = _Invalid()


# --- What the model says, computed once per class/type -----------------------------------------


@dataclass(frozen=True, slots=True)
class FieldPlan:
    name: str
    tp: typing.Any
    required: bool
    doc: str


_PLANS: dict[type, dict[str, FieldPlan]] = {}


def field_plans(cls: type) -> dict[str, FieldPlan]:
    """The loadable fields of a model dataclass, in declaration order (cached per class)."""
    plans = _PLANS.get(cls)
    if plans is None:
        hints = typing.get_type_hints(cls)
        plans = {
            f.name: FieldPlan(
                name=f.name,
                tp=hints[f.name],
                required=f.default is MISSING and f.default_factory is MISSING,
                doc=f.metadata.get("doc", ""),
            )
            for f in dataclasses.fields(cls)
            if f.init
        }
        _PLANS[cls] = plans
    return plans


def union_members(tp) -> tuple[tuple, bool] | None:
    """(members without None, optional?) if `tp` is a union, else None."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        members = tuple(a for a in args if a is not type(None))
        return members, len(members) != len(args)
    return None


_REGISTRIES: dict[typing.Any, dict[str, type] | None] = {}


def type_registry(members: tuple) -> dict[str, type] | None:
    """`{type value: class}` when every member is a model class with a TYPE, else None."""
    if members not in _REGISTRIES:
        ok = all(dataclasses.is_dataclass(m) and getattr(m, "TYPE", "") for m in members)
        _REGISTRIES[members] = {m.TYPE: m for m in members} if ok else None
    return _REGISTRIES[members]


def kind_word(registry: dict[str, type]) -> str:
    """'step' or 'question': derived from the class names, e.g. ReadingStep -> step."""
    name = next(iter(registry.values())).__name__
    for word in ("Step", "Question"):
        if name.endswith(word):
            return word.lower()
    return "item"


def short_doc(doc: str) -> str:
    return doc.rstrip().rstrip(".")


def with_doc(message: str, doc: str) -> str:
    return f"{message} ({short_doc(doc)})." if doc else f"{message}."


def suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# --- Where things are, for the pack-wide checks --------------------------------------------------


@dataclass(slots=True)
class Located:
    """A value and where it was written (0-based lines as in yaml marks; the node itself is not
    kept, so each file's node graph can be freed once it is converted)."""

    value: str
    file: str
    path: str
    line: int
    column: int
    end_line: int

    @classmethod
    def of(cls, value: str, file: str, node: Node, path: str) -> Located:
        mark = node.start_mark
        return cls(value, file, path, mark.line, mark.column, node.end_mark.line)


@dataclass
class PackIndex:
    """What the checks across files need, gathered while converting (also from parts that
    failed to convert, so one broken step does not cause false 'missing step' errors)."""

    ids: dict[str, list[Located]] = dataclasses.field(default_factory=dict)  # kind -> ids
    step_refs: list[Located] = dataclasses.field(default_factory=list)
    texts: list[Located] = dataclasses.field(default_factory=list)  # texts holding links
    sources: dict[str, str] = dataclasses.field(default_factory=dict)  # file -> YAML text


# Model class -> the kind its `id` belongs to (unique across the whole pack).
# Filled by the loader, so this module stays generic.
Validator = Callable[["Converter", typing.Any, MappingNode, dict[str, Node], str], None]


class Converter:
    """Converts the nodes of one file; problems go to `self.problems`."""

    def __init__(
        self,
        file: str,
        index: PackIndex,
        *,
        id_kinds: dict[type, str],
        validators: dict[type, list[Validator]],
        reference_fields: dict[tuple[type, str], str],
        require_en: bool = False,
        root: str | None = None,
    ):
        self.file = file
        self.index = index
        self.problems: list[Problem] = []
        self.require_en = require_en
        self.root = root
        self._id_kinds = id_kinds
        self._validators = validators
        self._reference_fields = reference_fields
        self._class_validators: dict[type, list[Validator]] = {}

    # -- reporting --

    def error(self, node: Node, path: str, message: str) -> None:
        line, column = mark_position(node.start_mark)
        text = f"{path}: {message}" if path else message[:1].upper() + message[1:]
        self.problems.append(Problem(self.file, line, column, text))

    # -- entry points --

    def convert_root(
        self,
        node: Node,
        cls: type,
        *,
        forbidden: dict[str, str] | None = None,
        fixed: dict[str, typing.Any] | None = None,
    ):
        """The top level of a file: must be a mapping."""
        if not isinstance(node, MappingNode):
            self.error(
                node,
                "",
                f"the file must hold keys with values (like 'title: ...'), but it holds"
                f" {describe(node)}.",
            )
            return INVALID
        return self.dataclass(node, cls, "", forbidden=forbidden, fixed=fixed)

    def convert(self, node: Node, tp, path: str, doc: str = ""):
        if tp is Text:
            return self.text(node, path, doc)
        if tp is str:
            return self.string(node, path, doc)
        if tp is bool:
            return self.boolean(node, path, doc)
        if tp is int:
            return self.integer(node, path, doc)
        union = union_members(tp)
        if union is not None:
            members, optional = union
            if optional and _is_null(node):
                return None
            if len(members) == 1:
                return self.convert(node, members[0], path, doc)
            registry = type_registry(members)
            if registry is not None:
                return self.discriminated(node, registry, path, doc)
            raise TypeError(f"unsupported union in the model: {tp!r}")
        origin = typing.get_origin(tp)
        if origin is typing.Literal:
            return self.literal(node, typing.get_args(tp), path, doc)
        if origin is tuple:
            return self.sequence(node, typing.get_args(tp)[0], path, doc)
        if dataclasses.is_dataclass(tp):
            if not isinstance(node, MappingNode):
                self._wrong(node, path, "a mapping of keys", doc)
                return INVALID
            return self.dataclass(node, tp, path)
        raise TypeError(f"unsupported type in the model: {tp!r}")

    # -- scalars --

    def _scalar_text(self, node: Node, path: str, doc: str, expected: str) -> str | None:
        if not isinstance(node, ScalarNode):
            self._wrong(node, path, expected, doc)
            return None
        if node.tag not in PLAIN_SCALAR_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            self.error(node, path, f"the YAML tag '{tag}' is not allowed; remove it.")
            return None
        if node.tag == NULL:
            self.error(node, path, with_doc("this needs a value", doc))
            return None
        return _detached(node.value)

    def string(self, node: Node, path: str, doc: str):
        value = self._scalar_text(node, path, doc, "text")
        return INVALID if value is None else value

    def text(self, node: Node, path: str, doc: str):
        if isinstance(node, MappingNode):
            return self._text_mapping(node, path, doc)
        value = self._scalar_text(node, path, doc, "text (a string, or {sv: ..., en: ...})")
        if value is None:
            return INVALID
        if not value.strip():
            self.error(node, path, with_doc("this text is empty", doc))
            return INVALID
        self._note_text(value, node, path)
        return Text(sv=value)

    def _text_mapping(self, node: MappingNode, path: str, doc: str):
        variants: dict[str, str] = {}
        seen: dict[str, Node] = {}
        ok = True
        for knode, vnode in node.value:
            key = knode.value if isinstance(knode, ScalarNode) else None
            if key in seen:
                self._duplicate_key(knode, seen[key], join(path, str(key)))
                ok = False
                continue
            if key not in LANGUAGES:
                label = key if key is not None else describe(knode)
                if node.flow_style and _is_null(vnode):
                    message = (
                        f"'{label}' looks like the end of a text cut at a comma; inside {{ }}"
                        " put a text that has a comma in quotes."
                    )
                else:
                    message = (
                        f"'{label}' is not a language of this app; a text has 'sv' (Swedish)"
                        " and optionally 'en' (English)."
                    )
                self.error(knode, join(path, str(label)), message)
                ok = False
                continue
            seen[key] = knode
            sub = join(path, key)
            value = self._scalar_text(vnode, sub, "", "text")
            if value is None:
                ok = False
            elif not value.strip():
                self.error(vnode, sub, "this text is empty; write it or leave the key out.")
                ok = False
            else:
                self._note_text(value, vnode, sub)
                variants[key] = value
        if "sv" not in seen and ok:
            self.error(
                node, join(path, "sv"), with_doc("the Swedish text is required (sv: ...)", doc)
            )
            return INVALID
        return Text(**variants) if ok else INVALID

    def _note_text(self, value: str, node: Node, path: str) -> None:
        if "](step:" in value or "](term:" in value:
            self.index.texts.append(Located.of(value, self.file, node, path))

    def boolean(self, node: Node, path: str, doc: str):
        if isinstance(node, ScalarNode) and node.tag == BOOL:
            return node.value.lower() in _TRUE
        self._wrong(node, path, "true or false", doc)
        return INVALID

    def integer(self, node: Node, path: str, doc: str):
        if isinstance(node, ScalarNode) and node.tag == INT:
            try:
                return int(node.value.replace("_", ""), 0)
            except ValueError:
                try:
                    return int(node.value.replace("_", ""))
                except ValueError:
                    pass
        self._wrong(node, path, "a whole number", doc)
        return INVALID

    def literal(self, node: Node, allowed: tuple, path: str, doc: str):
        value = node.value if isinstance(node, ScalarNode) and node.tag != NULL else None
        if value in allowed:
            return allowed[allowed.index(value)]  # the model's constant, not the parser's string
        choices = ", ".join(str(a) for a in allowed)
        if value is None:
            self._wrong(node, path, f"one of {choices}", doc)
        else:
            self.error(
                node,
                path,
                f"'{value}' is not allowed here; use one of {choices}{suggest(value, allowed)}",
            )
            self._end_with_period()
        return INVALID

    # -- containers --

    def sequence(self, node: Node, item_tp, path: str, doc: str):
        if not isinstance(node, SequenceNode):
            self._wrong(node, path, "a list (lines starting with '- ')", doc)
            return INVALID
        items = []
        ok = True
        for i, child in enumerate(node.value):
            value = self.convert(child, item_tp, f"{path}[{i}]", doc)
            if value is INVALID:
                ok = False
            else:
                items.append(value)
        return tuple(items) if ok else INVALID

    def discriminated(self, node: Node, registry: dict[str, type], path: str, doc: str):
        word = kind_word(registry)
        choices = ", ".join(registry)
        if not isinstance(node, MappingNode):
            self._wrong(node, path, f"a {word} (a mapping with 'type:' and its keys)", doc)
            return INVALID
        type_node = next(
            (v for k, v in node.value if isinstance(k, ScalarNode) and k.value == DISCRIMINATOR),
            None,
        )
        if type_node is None:
            self.error(
                node,
                join(path, DISCRIMINATOR),
                f"this is required: the kind of {word}, one of {choices}.",
            )
            self._note_ids_of_broken(node, registry, path)
            return INVALID
        value = type_node.value if isinstance(type_node, ScalarNode) else None
        cls = registry.get(value) if value is not None else None
        if cls is None:
            shown = value if value is not None else describe(type_node)
            self.error(
                type_node,
                join(path, DISCRIMINATOR),
                f"'{shown}' is not a {word} type; use one of {choices}"
                f"{suggest(value, registry) if value else ''}",
            )
            self._end_with_period()
            self._note_ids_of_broken(node, registry, path)
            return INVALID
        return self.dataclass(node, cls, path, discriminator=DISCRIMINATOR)

    def _note_ids_of_broken(self, node: MappingNode, registry: dict[str, type], path: str):
        """Keep the id of a step of unknown type so references to it are not reported too."""
        any_cls = next(iter(registry.values()))
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == "id" and isinstance(v, ScalarNode):
                self._note_id(any_cls, v.value, v, join(path, "id"))

    def dataclass(
        self,
        node: MappingNode,
        cls: type,
        path: str,
        *,
        discriminator: str | None = None,
        forbidden: dict[str, str] | None = None,
        fixed: dict[str, typing.Any] | None = None,
    ):
        plans = field_plans(cls)
        values: dict[str, typing.Any] = dict(fixed or {})
        nodes: dict[str, Node] = {}
        seen: dict[str, Node] = {}
        ok = True
        for knode, vnode in node.value:
            if not isinstance(knode, ScalarNode):
                self.error(knode, path, "a key must be a plain word, like 'title'.")
                ok = False
                continue
            key = knode.value
            key_path = join(path, key)
            if key in seen:
                self._duplicate_key(knode, seen[key], key_path)
                ok = False
                continue
            seen[key] = knode
            if key == discriminator:
                continue
            if forbidden and key in forbidden:
                self.error(knode, key_path, forbidden[key])
                ok = False
                continue
            plan = plans.get(key)
            if plan is None or key in values:
                allowed = [k for k in plans if not (forbidden and k in forbidden)]
                hint = suggest(key, allowed) or "; allowed keys are " + ", ".join(allowed) + "."
                self.error(knode, key_path, "unknown key" + hint)
                ok = False
                continue
            value = self.convert(vnode, plan.tp, key_path, plan.doc)
            if value is INVALID:
                ok = False
                continue
            values[key] = value
            nodes[key] = vnode
            if key == "id" and isinstance(value, str):
                if not ID_PATTERN.fullmatch(value):
                    self.error(
                        vnode,
                        key_path,
                        f"'{value}' is not a valid id; use only letters a-z, digits, '-' and '_'"
                        " (no spaces or å, ä, ö).",
                    )
                    ok = False
                self._note_id(cls, value, vnode, key_path)
            elif (cls, key) in self._reference_fields and isinstance(value, str):
                self.index.step_refs.append(Located.of(value, self.file, vnode, key_path))
        for plan in plans.values():
            if plan.required and plan.name not in seen and plan.name not in values:
                self.error(node, join(path, plan.name), with_doc("this is required", plan.doc))
                ok = False
        if not ok:
            return INVALID
        obj = cls(**values)
        for validator in self._validators_for(cls):
            validator(self, obj, node, nodes, path)
        return obj

    def _note_id(self, cls: type, value: str, node: Node, path: str) -> None:
        for base in cls.__mro__:
            kind = self._id_kinds.get(base)
            if kind is not None:
                self.index.ids.setdefault(kind, []).append(Located.of(value, self.file, node, path))
                return

    def _validators_for(self, cls: type) -> list[Validator]:
        found = self._class_validators.get(cls)
        if found is None:
            found = [v for base in reversed(cls.__mro__) for v in self._validators.get(base, ())]
            self._class_validators[cls] = found
        return found

    # -- messages --

    def _wrong(self, node: Node, path: str, expected: str, doc: str) -> None:
        if _is_null(node):
            self.error(node, path, with_doc(f"this needs a value: {expected}", doc))
        else:
            self.error(node, path, with_doc(f"expected {expected}, found {describe(node)}", doc))

    def _duplicate_key(self, knode: Node, first: Node, path: str) -> None:
        line, _ = mark_position(first.start_mark)
        self.error(knode, path, f"this key is written twice (first on line {line}); keep one.")

    def _end_with_period(self) -> None:
        last = self.problems[-1]
        if not last.message.endswith((".", "?")):
            self._replace_last(last.message + ".")

    def _replace_last(self, message: str) -> None:
        last = self.problems[-1]
        self.problems[-1] = Problem(last.file, last.line, last.column, message)


def _detached(text: str) -> str:
    """An equal string of its own, so the model keeps nothing of the YAML node graph.

    The parser allocates each value string among the nodes and marks of its file. Kept by the
    model, those strings pinned the graph's memory after it was freed, so the next file's graph
    was scattered into the holes around them, over more memory with every file (the 100th file
    of a pack touched 3.5x the pages of the first), and load time grew faster than the pack. A
    copy costs far less than that.
    """
    return "".join((text, ""))  # join allocates a new string (str(), [:] and f"" return text)


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL
