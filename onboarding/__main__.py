"""`python -m onboarding`; also the PyInstaller entry point."""

import sys

from onboarding.cli import main

if __name__ == "__main__":
    sys.exit(main())
