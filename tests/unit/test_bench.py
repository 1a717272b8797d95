"""`make bench` runs end to end: the quick mode on a tiny generated pack prints the whole table.

No timing is asserted (timings depend on the machine); only that every measure was taken.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEADER = ("measure", "ours", "reference", "ratio", "budget", "verdict")
ROWS = (
    "start-up to first paint (source)",
    "start-up, first start (source)",
    "start-up to first paint (frozen)",
    "step switch median",
    "step switch p95",
    "quiz answer -> feedback median",
    "pack load+validate 10 steps",
    "pack load+validate 100 steps",
    "peak RSS after walking tiny",
)


def test_quick_bench_prints_every_row_and_writes_results(tmp_path):
    out = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert header == list(HEADER)
    measures = [line.strip("|").split("|")[0].strip() for line in lines[2 : 2 + len(ROWS)]]
    assert measures == list(ROWS)
    results = json.loads(out.read_text(encoding="utf-8"))
    assert [row["measure"] for row in results["rows"]] == list(ROWS)
    # Every measure that can run here produced a number and a verdict, none an error.
    for row in results["rows"]:
        assert row["verdict"] != "error", row
        if row["verdict"] != "not built":
            assert row["ours"] is not None and row["ours"] > 0, row
