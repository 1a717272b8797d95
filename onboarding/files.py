"""Writing a file so that a crash never leaves half of it: the old file or the new, whole one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes, *, private: bool) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, rename it over `path`.

    `private`: readable by the owner only (results with learners' names); otherwise the
    permissions any new file of the user gets. Raises OSError; leaves no temporary file.
    """
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if not private:  # mkstemp always creates the file private
            os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
