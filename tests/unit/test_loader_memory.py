"""How the loader treats memory: the cyclic collector is paused only while it loads, and the
model it builds keeps nothing of the YAML node graphs it was built from."""

import dataclasses
import gc
from pathlib import Path

import pytest
from yaml.nodes import MappingNode, ScalarNode

from onboarding.content import loader
from onboarding.content.errors import PackError
from onboarding.content.loader import load_pack, load_pack_lenient, validate

MANIFEST = "id: p\norganisation: Org\ntitle: Titel\nchapters: [ett, saknas, trasig, tva, tre]\n"


def chapter(step_id: str) -> str:
    return (
        "title: Kapitel\nsteps:\n"
        f"  - {{id: {step_id}, type: reading, title: T, body: Text}}\n"
        f"  - {{id: {step_id}2, type: story, title: T, kind: manager, body: Text,"
        " person: {name: Anna Berg, role: rektor}}\n"
    )


def write_pack(folder):
    folder.mkdir()
    files = {
        "pack.yaml": MANIFEST,
        "ett.yaml": chapter("a"),
        "trasig.yaml": "title: Trasig\nsteps: [\n",  # a YAML syntax error
        "tva.yaml": chapter("b"),
        "tre.yaml": chapter("c"),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_on_again_after_a_load_that_fails(tmp_path, collector_on):
    folder = write_pack(tmp_path / "p")
    with pytest.raises(PackError):
        load_pack(folder)
    assert gc.isenabled()
    assert validate(folder)
    assert gc.isenabled()


def test_the_collector_is_on_again_when_reading_raises(tmp_path, collector_on, monkeypatch):
    def broken_read(*args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(loader, "_read_text", broken_read)
    with pytest.raises(RuntimeError):
        load_pack(write_pack(tmp_path / "p"))
    assert gc.isenabled()


def test_a_collector_the_caller_switched_off_stays_off(tmp_path, collector_on):
    gc.disable()
    load_pack_lenient(write_pack(tmp_path / "p"))
    assert not gc.isenabled()


def test_chapters_after_a_missing_and_a_broken_file_are_still_loaded(tmp_path):
    pack, problems = load_pack_lenient(write_pack(tmp_path / "p"))
    assert [c.id for c in pack.chapters] == ["ett", "tva", "tre"]
    assert [(Path(p.file).name, p.line) for p in problems] == [
        ("pack.yaml", 4),  # saknas.yaml is missing
        ("trasig.yaml", 3),
    ]


def recording_parse(monkeypatch) -> list:
    """Make the loader's parse keep each chapter file's root node (and so its graph) alive."""
    roots = []
    parse = loader.parse

    def parse_and_keep(text, file):
        node, problems = parse(text, file)
        if node is not None and not file.endswith("pack.yaml"):
            roots.append(node)
        return node, problems

    monkeypatch.setattr(loader, "parse", parse_and_keep)
    return roots


def scalar_values(node) -> list[str]:
    if isinstance(node, ScalarNode):
        return [node.value]
    if isinstance(node, MappingNode):
        return [v for pair in node.value for item in pair for v in scalar_values(item)]
    return [v for item in node.value for v in scalar_values(item)]


def model_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in model_strings(item)]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in model_strings(getattr(value, f.name))]
    return []


def test_the_model_keeps_no_string_of_the_yaml_node_graphs(tmp_path, monkeypatch):
    # A kept string would pin the freed graph's memory, and the next file's graph would be
    # scattered around it (see convert._detached).
    roots = recording_parse(monkeypatch)
    pack, _ = load_pack_lenient(write_pack(tmp_path / "p"))
    parsed = {id(v) for root in roots for v in scalar_values(root) if len(v) > 1}
    kept = [s for chapter in pack.chapters for s in model_strings(chapter)]
    assert {"Kapitel", "Text", "manager", "Anna Berg", "rektor"} <= set(kept)
    assert not [s for s in kept if id(s) in parsed]
