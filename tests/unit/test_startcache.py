"""The start-up cache gives back exactly what was saved, and nothing once anything changed."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from onboarding.content.errors import Problem
from onboarding.content.loader import load_pack_lenient
from onboarding.startcache import LENGTH_BYTES, Outline, Snapshot, StartupCache

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def pack_dir(tmp_path) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    for source in (REPO / "content" / "norrtalje").iterdir():
        if source.is_file():
            (folder / source.name).write_bytes(source.read_bytes())
    return folder


def snapshot_of(folder: Path) -> Snapshot:
    pack, problems = load_pack_lenient(folder)
    assert pack is not None
    first = pack.steps()[0].id
    return Snapshot(pack, problems, {(first, "sv", "None"): "<p>Välkommen</p>"})


def test_what_was_saved_comes_back(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    saved = snapshot_of(pack_dir)
    assert cache.save(pack_dir, saved)
    loaded = cache.load(pack_dir)
    assert loaded is not None
    assert loaded.pack == saved.pack
    assert loaded.pages == saved.pages
    assert loaded.problems == saved.problems


def outline_of(snapshot: Snapshot) -> Outline:
    step = snapshot.pack.steps()[0]
    return Outline(
        pack_id=snapshot.pack.id,
        step_id=step.id,
        lang="sv",
        theme="default",
        title="Introduktion – Onboarding",
        stylesheet="QWidget { color: #000; }",
        colours={"text": "#000000"},
        document_css="body { color: #000; }",
        entries=[("Kapitel", 0, True), (step.title.sv, 0, False)],
        state=(0, [], 3),
        chapter="Kapitel",
        position=(1, 12),
        progress=83,
        can_go_back=False,
        can_go_next=True,
        page_name=step.title.sv,
        html="<p>Välkommen</p>",
    )


def test_the_outline_comes_back_before_the_pack_and_the_pack_after(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    saved = snapshot_of(pack_dir)
    saved.outline = outline_of(saved)
    assert cache.save(pack_dir, saved)
    later = StartupCache(tmp_path / "cache")  # the next start
    assert later.load_outline(pack_dir) == saved.outline
    loaded = later.load(pack_dir)
    assert loaded.pack == saved.pack
    assert loaded.outline == saved.outline


def test_no_outline_and_a_changed_pack_give_none(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    cache.save(pack_dir, snapshot_of(pack_dir))  # saved without an outline
    assert cache.load_outline(pack_dir) is None
    assert cache.load(pack_dir) is not None
    saved = snapshot_of(pack_dir)
    saved.outline = outline_of(saved)
    cache.save(pack_dir, saved)
    (pack_dir / "ny.yaml").write_text("title: Ny\n", encoding="utf-8")
    assert cache.load_outline(pack_dir) is None


def test_problems_are_kept_with_the_pack(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    saved = snapshot_of(pack_dir)
    saved.problems = [Problem("kapitel.yaml", 3, 5, "expected a mapping")]
    cache.save(pack_dir, saved)
    assert cache.load(pack_dir).problems == saved.problems


def test_an_edited_pack_file_is_a_miss(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    cache.save(pack_dir, snapshot_of(pack_dir))
    chapter = next(p for p in pack_dir.glob("*.yaml") if p.name != "pack.yaml")
    info = chapter.stat()
    # Same size, only a later modification time: an editor saving the file again.
    os.utime(chapter, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    assert cache.load(pack_dir) is None


def test_a_new_file_in_the_pack_is_a_miss(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    cache.save(pack_dir, snapshot_of(pack_dir))
    (pack_dir / "bild.png").write_bytes(b"\x89PNG")
    assert cache.load(pack_dir) is None


def test_each_pack_folder_has_its_own_entry(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    cache.save(pack_dir, snapshot_of(pack_dir))
    other = tmp_path / "other"
    other.mkdir()
    for file in pack_dir.iterdir():
        (other / file.name).write_bytes(file.read_bytes())
    assert cache.load(other) is None
    assert cache.load(pack_dir) is not None


def test_a_damaged_cache_file_is_a_miss(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    cache.save(pack_dir, snapshot_of(pack_dir))
    (file,) = (tmp_path / "cache").iterdir()
    file.write_bytes(file.read_bytes()[:-100])
    assert cache.load(pack_dir) is None


def test_a_cache_file_cannot_make_the_app_run_code(tmp_path, pack_dir):
    cache = StartupCache(tmp_path / "cache")
    cache.save(pack_dir, snapshot_of(pack_dir))
    (file,) = (tmp_path / "cache").iterdir()
    data = file.read_bytes()
    header = data[: data.index(b"\n\n") + 2]  # the fingerprint, still valid
    marker = tmp_path / "ran"
    no_outline = (0).to_bytes(LENGTH_BYTES, "big")
    file.write_bytes(header + no_outline + pickle.dumps(Evil(marker)))
    assert cache.load(pack_dir) is None
    assert not marker.exists()


class Evil:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_no_directory_caches_nothing(pack_dir):
    cache = StartupCache(None)
    assert not cache.save(pack_dir, snapshot_of(pack_dir))
    assert cache.load(pack_dir) is None


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, pack_dir):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert not StartupCache(blocker / "cache").save(pack_dir, snapshot_of(pack_dir))


def test_the_same_folder_named_another_way_is_a_hit(tmp_path, pack_dir, monkeypatch):
    cache = StartupCache(tmp_path / "cache")
    cache.save(pack_dir, snapshot_of(pack_dir))
    monkeypatch.chdir(pack_dir.parent)
    assert cache.load(Path(pack_dir.name)) is not None  # relative, as on a command line
