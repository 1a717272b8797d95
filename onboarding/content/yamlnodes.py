"""YAML text -> one composed node graph with line/column marks, safely.

Parsed once with the C loader where present (the pure-Python SafeLoader otherwise). Anchors and
aliases are refused by walking the composed graph (a node reached twice is an alias), which works
with both loaders; an override of `compose_node` would be silently skipped by the C loader.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from onboarding.content.errors import Problem

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 1024 * 1024
_MAX_LABEL = "1 MiB"

# Cheap pre-filter: only text that could hold an anchor (`&name` at the start of a node) is
# checked again event by event. Most files never pay for it.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s,\[\]{}]")

_COLON_HINT = "check the indentation of this line, and put a value that holds ': ' in quotes"
_TAB_HINT = "tabs cannot be used for indentation; use spaces"
_SYNTAX_HINTS = {
    "mapping values are not allowed here": _COLON_HINT,  # SafeLoader
    "mapping values are not allowed in this context": _COLON_HINT,  # libyaml
    "found character '\\t' that cannot start any token": _TAB_HINT,
    "found a tab character that violates indentation": _TAB_HINT,
    "but found another document": "a file holds one YAML document: remove the '---' line",
    "found undefined alias": "YAML aliases (*name) are not allowed",
}


def mark_position(mark) -> tuple[int, int]:
    """1-based (line, column) of a yaml Mark."""
    return mark.line + 1, mark.column + 1


def node_problem(file: str, node: Node, message: str) -> Problem:
    line, column = mark_position(node.start_mark)
    return Problem(file, line, column, message)


def too_big_message(size: int) -> str:
    return (
        f"The file is {size / (1024 * 1024):.1f} MiB; a content file may be at most {_MAX_LABEL}"
        " (move images out of the YAML or split the chapter)."
    )


def parse(text: str, file: str) -> tuple[Node | None, list[Problem]]:
    """Compose `text`; return (root node or None, problems). Never raises for bad YAML."""
    size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        return None, [Problem(file, 1, 1, too_big_message(size))]
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        root = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(file, error)]
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        return None, [
            Problem(
                file,
                line,
                column,
                f"The file contains a control character (#x{code:04X}) that YAML does not"
                " allow; delete it (it is often invisible: retype the line).",
            )
        ]
    except yaml.YAMLError as error:  # unmarked: should not happen, still no traceback
        return None, [Problem(file, 1, 1, f"The file is not valid YAML: {error}.")]
    except RecursionError:  # the pure-Python loader on absurdly deep nesting
        return None, [Problem(file, 1, 1, "The file is nested too deeply to be read.")]
    if root is None:
        return None, [
            Problem(
                file,
                1,
                1,
                "The file is empty; it should hold keys with values (like 'title: ...').",
            )
        ]
    # An alias needs an anchor (`&name`) in the same file, so text without one cannot have
    # either, and most files skip both checks.
    if "&" in text and _MAYBE_ANCHOR.search(text):
        problems = _refuse_aliases(root, file) or _refuse_anchors(text, file)
        if problems:
            return None, problems
    return root, []


def _syntax_problem(file: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = mark_position(mark) if mark is not None else (1, 1)
    problem = (error.problem or "invalid YAML").strip()
    hint = _SYNTAX_HINTS.get(problem)
    if problem.startswith("did not find expected "):
        problem = "expected " + problem[len("did not find expected ") :]
    elif problem.startswith("could not find expected "):
        problem = "expected " + problem[len("could not find expected ") :]
    message = f"YAML syntax error: {problem}"
    if error.context:
        context = error.context.strip()
        if error.context_mark is not None and error.context_mark is not mark:
            c_line, c_column = mark_position(error.context_mark)
            context += f" that starts at line {c_line}, column {c_column}"
        message += f" ({context})"
    if hint:
        message += f"; {hint}"
    return Problem(file, line, column, message + ".")


def _refuse_aliases(root: Node, file: str) -> list[Problem]:
    """A node reached twice in the composed graph was written as an alias (*name)."""
    seen: set[int] = set()
    reported: set[int] = set()
    problems: list[Problem] = []
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        key = id(node)
        if key in seen:
            if key not in reported:
                reported.add(key)
                problems.append(
                    node_problem(
                        file,
                        node,
                        "YAML anchors and aliases (& and *) are not allowed; write the text out"
                        " where it is needed.",
                    )
                )
            continue
        seen.add(key)
        if isinstance(node, MappingNode):
            for k, v in node.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    problems.sort(key=lambda p: (p.line, p.column))
    return problems


def _refuse_anchors(text: str, file: str) -> list[Problem]:
    """An anchor that is never used leaves no trace in the node graph: look at the events."""
    problems = []
    for event in yaml.parse(text, Loader=Loader):
        if getattr(event, "anchor", None) is not None:
            line, column = mark_position(event.start_mark)
            problems.append(
                Problem(
                    file,
                    line,
                    column,
                    f"YAML anchors (&{event.anchor}) are not allowed; write the text out where it"
                    " is needed.",
                )
            )
    return problems


def describe(node: Node) -> str:
    """What an author wrote, in words: 'a list', 'a mapping', 'the text 'x'', 'nothing'."""
    if isinstance(node, MappingNode):
        return "a mapping of keys"
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, ScalarNode):
        if node.tag == "tag:yaml.org,2002:null":
            return "nothing"
        value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
        if node.tag == "tag:yaml.org,2002:bool":
            return f"true/false ({value})"
        if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            return f"the number {value}"
        return f"the text '{value}'"
    return "something else"
