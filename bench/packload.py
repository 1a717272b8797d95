"""Row 3: pack load + validate of synthetic packs, in a process without Qt.

`onboarding validate` and the app both call load_pack, which runs every check in the one pass
(validate() is the same pass without raising), so one load_pack is what either costs.
Prints JSON: {"loader": "CSafeLoader", "times": {"<steps>": [seconds, ...]}}.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time

from onboarding.content import yamlnodes
from onboarding.content.loader import load_pack


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", help="STEPS=FOLDER")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    packs = [item.split("=", 1) for item in args.folders]
    times: dict[str, list[float]] = {steps: [] for steps, _ in packs}
    for _steps, folder in packs:
        load_pack(folder)  # warm-up: imports, disk cache
    for _ in range(args.runs):
        for steps, folder in packs:
            gc.collect()
            start = time.perf_counter()
            pack = load_pack(folder)
            times[steps].append(time.perf_counter() - start)
            if len(pack.steps()) != int(steps):
                sys.exit(f"bench: {folder} has {len(pack.steps())} steps, not {steps}")
            del pack
    json.dump({"loader": yamlnodes.Loader.__name__, "times": times}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
