"""How the loader treats memory: the cyclic collector is paused only while it loads, and each
chapter's YAML node graph is let go as soon as the next file is parsed."""

import gc
import weakref
from pathlib import Path

import pytest

from onboarding.content import loader
from onboarding.content.errors import PackError
from onboarding.content.loader import load_pack, load_pack_lenient, validate

MANIFEST = "id: p\norganisation: Org\ntitle: Titel\nchapters: [ett, saknas, trasig, tva, tre]\n"


def chapter(step_id: str) -> str:
    return f"title: Kapitel\nsteps:\n  - {{id: {step_id}, type: reading, title: T, body: Text}}\n"


def write_pack(folder, manifest=MANIFEST):
    folder.mkdir()
    files = {
        "pack.yaml": manifest,
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


def test_only_the_previous_chapters_node_graph_is_held_while_the_next_is_parsed(
    tmp_path, monkeypatch
):
    folder = write_pack(tmp_path / "p", MANIFEST.replace("saknas, trasig, ", ""))
    chapter_roots: list[weakref.ref] = []
    held_at_each_parse: list[int] = []
    parse = loader.parse

    def recording_parse(text, file):
        if not file.endswith("pack.yaml"):
            held_at_each_parse.append(sum(ref() is not None for ref in chapter_roots))
        node, problems = parse(text, file)
        if node is not None and not file.endswith("pack.yaml"):
            chapter_roots.append(weakref.ref(node))
        return node, problems

    monkeypatch.setattr(loader, "parse", recording_parse)
    pack, _ = load_pack_lenient(folder)
    assert [c.id for c in pack.chapters] == ["ett", "tva", "tre"]
    assert held_at_each_parse == [0, 1, 1]  # none before ett, then only the one before
    assert all(ref() is None for ref in chapter_roots)
