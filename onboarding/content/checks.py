"""Rules beyond the shape of the YAML: per object (run as soon as one is built) and across the
whole pack (ids, references and links, run once every file is converted)."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from yaml.nodes import Node

from onboarding.content import models as m
from onboarding.content.colour import WHITE, contrast_ratio
from onboarding.content.convert import ID_PATTERN, Converter, Located, PackIndex, suggest
from onboarding.content.errors import Problem

SUPPORTED_FORMAT = 1
MIN_CONTRAST = 4.5
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
LINK = re.compile(r"\]\((step|term):([^)\s]*)\)")

LOGO_TYPES = {".svg": "SVG", ".png": "PNG"}
PORTRAIT_TYPES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".svg": "SVG"}

# Kinds of id that must be unique across the whole pack.
ID_KINDS: dict[type, str] = {m.StepBase: "step", m.QuestionBase: "question", m.Term: "term"}
# Fields whose value is the id of a step.
STEP_REFERENCES: dict[tuple[type, str], str] = {
    (cls, "step"): "step" for cls in m.QUESTION_TYPES.values()
}


# --- Colours ------------------------------------------------------------------------------------


def contrast_with_white(colour: str) -> float:
    return contrast_ratio(colour, WHITE)


def check_theme(conv: Converter, theme: m.Theme, node, nodes, path) -> None:
    for name in ("primary", "accent"):
        value = getattr(theme, name)
        where = nodes.get(name, node)
        key = f"{path}.{name}" if path else name
        if not COLOUR.fullmatch(value):
            conv.error(where, key, f"'{value}' is not a colour; write it as #rrggbb, e.g. #1f4e79.")
            continue
        ratio = contrast_with_white(value)
        if ratio < MIN_CONTRAST:
            conv.error(
                where,
                key,
                f"{value} has a contrast of {ratio:.1f}:1 with white text; it needs at least"
                f" {MIN_CONTRAST}:1 to be readable, so choose a darker colour.",
            )


# --- Assets -------------------------------------------------------------------------------------


def _looks_like(data: bytes, kind: str) -> bool:
    if kind == "PNG":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if kind == "JPEG":
        return data.startswith(b"\xff\xd8\xff")
    return b"<svg" in data.lower()


def check_asset(conv: Converter, value: str, node: Node, path: str, types: dict[str, str]):
    """An image path: relative, inside the pack folder, a supported type, and (with a root) an
    existing file of that type."""
    if (
        PurePosixPath(value).is_absolute()
        or PureWindowsPath(value).is_absolute()
        or (PureWindowsPath(value).drive)
    ):
        conv.error(node, path, "write the path relative to the pack folder, e.g. bilder/logo.svg.")
        return
    parts = PurePosixPath(value.replace("\\", "/")).parts
    if ".." in parts:
        conv.error(node, path, f"'{value}' leaves the pack folder; images must be inside it.")
        return
    suffix = PurePosixPath(parts[-1]).suffix.lower() if parts else ""
    kind = types.get(suffix)
    if kind is None:
        names = ", ".join(sorted(set(types.values())))
        conv.error(node, path, f"'{value}' is not a supported image type; use {names}.")
        return
    if conv.root is None:
        return
    root = Path(conv.root)
    full = root.joinpath(*parts)
    try:
        if not full.is_file():
            conv.error(node, path, f"the file '{value}' is not in the pack folder.")
            return
        if not full.resolve().is_relative_to(root.resolve()):
            conv.error(
                node, path, f"'{value}' is a link that leaves the pack folder; copy the image in."
            )
            return
        with full.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        conv.error(node, path, f"the file '{value}' cannot be read ({error.strerror}).")
        return
    if not _looks_like(head, kind):
        conv.error(node, path, f"'{value}' is not a {kind} image, although its name says so.")


def check_manifest(conv: Converter, manifest: m.Manifest, node, nodes, path) -> None:
    if manifest.format != SUPPORTED_FORMAT:
        conv.error(
            nodes.get("format", node),
            "format",
            f"this app reads pack format {SUPPORTED_FORMAT}; write format: {SUPPORTED_FORMAT}.",
        )
    if not 0 <= manifest.pass_mark <= 100:
        conv.error(
            nodes.get("pass_mark", node),
            "pass_mark",
            f"{manifest.pass_mark} is not a percentage; use a whole number from 0 to 100.",
        )
    languages_node = nodes.get("languages", node)
    if "sv" not in manifest.languages:
        conv.error(languages_node, "languages", "must include sv: every pack is in Swedish.")
    if len(set(manifest.languages)) != len(manifest.languages):
        conv.error(languages_node, "languages", "a language is listed twice.")
    if manifest.logo is not None:
        check_asset(conv, manifest.logo, nodes["logo"], "logo", LOGO_TYPES)
    if not manifest.chapters:
        conv.error(nodes.get("chapters", node), "chapters", "list at least one chapter.")
    chapter_nodes = getattr(nodes.get("chapters"), "value", [])
    seen: set[str] = set()
    for i, (name, item) in enumerate(zip(manifest.chapters, chapter_nodes, strict=False)):
        if not ID_PATTERN.fullmatch(name):
            conv.error(
                item,
                f"chapters[{i}]",
                f"'{name}' is not a valid chapter name; write the file name without '.yaml',"
                " using letters a-z, digits, '-' and '_'.",
            )
        elif name in seen:
            conv.error(item, f"chapters[{i}]", f"the chapter '{name}' is listed twice.")
        seen.add(name)


def check_person(conv: Converter, person: m.Person, node, nodes, path) -> None:
    if person.portrait is not None:
        check_asset(conv, person.portrait, nodes["portrait"], f"{path}.portrait", PORTRAIT_TYPES)


# --- Steps and questions ------------------------------------------------------------------------


def _at_least(conv, items, minimum, node, nodes, path, name, what) -> bool:
    if len(items) < minimum:
        count = "one" if minimum == 1 else "two"
        conv.error(nodes.get(name, node), f"{path}.{name}", f"write at least {count} {what}.")
        return False
    return True


def check_single(conv, q: m.SingleChoiceQuestion, node, nodes, path) -> None:
    if _at_least(conv, q.options, 2, node, nodes, path, "options", "options"):
        correct = sum(o.correct for o in q.options)
        if correct != 1:
            conv.error(
                nodes["options"],
                f"{path}.options",
                f"a 'single' question needs exactly one option with correct: true (found"
                f" {correct}); use type: multiple for more than one.",
            )


def check_multiple(conv, q: m.MultipleChoiceQuestion, node, nodes, path) -> None:
    if _at_least(conv, q.options, 2, node, nodes, path, "options", "options") and not any(
        o.correct for o in q.options
    ):
        conv.error(
            nodes["options"],
            f"{path}.options",
            "a 'multiple' question needs at least one option with correct: true.",
        )


def check_ordering(conv, q: m.OrderingQuestion, node, nodes, path) -> None:
    _at_least(conv, q.items, 2, node, nodes, path, "items", "items")


def check_matching(conv, q: m.MatchingQuestion, node, nodes, path) -> None:
    if not _at_least(conv, q.pairs, 2, node, nodes, path, "pairs", "pairs"):
        return
    for lang in ("sv", "en"):
        seen: dict[str, int] = {}
        for i, pair in enumerate(q.pairs):
            right = pair.right.get(lang).strip().casefold()
            if right in seen:
                conv.error(
                    _value_node(nodes["pairs"].value[i], "right"),
                    f"{path}.pairs[{i}].right",
                    f"the same right side as pairs[{seen[right]}]; every right side must differ"
                    " so there is only one way to match.",
                )
                return
            seen[right] = i


def _value_node(mapping: Node, key: str) -> Node:
    """The value node under `key` in a mapping node (the mapping itself if absent)."""
    return next((v for k, v in mapping.value if getattr(k, "value", None) == key), mapping)


def check_checklist(conv, step: m.ChecklistStep, node, nodes, path) -> None:
    if not _at_least(conv, step.items, 1, node, nodes, path, "items", "task"):
        return
    seen: dict[str, int] = {}
    for i, item in enumerate(step.items):
        if item.id in seen:
            conv.error(
                _value_node(nodes["items"].value[i], "id"),
                f"{path}.items[{i}].id",
                f"the id '{item.id}' is already used by items[{seen[item.id]}]; ids must be"
                " unique in the checklist.",
            )
        else:
            seen[item.id] = i


def check_glossary(conv, step: m.GlossaryStep, node, nodes, path) -> None:
    _at_least(conv, step.terms, 1, node, nodes, path, "terms", "term")


def check_quiz(conv, step: m.QuizStep, node, nodes, path) -> None:
    _at_least(conv, step.questions, 1, node, nodes, path, "questions", "question")


def check_chapter(conv, chapter: m.Chapter, node, nodes, path) -> None:
    _at_least(conv, chapter.steps, 1, node, nodes, path, "steps", "step")


# --- English variants ---------------------------------------------------------------------------


def _english_required(*names: str):
    def check(conv: Converter, obj, node, nodes, path) -> None:
        if not conv.require_en:
            return
        for name in names:
            text = getattr(obj, name)
            if text is not None and not text.en:
                conv.error(
                    nodes.get(name, node),
                    f"{path}.{name}" if path else name,
                    "the English text is missing; the pack lists en in languages, so write"
                    " {sv: ..., en: ...}.",
                )

    return check


VALIDATORS = {
    m.Manifest: [check_manifest],
    m.Theme: [check_theme],
    m.Person: [check_person],
    m.SingleChoiceQuestion: [check_single],
    m.MultipleChoiceQuestion: [check_multiple],
    m.OrderingQuestion: [check_ordering],
    m.MatchingQuestion: [check_matching],
    m.ChecklistStep: [check_checklist],
    m.GlossaryStep: [check_glossary],
    m.QuizStep: [check_quiz],
    m.Chapter: [check_chapter, _english_required("title")],
    m.StepBase: [_english_required("title")],
    m.Term: [_english_required("term", "definition")],
}


# --- Across the pack ----------------------------------------------------------------------------


def _problem(located: Located, message: str, at: tuple[int, int] | None = None) -> Problem:
    line, column = at or (located.line + 1, located.column + 1)
    return Problem(located.file, line, column, f"{located.path}: {message}")


def check_pack(index: PackIndex) -> list[Problem]:
    problems: list[Problem] = []
    known: dict[str, dict[str, Located]] = {}
    for kind, entries in index.ids.items():
        first: dict[str, Located] = {}
        for entry in entries:
            earlier = first.get(entry.value)
            if earlier is None:
                first[entry.value] = entry
                continue
            line = earlier.line + 1
            problems.append(
                _problem(
                    entry,
                    f"the {kind} id '{entry.value}' is already used ({earlier.file}, line {line});"
                    f" {kind} ids must be unique in the pack.",
                )
            )
        known[kind] = first
    steps = known.get("step", {})
    for ref in index.step_refs:
        if ref.value not in steps:
            problems.append(
                _problem(ref, f"there is no step with id '{ref.value}'{_did_you_mean(ref, steps)}")
            )
    lines: dict[str, list[str]] = {}
    for text in index.texts:
        for match in LINK.finditer(text.value):
            kind, target = match.group(1), match.group(2)
            targets = known.get(kind, {})
            if target in targets:
                continue
            at = _locate(index, lines, text, match.group(0))
            problems.append(
                _problem(
                    text,
                    f"the link ({kind}:{target}) points to no {kind} with that id"
                    f"{_did_you_mean_value(target, targets)}",
                    at,
                )
            )
    return problems


def _did_you_mean(ref: Located, targets: dict[str, Located]) -> str:
    return _did_you_mean_value(ref.value, targets)


def _did_you_mean_value(value: str, targets) -> str:
    hint = suggest(value, targets)
    return hint if hint else "."


def _locate(index: PackIndex, lines: dict, text: Located, needle: str) -> tuple[int, int] | None:
    """Line and column of a link inside a (possibly multi-line) text, from the source."""
    source = index.sources.get(text.file)
    if source is None:
        return None
    file_lines = lines.get(text.file)
    if file_lines is None:
        file_lines = lines[text.file] = source.splitlines()
    start, end = text.line, text.end_line
    for number in range(start, min(end, len(file_lines) - 1) + 1):
        column = file_lines[number].find(needle)
        if column >= 0:
            return number + 1, column + 2  # 1-based column of the "(" after "]"
    return None
