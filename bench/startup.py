"""Row 1: process start -> first paint, the app against a bare PySide6 window, A/B alternating.

Each sample is a fresh process. The parent takes time.monotonic_ns() just before spawning and
the child prints the monotonic time after its first paint (see probe.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from probe import MARKER

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FROZEN = ROOT / "dist" / "onboarding" / "onboarding"
# The frozen app cannot be wrapped from outside: it reports its first paint only if it
# implements this variable (print `first-paint <time.monotonic_ns()>` after the first step's
# page is painted, then exit), as bench/probe.py does for the source run.
FROZEN_HOOK = "ONBOARDING_BENCH_FIRST_PAINT"
TIMEOUT = 60


# Installed apps (pip compiles .pyc) and the bundle (ships .pyc) never compile our modules at
# start; a PYTHONDONTWRITEBYTECODE=1 environment would make every sample do so. Both children
# get one bytecode cache outside the tree, filled by each pair's first (warm-up) runs.
PYCACHE = Path(tempfile.gettempdir()) / "onboarding-bench-pycache"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[FROZEN_HOOK] = "1"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def spawn_ms(command: list[str]) -> float:
    """Milliseconds from just before spawning `command` to the first paint it reports."""
    start = time.monotonic_ns()
    done = subprocess.run(
        command, capture_output=True, text=True, env=child_env(), timeout=TIMEOUT, cwd=ROOT
    )
    for line in done.stdout.splitlines():
        if line.startswith(MARKER + " "):
            return (int(line.split()[1]) - start) / 1e6
    raise RuntimeError(
        f"{Path(command[0]).name} reported no first paint (exit {done.returncode}): "
        + (done.stderr.strip().splitlines() or ["no output"])[-1]
    )


def bare_command() -> list[str]:
    return [sys.executable, str(HERE / "start_bare.py")]


def app_command(pack: Path, data_dir: Path) -> list[str]:
    args = ["--pack", str(pack), "--data-dir", str(data_dir)]
    return [sys.executable, str(HERE / "start_app.py"), *args]


def frozen_command(pack: Path, data_dir: Path) -> list[str]:
    return [str(FROZEN), "--pack", str(pack), "--data-dir", str(data_dir)]


def measure(
    ours: list[str] | Callable[[], list[str]], reference: list[str], runs: int
) -> tuple[list[float], list[float]]:
    """A/B alternating, after one unmeasured warm-up of each (disk cache, .pyc files).
    `ours` may be a function giving a new command for every sample (a fresh data folder)."""
    command = ours if callable(ours) else lambda: ours
    spawn_ms(command())
    spawn_ms(reference)
    a: list[float] = []
    b: list[float] = []
    for run in range(runs):
        if run % 2:
            b.append(spawn_ms(reference))
            a.append(spawn_ms(command()))
        else:
            a.append(spawn_ms(command()))
            b.append(spawn_ms(reference))
    return a, b
