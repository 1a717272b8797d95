"""Hashes from Python's own implementations, not OpenSSL's: the app needs nothing else of it.

Jinja2 imports hashlib (for a bytecode cache the app does not use), and hashlib then loads
OpenSSL's libcrypto through `_hashlib`: about 4 MB of resident memory and 2.5 ms, for
nothing here (no network, no cryptography). Without `_hashlib`, hashlib serves the same
algorithms (sha1, sha256, md5, ...) from CPython's built-in modules. The bundle leaves
`_hashlib` and OpenSSL out altogether (build.spec).
"""

from __future__ import annotations

import sys


def prefer_builtin_hashes() -> None:
    """Make hashlib use CPython's built-in hashes. Only before anything has imported it:
    afterwards this changes nothing."""
    if "hashlib" not in sys.modules:
        sys.modules.setdefault("_hashlib", None)  # `import _hashlib` then fails: the fallback
