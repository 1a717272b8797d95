"""Start-up cache: the pack as last loaded, and the HTML of the page the learner resumes at.

Opening the app needs a checked pack and a rendered first page; building them costs PyYAML,
every content check, Jinja2 and markdown-it before anything can paint (about 150 ms, more
than Qt itself takes to start). A learner's pack seldom changes between two starts, so the
window keeps what it built and, next time, uses it while nothing it came from has changed;
the libraries then load after the first paint.

"Nothing changed" is a fingerprint of every file under the pack folder, the app's code and
resources (path, size, modification time) and the Python and app versions. Any difference,
an unreadable or foreign file, or a file of another format is a miss: the pack is loaded as
without a cache. The cache is only ever a copy; deleting it is always safe.

The file is a pickle, read with an unpickler that builds nothing but the content model's
classes, so a tampered cache cannot run code. No Qt here.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

from onboarding import __version__, paths
from onboarding.content.errors import Problem
from onboarding.content.models import Pack
from onboarding.files import write_atomically

FORMAT = b"onboarding-startcache-1\n"
# The only classes a cache file may contain (everything else is plain data).
ALLOWED_MODULES = {"onboarding.content.models", "onboarding.content.errors"}


@dataclass
class Snapshot:
    pack: Pack
    problems: list[Problem] = field(default_factory=list)  # chapters left out, and why
    # The rendered page the learner resumes at: (step id, language, render state) -> HTML.
    pages: dict[tuple[str, str, str], str] = field(default_factory=dict)


class StartupCache:
    """One file per pack folder in `directory`; `directory=None` caches nothing."""

    def __init__(self, directory: Path | None):
        self.directory = directory

    def load(self, folder: Path) -> Snapshot | None:
        """The snapshot saved for `folder`, or None if there is none or anything changed."""
        file = self._file(folder)
        if file is None:
            return None
        try:
            data = file.read_bytes()
        except OSError:
            return None
        header = FORMAT + fingerprint(folder)
        if not data.startswith(header):
            return None
        try:
            snapshot = _ModelUnpickler(io.BytesIO(data[len(header) :])).load()
        except Exception:  # noqa: BLE001 (any broken or foreign file is just a miss)
            return None
        return snapshot if isinstance(snapshot, Snapshot) else None

    def save(self, folder: Path, snapshot: Snapshot) -> bool:
        """Keep `snapshot` for the next start; False if it could not be written (a cache
        that cannot be written only means a slower next start)."""
        file = self._file(folder)
        if file is None:
            return False
        try:
            data = pickle.dumps(snapshot, protocol=pickle.HIGHEST_PROTOCOL)
            file.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(file, FORMAT + fingerprint(folder) + data, private=True)
        except (OSError, pickle.PicklingError):
            return False
        return True

    def _file(self, folder: Path) -> Path | None:
        if self.directory is None:
            return None
        name = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:24]
        return self.directory / f"{name}.pack"


def fingerprint(folder: Path) -> bytes:
    """What the snapshot of `folder` depends on, as one line of hex."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version}\0{__version__}\0{Path(folder).resolve()}\0".encode())
    if getattr(sys, "frozen", False):
        _stamp(digest, Path(sys.executable))
    _stamp_tree(digest, Path(__file__).resolve().parent, suffix=".py")  # the app's code
    _stamp_tree(digest, paths.resources_dir())  # templates, styles, translations
    _stamp_tree(digest, Path(folder))
    return digest.hexdigest().encode() + b"\n"


def _stamp_tree(digest, root: Path, suffix: str = "") -> None:
    """Path, size and modification time of every file under `root`, in a stable order."""
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError:
        digest.update(f"missing {root}\0".encode())
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                _stamp_tree(digest, Path(entry.path), suffix)
        elif entry.name.endswith(suffix):
            _stamp(digest, Path(entry.path))


def _stamp(digest, file: Path) -> None:
    try:
        info = file.stat()
    except OSError:
        digest.update(f"missing {file}\0".encode())
        return
    digest.update(f"{file}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())


class _ModelUnpickler(pickle.Unpickler):
    """Builds the content model's classes and plain data, nothing else."""

    def find_class(self, module: str, name: str):
        if module == __name__ and name == "Snapshot":
            return Snapshot
        if module in ALLOWED_MODULES:
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module:  # its own classes
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a start-up cache")
