"""The loader on real folders: assets, missing files, encodings, links out of the pack."""

import os
from pathlib import Path

import pytest

from onboarding.content.errors import PackError, Problem
from onboarding.content.loader import load_pack, load_pack_files, validate

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n'

MANIFEST = """\
format: 1
id: fil
organisation: Filkommunen
title: Välkommen
logo: logo.svg
chapters: [intro]
"""

CHAPTER = """\
title: Intro
steps:
  - id: anna
    type: story
    title: Anna
    body: Anna berättar.
    person:
      name: Anna
      role: rektor
      portrait: bilder/anna.png
"""


def write_pack(folder: Path, manifest: str = MANIFEST, chapter: str = CHAPTER) -> Path:
    (folder / "bilder").mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(manifest, encoding="utf-8")
    (folder / "intro.yaml").write_text(chapter, encoding="utf-8")
    (folder / "logo.svg").write_bytes(SVG)
    (folder / "bilder" / "anna.png").write_bytes(PNG)
    return folder


def at(problem: Problem) -> tuple[str, int, int]:
    return problem.file, problem.line, problem.column


@pytest.fixture
def pack_dir(tmp_path) -> Path:
    return write_pack(tmp_path / "fil")


def test_a_pack_folder_loads_with_its_assets(pack_dir):
    pack = load_pack(pack_dir)
    assert pack.id == "fil"
    assert pack.root == pack_dir.resolve().as_posix()
    story = pack.steps()[0]
    assert Path(pack.asset(story.person.portrait)).read_bytes() == PNG
    assert validate(pack_dir) == []


def test_problem_files_are_named_as_the_folder_was_given(pack_dir, monkeypatch):
    (pack_dir / "logo.svg").unlink()
    monkeypatch.chdir(pack_dir.parent)
    problems = validate("fil")
    assert [at(p) for p in problems] == [(os.path.join("fil", "pack.yaml"), 5, 7)]
    assert "logo: the file 'logo.svg' is not in the pack folder" in problems[0].message


def test_missing_portrait(pack_dir):
    (pack_dir / "bilder" / "anna.png").unlink()
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    (problem,) = caught.value.problems
    assert at(problem) == (str(pack_dir / "intro.yaml"), 10, 17)
    assert "steps[0].person.portrait: the file 'bilder/anna.png' is not in the pack folder" in (
        problem.message
    )


def test_asset_with_dot_dot_is_refused_even_if_the_file_exists(tmp_path):
    folder = write_pack(tmp_path / "fil", manifest=MANIFEST.replace("logo.svg", "../logo.svg"))
    (tmp_path / "logo.svg").write_bytes(SVG)
    (problem,) = validate(folder)
    assert at(problem) == (str(folder / "pack.yaml"), 5, 7)
    assert "'../logo.svg' leaves the pack folder" in problem.message


def test_asset_symlink_out_of_the_pack_is_refused(tmp_path):
    outside = tmp_path / "utanfor.svg"
    outside.write_bytes(SVG)
    folder = write_pack(tmp_path / "fil", manifest=MANIFEST.replace("logo.svg", "lank.svg"))
    (folder / "lank.svg").symlink_to(outside)
    (problem,) = validate(folder)
    assert at(problem) == (str(folder / "pack.yaml"), 5, 7)
    assert "a link that leaves the pack folder" in problem.message


def test_asset_whose_content_is_not_the_type_its_name_says(pack_dir):
    (pack_dir / "bilder" / "anna.png").write_bytes(b"GIF89a not a png")
    (problem,) = validate(pack_dir)
    assert "'bilder/anna.png' is not a PNG image" in problem.message


def test_asset_existence_is_checked_by_load_pack_files_only_with_a_root(pack_dir):
    files = {"pack.yaml": MANIFEST, "intro.yaml": CHAPTER.replace("anna.png", "borta.png")}
    assert load_pack_files(files).steps()[0].person.portrait == "bilder/borta.png"
    with pytest.raises(PackError) as caught:
        load_pack_files(files, root=str(pack_dir))
    (problem,) = caught.value.problems
    assert at(problem) == ("intro.yaml", 10, 17)
    assert "'bilder/borta.png' is not in the pack folder" in problem.message


def test_missing_chapter_file(pack_dir):
    (pack_dir / "intro.yaml").unlink()
    (problem,) = validate(pack_dir)
    assert at(problem) == (str(pack_dir / "pack.yaml"), 6, 12)
    assert "chapters[0]: the chapter file 'intro.yaml' is missing" in problem.message


def test_non_utf8_file_points_at_the_bad_byte(pack_dir):
    (pack_dir / "intro.yaml").write_bytes(
        CHAPTER.replace("berättar", "ber\xe4ttar").encode("latin-1")
    )
    (problem,) = validate(pack_dir)
    assert at(problem) == (str(pack_dir / "intro.yaml"), 6, 19)
    assert "not UTF-8 text (byte 0xe4); save it as UTF-8" in problem.message


def test_a_file_over_the_size_cap_is_not_read(pack_dir):
    (pack_dir / "intro.yaml").write_text("title: Intro\n" + "#" * (1024 * 1024) + "\n")
    (problem,) = validate(pack_dir)
    assert at(problem) == (str(pack_dir / "intro.yaml"), 1, 1)
    assert "at most 1 MiB" in problem.message


def test_folder_that_does_not_exist(tmp_path):
    missing = tmp_path / "finns-inte"
    assert [(p.file, p.message) for p in validate(missing)] == [
        (str(missing), "This folder does not exist.")
    ]
    with pytest.raises(PackError):
        load_pack(missing)


def test_folder_without_pack_yaml(tmp_path):
    (problem,) = validate(tmp_path)
    assert at(problem) == (str(tmp_path / "pack.yaml"), 1, 1)
    assert "pack.yaml file is missing" in problem.message


def test_a_file_given_instead_of_a_folder(pack_dir):
    (problem,) = validate(pack_dir / "pack.yaml")
    assert "This is not a folder" in problem.message


def test_a_chapter_that_is_a_folder_is_reported_not_crashed(pack_dir):
    (pack_dir / "intro.yaml").unlink()
    (pack_dir / "intro.yaml").mkdir()
    (problem,) = validate(pack_dir)
    assert at(problem) == (str(pack_dir / "intro.yaml"), 1, 1)
    assert "not a file" in problem.message


def test_an_unreadable_file_is_reported(pack_dir, monkeypatch):
    # chmod 0 does not stop root (the CI user here), so make the OS refuse the read instead.
    real_open = Path.open

    def refusing_open(self, *args, **kwargs):
        if self.name == "intro.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    (problem,) = validate(pack_dir)
    assert at(problem) == (str(pack_dir / "intro.yaml"), 1, 1)
    assert "The file cannot be read (Permission denied)." in problem.message


def test_every_file_problem_is_reported_in_one_run(pack_dir):
    (pack_dir / "logo.svg").unlink()
    (pack_dir / "bilder" / "anna.png").unlink()
    (pack_dir / "pack.yaml").write_text(
        MANIFEST.replace("chapters: [intro]", "chapters: [intro, saknas]"), encoding="utf-8"
    )
    problems = validate(pack_dir)
    assert [(Path(p.file).name, p.line) for p in problems] == [
        ("pack.yaml", 5),
        ("pack.yaml", 6),
        ("intro.yaml", 10),
    ]
