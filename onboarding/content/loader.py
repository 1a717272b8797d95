"""YAML text -> content model, with every problem of every file reported at once.

load_pack(folder) -> Pack                  raises PackError with every problem of every file
load_pack_files(files, root=None) -> Pack  files: {"pack.yaml": text, "intro.yaml": text, ...};
                                           the same checks without the disk (asset files are
                                           checked only when `root` is given)
validate(folder) -> list[Problem]          never raises for bad content
load_pack_lenient(folder) -> (Pack | None, problems)
                                           what the app opens: the chapters without problems,
                                           so one broken file does not hide the rest

The file I/O is a thin layer over the text functions, so tests use inline YAML.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from onboarding.content import checks
from onboarding.content.convert import ID_PATTERN, INVALID, Converter, PackIndex
from onboarding.content.errors import PackError, Problem
from onboarding.content.models import Chapter, Manifest, Pack
from onboarding.content.yamlnodes import MAX_FILE_BYTES, parse, too_big_message

MANIFEST = "pack.yaml"
CHAPTER_SUFFIX = ".yaml"

# name -> text, or None when there is no such file, or a Problem when it cannot be read
Reader = Callable[[str], "str | Problem | None"]


def load_pack(folder: str | os.PathLike) -> Pack:
    pack, problems = _load_folder(folder)
    if problems or pack is None:
        raise PackError(problems)
    return pack


def load_pack_files(files: dict[str, str], root: str | None = None) -> Pack:
    pack, problems = _load(files.get, lambda name: name, root)
    if problems or pack is None:
        raise PackError(problems)
    return pack


def validate(folder: str | os.PathLike) -> list[Problem]:
    try:
        return _load_folder(folder)[1]
    except (OSError, ValueError) as error:  # e.g. a path the OS refuses; still no traceback
        return [Problem(os.fspath(folder), 1, 1, f"The pack cannot be read ({error}).")]


def load_pack_lenient(folder: str | os.PathLike) -> tuple[Pack | None, list[Problem]]:
    """Every problem, plus the pack without the chapters whose files have problems.

    The pack is None only when nothing usable is left (pack.yaml itself is unusable, or no
    chapter is sound). Links from a kept chapter into a dropped one simply lead nowhere.
    """
    return _load_folder(folder, lenient=True)


def validate_files(files: dict[str, str], root: str | None = None) -> list[Problem]:
    """`validate` for in-memory text."""
    return _load(files.get, lambda name: name, root)[1]


# --- Files ---------------------------------------------------------------------------------------


def _load_folder(
    folder: str | os.PathLike, *, lenient: bool = False
) -> tuple[Pack | None, list[Problem]]:
    given = os.fspath(folder)
    path = Path(given)
    if not path.exists():
        return None, [Problem(given, 1, 1, "This folder does not exist.")]
    if not path.is_dir():
        return None, [
            Problem(given, 1, 1, "This is not a folder; give the pack folder (with pack.yaml).")
        ]
    resolved = path.resolve()

    def label(name: str) -> str:
        return os.path.join(given, name)

    def read(name: str) -> str | Problem | None:
        return _read_text(path / name, label(name), resolved)

    return _load(read, label, resolved.as_posix(), lenient=lenient)


def _read_text(path: Path, label: str, root: Path) -> str | Problem | None:
    try:
        if not path.exists():
            return None
        if not path.is_file():
            return Problem(label, 1, 1, "This is not a file.")
        if not path.resolve().is_relative_to(root):
            return Problem(label, 1, 1, "This file is a link that leaves the pack folder.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Problem(label, 1, 1, too_big_message(size))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return Problem(label, 1, 1, f"The file cannot be read ({error.strerror or error}).")
    if len(data) > MAX_FILE_BYTES:
        return Problem(label, 1, 1, too_big_message(len(data)))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        return Problem(
            label,
            line,
            column,
            f"The file is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8 in"
            " your editor.",
        )


# --- Text ----------------------------------------------------------------------------------------


def _converter(file: str, index: PackIndex, root: str | None, require_en: bool) -> Converter:
    return Converter(
        file,
        index,
        id_kinds=checks.ID_KINDS,
        validators=checks.VALIDATORS,
        reference_fields=checks.STEP_REFERENCES,
        require_en=require_en,
        root=root,
    )


def _load(
    read: Reader, label: Callable[[str], str], root: str | None, *, lenient: bool = False
) -> tuple[Pack | None, list[Problem]]:
    # Loading makes many small objects and no reference cycles; pausing the cyclic collector
    # keeps the time linear in the pack size (its full passes rescan every live node).
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load_unpaused(read, label, root, lenient)
    finally:
        if paused:
            gc.enable()


def _load_unpaused(
    read: Reader, label: Callable[[str], str], root: str | None, lenient: bool
) -> tuple[Pack | None, list[Problem]]:
    index = PackIndex()
    manifest_file = label(MANIFEST)
    source = read(MANIFEST)
    if source is None:
        return None, [
            Problem(
                manifest_file, 1, 1, "The pack.yaml file is missing; every pack folder needs one."
            )
        ]
    if isinstance(source, Problem):
        return None, [source]
    index.sources[manifest_file] = source
    node, problems = parse(source, manifest_file)
    if node is None:
        return None, problems

    # Convert the manifest; even when it has errors, go on with its chapter list so that one
    # run shows the problems of every file.
    languages = _raw_scalars(node, "languages")
    conv = _converter(manifest_file, index, root, require_en=False)
    manifest = conv.convert_root(node, Manifest)
    problems.extend(conv.problems)
    require_en = "en" in (v for v, _ in languages)

    chapters: list[Chapter] = []
    complete = manifest is not INVALID
    seen: set[str] = set()
    for i, (name, name_node) in enumerate(_raw_scalars(node, "chapters")):
        if not ID_PATTERN.fullmatch(name) or name in seen:
            complete = False  # reported by the manifest check
            continue
        seen.add(name)
        chapter = _load_chapter(
            read, label, name, name_node, i, manifest_file, index, root, require_en, problems
        )
        if chapter is None:
            complete = False
        else:
            chapters.append(chapter)

    problems.extend(checks.check_pack(index))
    if not problems and complete:
        return Pack(manifest=manifest, chapters=tuple(chapters), root=root or ""), []
    problems = _in_file_order(problems)
    if not lenient or manifest is INVALID:
        return None, problems
    broken = {problem.file for problem in problems}
    sound = tuple(c for c in chapters if label(c.id + CHAPTER_SUFFIX) not in broken)
    if not sound:
        return None, problems
    return Pack(manifest=manifest, chapters=sound, root=root or ""), problems


def _load_chapter(
    read: Reader,
    label: Callable[[str], str],
    name: str,
    name_node: Node,
    position: int,
    manifest_file: str,
    index: PackIndex,
    root: str | None,
    require_en: bool,
    problems: list[Problem],
) -> Chapter | None:
    file_name = name + CHAPTER_SUFFIX
    file = label(file_name)
    source = read(file_name)
    if source is None:
        line, column = name_node.start_mark.line + 1, name_node.start_mark.column + 1
        problems.append(
            Problem(
                manifest_file,
                line,
                column,
                f"chapters[{position}]: the chapter file '{file_name}' is missing from the pack"
                " folder.",
            )
        )
        return None
    if isinstance(source, Problem):
        problems.append(source)
        return None
    index.sources[file] = source
    node, parse_problems = parse(source, file)
    problems.extend(parse_problems)
    if node is None:
        return None
    conv = _converter(file, index, root, require_en)
    chapter = conv.convert_root(
        node,
        Chapter,
        forbidden={
            "id": f"leave the id out of a chapter file; the chapter's id is its file name"
            f" ('{name}')."
        },
        fixed={"id": name},
    )
    problems.extend(conv.problems)
    return None if chapter is INVALID else chapter


def _raw_scalars(node: Node, key: str) -> list[tuple[str, Node]]:
    """The scalar items of the list under `key` in a mapping node, straight from the YAML."""
    if not isinstance(node, MappingNode):
        return []
    for knode, vnode in node.value:
        if isinstance(knode, ScalarNode) and knode.value == key:
            if isinstance(vnode, SequenceNode):
                return [(v.value, v) for v in vnode.value if isinstance(v, ScalarNode)]
            return []
    return []


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Group by file in the order files were read, then by position; keeps it readable."""
    order: dict[str, int] = {}
    for p in problems:
        order.setdefault(p.file, len(order))
    return sorted(problems, key=lambda p: (order[p.file], p.line, p.column))
