"""The build folder: what lives where, and how a build or a removal replaces every output at once.

    output/
      graph.ttl -> .kg/current/graph.ttl   each output is a link into the current build
      store -> .kg/current/store
      .kg/current -> builds/000007          replaced by one rename: a reader sees the old set or the new, never a mix
      .kg/builds/000007/                    one complete set of outputs, never changed once published
      .kg/writer.lock                       held by the one process writing (kg build, kg remove)

A writer prepares the next set in a new folder beside the current one and publishes it by renaming a link, so a
build killed at any moment leaves the previous set whole and queryable, and whatever it left half-written is
removed by the next writer. Readers (kg query, the endpoint's workers) hold a shared lock on the set they read, so
a writer never deletes a set still being read; a second writer waits for the first, saying which process it is.

    folder = OutputFolder(Path("output"))
    with folder.writing("kg build") as next_set:
        (next_set.path / "graph.ttl").write_text(turtle)
    with folder.reading() as current:
        GraphStore.open(current / STORE_DIRNAME, read_only=True)
"""

import fcntl
import logging
import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from kg.files import remove_abandoned_temporaries

__all__ = ["OutputFolder", "NextSet", "FolderBusy", "STORE_DIRNAME", "NQUADS_FILE", "RDF_FORMATS", "VIEW_FILE",
           "SUMMARY_FILE", "INPUTS_FILE", "ACTORS_FILE", "MENTIONS_FILE", "RELATIONS_FILE", "RELATIONS_CSV",
           "EVENTS_FILE", "GRAPH_FILES", "OUTPUT_FILES"]

logger = logging.getLogger(__name__)

STORE_DIRNAME = "store"
# The RDF files of a set, and the format of each.
NQUADS_FILE = "graph.nq"
RDF_FORMATS = {"graph.ttl": "turtle", "graph.trig": "trig", NQUADS_FILE: "nquads", "graph.jsonld": "json-ld"}
VIEW_FILE = "graph.html"
SUMMARY_FILE = "summary.json"
ACTORS_FILE = "actors.jsonl"
MENTIONS_FILE = "mentions.jsonl"
RELATIONS_FILE = "relations.jsonl"
RELATIONS_CSV = "relations.csv"
EVENTS_FILE = "events.jsonl"
# the actor graph for Gephi, yEd or Cytoscape
GRAPH_FILES = ("graph.graphml", "graph.gexf")
# Every file a build writes into a set, in the order its help lists them.
OUTPUT_FILES = (*RDF_FORMATS, ACTORS_FILE, MENTIONS_FILE, RELATIONS_FILE, RELATIONS_CSV, EVENTS_FILE, *GRAPH_FILES,
                VIEW_FILE, SUMMARY_FILE)
# In a set a build wrote: what it was built from (each article's cache key), so an unchanged corpus is not
# built again; hidden, as it is the set's own record, not an output.
INPUTS_FILE = ".inputs.json"
_STATE = ".kg"
_READERS = ".readers"
_WAIT_STEP = 0.2


class FolderBusy(RuntimeError):
    """Another process is writing to the build folder."""


@dataclass(frozen=True)
class NextSet:
    """The set of outputs being written, and the published set it replaces (None for the first build)."""

    path: Path
    base: Path | None

    def carry_over(self, name: str) -> bool:
        """Link the current set's file `name` into this one unchanged (files of a published set never change);
        False where the current set has no such file."""
        if self.base is None or not (self.base / name).is_file():
            return False
        os.link(self.base / name, self.path / name)
        return True


class OutputFolder:
    """A build folder (``output/``): its current set of outputs, and the writer lock over it."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._state = self.root / _STATE
        self._builds = self._state / "builds"
        self._current = self._state / "current"

    @property
    def cache(self) -> Path:
        """Where builds keep each article's reading (see kg.cache): beside the sets, shared by all of them."""
        return self._state / "cache"

    def current(self) -> Path | None:
        """The folder of the published set, or None before the first build."""
        if self._current.is_symlink() and self._current.exists():
            return self._current.resolve()
        return None

    @contextmanager
    def reading(self) -> Iterator[Path]:
        """The current set's folder, held so that no writer deletes it until the block ends.

        A folder written before sets existed (a real ``store`` directory) is read in place.
        """
        while True:
            current = self.current()
            if current is None:
                yield self.root
                return
            try:
                guard = open(current / _READERS, "rb")
            except FileNotFoundError:
                continue  # deleted between resolving and locking: read the newer set
            with guard:
                fcntl.flock(guard, fcntl.LOCK_SH)
                if not (current / _READERS).exists():
                    continue
                yield current
                return

    @contextmanager
    def writing(self, command: str, wait: bool = True,
                on_wait: Callable[[str], None] | None = None) -> Iterator[NextSet]:
        """Hold the writer lock and a new, empty set; publish it when the block ends without error.

        With `wait` a second writer waits for the first (`on_wait` is told who it is), else FolderBusy says who.
        On error the new set is removed and the current one stays as it was.
        """
        self._builds.mkdir(parents=True, exist_ok=True)
        with open(self._state / "writer.lock", "a+") as lock:
            self._lock(lock, wait, on_wait)
            lock.truncate(0)
            lock.write(f"{command} (pid {os.getpid()})\n")
            lock.flush()
            self._link_outputs()
            self._remove_unread_sets()
            next_set = NextSet(self._builds / self._next_name(), self.current() or self._legacy())
            next_set.path.mkdir()
            (next_set.path / _READERS).touch()
            try:
                yield next_set
                self._publish(next_set.path)
            except BaseException:
                shutil.rmtree(next_set.path, ignore_errors=True)
                raise
            finally:
                lock.truncate(0)

    def _lock(self, lock, wait: bool, on_wait: Callable[[str], None] | None) -> None:
        told = False
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                lock.seek(0)
                holder = lock.read().strip() or "another kg process"
                message = f"{holder} is writing to {self.root}/"
                if not wait:
                    raise FolderBusy(f"{message}; try again when it is done") from None
                if not told and on_wait is not None:
                    on_wait(f"{message}; waiting for it to finish")
                told = True
                time.sleep(_WAIT_STEP)

    def _legacy(self) -> Path | None:
        """A folder built before sets existed holds its store in place: the first set starts from it."""
        store = self.root / STORE_DIRNAME
        return self.root if store.is_dir() and not store.is_symlink() else None

    def _next_name(self) -> str:
        numbers = [int(p.name) for p in self._builds.iterdir() if p.name.isdigit()]
        return f"{max(numbers, default=0) + 1:06d}"

    def _publish(self, folder: Path) -> None:
        _replace_with_link(self._current, Path("builds") / folder.name)
        self._link_outputs()
        self._remove_unread_sets()
        logger.info("published %s", folder)

    def _link_outputs(self) -> None:
        """Give every output of the current set its link in the folder, and drop links to outputs it lacks."""
        current = self.current()
        if current is None:
            return
        names = {p.name for p in current.iterdir() if not p.name.startswith(".")}
        for name in sorted(names):
            target = Path(_STATE) / "current" / name
            link = self.root / name
            if link.is_symlink() and Path(os.readlink(link)) == target:
                continue
            if link.is_dir() and not link.is_symlink():
                shutil.rmtree(link)  # a store from before sets existed, copied into the first set
            _replace_with_link(link, target)
        for link in self.root.iterdir():
            if link.is_symlink() and os.readlink(link).startswith(f"{_STATE}/current/") and not link.exists():
                link.unlink()

    def _remove_unread_sets(self) -> None:
        """Delete every set but the current one that no reader holds, and what killed writers left behind."""
        current = self.current()
        for folder in self._builds.iterdir():
            if folder.resolve() == current:
                continue
            try:
                guard = open(folder / _READERS, "rb")
            except (FileNotFoundError, NotADirectoryError):
                _remove(folder)
                continue
            with guard:
                try:
                    fcntl.flock(guard, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue
                _remove(folder)
        for leftover in [*self._state.glob(".*.tmp"), *(p for p in self.root.glob(".*.tmp") if p.is_symlink())]:
            leftover.unlink(missing_ok=True)
        # (a cache entry is written outside the writer lock, by any build reading: only a dead writer's goes)
        remove_abandoned_temporaries(self.cache)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _replace_with_link(link: Path, target: Path) -> None:
    """Point `link` at `target` in one rename, whatever was at `link` before."""
    temporary = link.parent / f".{link.name}.{os.getpid()}.tmp"
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, link)
