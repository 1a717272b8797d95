"""The app hashes with CPython's own implementations: OpenSSL is never loaded for Jinja2."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    import onboarding.ui  # as the app starts
    from onboarding import rendering
    rendering.environment()  # Jinja2, which imports hashlib
    import hashlib
    assert hashlib.sha1(b"abc").hexdigest() == "a9993e364706816aba3e25717850c26c9cd0d89d"
    maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
    print("openssl" if "libcrypto" in maps or sys.modules.get("_hashlib") else "builtin")
    """
)


def test_jinja2_and_hashlib_work_without_openssl():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.stdout.strip() == "builtin", done.stderr[-2000:]
