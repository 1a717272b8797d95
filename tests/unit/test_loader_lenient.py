"""The app opens what is sound: a broken chapter file is left out, never the whole pack."""

import pytest

from onboarding.content.errors import PackError
from onboarding.content.loader import load_pack, load_pack_lenient

MANIFEST = "id: p\norganisation: Org\ntitle: Titel\nchapters: [bra, trasig]\n"
GOOD = "title: Bra\nsteps:\n  - {id: a, type: reading, title: A, body: Text}\n"


def write(folder, files):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_broken_chapter_is_dropped_and_reported(tmp_path):
    broken = "title: Trasig\nsteps:\n  - {id: b, type: reading, title: B, bdy: x}\n"
    folder = write(tmp_path / "p", {"pack.yaml": MANIFEST, "bra.yaml": GOOD, "trasig.yaml": broken})
    pack, problems = load_pack_lenient(folder)
    assert [c.id for c in pack.chapters] == ["bra"]
    assert problems and all(p.file.endswith("trasig.yaml") for p in problems)
    with pytest.raises(PackError):
        load_pack(folder)  # validate and the strict loader still refuse the pack


def test_a_missing_chapter_file_leaves_the_others(tmp_path):
    folder = write(tmp_path / "p", {"pack.yaml": MANIFEST, "bra.yaml": GOOD})
    pack, problems = load_pack_lenient(folder)
    assert [c.id for c in pack.chapters] == ["bra"]
    assert "trasig.yaml" in problems[0].message


def test_nothing_usable_gives_no_pack(tmp_path):
    folder = write(tmp_path / "p", {"pack.yaml": "id: p\ntitle: [\n"})
    pack, problems = load_pack_lenient(folder)
    assert pack is None and problems[0].file.endswith("pack.yaml")


def test_a_sound_pack_has_no_problems(tmp_path):
    manifest = MANIFEST.replace(", trasig", "")
    folder = write(tmp_path / "p", {"pack.yaml": manifest, "bra.yaml": GOOD})
    pack, problems = load_pack_lenient(folder)
    assert problems == [] and [c.id for c in pack.chapters] == ["bra"]
