"""Atomic file writes: a file is written next to its target, then renamed over it.

A build that fails half-way leaves every earlier output whole.
"""

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

_TEMPORARY = ".tmp"

__all__ = ["atomic_open", "atomic_write_text", "remove_abandoned_temporaries"]


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path`, on error it is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # (the writer's process id in the name: what a killed writer left is told from what a live one is writing)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=_TEMPORARY, dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding) as stream:
            yield stream
        # mkstemp creates the file 0600; an output is as readable as any file the user writes
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_abandoned_temporaries(folder: Path) -> None:
    """Remove the temporary files under `folder` whose writer is no longer running (a process killed mid-write).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> abandoned, live = folder / ".a.json.999999999.x1.tmp", folder / f".b.json.{os.getpid()}.x2.tmp"
    >>> _ = abandoned.write_text(""), live.write_text("")
    >>> remove_abandoned_temporaries(folder)
    >>> sorted(p.name for p in folder.iterdir()) == [live.name]
    True
    """
    for temporary in Path(folder).rglob(f".*{_TEMPORARY}"):
        *_, pid, _random = temporary.name[:-len(_TEMPORARY)].rsplit(".", 2)
        if pid.isdigit() and not _running(int(pid)):
            temporary.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` atomically, as UTF-8."""
    with atomic_open(path) as stream:
        stream.write(text)
