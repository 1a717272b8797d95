"""Which screen gets which view: the plan with fake screens, and a real two-screen desktop
made by Qt's offscreen platform from a JSON configuration (in a subprocess, because the
platform is chosen once per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from onboarding.ui.presenter import plan_screens
from tests.gui.conftest import TINY_PACK

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, eq=False)
class Size:
    w: int
    h: int

    def width(self) -> int:
        return self.w

    def height(self) -> int:
        return self.h


@dataclass(frozen=True, eq=False)
class FakeScreen:
    name: str
    w: int
    h: int

    def geometry(self) -> Size:
        return Size(self.w, self.h)


LAPTOP = FakeScreen("laptop", 1280, 800)
PROJECTOR = FakeScreen("projector", 1920, 1080)
TABLET = FakeScreen("tablet", 1024, 768)


def test_one_screen_is_the_audience_and_there_is_no_presenter_view():
    plan = plan_screens([LAPTOP], LAPTOP)
    assert plan.audience is LAPTOP and plan.presenter is None
    assert not plan.two_screens


def test_two_screens_put_the_audience_on_the_projector():
    plan = plan_screens([LAPTOP, PROJECTOR], LAPTOP)
    assert plan.audience is PROJECTOR and plan.presenter is LAPTOP
    # The projector listed first, or made primary by mistake, still goes to the room only
    # when it is not the primary: the primary is where the presenter sits.
    plan = plan_screens([PROJECTOR, LAPTOP], LAPTOP)
    assert plan.audience is PROJECTOR and plan.presenter is LAPTOP
    plan = plan_screens([LAPTOP, PROJECTOR], PROJECTOR)
    assert plan.audience is LAPTOP and plan.presenter is PROJECTOR


def test_three_screens_use_the_largest_other_one_for_the_room():
    plan = plan_screens([LAPTOP, TABLET, PROJECTOR], LAPTOP)
    assert plan.audience is PROJECTOR and plan.presenter is LAPTOP


def test_no_primary_given_means_the_first_screen_and_no_screens_means_nothing():
    assert plan_screens([LAPTOP, PROJECTOR]).presenter is LAPTOP
    assert plan_screens([]).audience is None


SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from onboarding.content.loader import load_pack
    from onboarding.ui.presenter import start_presenter

    app = QApplication([])
    session = start_presenter(load_pack(sys.argv[1]), lang="en")
    app.processEvents()
    audience, view = session.audience, session.presenter_view
    result = {
        "screens": [s.name() for s in app.screens()],
        "audience_screen": audience.screen().name(),
        "audience_full_screen": audience.isFullScreen(),
        "audience_size": [audience.width(), audience.height()],
        "presenter_screen": view.screen().name() if view else None,
        "presenter_visible": bool(view and view.isVisible()),
        "overview_on_projector": audience.overview is not None,
    }
    from PySide6.QtTest import QTest
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    result["step_after_page_down"] = session.step.id
    QTest.keyClick(view, Qt.Key.Key_Q)
    result["running"] = session.is_running
    print(json.dumps(result))
    """
)


def test_two_real_screens_from_the_offscreen_platform(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
                    {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080},
                ]
            }
        )
    )
    pack = tmp_path / "pack"
    pack.mkdir()
    for name, text in TINY_PACK.items():
        (pack / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(pack)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"] == ["Laptop", "Projector"]
    assert result["audience_screen"] == "Projector"
    assert result["audience_full_screen"] is True
    assert result["audience_size"] == [1920, 1080]
    assert result["presenter_screen"] == "Laptop"
    assert result["presenter_visible"] is True
    assert result["overview_on_projector"] is False
    assert result["step_after_page_down"] == "kollega"
    assert result["running"] is False
