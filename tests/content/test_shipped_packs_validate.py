"""Every pack shipped under content/ loads with zero problems."""

import pytest

from onboarding import paths
from onboarding.content.loader import validate

PACKS = paths.bundled_packs()


def test_there_are_bundled_packs():
    assert PACKS, f"no content packs found under {paths.content_dir()}"


@pytest.mark.parametrize("folder", PACKS, ids=[p.name for p in PACKS])
def test_shipped_pack_validates(folder):
    problems = validate(folder)
    assert problems == [], "\n" + "\n".join(str(p) for p in problems)
