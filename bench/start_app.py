"""Start-up of the real app from source, exiting once the first step's page has been painted.

Runs `onboarding.cli.main` with the given arguments unchanged. The report comes from the
app's own hook (onboarding/ui/first_paint.py, on with ONBOARDING_BENCH_FIRST_PAINT, which
bench/startup.py sets for every child), the same one the frozen bundle uses, so the source
and frozen rows measure the same moment.
"""

from __future__ import annotations

import sys

from onboarding.cli import main as cli_main

if __name__ == "__main__":
    sys.exit(cli_main(sys.argv[1:]))
