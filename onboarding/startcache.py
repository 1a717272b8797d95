"""Start-up cache: the pack as last loaded, and the HTML of the page the learner resumes at.

Opening the app needs a checked pack and a rendered first page; building them costs PyYAML,
every content check, Jinja2 and markdown-it before anything can paint (about 150 ms, more
than Qt itself takes to start). A learner's pack seldom changes between two starts, so the
window keeps what it built and, next time, uses it while nothing it came from has changed;
the libraries then load after the first paint.

"Nothing changed" is a fingerprint (a list) of every file under the pack folder, the app's code and
resources (path, size, modification time) and the Python and app versions. Any difference,
an unreadable or foreign file, or a file of another format is a miss: the pack is loaded as
without a cache. The cache is only ever a copy; deleting it is always safe.

The file is a pickle, read with an unpickler that builds nothing but the content model's
classes, so a tampered cache cannot run code. No Qt here.
"""

from __future__ import annotations

import io
import os
import pickle
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from onboarding import __version__, paths
from onboarding.content.errors import Problem
from onboarding.content.models import Pack

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
        if not data.startswith(header):  # compared as it is: no hashing library to load
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
        from onboarding.files import write_atomically  # tempfile: not needed to start

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
        resolved = str(Path(folder).resolve())
        return self.directory / f"{Path(resolved).name}-{zlib.crc32(resolved.encode()):08x}.pack"


def fingerprint(folder: Path) -> bytes:
    """What the snapshot of `folder` depends on: one line per file, then an empty line."""
    lines = [f"{sys.version!r} {__version__} {Path(folder).resolve()}"]
    if getattr(sys, "frozen", False):
        _stamp(lines, Path(sys.executable))
    _stamp_tree(lines, Path(__file__).resolve().parent, suffix=".py")  # the app's code
    _stamp_tree(lines, paths.resources_dir())  # templates, styles, translations
    _stamp_tree(lines, Path(folder))
    return "\n".join(lines).encode("utf-8", "surrogateescape") + b"\n\n"


def _stamp_tree(lines: list[str], root: Path, suffix: str = "") -> None:
    """Path, size and modification time of every file under `root`, in a stable order."""
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError:
        lines.append(f"missing {root!r}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                _stamp_tree(lines, Path(entry.path), suffix)
        elif entry.name.endswith(suffix):
            _stamp(lines, Path(entry.path))


def _stamp(lines: list[str], file: Path) -> None:
    try:
        info = file.stat()
    except OSError:
        lines.append(f"missing {file!r}")
        return
    lines.append(f"{file!r} {info.st_size} {info.st_mtime_ns}")


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
