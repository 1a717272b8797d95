"""The Qt user interface. Importing it sets PySide6 up first (see pyside_setup), and hashlib
(see builtin_hashes)."""

import PySide6.QtCore  # noqa: F401 (installs PySide's import hook, which the next line tames)

from onboarding.ui.builtin_hashes import prefer_builtin_hashes
from onboarding.ui.pyside_setup import skip_feature_source_scan

skip_feature_source_scan()
prefer_builtin_hashes()
