"""Start-up cache: the pack as last loaded, the HTML of the page the learner resumes at, and
an outline of the window's first frame.

Opening the app needs a checked pack and a rendered first page; building them costs PyYAML,
every content check, Jinja2 and markdown-it before anything can paint (about 150 ms, more
than Qt itself takes to start). A learner's pack seldom changes between two starts, so the
window keeps what it built and, next time, uses it while nothing it came from has changed;
the libraries then load after the first paint.

"Nothing changed" is a fingerprint (a list) of every file under the pack folder, the app's code and
resources (path, size, modification time) and the Python and app versions. Any difference,
an unreadable or foreign file, or a file of another format is a miss: the pack is loaded as
without a cache. The cache is only ever a copy; deleting it is always safe.

The outline is what the first frame shows (the contents, the page, the labels), as plain data:
the window paints it before the pack itself is read, since defining the content model's
classes alone takes about 14 ms. It is stored with marshal, which reads only plain values.
The pack follows as a pickle, read with an unpickler that builds nothing but the content
model's classes, so a tampered cache cannot run code. No Qt here.
"""

from __future__ import annotations

import importlib
import io
import marshal
import os
import sys
import zlib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from onboarding import __version__, paths

if TYPE_CHECKING:  # the model is imported when a snapshot is read, not with this module
    from onboarding.content.errors import Problem
    from onboarding.content.models import Pack

FORMAT = b"onboarding-startcache-2\n"
LENGTH_BYTES = 8  # the length of the outline, before it
# The only classes a cache file may contain (everything else is plain data).
ALLOWED_MODULES = {"onboarding.content.models", "onboarding.content.errors"}


@dataclass
class Outline:
    """The window's first frame as plain data (strings, numbers, lists): the page the learner
    resumes at and everything around it, as the window showed it when the snapshot was saved."""

    pack_id: str
    step_id: str  # the step shown: where the learner resumes
    lang: str
    theme: str  # the window's theme name
    title: str  # of the window
    stylesheet: str  # of the window
    colours: dict[str, str]  # the palette (onboarding.ui.theme.Palette), by field
    document_css: str
    entries: list[tuple[str, int, bool]]  # contents: (text, step index, is a heading)
    state: tuple[int, list[int], int]  # contents: current, visited, reachable
    chapter: str
    position: tuple[int, int]  # step number, of total
    progress: int  # of 1000
    can_go_back: bool
    can_go_next: bool
    page_name: str  # the page's accessible name
    html: str  # the page's rendered document


@dataclass
class Snapshot:
    pack: Pack
    problems: list[Problem] = field(default_factory=list)  # chapters left out, and why
    # The rendered page the learner resumes at: (step id, language, render state) -> HTML.
    pages: dict[tuple[str, str, str], str] = field(default_factory=dict)
    outline: Outline | None = None


class StartupCache:
    """One file per pack folder in `directory`; `directory=None` caches nothing."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        # The file read for an outline, kept for reading its snapshot once the frame is painted.
        self._read: tuple[Path, bytes] | None = None

    def load_outline(self, folder: Path) -> Outline | None:
        """The outline saved for `folder`, without reading its pack; None if there is none,
        or anything changed."""
        body = self._body(folder)
        if body is None:
            return None
        self._read = (Path(folder), body)
        return _outline_in(body)

    def load(self, folder: Path) -> Snapshot | None:
        """The snapshot saved for `folder`, or None if there is none or anything changed."""
        kept, self._read = self._read, None
        body = kept[1] if kept is not None and kept[0] == Path(folder) else self._body(folder)
        if body is None:
            return None
        import pickle  # with the model: not before the first frame

        class ModelUnpickler(pickle.Unpickler):
            find_class = _model_class

        try:
            size = int.from_bytes(body[:LENGTH_BYTES], "big")
            snapshot = ModelUnpickler(io.BytesIO(body[LENGTH_BYTES + size :])).load()
        except Exception:  # noqa: BLE001 (any broken or foreign file is just a miss)
            return None
        if not isinstance(snapshot, Snapshot):
            return None
        snapshot.outline = _outline_in(body)  # kept once, in its own part of the file
        return snapshot

    def _body(self, folder: Path) -> bytes | None:
        """What follows the header of `folder`'s file, if the header is current."""
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
        return data[len(header) :]

    def save(self, folder: Path, snapshot: Snapshot) -> bool:
        """Keep `snapshot` for the next start; False if it could not be written (a cache
        that cannot be written only means a slower next start)."""
        file = self._file(folder)
        if file is None:
            return False
        import pickle

        from onboarding.files import write_atomically  # tempfile: not needed to start

        try:
            outline = marshal.dumps(asdict(snapshot.outline) if snapshot.outline else None)
            # The outline goes in its own part only: it holds the page's HTML, already once
            # in `pages`, and this file is read before the first frame.
            data = pickle.dumps(replace(snapshot, outline=None), protocol=pickle.HIGHEST_PROTOCOL)
            file.parent.mkdir(parents=True, exist_ok=True)
            length = len(outline).to_bytes(LENGTH_BYTES, "big")
            body = length + outline + data
            write_atomically(file, FORMAT + fingerprint(folder) + body, private=True)
        except (OSError, ValueError, pickle.PicklingError):
            return False
        return True

    def _file(self, folder: Path) -> Path | None:
        if self.directory is None:
            return None
        resolved = str(Path(folder).resolve())
        return self.directory / f"{Path(resolved).name}-{zlib.crc32(resolved.encode()):08x}.pack"


def _outline_in(body: bytes) -> Outline | None:
    """The outline in a file's body (after its header), or None if it has none or is broken."""
    try:
        size = int.from_bytes(body[:LENGTH_BYTES], "big")
        fields = marshal.loads(body[LENGTH_BYTES : LENGTH_BYTES + size])
        return Outline(**fields) if isinstance(fields, dict) else None
    except Exception:  # noqa: BLE001 (any broken or foreign file is just a miss)
        return None


def fingerprint(folder: Path) -> bytes:
    """What the snapshot of `folder` depends on: one line per file, then an empty line."""
    resolved = str(Path(folder).resolve())  # one spelling for every way of naming it
    lines = [f"{sys.version!r} {__version__} {resolved}"]
    if getattr(sys, "frozen", False):
        _stamp(lines, sys.executable)
    _stamp_tree(lines, str(Path(__file__).resolve().parent), suffix=".py")  # the app's code
    _stamp_tree(lines, str(paths.resources_dir()))  # templates, styles, translations
    _stamp_tree(lines, resolved)
    return "\n".join(lines).encode("utf-8", "surrogateescape") + b"\n\n"


def _stamp_tree(lines: list[str], root: str, suffix: str = "") -> None:
    """Path, size and modification time of every file under `root`, in a stable order.
    (Plain strings, not Path objects: this runs for a hundred files before the first paint.)"""
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError:
        lines.append(f"missing {root}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                _stamp_tree(lines, entry.path, suffix)
        elif entry.name.endswith(suffix):
            _stamp(lines, entry.path)


def _stamp(lines: list[str], file: str) -> None:
    try:
        info = os.stat(file)
    except OSError:
        lines.append(f"missing {file}")
        return
    lines.append(f"{file} {info.st_size} {info.st_mtime_ns}")


def _model_class(_unpickler, module: str, name: str):
    """Build the content model's classes and plain data, nothing else."""
    import pickle

    if module == __name__ and name == "Snapshot":
        return Snapshot
    if module in ALLOWED_MODULES:
        found = getattr(importlib.import_module(module), name, None)
        if isinstance(found, type) and found.__module__ == module:  # its own classes
            return found
    raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a start-up cache")
