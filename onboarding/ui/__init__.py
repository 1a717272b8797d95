"""The Qt user interface. Importing it sets PySide6 up first (see pyside_setup)."""

import PySide6.QtCore  # noqa: F401 (installs PySide's import hook, which the next line tames)

from onboarding.ui.pyside_setup import skip_feature_source_scan

skip_feature_source_scan()
