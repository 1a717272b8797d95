"""Every shipped pack opens in the real window and can be walked to the end, in every language
it has, with every quiz answered right: what `onboarding self-check` proves on an install."""

import pytest

from onboarding import paths
from onboarding.commands import self_check

PACKS = paths.bundled_packs()


def test_there_are_shipped_packs():
    assert {p.name for p in PACKS} >= {"stockholm", "norrtalje"}


@pytest.mark.parametrize("folder", PACKS, ids=lambda p: p.name)
def test_self_check_walks_the_pack(folder, qapp, capsys):
    assert self_check.main(["--pack", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out
    assert out.count("OK   ") == 2  # sv and en


def test_self_check_fails_on_a_broken_pack(tmp_path, qapp, capsys):
    (tmp_path / "pack.yaml").write_text("id: x\norganisation: X\ntitle: [\n", encoding="utf-8")
    assert self_check.main(["--pack", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "pack.yaml:" in out and "FAIL" in out
