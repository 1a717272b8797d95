"""The real entry point, as `./dev run` starts it: the window opens on a pack and paints."""

import os
import subprocess
import sys

from onboarding import paths


def test_the_app_starts_and_paints_its_first_step(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONBOARDING_BENCH_FIRST_PAINT="1")
    pack = paths.content_dir() / "stockholm"
    result = subprocess.run(
        [sys.executable, "-m", "onboarding", "--pack", str(pack), "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    marker, stamp = result.stdout.split()
    assert marker == "first-paint" and stamp.isdigit()
    # The visit was saved before the first paint: a learner who quits now resumes here.
    assert (tmp_path / "progress.sqlite3").is_file()
