"""`onboarding validate`: what HR sees on the command line, and that it never loads Qt."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from onboarding.commands.validate import main

REPO = Path(__file__).resolve().parents[2]

GOOD_MANIFEST = """\
format: 1
id: {pack_id}
organisation: Kommunen
title: Välkommen
chapters: [intro]
"""

GOOD_CHAPTER = """\
title: Intro
steps:
  - {id: las, type: reading, title: Läs, body: Text.}
  - id: quiz
    type: quiz
    title: Quiz
    questions:
      - {id: q1, type: true_false, prompt: P, explanation: E, step: las, answer: true}
      - {id: q2, type: true_false, prompt: P, explanation: E, step: las, answer: false}
"""


def make_pack(folder: Path, pack_id: str = "demo", chapter: str = GOOD_CHAPTER) -> Path:
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text(GOOD_MANIFEST.format(pack_id=pack_id), encoding="utf-8")
    (folder / "intro.yaml").write_text(chapter, encoding="utf-8")
    return folder


def test_a_clean_pack_exits_0_with_a_summary(tmp_path, capsys):
    folder = make_pack(tmp_path / "demo")
    assert main([str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out == "OK: 1 pack, 2 steps, 2 questions checked.\n"
    assert err == ""


def test_a_folder_of_packs_checks_each_pack(tmp_path, capsys):
    make_pack(tmp_path / "content" / "a", "a")
    make_pack(tmp_path / "content" / "b", "b")
    (tmp_path / "content" / "bilder").mkdir()  # not a pack: ignored
    (tmp_path / "content" / "schema.json").write_text("{}")
    assert main([str(tmp_path / "content")]) == 0
    assert capsys.readouterr().out == "OK: 2 packs, 4 steps, 4 questions checked.\n"


def test_problems_print_one_line_each_and_exit_1(tmp_path, capsys):
    broken = GOOD_CHAPTER.replace("title: Läs", "titel: Läs").replace(
        "step: las, answer: false", "step: lass, answer: false"
    )
    folder = make_pack(tmp_path / "demo", chapter=broken)
    assert main([str(folder)]) == 1
    out, err = capsys.readouterr()
    intro = os.path.join(str(folder), "intro.yaml")
    assert out.splitlines() == [
        f"{intro}:3:5: steps[0].title: this is required (Heading of the step).",
        f"{intro}:3:30: steps[0].titel: unknown key; did you mean 'title'?",
        f"{intro}:9:69: steps[1].questions[1].step: there is no step with id 'lass';"
        " did you mean 'las'?",
    ]
    assert err == "3 problems found.\n"


def test_problems_of_every_path_are_reported(tmp_path, capsys):
    good = make_pack(tmp_path / "good")
    bad = make_pack(tmp_path / "bad", chapter="title: [oj\n")
    missing = tmp_path / "missing"
    assert main([str(good), str(bad), str(missing)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(os.path.join(str(bad), "intro.yaml") + ":2:1: YAML syntax error")
    assert lines[1] == f"{missing}:1:1: This path does not exist."


def test_a_folder_without_packs_is_an_error(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "No pack here" in capsys.readouterr().out


def test_a_file_instead_of_a_folder_is_an_error(tmp_path, capsys):
    file = tmp_path / "pack.yaml"
    file.write_text("format: 1\n")
    assert main([str(file)]) == 1
    assert capsys.readouterr().out == f"{file}:1:1: This is not a folder; give a pack folder.\n"


def test_no_path_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    assert "usage: onboarding validate" in capsys.readouterr().err


def test_through_python_m_onboarding_without_loading_qt(tmp_path):
    folder = make_pack(tmp_path / "demo")
    broken = make_pack(tmp_path / "broken", chapter="title: Intro\nsteps: []\n")
    probe = (
        "import json, sys, runpy\n"
        "sys.argv = ['onboarding'] + sys.argv[1:]\n"
        "try:\n"
        "    runpy.run_module('onboarding', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    code = e.code\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide', 'shiboken')))\n"
        "print(json.dumps({'code': code, 'qt': qt}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for pack, expected_code in ((folder, 0), (broken, 1)):
        result = subprocess.run(
            [sys.executable, "-c", probe, "validate", str(pack)],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            timeout=60,
        )
        assert "Traceback" not in result.stderr
        report = json.loads(result.stdout.splitlines()[-1])
        assert report == {"code": expected_code, "qt": []}, result.stdout + result.stderr

    plain = subprocess.run(
        [sys.executable, "-m", "onboarding", "validate", str(folder)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert (plain.returncode, plain.stdout) == (0, "OK: 1 pack, 2 steps, 2 questions checked.\n")
